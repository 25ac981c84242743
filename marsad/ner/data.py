"""ANERcorp-style CoNLL reading, the fixed dev split and exact-span scoring for the NER model."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

Sentence = list[tuple[str, str]]

# ANERcorp names persons PERS; the project's contract says PER.
_TYPE_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
SCORED_TYPES = ("PER", "LOC", "ORG")
DEV_FRACTION = 0.10


def map_tag(tag: str) -> str:
    """Map a corpus tag to the model's label set (PERS → PER; unknown types → O)."""
    if tag == "O" or "-" not in tag:
        return "O"
    bio, raw = tag.split("-", 1)
    typ = _TYPE_MAP.get(raw)
    return f"{bio}-{typ}" if typ and bio in ("B", "I") else "O"


def read_conll(path: Path | str) -> list[Sentence]:
    """Sentences of (token, tag) pairs; a blank line ends a sentence."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            if len(parts) < 2 or not parts[0]:
                continue
            cur.append((parts[0], map_tag(parts[1].strip())))
    if cur:
        sents.append(cur)
    return sents


def split_dev(sents: Sequence[Sentence],
              fraction: float = DEV_FRACTION) -> tuple[list[Sentence], list[Sentence]]:
    """The fixed split: the last ``fraction`` of sentences (contiguous) is the dev part."""
    cut = len(sents) - round(len(sents) * fraction)
    return list(sents[:cut]), list(sents[cut:])


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Exact entity spans (start, end, type) of a BIO sequence; a stray I- starts a span."""
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate(list(tags) + ["O"]):
        bio, _, ty = t.partition("-")
        if start >= 0 and (bio != "I" or ty != typ):
            out.add((start, i, typ))
            start = -1
        if bio == "B" or (bio == "I" and start < 0):
            start, typ = i, ty
    return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]],
          types: Sequence[str] = SCORED_TYPES) -> dict[str, dict[str, float]]:
    """Per-type and micro precision/recall/F1 over exact spans; micro covers ``types`` only."""
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t: int, n_p: int, n_g: int) -> dict[str, float]:
        p = t / n_p if n_p else 0.0
        r = t / n_g if n_g else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": float(n_g)}

    res = {ty: prf(tp[ty], np_[ty], ng[ty]) for ty in sorted(set(ng) | set(np_))}
    res["micro"] = prf(sum(tp[t] for t in types), sum(np_[t] for t in types),
                       sum(ng[t] for t in types))
    return res


def format_scores(res: dict[str, dict[str, float]]) -> str:
    """A small table of scores."""
    rows = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}"]
    for k, v in res.items():
        rows.append(f"{k:6} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {int(v['n']):6d}")
    return "\n".join(rows)
