"""Scorer unit tests on tiny hand-made gold / prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.eval.gold import Gold, GoldDate, GoldEntity, GoldEvent, GoldQuote, find_gold, load_gold
from marsad.eval.match import greedy_pairs, name_keys, names_match, overlap, participant_match
from marsad.eval.score import PRF, Ratio, evaluate_doc
from marsad.model import Arg, DateExpr, Document, Entity, Event, Meta, Quote, Span

TEXT = (
    "التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي في باريس أمس. "
    "وقال السيسي إن التعاون بين البلدين سيتواصل في مجالات الطاقة والنقل. "
    "ونقلت وكالة الأنباء عن مصدر دبلوماسي أن الجانبين وقعا اتفاقية للتعاون الاقتصادي. "
    "واتهمت الحكومة المصرية جماعات مسلحة بمهاجمة خط الغاز."
)


def sp(s: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``s`` in TEXT."""
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return Span(i, i + len(s), s)


def gold(**kw: object) -> Gold:
    base: dict[str, object] = {"json_path": Path("g.json"), "text_path": Path("g.txt"),
                              "published": "2026-03-04"}
    base.update(kw)
    return Gold(**base)  # type: ignore[arg-type]


SISI = GoldEntity("PER", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "EGY",
                  ("الرئيس المصري عبد الفتاح السيسي", "السيسي"))
PARIS = GoldEntity("GPE", "باريس", "Paris", "FRA", ())
GOV = GoldEntity("ORG", "الحكومة المصرية", "Egyptian government", "EGY", ())


def ent(eid: str, typ: str, name: str, *mentions: str) -> Entity:
    return Entity(eid, typ, name, tuple(sp(m) for m in mentions) or (sp(name),))


# ------------------------------------------------------------------ matching rules

def test_name_keys_fold_and_strip_proclitics() -> None:
    assert names_match(["للتحالف العربي"], ["التحالف العربي"])
    assert names_match(["وبوتين"], ["بوتين"])
    assert names_match(["أحمد الشَّرع"], ["احمد الشرع"])
    assert names_match(["#الجيش_اليوناني"], ["الجيش اليوناني"])
    # The article is not a proclitic to strip: a different word stays different.
    assert not names_match(["الرئيس"], ["رئيس"])
    assert not names_match(["وزارة الخارجية الروسية"], ["وزارة الخارجية الأمريكية"])
    assert name_keys("") == frozenset()


def test_overlap_is_intersection_over_longer() -> None:
    assert overlap("أ ب ج", "أ ب") == pytest.approx(2 / 3)
    assert overlap("أ ب", "أ ب") == 1.0
    assert overlap("", "أ") == 0.0
    # Folding: hamza and taa marbuta forms count as the same token.
    assert overlap("إعادة بناء", "اعاده بناء") == 1.0


def test_participant_description_overlap_only_for_descriptions() -> None:
    assert participant_match(["مصدر دبلوماسي"], ["مصدر دبلوماسي مطلع"], gold_is_entity=False)
    assert not participant_match(["مصدر دبلوماسي"], ["مصدر دبلوماسي مطلع"], gold_is_entity=True)


def test_greedy_is_one_to_one_best_first() -> None:
    scores = {(0, 0): 0.7, (1, 0): 0.9, (1, 1): 0.8}
    pairs = greedy_pairs(2, 2, lambda i, j: scores.get((i, j)))
    assert sorted((i, j) for i, j, _ in pairs) == [(1, 0)]


def test_prf_and_ratio() -> None:
    m = PRF(tp=2, n_pred=4, n_gold=2)
    assert (m.p, m.r, round(m.f1, 4)) == (0.5, 1.0, 0.6667)
    assert PRF().f1 == 1.0 and PRF(0, 0, 3).f1 == 0.0
    assert Ratio(1, 2).value == 0.5 and Ratio().value is None


# ------------------------------------------------------------------ per layer

