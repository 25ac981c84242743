"""Train the NER CRF on ANERcorp (dev = last 10% of sentences), print dev scores, write marsad/models."""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.link.kb import get_kb
from marsad.ner.data import format_scores, map_tag, read_conll, score, split_dev
from marsad.ner.features import DEFAULT_CONFIG, Featurizer, load_clusters, load_cues
from marsad.ner.gazetteer import build_gazetteer, write_gazetteer
from marsad.ner.lexicon import build_phrases, build_word_lexicon, write_lexicon
from marsad.ner.selftrain import silver
from marsad.ner.tagger import CONFIG_NAME, WEIGHTS_NAME, NerTagger, export_weights
from marsad.text import fold_word, tokenize

MODEL_NAME = "ner.crfsuite"
DOC_SENTS = 10
WARM_FORMS = 30_000
UNLABELED = ROOT.parent / "shared" / "data" / "unlabeled" / "ant-jawharafm.jsonl.gz"
# The shipped model's feature groups on top of DEFAULT_CONFIG (the ablation is in MODEL_CARD.md).
# Self-training (`--set silver=3000 silver_prob=95`) is available but not shipped: it did not help.
SHIPPED = {"lexicon": 5, "char_ngrams": 3, "gazetteer": True, "kb_phrases": 2, "org_list": 1}

DATA = ROOT.parent / "shared" / "data" / "ner"
CONLL = DATA / "anercorp-train.conll"
WOJOOD = DATA / "wojood-sample"
MODELS = ROOT / "marsad" / "models"
GAZETTEER = ROOT / "marsad" / "lang" / "ar" / "gazetteer"

# Wojood's outer layer mapped onto ANERcorp's types; every other type becomes O.
_WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def read_wojood(per_org_only: bool = False) -> list[list[tuple[str, str]]]:
    """The Wojood sample (train + val), outer layer only, mapped to PER/ORG/LOC (or PER/ORG only,
    keeping just the sentences without places, whose conventions differ from ANERcorp's)."""
    sents: list[list[tuple[str, str]]] = []
    for name in ("train.txt", "val.txt"):
        cur: list[tuple[str, str]] = []
        for line in (WOJOOD / name).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            tag = parts[1] if len(parts) > 1 else "O"
            bio, _, typ = tag.partition("-")
            mapped = _WOJOOD_MAP.get(typ)
            cur.append((parts[0], map_tag(f"{bio}-{mapped}") if mapped else "O"))
        if cur:
            sents.append(cur)
    if per_org_only:
        sents = [s for s in sents if not any(t.endswith("LOC") for _, t in s)]
    return sents


def kb_phrases(level: int, org_list: int = 0) -> dict[tuple[str, ...], str]:
    """Known names as extra phrases typed kPER/kORG/kLOC: 1 = the actor KB, 2 = + Wikidata full
    names (person_fullnames.tsv); ``org_list`` adds gazetteer/organizations.tsv (1 = typed kORG
    like the KB's organisations, 2 = its own type gORG). They join the lexicon's phrases, so they
    are snapshotted in ner_lexicon.tsv and later KB edits cannot shift the trained model's
    features."""
    out: dict[tuple[str, ...], str] = {}
    tmap = {"PER": "kPER", "ORG": "kORG", "GPE": "kLOC", "LOC": "kLOC"}
    for e in get_kb().entries:
        typ = tmap.get(e.type)
        if not typ:
            continue
        for n in (e.name, *e.aliases):
            key = tuple(t.norm for t in tokenize(n) if t.is_word)
            if key and len(key) <= 6:
                out.setdefault(key, typ)
    if level >= 2:
        _add_fullnames(out)
    if org_list:
        _add_organizations(out, "kORG" if org_list == 1 else "gORG")
    return out


