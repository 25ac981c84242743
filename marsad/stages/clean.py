"""Clean stage: title, subtitle, byline and dateline out of the body; repeats and furniture dropped."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from marsad.lang.ar import load_yaml
from marsad.model import Document, Meta, Removed
from marsad.readers.dates import date_from_text
from marsad.registry import register
from marsad.text import fold_word

VERSION = "clean.rules.v1"
_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"^[\s\-–—•·*>»«:|()\[\]\"'“”]+")
_TERMINAL = ".!?؟…:؛،,;"
# A dateline's place: one or two words of Arabic letters (no digits, no punctuation).
# Diacritics are allowed inside the words: "عمّان" is written with a shadda to tell it from Oman.
_PLACE = (r"[\u0621-\u064A\u0671-\u06D3][\u0621-\u065F\u0670\u0671-\u06D3]+"
          r"(?:\s+[\u0621-\u064A\u0671-\u06D3][\u0621-\u065F\u0670\u0671-\u06D3]+)?")
_DASH = r"[-–—ـ]"
_SURROGATE = re.compile("[\ud800-\udfff]")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*▪►◄●○■□+]|\d{1,2}\s*[-.)]|[\u0660-\u0669]{1,2}\s*[-.)])")


@dataclass(frozen=True)
class Lexicon:
    """The clean stage's compiled patterns, built once from boilerplate.yaml and datelines.yaml."""

    max_words: int
    starts: re.Pattern[str]
    short_lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    share_words: frozenset[str]
    headers: re.Pattern[str]
    list_max: int
    separator: re.Pattern[str]
    byline_exact: frozenset[str]
    byline_labels: re.Pattern[str]
    byline_max_words: int
    agencies: frozenset[str]
    dateline: re.Pattern[str]
    dated_line: re.Pattern[str]
    extra: dict[str, Any] = field(default_factory=dict)


# The folding of marsad.text without the offset map (lines are only compared, never mapped back).
_fold_plain: Callable[[str], str] = getattr(fold_word, "__wrapped__", fold_word)


def _f(s: str) -> str:
    return " ".join(_fold_plain(str(s)).split())


