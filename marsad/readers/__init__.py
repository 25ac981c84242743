"""Readers: bytes or strings in, raw ``Document``s out (placeholder until the readers land)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from marsad.model import Document


def from_text(text: str) -> Document:
    """A raw document from already-decoded text."""
    return Document(text=text, layers=("raw",))


def from_html(html: str, url: str | None = None) -> Document:
    """A raw document from an HTML page."""
    raise NotImplementedError


def read_path(path: str | Path) -> Iterator[Document]:
    """Raw documents from a file."""
    yield from_text(Path(path).read_text(encoding="utf-8"))
