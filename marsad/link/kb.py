"""The actor knowledge base: every marsad/lang/ar/kb/*.yaml, validated and indexed once."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from marsad.errors import ResourceError
from marsad.lang.ar import load_yaml
from marsad.link.keys import name_key, reading_keys
from marsad.once import once

TYPES = frozenset({"PER", "ORG", "GPE", "LOC"})
REQUIRED = ("id", "type", "name", "name_en")
_QID = re.compile(r"^Q[1-9]\d*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9\-_.]*$")


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One actor or place of the knowledge base."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    name_en: str
    country: str | None
    sector: str | None
    role: str | None
    start: str | None
    end: str | None
    qid: str | None
    source: str
    # Earlier or other terms: (role, start, end) beside the main role ("roles" in the YAML).
    other_roles: tuple[tuple[str | None, str | None, str | None], ...] = ()

    @property
    def terms(self) -> tuple[tuple[str | None, str | None, str | None], ...]:
        """Every (role, start, end) span: the main role first."""
        return ((self.role, self.start, self.end),) + self.other_roles

    def role_at(self, date: str | None) -> str | None:
        """The role held at ``date`` (the main role when the date is unknown or outside all)."""
        if date:
            for role, start, end in self.terms:
                if _span_active(start, end, date):
                    return role
        return self.role

    @property
    def kb_id(self) -> str:
        """The public identifier: the Wikidata QID when known, else ``marsad:<slug>``."""
        return self.qid or f"marsad:{self.id}"

    def active(self, date: str | None) -> bool | None:
        """Whether one of the entry's terms contains ``date`` (None when either side is unknown)."""
        results = [_span_active(start, end, date) for _, start, end in self.terms]
        if True in results:
            return True
        return None if None in results[:1] and not self.other_roles else (
            False if all(r is False for r in results) else None)

    def overlaps(self, other: KBEntry) -> bool:
        """Whether two time spans can overlap (open ends overlap everything)."""
        a0, a1 = _lo(self.start or "0000"), _hi(self.end or "9999")
        b0, b1 = _lo(other.start or "0000"), _hi(other.end or "9999")
        return a0 < b1 and b0 < a1


def _span_active(start: str | None, end: str | None, date: str | None) -> bool | None:
    """Whether [start, end] contains ``date`` (None when either side is unknown)."""
    if not date or (start is None and end is None):
        return None
    if start is not None and _hi(date) < _lo(start):
        return False
    return not (end is not None and _lo(date) > _hi(end))


def _lo(d: str) -> str:
    """Earliest day of a partial ISO date."""
    return (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10] if len(d) == 7 else d[:10]


def _hi(d: str) -> str:
    """Latest day of a partial ISO date (month ends taken as the 31st: fine for comparisons)."""
    return (d + "-12-31")[:10] if len(d) == 4 else (d + "-31")[:10] if len(d) == 7 else d[:10]


def _text(v: Any) -> str | None:
    """YAML scalars as strings: dates and years come back as date/int objects."""
    if v is None or v == "":
        return None
    return str(v).strip() or None


