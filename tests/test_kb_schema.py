"""Schema checks over every kb/*.yaml file, and that the checks catch bad records."""

from __future__ import annotations

from marsad.link.kb import KB, get_kb, kb_files


def test_kb_files_present() -> None:
    assert "places.yaml" in kb_files()
    assert "persons.yaml" in kb_files()


def test_every_kb_file_is_valid() -> None:
    kb = get_kb()
    assert kb.problems == [], "\n".join(kb.problems[:40])
    assert len(kb) >= 400
    assert len({e.id for e in kb.entries}) == len(kb.entries)


def test_countries_cover_un_members() -> None:
    kb = get_kb()
    gpe = {e.country for e in kb.entries if e.type == "GPE"}
    for iso3 in ("SYR", "RUS", "USA", "FRA", "GBR", "CHN", "PSE", "SSD", "TUV", "VAT"):
        assert iso3 in gpe
    assert kb.by_id["gpe-syr"].qid == "Q858"


def test_validation_catches_errors() -> None:
    bad = [
        {"id": "a", "type": "PER", "name": "س", "name_en": "A", "country": "XXX"},
        {"id": "b", "type": "THING", "name": "ص", "name_en": "B"},
        {"id": "c", "type": "ORG", "name": "ع"},
        {"id": "d", "type": "ORG", "name": "الفريق", "name_en": "D", "qid": "12"},
        {"id": "d", "type": "ORG", "name": "الفريق", "name_en": "D2"},
        {"id": "e", "type": "PER", "name": "زيد", "name_en": "E", "start": "2020", "end": "2010"},
        {"id": "f", "type": "PER", "name": "زيد", "name_en": "F"},
    ]
    kb = KB([("bad.yaml", r) for r in bad], frozenset({"SYR"}))
    text = "\n".join(kb.problems)
    for needle in ("XXX", "THING", "missing name_en", "qid 12", "duplicate id",
                   "after end", "shared by"):
        assert needle in text, needle
