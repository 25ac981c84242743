"""Place, demonym and person-name gazetteers (built by scripts/build_gazetteers.py), loaded once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from marsad.errors import ResourceError
from marsad.lang.ar import load_yaml, path
from marsad.link.keys import name_key, reading_keys
from marsad.link.translit import transliterate
from marsad.once import once
from marsad.text import fold_word, proclitic_splits


def _lines(name: str) -> tuple[list[str], list[str]]:
    """(header fields, data lines) of a gazetteer TSV (comment lines skipped)."""
    try:
        text = path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot read language data {name}: {exc}") from exc
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    return lines[0].split("\t"), lines[1:]


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a gazetteer TSV as dicts; a plain split is 5x faster than csv."""
    header, lines = _lines(name)
    return [dict(zip(header, ln.split("\t"))) for ln in lines]


def _columns(name: str, *cols: str) -> list[list[str]]:
    """Only some columns of a large TSV, as lists (no per-row dict: the name tables are big)."""
    header, lines = _lines(name)
    idx = [header.index(c) for c in cols]
    width = max(idx) + 1
    out: list[list[str]] = []
    for ln in lines:
        f = ln.split("\t")
        if len(f) < width:
            f += [""] * (width - len(f))
        out.append([f[i] for i in idx])
    return out


# Kinds that have a government (GPE); everything else in regions_loc.tsv is LOC.
GPE_KINDS = frozenset({"country", "capital", "city", "region"})


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A place: Arabic name as listed, type GPE/LOC, English name, country and kind."""

    id: str
    name: str
    type: str
    en: str
    iso3: str | None
    kind: str
    population: int = 0
    capital_of: str | None = None
    qid: str | None = None

    @property
    def name_en(self) -> str:
        """English name (alias used by the linker)."""
        return self.en

    @property
    def country(self) -> str | None:
        """ISO alpha-3 country (alias used by the linker)."""
        return self.iso3


@dataclass(frozen=True, slots=True)
class Country:
    """A country row of countries.tsv."""

    iso3: str
    iso2: str
    en: str
    ar: str
    adj_en: str
    qid: str | None
    capital_en: str
    variants: tuple[str, ...] = ()   # Arabic spellings, as listed
    capital_ar: str = ""             # the capital column as listed ("|"-separated spellings)


class Gazetteer:
    """All gazetteer tables, indexed by folded key."""

    def __init__(self) -> None:
        self.places: dict[str, PlaceEntry] = {}
        self.countries: dict[str, Country] = {}
        self.iso2: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.capital_en: dict[str, str] = {}
        self._surfaces: list[tuple[str, PlaceEntry]] = []
        # The rows of each table in file order (the entity stage builds its matcher from them).
        self.cities: list[PlaceEntry] = []
        self.regions: list[PlaceEntry] = []
        # Lowest priority first: later tables overwrite a shared key.
        for r in _rows("gazetteer/cities.tsv"):
            iso3 = r["iso3"] or None
            e = PlaceEntry(f"place:{r['en']}|{iso3 or ''}", r["ar"], "GPE", r["en"], iso3,
                           r["kind"], int(r["population"] or 0),
                           iso3 if r["kind"] == "capital" else None)
            self.cities.append(e)
            self._add(r["ar"], e)
        for r in _rows("gazetteer/regions_loc.tsv"):
            iso3 = r["iso3"] or None
            e = PlaceEntry(f"place:{r['en']}|{iso3 or ''}", r["ar"], "LOC", r["en"], iso3, r["kind"])
            self.regions.append(e)
            self._add(r["ar"], e)
        for r in _rows("gazetteer/countries.tsv"):
            c = Country(r["iso3"], r["iso2"], r["en"], r["ar"], r["adj_en"], r["qid"] or None,
                        r["capital_en"], tuple(v for v in r["variants"].split("|") if v),
                        r["capital_ar"])
            self.countries[c.iso3] = c
            self.iso2[c.iso2] = c.iso3
            e = PlaceEntry(f"gpe-{c.iso3.lower()}", c.ar, "GPE", c.en, c.iso3, "country",
                           qid=c.qid)
            for v in r["variants"].split("|"):
                self._add(v, e)
            for cap in filter(None, r["capital_ar"].split("|")):
                k = name_key(cap)
                prev = self.places.get(k)
                if prev is None or prev.kind != "country":
                    # A curated city row of the same country keeps its English name and id.
                    same = prev is not None and prev.iso3 == c.iso3
                    en = prev.en if same and prev is not None else c.capital_en
                    pid = prev.id if same and prev is not None else f"place:{en}|{c.iso3}"
                    self._add(cap, PlaceEntry(pid, cap, "GPE", en, c.iso3, "capital",
                                              capital_of=c.iso3))
                    self.capitals[k] = c.iso3
                    self.capital_en.setdefault(c.iso3, en)
        self.demonyms: dict[str, str] = {name_key(form): iso3 for form, iso3 in
                                         _columns("gazetteer/demonyms.tsv", "form", "iso3")}
        self.name_units: dict[str, str] = {}
        # given | surname | unknown: lets the entity stage spot a name after a title.
        self.name_roles: dict[str, str] = {}
        for key, latin, role in _columns("gazetteer/person_names.tsv", "key", "latin", "role"):
            self.name_units.setdefault(key, latin)
            if key and latin:
                self.name_roles.setdefault(key, role or "unknown")
        self.full_names: dict[str, tuple[str, str | None]] = {}
        iso2 = self.iso2
        for key, latin, i2 in _columns("gazetteer/person_fullnames.tsv", "key", "latin", "iso2"):
            if key not in self.full_names:
                self.full_names[key] = (latin, iso2.get(i2))

    def _add(self, surface: str, e: PlaceEntry) -> None:
        k = name_key(surface)
        if len(k.replace(" ", "")) < 2:
            return
        self.places[k] = e
        self._surfaces.append((surface, e))

    def place(self, surface: str) -> PlaceEntry | None:
        """The place a surface names, trying the bare form before clitic-stripped readings."""
        for _prefix, k in reading_keys(surface):
            e = self.places.get(k)
            if e is not None:
                return e
        return None

    def demonym(self, word: str) -> str | None:
        """ISO alpha-3 of a nisba adjective, possibly with و/ف/ب/ل proclitics ("والسورية")."""
        k = name_key(word)
        if not k:
            return None
        hit = self.demonyms.get(k)
        if hit:
            return hit
        first, *rest = k.split()
        # The table lists forms with and without the article, so any stripped reading can hit.
        for _prefix, stem in proclitic_splits(first)[1:]:
            hit = self.demonyms.get(" ".join([stem, *rest]))
            if hit:
                return hit
        return None

    def surfaces(self) -> Iterator[tuple[str, PlaceEntry]]:
        """Every (Arabic surface, place) pair, for phrase matchers."""
        keep: dict[str, tuple[str, PlaceEntry]] = {}
        for s, e in self._surfaces:
            keep[name_key(s)] = (s, e)
        for k, (s, _e) in keep.items():
            yield s, self.places[k]

    def person_name_en(self, name: str) -> str | None:
        """English spelling of an Arabic person name: the name tables, else transliteration."""
        k = name_key(name)
        if not k:
            return None
        full = self.full_names.get(k)
        if full is not None:
            return full[0]
        units = _units(k.split())
        parts: list[str] = []
        for u in units:
            latin = self.name_units.get(u)
            if latin is None and u.startswith("ال"):
                base = self.name_units.get(u[2:])
                latin = f"al-{base}" if base else None
            parts.append(latin if latin is not None else transliterate(u))
        # English news writes the article lower-case inside a name: "Zakaria al-Kaswani".
        parts = [p if i == 0 else re.sub(r"^(?:Al|El)-", lambda m: m.group(0).lower(), p)
                 for i, p in enumerate(parts) if p]
        out = " ".join(parts)
        return (out[:1].upper() + out[1:]) or None

    def person_country(self, name: str) -> str | None:
        """ISO alpha-3 of a Wikidata person with exactly this full name, when the name is unique."""
        full = self.full_names.get(name_key(name))
        return full[1] if full else None


_PARTICLES = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "ذو", "ذي"})
_SUFFIXES = frozenset({"الله", "الدين"})


def _units(words: list[str]) -> list[str]:
    """Group folded words into name units the way the name database does ("عبد الله")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while words[j] in _PARTICLES and j + 1 < len(words):
            j += 1
        unit = " ".join(words[i:j + 1])
        i = j + 1
        while i < len(words) and words[i] in _SUFFIXES:
            unit += " " + words[i]
            i += 1
        out.append(unit)
    return out


