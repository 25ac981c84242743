"""Sentence splitting for Arabic news: punctuation, line breaks, quotes and abbreviations."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?؟…]+[\"'”»’)\]]*(?=\s|$)|\n+")
# One-letter Arabic initials ("د." doctor, "م." engineer) and common Latin abbreviations.
_ABBREV_BEFORE = re.compile(r"(?:^|\s)(?:[\u0621-\u064A]|[A-Z]|Mr|Dr|St|Mt|Jr|No|etc|vs)\.$")
_NUMBER_BEFORE = re.compile(r"\d\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open sentence ranges covering the non-space text, in order."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group()[0] == ".":
            before = text[max(0, m.start() - 6): m.start() + 1]
            if _ABBREV_BEFORE.search(before) or (
                _NUMBER_BEFORE.search(before) and m.end() < len(text) and text[m.end():m.end() + 1].isdigit()
            ):
                continue
        _emit(text, start, end, out)
        start = end
    _emit(text, start, len(text), out)
    return out


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
