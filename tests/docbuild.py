"""Test helper: build a segmented Document with hand-placed entities, quotes and dates."""

from __future__ import annotations

import re

from marsad.model import DateExpr, Document, Entity, Meta, Quote, Sentence, Span
from marsad.text import split_sentences


def build(text: str, entities: list[tuple[str, str, list[str]]] = (),  # type: ignore[assignment]
          quotes: list[tuple[str, str, str | None, str]] = (),  # type: ignore[assignment]
          dates: list[tuple[str, str]] = (), published: str | None = None) -> Document:
    """entities: (type, name, surface forms); quotes: (content, cue, speaker entity id, speaker text)."""
    ents = []
    for k, (etype, name, forms) in enumerate(entities, 1):
        spans = []
        for form in forms or [name]:
            for m in re.finditer(re.escape(form), text):
                spans.append(Span(m.start(), m.end(), form))
        spans.sort(key=lambda s: s.start)
        ents.append(Entity(f"e{k}", etype, name, tuple(spans), name_en=name, country=None))
    qs = []
    for k, (content, cue, spk, spk_text) in enumerate(quotes, 1):
        c = text.index(content)
        u = text.index(cue)
        qs.append(Quote(f"q{k}", "indirect", Span(c, c + len(content), content),
                        Span(u, u + len(cue), cue), speaker=spk, speaker_text=spk_text))
    ds = []
    for dtext, value in dates:
        i = text.index(dtext)
        ds.append(DateExpr(i, i + len(dtext), dtext, value, "day"))
    return Document(text=text, meta=Meta(published=published),
                    sentences=tuple(Sentence(a, b) for a, b in split_sentences(text)),
                    entities=tuple(ents), quotes=tuple(qs), dates=tuple(ds))
