"""Schema and consistency checks of the actor knowledge base data (persons and organisations)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import pytest
import yaml

from marsad.text import fold

KB_PKG = "marsad.lang.ar"
# places.yaml belongs to the gazetteer builder; every other kb/*.yaml file holds actors.
NOT_ACTORS = {"places.yaml"}
REQUIRED = ("id", "type", "name", "aliases", "name_en", "country", "sector", "role", "start",
            "end", "qid")
OPTIONAL = {"roles", "nationality"}
TYPES = {"PER", "ORG"}
SECTORS = {"GOV", "MIL", "SPY", "REB", "INS", "OPP", "PTY", "LEG", "JUD", "IGO", "NGO", "MED",
           "BUS", "REL", "EDU", "SPT", "CVL"}
SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when present: same safety
ISO3 = re.compile(r"^[A-Z]{3}$")
QID = re.compile(r"^Q[1-9]\d*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^(int|[a-z]{3})-[a-z0-9]+(-[a-z0-9]+)*$")
ARABIC = re.compile(r"[\u0621-\u064A]")
# Offices held by one person at a time: two holders may not overlap by more than a day.
SINGLE_SEAT = re.compile(
    r"^(President|Prime Minister|King|Queen|Emir|Sultan|Chancellor|Head of Government|"
    r"Foreign Minister|Defence Minister|Secretary of State|Secretary of Defense|"
    r"Secretary-General|Secretary General|Director-General|Director General|Director of|"
    r"Supreme Leader|Crown Prince|Commander of|Chief of|Speaker of|UN Special Envoy|"
    r"High Representative|Chairman of the Presidential|National Security Adviser) ")


def kb_files() -> list[str]:
    """Names of the actor files in marsad/lang/ar/kb."""
    folder = resources.files(KB_PKG).joinpath("kb")
    return sorted(p.name for p in folder.iterdir()
                  if p.name.endswith(".yaml") and p.name not in NOT_ACTORS)


@cache
def load(name: str) -> list[dict[str, Any]]:
    """Parse one kb file with the safe loader."""
    text = resources.files(KB_PKG).joinpath("kb", name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=SAFE)
    assert isinstance(data, list), f"{name}: top level must be a list"
    return data


def records() -> list[tuple[str, dict[str, Any]]]:
    """Every actor record with the file it came from."""
    return [(f, r) for f in kb_files() for r in load(f)]


def key(text: str) -> str:
    """The folded comparison form of a name."""
    return " ".join(fold(text).text.split())


def parse_date(value: str, end: bool = False) -> dt.date:
    """Read an ISO date, year-month or year; partial dates widen to the first (or last) day."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(*parts)


