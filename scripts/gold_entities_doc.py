"""Development aid: a Document carrying the gold entities of a dev article (to test later stages alone)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from marsad.model import Document, Entity, Meta, Sentence, Span
from marsad.text import split_sentences


def gold_document(txt: Path) -> Document:
    """The raw text with sentences and gold entities located by exact string search."""
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    text = txt.read_text(encoding="utf-8")
    ents = []
    taken: set[int] = set()
    for k, g in enumerate(sorted(gold["entities"], key=lambda g: -len(g["name"])), 1):
        spans = []
        for form in sorted({g["name"], *g.get("aliases", [])}, key=len, reverse=True):
            for mm in re.finditer(re.escape(form), text):
                if any(i in taken for i in range(mm.start(), mm.end())):
                    continue
                taken.update(range(mm.start(), mm.end()))
                spans.append(Span(mm.start(), mm.end(), form))
        if spans:
            ents.append(Entity(f"e{k}", g["type"], g["name"], tuple(sorted(spans, key=lambda s: s.start)),
                               name_en=g.get("en"), country=g.get("country")))
    return Document(text=text, meta=Meta(published=gold.get("published")),
                    sentences=tuple(Sentence(a, b) for a, b in split_sentences(text)),
                    entities=tuple(ents))


if __name__ == "__main__":
    from marsad.events.extract import extract_events
    d = gold_document(Path(sys.argv[1]))
    for ev in extract_events(d):
        print(ev.type, ev.modality, "|", ev.trigger.text, "|", ev.evidence.text, "|", ev.summary_en)
