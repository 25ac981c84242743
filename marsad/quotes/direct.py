"""Quotation-mark spans: paired “…”, «…», ‹…›, "…", '…' (and unclosed ones up to the paragraph end)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> accepted closing marks. Curly quotes are used both ways round in the wild.
_PAIRS: dict[str, str] = {
    "“": "”“", "”": "”“", "«": "»", "»": "«", "‹": "›", "„": "“”", '"': '"',
    "‘": "’‘", "’": "‘’", "'": "'",
}
_SINGLE = "'‘’"
QUOTE_CHARS = frozenset(_PAIRS) | frozenset("»›")
_OPEN_RE = re.compile("[" + re.escape("".join(k for k in _PAIRS if k not in "»")) + "]")
_CLOSE_RE = {k: re.compile("[" + re.escape(v) + "]") for k, v in _PAIRS.items()}


@dataclass(frozen=True, slots=True)
class Marked:
    """A quotation-mark span: ``open`` is the mark's offset, ``close`` the closing mark's (or the end)."""

    open: int
    close: int
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """The offsets of the text between the marks."""
        return self.open + 1, self.close


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _can_open_single(text: str, i: int) -> bool:
    # An apostrophe inside a Latin word ("don't") is not a quotation mark.
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isascii() and before.isalpha()) and not after.isspace()


def find_marked(text: str) -> list[Marked]:
    """All top-level quotation-mark spans of ``text``; an unclosed mark runs to its paragraph end."""
    out: list[Marked] = []
    n = len(text)
    i = 0
    while i < n:
        found = _OPEN_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in _SINGLE and not _can_open_single(text, i):
            i += 1
            continue
        closers = _PAIRS[ch]
        para_end = text.find("\n", i)
        if para_end < 0:
            para_end = n
        j = i + 1
        close = -1
        closer_re = _CLOSE_RE[ch]
        while j < para_end:
            hit = closer_re.search(text, j, para_end)
            if hit is None:
                break
            j = hit.start()
            c = text[j]
            if c in closers:
                if c in _SINGLE:
                    after = text[j + 1] if j + 1 < n else " "
                    if after.isalpha() and after.isascii():
                        j += 1
                        continue
                close = j
                break
            j += 1
        if close < 0:
            # A mark with nothing after it on the line is stray punctuation, not an opening.
            if text[i + 1:para_end].strip():
                out.append(Marked(i, _rstrip(text, i + 1, para_end), False))
            i = para_end
            continue
        if close > i + 1:
            out.append(Marked(i, close, True))
        i = close + 1
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def word_count(text: str, start: int, end: int) -> int:
    """Number of whitespace-separated words in ``text[start:end]``."""
    return len(text[start:end].split())
