"""The date lexicon: dates.yaml folded once into look-up tables for the patterns and resolver."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.lang.ar import load_yaml
from marsad.text import fold_word


def _f(phrase: str) -> str:
    """Fold a phrase word by word (single spaces)."""
    return " ".join(fold_word(w) for w in str(phrase).split())


def _fs(items: Any) -> tuple[str, ...]:
    """Fold a list of phrases, dropping duplicates, in order."""
    return tuple(dict.fromkeys(_f(x) for x in items))


@dataclass(frozen=True)
class Lexicon:
    """Folded date vocabulary: name → value maps and word sets."""

    greg_months: dict[str, int]
    hijri_months: dict[str, int]
    weak_months: frozenset[str]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    bare_day_particles: tuple[str, ...]
    bare_day_block_before: frozenset[str]
    bare_day_block_after: frozenset[str]
    weekday_block_after: frozenset[str]
    weekday_block_before: frozenset[str]
    month_first_words: frozenset[str]
    two_word: str
    two_prev_suffixes: tuple[str, ...]
    two_prev_words: frozenset[str]
    times_of_day: tuple[str, ...]
    clock_hours: tuple[str, ...]
    since_times: tuple[str, ...]
    modifiers: dict[str, str]               # word → past | future | current
    parts: dict[str, tuple[str, int]]       # word → (part name, month of year)
    periods: dict[str, str]                 # noun → unit
    demonstratives: tuple[str, ...]
    units: dict[str, tuple[str, str]]       # word → (unit, singular | plural | dual)
    since_units: frozenset[str]
    ago_words: tuple[str, ...]
    ago_block_after: frozenset[str]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    year_words: tuple[str, ...]
    name_before: frozenset[str]
    greg_suffixes: tuple[str, ...]
    hijri_suffixes: tuple[str, ...]
    bare_year_particles: tuple[str, ...]
    count_nouns: frozenset[str]
    anaphora_nouns: dict[str, str]
    anaphora_after: tuple[str, ...]
    anaphora_before: tuple[str, ...]
    future_words: frozenset[str]
    future_phrases: tuple[str, ...]
    not_verbs: frozenset[str]
    not_verb_prefixes: tuple[str, ...]
    complementizers: frozenset[str]


def _ordinals(spec: dict[str, Any]) -> dict[str, int]:
    """Ordinal day words 1..31 built from units, teens and tens."""
    units = [_f(u) for u in spec["units"]]
    one, teen, ten = _f(spec["compound_one"]), _f(spec["teen"]), _f(spec["ten"])
    out: dict[str, int] = {u: i + 1 for i, u in enumerate(units)}
    out[ten] = 10
    out.update({_f(w): 1 for w in spec.get("first", [])})
    for i, u in enumerate(units):
        n = i + 1
        out[f"{one if n == 1 else u} {teen}"] = 10 + n
    for value, word in spec["tens"].items():
        tens = _f(word)
        out[tens] = int(value)
        for i, u in enumerate(units):
            n = int(value) + i + 1
            if n <= 31:
                out[f"{one if i == 0 else u} و{tens}"] = n
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and fold dates.yaml once per process."""
    y = load_yaml("dates.yaml")
    greg = {_f(n): int(m) for m, names in y["months"]["gregorian"].items() for n in names}
    hijri = {_f(n): int(m) for m, names in y["months"]["hijri"].items() for n in names}
    weak = frozenset(_fs(y["months"]["weak"])) | frozenset(hijri)
    mods = {_f(w): kind for kind, words in y["modifiers"].items() for w in words}
    parts = {_f(w): (name, int(p["month_of_year"])) for name, p in y["parts"].items() for w in p["words"]}
    units = {_f(w): (unit, form) for unit, forms in y["units"].items()
             for form, words in forms.items() for w in words}
    ana = y["anaphora"]
    fut = y["future"]
    return Lexicon(
        greg_months=greg, hijri_months=hijri, weak_months=weak,
        weekdays={_f(k): int(v) for k, v in y["weekdays"].items()},
        relative_days={_f(k): int(v) for k, v in y["relative_days"].items()},
        bare_day_particles=_fs(y["bare_day_particles"]),
        bare_day_block_before=frozenset(_fs(y["bare_day_block_before"])),
        bare_day_block_after=frozenset(_fs(y["bare_day_block_after"])),
        weekday_block_after=frozenset(_fs(y["weekday_block_after"])),
        weekday_block_before=frozenset(_fs(y["weekday_block_before"])),
        month_first_words=frozenset(n.split()[0] for n in [*greg, *hijri]),
        two_word=_f(y["two_word"]), two_prev_suffixes=_fs(y["two_prev_suffixes"]),
        two_prev_words=frozenset(_fs(y["two_prev_words"])),
        times_of_day=_fs(y["times_of_day"]), clock_hours=_fs(y["clock_hours"]),
        since_times=_fs(y["since_times"]), modifiers=mods, parts=parts,
        periods={_f(k): v for k, v in y["periods"].items()},
        demonstratives=_fs(y["demonstratives"]), units=units,
        since_units=frozenset(y["since_units"]), ago_words=_fs(y["ago_words"]),
        ago_block_after=frozenset(_fs(y["ago_block_after"])),
        numbers={_f(k): int(v) for k, v in y["number_words"].items()},
        ordinals=_ordinals(y["ordinals"]), year_words=_fs(y["year_words"]),
        name_before=frozenset(_fs(y["name_before"])),
        greg_suffixes=_fs(y["gregorian_suffixes"]), hijri_suffixes=_fs(y["hijri_suffixes"]),
        bare_year_particles=_fs(y["bare_year_particles"]),
        count_nouns=frozenset(_fs(y["count_nouns"])),
        anaphora_nouns={_f(k): v for k, v in ana["nouns"].items()},
        anaphora_after=_fs(ana["after"]), anaphora_before=_fs(ana["before"]),
        future_words=frozenset(_fs(fut["words"])), future_phrases=_fs(fut["phrases"]),
        not_verbs=frozenset(_fs(fut["not_verbs"])),
        not_verb_prefixes=_fs(fut["not_verb_prefixes"]), complementizers=frozenset(_fs(y["complementizers"])),
    )


def alt(words: Any) -> str:
    """A regex alternation of folded phrases, longest first, spaces matching any run of blanks.

    Written as a trie, one branch per next character: at a position the engine then tests a few
    characters instead of every phrase in turn. It matches as the flat list longest first would:
    phrases that both match at one position are prefixes of each other, and a branch that may end
    is optional and greedy, so the longer is tried first there too.
    """
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return "(?:" + _branches(trie) + ")"


def _branches(node: dict[str, Any]) -> str:
    """The alternation for one trie node: a branch per next character, optional where a phrase ends."""
    branches = [(SP if ch == " " else re.escape(ch)) + _branches(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# Horizontal whitespace only: a date never runs across a line break.
SP = r"[^\S\n]+"
