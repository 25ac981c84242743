"""The one compiled date regex over folded text; each top-level alternative is a named kind."""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.dates.lexicon import SP, Lexicon, alt, lexicon

SPO = r"[^\S\n]*"  # optional horizontal blanks (around "/" in "يوليو/ تموز")
DAYN = r"(?:3[01]|[12][0-9]|0?[1-9])(?!\d)"
# A date may start after a one-letter proclitic chain (و ف then ب ل ك): "وأمس", "بالأمس", "وفي 2015".
START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
# Kinds in the order they are tried at one position (first match wins, so specific ones first).
KINDS = ("N", "D", "Y", "E", "W", "R", "S", "P", "Q", "A")


def _months(lx: Lexicon, p: str) -> str:
    """Month name, optionally paired with another naming of it: "يوليو/تموز", "أيار (مايو)"."""
    m = alt(list(lx.greg_months) + list(lx.hijri_months))
    return (rf"(?P<{p}m1>{m})(?![^\W\d])(?:{SPO}/{SPO}(?P<{p}m2>{m})(?![^\W\d])"
            rf"|{SPO}\({SPO}(?P<{p}m3>{m}){SPO}\))?")


def _year_tail(lx: Lexicon, p: str) -> str:
    """A year after a month: " 2013", " من عام 2013", " 1446 هـ"."""
    sufs = alt(lx.greg_suffixes + lx.hijri_suffixes)
    # "ديسمبر2014" (no space) happens in hurried copy.
    return (rf"(?:{SP}(?:من{SP})?(?:{alt(lx.year_words)}{SP})?|{SPO})(?P<{p}y>\d{{4}})(?!\d)"
            rf"(?:{SPO}(?P<{p}suf>{sufs})(?!\w))?")


def _mod_tail(lx: Lexicon, p: str) -> str:
    """A modifier after a month: " الماضي", " من العام الماضي", " من هذا العام"."""
    mods = alt(lx.modifiers)
    years = alt(w for w in lx.periods if lx.periods[w] == "year")
    return (rf"{SP}(?:(?P<{p}mod>{mods})|من{SP}(?:{years}{SP}(?P<{p}ymod>{mods})"
            rf"|(?P<{p}ydem>{alt(lx.demonstratives)}){SP}{years}))(?!\w)")


def explicit(lx: Lexicon, p: str, *, need_day: bool = False) -> str:
    """A calendar date with a month name: day or ordinal or part, month(s), then year or modifier."""
    day = rf"(?P<{p}day>{DAYN}){SPO}(?:من{SP})?|(?P<{p}ord>{alt(lx.ordinals)}){SP}(?:من{SP})?"
    head = rf"(?:{day})" if need_day else rf"(?:(?P<{p}part>{alt(lx.parts)}){SP}|{day})?"
    return (rf"{head}(?:(?P<{p}shahr>شهر){SP})?{_months(lx, p)}"
            rf"(?:{_year_tail(lx, p)}|{_mod_tail(lx, p)})?")


def _time_prefix(lx: Lexicon, p: str) -> str:
    """A clock time and/or part of the day before a day word: "الساعة الثامنة مساء", "صباح"."""
    clock = (rf"الساعه{SP}(?:\d{{1,2}}(?:[:.]\d{{2}})?|{alt(lx.clock_hours)})"
             rf"(?:{SP}(?:والنصف|والربع|الا{SP}ربعا))?{SP}(?:من{SP})?")
    return rf"(?P<{p}clock>{clock})?(?P<{p}tod>{alt(lx.times_of_day)}{SP})?"


