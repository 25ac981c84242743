"""Throughput of the dates stage on real news sentences (prints sentences/s on one core).

Usage: .venv/bin/python benchmarks/bench_dates.py [N_ARTICLES]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from marsad.model import Document, Meta, Sentence
from marsad.registry import get
from marsad.text import split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared/data/unlabeled/ant-jawharafm.jsonl.gz"


def load(n: int) -> list[Document]:
    """The first ``n`` unlabeled articles as segmented documents."""
    docs: list[Document] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec.get("text") or ""
            sents = tuple(Sentence(a, b) for a, b in split_sentences(text))
            docs.append(Document(text=text, meta=Meta(published=rec.get("published")), sentences=sents))
            if len(docs) >= n:
                break
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    docs = load(n)
    stage = get("dates").build()
    for d in docs[:50]:
        stage(d)  # warm caches
    n_sent = sum(len(d.sentences) for d in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    found = 0
    for d in docs:
        found += len(stage(d).dates)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is the one-core figure; wall time also counts whatever else the machine runs.
    print(f"dates stage: {len(docs)} articles, {n_sent} sentences, {found} dates; "
          f"cpu {cpu:.2f}s -> {n_sent / cpu:,.0f} sentences/s ({len(docs) / cpu:,.0f} articles/s); "
          f"wall {wall:.2f}s -> {n_sent / wall:,.0f} sentences/s")


if __name__ == "__main__":
    main()
