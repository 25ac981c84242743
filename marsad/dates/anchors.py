"""Cheap anchors for the date finder: every date expression contains one of these words or a year.

Running the full date regex at every position costs about a microsecond a character; literal
searches for the anchor words run at C speed, so the full regex is only tried at the few word
starts just before an anchor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from marsad.dates.lexicon import alt, lexicon

_CLITIC1 = "وف"
_CLITIC2 = "بلك"
_YEAR = re.compile(r"[0-9][0-9][0-9][0-9]")
_WORD = re.compile(r"\w+")
# Characters that may separate the words of one date expression ("يوليو/ تموز", "الخميس، 24").
_JOINERS = frozenset(" \t\u00a0/-،(:.")
_MAX_PREFIX_WORDS = 6
_LOOK_BACK = 40


@dataclass(frozen=True)
class Anchors:
    """Anchor finders and the words that may stand before an anchor inside one expression."""

    finders: tuple[re.Pattern[str], ...]
    prefix_words: frozenset[str]
    # per finder, a word every match of it spells out (None when its matches share none): a text
    # without that word is not scanned (a substring test runs far faster than the regex scan)
    literals: tuple[str | None, ...] = ()


# Words of multi-word relative expressions that do not name a day themselves ("بعد غد").
_GENERIC = frozenset({"بعد", "اول", "من", "الاول", "الماضيه"})


@lru_cache(maxsize=1)
def anchors() -> Anchors:
    """Build the anchor finders once."""
    lx = lexicon()
    words: set[str] = set()
    prefix: set[str] = set()
    for name in [*lx.greg_months, *lx.hijri_months]:
        parts = name.split()
        if len(parts) > 1 and len(parts[0]) < 4:
            # "ذو القعدة": "ذو"/"ذي" hide inside "الذي", so the rarer last word is the anchor.
            words.add(parts[-1])
            prefix.update(parts[:-1])
        else:
            words.add(parts[0])
    words |= set(lx.weekdays) | set(lx.periods)
    words |= {w for phrase in lx.relative_days for w in phrase.split()} - _GENERIC
    words |= {t.split()[0] for t in lx.since_times}
    words |= set(lx.anaphora_nouns)
    # Words starting with "ال" share a two-letter literal prefix, which the regex engine scans for
    # quickly; the others are grouped by first letter so each pattern starts with a literal.
    al = sorted(w[2:] for w in words if w.startswith("ال"))
    groups: dict[str, list[str]] = defaultdict(list)
    for w in words:
        if not w.startswith("ال"):
            groups[w[0]].append(w[1:])
    # Not followed by a letter; a digit may follow ("فيفري2017" in hurried copy).
    finders = [re.compile("ال" + alt(al) + r"(?![^\W\d])")]
    literals: list[str | None] = [None]
    for first, rest in sorted(groups.items()):
        finders.append(re.compile(re.escape(first) + alt(rest) + r"(?![^\W\d])"))
        # (one word, and no space in it: alt lets a space match any run of blanks)
        literals.append(first + rest[0] if len(rest) == 1 and " " not in rest[0] else None)
    # "قبل"/"منذ" are everywhere; they anchor only when a count or a unit follows ("قبل يومين").
    units = alt(list(lx.units) + list(lx.numbers))
    finders += [re.compile(rf"{re.escape(w)}(?=[^\S\n]+(?:[0-9]|{units}))") for w in lx.ago_words]
    literals += list(lx.ago_words)
    finders.append(_YEAR)
    literals.append(None)
    prefix |= {"في", "يوم", "شهر", "من", "الموافق", "بعد", "اول", "نفس", "ذات", "الساعه",
              "والنصف", "والربع", "الا", "ربعا", "منذ", "حتي", "الي"}
    prefix |= set(lx.bare_day_particles) | set(lx.bare_year_particles) | set(lx.year_words)
    prefix |= {w for t in lx.times_of_day for w in t.split()}
    prefix |= {w for t in lx.clock_hours for w in t.split()}
    prefix |= {w for t in lx.ordinals for w in t.split()}
    prefix |= set(lx.parts) | set(lx.demonstratives) | set(lx.anaphora_before)
    return Anchors(tuple(finders), frozenset(prefix), tuple(literals))


def _bounded(s: str, start: int, end: int) -> bool:
    """True when s[start:end] is a whole word, allowing a proclitic chain before it."""
    # (the word-character test inlined: this runs for every anchor occurrence)
    if end < len(s) and ((c := s[end]).isalnum() or c == "_") and not c.isdigit():
        return False
    i = start
    if i > 0 and s[i - 1].isdigit():
        return True  # "3اوت 2016": a day glued to its month
    if i > 0 and s[i - 1] in _CLITIC2:
        i -= 1
    if i > 0 and s[i - 1] in _CLITIC1:
        i -= 1
    for j in range(start, i - 1, -1):  # some reading of the clitics must start a word
        if j == 0 or not ((c := s[j - 1]).isalnum() or c == "_"):
            return True
    return False


def find_anchors(s: str) -> list[tuple[int, int]]:
    """Sorted (start, end) of every anchor occurrence in folded text ``s``."""
    out: list[tuple[int, int]] = []
    a = anchors()
    for rx, literal in zip(a.finders, a.literals):
        if literal is not None and literal not in s:
            continue
        for m in rx.finditer(s):
            st, en = m.span()
            if rx is _YEAR:
                if (st > 0 and s[st - 1].isdigit()) or (en < len(s) and s[en].isdigit()):
                    continue
                out.append((st, en))
            elif _bounded(s, st, en):
                out.append((st, en))
    out.sort()
    return out


def _word_starts(w: str, ws: int, prefix: frozenset[str]) -> list[int]:
    """Offsets inside word ``w`` (at ``ws``) where a prefix word begins, with or without clitics."""
    out = [ws] if w in prefix else []
    bare = w
    for clitics in (_CLITIC1, _CLITIC2):
        if bare[:1] in clitics and len(bare) > 2:
            bare = bare[1:]
            if bare in prefix:
                out.append(ws + len(w) - len(bare))
    return out


def candidate_starts(s: str, anchor: int, floor: int) -> list[int]:
    """Positions where an expression containing the anchor at ``anchor`` may begin, earliest first."""
    prefix = anchors().prefix_words
    starts = [anchor]
    right = anchor
    lo = max(floor, anchor - _LOOK_BACK)
    k = right
    while k > lo and s[k - 1].isdigit():
        k -= 1  # a day glued to the month ("3اوت")
    if k < right:
        starts.append(k)
        right = k
    for _ in range(_MAX_PREFIX_WORDS):
        j = right
        while j > lo and s[j - 1] in _JOINERS:
            j -= 1
        if j == right or j <= lo or not ((c := s[j - 1]).isalnum() or c == "_"):
            break  # no word just before, or something other than a joiner in between
        # (the word-character test inlined: a call per letter walked back costs more than the test)
        k = j - 1
        while k > lo and ((c := s[k - 1]).isalnum() or c == "_"):
            k -= 1
        w = s[k:j]
        if w.isdigit():
            found = [k]
        elif w[:1] in _CLITIC1 and w[1:].isdigit():
            found = [k + 1]  # "و15 ديسمبر"
        else:
            found = _word_starts(w, k, prefix)
            if not found:
                break
        starts.extend(reversed(found))
        right = k
    starts.reverse()
    return starts
