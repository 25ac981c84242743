"""Document-level label consistency: a name tagged once is tagged the same wherever it recurs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from operator import itemgetter

from marsad.text import proclitic_splits

_MAX = 6
_STEM = itemgetter(1)  # the stem of a (prefix, stem) reading
_COUNT = itemgetter(1)  # the count of a (type, count) item


def longest_phrase(norms: Sequence[str], i: int, reach: int, firsts: Sequence[str],
                   table: Mapping[tuple[str, ...], str]) -> tuple[int, str] | None:
    """The longest phrase of ``table`` at token ``i`` (at most ``reach`` tokens), read with any of
    the first word's clitic-free forms ``firsts``: (length, type), or None."""
    for k in range(reach, 0, -1):
        rest = tuple(norms[i + 1:i + k])
        for f in firsts:
            typ = table.get((f,) + rest)
            if typ:
                return k, typ
    return None


def _spans_in_order(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``sorted(spans(tags))``: the spans come out in text order, from a pass over the tagged
    positions only (most tokens are "O")."""
    out: list[tuple[int, int, str]] = []
    start, typ, last = -1, "", -1
    for i in [i for i, t in enumerate(tags) if t != "O"]:
        if start >= 0 and i != last + 1:
            out.append((start, last + 1, typ))  # the "O" after ``last`` ended it
            start = -1
        bio, _, ty = tags[i].partition("-")
        if start >= 0 and (bio != "I" or ty != typ):
            out.append((start, i, typ))
            start = -1
        if bio == "B" or (bio == "I" and start < 0):
            start, typ = i, ty
        last = i
    if start >= 0:
        out.append((start, last + 1, typ))
    return out


def label_span(labels: list[str], i: int, hit: tuple[int, str], prefix: str) -> int:
    """Write B-/I- labels (after ``prefix``) for a phrase found at ``i``; the index after it."""
    k, typ = hit
    labels[i] = f"{prefix}B-{typ}"
    for j in range(i + 1, i + k):
        labels[j] = f"{prefix}I-{typ}"
    return i + k


def propagate(norms: Sequence[Sequence[str]], tags: Sequence[list[str]],
              surnames: bool = True) -> list[list[str]]:
    """Tag untagged recurrences of phrases tagged elsewhere in the same document (majority type).

    ``norms`` are the folded tokens of each sentence; the first word of a recurrence may carry
    proclitics (و ف ب ل ك ال). With ``surnames`` the last word of a multi-word person is a person
    on its own too ("بوتين" after "فلاديمير بوتين").
    """
    seen: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ns, ts in zip(norms, tags, strict=True):
        if ts.count("O") == len(ts):
            continue
        for s, e, ty in _spans_in_order(ts):  # text order: a tie goes to the first seen, whatever the hash seed
            if e - s <= _MAX:
                seen[tuple(ns[s:e])][ty] += 1
                if surnames and ty == "PER" and e - s >= 2 and len(ns[e - 1]) > 2:
                    seen[(ns[e - 1],)][ty] += 1
    if not seen:
        return [list(t) for t in tags]
    # = c.most_common(1)[0][0] (the first of the most frequent types): most phrases have one type
    best = {k: next(iter(c)) if len(c) == 1 else max(c.items(), key=_COUNT)[0]
            for k, c in seen.items()}
    # first word of a tagged phrase -> its longest phrase length
    longest: dict[str, int] = {}
    for k in best:
        if len(k) > longest.get(k[0], 0):
            longest[k[0]] = len(k)
    # folded word -> its readings (bare first) that start a tagged phrase, for the words that
    # have one: only their positions need a look
    firsts_of: dict[str, tuple[str, ...]] = {}
    starts = longest.keys()
    # every reading of a word ends with the word's last two letters (see proclitic_splits)
    tails = {f[-2:] for f in longest}
    for norm in {x for ns in norms for x in ns if x[-2:] in tails}:
        readings = proclitic_splits(norm)
        if starts.isdisjoint(map(_STEM, readings)):
            continue  # most words: one C-level test
        firsts_of[norm] = tuple(s for _p, s in readings if s in longest)
    out: list[list[str]] = []
    for ns, ts in zip(norms, tags, strict=True):
        ts = list(ts)
        n = len(ns)
        free = 0  # tokens before this one were just tagged
        for i in [i for i, x in enumerate(ns) if x in firsts_of]:
            if i < free or ts[i] != "O":
                continue
            firsts = firsts_of[ns[i]]
            # a recurrence covers untagged tokens only, and no phrase is longer than its longest
            top = min(_MAX, n - i, max(longest[f] for f in firsts))
            run = 1
            while run < top and ts[i + run] == "O":
                run += 1
            hit = longest_phrase(ns, i, run, firsts, best)
            if hit is not None:
                free = label_span(ts, i, hit, "")
        out.append(ts)
    return out
