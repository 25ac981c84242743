"""Segment stage: sentence ranges over the cleaned text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.model import Document, Sentence
from marsad.registry import register
from marsad.text import split_sentences

VERSION = "segment.rules.v1"


@register("segment", VERSION, requires=("clean",), provides=("sentences",), order=20)
def make(**options: Any) -> Callable[[Document], Document]:
    """Factory: the sentence segmentation stage."""

    def segment(doc: Document) -> Document:
        """Attach one ``Sentence`` per sentence of ``doc.text``."""
        return doc.with_(sentences=tuple(Sentence(s, e) for s, e in split_sentences(doc.text)))

    return segment