def test_entities_type_alias_and_one_to_one() -> None:
    doc = Document(TEXT, entities=(
        ent("e1", "PER", "السيسي", "السيسي"),                  # alias match
        ent("e2", "PER", "عبد الفتاح السيسي", "عبد الفتاح السيسي"),  # same gold: only one may match
        ent("e3", "LOC", "باريس"),                             # wrong type
        ent("e4", "ORG", "الحكومة المصرية"),
    ))
    r = evaluate_doc(gold(entities=(SISI, PARIS, GOV)), doc)
    m = r.metrics["entity"]
    assert (m.tp, m.n_pred, m.n_gold) == (2, 4, 3)


def test_quotes_content_threshold_and_speaker() -> None:
    content = "التعاون بين البلدين سيتواصل في مجالات الطاقة والنقل"
    short = "التعاون بين البلدين"  # 3 of 8 tokens: below 0.6
    doc = Document(TEXT, entities=(ent("e1", "PER", "السيسي", "السيسي"),), quotes=(
        Quote("q1", "indirect", sp(content), sp("وقال"), speaker="e1"),
        Quote("q2", "indirect", sp(short), None, speaker="e1"),
        Quote("q3", "indirect", sp("الجانبين وقعا اتفاقية للتعاون الاقتصادي"), sp("ونقلت"),
              speaker=None, speaker_text="مصدر دبلوماسي"),
    ))
    g = gold(entities=(SISI,), quotes=(
        GoldQuote("عبد الفتاح السيسي", (), "indirect", "قال", content),
        GoldQuote("مصدر دبلوماسي", ("وكالة الأنباء",), "indirect", "نقلت",
                  "الجانبين وقعا اتفاقية للتعاون الاقتصادي"),
    ))
    r = evaluate_doc(g, doc)
    assert (r.metrics["quote"].tp, r.metrics["quote"].n_pred) == (2, 3)
    assert r.metrics["quote+speaker"].tp == 2


def test_quote_wrong_speaker_counts_for_content_only() -> None:
    content = "التعاون بين البلدين سيتواصل في مجالات الطاقة والنقل"
    doc = Document(TEXT, entities=(ent("e1", "GPE", "باريس"),), quotes=(
        Quote("q1", "indirect", sp(content), None, speaker="e1"),))
    g = gold(entities=(SISI, PARIS),
             quotes=(GoldQuote("عبد الفتاح السيسي", (), "indirect", "قال", content),))
    r = evaluate_doc(g, doc)
    assert r.metrics["quote"].tp == 1 and r.metrics["quote+speaker"].tp == 0


def _event(eid: str, typ: str, evidence: str, actor: tuple[Arg, ...] = (),
           target: tuple[Arg, ...] = (), location: Arg | None = None,
           modality: str = "asserted", attributed_to: Arg | None = None) -> Event:
    ev = sp(evidence)
    return Event(eid, typ, Span(ev.start, ev.start + len(evidence.split()[0]),
                                evidence.split()[0]), ev, actor=actor, target=target,
                 location=location, modality=modality, attributed_to=attributed_to)


def test_events_type_actor_args_modality_attribution() -> None:
    entities = (ent("e1", "PER", "السيسي", "الرئيس المصري عبد الفتاح السيسي"),
                ent("e2", "GPE", "باريس"), ent("e3", "ORG", "الحكومة المصرية"))
    doc = Document(TEXT, entities=entities, events=(
        # Right type and actor, wrong location: counts for type+actor, not for +args.
        _event("v1", "CONSULT", "التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي",
               actor=(Arg("e1", "السيسي"),), location=Arg("e3", "الحكومة المصرية")),
        # No actor but the evidence overlaps: a match; wrong modality and attribution.
        _event("v2", "AGREE", "الجانبين وقعا اتفاقية للتعاون الاقتصادي",
               modality="future", attributed_to=None),
        # Wrong type: never a match.
        _event("v3", "ASSAULT", "واتهمت الحكومة المصرية جماعات مسلحة",
               actor=(Arg("e3", "الحكومة المصرية"),)),
    ))
    g = gold(entities=(SISI, PARIS, GOV), events=(
        GoldEvent("CONSULT", "عبد الفتاح السيسي", None, "باريس", "2026-03-03", "asserted", None,
                  "التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي في باريس"),
        GoldEvent("AGREE", "الجانبين", None, None, None, "asserted", "مصدر دبلوماسي",
                  "الجانبين وقعا اتفاقية للتعاون الاقتصادي"),
        GoldEvent("ACCUSE", "الحكومة المصرية", "جماعات مسلحة", None, None, "asserted", None,
                  "واتهمت الحكومة المصرية جماعات مسلحة بمهاجمة خط الغاز"),
    ))
    m = evaluate_doc(g, doc).metrics
    assert (m["event"].tp, m["event"].n_pred, m["event"].n_gold) == (2, 3, 3)
    assert m["event+args"].tp == 1  # v2 (gold has no target or location); v1's location is wrong
    assert (m["modality"].hit, m["modality"].total) == (1, 2)
    assert (m["attribution"].hit, m["attribution"].total) == (1, 2)


