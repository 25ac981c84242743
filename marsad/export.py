"""Tables out of analysed documents: a GDELT-style event table, and entity / quote tables.

One row per event. GDELT has exactly one actor per side; marsad keeps compound actors, so when an
event has several actors (or targets) their fields are joined with " ; " in the same order.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.model import Arg, Document

# QuadClass as in GDELT/CAMEO: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict. Each PLOVER type takes the class of the CAMEO root codes it comes from.
# REQUEST merges CAMEO 02 "appeal" (class 1) and 10 "demand" (class 3); marsad's request
# triggers (طلب، دعا، ناشد) are mostly appeals, so it is 1 (a demand backed by a threat is THREATEN).
QUAD_CLASS: dict[str, int] = {
    "AGREE": 1,      # CAMEO 03 / 05 (express intent, sign agreement)
    "CONSULT": 1,    # CAMEO 04
    "SUPPORT": 1,    # CAMEO 05 (praise, endorse)
    "REQUEST": 1,    # CAMEO 02 (appeal); see above
    "AID": 2,        # CAMEO 07
    "COOPERATE": 2,  # CAMEO 06
    "CONCEDE": 2,    # CAMEO 08 (yield)
    "RETREAT": 2,    # CAMEO 08 (withdraw, release)
    "ACCUSE": 3,     # CAMEO 11 (disapprove) and 09 (investigate)
    "REJECT": 3,     # CAMEO 12
    "THREATEN": 3,   # CAMEO 13
    "PROTEST": 4,    # CAMEO 14
    "MOBILIZE": 4,   # CAMEO 15 (force posture)
    "SANCTION": 4,   # CAMEO 16 (reduce relations)
    "COERCE": 4,     # CAMEO 17
    "ASSAULT": 4,    # CAMEO 18-20
}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}

EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "event_id", "date", "published",
    "actor1_name", "actor1_name_en", "actor1_country", "actor1_kb_id", "actor1_type",
    "actor2_name", "actor2_name_en", "actor2_country", "actor2_kb_id", "actor2_type",
    "event_type", "quad_class", "modality",
    "attributed_to", "attributed_to_en", "attribution_via",
    "location_name", "location_name_en", "location_country",
    "source_url", "source", "trigger", "evidence", "evidence_start", "evidence_end",
    "summary_en", "stage",
)
ENTITY_COLUMNS: tuple[str, ...] = ("doc_id", "entity_id", "type", "name", "name_en", "country",
                                   "role", "kb_id", "mentions", "first_start", "first_end")
QUOTE_COLUMNS: tuple[str, ...] = ("doc_id", "quote_id", "kind", "speaker_id", "speaker",
                                  "speaker_en", "via", "cue", "content", "content_start",
                                  "content_end", "source_url")
SEP = " ; "


def _field(doc: Document, args: Iterable[Arg], what: str) -> str:
    """One attribute of several participants, joined; entity facts come from the entity."""
    vals: list[str] = []
    for a in args:
        ent = doc.entity(a.entity) if a.entity else None
        if what == "name":
            vals.append(ent.name if ent else a.text)
        elif ent is None:
            vals.append("")
        else:
            vals.append({"name_en": ent.name_en, "country": ent.country, "kb_id": ent.kb_id,
                         "type": ent.type}.get(what) or "")
    return SEP.join(vals) if any(vals) else ""


def events_table(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One row (column -> value) per event of every document, in document order."""
    rows: list[dict[str, Any]] = []
    for doc in docs:
        doc_id = doc.meta.doc_id or doc.id
        for v in doc.events:
            loc = (v.location,) if v.location else ()
            att = (v.attributed_to,) if v.attributed_to else ()
            row: dict[str, Any] = {
                "doc_id": doc_id, "event_id": v.id, "date": v.date or "",
                "published": doc.meta.published or "",
                "event_type": v.type, "quad_class": QUAD_CLASS.get(v.type, ""),
                "modality": v.modality,
                "attributed_to": _field(doc, att, "name"),
                "attributed_to_en": _field(doc, att, "name_en"),
                "attribution_via": _field(doc, v.attribution_via, "name"),
                "location_name": _field(doc, loc, "name"),
                "location_name_en": _field(doc, loc, "name_en"),
                "location_country": _field(doc, loc, "country"),
                "source_url": doc.meta.url or "", "source": doc.meta.source or "",
                "trigger": v.trigger.text, "evidence": v.evidence.text,
                "evidence_start": v.evidence.start, "evidence_end": v.evidence.end,
                "summary_en": v.summary_en, "stage": v.stage,
            }
            for n, args in (("actor1", v.actor), ("actor2", v.target)):
                for what in ("name", "name_en", "country", "kb_id", "type"):
                    row[f"{n}_{what}"] = _field(doc, args, what)
            rows.append({c: row[c] for c in EVENT_COLUMNS})
    return rows


def entities_table(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One row per entity of every document."""
    rows: list[dict[str, Any]] = []
    for doc in docs:
        for e in doc.entities:
            first = e.mentions[0] if e.mentions else None
            rows.append({"doc_id": doc.meta.doc_id or doc.id, "entity_id": e.id, "type": e.type,
                         "name": e.name, "name_en": e.name_en or "", "country": e.country or "",
                         "role": e.role or "", "kb_id": e.kb_id or "",
                         "mentions": len(e.mentions),
                         "first_start": first.start if first else "",
                         "first_end": first.end if first else ""})
    return rows


def quotes_table(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One row per quote of every document."""
    rows: list[dict[str, Any]] = []
    for doc in docs:
        for q in doc.quotes:
            sp = (Arg(q.speaker, q.speaker_text or ""),) if q.speaker else ()
            rows.append({"doc_id": doc.meta.doc_id or doc.id, "quote_id": q.id, "kind": q.kind,
                         "speaker_id": q.speaker or "",
                         "speaker": _field(doc, sp, "name") or (q.speaker_text or ""),
                         "speaker_en": _field(doc, sp, "name_en"),
                         "via": _field(doc, q.via, "name"), "cue": q.cue.text if q.cue else "",
                         "content": q.content.text, "content_start": q.content.start,
                         "content_end": q.content.end, "source_url": doc.meta.url or ""})
    return rows


TABLES = {"events": (events_table, EVENT_COLUMNS), "entities": (entities_table, ENTITY_COLUMNS),
          "quotes": (quotes_table, QUOTE_COLUMNS)}


def _cell(value: Any) -> str:
    # GDELT files are unquoted TSV: tabs and line breaks inside a field become spaces.
    return " ".join(str(value).split()) if value is not None else ""


def write_tsv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fh: TextIO) -> int:
    """Write a header line and unquoted tab-separated rows; returns the number of rows."""
    fh.write("\t".join(columns) + "\n")
    n = 0
    for r in rows:
        fh.write("\t".join(_cell(r.get(c, "")) for c in columns) + "\n")
        n += 1
    return n


def write_gdelt_tsv(docs: Iterable[Document], fh: TextIO) -> int:
    """The GDELT-style event table of these documents as TSV; returns the number of events."""
    return write_tsv(events_table(docs), EVENT_COLUMNS, fh)


def write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fh: TextIO) -> int:
    """Write RFC 4180 CSV with a header; returns the number of rows."""
    w = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow(r)
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], fh: TextIO) -> int:
    """Write one JSON object per line; returns the number of rows."""
    n = 0
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n
