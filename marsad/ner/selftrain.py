"""Self-training data: unlabelled news sentences tagged by a trained model, kept when it is sure."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from marsad.ner.data import Sentence, spans
from marsad.ner.tagger import NerTagger
from marsad.text import split_sentences, tokenize


def sequence_probability(tagger: NerTagger, texts: Sequence[str]) -> tuple[list[str], float]:
    """The best labels of one token sequence and the CRF's probability of that whole labelling."""
    if not texts:
        return [], 1.0
    em = tagger._scores(texts)
    trans = tagger._trans
    # forward algorithm in log space: log of the sum over all labellings
    alpha = em[0].copy()
    for i in range(1, len(em)):
        a = alpha[:, None] + trans
        top = a.max(axis=0)
        alpha = top + np.log(np.exp(a - top).sum(axis=0)) + em[i]
    top = alpha.max()
    log_z = top + np.log(np.exp(alpha - top).sum())
    tags = tagger._viterbi(em)
    idx = {lab: k for k, lab in enumerate(tagger.labels)}
    path = [idx[t] for t in tags]
    best = em[0, path[0]] + sum(em[i, path[i]] + trans[path[i - 1], path[i]]
                                for i in range(1, len(path)))
    return tags, float(np.exp(best - log_z))


def news_sentences(path: Path, max_articles: int, min_words: int = 6,
                   max_words: int = 50) -> Iterator[tuple[int, list[str]]]:
    """(article number, token texts) of the sentences of the first ``max_articles`` articles of a
    JSON-lines news file (title and text), keeping sentences of ``min_words``-``max_words``
    tokens."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= max_articles:
                break
            art = json.loads(line)
            text = f"{art.get('title') or ''}\n{art.get('text') or ''}"
            for s, e in split_sentences(text):
                toks = [t.text for t in tokenize(text[s:e])]
                if min_words <= len(toks) <= max_words:
                    yield k, toks


def silver(tagger: NerTagger, path: Path, n: int, min_prob: float, max_articles: int,
           per_article: int = 3) -> list[Sentence]:
    """Up to ``n`` sentences that ``tagger`` labels with probability ≥ ``min_prob`` and at least
    one PER/LOC/ORG entity, at most ``per_article`` from one article (corpus order)."""
    out: list[Sentence] = []
    taken: dict[int, int] = {}
    for art, toks in news_sentences(path, max_articles):
        if taken.get(art, 0) >= per_article:
            continue
        tags, prob = sequence_probability(tagger, toks)
        if prob < min_prob or not any(ty in ("PER", "LOC", "ORG") for _s, _e, ty in spans(tags)):
            continue
        out.append(list(zip(toks, tags, strict=True)))
        taken[art] = taken.get(art, 0) + 1
        if len(out) >= n:
            break
    return out
