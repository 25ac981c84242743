"""Trigger lexicon coverage: every PLOVER type in several conjugations, and false friends that are no event."""

from __future__ import annotations

import pytest

from marsad.events.extract import extract_events
from marsad.events.lexicon import trigger_matcher
from marsad.events.words import accept_prefix
from marsad.model import Document
from marsad.text.tokens import tokenize
from tests.docbuild import build, names, only

SAMER = ("PER", "سامر الخطيب", ["سامر الخطيب"])
LAYLA = ("PER", "ليلى حداد", ["ليلى حداد"])
ARMY = ("ORG", "الجيش النظامي", ["الجيش النظامي"])
NASR = ("ORG", "حركة النصر", ["حركة النصر"])
POLICE = ("ORG", "الشرطة", ["الشرطة"])
UNION = ("ORG", "نقابة المعلمين", ["نقابة المعلمين"])
DAMASCUS = ("GPE", "دمشق", ["دمشق"])
MOSCOW = ("GPE", "موسكو", ["موسكو"])
ANKARA = ("GPE", "أنقرة", ["أنقرة"])
ALEPPO = ("GPE", "حلب", ["حلب"])
ALL = [SAMER, LAYLA, ARMY, NASR, POLICE, UNION, DAMASCUS, MOSCOW, ANKARA, ALEPPO]


def _names(args, doc: Document) -> list[str]:
    return [doc.entity(a.entity).name if a.entity else a.text for a in args]


def _events(sentence: str):
    doc = build(sentence, [e for e in ALL if e[2][0] in sentence])
    return doc, extract_events(doc)



