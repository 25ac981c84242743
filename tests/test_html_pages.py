"""Saved Arabic news pages (tests/fixtures/pages): marsad's HTML path vs trafilatura alone."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.readers import from_html
from marsad.readers.dates import date_from_text
from marsad.readers.html import _split_dateline

ROOT = Path(__file__).resolve().parents[1]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_html", ROOT / "benchmarks" / "bench_html.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_html"] = mod
    spec.loader.exec_module(mod)
    return mod


B = _bench()
PAGES = B.load_pages()
NAMES = [name for name, _, _ in PAGES]


@pytest.fixture(scope="module")
def marsad_out() -> dict[str, Any]:
    """marsad's output (reader + clean stage) on every page, computed once."""
    return {name: B.run_marsad(data, exp["url"]) for name, data, exp in PAGES}


def test_fixture_set_is_varied() -> None:
    assert 12 <= len(PAGES) <= 20
    encodings = {exp["encoding"] for _, _, exp in PAGES}
    assert "cp1256" in encodings
    for _, _, exp in PAGES:
        assert exp["body"] and exp["published"]


@pytest.mark.parametrize("name", NAMES)
def test_page_date(name: str, marsad_out: dict[str, Any]) -> None:
    exp = {n: e for n, _, e in PAGES}[name]
    assert marsad_out[name].date == exp["published"]


@pytest.mark.parametrize("name", NAMES)
def test_page_body_present_and_no_furniture(name: str, marsad_out: dict[str, Any]) -> None:
    exp = {n: e for n, _, e in PAGES}[name]
    out = marsad_out[name]
    whole = f" {B.norm(out.text)} "
    for para in exp["body"]:
        assert f" {B.norm(para)} " in whole, para[:60]
    for bit in exp["furniture"]:
        assert B.norm(bit) not in B.norm(out.text), bit
    s = B.score(out, exp)
    assert s.recall == 1.0 and s.precision == 1.0, (s, out.text)


def test_marsad_at_least_as_good_as_trafilatura() -> None:
    results = {name: {"trafilatura": B.score(B.run_trafilatura(data, exp["url"]), exp),
                      "marsad": B.score(B.run_marsad(data, exp["url"]), exp)}
               for name, data, exp in PAGES}
    tt, tm = B.totals(results, "trafilatura"), B.totals(results, "marsad")
    for metric in ("date", "recall", "precision", "f1"):
        assert tm[metric] >= tt[metric], (metric, tm, tt)


def test_score_penalises_furniture() -> None:
    exp = {"published": "2024-03-18", "body": ["قال الوزير إن الخطة جاهزة."], "optional": []}
    clean = B.score(B.Output("قال الوزير إن الخطة جاهزة.", "2024-03-18"), exp)
    noisy = B.score(B.Output("قال الوزير إن الخطة جاهزة.\nاقرأ أيضا: خبر آخر", "2024-03-17"), exp)
    assert clean.f1 == 1.0 and clean.date_ok
    assert noisy.precision == 0.5 and not noisy.date_ok


# ---- the rules on small hand-written pages ------------------------------------------------
STORY = ("أعلنت البلدية اليوم عن خطة جديدة لتنظيف الشواطئ العامة بمشاركة متطوعين من الأحياء "
         "القريبة، على أن تبدأ الأعمال مطلع الأسبوع المقبل.")
STORY2 = ("وقال مسؤول في البلدية إن الخطة تشمل توزيع حاويات إضافية وتنظيم حملات توعية في المدارس "
          "والأندية خلال أشهر الصيف.")


def _page(body: str, head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>خطة لتنظيف الشواطئ</title>{head}</head>"
            f"<body><h1>خطة لتنظيف الشواطئ</h1>{body}</body></html>")


def test_hijri_and_arabic_indic_dates() -> None:
    assert date_from_text("الأربعاء 10 رمضان 1445 هـ") == "2024-03-20"
    assert date_from_text("الأحد ١٧ آذار ٢٠٢٤") == "2024-03-17"
    assert date_from_text("1445/9/10 هـ") == "2024-03-20"
    assert date_from_text("في 3 شعبان من العام") is None


def test_visible_date_near_headline_beats_sidebar_dates() -> None:
    page = _page(f"<div class='meta'><span>12 أيار، 2023</span></div><p>{STORY}</p><p>{STORY2}</p>"
                 "<div class='sidebar'><span>1 كانون الثاني، 2022</span></div>")
    assert from_html(page).meta.published == "2023-05-12"


def test_dateline_prefix_and_line_leave_the_body() -> None:
    body, dl, src = _split_dateline(f"عمان 18 آذار (بترا)- {STORY}", None)
    assert body == STORY and src == "بترا" and dl and dl.startswith("عمان")
    body, dl, src = _split_dateline(f"الموصل / الرافدين\n{STORY}", None)
    assert body == STORY and src == "الرافدين"
    # A story line that only looks like "place - word" stays.
    assert _split_dateline(STORY, None) == (STORY, None, None)


def test_comment_section_and_read_also_links_dropped() -> None:
    page = _page(f"<div><p>{STORY}</p><p>اقرأ أيضا<a href='/x'>حملة سابقة على الشواطئ</a></p>"
                 f"<p>{STORY2}</p><h3>التعليقات</h3><p>تعليق طويل من قارئ يقول إن الشواطئ تحتاج إلى "
                 "مراقبة دائمة وليس إلى حملات موسمية فقط.</p></div>")
    doc = from_html(page)
    assert STORY in doc.text and STORY2 in doc.text
    assert "حملة سابقة" not in doc.text and "تعليق طويل" not in doc.text
