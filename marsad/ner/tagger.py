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
from itertools import accumulate, repeat
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import ResourceError
from marsad.ner.consistency import propagate
from marsad.ner.features import Featurizer, load_clusters, load_cues, quoted_flags
from marsad.ner.gazetteer import read_gazetteer
from marsad.ner.lexicon import read_lexicon
from marsad.once import once
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


class _Forms:
    """The word forms seen so far: their row in a growing table of score vectors (forms × offsets
    × labels, the middle offset being the form's own vector) and their folded forms."""

    __slots__ = ("ids", "norms", "size", "vecs")

    def __init__(self, width: int, n_labels: int) -> None:
        self.ids: dict[str, int] = {}
        self.norms: list[str] = []
        self.vecs = np.zeros((1024, width, n_labels))
        self.size = 0

    def add(self, texts: Sequence[str], norms: Sequence[str], vecs: np.ndarray) -> None:
        """Append new forms (the caller holds the tagger's lock)."""
        n = self.size + len(texts)
        if n > len(self.vecs):
            # a new, larger table: readers holding the old one still see every row they asked for
            grown = np.zeros((max(n, min(2 * len(self.vecs), _MAX_CACHE)),) + self.vecs.shape[1:])
            grown[:self.size] = self.vecs[:self.size]
            self.vecs = grown
        self.vecs[self.size:n] = vecs
        self.norms.extend(norms)
        self.size = n
        # ids are published last, so a form is visible only once its row is written
        ids = self.ids
        for k, t in enumerate(texts, self.size - len(texts)):
            ids[t] = k


