"""Dates stage: span finding on hand-written Arabic and resolution against the publication date."""

from __future__ import annotations

import pytest

from marsad.dates import find_dates
from marsad.dates.find import VETO, _matches, _parse
from marsad.dates.folding import fold_text
from marsad.dates.lexicon import lexicon
from marsad.dates.patterns import date_regex
from marsad.model import Document, Meta, Sentence
from marsad.registry import get
from marsad.text import split_sentences


def pairs(text: str, published: str | None) -> list[tuple[str, str | None]]:
    """(text, value) of every date found."""
    return [(f.text, f.value) for f in find_dates(text, published)]


def one(text: str, published: str | None) -> tuple[str, str | None, str | None]:
    """The single date found in ``text``."""
    found = find_dates(text, published)
    assert len(found) == 1, found
    f = found[0]
    assert text[f.start:f.end] == f.text
    return f.text, f.value, f.resolution


# --- resolution table -------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # weekdays: most recent on or before publication, across month and year ends
    ("وقال الثلاثاء الماضي إن", "2026-01-01", ("الثلاثاء الماضي", "2025-12-30", "day")),
    ("أعلنت الوزارة الجمعة أن", "2025-01-02", ("الجمعة", "2024-12-27", "day")),
    ("وصل الوفد الأحد إلى", "2024-03-03", ("الأحد", "2024-03-03", "day")),
    ("وقال الاثنين إن", "2024-03-01", ("الاثنين", "2024-02-26", "day")),
    ("ستعقد القمة الخميس المقبل في", "2025-12-30", ("الخميس المقبل", "2026-01-01", "day")),
    ("ولم يرد حتى يوم الأحد الماضي", "2025-10-12", ("يوم الأحد الماضي", "2025-10-05", "day")),
    # a future verb sends a bare weekday forward
    ("قالت إن المعبر سيُعاد فتحه يوم الاثنين.", "2018-10-14", ("يوم الاثنين", "2018-10-15", "day")),
    ("وأغلق المعبر يوم الاثنين.", "2018-10-14", ("يوم الاثنين", "2018-10-08", "day")),
    # relative days
    ("وقال أمس إن", "2024-03-01", ("أمس", "2024-02-29", "day")),
    ("ويصل الوفد غداً إلى", "2024-12-31", ("غداً", "2025-01-01", "day")),
    ("وقع الحادث أول أمس", "2025-03-01", ("أول أمس", "2025-02-27", "day")),
    ("التقى الرئيسان في موسكو، اليوم الأربعاء، ضمن زيارة", "2025-10-15",
     ("اليوم الأربعاء", "2025-10-15", "day")),
    ("وأعلن أمس الثلاثاء أنه", "2018-05-02", ("أمس الثلاثاء", "2018-05-01", "day")),
    ("وقعت الاشتباكات مساء أمس قرب الحدود", "2025-10-15", ("مساء أمس", "2025-10-14", "day")),
    ("تدخل الهدنة حيز التنفيذ الساعة الثامنة مساء اليوم بالتوقيت المحلي", "2018-07-14",
     ("الساعة الثامنة مساء اليوم", "2018-07-14", "day")),
    # periods
    ("ويعقد المؤتمر الأسبوع المقبل", "2025-10-29", ("الأسبوع المقبل", "2025-11", "month")),
    ("واستقال الأسبوع الماضي", "2025-10-03", ("الأسبوع الماضي", "2025-09", "month")),
    ("وقال الشهر الماضي إن", "2025-01-10", ("الشهر الماضي", "2024-12", "month")),
    ("وجرت الانتخابات العام الماضي", "2025-01-10", ("العام الماضي", "2024", "year")),
    ("ويبدأ التطبيق مطلع الشهر الجاري", "2025-01-10", ("مطلع الشهر الجاري", "2025-01", "month")),
    ("وطالب بانتخابات قبل نهاية العام.", "2018-05-22", ("نهاية العام", "2018-12", "month")),
    ("بدأ الاعتصام منذ ثلاثة أيام", "2024-03-02", ("منذ ثلاثة أيام", "2024-02-28", "day")),
    ("وصل قبل يومين إلى العاصمة", "2024-03-01", ("قبل يومين", "2024-02-28", "day")),
    # explicit dates
    ("وقع الاتفاق في 15 أكتوبر 2025 في موسكو", None, ("15 أكتوبر 2025", "2025-10-15", "day")),
    ("وقع الاتفاق في 15 تشرين الأول/أكتوبر 2025", None,
     ("15 تشرين الأول/أكتوبر 2025", "2025-10-15", "day")),
    ("وقع الاتفاق في ١٥ أكتوبر ٢٠٢٥ في موسكو", None, ("١٥ أكتوبر ٢٠٢٥", "2025-10-15", "day")),
    ("صدر القرار بتاريخ 2025/10/15 عن", None, ("2025/10/15", "2025-10-15", "day")),
    ("صدر القرار بتاريخ 15-10-2025 عن", None, ("15-10-2025", "2025-10-15", "day")),
    ("وفاز مادورو للمرة الأولى في 2013 في انتخابات", None, ("في 2013", "2013", "year")),
    ("منذ سقوط النظام في عام 2011.", None, ("عام 2011", "2011", "year")),
    ("وقعت الحادثة في مايو/أيار 2013.", None, ("مايو/أيار 2013", "2013-05", "month")),
    ("في كانون الأول/ديسمبر 2017، أعلن", None, ("كانون الأول/ديسمبر 2017", "2017-12", "month")),
    # Hijri
    ("يبدأ الصيام في 15 رمضان 1446 حسب", None, ("15 رمضان 1446", "2025-03-15", "day")),
    ("خلال شهر رمضان 1446 هـ", None, ("شهر رمضان 1446 هـ", "2025-03", "month")),
    # months without a year: modifier, tense, else the past unless the coming one is much nearer
    ("سيطرت القوات على المنطقة في يوليو/تموز الماضي خلال", "2018-10-14",
     ("يوليو/تموز الماضي", "2018-07", "month")),
    ("وأعلن استقالته في 4 تشرين الثاني/نوفمبر الماضي من", "2018-05-29",
     ("4 تشرين الثاني/نوفمبر الماضي", "2017-11-04", "day")),
    ("قال قادة إنهم سيجرون محادثات في فبراير/ شباط بشأن الهجرة", "2018-10-19",
     ("فبراير/ شباط", "2019-02", "month")),
    ("وأعد الخطة قادة الاتحاد في يونيو/ حزيران", "2018-10-19", ("يونيو/ حزيران", "2018-06", "month")),
    ("أعلن في السادس من كانون الأول/ديسمبر الفائت", "2018-03-20",
     ("السادس من كانون الأول/ديسمبر الفائت", "2017-12-06", "day")),
    ("حدد يوم 15 جوان آخر أجل", "2017-04-16", ("15 جوان", "2017-06-15", "day")),
    ("وأصدر قراره في 3 سبتمبر", "2017-01-16", ("3 سبتمبر", "2016-09-03", "day")),
    ("وكانت أثينا وسكوبيي وقعتا في منتصف حزيران/يونيو اتفاقاً", "2018-07-11",
     ("منتصف حزيران/يونيو", "2018-06", "month")),
])
def test_resolution_table(text: str, published: str | None, expected: tuple[str, str, str]) -> None:
    assert one(text, published) == expected


