"""Events stage: triggers per type, arguments from the same clause, modality, attribution."""

from __future__ import annotations

import pytest

from marsad.events.extract import extract_events
from marsad.model import Document
from tests.docbuild import build, names, only

PER_A = ("PER", "سامر الخطيب", ["سامر الخطيب", "الخطيب"])
PER_B = ("PER", "ليلى حداد", ["ليلى حداد", "حداد"])


@pytest.mark.parametrize("sentence,etype", [
    ("اتهم سامر الخطيب ليلى حداد بالفساد.", "ACCUSE"),
    ("واتهمت ليلى حداد سامر الخطيب بالتقصير.", "ACCUSE"),
    ("التقى سامر الخطيب ليلى حداد في المكتب.", "CONSULT"),
    ("وبحث سامر الخطيب مع ليلى حداد الملف الاقتصادي.", "CONSULT"),
    ("طالب سامر الخطيب ليلى حداد بالاستقالة.", "REQUEST"),
    ("وطلب سامر الخطيب من ليلى حداد تقديم تقرير.", "REQUEST"),
    ("أشاد سامر الخطيب بليلى حداد.", "SUPPORT"),
    ("هدد سامر الخطيب ليلى حداد بالملاحقة.", "THREATEN"),
    ("رفض سامر الخطيب اقتراح ليلى حداد.", "REJECT"),
    ("اعتقل سامر الخطيب ليلى حداد.", "COERCE"),
])
def test_verb_triggers_per_type_and_conjugation(sentence: str, etype: str) -> None:
    doc = build(sentence, [PER_A, PER_B])
    ev = only(doc, etype)
    assert ev.trigger.text in sentence
    assert names(ev.actor, doc) and names(ev.target, doc)
    assert set(names(ev.actor, doc) + names(ev.target, doc)) == {"سامر الخطيب", "ليلى حداد"}


