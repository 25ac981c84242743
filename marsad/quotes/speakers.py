"""Speaker phrases after and before a cue, anaphoric titles and carry-over of the last speaker."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.quotes.context import PREP_WORDS, Ctx, Mention
from marsad.text.tokens import Token, proclitic_splits

# Punctuation that ends a speaker phrase.
_STOP_PUNCT = frozenset("،,.:؛;!?؟()[]-–—\"“”«»'‘’‹›")
_MAX_NP = 10


@dataclass(frozen=True, slots=True)
class Who:
    """A resolved speaker or intermediary: an entity id (or None) and its verbatim text."""

    entity: str | None
    text: str
    how: str = "explicit"  # explicit | carry | anaphor


def _stem_match(tok: Token, words: frozenset[str]) -> bool:
    return any(stem in words for _, stem in proclitic_splits(tok.norm))


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalpha()


def _ent_who(ctx: Ctx, m: Mention) -> Who:
    return Who(m.entity, m.text)


def _skip_adverbs(ctx: Ctx, i: int, j: int) -> int:
    """Skip time words, commas and parentheticals at the start of a region."""
    lex = ctx.lex
    while i < j:
        t = ctx.tokens[i]
        if t.norm in lex.time_words or t.text in "،," or t.norm in lex.skip_after_cue:
            i += 1
            continue
        break
    return i


def unnamed_np(ctx: Ctx, i: int, j: int) -> tuple[int, int] | None:
    """The token range of an unnamed-source phrase starting at ``i`` ("مصدر في وزارة الخارجية")."""
    m = ctx.lex.unnamed.match_at(ctx.tokens, i)
    if m is None or m.prefix not in ("", "و"):
        return None
    k = m.last
    while k < j and k - i < _MAX_NP:
        t = ctx.tokens[k]
        if t.text in _STOP_PUNCT or t.norm in ctx.lex.complementizers or t.norm in ctx.lex.time_words:
            break
        if ctx.lex.cues.match_at(ctx.tokens, k) is not None:
            break
        if t.norm.startswith("ل") and k > m.last and _media_target(ctx, k):
            break
        k += 1
    while k > m.last and ctx.tokens[k - 1].norm in PREP_WORDS:
        k -= 1
    return i, k


def _media_target(ctx: Ctx, k: int) -> bool:
    t = ctx.tokens[k]
    for prefix, stem in proclitic_splits(t.norm):
        if prefix in ("ل", "ول", "فل") and (stem in ctx.lex.audience_heads or
                                           ("ال" + stem) in ctx.lex.audience_heads):
            return True
    return t.text in ("لـ", "ل")


def plain_np(ctx: Ctx, i: int, j: int) -> tuple[int, int] | None:
    """A bare noun phrase from ``i``: up to a stop word, punctuation or preposition."""
    lex = ctx.lex
    k = i
    while k < j and k - i < _MAX_NP:
        t = ctx.tokens[k]
        if t.text in _STOP_PUNCT or not _is_word(t):
            break
        if t.norm in lex.speaker_stops or t.norm in PREP_WORDS or t.norm in lex.complementizers:
            break
        if k > i and (t.text.startswith(("لـ", "بـ")) or t.norm.startswith(("لل", "بال"))):
            break
        if k > i and ctx.lex.cues.match_at(ctx.tokens, k) is not None:
            break
        k += 1
    return (i, k) if k > i else None


def _span_text(ctx: Ctx, i: int, k: int) -> str:
    return ctx.text[ctx.tokens[i].start:ctx.tokens[k - 1].end]


def after_cue(ctx: Ctx, i: int, j: int) -> tuple[Who | None, int]:
    """The speaker named in tokens ``[i, j)`` right after a cue (VSO), and where it ends."""
    i = _skip_adverbs(ctx, i, j)
    if i >= j:
        return None, i
    t = ctx.tokens[i]
    if (t.norm in PREP_WORDS or t.norm in ctx.lex.speaker_stops or not _is_word(t)) and not (
            t.text in "\"“«" and i + 1 < j):
        return None, i
    un = unnamed_np(ctx, i, j)
    m = ctx.mention_at(t)
    if m is not None and m.type in ("PER", "ORG", "GPE") and not ctx.is_target(i, m, floor=i) and un is None:
        end = ctx.tok_index(m.end)
        return _ent_who(ctx, m), end
    if un is not None:
        return Who(None, _span_text(ctx, *un)), un[1]
    if t.text in "\"“«":
        # A quoted name as the speaker: 'أكد "المصدر المسؤول" في …'
        inner = _skip_adverbs(ctx, i + 1, j)
        un = unnamed_np(ctx, inner, j)
        if un is not None:
            return Who(None, _span_text(ctx, *un)), un[1]
        mark = ctx.by_open.get(t.start)
        if mark is not None and mark.closed and 0 < len(ctx.text[mark.open + 1:mark.close].split()) <= 4:
            after = ctx.tok_index(mark.close + 1)
            if after < len(ctx.tokens) and ctx.tokens[after].norm in ctx.lex.complementizers:
                # 'وأفادت "سي ووتش" أن …': a short quoted name, then what it said
                name = ctx.text[mark.open + 1:mark.close].strip()
                inside = ctx.mention_at(ctx.tokens[i + 1]) if i + 1 < after else None
                return Who(inside.entity if inside is not None else None, name), after
        return None, i
    if _media_target(ctx, i):
        return None, i
    np = plain_np(ctx, i, j)
    if np is None:
        return None, i
    if np[1] < j and ctx.tokens[np[1]].start in ctx.by_open:
        # A quoted name after a head noun: 'وكالة “رويترز”', 'صحيفة "لا ريبوبليكا"'.
        mark = ctx.by_open[ctx.tokens[np[1]].start]
        if mark.closed and len(ctx.text[mark.open + 1:mark.close].split()) <= 3:
            np = (np[0], ctx.tok_index(mark.close + 1))
    # An entity named later in the same phrase ("رئيس الوزراء العراقي حيدر العبادي",
    # "الناطق باسم حماس فوزي برهوم"); a person is preferred over the body in the title.
    best: Mention | None = None
    for k in range(np[0], min(j, np[0] + 12)):
        tk = ctx.tokens[k]
        if tk.text in "،,":
            # An apposition after a title: "رئيس الحكومة اليمنية، أحمد بن دغر،"
            continue
        if tk.norm in ctx.lex.complementizers or tk.start in ctx.by_open or tk.text in _STOP_PUNCT:
            break
        if (tk.norm in PREP_WORDS and tk.norm != "باسم") or tk.text.startswith(("لـ", "بـ")) \
                or _media_target(ctx, k):
            break
        mk = ctx.mention_at(tk)
        if mk is not None and mk.type in ("PER", "ORG", "GPE") and not ctx.is_target(k, mk, floor=np[0]):
            if mk.type == "PER":
                best = mk
                break
            if best is None:
                best = mk
    if best is not None:
        end = max(np[1], ctx.tok_index(best.end))
        phrase = ctx.text[ctx.tokens[np[0]].start:best.end] if best.start >= ctx.tokens[np[0]].start \
            else best.text
        return Who(best.entity, phrase.strip(" ،,")), end
    return Who(None, _span_text(ctx, *np)), np[1]


def before_cue(ctx: Ctx, cue_tok: int, lo: int) -> Who | None:
    """The subject standing right before a cue (SVO: "وكانت السلطات التركية قد قالت")."""
    k = cue_tok - 1
    while k >= lo and (ctx.tokens[k].norm in ctx.lex.qad or ctx.tokens[k].norm in ctx.lex.time_words
                       or ctx.tokens[k].norm in ctx.lex.kana):
        k -= 1
    if k < lo:
        return None
    t = ctx.tokens[k]
    if t.norm in ctx.lex.relatives:
        # "جون بولتون، الذي كان تحدث عن …": the antecedent speaks.
        r = k - 1
        while r >= lo and ctx.tokens[r].text in "،,":
            r -= 1
        for back in range(r, max(lo - 1, r - 6), -1):
            m = ctx.mention_at(ctx.tokens[back])
            if m is not None and m.end >= ctx.tokens[r].end - 1 and m.type == "PER":
                return _ent_who(ctx, m)
        return None
    if t.text in _STOP_PUNCT:
        return None
    # The nearest mention ending at this token.
    for back in range(k, max(lo - 1, k - 8), -1):
        tb = ctx.tokens[back]
        if tb.text in _STOP_PUNCT:
            break
        m = ctx.mention_at(tb)
        if m is not None and m.end >= t.end - 1 and m.type in ("PER", "ORG", "GPE") \
                and not ctx.is_target(back, m):
            return _ent_who(ctx, m)
    # An unnamed-source phrase ending here: "وكانت وسائل إعلام تابعة للحوثيين أوردت".
    for back in range(k, max(lo - 1, k - 5), -1):
        tb = ctx.tokens[back]
        if tb.text in _STOP_PUNCT:
            break
        un = unnamed_np(ctx, back, k + 1)
        if un is not None and un[1] >= k:
            return Who(None, _span_text(ctx, back, k + 1))
    # A short definite phrase opening the clause: "الحكومة الأردنية أعلنت".
    start = k
    while start > lo and ctx.tokens[start - 1].text not in _STOP_PUNCT and k - start < 4:
        start -= 1
    first = start
    while first <= k and (ctx.tokens[first].norm in ctx.lex.coordinators or
                          ctx.tokens[first].norm in ctx.lex.kana):
        first += 1
    if first > k:
        return None
    if start > lo and ctx.tokens[start - 1].text not in _STOP_PUNCT and first == start:
        return None
    if ctx.tokens[first].norm.lstrip("و").startswith("ال") and k - first < 4:
        return Who(None, _span_text(ctx, first, k + 1))
    return None




def anaphor_head(ctx: Ctx, who: Who) -> str | None:
    """The folded title word when the speaker text is only an anaphoric title ("الوزير")."""
    if who.entity is not None:
        return None
    words = who.text.split()
    if not words or len(words) > 2:
        return None
    head = ctx.lex.anaphors
    from marsad.text import fold_word
    w = fold_word(words[0])
    if not w.lstrip("وف").startswith("ال"):
        return None
    for _, stem in proclitic_splits(w):
        if stem in head or ("ال" + stem) in head:
            return stem if not stem.startswith("ال") else stem[2:]
    return None


def resolve_anaphor(ctx: Ctx, who: Who, history: list[Who]) -> Who:
    """Replace an anaphoric title by the latest earlier speaker it fits, else the latest speaker."""
    head = anaphor_head(ctx, who)
    if head is None or not history:
        return who
    from marsad.text import fold_word
    for prev in reversed(history):
        words = [fold_word(w) for w in prev.text.split()]
        if any(head in w for w in words):
            return Who(prev.entity, prev.text, "anaphor")
    return Who(history[-1].entity, history[-1].text, "anaphor")
