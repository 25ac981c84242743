"""The shipped NER model: load once, tag token sequences with BIO labels (PER, ORG, LOC, MISC).

The CRF is trained with python-crfsuite; its weights are exported to a numpy matrix so that
tagging sums cached per-word score vectors and runs a small Viterbi, much faster than building
string feature lists for every token.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import ResourceError
from marsad.ner.consistency import propagate
from marsad.ner.features import Featurizer, load_clusters, load_cues
from marsad.ner.gazetteer import read_gazetteer
from marsad.ner.lexicon import read_lexicon
from marsad.text import Token, fold_word

CONFIG_NAME = "ner.json"
WEIGHTS_NAME = "ner_weights.npz"
# Training sentences end at these tokens, so long inputs are cut the same way before tagging.
_SENT_END = frozenset({".", "!", "?", "؟"})
_MAX_CACHE = 200_000


def _default_dir() -> Path:
    """The folder of the shipped model files."""
    return Path(str(resources.files("marsad.models")))


def export_weights(crfsuite_path: Path, out: Path) -> None:
    """Write a crfsuite model's labels, attributes, state and transition weights as one .npz."""
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(crfsuite_path))
    info = tg.info()
    labels = sorted(tg.labels())
    lab = {x: i for i, x in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    idx = {a: i for i, a in enumerate(attrs)}
    w = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (a, y), v in info.state_features.items():
        w[idx[a], lab[y]] = v
    t = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (y1, y2), v in info.transitions.items():
        t[lab[y1], lab[y2]] = v
    np.savez_compressed(out, labels=np.frombuffer("\n".join(labels).encode(), dtype=np.uint8),
                        attrs=np.frombuffer("\n".join(attrs).encode(), dtype=np.uint8),
                        state=w, trans=t)


class NerTagger:
    """A linear-chain CRF (exported weights) plus the featurizer it was trained with."""

    def __init__(self, featurizer: Featurizer, labels: list[str], attrs: list[str],
                 state: np.ndarray, trans: np.ndarray, meta: dict[str, Any]):
        self.featurizer = featurizer
        self.labels = labels
        self.meta = meta
        self._attr = {a: i for i, a in enumerate(attrs)}
        # A zero row at the end lets every feature group be non-empty (see _word).
        self._state = np.vstack([state.astype(np.float64), np.zeros((1, len(labels)))])
        self._null = len(attrs)
        self._trans = trans.astype(np.float64)
        self._zero = np.zeros(len(labels))
        self._win = int(featurizer.config.get("window", 2))
        self._offsets = [d for d in range(-self._win, self._win + 1) if d]
        self._pad = {d: self._vec([f"{d}:pad"]) for d in self._offsets}
        self._cache: dict[str, tuple[str, np.ndarray, np.ndarray]] = {}
        self._warm: dict[str, int] = {}
        self._warm_vecs = np.zeros((0, 2 * self._win + 1, len(labels)))

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        """Load a model folder (default: the one shipped in marsad/models)."""
        folder = Path(path) if path is not None else _default_dir()
        if folder.is_file():
            folder = folder.parent
        try:
            meta = json.loads((folder / CONFIG_NAME).read_text(encoding="utf-8"))
            with np.load(folder / meta.get("weights", WEIGHTS_NAME)) as z:
                labels = z["labels"].tobytes().decode().split("\n")
                attrs = z["attrs"].tobytes().decode().split("\n")
                state, trans = z["state"], z["trans"]
            clusters = load_clusters(folder / meta["clusters"]) if meta.get("clusters") else {}
            words: dict[str, tuple[str, ...]] = {}
            phrases: dict[tuple[str, ...], str] = {}
            if meta.get("lexicon"):
                words, phrases = read_lexicon(folder / meta["lexicon"])
            gaz = read_gazetteer(folder / meta["gazetteer"]) if meta.get("gazetteer") else {}
            cues: dict[str, str] = {}
            if meta.get("cues"):
                cues = json.loads((folder / meta["cues"]).read_text(encoding="utf-8"))
            elif meta["config"].get("cues"):
                cues = load_cues()
        except (OSError, ValueError, KeyError) as exc:
            raise ResourceError(f"cannot load NER model from {folder}: {exc}") from exc
        feat = Featurizer(meta["config"], clusters, cues, words, phrases, gaz)
        tagger = cls(feat, labels, attrs, state, trans, meta)
        if meta.get("warm"):
            try:
                with np.load(folder / meta["warm"]) as z:
                    forms = z["forms"].tobytes().decode().split("\n")
                    tagger._warm_vecs = z["vecs"].astype(np.float64)
                tagger._warm = {w: i for i, w in enumerate(forms)}
            except (OSError, ValueError, KeyError) as exc:
                raise ResourceError(f"cannot load NER word table from {folder}: {exc}") from exc
        return tagger

    def export_warm(self, forms: Sequence[str], out: Path) -> None:
        """Precompute the score vectors of frequent word forms (a cache that ships with the model)."""
        vecs = np.stack([self._word(w)[2] for w in forms]).astype(np.float32)
        np.savez_compressed(out, forms=np.frombuffer("\n".join(forms).encode(), dtype=np.uint8),
                            vecs=vecs)

    def _vec(self, feats: Sequence[str]) -> np.ndarray:
        """Summed state weights of the known features."""
        rows = [i for i in map(self._attr.get, feats) if i is not None]
        if not rows:
            return self._zero
        if len(rows) == 1:
            return self._state[rows[0]]
        return self._state[rows].sum(axis=0)

    def _word(self, text: str) -> tuple[str, np.ndarray, np.ndarray]:
        """A word's folded form, own score vector and the vectors it lends to each neighbour offset
        (row k of the second array is offset k - window; the middle row is its own vector)."""
        hit = self._cache.get(text)
        if hit is None:
            k = self._warm.get(text)
            if k is not None:
                vecs = self._warm_vecs[k]
                hit = (fold_word(text), vecs[self._win], vecs)
                self._cache[text] = hit
                return hit
            info = self.featurizer.compute_word(text)
            get = self._attr.get
            rows: list[int] = []
            starts: list[int] = []
            for d in range(-self._win, self._win + 1):
                starts.append(len(rows))
                rows.append(self._null)
                feats = info.ctx[d] if d else info.own
                rows.extend([i for i in map(get, feats) if i is not None])
            vecs = np.add.reduceat(self._state[rows], starts, axis=0)
            hit = (info.norm, vecs[self._win], vecs)
            # Single dict operations are atomic in CPython; a racing clear only costs a recompute.
            if len(self._cache) >= _MAX_CACHE:
                self._cache.clear()
            self._cache[text] = hit
        return hit

    def _scores(self, texts: Sequence[str]) -> np.ndarray:
        """State scores (tokens × labels) of one sequence."""
        words = [self._word(t) for t in texts]
        n = len(words)
        em = np.array([w[1] for w in words])
        ctx = np.array([w[2] for w in words])  # n × (2w+1) × labels
        w = self._win
        for d in self._offsets:
            k = d + w
            # token i receives the vector that its neighbour i + d lends at offset d
            if d > 0:
                if d < n:
                    em[:-d] += ctx[d:, k]
                em[max(n - d, 0):] += self._pad[d]
            else:
                if -d < n:
                    em[-d:] += ctx[:d, k]
                em[:min(-d, n)] += self._pad[d]
        for i, f in enumerate(self.featurizer.extras([w[0] for w in words], pads=False)):
            if f:
                em[i] += self._vec(f)
        return em

    def _viterbi(self, em: np.ndarray) -> list[str]:
        """Best label sequence under state scores ``em`` and the transition matrix."""
        n = len(em)
        back = np.zeros((n, em.shape[1]), dtype=np.int64)
        score = em[0]
        trans = self._trans
        cols = np.arange(em.shape[1])
        for i in range(1, n):
            cand = score[:, None] + trans
            b = cand.argmax(axis=0)
            back[i] = b
            score = cand[b, cols] + em[i]
        best = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            best.append(int(back[i, best[-1]]))
        labels = self.labels
        return [labels[j] for j in reversed(best)]

    def _tag_seq(self, texts: Sequence[str]) -> list[str]:
        """Tag one sequence of token texts."""
        return self._viterbi(self._scores(texts)) if texts else []

    def _viterbi_batch(self, ems: Sequence[np.ndarray]) -> list[list[str]]:
        """Viterbi over several sequences at once (one numpy step per position, not per token)."""
        if len(ems) == 1:
            return [self._viterbi(ems[0])]
        lens = np.array([len(e) for e in ems])
        n_lab = len(self.labels)
        em = np.zeros((len(ems), int(lens.max()), n_lab))
        for b, e in enumerate(ems):
            em[b, :len(e)] = e
        score = em[:, 0]
        back = np.zeros(em.shape, dtype=np.int64)
        ident = np.broadcast_to(np.arange(n_lab), score.shape)
        trans = self._trans[None]
        for i in range(1, em.shape[1]):
            cand = score[:, :, None] + trans
            arg = cand.argmax(axis=1)
            new = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0] + em[:, i]
            live = (lens > i)[:, None]
            # finished sequences keep their score and point to themselves
            score = np.where(live, new, score)
            back[:, i] = np.where(live, arg, ident)
        labels = self.labels
        out: list[list[str]] = []
        for b, n in enumerate(lens.tolist()):
            j = int(score[b].argmax())
            path = [j]
            bb = back[b]
            for i in range(n - 1, 0, -1):
                j = int(bb[i, j])
                path.append(j)
            out.append([labels[k] for k in reversed(path)])
        return out

    def _tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag token lists, each cut at sentence-final punctuation as the training data is."""
        pieces: list[Sequence[str]] = []
        owner: list[int] = []
        for k, texts in enumerate(sentences):
            start = 0
            for i, t in enumerate(texts):
                if t in _SENT_END:
                    pieces.append(texts[start:i + 1])
                    owner.append(k)
                    start = i + 1
            if start < len(texts):
                pieces.append(texts[start:])
                owner.append(k)
        out: list[list[str]] = [[] for _ in sentences]
        if pieces:
            for k, tags in zip(owner, self._viterbi_batch([self._scores(p) for p in pieces]),
                               strict=True):
                out[k].extend(tags)
        return out

    def tag(self, tokens: Sequence[Token | str]) -> list[str]:
        """BIO labels for ``tokens`` (one sentence or one whole short text)."""
        return self._tag_many([[t if isinstance(t, str) else t.text for t in tokens]])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[Token | str]],
                      consistent: bool = True) -> list[list[str]]:
        """BIO labels for each token list of one document; with ``consistent``, a phrase tagged
        in one place is tagged the same where it recurs untagged."""
        texts = [[t if isinstance(t, str) else t.text for t in s] for s in sentences]
        tags = self._tag_many(texts)
        if consistent and self.meta.get("consistency", True):
            norms = [[self._word(t)[0] for t in s] for s in texts]
            tags = propagate(norms, tags)
        return tags


_DEFAULT: NerTagger | None = None
_DEFAULT_LOCK = threading.Lock()


def get_tagger() -> NerTagger:
    """The shipped model, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = NerTagger.load()
    return _DEFAULT
