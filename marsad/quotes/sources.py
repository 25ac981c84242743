"""Cited-sources summary: which agencies, outlets, officials and unnamed sources an article uses."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Document
from marsad.quotes.cues import lexicon
from marsad.text import tokenize


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """One cited source: who, what kind, and for how many statements (as speaker or intermediary)."""

    text: str
    entity: str | None
    name_en: str | None
    kind: str  # agency | outlet | official | organisation | person | place | unnamed
    statements: int
    as_speaker: int
    as_via: int

    def to_dict(self) -> dict[str, object]:
        """Serialise for JSON output."""
        return {"text": self.text, "entity": self.entity, "name_en": self.name_en, "kind": self.kind,
                "statements": self.statements, "as_speaker": self.as_speaker, "as_via": self.as_via}


def _kind(text: str, etype: str | None) -> str:
    lex = lexicon()
    toks = tokenize(text)
    media = any(lex.media.match_at(toks, i) is not None for i in range(len(toks)))
    if media:
        return "agency" if "وكال" in text or etype == "ORG" and len(toks) <= 3 else "outlet"
    if etype is None:
        if any(lex.official.match_at(toks, i) is not None for i in range(len(toks))):
            return "official" if lex.unnamed.match_at(toks, 0) is None else "unnamed"
        return "unnamed"
    if any(lex.official.match_at(toks, i) is not None for i in range(len(toks))):
        return "official"
    return {"PER": "person", "ORG": "organisation", "GPE": "official", "LOC": "place"}.get(etype, "person")


def cited_sources(doc: Document) -> list[SourceSummary]:
    """Sources the article relies on, most-cited first, with English names for linked entities."""
    ents = {e.id: e for e in doc.entities}
    counts: dict[tuple[str | None, str], list[int]] = {}
    for q in doc.quotes:
        if q.speaker or q.speaker_text:
            key = (q.speaker, "" if q.speaker else (q.speaker_text or ""))
            counts.setdefault(key, [0, 0, 0])
            counts[key][1] += 1
        for v in q.via:
            key = (v.entity, "" if v.entity else v.text)
            counts.setdefault(key, [0, 0, 0])
            counts[key][2] += 1
    out: list[SourceSummary] = []
    for (eid, text), (_, sp, via) in counts.items():
        e = ents.get(eid) if eid else None
        label = e.name if e else text
        kind = _kind(label, e.type if e else None)
        out.append(SourceSummary(label, eid, e.name_en if e else None, kind, sp + via, sp, via))
    out.sort(key=lambda s: (-s.statements, s.text))
    return out
