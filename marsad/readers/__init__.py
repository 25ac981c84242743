"""Readers: bytes, strings and files in, raw ``Document``s (layer "raw") out, bad input refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from marsad.errors import InputError, MarsadError, RecordError
from marsad.model import Document
from marsad.readers.html import from_html, looks_like_html
from marsad.readers.jsonl import from_record, iter_jsonl, iter_lines
from marsad.readers.text import (
    DEFAULT_MAX_BYTES,
    check_size,
    decode_bytes,
    from_bytes,
    from_text,
    max_bytes_default,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "decode_bytes",
    "from_bytes",
    "from_html",
    "from_record",
    "from_text",
    "iter_jsonl",
    "iter_lines",
    "max_bytes_default",
    "read_bytes",
    "read_path",
]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _is_jsonl(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"))


def read_bytes(data: bytes, *, name: str = "input", url: str | None = None,
               published: str | None = None, max_bytes: int | None = None) -> Document:
    """One raw document from bytes of text or HTML (e.g. stdin), sniffing which it is."""
    check_size(len(data), max_bytes, what=name)
    if name.lower().endswith(_HTML_SUFFIXES) or looks_like_html(data):
        return from_html(data, url=url, published=published, max_bytes=max_bytes)
    return from_bytes(data, url=url, published=published, max_bytes=max_bytes)


def read_path(path: str | Path, *, on_error: Literal["raise", "yield"] = "raise",
              max_bytes: int | None = None) -> Iterator[Document | MarsadError]:
    """Raw documents from a file: one for text/HTML, one per record for JSONL.

    With ``on_error="yield"`` a bad JSONL record comes out as its ``RecordError`` in place and
    the batch goes on; with ``"raise"`` (default) the first bad record raises.
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a directory, not a file")
    if _is_jsonl(p):
        if not p.exists():
            raise InputError(f"cannot read {p}: no such file")
        for item in iter_jsonl(p, max_bytes=max_bytes):
            if isinstance(item, RecordError) and on_error == "raise":
                raise item
            yield item
        return
    # The size is checked before reading so a huge file never lands in memory.
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from None
    check_size(size, max_bytes, what=str(p))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc.strerror or exc}") from None
    yield read_bytes(data, name=p.name, max_bytes=max_bytes)
