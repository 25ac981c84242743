"""marsad's HTML path against trafilatura alone on saved Arabic news pages (tests/fixtures/pages).

Usage: .venv/bin/python benchmarks/bench_html.py [--json]

For every page ``NAME.html`` with its ``NAME.json`` (url, published, body paragraphs, optional
lines) both systems are scored on: the publication date (exact ISO day), body recall (share of
expected paragraphs found in the output, on folded text), furniture precision (share of output
lines that belong to the story) and their F1. Prints a table per page and the totals.
"""

from __future__ import annotations

import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marsad.text import fold

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Output:
    """What one system made of a page: its body text and its publication date."""

    text: str
    date: str | None


@dataclass(frozen=True)
class Score:
    """One system's scores on one page."""

    date_ok: bool
    recall: float
    precision: float
    f1: float


def norm(text: str) -> str:
    """Folded letters and digits only, single spaces (the comparison form)."""
    return " ".join(_TOKEN.findall(fold(text).text.replace("_", " ")))


def load_pages() -> list[tuple[str, bytes, dict]]:
    """Every fixture page: (name, raw bytes, expected)."""
    out = []
    for html in sorted(PAGES.glob("*.html")):
        exp = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((html.stem, html.read_bytes(), exp))
    return out


def run_trafilatura(data: bytes, url: str | None) -> Output:
    """trafilatura alone: plain-text extraction without comments, and its metadata date."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = trafilatura.extract(data, url=url, output_format="txt", include_comments=False) or ""
        meta = trafilatura.extract_metadata(data, default_url=url)
    date = (meta.date or None) if meta is not None else None
    return Output(text, date[:10] if date else None)


_clean: Callable | None = None


def run_marsad(data: bytes, url: str | None) -> Output:
    """marsad: the HTML reader then the clean stage (the text every later stage sees)."""
    global _clean
    from marsad.readers import from_html
    from marsad.registry import get

    if _clean is None:
        _clean = get("clean").build()
    doc = _clean(from_html(data, url=url))
    return Output(doc.text, doc.meta.published)


def score(out: Output, exp: dict) -> Score:
    """Date, recall, precision and F1 of one output against the expected page."""
    body = [norm(p) for p in exp["body"]]
    optional = [norm(p) for p in exp.get("optional", [])]
    whole = f" {norm(out.text)} "
    found = sum(1 for p in body if f" {p} " in whole)
    recall = found / len(body) if body else 1.0
    story = " " + " | ".join(body) + " "
    good = total = 0
    for line in out.text.splitlines():
        n = norm(line)
        if not n:
            continue
        if any(f" {n} " in f" {o} " for o in optional):
            continue  # a standfirst or credit: neither story nor furniture
        total += 1
        good += f" {n} " in story
    precision = good / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(out.date == exp["published"], recall, precision, f1)


def evaluate() -> dict[str, dict[str, Score]]:
    """Scores of both systems on every page: {page: {"trafilatura": …, "marsad": …}}."""
    results: dict[str, dict[str, Score]] = {}
    for name, data, exp in load_pages():
        url = exp.get("url")
        results[name] = {"trafilatura": score(run_trafilatura(data, url), exp),
                         "marsad": score(run_marsad(data, url), exp)}
    return results


def totals(results: dict[str, dict[str, Score]], system: str) -> dict[str, float]:
    """Aggregate metrics of one system: date accuracy and macro recall/precision/F1."""
    scores = [r[system] for r in results.values()]
    n = len(scores) or 1
    return {"date": sum(s.date_ok for s in scores) / n,
            "recall": sum(s.recall for s in scores) / n,
            "precision": sum(s.precision for s in scores) / n,
            "f1": sum(s.f1 for s in scores) / n}


def main() -> None:
    t0 = time.perf_counter()
    results = evaluate()
    elapsed = time.perf_counter() - t0
    tt, tm = totals(results, "trafilatura"), totals(results, "marsad")
    if "--json" in sys.argv:
        print(json.dumps({"pages": {k: {s: v[s].__dict__ for s in v} for k, v in results.items()},
                          "trafilatura": tt, "marsad": tm}, ensure_ascii=False, indent=1))
        return
    head = f"{'page':<26} | {'trafilatura: date  R     P     F1':<34} | {'marsad: date  R     P     F1':<29}"
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        a, b = r["trafilatura"], r["marsad"]
        print(f"{name:<26} | {'ok' if a.date_ok else '--':>17}  {a.recall:.2f}  {a.precision:.2f}  {a.f1:.2f} |"
              f" {'ok' if b.date_ok else '--':>12}  {b.recall:.2f}  {b.precision:.2f}  {b.f1:.2f}")
    print("-" * len(head))
    print(f"{'TOTAL (macro)':<26} | {tt['date']:>17.2f}  {tt['recall']:.2f}  {tt['precision']:.2f}  {tt['f1']:.2f} |"
          f" {tm['date']:>12.2f}  {tm['recall']:.2f}  {tm['precision']:.2f}  {tm['f1']:.2f}")
    ok = all(tm[k] >= tt[k] for k in tt)
    print(f"\n{len(results)} pages in {elapsed:.1f}s; marsad >= trafilatura on every aggregate: {ok}")


if __name__ == "__main__":
    main()