# (sentence, type, actor or None, target or None); None means "not checked".
CASES = [
    # ACCUSE
    ("اتهم سامر الخطيب ليلى حداد بالفساد.", "ACCUSE", "سامر الخطيب", "ليلى حداد"),
    ("وندد سامر الخطيب بالاعتداء على المتظاهرين.", "ACCUSE", "سامر الخطيب", None),
    ("أدانت موسكو الغارات الأخيرة.", "ACCUSE", "موسكو", None),
    ("يتهم سامر الخطيب ليلى حداد بالكذب.", "ACCUSE", "سامر الخطيب", "ليلى حداد"),
    ("واستدعت أنقرة السفير الروسي.", "ACCUSE", "أنقرة", None),
    ("وفتحت الشرطة تحقيقا في الحادثة.", "ACCUSE", "الشرطة", None),
    ("وانتقدت ليلى حداد سامر الخطيب.", "ACCUSE", "ليلى حداد", "سامر الخطيب"),
    ("حمّل سامر الخطيب ليلى حداد مسؤولية الفشل.", "ACCUSE", "سامر الخطيب", "ليلى حداد"),
    # AGREE
    ("وقع سامر الخطيب اتفاقا مع ليلى حداد.", "AGREE", "سامر الخطيب", "ليلى حداد"),
    ("اتفق سامر الخطيب مع ليلى حداد على وقف التصعيد.", "AGREE", "سامر الخطيب", "ليلى حداد"),
    ("دمشق وأنقرة توصلتا إلى اتفاق لوقف القتال.", "AGREE", "دمشق|أنقرة", None),  # compound: a list
    ("ووافقت موسكو على المقترح.", "AGREE", "موسكو", None),
    ("أبرمت أنقرة صفقة مع موسكو.", "AGREE", "أنقرة", "موسكو"),
    ("تعهد سامر الخطيب بدفع التعويضات.", "AGREE", "سامر الخطيب", None),
    # AID
    ("أرسلت موسكو مساعدات إلى دمشق.", "AID", "موسكو", "دمشق"),
    ("قدمت أنقرة مساعدات إنسانية للاجئين.", "AID", "أنقرة", None),
    ("تبرع سامر الخطيب بمليون دولار للمستشفى.", "AID", "سامر الخطيب", None),
    ("أنقذت الشرطة ثلاثة صيادين.", "AID", "الشرطة", None),
    ("سيمول سامر الخطيب المشروع.", "AID", "سامر الخطيب", None),
    ("تقدم الجيش النظامي بدعم من موسكو.", "AID", "موسكو", None),
    # ASSAULT
    ("قصف الجيش النظامي مدينة حلب.", "ASSAULT", "الجيش النظامي", "حلب"),
    ("شنت الطائرات غارات على حلب.", "ASSAULT", None, "حلب"),
    ("واغتال مسلحون سامر الخطيب.", "ASSAULT", None, "سامر الخطيب"),
    ("يستهدف الجيش النظامي مواقع حركة النصر.", "ASSAULT", "الجيش النظامي", None),
    ("فجّرت حركة النصر سيارة مفخخة قرب دمشق.", "ASSAULT", "حركة النصر", None),
    ("اشتبك الجيش النظامي مع حركة النصر.", "ASSAULT", "الجيش النظامي", "حركة النصر"),
    ("حركة النصر أطلقت صواريخ على أنقرة.", "ASSAULT", "حركة النصر", "أنقرة"),
    ("وقتلت الشرطة سامر الخطيب.", "ASSAULT", "الشرطة", "سامر الخطيب"),
    ("هجوم انتحاري لحركة النصر في دمشق.", "ASSAULT", None, None),
    # COERCE
    ("اعتقلت الشرطة سامر الخطيب.", "COERCE", "الشرطة", "سامر الخطيب"),
    ("وألقت الشرطة القبض على ليلى حداد.", "COERCE", "الشرطة", "ليلى حداد"),
    ("يحاصر الجيش النظامي مدينة حلب.", "COERCE", "الجيش النظامي", "حلب"),
    ("سيطرت حركة النصر على مدينة حلب.", "COERCE", "حركة النصر", "حلب"),
    ("أوقفت الشرطة سامر الخطيب في المطار.", "COERCE", "الشرطة", "سامر الخطيب"),
    ("ومنعت أنقرة ليلى حداد من دخول البلاد.", "COERCE", "أنقرة", "ليلى حداد"),
    ("اقتحمت الشرطة مقر نقابة المعلمين.", "COERCE", "الشرطة", None),
    # CONCEDE
    ("استقال سامر الخطيب من منصبه.", "CONCEDE", "سامر الخطيب", None),
    ("وتنحى سامر الخطيب عن رئاسة الحزب.", "CONCEDE", "سامر الخطيب", None),
    ("اعتذرت ليلى حداد لسامر الخطيب.", "CONCEDE", "ليلى حداد", "سامر الخطيب"),
    ("تراجعت موسكو عن قرارها.", "CONCEDE", "موسكو", None),
    ("قدم سامر الخطيب استقالته أمس.", "CONCEDE", "سامر الخطيب", None),
    # CONSULT
    ("واجتمعت ليلى حداد بسامر الخطيب في دمشق.", "CONSULT", "ليلى حداد", "سامر الخطيب"),
    ("زار سامر الخطيب موسكو.", "CONSULT", "سامر الخطيب", None),
    ("ستزور ليلى حداد أنقرة الأسبوع المقبل.", "CONSULT", "ليلى حداد", None),
    ("أجرى سامر الخطيب اتصالا هاتفيا بليلى حداد.", "CONSULT", "سامر الخطيب", "ليلى حداد"),
    ("يتفاوض الجيش النظامي مع حركة النصر.", "CONSULT", "الجيش النظامي", "حركة النصر"),
    ("واستقبل سامر الخطيب ليلى حداد في مكتبه.", "CONSULT", "سامر الخطيب", "ليلى حداد"),
    # COOPERATE
    ("تعاونت الشرطة مع حركة النصر.", "COOPERATE", "الشرطة", "حركة النصر"),
    ("ينسق الجيش النظامي مع موسكو.", "COOPERATE", "الجيش النظامي", "موسكو"),
    ("دمشق استأنفت العلاقات مع أنقرة.", "COOPERATE", "دمشق", "أنقرة"),
    # MOBILIZE
    ("حشد الجيش النظامي قواته قرب حلب.", "MOBILIZE", "الجيش النظامي", None),
    ("أرسلت أنقرة تعزيزات عسكرية إلى الحدود.", "MOBILIZE", "أنقرة", None),
    ("وأجرت موسكو مناورات عسكرية.", "MOBILIZE", "موسكو", None),
    ("رفع الجيش النظامي حالة التأهب.", "MOBILIZE", "الجيش النظامي", None),
    # PROTEST
    ("تظاهر أنصار سامر الخطيب في دمشق.", "PROTEST", None, None),
    ("اعتصمت نقابة المعلمين أمام مقر الحكومة.", "PROTEST", "نقابة المعلمين", None),
    ("نظمت نقابة المعلمين وقفة احتجاجية أمام البرلمان.", "PROTEST", "نقابة المعلمين", None),
    ("واحتج سامر الخطيب على القرار.", "PROTEST", "سامر الخطيب", None),
    ("قاطعت حركة النصر الانتخابات.", "PROTEST", "حركة النصر", None),
    ("وأضربت نقابة المعلمين عن العمل.", "PROTEST", "نقابة المعلمين", None),
    ("ستضرب نقابة المعلمين عن العمل يوم الاثنين.", "PROTEST", "نقابة المعلمين", None),
    ("وضرب مسلحون الحافلة بالحجارة.", "ASSAULT", "مسلحون", None),
    # REJECT
    ("رفضت موسكو الاقتراح.", "REJECT", "موسكو", None),
    ("ونفت أنقرة الاتهامات.", "REJECT", "أنقرة", None),
    ("ويعارض سامر الخطيب خطة ليلى حداد.", "REJECT", "سامر الخطيب", None),
    ("استخدمت موسكو حق النقض ضد القرار.", "REJECT", "موسكو", None),
    ("سيرفض سامر الخطيب العرض.", "REJECT", "سامر الخطيب", None),
    # REQUEST
    ("دعت أنقرة موسكو إلى وقف القصف.", "REQUEST", "أنقرة", "موسكو"),
    ("وناشدت ليلى حداد سامر الخطيب التدخل.", "REQUEST", "ليلى حداد", "سامر الخطيب"),
    ("طلبت دمشق من موسكو المساعدة.", "REQUEST", "دمشق", "موسكو"),
    ("وحث سامر الخطيب ليلى حداد على الحوار.", "REQUEST", "سامر الخطيب", "ليلى حداد"),
    ("وطالبت نقابة المعلمين بزيادة الأجور.", "REQUEST", "نقابة المعلمين", None),
    # RETREAT
    ("انسحب الجيش النظامي من مدينة حلب.", "RETREAT", "الجيش النظامي", "حلب"),
    ("أفرجت الشرطة عن سامر الخطيب.", "RETREAT", "الشرطة", "سامر الخطيب"),
    ("أطلقت حركة النصر سراح ليلى حداد.", "RETREAT", "حركة النصر", "ليلى حداد"),
    ("أنقرة سمحت بدخول المساعدات إلى حلب.", "RETREAT", "أنقرة", None),
    ("موسكو رفعت العقوبات عن دمشق.", "RETREAT", "موسكو", "دمشق"),
    ("رفعت موسكو العقوبات عن دمشق.", "RETREAT", "موسكو", "دمشق"),
    # SANCTION
    ("فرضت أنقرة عقوبات على موسكو.", "SANCTION", "أنقرة", "موسكو"),
    ("طردت أنقرة دبلوماسيين روسا.", "SANCTION", "أنقرة", None),
    ("وجمدت موسكو أصول حركة النصر.", "SANCTION", "موسكو", None),
    ("دمشق قطعت علاقاتها مع أنقرة.", "SANCTION", "دمشق", "أنقرة"),
    ("حركة النصر علقت جميع رحلاتها إلى دمشق.", "SANCTION", "حركة النصر", None),
    ("وأدرجت موسكو 12 شركة على قائمتها السوداء.", "SANCTION", "موسكو", None),
    ("سحبت أنقرة سفيرها من دمشق.", "SANCTION", "أنقرة", None),
    ("وأطلق مسلحون مجهولون النار على الحافلة.", "ASSAULT", "مسلحون مجهولون", None),
    ("وفرضت واشنطن أمس عقوبات على شركات روسية.", "SANCTION", "واشنطن", "شركات روسية"),
    # SUPPORT
    ("أشاد سامر الخطيب بليلى حداد.", "SUPPORT", "سامر الخطيب", "ليلى حداد"),
    ("وثمن سامر الخطيب جهود ليلى حداد.", "SUPPORT", "سامر الخطيب", None),
    ("تؤيد أنقرة المبادرة.", "SUPPORT", "أنقرة", None),
    ("هنأت ليلى حداد سامر الخطيب بفوزه.", "SUPPORT", "ليلى حداد", "سامر الخطيب"),
    ("أعربت أنقرة عن دعمها لدمشق.", "SUPPORT", "أنقرة", None),
    ("ورحب سامر الخطيب بقرار ليلى حداد.", "SUPPORT", "سامر الخطيب", None),
    # THREATEN
    ("هدد سامر الخطيب ليلى حداد بالملاحقة.", "THREATEN", "سامر الخطيب", "ليلى حداد"),
    ("توعدت حركة النصر الجيش النظامي بالرد.", "THREATEN", "حركة النصر", "الجيش النظامي"),
    ("حذرت موسكو أنقرة من التصعيد.", "THREATEN", "موسكو", "أنقرة"),
    ("يهدد الجيش النظامي بقصف المدينة.", "THREATEN", "الجيش النظامي", None),
    ("ولوحت أنقرة بفرض عقوبات على دمشق.", "THREATEN", "أنقرة", None),
    # words added with the second set of written sentences
    ("وحضت أنقرة الجيش النظامي على وقف القصف.", "REQUEST", "أنقرة", "الجيش النظامي"),
    ("أخلت حركة النصر قاعدتها الأخيرة في حلب.", "RETREAT", "حركة النصر", None),
    ("وألغت الشرطة حظر التجول في حلب.", "RETREAT", "الشرطة", None),
    ("أعلنت أنقرة تعليق صادرات الأسلحة إلى دمشق.", "SANCTION", "أنقرة", "دمشق"),
    ("أما موسكو فقدمت شحنة من المعدات الطبية إلى دمشق.", "AID", "موسكو", "دمشق"),
    ("وهاجم سامر الخطيب حركة النصر واصفا قراراتها بالمتهورة.", "ACCUSE", "سامر الخطيب", "حركة النصر"),
    ("وأقر سامر الخطيب بتقصير الأجهزة الرسمية.", "CONCEDE", "سامر الخطيب", None),
    ("قد تشن حركة النصر ضربة على مواقع الجيش النظامي.", "ASSAULT", "حركة النصر", None),
    ("وأحرقت حركة النصر مقرات الجيش النظامي في حلب.", "ASSAULT", "حركة النصر", None),
    ("وقبلت حركة النصر المبادرة المصرية لوقف القتال.", "AGREE", "حركة النصر", None),
    ("وأقرت أنقرة الحزمة الرابعة من العقوبات على دمشق.", "SANCTION", "أنقرة", "دمشق"),
    ("وأرسلت أنقرة وحدات إضافية إلى حلب.", "MOBILIZE", "أنقرة", None),
    ("وحذر الرئيس السوري من أن بلاده سترد على أي هجوم.", "THREATEN", "الرئيس السوري", None),
    ("وقال إن القيادة الفلسطينية لن تقبل أي خطة لا تضمن إقامة الدولة.", "REJECT", "القيادة الفلسطينية", None),
    ("ودعت نقابة المعلمين الجيش النظامي إلى التراجع عن قراره.", "CONCEDE", None, None),
    ("وهاجمت حركة النصر مواقع الجيش النظامي في حلب.", "ASSAULT", "حركة النصر", None),
    ("وأرسلت حركة النصر طائرة تحمل عشرين طنا من المساعدات إلى حلب.", "AID", "حركة النصر", None),
]


