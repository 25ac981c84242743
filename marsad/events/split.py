"""Multi-word verb triggers split by their VSO subject ("سحبت أنقرة سفيرها")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from marsad.events.lexicon import Trigger, split_openers, split_verb_phrases
from marsad.text.matcher import Match
from marsad.text.tokens import Token

_NORM = itemgetter(3)  # a token's folded form
_REACH = 16  # tokens after the verb where its object may start, names and a time included


def split_match(tokens: Sequence[Token], i: int, hi: int, ctx: dict[str, Any],
                named: frozenset[int] = frozenset()) -> tuple[Match[Trigger], range] | None:
    """A multi-word verb trigger whose object follows a short VSO subject: "أطلق مسلحون النار".

    The match covers the verb only, so the subject between stays an argument; the object words'
    positions come with it.
    """
    verb = split_openers().get(tokens[i].norm)  # "وسحبت" → "سحبت"
    if verb is None:
        return None
    hi = min(hi, i + _REACH)
    openers = _object_openers(verb, ctx["patient_pronouns"])
    if openers.isdisjoint(map(_NORM, tokens[i + 2:hi])):
        return None  # (almost always: none of the verb's objects starts nearby, bare or possessed)
    starts = _object_starts(tokens, i, hi, ctx, named)
    nearby = [tokens[j] for j in starts]
    if openers.isdisjoint(map(_NORM, nearby)):
        return None
    window = {tok.norm for tok in nearby}
    window |= {w[:-len(p)] for w in window for p in ctx["patient_pronouns"] if w.endswith(p)}
    for rest, trig in split_verb_phrases()[verb]:  # longest objects first
        if rest[0] not in window:
            continue
        if trig.pos == "verb" and tokens[i].text.endswith("ة"):
            continue  # "استعادة" is the verbal noun, not استعاد + ـه
        for j in starts:
            if trig.pos != "verb" and not all(k in named for k in range(i + 1, j)):
                continue  # a verbal noun is split only by its named agent ("استعادة القوات … السيطرة")
            if tuple(tok.norm for tok in tokens[j:j + len(rest)]) == rest or (
                    _possessed_patient(tokens, j, rest, ctx)):
                prefix = tokens[i].norm[:len(tokens[i].norm) - len(verb)]
                return Match(i, i + 1, tokens[i].start, tokens[i].end, prefix, trig), range(j, j + len(rest))
    return None


def _object_starts(tokens: Sequence[Token], i: int, hi: int, ctx: dict[str, Any],
                   named: frozenset[int]) -> list[int]:
    """Where the object of a split verb may start: past a subject of up to five words besides
    the names in it ("توصلت الحكومة السودانية وقوات الدعم السريع في جدة إلى اتفاق"), and past a
    time set off by commas ("ووقعت مصر والإمارات، الأحد، اتفاقية")."""
    out: list[int] = []
    j, unnamed = i + 1, 0
    while j < hi:
        norm = tokens[j].norm
        if norm in ctx["boundaries"]:
            k = j + 1
            while k < hi and tokens[k].norm in ctx["skippable"]:
                k += 1
            if not (norm in ctx["soft_boundaries"] and j + 1 < k < hi and tokens[k].norm in ctx["soft_boundaries"]):
                break
            j = k + 1
            continue
        if j >= i + 2:
            out.append(j)
        if j not in named:
            unnamed += 1
            if unnamed > 5:
                break
        j += 1
    return out


@lru_cache(maxsize=8192)
def _object_openers(verb: str, pronouns: tuple[str, ...]) -> frozenset[str]:
    """The forms the first object word of a split verb phrase can take: bare or with a pronoun."""
    firsts = {rest[0] for rest, _ in split_verb_phrases()[verb]}
    return frozenset(firsts | {w + p for w in firsts for p in pronouns})


def _possessed_patient(tokens: Sequence[Token], j: int, rest: tuple[str, ...], ctx: dict[str, Any]) -> bool:
    """The object words end in a patient noun with a pronoun: "أطلقت محكمة تشيكية سراحه"."""
    words = tokens[j:j + len(rest)]
    if len(words) < len(rest) or rest[-1] not in ctx["patient_nouns"]:
        return False
    if tuple(tok.norm for tok in words[:-1]) != rest[:-1]:
        return False
    last = words[-1].norm
    return any(last == rest[-1] + p for p in ctx["patient_pronouns"])
