"""A snapshot of the project's gazetteers as NER word features (built at training time, shipped with
the model so that later gazetteer edits cannot silently change what the model was trained on)."""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from pathlib import Path

from marsad.text import fold_word, tokenize


def _rows(path: Path) -> list[dict[str, str]]:
    """TSV rows with a header, skipping '#' comment lines."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def _norms(phrase: str) -> list[str]:
    """Folded word tokens of a phrase."""
    return [t.norm for t in tokenize(phrase) if t.is_word]


def build_gazetteer(folder: Path) -> dict[str, tuple[str, ...]]:
    """Folded word → gazetteer features from marsad/lang/ar/gazetteer (missing files are skipped)."""
    feats: dict[str, set[str]] = defaultdict(set)

    def add_place(phrase: str, kind: str) -> None:
        ws = _norms(phrase)
        if len(ws) == 1:
            feats[ws[0]].add(f"{kind}")
        elif ws:
            feats[ws[0]].add(f"{kind}>")   # first word of a multi-word place
            for w in ws[1:]:
                feats[w].add(f"{kind}+")

    if (folder / "countries.tsv").is_file():
        for r in _rows(folder / "countries.tsv"):
            for v in [r.get("ar") or ""] + (r.get("variants") or "").split("|"):
                if v:
                    add_place(v, "country")
            for v in (r.get("capital_ar") or "").split("|"):
                if v:
                    add_place(v, "capital")
    if (folder / "cities.tsv").is_file():
        for r in _rows(folder / "cities.tsv"):
            add_place(r.get("ar") or "", r.get("kind") or "city")
    if (folder / "regions_loc.tsv").is_file():
        for r in _rows(folder / "regions_loc.tsv"):
            add_place(r.get("ar") or "", "region")
    if (folder / "demonyms.tsv").is_file():
        for r in _rows(folder / "demonyms.tsv"):
            for w in _norms(r.get("form") or ""):
                feats[w].add("demonym")
    if (folder / "person_names.tsv").is_file():
        for r in _rows(folder / "person_names.tsv"):
            key = fold_word(r.get("key") or "")
            try:
                cnt = int(r.get("count") or 0)
            except ValueError:
                cnt = 0
            if " " in key or not key:
                continue
            # Frequency bands: a rare "name" is more often a common word that someone bore.
            band = min(int(math.log2(cnt + 1)), 6)
            feats[key].add(f"name:{r.get('role') or 'unknown'}")
            feats[key].add(f"name#{band}")
    return {k: tuple(sorted(v)) for k, v in feats.items()}


def write_gazetteer(path: Path, table: dict[str, tuple[str, ...]]) -> None:
    """Write the snapshot: word TAB space-separated features."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# NER gazetteer snapshot of marsad/lang/ar/gazetteer (see MODEL_CARD.md)\n")
        fh.writelines(f"{k}\t{' '.join(table[k])}\n" for k in sorted(table))


def read_gazetteer(path: Path) -> dict[str, tuple[str, ...]]:
    """Read a snapshot written by write_gazetteer."""
    out: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            k, _, v = line.rstrip("\n").partition("\t")
            out[k] = tuple(v.split())
    return out
