"""The Document: checked spans, immutability, the JSON contract and its round trip."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.errors import SpanError
from marsad.model import (
    Arg,
    DateExpr,
    Document,
    Entity,
    Event,
    Meta,
    Quote,
    Removed,
    Sentence,
    Span,
)

TEXT = "قال الرئيس سامر الخطيب إن الحكومة ستلتقي المعارضة غداً."


def _full() -> Document:
    name = Span(11, 22, TEXT[11:22])
    ent = Entity("e1", "PER", "سامر الخطيب", (name,), name_en="Samer al-Khatib", country="JOR",
                 role="President", kb_id=None, stage="entities.test.v1")
    quote = Quote("q1", "indirect", Span(26, 55, TEXT[26:55]), Span(0, 3, "قال"),
                  speaker="e1", speaker_text="الرئيس سامر الخطيب", stage="quotes.test.v1")
    trig = Span(35, 41, TEXT[35:41])
    event = Event("v1", "CONSULT", trig, Span(26, 50, TEXT[26:50]),
                  actor=(Arg(None, "الحكومة"),), target=(Arg(None, "المعارضة"),),
                  modality="future", attributed_to=Arg("e1", "سامر الخطيب"),
                  summary_en="«الحكومة» will meet «المعارضة»", stage="events.test.v1")
    date = DateExpr(50, 54, TEXT[50:54], "2026-03-05", "day", "dates.test.v1")
    return Document(text=TEXT, meta=Meta(title="عنوان", published="2026-03-04"),
                    removed=(Removed("byline", "فريق التحرير", "clean.test.v1"),),
                    sentences=(Sentence(0, len(TEXT)),), entities=(ent,), quotes=(quote,),
                    events=(event,), dates=(date,))


def test_round_trip_is_identity() -> None:
    doc = _full()
    assert Document.from_dict(doc.to_dict()) == doc


def test_contract_field_names() -> None:
    d = _full().to_dict()
    assert {"id", "text", "meta", "removed", "sentences", "entities", "quotes", "events",
            "dates"} <= set(d)
    assert {"title", "subtitle", "byline", "published", "url", "source", "language"} <= set(d["meta"])
    assert {"id", "type", "name", "name_en", "country", "role", "kb_id", "mentions"} <= set(
        d["entities"][0])
    assert {"id", "kind", "speaker", "speaker_text", "via", "cue", "content"} <= set(d["quotes"][0])
    assert {"id", "type", "actor", "target", "location", "date", "modality", "attributed_to",
            "trigger", "evidence", "summary_en"} <= set(d["events"][0])
    assert d["events"][0]["attributed_to"] == "e1"
    assert d["events"][0]["actor"] == {"text": "الحكومة"}
    assert {"start", "end", "text", "value"} <= set(d["dates"][0])


def test_id_is_the_sha256_of_the_text() -> None:
    import hashlib

    assert _full().id == hashlib.sha256(TEXT.encode()).hexdigest()


@pytest.mark.parametrize("span", [Span(-1, 3, "x"), Span(5, 4, ""), Span(0, len(TEXT) + 1, "x")])
def test_a_span_outside_the_text_raises(span: Span) -> None:
    ent = Entity("e1", "PER", "x", (span,))
    with pytest.raises(SpanError) as err:
        Document(text=TEXT, entities=(ent,))
    assert str(err.value).startswith("E201:")


def test_a_span_with_the_wrong_text_raises() -> None:
    with pytest.raises(SpanError):
        Document(text=TEXT, dates=(DateExpr(0, 3, "غدا", "2026-03-05"),))


def test_with_checks_the_replaced_layer_and_keeps_the_others() -> None:
    doc = _full()
    bad = Entity("e2", "ORG", "x", (Span(0, 3, "xyz"),))
    with pytest.raises(SpanError):
        doc.with_(entities=(bad,))
    assert doc.with_(stages=("a.v1",)).entities == doc.entities


def test_new_text_rechecks_every_layer() -> None:
    with pytest.raises(SpanError):
        _full().with_(text="نص قصير")


def test_documents_are_immutable() -> None:
    doc = _full()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