def test_dates_text_and_value() -> None:
    doc = Document(TEXT, dates=(DateExpr(sp("أمس").start, sp("أمس").end, "أمس", "2026-03-02"),
                                DateExpr(sp("أمس").start, sp("أمس").end, "أمس", "2026-03-02")))
    g = gold(dates=(GoldDate("أمس", "2026-03-03"), GoldDate("2013", "2013")))
    m = evaluate_doc(g, doc).metrics
    # The repeated prediction is merged, as the gold lists each (text, value) once.
    assert (m["date"].tp, m["date"].n_pred, m["date"].n_gold) == (1, 1, 2)
    assert (m["date_value"].hit, m["date_value"].total) == (0, 1)


def test_cleaning_boilerplate_content_and_title() -> None:
    doc = Document(TEXT, meta=Meta(title="لقاء مصري فرنسي"))
    g = gold(title="لقاء مصري فرنسي", boilerplate=("اقرأ أيضاً: خبر آخر", "في باريس أمس"),
             entities=(SISI, PARIS, GoldEntity("GPE", "لندن", None, None, ())),
             quotes=(GoldQuote(None, (), "direct", None, "نص لم يعد موجوداً"),))
    m = evaluate_doc(g, doc).metrics
    assert (m["boilerplate_removed"].hit, m["boilerplate_removed"].total) == (1, 2)
    assert (m["content_kept"].hit, m["content_kept"].total) == (2, 4)
    assert m["title"].hit == 1


def test_failed_analysis_scores_zero() -> None:
    g = gold(entities=(SISI,), boilerplate=("سطر",))
    m = evaluate_doc(g, None).metrics
    assert m["entity"].n_gold == 1 and m["entity"].tp == 0
    assert (m["boilerplate_removed"].hit, m["boilerplate_removed"].total) == (0, 1)


# ------------------------------------------------------------------ gold files

def test_load_gold_doc_field_names_the_text(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold-a.json").write_text(json.dumps({
        "doc": "some/where/article.txt", "published": "2026-03-04",
        "entities": [{"type": "PER", "name": "السيسي"}],
        "events": [{"type": "CONSULT", "actor": ["أ", "ب"], "evidence": "التقى"}],
    }, ensure_ascii=False), encoding="utf-8")
    g = load_gold(tmp_path / "gold-a.json")
    assert g.text_path == tmp_path / "article.txt" and g.name == "article"
    assert g.entities[0].aliases == () and g.events[0].modality == "asserted"
    assert [x.name for x in find_gold(tmp_path)] == ["article"]


def test_find_gold_errors(tmp_path: Path) -> None:
    from marsad.errors import InputError

    with pytest.raises(InputError):
        find_gold(tmp_path / "missing")
    with pytest.raises(InputError):
        find_gold(tmp_path)
    (tmp_path / "orphan.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError):
        find_gold(tmp_path)


def test_participant_containing_the_gold_name_matches() -> None:
    gold_surfaces = ["ديمتريس تزاناكوبولوس", "تزاناكوبولوس"]
    assert participant_match(["الناطق الحكومي اليوناني ديمتريس تزاناكوبولوس"], gold_surfaces, True)
    assert participant_match(["القيادي لطفي زيتون لرويترز"], ["رويترز"], True)
    assert not participant_match(["رجل الأعمال سيرغي كونسوليان"], ["سارجيس بابايان"], True)
    # A truncated prediction does not contain the gold name.
    assert not participant_match(["الخارجية التركي"], ["وزير الخارجية التركي"], True)
