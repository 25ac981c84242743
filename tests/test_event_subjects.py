"""Events: who acts in short news sentences with unnamed subjects, titles, names and public places."""

from __future__ import annotations

from marsad.events.extract import extract_events
from tests.docbuild import build, names, only


def test_subject_after_a_verb_without_object() -> None:
    doc = build("تظاهر آلاف المحتجين في العاصمة أمس.", [])
    assert names(only(doc, "PROTEST").actor, doc) == ["آلاف المحتجين"]
    doc = build("استقال رئيس الوزراء من منصبه.", [])
    ev = only(doc, "CONCEDE")
    assert names(ev.actor, doc) == ["رئيس الوزراء"] and ev.target == ()


def test_unnamed_subject_before_a_named_object() -> None:
    doc = build("قصفت الطائرات الحربية مواقع لجبهة الوادي في الريف.", [("ORG", "جبهة الوادي", [])])
    ev = only(doc, "ASSAULT")
    # (the positions hit are acted on with the front that holds them)
    assert names(ev.actor, doc) == ["الطائرات الحربية"] and names(ev.target, doc) == ["مواقع", "جبهة الوادي"]


def test_object_in_ين_or_a_verb_with_its_own_subject_is_no_subject() -> None:
    doc = build("وتساعد المهاجرين في محطة قطار نوفارا.", [("GPE", "نوفارا", [])])
    assert all(names(e.actor, doc) != ["المهاجرين"] for e in extract_events(doc))
    doc = build("وأغلقوا الطريق المؤدي إلى مطار نوفارا.", [("GPE", "نوفارا", [])])
    assert all(names(e.actor, doc) != ["الطريق المؤدي"] for e in extract_events(doc))