@pytest.mark.parametrize("sentence,etype,actor,target", CASES)
def test_type_found(sentence: str, etype: str, actor: str | None, target: str | None) -> None:
    doc, evs = _events(sentence)
    found = [e for e in evs if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in evs]}"
    ev = found[0]
    if actor is not None:
        assert _names(ev.actor, doc) == actor.split("|"), (ev.trigger.text, _names(ev.actor, doc))
    if target is not None:
        assert target in _names(ev.target, doc), (ev.trigger.text, _names(ev.target, doc))


@pytest.mark.parametrize("sentence,modality", [
    ("سيقصف الجيش النظامي مواقع حركة النصر.", "future"),
    ("لم تعتقل الشرطة سامر الخطيب.", "negated"),
    ("وستفرض أنقرة عقوبات على موسكو.", "future"),
    ("انسحب الجيش النظامي من حلب.", "asserted"),
])
def test_generated_conjugations_keep_modality(sentence: str, modality: str) -> None:
    _, evs = _events(sentence)
    assert evs and evs[0].modality == modality, [(e.type, e.modality) for e in evs]


# Sentences with a named participant but no event: false friends of trigger words after folding.
@pytest.mark.parametrize("sentence", [
    "سافر سامر الخطيب إلى موسكو في رحلة عائلية.",  # رحلة ≠ رحّله
    "أصدرت وزارة الخارجية في دمشق بيانا.",  # وزارة ≠ و+زاره
    "قال سامر الخطيب إن موقفه قاطع.",  # قاطع (categorical)
    "وصل سامر الخطيب إلى دمشق فجر اليوم.",  # فجر (dawn)
    "ارتفع ثمن الخبز في دمشق.",  # ثمن (price)
    "سجل سامر الخطيب هدفا من ضربة جزاء.",  # ضربة (a kick)
    "علق سامر الخطيب على تصريحات ليلى حداد.",  # علق (commented)
    "علق سامر الخطيب على رحلة ليلى حداد إلى دمشق.",  # commenting on a trip is no suspension
    "أدرج سامر الخطيب البند على جدول أعمال الجلسة.",  # an item on an agenda is no blacklisting
    "يحمل سامر الخطيب الجنسية الفرنسية.",  # يحمل (carries)
    "حضر سامر الخطيب حفل تخرج طلبة الجامعة.",  # طلبة (students)
    "تراجع نسق النمو في دمشق.",  # نسق (pace), تراجع without عن
    "يسمح القانون لسامر الخطيب بالترشح.",  # يسمح (a law allows)
    "التقط سامر الخطيب صورة هنا في دمشق.",  # هنا (here) ≠ هنّأ
    "توقف سامر الخطيب عن الكلام.",  # توقف (stopped)
    "أحرز مهاجم حركة النصر هدفا.",  # مهاجم (a striker)
    "حقق سامر الخطيب نتائج جيدة في الامتحان.",  # تحقيق/حقق (achieve)
    "افتتح سامر الخطيب مول دمشق الجديد.",  # مول (a mall)
    "ولد سامر الخطيب في دمشق.",
    "وقال طالب يدرس في دمشق إن الامتحان صعب.",  # طالب (a student): demanding takes بـ
    "وفاز طالب جامعي سوري بالمركز الأول في دمشق.",  # a student, even with بـ after
    "وأقر البرلمان القانون بأغلبية كبيرة.",  # أقر (passed a law), not admitting
])
def test_false_friends_are_no_event(sentence: str) -> None:
    _, evs = _events(sentence)
    assert evs == [], [(e.type, e.trigger.text) for e in evs]


