"""Token features for the NER tagger, shared by training and inference (cached per word form)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from operator import itemgetter
from typing import Any

from marsad.ner.consistency import label_span, longest_phrase
from marsad.text import fold_word, proclitic_splits

# Feature groups a model may switch on; the model's config file records which ones it used.
DEFAULT_CONFIG: dict[str, Any] = {
    "window": 2,            # neighbours on each side
    "affixes": 3,           # longest prefix/suffix length
    "stems": True,          # proclitic readings and the shortest stem
    "clusters": True,       # word-cluster ids from unlabelled text
    "ctx_clusters": True,   # neighbours' cluster ids
    "cues": True,           # title / organisation / place cue lists
    "bigrams": True,        # word bigrams around the token
    "char_ngrams": 0,       # n of the word-internal character n-grams (0 = off)
    "lexicon": 0,           # folds of the jackknifed training-data lexicon (0 = off)
    "gazetteer": False,     # snapshot of marsad/lang/ar/gazetteer (places, demonyms, name units)
    "quotes": False,        # a mark on tokens inside a short «…» or "…" (papers, brands, works)
}

_ARABIC = range(0x0600, 0x0700)
# Arabic letters: a word made of them only has the shape "A" (most words; see ``shape``).
_ARABIC_LETTERS = frozenset(ch for ch in map(chr, _ARABIC) if ch.isalpha())
_LENGTHS = tuple(f"ln={k}" for k in range(10))  # the "ln=" feature of each capped length
_MAX_CACHE = 300_000
_MAX_PHRASE = 6
_STEM = itemgetter(1)  # the stem of a (prefix, stem) reading


def cluster_key(norm: str) -> str:
    """The word key of the cluster table: the folded form with every digit as 0."""
    return _digits_to_zero(norm)


@lru_cache(maxsize=100_000)
def _digits_to_zero(norm: str) -> str:
    """Replace ASCII digits by 0 (folding already mapped Arabic-Indic digits to ASCII)."""
    if norm.isalpha() or not any(c.isdigit() for c in norm):  # letters only: no digit at all
        return norm
    return "".join("0" if c.isdigit() else c for c in norm)


def quoted_flags(norms: Sequence[str], longest: int = 4) -> list[bool]:
    """For each token, whether it lies inside a short «…» or "…" pair (at most ``longest`` tokens:
    a name, not a quoted statement) of the same sentence; an unclosed quote marks nothing."""
    out = [False] * len(norms)
    open_at = -1
    closer = ""
    for i, x in enumerate(norms):
        if open_at < 0:
            if x in ("«", '"'):
                open_at, closer = i, ("»" if x == "«" else '"')
        elif x == closer:
            if i - open_at - 1 <= longest:
                for j in range(open_at + 1, i):
                    out[j] = True
            open_at = -1
    return out


def shape(text: str) -> str:
    """A coarse shape: A (Arabic letters), Xx/x/X (Latin case), D (digits), punctuation as is."""
    if text and _ARABIC_LETTERS.issuperset(text):
        return "A"  # most words: skip the letter-by-letter pass
    kinds: list[str] = []
    for ch in text:
        o = ord(ch)
        if o in _ARABIC and ch.isalpha():
            k = "A"
        elif ch.isdigit():
            k = "D"
        elif ch.isalpha():
            k = "X" if ch.isupper() else "x"
        else:
            k = ch if len(kinds) < 3 else "."
        if not kinds or kinds[-1] != k:
            kinds.append(k)
    return "".join(kinds[:4])


def load_clusters(path: Any) -> dict[str, tuple[str, ...]]:
    """Read the cluster table (word, then one id per granularity) into word → ids."""
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return out


def load_cues() -> dict[str, str]:
    """Folded cue word → its cue class, from marsad/lang/ar/ner_cues.yaml."""
    from marsad.lang.ar import load_yaml

    out: dict[str, str] = {}
    for cls, words in (load_yaml("ner_cues.yaml") or {}).items():
        for w in words or ():
            out.setdefault(fold_word(str(w)), cls)
    return out


def default_clusters() -> dict[str, tuple[str, ...]]:
    """The cluster table shipped in marsad/models (empty if absent)."""
    p = resources.files("marsad.models").joinpath("ner_clusters.tsv")
    return load_clusters(p) if p.is_file() else {}


@dataclass(slots=True)
class _WordInfo:
    """Precomputed features of one word form: its own and those it lends to neighbours."""

    own: list[str]
    ctx: dict[int, list[str]]
    norm: str


@dataclass
class Featurizer:
    """Turns token texts into CRF feature lists; word-level work is done once per word form."""

    config: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_CONFIG))
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cues: dict[str, str] = field(default_factory=dict)
    lexicon: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    gazetteer: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _cache: dict[str, _WordInfo] = field(default_factory=dict, repr=False)
    # first word of a known phrase -> its longest phrase length; folded word -> its readings
    # that start a phrase (both built lazily: only inference with phrases needs them)
    _first: dict[str, int] | None = field(default=None, repr=False)
    _firsts: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    # every leading part (two words or more) of a known phrase
    _heads: set[tuple[str, ...]] = field(default_factory=set, repr=False)
    # the last two letters of every first word (a word's readings all end with its own)
    _tails: set[str] = field(default_factory=set, repr=False)
    # cluster ids -> their features (see _cluster_feats)
    _cfeats: dict[tuple[str, ...], tuple[list[str], list[str]]] = field(default_factory=dict,
                                                                       repr=False)

    def _cluster(self, norm: str, splits: Sequence[tuple[str, str]]) -> tuple[tuple[str, ...], bool]:
        """Cluster ids of the word, else of its first proclitic reading that has one."""
        ids = self.clusters.get(cluster_key(norm))
        if ids is not None:
            return ids, False
        for _p, s in splits[1:]:
            ids = self.clusters.get(cluster_key(s))
            if ids is not None:
                return ids, True
        return (), False

    def _cluster_feats(self, ids: tuple[str, ...]) -> tuple[list[str], list[str]]:
        """The "c<g>=<id>" features of a word's cluster ids, and those it lends (coarsest dropped);
        cached: many words share their ids."""
        feats = self._cfeats.get(ids)
        if feats is None:
            own = [f"c{g}={cid}" for g, cid in enumerate(ids)]
            feats = self._cfeats[ids] = (own, own[1:])
        return feats

    def _cue(self, norm: str, splits: Sequence[tuple[str, str]]) -> str:
        """The cue class of the word or of one of its proclitic readings ('' if none)."""
        c = self.cues.get(norm)
        if c:
            return c
        for p, s in splits[1:]:
            c = self.cues.get(s) or (self.cues.get("ال" + s) if p.endswith("ال") else None)
            if c:
                return c
        return ""

    def word(self, text: str) -> _WordInfo:
        """Features of a word form (cached)."""
        info = self._cache.get(text)
        if info is None:
            info = self.compute_word(text)
            if len(self._cache) >= _MAX_CACHE:
                self._cache.clear()
            self._cache[text] = info
        return info

    def compute_word(self, text: str) -> _WordInfo:
        """Features of a word form, uncached."""
        own, ctx_base, norm = self.compute_base(text)
        win = int(self.config.get("window", 2))
        ctx = {d: [f"{d}:{f}" for f in ctx_base]
               for d in range(-win, win + 1) if d}
        return _WordInfo(own, ctx, norm)

    def compute_base(self, text: str) -> tuple[list[str], list[str], str]:
        """A word form's own features, the features it lends to every neighbour before their
        "<offset>:" prefix, and its folded form (uncached)."""
        cfg = self.config
        norm = fold_word(text)
        w = "w=" + norm
        own = ["bias", w]
        ctx_base = [w]
        splits = proclitic_splits(norm)
        stem = norm  # = strip_proclitics(norm): the first shortest reading
        for _p, s in splits[1:]:
            if len(s) < len(stem):
                stem = s
        if cfg.get("stems"):
            ss = "ss=" + stem
            own.append(ss)
            ctx_base.append(ss)
            for p, s in splits[1:]:
                own.append("s=" + s)
                own.append("p=" + p)
        n_aff = int(cfg.get("affixes", 0))
        for k in range(1, min(n_aff, len(norm) - 1) + 1):
            own.append(f"p{k}=" + norm[:k])
            own.append(f"x{k}=" + norm[-k:])
        cn = int(cfg.get("char_ngrams", 0))
        if cn:
            # Word-internal letter sequences tell transliterated foreign names from Arabic words.
            padded = "<" + stem + ">"
            own.extend(dict.fromkeys(["g=" + padded[i:i + cn]
                                      for i in range(len(padded) - cn + 1)]))
        sh = "sh=" + shape(text)
        own.append(sh)
        ctx_base.append(sh)
        own.append(_LENGTHS[min(len(norm), 9)])
        if cfg.get("clusters") and self.clusters:
            ids, via_stem = self._cluster(norm, splits)
            if ids:
                c_own, c_ctx = self._cluster_feats(ids)
                own.extend(c_own)
                if via_stem:
                    own.append("cstem")
                if cfg.get("ctx_clusters"):
                    ctx_base.extend(c_ctx)
            else:
                own.append("c=none")
        if cfg.get("cues") and self.cues:
            cue = self._cue(norm, splits)
            if cue:
                own.append("cue=" + cue)
                ctx_base.append("cue=" + cue)
        if self.gazetteer:
            table = self.gazetteer
            gz = ["G=" + f for f in table.get(norm, ())]
            for _p, st in splits[1:]:
                found = table.get(st)
                if found:
                    gz.extend(["GS=" + f for f in found])
            if gz:
                own.extend(gz)
                ctx_base.extend([f for f in gz if "#" not in f])
        if self.lexicon:
            lex = self.lexicon.get("lw:" + norm, ()) + self.lexicon.get(
                "ls:" + stem, ())
            own.extend(lex)
            ctx_base.extend(f for f in lex if "=" in f)
        return own, ctx_base, norm

    def _phrase_tags(self, norms: Sequence[str]) -> list[str]:
        """Greedy longest matches of known entity phrases ('' where none); the first word may carry
        proclitics."""
        return self.phrase_tags_many(norms, [len(norms)])

    def phrase_tags_many(self, norms: Sequence[str], lens: Sequence[int]) -> list[str]:
        """``_phrase_tags`` of consecutive independent sequences (lengths ``lens``) in one list."""
        out = [""] * len(norms)
        first = self._first
        if first is None:
            first = {}
            for p in self.phrases:
                if len(p) > first.get(p[0], 0):
                    first[p[0]] = len(p)
                self._heads.update(p[:j] for j in range(2, len(p) + 1))
            self._tails.update(f[-2:] for f in first)
            self._first = first
        heads = self._heads
        phrases = self.phrases
        cache = self._firsts
        firsts_at = list(map(cache.get, norms))
        if None in firsts_at:
            starts = first.keys()
            tails = self._tails
            for k, x in enumerate(norms):
                if firsts_at[k] is None:
                    f: tuple[str, ...]
                    if x[-2:] not in tails:
                        f = ()  # every reading ends with the word's last two letters
                    else:
                        readings = proclitic_splits(x)
                        # most words start no phrase: one C-level test before building anything
                        f = () if starts.isdisjoint(map(_STEM, readings)) else tuple(
                            s for _p, s in readings if s in first)
                    if len(cache) >= _MAX_CACHE:
                        cache.clear()
                    firsts_at[k] = cache[x] = f
        cands = [i for i, f in enumerate(firsts_at) if f]
        if not cands:
            return out
        ends = list(accumulate(lens))
        piece = 0
        free = 0  # tokens before this one belong to an earlier match
        for i in cands:
            if i < free:
                continue
            while ends[piece] <= i:
                piece += 1
            firsts = firsts_at[i]
            assert firsts is not None  # cands holds only positions with first words
            # no phrase starting with these words is longer than their longest one, nor than
            # the longest leading part of a phrase found here
            longest = first[firsts[0]] if len(firsts) == 1 else max(first[f] for f in firsts)
            top = min(_MAX_PHRASE, ends[piece] - i, longest)
            reach = 1
            if top > 1:
                for word in firsts:
                    j = reach
                    while j < top and (word,) + tuple(norms[i + 1:i + j + 1]) in heads:
                        j += 1
                    reach = j
            if reach == 1:  # = longest_phrase(norms, i, 1, firsts, phrases), the common case
                hit = None
                for word in firsts:
                    typ = phrases.get((word,))
                    if typ:
                        hit = (1, typ)
                        break
            else:
                hit = longest_phrase(norms, i, reach, firsts, phrases)
            if hit is not None:
                free = label_span(out, i, hit, "gz=")
        return out

    def extras(self, norms: Sequence[str], pads: bool = True) -> list[list[str]]:
        """Sentence-level features of each token: padding, word bigrams, known-phrase matches."""
        n = len(norms)
        win = int(self.config.get("window", 2))
        bigrams = bool(self.config.get("bigrams"))
        gz = self._phrase_tags(norms) if self.phrases else None
        quoted = quoted_flags(norms) if self.config.get("quotes") else None
        out: list[list[str]] = []
        for i, norm in enumerate(norms):
            f = ([f"{d}:pad" for d in range(-win, win + 1) if d and not 0 <= i + d < n]
                 if pads else [])
            if bigrams:
                prev = norms[i - 1] if i else "<s>"
                nxt = norms[i + 1] if i + 1 < n else "</s>"
                f.append("b-=" + prev + "|" + norm)
                f.append("b+=" + norm + "|" + nxt)
            if quoted is not None and quoted[i]:
                f.append("q=in")
            if gz is not None:
                for d in (-1, 0, 1):
                    if 0 <= i + d < n and gz[i + d]:
                        f.append(f"{d}:{gz[i + d]}")
            out.append(f)
        return out

    def sentence(self, texts: Sequence[str]) -> list[list[str]]:
        """Feature lists for the tokens of one sentence (the training-time form)."""
        infos = [self.word(t) for t in texts]
        n = len(infos)
        win = int(self.config.get("window", 2))
        extras = self.extras([x.norm for x in infos])
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            f = list(info.own)
            for d in range(-win, win + 1):
                if d and 0 <= i + d < n:
                    f.extend(infos[i + d].ctx[d])
            f.extend(extras[i])
            out.append(f)
        return out