def test_vso_actor_and_target() -> None:
    doc = build("اتهمت وزارة الدفاع حركة النصر بقصف القرية.",
                [("ORG", "وزارة الدفاع", []), ("ORG", "حركة النصر", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["وزارة الدفاع"]
    assert names(ev.target, doc) == ["حركة النصر"]
    assert ev.modality == "asserted" and ev.attributed_to is None


def test_svo_inside_reported_clause_is_attributed_to_speaker() -> None:
    text = "وكشفت مصادر دبلوماسية أن دمشق طلبت من موسكو المساعدة."
    doc = build(text, [("GPE", "دمشق", []), ("GPE", "موسكو", [])],
                quotes=[("دمشق طلبت من موسكو المساعدة", "كشفت", None, "مصادر دبلوماسية")])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["دمشق"] and names(ev.target, doc) == ["موسكو"]
    assert ev.attributed_to is not None and ev.attributed_to.text == "مصادر دبلوماسية"


@pytest.mark.parametrize("sentence,modality", [
    ("لم يلتق سامر الخطيب ليلى حداد.", "negated"),
    ("سيلتقي سامر الخطيب ليلى حداد الأسبوع المقبل.", "future"),
    ("وسيطلب سامر الخطيب من ليلى حداد المساعدة.", "future"),
    ("يعتزم سامر الخطيب لقاء ليلى حداد.", "future"),
    ("قد يهدد سامر الخطيب ليلى حداد بالملاحقة.", "hypothetical"),
    ("إذا اتهم سامر الخطيب ليلى حداد فسيرد الحزب.", "hypothetical"),
    ("التقى سامر الخطيب ليلى حداد.", "asserted"),
])
def test_modality(sentence: str, modality: str) -> None:
    doc = build(sentence, [PER_A, PER_B])
    evs = extract_events(doc)
    assert evs and evs[0].modality == modality, [(e.type, e.modality) for e in evs]


def test_actor_from_another_clause_is_never_used() -> None:
    # Samer speaks in the first clause; the attack in the second has no named agent in its clause.
    text = "قال سامر الخطيب، فيما قصفت طائرات مجهولة القرية."
    doc = build(text, [PER_A])
    for ev in extract_events(doc):
        assert "سامر الخطيب" not in names(ev.actor, doc)


def test_no_event_without_trigger() -> None:
    doc = build("سافر سامر الخطيب إلى المدينة مع ليلى حداد.", [PER_A, PER_B])
    assert extract_events(doc) == []


def test_no_event_without_any_participant() -> None:
    doc = build("وتحدث التقرير عن اجتماع مرتقب.", [])
    assert extract_events(doc) == []


def test_location_and_date_from_same_sentence() -> None:
    text = "عقد سامر الخطيب لقاء مع ليلى حداد في مدينة حلب اليوم الأربعاء."
    doc = build(text, [PER_A, PER_B, ("GPE", "حلب", [])], dates=[("اليوم الأربعاء", "2025-10-15")])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["سامر الخطيب"]
    assert names(ev.target, doc) == ["ليلى حداد"]
    assert ev.date == "2025-10-15"
    assert ev.summary_en.startswith("سامر الخطيب met ليلى حداد")


def test_passive_agent_marker_names_the_actor() -> None:
    text = "قتل ثلاثة مزارعين برصاص الجيش النظامي."
    doc = build(text, [("ORG", "الجيش النظامي", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["الجيش النظامي"]


def test_verbs_do_not_take_prepositional_proclitics() -> None:
    # "بحث" is not ب + "حث" (urge): no REQUEST here.
    doc = build("بحث سامر الخطيب آخر التطورات.", [PER_A])
    assert all(e.type != "REQUEST" for e in extract_events(doc))


def test_evidence_and_trigger_spans_point_into_text() -> None:
    text = "واتهمت ليلى حداد سامر الخطيب بالتقصير، وطالبته بالاستقالة."
    doc = build(text, [PER_A, PER_B])
    evs = extract_events(doc)
    assert len(evs) >= 2
    for ev in evs:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.evidence.start <= ev.trigger.start and ev.trigger.end <= ev.evidence.end
    Document(text=doc.text, sentences=doc.sentences, entities=doc.entities, events=tuple(evs))


def test_unnamed_nominative_plural_after_the_verb_is_the_actor() -> None:
    doc = build("وأغلق المحتجون الطريق المؤدي إلى المطار.", [])
    ev = only(doc, "COERCE") if any(e.type == "COERCE" for e in extract_events(doc)) else only(doc, "PROTEST")
    assert [a.text for a in ev.actor] == ["المحتجون"]


def test_counted_victims_are_not_the_actor() -> None:
    doc = build("قتل ثلاثة مزارعين في القصف.", [])
    for ev in extract_events(doc):
        assert not any(a.text.startswith("ثلاثة") for a in ev.actor)


def test_indefinite_accusative_noun_is_a_trigger() -> None:
    doc = build("عقد سامر الخطيب اجتماعاً مع ليلى حداد.", [PER_A, PER_B])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["سامر الخطيب"] and names(ev.target, doc) == ["ليلى حداد"]


def test_date_words_between_subject_and_trigger_do_not_break_the_link() -> None:
    text = "وقالت الوزارة إن بغداد ستوقع الأسبوع المقبل اتفاقية مع عمان."
    doc = build(text, [("GPE", "بغداد", []), ("GPE", "عمان", [])],
                dates=[("الأسبوع المقبل", "2026-03")])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["بغداد"] and ev.modality == "future"


def test_negated_permission_is_a_refusal() -> None:
    doc = build("وقال إن الحكومة لن تسمح بدخول المقاتلين إلى أراضيها.", [("ORG", "الحكومة", [])])
    ev = only(doc, "REJECT")
    assert ev.modality == "asserted"


def test_possessed_noun_takes_the_sentence_subject_as_agent() -> None:
    text = "وأكد سامر الخطيب خلال لقائه ليلى حداد أهمية التعاون."
    doc = build(text, [PER_A, PER_B])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["سامر الخطيب"]
    assert ev.trigger.text == "لقائه"


def test_regaining_ground_is_coercion() -> None:
    doc = build("واستعادت القوات الحكومية مساحات واسعة من قبضة المسلحين.",
                [("ORG", "القوات الحكومية", [])])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["القوات الحكومية"]


def test_title_between_verb_and_named_subject() -> None:
    text = "وطالب رئيس الحكومة الكندية جاستن ترودو بتحقيق مستقل."
    doc = build(text, [("ORG", "الحكومة الكندية", []), ("PER", "جاستن ترودو", [])])
    ev = only(doc, "ACCUSE")  # (calling for an inquiry is filed under ACCUSE)
    assert names(ev.actor, doc) == ["جاستن ترودو"]


def test_scheduled_event_after_an_is_future() -> None:
    doc = build("ومن المقرر أن يلتقي سامر الخطيب ليلى حداد في بغداد.", [PER_A, PER_B])
    assert only(doc, "CONSULT").modality == "future"


def test_plural_verb_with_object_pronoun() -> None:
    doc = build("وقال المعتقلون إن الحراس كانوا يهددونهم بالقتل.", [("ORG", "الحراس", [])])
    assert only(doc, "THREATEN").trigger.text == "يهددونهم"


def test_agentless_attack_with_a_place_is_an_event() -> None:
    doc = build("وأسفر تفجير في أنقرة عن سقوط قتلى.", [("GPE", "أنقرة", [])])
    ev = only(doc, "ASSAULT")
    assert ev.location is not None and ev.location.text == "أنقرة"


def test_withdrawing_from_an_agreement_is_a_rejection() -> None:
    doc = build("وانتقدت الحكومة انسحاب واشنطن من الاتفاق النووي.", [("GPE", "واشنطن", [])])
    ev = only(doc, "REJECT")
    assert names(ev.actor, doc) == ["واشنطن"]


def test_visit_that_frames_another_event_is_not_an_event() -> None:
    text = "وسيلتقي سامر الخطيب خلال زيارته الجالية السورية في حلب."
    doc = build(text, [PER_A, ("GPE", "حلب", [])])
    evs = extract_events(doc)
    assert [e.trigger.text for e in evs] == ["وسيلتقي"]


def test_nothing_after_adam_is_an_event() -> None:
    doc = build("وطلبت دمشق من موسكو عدم دعم المتمردين.", [("GPE", "دمشق", []), ("GPE", "موسكو", [])])
    assert [e.type for e in extract_events(doc)] == ["REQUEST"]


def test_protesters_closing_roads_are_protesting() -> None:
    doc = build("وأغلق المحتجون الطرق المؤدية إلى المطار.", [])
    ev = only(doc, "PROTEST")
    assert [a.text for a in ev.actor] == ["المحتجون"]


def test_object_pronoun_points_back_at_the_last_participant() -> None:
    text = "وأجرت فنزويلا انتخابات رئاسية. وانتقدتها واشنطن بشدة."
    doc = build(text, [("GPE", "فنزويلا", []), ("GPE", "واشنطن", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["واشنطن"] and names(ev.target, doc) == ["فنزويلا"]


def test_talks_named_by_their_place() -> None:
    doc = build("وفشلت مشاورات الكويت في التوصل إلى حل.", [("GPE", "الكويت", [])])
    ev = only(doc, "CONSULT")
    assert ev.location is not None and ev.location.text == "الكويت"


def test_qad_before_a_past_verb_with_hamza_is_asserted() -> None:
    doc = build("وكانت الشرطة قد ألقت القبض على سامر الخطيب.", [("ORG", "الشرطة", []), PER_A])
    assert only(doc, "COERCE").modality == "asserted"


def test_a_date_is_not_an_object() -> None:
    text = "واختطف مسلحون سامر الخطيب يوم الجمعة."
    doc = build(text, [PER_A], dates=[("يوم الجمعة", "2026-03-06")])
    for ev in extract_events(doc):
        assert all("الجمعة" not in a.text for a in ev.target)


def test_earthquakes_are_not_attacks() -> None:
    doc = build("وضربت هزة أرضية قوية مدينة حلب فجر اليوم.", [("GPE", "حلب", [])])
    assert extract_events(doc) == []


def test_indefinite_plural_subject_after_the_verb() -> None:
    doc = build("وهاجم مسلحون قافلة تابعة للجيش.", [])
    ev = only(doc, "ASSAULT")
    assert [a.text for a in ev.actor] == ["مسلحون"]


def test_place_seized_is_also_where() -> None:
    doc = build("وسيطر المسلحون على مدينة حلب.", [("GPE", "حلب", [])])
    ev = only(doc, "COERCE")
    assert ev.location is not None and ev.location.text == "حلب"


def test_unnamed_subject_right_before_the_verb() -> None:
    doc = build("وقالت المنظمة إن الشرطة استجوبت قبطان المركب.", [])
    ev = only(doc, "COERCE")
    assert [a.text for a in ev.actor] == ["الشرطة"]
    assert [a.text for a in ev.target] == ["قبطان المركب"]
