"""Give an entity its canonical identity: KB first, then places, ORG head words, person names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.link import gazetteer as gz
from marsad.link.kb import KBEntry, get_kb, rank_by_date
from marsad.link.keys import name_key, reading_keys
from marsad.link.translit import transliterate


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What linking adds to an entity; ``type_override`` is set when the resource knows better."""

    name_en: str | None
    country: str | None
    role: str | None
    kb_id: str | None
    type_override: str | None = None


def link(name: str, type: str, context_title: str | None = None,
         date: str | None = None) -> LinkResult:
    """Link an entity name of type PER/ORG/GPE/LOC; ``context_title`` is a title seen with it."""
    return _link(name, type.upper(), context_title or None, date or None)


@lru_cache(maxsize=50_000)
def _link(name: str, typ: str, title: str | None, date: str | None) -> LinkResult:
    hit = _kb(name, typ, title, date)
    if hit is not None:
        return hit
    p = gz.place(name)
    if p is not None and _place_ok(p, typ):
        over = p.type if p.type != typ else None
        return LinkResult(p.en, p.iso3, None, p.qid, over)
    if typ == "ORG":
        return _org(name)
    if typ == "PER":
        return _person(name, title)
    words = name_key(name).split()
    if len(words) >= 2 and words[0] in ("العاصمه", "عاصمه"):
        # "العاصمة الجزائرية" is the capital of the country the demonym names.
        iso3, _used = _trailing_country(words[1:])
        cap = gz.get_gazetteer().capital_en.get(iso3 or "")
        if cap:
            return LinkResult(cap, iso3, None, None, "GPE" if typ != "GPE" else None)
    # An unknown place: keep a readable name and any country a demonym in it gives.
    return LinkResult(transliterate(name) or None, _trailing_country(name.split())[0], None, None)


def _kb(name: str, typ: str, title: str | None, date: str | None) -> LinkResult | None:
    """A KB match: same type preferred, then a sure match of another type."""
    kb = get_kb()
    hits = kb.lookup(name, typ, date)
    over = None
    if not hits and typ == "PER":
        # A title naming one office ("الرئيس السوري") is its holder at the article's date.
        iso3, names = _title_office(name)
        holders = kb.office_holders(iso3, names, date) if iso3 and names else []
        if holders:
            best = holders[0]
            return LinkResult(best.name_en, best.country, best.role_at(date), best.kb_id, None)
        if names:
            c = gz.country(iso3) if iso3 else None
            role = f"{names[0]} of {c.en}" if c else names[0]
            return LinkResult(role, iso3, role, None, None)
    if not hits:
        hits = kb.lookup(name, None, date)
        # A one-word person name that is also an ORG/place alias is too weak to retype.
        if not hits or (typ == "PER" and len(name_key(name).split()) < 2):
            return None
        if typ in ("GPE", "LOC") and hits[0].type == "PER":
            return None
        over = hits[0].type
    best = _prefer(hits, title, date)
    return LinkResult(best.name_en, best.country, best.role_at(date), best.kb_id, over)


def _prefer(hits: list[KBEntry], title: str | None, date: str | None) -> KBEntry:
    """Among homonyms, the one whose country/role fits the title and whose span fits the date."""
    if len(hits) == 1 or not title:
        return hits[0]
    iso3, title_en = _title_parts(title)
    ranked = rank_by_date(hits, date)

    def fit(e: KBEntry) -> int:
        s = 0
        if iso3 and e.country == iso3:
            s -= 2
        if title_en and e.role and title_en.lower() in e.role.lower():
            s -= 1
        return s

    return min(ranked, key=lambda e: (fit(e), ranked.index(e)))


def _place_ok(p: gz.PlaceEntry, typ: str) -> bool:
    """A place match is trusted for place types, and for others only when it is unambiguous."""
    if typ in ("GPE", "LOC"):
        return True
    # A country or capital used as an agent stays the place (metonymy is flagged elsewhere);
    # a small town sharing a person's or organisation's name does not retype it.
    return p.kind in ("country", "capital") or (typ == "ORG" and p.type == "LOC")


def _title_parts(title: str) -> tuple[str | None, str | None]:
    """(country, English title) of a title phrase like "الرئيس السوري" or "وزير خارجية روسيا"."""
    iso3, names = _title_office(title, whole=False)
    return iso3, names[0] if names else None


