"""Document-level label consistency: a name tagged once is tagged the same wherever it recurs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from marsad.ner.data import spans
from marsad.text import proclitic_splits

_MAX = 6


def propagate(norms: Sequence[Sequence[str]], tags: Sequence[list[str]],
              surnames: bool = True) -> list[list[str]]:
    """Tag untagged recurrences of phrases tagged elsewhere in the same document (majority type).

    ``norms`` are the folded tokens of each sentence; the first word of a recurrence may carry
    proclitics (و ف ب ل ك ال). With ``surnames`` the last word of a multi-word person is a person
    on its own too ("بوتين" after "فلاديمير بوتين").
    """
    seen: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for ns, ts in zip(norms, tags, strict=True):
        for s, e, ty in spans(ts):
            if e - s <= _MAX:
                seen[tuple(ns[s:e])][ty] += 1
                if surnames and ty == "PER" and e - s >= 2 and len(ns[e - 1]) > 2:
                    seen[(ns[e - 1],)][ty] += 1
    if not seen:
        return [list(t) for t in tags]
    best = {k: c.most_common(1)[0][0] for k, c in seen.items()}
    first = {k[0] for k in best}
    out: list[list[str]] = []
    for ns, ts in zip(norms, tags, strict=True):
        ts = list(ts)
        n = len(ns)
        i = 0
        while i < n:
            if ts[i] != "O":
                i += 1
                continue
            hit = 0
            typ = ""
            firsts = [s for _p, s in proclitic_splits(ns[i]) if s in first]
            if not firsts:
                i += 1
                continue
            for k in range(min(_MAX, n - i), 0, -1):
                if any(t != "O" for t in ts[i:i + k]):
                    continue
                rest = tuple(ns[i + 1:i + k])
                for f in firsts:
                    t = best.get((f,) + rest)
                    if t:
                        hit, typ = k, t
                        break
                if hit:
                    break
            if hit:
                ts[i] = "B-" + typ
                for j in range(i + 1, i + hit):
                    ts[j] = "I-" + typ
                i += hit
            else:
                i += 1
        out.append(ts)
    return out
