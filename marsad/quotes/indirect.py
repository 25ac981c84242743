"""Complements of a reporting cue: a that-clause, a quotation, a colon, or a noun phrase; content ends."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.quotes.context import Ctx
from marsad.quotes.cues import Cue
from marsad.quotes.direct import Marked, word_count

_END_PUNCT = frozenset(".!?؟")
_TRIM = " \t\n\r.,،:؛;-–—"


@dataclass(frozen=True, slots=True)
class Complement:
    """Where a cue's reported content starts: kind, token index, and the quotation if any."""

    kind: str  # that | quote | colon | np
    tok: int  # first token of the content (the complementizer/colon/mark itself for that/colon/quote)
    region_end: int  # end of the speaker region (exclusive token index)
    marked: Marked | None = None


def _short_marked(ctx: Ctx, m: Marked) -> bool:
    return word_count(ctx.text, *m.inner) <= 3


def find_complement(ctx: Ctx, cue: Cue, k: int, hi: int, cue_starts: set[int]) -> Complement | None:
    """Scan right of a cue (tokens ``k..hi``) for its complement, stopping at the next cue."""
    lex = ctx.lex
    limit = min(hi, k + (10 if cue.weak else 30))
    j = k
    prep_at = -1
    while j < limit:
        t = ctx.tokens[j]
        if j > k and j in cue_starts:
            cm = lex.cues.match_at(ctx.tokens, j)
            if cm is None or not (cm.payload.masdar or cm.payload.family == "source"):
                break
        if t.start in ctx.by_open:
            m = ctx.by_open[t.start]
            if prep_at != j - 1 and _short_marked(ctx, m) and _more_after(ctx, m, limit):
                j = ctx.tok_index(m.close + 1)
                continue
            if "quote" in cue.takes or "that" in cue.takes:
                if cue.np_needs_prep and prep_at < 0:
                    return None
                return Complement("quote", j, prep_at if prep_at >= 0 else j, m)
            return None
        if t.norm in lex.complementizers and "that" in cue.takes:
            if t.norm == "لان":
                return None
            return Complement("that", j, prep_at if prep_at == j - 1 else j)
        if t.text == ":" and ("colon" in cue.takes or "quote" in cue.takes):
            return Complement("colon", j, j)
        if t.text in _END_PUNCT:
            break
        if cue.preps and t.norm in cue.preps:
            prep_at = j
            if "np" in cue.takes and j + 1 < hi:
                nxt = ctx.tokens[j + 1]
                if nxt.norm not in lex.complementizers and nxt.start not in ctx.by_open:
                    return Complement("np", j + 1, j)
        j += 1
    if "np" in cue.takes and not cue.np_needs_prep:
        return Complement("np", k, k)
    return None


def _more_after(ctx: Ctx, m: Marked, limit: int) -> bool:
    """True when another quotation or complementizer follows in the clause (the short one is a name)."""
    j = ctx.tok_index(m.close + 1)
    while j < limit:
        t = ctx.tokens[j]
        if t.text in _END_PUNCT:
            return False
        if t.start in ctx.by_open or t.norm in ctx.lex.complementizers:
            return True
        j += 1
    return False


def clause_end(ctx: Ctx, start_tok: int, hi: int, sent_end: int, cut_points: set[int],
               np_mode: bool = False) -> int:
    """The character offset where an indirect content starting at ``start_tok`` ends."""
    lex = ctx.lex
    j = start_tok
    while j < hi:
        t = ctx.tokens[j]
        if t.start in ctx.by_open:
            m = ctx.by_open[t.start]
            j = ctx.tok_index(m.close + 1)
            continue
        if j > start_tok and j in cut_points:
            return _trim_end(ctx.text, t.start)
        if t.text in "،,;؛" or (t.text in "-–—" and np_mode):
            if np_mode and t.text in "،,":
                return _trim_end(ctx.text, t.start)
            if j + 1 < hi and (lex.clause_breaks.match_at(ctx.tokens, j + 1) is not None
                               or (j + 1) in cut_points):
                return _trim_end(ctx.text, t.start)
        j += 1
    return _trim_end(ctx.text, sent_end)


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in _TRIM:
        end -= 1
    return end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation from ``[start, end)``."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end
