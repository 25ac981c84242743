"""Benchmark: the whole default pipeline on real articles, articles and tokens per second (one core).

Usage: python benchmarks/bench_pipeline.py [N_ARTICLES]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from marsad.errors import MarsadError
from marsad.model import Document, Meta
from marsad.pipeline import default_pipeline
from marsad.text import tokenize

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/unlabeled/ant-jawharafm.jsonl.gz"


def main() -> None:
    """Build the pipeline once, then time every stage over N articles."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        arts = [json.loads(line) for _, line in zip(range(n), fh)]
    t0 = time.process_time()
    pipe = default_pipeline()
    build = time.process_time() - t0
    tokens = sum(len(tokenize(a["text"])) for a in arts)
    t0 = time.process_time()
    failed = 0
    for a in arts:
        raw = Document(text=a["text"], meta=Meta(published=a["published"][:10]), layers=("raw",))
        try:
            pipe(raw)
        except MarsadError:
            failed += 1
    dt = time.process_time() - t0
    print(f"pipeline: {len(arts)} articles ({failed} rejected), {tokens} tokens; build {build:.2f} s; "
          f"CPU {dt:.2f} s -> {len(arts) / dt:,.0f} articles/s, {tokens / dt:,.0f} tokens/s "
          f"({' -> '.join(pipe.names)})")


if __name__ == "__main__":
    main()
