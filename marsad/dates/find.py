"""Finding date expressions in a text and resolving each against the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.dates.anchors import candidate_starts, find_anchors
from marsad.dates.folding import fold_text
from marsad.dates.lexicon import Lexicon, lexicon
from marsad.dates.patterns import date_regex
from marsad.dates.resolve import NONE, Parsed, Value, parse_published, resolve
from marsad.dates.tense import future_context

_NEXT_WORD = re.compile(r"\W*(\w+)")
_WORDS = re.compile(r"\w+")
_CLAUSE_END = ".!?؟\n"
_Y_MIN, _Y_MAX = 1000, 2200
_BARE_Y_MIN, _BARE_Y_MAX = 1900, 2100


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression: original offsets, its text and the resolved value."""

    start: int
    end: int
    text: str
    value: str | None
    resolution: str | None


def _prev_word(s: str, i: int) -> str:
    """The word before offset ``i`` (skipping spaces and punctuation)."""
    j = i
    while j > 0 and not s[j - 1].isalnum():
        j -= 1
    k = j
    while k > 0 and s[k - 1].isalnum():
        k -= 1
    return s[k:j]


def _bare(word: str) -> str:
    """A word without a one-letter proclitic or the article ("بملعب" → "ملعب")."""
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
    if word[:1] in ("ب", "ل", "ك") and len(word) > 3:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _next_word(s: str, i: int) -> str:
    m = _NEXT_WORD.match(s, i, i + 24)
    return m.group(1) if m else ""


def _recurring(s: str, i: int, lx: Lexicon) -> bool:
    """True when the weekday at ``i`` ends a list headed by "أيام"/"كل" (a recurring day)."""
    while i > 0 and s[i - 1].isalpha():
        i -= 1  # back over a proclitic ("والخميس")
    words: list[str] = _WORDS.findall(s, max(0, i - 80), i)
    for w in reversed(words):
        bare = w[1:] if w[:1] == "و" and w[1:] in lx.weekdays else w
        if bare in lx.weekdays:
            continue
        return w in lx.weekday_block_before
    return False


def _month(lx: Lexicon, name: str | None) -> tuple[int, bool] | None:
    """(month number, is Hijri) for a folded month name."""
    if name is None:
        return None
    key = " ".join(name.split())
    if key in lx.greg_months:
        return lx.greg_months[key], False
    if key in lx.hijri_months:
        return lx.hijri_months[key], True
    return None


def _explicit(m: re.Match[str], p: str, lx: Lexicon) -> Parsed | None:
    """Parse a month-name date from the groups prefixed ``p``; None when it is not a date."""
    g = m.group
    month = _month(lx, g(p + "m1"))
    if month is None:
        return None
    name = " ".join(g(p + "m1").split())
    day = int(g(p + "day")) if g(p + "day") else None
    if g(p + "ord"):
        day = lx.ordinals.get(" ".join(g(p + "ord").split()))
    year = int(g(p + "y")) if g(p + "y") else None
    part = g(p + "part") if p == "E" else None
    mod = g(p + "mod")
    ymod = g(p + "ymod")
    supported = (day or year or g(p + "m2") or g(p + "m3") or g(p + "shahr") or mod or ymod
                 or g(p + "ydem") or part)
    if name in lx.weak_months and not supported:
        return None  # "مارس" the verb, "رجب" the name
    hijri = month[1] or (g(p + "suf") or "") in lx.hijri_suffixes
    if year is not None and not (_Y_MIN <= year <= _Y_MAX):
        return None
    return Parsed("date", year=year, month=month[0], day=day, hijri=hijri,
                  month_only=part is not None,
                  mod=lx.modifiers.get(mod) if mod else None,
                  year_mod=lx.modifiers.get(ymod) if ymod else ("current" if g(p + "ydem") else None))


VETO: tuple[Parsed, int, int] = (Parsed("veto"), -1, -1)


