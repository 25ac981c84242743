"""Entities stage: mention rules, clitics, typing, linking and span properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.extract import EntityExtractor
from marsad.model import Document, Entity, Meta, Sentence
from marsad.pipeline import Pipeline
from marsad.text import split_sentences


@pytest.fixture(scope="module")
def extract() -> EntityExtractor:
    return EntityExtractor()


def _doc(text: str, published: str = "2025-10-15") -> Document:
    sents = tuple(Sentence(s, e) for s, e in split_sentences(text))
    return Document(text=text, meta=Meta(published=published), sentences=sents,
                    layers=("raw", "clean", "sentences"))


def _ents(extract: EntityExtractor, text: str) -> list[Entity]:
    doc = _doc(text)
    ents = extract(doc)
    doc.with_(entities=ents)  # the Document checks every span
    return list(ents)


def _by_name(ents: list[Entity], name: str) -> Entity:
    for e in ents:
        if e.name == name:
            return e
    raise AssertionError(f"no entity {name!r} in {[e.name for e in ents]}")


def _texts(e: Entity) -> list[str]:
    return [m.text for m in e.mentions]


def test_preposition_clitic_dropped_from_place(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وصل الوفد بموسكو صباح اليوم.")
    moscow = _by_name(ents, "موسكو")
    assert moscow.type == "GPE" and moscow.country == "RUS" and moscow.name_en == "Moscow"
    assert _texts(moscow) == ["موسكو"]


def test_conjunction_clitic_dropped_from_person(extract: EntityExtractor) -> None:
    ents = _ents(extract, "التقى الرئيس الأمريكي دونالد ترامب وفلاديمير بوتين في هلسنكي.")
    putin = _by_name(ents, "فلاديمير بوتين")
    assert putin.type == "PER" and putin.country == "RUS"
    assert _texts(putin) == ["فلاديمير بوتين"]


def test_fused_lil_keeps_the_token_and_unfuses_the_name(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وجه المتحدث انتقادات للحكومة السورية بسبب القرار.")
    gov = _by_name(ents, "الحكومة السورية")
    assert gov.type == "ORG" and gov.country == "SYR"
    assert _texts(gov) == ["للحكومة السورية"]


def test_title_is_not_a_name_and_appositive_joins(extract: EntityExtractor) -> None:
    text = "قال للرئيس السوري أحمد الشرع إن الزيارة مهمة. وأكد الشرع ذلك."
    ents = _ents(extract, text)
    sharaa = _by_name(ents, "أحمد الشرع")
    assert sharaa.type == "PER" and sharaa.name_en == "Ahmed al-Sharaa"
    assert _texts(sharaa)[-1] == "الشرع"
    assert not any(e.name.startswith("الرئيس") for e in ents)


def test_ministry_with_nisba_is_one_org(extract: EntityExtractor) -> None:
    ents = _ents(extract, "أعلنت وزارة الخارجية الروسية أن المحادثات ستجري خلف أبواب مغلقة.")
    mfa = _by_name(ents, "وزارة الخارجية الروسية")
    assert mfa.type == "ORG" and mfa.country == "RUS"
    assert not any(e.type == "GPE" for e in ents)


def test_minister_title_does_not_open_an_org(extract: EntityExtractor) -> None:
    ents = _ents(extract, "قال وزير الداخلية السوري إن الحدود مفتوحة.")
    assert not any(e.type == "ORG" for e in ents)


def test_demonym_alone_is_not_an_entity(extract: EntityExtractor) -> None:
    ents = _ents(extract, "التقى الوفد بممثلي الجالية السورية في المدينة.")
    assert not any(e.name in ("السورية", "سورية") for e in ents)


def test_loc_versus_gpe(extract: EntityExtractor) -> None:
    ents = _ents(extract, "ناقش الوزراء الوضع في الشرق الأوسط وفي العراق.")
    assert _by_name(ents, "الشرق الأوسط").type == "LOC"
    assert _by_name(ents, "العراق").type == "GPE"


def test_loc_head_rule(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وقعت اشتباكات قرب هضبة الجولان أمس.")
    assert _by_name(ents, "هضبة الجولان").type == "LOC"


def test_unnamed_sources_are_not_entities(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وقال مصدر مسؤول إن مسؤولين أمريكيين زاروا المنطقة.")
    assert ents == []


def test_linking_country_and_kb(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وكان بشار الأسد قد غادر البلاد.")
    assad = _by_name(ents, "بشار الأسد")
    assert assad.country == "SYR" and assad.name_en == "Bashar al-Assad" and assad.kb_id


def test_metonymy_capital_as_agent(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وكشفت مصادر أن دمشق طلبت من موسكو المساعدة.")
    assert _by_name(ents, "دمشق").metonymy is True
    assert _by_name(ents, "موسكو").metonymy is True


def test_no_metonymy_for_a_plain_location(extract: EntityExtractor) -> None:
    ents = _ents(extract, "عقد اللقاء في العاصمة الروسية موسكو يوم الأربعاء.")
    moscow = _by_name(ents, "موسكو")
    assert moscow.metonymy is False
    assert _texts(moscow) == ["العاصمة الروسية موسكو"]


def test_stage_registered_and_runs_in_pipeline() -> None:
    pipe = Pipeline.build(["entities"], assume=("clean", "sentences"))
    doc = pipe(_doc("استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره في باريس."))
    assert "entities" in doc.layers and doc.stages[-1] == "entities.crf.v1"
    assert [e.id for e in doc.entities] == [f"e{i + 1}" for i in range(len(doc.entities))]


_WORDS = ["الرئيس", "السوري", "أحمد", "الشرع", "بموسكو", "وبوتين", "للرئيس", "وزارة",
          "الخارجية", "الروسية", "دمشق", "طلبت", "من", "موسكو", "في", "،", ".", "قال",
          "إن", "الحكومة", "السورية", "الوزارة", "المملكة", "السعودية", "نظيره", "الروسي",
          "فلاديمير", "بوتين", "هضبة", "الجولان", "«", "»", "\n", "ـ", "ً"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40),
       st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=40, max_size=40))
def test_mentions_are_exact_spans_of_the_text(words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps))
    doc = _doc(text)
    ents = EntityExtractor()(doc)
    doc.with_(entities=ents)
    for e in ents:
        assert e.type in ("PER", "ORG", "GPE", "LOC")
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end] == m.text
        starts = [m.start for m in e.mentions]
        assert starts == sorted(starts)


def test_a_title_chain_stops_at_a_verb_and_at_a_possessed_title(extract: EntityExtractor) -> None:
    ents = _ents(extract, "الوزير التقى جان إيف لودريان في باريس.")
    per = next(e for e in ents if e.type == "PER")
    assert [m.text for m in per.mentions] == ["جان إيف لودريان"]
    ents = _ents(extract, "التقى الوزير نظيره الفرنسي جان إيف لودريان في باريس.")
    per = next(e for e in ents if e.type == "PER")
    assert [m.text for m in per.mentions] == ["نظيره الفرنسي جان إيف لودريان"]
    assert not any(e.name == "التقى" for e in ents)


def test_a_place_head_is_no_clitic_and_names_the_tagged_word_after_it(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وقع الهجوم في ولاية بورنو شمال شرق نيجيريا.")
    names = {e.name for e in ents}
    assert "لاية" not in names and "بورنو" in names


def test_a_town_joined_to_a_place_by_wa_is_a_place(extract: EntityExtractor) -> None:
    names = {e.name for e in _ents(extract, "قال الوزير إن بغداد وأربيل اتفقتا على استئناف التصدير.")}
    assert {"بغداد", "أربيل"} <= names


def test_a_place_head_does_not_take_a_name_with_its_own_preposition() -> None:
    import marsad

    doc = marsad.analyze("واعترف الرئيس بالقدس عاصمة لإسرائيل.")
    israel = [e for e in doc.entities if e.name == "إسرائيل"]
    assert israel and [m.text for m in israel[0].mentions] == ["إسرائيل"]


def test_a_council_named_with_the_city_it_meets_in_stops_before_it() -> None:
    import marsad

    doc = marsad.analyze("توصل وزراء خارجية دول مجلس التعاون الخليجي في الكويت إلى اتفاق.")
    assert not [e for e in doc.entities if "في الكويت" in e.name]
    assert [e for e in doc.entities if e.name == "الكويت"]


def test_a_known_organisation_ends_where_its_name_ends() -> None:
    import marsad

    doc = marsad.analyze("رفضت حركة حماس المقترح الإسرائيلي الجديد.")
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["حركة حماس"]


def test_the_countryside_of_a_place_is_not_a_name() -> None:
    import marsad
    doc = marsad.analyze("دفعت تركيا بتعزيزات عسكرية إلى نقاطها في ريف إدلب الجنوبي.")
    assert "ريف" not in [e.name for e in doc.entities]
    assert "إدلب" in [e.name for e in doc.entities]


def test_a_country_in_ya_after_an_indefinite_accusative_noun_is_the_adjective() -> None:
    import marsad
    doc = marsad.analyze("زار الوزير سوريا أمس. وقتل الجيش شابا سوريا قرب الحدود.")
    syria = [e for e in doc.entities if e.name == "سوريا"]
    assert len(syria) == 1 and len(syria[0].mentions) == 1  # the visit, not "a Syrian young man"


def test_a_country_after_a_verb_or_in_a_list_stays_a_country() -> None:
    import marsad
    doc = marsad.analyze("وقال المحامي إن موكله تعهد بالتعاون مع كل الإجراءات التي طلبتها تركيا. وعين سفيرا لبريطانيا.")
    names = [e.name for e in doc.entities]
    assert "تركيا" in names and "بريطانيا" in names


def test_the_means_of_a_killing_does_not_continue_a_name() -> None:
    import marsad
    doc = marsad.analyze("قتل الصحفي الفلسطيني محمد أبو سالم برصاص قناص إسرائيلي في مدينة جنين.")
    assert "محمد أبو سالم" in [e.name for e in doc.entities]


def test_a_camp_named_after_its_head_word_is_a_place() -> None:
    import marsad
    doc = marsad.analyze("داهمت قوات إسرائيلية منازل عدة في مخيم نور شمس قرب مدينة طولكرم.")
    assert ("LOC", "مخيم نور شمس") in [(e.type, e.name) for e in doc.entities]
    # a sentence to prison is no place: "بسجن" stays out of the head words
    doc = marsad.analyze("قضت المحكمة بسجن أليكسي نافالني تسع سنوات.")
    assert [(e.type, e.name) for e in doc.entities] == [("PER", "أليكسي نافالني")]


def test_a_hashtag_names_its_words(extract: EntityExtractor) -> None:
    # "#" and "_" join the words of a hashtag: the tagger reads the words, the name has spaces
    ents = _ents(extract, "وأدان الرئيس دخول #شرطة_الحدود_الفرنسية عيادة تديرها منظمة.")
    police = _by_name(ents, "شرطة الحدود الفرنسية")
    assert police.type == "ORG" and _texts(police) == ["شرطة_الحدود_الفرنسية"]


def test_the_town_of_a_municipality_is_a_place(extract: EntityExtractor) -> None:
    ents = _ents(extract, "وقال فرنشيسكو أفاتو، رئيس بلدية باردونيكيا، إن الشرطة دخلت المرفق.")
    assert _by_name(ents, "باردونيكيا").type == "GPE"


def test_a_quoted_name_after_the_head_of_a_body_is_the_body(extract: EntityExtractor) -> None:
    ents = _ents(extract, 'وقال نتانياهو في كلمة أمام مركز "بوليسي إكستشينج" للأبحاث السياسية في لندن.')
    assert _by_name(ents, "بوليسي إكستشينج").type == "ORG"
