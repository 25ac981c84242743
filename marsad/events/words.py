"""Word-level tests the event rules use: definiteness, case endings, relational adjectives, quantities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.events.lexicon import Trigger, context
from marsad.text.matcher import Match
from marsad.text.normalize import fold_word
from marsad.text.tokens import Token, without_conjunction

# the quotation marks that open or close a quotation (all of them: marsad.text.tokens.QUOTE_MARKS)
OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')


def accept_prefix(prefix: str, trig: Trigger) -> bool:
    """Verbs take only و ف س ل as proclitics; nouns take any."""
    if trig.pos in ("verb", "participle") and not trig.also_noun:
        return not prefix.strip("وفسل")  # (every letter one of them: one C call, no generator)
    return True


def object_pronoun(norm: str, trig: Trigger, pronouns: tuple[str, ...]) -> bool:
    """The verb form carries an object pronoun that is not part of its own stem ("اتهم" ends in
    هم; "اتهمهم" carries it)."""
    stem = fold_word(trig.lemma).split()[-1]
    for p in pronouns:
        if norm.endswith(p) and (not stem.endswith(p) or norm[:-len(p)].endswith(p)):
            return True  # ("تتهمهم": the present stem ends in هم too, then carries it)
    return False


def is_definite(m: Match[Trigger], tokens: Sequence[Token]) -> bool:
    """The trigger's first word carries the article ("التدخل", "والتدخل", "بالهجوم")."""
    return m.prefix.endswith("ال") or tokens[m.first].norm[len(m.prefix):].startswith("ال")


def first_person_plural(norm: str, trig: Trigger) -> bool:
    """A present or future verb in the first person plural ("سندمر", "ونرفض")."""
    bare = norm
    while bare[:1] in ("و", "ف", "س") and len(bare) > 3:
        bare = bare[1:]
    lemma = fold_word(trig.lemma).split()[0]
    return bare.startswith("نن") if lemma.startswith("ن") else bare.startswith("ن")


def unnamed_subject(norm: str, ctx: dict[str, Any]) -> bool:
    """A definite noun that can be a subject: not a title, date word, object pronoun or adjective."""
    return (norm.startswith("ال") and len(norm) > 4 and norm not in ctx["not_objects"]
            and norm not in ctx["title_words"] and norm not in ctx["skippable"] and not is_nisba(norm))


def subject_head(norm: str, ctx: dict[str, Any]) -> bool:
    """A word that can open an unnamed subject after its verb: a definite noun, a title
    ("وزير الخارجية السعودي"), a count of people ("آلاف المحتجين") or a plural in the nominative."""
    if norm in ctx["not_objects"] or norm.endswith("ين") and norm not in ctx["quantities"]:
        return False  # "تساعد المهاجرين": a sound plural in -ين is the object, not the subject
    # right after the verb a definite word in -ية modifies nothing: a noun ("المدفعية")
    return (unnamed_subject(norm, ctx) or norm in ctx["title_words"] or norm in ctx["quantities"]
            or is_nominative(norm) or norm.startswith("ال") and norm.endswith("يه") and len(norm) > 6)


def title_phrase(tokens: Sequence[Token], k: int, ce: int, ctx: dict[str, Any]) -> bool:
    """A title opens a definite phrase at ``k``: "الرئيس", "وزير الخارجية", "رئيس الوزراء"."""
    norm = tokens[k].norm
    return norm in ctx["title_words"] and (
        norm.startswith("ال") or k + 1 < ce and tokens[k + 1].norm.startswith("ال"))


def construct_subject(tokens: Sequence[Token], k: int, ce: int, ctx: dict[str, Any]) -> bool:
    """A member or agent noun with a definite genitive opens the subject ("قوات الأمن",
    "عناصر الشرطة")."""
    norm = without_conjunction(tokens[k].norm, 3)
    return (norm in ctx["member_words"] or norm in ctx["state_agents"] or norm in ctx["participant_heads"]) and (
        k + 1 < ce and tokens[k + 1].norm.startswith("ال"))  # also "عائلات المختطفين"


