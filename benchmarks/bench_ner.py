"""Benchmark the NER tagger: model load time, tokens/s on one core, resident memory added."""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

UNLABELED = ROOT.parent / "shared" / "data" / "unlabeled" / "ant-jawharafm.jsonl.gz"


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to peak RSS)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Tag real articles from the unlabelled corpus and print the numbers."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--model", default=None, help="model folder (default: the shipped one)")
    args = ap.parse_args()
    from marsad.text import split_sentences, tokenize

    docs: list[list[list]] = []
    with gzip.open(UNLABELED, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"] or ""
            docs.append([tokenize(text[s:e], s) for s, e in split_sentences(text)])
            if len(docs) >= args.articles:
                break
    n_tok = sum(len(s) for d in docs for s in d)
    import pycrfsuite  # noqa: F401  # the library itself is not part of the model's load time

    base = rss_mb()
    t0 = time.perf_counter()
    from marsad.ner import NerTagger

    tagger = NerTagger.load(args.model)
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    # CPU time of this process: the rate on one core, less disturbed by other work on the machine.
    t0 = time.process_time()
    n_ent = 0
    for d in docs:
        for tags in tagger.tag_sentences(d):
            n_ent += sum(t.startswith("B-") for t in tags)
    tag_s = time.process_time() - t0
    # Second pass: word features are cached now, as in a long-running process.
    t0 = time.process_time()
    for d in docs:
        tagger.tag_sentences(d)
    warm_s = time.process_time() - t0
    print(f"articles {len(docs)}, tokens {n_tok}, entities {n_ent}")
    print(f"load {load_s:.3f} s; RSS +{loaded - base:.1f} MB after load, "
          f"+{rss_mb() - base:.1f} MB after tagging")
    print(f"tagging, one core (CPU time): cold caches {n_tok / tag_s:,.0f} tokens/s; "
          f"warm {n_tok / warm_s:,.0f} tokens/s")


if __name__ == "__main__":
    main()