class KB:
    """Validated KB records indexed by folded name and alias."""

    def __init__(self, records: Iterable[tuple[str, dict[str, Any]]],
                 iso3: frozenset[str] | None = None) -> None:
        self.entries: list[KBEntry] = []
        self.problems: list[str] = []
        self.by_id: dict[str, KBEntry] = {}
        self._index: dict[str, list[KBEntry]] = {}
        for source, rec in records:
            e = self._check(source, rec, iso3)
            if e is None:
                continue
            self.entries.append(e)
            self.by_id[e.id] = e
            for n in (e.name, *e.aliases):
                k = name_key(n)
                if len(k.replace(" ", "")) < 2:
                    continue
                lst = self._index.setdefault(k, [])
                if e not in lst:
                    lst.append(e)
        self._check_aliases()

    @classmethod
    def load(cls) -> KB:
        """Read every kb/*.yaml file of the package."""
        from marsad.link.gazetteer import iso3_codes

        records: list[tuple[str, dict[str, Any]]] = []
        for name in kb_files():
            data = load_yaml(f"kb/{name}") or []
            if not isinstance(data, list):
                raise ResourceError(f"kb/{name}: expected a YAML list of records")
            records.extend((name, r) for r in data)
        return cls(records, iso3_codes())

    def _check(self, source: str, rec: Any, iso3: frozenset[str] | None) -> KBEntry | None:
        """Validate one record; problems are collected, unusable records skipped."""
        where = f"{source}:{rec.get('id', '?') if isinstance(rec, dict) else '?'}"
        if not isinstance(rec, dict):
            self.problems.append(f"{where}: record is not a mapping")
            return None
        missing = [f for f in REQUIRED if not _text(rec.get(f))]
        if missing:
            self.problems.append(f"{where}: missing {', '.join(missing)}")
            return None
        rid = str(rec["id"])
        if not _SLUG.match(rid):
            self.problems.append(f"{where}: id is not a lower-case slug")
        if rid in self.by_id:
            self.problems.append(f"{where}: duplicate id (also in {self.by_id[rid].source})")
            return None
        typ = str(rec["type"]).upper()
        if typ not in TYPES:
            self.problems.append(f"{where}: type {typ} not in {sorted(TYPES)}")
            return None
        country = _text(rec.get("country"))
        if country is not None and iso3 is not None and country not in iso3:
            self.problems.append(f"{where}: country {country} is not an ISO 3166-1 alpha-3 code")
        qid = _text(rec.get("qid"))
        if qid is not None and not _QID.match(qid):
            self.problems.append(f"{where}: qid {qid} is not a Wikidata id")
        start, end = _text(rec.get("start")), _text(rec.get("end"))
        for label, d in (("start", start), ("end", end)):
            if d is not None and not _DATE.match(d):
                self.problems.append(f"{where}: {label} {d} is not an ISO date or year")
        if start and end and _DATE.match(start) and _DATE.match(end) and _lo(start) > _hi(end):
            self.problems.append(f"{where}: start {start} after end {end}")
        aliases = rec.get("aliases") or []
        if not isinstance(aliases, list):
            self.problems.append(f"{where}: aliases must be a list")
            aliases = []
        clean = tuple(str(a) for a in aliases if _text(a) and name_key(str(a)))
        others = tuple((_text(r.get("role")), _text(r.get("start")), _text(r.get("end")))
                       for r in rec.get("roles") or () if isinstance(r, dict))
        return KBEntry(rid, typ, str(rec["name"]), clean, str(rec["name_en"]), country,
                       _text(rec.get("sector")), _text(rec.get("role")), start, end, qid, source,
                       others)

    def _check_aliases(self) -> None:
        """The same name on two entities of one type is allowed only for successive office holders."""
        for k, lst in self._index.items():
            if len(lst) < 2:
                continue
            for i, a in enumerate(lst):
                for b in lst[i + 1:]:
                    if a.type != b.type:
                        continue
                    spans = (a.start or a.end) and (b.start or b.end)
                    if not spans or a.overlaps(b):
                        self.problems.append(
                            f"alias {k!r} shared by {a.id} and {b.id} (same type, overlapping "
                            "or unknown time spans)")

    def lookup(self, surface: str, type: str | None = None, date: str | None = None) -> list[KBEntry]:
        """Entries named by ``surface`` (clitics allowed); the office holder at ``date`` first."""
        for _prefix, k in reading_keys(surface):
            hits = self._index.get(k)
            if not hits:
                continue
            if type is not None:
                hits = [e for e in hits if e.type == type]
                if not hits:
                    continue
            return rank_by_date(hits, date)
        return []

    def office_holders(self, country: str, titles_en: Iterable[str],
                       date: str | None = None) -> list[KBEntry]:
        """Persons of ``country`` whose role is one of ``titles_en`` ("President" matches
        "President of Syria"), the holder at ``date`` first; former holders are dropped."""
        wanted = tuple(t.lower().replace("defence", "defense") for t in titles_en)
        out: list[KBEntry] = []
        for e in self.entries:
            if e.type != "PER" or e.country != country:
                continue
            for role, start, end in e.terms:
                if not role:
                    continue
                r = role.lower().replace("defence", "defense")
                if any(r == t or r.startswith(t + " of ") for t in wanted):
                    act = _span_active(start, end, date)
                    if act is False or (act is None and end is not None):
                        continue
                    out.append(e)
                    break
        return rank_by_date(out, date)

    def __len__(self) -> int:
        return len(self.entries)


def rank_by_date(hits: list[KBEntry], date: str | None) -> list[KBEntry]:
    """Order entries: span contains ``date``, then unknown span, then current, then others."""
    if len(hits) < 2:
        return list(hits)

    def score(e: KBEntry) -> tuple[int, str]:
        act = e.active(date)
        if act is True or act is None and date is None and e.end is None:
            rank = 0
        elif act is None:
            rank = 1
        else:
            rank = 2
        # Among the rest, the most recent span first.
        return rank, "".join(chr(0x10FFFF - ord(c)) for c in (e.start or "0000"))

    return sorted(hits, key=score)


def kb_files() -> list[str]:
    """Names of the KB data files, sorted."""
    d = resources.files("marsad.lang.ar").joinpath("kb")
    return sorted(p.name for p in d.iterdir() if p.name.endswith(".yaml"))


@once
def get_kb() -> KB:
    """The process-wide knowledge base, loaded and validated on first use."""
    return KB.load()


def entries() -> list[KBEntry]:
    """Every KB entry (for phrase matchers)."""
    return list(get_kb().entries)


def lookup(surface: str, type: str | None = None, date: str | None = None) -> list[KBEntry]:
    """Module-level shortcut for ``get_kb().lookup``."""
    return get_kb().lookup(surface, type, date)
