"""Throughput of the entities stage on real news text (tokens per second, one core).

Usage: .venv/bin/python benchmarks/bench_entities.py [--docs N]
Sentences are split before timing; only the entities stage is timed (resources load first).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.model import Document, Meta, Sentence
from marsad.text import split_sentences
from marsad.text.tokens import doc_tokens

DATA = ROOT.parent / "shared" / "data" / "unlabeled" / "ant-jawharafm.jsonl.gz"
TARGET = 20_000


def load_docs(n: int) -> list[Document]:
    """The first ``n`` articles as segmented documents."""
    docs: list[Document] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec.get("text") or rec.get("body") or ""
            if not text.strip():
                continue
            sents = tuple(Sentence(s, e) for s, e in split_sentences(text))
            docs.append(Document(text=text, meta=Meta(published=rec.get("published")),
                                 sentences=sents, layers=("raw", "clean", "sentences")))
            if len(docs) >= n:
                break
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--no-tagger", action="store_true",
                    help="time the rules, matching, coreference and linking without the NER model")
    args = ap.parse_args()
    import resource

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from marsad.stages.entities import make

    stage = make()
    if args.no_tagger:
        from marsad.entities.resources import get_resources

        get_resources().tagger = None
    load_s = time.perf_counter() - t0
    rss_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024  # KiB on Linux
    docs = load_docs(args.docs)
    ntok = sum(len(doc_tokens(d)) for d in docs)  # tokenisation is shared and cached per doc
    stage(docs[0])  # warm caches
    t1 = time.perf_counter()
    c1 = time.process_time()
    nent = 0
    for d in docs:
        nent += len(stage(d).entities)
    dt = time.perf_counter() - t1
    cpu = time.process_time() - c1
    rate = ntok / dt if dt else 0.0
    # CPU time too: on a shared machine the wall clock also counts time spent waiting for the core
    print(f"entities stage: {len(docs)} docs, {ntok} tokens, {nent} entities in {dt:.2f}s "
          f"-> {rate:,.0f} tokens/s (CPU {cpu:.2f}s -> {ntok / cpu if cpu else 0.0:,.0f} "
          f"tokens/s; target {TARGET:,}); resources loaded in {load_s:.2f}s, "
          f"+{rss_mb:.0f} MB resident")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
