"""Tests of the organisation-name list fed to the NER model, the self-training helpers and the quote mark."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import numpy as np

from marsad.ner import get_tagger
from marsad.ner.data import spans
from marsad.ner.lexicon import read_lexicon
from marsad.ner.selftrain import sequence_probability
from marsad.text import fold_word, tokenize

ROOT = Path(__file__).resolve().parents[1]
ORGS = ROOT / "marsad" / "lang" / "ar" / "gazetteer" / "organizations.tsv"
KINDS = {"club", "company", "carmaker", "bank", "airline", "media", "university", "igo", "party",
         "other"}


def _rows() -> list[dict[str, str]]:
    """The data rows of organizations.tsv."""
    with open(ORGS, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def test_org_list_is_well_formed() -> None:
    first = ORGS.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and "general knowledge" in first
    rows = _rows()
    assert len(rows) >= 500
    names = [r["name_ar"] for r in rows]
    assert len(names) == len(set(names)), "one row per spelling"
    for r in rows:
        assert r["name_ar"].strip() == r["name_ar"] and r["name_ar"]
        assert r["name_en"], r
        assert r["kind"] in KINDS, r
        assert r["country"] == "" or (len(r["country"]) == 3 and r["country"].isupper()), r
        # Arabic names only: a Latin letter here is a typo
        assert not any(c.isascii() and c.isalpha() for c in r["name_ar"]), r


def test_org_list_covers_the_kinds() -> None:
    kinds = {r["kind"] for r in _rows()}
    assert kinds == KINDS


def test_shipped_lexicon_has_the_org_names() -> None:
    """The names are snapshotted into the model's lexicon as known organisation phrases."""
    _words, phrases = read_lexicon(ROOT / "marsad" / "models" / "ner_lexicon.tsv")
    for name in ("ريال مدريد", "الخطوط الجوية التركية", "جامعة القاهرة", "تويوتا", "مصر للطيران"):
        key = tuple(fold_word(w) for w in name.split())
        assert phrases.get(key) in ("kORG", "gORG", "ORG"), name


def _entities(text: str) -> list[tuple[str, str]]:
    """(type, surface) of the entities the shipped tagger finds in one sentence."""
    toks = tokenize(text)
    tags = get_tagger().tag(toks)
    return [(ty, text[toks[s].start:toks[e - 1].end]) for s, e, ty in sorted(spans(tags))]


def test_club_company_and_paper_sentences() -> None:
    """Names of the list are whole organisations (the model before the list split or missed the
    last two)."""
    assert ("ORG", "مانشستر يونايتد") in _entities("وفاز مانشستر يونايتد على ضيفه بهدفين نظيفين")
    assert ("ORG", "واشنطن بوست") in _entities("وقالت صحيفة واشنطن بوست إن الاجتماع تأجل")
    found = _entities("وأعلنت مصر للطيران استئناف رحلاتها إلى بيروت")
    assert ("ORG", "مصر للطيران") in found and ("LOC", "بيروت") in found


def test_sequence_probability_is_a_distribution() -> None:
    """The forward algorithm's normaliser: brute force over every labelling of 3 tokens."""
    tagger = get_tagger()
    texts = ["زار", "بوتين", "دمشق"]
    tags, prob = sequence_probability(tagger, texts)
    assert tags == tagger.tag(texts)
    assert 0.0 < prob <= 1.0
    em, trans = tagger._scores(texts), tagger._trans
    n_lab = len(tagger.labels)
    scores = [em[0, a] + em[1, b] + em[2, c] + trans[a, b] + trans[b, c]
              for a, b, c in itertools.product(range(n_lab), repeat=3)]
    top = max(scores)
    brute = np.exp(top - (top + np.log(np.sum(np.exp(np.array(scores) - top)))))
    assert abs(brute - prob) < 1e-9


def test_sequence_probability_empty() -> None:
    assert sequence_probability(get_tagger(), []) == ([], 1.0)


def test_quoted_flags_marks_short_quotes_only() -> None:
    """The (unshipped) quote feature marks names in short quotes, not quoted statements."""
    from marsad.ner.features import quoted_flags

    assert quoted_flags(["قالت", "«", "الشرق", "الأوسط", "»", "إن"]) == [
        False, False, True, True, False, False]
    long_quote = ["«", "هذا", "قرار", "لا", "رجعة", "فيه", "»"]
    assert not any(quoted_flags(long_quote))
    assert not any(quoted_flags(['"', "بلا", "إغلاق"]))
