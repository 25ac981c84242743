"""Clitic-aware multi-word phrase matching over folded tokens (lexicons, gazetteers, cues)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Sequence, TypeVar

from marsad.text.normalize import fold_word
from marsad.text.tokens import Token, proclitic_splits, tokenize

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A phrase found at tokens ``[first, last)``; ``prefix`` is the proclitic on the first token."""

    first: int
    last: int
    start: int
    end: int
    prefix: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Longest-match look-up of folded phrases; the first word may carry proclitics (و ف ب ل ك ال س)."""

    def __init__(self, phrases: Iterable[tuple[str, T]], *, allow_prefix: bool = True) -> None:
        self._trie: dict[str, dict] = {}
        self.allow_prefix = allow_prefix
        self.size = 0
        # token norm -> its readings whose stem starts a phrase; most tokens map to () (hot path).
        self._entry: dict[str, tuple[tuple[str, dict], ...]] = {}
        for phrase, payload in phrases:
            keys = [t.norm for t in tokenize(phrase)]
            if not keys:
                continue
            node = self._trie
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault("\0", payload)
            self.size += 1

    def match_at(self, tokens: Sequence[Token], i: int,
                 accept: Callable[[str, T], bool] | None = None) -> Match[T] | None:
        """The longest phrase starting at token ``i`` (bare reading preferred over a stripped one).

        ``accept(prefix, payload)`` can veto a reading, e.g. a verb never takes the article.
        """
        norm = tokens[i].norm
        starts = self._entry.get(norm)
        if starts is None:
            readings = proclitic_splits(norm) if self.allow_prefix else (("", norm),)
            starts = tuple((p, self._trie[s]) for p, s in readings if s in self._trie)
            if len(self._entry) < 500_000:
                self._entry[norm] = starts
        if not starts:
            return None
        best: Match[T] | None = None
        for prefix, first in starts:
            node: dict | None = first
            j = i + 1
            while node is not None:
                if "\0" in node and (best is None or j > best.last) and (
                        accept is None or accept(prefix, node["\0"])):
                    # The surface span drops the proclitic letters when they are a separate morpheme.
                    best = Match(i, j, tokens[i].start, tokens[j - 1].end, prefix, node["\0"])
                if j >= len(tokens):
                    break
                node = node.get(tokens[j].norm)
                j += 1
        return best

    def find_all(self, tokens: Sequence[Token]) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match[T]] = []
        i = 0
        n = len(tokens)
        while i < n:
            m = self.match_at(tokens, i)
            if m is not None:
                out.append(m)
                i = m.last
            else:
                i += 1
        return out

    def __contains__(self, phrase: str) -> bool:
        node: dict | None = self._trie
        for t in tokenize(phrase):
            node = node.get(t.norm) if node is not None else None
        return node is not None and "\0" in node


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
