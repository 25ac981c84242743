"""Clause limits around a trigger and the words that may stand between it and an argument."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.events.lexicon import trigger_matcher
from marsad.events.words import is_nisba
from marsad.text.tokens import QUOTE_MARKS, Token, without_conjunction


def clause_bounds(tokens: Sequence[Token], lo: int, hi: int, t_first: int, t_last: int,
                  boundaries: frozenset[str], asides: frozenset[str] = frozenset(),
                  commas: frozenset[str] = frozenset(), openers: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The clause around tokens [t_first, t_last): the nearest boundary words on each side.

    A time word set off by commas (``asides`` between two ``commas``: "أجرى الوزير، الاثنين،
    زيارة") does not end it.
    """
    cs = t_first
    while cs > lo:
        if tokens[cs - 1].norm not in boundaries:
            cs -= 1
        elif cs - 3 >= lo and tokens[cs - 1].norm in commas and tokens[cs - 2].norm in asides and (
                tokens[cs - 3].norm in commas):
            cs -= 3
        elif tokens[cs - 1].norm == ")" and (opening := _short_bracket(tokens, cs - 1, lo, -1)) is not None:
            cs = opening  # "المجموعة الاقتصادية (إيكواس) لوحت": a short bracket is part of the name
        else:
            break
    ce = t_last
    while ce < hi:
        if tokens[ce].norm not in boundaries:
            ce += 1
        elif ce + 2 < hi and tokens[ce].norm in commas and tokens[ce + 1].norm in asides and (
                tokens[ce + 2].norm in commas):
            ce += 3
        elif tokens[ce].norm in commas and (close := _aside_phrase(tokens, ce, hi, boundaries, openers)) is not None:
            ce = close + 1  # "واستعادت الحكومة، بعد سبع سنوات من الحرب، مساحات شاسعة"
        elif tokens[ce].norm == "(" and (closing := _short_bracket(tokens, ce, hi, 1)) is not None:
            ce = closing + 1  # "ولوحت المجموعة الاقتصادية (إيكواس) باللجوء"
        else:
            break
    return cs, ce


def _aside_phrase(tokens: Sequence[Token], k: int, stop: int, boundaries: frozenset[str],
                  openers: frozenset[str]) -> int | None:
    """The closing comma of a short time or setting phrase set off after the comma at ``k``."""
    if k + 2 >= stop or without_conjunction(tokens[k + 1].norm) not in openers:
        return None
    for j in range(k + 2, min(stop, k + 8)):
        if tokens[j].norm == tokens[k].norm:
            return j if j > k + 2 else None
        if tokens[j].norm in boundaries:
            return None
    return None


def aside_length(tokens: Sequence[Token], a: int, b: int, commas: frozenset[str], boundaries: frozenset[str],
                 openers: frozenset[str]) -> int:
    """How many tokens of [a, b) are time phrases set off by commas (they do not use up a reach)."""
    n = 0
    for k in range(a, b):
        if tokens[k].norm in commas and (close := _aside_phrase(tokens, k, b, boundaries, openers)) is not None:
            n += close - k + 1
    return n


def past_aside(tokens: Sequence[Token], k: int, stop: int, ctx: dict[str, Any]) -> int:
    """Past a time phrase set off by commas that opens at ``k`` ("، بعد أسابيع من التوتر،"), else ``k``."""
    if k < stop and tokens[k].norm in ctx["soft_boundaries"]:
        close = _aside_phrase(tokens, k, stop, ctx["boundaries"], ctx["aside_openers"])
        if close is not None:
            return close + 1
    return k


def _short_bracket(tokens: Sequence[Token], k: int, stop: int, step: int) -> int | None:
    """The matching bracket of the one at ``k`` when at most three words stand between."""
    close = ")" if step > 0 else "("
    j = k + step
    while 0 <= j < len(tokens) and abs(j - k) <= 4 and (j < stop if step > 0 else j >= stop):
        if tokens[j].norm == close:
            return j
        if not tokens[j].is_word:
            return None
        j += step
    return None


def clause_end(tokens: Sequence[Token], k: int, stop: int, boundaries: frozenset[str]) -> int:
    """The first boundary word at or after token ``k``, else ``stop`` (the scan goes no further)."""
    while k < stop and tokens[k].norm not in boundaries:
        k += 1
    return k


def gap_ok(tokens: Sequence[Token], a: int, b: int, ctx: dict[str, Any], allow: int,
           dated: frozenset[int] = frozenset(), quotes_ok: bool = False) -> bool:
    """Tokens in [a, b) may separate an argument from its trigger (a title in apposition may too).

    Tokens of a date expression (``dated``: "الأسبوع المقبل") never break the link.
    """
    # (with ``quotes_ok``, a quotation mark opening right before the verb does not separate its
    # subject: 'إن الرياض "تدعم استقرار لبنان"'; after a verb, a quotation is what is said)
    gap = [tokens[i].norm for i in range(a, b) if i not in dated and not (quotes_ok and tokens[i].norm in QUOTE_MARKS)]
    if "،" in gap or "," in gap:
        # "هدد وزير الداخلية الإيطالي، ماتيو سالفيني": the comma closes an apposition.
        return len(gap) <= 8 and not any(w in ctx["hard_boundaries"] for w in gap)
    if len(gap) == 3 and gap[0] in ctx["quantities"] and gap[1] in ctx["partitive_preps"] and gap[2] in ctx["member_words"]:
        return True  # "احتشد آلاف من أنصار التيار الصدري": a count of the body's members acts for it
    if len(gap) > allow:
        return False
    # "أعربت أنقرة عن دعمها": the preposition a light verb governs may stand before the noun.
    return all(w in ctx["skippable"] or w in ctx["modal_gap"] or w in ctx["light_verbs"]
               or w in ctx["member_words"] or (w[:1] == "و" and is_nisba(w[1:]))
               or future_light_verb(w, ctx) or w in ctx["title_words"]
               or (w in ctx["light_preps"] and k == len(gap) - 1) for k, w in enumerate(gap))


def light_verb_before(tokens: Sequence[Token], cs: int, t: int, ctx: dict[str, Any],
                      dated: frozenset[int]) -> int | None:
    """The light verb governing a noun trigger: within six words before it, dates not counted,
    and no other trigger between (in "تخطط الحكومة لاعتقال قادة الاحتجاجات" the light verb
    carries the arrest, not the protests named in its object)."""
    matcher = trigger_matcher()
    k, seen = t - 1, 0
    while k >= cs and seen < 6:
        if k not in dated and tokens[k].is_word:
            if light_verb(tokens[k].norm, ctx):
                near = without_conjunction(tokens[k].norm, 3) in ctx["near_light_verbs"]
                return k if not near or seen <= 2 else None
            if matcher.starts(tokens[k].norm) and matcher.match_at(tokens, k, end=t) is not None:
                return None
            seen += 1
        k -= 1
    return None


def light_verb(norm: str, ctx: dict[str, Any]) -> bool:
    """A light verb carrying a noun trigger ("شنت", "وشنت", "ستفرض")."""
    # (its forms with و/ف and سـ are listed once, in the context: a look-up, not three tests)
    return norm in ctx["light_verb_forms"]


def future_light_verb(norm: str, ctx: dict[str, Any]) -> bool:
    """A light verb with the future سـ ("ستفرض", "وسيعقد")."""
    bare = without_conjunction(norm)
    return bare[:1] == "س" and bare[1:] in ctx["light_verbs"]
