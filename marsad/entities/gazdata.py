"""Direct readers of the gazetteer files in marsad/lang/ar/gazetteer (places, demonyms, names).

The entities stage matches these names itself (one phrase matcher per process), so it reads
the committed data files rather than depending on a look-up API.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.entities.known import Known
from marsad.errors import MarsadError
from marsad.lang.ar import load_tsv
from marsad.text import fold_word, tokenize


@lru_cache(maxsize=100_000)
def fkey(s: str) -> str:
    """The folded, space-joined key of a phrase."""
    return " ".join(t.norm for t in tokenize(s))


def _rows(name: str) -> tuple[dict[str, str], ...]:
    try:
        return load_tsv(name)
    except MarsadError:
        return ()


@dataclass
class Gazetteer:
    """Places (surface -> Known), demonyms (form -> ISO3) and person-name spellings."""

    places: list[tuple[str, Known]] = field(default_factory=list)
    by_key: dict[str, Known] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)   # folded capital -> ISO3
    name_units: dict[str, str] = field(default_factory=dict)
    name_roles: dict[str, str] = field(default_factory=dict)  # given | surname | unknown
    full_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, surface: str, k: Known) -> None:
        """Register a place name (the first record of a surface wins)."""
        key = fkey(surface)
        if not key:
            return
        self.places.append((surface, k))
        self.by_key.setdefault(key, k)

    def place(self, surface: str) -> Known | None:
        """The place a surface form names, if any (article-insensitive)."""
        key = fkey(surface)
        k = self.by_key.get(key)
        if k is None and key.startswith("ال"):
            k = self.by_key.get(key[2:])
        return k

    def demonym(self, word: str) -> str | None:
        """ISO3 of a nisba adjective, any gender/number, with or without ال."""
        w = fold_word(word)
        return self.demonyms.get(w) or (self.demonyms.get(w[2:]) if w.startswith("ال") else None)

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


def load_gazetteer() -> Gazetteer:
    """Read every gazetteer file once (missing files are skipped)."""
    g = Gazetteer()
    for r in _rows("gazetteer/countries.tsv"):
        iso3 = r.get("iso3") or ""
        k = Known("GPE", f"gpe-{iso3.lower()}", r.get("en") or None, iso3 or None,
                  qid=r.get("qid") or None, source="gazetteer")
        for v in {r.get("ar", "")} | set((r.get("variants") or "").split("|")):
            if v.strip():
                g.add(v.strip(), k)
        cap_ar = (r.get("capital_ar") or "").strip()
        if cap_ar and iso3:
            g.capitals[fkey(cap_ar)] = iso3
    for r in _rows("gazetteer/cities.tsv"):
        ar = r.get("ar", "")
        en = r.get("en") or None
        ciso = r.get("iso3") or None
        if not ar:
            continue
        cap: str | None = g.capitals.get(fkey(ar))
        if cap is None and r.get("kind") == "capital":
            cap = ciso
        g.add(ar, Known("GPE", f"city:{en}|{ciso or ''}", en, ciso, capital_of=cap,
                        source="gazetteer"))
    for r in _rows("gazetteer/regions_loc.tsv"):
        ar = r.get("ar", "")
        if ar:
            en = r.get("en") or None
            g.add(ar, Known("LOC", f"loc:{en}", en, r.get("iso3") or None, source="gazetteer"))
    for r in _rows("gazetteer/demonyms.tsv"):
        form, iso3 = r.get("form", ""), r.get("iso3", "")
        if form and iso3:
            g.demonyms.setdefault(fold_word(form), iso3)
    for r in _rows("gazetteer/person_names.tsv"):
        if r.get("key") and r.get("latin"):
            g.name_units.setdefault(r["key"], r["latin"])
            g.name_roles.setdefault(r["key"], r.get("role") or "unknown")
    for r in _rows("gazetteer/person_fullnames.tsv"):
        if r.get("key") and r.get("latin"):
            g.full_names.setdefault(r["key"], (r["latin"], r.get("iso2") or ""))
    return g
