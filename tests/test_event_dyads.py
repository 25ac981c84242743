"""Events: one event per pair of participants in the document, read back as one act by the sentence scorer."""

from __future__ import annotations

import marsad
from marsad.eval.sentences import acts, score_sentences
from marsad.events.dyads import dyads
from marsad.events.extract import extract_events
from tests.docbuild import build, names


def test_each_target_of_an_accusation_is_an_event_of_its_own() -> None:
    doc = build("وقال سعد الحريري إنه سيعود. وكان قد اتهم إيران وحزب الله بالسيطرة على لبنان.",
                [("PER", "سعد الحريري", []), ("GPE", "إيران", []), ("ORG", "حزب الله", []), ("GPE", "لبنان", [])])
    evs = [e for e in dyads(extract_events(doc), doc) if e.type == "ACCUSE"]
    assert [(names(e.actor, doc), names(e.target, doc)) for e in evs] == [
        (["سعد الحريري"], ["إيران"]), (["سعد الحريري"], ["حزب الله"])]
    assert evs[0].trigger == evs[1].trigger and evs[0].id != evs[1].id
    assert "Hezbollah" in evs[1].summary_en or "حزب الله" in evs[1].summary_en


def test_the_sides_of_a_mutual_act_become_actor_and_target() -> None:
    doc = build("ووقعت أثينا وسكوبيي اتفاقا لحل الخلاف.", [("GPE", "أثينا", []), ("GPE", "سكوبيي", [])])
    evs = [e for e in dyads(extract_events(doc), doc) if e.type == "AGREE"]
    assert [(names(e.actor, doc), names(e.target, doc)) for e in evs] == [(["أثينا"], ["سكوبيي"])]


def test_the_document_states_single_participants_numbered_in_order() -> None:
    doc = marsad.analyze("اتهمت الحكومة السورية إسرائيل وتركيا بدعم الجماعات المسلحة.", published="2025-03-01")
    out = doc.to_dict()["events"]
    assert out and all(not isinstance(v["actor"], list) and not isinstance(v["target"], list) for v in out)
    assert [v["id"] for v in out] == [f"v{k}" for k in range(1, len(out) + 1)]


def test_the_sentence_scorer_reads_the_pairs_of_one_trigger_as_one_act() -> None:
    text = "اتهمت الحكومة السورية إسرائيل وتركيا بدعم الجماعات المسلحة."
    doc = marsad.analyze(text, published="2025-03-01")
    accusations = [e for e in acts(doc.events) if e.type == "ACCUSE"]
    assert len(accusations) == 1 and len(accusations[0].target) == 2
    rec = {"id": "x", "text": text, "events": [
        {"type": "ACCUSE", "trigger": "اتهمت", "actor": ["الحكومة السورية"], "target": ["إسرائيل", "تركيا"],
         "location": None, "modality": "asserted"}]}
    report = score_sentences([rec], lambda s: marsad.analyze(s, published="2025-03-01"))
    assert report.event_args.tp == 1


def test_a_mutual_act_scores_the_same_told_either_way() -> None:
    rec = {"id": "x", "text": "ووقعت أثينا وسكوبيي اتفاقا لحل الخلاف.", "events": [
        {"type": "AGREE", "trigger": "ووقعت", "actor": ["أثينا", "سكوبيي"], "target": [],
         "location": None, "modality": "asserted"}]}
    report = score_sentences([rec], lambda s: marsad.analyze(s, published="2025-03-01"))
    assert report.event_actor.tp == 1 and report.event_args.tp == 1