def _add_fullnames(out: dict[tuple[str, ...], str]) -> None:
    """Multi-word Wikidata full names (person_fullnames.tsv) as kPER phrases."""
    with open(GAZETTEER / "person_fullnames.tsv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for r in rows:
            key = tuple(fold_word(w) for w in (r.get("key") or "").split())
            if len(key) >= 2:
                out.setdefault(key, "kPER")


def _add_organizations(out: dict[tuple[str, ...], str], typ: str) -> None:
    """Organisation names of gazetteer/organizations.tsv (clubs, companies, media, ...) as ``typ``
    phrases; names the KB already types keep the KB's type."""
    with open(GAZETTEER / "organizations.tsv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for r in rows:
            key = tuple(t.norm for t in tokenize(r.get("name_ar") or "") if t.is_word)
            if key and len(key) <= 6:
                out.setdefault(key, typ)


def add_sentences(trainer: pycrfsuite.Trainer, feat: Featurizer,
                  sents: list[list[tuple[str, str]]]) -> None:
    """Append training sequences."""
    for sent in sents:
        trainer.append(feat.sentence([w for w, _ in sent]), [t for _, t in sent])


def frequent_forms(n: int) -> list[str]:
    """The n most frequent token forms (words only) of the unlabelled news corpus."""
    counts: Counter[str] = Counter()
    with gzip.open(UNLABELED, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            counts.update(t.text for t in tokenize(f"{art.get('title') or ''}\n{art.get('text') or ''}"))
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def parse_set(items: list[str]) -> dict[str, Any]:
    """key=value overrides of the feature config (ints, true/false)."""
    out: dict[str, Any] = {}
    for it in items:
        k, _, v = it.partition("=")
        out[k] = (v.lower() == "true") if v.lower() in ("true", "false") else int(v)
    return out


@dataclass
class Resources:
    """What the featurizer needs besides the training lexicon."""

    config: dict[str, Any]
    clusters: dict[str, tuple[str, ...]]
    cues: dict[str, str]
    gaz: dict[str, tuple[str, ...]]
    extra: dict[tuple[str, ...], str]


def fit_and_write(out: Path, res: Resources, train: list[list[tuple[str, str]]],
                  silver_sents: list[list[tuple[str, str]]], args: argparse.Namespace,
                  data: str) -> dict[str, Any]:
    """Train a CRF on ``train`` (jackknifed lexicon features) plus ``silver_sents`` and write the
    model files (without the frequent-word table) to ``out``; returns the config metadata."""
    config, clusters, cues, gaz, extra = res.config, res.clusters, res.cues, res.gaz, res.extra
    trainer = pycrfsuite.Trainer(verbose=False)
    folds = int(config.get("lexicon", 0))
    if folds:
        # Jackknife: each fold's lexicon features come from the other folds only, so the model
        # sees lexicon coverage as it will be on unseen text, not the 100% of its own data.
        size = -(-len(train) // folds)
        for k in range(folds):
            rest = train[:k * size] + train[(k + 1) * size:]
            feat = Featurizer(config, clusters, cues, build_word_lexicon(rest),
                              {**extra, **build_phrases(rest)}, gaz)
            add_sentences(trainer, feat, train[k * size:(k + 1) * size])
        if silver_sents:
            # unseen text: the full training lexicon, as at run time
            add_sentences(trainer, Featurizer(config, clusters, cues, build_word_lexicon(train),
                                              {**extra, **build_phrases(train)}, gaz),
                          silver_sents)
    else:
        add_sentences(trainer, Featurizer(config, clusters, cues, gazetteer=gaz),
                      train + silver_sents)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
                        "feature.possible_transitions": True})
    meta: dict[str, Any] = {
        "weights": WEIGHTS_NAME,
        "clusters": "ner_clusters.tsv" if clusters else None,
        "lexicon": "ner_lexicon.tsv" if folds else None,
        "gazetteer": "ner_gazetteer.tsv" if gaz else None,
        "cues": "ner_cues.json" if cues else None,
        "config": config,
        "labels": sorted({t for s in train for _, t in s}),
        "train": {"data": data, "sentences": len(train) + len(silver_sents), "c1": args.c1,
                  "c2": args.c2, "iterations": args.iters},
    }
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        model_path = Path(tmp) / MODEL_NAME
        trainer.train(str(model_path))
        export_weights(model_path, out / WEIGHTS_NAME)
    if folds:
        write_lexicon(out / "ner_lexicon.tsv", build_word_lexicon(train),
                      {**extra, **build_phrases(train)})
    if cues:
        # A snapshot, so that later edits of ner_cues.yaml cannot shift the trained model's features.
        (out / "ner_cues.json").write_text(
            json.dumps(cues, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
    if gaz:
        write_gazetteer(out / "ner_gazetteer.tsv", gaz)
    if clusters and args.clusters.resolve() != (out / "ner_clusters.tsv").resolve():
        shutil.copy(args.clusters, out / "ner_clusters.tsv")
    (out / CONFIG_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return meta


def main() -> None:
    """Train, score on the dev split, and write the model files."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODELS, help="output folder")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--set", nargs="*", default=[], help="feature config overrides, key=value")
    ap.add_argument("--clusters", type=Path, default=MODELS / "ner_clusters.tsv",
                    help="cluster table (scripts/build_clusters.py)")
    ap.add_argument("--wojood", action="store_true", help="add the mapped Wojood sample to training")
    ap.add_argument("--wojood-po", action="store_true", help="add Wojood PER/ORG-only sentences")
    ap.add_argument("--no-warm", action="store_true",
                    help="skip the frequent-word table (faster experiments; scores are the same)")
    args = ap.parse_args()
    t0 = time.time()
    config = dict(DEFAULT_CONFIG)
    config.update(SHIPPED)
    config.update(parse_set(args.set))
    train, dev = split_dev(read_conll(CONLL))
    if args.wojood:
        train = train + read_wojood()
    if args.wojood_po:
        train = train + read_wojood(per_org_only=True)
    clusters = load_clusters(args.clusters) if config.get("clusters") else {}
    cues = load_cues() if config.get("cues") else {}
    gaz = build_gazetteer(GAZETTEER) if config.get("gazetteer") else {}
    # Known-name phrases go to every fold: they come from outside the training data.
    extra = (kb_phrases(int(config.get("kb_phrases", 0)), int(config.get("org_list", 0)))
             if config.get("kb_phrases") or config.get("org_list") else {})
    resources = Resources(config, clusters, cues, gaz, extra)
    data = "ANERcorp train file, first 90% of sentences" + (
        " + Wojood sample" if args.wojood else "") + (
        " + Wojood PER/ORG-only sentences" if args.wojood_po else "")
    print(f"{len(train)} train / {len(dev)} dev sentences; config {config}", flush=True)
    silver_sents: list[list[tuple[str, str]]] = []
    n_silver = int(config.get("silver", 0))
    if n_silver:
        # Self-training: a first model (same data and features) tags unlabelled news; the
        # sentences it is surest about join the training data of the model that ships.
        with tempfile.TemporaryDirectory() as tmp:
            fit_and_write(Path(tmp), resources, train, [], args, data)
            teacher = NerTagger.load(Path(tmp))
            silver_sents = silver(teacher, UNLABELED, n_silver,
                                  int(config.get("silver_prob", 90)) / 100,
                                  int(config.get("silver_articles", 10_000)))
        data += f" + {len(silver_sents)} self-labelled ANT (Jawhara FM) sentences"
        print(f"teacher done ({time.time() - t0:.0f}s); {len(silver_sents)} silver sentences",
              flush=True)
    meta = fit_and_write(args.out, resources, train, silver_sents, args, data)
    t_train = time.time() - t0
    tagger = NerTagger.load(args.out)
    # Frequent word forms of real news get their score vectors precomputed (a shipped cache).
    if not args.no_warm:
        forms = frequent_forms(WARM_FORMS)
        tagger.export_warm(forms, args.out / "ner_warm.npz")
        meta["warm"] = "ner_warm.npz"
        (args.out / CONFIG_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        tagger = NerTagger.load(args.out)
    pred = [tagger.tag([w for w, _ in s]) for s in dev]
    res = score([[t for _, t in s] for s in dev], pred)
    meta["dev"] = {k: {m: round(v[m], 4) for m in ("p", "r", "f1", "n")} for k, v in res.items()}
    (args.out / CONFIG_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    print("dev, sentence by sentence:")
    print(format_scores(res))
    # Document consistency measured on pseudo-documents of DOC_SENTS consecutive dev sentences
    # (ANERcorp has no article boundaries; a news article is about this long).
    doc_pred: list[list[str]] = []
    for i in range(0, len(dev), DOC_SENTS):
        chunk = dev[i:i + DOC_SENTS]
        doc_pred += tagger.tag_sentences([[w for w, _ in s] for s in chunk])
    res_doc = score([[t for _, t in s] for s in dev], doc_pred)
    meta["dev_doc"] = {k: {m: round(v[m], 4) for m in ("p", "r", "f1", "n")}
                       for k, v in res_doc.items()}
    (args.out / CONFIG_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    print(f"dev, with document consistency over {DOC_SENTS}-sentence chunks:")
    print(format_scores(res_doc))
    size = (args.out / WEIGHTS_NAME).stat().st_size / 1e6
    print(f"train {t_train:.0f}s, total {time.time() - t0:.0f}s, model {size:.1f} MB")


if __name__ == "__main__":
    main()
