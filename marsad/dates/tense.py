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


def future_context(folded: str, lo: int, start: int, end: int, hi: int, lx: Lexicon) -> bool:
    """True when a future cue stands in the date's clause: a few words before it, or just after."""
    before = _WORD.findall(folded, max(lo, start - _BEFORE_CHARS), start)[-_BEFORE_WORDS:]
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