@lru_cache(maxsize=1)
def date_regex() -> re.Pattern[str]:
    """Compile the date finder once."""
    lx = lexicon()
    wd = alt(lx.weekdays)
    mods = alt(lx.modifiers)
    past_future = alt(w for w, k in lx.modifiers.items() if k != "current")
    past = alt(w for w, k in lx.modifiers.items() if k == "past")
    periods = alt(lx.periods)
    parts = alt(lx.parts)
    year_words = alt(lx.year_words)
    sufs = alt(lx.greg_suffixes + lx.hijri_suffixes)
    units = alt(w for w, (_, form) in lx.units.items() if form != "dual")
    units_alone = alt(w for w, (_, form) in lx.units.items() if form in ("dual", "singular"))
    kinds = {
        # Anaphora: "في اليوم ذاته", "في نفس اليوم".
        "N": (rf"(?:(?P<Npre>في){SP})?(?:(?P<Nn>{alt(lx.anaphora_nouns)}){SP}{alt(lx.anaphora_after)}"
              rf"|{alt(lx.anaphora_before)}{SP}(?P<Nn2>{alt(lx.anaphora_nouns)}))"),
        # Years: "عام 2011", "العام 2015", "في 2013", "منذ 2015", "نهاية عام 2018", "1446 هـ".
        "Y": (rf"(?:(?P<Ypart>{parts}){SP}{year_words}{SP}|(?P<Yw>{year_words}){SP}"
              rf"|(?P<Ypre>{alt(lx.bare_year_particles)}){SP})?"
              rf"(?P<Yy>\d{{4}})(?!\d)(?:{SPO}(?P<Ysuf>{sufs})(?!\w))?"),
        "E": explicit(lx, "E"),
        # Numeric dates: 15/10/2025, 2025-10-15, 15.10.2025.
        "D": r"(?P<Da>\d{1,4})(?P<Dsep>[/.\-])(?P<Db>\d{1,2})(?P=Dsep)(?P<Dc>\d{1,4})(?!\d)",
        # Weekdays: "يوم الاثنين", "الثلاثاء الماضي", "مساء يوم الجمعة", "الخميس 24 مايو/أيار".
        "W": (rf"{_time_prefix(lx, 'W')}(?:يوم{SP})?(?P<Wd>{wd})(?!\w)(?:{SP}(?P<Wmod>{past_future}))?"
              rf"(?:(?:{SPO}،{SPO}|{SP})(?:الموافق{SP})?(?P<Wdate>{explicit(lx, 'WE', need_day=True)}))?"
              rf"(?:{SP}(?:-{SPO})?(?:الي{SP})?(?P<Wd2>{wd}))?"),
        # Relative days: "اليوم الأربعاء", "أمس", "مساء أمس", "لغاية اليوم", "الليلة الماضية".
        "R": (rf"(?P<Rpre>{alt(lx.bare_day_particles)}{SP})?{_time_prefix(lx, 'R')}(?:يوم{SP})?"
              rf"(?P<Rrel>{alt(lx.relative_days)})(?!\w)(?:{SP}(?:يوم{SP})?(?P<Rwd>{wd})(?!\w))?"
              rf"(?:(?:{SPO}،{SPO}|{SP})(?:الموافق{SP})?(?P<Rdate>{explicit(lx, 'RE', need_day=True)}))?"),
        # Since this morning: "منذ الصباح".
        "S": rf"(?:منذ|حتي){SP}{alt(lx.since_times)}",
        # Periods: "الأسبوع الماضي", "مطلع الشهر الجاري", "هذا العام", "العام قبل الماضي".
        "P": (rf"(?:(?P<Ppart>{parts}){SP})?(?:(?P<Pn>{periods})(?:{SP}(?P<Pbefore>قبل){SP}{past}"
              rf"|{SP}(?P<Pmod>{mods}))|(?P<Pdem>{alt(lx.demonstratives)}){SP}(?P<Pn2>{periods}))"),
        # A part of the current period: "نهاية العام", "منتصف الشهر".
        "Q": rf"(?P<Qpart>{parts}){SP}(?P<Qn>{periods})(?!\w)(?!{SP}(?:ال|\d))",
        # Ago: "منذ ثلاثة أيام", "قبل يومين", "قبل أسبوع", "منذ 15 يوما".
        "A": (rf"(?P<Aw>{alt(lx.ago_words)}){SP}(?:(?P<An>\d{{1,3}}|{alt(lx.numbers)}){SP}(?P<Au>{units})"
              rf"|(?P<Au2>{units_alone}))"),
    }
    body = "|".join(rf"(?P<{k}>{kinds[k]})" for k in KINDS)
    return re.compile(rf"{START}(?:{body})(?!\w)")
