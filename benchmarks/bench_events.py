"""Benchmark: the dates and events stages together, sentences per second on one core.

Usage: python benchmarks/bench_events.py [N_ARTICLES]
Runs the earlier stages once (untimed) over real articles from the unlabeled corpus, then times
only the dates + events stages over the prepared documents.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

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
    per_stage = [0.0] * len(stage_fns)
    events = 0
    for d in docs:
        for k, fn in enumerate(stage_fns):
            t = time.process_time()
            d = fn(d)
            per_stage[k] += time.process_time() - t
        events += len(d.events)
    dt = sum(per_stage)
    parts = ", ".join(f"{s.name} {t:.3f} s" for s, t in zip(timed.specs, per_stage)) if timed else ""
    print(f"bench_events: {len(docs)} docs, {sentences} sentences, {events} events; CPU {parts}; "
          f"{sentences / dt:,.0f} sentences/s (dates+events, one core; target 5,000)")


if __name__ == "__main__":
    main()