def _parse(m: re.Match[str], s: str, lx: Lexicon) -> tuple[Parsed, int, int] | None:
    """The parsed expression and its folded span, or None to reject the match."""
    g = m.group
    start, end = m.start(), m.end()
    # The kinds are the top-level groups and nothing follows them but a lookahead, so the
    # group that closed last is the kind that matched.
    kind = m.lastgroup
    if kind == "E":
        p = _explicit(m, "E", lx)
        if p and p.year is None and p.day is not None and p.mod is None and p.year_mod is None \
                and _bare(_prev_word(s, start)) in lx.name_before:
            return VETO  # "ملعب 15 أكتوبر" names a place, not a date: nothing inside it either
        return (p, start, end) if p else None
    if kind == "W":
        wd = " ".join(g("Wd").split())
        if _next_word(s, m.end("Wd")) in lx.weekday_block_after:
            return None  # "الأحد عشر"
        if start == m.start("Wd") and _recurring(s, start, lx):
            return None  # "أيام الاثنين والخميس"
        if wd == lx.two_word and start == m.start("Wd"):
            prev = _prev_word(s, start)
            if prev in lx.two_prev_words or prev.endswith(lx.two_prev_suffixes):
                return None  # "برحيلهما الاثنين" = both of them
        if g("Wdate"):
            p = _explicit(m, "WE", lx)
            return (p, start, end) if p else None
        mod = g("Wmod")
        return Parsed("weekday", weekday=lx.weekdays[wd],
                      mod=lx.modifiers.get(mod) if mod else None), start, end
    if kind == "R":
        rel = " ".join(g("Rrel").split())
        if rel == "غد" and "يوم" not in g("R"):
            return None  # a bare "غد" is "a (better) tomorrow"; "يوم غد" is the date
        bare = not (g("Rclock") or g("Rtod") or g("Rwd") or g("Rdate"))
        if bare:
            if not g("Rpre") and _prev_word(s, start) in lx.bare_day_block_before:
                return None
            if _next_word(s, end) in lx.bare_day_block_after:
                return None
        if g("Rpre") and not (bare and lx.relative_days[rel] == 0):
            start = m.end("Rpre")  # the particle belongs only with a bare "اليوم"
        if g("Rdate"):
            p = _explicit(m, "RE", lx)
            return (p, start, end) if p else None
        rwd = lx.weekdays[" ".join(g("Rwd").split())] if g("Rwd") else None
        return Parsed("relday", offset=lx.relative_days[rel], weekday=rwd), start, end
    if kind == "Y":
        year = int(g("Yy"))
        suf = g("Ysuf")
        hijri = bool(suf) and suf in lx.hijri_suffixes
        if g("Ypre"):
            if not _BARE_Y_MIN <= year <= _BARE_Y_MAX or _next_word(s, end) in lx.count_nouns:
                return None
        elif not (g("Yw") or g("Ypart") or suf):
            return None  # a bare four-digit number is a count, not a year
        if not hijri and not _Y_MIN <= year <= _Y_MAX:
            return None
        part = lx.parts[" ".join(g("Ypart").split())][1] if g("Ypart") else None
        return Parsed("year", year=year, hijri=hijri, part_month=part), start, end
    if kind == "D":
        return _numeric(m, start, end)
    if kind == "S":
        return Parsed("today"), start, end
    if kind in ("P", "Q"):
        return _period(m, kind, lx), start, end
    if kind == "A":
        return _ago(m, s, lx, end)
    if kind == "N":
        noun = g("Nn") or g("Nn2")
        return Parsed("anaphor", unit=lx.anaphora_nouns[noun]), start, end
    return None


