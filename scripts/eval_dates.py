"""Score the dates finder against gold `dates` of annotated articles (dev set + seed).

Usage: .venv/bin/python scripts/eval_dates.py [DIR_OR_JSON ...] [-v] [--raw]
(--raw: run the dates finder on the .txt as is, without the reader/clean/segment stages)
Text-F1 compares distinct date texts; pair-F1 distinct (text, value) pairs as the gold lists them;
value accuracy is over gold texts that were found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.dates import find_dates
from marsad.errors import MarsadError

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared/data/articles/dev", ROOT.parent / "shared/data/seed"]


def _gold_files(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or DEFAULT
    out: list[Path] = []
    for p in paths:
        out += sorted(p.glob("*.json")) if p.is_dir() else [p]
    return out


def _predict(text: str, published: str | None, raw_only: bool) -> list[tuple[str, str | None]]:
    """(text, value) of the dates found: through reader + clean + segment + dates when they exist."""
    if not raw_only:
        try:
            from marsad.pipeline import Pipeline
            from marsad.readers import from_text

            doc = Pipeline.build(["clean", "segment", "dates"])(from_text(text, published=published))
            return [(d.text, d.value) for d in doc.dates]
        except (MarsadError, ImportError):
            pass
    return [(f.text, f.value) for f in find_dates(text, published)]


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    raw_only = "--raw" in argv
    files = _gold_files([a for a in argv if a not in ("-v", "--raw")])
    tp_t = np_t = ng_t = tp_p = np_p = ng_p = val_ok = val_n = 0
    for jf in files:
        gold = json.loads(jf.read_text(encoding="utf-8"))
        text = jf.with_suffix(".txt").read_text(encoding="utf-8")
        g_pairs = {(d["text"], d["value"]) for d in gold.get("dates", [])}
        p_pairs = set(_predict(text, gold.get("published"), raw_only))
        g_texts = {t for t, _ in g_pairs}
        p_texts = {t for t, _ in p_pairs}
        tp_t += len(g_texts & p_texts); np_t += len(p_texts); ng_t += len(g_texts)
        tp_p += len(g_pairs & p_pairs); np_p += len(p_pairs); ng_p += len(g_pairs)
        for t, v in g_pairs:
            if t in p_texts:
                val_n += 1
                val_ok += (t, v) in p_pairs
        if verbose and g_pairs != p_pairs:
            print(f"## {jf.stem} published={gold.get('published')}")
            for t, v in sorted(g_pairs - p_pairs):
                print(f"   missed   {t!r} = {v}")
            for t, v in sorted(p_pairs - g_pairs):
                print(f"   extra    {t!r} = {v}")
    pt, rt, ft = _f1(tp_t, np_t, ng_t)
    pp, rp, fp = _f1(tp_p, np_p, ng_p)
    print(f"articles {len(files)}  gold pairs {ng_p}  predicted pairs {np_p}")
    print(f"date text F1 {ft:.3f} (P {pt:.3f} R {rt:.3f})")
    print(f"date (text, value) F1 {fp:.3f} (P {pp:.3f} R {rp:.3f})")
    print(f"value accuracy on found texts {val_ok}/{val_n} = {val_ok / max(val_n, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
