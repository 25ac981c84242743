"""Benchmark: the quotes stage, sentences per second on one core (target ≥ 5,000).

Usage: python benchmarks/bench_quotes.py [N_ARTICLES] [--entities] [--cold]
Builds documents from real articles of the unlabeled corpus (sentences from split_sentences;
with --entities, entities from the pipeline's entity stage, untimed), then times only the quote
rules. Tokens are cached on the document as the earlier stages leave them; --cold also times
the tokenisation.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from marsad.model import Document, Sentence
from marsad.quotes import extract_quotes
from marsad.quotes.cues import lexicon
from marsad.text import split_sentences
from marsad.text.tokens import doc_tokens

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/unlabeled/ant-jawharafm.jsonl.gz"


def load(n: int) -> list[str]:
    """Texts of the first ``n`` articles."""
    out: list[str] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            if text.strip():
                out.append(text)
            if len(out) >= n:
                break
    return out


def prepare(texts: list[str], with_entities: bool) -> list[Document]:
    """Documents with sentences (and optionally entities), built outside the timing."""
    docs = [Document(text=t, sentences=tuple(Sentence(s, e) for s, e in split_sentences(t)))
            for t in texts]
    if with_entities:
        from marsad.registry import registered
        if "entities" in registered():
            stage = registered()["entities"].build()
            docs = [stage(d) for d in docs]
    if "--cold" in sys.argv:
        # Fresh caches: the timed run also pays for tokenisation.
        return [d.with_(_cache={}) for d in docs]
    # In the pipeline the tokens are cached on the document by the earlier stages.
    for d in docs:
        doc_tokens(d)
    return docs


def main() -> None:
    """Time extract_quotes over the prepared documents."""
    n = int(next((a for a in sys.argv[1:] if a.isdigit()), "1000"))
    docs = prepare(load(n), "--entities" in sys.argv)
    lexicon()
    n_sent = sum(len(d.sentences) for d in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    n_quotes = sum(len(extract_quotes(d)) for d in docs)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is reported too: on a shared machine wall time includes other processes' load.
    print(f"quotes: {len(docs)} articles, {n_sent} sentences, {n_quotes} quotes in {dt:.2f} s wall, "
          f"{cpu:.2f} s CPU -> {n_sent / max(dt, 1e-9):,.0f} sentences/s wall, "
          f"{n_sent / max(cpu, 1e-9):,.0f} sentences/s CPU (target 5,000)")


if __name__ == "__main__":
    main()
