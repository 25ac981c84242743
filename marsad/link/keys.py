"""Look-up keys shared by the KB and the gazetteers: folded words and clitic readings."""

from __future__ import annotations

from functools import lru_cache

from marsad.text import fold_word, proclitic_splits, tokenize


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    """The folded key of a name: its word and number tokens, folded, joined by one space."""
    return " ".join(t.norm for t in tokenize(text) if t.text[:1].isalnum())


@lru_cache(maxsize=100_000)
def reading_keys(text: str) -> tuple[tuple[str, str], ...]:
    """(prefix, key) readings of a surface: the bare key first, then proclitic-stripped ones."""
    words = name_key(text).split()
    if not words:
        return ()
    rest = words[1:]
    return tuple((prefix, " ".join([stem, *rest])) for prefix, stem in proclitic_splits(words[0]))


def fold(text: str) -> str:
    """Fold one word (re-exported so the data loaders share the runtime folding)."""
    return fold_word(text)
