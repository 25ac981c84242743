"""The record a known name points at (a KB actor or a gazetteer place)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Known:
    """A known actor or place a phrase can refer to (from the KB or a gazetteer)."""

    type: str                  # PER, ORG, GPE or LOC
    id: str | None             # KB id or a place key: the coreference key when present
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    qid: str | None = None
    capital_of: str | None = None   # ISO alpha-3 when the place is a national capital
    start: str | None = None        # office span of a KB record (ISO dates)
    end: str | None = None
    source: str = ""