def _numeric(m: re.Match[str], start: int, end: int) -> tuple[Parsed, int, int] | None:
    a, b, c = m.group("Da"), m.group("Db"), m.group("Dc")
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        d, mo, y = int(a), int(b), int(c)
        if mo > 12 >= d:
            d, mo = mo, d  # month/day/year order
    else:
        return None
    if not (_BARE_Y_MIN <= y <= _BARE_Y_MAX and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Parsed("date", year=y, month=mo, day=d), start, end


def _period(m: re.Match[str], kind: str, lx: Lexicon) -> Parsed:
    g = m.group
    if kind == "Q":
        noun, part, offset = g("Qn"), g("Qpart"), 0
    else:
        noun, part = g("Pn") or g("Pn2"), g("Ppart")
        offset = -2 if g("Pbefore") else {"past": -1, "future": 1}.get(lx.modifiers.get(g("Pmod") or "", ""), 0)
    unit = lx.periods[noun]
    pm = lx.parts[" ".join(part.split())][1] if part and unit == "year" else None
    return Parsed("period", unit=unit, offset=offset, part_month=pm)


def _ago(m: re.Match[str], s: str, lx: Lexicon, end: int) -> tuple[Parsed, int, int] | None:
    g = m.group
    nxt = _next_word(s, end)
    if nxt in lx.ago_block_after:
        return None  # "قبل يومين من الانتخابات": counted from another event
    if g("An"):
        count = int(g("An")) if g("An").isdigit() else lx.numbers[g("An")]
        unit, _ = lx.units[g("Au")]
    else:
        unit, form = lx.units[g("Au2")]
        if form == "singular" and (nxt.startswith("ال") or nxt.isdigit() or nxt in lx.month_first_words):
            return None  # "منذ يوم الجمعة", "قبل عام 2011": another expression starts here
        count = 2 if form == "dual" else 1
    if g("Aw") == "منذ" and unit not in lx.since_units:
        return None  # "منذ ثلاث سنوات" is a duration
    if count <= 0:
        return None
    return Parsed("ago", unit=unit, count=count), m.start(), end


def _needs_tense(p: Parsed) -> bool:
    return (p.kind == "weekday" and p.mod is None) or (
        p.kind == "date" and p.year is None and p.mod is None and p.year_mod is None)


def _matches(s: str, lx: Lexicon) -> list[tuple[Parsed, int, int]]:
    """Parsed expressions with folded spans, tried only around anchor words, left to right."""
    rx = date_regex()
    out: list[tuple[Parsed, int, int]] = []
    last_end = 0
    for a_start, _ in find_anchors(s):
        if a_start < last_end:
            continue
        for st in candidate_starts(s, a_start, last_end):
            m = rx.match(s, st)
            if m is None or m.end() <= a_start:
                continue
            parsed = _parse(m, s, lx)
            if parsed is not None and parsed[0] is VETO[0]:  # (compiled, a tuple has no identity)
                last_end = m.end()
                break
            if parsed is not None:
                out.append(parsed)
                last_end = m.end()
                break
    return out


def find_dates(text: str, published: str | None = None) -> list[Found]:
    """Every date expression in ``text`` with its value resolved against ``published``."""
    lx = lexicon()
    pub = parse_published(published)
    ft = fold_text(text)
    s = ft.text
    out: list[Found] = []
    previous: Value = NONE
    month_years: dict[int, int] = {}
    for p, fs, fe in _matches(s, lx):
        future = False
        if pub is not None and _needs_tense(p):
            lo = max(s.rfind(c, 0, fs) for c in _CLAUSE_END) + 1
            hi = min((i for i in (s.find(c, fe) for c in _CLAUSE_END) if i >= 0), default=len(s))
            future = future_context(s, lo, fs, fe, hi, lx)
        if p.kind == "date" and not p.hijri and p.year is None and p.mod is None \
                and p.year_mod is None and not future and p.month in month_years:
            p.year = month_years[p.month]  # the same month named earlier with its year
        value = resolve(p, pub, future, previous)
        if p.kind == "date" and not p.hijri and value[0] is not None:
            month_years[p.month or 0] = int(value[0][:4])
        if value[0] is not None and p.kind != "anaphor":
            previous = value
        start, end = ft.orig_start(fs), ft.orig_end(fe)
        out.append(Found(start, end, text[start:end], value[0], value[1]))
    return out
