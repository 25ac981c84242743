"""Build word clusters for the NER model from unlabelled news text (PPMI + SVD + k-means, numpy only)."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.ner.data import read_conll, split_dev
from marsad.ner.features import cluster_key
from marsad.text import fold_word, tokenize

DATA = ROOT.parent / "shared" / "data"
UNLABELED = DATA / "unlabeled" / "ant-jawharafm.jsonl.gz"
CONLL = DATA / "ner" / "anercorp-train.conll"
OUT = ROOT / "marsad" / "models" / "ner_clusters.tsv"


def corpus_streams() -> list[list[str]]:
    """Folded token streams: each unlabelled article, then the ANERcorp training part (dev excluded)."""
    streams: list[list[str]] = []
    with gzip.open(UNLABELED, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = f"{art.get('title') or ''}\n{art.get('text') or ''}"
            streams.append([cluster_key(t.norm) for t in tokenize(text)])
    train, _dev = split_dev(read_conll(CONLL))
    streams.append([cluster_key(fold_word(w)) for sent in train for w, _ in sent])
    return streams


def cooccurrence(streams: list[list[str]], vocab: dict[str, int],
                 ctx: dict[str, int]) -> np.ndarray:
    """Counts of (word, context) with three context kinds: left neighbour, right neighbour, ±2 bag."""
    nc = len(ctx)
    mat = np.zeros((len(vocab), 3 * nc), dtype=np.float32)
    for s in streams:
        w = np.array([vocab.get(x, -1) for x in s], dtype=np.int64)
        c = np.array([ctx.get(x, -1) for x in s], dtype=np.int64)
        n = len(s)
        for off, kind in ((-1, 0), (1, 1), (-2, 2), (2, 2)):
            if n <= abs(off):
                continue
            if off < 0:
                tw, cc = w[-off:], c[:off]
            else:
                tw, cc = w[:-off], c[off:]
            ok = (tw >= 0) & (cc >= 0)
            np.add.at(mat, (tw[ok], cc[ok] + kind * nc), 1.0)
    return mat


def ppmi(mat: np.ndarray, alpha: float = 0.75) -> np.ndarray:
    """Positive PMI with context-distribution smoothing."""
    total = mat.sum()
    pw = mat.sum(1, keepdims=True) / total
    cs = mat.sum(0, keepdims=True) ** alpha
    pc = cs / cs.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(mat / total) - np.log(pw) - np.log(pc)
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    return pmi.astype(np.float32)


def randomized_svd(a: np.ndarray, k: int, seed: int = 0, iters: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """Top-k left singular vectors and values by randomized range finding."""
    rng = np.random.default_rng(seed)
    q = a @ rng.standard_normal((a.shape[1], k + 20), dtype=np.float32)
    q, _ = np.linalg.qr(q)
    for _ in range(iters):
        q, _ = np.linalg.qr(a.T @ q)
        q, _ = np.linalg.qr(a @ q)
    b = q.T @ a
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    return (q @ ub)[:, :k], s[:k]


def kmeans(x: np.ndarray, k: int, seed: int = 0, iters: int = 25) -> np.ndarray:
    """Spherical k-means (rows of x are unit vectors); deterministic for a seed."""
    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    lab = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        lab = np.argmax(x @ cent.T, axis=1)
        for j in range(k):
            m = lab == j
            if m.any():
                v = x[m].sum(0)
                cent[j] = v / (np.linalg.norm(v) + 1e-9)
            else:
                cent[j] = x[rng.integers(len(x))]
    return lab


def main() -> None:
    """Build and write the cluster table."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=3000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--sizes", default="32,128,512,2048,4096")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    t0 = time.time()
    streams = corpus_streams()
    counts = Counter(w for s in streams for w in s)
    words = sorted((w for w, c in counts.items() if c >= args.min_count),
                   key=lambda w: (-counts[w], w))
    vocab = {w: i for i, w in enumerate(words)}
    ctx = {w: i for i, w in enumerate(words[: args.contexts])}
    print(f"{sum(counts.values())} tokens, {len(vocab)} words, {time.time() - t0:.0f}s", flush=True)
    mat = ppmi(cooccurrence(streams, vocab, ctx))
    print(f"ppmi {mat.shape}, {time.time() - t0:.0f}s", flush=True)
    u, s = randomized_svd(mat, args.dim)
    emb = u * np.sqrt(s)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    print(f"svd, {time.time() - t0:.0f}s", flush=True)
    sizes = [int(x) for x in args.sizes.split(",")]
    labels = [kmeans(emb, k, seed=k) for k in sizes]
    print(f"kmeans, {time.time() - t0:.0f}s", flush=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# word\t" + "\t".join(f"k{k}" for k in sizes) + "\n")
        fh.writelines(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n" for i, w in enumerate(words))
    print(f"wrote {args.out} ({len(words)} words), {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