@pytest.mark.parametrize("word", ["وزارة", "وزارته", "رحلة", "حملة", "طلبة", "طالبة", "لوحة", "ضربة", "فجر",
                                  "ثمن", "هنا", "وهنا", "قاطع", "تقاطع", "نسق", "علق", "توقف", "صادر",
                                  "فائدة", "مهاجم", "تسمم", "تدافع", "مول", "مدينة", "تحقيق", "نداء",
                                  "عمله", "صادق", "اثني", "معتصم"])
def test_frequent_words_are_not_triggers(word: str) -> None:
    toks = tokenize(word)
    found = trigger_matcher().match_at(toks, 0, accept_prefix)
    # (a few are triggers only with the word they need after them: "تقاطع … الانتخابات")
    assert found is None or found.payload.needs


@pytest.mark.parametrize("etype", ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT",
                                   "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT",
                                   "SANCTION", "SUPPORT", "THREATEN"])
def test_every_type_has_passing_cases(etype: str) -> None:
    plain = [c for c in CASES if not hasattr(c, "marks")]
    assert sum(1 for c in plain if c[1] == etype) >= 3


def test_sending_presenting_and_deploying_need_what_is_sent() -> None:
    doc = build("نشرت الولايات المتحدة حاملة طائرات في البحر المتوسط.", [("GPE", "الولايات المتحدة", [])])
    assert names(only(doc, "MOBILIZE").actor, doc) == ["الولايات المتحدة"]
    doc = build("نشرت الوزارة بيانا على موقعها.", [])
    assert extract_events(doc) == []
    doc = build("قدمت السعودية 500 مليون دولار مساعدات إلى اليمن.", [("GPE", "السعودية", []), ("GPE", "اليمن", [])])
    assert names(only(doc, "AID").actor, doc) == ["السعودية"]
    doc = build("قدم الوزير عرضا عن الخطة.", [])
    assert extract_events(doc) == []


