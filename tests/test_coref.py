"""In-document coreference: one entity per referent with all its mentions."""

from __future__ import annotations

import pytest

from marsad.entities.extract import EntityExtractor
from marsad.model import Document, Entity, Meta, Sentence
from marsad.text import split_sentences


@pytest.fixture(scope="module")
def extract() -> EntityExtractor:
    return EntityExtractor()


def _ents(extract: EntityExtractor, text: str) -> list[Entity]:
    sents = tuple(Sentence(s, e) for s, e in split_sentences(text))
    doc = Document(text=text, meta=Meta(published="2025-10-15"), sentences=sents,
                   layers=("raw", "clean", "sentences"))
    return list(extract(doc))


def _holding(ents: list[Entity], mention: str) -> list[Entity]:
    return [e for e in ents if any(m.text == mention for m in e.mentions)]


def test_title_name_short_title_and_surname_are_one_person(extract: EntityExtractor) -> None:
    text = ("عقد الرئيس السوري أحمد الشرع لقاء في العاصمة. وأكد الرئيس الشرع أهمية اللقاء. "
            "وقال الشرع إن العلاقات جيدة.")
    ents = _ents(extract, text)
    pers = [e for e in ents if e.type == "PER"]
    assert len(pers) == 1
    e = pers[0]
    assert e.name == "أحمد الشرع"
    assert [m.text for m in e.mentions] == ["الرئيس السوري أحمد الشرع", "الرئيس الشرع", "الشرع"]


def test_full_name_and_surname(extract: EntityExtractor) -> None:
    text = "وصل فلاديمير بوتين إلى المدينة. وقال بوتين إن الزيارة ناجحة."
    ents = _ents(extract, text)
    pers = [e for e in ents if e.type == "PER"]
    assert len(pers) == 1 and pers[0].name == "فلاديمير بوتين"
    assert [m.text for m in pers[0].mentions] == ["فلاديمير بوتين", "بوتين"]


def test_counterpart_appositive_resolves_to_the_named_leader(extract: EntityExtractor) -> None:
    text = "التقى الرئيس السوري أحمد الشرع مع نظيره الروسي فلاديمير بوتين في موسكو."
    ents = _ents(extract, text)
    putin = _holding(ents, "نظيره الروسي فلاديمير بوتين")
    assert len(putin) == 1 and putin[0].name == "فلاديمير بوتين"
    assert putin[0].country == "RUS"
    sharaa = _holding(ents, "الرئيس السوري أحمد الشرع")
    assert sharaa and sharaa[0] is not putin[0]


def test_standalone_title_joins_the_person_it_was_seen_with(extract: EntityExtractor) -> None:
    text = ("قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الهجوم فشل. "
            "وأضاف رئيس الوزراء الإسرائيلي أن الرد سيكون قاسيا.")
    ents = _ents(extract, text)
    pers = [e for e in ents if e.type == "PER"]
    assert len(pers) == 1
    assert [m.text for m in pers[0].mentions][-1] == "رئيس الوزراء الإسرائيلي"


def test_two_people_with_one_surname_stay_apart(extract: EntityExtractor) -> None:
    text = "التقى سعد الحريري مع رفيق الحريري. وقال سعد الحريري إن الحريري عاد."
    ents = _ents(extract, text)
    pers = [e for e in ents if e.type == "PER"]
    assert {e.name for e in pers} == {"سعد الحريري", "رفيق الحريري"}
    saad = next(e for e in pers if e.name == "سعد الحريري")
    assert "الحريري" in [m.text for m in saad.mentions]  # the more mentioned one takes it


def test_definite_anaphor_joins_the_last_org_of_its_kind(extract: EntityExtractor) -> None:
    text = ("أصدرت وزارة الخارجية العراقية بيانا يوم الاثنين. "
            "وقالت الوزارة إنها استدعت السفير.")
    ents = _ents(extract, text)
    mfa = _holding(ents, "وزارة الخارجية العراقية")
    assert mfa and "الوزارة" in [m.text for m in mfa[0].mentions]


def test_anaphor_without_antecedent_is_dropped(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وقالت الوزارة إنها تتابع الوضع.")
    assert not _holding(ents, "الوزارة")


def test_government_and_authorities_of_one_country_merge(extract: EntityExtractor) -> None:
    text = "قالت الحكومة الأردنية إن المعبر مفتوح. وأكدت السلطات الأردنية ذلك."
    ents = _ents(extract, text)
    orgs = [e for e in ents if e.type == "ORG"]
    assert len(orgs) == 1
    assert [m.text for m in orgs[0].mentions] == ["الحكومة الأردنية", "السلطات الأردنية"]


def test_same_kb_id_is_one_entity(extract: EntityExtractor) -> None:
    text = "وصل بشار الأسد إلى القصر. وقال الأسد إن الحرب انتهت."
    ents = _ents(extract, text)
    pers = [e for e in ents if e.type == "PER"]
    assert len(pers) == 1 and pers[0].kb_id
    assert [m.text for m in pers[0].mentions] == ["بشار الأسد", "الأسد"]


def test_bare_parliament_is_an_org_or_joins_the_named_one(extract: EntityExtractor) -> None:
    ents = _ents(extract, "صوت البرلمان على القانون أمس.")
    assert [(e.type, e.name) for e in ents] == [("ORG", "البرلمان")]
    ents = _ents(extract, "قالت وزارة الخارجية الروسية إن الوزارة لن ترد.")
    assert len([e for e in ents if e.type == "ORG"]) == 1


def test_spelling_variants_of_a_full_name_are_one_person(extract: EntityExtractor) -> None:
    text = "قال رئيس الوزراء الكندي جاستن ترودو إن بلاده قلقة. وأضاف جوستن ترودو أن الحوار مهم."
    ents = _ents(extract, text)
    pers = [e for e in ents if e.type == "PER"]
    assert len(pers) == 1
    assert [m.text for m in pers[0].mentions][-1] == "جوستن ترودو"


def test_an_administration_named_by_its_leader_is_one_body(extract: EntityExtractor) -> None:
    text = ("انتقدت إدارة الرئيس الأمريكي دونالد ترامب القرار. "
            "وقالت إدارة ترامب إنها سترد. وكان ترامب قد هدد.")
    ents = _ents(extract, text)
    orgs = [e for e in ents if e.type == "ORG"]
    assert len(orgs) == 1
    assert len(orgs[0].mentions) == 2
