"""Gazetteer look-ups: clitics, GPE vs LOC, demonyms, person names, transliteration."""

from __future__ import annotations

import pytest

from marsad.link import gazetteer as gz
from marsad.link.translit import transliterate


@pytest.mark.parametrize("surface,en,iso3,typ", [
    ("بموسكو", "Moscow", "RUS", "GPE"),
    ("والرياض", "Riyadh", "SAU", "GPE"),
    ("لسوريا", "Syria", "SYR", "GPE"),
    ("سورية", "Syria", "SYR", "GPE"),
    ("الولايات المتحدة الأميركية", "United States", "USA", "GPE"),
    ("وأميركا", "United States", "USA", "GPE"),
    ("البحر المتوسط", "Mediterranean Sea", None, "LOC"),
    ("البحر الأبيض المتوسط", "Mediterranean Sea", None, "LOC"),
    ("الشرق الأوسط", "Middle East", None, "LOC"),
    ("في", None, None, None),
])
def test_place(surface: str, en: str | None, iso3: str | None, typ: str | None) -> None:
    p = gz.place(surface)
    if en is None:
        assert p is None
        return
    assert p is not None, surface
    assert (p.en, p.iso3, p.type) == (en, iso3, typ)


def test_gpe_vs_loc_regions() -> None:
    assert gz.place("إدلب").type == "GPE"
    assert gz.place("قطاع غزة").type == "GPE"
    assert gz.place("هضبة الجولان").type == "LOC"
    assert gz.place("نهر الفرات").type == "LOC"
    assert gz.place("دمشق").kind == "capital"


def test_common_words_are_not_places() -> None:
    # Ordinary words that geonames also lists as towns must not become places.
    for w in ("كان", "الخميس", "بيان", "الثورة", "المدينة"):
        assert gz.place(w) is None, w


@pytest.mark.parametrize("word,iso3", [
    ("السوري", "SYR"), ("الروسية", "RUS"), ("الأميركية", "USA"), ("الأمريكي", "USA"),
    ("الإسرائيلي", "ISR"), ("والسورية", "SYR"), ("التركية", "TUR"), ("الإيراني", "IRN"),
    ("السعودية", "SAU"), ("الفرنسيين", "FRA"), ("الروس", "RUS"), ("المصريون", "EGY"),
    ("الكوري الشمالي", "PRK"), ("كتاب", None), ("المالية", None),
])
def test_demonym(word: str, iso3: str | None) -> None:
    assert gz.demonym(word) == iso3


def test_every_arab_state_has_a_demonym() -> None:
    arab = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM"
    have = set(gz.get_gazetteer().demonyms.values())
    missing = [c for c in arab.split() + ["IRN", "TUR", "ISR", "USA", "GBR", "FRA", "CHN", "RUS"]
               if c not in have]
    assert missing == []


def test_person_names() -> None:
    assert gz.person_name_en("بشار الأسد") == "Bashar al-Assad"
    assert gz.person_name_en("أحمد الشرع") == "Ahmed al-Sharaa"
    # Unit table: a name never seen whole still gets its parts' usual spellings.
    assert gz.person_name_en("محمد الشرع").startswith("Moham")


def test_transliteration_of_unknown_name() -> None:
    out = gz.person_name_en("قزطوبلي زنكلوش")
    assert out and out.isascii() and out[0].isupper()
    assert transliterate("الكسواني").lower().startswith("al-kaswani")
    assert transliterate("بشار") == "Bashar"


def test_belarus_in_its_common_spelling() -> None:
    from marsad.link.gazetteer import place

    found = place("بيلاروسيا")
    assert found is not None and found.kind == "country"
