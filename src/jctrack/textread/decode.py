"""Bytes to text, for a file and for stdin alike: UTF-8 (with or without a byte-order mark), UTF-16
with its mark, else GB18030 (Chinese Windows), else Big5 (traditional Chinese) — and text that reads as
garbage is refused.

GB18030 gives a character for almost any pair of bytes, so a file in another encoding (Big5 read as
GB18030, say) decodes without an error into nonsense: rare characters, private-use code points, kana
and Greek letters among the Chinese. Such text is refused rather than audited as "0 figures".
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import BinaryIO

from jctrack.errors import InputError
from jctrack.textread.patterns import TextPattern
from jctrack.textread.traditional import FOLD
from jctrack.words import say
from jctrack.words.audit import AuditWord
from jctrack.words.messages import Msg

SAMPLE = 200_000  # characters looked at to judge whether a text is plausible
REFUSE_PERCENT = 25  # of the characters outside ASCII that may be implausible

# Characters that are never text a report is written in: controls (tab and line ends apart), the
# replacement character, private use; and, in text decoded as GB18030, the kana, Greek, Cyrillic,
# box-drawing and vertical forms that Big5 bytes turn into.
_NEVER = TextPattern("never text", "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_GARBLED = TextPattern("garbled text", "[\u3040-\u30ff\u0370-\u04ff\u2500-\u257f\ufe10-\ufe4f]")
_WIDE = TextPattern("beyond ASCII", "[^\x00-\x7f]")


def decode(data: bytes, name: str) -> str:
    """The text of `data`; `name` (a file name, or 标准输入) is for the error message."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), name, simplified=False)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), name, simplified=False)
    try:
        return _checked(data.decode("utf-8"), name, simplified=False)
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("gb18030"), name, simplified=True)
    except UnicodeDecodeError:
        pass
    except InputError:
        traditional = _big5(data, name)  # Hong Kong, Macao and Taiwan save traditional Chinese as Big5
        if traditional is None:
            raise
        return traditional
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(1, len(text) // 100):
        return _checked(text, name, simplified=False)  # UTF-8 with a damaged byte or two
    raise InputError(AuditWord.NOT_ENCODED, path=name)


def _big5(data: bytes, name: str) -> str | None:
    """The text of Big5 bytes that GB18030 read as garbage, when they are Big5 and read as text."""
    try:
        return _checked(data.decode("big5hkscs"), name, simplified=False)
    except (UnicodeDecodeError, InputError):
        return None


def implausible(text: str, simplified: bool) -> tuple[int, int]:
    """(characters a Chinese report would not contain, characters outside ASCII) in a sample of the text."""
    sample = text[:SAMPLE]
    never = _NEVER.count(sample)
    wide = _WIDE.count(sample) + never
    if wide == 0:
        return 0, 0
    bad = never
    if simplified:
        bad += _GARBLED.count(sample)
        # What is left once ASCII and common symbols are set aside should be in GB2312 (simplified Chinese),
        # or be a traditional character of a report's words (GB18030 holds those too).
        rest = "".join(character for character in sample.translate(FOLD) if not _ordinary(character))
        bad += len(rest) - len(rest.encode("gb2312", errors="ignore").decode("gb2312"))
    return bad, wide


def _ordinary(character: str) -> bool:
    """ASCII, Latin-1, and the punctuation and symbols simplified Chinese text uses though GB2312 lacks
    some (—, ·, ㎡…); private use and the replacement character are counted already."""
    code = ord(character)
    return (
        code < 0x100
        or 0x2000 <= code <= 0x24FF
        or 0x3000 <= code <= 0x303F
        or 0x3200 <= code <= 0x33FF
        or 0xE000 <= code <= 0xF8FF
        or 0xFF00 <= code <= 0xFFFD
    )


def _checked(text: str, name: str, simplified: bool) -> str:
    bad, wide = implausible(text, simplified)
    if bad * 100 > REFUSE_PERCENT * wide and len(text.strip()) >= 20:
        raise InputError(AuditWord.NOT_TEXT, path=name, share=bad * 100 // wide)
    return text


def read_text(path: Path) -> str:
    """A report or CSV file as Chinese offices save it (see `decode`)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(Msg.NOT_FOUND, path=path) from None
    except OSError as exc:
        raise InputError(Msg.CANNOT_READ, path=path, reason=exc.strerror) from None
    return decode(data, str(path))


def read_stream(stream: BinaryIO, name: str | None = None) -> str:
    """Standard input (or any byte stream) decoded exactly as a file is: pass `sys.stdin.buffer`."""
    return decode(stream.read(), name if name is not None else say(AuditWord.STDIN))
