"""Invariants the events stage's shortcuts rely on: each shortcut must give what the slow path gives."""

from __future__ import annotations

from operator import itemgetter

from marsad.events.extract import _scan_tokens, extract_events
from marsad.events.lexicon import context, opener_endings, split_openers, trigger_matcher
from marsad.text.tokens import proclitic_splits, tokenize
from tests.docbuild import build

PER_A = ("PER", "سامر الخطيب", ["سامر الخطيب", "الخطيب"])
PER_B = ("PER", "ليلى حداد", ["ليلى حداد", "حداد"])


def test_hard_boundaries_are_boundaries() -> None:
    # The soft clause end is searched from the clause end on, so no hard boundary may be missing
    # from the boundaries.
    ctx = context()
    assert ctx["hard_boundaries"] <= ctx["boundaries"]


def test_opener_scan_agrees_with_the_matcher() -> None:
    # Every token the full matcher can start a trigger at is visited, and no other.
    text = ("واتهمت ليلى حداد سامر الخطيب بالتقصير، وبحث الوزير مع نظيره سبل التعاون "
            "فيما أطلق مسلحون النار وسحبت أنقرة سفيرها للتشاور والتقى الرئيسان في المدينة.")
    tokens = tokenize(text)
    matcher = trigger_matcher()
    starts, openers, split_at = _scan_tokens(tokens)
    assert starts == [t.start for t in tokens]
    assert openers == [k for k, t in enumerate(tokens)
                       if matcher.starts(t.norm) or t.norm in split_openers()]
    assert split_at == {k for k, t in enumerate(tokens) if t.norm in split_openers()}
    assert openers and split_at


def test_split_verb_forms_open_triggers() -> None:
    # The opener scan looks a form up among the split-verb forms only once it opens a trigger.
    matcher = trigger_matcher()
    assert all(matcher.starts(form) for form in split_openers())


def test_first_words_test_matches_starts() -> None:
    # The cheap opener test (a clitic stem among the first words) is exactly ``starts``' test.
    matcher = trigger_matcher()
    first = matcher.first_words()
    words = ["اتهم", "واتهمت", "بالتقصير", "للاتفاق", "والاجتماع", "سيلتقي", "الكتاب", "فيما", "قال"]
    for w in words:
        stems = map(itemgetter(1), proclitic_splits(w))
        assert (not first.isdisjoint(stems)) == bool(matcher.starts(w)), w


def test_opener_endings_rule_out_no_opener() -> None:
    # The ending test only ever says no to a form that no clitic reading lets open a trigger:
    # every first word, under every proclitic chain, passes it.
    matcher = trigger_matcher()
    ends3, short = opener_endings()
    for word in matcher.first_words():
        forms = [word] + [c + p + a + word for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "س")
                          for a in ("", "ال")]
        if word.startswith("ال"):
            forms += [c + "ل" + word[1:] for c in ("", "و", "ف")]  # "للرئيس" read as ل + الرئيس
        for form in forms:
            if matcher.starts(form):
                assert form[-3:] in ends3 or form[-2:] in short, form


def test_event_ids_count_only_kept_events() -> None:
    # Ids are given when an event is built; a repeated event is dropped without using a number.
    doc = build("اتهم سامر الخطيب ليلى حداد بالفساد. اتهم سامر الخطيب ليلى حداد بالفساد. "
                "التقى سامر الخطيب ليلى حداد في المكتب.", [PER_A, PER_B])
    events = extract_events(doc)
    assert [e.id for e in events] == [f"v{k}" for k in range(1, len(events) + 1)]
    assert [e.type for e in events] == ["ACCUSE", "CONSULT"]


def test_light_verb_forms_match_the_rule() -> None:
    # The listed forms are exactly those the rule accepts: the light verb itself, after و/ف when
    # three letters or more remain, or with the future سـ after و/ف or not.
    from marsad.events.clause import light_verb
    from marsad.text.tokens import without_conjunction

    ctx = context()
    verbs = ctx["light_verbs"]

    def rule(norm: str) -> bool:
        bare = without_conjunction(norm)
        return (norm in verbs or without_conjunction(norm, 3) in verbs
                or bare[:1] == "س" and bare[1:] in verbs)

    forms = {p + w[:k] for w in verbs for k in range(len(w) + 1)
             for p in ("", "و", "ف", "س", "وس", "فس", "ب", "ال", "وو", "سس")}
    forms |= {t.norm for t in tokenize("وشنت ستفرض وسيعقد فشارك شن وشن يجري ويجرون قال والقوات")}
    assert all(light_verb(f, ctx) == rule(f) for f in forms)
    assert any(rule(f) for f in forms) and not all(rule(f) for f in forms)


def test_bare_forms_match_the_strip() -> None:
    # A form is listed exactly when, stripped of its و/ف as the rules strip it, it is a listed word.
    from marsad.events.lexicon import bare_forms
    from marsad.text.tokens import without_conjunction

    ctx = context()
    for key in ("denial_verbs", "refusal_verbs", "request_heads", "witness_verbs"):
        words = ctx[key] | {"وصل", "فوز", "وقعت", "فرض", "ول"}  # (words that open with و/ف themselves)
        forms = bare_forms(words)
        candidates = {p + w[:k] for w in words for k in range(len(w) + 1)
                      for p in ("", "و", "ف", "وو", "فو", "ب", "ال")}
        assert all((f in forms) == (without_conjunction(f, 3) in words) for f in candidates), key
    assert ctx["denial_forms"] == bare_forms(ctx["denial_verbs"])
