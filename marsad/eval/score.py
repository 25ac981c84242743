"""The evaluation: run the pipeline over gold articles and score each layer against the gold."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.eval.gold import Gold, GoldEvent, find_gold
from marsad.eval.match import (
    DATE_OVERLAP,
    EVENT_OVERLAP,
    QUOTE_OVERLAP,
    greedy_pairs,
    keys_of,
    overlap,
    participant_match,
    words,
)
from marsad.model import Arg, Document, Event
from marsad.pipeline import Pipeline, default_pipeline


@dataclass
class PRF:
    """Counts for precision / recall / F1."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def p(self) -> float:
        """Precision (1.0 when nothing was predicted and nothing was expected)."""
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def r(self) -> float:
        """Recall (1.0 when the gold is empty)."""
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        if not self.n_pred and not self.n_gold:
            return 1.0
        return 2 * self.tp / (self.n_pred + self.n_gold)

    @property
    def score(self) -> float:
        """The headline number: F1."""
        return self.f1

    def add(self, other: PRF) -> None:
        """Accumulate another document's counts."""
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def to_dict(self) -> dict[str, Any]:
        """Numbers for ``--json``."""
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "pred": self.n_pred, "gold": self.n_gold}


@dataclass
class Ratio:
    """Counts for an accuracy or a share (x of N)."""

    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """hit / total, or None when there was nothing to count."""
        return self.hit / self.total if self.total else None

    @property
    def score(self) -> float:
        """The headline number (1.0 when there was nothing to count)."""
        v = self.value
        return 1.0 if v is None else v

    def add(self, other: Ratio) -> None:
        """Accumulate another document's counts."""
        self.hit += other.hit
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        """Numbers for ``--json``."""
        v = self.value
        return {"value": None if v is None else round(v, 4), "hit": self.hit, "total": self.total}


Metric = PRF | Ratio

# Metric keys in report order, with the label printed in the table.
METRICS: tuple[tuple[str, str], ...] = (
    ("entity", "entities (type + folded name/alias)"),
    ("quote", "quotes (content overlap ≥ 0.6)"),
    ("quote+speaker", "quotes (content + speaker)"),
    ("event", "events (type + actor)"),
    ("event+args", "events (+ target, location)"),
    ("date", "dates (text)"),
    ("date_value", "date value, on matched dates"),
    ("modality", "modality, on matched events"),
    ("attribution", "attribution, on matched events"),
    ("title", "title detected"),
    ("boilerplate_removed", "boilerplate removed"),
    ("content_kept", "content kept"),
)
_PRF_KEYS = ("entity", "quote", "quote+speaker", "event", "event+args", "date")


def _empty_metrics() -> dict[str, Metric]:
    return {k: (PRF() if k in _PRF_KEYS else Ratio()) for k, _ in METRICS}


@dataclass
class DocResult:
    """One article's scores, its analysis time and its error when the analysis failed."""

    name: str
    metrics: dict[str, Metric] = field(default_factory=_empty_metrics)
    seconds: float = 0.0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Numbers for ``--json``."""
        return {"doc": self.name, "seconds": round(self.seconds, 4), "error": self.error,
                "metrics": {k: m.to_dict() for k, m in self.metrics.items()}}


@dataclass
class EvalReport:
    """Scores over a gold set: per document and micro-averaged totals, with timing."""

    docs: list[DocResult]
    seconds: float
    build_seconds: float = 0.0
    stages: tuple[str, ...] = ()

    @property
    def totals(self) -> dict[str, Metric]:
        """Micro-averaged metrics (counts summed over documents)."""
        out = _empty_metrics()
        for d in self.docs:
            for k, m in d.metrics.items():
                out[k].add(m)  # type: ignore[arg-type]
        return out

    @property
    def failed(self) -> list[DocResult]:
        """Documents whose analysis raised."""
        return [d for d in self.docs if d.error]

    @property
    def docs_per_s(self) -> float:
        """Analysis throughput."""
        return len(self.docs) / self.seconds if self.seconds > 0 else 0.0

    def scores(self) -> dict[str, float]:
        """Headline number per metric (F1, accuracy or share), as the eval gate reads them."""
        return {k: m.score for k, m in self.totals.items()}

    def to_dict(self, per_doc: bool = True) -> dict[str, Any]:
        """Everything as plain JSON-able data."""
        out: dict[str, Any] = {
            "docs": len(self.docs), "failed": [{"doc": d.name, "error": d.error}
                                              for d in self.failed],
            "seconds": round(self.seconds, 3), "build_seconds": round(self.build_seconds, 3),
            "docs_per_s": round(self.docs_per_s, 2), "stages": list(self.stages),
            "metrics": {k: m.to_dict() for k, m in self.totals.items()},
        }
        if per_doc:
            out["per_doc"] = [d.to_dict() for d in self.docs]
        return out

    def tables(self, per_doc: bool = False) -> list[Any]:
        """Rich renderables: the totals table and, optionally, one row per document."""
        from marsad.eval.table import render_tables

        return render_tables(self, per_doc)


# ---------------------------------------------------------------- participants

def _pred_surfaces(doc: Document, arg: Arg | None) -> list[str]:
    """A predicted participant's surfaces: the entity's name and mentions, else its text."""
    if arg is None:
        return []
    out: list[str] = []
    if arg.entity:
        ent = doc.entity(arg.entity)
        if ent is not None:
            out.append(ent.name)
            out.extend(m.text for m in ent.mentions)
    if arg.text:
        out.append(arg.text)
    return out


def _gold_surfaces(gold: Gold, name: str | None) -> tuple[list[str], bool]:
    """A gold participant's surfaces and whether it is a gold entity (else a description)."""
    if not name:
        return [], False
    ent = gold.entity_named(name)
    if ent is not None:
        return list(ent.surfaces), True
    return [name], False