def test_published_datetime_and_day_first_forms() -> None:
    assert one("وقال أمس إن", "2025-10-15T21:43:00+01:00")[1] == "2025-10-14"
    assert one("وقال أمس إن", "15/10/2025")[1] == "2025-10-14"


def test_unresolved_without_published() -> None:
    found = find_dates("وقال أمس إن الاجتماع الأسبوع المقبل، كما حدث في عام 2011.", None)
    assert [(f.text, f.value, f.resolution) for f in found] == [
        ("أمس", None, None), ("الأسبوع المقبل", None, None), ("عام 2011", "2011", "year")]


def test_same_month_named_earlier_keeps_its_year() -> None:
    text = "استقال في 4 تشرين الثاني/نوفمبر الماضي ثم زار ماكرون الرياض في 9 تشرين الثاني/نوفمبر."
    assert pairs(text, "2018-05-29")[1] == ("9 تشرين الثاني/نوفمبر", "2017-11-09")


def test_same_day_anaphora_takes_the_previous_date() -> None:
    text = "رست السفينة في ميناء صقلية السبت. وفي اليوم ذاته، احتجزت السلطات قارباً آخر."
    assert pairs(text, "2018-06-10") == [("السبت", "2018-06-09"), ("في اليوم ذاته", "2018-06-09")]


# --- spans ----------------------------------------------------------------------------------

