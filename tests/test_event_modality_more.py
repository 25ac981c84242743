"""Events: modality and agents around conjunctions, light verbs, denials and commas."""

from __future__ import annotations

from marsad.events.extract import extract_events
from tests.docbuild import build, names, only


def test_conjoined_threat_makes_the_threatened_act_hypothetical() -> None:
    doc = build("وهدد سامر الخطيب باستهداف السفن في الخليج.", [("PER", "سامر الخطيب", [])])
    assert only(doc, "ASSAULT").modality == "hypothetical"


def test_conjoined_denial_negates_the_denied_act() -> None:
    doc = build("ونفت حركة الوادي أن تكون قد أطلقت صواريخ.", [("ORG", "حركة الوادي", [])])
    assert only(doc, "ASSAULT").modality == "negated"


def test_may_before_the_light_verb_of_a_noun() -> None:
    doc = build("وقد يفرض الاتحاد عقوبات على كندا.", [("ORG", "الاتحاد", []), ("GPE", "كندا", [])])
    assert only(doc, "SANCTION").modality == "hypothetical"


def test_accusations_commented_on_are_not_the_commenters() -> None:
    doc = build("ولم تعلق حكومة الوادي على الاتهامات.", [("ORG", "حكومة الوادي", [])])
    assert [e for e in extract_events(doc) if e.type == "ACCUSE"] == []


def test_a_noun_takes_no_agent_across_a_comma_and_a_verb() -> None:
    doc = build("وفي حال فشل المفاوضات، ستشن كندا هجوما على نوفارا.",
                [("GPE", "كندا", []), ("GPE", "نوفارا", [])])
    assert all(e.type != "CONSULT" or not e.actor for e in extract_events(doc))


def test_the_source_after_bihasab_is_no_participant() -> None:
    doc = build("وقتل ثلاثة جنود، بحسب وكالة الأنباء الرسمية.", [("ORG", "وكالة الأنباء الرسمية", [])])
    assert all(not e.actor and not e.target or "وكالة الأنباء الرسمية" not in
               [doc.entity(a.entity).name for a in e.actor + e.target if a.entity]
               for e in extract_events(doc))


def test_endangering_lives_is_not_a_threat() -> None:
    doc = build("الجوع في نوفارا يهدد حياة مليون طفل.", [("GPE", "نوفارا", [])])
    assert [e for e in extract_events(doc) if e.type == "THREATEN"] == []


def test_a_province_is_not_a_boycott() -> None:
    doc = build("وقع الحادث في مقاطعة البنجاب صباح اليوم.", [("LOC", "البنجاب", [])])
    assert [e for e in extract_events(doc) if e.type == "PROTEST"] == []


def test_a_definite_common_noun_is_no_actor_but_a_title_is() -> None:
    doc = build("وتناقش القمة ملفات الاقتصاد.", [])
    assert all(not e.actor for e in extract_events(doc))
    doc = build("طالب وزير الثقافة الجهة المنظمة بالاعتذار.", [])
    assert [doc.entity(a.entity).name if a.entity else a.text for a in only(doc, "REQUEST").actor] == ["وزير الثقافة"]


def test_two_triggers_of_one_participantless_act_in_a_sentence_are_one_event() -> None:
    doc = build("إضراب عام في نوفارا احتجاجا على غلاء الأسعار.", [("GPE", "نوفارا", [])])
    assert len([e for e in extract_events(doc) if e.type == "PROTEST"]) == 1


def test_negated_intention_and_no_longer() -> None:
    doc = build("لا تعتزم الحكومة فرض عقوبات على كندا.", [("GPE", "كندا", [])])
    assert only(doc, "SANCTION").modality == "negated"
    doc = build("لم يعد الجيش يسيطر على المدينة.", [])
    assert only(doc, "COERCE").modality == "negated"


