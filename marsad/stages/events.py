"""The events stage: PLOVER events with clause-bounded arguments, modality and attribution."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.events.dyads import dyads
from marsad.events.extract import STAGE, extract_events
from marsad.events.lexicon import context, opener_endings, split_openers, trigger_matcher
from marsad.events.summary import summary_phrases
from marsad.model import Document
from marsad.registry import register


@register("events", STAGE, requires=("entities", "quotes", "dates"), provides=("events",), order=60)
def make_events(**_: Any) -> Callable[[Document], Document]:
    """Build the events stage (compiles the trigger lexicon once)."""
    trigger_matcher()
    opener_endings()
    split_openers()
    context()
    summary_phrases()

    def events(doc: Document) -> Document:
        return doc.with_(events=tuple(dyads(extract_events(doc), doc)))

    return events
