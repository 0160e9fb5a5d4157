"""The floor of our libraries: a one-command Typer app that prints a 10-row Rich table.

`benchmarks/run.py` times `jctrack status` on the shipped file against this; the goal is within 1.2×.
"""

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False)


@app.command()
def show() -> None:
    table = Table(title="minimal")
    for header in ("指标", "单位", "目标", "完成"):
        table.add_column(header)
    for row in range(10):
        table.add_row(f"指标{row}", "亿元", str(row * 10), str(row * 9))
    Console().print(table)


if __name__ == "__main__":
    app()
