"""Matching rules of the scorer: folded names and aliases, token overlap, one-to-one greedy pairing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from marsad.text.tokens import proclitic_splits, tokenize

# A quote's content matches when its tokens overlap the gold content by at least this much.
QUOTE_OVERLAP = 0.6
# An event matches on evidence alone (without a matching actor) from this overlap on.
EVENT_OVERLAP = 0.5
# A participant given as a description ("مصدر رسمي سوري") matches from this overlap on.
DESCRIPTION_OVERLAP = 0.5
# A date expression matches from this overlap on (or when one folded text contains the other).
DATE_OVERLAP = 0.5


@lru_cache(maxsize=50_000)
def words(text: str) -> tuple[str, ...]:
    """The folded word and number tokens of a string (punctuation, '#' and '_' dropped)."""
    return tuple(t.norm for t in tokenize(text) if t.text[:1].isalnum())


@lru_cache(maxsize=50_000)
def name_keys(text: str) -> frozenset[str]:
    """Folded keys of a name: its words, with every proclitic reading (و ف ب ل ك) of the first word.

    The article ``ال`` is kept, so "الرئيس" and "رئيس" stay different, while "للتحالف" reads as
    "التحالف" and "وبوتين" as "بوتين".
    """
    ws = words(text)
    if not ws:
        return frozenset()
    rest = ws[1:]
    firsts = [stem for prefix, stem in proclitic_splits(ws[0]) if not prefix.endswith("ال")]
    return frozenset(" ".join((f,) + rest) for f in firsts)


def keys_of(surfaces: Iterable[str]) -> frozenset[str]:
    """The union of ``name_keys`` over several surface forms."""
    out: set[str] = set()
    for s in surfaces:
        out |= name_keys(s)
    return frozenset(out)


def overlap(a: Sequence[str] | str, b: Sequence[str] | str) -> float:
    """Token overlap: |multiset intersection of folded words| / max(len a, len b), in [0, 1]."""
    wa = words(a) if isinstance(a, str) else tuple(a)
    wb = words(b) if isinstance(b, str) else tuple(b)
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())
    return common / max(len(wa), len(wb))


def names_match(pred: Iterable[str], gold: Iterable[str]) -> bool:
    """True when some predicted surface and some gold surface have a folded key in common."""
    return bool(keys_of(pred) & keys_of(gold))


def contains(outer: str, inner: str) -> bool:
    """True when ``inner``'s folded words occur as a whole-word run inside ``outer``.

    The first word of the run may carry proclitics ("لرويترز" contains "رويترز").
    """
    ow, iw = words(outer), words(inner)
    if not iw or len(iw) > len(ow):
        return False
    for i in range(len(ow) - len(iw) + 1):
        if ow[i + 1:i + len(iw)] != iw[1:]:
            continue
        if any(stem == iw[0] for prefix, stem in proclitic_splits(ow[i])
               if not prefix.endswith("ال")):
            return True
    return False


def participant_match(pred: Sequence[str], gold: Sequence[str], gold_is_entity: bool) -> bool:
    """Match a predicted participant's surfaces against a gold one (entity surfaces or a description).

    They match when they share a folded name key, or when a predicted surface contains a gold
    name or alias as a whole-word run ("الناطق الحكومي ديمتريس تزاناكوبولوس" names the gold
    "ديمتريس تزاناكوبولوس"). A gold description ("مصادر دبلوماسية") also matches a predicted
    surface that overlaps it by ``DESCRIPTION_OVERLAP``.
    """
    if not pred or not gold:
        return False
    if names_match(pred, gold) or any(contains(p, g) for p in pred for g in gold):
        return True
    if gold_is_entity:
        return False
    return any(overlap(p, g) >= DESCRIPTION_OVERLAP for p in pred for g in gold)


def greedy_pairs(n_pred: int, n_gold: int,
                 score: Callable[[int, int], float | None]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (pred, gold, score), taking the best-scoring admissible pair first.

    ``score`` returns None for a pair that may not match. Ties keep document order.
    """
    cands: list[tuple[float, int, int]] = []
    for i in range(n_pred):
        for j in range(n_gold):
            s = score(i, j)
            if s is not None:
                cands.append((s, i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for s, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, s))
    return out