def test_joint_exercises_are_cooperation() -> None:
    doc = build("أجرت مصر والسعودية مناورات بحرية مشتركة في البحر الأحمر.", [("GPE", "مصر", []), ("GPE", "السعودية", [])])
    assert names(only(doc, "COOPERATE").actor, doc) == ["مصر", "السعودية"]


def test_idioms_sport_and_traffic_are_no_political_events() -> None:
    assert extract_events(build("ضرب الوزير مثلا بتجربة سنغافورة.", [])) == []
    assert extract_events(build("شن المنتخب المغربي هجوما مكثفا في الدقائق الأخيرة.", [])) == []
    assert extract_events(build("انسحب اللاعب الجزائري من البطولة بسبب إصابة.", [])) == []
    assert extract_events(build("ضربت الأزمة الاقتصادية قطاع السياحة بقوة.", [])) == []


def test_withdrawing_troops_house_arrest_and_passive_assassination() -> None:
    doc = build("ستسحب فرنسا آخر جنودها من النيجر.", [("GPE", "فرنسا", []), ("GPE", "النيجر", [])])
    ev = only(doc, "RETREAT")
    assert names(ev.actor, doc) == ["فرنسا"] and ev.modality == "future"
    doc = build("وضعت السلطات الزعيمة المعارضة قيد الإقامة الجبرية.", [])
    assert names(only(doc, "COERCE").actor, doc) == ["السلطات"]
    doc = build("اغتيل صحفي محلي بالرصاص أمام منزله.", [])
    assert only(doc, "ASSAULT").actor == ()


