"""Events: argument rules (relative clauses, light verbs, compound and prepositional participants)."""

from __future__ import annotations

from marsad.events.extract import extract_events
from tests.docbuild import build, names, only


def test_relative_head_is_subject_without_resumptive_pronoun() -> None:
    doc = build("وتعد كندا التي تدعم حكومة الوحدة من أكبر المانحين.",
                [("GPE", "كندا", []), ("ORG", "حكومة الوحدة", [])])
    ev = only(doc, "SUPPORT")
    assert names(ev.actor, doc) == ["كندا"] and names(ev.target, doc) == ["حكومة الوحدة"]


def test_relative_head_is_object_with_resumptive_pronoun() -> None:
    doc = build("وصل الوفد إلى حمص التي قصفها الجيش النظامي أمس.",
                [("GPE", "حمص", []), ("ORG", "الجيش النظامي", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["الجيش النظامي"]
    assert names(ev.target, doc) == ["حمص"]


def test_light_verb_subject_is_the_agent_of_its_noun_across_a_date() -> None:
    text = "وشنت إسرائيل في العاشر من أيار الماضي عشرات الغارات الجوية على مواقع في سوريا."
    doc = build(text, [("GPE", "إسرائيل", []), ("GPE", "سوريا", [])],
                dates=[("العاشر من أيار الماضي", "2018-05-10")])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["إسرائيل"]
    assert ev.trigger.text == "الغارات الجوية"
    assert names([ev.location], doc) == ["سوريا"]


def test_conjoined_targets_are_a_compound_participant() -> None:
    doc = build("اتهم سامر الخطيب إيران وحزب الوحدة بالتدخل.",
                [("PER", "سامر الخطيب", []), ("GPE", "إيران", []), ("ORG", "حزب الوحدة", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.target, doc) == ["إيران", "حزب الوحدة"]


def test_unnamed_participant_after_a_preposition() -> None:
    doc = build("وطلبت الشرطة من المسعفين إجراء فحص.", [])
    ev = only(doc, "REQUEST")
    assert names(ev.target, doc) == ["المسعفين"]


def test_description_keeps_a_short_relative_clause() -> None:
    doc = build("وطلب من الصحافيين الذين كانوا على متنه تسليم التسجيل.", [])
    ev = only(doc, "REQUEST")
    assert names(ev.target, doc) == ["الصحافيين الذين كانوا على متنه"]


def test_definite_subject_then_object_after_the_verb() -> None:
    doc = build("واستجوبت الشرطة قبطان المركب ساعات.", [])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["الشرطة"] and names(ev.target, doc)[0].startswith("قبطان المركب")


def test_place_named_inside_the_target_is_the_location() -> None:
    doc = build("وأعلن الحوثيون استهداف مطار أبوظبي الدولي بطائرة مسيرة.",
                [("ORG", "الحوثيون", []), ("ORG", "مطار أبوظبي الدولي", []), ("GPE", "أبوظبي", ["أبوظبي"])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["مطار أبوظبي الدولي"]
    assert ev.location is not None and names([ev.location], doc) == ["أبوظبي"]


def test_a_visited_place_is_target_and_location() -> None:
    doc = build("ويزور سامر الخطيب لندن الأسبوع المقبل.", [("PER", "سامر الخطيب", []), ("GPE", "لندن", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.target, doc) == ["لندن"] and names([ev.location], doc) == ["لندن"]


def test_descriptions_do_not_merge_as_duplicates() -> None:
    doc = build("طردت السلطات دبلوماسيين اثنين، وطردت السلطات صحافيين اثنين.", [])
    assert len([e for e in extract_events(doc) if e.type == "SANCTION"]) == 2


def test_title_with_preposition_marks_the_named_person_as_object() -> None:
    doc = build("التقى سامر الخطيب بوزير الخارجية فادي نصر.",
                [("PER", "سامر الخطيب", []), ("PER", "فادي نصر", ["وزير الخارجية فادي نصر"])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["سامر الخطيب"] and names(ev.target, doc) == ["فادي نصر"]


def test_relative_clause_on_a_noun_names_its_agent() -> None:
    doc = build("وقالت المنظمة إن التدخل العسكري الذي تقوده الرياض في اليمن مستمر.",
                [("GPE", "الرياض", []), ("GPE", "اليمن", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["الرياض"]


def test_nationality_of_an_indefinite_noun_trigger_is_the_actor() -> None:
    text = "وأفادت مصادر محلية بوقوع غارات إسرائيلية على ريف دمشق. وردت إسرائيل بالصمت."
    doc = build(text, [("GPE", "إسرائيل", ["إسرائيل بالصمت"]), ("GPE", "دمشق", [])],
                countries={"إسرائيل": "ISR"})
    ev = only(doc, "ASSAULT")
    assert ev.trigger.text == "غارات"
    assert names(ev.actor, doc) == ["إسرائيل"]


def test_a_definite_noun_with_nationality_refers_back_and_is_not_a_new_event() -> None:
    doc = build("وقال الوزير إن العقوبات الأمريكية لن تؤثر على الاقتصاد.",
                [("GPE", "الولايات المتحدة", ["الولايات المتحدة"])])
    assert not [e for e in extract_events(doc) if e.type == "SANCTION"]


def test_own_country_subject_is_the_speakers_state() -> None:
    text = "وقال وزير الخارجية سامر الخطيب إن بلاده ستتعقب فادي نصر. وتطالب سوريا بتسليمه."
    doc = build(text, [("PER", "سامر الخطيب", []), ("PER", "فادي نصر", []), ("GPE", "سوريا", [])],
                quotes=[("بلاده ستتعقب فادي نصر", "قال", "e1", "سامر الخطيب")],
                countries={"سامر الخطيب": "SYR", "فادي نصر": "SYR", "سوريا": "SYR"})
    ev = only(doc, "THREATEN")
    assert names(ev.actor, doc) == ["سوريا"] and names(ev.target, doc) == ["فادي نصر"]


def test_an_agentless_demand_inside_a_quote_is_the_speakers() -> None:
    text = "وقال سامر الخطيب إنه يتعين على الحكومة أن تستقيل."
    doc = build(text, [("PER", "سامر الخطيب", []), ("ORG", "الحكومة", [])],
                quotes=[("يتعين على الحكومة أن تستقيل", "قال", "e1", "سامر الخطيب")])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["سامر الخطيب"] and names(ev.target, doc) == ["الحكومة"]


def test_an_invitation_to_a_country_is_a_meeting() -> None:
    doc = build("ووجه سامر الخطيب دعوته ليلى حداد إلى فرنسا.",
                [("PER", "سامر الخطيب", []), ("PER", "ليلى حداد", []), ("GPE", "فرنسا", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["سامر الخطيب"] and names([ev.location], doc) == ["فرنسا"]
    assert not [e for e in extract_events(doc) if e.type == "REQUEST"]


def test_a_call_for_talks_stays_a_request_with_its_titled_subject() -> None:
    doc = build("ودعا الرئيس إلى الحوار.", [])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["الرئيس"]


def test_a_sentence_opening_verb_continues_the_previous_subject() -> None:
    text = "وصل سامر الخطيب إلى المدينة. وطالب بوقف القتال فورا."
    doc = build(text, [("PER", "سامر الخطيب", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["سامر الخطيب"]


def test_the_genitive_of_an_arrest_is_the_one_arrested() -> None:
    doc = build("وأدانت المنظمة اعتقال الصحفي سامر الخطيب.", [("PER", "سامر الخطيب", [])])
    ev = only(doc, "COERCE")
    assert not [a for a in ev.actor if a.entity] and names(ev.target, doc) == ["سامر الخطيب"]


def test_the_genitive_of_a_visit_is_the_visitor() -> None:
    doc = build("وتأتي زيارة سامر الخطيب إلى دمشق بعد أسبوع.", [("PER", "سامر الخطيب", []), ("GPE", "دمشق", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["سامر الخطيب"]


def test_talks_between_two_sides() -> None:
    doc = build("وبدأت محادثات بين واشنطن وطهران في مسقط.",
                [("GPE", "واشنطن", []), ("GPE", "طهران", []), ("GPE", "مسقط", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["واشنطن"] and names(ev.target, doc) == ["طهران"]
    assert names([ev.location], doc) == ["مسقط"]


def test_a_walkout_from_a_match_is_a_protest() -> None:
    doc = build("وانسحب الفريق العراقي من المباراة احتجاجا.", [])
    assert only(doc, "PROTEST")


def test_a_title_without_a_name_is_the_office_holder_named_earlier() -> None:
    text = "وقال رئيس الحكومة، سامر الخطيب، إن الحوار ممكن. واتهم رئيس الحكومة المعارضة بالتصعيد."
    doc = build(text, [("ORG", "الحكومة", []), ("PER", "سامر الخطيب", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["سامر الخطيب"]


def test_a_verb_whose_stem_ends_like_a_pronoun_has_no_pronoun_object() -> None:
    doc = build("وكانت حداد قد تحدثت أمس. واتهم الخطيب المعارضة بالتصعيد.",
                [("PER", "حداد", []), ("PER", "الخطيب", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["الخطيب"] and "حداد" not in names(ev.target, doc)


def test_we_in_a_leaders_words_is_the_state() -> None:
    text = "وقال سامر الخطيب في سوريا: إذا هاجمونا فسندمر قواتهم."
    doc = build(text, [("PER", "سامر الخطيب", []), ("GPE", "سوريا", ["سوريا"])],
                quotes=[("إذا هاجمونا فسندمر قواتهم", "قال", "e1", "سامر الخطيب")],
                countries={"سامر الخطيب": "SYR", "سوريا": "SYR"})
    evs = [e for e in extract_events(doc) if e.trigger.text == "فسندمر"]
    assert evs and names(evs[0].actor, doc) == ["سوريا"] and evs[0].modality == "hypothetical"


def test_indefinite_noun_with_a_carrying_out_clause_names_its_agent() -> None:
    doc = build("وأشار إلى مفاوضات محتملة ربما تجريها الحكومة اليونانية مع تركيا.",
                [("ORG", "الحكومة اليونانية", []), ("GPE", "تركيا", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["الحكومة اليونانية"] and names(ev.target, doc) == ["تركيا"]
    assert ev.location is None  # "مع تركيا" is the other side, not the venue


def test_a_supporting_clause_on_a_demand_does_not_make_its_subject_the_demander() -> None:
    doc = build("وهو مطلب يؤيده اتحاد الشغل.", [("ORG", "اتحاد الشغل", [])])
    assert not [e for e in extract_events(doc) if e.type == "REQUEST" and e.actor]


def test_an_object_pronoun_does_not_point_at_the_speaker() -> None:
    text = "وقالت منظمة العفو إن عناصر الحركة نقلوا السجناء ثم هددوهم."
    doc = build(text, [("ORG", "منظمة العفو", [])],
                quotes=[("عناصر الحركة نقلوا السجناء ثم هددوهم", "قالت", "e1", "منظمة العفو")])
    hits = [e for e in extract_events(doc) if e.trigger.text == "هددوهم"]
    assert hits and "منظمة العفو" not in names(hits[0].target, doc)


def test_a_verbal_noun_phrase_is_not_split_by_an_unnamed_word() -> None:
    doc = build("وأكد الوزير ضرورة إعادة ربط العلاقات مع روسيا.", [("GPE", "روسيا", [])])
    assert not [e for e in extract_events(doc) if any(a.text == "ربط" for a in e.actor)]


def test_the_place_closing_a_relative_clause_and_not_one_across_a_conjunction() -> None:
    doc = build("ينتقد فيها السياسات في السعودية والتدخل العسكري الذي تقوده الرياض في اليمن.",
                [("GPE", "السعودية", []), ("GPE", "الرياض", []), ("GPE", "اليمن", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["الرياض"] and names([ev.location], doc) == ["اليمن"]


def test_a_quoted_weapon_name_does_not_hide_the_target() -> None:
    doc = build('وأعلن الحوثيون إطلاق صاروخ "كروز" صوب محطة للطاقة في المدينة.', [("ORG", "الحوثيون", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["محطة للطاقة"]


def test_kana_qad_carries_the_earlier_subject_so_the_name_after_is_the_object() -> None:
    doc = build("ويزور سامر الخطيب لندن، وكان قد التقى رئيسة الحكومة ليلى حداد.",
                [("PER", "سامر الخطيب", []), ("GPE", "لندن", []), ("PER", "ليلى حداد", [])])
    ev = next(e for e in extract_events(doc) if e.trigger.text == "التقى")
    assert names(ev.actor, doc) == ["سامر الخطيب"] and names(ev.target, doc) == ["ليلى حداد"]


def test_the_lam_object_of_a_renewed_support_past_a_setting_phrase() -> None:
    doc = build("وجددت حداد خلال لقائهما دعمها للاتفاق النووي.", [("PER", "حداد", [])])
    ev = only(doc, "SUPPORT")
    assert names(ev.actor, doc) == ["حداد"] and names(ev.target, doc) == ["للاتفاق النووي"]


def test_a_duration_is_no_participant() -> None:
    doc = build("أعلنت حركة الوادي وقف إطلاق النار لمدة ثلاثة أيام.", [("ORG", "حركة الوادي", [])])
    assert only(doc, "AGREE").target == ()


def test_grants_amounts_adjectives_and_relative_verbs() -> None:
    doc = build("منحت الحكومة الكندية اللجوء لمئات السوريين.", [("ORG", "الحكومة الكندية", [])])
    assert names(only(doc, "AID").target, doc) == ["لمئات السوريين"]
    doc = build("قدم الاتحاد مساعدات بقيمة 50 مليون يورو للاجئين.", [("ORG", "الاتحاد", [])])
    assert names(only(doc, "AID").target, doc) == ["للاجئين"]
    doc = build("أجرى الجيش مناورات عسكرية واسعة في الجنوب.", [("ORG", "الجيش", [])])
    assert only(doc, "MOBILIZE").target == ()
    doc = build("دانت الجامعة الهجوم الذي استهدف كنيسة.", [("ORG", "الجامعة", [])])
    assert all(e.type != "ASSAULT" or not e.actor for e in extract_events(doc))
    assert only(doc, "ACCUSE")


def test_a_place_word_that_is_its_own_preposition() -> None:
    doc = build("تظاهر مئات الطلاب وسط العاصمة الجزائر.", [("GPE", "الجزائر", [])])
    ev = only(doc, "PROTEST")
    assert ev.target == () and names([ev.location], doc) == ["الجزائر"]


def test_a_split_release_carries_the_one_released_as_a_pronoun() -> None:
    text = "اعتقلت الشرطة الناشط سامي عادل الشهر الماضي. وأطلقت محكمة محلية سراحه أمس."
    doc = build(text, [("PER", "سامي عادل", [])])
    ev = next(e for e in extract_events(doc) if e.type == "RETREAT")
    assert names(ev.actor, doc) == ["محكمة محلية"] and names(ev.target, doc) == ["سامي عادل"]


def test_a_participle_with_its_complement_stays_in_the_description() -> None:
    doc = build("اعتقلت الشرطة المهاجرين العالقين في المطار.", [])
    assert names(only(doc, "COERCE").target, doc) == ["المهاجرين العالقين في المطار"]


def test_a_time_between_subject_and_object_does_not_hide_the_object() -> None:
    text = "اعتقلت قوات الأمن فجر اليوم 23 شخصا في المدينة."
    doc = build(text, [("ORG", "قوات الأمن", [])], dates=[("فجر اليوم", "2025-03-01")])
    assert names(only(doc, "COERCE").target, doc) == ["23 شخصا"]
    text = "قصفت الطائرات الحربية فجر اليوم منزلا في المدينة."
    doc = build(text, [], dates=[("فجر اليوم", "2025-03-01")])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["الطائرات الحربية"] and names(ev.target, doc) == ["منزلا"]


def test_the_place_left_or_reached_is_where_and_a_town_beats_its_region() -> None:
    doc = build("انسحبت القوات من مدينة خيرسون.", [("ORG", "القوات", []), ("GPE", "خيرسون", ["مدينة خيرسون"])])
    assert names([only(doc, "RETREAT").location], doc) == ["خيرسون"]
    text = "سيطرت الحركة على مدينة قندوز شمال أفغانستان."
    doc = build(text, [("ORG", "الحركة", []), ("GPE", "قندوز", ["مدينة قندوز"]), ("GPE", "أفغانستان", [])])
    assert names([only(doc, "COERCE").location], doc) == ["قندوز"]


def test_a_mutual_act_told_by_verb_and_noun_is_one_event_with_both_sides_as_subject() -> None:
    text = "قد تبرم إيران والوكالة الدولية اتفاقا جديدا بشأن التفتيش."
    doc = build(text, [("GPE", "إيران", []), ("ORG", "الوكالة الدولية", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["إيران", "الوكالة الدولية"] and ev.modality == "hypothetical"


def test_the_place_that_saw_an_act_is_where_and_a_summit_aside_is_a_setting() -> None:
    doc = build("شهدت مدينة زاهدان مظاهرات حاشدة.", [("GPE", "زاهدان", ["مدينة زاهدان"])])
    ev = only(doc, "PROTEST")
    assert ev.actor == () and names([ev.location], doc) == ["زاهدان"]
    text = "سيلتقي بايدن نظيره الصيني شي جين بينغ على هامش قمة مجموعة العشرين."
    doc = build(text, [("PER", "بايدن", []), ("PER", "شي جين بينغ", ["نظيره الصيني شي جين بينغ"]),
                       ("ORG", "مجموعة العشرين", [])])
    assert [names(e.actor, doc) for e in extract_events(doc)] == [["بايدن"]]


def test_a_call_received_is_made_by_the_one_it_comes_from() -> None:
    text = "تلقى أمير قطر اتصالا هاتفيا من الرئيس رجب طيب أردوغان."
    doc = build(text, [("PER", "أمير قطر", []), ("PER", "رجب طيب أردوغان", ["الرئيس رجب طيب أردوغان"])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["رجب طيب أردوغان"] and names(ev.target, doc) == ["أمير قطر"]


def test_a_bare_noun_retelling_an_act_in_the_same_sentence_is_not_a_second_event() -> None:
    doc = build("تظاهر آلاف المغاربة في الرباط احتجاجا على غلاء الأسعار.", [("GPE", "الرباط", [])])
    assert [e.type for e in extract_events(doc)] == ["PROTEST"]


def test_a_dual_verb_after_a_meeting_has_both_sides_as_subject() -> None:
    text = "التقى فيدان نظيره السوري أسعد الشيباني في أنقرة، ووقعا اتفاقية للتعاون العسكري."
    doc = build(text, [("PER", "فيدان", []), ("PER", "أسعد الشيباني", ["نظيره السوري أسعد الشيباني"]),
                       ("GPE", "أنقرة", [])])
    assert names(only(doc, "AGREE").actor, doc) == ["فيدان", "أسعد الشيباني"]


def test_the_one_called_on_is_the_object_and_the_owner_of_a_noun_is_the_light_verbs_subject() -> None:
    text = "أعلنت قطر تقديم مساعدات عاجلة لضحايا الفيضانات، ودعت المجتمع الدولي إلى التحرك."
    doc = build(text, [("GPE", "قطر", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["قطر"] and names(ev.target, doc) == ["المجتمع الدولي"]
    assert names(only(doc, "AID").target, doc) == ["لضحايا الفيضانات"]
    text = "قال المتحدث باسم الجيش إن القوات الأممية أكملت انسحابها من القاعدة."
    doc = build(text, [("ORG", "الجيش", []), ("ORG", "القوات الأممية", [])])
    assert names(only(doc, "RETREAT").actor, doc) == ["القوات الأممية"]


def test_a_caller_alone_before_ila_is_the_subject() -> None:
    doc = build("ودعت رابطة الكتاب إلى الوقوف بثبات ضد هذه الممارسات.", [])
    assert names(only(doc, "REQUEST").actor, doc) == ["رابطة الكتاب"]


def test_the_people_asked_right_after_min_beat_a_name_further_on() -> None:
    doc = build("وطلبت الشرطة من المسعفين إجراء اختبار لفحص بول الرجل.", [("PER", "بول", [])])
    assert names(only(doc, "REQUEST").target, doc) == ["المسعفين"]


def test_a_relative_verb_on_an_attack_noun_tells_the_same_attack() -> None:
    text = "أعلنت حركة الشباب مسؤوليتها عن الهجوم الانتحاري الذي استهدف فندقا في مقديشو."
    doc = build(text, [("ORG", "حركة الشباب", []), ("GPE", "مقديشو", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["حركة الشباب"] and names(ev.target, doc) == ["فندقا"]
    assert names([ev.location], doc) == ["مقديشو"]


def test_talks_between_the_envoys_of_two_sides() -> None:
    text = "عقدت في جنيف جولة مشاورات بين ممثلي الحكومة والمعارضة."
    doc = build(text, [("GPE", "جنيف", []), ("ORG", "الحكومة", []), ("ORG", "المعارضة", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["الحكومة"] and names(ev.target, doc) == ["المعارضة"]
