"""Publication dates for readers: ISO normalisation, dates in URLs and visible datelines."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from marsad.lang.ar import load_yaml
from marsad.text import fold

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[Tt\s])")
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])")
_TEXT_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)")
_TEXT_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?!\d)")


def _valid(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(value: str | None) -> str | None:
    """``2017-01-20T21:43:00+01:00`` / ``2017/01/20`` / ``20/01/2017`` -> ``2017-01-20`` (else None)."""
    if not value:
        return None
    value = fold(str(value)).text
    m = _ISO.match(value)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.match(value)
    if m:
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    return None


def date_from_url(url: str | None) -> str | None:
    """A date in a URL path (``/2025/10/15/``, ``2025-10-15``, ``/20251015/``), else None."""
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path.split("/", 1)[1] if "/" in path else ""
    for rx in (_URL_YMD, _URL_COMPACT):
        for m in rx.finditer(path):
            found = _valid(int(m[1]), int(m[2]), int(m[3]))
            if found:
                return found
    return None


_HIJRI_YMD = re.compile(r"(?<!\d)(1[34]\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)\s*ه")
_HIJRI_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](1[34]\d{2})(?!\d)\s*ه")


@lru_cache(maxsize=1)
def _month_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    """One regex for written dates, over the month names of the dates stage (dates.yaml)."""
    months: dict[str, tuple[str, int]] = {}
    spec = load_yaml("dates.yaml")["months"]
    for cal in ("gregorian", "hijri"):
        for num, names in spec[cal].items():
            for name in names:
                months[fold(str(name)).text] = (cal, int(num))
    alt = "|".join(sorted((re.escape(k) for k in months), key=len, reverse=True))
    year = r"((?:19|20|1[34])\d{2})"
    # "15 أكتوبر 2025", "15 تشرين الأول/أكتوبر 2025", "10 رمضان 1445 هـ", "أكتوبر 15, 2025"
    rx = re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?\(?({alt})(?:\s*[/(-]\s*(?:{alt})\)?)?\s*[،,]?\s*{year}(?!\d)"
        rf"|({alt})\s+(\d{{1,2}})\s*[،,]\s*((?:19|20)\d{{2}})(?!\d)"
    )
    return rx, months


def _calendar_date(cal: str, y: int, m: int, d: int) -> str | None:
    """An ISO Gregorian day from a Gregorian or Hijri (y, m, d), None when the pair does not fit."""
    if cal == "hijri":
        if not 1300 <= y <= 1600:
            return None
        from marsad.dates.hijri import to_gregorian

        g = to_gregorian(y, m, d)
        return g.isoformat() if g else None
    return _valid(y, m, d)


def date_from_text(text: str, limit: int = 800) -> str | None:
    """The first full calendar date written in the opening of a text (a visible dateline)."""
    head = fold(text[:limit]).text
    rx, months = _month_regex()
    found: list[tuple[int, str]] = []
    for m in rx.finditer(head):
        if m[1]:
            cal, mon = months[m[2]]
            v = _calendar_date(cal, int(m[3]), mon, int(m[1]))
        else:
            cal, mon = months[m[4]]
            v = _calendar_date(cal, int(m[6]), mon, int(m[5]))
        if v:
            found.append((m.start(), v))
    for m in _HIJRI_YMD.finditer(head):
        v = _calendar_date("hijri", int(m[1]), int(m[2]), int(m[3]))
        if v:
            found.append((m.start(), v))
    for m in _HIJRI_DMY.finditer(head):
        v = _calendar_date("hijri", int(m[3]), int(m[2]), int(m[1]))
        if v:
            found.append((m.start(), v))
    for m in _TEXT_YMD.finditer(head):
        v = _valid(int(m[1]), int(m[2]), int(m[3]))
        if v:
            found.append((m.start(), v))
    for m in _TEXT_DMY.finditer(head):
        v = _valid(int(m[3]), int(m[2]), int(m[1]))
        if v:
            found.append((m.start(), v))
    return min(found)[1] if found else None
