"""Sentence splitting for Arabic news: punctuation, line breaks, quotes and abbreviations."""

from __future__ import annotations

import re

# A run of sentence-final marks (Arabic and Latin), then any closing quotes/brackets.
_END = re.compile(r"[.!?؟…۔]+[\"'”»’)\]]*")
_CLOSERS = "\"'”»’)]"
# One-letter initials ("د." doctor, "م." engineer, "U.S.") and common Latin abbreviations.
_ABBREV_BEFORE = re.compile(
    r"(?:^|[\s.(])(?:[\u0621-\u064A]|[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|St|Mt|Jr|Sr|No|etc|vs|Inc|Ltd|Co|Gen|Col|Lt|Sgt|Gov|Sen|Rep)\.$")
_PAIRS = {"“": "”", "«": "»", "‹": "›", "„": "“"}
# A quotation up to this many characters is never cut: its full stops belong to the quote.
SHORT_QUOTE = 300


def _quote_regions(line: str) -> list[tuple[int, int]]:
    """Offsets (open, close) of balanced quotations within one line."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, ch in enumerate(line):
        if ch == '"':
            # Straight quotes do not say which way they face: pair them in order.
            if straight is None:
                straight = i
            else:
                regions.append((straight, i))
                straight = None
        elif ch in _PAIRS and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((_PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            regions.append((stack.pop()[1], i))
    return regions


def _protected(line: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _quote_regions(line) if b - a <= SHORT_QUOTE]


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in regions)


def _split_line(line: str, base: int, out: list[tuple[int, int]]) -> None:
    regions: list[tuple[int, int]] | None = None
    start = 0
    for m in _END.finditer(line):
        end = m.end()
        if end < len(line) and not line[end].isspace():
            continue  # "21.2", "الأمن.وقال", "www.x.com": not a boundary
        marks = m.group().rstrip(_CLOSERS)
        if marks == "..":
            continue  # Arabic headlines use ".." as a dash ("اليونان.. طرد")
        if marks == "." and _ABBREV_BEFORE.search(line[max(0, m.start() - 6): m.start() + 1]):
            continue
        if regions is None:
            regions = _protected(line)
        if regions and _inside(m.start(), regions):
            # Cutting inside a short quotation would separate its words from its cue.
            close = max(b for a, b in regions if a < m.start() < b)
            if close >= end:
                continue
        _emit(line, start, end, base, out)
        start = end
    _emit(line, start, len(line), base, out)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open sentence ranges covering the non-space text, in order; lines never join."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        _split_line(line, pos, out)
        pos += len(line) + 1
    return out


def _emit(line: str, start: int, end: int, base: int, out: list[tuple[int, int]]) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((base + start, base + end))
