"""Sentence splitting and the segment stage."""

from __future__ import annotations

import pytest

from marsad.model import Document, Meta
from marsad.pipeline import Pipeline
from marsad.text import split_sentences


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_arabic_and_latin_marks() -> None:
    assert sents("هل ستنجح المفاوضات؟ لا أحد يعرف! لكن الوفد وصل. The talks resumed.") == [
        "هل ستنجح المفاوضات؟", "لا أحد يعرف!", "لكن الوفد وصل.", "The talks resumed."]


def test_line_breaks_always_split() -> None:
    assert sents("عنوان بلا نقطة\nوقال الوزير إن الاتفاق صامد\n\n  وأضاف:  \n") == [
        "عنوان بلا نقطة", "وقال الوزير إن الاتفاق صامد", "وأضاف:"]


@pytest.mark.parametrize("text", [
    "قال د. محمد علي إن الوضع صعب.",
    "التقى م. خالد بالوفد في الصباح.",
    "The U.S. and Mr. Smith agreed on it.",
    "بلغت نسبة المشاركة 21.2% في الانتخابات.",
    "اليونان.. طرد دبلوماسيين روس من البلاد.",
    "زار الموقع www.example.com أمس.",
])
def test_no_split_inside(text: str) -> None:
    assert sents(text) == [text]


def test_number_at_sentence_end_splits() -> None:
    assert sents("فاز في عام 1958. وكان ذلك أول فوز.") == ["فاز في عام 1958.", "وكان ذلك أول فوز."]


def test_short_quotation_is_not_cut() -> None:
    text = 'وقال "نحن مستعدون. ولن نتراجع" وأضاف أن الحل قريب. ثم غادر.'
    assert sents(text) == ['وقال "نحن مستعدون. ولن نتراجع" وأضاف أن الحل قريب.', "ثم غادر."]
    text = "وقال «لن نتراجع. أبدا» ثم غادر القاعة."
    assert sents(text) == [text]


def test_split_after_closing_mark() -> None:
    assert sents("وقال “نحن مستعدون.” ثم غادر القاعة.") == ["وقال “نحن مستعدون.”", "ثم غادر القاعة."]
    assert sents('وأضاف "الاتفاق انتهى". ورفض التعليق.') == ['وأضاف "الاتفاق انتهى".', "ورفض التعليق."]


def test_long_quotation_may_be_cut() -> None:
    long = "جملة طويلة جدا في الاقتباس. " * 20
    parts = sents(f"وقال: «{long}»")
    assert len(parts) > 5


def test_spans_cover_text_in_order() -> None:
    text = "  أولا. ثانيا؟\nثالثا!  "
    spans = split_sentences(text)
    assert spans == sorted(spans)
    assert all(0 <= a < b <= len(text) and not text[a].isspace() and not text[b - 1].isspace()
               for a, b in spans)
    assert split_sentences("") == [] and split_sentences(" \n ") == []


def test_segment_stage() -> None:
    p = Pipeline.build(["clean", "segment"])
    doc = p(Document(text="عنوان الخبر\nقال الوزير إن الاتفاق صامد. وأضاف أن المحادثات ستستمر.",
                     meta=Meta(), layers=("raw",)))
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        "قال الوزير إن الاتفاق صامد.", "وأضاف أن المحادثات ستستمر."]
    assert doc.layers == ("raw", "clean", "sentences")
    assert doc.stages == ("clean.rules.v1", "segment.rules.v1")