@once
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return Gazetteer()


@lru_cache(maxsize=100_000)
def place(surface: str) -> PlaceEntry | None:
    """The gazetteer place (GPE or LOC) a surface form names, clitics allowed ("بموسكو")."""
    return get_gazetteer().place(surface)


@lru_cache(maxsize=100_000)
def demonym(word: str) -> str | None:
    """ISO alpha-3 of a demonym adjective ("السوري" -> "SYR"), or None."""
    return get_gazetteer().demonym(word)


@lru_cache(maxsize=100_000)
def person_name_en(arabic_name: str) -> str | None:
    """Latin spelling of an Arabic person name (name database, else rule transliteration)."""
    return get_gazetteer().person_name_en(arabic_name)


def all_places() -> list[tuple[str, PlaceEntry]]:
    """Every (surface, place) pair, for building phrase matchers."""
    return list(get_gazetteer().surfaces())


def country(iso3: str | None) -> Country | None:
    """The countries.tsv row of an ISO alpha-3 code."""
    return get_gazetteer().countries.get(iso3 or "")


def iso3_codes() -> frozenset[str]:
    """Every ISO alpha-3 code the gazetteer knows."""
    return frozenset(get_gazetteer().countries)


@lru_cache(maxsize=1)
def org_heads() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, str]]]:
    """(multi-word head -> English, modifier -> English, trigger -> (English, sector)), folded keys."""
    data = load_yaml("gazetteer/org_triggers.yaml")
    heads = {name_key(h["ar"]): h["en"] for h in data.get("heads", [])}
    mods = {name_key(k): v for k, v in (data.get("modifiers") or {}).items()}
    trig = {name_key(t["ar"]): (t["en"], t.get("sector") or "") for t in data.get("triggers", [])}
    return heads, mods, trig


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Folded title -> (English, kind, other English names of the same office)."""
    return {name_key(t["ar"]): (t["en"], t.get("kind", ""), tuple(t.get("also") or ()))
            for t in load_yaml("gazetteer/titles.yaml")}


def fold_key(word: str) -> str:
    """Fold one word with the runtime folding."""
    return fold_word(word)
