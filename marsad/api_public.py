"""The public library entry points: ``analyze`` a text or page, ``read_path`` a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from marsad.errors import MarsadError
from marsad.model import Document, Meta
from marsad.pipeline import Pipeline, default_pipeline


def analyze(text: str | bytes, *, published: str | None = None, url: str | None = None,
            html: bool = False, pipeline: Pipeline | None = None,
            max_bytes: int | None = None) -> Document:
    """Analyse one article (plain text, or an HTML page with ``html=True``) into a ``Document``.

    ``text`` may also be raw bytes in any supported encoding. Bad input raises a coded
    ``MarsadError`` (E101 empty, E102 encoding, E103 binary, E104 too large, E105 no article,
    E106 not Arabic).
    """
    from marsad.readers import from_bytes, from_html, from_text

    if html:
        raw = from_html(text, url=url, published=published, max_bytes=max_bytes)
    elif isinstance(text, bytes):
        raw = from_bytes(text, url=url, published=published, max_bytes=max_bytes)
    else:
        raw = from_text(text, url=url, published=published, max_bytes=max_bytes)
    return analyze_document(raw, pipeline=pipeline)


def analyze_document(raw: Document, *, pipeline: Pipeline | None = None) -> Document:
    """Run the (default) pipeline over a raw document from a reader."""
    return (pipeline or default_pipeline())(raw)


def with_meta(raw: Document, **changes: str | None) -> Document:
    """The raw document with some metadata fields overridden (``None`` values are ignored)."""
    meta = Meta(**{**raw.meta.to_dict(), **{k: v for k, v in changes.items() if v}})
    return raw.with_(meta=meta)


def read_path(path: str | Path, *, on_error: Literal["raise", "yield"] = "raise",
              max_bytes: int | None = None) -> Iterator[Document | MarsadError]:
    """Raw documents from a file: one for .txt/.html, one per record for .jsonl(.gz).

    With ``on_error="yield"`` bad JSONL records come out as ``RecordError`` values in place.
    """
    from marsad.readers import read_path as _read

    return _read(path, on_error=on_error, max_bytes=max_bytes)


def analysis_dict(doc: Document) -> dict[str, Any]:
    """The JSON contract of a document plus derived summaries (``sources``: who it cites)."""
    from marsad.quotes.sources import cited_sources

    out = doc.to_dict()
    out["sources"] = [s.to_dict() for s in cited_sources(doc)]
    return out
