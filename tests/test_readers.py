"""Readers: decoding, bad-input errors, HTML pages, JSONL batches and publication dates."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    NoArticleError,
    NotArabicError,
    RecordError,
    TooLargeError,
)
from marsad.readers import from_bytes, from_html, from_text, iter_jsonl, read_path
from marsad.readers.dates import date_from_text, date_from_url, iso_date

AR = "أعلنت وزارة الخارجية اليوم الأربعاء أنها استدعت السفير لبحث الأزمة بين البلدين."
PAGE = """<!doctype html><html><head><title>استدعاء السفير - موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار"><meta name="author" content="سارة أحمد">
<meta property="article:published_time" content="2024-03-05T09:30:00+02:00"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/w">العالم</a></nav>
<article><h1>استدعاء السفير</h1>
<p>بيروت - (رويترز) - أعلنت وزارة الخارجية اليوم الثلاثاء أنها استدعت السفير لبحث الأزمة المتصاعدة بين البلدين منذ أسابيع.</p>
<figure><img src="x.jpg"><figcaption>مبنى وزارة الخارجية في بيروت</figcaption></figure>
<p>وقال المتحدث باسم الوزارة إن الحكومة تنتظر توضيحات رسمية بشأن التصريحات الأخيرة التي أثارت غضبا واسعا.</p>
<p>اقرأ أيضاً: الحكومة تبحث الأزمة</p>
<div class="social-share">شارك فيسبوك تويتر واتساب</div></article>
<footer>جميع الحقوق محفوظة 2024</footer></body></html>"""


# ---- plain text and bytes ---------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "iso-8859-6", "utf-16"])
def test_encodings_are_detected(encoding: str) -> None:
    assert from_bytes(AR.encode(encoding)).text == AR


def test_cp1256_with_latin_and_digits() -> None:
    text = "قال الرئيس في مؤتمر صحفي عقده في باريس إن 50 شخصا (AFP) قتلوا."
    assert from_bytes(text.encode("cp1256")).text == text


def test_newlines_are_normalised() -> None:
    doc = from_bytes(f"{AR}\r\n{AR}\r{AR}".encode())
    assert doc.text == f"{AR}\n{AR}\n{AR}"
    assert doc.layers == ("raw",)


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", "\u00a0\n".encode()])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError) as exc:
        from_bytes(data)
    assert str(exc.value).startswith("E101:")


def test_binary_input() -> None:
    with pytest.raises(BinaryInputError) as exc:
        from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert exc.value.code == "E103"
    with pytest.raises(BinaryInputError):
        from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50 + AR.encode())


def test_undecodable_bytes() -> None:
    with pytest.raises(EncodingError) as exc:
        from_bytes(bytes(range(0x80, 0xC0)) * 10)
    assert exc.value.code == "E102"
    with pytest.raises(EncodingError):
        from_bytes(b"\xef\xbb\xbf\xff\xfe\xfd broken")


def test_not_arabic_names_the_language() -> None:
    with pytest.raises(NotArabicError) as exc:
        from_text("The foreign ministry summoned the ambassador on Wednesday over the crisis.")
    assert exc.value.code == "E106" and "English" in str(exc.value)
    with pytest.raises(NotArabicError) as exc:
        from_text("12345 67890 !!!")
    assert "\n" not in str(exc.value)


def test_persian_is_not_arabic() -> None:
    with pytest.raises(NotArabicError, match="Persian"):
        from_text("وزارت امور خارجه ایران روز چهارشنبه سفیر را احضار کرد و گفت که این کشور پاسخ خواهد داد.")


def test_arabic_with_english_names_is_accepted() -> None:
    doc = from_text("قال الرئيس Emmanuel Macron في حديث لصحيفة Le Monde إن فرنسا لن تتراجع عن موقفها.")
    assert doc.text.startswith("قال")


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # a sparse 50 MB file: cheap to make, never read
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(TooLargeError) as exc:
        list(read_path(big))
    msg = str(exc.value)
    assert msg.startswith("E104:") and "50.0 MB" in msg and "10.0 MB" in msg and "\n" not in msg


def test_size_limit_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    data = AR.encode() * 3
    with pytest.raises(TooLargeError, match="100 bytes"):
        from_bytes(data, max_bytes=100)
    assert from_bytes(data, max_bytes=10_000).text
    monkeypatch.setenv("MARSAD_MAX_BYTES", "50")
    with pytest.raises(TooLargeError):
        from_text(AR)


def test_read_path_text_and_missing(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(AR.encode("cp1256"))
    (doc,) = list(read_path(p))
    assert doc.text == AR
    with pytest.raises(InputError):
        list(read_path(tmp_path / "missing.txt"))


def test_from_text_meta_and_url_date() -> None:
    doc = from_text(AR, title=" عنوان ", url="https://site.example/ar/2025/10/15/x-y", source="س",
                    doc_id="d1")
    assert doc.meta.title == "عنوان" and doc.meta.published == "2025-10-15"
    assert doc.meta.source == "س" and doc.meta.doc_id == "d1"
    assert from_text(AR, published="2017-01-20T21:43:00+01:00").meta.published == "2017-01-20"


# ---- dates ----------------------------------------------------------------------------------
def test_dates() -> None:
    assert iso_date("2025/10/15") == "2025-10-15"
    assert iso_date("15-10-2025") == "2025-10-15"
    assert iso_date("٢٠٢٥-١٠-١٥") == "2025-10-15"
    assert iso_date("2025-02-30") is None and iso_date("soon") is None
    assert date_from_url("https://x.com/news/2025/10/15/story") == "2025-10-15"
    assert date_from_url("https://x.com/a/20240305-story.html") == "2024-03-05"
    assert date_from_url("https://x.com/a/story-123456") is None
    assert date_from_text("نشر في الأربعاء 15 تشرين الأول/أكتوبر 2025 - 10:30") == "2025-10-15"
    assert date_from_text("آخر تحديث: ٥ مارس ٢٠٢٤") == "2024-03-05"
    assert date_from_text("تونس في 12/03/2017 - أعلنت الوزارة") == "2017-03-12"
    assert date_from_text("لا تاريخ هنا") is None


# ---- HTML -----------------------------------------------------------------------------------
def test_html_page_body_meta_and_furniture() -> None:
    doc = from_html(PAGE, url="https://news.example/world/2024/03/05/ambassador")
    assert doc.meta.title == "استدعاء السفير"
    assert doc.meta.byline == "سارة أحمد"
    assert doc.meta.published == "2024-03-05"
    assert doc.meta.source == "موقع الأخبار"
    assert "وقال المتحدث باسم الوزارة" in doc.text
    assert "الرئيسية" not in doc.text and "جميع الحقوق" not in doc.text
    assert "مبنى وزارة الخارجية في بيروت" not in doc.text
    assert [r.text for r in doc.removed] == ["مبنى وزارة الخارجية في بيروت"]


def test_html_bytes_with_charset() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1256">')
    doc = from_html(page.encode("cp1256"))
    assert "وقال المتحدث" in doc.text


def test_html_date_from_url_then_visible_dateline() -> None:
    body = "<p>" + AR + " " + AR + "</p>"
    page = f"<html><head><title>خبر</title></head><body><article>{body}</article></body></html>"
    assert from_html(page, url="https://n.example/2023/07/09/x").meta.published == "2023-07-09"
    visible = page.replace("<article>", '<article><time datetime="2022-11-03">3 نوفمبر</time>')
    assert from_html(visible).meta.published == "2022-11-03"
    dateline = page.replace("<article>", "<article><p>نشر في 4 مايو 2021</p>")
    assert from_html(dateline).meta.published == "2021-05-04"


def test_html_fallback_when_trafilatura_finds_nothing() -> None:
    page = f"<html><body><div><p>{AR}</p><p>{AR.replace('اليوم', 'أمس')}</p></div></body></html>"
    doc = from_html(page)
    assert AR in doc.text


@pytest.mark.parametrize("page", [
    "<html><head><title>x</title></head><body><nav>الرئيسية</nav></body></html>",
    "<html><body><script>var a = 1;</script></body></html>",
])
def test_html_without_article(page: str) -> None:
    with pytest.raises(NoArticleError) as exc:
        from_html(page)
    assert exc.value.code == "E105"


def test_html_not_arabic() -> None:
    page = "<html><body><article><p>" + "The ministry said on Monday that talks will resume. " * 5 + "</p></article></body></html>"
    with pytest.raises(NotArabicError):
        from_html(page)


def test_read_path_sniffs_html(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (doc,) = list(read_path(p))
    assert doc.meta.title == "استدعاء السفير"


# ---- JSONL ----------------------------------------------------------------------------------
def _jsonl(tmp_path: Path, lines: list[str], name: str = "batch.jsonl") -> Path:
    p = tmp_path / name
    data = ("\n".join(lines) + "\n").encode()
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return p


def test_jsonl_good_and_bad_records(tmp_path: Path) -> None:
    good = {"id": "a1", "text": AR, "published": "2018-05-16T10:00:00+03:00", "url": "u",
            "title": "عنوان", "source": "العربية"}
    p = _jsonl(tmp_path, [
        json.dumps(good, ensure_ascii=False),
        '{"id": "a2", "text": "نص',                       # broken line
        json.dumps({"id": "a3", "published": "2018-01-01"}),  # no text/html
        "",
        json.dumps({"id": "a4", "html": PAGE}, ensure_ascii=False),
        json.dumps({"id": "a5", "text": "English only text here, nothing Arabic."}),
        json.dumps(["not", "an", "object"]),
    ])
    items = list(iter_jsonl(p))
    assert len(items) == 6
    doc = items[0]
    assert not isinstance(doc, Exception)
    assert doc.meta.doc_id == "a1" and doc.meta.title == "عنوان" and doc.meta.published == "2018-05-16"
    assert doc.meta.source == "العربية" and doc.layers == ("raw",)
    errs = [i for i in items if isinstance(i, RecordError)]
    assert [e.line for e in errs] == [2, 3, 6, 7]  # type: ignore[attr-defined]
    assert all(str(e).startswith("E107: line ") for e in errs)
    assert "id a3" in str(errs[1]) and "E106" in str(errs[2])
    assert not isinstance(items[3], Exception) and items[3].meta.title == "استدعاء السفير"


def test_jsonl_gz_and_read_path_modes(tmp_path: Path) -> None:
    p = _jsonl(tmp_path, [json.dumps({"id": "x", "text": AR}, ensure_ascii=False), "{oops"],
               name="b.jsonl.gz")
    items = list(read_path(p, on_error="yield"))
    assert len(items) == 2 and isinstance(items[1], RecordError)
    with pytest.raises(RecordError, match="line 2"):
        list(read_path(p))
