"""Entity lexicons mined from the labelled training data: word-type ratios and known entity phrases."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.text import fold_word, strip_proclitics

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MAX_PHRASE = 6


def _type(tag: str) -> str:
    """Entity type of a BIO tag ('O' for outside)."""
    return tag[2:] if len(tag) > 2 else "O"


def build_word_lexicon(sents: Iterable[Sequence[tuple[str, str]]]) -> dict[str, tuple[str, ...]]:
    """'lw:' word / 'ls:' stem → features saying how often it is inside each entity type."""
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    by_stem: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sents:
        for w, tag in sent:
            norm = fold_word(w)
            by_word[norm][_type(tag)] += 1
            by_stem[strip_proclitics(norm)][_type(tag)] += 1
    out: dict[str, list[str]] = defaultdict(list)
    for prefix, table in (("lw", by_word), ("ls", by_stem)):
        for key, cnt in table.items():
            total = sum(cnt.values())
            for ty in ENTITY_TYPES:
                c = cnt.get(ty, 0)
                if not c:
                    continue
                # Two strengths: usually this type, or sometimes; the model weighs them.
                out[f"{prefix}:{key}"].append(
                    f"{prefix}={ty}" if c * 2 >= total else f"{prefix}~{ty}")
    return {k: tuple(v) for k, v in out.items()}


def build_phrases(sents: Iterable[Sequence[tuple[str, str]]]) -> dict[tuple[str, ...], str]:
    """Entity phrases (folded token tuples) seen in training → their most frequent type."""
    seen: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sent in sents:
        cur: list[str] = []
        typ = ""
        for w, tag in list(sent) + [("", "O")]:
            bio = tag[:1]
            if cur and (bio != "I" or _type(tag) != typ):
                if len(cur) <= MAX_PHRASE:
                    seen[tuple(cur)][typ] += 1
                cur = []
            if bio == "B" or (bio == "I" and not cur):
                cur, typ = [fold_word(w)], _type(tag)
            elif bio == "I":
                cur.append(fold_word(w))
    return {k: c.most_common(1)[0][0] for k, c in seen.items()}


def write_lexicon(path: Path, words: dict[str, tuple[str, ...]],
                  phrases: dict[tuple[str, ...], str]) -> None:
    """Write both lexicons to one TSV: 'w', key, features / 'p', type, phrase."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# NER lexicon mined from the ANERcorp training split (see MODEL_CARD.md)\n")
        fh.writelines(f"w\t{k}\t{' '.join(words[k])}\n" for k in sorted(words))
        fh.writelines(f"p\t{phrases[p]}\t{' '.join(p)}\n" for p in sorted(phrases))


def read_lexicon(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, ...], str]]:
    """Read the TSV written by write_lexicon."""
    words: dict[str, tuple[str, ...]] = {}
    phrases: dict[tuple[str, ...], str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            kind, a, b = line.rstrip("\n").split("\t")
            if kind == "w":
                words[a] = tuple(b.split())
            else:
                phrases[tuple(b.split(" "))] = a
    return words, phrases
