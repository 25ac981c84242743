"""Place names that fold alike but name different places (عمّان Amman / عُمان Oman)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.ar import load_yaml
from marsad.text.normalize import fold_word


@dataclass(frozen=True, slots=True)
class Reading:
    """One place an ambiguous name can mean."""

    name_en: str
    country: str
    kb_id: str | None
    marks: tuple[str, ...]
    cues: tuple[str, ...]


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Reading, ...]]:
    out: dict[str, tuple[Reading, ...]] = {}
    for rec in load_yaml("gazetteer/ambiguous_places.yaml"):
        out[fold_word(rec["surface"])] = tuple(
            Reading(r["name_en"], r["country"], r.get("kb_id"), tuple(r.get("marks") or ()),
                    tuple(fold_word(c) for c in r.get("cues") or ()))
            for r in rec["readings"])
    return out


def is_ambiguous(name: str) -> bool:
    """Whether a place name has several readings."""
    return fold_word(name) in _table()


def resolve(name: str, mentions: Iterable[str], folded_text: str) -> Reading | None:
    """The reading a diacritic in a mention or a cue word in the (folded) article points to."""
    readings = _table().get(fold_word(name))
    if not readings:
        return None
    texts = list(mentions)
    for r in readings:
        if any(mark in t for t in texts for mark in r.marks):
            return r
    scores = [sum(f" {c}" in folded_text for c in r.cues) for r in readings]
    best = max(range(len(readings)), key=lambda k: scores[k])
    return readings[best] if scores[best] > 0 else None
