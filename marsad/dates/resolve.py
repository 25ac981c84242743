"""Resolving a parsed date expression against the publication date to an ISO value."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from marsad.dates.hijri import hijri_year_of, to_gregorian

Value = tuple[str | None, str | None]  # (ISO value, resolution)
NONE: Value = (None, None)


@dataclass(slots=True)
class Parsed:
    """What a matched expression says, before it meets a publication date."""

    kind: str                     # date | weekday | relday | period | year | ago | anaphor | today
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    part_month: int | None = None  # month a part of a year points at ("نهاية العام" → 12)
    month_only: bool = False       # a part of a month ("مطلع أيار") is only month-precise
    mod: str | None = None         # past | future | current
    year_mod: str | None = None    # "من العام الماضي" → past
    weekday: int | None = None
    offset: int = 0                # days for relday; signed count for period
    unit: str | None = None        # day | week | month | year
    count: int = 0


_SHIFT = {"past": -1, "current": 0, "future": 1}
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_published(published: str | None) -> dt.date | None:
    """The calendar day of ``meta.published`` (ISO date or datetime), None when absent or invalid."""
    if not published:
        return None
    raw = str(published).strip()
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        pass
    m = _DMY.match(raw)  # "11/05/2017" as some feeds write it: day first
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def month_value(year: int, month: int) -> Value:
    """A month-resolution value."""
    return f"{year:04d}-{month:02d}", "month"


def day_value(day: dt.date) -> Value:
    """A day-resolution value."""
    return day.isoformat(), "day"


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) moved by ``k`` months."""
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def weekday_near(anchor: dt.date, weekday: int, how: str) -> dt.date:
    """The ``weekday`` on or before / before / on or after / after / nearest to ``anchor``."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if how == "on_or_before":
        return anchor - dt.timedelta(days=back)
    if how == "before":
        return anchor - dt.timedelta(days=back or 7)
    if how == "on_or_after":
        return anchor + dt.timedelta(days=fwd)
    if how == "after":
        return anchor + dt.timedelta(days=fwd or 7)
    return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _direction(p: Parsed, future: bool) -> str:
    """past | future | current | auto for a year-less date, from its modifier or the clause's tense."""
    if p.mod in _SHIFT:
        return p.mod
    return "future" if future else "auto"


def _pick(cands: list[tuple[tuple[int, ...], Value]], key: tuple[int, ...], how: str,
          strict: bool) -> Value:
    """Latest candidate not after ``key`` (past) or earliest not before it (future)."""
    if how == "past":
        ok = [c for c in cands if (c[0] < key if strict else c[0] <= key)]
        return max(ok)[1] if ok else NONE
    ok = [c for c in cands if (c[0] > key if strict else c[0] >= key)]
    return min(ok)[1] if ok else NONE


# With no tense cue, news mostly looks back: the coming date wins only when it is less than half
# as far as the past one ("15 جوان" in April is June ahead; "9 نوفمبر" in May is last November).
_FORWARD_BIAS = 2


def _auto(cands: list[tuple[tuple[int, ...], Value]], key: tuple[int, ...],
          dist: Callable[[tuple[int, ...], tuple[int, ...]], int]) -> Value:
    """Past candidate unless the future one is much nearer."""
    past = [c for c in cands if c[0] <= key]
    fut = [c for c in cands if c[0] > key]
    if not fut:
        return max(past)[1] if past else NONE
    if not past:
        return min(fut)[1]
    b, f = max(past), min(fut)
    return f[1] if dist(f[0], key) * _FORWARD_BIAS < dist(key, b[0]) else b[1]


