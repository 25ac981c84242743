"""Arabic folding on a copy of the text, with a map from folded offsets back to the original."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel are dropped.
_DROP = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(
    range(0x06D6, 0x06EE)) | {0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x00AD}

_MAP: dict[int, str] = {
    ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا",
    ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي",
    ord("ک"): "ك", ord("ی"): "ي", ord("ی"): "ي",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[ord(_d)] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[ord(_d)] = str(_i)

_TABLE: dict[int, str | None] = {c: None for c in _DROP}
_TABLE.update(_MAP)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text; ``to_orig[i]`` is the original offset of folded char ``i``."""

    text: str
    to_orig: tuple[int, ...]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open folded range back to a half-open original range."""
        if start >= end:
            o = self.to_orig[start]
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1


def fold(text: str) -> Folded:
    """Fold diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, digits and Latin case, keeping offsets."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        o = ord(ch)
        if o < 128:
            out.append(ch.lower())
            idx.append(i)
            continue
        if o in _DROP:
            continue
        out.append(_MAP.get(o, ch))
        idx.append(i)
    idx.append(len(text))
    return Folded("".join(out), tuple(idx))


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """Fold one word (no offset map): the key used for lexicon and gazetteer look-ups."""
    return word.translate(_TABLE).lower()
