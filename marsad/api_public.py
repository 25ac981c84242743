"""The public library entry points: ``analyze`` a text or page, ``read_path`` a file."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from marsad.model import Document, Meta
from marsad.pipeline import Pipeline, default_pipeline


def analyze(text: str, *, published: str | None = None, url: str | None = None,
            html: bool = False, pipeline: Pipeline | None = None) -> Document:
    """Analyse one article (plain text, or an HTML page with ``html=True``) into a ``Document``."""
    from marsad.readers import from_html, from_text

    raw = from_html(text, url=url) if html else from_text(text)
    meta = raw.meta
    if published or url:
        meta = Meta(**{**meta.to_dict(), **({"published": published} if published else {}),
                       **({"url": url} if url else {})})
    return analyze_document(raw.with_(meta=meta), pipeline=pipeline)


def analyze_document(raw: Document, *, pipeline: Pipeline | None = None) -> Document:
    """Run the (default) pipeline over a raw document from a reader."""
    return (pipeline or default_pipeline())(raw)


def read_path(path: str | Path) -> Iterator[Document]:
    """Raw documents from a file: one for .txt/.html, one per record for .jsonl."""
    from marsad.readers import read_path as _read

    return _read(path)