def test_what_is_refused_did_not_happen_and_the_refuser_acts() -> None:
    doc = build("رفضت الحكومة أن تلتقي بممثلي المعارضة.", [("ORG", "المعارضة", [])])
    assert only(doc, "CONSULT").modality == "negated"
    assert [a.text for a in only(doc, "REJECT").actor] == ["الحكومة"]


def test_unnamed_subject_across_qad() -> None:
    doc = build("نفت الوزارة أن يكون الوزير قد التقى بالسفير.", [])
    ev = only(doc, "CONSULT")
    assert ev.modality == "negated" and [a.text for a in ev.actor] == ["الوزير"]


def test_an_intention_verb_carries_the_act_it_plans_and_not_the_nouns_of_its_object() -> None:
    doc = build("تخطط الحكومة لاعتقال قادة الاحتجاجات.", [])
    ev = only(doc, "COERCE")
    assert [a.text for a in ev.actor] == ["الحكومة"] and [a.text for a in ev.target] == ["قادة الاحتجاجات"]
    assert ev.modality == "future"
    assert [e for e in extract_events(doc) if e.type == "PROTEST"] == []


def test_acting_on_no_one_is_no_event() -> None:
    doc = build("هذا الدواء يقتل الخلايا السرطانية بسرعة.", [])
    assert [e for e in extract_events(doc) if e.type == "ASSAULT"] == []
    doc = build("قصفت الطائرات منازل في القرية.", [])
    assert [e for e in extract_events(doc) if e.type == "ASSAULT"]


def test_that_it_after_an_unnamed_speaker_is_that_speaker() -> None:
    doc = build("قالت الشرطة إنها اعتقلت رجلين في المدينة.", [],
                quotes=[("اعتقلت رجلين في المدينة", "قالت", None, "الشرطة")])
    assert [a.text for a in only(doc, "COERCE").actor] == ["الشرطة"]


def test_denying_an_act_tells_the_act_negated_by_the_one_who_denies() -> None:
    text = "نفت وزارة الداخلية أن تكون قد اعتقلت أي ناشط."
    doc = build(text, [("ORG", "وزارة الداخلية", [])])
    evs = extract_events(doc)
    assert [e.type for e in evs] == ["COERCE"]
    assert evs[0].modality == "negated" and names(evs[0].actor, doc) == ["وزارة الداخلية"]
    doc = build("وينفي مسلم الاتهامات الموجهة إليه.", [("PER", "مسلم", [])])
    assert [e.type for e in extract_events(doc)] == ["REJECT"]


def test_an_act_in_denied_reports_is_negated() -> None:
    text = "نفت الإمارات يوم الخميس تقارير قالت إن الحوثيين قصفوا مطار أبوظبي."
    doc = build(text, [("GPE", "الإمارات", []), ("ORG", "الحوثيين", []), ("ORG", "مطار أبوظبي", [])])
    assert only(doc, "ASSAULT").modality == "negated"


def test_a_future_talks_light_verb_in_the_plural() -> None:
    doc = build("وقال إن الطرفين سيجرون محادثات في القاهرة الشهر المقبل.", [("GPE", "القاهرة", [])])
    assert only(doc, "CONSULT").modality == "future"


def test_denying_a_verbal_noun_tells_that_act_negated_by_the_denier() -> None:
    text = "نفت الحكومة الجزائرية وجود أي تعاون أمني مع فرنسا."
    doc = build(text, [("ORG", "الحكومة الجزائرية", []), ("GPE", "فرنسا", [])])
    ev = only(doc, "COOPERATE")
    assert ev.modality == "negated" and names(ev.actor, doc) == ["الحكومة الجزائرية"]
    assert [e.type for e in extract_events(doc)] == ["COOPERATE"]
    doc = build("نفى مسؤول في الحركة التوصل إلى اتفاق مع الحكومة.", [])
    assert only(doc, "AGREE").modality == "negated" and names(only(doc, "AGREE").actor, doc) == ["مسؤول"]
