"""Clitic-aware multi-word phrase matching over folded tokens (lexicons, gazetteers, cues)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, KeysView, Sequence
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

from marsad.text.normalize import fold_word
from marsad.text.tokens import Token, proclitic_splits, tokenize

T = TypeVar("T")

# The key a phrase's payload sits under in its trie node. Not a string, so that no token (not
# even a NUL character in the input) can collide with it.
_END: Any = None
# A phrase of plain Arabic words: its tokens are its space-separated words (no regex needed).
_PLAIN = re.compile(r"[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*")


class Match(NamedTuple, Generic[T]):
    """A phrase found at tokens ``[first, last)``; ``prefix`` is the proclitic on the first token."""

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


_STEM = itemgetter(1)  # the stem of a (prefix, stem) reading


class PhraseMatcher(Generic[T]):
    """Longest-match look-up of folded phrases; the first word may carry proclitics (و ف ب ل ك ال س).

    The first payload given for a phrase wins.
    """

    def __init__(self, phrases: Iterable[tuple[str, T]] = (), *, allow_prefix: bool = True) -> None:
        self._trie: dict[str, dict] = {}
        self.allow_prefix = allow_prefix
        self.size = 0
        # token norm -> its readings whose stem starts a phrase; most tokens map to () (hot path).
        self._entry: dict[str, tuple[tuple[str, dict], ...]] = {}
        # the last two letters of every first word: a word's readings all end like the word
        # (see proclitic_splits), so a word ending otherwise starts no phrase
        self._tails: set[str] = set()
        self.add_keys((phrase_norms(p), v) for p, v in phrases)

    @classmethod
    def from_keys(cls, keyed: Iterable[tuple[Sequence[str], T]], *,
                  allow_prefix: bool = True) -> PhraseMatcher[T]:
        """Build from already folded token sequences (no tokenising)."""
        m: PhraseMatcher[T] = cls(allow_prefix=allow_prefix)
        m.add_keys(keyed)
        return m

    def add_keys(self, keyed: Iterable[tuple[Sequence[str], T]]) -> None:
        """Add folded token sequences with their payloads."""
        for keys, payload in keyed:
            if not keys:
                continue
            node: dict[str, Any] = self._trie
            self._tails.add(keys[0][-2:])
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(_END, payload)
            self.size += 1
        self._entry.clear()

    def first_words(self) -> KeysView[str]:
        """The folded first words of the phrases (a live view: a phrase starts only at one)."""
        return self._trie.keys()

    def starts(self, norm: str) -> tuple[tuple[str, dict], ...]:
        """(prefix, trie node) for each reading of a folded word that starts a phrase."""
        s = self._entry.get(norm)
        if s is None:
            if norm[-2:] not in self._tails:
                s = ()
            else:
                readings = proclitic_splits(norm) if self.allow_prefix else (("", norm),)
                trie = self._trie
                # most words start no phrase: one C-level test before building anything
                s = () if trie.keys().isdisjoint(map(_STEM, readings)) else tuple(
                    (p, trie[w]) for p, w in readings if w in trie)
            if len(self._entry) < 500_000:
                self._entry[norm] = s
        return s

    def match_at(self, tokens: Sequence[Token], i: int,
                 accept: Callable[[str, T], bool] | None = None,
                 end: int | None = None) -> Match[T] | None:
        """The longest phrase starting at token ``i`` and ending by ``end`` (default: the last token).

        ``accept(prefix, payload)`` can veto a reading, e.g. a verb never takes the article.
        """
        norm = tokens[i].norm
        # (the entry table answers for nearly every word: ``starts`` is called only to fill it)
        starts = self._entry.get(norm)
        if starts is None:
            starts = self.starts(norm)
        if not starts:
            return None
        b = len(tokens) if end is None else end
        best: Match[T] | None = None
        for prefix, first in starts:
            node: dict | None = first
            j = i + 1
            while node is not None:
                if _END in node and (best is None or j > best.last) and (
                        accept is None or accept(prefix, node[_END])):
                    best = Match(i, j, tokens[i].start, tokens[j - 1].end, prefix, node[_END])
                if j >= b:
                    break
                node = node.get(tokens[j].norm)
                j += 1
        return best

    def find_all(self, tokens: Sequence[Token], a: int = 0, b: int | None = None) -> list[Match[T]]:
        """Non-overlapping longest matches in ``tokens[a:b]``, left to right; indices relative to ``a``."""
        if b is None:
            b = len(tokens)
        out: list[Match[T]] = []
        entry = self._entry
        tails = self._tails
        i = a
        while i < b:
            norm = tokens[i].norm
            st = entry.get(norm)
            if st is None:
                # a word not seen yet (a fresh matcher): most end unlike any first word
                st = self.starts(norm) if norm[-2:] in tails else ()
            if not st:
                i += 1
                continue
            m = self.match_at(tokens, i, end=b)
            if m is None:
                i += 1
                continue
            out.append(m._replace(first=m.first - a, last=m.last - a) if a else m)
            i = m.last
        return out

    def __contains__(self, phrase: str) -> bool:
        node: dict | None = self._trie
        for k in phrase_norms(phrase):
            node = node.get(k) if node is not None else None
        return node is not None and _END in node


def skip_letters(token: Token, n: int) -> int:
    """The original offset in ``token`` after its first ``n`` letters that survive folding."""
    if n <= 0:
        return token.start
    seen = 0
    for k, ch in enumerate(token.text):
        if fold_word(ch):
            if seen == n:
                return token.start + k
            seen += 1
    return token.end


def clitic_free_start(token: Token, prefix: str, *, keep_article: bool = True) -> int:
    """Where the word proper starts once conjunction/preposition proclitics are skipped.

    With ``keep_article`` the definite article stays in the span ("وبالرئيس" -> "الرئيس" is not in
    the text, so a fused "لل" keeps the whole token).
    """
    if not prefix:
        return token.start
    if prefix.endswith("ال"):
        core = prefix[:-2]
        if keep_article:
            return skip_letters(token, len(core))
        return skip_letters(token, len(prefix))
    if prefix.endswith("ل") and token.norm[len(prefix):len(prefix) + 1] == "ل" and keep_article:
        # للرئيس: ل + (ا)لرئيس — the article's alef is elided, so keep the fused token whole.
        return token.start
    return skip_letters(token, len(prefix))
