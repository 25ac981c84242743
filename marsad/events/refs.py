"""Entity mentions on the token grid, with the preposition each carries; quote and pronoun look-ups."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from marsad.events.words import is_nisba
from marsad.model import Arg, Document, Entity, Quote
from marsad.text.normalize import fold_word
from marsad.text.tokens import Token


class MentionRef(NamedTuple):
    """An entity mention located on the token grid.

    A named tuple, like ``Token``: every mention of every document gets one, and a tuple is
    several times cheaper to create than a frozen dataclass while staying immutable.
    """

    first: int
    last: int
    start: int
    end: int
    entity: Entity
    prepositional: bool
    prep: str


_FIRST = itemgetter(0)  # a mention's first token
_LAST = itemgetter(1)  # the token after its last


def mention_refs(doc: Document, tokens: Sequence[Token], starts: list[int],
                 ctx: dict[str, Any]) -> list[MentionRef]:
    """Every entity mention placed on the token grid, with the preposition it carries."""
    refs: list[MentionRef] = []
    for ent in doc.entities:
        for m in ent.mentions:
            first = bisect_right(starts, m.start) - 1
            last = bisect_left(starts, m.end)
            if first < 0 or last <= first:
                continue
            prep = mention_preposition(tokens, first, m.start, ent.type, ctx)
            refs.append(MentionRef(first, last, m.start, m.end, ent, bool(prep), prep))
    # by first token, the longer of two mentions opening there first: two stable C-level sorts
    # instead of a key tuple built per mention
    refs.sort(key=_LAST, reverse=True)
    refs.sort(key=_FIRST)
    return refs


def mention_preposition(tokens: Sequence[Token], first: int, start: int, etype: str,
                        ctx: dict[str, Any]) -> str:
    """The preposition a mention starting at offset ``start`` of token ``first`` carries, or ""."""
    tok = tokens[first]
    # after a title, لـ joins the body to the office: "الأمين العام للأمم المتحدة"
    after_title = first > 0 and tokens[first - 1].norm in ctx["title_words"]
    if start > tok.start:
        # A proclitic fused to the name ("بموسكو"); the conjunction before it does not count.
        fused = fold_word(tok.text[:start - tok.start]).lstrip("وف")
        return fused if fused in ctx["prep_proclitics"] and not (fused == "ل" and after_title) else ""
    if first > 0:
        before = word_before(tokens, first)
        if before in ctx["arg_preps"] or before in ctx["between"]:
            return before  # ("بين أرمينيا وأذربيجان": sides, not places)
    if tok.norm[:2] in ("بال", "لل") and etype != "PER":
        return "" if tok.norm[0] == "ل" and after_title else tok.norm[0]
    return place_preposition(tokens, first, ctx) or title_preposition(tokens, first, ctx)


def word_before(tokens: Sequence[Token], first: int) -> str:
    """The word before a token, skipping a hashtag mark ("في #أرمينيا")."""
    k = first - 1
    if k > 0 and tokens[k].text == "#":
        k -= 1
    return tokens[k].norm


def place_preposition(tokens: Sequence[Token], first: int, ctx: dict[str, Any]) -> str:
    """The preposition before a place word in front of a name ("في منطقة الجولان" → في), else ""."""
    k = first - 1
    cues = ctx["place_setting_cues"]
    setting = False
    while k >= max(0, first - 3) and tokens[k].norm.removeprefix("ال") in cues:
        setting = setting or tokens[k].norm.removeprefix("ال") in ctx["setting_cues"]
        k -= 1
    if k == first - 1:
        fused = _fused_place_cue(tokens[k].norm, ctx) if k >= 0 else ""
        return fused  # "بشوارع نيروبي", "بمدينة حلب": the cue carries the preposition
    if k >= 0 and tokens[k].norm in ctx["location_preps"]:
        return tokens[k].norm
    if tokens[k + 1].norm in ctx["place_cue_preps"] or tokens[k + 1].norm in ctx["location_preps"]:
        # "وسط العاصمة الجزائر", "باردونيكيا غربي مدينة تورينو": the cue is the preposition
        return tokens[k + 1].norm
    if k < 0:
        return ""
    if tokens[k].norm in ctx["edge_preps"] and tokens[k + 1].norm.removeprefix("ال") in ctx["edge_cues"]:
        return "في"  # "على أطراف مدينة طرابلس": at its edge is there
    if setting and tokens[k].norm in ctx["target_preps"]:
        return "في"  # "إلى شوارع الخرطوم": going into a public place is being there
    if tokens[k].norm in ctx["motion_preps"] or tokens[k].norm in ctx["place_cue_preps"]:
        return tokens[k].norm  # "نحو العاصمة نيودلهي", "قرب مدينة الأبيض"
    return ""


def _fused_place_cue(norm: str, ctx: dict[str, Any]) -> str:
    """The preposition fused to a place word right before a name ("بشوارع" → في), else ""."""
    if norm[:1] in ("ب", "ل") and len(norm) > 4 and norm[1:] in ctx["place_setting_cues"]:
        return "في" if norm[0] == "ب" else "ل"
    return ""


def title_preposition(tokens: Sequence[Token], first: int, ctx: dict[str, Any]) -> str:
    """The ب/ل a title in front of a name carries ("التقى بولي العهد محمد بن سلمان"), else ""."""
    titles = ctx["title_words"]
    k = first - 1
    lowest = max(0, first - 4)
    while k >= lowest and (tokens[k].norm in titles or is_nisba(tokens[k].norm)):
        k -= 1
    if k < 0:
        return ""
    norm = tokens[k].norm  # the word before the bare title run, or just before the name
    for prep in ("ب", "ل"):
        if not norm.startswith(prep):
            continue
        bare = norm[1:]
        if bare.startswith("ل") and prep == "ل":
            bare = "ا" + bare  # "للرئيس" is ل + الرئيس
        if bare in titles:
            return prep
    return ""


def arg(ref: MentionRef) -> Arg:
    """A participant pointing at a mention's entity."""
    return Arg(ref.entity.id, ref.entity.name)