def _title_office(title: str, whole: bool = True) -> tuple[str | None, tuple[str, ...]]:
    """(country, English names of the office) of a title phrase; with ``whole`` the title
    must cover every word but the country ("الرئيس السوري", not "الرئيس السوري أحمد")."""
    words = name_key(title).split()
    iso3, used = _trailing_country(words)
    core = words[: len(words) - used] if used else words
    table = gz.titles()
    for n in range(len(core), 0, -1):
        if whole and n != len(core):
            break
        for _p, k in reading_keys(" ".join(core[:n])):
            if k in table:
                en, _kind, also = table[k]
                return iso3, (en, *also)
    return iso3, ()


def _trailing_country(words: list[str]) -> tuple[str | None, int]:
    """The country named by the last one or two words (demonym or country name) and their count."""
    for n in (2, 1):
        if len(words) < n:
            continue
        tail = " ".join(words[-n:])
        iso3 = gz.demonym(tail)
        if iso3:
            return iso3, n
        p = gz.place(tail)
        if p is not None and p.kind == "country":
            return p.iso3, n
    return None, 0


def _any_country(words: list[str]) -> str | None:
    """The first country a demonym or country name among ``words`` gives ("المفوضية الموريتانية للانتخابات")."""
    for w in words:
        iso3 = gz.demonym(w)
        if iso3:
            return iso3
    return _trailing_country(words)[0]


def _org(name: str) -> LinkResult:
    """ORG names from head words: "وزارة الخارجية الروسية" -> Russian Ministry of Foreign Affairs."""
    heads, mods, _trig = gz.org_heads()
    words = name_key(name).split()
    if not words:
        return LinkResult(None, None, None, None)
    head_en, n = None, 0
    for i in range(len(words), 0, -1):
        for _p, k in reading_keys(" ".join(words[:i])):
            if k in heads:
                head_en, n = heads[k], i
                break
        if head_en:
            break
    if head_en is None:
        return LinkResult(transliterate(name) or None, _any_country(words), None, None)
    # Arabic adjectives follow the head; English puts them before it in reverse order
    # ("الجيش السوري الحر" -> "Free Syrian Army"). A country name or a demonym gives the country.
    iso3: str | None = None
    pre: list[str] = []
    of_country = ""
    rest = words[n:]
    i = 0
    while i < len(rest):
        c2, used = _trailing_country(rest[i:i + 2]) if i + 1 < len(rest) else (None, 0)
        w_iso3: str | None
        if c2 and used == 2:
            w_iso3, step = c2, 2
        else:
            w_iso3, step = (_trailing_country([rest[i]])[0], 1)
        if w_iso3 and iso3 is None:
            iso3 = w_iso3
            c = gz.country(iso3)
            if c and c.adj_en:
                pre.append(c.adj_en)
            else:
                of_country = f" of {c.en if c else iso3}"
            i += step
            continue
        m = mods.get(rest[i])
        if m is None:
            return LinkResult(transliterate(name) or None, iso3 or _any_country(rest[i:]), None, None)
        pre.append(m)
        i += 1
    en = " ".join([*reversed(pre), head_en]) + of_country
    return LinkResult(en[:1].upper() + en[1:], iso3, None, None)


def _person(name: str, title: str | None) -> LinkResult:
    """Unknown persons: English spelling from the name tables; country and role from the title."""
    g = gz.get_gazetteer()
    en = gz.person_name_en(name)
    iso3, title_en = _title_parts(title) if title else (None, None)
    if iso3 is None:
        iso3 = g.person_country(name)
    role = None
    if title_en:
        c = gz.country(iso3) if iso3 else None
        role = f"{title_en} of {c.en}" if c and not title_en.endswith(" for") else title_en
    return LinkResult(en, iso3, role, None)


def is_metonymic_capital(surface: str) -> bool:
    """True when a surface is a country or a national capital, which can stand for a government."""
    return metonym_country(surface) is not None


def metonym_country(surface: str) -> str | None:
    """The ISO alpha-3 country whose government a capital or country name can stand for."""
    p = gz.place(surface)
    if p is None:
        return None
    if p.kind == "country":
        return p.iso3
    if p.kind == "capital" or p.capital_of:
        return p.capital_of or p.iso3
    return None


def capitals() -> dict[str, str]:
    """Folded capital name -> ISO alpha-3 of its country."""
    return dict(gz.get_gazetteer().capitals)
