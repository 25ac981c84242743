"""Quotes stage: cue families, quotation-mark styles, speakers, carry-over, chains, negatives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.model import Document, Entity, Meta, Sentence, Span
from marsad.quotes import cited_sources, extract_quotes
from marsad.quotes.cues import lexicon
from marsad.quotes.direct import find_marked
from marsad.text import split_sentences


def doc(text: str, ents: dict[str, tuple[str, str]] | None = None, source: str | None = None) -> Document:
    """A document with sentences and hand-made entities: {surface: (id, type)}."""
    by_id: dict[str, tuple[str, str, list[Span]]] = {}
    for surface, (eid, etype) in (ents or {}).items():
        start = 0
        while (i := text.find(surface, start)) >= 0:
            by_id.setdefault(eid, (etype, surface, []))[2].append(Span(i, i + len(surface), surface))
            start = i + len(surface)
    entities = tuple(Entity(id=eid, type=t, name=name, mentions=tuple(sorted(ms, key=lambda m: m.start)))
                     for eid, (t, name, ms) in by_id.items())
    return Document(text=text, meta=Meta(source=source),
                    sentences=tuple(Sentence(s, e) for s, e in split_sentences(text)), entities=entities)


def one(text: str, **kw: object):  # type: ignore[no-untyped-def]
    qs = extract_quotes(doc(text, **kw))  # type: ignore[arg-type]
    assert len(qs) == 1, qs
    return qs[0]


SHARAA = {"أحمد الشرع": ("e1", "PER"), "الشرع": ("e1", "PER")}


def test_indirect_qal_inna_vso_entity_speaker() -> None:
    q = one("قال الرئيس السوري أحمد الشرع إن العلاقات مع روسيا ستتعزز.", ents=SHARAA)
    assert q.kind == "indirect" and q.content.text == "العلاقات مع روسيا ستتعزز"
    assert q.speaker == "e1" and q.speaker_text == "الرئيس السوري أحمد الشرع" and q.cue.text == "قال"


def test_attached_pronoun_is_dropped_and_unnamed_source() -> None:
    q = one("وأعلنت مصادر دبلوماسية أنها قررت تأجيل الاجتماع.")
    assert q.content.text == "قررت تأجيل الاجتماع"
    assert q.speaker is None and q.speaker_text == "مصادر دبلوماسية"


def test_participle_cues_split_and_inherit_speaker() -> None:
    qs = extract_quotes(doc("أكد الشرع أن الوضع مستقر، مشيراً إلى أن الحكومة تعمل بجد.", ents=SHARAA))
    assert [q.content.text for q in qs] == ["الوضع مستقر", "الحكومة تعمل بجد"]
    assert all(q.speaker == "e1" for q in qs)


def test_afadat_bi_anna() -> None:
    q = one("وأفادت الوكالة بأن الطائرة هبطت بسلام.")
    assert q.content.text == "الطائرة هبطت بسلام" and q.speaker_text == "الوكالة"


def test_np_object_cue_a3raba_3an() -> None:
    q = one("أعرب الوزير عن قلقه الشديد من التصعيد.")
    assert q.content.text.startswith("قلقه الشديد") and q.speaker_text == "الوزير"


def test_according_to_source_makes_a_quote() -> None:
    q = one("ووفق بيان صادر عن الكرملين، ركزت المحادثات على التعاون الاقتصادي.",
            ents={"الكرملين": ("e2", "ORG")})
    assert q.speaker == "e2" and q.content.text == "ركزت المحادثات على التعاون الاقتصادي"


def test_trailing_bihasab_is_via_of_a_named_speaker() -> None:
    q = one("قالت الوزارة إنها تتابع القضية، بحسب وكالة الأنباء الرسمية.")
    assert q.content.text == "تتابع القضية" and [v.text for v in q.via] == ["وكالة الأنباء الرسمية"]


def test_direct_quote_mark_styles() -> None:
    for o, c in (("“", "”"), ('"', '"'), ("«", "»"), ("‹", "›"), ("'", "'")):
        q = one(f"وقال الوزير {o}نحن مستعدون للحوار مع الجميع{c}.")
        assert q.kind == "direct" and q.content.text == "نحن مستعدون للحوار مع الجميع", (o, q)


def test_direct_after_colon_on_next_line_with_carry_over() -> None:
    text = "قال الشرع إن المحادثات مثمرة. وأضاف:\n“نسعى إلى علاقات متوازنة مع الجميع”."
    qs = extract_quotes(doc(text, ents=SHARAA))
    assert qs[1].kind == "direct" and qs[1].content.text == "نسعى إلى علاقات متوازنة مع الجميع"
    assert qs[1].speaker == "e1"


def test_unbalanced_quote_runs_to_paragraph_end() -> None:
    q = one("وقال الوزير: «سنواصل العمل حتى النهاية. ولن نتراجع أبداً\nفقرة أخرى.")
    assert q.kind == "direct" and q.content.text == "سنواصل العمل حتى النهاية. ولن نتراجع أبداً"


def test_inna_with_fully_quoted_clause_is_direct_partly_quoted_is_indirect() -> None:
    q = one('وقالت السفارة إن "التقارير عن اختفائه خاطئة تماماً".')
    assert q.kind == "direct" and q.content.text == "التقارير عن اختفائه خاطئة تماماً"
    q = one('وقال الوزير إن هذه "محاولة شريرة للغاية" ضد البلاد.')
    assert q.kind == "indirect" and q.content.text == 'هذه "محاولة شريرة للغاية" ضد البلاد'


def test_quote_before_cue() -> None:
    q = one("«لن نقبل بأي تدخل في شؤوننا الداخلية»، قال الوزير.")
    assert q.kind == "direct" and q.speaker_text == "الوزير"


def test_headline_style_quote() -> None:
    q = one("نتانياهو: لن نسمح بدخول مدنيين إلى أراضينا\n", ents={"نتانياهو": ("e3", "PER")})
    assert q.speaker == "e3" and q.content.text == "لن نسمح بدخول مدنيين إلى أراضينا"


def test_carry_over_min_janibihi_names_new_speaker() -> None:
    text = ("قال الشرع إن اللقاء كان مثمراً. من جانبه، أعرب الرئيس بوتين عن استعداد بلاده للتعاون. "
            "وتابع أن العلاقات ستتطور.")
    ents = {**SHARAA, "الرئيس بوتين": ("e2", "PER")}
    qs = extract_quotes(doc(text, ents=ents))
    assert [q.speaker for q in qs] == ["e1", "e2", "e2"]


def test_anaphoric_title_refers_back() -> None:
    text = "قال مصدر في وزارة الخارجية إن القرار نهائي. وأضاف المصدر أن الرد سيكون سريعاً."
    qs = extract_quotes(doc(text))
    assert qs[1].speaker_text == "مصدر في وزارة الخارجية"


def test_svo_speaker_before_cue() -> None:
    q = one("وكانت السلطات التركية قد قالت إن الصحفي ما زال داخل المبنى.",
            ents={"السلطات التركية": ("e4", "ORG")})
    assert q.speaker == "e4"


def test_chain_afp_from_unnamed_source() -> None:
    text = "نقلت وكالة الصحافة الفرنسية عن مصدر رسمي سوري أن الوفد سيزور موسكو."
    q = one(text, ents={"وكالة الصحافة الفرنسية": ("e5", "ORG")})
    assert q.speaker is None and q.speaker_text == "مصدر رسمي سوري"
    assert [v.entity for v in q.via] == ["e5"]


def test_chain_depth_two_outermost_first() -> None:
    q = one("نقلت صحيفة الوطن عن وكالة رويترز عن مسؤول أمريكي أن المفاوضات انتهت.")
    assert q.speaker_text == "مسؤول أمريكي"
    assert [v.text for v in q.via] == ["صحيفة الوطن", "وكالة رويترز"]


def test_told_outlet_is_via_unless_it_is_the_publisher() -> None:
    q = one('وقال الوزير لوكالة "رويترز" إن المحادثات تتقدم.')
    assert [v.text for v in q.via] == ['وكالة "رويترز"']
    q = one("وقال الوزير لبي بي سي إن المحادثات تتقدم.", source="BBC Arabic")
    assert q.via == ()


def test_negative_film_title_and_scare_quotes() -> None:
    assert extract_quotes(doc('عرض فيلم "غدوة حي" في قاعة السينما الوحيدة بالمدينة.')) == ()
    assert extract_quotes(doc('وصل ما يسمى "الربيع" إلى البلاد متأخراً.')) == ()


def test_qal_inside_a_quotation_does_not_start_a_new_one() -> None:
    qs = extract_quotes(doc('وقال الوزير: "قال لي صديقي إن الأمور بخير، ولم أصدقه".'))
    assert len(qs) == 1 and qs[0].kind == "direct"


def test_impersonal_yudhkar_is_not_a_quote() -> None:
    assert extract_quotes(doc("يُذكر أن الرئيس سيزور البلاد الشهر المقبل.")) == ()


def test_cited_sources_summary() -> None:
    text = ("نقلت وكالة الصحافة الفرنسية عن مصدر رسمي سوري أن الوفد سيزور موسكو. "
            "وقال الشرع إن الزيارة مهمة.")
    d = doc(text, ents={**SHARAA, "وكالة الصحافة الفرنسية": ("e5", "ORG")})
    d = d.with_(quotes=extract_quotes(d))
    by_text = {s.text: s for s in cited_sources(d)}
    assert by_text["وكالة الصحافة الفرنسية"].kind == "agency"
    assert by_text["مصدر رسمي سوري"].kind == "unnamed"
    assert by_text["الشرع"].as_speaker == 1


def test_lexicon_generates_conjugations() -> None:
    lex = lexicon()
    for form in ("قالت", "قالوا", "يقول", "تقول", "مؤكداً", "مؤكدة", "يؤكد", "مضيفاً", "يضيف", "اعتبرها"):
        assert form in lex.cues, form


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الوزير", "إن", "“", "”", '"', "«", "»", ":", "\n", "،", ".",
                                 "الحكومة", "مستعدة", "بحسب", "وكالة", "أن"]), max_size=40))
def test_spans_always_valid_with_unbalanced_marks(words: list[str]) -> None:
    text = " ".join(words)
    d = doc(text)
    qs = extract_quotes(d)
    d.with_(quotes=qs)  # the constructor re-checks every span
    for m in find_marked(text):
        assert 0 <= m.open < m.close <= len(text)
    for q in qs:
        assert q.content.text.strip() and q.content.start < q.content.end


def test_stage_registered() -> None:
    from marsad.registry import get
    spec = get("quotes")
    assert spec.version == "quotes.rules.v1" and "entities" in spec.requires
    d = doc("قال الوزير إن الاجتماع انتهى.")
    out = spec.build()(d)
    assert len(out.quotes) == 1 and out.quotes[0].stage == "quotes.rules.v1"


def test_marks_enclosing_only_a_space_quote_nothing() -> None:
    """Found by the property above: "قال أن “ “" once gave a quote whose content was one space."""
    assert extract_quotes(doc("قال أن “ “")) == ()


def test_short_quoted_name_after_the_cue_is_the_speaker() -> None:
    qs = extract_quotes(doc('وذكرت تقارير أن الشرطة اعتقلت ناشطين. وأفادت "عين الحقيقة" أن الشرطة أفرجت عنهم.'))
    last = [q for q in qs if "أفرجت" in q.content.text]
    assert last and last[0].speaker_text == "عين الحقيقة"


def test_a_cue_after_when_is_said_by_the_sentence_subject() -> None:
    import marsad

    text = ('وقال عباس "لن نقبل". وأثار الرئيس ترامب غضب الفلسطينيين حين أعلن اعترافه بالقدس '
            'عاصمة لإسرائيل.')
    doc = marsad.analyze(text)
    quotes = [q for q in doc.quotes if "اعترافه" in q.content.text]
    assert quotes and "ترامب" in (doc.entity(quotes[0].speaker).name if quotes[0].speaker else "")
