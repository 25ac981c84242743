"""Tokenisation into words, numbers and punctuation, and clitic-aware helpers."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from marsad.text.normalize import fold_word

_TOKEN_RE = re.compile(
    r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC"
    r"\u064B-\u065F\u0670\u0640]+"       # Arabic letters with their diacritics and tatweel
    r"|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?"  # Latin words
    r"|\d+(?:[.,٫]\d+)*"                  # numbers
    r"|[^\s#_]",                          # any other single character (a hashtag's # and _ join words)
)


# quotation marks, opening or closing (RTL copy uses either way round)
QUOTE_MARKS = frozenset('"«»“”')


class Token(NamedTuple):
    """A token: half-open offsets into the text, the surface form and its folded key.

    A named tuple rather than a frozen dataclass: tokens are built by the million and a tuple is
    several times cheaper to create, while staying immutable.
    """

    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        """True for Arabic or Latin words (not digits or punctuation)."""
        return self.text[:1].isalpha()


_NORM_CACHE: dict[str, str] = {}


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; offsets are shifted by ``offset``."""
    out: list[Token] = []
    append = out.append
    cache = _NORM_CACHE
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        norm = cache.get(word)
        if norm is None:
            norm = fold_word(word)
            if len(cache) < 1_000_000:
                cache[word] = norm
        start = m.start() + offset
        append(Token(start, start + len(word), word, norm))
    return out


# Proclitic chains in the order Arabic stacks them: conjunction, preposition/future, article.
CONJUNCTIONS = ("و", "ف")
_PREP = ("ب", "ل", "ك", "س")
# A reading other than the bare word needs a conjunction, a preposition or the article first.
_CLITIC_FIRST = frozenset(CONJUNCTIONS + _PREP + ("ا",))


def without_conjunction(norm: str, min_stem: int = 1) -> str:
    """A folded word without its conjunction و/ف, when at least ``min_stem`` letters remain."""
    if norm[:1] in CONJUNCTIONS and len(norm) - 1 >= min_stem:
        return norm[1:]
    return norm


@lru_cache(maxsize=200_000)
def proclitic_splits(norm: str) -> tuple[tuple[str, str], ...]:
    """All (prefix, stem) readings of a folded word, the bare word first; stems keep ≥ 2 letters."""
    if norm[:1] not in _CLITIC_FIRST:
        return (("", norm),)  # most words: no reading to try
    out: list[tuple[str, str]] = [("", norm)]
    seen = {norm}

    def add(prefix: str, stem: str) -> None:
        if len(stem) >= 2 and stem not in seen:
            seen.add(stem)
            out.append((prefix, stem))

    for c in ("",) + CONJUNCTIONS:
        if c and not norm.startswith(c):
            continue
        rest = norm[len(c):]
        if c:
            add(c, rest)
        for p in ("",) + _PREP:
            if p and not rest.startswith(p):
                continue
            r2 = rest[len(p):]
            if p:
                add(c + p, r2)
            # "لل" is ل + ال with the alef elided: للرئيس -> الرئيس
            if p == "ل" and r2.startswith("ل") and len(r2) > 2:
                add(c + "ل", "ا" + r2)
            if r2.startswith("ال") and len(r2) > 3:
                add(c + p + "ال", r2[2:])
    return tuple(out)


def strip_proclitics(norm: str) -> str:
    """The shortest stem reading of a folded word (article and proclitics removed)."""
    splits = proclitic_splits(norm)
    return min(splits, key=lambda ps: len(ps[1]))[1]


def doc_tokens(doc: Document) -> list[Token]:  # type: ignore[name-defined]  # noqa: F821
    """Tokens of a document's text, computed once per document and cached on it."""
    toks = doc._cache.get("tokens")
    if toks is None:
        toks = tokenize(doc.text)
        doc._cache["tokens"] = toks
    return toks
