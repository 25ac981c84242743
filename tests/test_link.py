"""The linker: KB first, places, ORG head words with demonyms, persons, metonymy, dates."""

from __future__ import annotations

from marsad.link import is_metonymic_capital, link
from marsad.link.kb import KB
from marsad.link.linker import _org, metonym_country


def test_place_linking_and_type_override() -> None:
    r = link("بموسكو", "GPE")
    assert (r.name_en, r.country, r.type_override) == ("Moscow", "RUS", None)
    r = link("البحر المتوسط", "GPE")
    assert (r.name_en, r.type_override) == ("Mediterranean Sea", "LOC")
    r = link("سوريا", "GPE")
    assert (r.name_en, r.country, r.kb_id) == ("Syria", "SYR", "Q858")


def test_org_country_inference() -> None:
    # The head-word path directly (the KB may also list some of these organisations).
    r = _org("وزارة الخارجية الروسية")
    assert (r.name_en, r.country) == ("Russian Ministry of Foreign Affairs", "RUS")
    r = _org("الجيش السوري")
    assert (r.name_en, r.country) == ("Syrian Army", "SYR")
    assert _org("الجيش السوري الحر").name_en == "Free Syrian Army"
    assert _org("الجيش الوطني السوري").name_en == "Syrian National Army"
    r = _org("حكومة لبنان")
    assert (r.name_en, r.country) == ("Lebanese Government", "LBN")
    r = link("وزارة السياحة الأردنية", "ORG")
    assert (r.name_en, r.country) == ("Jordanian Ministry of Tourism", "JOR")
    r = link("والمفوضية الموريتانية للشيء", "ORG")
    assert r.country == "MRT" and r.name_en


def test_unknown_person_gets_latin_name() -> None:
    r = link("قزطوبلي زنكلوش", "PER")
    assert r.name_en and r.name_en.isascii()
    assert r.kb_id is None


def test_metonymy_helpers() -> None:
    assert is_metonymic_capital("دمشق")
    assert is_metonymic_capital("بموسكو")
    assert metonym_country("واشنطن") == "USA"
    assert link("العاصمة الروسية", "GPE").name_en == "Moscow"
    assert metonym_country("روسيا") == "RUS"
    assert not is_metonymic_capital("البحر المتوسط")
    assert not is_metonymic_capital("حلب")


def _kb() -> KB:
    recs = [
        {"id": "xx-old", "type": "PER", "name": "سالم القديم", "aliases": ["الرئيس الزرقاوي"],
         "name_en": "Salem the Old", "country": "SYR", "sector": "GOV",
         "role": "President of Syria", "start": "2000", "end": "2010-06-30", "qid": None},
        {"id": "xx-new", "type": "PER", "name": "سالم الجديد", "aliases": ["الرئيس الزرقاوي"],
         "name_en": "Salem the New", "country": "SYR", "sector": "GOV",
         "role": "President of Syria", "start": "2010-07-01", "end": None, "qid": "Q1"},
    ]
    return KB([("t.yaml", r) for r in recs], frozenset({"SYR"}))


def test_date_aware_lookup() -> None:
    kb = _kb()
    assert kb.problems == []
    assert kb.lookup("الرئيس الزرقاوي", "PER", "2005-03-01")[0].id == "xx-old"
    assert kb.lookup("للرئيس الزرقاوي", "PER", "2015")[0].id == "xx-new"
    assert kb.lookup("الرئيس الزرقاوي", "PER")[0].id == "xx-new"
    assert kb.office_holders("SYR", ["President"], "2008-01-01")[0].id == "xx-old"
    assert kb.by_id["xx-new"].kb_id == "Q1" and kb.by_id["xx-old"].kb_id == "marsad:xx-old"


def test_kb_first_with_office_and_date() -> None:
    r = link("الرئيس السوري", "PER", date="2025-10-15")
    assert (r.name_en, r.country) == ("Ahmed al-Sharaa", "SYR")
    r = link("الرئيس السوري", "PER", date="2018-05-01")
    assert r.name_en == "Bashar al-Assad"
    r = link("بشار الأسد", "PER")
    assert (r.name_en, r.country) == ("Bashar al-Assad", "SYR")


def test_earlier_terms_in_roles_make_an_office_holder_at_that_date() -> None:
    from marsad.link.kb import get_kb

    kb = get_kb()
    holders = kb.office_holders("USA", ["President"], "2018-05-01")
    assert holders and holders[0].name_en == "Donald Trump"
    assert holders[0].role_at("2018-05-01") == "President of the United States"
    assert not [e for e in kb.office_holders("USA", ["President"], "2022-05-01")
                if e.name_en == "Donald Trump"]


def test_ambiguous_place_read_from_its_diacritic_or_the_article() -> None:
    from marsad.link.ambiguous import resolve

    assert resolve("عمان", ["عمّان"], " ").name_en == "Amman"
    folded_jordan = " " + "قال وزير الخارجيه الاردني"
    assert resolve("عمان", ["عمان"], folded_jordan).country == "JOR"
    folded_oman = " " + "في مسقط السلطنه"
    assert resolve("عمان", ["عمان"], folded_oman).country == "OMN"
    assert resolve("عمان", ["عمان"], " لا شيء") is None
    assert resolve("دمشق", ["دمشق"], " ") is None
