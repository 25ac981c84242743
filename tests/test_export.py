"""GDELT-style event table and entity / quote tables."""

from __future__ import annotations

import csv
import io
import json

from marsad.export import (
    EVENT_COLUMNS,
    QUAD_CLASS,
    QUOTE_COLUMNS,
    entities_table,
    events_table,
    quotes_table,
    write_csv,
    write_gdelt_tsv,
    write_jsonl,
)
from marsad.model import EVENT_TYPES, Arg, Document, Entity, Event, Meta, Quote, Span

TEXT = "التقى الرئيس السوري أحمد الشرع الرئيس الروسي فلاديمير بوتين في موسكو اليوم.\tوقال مصدر\nإن اللقاء مهم."


def sp(s: str) -> Span:
    i = TEXT.index(s)
    return Span(i, i + len(s), s)


def make_doc() -> Document:
    ents = (
        Entity("e1", "PER", "أحمد الشرع", (sp("أحمد الشرع"),), name_en="Ahmed al-Sharaa",
               country="SYR", kb_id="Q1"),
        Entity("e2", "PER", "فلاديمير بوتين", (sp("فلاديمير بوتين"),), name_en="Vladimir Putin",
               country="RUS", kb_id="Q7747"),
        Entity("e3", "GPE", "موسكو", (sp("موسكو"),), name_en="Moscow", country="RUS"),
    )
    ev = Event("v1", "CONSULT", sp("التقى"), sp("التقى الرئيس السوري أحمد الشرع الرئيس الروسي فلاديمير بوتين"),
               actor=(Arg("e1", "أحمد الشرع"),), target=(Arg("e2", "فلاديمير بوتين"),),
               location=Arg("e3", "موسكو"), date="2025-10-15", modality="asserted",
               attributed_to=Arg(None, "مصدر\tرسمي"), summary_en="Ahmed al-Sharaa met Vladimir Putin")
    ev2 = Event("v2", "ASSAULT", sp("اللقاء"), sp("اللقاء مهم"),
                actor=(Arg("e1", "أحمد الشرع"), Arg(None, "قوات مجهولة")), modality="negated")
    q = Quote("q1", "indirect", sp("اللقاء مهم"), sp("وقال"), speaker=None, speaker_text="مصدر",
              via=(Arg("e3", "موسكو"),))
    return Document(TEXT, meta=Meta(published="2025-10-15", url="https://example.test/a",
                                    doc_id="d1"),
                    entities=ents, events=(ev, ev2), quotes=(q,))


def test_quad_class_covers_all_plover_types() -> None:
    assert set(QUAD_CLASS) == set(EVENT_TYPES)
    assert {QUAD_CLASS[t] for t in ("AGREE", "CONSULT", "SUPPORT", "REQUEST")} == {1}
    assert {QUAD_CLASS[t] for t in ("AID", "COOPERATE", "CONCEDE", "RETREAT")} == {2}
    assert {QUAD_CLASS[t] for t in ("ACCUSE", "REJECT", "THREATEN")} == {3}
    assert {QUAD_CLASS[t] for t in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION")} == {4}


def test_events_table_row() -> None:
    rows = events_table([make_doc()])
    assert len(rows) == 2
    r = rows[0]
    assert list(r) == list(EVENT_COLUMNS)
    assert (r["doc_id"], r["event_id"], r["date"], r["event_type"], r["quad_class"]) == (
        "d1", "v1", "2025-10-15", "CONSULT", 1)
    assert (r["actor1_name"], r["actor1_name_en"], r["actor1_country"], r["actor1_kb_id"]) == (
        "أحمد الشرع", "Ahmed al-Sharaa", "SYR", "Q1")
    assert (r["actor2_name_en"], r["actor2_country"]) == ("Vladimir Putin", "RUS")
    assert (r["location_name"], r["location_name_en"], r["location_country"]) == (
        "موسكو", "Moscow", "RUS")
    assert r["source_url"] == "https://example.test/a"
    # Compound actors are joined in order, with an empty slot for the unknown country.
    r2 = rows[1]
    assert r2["actor1_name"] == "أحمد الشرع ; قوات مجهولة"
    assert r2["actor1_country"] == "SYR ; "
    assert (r2["quad_class"], r2["modality"], r2["actor2_name"]) == (4, "negated", "")


def test_tsv_has_header_and_no_stray_tabs_or_newlines() -> None:
    fh = io.StringIO()
    assert write_gdelt_tsv([make_doc()], fh) == 2
    lines = fh.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 4
    assert lines[0].split("\t") == list(EVENT_COLUMNS)
    for ln in lines[1:3]:
        cells = ln.split("\t")
        assert len(cells) == len(EVENT_COLUMNS)
    row = dict(zip(EVENT_COLUMNS, lines[1].split("\t")))
    assert row["attributed_to"] == "مصدر رسمي"  # the tab inside became a space
    assert row["evidence_start"] == "0"


def test_entity_and_quote_tables() -> None:
    doc = make_doc()
    ents = entities_table([doc])
    assert [e["name_en"] for e in ents] == ["Ahmed al-Sharaa", "Vladimir Putin", "Moscow"]
    (q,) = quotes_table([doc])
    assert (q["speaker"], q["via"], q["cue"], q["content"]) == ("مصدر", "موسكو", "وقال",
                                                                "اللقاء مهم")
    fh = io.StringIO()
    write_csv([q], QUOTE_COLUMNS, fh)
    assert next(iter(csv.DictReader(io.StringIO(fh.getvalue()))))["content"] == "اللقاء مهم"
    fh = io.StringIO()
    write_jsonl(ents, fh)
    assert json.loads(fh.getvalue().splitlines()[2])["country"] == "RUS"


def test_export_roundtrips_through_the_json_contract() -> None:
    doc = make_doc()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert events_table([again]) == events_table([doc])
