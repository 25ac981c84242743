"""Development aid: list matched, missed and spurious events per dev article (uses the scorer's matching)."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from marsad.eval.gold import find_gold
from marsad.eval.match import greedy_pairs
from marsad.eval.score import _event_base, _read_gold_text
from marsad.pipeline import Pipeline, default_pipeline

CACHE = Path("/tmp/marsad-events-debug.pkl")


def main() -> None:
    """Print per-document event diagnostics; ``--cache`` reuses the docs up to quotes."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gold_dir = args[0] if args else "../shared/data/articles/dev"
    golds = find_gold(gold_dir)
    if "--cache" in sys.argv and CACHE.exists():
        pre = pickle.loads(CACHE.read_bytes())
    else:
        upto = Pipeline.build(["clean", "segment", "entities", "dates", "quotes"])
        pre = [upto(_read_gold_text(g)) for g in golds]
        CACHE.write_bytes(pickle.dumps(pre))
    ev_stage = Pipeline.build(["events"], assume=("entities", "quotes", "dates"))
    tp = npred = ngold = 0
    for gold, doc in zip(golds, pre):
        doc = ev_stage(doc)
        pv, gv = list(doc.events), list(gold.events)
        pairs = greedy_pairs(len(pv), len(gv), lambda i, j: _event_base(doc, gold, pv[i], gv[j]))
        tp += len(pairs); npred += len(pv); ngold += len(gv)
        print(f"=== {gold.text_path.name}: {len(pairs)} matched / {len(pv)} pred / {len(gv)} gold")
        mp = {i for i, _, _ in pairs}
        mg = {j for _, j, _ in pairs}
        for j, g in enumerate(gv):
            if j not in mg:
                print(f"  MISS {g.type:9} {g.modality:12} actor={g.actor} | {g.evidence}")
        for i, v in enumerate(pv):
            if i not in mp:
                act = [a.text for a in v.actor]
                print(f"  FP   {v.type:9} {v.modality:12} [{v.trigger.text}] actor={act} | {v.evidence.text}")
    print(f"TOTAL tp={tp} pred={npred} gold={ngold} P={tp/max(npred,1):.3f} R={tp/max(ngold,1):.3f}")


if __name__ == "__main__":
    main()
