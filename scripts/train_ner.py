"""Train the NER CRF on ANERcorp (dev = last 10% of sentences), print dev scores, write marsad/models."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.ner.data import format_scores, map_tag, read_conll, score, split_dev  # noqa: E402
from marsad.ner.features import DEFAULT_CONFIG, Featurizer, default_clusters, load_cues  # noqa: E402
from marsad.ner.lexicon import build_phrases, build_word_lexicon, write_lexicon  # noqa: E402
from marsad.ner.tagger import CONFIG_NAME, WEIGHTS_NAME, NerTagger, export_weights  # noqa: E402

MODEL_NAME = "ner.crfsuite"

DATA = ROOT.parent / "shared" / "data" / "ner"
CONLL = DATA / "anercorp-train.conll"
WOJOOD = DATA / "wojood-sample"
MODELS = ROOT / "marsad" / "models"

# Wojood's outer layer mapped onto ANERcorp's types; every other type becomes O.
_WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def read_wojood() -> list[list[tuple[str, str]]]:
    """The Wojood sample (train + val), outer layer only, mapped to PER/ORG/LOC."""
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
    return sents


def parse_set(items: list[str]) -> dict[str, Any]:
    """key=value overrides of the feature config (ints, true/false)."""
    out: dict[str, Any] = {}
    for it in items:
        k, _, v = it.partition("=")
        out[k] = (v.lower() == "true") if v.lower() in ("true", "false") else int(v)
    return out


def main() -> None:
    """Train, score on the dev split, and write the model files."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODELS, help="output folder")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--set", nargs="*", default=[], help="feature config overrides, key=value")
    ap.add_argument("--wojood", action="store_true", help="add the mapped Wojood sample to training")
    args = ap.parse_args()
    t0 = time.time()
    config = dict(DEFAULT_CONFIG)
    config.update(parse_set(args.set))
    train, dev = split_dev(read_conll(CONLL))
    if args.wojood:
        train = train + read_wojood()
    clusters = default_clusters() if config.get("clusters") else {}
    cues = load_cues() if config.get("cues") else {}
    trainer = pycrfsuite.Trainer(verbose=False)
    folds = int(config.get("lexicon", 0))
    if folds:
        # Jackknife: each fold's lexicon features come from the other folds only, so the model
        # sees lexicon coverage as it will be on unseen text, not the 100% of its own data.
        size = -(-len(train) // folds)
        for k in range(folds):
            rest = train[:k * size] + train[(k + 1) * size:]
            feat = Featurizer(config, clusters, cues, build_word_lexicon(rest), build_phrases(rest))
            for sent in train[k * size:(k + 1) * size]:
                trainer.append(feat.sentence([w for w, _ in sent]), [t for _, t in sent])
    else:
        feat = Featurizer(config, clusters, cues)
        for sent in train:
            trainer.append(feat.sentence([w for w, _ in sent]), [t for _, t in sent])
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
                        "feature.possible_transitions": True})
    print(f"{len(train)} train / {len(dev)} dev sentences; config {config}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        model_path = Path(tmp) / MODEL_NAME
        trainer.train(str(model_path))
        t_train = time.time() - t0
        meta: dict[str, Any] = {
            "weights": WEIGHTS_NAME,
            "clusters": "ner_clusters.tsv" if clusters else None,
            "lexicon": "ner_lexicon.tsv" if folds else None,
            "config": config,
            "labels": sorted({t for s in train for _, t in s}),
            "train": {"data": "ANERcorp train file, first 90% of sentences"
                              + (" + Wojood sample" if args.wojood else ""),
                      "sentences": len(train), "c1": args.c1, "c2": args.c2,
                      "iterations": args.iters},
        }
        args.out.mkdir(parents=True, exist_ok=True)
        export_weights(model_path, args.out / WEIGHTS_NAME)
    if folds:
        write_lexicon(args.out / "ner_lexicon.tsv", build_word_lexicon(train), build_phrases(train))
    if clusters and args.out.resolve() != MODELS.resolve():
        shutil.copy(MODELS / "ner_clusters.tsv", args.out / "ner_clusters.tsv")
    (args.out / CONFIG_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    tagger = NerTagger.load(args.out)
    pred = [tagger._tag_seq([w for w, _ in s]) for s in dev]
    res = score([[t for _, t in s] for s in dev], pred)
    meta["dev"] = {k: {m: round(v[m], 4) for m in ("p", "r", "f1", "n")} for k, v in res.items()}
    (args.out / CONFIG_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    print(format_scores(res))
    size = (args.out / WEIGHTS_NAME).stat().st_size / 1e6
    print(f"train {t_train:.0f}s, total {time.time() - t0:.0f}s, model {size:.1f} MB")


if __name__ == "__main__":
    main()
