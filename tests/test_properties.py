"""Hypothesis properties: no crash on arbitrary Unicode, spans inside the text, round-trips, fold maps."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.errors import MarsadError
from marsad.model import Document, Meta
from marsad.pipeline import Pipeline
from marsad.text import fold, split_sentences

PIPE = Pipeline.build(["clean", "segment"])
ARABIC = [chr(c) for c in range(0x0621, 0x064B)] + ["ى", "ة", "ـ", "أ", "إ", "آ", "ؤ", "ئ"]
MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u200f", "\ufeff", "\u00a0"]
PUNCT = list(".!?؟…،؛:-–—()«»“”\"'/ \n\r\t") + ["..", "-----", "\r\n", "\n\n"]
WORDS = ["اقرأ أيضاً", "فريق التحرير", "كتب: ", "دمشق - (سانا) -", "مقالات قد تعجبك أيضاً",
         "د.", "قال", "إن", "2025", "١٥"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

piece = st.one_of(st.sampled_from(ARABIC + MARKS + PUNCT + WORDS), st.characters())
texts = st.lists(piece, max_size=120).map("".join)


def _check_spans(doc: Document) -> None:
    prev = 0
    for s in doc.sentences:
        assert prev <= s.start < s.end <= len(doc.text)
        prev = s.end


@SETTINGS
@given(texts)
def test_pipeline_on_raw_document_never_crashes(text: str) -> None:
    doc = PIPE(Document(text=text, layers=("raw",)))
    _check_spans(doc)
    assert doc.layers == ("raw", "clean", "sentences")
    # Whatever was dropped is recorded: every kept line came from the input.
    source = re.sub("[\ud800-\udfff]", "\ufffd", text).replace("\r\n", "\n").replace("\r", "\n")
    for line in doc.text.split("\n"):
        assert line in source


@SETTINGS
@given(texts)
def test_analyze_raises_only_marsad_errors(text: str) -> None:
    try:
        doc = marsad.analyze(text, pipeline=PIPE)
    except MarsadError as exc:
        assert exc.code.startswith("E1") and "\n" not in str(exc)
        return
    _check_spans(doc)


@SETTINGS
@given(st.binary(max_size=300))
def test_bytes_raise_only_marsad_errors(data: bytes) -> None:
    try:
        marsad.analyze(data, pipeline=PIPE)
    except MarsadError:
        pass


@SETTINGS
@given(texts, st.one_of(st.none(), st.text(max_size=20)))
def test_round_trip(text: str, title: str | None) -> None:
    doc = PIPE(Document(text=text, meta=Meta(title=title, published="2025-10-15"), layers=("raw",)))
    again = Document.from_dict(doc.to_dict())
    assert again == doc
    assert again.id == doc.id


@SETTINGS
@given(texts)
def test_fold_offset_map(text: str) -> None:
    f = fold(text)
    assert len(f.to_orig) == len(f.text) + 1
    assert all(a < b for a, b in zip(f.to_orig, f.to_orig[1:]))
    assert all(0 <= o <= len(text) for o in f.to_orig) and f.to_orig[-1] == len(text)
    for i in range(len(f.text)):
        a, b = f.orig_span(i, i + 1)
        assert 0 <= a < b <= len(text)


@SETTINGS
@given(texts)
def test_split_sentences_spans(text: str) -> None:
    prev = 0
    for a, b in split_sentences(text):
        assert prev <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev = b
