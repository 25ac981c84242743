"""A phrase matcher for the entity stage: the clitic-aware longest match of
``marsad.text.matcher.PhraseMatcher``, built from folded keys and scanned without per-token calls."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

from marsad.text import Token, fold_word, tokenize
from marsad.text.tokens import proclitic_splits

T = TypeVar("T")

_END = "\0"
# A phrase of plain Arabic words: its tokens are its space-separated words (no regex needed).
_PLAIN = re.compile(r"[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*")


class Hit(NamedTuple, Generic[T]):
    """A phrase at tokens ``[first, last)`` (sentence-relative); ``prefix`` is the proclitic."""

    first: int
    last: int
    start: int
    end: int
    prefix: str
    payload: T


def phrase_norms(phrase: str) -> list[str]:
    """The folded tokens of a phrase, as ``tokenize`` gives them."""
    if _PLAIN.fullmatch(phrase):
        return [fold_word(w) for w in phrase.split(" ")]
    return [t.norm for t in tokenize(phrase)]


class KeyMatcher(Generic[T]):
    """Longest-match look-up of folded token sequences; the first word may carry proclitics."""

    def __init__(self, keyed: Iterable[tuple[Sequence[str], T]]) -> None:
        self._trie: dict[str, dict] = {}
        self._entry: dict[str, tuple[tuple[str, dict], ...]] = {}
        self.size = 0
        for keys, payload in keyed:
            if not keys:
                continue
            node = self._trie
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(_END, payload)  # the first payload of a key wins
            self.size += 1

    @classmethod
    def from_phrases(cls, phrases: Iterable[tuple[str, T]]) -> KeyMatcher[T]:
        """Build from surface phrases (tokenised and folded like ``PhraseMatcher``)."""
        return cls((phrase_norms(p), v) for p, v in phrases)

    def starts(self, norm: str) -> tuple[tuple[str, dict], ...]:
        """(prefix, trie node) for each proclitic reading of a word that starts a phrase."""
        s = self._entry.get(norm)
        if s is None:
            trie = self._trie
            s = tuple((p, trie[w]) for p, w in proclitic_splits(norm) if w in trie)
            if len(self._entry) < 500_000:
                self._entry[norm] = s
        return s

    def find_all(self, tokens: Sequence[Token], a: int = 0, b: int | None = None) -> list[Hit[T]]:
        """Non-overlapping longest matches in ``tokens[a:b]``, left to right (indices relative to a)."""
        if b is None:
            b = len(tokens)
        out: list[Hit[T]] = []
        entry = self._entry
        i = a
        while i < b:
            norm = tokens[i].norm
            st = entry.get(norm)
            if st is None:
                st = self.starts(norm)
            if not st:
                i += 1
                continue
            best_last = -1
            best: tuple[str, T] | None = None
            for prefix, node in st:
                j = i + 1
                while True:
                    if _END in node and j > best_last:
                        best_last, best = j, (prefix, node[_END])
                    if j >= b:
                        break
                    node = node.get(tokens[j].norm)
                    if node is None:
                        break
                    j += 1
            if best is None:
                i += 1
                continue
            out.append(Hit(i - a, best_last - a, tokens[i].start, tokens[best_last - 1].end,
                           best[0], best[1]))
            i = best_last
        return out

    def __contains__(self, phrase: str) -> bool:
        node: dict | None = self._trie
        for k in phrase_norms(phrase):
            node = node.get(k) if node is not None else None
        return node is not None and _END in node