def test_title_phrase_subject_then_object_or_complement() -> None:
    doc = build("التقى وزير الخارجية الكندي نظيره الياباني في أوتاوا.", [("GPE", "أوتاوا", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["وزير الخارجية الكندي"]
    assert names(ev.target, doc) == ["نظيره الياباني"] and names([ev.location], doc) == ["أوتاوا"]
    doc = build("أشاد وزير الخارجية الكندي بالدور الياباني.", [])
    assert names(only(doc, "SUPPORT").actor, doc) == ["وزير الخارجية الكندي"]


def test_body_after_a_title_acts_through_the_office() -> None:
    doc = build("دعا الأمين العام لمنظمة التعاون إلى وقف القتال.", [("ORG", "منظمة التعاون", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["منظمة التعاون"] and ev.target == ()


def test_protesters_named_before_the_protest_and_streets_as_the_place() -> None:
    doc = build("خرج مئات المتظاهرين إلى شوارع نوفارا احتجاجا على الغلاء.", [("GPE", "نوفارا", [])])
    ev = only(doc, "PROTEST")
    assert names(ev.actor, doc) == ["مئات المتظاهرين"] and names([ev.location], doc) == ["نوفارا"]


def test_trigger_words_inside_a_name_are_no_event() -> None:
    doc = build("اتهم الجيش قوات الدعم الشعبي بقصف القرية.", [("ORG", "قوات الدعم الشعبي", [])])
    assert [e.type for e in extract_events(doc) if e.type == "SUPPORT"] == []


def test_compound_subject_between_verb_and_object() -> None:
    doc = build("وقعت كندا واليابان اتفاقية تجارية.", [("GPE", "كندا", []), ("GPE", "اليابان", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["كندا", "اليابان"] and ev.target == ()


def test_who_condemns_an_attack_did_not_make_it() -> None:
    doc = build("أدانت منظمة التعاون الهجوم على المستشفى.", [("ORG", "منظمة التعاون", [])])
    assert all(e.type != "ASSAULT" or names(e.actor, doc) != ["منظمة التعاون"] for e in extract_events(doc))


def test_counted_victims_end_with_what_is_counted() -> None:
    doc = build("قتل خمسة أشخاص وأصيب عشرون آخرون في انفجار.", [])
    assert names(only(doc, "ASSAULT").target, doc) == ["خمسة أشخاص"]


def test_released_after_an_adverbial_and_sanctioned_after_adjectives() -> None:
    doc = build("أفرجت السلطات عن صحفي كندي بعد احتجازه عامين.", [])
    assert names(only(doc, "RETREAT").target, doc) == ["صحفي كندي"]
    doc = build("فرضت كندا عقوبات جديدة على مسؤولين عسكريين.", [("GPE", "كندا", [])])
    assert names(only(doc, "SANCTION").target, doc) == ["مسؤولين عسكريين"]


def test_a_partner_place_is_not_where_it_happens() -> None:
    doc = build("أغلقت السلطات الحدود مع كندا.", [("GPE", "كندا", [])])
    assert only(doc, "COERCE").location is None


def test_light_verb_with_the_speakers_country_and_the_genitive_as_target() -> None:
    doc = build("أكد الرئيس أن بلاده ستواصل دعم كندا.", [("GPE", "كندا", [])],
                quotes=[("بلاده ستواصل دعم كندا", "أكد", None, "الرئيس")])
    ev = only(doc, "SUPPORT")
    assert names(ev.target, doc) == ["كندا"] and names(ev.actor, doc) != ["كندا"]
    assert ev.modality == "future"


def test_that_it_after_an_announcement_is_the_speaker() -> None:
    doc = build("أعلنت وزارة الداخلية أنها ستفرض حظر التجول في المدينة.", [("ORG", "وزارة الداخلية", [])],
                quotes=[("ستفرض حظر التجول في المدينة", "أعلنت", "e1", "وزارة الداخلية")])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["وزارة الداخلية"] and ev.modality == "future"
    assert ev.attributed_to is not None and ev.attributed_to.entity == "e1"


def test_the_act_threatened_is_hypothetical() -> None:
    doc = build("هددت كندا بإطلاق صواريخ على اليابان.", [("GPE", "كندا", []), ("GPE", "اليابان", [])])
    assert only(doc, "THREATEN").modality == "asserted"
    assert all(e.modality == "hypothetical" for e in extract_events(doc) if e.type == "ASSAULT")


def test_unnamed_subject_of_a_light_verb() -> None:
    doc = build("أجرى وزير الخارجية الكندي اتصالا هاتفيا مع نظيره الياباني.", [])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["وزير الخارجية الكندي"] and names(ev.target, doc) == ["نظيره الياباني"]


def test_who_welcomes_an_agreement_is_not_its_party() -> None:
    doc = build("رحبت منظمة التعاون بالاتفاق بين الحكومة والمعارضة.", [("ORG", "منظمة التعاون", [])])
    assert all(e.type != "AGREE" or names(e.actor, doc) != ["منظمة التعاون"] for e in extract_events(doc))


def test_wounded_by_fire_is_an_attack_with_the_shooter_and_the_victims() -> None:
    doc = build("أصيب خمسة صيادين برصاص خفر السواحل قرب الشاطئ.", [("ORG", "خفر السواحل", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["خفر السواحل"] and names(ev.target, doc) == ["خمسة صيادين"]
    assert [e for e in extract_events(build("أصيب الوزير بالزكام.", [])) if e.type == "ASSAULT"] == []


def test_the_subject_of_taaarrada_suffers_the_act() -> None:
    doc = build("تعرضت قافلة إغاثة لهجوم في نوفارا.", [("GPE", "نوفارا", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["قافلة إغاثة"] and names([ev.location], doc) == ["نوفارا"]


def test_unnamed_subject_of_a_relative_clause_of_carrying_out() -> None:
    doc = build("قتل جنديان في هجوم شنه مسلحون على الحاجز.", [])
    assert any(names(e.actor, doc) == ["مسلحون"] for e in extract_events(doc) if e.type == "ASSAULT")


def test_construct_subject_before_the_verb_and_tear_gas() -> None:
    doc = build("وأطلقت قوات الأمن الغاز المسيل للدموع على المحتجين.", [])
    ev = only(doc, "ASSAULT")
    # VSO here; the SVO form names the same subject
    assert names(ev.target, doc) == ["المحتجين"]
    doc = build("قوات الأمن أطلقت الغاز المسيل للدموع على المحتجين.", [])
    assert names(only(doc, "ASSAULT").actor, doc) == ["قوات الأمن"]


def test_rejecting_accusations_does_not_make_one_the_accuser() -> None:
    doc = build("رفضت كندا الاتهامات بالتجسس.", [("GPE", "كندا", [])])
    assert all(e.type != "ACCUSE" or names(e.actor, doc) != ["كندا"] for e in extract_events(doc))


def test_sides_after_bayna_are_no_location() -> None:
    doc = build("أبدت كندا استعدادها للوساطة بين أرمينيا وأذربيجان.",
                [("GPE", "كندا", []), ("GPE", "أرمينيا", []), ("GPE", "أذربيجان", [])])
    ev = only(doc, "CONSULT")
    assert ev.location is None and names(ev.target, doc) == ["أرمينيا", "أذربيجان"]


def test_charges_are_brought_against_whom_after_what() -> None:
    doc = build("وجهت النيابة تهمة الفساد إلى الوزير السابق.", [])
    assert names(only(doc, "ACCUSE").target, doc) == ["الوزير"]


def test_compound_subject_before_the_verb_or_its_light_verb() -> None:
    doc = build("كندا واليابان اتفقتا على وقف القتال.", [("GPE", "كندا", []), ("GPE", "اليابان", [])])
    assert names(only(doc, "AGREE").actor, doc) == ["كندا", "اليابان"]
    doc = build("كندا واليابان تتبادلان الاتهامات بشأن الجزيرة.", [("GPE", "كندا", []), ("GPE", "اليابان", [])])
    assert names(only(doc, "ACCUSE").actor, doc) == ["كندا", "اليابان"]


def test_unnamed_subject_before_a_light_verb_of_claiming() -> None:
    doc = build("المسلحون يتبنون هجوما على مطار نوفارا.", [("LOC", "مطار نوفارا", [])])
    assert names(only(doc, "ASSAULT").actor, doc) == ["المسلحون"]


def test_counted_people_after_a_preposition_and_agreeing_nominative_adjectives() -> None:
    doc = build("أفرجت السلطات عن 39 أسيرا كنديا.", [])
    assert names(only(doc, "RETREAT").target, doc) == ["39 أسيرا كنديا"]
    doc = build("هاجم مسلحون مجهولون حافلة في نوفارا.", [("GPE", "نوفارا", [])])
    assert names(only(doc, "ASSAULT").actor, doc) == ["مسلحون مجهولون"]


def test_a_place_after_a_direction_is_where_and_neutralising_is_an_attack() -> None:
    doc = build("أعلنت وزارة الدفاع تحييد خمسة مسلحين شمالي نوفارا.",
                [("ORG", "وزارة الدفاع", []), ("GPE", "نوفارا", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["خمسة مسلحين"] and names([ev.location], doc) == ["نوفارا"]


def test_people_in_the_genitive_of_a_raid_carry_it_out() -> None:
    doc = build("واستنكرت المنظمة اقتحام المستوطنين للمسجد.", [])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["المستوطنين"]


def test_protest_and_attack_sentences() -> None:
    doc = build("تجمع المئات أمام مقر البرلمان للمطالبة برحيل الحكومة.", [])
    assert names(only(doc, "PROTEST").actor, doc) == ["المئات"]
    doc = build("رشق متظاهرون قوات الأمن بالحجارة.", [])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["متظاهرون"] and names(ev.target, doc) == ["قوات الأمن"]
    doc = build("فجر انتحاري نفسه داخل مسجد.", [])
    assert names(only(doc, "ASSAULT").actor, doc) == ["انتحاري"]
    doc = build("فرقت الشرطة اعتصاما للطلاب.", [])
    assert names(only(doc, "COERCE").actor, doc) == ["الشرطة"]


def test_subject_then_an_indefinite_object() -> None:
    doc = build("قصفت المدفعية الكندية بلدات في الجنوب.", [])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["المدفعية الكندية"] and names(ev.target, doc) == ["بلدات"]
    doc = build("هاجمت مجموعة مسلحة مركزا للشرطة.", [])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["مجموعة مسلحة"] and names(ev.target, doc) == ["مركزا للشرطة"]


def test_a_gathering_without_a_protest_word_is_no_protest() -> None:
    doc = build("تجمع أفراد العائلة في المنزل.", [])
    assert [e for e in extract_events(doc) if e.type == "PROTEST"] == []


def test_an_agentless_retelling_in_the_same_sentence_is_one_event() -> None:
    doc = build("قطع محتجون الطريق المؤدي إلى نوفارا.", [("GPE", "نوفارا", [])])
    assert len([e for e in extract_events(doc) if e.type == "PROTEST"]) == 1


def test_review_cases_victims_subjects_and_objects() -> None:
    doc = build("قتل خمسة أشخاص في غارة على جنوب نوفارا.", [("LOC", "جنوب نوفارا", [])])
    ev = next(e for e in extract_events(doc) if e.trigger.text == "قتل")
    assert ev.actor == () and names(ev.target, doc) == ["خمسة أشخاص"]
    assert names([ev.location], doc) == ["جنوب نوفارا"]
    doc = build("اعتقلت قوات الأمن ثلاثة صحفيين في العاصمة.", [])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["قوات الأمن"] and names(ev.target, doc) == ["ثلاثة صحفيين"]
    doc = build("قصفت المدفعية الكندية قرى في الريف.", [])
    assert names(only(doc, "ASSAULT").target, doc) == ["قرى"]
    doc = build("التقى الوزير بالسفير الفرنسي.", [])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["الوزير"] and names(ev.target, doc) == ["بالسفير الفرنسي"]
    doc = build("اعتقلت الشرطة طفلين في المدينة.", [])
    assert names(only(doc, "COERCE").target, doc) == ["طفلين"]


def test_the_one_accused_carries_out_the_act_and_a_threatener_before_a_target() -> None:
    doc = build("اتهم الجيش قوات الوادي بقصف المدنيين.", [("ORG", "الجيش", []), ("ORG", "قوات الوادي", [])])
    assert names(only(doc, "ASSAULT").actor, doc) == ["قوات الوادي"]
    doc = build("هدد الرئيس الأمريكي بفرض رسوم على كندا.", [("GPE", "كندا", [])])
    assert names(only(doc, "THREATEN").actor, doc) == ["الرئيس الأمريكي"]


def test_subject_with_its_adjective_before_the_verb_and_people_in_construct() -> None:
    doc = build("وقال المصدر إن الرئيس الكندي استقبل وزير الخارجية الياباني.", [])
    assert names(only(doc, "CONSULT").actor, doc) == ["الرئيس الكندي"]
    doc = build("طالبت عائلات المختطفين الحكومة بالتفاوض.", [])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["عائلات المختطفين"] and names(ev.target, doc) == ["الحكومة"]


def test_an_instrument_after_the_subject_is_no_target() -> None:
    doc = build("قتل جنود الاحتلال بالرصاص الحي شابا.", [])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["جنود الاحتلال"] and names(ev.target, doc) == ["شابا"]
    doc = build("جرح جنود الجيش بانفجار عبوة ناسفة.", [])
    ev = only(doc, "ASSAULT")
    assert ev.actor == () and names(ev.target, doc) == ["جنود الجيش"]
    doc = build("اعتقلت الشرطة طبيبا في المدينة.", [])
    assert names(only(doc, "COERCE").target, doc) == ["طبيبا"]
    doc = build("أشاد وزير الخارجية بالدور القطري.", [])
    assert names(only(doc, "SUPPORT").actor, doc) == ["وزير الخارجية"]


def test_an_unnamed_subject_opening_the_clause_makes_the_name_after_the_verb_its_object() -> None:
    doc = build("الحكومة تتهم المعارضة بالتحريض.", [("ORG", "المعارضة", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["الحكومة"] and names(ev.target, doc) == ["المعارضة"]
    assert ev.evidence.text.startswith("الحكومة")
    doc = build("والشرطة اعتقلت أحمد سعيد في القاهرة.", [("PER", "أحمد سعيد", []), ("GPE", "القاهرة", [])])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["الشرطة"] and names(ev.target, doc) == ["أحمد سعيد"]
    # a date before the verb is no subject: the name after it is
    doc = build("الأسبوع الماضي التقى بوتين بأردوغان.", [("PER", "بوتين", []), ("PER", "أردوغان", [])],
                dates=[("الأسبوع الماضي", "2025-02-20")])
    assert names(only(doc, "CONSULT").actor, doc) == ["بوتين"]


def test_a_present_verb_ending_in_hm_carries_its_object_only_with_a_second_hm() -> None:
    text = "طردت اليونان دبلوماسيين اثنين. وأثينا تتهمهم بمحاولة التأثير على الرهبان."
    doc = build(text, [("GPE", "اليونان", []), ("GPE", "أثينا", [])])
    ev = next(e for e in extract_events(doc) if e.type == "ACCUSE")
    assert names(ev.target, doc) == ["دبلوماسيين اثنين"]
    doc = build("الحكومة تتهم المسلحين بالهجوم.", [])
    assert names(only(doc, "ACCUSE").target, doc) == ["المسلحين"]


def test_his_counterpart_is_the_other_party() -> None:
    doc = build("التقى شكري نظيره الأردني أيمن الصفدي.", [("PER", "شكري", []), ("PER", "أيمن الصفدي", ["نظيره الأردني أيمن الصفدي"])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["شكري"] and names(ev.target, doc) == ["أيمن الصفدي"]
    doc = build("التقى الوزير نظيره الفرنسي جان لودريان.", [("PER", "جان لودريان", ["نظيره الفرنسي جان لودريان"])])
    assert names(only(doc, "CONSULT").actor, doc) == []


def test_a_harm_verb_before_a_count_is_passive_and_continues_no_subject() -> None:
    text = "سيطر الحوثيون على صنعاء. وقتل في الصراع نحو 10.000 مدني."
    doc = build(text, [("ORG", "الحوثيون", []), ("GPE", "صنعاء", [])])
    ev = only(doc, "ASSAULT")
    assert ev.actor == () and names(ev.target, doc) == ["نحو 10.000 مدني"]


def test_a_fronted_object_taken_up_by_a_pronoun_leaves_the_subject_after_the_verb() -> None:
    doc = build("وقالت المنظمة إن الرهائن تحتجزهم القوات في الشمال.", [])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["القوات"] and names(ev.target, doc) == ["الرهائن"]


def test_a_refused_apology_was_not_made() -> None:
    doc = build("رفض رئيس الوزراء جاستن ترودو الاعتذار بشأن تصريحاته.", [("PER", "جاستن ترودو", [])])
    assert only(doc, "CONCEDE").modality == "negated"
    doc = build("رفضت الحكومة الهجوم على المدنيين.", [])
    assert all(e.modality == "asserted" for e in extract_events(doc))