class NerTagger:
    """A linear-chain CRF (exported weights) plus the featurizer it was trained with."""

    def __init__(self, featurizer: Featurizer, labels: list[str], attrs: list[str],
                 state: np.ndarray, trans: np.ndarray, meta: dict[str, Any]):
        self.featurizer = featurizer
        self.labels = labels
        self.meta = meta
        self._attr = {a: i for i, a in enumerate(attrs)}
        # A zero row at the end lets every feature group be non-empty (see _word_vecs).
        self._state = np.vstack([state.astype(np.float64), np.zeros((1, len(labels)))])
        self._null = len(attrs)
        self._trans = trans.astype(np.float64)
        self._trans_t = np.ascontiguousarray(self._trans.T)  # see _viterbi_many
        self._zero = np.zeros(len(labels))
        self._win = int(featurizer.config.get("window", 2))
        self._offsets = [d for d in range(-self._win, self._win + 1) if d]
        self._pad = {d: self._vec([f"{d}:pad"]) for d in self._offsets}
        self._bigrams = bool(featurizer.config.get("bigrams"))
        # built on first use (see _lent_rows, _pair_rows): they take a noticeable part of loading
        self._lent: dict[str, list[tuple[int, int]]] | None = None
        self._pairs: dict[str, dict[tuple[str, str], int]] | None = None
        self._forms = _Forms(2 * self._win + 1, len(labels))
        self._lock = threading.Lock()
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
        vecs = self._word_vecs(forms).astype(np.float32)
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

    def _lent_rows(self) -> dict[str, list[tuple[int, int]]]:
        """Feature a word lends its neighbours -> (group, row) of each "<offset>:feature" weight
        (group k is offset k - window), so that unseen words skip building the prefixed names."""
        if self._lent is None:
            group = {str(d): d + self._win for d in self._offsets}
            lent: dict[str, list[tuple[int, int]]] = {}
            for a, i in self._attr.items():
                head, sep, rest = a.partition(":")
                if sep and head in group:
                    lent.setdefault(rest, []).append((group[head], i))
            self._lent = lent
        return self._lent

    def _pair_rows(self) -> dict[str, dict[tuple[str, str], int]]:
        """Word-bigram weights ("b-=", "b+=") keyed by the pair of folded words: every way of
        cutting the name at a "|" is a key, so a pair finds exactly the weight its joined name
        would."""
        if self._pairs is None:
            pairs: dict[str, dict[tuple[str, str], int]] = {"b-=": {}, "b+=": {}}
            for a, i in self._attr.items():
                table = pairs.get(a[:3])
                if table is not None:
                    x = a[3:]
                    for k, ch in enumerate(x):
                        if ch == "|":
                            table[(x[:k], x[k + 1:])] = i
            self._pairs = pairs
        return self._pairs

    def _word_vecs(self, texts: Sequence[str]) -> np.ndarray:
        """For each word form, its own score vector and the vectors it lends to each neighbour
        offset (forms × (2·window+1) × labels; row k is offset k - window), from its features."""
        get = self._attr.get
        lent = self._lent_rows().get
        null = self._null
        w = self._win
        rows: list[int] = []
        starts: list[int] = []
        for text in texts:
            own, ctx_base, _norm = self.featurizer.compute_base(text)
            groups: list[list[int]] = [[null] for _ in range(2 * w + 1)]
            groups[w].extend([i for i in map(get, own) if i is not None])
            for hits in map(lent, ctx_base):
                if hits:
                    for slot, i in hits:
                        groups[slot].append(i)
            for group in groups:
                starts.append(len(rows))
                rows.extend(group)
        if not texts:
            return np.zeros((0,) + self._warm_vecs.shape[1:])
        # one reduction for all forms: each group's sum starts from the zero row
        vecs = np.add.reduceat(self._state[rows], starts, axis=0)
        return vecs.reshape(len(texts), 2 * self._win + 1, -1)

    def _word(self, text: str) -> tuple[str, np.ndarray, np.ndarray]:
        """A word's folded form, own score vector and the vectors it lends to each neighbour offset
        (row k of the second array is offset k - window; the middle row is its own vector)."""
        forms = self._forms
        k = forms.ids.get(text)
        if k is None:
            self._learn([text])
            forms = self._forms
            k = forms.ids[text]
        vecs = forms.vecs[k]
        return forms.norms[k], vecs[self._win], vecs

    def _learn(self, texts: Sequence[str]) -> _Forms:
        """Add unseen word forms to the table (shipped vectors first, else from their features);
        returns the table that holds them."""
        with self._lock:
            forms = self._forms
            if forms.size + len(texts) > _MAX_CACHE:
                forms = self._forms = _Forms(2 * self._win + 1, len(self.labels))
            new = [t for t in dict.fromkeys(texts) if t not in forms.ids]
            if not new:
                return forms
            warm = self._warm
            shipped = [t for t in new if t in warm]
            fresh = [t for t in new if t not in warm]
            if shipped:
                forms.add(shipped, [fold_word(t) for t in shipped],
                          self._warm_vecs[[warm[t] for t in shipped]])
            if fresh:
                forms.add(fresh, [fold_word(t) for t in fresh], self._word_vecs(fresh))
            return forms

    def _lookup(self, texts: Sequence[str]) -> tuple[_Forms, list[int]]:
        """The table rows of token texts, learning the unseen forms."""
        forms = self._forms
        # map over a repeated default: the loop runs in C, not as a comprehension
        idx = list(map(forms.ids.get, texts, repeat(-1)))
        if -1 in idx:
            forms = self._learn([t for t, k in zip(texts, idx, strict=True) if k < 0])
            idx = list(map(forms.ids.get, texts, repeat(-1)))
        return forms, idx

    def _emissions(self, forms: _Forms, idx: Sequence[int], lens: Sequence[int],
                   norms: Sequence[str]) -> np.ndarray:
        """State scores (tokens × labels) of consecutive independent sequences of lengths ``lens``.

        The additions happen in the order of the feature-sum definition (own vector, neighbours
        from the farthest left to the farthest right, then sentence-level features), so the scores
        are bit-identical to summing each token's weights one by one.
        """
        n = len(idx)
        table = forms.vecs
        rows = np.fromiter(idx, dtype=np.intp, count=n)
        w = self._win
        em = table[rows, w]
        if n == 0:
            return em
        lens_a = np.fromiter(lens, dtype=np.intp, count=len(lens))
        ends = np.cumsum(lens_a)
        seq_start = np.repeat(ends - lens_a, lens_a)
        seq_end = np.repeat(ends, lens_a)
        at = np.arange(n)
        # row ids with w dummy rows on each side: the neighbour at offset d is a plain slice
        wide = np.zeros(n + 2 * w, dtype=np.intp)
        wide[w:w + n] = rows
        for d in self._offsets:
            src = at + d
            outside = (src < seq_start) | (src >= seq_end)
            lent = table[wide[w + d:w + d + n], d + w]
            lent[outside] = self._pad[d]
            em += lent
        pos, feat = self._extra_rows(norms, lens)
        if pos:
            extra = np.zeros_like(em)
            # unbuffered and in list order: each token's rows are summed first to last
            np.add.at(extra, np.fromiter(pos, dtype=np.intp, count=len(pos)),
                      self._state[feat])
            em += extra
        return em

    def _extra_rows(self, norms: Sequence[str], lens: Sequence[int]) -> tuple[list[int], list[int]]:
        """(token position, weight row) of the sentence-level features (word bigrams, known
        phrases) that the model knows; each token's rows come in the featurizer's order."""
        get = self._attr.get
        pos: list[int] = []
        rows: list[int] = []
        if self._bigrams:
            prevs = ["<s>", *norms[:-1]]
            nexts = [*norms[1:], "</s>"]
            at = 0
            for k in lens:
                prevs[at] = "<s>"
                at += k
                nexts[at - 1] = "</s>"
            pairs = self._pair_rows()
            for found in (list(map(pairs["b-="].get, zip(prevs, norms))),
                          list(map(pairs["b+="].get, zip(norms, nexts)))):
                hit_rows = [(i, r) for i, r in enumerate(found) if r is not None]
                pos.extend(i for i, _ in hit_rows)
                rows.extend(r for _, r in hit_rows)
        feat = self.featurizer
        q_row = get("q=in") if feat.config.get("quotes") else None
        if q_row is not None:
            at = 0
            for k in lens:
                for i, inside in enumerate(quoted_flags(norms[at:at + k]), at):
                    if inside:
                        pos.append(i)
                        rows.append(q_row)
                at += k
        if feat.phrases:
            gz = feat.phrase_tags_many(norms, lens)
            marked = [j for j, g in enumerate(gz) if g]
            if marked:
                ends = list(accumulate(lens))
                piece = 0
                for j in marked:
                    while ends[piece] <= j:
                        piece += 1
                    start, end = ends[piece] - lens[piece], ends[piece]
                    g = gz[j]
                    # a marked token lends its mark to itself and both neighbours
                    for d in (-1, 0, 1):
                        i = j - d
                        if start <= i < end:
                            r = get(f"{d}:{g}")
                            if r is not None:
                                pos.append(i)
                                rows.append(r)
        return pos, rows

    def _scores(self, texts: Sequence[str]) -> np.ndarray:
        """State scores (tokens × labels) of one sequence."""
        forms, idx = self._lookup(texts)
        norms = [forms.norms[k] for k in idx]
        return self._emissions(forms, idx, [len(idx)], norms)

    def _viterbi(self, em: np.ndarray) -> list[str]:
        """Best label sequence under state scores ``em`` and the transition matrix."""
        labels = self.labels
        return [labels[j] for j in self._viterbi_many(em, [len(em)])[0]] if len(em) else []

    def _viterbi_many(self, em: np.ndarray, lens: Sequence[int]) -> list[list[int]]:
        """Best label indices of consecutive independent sequences (rows of ``em``, lengths
        ``lens``), all decoded together: one numpy step per position, not per token."""
        order = sorted((k for k, n in enumerate(lens) if n), key=lambda k: -lens[k])
        out: list[list[int]] = [[] for _ in lens]
        if not order:
            return out
        n_lab = em.shape[1]
        longest = lens[order[0]]
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]]).astype(np.intp)
        # position-major, longest sequence first: the live sequences at a step are a prefix
        padded = np.zeros((longest, len(order), n_lab))
        for b, k in enumerate(order):
            padded[:lens[k], b] = em[starts[k]:starts[k] + lens[k]]
        live = np.searchsorted(-np.array([lens[k] for k in order]), -np.arange(longest),
                               side="left").tolist()
        score = padded[0].copy()
        # to-label major (trans.T): the max and argmax over the previous label run along the
        # contiguous last axis, which numpy reduces faster; the values are the same sums
        trans = self._trans_t
        add = np.add
        # the ufunc reduction itself: ndarray.max goes through a Python wrapper at every step
        maximum = np.maximum.reduce
        m = len(order)
        back = np.zeros((longest, m, n_lab), dtype=np.intp)
        buf = np.empty((m, n_lab, n_lab))
        # views over the live prefix, rebuilt only when a sequence ends (finished sequences keep
        # their final scores)
        s_m, c_m, o_m = score[:, None, :], buf, score
        for i in range(1, longest):
            if live[i] != m:
                m = live[i]
                s_m, c_m, o_m = score[:m, None, :], buf[:m], score[:m]
            add(s_m, trans, out=c_m)
            c_m.argmax(axis=2, out=back[i, :m])
            maximum(c_m, axis=2, out=o_m)
            o_m += padded[i, :m]
        best = score.argmax(axis=1).tolist()
        for b, k in enumerate(order):
            n = lens[k]
            bb = back[:n, b].tolist()
            j = best[b]
            path = [j]
            for i in range(n - 1, 0, -1):
                j = bb[i][j]
                path.append(j)
            path.reverse()
            out[k] = path
        return out

    def _tag_seq(self, texts: Sequence[str]) -> list[str]:
        """Tag one sequence of token texts."""
        return self._viterbi(self._scores(texts)) if texts else []

    def _tag_flat(self, sentences: Sequence[Sequence[str]]) -> tuple[list[str], list[str]]:
        """Labels and folded forms of all tokens of ``sentences`` in one list, each sentence cut
        at sentence-final punctuation as the training data is."""
        lens: list[int] = []
        flat: list[str] = []
        for texts in sentences:
            start = 0
            for i, t in enumerate(texts):
                if t in _SENT_END:
                    lens.append(i + 1 - start)
                    start = i + 1
            if start < len(texts):
                lens.append(len(texts) - start)
            flat.extend(texts)
        if not flat:
            return [], []
        forms, idx = self._lookup(flat)
        norms = list(map(forms.norms.__getitem__, idx))
        em = self._emissions(forms, idx, lens, norms)
        labels = self.labels
        tags = [labels[j] for path in self._viterbi_many(em, lens) for j in path]
        return tags, norms

    def _tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag token lists, each cut at sentence-final punctuation as the training data is."""
        tags, _norms = self._tag_flat(sentences)
        return _regroup(tags, sentences)

    def tag(self, tokens: Sequence[Token | str]) -> list[str]:
        """BIO labels for ``tokens`` (one sentence or one whole short text)."""
        return self._tag_many([[t if isinstance(t, str) else t.text for t in tokens]])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[Token | str]],
                      consistent: bool = True) -> list[list[str]]:
        """BIO labels for each token list of one document; with ``consistent``, a phrase tagged
        in one place is tagged the same where it recurs untagged."""
        texts = [[t if isinstance(t, str) else t.text for t in s] for s in sentences]
        flat_tags, flat_norms = self._tag_flat(texts)
        tags = _regroup(flat_tags, texts)
        if consistent and self.meta.get("consistency", True):
            tags = propagate(_regroup(flat_norms, texts), tags)
        return tags


def _regroup(flat: list[str], groups: Sequence[Sequence[Any]]) -> list[list[str]]:
    """Cut a flat list back into lists as long as ``groups``."""
    out: list[list[str]] = []
    k = 0
    for g in groups:
        out.append(flat[k:k + len(g)])
        k += len(g)
    return out


@once
def get_tagger() -> NerTagger:
    """The shipped model, loaded once per process."""
    return NerTagger.load()
