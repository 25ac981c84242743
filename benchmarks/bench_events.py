"""Benchmark: the dates and events stages together, sentences per second on one core.

Usage: python benchmarks/bench_events.py [N_ARTICLES] [ROUNDS]
Runs the earlier stages once (untimed) over real articles from the unlabeled corpus, then times
only the dates + events stages over the prepared documents: one untimed warm-up pass (lazy
resource loading, first-call caches), then ROUNDS timed passes. One pass is a fraction of a
second, so a single one mostly measures what else the machine is doing; the median of the rounds
is the figure, the fastest and slowest are shown beside it.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from marsad.compiled import build_kind
from marsad.errors import MarsadError
from marsad.model import Document, Meta
from marsad.pipeline import Pipeline
from marsad.registry import registered

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/unlabeled/ant-jawharafm.jsonl.gz"


def load_articles(n: int) -> list[dict]:
    """The first ``n`` articles of the unlabeled corpus."""
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def main() -> None:
    """Prepare documents, then time dates + events."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    names = [s for s in ("clean", "segment", "entities", "quotes") if s in registered()]
    before = Pipeline.build(names) if names else None
    docs: list[Document] = []
    for art in load_articles(n):
        raw = Document(text=art["text"], meta=Meta(published=art.get("published", "")[:10]),
                       layers=("raw",))
        try:
            docs.append(before(raw) if before else raw)
        except MarsadError:
            continue
    timed = Pipeline.build(["dates", "events"], assume=("sentences", "entities", "quotes")) if "dates" in registered() else None
    stage_fns = timed.fns if timed else ()
    sentences = sum(len(d.sentences) for d in docs)
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    t0 = time.process_time()
    events = sum(len(_run(d, stage_fns, [0.0] * len(stage_fns)).events) for d in docs)
    warm_up = time.process_time() - t0
    rates, parts = [], []
    for _ in range(rounds):
        per_stage = [0.0] * len(stage_fns)
        for d in docs:
            _run(d, stage_fns, per_stage)
        rates.append(sentences / sum(per_stage))
        parts.append(per_stage)
    mid = sorted(range(rounds), key=rates.__getitem__)[rounds // 2]
    shown = ", ".join(f"{s.name} {t:.3f} s" for s, t in zip(timed.specs, parts[mid])) if timed else ""
    print(f"bench_events: {len(docs)} docs, {sentences} sentences, {events} events; warm-up pass "
          f"{warm_up:.3f} s; median of {rounds} passes: CPU {shown}; "
          f"{statistics.median(rates):,.0f} sentences/s (dates+events, one core; target 5,000; "
          f"passes {min(rates):,.0f}–{max(rates):,.0f}); {build_kind()}")


def _run(doc: Document, stage_fns: tuple, per_stage: list[float]) -> Document:
    """Run the timed stages on one document, adding each stage's CPU time to ``per_stage``."""
    for k, fn in enumerate(stage_fns):
        t = time.process_time()
        doc = fn(doc)
        per_stage[k] += time.process_time() - t
    return doc

if __name__ == "__main__":
    main()