def first_conjunct(tokens: Sequence[Token], sent_refs: Sequence[MentionRef], ref: MentionRef) -> MentionRef:
    """The first of the mentions joined by و that ``ref`` closes ("بوتين وأردوغان" → بوتين)."""
    while True:
        tok = tokens[ref.first]
        if not (tok.norm.startswith("و") and ref.start > tok.start):
            return ref
        prev = next((r for r in sent_refs if r.last == ref.first and r.entity.type in ("PER", "ORG", "GPE")), None)
        if prev is None or prev.entity.id == ref.entity.id:
            return ref
        ref = prev


def conjuncts(tokens: Sequence[Token], sent_refs: list[MentionRef], head: MentionRef,
              limit: int) -> list[MentionRef]:
    """Mentions joined to ``head`` by و ("اتهم إيران وحزب الله"): a compound participant."""
    out: list[MentionRef] = []
    last = head.last
    seen = {head.entity.id}
    for r in sent_refs:
        if r.first < last:
            continue
        if r.first != last or r.last > limit or r.entity.id in seen:
            break
        tok = tokens[r.first]
        if not (tok.norm.startswith("و") and r.start > tok.start) or r.entity.type not in (
                "PER", "ORG", "GPE"):
            break
        out.append(r)
        seen.add(r.entity.id)
        last = r.last
    return out


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The quote whose content holds [start, end), if any."""
    for q in quotes:
        if q.content.start <= start and end <= q.content.end:
            return q
    return None


def speaker_arg(q: Quote) -> Arg | None:
    """A quote's speaker as a participant: the entity, else its description."""
    if q.speaker:
        return Arg(q.speaker, q.speaker_text or "")
    if q.speaker_text:
        return Arg(None, q.speaker_text)
    return None