def _months_between(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return (a[0] * 12 + a[1]) - (b[0] * 12 + b[1])


def _days_between(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    return (dt.date(*a) - dt.date(*b)).days


def _choose(cands: list[tuple[tuple[int, ...], Value]], key: tuple[int, ...], how: str,
            strict: bool, month_level: bool) -> Value:
    if how == "auto":
        return _auto(cands, key, _months_between if month_level else _days_between)
    return _pick(cands, key, how, strict)


def _date(p: Parsed, pub: dt.date | None, future: bool) -> Value:
    """Explicit Gregorian or Hijri dates, with the year taken from context when missing."""
    month_level = p.day is None or p.month_only
    year = p.year
    if year is None and p.year_mod is not None and pub is not None:
        year = ((hijri_year_of(pub) or 0) if p.hijri else pub.year) + _SHIFT[p.year_mod]
    if year is not None:
        if p.hijri:
            g = to_gregorian(year, p.month or 1, 15 if month_level else p.day or 1)
            if g is None:
                return NONE
            return month_value(g.year, g.month) if month_level else day_value(g)
        if month_level:
            return month_value(year, p.month or 1)
        d = _safe_date(year, p.month or 1, p.day or 1)
        return day_value(d) if d else NONE
    if pub is None:
        return NONE
    how = _direction(p, future)
    cands: list[tuple[tuple[int, ...], Value]] = []
    if p.hijri:
        hy = hijri_year_of(pub)
        if hy is None:
            return NONE
        for y in (hy - 1, hy, hy + 1):
            g = to_gregorian(y, p.month or 1, 15 if month_level else p.day or 1)
            if g is None:
                continue
            cands.append(((g.year, g.month, g.day),
                          month_value(g.year, g.month) if month_level else day_value(g)))
        pkey: tuple[int, ...] = (pub.year, pub.month, pub.day)
        if how == "current":
            return _auto(cands, pkey, _days_between)
        return _choose(cands, pkey, how, p.mod is not None, False)
    if how == "current":
        return month_value(pub.year, p.month or 1) if month_level else _day_or_none(pub.year, p)
    for y in (pub.year - 1, pub.year, pub.year + 1):
        if month_level:
            cands.append(((y, p.month or 1), month_value(y, p.month or 1)))
        else:
            d = _safe_date(y, p.month or 1, p.day or 1)
            if d:
                cands.append(((y, d.month, d.day), day_value(d)))
    if month_level:
        # "مايو الماضي" in May means last year's May; a bare month in its own month is this one.
        return _choose(cands, (pub.year, pub.month), how, p.mod is not None, True)
    return _choose(cands, (pub.year, pub.month, pub.day), how, False, False)


def _day_or_none(year: int, p: Parsed) -> Value:
    d = _safe_date(year, p.month or 1, p.day or 1)
    return day_value(d) if d else NONE


def _weekday(p: Parsed, pub: dt.date, future: bool) -> Value:
    if p.offset or p.kind == "relday":
        # "أمس الثلاثاء": the named day nearest to the relative day (trusting the weekday name).
        return day_value(weekday_near(pub + dt.timedelta(days=p.offset), p.weekday or 0, "nearest"))
    how = {"past": "before", "future": "after"}.get(p.mod or "", "on_or_after" if future else "on_or_before")
    return day_value(weekday_near(pub, p.weekday or 0, how))


def _period(p: Parsed, pub: dt.date) -> Value:
    if p.unit == "week":
        d = pub + dt.timedelta(days=7 * p.offset)
        return month_value(d.year, d.month)
    if p.unit == "month":
        return month_value(*shift_month(pub.year, pub.month, p.offset))
    year = pub.year + p.offset
    if p.part_month:
        return month_value(year, p.part_month)
    return str(year), "year"


def _ago(p: Parsed, pub: dt.date) -> Value:
    if p.unit == "day":
        return day_value(pub - dt.timedelta(days=p.count))
    if p.unit == "week":
        d = pub - dt.timedelta(days=7 * p.count)
        return month_value(d.year, d.month)
    if p.unit == "month":
        return month_value(*shift_month(pub.year, pub.month, -p.count))
    return str(pub.year - p.count), "year"


def _year(p: Parsed) -> Value:
    year = p.year or 0
    if p.hijri:
        g = to_gregorian(year, 6, 15)
        if g is None:
            return NONE
        year = g.year
    if p.part_month:
        return month_value(year, p.part_month)
    return str(year), "year"


def resolve(p: Parsed, pub: dt.date | None, future: bool = False,
            previous: Value = NONE) -> Value:
    """The ISO value and resolution of ``p``; (None, None) when it needs an anchor it lacks."""
    if p.kind == "date":
        return _date(p, pub, future)
    if p.kind == "year":
        return _year(p)
    if p.kind == "anaphor":
        return _coarsen(previous, p.unit or "day")
    if pub is None:
        return NONE
    if p.kind == "weekday" or (p.kind == "relday" and p.weekday is not None):
        return _weekday(p, pub, future)
    if p.kind == "relday":
        return day_value(pub + dt.timedelta(days=p.offset))
    if p.kind == "today":
        return day_value(pub)
    if p.kind == "period":
        return _period(p, pub)
    if p.kind == "ago":
        return _ago(p, pub)
    return NONE


_RANK = {"day": 3, "month": 2, "year": 1}


def _coarsen(previous: Value, unit: str) -> Value:
    """The previous date cut to the anaphor's unit ("في الشهر نفسه" → its month)."""
    value, res = previous
    if value is None or res is None or _RANK[res] < _RANK.get(unit, 3):
        return NONE
    if unit == "day":
        return value, "day"
    if unit == "month":
        return value[:7], "month"
    return value[:4], "year"