def test_forms_that_are_other_words_and_fire_as_subject_are_no_events() -> None:
    assert extract_events(build("خصصت البلدية فضاء رحبا لممارسة الأنشطة الثقافية.", [])) == []
    assert extract_events(build("التقط شابان صورة أمام منزل تسيطر عليه النيران.", [])) == []
    assert extract_events(build("وسيستقبل المسجد المصلين من مختلف الطوائف.", [])) == []


def test_an_exhibitor_a_claim_and_an_exploding_phone_are_no_events() -> None:
    assert extract_events(build("شارك في المعرض 120 عارضا من تونس.", [])) == []
    assert extract_events(build("أنتم تدعون أننا لا نعرف شيئا.", [])) == []
    assert extract_events(build("كشفت الشركة سبب انفجار هواتف غالاكسي.", [])) == []
    doc = build("قتل ثلاثة أشخاص في انفجار سيارة مفخخة.", [])
    assert {e.type for e in extract_events(doc)} == {"ASSAULT"}


def test_space_launches_weather_and_figurative_storming_are_no_events() -> None:
    assert extract_events(build("أطلقت الهند صاروخا يحمل قمرا صناعيا للاتصالات.", [("GPE", "الهند", [])])) == []
    assert extract_events(build("حاصرت الثلوج مئات السيارات على الطريق السريع.", [])) == []
    assert extract_events(build("اقتحم المغني عالم التمثيل بفيلم جديد.", [])) == []
    doc = build("أطلقت الحركة صواريخ على المدينة.", [])
    assert [e.type for e in extract_events(doc)] == ["ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "وانسحب اللاعب سامر الخطيب من معسكر المنتخب بسبب إصابة عضلية.",
    "وتوصل نادي النصر إلى اتفاق مع نادي دمشق لضم اللاعب على سبيل الإعارة.",
    "وتواصل انسحاب المستثمرين الأجانب من سوق السندات وسط مخاوف من خفض قيمة العملة.",
    "ويروي الفيلم الجديد للمخرجة ليلى حداد لقاء مؤثرا بين أم وابنها.",
    "ويستقبل مطار دمشق الدولي أكثر من مليون مسافر أسبوعيا.",
    "وتتواصل تظاهرة حلب عاصمة للثقافة العربية حتى نهاية الشهر.",  # a festival, in Maghreb usage
    "وقالت ليلى حداد إنها تعمل معنا منذ تسع سنوات.",  # a job, not cooperation
])
def test_sport_is_no_political_event(sentence: str) -> None:
    _, evs = _events(sentence)
    assert evs == [], [(e.type, e.trigger.text) for e in evs]


