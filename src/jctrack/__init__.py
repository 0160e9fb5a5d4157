"""jctrack: yearly targets and actuals of a town's economy, with exact 同比, 完成率 and 序时进度."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Read from the installed metadata only when asked (`--version`): reading it parses the package's
    # metadata with the e-mail parser, a tenth of the start-up time of every command.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("jctrack")  # the one version, from pyproject.toml
        except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'jctrack' has no attribute {name!r}")
