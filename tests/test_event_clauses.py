"""Events: clause limits, relative clauses, titles before a name and unnamed subjects."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.extract import extract_events
from tests.docbuild import build, names, only


def test_a_verb_joined_by_waw_opens_the_next_clause() -> None:
    # the opposition boycotted; it is not the one the community condemned
    doc = build("وفي انتخابات ندد بها المجتمع الدولي وقاطعتها المعارضة، فاز الرئيس.",
                [("ORG", "المعارضة", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.target, doc) == []
    assert names(ev.actor, doc) == ["المجتمع الدولي"]


def test_subject_after_a_pronoun_preposition() -> None:
    doc = build("وأشاد به الرئيس الفرنسي خلال المؤتمر.", [])
    assert names(only(doc, "SUPPORT").actor, doc) == ["الرئيس الفرنسي"]


def test_pronoun_in_a_relative_clause_is_its_head() -> None:
    # "به" is what Israel committed to, not the broadcaster named before
    doc = build("وقال شهاب لبي بي سي إن حركته ملتزمة بالهدنة ما التزمت به إسرائيل.",
                [("ORG", "بي بي سي", []), ("GPE", "إسرائيل", [])])
    evs = [e for e in extract_events(doc) if e.type == "AGREE" and e.trigger.text.startswith("التزمت")]
    assert evs and names(evs[0].actor, doc) == ["إسرائيل"] and names(evs[0].target, doc) == []


def test_relative_clause_subject_keeps_its_pronoun_object() -> None:
    doc = build("وسيطر الحوثيون على صنعاء. والتحالف الذي يقاتل ضدهم تدعمه الرياض.",
                [("ORG", "الحوثيون", []), ("GPE", "صنعاء", []), ("GPE", "الرياض", [])])
    assert names(only(doc, "ASSAULT").target, doc) == ["الحوثيون"]


def test_the_holder_after_a_former_title_is_the_target() -> None:
    doc = build("وهو متورط في اغتيال رئيس وزراء لبنان الأسبق رفيق الحريري.",
                [("GPE", "لبنان", []), ("PER", "رفيق الحريري", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["رفيق الحريري"] and ev.location is None


def test_a_country_in_a_title_is_not_where_a_meeting_is() -> None:
    doc = build("التقى رئيس وزراء العراق السابق حيدر العبادي وفدا أمريكيا.",
                [("GPE", "العراق", []), ("PER", "حيدر العبادي", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["حيدر العبادي"] and ev.location is None


def test_his_government_stands_for_the_speaker_when_its_country_is_not_named() -> None:
    text = "وقال نتانياهو إن حكومته ستواصل تقديم المساعدات للاجئين."
    doc = build(text, [("PER", "نتانياهو", [])],
                quotes=[("حكومته ستواصل تقديم المساعدات للاجئين", "قال", "e1", "نتانياهو")])
    ev = only(doc, "AID")
    assert names(ev.actor, doc) == ["نتانياهو"] and names(ev.target, doc) == ["للاجئين"]


def test_his_government_is_his_country_when_the_article_names_it() -> None:
    text = "وقال أردوغان إن حكومته ستفرض عقوبات على إسرائيل. وكانت تركيا قد حذرت."
    doc = build(text, [("PER", "أردوغان", []), ("GPE", "إسرائيل", []), ("GPE", "تركيا", [])],
                quotes=[("حكومته ستفرض عقوبات على إسرائيل", "قال", "e1", "أردوغان")],
                countries={"أردوغان": "TUR", "تركيا": "TUR", "إسرائيل": "ISR"})
    ev = only(doc, "SANCTION")
    assert names(ev.actor, doc) == ["تركيا"] and names(ev.target, doc) == ["إسرائيل"]


def test_adjectives_of_the_noun_in_a_verb_phrase_are_not_the_target() -> None:
    doc = build("وسنقدم مساعدات إنسانية للسكان.", [])
    assert names(only(doc, "AID").target, doc) == ["للسكان"]
    doc = build("وسنقدم مساعدات إنسانية بقدر إمكانياتنا.", [])
    assert all(names(e.target, doc) == [] for e in extract_events(doc))


def test_a_reporting_verb_ends_a_description() -> None:
    doc = build("وشنت إسرائيل غارات على أهداف قالت إنها إيرانية في سوريا.",
                [("GPE", "إسرائيل", []), ("GPE", "سوريا", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["أهداف"] and names([ev.location], doc) == ["سوريا"]



def test_an_attitude_to_words_targets_who_said_them() -> None:
    doc = build("نددت إدارة ترامب بالكلام الذي صدر عن الرئيس الفلسطيني محمود عباس.",
                [("ORG", "إدارة ترامب", []), ("PER", "محمود عباس", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.target, doc) == ["محمود عباس"]
    assert ev.evidence.text.endswith("محمود عباس")


def test_an_attitude_to_an_act_targets_who_carries_it_out() -> None:
    doc = build("وانتقدت كندا الحملة التي تشنها الرياض على الناشطين.",
                [("GPE", "كندا", []), ("GPE", "الرياض", [])])
    assert names(only(doc, "ACCUSE").target, doc) == ["الرياض"]
    doc = build("ورفضت الحكومة السورية القرار الذي اتخذته الجامعة العربية.",
                [("ORG", "الحكومة السورية", []), ("ORG", "الجامعة العربية", [])])
    assert names(only(doc, "REJECT").target, doc) == ["الجامعة العربية"]


def test_an_attitude_to_a_national_act_targets_the_country_the_article_names() -> None:
    doc = build("وانتقدت موسكو العقوبات الأمريكية. وقالت إن الولايات المتحدة تنتهك الاتفاق.",
                [("GPE", "موسكو", []), ("GPE", "الولايات المتحدة", [])],
                countries={"موسكو": "RUS", "الولايات المتحدة": "USA"})
    assert names(only(doc, "ACCUSE").target, doc) == ["الولايات المتحدة"]


def test_an_attitude_to_people_keeps_the_people() -> None:
    # the ambassador summoned is the target, not his country
    doc = build("واستدعت الوزارة السفير الفرنسي. وقالت إن فرنسا لم ترد.",
                [("GPE", "فرنسا", [])], countries={"فرنسا": "FRA"})
    assert names(only(doc, "ACCUSE").target, doc) == ["السفير الفرنسي"]


def test_the_one_promised_after_the_verb_is_the_target() -> None:
    doc = build("وقال إنه تعهد للمحكمة بالبقاء في الاتحاد الأوروبي.", [("ORG", "الاتحاد الأوروبي", [])])
    assert names(only(doc, "AGREE").target, doc) == ["للمحكمة"]
    doc = build("وتعهد الرئيس الأمريكي للمحتجين بإصلاح النظام.", [])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["الرئيس الأمريكي"] and names(ev.target, doc) == ["للمحتجين"]


def test_military_backing_is_aid_and_a_call_for_an_inquiry_is_an_accusation() -> None:
    doc = build("وروسيا تدعم الرئيس بشار الأسد عسكريا منذ 2015.",
                [("GPE", "روسيا", []), ("PER", "بشار الأسد", [])])
    assert names(only(doc, "AID").target, doc) == ["بشار الأسد"]
    doc = build("وطالبت كندا بتحقيق مستقل في مقتل المحتجين.", [("GPE", "كندا", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["كندا"] and ev.modality == "hypothetical"
    assert not [e for e in extract_events(doc) if e.type == "REQUEST"]


def test_aid_goes_to_the_people_not_to_the_plane_or_the_grant() -> None:
    doc = build("أرسلت الإمارات طائرة محملة بالمساعدات الطبية إلى النازحين في مدينة بورتسودان.",
                [("GPE", "الإمارات", []), ("GPE", "بورتسودان", [])])
    ev = only(doc, "AID")
    assert names(ev.target, doc) == ["النازحين"] and names([ev.location], doc) == ["بورتسودان"]
    doc = build("أعلنت اليابان تقديم مساعدات طارئة بقيمة 10 ملايين دولار لضحايا الزلزال في المغرب.",
                [("GPE", "اليابان", []), ("GPE", "المغرب", [])])
    assert names(only(doc, "AID").target, doc) == ["لضحايا الزلزال"]


def test_aid_to_a_named_body_keeps_it() -> None:
    doc = build("قدمت قطر دعما ماليا للحكومة الفلسطينية.",
                [("GPE", "قطر", []), ("ORG", "الحكومة الفلسطينية", ["للحكومة الفلسطينية"])])
    assert names(only(doc, "AID").target, doc) == ["الحكومة الفلسطينية"]


def test_a_bare_title_before_a_complement_is_the_one_named_before() -> None:
    doc = build("أعلن الرئيس الباجي قايد السبسي موقفه. وطلب الرئيس للبرلمان جلسة تجديد الثقة.",
                [("PER", "الباجي قايد السبسي", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["الباجي قايد السبسي"] and names(ev.target, doc) == ["للبرلمان"]


def test_places_reached_or_at_the_edge_are_where_a_mobilisation_or_march_happens() -> None:
    doc = build("وحشد الجيش مقاتليه على أطراف مدينة طرابلس.", [("GPE", "طرابلس", ["مدينة طرابلس"])])
    assert names([only(doc, "MOBILIZE").location], doc) == ["طرابلس"]
    doc = build("وخرج آلاف الشبان في مسيرات بشوارع نيروبي.", [("GPE", "نيروبي", [])])
    assert names([only(doc, "PROTEST").location], doc) == ["نيروبي"]
    doc = build("قد ينظم المزارعون مسيرة نحو العاصمة نيودلهي.", [("GPE", "نيودلهي", [])])
    assert names([only(doc, "PROTEST").location], doc) == ["نيودلهي"]


def test_stopping_trade_is_a_sanction_and_a_decision_carries_its_noun() -> None:
    doc = build("أوقفت تركيا جميع تعاملاتها التجارية مع إسرائيل.", [("GPE", "تركيا", []), ("GPE", "إسرائيل", [])])
    ev = only(doc, "SANCTION")
    assert names(ev.actor, doc) == ["تركيا"] and names(ev.target, doc) == ["إسرائيل"]
    doc = build("وقالت الوزارة إن الخرطوم قررت قطع علاقاتها الدبلوماسية مع الإمارات.",
                [("GPE", "الخرطوم", []), ("GPE", "الإمارات", [])])
    ev = only(doc, "SANCTION")
    assert names(ev.actor, doc) == ["الخرطوم"] and names(ev.target, doc) == ["الإمارات"]


def test_a_decision_far_back_does_not_carry_a_later_noun() -> None:
    doc = build("واعترف بالقدس عاصمة لإسرائيل وقررت نقل سفارتها إليها وقطعت مخصصاتها عن الوكالة.",
                [("GPE", "إسرائيل", ["عاصمة لإسرائيل"])])
    assert all(names(e.actor, doc) != ["إسرائيل"] for e in extract_events(doc) if e.type == "SANCTION")


def test_expected_acts_are_future() -> None:
    doc = build("من المنتظر أن يوجه المدعي العام اتهامات جديدة لقادة ميليشيات.", [])
    assert only(doc, "ACCUSE").modality == "future"


def test_a_topic_or_a_venue_is_not_the_target() -> None:
    doc = build("استخدمت روسيا حق النقض ضد مشروع قرار غربي بشأن مالي في مجلس الأمن الدولي.",
                [("GPE", "روسيا", []), ("GPE", "مالي", []), ("ORG", "مجلس الأمن الدولي", [])])
    assert names(only(doc, "REJECT").target, doc) == []


def test_a_student_is_not_a_demand() -> None:
    doc = build("وكان طالباً في جامعة هارفارد قبل أن يعود.", [("ORG", "جامعة هارفارد", [])])
    assert not [e for e in extract_events(doc) if e.type == "REQUEST"]


def test_any_and_the_people_it_counts_are_the_target() -> None:
    doc = build("نفت وزارة الداخلية أن تكون قد اعتقلت أي ناشط على خلفية منشورات.",
                [("ORG", "وزارة الداخلية", [])])
    ev = only(doc, "COERCE")
    assert names(ev.target, doc) == ["أي ناشط"] and ev.modality == "negated"
    doc = build("لم يتهم وزير الداخلية الفرنسي أي جهة أجنبية بالتدخل في الانتخابات.", [])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["وزير الداخلية الفرنسي"] and names(ev.target, doc) == ["جهة أجنبية"]


def test_any_is_never_a_subject() -> None:
    doc = build("وأكد متحدث أن الحكومة لم تفرض أي عقوبات على مسؤولين صينيين.", [])
    ev = only(doc, "SANCTION")
    assert "أي" not in names(ev.actor, doc) and names(ev.target, doc) == ["مسؤولين صينيين"]


def test_a_threat_is_aimed_at_the_subject_of_its_condition() -> None:
    doc = build("هددت نقابة الأطباء بالإضراب الشامل إذا لم تتراجع الحكومة عن التعديلات.",
                [("ORG", "نقابة الأطباء", [])])
    assert names(only(doc, "THREATEN").target, doc) == ["الحكومة"]
    doc = build("ولوح نتنياهو باستئناف الحرب إذا لم تفرج حماس عن بقية الرهائن.",
                [("PER", "نتنياهو", []), ("ORG", "حماس", [])])
    ev = only(doc, "THREATEN")
    assert names(ev.actor, doc) == ["نتنياهو"] and names(ev.target, doc) == ["حماس"]
    # the release is only supposed, not denied
    assert only(doc, "RETREAT").modality == "hypothetical"


def test_a_negation_after_idh_gives_a_reason_and_stays_negated() -> None:
    doc = build("إذ لم تطرد أثينا دبلوماسيين روسا كما فعلت الدول الأوروبية.", [("GPE", "أثينا", [])])
    assert only(doc, "SANCTION").modality == "negated"


def test_recognising_a_capital_is_support_by_the_subject_of_the_sentence() -> None:
    doc = build("وأثار الرئيس ترامب غضب الفلسطينيين حين أعلن اعترافه بالقدس عاصمة لإسرائيل.",
                [("PER", "ترامب", ["الرئيس ترامب"]), ("GPE", "القدس", []), ("GPE", "إسرائيل", [])])
    ev = only(doc, "SUPPORT")
    assert names(ev.actor, doc) == ["ترامب"]
    assert not [e for e in extract_events(doc) if e.type == "CONCEDE"]


def test_an_act_asked_for_far_in_its_clause_or_talked_about_is_hypothetical() -> None:
    doc = build("وطالب بعض مشجعي النادي عبر موقع تويتر بتنظيم مظاهرة أمام السفارة في العراق.",
                [("GPE", "العراق", [])])
    assert only(doc, "PROTEST").modality == "hypothetical"
    doc = build("وعقد الوزراء اجتماعا بشأن فرض عقوبات على إيران.", [("GPE", "إيران", [])])
    assert only(doc, "SANCTION").modality == "hypothetical"


def test_joint_patrols_and_acting_jointly_are_cooperation() -> None:
    doc = build("سيرت القوات الروسية بالاشتراك مع الجيش التركي دورية جديدة.",
                [("ORG", "القوات الروسية", []), ("ORG", "الجيش التركي", [])])
    ev = only(doc, "COOPERATE")
    assert names(ev.actor, doc) == ["القوات الروسية"] and names(ev.target, doc) == ["الجيش التركي"]
    doc = build("تشارك إندونيسيا وأستراليا في دوريات بحرية مشتركة في بحر تيمور.",
                [("GPE", "إندونيسيا", []), ("GPE", "أستراليا", []), ("LOC", "بحر تيمور", [])])
    assert names(only(doc, "COOPERATE").actor, doc) == ["إندونيسيا", "أستراليا"]


def test_an_act_with_nobody_nowhere_and_no_source_is_no_event() -> None:
    doc = build("وهي سياسة تدعم الاستقرار في المنطقة.", [])
    assert extract_events(doc) == []


def test_an_official_denying_a_deal_stands_for_his_body() -> None:
    doc = build("نفى مسؤول في حركة حماس التوصل إلى اتفاق نهائي مع إسرائيل.",
                [("ORG", "حركة حماس", []), ("GPE", "إسرائيل", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["حركة حماس"] and ev.modality == "negated"


def test_its_forces_act_for_the_body_named_before() -> None:
    doc = build("نفى الجيش الأوكراني أن تكون قواته قد قصفت أحياء سكنية في مدينة دونيتسك.",
                [("ORG", "الجيش الأوكراني", []), ("GPE", "دونيتسك", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["الجيش الأوكراني"] and ev.modality == "negated"


def test_the_country_an_envoy_is_sent_to_is_in_his_title() -> None:
    doc = build("لم يلتق المبعوث الأممي إلى ليبيا قائد الجيش الوطني الليبي خليفة حفتر.",
                [("GPE", "ليبيا", []), ("PER", "خليفة حفتر", [])])
    assert names(only(doc, "CONSULT").target, doc) == ["خليفة حفتر"]


def test_aid_sent_to_a_place_happens_there_and_any_keeps_a_negation_in_reach() -> None:
    doc = build("وأرسلت قطر مساعدات إلى غزة.", [("GPE", "قطر", []), ("GPE", "غزة", [])])
    assert names([only(doc, "AID").location], doc) == ["غزة"]
    doc = build("وقال إن الحكومة لم تفرض أي عقوبات على الشركات.", [])
    assert only(doc, "SANCTION").modality == "negated"


def test_unnamed_sides_after_between() -> None:
    doc = build("وجرت محادثات بين الحكومة والمتمردين في العاصمة.", [])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["الحكومة"] and names(ev.target, doc) == ["المتمردين"]


def test_aid_handed_out_to_people() -> None:
    doc = build("ووزعت المنظمة مساعدات غذائية على آلاف الأسر النازحة.", [])
    ev = only(doc, "AID")
    assert names(ev.actor, doc) == ["المنظمة"] and names(ev.target, doc)[0].startswith("آلاف الأسر")


def test_a_strike_is_a_protest_by_those_who_strike() -> None:
    doc = build("أضرب عمال الموانئ في فرنسا عن العمل لليوم الثالث.", [("GPE", "فرنسا", [])])
    ev = only(doc, "PROTEST")
    assert names(ev.actor, doc) == ["عمال الموانئ"]
    assert not [e for e in extract_events(doc) if e.type == "ASSAULT"]


def test_boycotts_strikes_entered_and_protests_planned() -> None:
    doc = build("لن تقاطع أحزاب المعارضة الانتخابات التشريعية المقبلة.", [("ORG", "المعارضة", [])])
    ev = only(doc, "PROTEST")
    assert names(ev.actor, doc) == ["المعارضة"] and ev.modality == "negated"
    doc = build("دخل الأسير الفلسطيني في إضراب مفتوح عن الطعام.", [])
    assert names(only(doc, "PROTEST").actor, doc) == ["الأسير الفلسطيني"]
    doc = build("يعتزم المعلمون التظاهر أمام الوزارة يوم السبت.", [])
    assert only(doc, "PROTEST").modality == "future"
    doc = build("وقال إن الرفض قاطع ولا رجعة فيه.", [])
    assert extract_events(doc) == []


def test_talks_between_named_sides_in_a_city_that_hosts_them() -> None:
    doc = build("من المقرر أن تستضيف الدوحة جولة جديدة من المحادثات بين الحكومة الأفغانية وحركة طالبان.",
                [("GPE", "الدوحة", []), ("ORG", "الحكومة الأفغانية", []), ("ORG", "حركة طالبان", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["الحكومة الأفغانية"] and names(ev.target, doc) == ["حركة طالبان"]
    assert names([ev.location], doc) == ["الدوحة"] and ev.modality == "future"


def test_who_gives_up_is_the_subject_of_a_verb_that_takes_no_object() -> None:
    doc = build("فتنازل المرشح المعارض عن الطعن في نتائج الانتخابات.", [])
    assert names(only(doc, "CONCEDE").actor, doc) == ["المرشح"]
    doc = build("وتنازل الرئيس عن منصبه.", [])
    assert names(only(doc, "CONCEDE").actor, doc) == ["الرئيس"]
    doc = build("أعلن الرئيس ميشال عون موقفه. وتنازل الرئيس عن منصبه.", [("PER", "ميشال عون", [])])
    evs = [e for e in extract_events(doc) if e.type == "CONCEDE"]
    assert evs and names(evs[-1].actor, doc) == ["ميشال عون"] and names(evs[-1].target, doc) == []


def test_a_meeting_on_a_visit_is_held_where_the_visit_is() -> None:
    doc = build("ويزور نتانياهو لندن في إطار جولة أوروبية، وكان قد التقى رئيسة الحكومة البريطانية تيريزا ماي.",
                [("PER", "نتانياهو", []), ("GPE", "لندن", []), ("PER", "تيريزا ماي", [])])
    evs = [e for e in extract_events(doc) if e.type == "CONSULT" and names(e.target, doc) == ["تيريزا ماي"]]
    assert evs and names([evs[0].location], doc) == ["لندن"]


def test_quotation_marks_around_a_name_or_before_the_verb_do_not_separate_its_subject() -> None:
    doc = build('وشدد المصدر على أن الرياض "تدعم استقرار وأمن لبنان".',
                [("GPE", "الرياض", []), ("GPE", "لبنان", [])])
    assert names(only(doc, "SUPPORT").actor, doc) == ["الرياض"]
    doc = build('وأحبط "حزب الجمهورية" الحاكم مسعى باشينيان.',
                [("ORG", "حزب الجمهورية", []), ("PER", "باشينيان", [])])
    assert names(only(doc, "REJECT").actor, doc) == ["حزب الجمهورية"]


def test_a_quotation_after_a_verb_is_what_is_said_not_its_subject() -> None:
    doc = build('وخرج المتظاهرون ويهتفون "أرمينيا حرة ومستقلة".', [("GPE", "أرمينيا", [])])
    assert all(names(e.actor, doc) != ["أرمينيا"] for e in extract_events(doc))


def test_a_long_subject_inside_a_verb_phrase_and_a_time_before_its_object() -> None:
    doc = build("رفعت القوات المسلحة الكورية الجنوبية حالة التأهب القصوى.", [])
    assert names(only(doc, "MOBILIZE").actor, doc) == ["القوات المسلحة الكورية الجنوبية"]
    doc = build("فرضت واشنطن أمس عقوبات على شركات إيرانية.", [("GPE", "واشنطن", [])],
                dates=[("أمس", "2025-02-28")])
    assert names(only(doc, "SANCTION").target, doc) == ["شركات إيرانية"]


def test_those_addressed_inside_a_split_phrase_are_the_target() -> None:
    doc = build("ووجهت السلطات لأربعة أشخاص في شيكاغو اتهامات بالاعتداء.", [("GPE", "شيكاغو", [])])
    evs = [e for e in extract_events(doc) if e.type == "ACCUSE"]
    assert evs and "لأربعة أشخاص" not in names(evs[0].actor, doc)
    doc = build("وجهت لأربعة أشخاص في شيكاغو اتهامات بالاعتداء.", [("GPE", "شيكاغو", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == [] and names(ev.target, doc) == ["لأربعة أشخاص"]


def test_a_town_of_the_country_named_next_to_it_is_the_place() -> None:
    doc = build("أغلق محتجون في أرمينيا اليوم بعض مداخل العاصمة يريفان.",
                [("GPE", "أرمينيا", []), ("GPE", "يريفان", [])],
                countries={"أرمينيا": "ARM", "يريفان": "ARM"})
    assert only(doc, "PROTEST").location.text == "يريفان"
    # a town further on, in the next clause, is not where
    doc = build("وقالت الصحيفة إن طفلا يخطف في الهند كل ساعة، وإن عشرين طفلا يختفون كل يوم في العاصمة نيودلهي.",
                [("GPE", "الهند", []), ("GPE", "نيودلهي", [])], countries={"الهند": "IND", "نيودلهي": "IND"})
    assert only(doc, "ASSAULT").location.text == "الهند"


def test_a_relative_clause_past_the_nouns_description_names_its_agent() -> None:
    doc = build("وفر الآلاف هربا من العملية العسكرية واسعة النطاق التي باشرتها قوات النظام في المحافظة.",
                [("ORG", "قوات النظام", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["قوات النظام"]
    # the evidence shows who carries it out
    assert ev.evidence.text.endswith("التي باشرتها قوات النظام")


def test_a_meeting_where_a_visit_went_is_the_visits_one_event() -> None:
    doc = build("وزار ماكرون الرياض الخميس حيث التقى ولي العهد محمد بن سلمان.",
                [("PER", "ماكرون", []), ("GPE", "الرياض", []), ("PER", "محمد بن سلمان", [])])
    evs = [e for e in extract_events(doc) if e.type == "CONSULT"]
    assert len(evs) == 1
    assert names(evs[0].target, doc) == ["محمد بن سلمان"] and evs[0].location.text == "الرياض"
    # without حيث the meeting is its own event
    doc = build("وزار ماكرون الرياض الخميس، وكان قد التقى ولي العهد محمد بن سلمان في باريس.",
                [("PER", "ماكرون", []), ("GPE", "الرياض", []), ("PER", "محمد بن سلمان", []), ("GPE", "باريس", [])])
    assert len([e for e in extract_events(doc) if e.type == "CONSULT"]) == 2


def test_a_split_phrase_reaches_past_named_subjects_and_a_time_between_commas() -> None:
    doc = build("ووقعت مصر والإمارات، الأحد، اتفاقية لتطوير مدينة رأس الحكمة.",
                [("GPE", "مصر", []), ("GPE", "الإمارات", [])])
    assert names(only(doc, "AGREE").actor, doc) == ["مصر", "الإمارات"]
    doc = build("وتوصلت الحكومة السودانية وقوات الدعم السريع في جدة إلى اتفاق على هدنة إنسانية.",
                [("ORG", "الحكومة السودانية", []), ("ORG", "قوات الدعم السريع", []), ("GPE", "جدة", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["الحكومة السودانية", "قوات الدعم السريع"] and ev.location.text == "جدة"
    # the place after the object words is still in reach
    doc = build("من المقرر أن يوقع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان اتفاق سلام في واشنطن.",
                [("PER", "إلهام علييف", ["الرئيس الأذربيجاني إلهام علييف"]), ("PER", "نيكول باشينيان", []),
                 ("GPE", "واشنطن", [])])
    assert only(doc, "AGREE").location.text == "واشنطن"


def test_the_bare_reaching_an_agreement_after_a_verb_is_the_noun() -> None:
    doc = build("أعلنت الخارجية القطرية توصل إسرائيل وحماس إلى اتفاق لوقف إطلاق النار.",
                [("ORG", "الخارجية القطرية", []), ("GPE", "إسرائيل", []), ("ORG", "حماس", [])])
    assert names(only(doc, "AGREE").actor, doc) != ["الخارجية القطرية"]


def test_a_negation_with_waw_negates() -> None:
    doc = build("ولم تتوصل إيران والوكالة الدولية للطاقة الذرية حتى الآن إلى اتفاق.",
                [("GPE", "إيران", []), ("ORG", "الوكالة الدولية للطاقة الذرية", [])])
    assert only(doc, "AGREE").modality == "negated"
    doc = build("ولم تفرض واشنطن عقوبات على الشركة.", [("GPE", "واشنطن", [])])
    assert only(doc, "SANCTION").modality == "negated"


def test_a_region_after_bi_holds_the_place_and_the_weapon_is_no_object() -> None:
    doc = build("وقصفت قوات الدعم السريع بالمدفعية الثقيلة أحياء سكنية في مدينة الفاشر بإقليم دارفور.",
                [("ORG", "قوات الدعم السريع", []), ("GPE", "الفاشر", []), ("LOC", "إقليم دارفور", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["أحياء سكنية"] and ev.location.text == "الفاشر"
    # a place after ب with no place before it is still whom the act is aimed at
    doc = build("وندد الوزير في كلمته بإسرائيل.", [("GPE", "إسرائيل", [])])
    assert names(only(doc, "ACCUSE").target, doc) == ["إسرائيل"]


def test_an_unnamed_object_owned_by_a_named_body_is_acted_on_with_it() -> None:
    doc = build("قال المتحدث إن الطائرات استهدفت مستودعا للأسلحة تابعا لحزب الله في الجنوب.",
                [("ORG", "حزب الله", [])])
    assert names(only(doc, "ASSAULT").target, doc) == ["مستودعا للأسلحة", "حزب الله"]
    doc = build("فرضت وزارة الخزانة الأمريكية عقوبات على خمسة قادة في قوات الدعم السريع.",
                [("ORG", "وزارة الخزانة الأمريكية", []), ("ORG", "قوات الدعم السريع", [])])
    assert names(only(doc, "SANCTION").target, doc) == ["خمسة قادة", "قوات الدعم السريع"]
    # a title before a name is the name, not a second object
    doc = build("واعتقلت الشرطة الهندية المتهم رافيندر كومار.",
                [("ORG", "الشرطة الهندية", []), ("PER", "رافيندر كومار", [])])
    assert names(only(doc, "COERCE").target, doc) == ["رافيندر كومار"]


def test_the_subjects_name_and_a_time_do_not_use_up_the_reach() -> None:
    doc = build("استقبل الرئيس المصري عبد الفتاح السيسي في قصر الاتحادية، الأحد، وزير الخارجية الأمريكي أنتوني بلينكن.",
                [("PER", "عبد الفتاح السيسي", ["الرئيس المصري عبد الفتاح السيسي"]),
                 ("PER", "أنتوني بلينكن", ["وزير الخارجية الأمريكي أنتوني بلينكن"])], dates=[("الأحد", "2025-03-02")])
    assert names(only(doc, "CONSULT").target, doc) == ["أنتوني بلينكن"]
    # a place that far on is of a phrase of its own
    doc = build("رفض رئيس الوزراء الكندي جاستن ترودو الاعتذار بشأن تصريحاته عن حقوق الإنسان في السعودية.",
                [("PER", "جاستن ترودو", ["رئيس الوزراء الكندي جاستن ترودو"]), ("GPE", "السعودية", [])])
    assert only(doc, "REJECT").location is None


def test_a_full_stop_inside_a_quotation_ends_the_clause() -> None:
    doc = build('وقال "سنساعد لوباني وأسرته. نحن على اتصال بالسلطات الإسرائيلية".',
                [("PER", "لوباني", []), ("ORG", "السلطات الإسرائيلية", [])])
    assert all("السلطات الإسرائيلية" not in names(e.target, doc) for e in extract_events(doc) if e.type == "AID")


def test_a_body_in_the_genitive_with_an_object_after_it_is_the_agent() -> None:
    doc = build("جاء ذلك بعد اعتقال الشرطة التركية ثلاثة صحفيين في مدينة إسطنبول.",
                [("ORG", "الشرطة التركية", []), ("GPE", "إسطنبول", [])])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["الشرطة التركية"] and names(ev.target, doc) == ["ثلاثة صحفيين"]
    # without an object after it, the one in the genitive is held
    doc = build("ندد الحزب باعتقال الشرطة في القاهرة.", [("ORG", "الشرطة", [])])
    assert names(only(doc, "COERCE").target, doc) == ["الشرطة"]


def test_a_plural_before_its_genitive_is_the_subject_of_a_light_verb() -> None:
    doc = build("احتجاجا على الرسوم، نظم سائقو الشاحنات اعتصاما مفتوحا قرب المعبر.", [])
    ev = only(doc, "PROTEST")
    assert names(ev.actor, doc) == ["سائقو الشاحنات"] and ev.evidence.text.startswith("نظم سائقو")


def test_a_harm_told_in_the_attack_it_came_in_is_one_event_with_its_attacker() -> None:
    doc = build("قتل ثلاثة جنود في هجوم لمسلحين مجهولين قرب مدينة درعا.", [("GPE", "درعا", [])])
    evs = [e for e in extract_events(doc) if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert names(evs[0].actor, doc) == ["مسلحين مجهولين"] and names(evs[0].target, doc) == ["ثلاثة جنود"]
    doc = build("وأسفر هجوم لتنظيم الدولة عن سقوط قتلى.", [("ORG", "تنظيم الدولة", [])])
    assert names(only(doc, "ASSAULT").actor, doc) == ["تنظيم الدولة"]


def test_names_joined_by_waw_after_the_verb_are_all_its_subject() -> None:
    doc = build("واعترفت إسبانيا وأيرلندا والنرويج رسميا بدولة فلسطين.",
                [("GPE", "إسبانيا", []), ("GPE", "أيرلندا", []), ("GPE", "النرويج", []), ("GPE", "دولة فلسطين", [])])
    ev = only(doc, "SUPPORT")
    assert names(ev.actor, doc) == ["إسبانيا", "أيرلندا", "النرويج"] and names(ev.target, doc) == ["دولة فلسطين"]


def test_a_time_between_commas_does_not_end_the_clause_of_a_light_verb() -> None:
    doc = build("وأجرى رئيس الوزراء العراقي محمد شياع السوداني، الاثنين، زيارة رسمية إلى طهران.",
                [("PER", "محمد شياع السوداني", ["رئيس الوزراء العراقي محمد شياع السوداني"]), ("GPE", "طهران", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["محمد شياع السوداني"] and ev.location.text == "طهران"


def test_troops_are_sent_to_a_place_not_against_it() -> None:
    doc = build("ستنشر وزارة الدفاع الأمريكية ألفي جندي إضافي في قواعدها بالشرق الأوسط.",
                [("ORG", "وزارة الدفاع الأمريكية", []), ("LOC", "الشرق الأوسط", [])])
    ev = only(doc, "MOBILIZE")
    assert ev.location is not None and ev.location.text == "الشرق الأوسط"
    assert "الشرق الأوسط" not in names(ev.target, doc)


def test_the_words_of_a_weapon_are_passed_on_the_way_to_those_hit() -> None:
    doc = build("فرقت الشرطة الكينية بالغاز المسيل للدموع مئات المتظاهرين.", [("ORG", "الشرطة الكينية", [])])
    assert names(only(doc, "COERCE").target, doc) == ["مئات المتظاهرين"]


def test_future_and_condition_words_with_waw_count() -> None:
    doc = build("ويعتزم الاتحاد الأوروبي فرض عقوبات على روسيا.", [("ORG", "الاتحاد الأوروبي", []), ("GPE", "روسيا", [])])
    assert only(doc, "SANCTION").modality == "future"


def test_a_fronted_talk_with_someone_is_held_by_the_subject_of_its_clause() -> None:
    doc = build("وفي اتصال هاتفي مع نظيره الفرنسي جان نويل بارو، انتقد وزير الخارجية الجزائري أحمد عطاف التصريحات.",
                [("PER", "جان نويل بارو", []), ("PER", "أحمد عطاف", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.actor, doc) == ["أحمد عطاف"] and names(ev.target, doc) == ["جان نويل بارو"]
    # an interview aired by a channel is no talk between sides
    doc = build("وفي حوار بثته قناة الحوار، حمل الرئيس الحركة المسؤولية.", [("ORG", "قناة الحوار", [])])
    assert [e for e in extract_events(doc) if e.type == "CONSULT"] == []


def test_a_short_bracket_after_a_name_does_not_end_the_clause() -> None:
    doc = build("ولوحت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) باللجوء إلى الخيار العسكري ضد المجلس العسكري.",
                [("ORG", "المجموعة الاقتصادية لدول غرب أفريقيا", [])])
    ev = only(doc, "THREATEN")
    assert names(ev.actor, doc) == ["المجموعة الاقتصادية لدول غرب أفريقيا"]
    assert "(" not in ev.evidence.text or ")" in ev.evidence.text


def test_the_name_after_a_passive_verb_is_the_victim_when_an_unnamed_agent_follows() -> None:
    doc = build("قتل الصحفي الفلسطيني محمد أبو سالم برصاص قناص إسرائيلي في مدينة جنين.",
                [("PER", "محمد أبو سالم", ["الصحفي الفلسطيني محمد أبو سالم"]), ("GPE", "جنين", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["قناص إسرائيلي"] and names(ev.target, doc) == ["محمد أبو سالم"]


def test_a_noun_of_motive_after_an_act_says_why_it_was_done() -> None:
    doc = build("واستدعى الأردن سفيره لدى إسرائيل احتجاجا على الحرب.", [("GPE", "الأردن", []), ("GPE", "إسرائيل", [])])
    assert [e.type for e in extract_events(doc)] == ["SANCTION"]
    # after a protest, one protest
    doc = build("وأغلق محتجون غاضبون الطريق الساحلي احتجاجا على انقطاع الكهرباء.", [])
    assert [e.type for e in extract_events(doc)] == ["PROTEST"]


def test_an_indefinite_attack_noun_takes_its_relative_clause_without_a_relative_word() -> None:
    doc = build("أسفر تفجير سيارة مفخخة استهدف سوقا شعبية في مدينة الصدر عن سقوط قتلى.", [("GPE", "مدينة الصدر", [])])
    evs = [e for e in extract_events(doc) if e.type == "ASSAULT"]
    assert len(evs) == 1 and names(evs[0].target, doc) == ["سوقا شعبية"]


def test_suffering_any_attack_and_its_negation() -> None:
    doc = build("لم تتعرض العاصمة كييف لأي هجوم صاروخي خلال الليلة الماضية.", [("GPE", "كييف", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["كييف"] and ev.modality == "negated"


def test_what_sanctions_aim_at_is_no_attack() -> None:
    doc = build("سيفرض الاتحاد الأوروبي حزمة عقوبات جديدة على روسيا تستهدف قطاع الغاز.",
                [("ORG", "الاتحاد الأوروبي", []), ("GPE", "روسيا", [])])
    assert [e.type for e in extract_events(doc)] == ["SANCTION"]


def test_still_weighing_measures_is_the_country_s_threat_and_still_is_no_negation() -> None:
    doc = build("وقال عادل الجبير إن بلاده لا تزال تدرس اتخاذ إجراءات إضافية ضد كندا.",
                [("PER", "عادل الجبير", []), ("GPE", "كندا", []), ("GPE", "السعودية", [])],
                countries={"عادل الجبير": "SAU", "السعودية": "SAU", "كندا": "CAN"})
    ev = only(doc, "THREATEN")
    assert ev.modality == "asserted" and names(ev.target, doc) == ["كندا"]


def test_a_possessed_verbal_noun_takes_the_subject_of_its_light_verb() -> None:
    doc = build("وجدد الرئيس الفرنسي إيمانويل ماكرون دعمه لأوكرانيا.",
                [("PER", "إيمانويل ماكرون", ["الرئيس الفرنسي إيمانويل ماكرون"]), ("GPE", "أوكرانيا", [])])
    ev = only(doc, "SUPPORT")
    assert names(ev.actor, doc) == ["إيمانويل ماكرون"] and names(ev.target, doc) == ["أوكرانيا"]
    # and a noun whose ال is its own takes a possessive ("التزامهما")
    doc = build("وأكد سامر وليلى التزامهما بالاتفاق.", [("PER", "سامر", []), ("PER", "ليلى", [])])
    assert only(doc, "AGREE")


def test_past_its_subject_a_light_verb_carries_a_possessed_noun_that_looks_like_a_verb() -> None:
    doc = build("وجددت الخارجية المصرية إدانتها للهجوم على المسجد.", [("ORG", "الخارجية المصرية", [])])
    assert names(only(doc, "ACCUSE").actor, doc) == ["الخارجية المصرية"]


def test_what_an_accusation_alleges_is_no_second_accusation() -> None:
    doc = build("وتصاعد التوتر إثر اتهام الجزائر الرباط بالتورط في الحرائق.", [("GPE", "الجزائر", []), ("GPE", "الرباط", [])])
    assert [e.type for e in extract_events(doc)] == ["ACCUSE"]


def test_a_palace_after_bi_is_where_a_meeting_is_and_a_city_after_it_holds_it() -> None:
    doc = build("وقالت ميلوني، التي استقبلها الرئيس عبد المجيد تبون بقصر المرادية، إن روما شريك.",
                [("PER", "ميلوني", []), ("PER", "عبد المجيد تبون", []), ("ORG", "قصر المرادية", []), ("GPE", "روما", [])])
    ev = only(doc, "CONSULT")
    assert ev.location is not None and ev.location.text == "قصر المرادية"
    assert "قصر المرادية" not in names(ev.target, doc)


def test_a_body_on_whose_sidelines_a_meeting_is_held_is_not_the_one_met() -> None:
    doc = build("قد يلتقي الوزير سيرغي لافروف نظيره الأمريكي على هامش اجتماعات مجموعة العشرين في جوهانسبرغ.",
                [("PER", "سيرغي لافروف", []), ("ORG", "مجموعة العشرين", []), ("GPE", "جوهانسبرغ", [])])
    ev = only(doc, "CONSULT")
    assert names(ev.target, doc) == ["نظيره الأمريكي"] and ev.location.text == "جوهانسبرغ"


def test_where_people_are_deported_to_and_a_speaker_after_the_act_are_not_its_target() -> None:
    doc = build("تعتزم الحكومة البريطانية ترحيل مئات اللاجئين إلى رواندا.",
                [("ORG", "الحكومة البريطانية", []), ("GPE", "رواندا", [])])
    ev = only(doc, "COERCE")
    assert "رواندا" not in names(ev.target, doc) and ev.location is None
    doc = build("وطالبت الحكومة بترحيل الجنود إلى بلادهم، قال سامر الخطيب.",
                [("ORG", "الحكومة", []), ("PER", "سامر الخطيب", [])])
    assert all("سامر الخطيب" not in names(e.target, doc) for e in extract_events(doc))


def test_an_attitude_to_a_harm_is_aimed_at_who_does_it_not_at_its_victim() -> None:
    doc = build("وعبرت روسيا عن خيبة أملها إزاء العقوبات الأمريكية على إيران.",
                [("GPE", "روسيا", []), ("GPE", "الولايات المتحدة", []), ("GPE", "إيران", [])],
                countries={"روسيا": "RUS", "الولايات المتحدة": "USA", "إيران": "IRN"})
    assert names(only(doc, "ACCUSE").target, doc) == ["الولايات المتحدة"]
    # with no harm between, the one after على is who is blamed
    doc = build("وعبرت روسيا عن خيبة أملها إزاء الضغوط على إيران.",
                [("GPE", "روسيا", []), ("GPE", "إيران", [])], countries={"روسيا": "RUS", "إيران": "IRN"})
    assert names(only(doc, "ACCUSE").target, doc) == ["إيران"]


def test_a_capital_acting_for_its_government_stands_for_its_nationality() -> None:
    text = "ندد الاتحاد الأوروبي بالعقوبات الأمريكية على طهران. وقالت واشنطن إنها ماضية."
    doc = build(text, [("ORG", "الاتحاد الأوروبي", []), ("GPE", "طهران", []), ("GPE", "واشنطن", [])],
                countries={"طهران": "IRN", "واشنطن": "USA"})
    assert names(only(doc, "ACCUSE").target, doc) == ["طهران"]  # a capital only as a place
    ents = tuple(replace(e, metonymy=e.name == "واشنطن") for e in doc.entities)
    doc = replace(doc, entities=ents)
    assert names(only(doc, "ACCUSE").target, doc) == ["واشنطن"]


def test_a_feminine_name_right_after_a_masculine_verb_is_its_object() -> None:
    doc = build("وقال نتنياهو إنه لن يسمح بذلك. ودعا إيران إلى الانسحاب.",
                [("PER", "نتنياهو", []), ("GPE", "إيران", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.target, doc) == ["إيران"] and names(ev.actor, doc) != ["إيران"]
    # a masculine state, a feminine verb, a verbal noun spelled like the verb: the subject or agent
    for text, name in (("ودعا العراق إلى الحوار.", "العراق"), ("ودعت إيران إلى الحوار.", "إيران")):
        doc = build(text, [("GPE", name, [])])
        assert names(only(doc, "REQUEST").actor, doc) == [name]
    doc = build("وأكد السفير دعم الصين للشعب الفلسطيني.", [("GPE", "الصين", [])])
    assert names(only(doc, "SUPPORT").actor, doc) == ["الصين"]


def test_the_name_after_a_verb_carried_by_kana_is_its_object() -> None:
    doc = build("وقال سعد الحريري إنه سيعود. وكان قد اتهم إيران وحزب الله بالسيطرة على لبنان.",
                [("PER", "سعد الحريري", []), ("GPE", "إيران", []), ("ORG", "حزب الله", []), ("GPE", "لبنان", [])])
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["سعد الحريري"] and names(ev.target, doc) == ["إيران", "حزب الله"]


def test_who_announces_a_deal_between_two_sides_is_not_one_of_them() -> None:
    doc = build("كشفت الرئاسة الفرنسية مساء الجمعة عن اتفاق بين باريس وموسكو لتقديم مساعدات.",
                [("ORG", "الرئاسة الفرنسية", []), ("GPE", "باريس", []), ("GPE", "موسكو", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["باريس"] and names(ev.target, doc) == ["موسكو"]


def test_a_government_body_telling_its_states_act_is_the_articles_voice() -> None:
    text = "كشفت الرئاسة الفرنسية مساء الجمعة عن اتفاق بين باريس وموسكو لتقديم مساعدات."
    countries = {"الرئاسة الفرنسية": "FRA", "وكالة الأنباء الفرنسية": "FRA", "باريس": "FRA", "موسكو": "RUS"}
    doc = build(text, [("ORG", "الرئاسة الفرنسية", []), ("GPE", "باريس", []), ("GPE", "موسكو", [])],
                quotes=[("اتفاق بين باريس وموسكو لتقديم مساعدات", "كشفت", "e1", "الرئاسة الفرنسية")],
                countries=countries)
    assert only(doc, "AGREE").attributed_to is None
    # a news agency of the same state reports: the act stays attributed to it
    text = "ذكرت وكالة الأنباء الفرنسية أن باريس وموسكو وقعتا اتفاقا لتقديم مساعدات."
    doc = build(text, [("ORG", "وكالة الأنباء الفرنسية", []), ("GPE", "باريس", []), ("GPE", "موسكو", [])],
                quotes=[("باريس وموسكو وقعتا اتفاقا لتقديم مساعدات", "ذكرت", "e1", "وكالة الأنباء الفرنسية")],
                countries=countries)
    attributed = only(doc, "AGREE").attributed_to
    assert attributed is not None and attributed.entity == "e1"


def test_a_harm_told_with_waw_after_another_falls_on_the_same_party() -> None:
    doc = build("وطردت السعودية سفير كندا. وجمدت كل التعاملات التجارية الجديدة والاستثمارات.",
                [("GPE", "السعودية", []), ("GPE", "كندا", [])])
    evs = [e for e in extract_events(doc) if e.type == "SANCTION"]
    assert [(names(e.actor, doc), names(e.target, doc)) for e in evs] == [
        (["السعودية"], ["كندا"]), (["السعودية"], ["كندا"])]
    # one opening a sentence without و keeps its own object
    doc = build("وطردت السعودية سفير كندا. جمدت السعودية التعاملات التجارية.",
                [("GPE", "السعودية", []), ("GPE", "كندا", [])])
    assert [names(e.target, doc) for e in extract_events(doc) if e.type == "SANCTION"][1:] == [["التعاملات التجارية"]]


def test_a_relative_clause_head_may_stand_before_a_bracketed_aside() -> None:
    doc = build("وحل ثانيا منافسه هنري فالكون (56 عاماً) الذي ندد بعملية فاقدة للشرعية.",
                [("PER", "هنري فالكون", [])])
    assert names(only(doc, "ACCUSE").actor, doc) == ["هنري فالكون"]


def test_a_pronoun_on_the_preposition_after_a_relative_verb_makes_the_head_its_object() -> None:
    doc = build("وتقع مدينة عين العرب التي يسيطر عليها المقاتلون الأكراد على الحدود.",
                [("GPE", "عين العرب", [])])
    ev = only(doc, "COERCE")
    assert names(ev.target, doc) == ["عين العرب"] and names(ev.actor, doc) != ["عين العرب"]


def test_its_fighter_jets_or_drones_act_for_the_body_named_before() -> None:
    for forces in ("مقاتلاته", "مسيراته"):
        doc = build(f"نفى الجيش التركي أن تكون {forces} قد قصفت قرى في محافظة دهوك.",
                    [("ORG", "الجيش التركي", []), ("GPE", "دهوك", [])])
        assert names(only(doc, "ASSAULT").actor, doc) == ["الجيش التركي"]


def test_an_indefinite_subject_with_its_nationality_ends_before_the_object() -> None:
    doc = build("داهمت قوات إسرائيلية منازل عدة في مخيم نور شمس.", [("LOC", "مخيم نور شمس", [])])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["قوات إسرائيلية"] and names(ev.target, doc) == ["منازل عدة"]
    doc = build("قصفت طائرات روسية مواقع للمعارضة.", [])
    ev = only(doc, "ASSAULT")
    assert names(ev.actor, doc) == ["طائرات روسية"] and names(ev.target, doc) == ["مواقع للمعارضة"]


def test_the_one_asked_stands_right_after_the_verb_before_what_is_asked() -> None:
    doc = build("وكان البرلمان العراقي قد طالب الحكومة بوضع جدول زمني لانسحاب القوات الأجنبية.",
                [("ORG", "البرلمان العراقي", []), ("ORG", "القوات الأجنبية", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["البرلمان العراقي"] and names(ev.target, doc) == ["الحكومة"]


def test_a_subject_stands_past_fihi_after_the_verb() -> None:
    doc = build("وصدر بيان أدانت فيه دمشق وموسكو بشدة العقوبات الأمريكية على إيران.",
                [("GPE", "دمشق", []), ("GPE", "موسكو", []), ("GPE", "الولايات المتحدة", []), ("GPE", "إيران", [])],
                countries={"دمشق": "SYR", "موسكو": "RUS", "الولايات المتحدة": "USA", "إيران": "IRN"})
    ev = only(doc, "ACCUSE")
    assert names(ev.actor, doc) == ["دمشق", "موسكو"] and names(ev.target, doc) == ["الولايات المتحدة"]
    # a count of victims past فيه is no subject
    doc = build("ووقع هجوم انتحاري قتل فيه ستة أشخاص.", [])
    assert all(not e.actor for e in extract_events(doc))


def test_a_bare_definite_head_word_names_the_body_last_named_with_it() -> None:
    doc = build("اعتقلت الشرطة الألمانية رجلا في برلين. وداهمت الشرطة منزله صباح الأحد.",
                [("ORG", "الشرطة الألمانية", []), ("GPE", "برلين", [])])
    raids = [e for e in extract_events(doc) if e.trigger.text == "وداهمت"]
    assert raids and names(raids[0].actor, doc) == ["الشرطة الألمانية"]
    # no body named with it before: the words stay
    doc = build("وداهمت الشرطة منزله صباح الأحد.", [])
    assert names(only(doc, "COERCE").actor, doc) == ["الشرطة"]


def test_done_in_cooperation_by_the_subject_of_the_verb_it_qualifies() -> None:
    doc = build("وقال مكتب الأمم المتحدة إنه جاهز. وسيوزعها المكتب بالتنسيق مع الهلال الأحمر.",
                [("ORG", "مكتب الأمم المتحدة", []), ("ORG", "الهلال الأحمر", [])])
    ev = only(doc, "COOPERATE")
    assert names(ev.actor, doc) == ["مكتب الأمم المتحدة"] and names(ev.target, doc) == ["الهلال الأحمر"]
    # a word that names no one acting is no subject, and then no event is told
    doc = build("وتم ذلك بالتعاون مع الحرس الوطني.", [])
    assert [e for e in extract_events(doc) if e.type == "COOPERATE"] == []


def test_of_two_sides_the_speakers_own_state_is_not_the_one_acted_on() -> None:
    doc = build("وقال بكر بوزداغ إن القرار سيكون له تأثير سلبي على العلاقات بين براغ وأنقرة.",
                [("PER", "بكر بوزداغ", []), ("GPE", "براغ", []), ("GPE", "أنقرة", [])],
                quotes=[("القرار سيكون له تأثير سلبي على العلاقات بين براغ وأنقرة", "قال", "e1", "بكر بوزداغ")],
                countries={"بكر بوزداغ": "TUR", "براغ": "CZE", "أنقرة": "TUR"})
    assert names(only(doc, "THREATEN").target, doc) == ["براغ"]


def test_after_a_verb_carrying_its_object_an_indefinite_body_is_the_subject() -> None:
    doc = build("وكان المهاجرون قد وصلوا بعدما أنقذتهم منظمة غير حكومية.", [])
    assert names(only(doc, "AID").actor, doc) == ["منظمة غير حكومية"]
    # an adverb after it is no subject ("قتلها حيّة": alive)
    doc = build("وقالت الشرطة إن رجلا قتلها حيّة.", [])
    assert all("حيّة" not in names(e.actor, doc) for e in extract_events(doc))


def test_in_the_country_with_no_name_is_the_actors_country_or_the_articles() -> None:
    doc = build("وأعلن زعيم المعارضة نيكول باشينيان حملة عصيان مدني في أرجاء البلاد. وتقع أرمينيا قرب تركيا.",
                [("PER", "نيكول باشينيان", []), ("GPE", "أرمينيا", []), ("GPE", "تركيا", [])],
                countries={"نيكول باشينيان": "ARM", "أرمينيا": "ARM", "تركيا": "TUR"})
    ev = only(doc, "PROTEST")
    assert ev.location is not None and ev.location.text == "أرمينيا"


def test_a_pronoun_preposition_between_a_split_verb_and_its_words_is_no_subject() -> None:
    doc = build("وأطلق عليه الرصاص دون سابق إنذار.", [])
    assert all(not e.actor for e in extract_events(doc))


def test_leaving_an_agreement_told_before_the_act_is_rejecting_it() -> None:
    doc = build("وجددت ماي دعمها للاتفاق النووي الإيراني الذي أعلنت الولايات المتحدة انسحابها منه في أيار.",
                [("PER", "ماي", []), ("GPE", "الولايات المتحدة", [])])
    ev = only(doc, "REJECT")
    assert names(ev.actor, doc) == ["الولايات المتحدة"] and names(ev.target, doc) == ["للاتفاق النووي الإيراني"]
    # leaving a town is still a retreat
    doc = build("ودخل الجيش المدينة التي أعلنت القوات المعارضة انسحابها منها.", [])
    assert [e.type for e in extract_events(doc) if e.trigger.text.startswith("انسحاب")] == ["RETREAT"]


def test_past_the_subjects_comma_the_one_accused_and_what_of() -> None:
    doc = build("واتهم رئيس الحكومة اليمنية، الميليشيات بعدم إبداء أي نية حسنة.", [("ORG", "الحكومة اليمنية", [])])
    assert names(only(doc, "ACCUSE").target, doc) == ["الميليشيات"]


def test_a_part_of_a_country_named_by_its_nationality_is_in_that_country() -> None:
    doc = build("ويسيطر الحوثيون على أغلب الشمال اليمني منذ سنوات. وتقاتلهم حكومة اليمن.",
                [("ORG", "الحوثيون", []), ("GPE", "اليمن", [])], countries={"اليمن": "YEM"})
    ev = only(doc, "COERCE")
    assert ev.location is not None and ev.location.text == "اليمن"
    # people of a nationality are no place
    doc = build("واعتقلت الشرطة صحفيين يمنيين في المطار. وتقع اليمن جنوبا.", [("GPE", "اليمن", [])],
                countries={"اليمن": "YEM"})
    assert only(doc, "COERCE").location is None


def test_a_town_a_siege_is_lifted_from_is_where() -> None:
    import marsad
    doc = marsad.analyze("رفعت قوات الحوثيين الحصار جزئياً عن مدينة تعز.")
    ev = next(e for e in doc.events if e.type == "RETREAT")
    assert ev.location is not None and ev.location.text == "تعز"


def test_an_attacks_toll_is_not_a_second_attack() -> None:
    doc = build("قصفت مسيرة سيارة على طريق القامشلي، ما أدى إلى مقتل اثنين من عناصر الشرطة.", [("GPE", "القامشلي", [])])
    assert [e.type for e in extract_events(doc)] == ["ASSAULT"]
    # an act of another kind as the outcome is an act of its own
    doc = build("أسفر التعاون بين الإنتربول والشرطة الإماراتية عن القبض على زعيم شبكة لتهريب المخدرات.",
                [("ORG", "الإنتربول", []), ("ORG", "الشرطة الإماراتية", [])])
    assert "COERCE" in [e.type for e in extract_events(doc)]


def test_a_cooperation_between_commas_is_the_subjects_and_its_partner_is_no_target() -> None:
    doc = build("اعتقلت قوات مكافحة الإرهاب، بالتنسيق مع التحالف الدولي، قياديا في التنظيم قرب الحويجة.",
                [("ORG", "قوات مكافحة الإرهاب", []), ("ORG", "التحالف الدولي", []), ("GPE", "الحويجة", [])])
    coop = only(doc, "COOPERATE")
    assert names(coop.actor, doc) == ["قوات مكافحة الإرهاب"] and names(coop.target, doc) == ["التحالف الدولي"]
    assert "التحالف الدولي" not in names(only(doc, "COERCE").target, doc)


def test_any_of_the_people_is_the_object_after_the_subject() -> None:
    doc = build("ولم تعتقل الشرطة أياً من المشاركين في المسيرة.", [])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["الشرطة"] and names(ev.target, doc) == ["أياً من المشاركين"]
    assert ev.modality == "negated"


def test_a_count_of_a_bodys_supporters_acts_for_it_at_the_gates_of_a_place() -> None:
    doc = build("احتشد آلاف من أنصار التيار الصدري عند بوابات المنطقة الخضراء في بغداد.",
                [("ORG", "التيار الصدري", []), ("LOC", "المنطقة الخضراء", []), ("GPE", "بغداد", [])])
    ev = only(doc, "PROTEST")
    assert names(ev.actor, doc) == ["التيار الصدري"] and names(ev.target, doc) == []
    assert ev.location is not None and ev.location.text == "المنطقة الخضراء"


def test_the_one_warned_of_is_the_subject_after_min_anna() -> None:
    doc = build("حذر وزير الدفاع يسرائيل كاتس من أن بيروت ستدفع ثمنا باهظا.",
                [("PER", "يسرائيل كاتس", []), ("GPE", "بيروت", [])])
    ev = only(doc, "THREATEN")
    assert names(ev.actor, doc) == ["يسرائيل كاتس"] and names(ev.target, doc) == ["بيروت"]


def test_a_threat_is_aimed_at_what_the_threatened_attack_would_hit() -> None:
    doc = build("وتوعدت حركة الشباب بشن مزيد من الهجمات على القواعد العسكرية الأجنبية.", [("ORG", "حركة الشباب", [])])
    assert names(only(doc, "THREATEN").target, doc) == ["القواعد العسكرية الأجنبية"]


def test_a_verb_matched_with_its_needed_word_is_not_dropped() -> None:
    doc = build("وكانت الحكومة قد أفرجت عن المعتقلين.", [])
    ev = only(doc, "RETREAT")
    assert names(ev.actor, doc) == ["الحكومة"] and names(ev.target, doc) == ["المعتقلين"]


def test_the_other_side_of_a_frozen_tie_is_the_target() -> None:
    doc = build("وردا على ذلك، جمد الفلسطينيون كل اتصالاتهم مع المسؤولين الأمريكيين.", [])
    assert names(only(doc, "SANCTION").target, doc) == ["المسؤولين الأمريكيين"]
    doc = build("وقطعت الحكومة علاقاتها الدبلوماسية مع الدول المجاورة.", [])
    assert names(only(doc, "SANCTION").target, doc) == ["الدول"]
    doc = build("وعلقت الحكومة اتصالاتها مع المسؤولين الأتراك.", [])
    assert names(only(doc, "SANCTION").actor, doc) == ["الحكومة"]


def test_ground_taken_from_someones_grip_acts_on_them() -> None:
    doc = build("واستعادت الحكومة السورية، بعد سبع سنوات من الحرب الأهلية، مساحات شاسعة من الأراضي من قبضة مسلحي المعارضة.",
                [("ORG", "الحكومة السورية", []), ("ORG", "المعارضة", [])])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["الحكومة السورية"] and names(ev.target, doc) == ["المعارضة"]
    doc = build("استعادت القوات العراقية مدينة الموصل من قبضة التنظيم.",
                [("ORG", "القوات العراقية", []), ("GPE", "الموصل", [])])
    ev = only(doc, "COERCE")
    assert names(ev.target, doc) == ["التنظيم"]
    assert ev.location is not None and ev.location.text == "الموصل"


def test_a_time_phrase_between_commas_does_not_end_the_clause() -> None:
    doc = build("وطردت الحكومة، بعد أسابيع من التوتر، السفير الكندي.", [])
    assert names(only(doc, "SANCTION").target, doc) == ["السفير الكندي"]


def test_the_genitive_of_regaining_is_the_ground_not_the_agent() -> None:
    doc = build("وأعلن الجيش استعادة مدينة تدمر.", [("GPE", "تدمر", [])])
    ev = only(doc, "COERCE")
    assert names(ev.actor, doc) == ["الجيش"] and names(ev.target, doc) == ["تدمر"]


def test_an_unnamed_title_is_the_person_named_with_it_before() -> None:
    doc = build("التقى الرئيس بالسفير الأميركي لدى اليمن، ماثيو تولر، في الرياض. بدوره، انتقد السفير الأميركي الحوثيين.",
                [("GPE", "اليمن", []), ("PER", "ماثيو تولر", []), ("GPE", "الرياض", []), ("ORG", "الحوثيين", [])])
    consult, accuse = only(doc, "CONSULT"), only(doc, "ACCUSE")
    # the country the ambassador serves in is in his title, not met
    assert names(consult.target, doc) == ["ماثيو تولر"]
    assert names(accuse.actor, doc) == ["ماثيو تولر"] and names(accuse.target, doc) == ["الحوثيين"]


def test_a_title_followed_by_other_words_is_not_the_next_name() -> None:
    doc = build("وعبر وزير الثقافة خلال لقائه بالفخراني عن تقديره. وانتقد وزير الثقافة الحكومة.",
                [("PER", "الفخراني", [])])
    assert names(only(doc, "ACCUSE").actor, doc) == ["وزير الثقافة"]


def test_the_one_summoned_stands_right_after_the_verb_and_the_time() -> None:
    doc = build("وقالت الوزارة إن الخارجية الإيطالية استدعت اليوم السبت السفير الفرنسي لاستيضاح أسباب دخول الشرطة الفرنسية عيادة.",
                [("ORG", "الخارجية الإيطالية", []), ("ORG", "الشرطة الفرنسية", [])])
    ev = next(e for e in extract_events(doc) if e.trigger.text == "استدعت")
    assert names(ev.target, doc) == ["السفير الفرنسي"]


def test_a_noun_joined_by_waw_with_a_possessive_is_not_an_accusative_object() -> None:
    doc = build("وثمّن تجاوب #الحكومة_الشرعية وحرصها على استمرار الدفع بعملية السلام.", [])
    ev = only(doc, "SUPPORT")
    assert names(ev.actor, doc) == [] and names(ev.target, doc) == ["#الحكومة_الشرعية"]


def test_a_feminine_verb_does_not_take_a_man_with_his_title_as_subject() -> None:
    doc = build("إن الرياض تدعم لبنان وتدعم دولة الرئيس الحريري بكافة الوسائل.",
                [("GPE", "الرياض", []), ("GPE", "لبنان", []), ("PER", "الحريري", [])])
    ev = next(e for e in extract_events(doc) if e.trigger.text == "وتدعم")
    assert names(ev.actor, doc) == ["الرياض"] and names(ev.target, doc) == ["الحريري"]


def test_an_adverbial_between_the_verb_and_its_partner_is_skipped() -> None:
    doc = build("وأضاف أن ليبيا تعمل بدلا من ذلك مع جيرانها الجنوبيين على تعزيز الحدود.", [("GPE", "ليبيا", [])])
    assert names(only(doc, "COOPERATE").target, doc) == ["جيرانها الجنوبيين"]


def test_we_in_a_leaders_words_is_his_state() -> None:
    doc = build('وطالبت كندا بتحقيق. وقال رئيس الوزراء الكندي جاستن ترودو "نحن نبذل كل ما بوسعنا لمساعدة لوباني وأسرته".',
                [("GPE", "كندا", []), ("PER", "جاستن ترودو", []), ("PER", "لوباني", [])],
                quotes=[("نحن نبذل كل ما بوسعنا لمساعدة لوباني وأسرته", "وقال", "e2", "جاستن ترودو")],
                countries={"كندا": "CAN", "جاستن ترودو": "CAN"})
    ev = only(doc, "AID")
    # a person in the genitive of help is the one helped
    assert names(ev.actor, doc) == ["كندا"] and names(ev.target, doc) == ["لوباني"]


def test_the_town_a_sentence_named_is_the_bare_city_after_it() -> None:
    doc = build('قال أفاتو، رئيس بلدية باردونيكيا، إن المدينة تديره بالتعاون مع منظمة "رينبو فور أفريكا".',
                [("PER", "أفاتو", []), ("GPE", "باردونيكيا", []), ("ORG", "رينبو فور أفريكا", [])])
    assert names(only(doc, "COOPERATE").actor, doc) == ["باردونيكيا"]


def test_a_train_station_names_where() -> None:
    doc = build("وتساعد المنظمة المهاجرين في محطة قطار باردونيكيا غربي مدينة تورينو.",
                [("GPE", "باردونيكيا", []), ("GPE", "تورينو", [])])
    ev = only(doc, "AID")
    assert names(ev.target, doc) == ["المهاجرين"]
    assert ev.location is not None and ev.location.text == "باردونيكيا"


def test_a_request_joined_to_the_subject_asks_the_name_before_its_complement() -> None:
    doc = build("وواصل سالفيني الذي يشغل منصب نائب رئيس الوزراء خطابه المناهض للهجرة وطالب حلف شمال الأطلسي الجمعة بحماية إيطاليا.",
                [("PER", "سالفيني", []), ("ORG", "حلف شمال الأطلسي", []), ("GPE", "إيطاليا", [])],
                dates=[("الجمعة", "2018-06-08")])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["سالفيني"] and names(ev.target, doc) == ["حلف شمال الأطلسي"]
    # a new subject after a full stop is the one who asks
    doc = build("وتحدث الوزير. وطالب حلف شمال الأطلسي بحماية إيطاليا.",
                [("ORG", "حلف شمال الأطلسي", []), ("GPE", "إيطاليا", [])])
    assert names(only(doc, "REQUEST").actor, doc) == ["حلف شمال الأطلسي"]


def test_a_threat_is_aimed_at_a_late_conditions_subject() -> None:
    doc = build("هدد وزير الداخلية الإيطالي الجديد، ماتيو سالفيني، الأحد بمنع سفن إنقاذ المهاجرين من الوصول إلى موانئ"
                " بلاده في حال رفضت مالطا استقبال مئات المهاجرين.",
                [("PER", "ماتيو سالفيني", []), ("GPE", "مالطا", [])], dates=[("الأحد", "2018-06-10")])
    ev = only(doc, "THREATEN")
    assert names(ev.actor, doc) == ["ماتيو سالفيني"] and names(ev.target, doc) == ["مالطا"]


def test_the_one_warned_of_comes_before_a_condition() -> None:
    doc = build("حذر وزير الدفاع يسرائيل كاتس من أن بيروت ستدفع ثمناً باهظاً إذا لم ينزع سلاح الجماعات المسلحة.",
                [("PER", "يسرائيل كاتس", []), ("GPE", "بيروت", [])])
    assert names(only(doc, "THREATEN").target, doc) == ["بيروت"]


def test_a_bare_head_may_point_at_the_one_body_named_later() -> None:
    doc = build("وبمجرد وصول الشحنة سيوزعها المكتب بالتنسيق مع الهلال الأحمر العربي السوري. ويبدأ التوزيع بإشراف "
                "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية.",
                [("ORG", "الهلال الأحمر العربي السوري", []), ("ORG", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", [])])
    ev = only(doc, "COOPERATE")
    assert names(ev.actor, doc) == ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]
    assert names(ev.target, doc) == ["الهلال الأحمر العربي السوري"]


def test_a_pledge_or_aid_from_someone_is_theirs() -> None:
    doc = build("وتمثل جزءا من تعهد من باريس بتقديم 50 مليون يورو.", [("GPE", "باريس", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["باريس"] and names(ev.target, doc) == []
    doc = build("ووصلت مساعدات من السعودية إلى اليمن.", [("GPE", "السعودية", []), ("GPE", "اليمن", [])])
    assert names(only(doc, "AID").actor, doc) == ["السعودية"]


def test_someones_forces_stand_for_their_owner() -> None:
    doc = build('وقال نتانياهو إن الأسد لم يعد في مأمن. وتابع نتانياهو "إذا أطلق النار علينا فسندمر قواته".',
                [("PER", "نتانياهو", []), ("PER", "الأسد", [])],
                quotes=[("إذا أطلق النار علينا فسندمر قواته", "وتابع", "e1", "نتانياهو")])
    ev = next(e for e in extract_events(doc) if e.trigger.text.startswith("فسندمر"))
    assert names(ev.target, doc) == ["الأسد"]


def test_who_rejects_a_demand_did_not_make_it_its_genitive_did() -> None:
    doc = build("ويأتي ذلك بعد أن رفضت حركة النهضة مطلب حزب نداء تونس الحاكم إقالة رئيس الحكومة يوسف الشاهد.",
                [("ORG", "حركة النهضة", []), ("ORG", "حزب نداء تونس", []), ("PER", "يوسف الشاهد", [])])
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["حزب نداء تونس"] and names(ev.target, doc) == ["يوسف الشاهد"]
    doc = build("وأشاد الاتحاد الأفريقي بإطلاق سراح الرئيس محمد بازوم.",
                [("ORG", "الاتحاد الأفريقي", []), ("PER", "محمد بازوم", [])])
    # (of a release, the genitive is the one released)
    assert all(names(e.actor, doc) != ["محمد بازوم"] for e in extract_events(doc))


def test_the_body_a_called_for_vote_is_held_in_is_the_one_called_on() -> None:
    doc = build("ودعا الرئيس التونسي إلى إجراء تصويت في البرلمان على الثقة في الحكومة.", [("ORG", "البرلمان", [])])
    assert names(only(doc, "REQUEST").target, doc) == ["البرلمان"]


def test_an_act_to_come_on_a_condition_is_hypothetical() -> None:
    doc = build("وقال الوزير إن الشركات ستغلق مصانعها إذا تواصلت الأسعار في الارتفاع.", [])
    assert only(doc, "COERCE").modality == "hypothetical"
    # a threat or a demand is made, whatever it is conditioned on; "حتى لو" is "even if"
    doc = build("وهددت النقابة بالإضراب إذا لم تتراجع الحكومة.", [])
    assert only(doc, "THREATEN").modality == "asserted"
    doc = build("وقال الوزير إن الحكومة ستفرض عقوبات حتى لو اعترضت الشركات.", [])
    assert only(doc, "SANCTION").modality == "future"


def test_in_addition_to_opens_the_next_item() -> None:
    doc = build("وهو المتورط في قتل مواطنين فرنسيين في لبنان، إضافة إلى مد إيران للميليشيات بالأسلحة.",
                [("GPE", "لبنان", []), ("GPE", "إيران", [])])
    ev = next(e for e in extract_events(doc) if e.type == "ASSAULT")
    assert names(ev.target, doc) == ["مواطنين فرنسيين"]


def test_the_one_whose_act_is_alleged_is_accused() -> None:
    doc = build("اعتقلت تركيا جنديين يونانيين، الجمعة، بزعم دخولهما منطقة عسكرية تركية.",
                [("GPE", "تركيا", [])], dates=[("الجمعة", "2018-03-02")])
    assert names(only(doc, "ACCUSE").target, doc) == ["جنديين يونانيين"]


def test_the_one_implicated_is_accused_and_did_the_act() -> None:
    doc = build("وقال المصدر إن ميليشيا حزب الله المتورط في اغتيال رئيس الوزراء الأسبق رفيق الحريري تهدد لبنان.",
                [("ORG", "ميليشيا حزب الله", []), ("PER", "رفيق الحريري", []), ("GPE", "لبنان", [])],
                quotes=[("ميليشيا حزب الله المتورط في اغتيال رئيس الوزراء الأسبق رفيق الحريري تهدد لبنان", "وقال", None,
                         "المصدر")])
    accuse, assault = only(doc, "ACCUSE"), only(doc, "ASSAULT")
    assert names(accuse.target, doc) == ["ميليشيا حزب الله"]
    assert names(assault.actor, doc) == ["ميليشيا حزب الله"] and names(assault.target, doc) == ["رفيق الحريري"]


def test_an_official_known_by_nationality_speaks_for_his_state() -> None:
    text = ('ووصفت كوريا الشمالية المحادثات بالبناءة. وقال نائب الوزير الكوري الشمالي "لقد أعربنا بالفعل عن '
            'استعدادنا لجعل شبه الجزيرة خالية من الأسلحة النووية، وأعلنّا أنه يتعين على الولايات المتحدة أن تضع حداً لسياستها".')
    content = text[text.index("لقد"):text.rindex('"')]
    doc = build(text, [("GPE", "كوريا الشمالية", []), ("GPE", "الولايات المتحدة", [])],
                quotes=[(content, "وقال", None, "نائب الوزير الكوري الشمالي")],
                countries={"كوريا الشمالية": "PRK", "الولايات المتحدة": "USA"})
    # "we" expressing readiness, and the demand in his words, are North Korea's
    assert names(only(doc, "AGREE").actor, doc) == ["كوريا الشمالية"]
    ev = only(doc, "REQUEST")
    assert names(ev.actor, doc) == ["كوريا الشمالية"] and names(ev.target, doc) == ["الولايات المتحدة"]


def test_media_known_by_nationality_do_not_speak_for_the_state() -> None:
    text = 'ونقلت وسائل إعلام ألمانية أن "المحققين استبعدوا إقدامه على تنفيذ هجوم" في ألمانيا.'
    doc = build(text, [("GPE", "ألمانيا", [])],
                quotes=[("المحققين استبعدوا إقدامه على تنفيذ هجوم", "ونقلت", None, "وسائل إعلام ألمانية")],
                countries={"ألمانيا": "DEU"})
    assert all(names(e.actor, doc) != ["ألمانيا"] for e in extract_events(doc))


def test_the_items_of_a_list_happened_where_the_clause_they_itemise_did() -> None:
    doc = build("اتهمت جماعة بارزة مسلحي حركة الحوثيين في اليمن بارتكاب انتهاكات، من بينها خطف رهائن.",
                [("ORG", "حركة الحوثيين", []), ("GPE", "اليمن", [])])
    ev = only(doc, "ASSAULT")
    assert names(ev.target, doc) == ["رهائن"] and ev.location is not None and ev.location.text == "اليمن"


def test_a_stance_expressed_for_ones_own_state_is_in_the_articles_voice() -> None:
    text = "من جانبه، عبر الرئيس بوتين عن استعداد بلاده لمواصلة التنسيق السياسي والعسكري مع دمشق."
    doc = build(text, [("PER", "بوتين", []), ("GPE", "روسيا", ["بلاده"]), ("GPE", "دمشق", [])],
                quotes=[("استعداد بلاده لمواصلة التنسيق السياسي والعسكري مع دمشق", "عبر", "e1", "الرئيس بوتين")],
                countries={"بوتين": "RUS", "روسيا": "RUS", "دمشق": "SYR"})
    ev = only(doc, "COOPERATE")
    assert names(ev.actor, doc) == ["روسيا"] and ev.attributed_to is None
