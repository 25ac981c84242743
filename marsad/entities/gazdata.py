"""The entity stage's view of the link gazetteer: places as ``Known`` records, demonyms, names.

Nothing is read from disk here: the tables come from ``marsad.link.gazetteer`` (loaded once per
process and shared with the linker); this module only re-indexes them the way the mention rules
look them up (first record of a surface wins; countries, then cities, then LOC regions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.entities.known import Known
from marsad.link.gazetteer import Gazetteer as LinkGazetteer
from marsad.link.gazetteer import get_gazetteer
from marsad.text import fold_word, tokenize


@lru_cache(maxsize=100_000)
def fkey(s: str) -> str:
    """The folded, space-joined key of a phrase (punctuation tokens kept)."""
    return " ".join(t.norm for t in tokenize(s))


@dataclass
class Gazetteer:
    """Places (surface -> Known), demonyms (form -> ISO3) and person-name spellings."""

    places: list[tuple[str, Known]] = field(default_factory=list)
    by_key: dict[str, Known] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)   # folded capital -> ISO3
    name_units: dict[str, str] = field(default_factory=dict)
    name_roles: dict[str, str] = field(default_factory=dict)  # given | surname | unknown
    full_names: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    _demonym_cache: dict[str, str | None] = field(default_factory=dict)
    _place_cache: dict[str, Known | None] = field(default_factory=dict)

    def add(self, surface: str, k: Known) -> None:
        """Register a place name (the first record of a surface wins)."""
        key = fkey(surface)
        if not key:
            return
        self.places.append((surface, k))
        self.by_key.setdefault(key, k)

    def place(self, surface: str) -> Known | None:
        """The place a surface form names, if any (article-insensitive)."""
        try:
            return self._place_cache[surface]
        except KeyError:
            pass
        key = fkey(surface)
        k = self.by_key.get(key)
        if k is None and key.startswith("ال"):
            k = self.by_key.get(key[2:])
        if len(self._place_cache) < 200_000:
            self._place_cache[surface] = k
        return k

    def demonym(self, word: str) -> str | None:
        """ISO3 of a nisba adjective, any gender/number, with or without ال."""
        try:
            return self._demonym_cache[word]
        except KeyError:
            pass
        w = fold_word(word)
        hit = self.demonyms.get(w) or (self.demonyms.get(w[2:]) if w.startswith("ال") else None)
        if len(self._demonym_cache) < 200_000:
            self._demonym_cache[word] = hit
        return hit

    def person_en(self, name: str) -> str | None:
        """A Latin spelling of an Arabic person name: whole name first, else word by word."""
        key = fkey(name)
        if key in self.full_names:
            return self.full_names[key][0]
        parts: list[str] = []
        for w in key.split():
            lat = self.name_units.get(w)
            if lat is None and w.startswith("ال") and len(w) > 3:
                sub = self.name_units.get(w[2:])
                lat = f"al-{sub}" if sub else None
            if lat is None:
                return None
            parts.append(lat)
        return " ".join(parts) if parts else None


def from_link(lg: LinkGazetteer) -> Gazetteer:
    """Index the link gazetteer's tables for the mention rules (no file is read again)."""
    g = Gazetteer(demonyms=lg.demonyms, name_units=lg.name_units, name_roles=lg.name_roles,
                  full_names=lg.full_names)
    for c in lg.countries.values():
        k = Known("GPE", f"gpe-{c.iso3.lower()}", c.en or None, c.iso3 or None, qid=c.qid,
                  source="gazetteer")
        for v in {c.ar, *c.variants}:
            if v.strip():
                g.add(v.strip(), k)
        # Every listed spelling of the capital ("|"-separated) names it.
        if c.iso3:
            for spelling in filter(None, (x.strip() for x in c.capital_ar.split("|"))):
                g.capitals.setdefault(fkey(spelling), c.iso3)
    for e in lg.cities:
        if not e.name:
            continue
        cap: str | None = g.capitals.get(fkey(e.name))
        if cap is None and e.kind == "capital":
            cap = e.iso3
        g.add(e.name, Known("GPE", f"city:{e.en or None}|{e.iso3 or ''}", e.en or None, e.iso3,
                            capital_of=cap, source="gazetteer"))
    for e in lg.regions:
        if e.name:
            g.add(e.name, Known("LOC", f"loc:{e.en or None}", e.en or None, e.iso3,
                                source="gazetteer"))
    return g


def load_gazetteer() -> Gazetteer:
    """The entity view of the process-wide link gazetteer."""
    return from_link(get_gazetteer())
