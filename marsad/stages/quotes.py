"""The quotes stage: direct and indirect quotations with speakers and chains (rules, v1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.model import Document
from marsad.quotes.cues import lexicon
from marsad.quotes.extract import extract_quotes
from marsad.registry import register


@register("quotes", "quotes.rules.v1", requires=("entities",), provides=("quotes",), order=50)
def make(**options: Any) -> Callable[[Document], Document]:
    """Build the stage; the cue lexicon is compiled once here."""
    lexicon()

    def run(doc: Document) -> Document:
        return doc.with_(quotes=extract_quotes(doc))

    return run
