"""Clean stage: title, subtitle, byline, dateline, repeated paragraphs and page furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.model import Document, Meta, Removed
from marsad.pipeline import Pipeline
from marsad.readers import from_text

P1 = "أعلنت وزارة الخارجية اليوم الأربعاء أنها استدعت السفير لبحث الأزمة المتصاعدة بين البلدين منذ أسابيع."
P2 = "وقال المتحدث باسم الوزارة إن الحكومة تنتظر توضيحات رسمية بشأن التصريحات الأخيرة التي أثارت غضبا واسعا."
P3 = "وأضاف أن \"الحوار يبقى الخيار الأول\" لكن بلاده لن تقبل أي تدخل في شؤونها الداخلية."


@pytest.fixture(scope="module")
def clean() -> Pipeline:
    return Pipeline.build(["clean"])


def run(clean: Pipeline, text: str, **meta: str) -> Document:
    return clean(Document(text=text, meta=Meta(**meta), layers=("raw",)))


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in doc.removed]


def test_title_subtitle_byline(clean: Pipeline) -> None:
    text = f"الخارجية تستدعي السفير\nالأزمة بين البلدين تتصاعد بعد تصريحات الوزير\nكتب: محمد علي\n{P1}\n{P2}\n"
    doc = run(clean, text)
    assert doc.meta.title == "الخارجية تستدعي السفير"
    assert doc.meta.subtitle == "الأزمة بين البلدين تتصاعد بعد تصريحات الوزير"
    assert doc.meta.byline == "محمد علي"
    assert doc.text == f"{P1}\n{P2}"
    assert [k for k, _ in kinds(doc)] == ["title", "subtitle", "byline"]
    assert all(r.stage == "clean.rules.v1" for r in doc.removed)


@pytest.mark.parametrize("line,name", [
    ("فريق التحرير", "فريق التحرير"),
    ("بقلم: سارة أحمد", "سارة أحمد"),
    ("بقلم سارة أحمد", "سارة أحمد"),
    ("تحرير: خالد يوسف", "خالد يوسف"),
    ("إعداد - ليلى حسن", "ليلى حسن"),
])
def test_byline_forms(clean: Pipeline, line: str, name: str) -> None:
    doc = run(clean, f"عنوان الخبر هنا\n{line}\n{P1}\n{P2}")
    assert doc.meta.byline == name
    assert ("byline", line) in kinds(doc)
    assert doc.text == f"{P1}\n{P2}"


def test_body_first_line_ending_with_period_is_no_title(clean: Pipeline) -> None:
    doc = run(clean, f"{P1}\n{P2}")
    assert doc.meta.title is None and doc.text == f"{P1}\n{P2}" and not doc.removed


def test_lead_paragraph_is_no_subtitle(clean: Pipeline) -> None:
    lead = "أعلنت الحكومة، في بيان رسمي صدر مساء الثلاثاء، عن خطة جديدة"
    doc = run(clean, f"عنوان قصير\n\n{lead}\n{P2}")
    assert doc.meta.subtitle is None and doc.text == f"{lead}\n{P2}"


def test_single_line_is_kept(clean: Pipeline) -> None:
    doc = run(clean, "خبر عاجل من العاصمة")
    assert doc.text == "خبر عاجل من العاصمة" and doc.meta.title is None


def test_meta_title_is_not_replaced(clean: Pipeline) -> None:
    doc = run(clean, f"سطر قصير بلا نقطة\n{P1}", title="العنوان من الصفحة")
    assert doc.meta.title == "العنوان من الصفحة"
    assert doc.text.startswith("سطر قصير بلا نقطة")
    same = run(clean, f"العنوان من الصفحة\n{P1}", title="العنوان من الصفحة")
    assert same.text == P1 and kinds(same) == [("title", "العنوان من الصفحة")]


@pytest.mark.parametrize("prefix,agency", [
    ("دمشق - (سانا) -", "سانا"),
    ("بيروت (رويترز) -", "رويترز"),
    ("القاهرة - رويترز:", "رويترز"),
    ("(أ ف ب) -", "أ ف ب"),
    ("واشنطن، 15 أكتوبر (أ ف ب) -", "أ ف ب"),
])
def test_dateline_goes_to_removed(clean: Pipeline, prefix: str, agency: str) -> None:
    doc = run(clean, f"عنوان الخبر\n{prefix} {P1}\n{P2}")
    assert doc.text == f"{P1}\n{P2}"
    assert ("dateline", prefix) in kinds(doc)
    assert doc.meta.byline == agency


def test_parenthesis_at_start_is_not_a_dateline(clean: Pipeline) -> None:
    line = "قال الناطق باسم حركة المقاومة الإسلامية (حماس) إن الاتفاق صامد حتى الآن."
    odd = "الحركة (حماس) أعلنت أنها ستواصل الالتزام بالاتفاق حتى نهاية الشهر."
    assert run(clean, f"{line}\n{P2}").text == f"{line}\n{P2}"
    assert run(clean, f"عنوان\n{odd}\n{P2}").text == f"{odd}\n{P2}"


def test_duplicate_paragraphs(clean: Pipeline) -> None:
    near = P1.replace("اليوم الأربعاء", "الأربعاء")  # one token fewer: Jaccard >= 0.9
    doc = run(clean, f"{P1}\n{P1}\n{P2}\n{near}\n{P3}")
    assert doc.text == f"{P1}\n{P2}\n{P3}"
    assert kinds(doc) == [("duplicate_paragraph", P1), ("duplicate_paragraph", near)]


def test_short_repeated_lines_and_different_paragraphs_stay(clean: Pipeline) -> None:
    other = "أعلنت وزارة الداخلية اليوم الخميس أنها اعتقلت خمسة أشخاص في العاصمة بعد اشتباكات."
    text = f"وأضاف:\n{P3}\nوأضاف:\n{P2}\n{P1}\n{other}"
    assert run(clean, text).text == text


@pytest.mark.parametrize("line", [
    "مقالات قد تعجبك أيضاً",
    "اقرأ أيضاً: الحكومة تبحث الأزمة",
    "إقرأ أيضا",
    "اقرأ المزيد",
    "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.",
    "تابعونا على فيسبوك وتويتر",
    "شارك فيسبوك تويتر واتساب",
    "مصدر الصورة Getty Images",
    "-----------------",
    "_______________",
    "جميع الحقوق محفوظة © 2024",
])
def test_furniture_lines(clean: Pipeline, line: str) -> None:
    doc = run(clean, f"{P1}\n{line}\n{P2}")
    assert doc.text == f"{P1}\n{P2}"
    assert kinds(doc) == [("boilerplate", line)]


def test_read_also_list_links_are_dropped(clean: Pipeline) -> None:
    text = f"{P1}\n{P2}\nاقرأ أيضاً\nالحكومة تبحث الأزمة\nالسفير يغادر العاصمة\n"
    doc = run(clean, text)
    assert doc.text == f"{P1}\n{P2}"
    assert [k for k, _ in kinds(doc)] == ["boilerplate"] * 3


def test_story_lines_that_start_like_furniture_stay(clean: Pipeline) -> None:
    lines = [
        "شارك آلاف المتظاهرين في مسيرة حاشدة وسط العاصمة للمطالبة بالإفراج عن المعتقلين.",
        "إعلان الحكومة جاء بعد ساعات من اجتماع طارئ لمجلس الوزراء.",
        "تابعت الوزارة التطورات عن كثب وأصدرت بيانا مساء الأحد.",
    ]
    text = "\n".join([P1, *lines, P2])
    assert run(clean, text).text == text


def test_long_line_mentioning_read_also_stays(clean: Pipeline) -> None:
    long = "اقرأ أيضا " + f"{P1} {P2} {P3}"
    assert run(clean, f"{P1}\n{long}").text == f"{P1}\n{long}"


def test_trailing_credit_is_a_byline(clean: Pipeline) -> None:
    doc = run(clean, f"{P1}\n{P2}\nالمصدر: رويترز")
    assert doc.text == f"{P1}\n{P2}" and doc.meta.byline == "رويترز"


def test_blank_and_nbsp_lines_vanish(clean: Pipeline) -> None:
    doc = run(clean, f"{P1}\n\n \u00a0\n{P2}\n\u00a0\n")
    assert doc.text == f"{P1}\n{P2}" and not doc.removed


def test_reader_removals_are_kept(clean: Pipeline) -> None:
    raw = from_text(f"{P1}\n{P1}")
    raw = raw.with_(removed=raw.removed + (Removed("boilerplate", "x", "reader.html"),))
    doc = clean(raw)
    assert [r.stage for r in doc.removed] == ["reader.html", "clean.rules.v1"]
    assert doc.layers == ("raw", "clean") and doc.stages == ("clean.rules.v1",)


# ---- the dev set: every gold boilerplate line goes, every gold content string stays ------------
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles" / "dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev set not present")
def test_dev_set_boilerplate_removed_and_content_kept(clean: Pipeline) -> None:
    removed = total_bp = kept = total = 0
    for txt in sorted(DEV.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        raw = txt.read_text(encoding="utf-8")
        doc = clean(from_text(raw))
        assert doc.meta.title == gold["title"]
        for line in gold.get("boilerplate", []):
            total_bp += 1
            removed += line not in doc.text
        body = raw.split("\n", 1)[1]
        strings = {q["content"] for q in gold["quotes"]} | {v["evidence"] for v in gold["events"]}
        strings |= {d["text"] for d in gold.get("dates", [])}
        for e in gold["entities"]:
            strings |= {e["name"], *e.get("aliases", [])}
        for s in strings:
            if s and s in body:
                total += 1
                kept += s in doc.text
    assert removed == total_bp and total_bp >= 6
    assert kept == total and total > 1000


@pytest.mark.parametrize("text", [
    "دمشق-سانا\n{p1}\n{p2}",
    "عنوان الخبر\nدمشق-سانا\n{p1}\n{p2}",
    "عنوان الخبر\nدمشق-سانا {p1}\n{p2}",
])
def test_dateline_on_its_own_line(clean: Pipeline, text: str) -> None:
    doc = run(clean, text.format(p1=P1, p2=P2))
    assert doc.text == f"{P1}\n{P2}"
    assert ("dateline", "دمشق-سانا") in kinds(doc) and doc.meta.byline == "سانا"


def test_guillemet_dateline_and_bare_agency(clean: Pipeline) -> None:
    doc = run(clean, f"عنوان\nبيروت ـ «الشرق الأوسط»: {P1}")
    assert doc.text == P1 and kinds(doc)[-1] == ("dateline", "بيروت ـ «الشرق الأوسط»:")
    story = f"رويترز نقلت عن مصادر مطلعة أن الوفد وصل. {P1}"
    assert run(clean, f"عنوان\n{story}").text == story


def test_page_stamp_gives_publication_date(clean: Pipeline) -> None:
    doc = run(clean, f"عنوان الخبر\nآخر تحديث: 15/10/2025 - 10:30\n{P1}\n{P2}")
    assert doc.text == f"{P1}\n{P2}" and doc.meta.published == "2025-10-15"
    assert doc.meta.subtitle is None
    kept = run(clean, f"عنوان\n{P1}\nآخر تحديث: 15/10/2025", published="2024-01-01")
    assert kept.meta.published == "2024-01-01" and kept.text == P1
    story = "نشر في موقع الوزارة بيان مطول يشرح الموقف من الأزمة."
    assert run(clean, f"{P1}\n{story}").text == f"{P1}\n{story}"


def test_repeated_list_items_stay(clean: Pipeline) -> None:
    item = "-المعالج : ثماني النواة من كوالكوم فئة سناب دراغون 835 وهناك أيضا معالج آخر من الشركة ."
    text = f"{P1}\nمواصفات الهاتف الأول:\n{item}\nمواصفات الهاتف الثاني:\n{item}"
    assert run(clean, text).text == text


@pytest.mark.parametrize("line", [
    "لن يشتغل التطبيق على هواتف أندرويد القديمة، كما سيؤثر على الهواتف التي أصدرت بين 2010 و2011.",
    "يمكن تطبيق واتس كال إجراء مكالمات دولية عبر الهواتف القارة أو النقالة دون الحاجة إلى الإنترنت.",
])
def test_story_about_apps_stays(clean: Pipeline, line: str) -> None:
    assert run(clean, f"{P1}\n{line}").text == f"{P1}\n{line}"


def test_dateline_with_a_date_and_no_comma_is_cut() -> None:
    from marsad.pipeline import Pipeline
    from marsad.readers import from_text

    raw = from_text("عنوان الخبر\nعمان 18 آذار (بترا)- قال وزير الخارجية إن الحكومة ستعمل على تعزيز التعاون.")
    doc = Pipeline.build(["clean"])(raw)
    assert doc.text.startswith("قال وزير الخارجية")
    assert [r.text for r in doc.removed if r.kind == "dateline"] == ["عمان 18 آذار (بترا)-"]


def test_dateline_place_with_diacritics_is_cut() -> None:
    from marsad.pipeline import Pipeline
    from marsad.readers import from_text

    raw = from_text("عنوان الخبر\nعمّان - (بترا) - عقد وزير الخارجية اجتماعاً مع نظيره في العاصمة.")
    doc = Pipeline.build(["clean"])(raw)
    assert doc.text.startswith("عقد وزير الخارجية")
    assert any(r.kind == "dateline" for r in doc.removed)
