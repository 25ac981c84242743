"""Measure the entities stage on gold articles: P/R/F1 per type, misses and false positives.

Usage: .venv/bin/python scripts/eval_entities.py [DIR_OR_JSON ...] [-v] [--capital-policy city|country]
Predicted and gold entities are matched one-to-one by type and folded name/alias equality
(name = name first, then a name against the other side's aliases/mentions).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.model import Document, Meta, Sentence
from marsad.text import split_sentences, tokenize

DEV = ROOT.parent / "shared" / "data" / "articles" / "dev"
TYPES = ("PER", "ORG", "GPE", "LOC")


def keys(s: str) -> set[str]:
    """Folded keys of a name: as is, and with the first word's proclitics stripped."""
    words = [t.norm for t in tokenize(s) if t.text not in "#_"]
    if not words:
        return set()
    out = {" ".join(words)}
    first = words[0]
    for pre in ("و", "ب", "ل", "ف", "ك"):
        if first.startswith(pre + "ال") and len(first) > 4:
            out.add(" ".join([first[1:]] + words[1:]))
    if first.startswith("لل") and len(first) > 3:
        out.add(" ".join(["ا" + first[1:]] + words[1:]))
    return out


def build_pipeline(policy: str):  # type: ignore[no-untyped-def]
    """clean + segment + entities when the stages exist, else the entities stage alone."""
    from marsad import registry
    from marsad.pipeline import Pipeline

    names = [n for n in ("clean", "segment") if n in registry.registered()]
    opts = {"entities": {"capital_policy": policy}}
    if names == ["clean", "segment"]:
        return Pipeline.build(names + ["entities"], options=opts), True
    return Pipeline.build(["entities"], options=opts, assume=("clean", "sentences")), False


def analyse(pipe, full: bool, text: str, published: str | None) -> Document:  # type: ignore[no-untyped-def]
    """Run the pipeline on raw article text."""
    meta = Meta(published=published)
    if full:
        return pipe(Document(text=text, meta=meta, layers=("raw",)))
    sents = tuple(Sentence(s, e) for s, e in split_sentences(text))
    return pipe(Document(text=text, meta=meta, sentences=sents,
                         layers=("raw", "clean", "sentences")))


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of the same type, strongest evidence first."""
    cands: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        gname = keys(g["name"])
        gall = set(gname)
        for a in g.get("aliases", ()):
            gall |= keys(a)
        for pi, p in enumerate(pred):
            if p["type"] != g["type"]:
                continue
            pname = keys(p["name"])
            pall = set(pname)
            for m in p.get("mentions", ()):
                pall |= keys(m["text"])
            if gname & pname:
                cands.append((3, gi, pi))
            elif gname & pall or pname & gall:
                cands.append((2, gi, pi))
    cands.sort(key=lambda c: -c[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", default=[str(DEV)])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    ap.add_argument("--capital-policy", default="city", choices=("city", "country"))
    ap.add_argument("--json", help="write the scores to this file")
    args = ap.parse_args(argv)
    files: list[Path] = []
    for p in map(Path, args.paths):
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    pipe, full = build_pipeline(args.capital_policy)
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    en_ok = country_ok = matched = 0
    untyped_tp = 0
    t0 = time.perf_counter()
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = f.with_suffix(".txt").read_text(encoding="utf-8")
        doc = analyse(pipe, full, text, gold.get("published"))
        pred = [e.to_dict() for e in doc.entities]
        gents = gold["entities"]
        pairs = match(gents, pred)
        for g in gents:
            ngold[g["type"]] += 1
        for p in pred:
            npred[p["type"]] += 1
        for gi, pi in pairs:
            tp[gents[gi]["type"]] += 1
            matched += 1
            g, p = gents[gi], pred[pi]
            en_ok += (p.get("name_en") or "").lower() == (g.get("en") or "").lower()
            country_ok += p.get("country") == g.get("country")
        # Type-agnostic matching shows how much is lost to typing alone.
        loose = match([dict(g, type="X") for g in gents], [dict(p, type="X") for p in pred])
        untyped_tp += len(loose)
        if args.verbose:
            gm = {gi for gi, _ in pairs}
            pm = {pi for _, pi in pairs}
            print(f"== {f.stem}")
            for gi, g in enumerate(gents):
                if gi not in gm:
                    print(f"  MISS {g['type']} {g['name']} {g.get('aliases', [])}")
            for pi, p in enumerate(pred):
                if pi not in pm:
                    ms = sorted({m['text'] for m in p['mentions']})
                    print(f"  FP   {p['type']} {p['name']} {ms}")
            for gi, pi in pairs:
                g, p = gents[gi], pred[pi]
                if (p.get("name_en") or "").lower() != (g.get("en") or "").lower() or \
                        p.get("country") != g.get("country"):
                    print(f"  LINK {g['type']} {g['name']}: {p.get('name_en')}/{p.get('country')}"
                          f" vs {g.get('en')}/{g.get('country')}")
    dt = time.perf_counter() - t0
    scores: dict[str, dict[str, float]] = {}
    print(f"{'type':5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}")
    for t in TYPES + ("ALL",):
        if t == "ALL":
            a, b, c = sum(tp.values()), sum(npred.values()), sum(ngold.values())
        else:
            a, b, c = tp[t], npred[t], ngold[t]
        p, r, f1 = prf(a, b, c)
        scores[t] = {"p": p, "r": r, "f1": f1, "tp": a, "pred": b, "gold": c}
        print(f"{t:5} {p:6.3f} {r:6.3f} {f1:6.3f} {a:4d} {b:5d} {c:5d}")
    up, ur, uf = prf(untyped_tp, sum(npred.values()), sum(ngold.values()))
    print(f"untyped F1 {uf:.3f} (P {up:.3f} R {ur:.3f}); on matched: name_en {en_ok}/{matched}, "
          f"country {country_ok}/{matched}; {len(files)} docs in {dt:.1f}s")
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
