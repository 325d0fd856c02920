"""The only module that reads input files: path → :class:`Article`.

Decodes UTF-8 (a leading byte-order mark is dropped; CRLF and lone CR line ends are kept in
the text and treated as line breaks downstream, so offsets stay those of the decoded file).
Anything that is not a readable, non-empty UTF-8 text file raises :class:`InputError` with one
line that names the file. Cost: one read of the file, linear in its size.
"""
from __future__ import annotations

import os

from .errors import InputError
from .model import Article

MAX_BYTES = 20 * 1024 * 1024


def load_article(path: str) -> Article:
    """Read ``path`` as a UTF-8 news report.

    >>> load_article("no/such/file.txt")
    Traceback (most recent call last):
    ...
    factcheck.errors.InputError: no/such/file.txt: no such file
    """
    if os.path.isdir(path):
        raise InputError(path, "is a directory, not a text file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    return Article(path=path, text=decode(data, path))


def decode(data: bytes, path: str = "<input>") -> str:
    """Bytes → text, refusing what is not a UTF-8 news report."""
    if len(data) > MAX_BYTES:
        raise InputError(path, f"is larger than {MAX_BYTES // (1024 * 1024)} MB; is it a news report?")
    if b"\x00" in data:
        raise InputError(path, "looks like a binary file (it contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                               "save it as UTF-8") from None
    if not text.strip():
        raise InputError(path, "is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise InputError(path, "looks like a binary file (too many control characters), not text")
    if not any(ch.isalpha() for ch in text):
        raise InputError(path, "has no words in it")
    return text
