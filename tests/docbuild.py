"""Test helper: build a segmented Document with hand-placed entities, quotes and dates."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.events.extract import extract_events
from marsad.model import Arg, DateExpr, Document, Entity, Event, Meta, Quote, Sentence, Span
from marsad.text import split_sentences


def build(text: str, entities: list[tuple[str, str, list[str]]] = (),  # type: ignore[assignment]
          quotes: list[tuple[str, str, str | None, str]] = (),  # type: ignore[assignment]
          dates: list[tuple[str, str]] = (), published: str | None = None,  # type: ignore[assignment]
          countries: dict[str, str] | None = None) -> Document:
    """entities: (type, name, surface forms); quotes: (content, cue, speaker entity id, speaker
    text); countries: ISO alpha-3 by entity name."""
    ents = []
    for k, (etype, name, forms) in enumerate(entities, 1):
        spans = []
        for form in forms or [name]:
            for m in re.finditer(re.escape(form), text):
                spans.append(Span(m.start(), m.end(), form))
        spans.sort(key=lambda s: s.start)
        ents.append(Entity(f"e{k}", etype, name, tuple(spans), name_en=name,
                           country=(countries or {}).get(name)))
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


def only(doc: Document, etype: str) -> Event:
    """The first event of a type the events stage finds (the test fails naming what it found)."""
    evs = [e for e in extract_events(doc) if e.type == etype]
    assert evs, f"no {etype} event in {[(e.type, e.trigger.text) for e in extract_events(doc)]}"
    return evs[0]


def names(args: Iterable[Arg], doc: Document) -> list[str]:
    """Participants as entity names or description texts."""
    return [doc.entity(a.entity).name if a.entity else a.text for a in args]
