"""Rule-based Arabic -> Latin transliteration of names, the fallback when no table knows a name."""

from __future__ import annotations

from functools import lru_cache

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v",
    "گ": "g", "ژ": "zh", "ک": "k",
}
# Short-vowel marks, when an article happens to carry them, give the vowel directly.
_HARAKA = {"\u064E": "a", "\u064F": "u", "\u0650": "i"}
_SKIP = set("\u064B\u064C\u064D\u0652\u0640\u0670")
_PARTICLES = {"عبد": "Abd", "ابو": "Abu", "أبو": "Abu", "ابي": "Abi", "أبي": "Abi", "بن": "bin",
              "ابن": "Ibn", "بنت": "bint", "آل": "Al", "ام": "Umm", "أم": "Umm"}
_SUFFIXED = {"الله": "Allah", "الدين": "al-Din"}


def _is_cons(ch: str) -> bool:
    return ch in _CONS or ch == "ع"


@lru_cache(maxsize=50_000)
def _word(word: str) -> str:
    """One word: consonants, long vowels, glides, an epenthetic "a" between bare consonants."""
    chars = [c for c in word if c not in _SKIP]
    out: list[str] = []
    n = len(chars)
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        if ch in _HARAKA:
            out.append(_HARAKA[ch])
            continue
        if ch == "\u0651":          # shadda: double the consonant written before it
            if out:
                out.append(out[-1][-1])
            continue
        if ch in "اأإآٱ":
            if i == 0:
                out.append("i" if ch == "إ" else "a")
            elif ch in "أإ" and prev != "" and prev in "اوي":
                continue
            else:
                out.append("a")
            continue
        if ch in "ءؤئ":
            if ch == "ئ" and nxt in ("", "ا"):
                out.append("i")
            elif out and out[-1][-1] not in "aeiou'":
                out.append("'")
            continue
        if ch == "و":
            if i == 0 or (nxt != "" and nxt in "اوي") or (prev != "" and prev in "اى"):
                out.append("wa" if nxt and _is_cons(nxt) else "w")
            else:
                out.append("u" if prev != "و" else "")
            continue
        if ch in "يى":
            if ch == "ى":
                out.append("a")
            elif i == 0 or (nxt != "" and nxt in "او") or (prev != "" and prev in "اي"):
                out.append("ya" if nxt and _is_cons(nxt) else "y")
            else:
                out.append("i")
            continue
        if ch == "ة":
            out.append("a")
            continue
        if ch == "ع":
            # Ain is written as a vowel in English news spellings (Abbas, Omar, Saad).
            if i == 0:
                out.append("o" if nxt == "م" else "a")
            elif (prev != "" and prev in "اىي") or (out and out[-1][-1] in "aiu"):
                continue
            else:
                out.append("a")
            continue
        piece = _CONS.get(ch)
        if piece is None:
            continue
        out.append(piece)
        # An unwritten short vowel between two consonants: "a" is the most frequent one.
        if nxt and _is_cons(nxt) and nxt != ch and not (i + 2 == n and nxt == "ه"):
            out.append("a")
    return "".join(out).replace("iy", "i").replace("uw", "u")


@lru_cache(maxsize=50_000)
def transliterate(text: str) -> str:
    """A readable Latin rendering of an Arabic name: "al-" for the article, capitalised words."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _SUFFIXED and out:
            out.append(_SUFFIXED[w])
            i += 1
            continue
        if w in _PARTICLES:
            out.append(_PARTICLES[w])
            i += 1
            continue
        if w.startswith("عبدال") and len(w) > 6:
            out.append("Abd")
            w = w[3:]
        if w.startswith("ال") and len(w) > 3 or w.startswith("لل") and len(w) > 3:
            body = _word(w[2:])
            out.append("al-" + body[:1].upper() + body[1:])
        else:
            body = _word(w)
            if body:
                out.append(body[:1].upper() + body[1:])
        i += 1
    s = " ".join(p for p in out if p)
    return s[:1].upper() + s[1:] if s else s
