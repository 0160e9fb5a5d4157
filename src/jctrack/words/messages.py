"""Messages on stderr: errors of the data file and of input, and what a command did."""

from __future__ import annotations

from enum import StrEnum


class Msg(StrEnum):
    ERROR = "msg.error"
    INTERRUPTED = "msg.interrupted"


TEXTS: dict[Msg, tuple[str, str]] = {
    Msg.ERROR: ("错误：{message}", "error: {message}"),
    Msg.INTERRUPTED: ("已中断；数据文件未改动", "interrupted; the data file is unchanged"),
}