def _arg_ok(doc: Document, gold: Gold, pred: Sequence[Arg], gold_name: str | None) -> bool:
    """A participant slot matches: both empty, or some predicted participant matches the gold."""
    if not gold_name:
        return not pred
    g, is_ent = _gold_surfaces(gold, gold_name)
    return any(participant_match(_pred_surfaces(doc, a), g, is_ent) for a in pred)


# ---------------------------------------------------------------- per layer

def _score_entities(doc: Document, gold: Gold) -> PRF:
    pred = [(e.type, keys_of([e.name, *(m.text for m in e.mentions)])) for e in doc.entities]
    gk = [(g.type, keys_of(g.surfaces)) for g in gold.entities]

    def score(i: int, j: int) -> float | None:
        (pt, pk), (gt, gks) = pred[i], gk[j]
        common = pk & gks
        if pt != gt or not common:
            return None
        return len(common) / len(pk | gks)

    return PRF(len(greedy_pairs(len(pred), len(gk), score)), len(pred), len(gk))


def _score_quotes(doc: Document, gold: Gold) -> tuple[PRF, PRF]:
    pw = [words(q.content.text) for q in doc.quotes]
    gw = [words(q.content) for q in gold.quotes]

    def content(i: int, j: int) -> float | None:
        o = overlap(pw[i], gw[j])
        return o if o >= QUOTE_OVERLAP else None

    def speaker_ok(i: int, j: int) -> bool:
        q, g = doc.quotes[i], gold.quotes[j]
        surf = _pred_surfaces(doc, Arg(q.speaker, "") if q.speaker else None)
        if q.speaker_text:
            surf.append(q.speaker_text)
        if not g.speaker:
            return not surf
        gs, is_ent = _gold_surfaces(gold, g.speaker)
        return participant_match(surf, gs, is_ent)

    def with_speaker(i: int, j: int) -> float | None:
        s = content(i, j)
        return s if s is not None and speaker_ok(i, j) else None

    n_p, n_g = len(pw), len(gw)
    return (PRF(len(greedy_pairs(n_p, n_g, content)), n_p, n_g),
            PRF(len(greedy_pairs(n_p, n_g, with_speaker)), n_p, n_g))


def _event_base(doc: Document, gold: Gold, v: Event, g: GoldEvent) -> float | None:
    """Score of a type+actor match: same type and (actor matches or evidence overlaps)."""
    if v.type != g.type:
        return None
    ev = overlap(v.evidence.text, g.evidence)
    actor = _arg_ok(doc, gold, v.actor, g.actor)
    if not actor and ev < EVENT_OVERLAP:
        return None
    return ev + (1.0 if actor else 0.0)


def _attribution_ok(doc: Document, gold: Gold, v: Event, g: GoldEvent) -> bool:
    if not g.attributed_to:
        return v.attributed_to is None
    return _arg_ok(doc, gold, (v.attributed_to,) if v.attributed_to else (), g.attributed_to)


def _score_events(doc: Document, gold: Gold) -> dict[str, Metric]:
    pv, gv = list(doc.events), list(gold.events)

    def base(i: int, j: int) -> float | None:
        return _event_base(doc, gold, pv[i], gv[j])

    def with_args(i: int, j: int) -> float | None:
        s = base(i, j)
        if s is None:
            return None
        v, g = pv[i], gv[j]
        if g.target and not _arg_ok(doc, gold, v.target, g.target):
            return None
        loc = (v.location,) if v.location else ()
        if g.location and not _arg_ok(doc, gold, loc, g.location):
            return None
        return s

    pairs = greedy_pairs(len(pv), len(gv), base)
    modality = Ratio(sum(pv[i].modality == gv[j].modality for i, j, _ in pairs), len(pairs))
    attribution = Ratio(sum(_attribution_ok(doc, gold, pv[i], gv[j]) for i, j, _ in pairs),
                        len(pairs))
    return {"event": PRF(len(pairs), len(pv), len(gv)),
            "event+args": PRF(len(greedy_pairs(len(pv), len(gv), with_args)), len(pv), len(gv)),
            "modality": modality, "attribution": attribution}