def test_spans_leave_proclitics_out() -> None:
    text = "وأمس قال الوزير إن الخطة ستنفذ بحلول العام المقبل، ويوم الجمعة وصل الوفد."
    assert pairs(text, "2025-10-15") == [
        ("أمس", "2025-10-14"), ("العام المقبل", "2026"), ("يوم الجمعة", "2025-10-10")]


def test_span_keeps_diacritics_of_its_last_letter() -> None:
    text = "يصل الوفدُ غداً."
    f = find_dates(text, "2025-10-15")[0]
    assert (f.text, f.end) == ("غداً", len(text) - 1)


def test_weekday_with_date_is_one_expression() -> None:
    assert pairs("وأعاد الرئيس الخميس 24 مايو/أيار تكليف الحريري", "2018-05-29") == [
        ("الخميس 24 مايو/أيار", "2018-05-24")]
    assert pairs("بداية من اليوم الإثنين 6 فيفري 2017 وإلى", "2017-02-06") == [
        ("اليوم الإثنين 6 فيفري 2017", "2017-02-06")]


def test_bare_years_need_a_particle_and_keep_it() -> None:
    assert pairs("تدعم روسيا الحكومة عسكريا منذ 2015.", None) == [("منذ 2015", "2015")]
    assert pairs("قتل 2015 شخصا", None) == []
    assert pairs("استقبلت المدينة في 2000 شخص", None) == []


@pytest.mark.parametrize("text", [
    "استمرت المفاوضات 48 ساعة متواصلة",
    "بقي في السجن لأكثر من ثلاث سنوات",
    "يعيش في المنفى منذ سنوات",
    "يعيش في المنفى منذ ثلاث سنوات",
    "الوضع الآن هادئ وتحسن مؤخراً",
    "قال الأمين العام للأمم المتحدة",
    "مارس الضغط على الحكومة",
    "قبل يومين من الانتخابات",
    "تونس لن تتضرر برحيلهما الاثنين.",
    "يفتح المكتب أيام الاثنين والثلاثاء والخميس",
    "الدول الأحد عشر",
    "نقلت قناة روسيا اليوم الخبر",
    "في اليوم التالي للاتفاق",
    "تقام المباراة في ملعب 15 أكتوبر ببنزرت",
    "أجرى تعديلات على المستقبل",
])
def test_no_date(text: str) -> None:
    assert find_dates(text, "2025-10-15") == []


def test_bare_today_with_its_particle() -> None:
    assert pairs("لا تزال مجهولة لغاية اليوم.", "2018-05-29") == [("لغاية اليوم", "2018-05-29")]
    assert pairs("منذ الصباح يتوافد الناخبون", "2018-03-02") == [("منذ الصباح", "2018-03-02")]


def test_anchored_search_equals_full_scan() -> None:
    # The anchor prefilter is an optimisation only: it must find what a full regex scan finds.
    lx = lexicon()
    rx = date_regex()
    text = ("وفي 2015 قال أمس الثلاثاء إن الاجتماع الساعة 8:30 مساء يوم الجمعة الثلاثين من شهر شعبان "
            "سيعقد في 14 و15 ديسمبر 2016، ثم في العاشر من أيار/مايو الماضي ونهاية عام 2018 "
            "ومطلع هذا الأسبوع وقبل ثلاثة أسابيع و2025/10/15 وفي نفس اليوم.")
    s = fold_text(text).text
    full, pos = [], 0
    while (m := rx.search(s, pos)) is not None:
        p = _parse(m, s, lx)
        if p is VETO:
            pos = m.end()
            continue
        if p is None:
            pos = m.start() + 1
            continue
        full.append((p[1], p[2]))
        pos = m.end()
    assert [(a, b) for _, a, b in _matches(s, lx)] == full
    assert len(full) >= 10


# --- the stage ------------------------------------------------------------------------------

def test_stage_emits_every_occurrence_with_valid_spans() -> None:
    text = "قال الرئيس اليوم الأربعاء إن الوفد وصل أمس. وأكد اليوم الأربعاء أن المحادثات ستستمر."
    doc = Document(text=text, meta=Meta(published="2025-10-15"),
                   sentences=tuple(Sentence(a, b) for a, b in split_sentences(text)))
    out = get("dates").build()(doc)
    assert [(d.text, d.value, d.stage) for d in out.dates] == [
        ("اليوم الأربعاء", "2025-10-15", "dates.rules.v1"),
        ("أمس", "2025-10-14", "dates.rules.v1"),
        ("اليوم الأربعاء", "2025-10-15", "dates.rules.v1"),
    ]
    assert all(text[d.start:d.end] == d.text for d in out.dates)
