"""Tests of the shipped NER model: loading, hand-written sentences, consistency, a quality gate."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.ner import NerTagger, get_tagger
from marsad.ner.consistency import propagate
from marsad.ner.data import read_conll, score, spans, split_dev
from marsad.text import tokenize

CONLL = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner" / "anercorp-train.conll"
# Pinned a little under the measured held-out micro-F1 of the shipped model (see MODEL_CARD.md):
# sentence by sentence, and as the pipeline tags (documents, here article-sized chunks of
# consecutive held-out sentences, with document consistency).
DEV_MICRO_F1_FLOOR = 0.79
DEV_DOC_MICRO_F1_FLOOR = 0.80
DOC_CHUNKS = (5, 10, 20, 30)


def entities(text: str) -> list[tuple[str, str]]:
    """(type, surface) of the entities the shipped tagger finds in one sentence."""
    toks = tokenize(text)
    tags = get_tagger().tag(toks)
    return [(ty, text[toks[s].start:toks[e - 1].end]) for s, e, ty in sorted(spans(tags))]


def test_loads_once() -> None:
    assert get_tagger() is get_tagger()
    assert {"B-PER", "I-PER", "B-LOC", "B-ORG", "O"} <= set(get_tagger().labels)


def test_person_and_place() -> None:
    found = entities("التقى الرئيس الفرنسي إيمانويل ماكرون في باريس")
    assert ("PER", "إيمانويل ماكرون") in found
    assert ("LOC", "باريس") in found


@pytest.mark.parametrize("text, expected", [
    ("وصل وزير الخارجية الأمريكي إلى بغداد أمس", ("LOC", "بغداد")),
    ("وقال الرئيس السوري بشار الأسد إن الحرب لن تنتهي", ("PER", "بشار الأسد")),
    ("وأعلنت وزارة الخارجية الروسية أن الوفد سيزور القاهرة", ("LOC", "القاهرة")),
])
def test_sentences(text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(text)


def test_clitic_forms() -> None:
    found = entities("واجتمع الوفد بموسكو مع مسؤولين من لبنان")
    assert ("LOC", "لبنان") in found
    assert any(ty == "LOC" and "موسكو" in s for ty, s in found)


def test_no_entities_in_plain_sentence() -> None:
    assert entities("وأضاف أن الاجتماع كان مفيدا جدا") == []


def test_empty_and_tokens_kinds() -> None:
    t = get_tagger()
    assert t.tag([]) == []
    toks = tokenize("زار بوتين دمشق . ثم عاد")
    assert t.tag(toks) == t.tag([x.text for x in toks])
    assert len(t.tag(toks)) == len(toks)


def test_fast_scores_match_feature_sums() -> None:
    """The cached per-word score path equals summing the weights of the training-time features."""
    t = get_tagger()
    words = [x.text for x in tokenize("قال المتحدث باسم الأمم المتحدة في نيويورك إن غوتيريش سيزور")]
    fast = t._scores(words)
    slow = np.array([t._vec(f) for f in t.featurizer.sentence(words)])
    assert np.allclose(fast, slow)


def test_consistency_propagates_names() -> None:
    norms = [["التقي", "فلاديمير", "بوتين", "امس"], ["وقال", "بوتين", "ان"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O"]]
    out = propagate(norms, tags)
    assert out[1] == ["O", "B-PER", "O"]
    assert out[0] == tags[0]


def test_consistency_clitic_and_no_overwrite() -> None:
    norms = [["زار", "موسكو"], ["في", "بموسكو", "الحزب"]]
    tags = [["O", "B-LOC"], ["O", "O", "B-ORG"]]
    assert propagate(norms, tags)[1] == ["O", "B-LOC", "B-ORG"]


def test_tag_sentences_document() -> None:
    t = get_tagger()
    sents = [tokenize("وصل الرئيس الروسي فلاديمير بوتين إلى دمشق ."), tokenize("وقال بوتين للصحفيين")]
    tags = t.tag_sentences(sents)
    assert [len(x) for x in tags] == [len(s) for s in sents]
    assert tags[1][1] == "B-PER"


@pytest.mark.skipif(not CONLL.is_file(), reason="ANERcorp training file not available")
def test_quality_gate_on_held_out_split() -> None:
    _train, dev = split_dev(read_conll(CONLL))
    t = NerTagger.load()
    pred = [t.tag([w for w, _ in s]) for s in dev]
    res = score([[tag for _, tag in s] for s in dev], pred)
    assert res["micro"]["f1"] >= DEV_MICRO_F1_FLOOR, res["micro"]


@pytest.mark.skipif(not CONLL.is_file(), reason="ANERcorp training file not available")
@pytest.mark.parametrize("chunk", DOC_CHUNKS)
def test_quality_gate_with_document_consistency(chunk: int) -> None:
    """ANERcorp has no article boundaries; articles run about 15 sentences, so consecutive chunks
    of 5 to 30 held-out sentences stand for documents (tag_sentences, as the entities stage)."""
    _train, dev = split_dev(read_conll(CONLL))
    t = NerTagger.load()
    pred: list[list[str]] = []
    for i in range(0, len(dev), chunk):
        pred += t.tag_sentences([[w for w, _ in s] for s in dev[i:i + chunk]])
    res = score([[tag for _, tag in s] for s in dev], pred)
    assert res["micro"]["f1"] >= DEV_DOC_MICRO_F1_FLOOR, res["micro"]


def test_propagation_tie_goes_to_the_first_type_seen_whatever_the_hash_seed() -> None:
    """A phrase tagged ORG then PER in one sentence: its untagged recurrence takes ORG, the first
    seen, in every process (the spans of a sentence are a set; its order follows the hash seed)."""
    import os
    import subprocess
    import sys

    code = ("from marsad.ner.consistency import propagate;"
            "print(propagate([['هوتان', 'و', 'هوتان'], ['لهوتان']], [['B-ORG', 'O', 'B-PER'], ['O']])[1])")
    results = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        results.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                   check=True).stdout.strip())
    assert results == {"['B-ORG']"}
