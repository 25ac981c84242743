"""Golden test: clean + segment on the founding seed article (tests/golden/seed-clean.json).

The golden file is reviewed on change; regenerate it with ``MARSAD_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import marsad
from marsad.model import Document
from marsad.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden" / "seed-clean.json"
SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "syria-russia-moscow.txt"


def _seed_text() -> str:
    # The golden file carries the input too, so the test also runs where ../shared is absent.
    if SEED.is_file():
        return SEED.read_text(encoding="utf-8")
    return json.loads(GOLDEN.read_text(encoding="utf-8"))["input"]


def _result(doc: Document, raw: str) -> dict[str, Any]:
    return {
        "input": raw,
        "text": doc.text,
        "meta": doc.meta.to_dict(),
        "removed": [r.to_dict() for r in doc.removed],
        "sentences": [doc.text[s.start:s.end] for s in doc.sentences],
    }


@pytest.fixture(scope="module")
def seed() -> tuple[Document, str]:
    raw = _seed_text()
    doc = marsad.analyze(raw, published="2025-10-15", pipeline=Pipeline.build(["clean", "segment"]))
    return doc, raw


def test_seed_matches_golden(seed: tuple[Document, str]) -> None:
    doc, raw = seed
    got = _result(doc, raw)
    if os.environ.get("MARSAD_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for key in ("text", "meta", "removed", "sentences"):
        assert got[key] == want[key], f"{key} differs from {GOLDEN.name} (MARSAD_UPDATE_GOLDEN=1 rewrites it)"


def test_seed_cleaning_facts(seed: tuple[Document, str]) -> None:
    doc, raw = seed
    assert doc.meta.title == "لقاء سوري–روسي رفيع في موسكو"
    assert doc.meta.subtitle == "الرئيس أحمد الشرع يبحث مع بوتين إعادة بناء العلاقات وتعزيز التعاون الاستراتيجي"
    assert doc.meta.byline == "فريق التحرير"
    assert doc.meta.published == "2025-10-15"
    kinds = [r.kind for r in doc.removed]
    assert kinds.count("duplicate_paragraph") == 1
    assert ("boilerplate", "مقالات قد تعجبك أيضاً") in [(r.kind, r.text) for r in doc.removed]
    assert sorted(kinds) == sorted(["title", "subtitle", "byline", "duplicate_paragraph", "boilerplate"])
    # Every other paragraph is kept verbatim and in order.
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    story = lines[3:4] + lines[5:-1]
    assert doc.text == "\n".join(story)
