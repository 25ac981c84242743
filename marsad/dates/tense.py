"""Is the clause around a date in the future tense? (سـ/سوف verbs, من المقرر, يعتزم …)."""

from __future__ import annotations

import re

from marsad.dates.lexicon import Lexicon

_WORD = re.compile(r"\w+")
_BEFORE_CHARS = 120
_BEFORE_WORDS = 8
_AFTER_CHARS = 60
_AFTER_WORDS = 3


def is_future_word(word: str, lx: Lexicon) -> bool:
    """A future verb (سيعقد، ستكون، وسنرد، سوف) or a future cue word (يعتزم، المقبل)."""
    if word in lx.future_words:
        return True
    if len(word) > 4 and word[0] in "وف" and word[1] == "س":
        word = word[1:]
    if len(word) < 4 or word[0] != "س" or word[1] not in "يتن":
        return False
    return word not in lx.not_verbs and not word.startswith(lx.not_verb_prefixes)


def _clause_start(s: str, lo: int, start: int) -> int:
    """Start of the date's clause: after the last comma, unless the date is set off by that comma
    ("سيعقد الاجتماع، الأحد، في" keeps "سيعقد")."""
    cut = max(s.rfind("،", lo, start), s.rfind(",", lo, start), s.rfind("؛", lo, start))
    if cut < 0:
        return lo
    if not s[cut + 1:start].strip():
        prev = max(s.rfind("،", lo, cut), s.rfind(",", lo, cut), s.rfind("؛", lo, cut))
        return prev + 1 if prev >= 0 else lo
    return cut + 1


def future_context(folded: str, lo: int, start: int, end: int, hi: int, lx: Lexicon) -> bool:
    """True when a future cue stands in the date's clause: a few words before it, or just after."""
    lo = _clause_start(folded, max(lo, start - _BEFORE_CHARS), start)
    before: list[str] = _WORD.findall(folded, lo, start)[-_BEFORE_WORDS:]
    seen: list[str] = []
    for w in reversed(before):
        if w in lx.complementizers:
            break  # what precedes "أن/إن" is the reporting clause, not the date's
        if is_future_word(w, lx):
            return True
        seen.append(w)
    window = " ".join(reversed(seen))
    if any(ph in window for ph in lx.future_phrases):
        return True
    for w in _WORD.findall(folded, end, min(hi, end + _AFTER_CHARS))[:_AFTER_WORDS]:
        if w in lx.complementizers:
            break
        if is_future_word(w, lx):
            return True
    return False
