"""The shipped NER model: load once, tag token sequences with BIO labels (PER, ORG, LOC, MISC).

The CRF is trained with python-crfsuite; its weights are exported to a numpy matrix so that
tagging sums cached per-word score vectors and runs a small Viterbi, much faster than building
string feature lists for every token.
"""

from __future__ import annotations

import json
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from marsad.errors import ResourceError
from marsad.ner.consistency import propagate
from marsad.ner.features import Featurizer, load_clusters, load_cues
from marsad.ner.lexicon import read_lexicon
from marsad.text import Token

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
        self._state = state.astype(np.float64)
        self._trans = trans.astype(np.float64)
        self._zero = np.zeros(len(labels))
        self._win = int(featurizer.config.get("window", 2))
        self._cache: dict[str, tuple[str, np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path | None = None) -> "NerTagger":
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
        except (OSError, ValueError, KeyError) as exc:
            raise ResourceError(f"cannot load NER model from {folder}: {exc}") from exc
        cues = load_cues() if meta["config"].get("cues") else {}
        feat = Featurizer(meta["config"], clusters, cues, words, phrases)
        return cls(feat, labels, attrs, state, trans, meta)

    def _vec(self, feats: Sequence[str]) -> np.ndarray:
        """Summed state weights of the known features."""
        rows = [i for i in map(self._attr.get, feats) if i is not None]
        if not rows:
            return self._zero
        if len(rows) == 1:
            return self._state[rows[0]]
        return self._state[rows].sum(axis=0)

    def _word(self, text: str) -> tuple[str, np.ndarray, np.ndarray]:
        """A word's folded form, own score vector and the vectors it lends to each neighbour offset."""
        hit = self._cache.get(text)
        if hit is None:
            info = self.featurizer.compute_word(text)
            w = self._win
            ctx = np.stack([self._vec(info.ctx[d]) if d else self._zero
                            for d in range(-w, w + 1)])
            hit = (info.norm, self._vec(info.own), ctx)
            with self._lock:
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
        for k, d in enumerate(range(-self._win, self._win + 1)):
            if d > 0 and d < n:
                em[:-d] += ctx[d:, k]
            elif d < 0 and -d < n:
                em[-d:] += ctx[:d, k]
        for i, f in enumerate(self.featurizer.extras([w[0] for w in words])):
            if f:
                em[i] += self._vec(f)
        return em

    def _viterbi(self, em: np.ndarray) -> list[str]:
        """Best label sequence under state scores ``em`` and the transition matrix."""
        n = len(em)
        back = np.zeros((n, em.shape[1]), dtype=np.int64)
        score = em[0]
        trans = self._trans
        for i in range(1, n):
            cand = score[:, None] + trans
            back[i] = cand.argmax(axis=0)
            score = cand.max(axis=0) + em[i]
        best = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            best.append(int(back[i, best[-1]]))
        labels = self.labels
        return [labels[j] for j in reversed(best)]

    def _tag_seq(self, texts: Sequence[str]) -> list[str]:
        """Tag one sequence of token texts."""
        if not texts:
            return []
        return self._viterbi(self._scores(texts))

    def tag(self, tokens: Sequence[Token | str]) -> list[str]:
        """BIO labels for ``tokens``; long inputs are tagged sentence by sentence."""
        texts = [t if isinstance(t, str) else t.text for t in tokens]
        out: list[str] = []
        start = 0
        for i, t in enumerate(texts):
            if t in _SENT_END:
                out.extend(self._tag_seq(texts[start:i + 1]))
                start = i + 1
        out.extend(self._tag_seq(texts[start:]))
        return out

    def tag_sentences(self, sentences: Sequence[Sequence[Token | str]],
                      consistent: bool = True) -> list[list[str]]:
        """BIO labels for each token list of one document; with ``consistent``, a phrase tagged
        in one place is tagged the same where it recurs untagged."""
        tags = [self.tag(s) for s in sentences]
        if consistent and self.meta.get("consistency", True):
            norms = [[self._word(t if isinstance(t, str) else t.text)[0] for t in s]
                     for s in sentences]
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
