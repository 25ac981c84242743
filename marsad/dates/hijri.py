"""Hijri (Umm al-Qura) to Gregorian conversion through hijridate, None outside its range."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from hijridate import Gregorian, Hijri


@lru_cache(maxsize=4096)
def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date, or None when invalid or out of the supported range."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=1024)
def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year that contains a Gregorian date, or None out of range."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