def _prefix_rx(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One regex for "starts with one of these phrases, as whole words"."""
    alts = sorted({_f(p) for p in phrases}, key=len, reverse=True)
    return re.compile("^(?:{})".format("|".join(
        re.escape(p) + (r"(?!\w)" if p[-1:].isalnum() else "") for p in alts if p)))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the clean-stage lexicons once per process."""
    bp = load_yaml("boilerplate.yaml")
    dl = load_yaml("datelines.yaml")
    by = bp["bylines"]
    labels = sorted({_f(x) for x in by["labels"]}, key=len, reverse=True)
    bare = sorted({_f(x) for x in by["bare_labels"]}, key=len, reverse=True)
    label_rx = re.compile(
        r"^(?:(?:{})\s*[:：\-–—]\s*|(?:{})\s+)(?P<name>.+)$".format("|".join(map(re.escape, labels)), "|".join(map(re.escape, bare))))
    agencies = sorted({str(a) for a in dl["agencies"]}, key=len, reverse=True)
    ag_alt = "|".join(re.escape(a) for a in agencies)
    # "دمشق - (سانا) -", "بيروت (رويترز) -", "القاهرة - رويترز:", "(أ ف ب) -", "دمشق، 15 أكتوبر (سانا) -"
    dateline = re.compile(
        rf"^(?:(?P<place>{_PLACE})\s*(?:(?:[،,]\s*|\s+(?=[\d٠-٩]))(?P<date>[^()«»\n\-–—]{{1,30}}?)\s*)?(?P<pd>{_DASH})?\s*)?"
        rf"(?:[(«]\s*(?P<pagency>[^()«»\n]{{1,30}}?)\s*[)»]\s*(?P<pdash>{_DASH}+|:)?"
        rf"|(?P<agency>{ag_alt})(?![\w])\s*(?P<adash>{_DASH}+|:)?)\s*"
    )
    return Lexicon(
        max_words=int(bp["max_words"]),
        starts=_prefix_rx(bp["line_starts"]),
        short_lines=frozenset(_f(x) for x in bp["short_lines"]),
        patterns=tuple(re.compile(p) for p in bp["line_patterns"]),
        share_words=frozenset(_f(x) for x in bp["share_words"]),
        headers=_prefix_rx(bp["list_headers"]),
        list_max=int(bp["list_max_items"]),
        separator=re.compile(bp["separator"]),
        byline_exact=frozenset(_f(x) for x in by["exact"]),
        byline_labels=label_rx,
        byline_max_words=int(by["max_words"]),
        agencies=frozenset(_f(a) for a in agencies),
        dateline=dateline,
        dated_line=re.compile(bp["dated_line"]),
    )


def _agency_of(m: re.Match[str] | None) -> str | None:
    return ((m["pagency"] or m["agency"] or "").strip() or None) if m else None


@dataclass
class _Line:
    """A non-empty line of the raw text and what the cleaner decided about it."""

    text: str
    folded: str
    words: int
    kind: str | None = None  # the removal kind, None while kept


def _key(folded: str) -> str:
    """The comparison form of a line: folded letters and digits only."""
    return " ".join(_WORD.findall(folded))


def _bare(folded: str) -> str:
    return _LEAD.sub("", folded).strip()


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(" \"'”»)]\u200f")
    return bool(t) and t[-1] in _TERMINAL


class Cleaner:
    """Decides, line by line, what is story and what is title, byline, furniture or a repeat."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # ---- line classifiers -------------------------------------------------------------
    def is_separator(self, line: _Line) -> bool:
        """A rule line such as ``-----`` or ``_____``."""
        return bool(self.lex.separator.match(line.text))

    def is_furniture(self, line: _Line) -> bool:
        """A short line that is page furniture: read-also, app adverts, share bars, captions."""
        if line.words > self.lex.max_words:
            return False
        bare = _bare(line.folded)
        if not bare:
            return False
        if self.lex.starts.match(bare):
            return True
        if line.words <= 4 and _key(bare) in self.lex.short_lines:
            return True
        if any(p.search(bare) for p in self.lex.patterns):
            return True
        words = _WORD.findall(bare)
        return bool(words) and len(words) <= 12 and all(w in self.lex.share_words for w in words)

    def is_list_header(self, line: _Line) -> bool:
        """A "read also" / "you may like" header, after which headline links follow."""
        bare = _bare(line.folded)
        return line.words <= 6 and bool(self.lex.headers.match(bare))

    def byline_name(self, line: _Line) -> str | None:
        """The credited name when the line is a byline ("فريق التحرير", "كتب: …"), else None."""
        t = line.text.rstrip(" .")
        # A byline is a few words; one that ends like a clause ("…،", "…:") is story.
        if line.words > self.lex.byline_max_words or not t or _ends_sentence(t):
            return None
        bare = _bare(line.folded).rstrip(" .")
        key = _key(bare)
        if key in self.lex.byline_exact:
            return line.text.strip(" -–—•·*|()[]:.")
        if key in self.lex.agencies and len(line.text) <= 40:
            return line.text.strip(" -–—•·*|()[]:.")
        m = self.lex.byline_labels.match(bare)
        if m and 1 <= len(_WORD.findall(m["name"])) <= 6:
            # Map the folded name span back onto the original line.
            raw = _LEAD.sub("", line.text).strip().rstrip(" .")
            cut = len(raw) - len(m["name"].strip())
            return raw[cut:].strip(" :：-–—") or None
        return None

    def is_dated(self, line: _Line) -> bool:
        """A page stamp such as "آخر تحديث: 15/10/2025 - 10:30"."""
        return line.words <= 12 and bool(self.lex.dated_line.match(_bare(line.folded)))

    def _mark_dated(self, line: _Line, updates: dict[str, str]) -> None:
        # The stamp leaves the story but its date can still serve as the publication date.
        line.kind = "boilerplate"
        found = date_from_text(line.text)
        if found:
            updates.setdefault("published", found)

    def is_headline(self, line: _Line, limit: int = 25) -> bool:
        """Short, no closing full stop: reads like a title, subtitle or link."""
        t = line.text.rstrip()
        return 0 < line.words <= limit and len(t) <= 250 and not _ends_sentence(
            t.rstrip("!?؟")) and not self.is_separator(line)

    # ---- the pass -----------------------------------------------------------------------
    def run(self, text: str, meta: Meta) -> tuple[str, Meta, list[Removed]]:
        """Clean one article: the story text, updated meta and what was removed, in order."""
        # The cleaned text is stored and hashed as UTF-8: lone surrogates and bare CRs cannot stay.
        text = _SURROGATE.sub("\ufffd", text).replace("\r\n", "\n").replace("\r", "\n")
        stripped = (ln.strip() for ln in text.split("\n"))
        lines = [_Line(t, _f(t), len(t.split())) for t in stripped if t]
        updates: dict[str, str] = {}
        body = self._header(lines, meta, updates)
        if body < len(lines):
            self._dateline(lines, body, updates)
        self._furniture(lines, body, updates)
        self._duplicates(lines, body)
        self._trailing_bylines(lines, meta, updates)
        kept = [ln.text for ln in lines if ln.kind is None]
        removed: list[Removed] = []
        for ln in lines:
            if ln.kind is not None:
                removed.append(Removed(ln.kind, ln.text, VERSION))
        new_meta = replace(meta, **{k: v for k, v in updates.items() if getattr(meta, k) is None})
        return "\n".join(kept), new_meta, removed

    def _header(self, lines: list[_Line], meta: Meta, updates: dict[str, str]) -> int:
        """Mark title, subtitle and byline lines at the top; return the index of the body start."""
        i = 0
        n = len(lines)
        have_title = False
        if n >= 2:
            first = lines[0]
            if meta.title:
                if _key(first.folded) == _key(_f(meta.title)):
                    first.kind, have_title, i = "title", True, 1
            elif self.is_headline(first) and self.byline_name(first) is None \
                    and not self.is_furniture(first) and not self.is_dated(first) \
                    and not first.text.rstrip().endswith(":") \
                    and not self._whole_dateline(first.text):
                first.kind, have_title, i = "title", True, 1
                updates["title"] = first.text
        # Bylines and one subtitle may follow the title, in either order.
        subtitle_done = False
        while i < n - 1:
            ln = lines[i]
            name = self.byline_name(ln)
            if name is not None:
                ln.kind = "byline"
                updates.setdefault("byline", name)
                i += 1
                continue
            if self.is_dated(ln):
                self._mark_dated(ln, updates)
                i += 1
                continue
            nxt = self._next_story(lines, i + 1)
            if have_title and not subtitle_done and self._is_subtitle(ln, nxt):
                ln.kind = "subtitle"
                updates["subtitle"] = ln.text
                subtitle_done = True
                i += 1
                continue
            break
        return i

    def _next_story(self, lines: list[_Line], i: int) -> _Line | None:
        """The first line from ``i`` on that is not a byline."""
        for ln in lines[i:]:
            if self.byline_name(ln) is None:
                return ln
        return None

    def _is_subtitle(self, line: _Line, nxt: _Line | None) -> bool:
        """A second headline line: short, unpunctuated, shorter than the paragraph after it."""
        if not self.is_headline(line, limit=25) or self.is_furniture(line):
            return False
        if line.text.count("،") + line.text.count(",") > 1 or line.text.rstrip().endswith(":"):
            return False
        if self._dateline_match(line.text) or self._whole_dateline(line.text):
            return False
        return nxt is not None and (nxt.words > line.words or _ends_sentence(nxt.text))

    def _whole_dateline(self, text: str) -> re.Match[str] | None:
        """A line that is nothing but a dateline ("دمشق-سانا")."""
        return self._dateline_match(text.rstrip(" -–—:"), whole=True)

    def _dateline_match(self, text: str, whole: bool = False) -> re.Match[str] | None:
        """An agency dateline at the start of ``text`` (or being all of it, with ``whole``)."""
        m = self.lex.dateline.match(text)
        if not m or (m.end() >= len(text)) != whole:
            return None
        if m["agency"] and not (m["adash"] or (m["place"] and m["pd"]) or whole and m["place"]):
            return None  # a bare agency name opening a sentence ("رويترز نقلت…") is story
        pag = m["pagency"]
        if pag is not None:
            # Parentheses alone are no dateline: a known agency, or a place and a dash, is needed.
            known = _key(_f(pag)) in self.lex.agencies
            if not known and not (m["place"] and m["pdash"]):
                return None
            if not known and len(pag.split()) > 3:
                return None
        return m

    def _dateline(self, lines: list[_Line], body: int, updates: dict[str, str]) -> str | None:
        """Cut an agency dateline ("دمشق - (سانا) -") off the first body paragraph."""
        first = lines[body]
        if body + 1 < len(lines) and self._whole_dateline(first.text):
            # A dateline on a line of its own ("دمشق-سانا").
            first.kind = "dateline"
            agency = _agency_of(self.lex.dateline.match(first.text.rstrip(" -–—:")))
            if agency:
                updates.setdefault("byline", agency)
            return first.text
        m = self._dateline_match(first.text)
        if not m:
            return None
        rest = first.text[m.end():].lstrip()
        if len(rest.split()) < 3:
            return None
        prefix = first.text[: m.end()].strip()
        agency = _agency_of(m)
        if agency:
            updates.setdefault("byline", agency)
        # Replace the line by the rest: the dateline goes to `removed`, the story stays.
        lines[body] = _Line(rest, _f(rest), len(rest.split()))
        lines.insert(body, _Line(prefix, _f(prefix), len(prefix.split()), kind="dateline"))
        return prefix

    def _furniture(self, lines: list[_Line], body: int, updates: dict[str, str]) -> None:
        """Mark separators, read-also lists, adverts and share bars; keep anything story-like."""
        in_list = 0
        after_sep = False
        for ln in lines[body:]:
            if ln.kind is not None:
                continue
            if self.is_separator(ln):
                ln.kind = "boilerplate"
                after_sep = True
                continue
            if self.is_list_header(ln):
                ln.kind = "boilerplate"
                in_list = self.lex.list_max
                continue
            if self.is_furniture(ln):
                ln.kind = "boilerplate"
                continue
            if self.is_dated(ln):
                self._mark_dated(ln, updates)
                continue
            if in_list and self.is_headline(ln, limit=20):
                # A link under "اقرأ أيضاً": a short headline-like line.
                ln.kind = "boilerplate"
                in_list -= 1
                continue
            in_list = 0
            if after_sep and self.byline_name(ln) is not None:
                ln.kind = "byline"

    def _duplicates(self, lines: list[_Line], body: int) -> None:
        """Drop exact and near-exact repeats of an earlier paragraph (token Jaccard >= 0.9)."""
        seen: list[tuple[str, frozenset[str], int]] = []
        for ln in lines[body:]:
            if ln.kind is not None:
                continue
            key = _key(ln.folded)
            toks = frozenset(key.split())
            n = len(key.split())
            # Short lines ("وأضاف:") and list items (two spec sheets) legitimately recur:
            # only real paragraphs are compared.
            if n < 10 or _LIST_ITEM.match(ln.text):
                continue
            for k2, t2, n2 in seen:
                if key == k2 or (min(n, n2) / max(n, n2) >= 0.85
                                 and len(toks & t2) / len(toks | t2) >= 0.9):
                    ln.kind = "duplicate_paragraph"
                    break
            else:
                seen.append((key, toks, n))

    def _trailing_bylines(self, lines: list[_Line], meta: Meta, updates: dict[str, str]) -> None:
        """A credit line at the very end ("المصدر: رويترز", "تحرير: …") is a byline."""
        kept = [ln for ln in lines if ln.kind is None]
        if len(kept) < 2:
            return
        for ln in reversed(kept[-2:]):
            name = self.byline_name(ln)
            if name is None:
                break
            ln.kind = "byline"
            updates.setdefault("byline", name)


_cleaner: Cleaner | None = None


def cleaner() -> Cleaner:
    """The process-wide cleaner (lexicons compiled once)."""
    global _cleaner
    if _cleaner is None:
        _cleaner = Cleaner(lexicon())
    return _cleaner


@register("clean", VERSION, requires=("raw",), provides=("clean",), order=10)
def make(**options: Any) -> Callable[[Document], Document]:
    """Factory: the clean stage function."""
    c = cleaner()

    def clean(doc: Document) -> Document:
        """Story text plus title/subtitle/byline in meta and every removal recorded."""
        text, meta, removed = c.run(doc.text, doc.meta)
        return doc.with_(text=text, meta=meta, removed=tuple(doc.removed) + tuple(removed),
                         sentences=(), entities=(), quotes=(), events=(), dates=())

    return clean
