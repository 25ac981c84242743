"""The dates stage: explicit, Hijri and relative date expressions resolved against meta.published."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.dates import find_dates
from marsad.dates.anchors import anchors
from marsad.dates.lexicon import lexicon
from marsad.dates.patterns import date_regex
from marsad.model import DateExpr, Document
from marsad.registry import register

STAGE = "dates.rules.v1"


@register("dates", STAGE, requires=("sentences",), provides=("dates",), order=40)
def make_dates(**_: Any) -> Callable[[Document], Document]:
    """Build the dates stage (loads the lexicon and compiles the finder and its anchors once)."""
    lexicon()
    date_regex()
    anchors()

    def dates(doc: Document) -> Document:
        found = find_dates(doc.text, doc.meta.published)
        return doc.with_(dates=tuple(DateExpr(f.start, f.end, f.text, f.value, f.resolution, STAGE)
                                     for f in found))

    return dates
