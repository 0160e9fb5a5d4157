"""jctrack: yearly targets and actuals of a town's economy, with exact 同比, 完成率 and 序时进度."""

__version__ = "0.1.0"