def spans(rec: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    """(role, start, end) for the primary role and every listed additional role."""
    out = [(rec["role"], rec["start"], rec["end"])] if rec["role"] else []
    out += [(r["role"], r.get("start"), r.get("end")) for r in rec.get("roles") or []]
    return out


def test_files_exist_and_parse() -> None:
    names = kb_files()
    assert "persons.yaml" in names and "organizations.yaml" in names
    for n in names:
        assert load(n), f"{n} is empty"


def test_enough_actors() -> None:
    by_type: dict[str, int] = defaultdict(int)
    for _, r in records():
        by_type[r["type"]] += 1
    assert by_type["PER"] >= 350, by_type
    assert by_type["ORG"] >= 250, by_type


@pytest.mark.parametrize("fname", kb_files())
def test_schema(fname: str) -> None:
    for r in load(fname):
        where = f"{fname}:{r.get('id')}"
        missing = [k for k in REQUIRED if k not in r]
        assert not missing, f"{where} lacks {missing}"
        extra = set(r) - set(REQUIRED) - OPTIONAL
        assert not extra, f"{where} has unknown keys {extra}"
        assert r["type"] in TYPES, where
        assert r["sector"] in SECTORS, f"{where} sector {r['sector']}"
        assert isinstance(r["id"], str) and SLUG.match(r["id"]), where
        prefix = r["id"].split("-", 1)[0]
        assert prefix == (r["country"].lower() if r["country"] else "int"), where
        for k in ("country", "nationality"):
            assert r.get(k) is None or ISO3.match(r[k]), f"{where} {k}={r.get(k)}"
        assert r["qid"] is None or (isinstance(r["qid"], str) and QID.match(r["qid"])), where
        assert isinstance(r["name"], str) and ARABIC.search(r["name"]), f"{where} name"
        assert r["name"] == r["name"].strip() and "  " not in r["name"], where
        assert isinstance(r["name_en"], str) and r["name_en"].strip(), where
        assert r["name_en"].isascii(), f"{where} name_en should be plain ASCII"
        assert isinstance(r["aliases"], list), where
        for a in r["aliases"]:
            assert isinstance(a, str) and ARABIC.search(a), f"{where} alias {a!r}"
        assert r["role"] is None or isinstance(r["role"], str), where
        for role, start, end in spans(r):
            assert isinstance(role, str) and role, where
            for d in (start, end):
                assert d is None or (isinstance(d, str) and DATE.match(d)), f"{where} date {d!r}"
            if start and end:
                assert parse_date(start) <= parse_date(end, end=True), f"{where} {role}"
            if start:
                assert parse_date(start) <= dt.date(2026, 12, 31), f"{where} future start"


def test_ids_unique_across_all_kb_files() -> None:
    seen: dict[str, str] = {}
    folder = resources.files(KB_PKG).joinpath("kb")
    for p in sorted(folder.iterdir(), key=lambda x: x.name):
        if not p.name.endswith(".yaml"):
            continue
        data = load(p.name) if p.name not in NOT_ACTORS else yaml.load(
            p.read_text(encoding="utf-8"), Loader=SAFE)
        for r in data or []:
            assert r["id"] not in seen, f"{r['id']} in {p.name} and {seen[r['id']]}"
            seen[r["id"]] = p.name


def test_no_duplicate_names() -> None:
    seen: dict[tuple[str, str], str] = {}
    for _, r in records():
        k = (r["type"], key(r["name"]))
        assert k not in seen, f"{r['id']} repeats the name of {seen[k]}"
        seen[k] = r["id"]


def test_qids_unique() -> None:
    seen: dict[str, str] = {}
    for _, r in records():
        if r["qid"]:
            assert r["qid"] not in seen, f"{r['id']} and {seen[r['qid']]} share {r['qid']}"
            seen[r["qid"]] = r["id"]


def test_aliases_are_distinct_within_a_record() -> None:
    for _, r in records():
        forms = [key(r["name"])] + [key(a) for a in r["aliases"]]
        dupes = {f for f in forms if forms.count(f) > 1}
        assert not dupes, f"{r['id']} repeats {dupes} after folding"


def test_surface_forms_point_to_one_actor() -> None:
    # A folded name or alias that names two actors of one type could never link reliably.
    owner: dict[tuple[str, str], str] = {}
    clashes = []
    for _, r in records():
        for form in [r["name"], *r["aliases"]]:
            k = (r["type"], key(form))
            if k in owner and owner[k] != r["id"]:
                clashes.append(f"{form}: {owner[k]} / {r['id']}")
            owner.setdefault(k, r["id"])
    assert not clashes, clashes


def test_single_seat_offices_do_not_overlap() -> None:
    holders: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for _, r in records():
        for role, start, end in spans(r):
            if SINGLE_SEAT.match(role) and start:
                # Exact days only at both ends; a year or month alone is too coarse to compare.
                s = parse_date(start, end=True)
                e = parse_date(end) if end else dt.date(2100, 1, 1)
                holders[role].append((s, e, r["id"]))
    bad = []
    for role, spans_ in holders.items():
        spans_.sort()
        for (s1, e1, a), (s2, e2, b) in itertools.pairwise(spans_):
            if s2 < e1 - dt.timedelta(days=1):
                bad.append(f"{role}: {a} until {e1} / {b} from {s2}")
    assert not bad, bad


@lru_cache(maxsize=1)
def surface_index() -> dict[str, list[dict[str, Any]]]:
    """Records by folded name and alias, built once."""
    index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, r in records():
        for k in {key(x) for x in [r["name"], *r["aliases"]]}:
            index[k].append(r)
    return index


def find(form: str, typ: str | None = None) -> dict[str, Any]:
    """The one record whose name or alias folds to ``form``."""
    hits = [r for r in surface_index().get(key(form), []) if typ is None or r["type"] == typ]
    assert len(hits) == 1, f"{form}: {[h['id'] for h in hits]}"
    return hits[0]


@pytest.mark.parametrize("form,name_en,country", [
    ("بوتين", "Vladimir Putin", "RUS"),
    ("أردوغان", "Recep Tayyip Erdogan", "TUR"),
    ("إردوغان", "Recep Tayyip Erdogan", "TUR"),
    ("نتانياهو", "Benjamin Netanyahu", "ISR"),
    ("ترمب", "Donald Trump", "USA"),
    ("السيسي", "Abdel Fattah el-Sisi", "EGY"),
    ("ايمانويل ماكرون", "Emmanuel Macron", "FRA"),
    ("الجولاني", "Ahmed al-Sharaa", "SYR"),
    ("أبو مازن", "Mahmoud Abbas", "PSE"),
    ("غوتيريش", "Antonio Guterres", None),
])
def test_known_people_resolve(form: str, name_en: str, country: str | None) -> None:
    r = find(form, "PER")
    assert (r["name_en"], r["country"]) == (name_en, country)


@pytest.mark.parametrize("form,name_en", [
    ("سانا", "Syrian Arab News Agency"),
    ("الأناضول", "Anadolu Agency"),
    ("رويترز", "Reuters"),
    ("فرانس برس", "Agence France-Presse"),
    ("أ ف ب", "Agence France-Presse"),
    ("البنتاغون", "United States Department of Defense"),
    ("الخارجية الأميركية", "United States Department of State"),
    ("قسد", "Syrian Democratic Forces"),
    ("الأونروا", "UNRWA"),
    ("مجلس الأمن", "United Nations Security Council"),
])
def test_known_organisations_resolve(form: str, name_en: str) -> None:
    assert find(form, "ORG")["name_en"] == name_en


def test_office_spans() -> None:
    assad = find("بشار الأسد")
    assert (assad["start"], assad["end"]) == ("2000-07-17", "2024-12-08")
    trump = spans(find("ترامب"))
    assert ("President of the United States", "2017-01-20", "2021-01-20") in trump
    assert ("President of the United States", "2025-01-20", None) in trump
    assert find("بايدن")["end"] == "2025-01-20"
