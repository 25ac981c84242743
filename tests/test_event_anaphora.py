"""Events: pronoun targets resolved to an earlier participant that agrees, and what a target may be."""

from __future__ import annotations

from marsad.events.extract import extract_events
from tests.docbuild import build, names, only


def test_object_pronoun_points_back_at_an_unnamed_group() -> None:
    doc = build("وزار المحققون السجناء في الحبس. وقال التقرير إن الحراس يهددونهم بالعقاب.", [])
    ev = only(doc, "THREATEN")
    assert names(ev.target, doc) == ["السجناء"]


def test_object_pronoun_skips_a_name_that_does_not_agree() -> None:
    # هم needs a plural: the state (feminine singular) is passed over for the group of people
    doc = build("وأوقفت السلطات معتقلين سابقين في لبنان. وقالت المنظمة إن الحراس يهددونهم بالعقاب.",
                [("GPE", "لبنان", []), ("ORG", "المنظمة", [])])
    ev = only(doc, "THREATEN")
    assert names(ev.target, doc) == ["معتقلين سابقين"]


def test_preposition_with_a_pronoun_after_the_trigger() -> None:
    doc = build("وسيطر الحوثيون على صنعاء. والتحالف الذي يقاتل ضدهم تدعمه الرياض.",
                [("ORG", "الحوثيون", []), ("GPE", "صنعاء", []), ("GPE", "الرياض", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["الحوثيون"]


def test_possessive_on_a_verbal_noun_of_arrest_is_the_person_held() -> None:
    doc = build("وصل سامر الخطيب رئيس حزب الوحدة إلى المطار. وأمرت محكمة باعتقاله.",
                [("PER", "سامر الخطيب", []), ("ORG", "حزب الوحدة", [])])
    ev = only(doc, "COERCE")
    assert names(ev.target, doc) == ["سامر الخطيب"]


def test_pronoun_with_no_agreeing_antecedent_leaves_the_target_empty() -> None:
    doc = build("وأعلنت الحكومة خطة جديدة. وقال مسؤول إن الجيش يهددهم.", [("ORG", "الحكومة", [])])
    ev = only(doc, "THREATEN")
    assert ev.target == ()


def test_the_thing_rejected_is_not_a_target() -> None:
    doc = build("ورفضت الحكومة الوساطة.", [("ORG", "الحكومة", [])])
    assert only(doc, "REJECT").target == ()


def test_people_after_an_abstract_head_are_the_target() -> None:
    doc = build("واستنكرت الوزارة سلوك بعض المشجعين خلال المباراة.", [])
    assert names(only(doc, "ACCUSE").target, doc) == ["بعض المشجعين"]


def test_envoys_acted_on_stay_a_description_but_expelling_them_sanctions_their_state() -> None:
    entities = [("ORG", "وزارة الخارجية", []), ("GPE", "فرنسا", ["فرنسا"])]
    countries = {"فرنسا": "FRA"}
    summoned = build("واستدعت وزارة الخارجية السفير الفرنسي في بغداد. وكانت فرنسا قد انتقدت.", entities,
                     countries=countries)
    assert names(only(summoned, "ACCUSE").target, summoned) == ["السفير الفرنسي"]
    expelled = build("وطردت وزارة الخارجية السفير الفرنسي. وكانت فرنسا قد انتقدت.", entities,
                     countries=countries)
    assert names(only(expelled, "SANCTION").target, expelled) == ["فرنسا"]


def test_place_word_between_preposition_and_name_keeps_it_a_location() -> None:
    doc = build("وتقدم إسرائيل المساعدات للسوريين في منطقة الجولان.",
                [("GPE", "إسرائيل", []), ("LOC", "الجولان", [])])
    ev = only(doc, "AID")
    assert names([ev.location], doc) == ["الجولان"] if ev.location else False
    assert "الجولان" not in names(ev.target, doc)


def test_people_a_verbal_noun_acts_on_through_lam() -> None:
    doc = build("وجدد الوزير سامر الخطيب تأييده للمستوطنين الإسرائيليين في الضفة.",
                [("PER", "سامر الخطيب", [])])
    assert names(only(doc, "SUPPORT").target, doc) == ["للمستوطنين الإسرائيليين"]


def test_recipients_with_lam_are_not_the_nationality_of_the_act() -> None:
    doc = build("وبدأ توزيع المساعدات الإنسانية للسوريين أمس.", [("GPE", "سوريا", [])],
                countries={"سوريا": "SYR"})
    assert all(names(e.actor, doc) != ["سوريا"] for e in extract_events(doc))


def test_a_pronoun_back_at_a_definite_group_takes_its_fuller_first_telling() -> None:
    doc = build("اعتقلت تركيا جنديين يونانيين قرب الحدود. وقالت الوكالة إن الجنديين نقلا إلى أدرنة"
                " وإن محكمة أمرت باعتقالهما.", [("GPE", "تركيا", []), ("GPE", "أدرنة", [])])
    evs = [e for e in extract_events(doc) if e.trigger.text.startswith("باعتقال")]
    assert evs and names(evs[0].target, doc) == ["جنديين يونانيين"]
