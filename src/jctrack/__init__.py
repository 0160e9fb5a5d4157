"""jctrack: yearly targets and actuals of a town's economy, with exact 同比, 完成率 and 序时进度."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jctrack")  # the one version, from pyproject.toml
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"
