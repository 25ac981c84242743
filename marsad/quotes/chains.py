"""Chains of attribution: "نقلت X عن Y أن …", "قال لـ"رويترز"", "بحسب ما نقلت X عن Y"."""

from __future__ import annotations

from marsad.quotes.context import Ctx
from marsad.quotes.speakers import Who, after_cue, unnamed_np
from marsad.text import fold_word
from marsad.text.tokens import proclitic_splits

_AN = "عن"
_L_PREFIXES = frozenset({"ل", "ول", "فل"})
_QM = frozenset("\"“”«»")


def split_relay(ctx: Ctx, i: int, j: int) -> list[tuple[int, int]]:
    """Split a speaker region at each "عن" (outermost reporter first)."""
    parts: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        t = ctx.tokens[k]
        if t.norm == _AN or t.norm in ("عنه", "عنها", "عنهم"):
            parts.append((start, k))
            start = k + 1
    parts.append((start, j))
    return parts


def relay_chain(ctx: Ctx, i: int, j: int) -> list[Who]:
    """Reporters and the final source named in ``[i, j)``: ``[X, Y, Z]`` for "X عن Y عن Z"."""
    out: list[Who] = []
    for a, b in split_relay(ctx, i, j):
        who, _ = after_cue(ctx, a, b)
        if who is not None:
            out.append(who)
    return out


def is_publisher(ctx: Ctx, text: str) -> bool:
    """True when ``text`` names the outlet that published the article ("told BBC" in a BBC story)."""
    src = (ctx.doc.meta.source or "") + " " + (ctx.doc.meta.url or "")
    folded = " ".join(fold_word(w) for w in text.split())
    for key, names in ctx.lex.publishers.items():
        if (key.lower() in src.lower() or key.lower().replace(" ", "") in src.lower()) and any(
                n in folded for n in names):
            return True
    return False


def audience_via(ctx: Ctx, i: int, j: int) -> list[Who]:
    """Media a speaker spoke to in ``[i, j)`` ("لوكالة فرانس برس", "لـ"رويترز""), publisher excluded."""
    out: list[Who] = []
    k = i
    while k < j:
        t = ctx.tokens[k]
        target = -1
        if t.text in ("لـ", "ل") and k + 1 < j:
            target = k + 1
            while target < j and ctx.tokens[target].text in "\"“«":
                target += 1
        elif any(p in _L_PREFIXES for p, _ in proclitic_splits(t.norm)[1:]):
            target = k
        if target >= 0 and target < j:
            tt = ctx.tokens[target]
            media = ctx.lex.media.match_at(ctx.tokens, target)
            m = ctx.mention_at(tt)
            if media is not None or (m is not None and m.type == "ORG"):
                if m is not None and m.type == "ORG":
                    who = Who(m.entity, m.text)
                    end = ctx.tok_index(m.end)
                else:
                    end = target + 1
                    while end < j and end - target < 6 and (ctx.tokens[end].text[:1].isalpha() or
                                                             ctx.tokens[end].text in _QM) \
                            and ctx.tokens[end].norm not in ctx.lex.time_words \
                            and ctx.tokens[end].norm not in ctx.lex.complementizers:
                        end += 1
                    a = tt.start
                    if target == k and t.text not in ("لـ", "ل"):
                        # Drop the attached preposition from the verbatim text.
                        a = tt.start + _prefix_len(tt.text)
                    b = ctx.tokens[end - 1].end
                    text = ctx.text[a:b]
                    if sum(ch in _QM for ch in text) % 2 and ctx.text[b:b + 1] in _QM:
                        text = ctx.text[a:b + 1]  # keep the closing mark of 'وكالة "رويترز"'
                    text = text.strip()
                    who = Who(None, text)
                if not is_publisher(ctx, who.text) and ctx.tokens[end - 1].norm not in ("مراسل",):
                    out.append(who)
                k = max(end, k + 1)
                continue
        k += 1
    return out


def _prefix_len(word: str) -> int:
    n = 0
    for ch in word:
        if ch in "لوف" and n < 2:
            n += 1
            if ch == "ل":
                break
        else:
            break
    return n


def source_chain(ctx: Ctx, i: int, j: int) -> list[Who]:
    """The source named after "بحسب"/"وفق" in ``[i, j)``: fillers skipped, split at "عن"."""
    lex = ctx.lex
    k = i
    saw_filler_verb = False
    while k < j:
        t = ctx.tokens[k]
        stems = {s for _, s in proclitic_splits(t.norm)}
        if t.norm in lex.source_fillers or (stems & lex.source_fillers and t.norm.startswith(("ل", "ب"))):
            saw_filler_verb = saw_filler_verb or len(t.norm) > 3
            k += 1
            continue
        if t.text in "\"“«" or t.text in ("لـ", "ل"):
            k += 1
            continue
        break
    if k >= j:
        return []
    end = k
    while end < j and ctx.tokens[end].text not in "،,.:؛;()-–—" and \
            ctx.tokens[end].norm not in lex.complementizers:
        end += 1
    chain = relay_chain(ctx, k, end)
    if not chain:
        return []
    first = chain[0]
    plausible = first.entity is not None or unnamed_np(ctx, k, end) is not None or \
        lex.media.match_at(ctx.tokens, k) is not None or saw_filler_verb
    if first.entity is not None:
        m = ctx.mention_at(ctx.tokens[k])
        plausible = plausible and (m is None or m.type in ("PER", "ORG", "GPE"))
    return chain if plausible else []