def _score_dates(doc: Document, gold: Gold) -> tuple[PRF, Ratio]:
    # Gold lists each distinct (text, value) once, so repeated predictions are merged the same way.
    seen: dict[tuple[tuple[str, ...], str | None], tuple[str, str | None]] = {}
    for d in doc.dates:
        seen.setdefault((words(d.text), d.value), (d.text, d.value))
    pred = list(seen.values())

    def score(i: int, j: int) -> float | None:
        pt, gt = pred[i][0], gold.dates[j].text
        o = overlap(pt, gt)
        pj, gj = " ".join(words(pt)), " ".join(words(gt))
        if o >= DATE_OVERLAP or (pj and gj and (pj in gj or gj in pj)):
            # Equal values break ties so that "أمس" pairs with the gold "أمس" of the same day.
            return o + (0.5 if pred[i][1] == gold.dates[j].value else 0.0)
        return None

    pairs = greedy_pairs(len(pred), len(gold.dates), score)
    value = Ratio(sum(pred[i][1] == gold.dates[j].value for i, j, _ in pairs), len(pairs))
    return PRF(len(pairs), len(pred), len(gold.dates)), value


_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _score_cleaning(doc: Document, gold: Gold) -> dict[str, Metric]:
    body = _norm(doc.text)
    # The title and subtitle leave the body for meta, so they still count as kept content.
    kept_in = "\n".join([body] + [_norm(x) for x in (doc.meta.title, doc.meta.subtitle) if x])
    removed = Ratio(sum(bool(_norm(b)) and _norm(b) not in body for b in gold.boilerplate),
                    len(gold.boilerplate))
    items: list[list[str]] = [[q.content] for q in gold.quotes]
    items += [[v.evidence] for v in gold.events if v.evidence]
    items += [list(e.surfaces) for e in gold.entities]
    kept = Ratio(sum(any(_norm(s) in kept_in for s in it) for it in items), len(items))
    title = Ratio()
    if gold.title:
        title = Ratio(int(words(doc.meta.title or "") == words(gold.title)), 1)
    return {"boilerplate_removed": removed, "content_kept": kept, "title": title}


def evaluate_doc(gold: Gold, doc: Document | None, name: str | None = None) -> DocResult:
    """Score one analysed document against its gold (``doc=None``: the analysis failed)."""
    res = DocResult(name or gold.name)
    if doc is None:
        doc = Document(text="")
        res.metrics["boilerplate_removed"] = Ratio(0, len(gold.boilerplate))
        skip_clean = True
    else:
        skip_clean = False
    m = res.metrics
    m["entity"] = _score_entities(doc, gold)
    m["quote"], m["quote+speaker"] = _score_quotes(doc, gold)
    m.update(_score_events(doc, gold))
    m["date"], m["date_value"] = _score_dates(doc, gold)
    cleaning = _score_cleaning(doc, gold)
    if skip_clean:
        cleaning.pop("boilerplate_removed")
    m.update(cleaning)
    return res


# ---------------------------------------------------------------- running

def _read_gold_text(gold: Gold) -> Document:
    """The raw document of a gold article, with the gold publication date and URL as metadata."""
    from marsad.readers import read_path

    raw = next(iter(read_path(gold.text_path)), None)
    if isinstance(raw, MarsadError):
        raise raw
    if raw is None:
        raise MarsadError(f"{gold.text_path}: the reader returned no document", code="E101")
    changes = {k: v for k, v in (("published", gold.published), ("url", gold.url)) if v}
    return raw.with_(meta=replace(raw.meta, **changes)) if changes else raw


def evaluate(golds: Sequence[Gold], pipeline: Pipeline | None = None,
             stages: Sequence[str] | None = None) -> EvalReport:
    """Analyse every gold article with the pipeline (or the named stages) and score it."""
    t0 = time.perf_counter()
    pipe = pipeline or (Pipeline.build(list(stages)) if stages is not None else default_pipeline())
    build = time.perf_counter() - t0
    results: list[DocResult] = []
    total = 0.0
    for gold in golds:
        t = time.perf_counter()
        doc: Document | None
        error = None
        try:
            doc = pipe(_read_gold_text(gold))
        except MarsadError as exc:
            doc, error = None, str(exc)
        except Exception as exc:  # noqa: BLE001 - one broken article must not stop the run
            doc, error = None, f"E300: internal error: {type(exc).__name__}: {exc}"
        dt = time.perf_counter() - t
        total += dt
        res = evaluate_doc(gold, doc)
        res.seconds, res.error = dt, error
        results.append(res)
    return EvalReport(results, total, build, pipe.names)


def evaluate_dir(path: str | Path, stages: Sequence[str] | None = None) -> EvalReport:
    """Score the default pipeline (or the named stages) on every gold file under ``path``."""
    return evaluate(find_gold(path), stages=stages)