def is_nisba(norm: str) -> bool:
    """A definite relational adjective ("العراقية", "الأمريكيين") that can follow a definite noun."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه", "يون", "يين", "يان", "يتان"))


def stands_for_state(norm: str, ctx: dict[str, Any]) -> bool:
    """A head noun for people acting for a state: envoys, officials, soldiers, a title."""
    return norm in ctx["state_agents"] or norm in ctx["title_words"] or norm in ctx["member_words"]


# Per first word of a phrase: whether it names a participant (``participant_head``). Judged once
# a word, for the process-wide context only: its word lists are fixed for the life of the process.
_PARTICIPANT_WORDS: dict[str, bool] = {}
_PARTICIPANT_CACHE_MAX = 100_000


def participant_head(text: str, ctx: dict[str, Any]) -> bool:
    """An unnamed phrase that names someone who can be acted on: people, a group, a body, a
    state or a deal ("المحتجين", "السفير الفرنسي", "للاتفاق النووي"), not a thing or an act."""
    words = text.replace("_", " ").lstrip("#").split()
    if not words:
        return False
    if ctx is not context():
        return _participant_first(words[0], ctx)
    known = _PARTICIPANT_WORDS.get(words[0])
    if known is None:
        known = _participant_first(words[0], ctx)
        if len(_PARTICIPANT_WORDS) < _PARTICIPANT_CACHE_MAX:
            _PARTICIPANT_WORDS[words[0]] = known
    return known


def _participant_first(first: str, ctx: dict[str, Any]) -> bool:
    """``participant_head`` for the first word of a phrase, as written."""
    word = fold_word(first)
    # "وزير" is no و + زير: the word is tried as it is and without a conjunction
    return any(_participant_word(w, ctx) for w in dict.fromkeys((word, without_conjunction(word, 3))))


def _participant_word(word: str, ctx: dict[str, Any]) -> bool:
    """``participant_head`` for one reading of the first word: as it is, or without a fused
    preposition ("للاتفاق"; "بلدات" stays a word)."""
    readings = [word]
    for p in ("لل", "بال", "ل", "ب"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            readings.append(("ال" if p in ("لل", "بال") else "") + word[len(p):])
            break
    return any(_participant_reading(head, ctx) for head in readings)


def _participant_reading(head: str, ctx: dict[str, Any]) -> bool:
    """One reading of a word names people, a group, a body, a state, a deal or a place hit."""
    bare = head[2:] if head.startswith("ال") and len(head) > 4 else head
    if bare.endswith(("ين", "ان")) and bare[:-2] in ctx["participant_heads"] or (
            bare.endswith(("ه", "ا")) and bare[:-1] in ctx["participant_heads"]):
        return True  # a dual, plural, feminine or accusative of a listed head: "طفلين", "طبيبة", "شابا"
    return (bare in ctx["participant_heads"] or head in ctx["state_agents"] or bare in ctx["member_words"]
            or bare in ctx["title_heads"] or head in ctx["quantities"] or bare in ctx["quantities"]
            or head[:1].isdigit()
            or is_people_plural(bare) or is_nisba(head) and head.endswith(("يين", "يون")))


def instrument_phrase(text: str, ctx: dict[str, Any]) -> bool:
    """A phrase opened by the preposition ب that says with what, not whom ("بالرصاص الحي",
    "بانفجار عبوة"); "بلدات" is a word of its own."""
    words = text.replace("_", " ").split()
    if not words:
        return False
    word = fold_word(words[0])
    return word.startswith("بال") or word.startswith("ب") and not _participant_reading(word, ctx)


def participant_part(text: str, ctx: dict[str, Any]) -> str | None:
    """The participant an unnamed phrase names: the whole phrase, or the genitive after an
    abstract head ("سلوك بعض المشجعين" → "بعض المشجعين"); None when it names none."""
    if participant_head(text, ctx):
        return text
    _head, sep, rest = text.partition(" ")
    rest = rest.lstrip()
    return rest if sep and rest and participant_head(rest, ctx) else None


def is_people_plural(norm: str) -> bool:
    """An indefinite sound masculine plural ("معتقلين", "مدنيين"): people, a possible participant."""
    return len(norm) > 5 and norm.endswith(("ين", "ون")) and norm[:1] not in "وفبل"


def is_nominative(norm: str) -> bool:
    """A sound plural or dual in the nominative case (ـون / ـان), read as a subject.

    A bare -ان is also the end of many singular nouns ("قبطان", "برلمان"), so only the definite
    dual ("الوزيران") counts.
    """
    if len(norm) <= 4:
        return False
    if norm.endswith("ون"):
        return True
    if norm.endswith("و") and not norm.startswith("ال") and norm not in context()["not_construct_plurals"]:
        return True  # the plural before its genitive: "سائقو الشاحنات", "موظفو القطاع العام"
    return norm.startswith("ال") and norm.endswith("ان") and not norm.endswith(("يان", "ستان"))


def is_quantity(norm: str, ctx: dict[str, Any]) -> bool:
    """A number or a quantity word: the phrase it opens counts people or things (victims)."""
    return norm[:1].isdigit() or norm in ctx["quantities"]


def without_article_prep(norm: str) -> str:
    """A definite word without the و/ف and the لـ/بـ fused before its article ("وبالسفير" →
    "السفير", "للاتفاق" → "الاتفاق")."""
    if norm[:1] in "وف" and norm[1:3] in ("ال", "لل", "با"):
        norm = norm[1:]
    if norm.startswith("لل"):
        return "ا" + norm[1:]
    return norm[1:] if norm.startswith("بال") else norm
