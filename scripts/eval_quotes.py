"""Quick quote evaluation on the dev gold: content F1 and content+speaker F1 (and via accuracy).

Usage: .venv/bin/python scripts/eval_quotes.py [DIR] [--entities none|gold|pipeline] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.model import Document, Entity, Meta, Sentence, Span
from marsad.quotes import extract_quotes
from marsad.text import fold_word, split_sentences

STRICT = False
_STOP = {"في", "عن", "من", "باسم", "علي", "الي", "و"}


def words(s: str) -> list[str]:
    """Folded word tokens (punctuation dropped)."""
    return [fold_word(w) for w in re.findall(r"\w+", s)]


def overlap(a: str, b: str) -> float:
    """|common tokens| / max(len) of two strings."""
    wa, wb = Counter(words(a)), Counter(words(b))
    if not wa or not wb:
        return 0.0
    return sum((wa & wb).values()) / max(sum(wa.values()), sum(wb.values()))


def same_speaker(preds: list[str], golds: list[str]) -> bool:
    """Fold-equal or token overlap between any predicted and any gold speaker string."""
    for p in preds:
        sp = {w for w in words(p) if len(w) > 1 and w not in _STOP}
        for g in golds:
            sg = {w for w in words(g) if len(w) > 1 and w not in _STOP}
            if words(p) == words(g):
                return True
            com = sp & sg
            if com and len(com) / min(len(sp), len(sg)) >= 0.5:
                return True
    return False


def gold_entities(text: str, gold: dict[str, Any]) -> tuple[Entity, ...]:
    """Oracle entities: every occurrence of each gold name/alias, longest first, no overlaps."""
    forms: list[tuple[str, int]] = []
    for k, e in enumerate(gold["entities"]):
        for f in [e["name"], *e.get("aliases", [])]:
            if f:
                forms.append((f, k))
    forms.sort(key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    mentions: dict[int, list[Span]] = {}
    for f, k in forms:
        for mt in re.finditer(re.escape(f), text):
            s, e = mt.start(), mt.end()
            if any(taken[s:e]):
                continue
            if e < len(text) and text[e].isalpha() and not f.endswith(("ة",)):
                continue
            for i in range(s, e):
                taken[i] = True
            mentions.setdefault(k, []).append(Span(s, e, f))
    out = []
    for k, e in enumerate(gold["entities"]):
        if k in mentions:
            out.append(Entity(id=f"e{k + 1}", type=e["type"], name=e["name"],
                              mentions=tuple(sorted(mentions[k], key=lambda m: m.start)),
                              name_en=e.get("en")))
    return tuple(out)


def build(txt: Path, gold: dict[str, Any], mode: str) -> Document:
    """The document for one article under an entity mode."""
    text = txt.read_text(encoding="utf-8")
    meta = Meta(title=None, published=gold.get("published"), source=gold.get("source"))
    if mode == "pipeline":
        from marsad.model import Document as D
        from marsad.pipeline import Pipeline
        pipe = Pipeline.build([n for n in ("clean", "segment", "entities") if _has(n)])
        doc = pipe(D(text=text, meta=meta))
        return doc
    sents = tuple(Sentence(s, e) for s, e in split_sentences(text))
    ents = gold_entities(text, gold) if mode == "gold" else ()
    return Document(text=text, meta=meta, sentences=sents, entities=ents)


def _has(name: str) -> bool:
    from marsad import registry
    return name in registry.registered()


def evaluate(dirpath: Path, mode: str, verbose: bool = False) -> dict[str, float]:
    """Score every article of ``dirpath``."""
    tp_c = tp_s = tp_v = n_pred = n_gold = 0
    for gj in sorted(dirpath.glob("*.json")):
        gold = json.loads(gj.read_text(encoding="utf-8"))
        doc = build(gj.with_suffix(".txt"), gold, mode)
        preds = extract_quotes(doc)
        ents = {e.id: e for e in doc.entities}
        gq = gold["quotes"]
        n_pred += len(preds)
        n_gold += len(gq)
        pairs = sorted(((overlap(p.content.text, g["content"]), i, j)
                        for i, p in enumerate(preds) for j, g in enumerate(gq)), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        matched: dict[int, int] = {}
        for ov, i, j in pairs:
            if ov < 0.6:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            matched[j] = i
        for j, g in enumerate(gq):
            if j not in matched:
                if verbose:
                    print(f"  MISS {gj.stem[:18]} [{g['kind'][:3]}] {g['speaker']} | {g['cue']} | {g['content'][:90]}")
                continue
            p = preds[matched[j]]
            tp_c += 1
            golds = [g["speaker"]]
            for ge in gold["entities"]:
                if ge["name"] == g["speaker"]:
                    golds += ge.get("aliases", [])
            ps = [p.speaker_text or ""]
            if p.speaker and p.speaker in ents:
                e = ents[p.speaker]
                ps += [e.name] + [m.text for m in e.mentions]
            if STRICT:
                from marsad.eval.match import participant_match
                is_ent = any(ge["name"] == g["speaker"] for ge in gold["entities"])
                ok = participant_match([x for x in ps if x], golds, is_ent)
            else:
                ok = bool(p.speaker_text) and same_speaker(ps, golds)
            tp_s += ok
            vias_ok = len(p.via) == len(g["via"]) and all(
                same_speaker([v.text] + ([ents[v.entity].name] if v.entity in ents else []), [gv])
                for v, gv in zip(p.via, g["via"]))
            tp_v += ok and vias_ok
            if verbose and not ok:
                print(f"  SPK  {gj.stem[:18]} gold={g['speaker']!r} pred={p.speaker_text!r} | {g['content'][:60]}")
            elif verbose and not vias_ok:
                print(f"  VIA  {gj.stem[:18]} gold={g['via']} pred={[v.text for v in p.via]} | {g['content'][:60]}")
        if verbose:
            for i, p in enumerate(preds):
                if i not in used_p:
                    print(f"  FP   {gj.stem[:18]} [{p.kind[:3]}] {p.speaker_text} | {p.cue.text if p.cue else ''} | {p.content.text[:90]}")

    def f1(tp: int) -> float:
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        return 2 * pr * rc / (pr + rc) if pr + rc else 0.0

    return {"pred": n_pred, "gold": n_gold, "content_tp": tp_c, "content_f1": round(f1(tp_c), 3),
            "speaker_f1": round(f1(tp_s), 3), "speaker_via_f1": round(f1(tp_v), 3),
            "content_p": round(tp_c / max(n_pred, 1), 3), "content_r": round(tp_c / max(n_gold, 1), 3)}


def main() -> None:
    """CLI entry."""
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="../shared/data/articles/dev")
    ap.add_argument("--entities", default="gold", choices=["none", "gold", "pipeline"])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--strict", action="store_true", help="speaker matching of marsad.eval")
    a = ap.parse_args()
    global STRICT
    STRICT = a.strict
    print(json.dumps(evaluate(Path(a.dir), a.entities, a.verbose), ensure_ascii=False))


if __name__ == "__main__":
    main()
