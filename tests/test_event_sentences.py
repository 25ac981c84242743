"""Eval gate on hand-written single news sentences (tests/data/event_sentences.jsonl): events of
all 16 types in many constructions, and sentences with no event. Floors only go up."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.eval.sentences import SentenceReport, read_sentences, score_sentences
from marsad.model import Document
from marsad.pipeline import default_pipeline

SENTENCES = Path(__file__).parent / "data" / "event_sentences.jsonl"
# a second set written apart from the first and never used to tune the rules (only its totals are read)
HELDOUT = Path(__file__).parent / "data" / "event_sentences_heldout.jsonl"
HELDOUT_FLOORS = {"event": 0.80, "event+actor": 0.67, "event+args": 0.51, "modality": 0.955, "quiet": 0.75}
FLOORS = {"event": 0.91, "event+actor": 0.83, "event+args": 0.68, "modality": 0.98, "quiet": 0.97}
# a second held-out set, written late in the fifth session by a writer who read only
# ANNOTATION.md (a demanded or threatened act is an event of its own, hypothetical); never tuned on
HELDOUT2 = "event_sentences_heldout2.jsonl"
HELDOUT2_FLOORS = {"event": 0.78, "event+actor": 0.69, "event+args": 0.48, "modality": 0.97, "quiet": 0.94}
# two more sets written apart from the rules (attacks, protests and coercion; diplomacy and
# statements), then used to tune them; their writers left a demanded or threatened act out as an
# event of its own, so the hypothetical events marsad reports for those count against it here
MORE_SETS = {
    "event_sentences_conflict.jsonl": {"event": 0.91, "event+actor": 0.81, "event+args": 0.62, "modality": 0.98,
                                       "quiet": 0.94},
    "event_sentences_diplomacy.jsonl": {"event": 0.88, "event+actor": 0.81, "event+args": 0.70, "modality": 0.97,
                                        "quiet": 0.97},
}


@pytest.fixture(scope="module")
def report() -> SentenceReport:
    pipe = default_pipeline()
    return score_sentences(read_sentences(SENTENCES), lambda text: pipe(Document(text=text, layers=("raw",))))


def test_the_set_covers_every_type_and_sentences_without_events() -> None:
    records = read_sentences(SENTENCES)
    types = {e["type"] for r in records for e in r["events"]}
    assert len(types) == 16 and sum(1 for r in records if not r["events"]) >= 30
    for r in records:  # every participant is written as it stands in the sentence
        for e in r["events"]:
            assert all(p in r["text"] for p in [e["trigger"], *e["actor"], *e["target"]])


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_sentence_scores_stay_above_their_floors(report: SentenceReport, metric: str) -> None:
    assert report.totals[metric].score >= FLOORS[metric], report.to_dict()["totals"][metric]


@pytest.fixture(scope="module")
def heldout_report() -> SentenceReport:
    pipe = default_pipeline()
    return score_sentences(read_sentences(HELDOUT), lambda text: pipe(Document(text=text, layers=("raw",))))


@pytest.mark.parametrize("metric", sorted(HELDOUT_FLOORS))
def test_heldout_sentence_scores_stay_above_their_floors(heldout_report: SentenceReport, metric: str) -> None:
    assert heldout_report.totals[metric].score >= HELDOUT_FLOORS[metric], heldout_report.to_dict()["totals"][metric]


@pytest.fixture(scope="module")
def more_reports() -> dict[str, SentenceReport]:
    pipe = default_pipeline()
    return {name: score_sentences(read_sentences(Path(__file__).parent / "data" / name),
                                  lambda text: pipe(Document(text=text, layers=("raw",))))
            for name in [*MORE_SETS, HELDOUT2]}


@pytest.mark.parametrize("name,metric", [(n, m) for n, floors in [*MORE_SETS.items(), (HELDOUT2, HELDOUT2_FLOORS)]
                                         for m in sorted(floors)])
def test_more_sentence_sets_stay_above_their_floors(more_reports: dict[str, SentenceReport], name: str,
                                                    metric: str) -> None:
    report = more_reports[name]
    floor = {**MORE_SETS, HELDOUT2: HELDOUT2_FLOORS}[name][metric]
    assert report.totals[metric].score >= floor, report.to_dict()["totals"][metric]


@pytest.mark.parametrize("name", sorted([*MORE_SETS, HELDOUT2]))
def test_more_sets_write_participants_as_they_stand(name: str) -> None:
    for r in read_sentences(Path(__file__).parent / "data" / name):
        for e in r["events"]:
            assert all(p in r["text"] for p in [e["trigger"], *e["actor"], *e["target"]]), r["id"]