def test_what_a_ministry_does_about_a_match_stays_an_event() -> None:
    doc = build("واستنكرت وزارة الخارجية سلوك بعض المشجعين خلال المباراة.", [("ORG", "وزارة الخارجية", [])])
    assert names(only(doc, "ACCUSE").actor, doc) == ["وزارة الخارجية"]


def test_a_national_team_walking_out_in_protest_and_a_minister_at_a_festival_stay_events() -> None:
    _, evs = _events("وانسحب الفريق العراقي من المباراة احتجاجا على الهتافات.")
    assert [e.type for e in evs] == ["PROTEST"]
    doc = build("والتقى وزير الثقافة سامر الخطيب ليلى حداد على هامش المهرجان.", [SAMER, LAYLA])
    assert names(only(doc, "CONSULT").actor, doc) == ["سامر الخطيب"]


def test_saving_a_deal_is_backing_it_not_aid() -> None:
    doc = build("وأكدت روسيا أنها ستقوم بكل ما يلزم لإنقاذ الاتفاق النووي.", [("GPE", "روسيا", [])],
                quotes=[("ستقوم بكل ما يلزم لإنقاذ الاتفاق النووي", "وأكدت", "e1", "روسيا")])
    ev = only(doc, "SUPPORT")
    assert ev.trigger.text.endswith("إنقاذ") and ev.modality == "future"
    # the deal further on is not what is saved
    doc = build("وقدمت الأمم المتحدة مساعدات إنسانية للنازحين بموجب الاتفاق.", [("ORG", "الأمم المتحدة", [])])
    assert [e.type for e in extract_events(doc)] == ["AID"]


def test_declared_readiness_to_cooperate_is_an_intent_to_agree() -> None:
    doc = build('وأضاف ترودو أن كندا "مستعدة للمساهمة في هذا التحقيق".', [("PER", "ترودو", []), ("GPE", "كندا", [])])
    ev = only(doc, "AGREE")
    assert names(ev.actor, doc) == ["كندا"] and ev.modality == "asserted"
    # readiness for a fight is no agreement
    doc = build("وقال إن الجيش مستعد للرد على أي هجوم.", [])
    assert not [e for e in extract_events(doc) if e.type == "AGREE"]
