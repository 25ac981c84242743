"""Score events on single annotated sentences (JSONL: text + gold events with surface participants).

A line: ``{"id": …, "text": …, "events": [{"type", "trigger", "actor": [..], "target": [..],
"location": str | null, "modality"}]}``; participants are written as they appear in the text.
A predicted event matches a gold one of the same type whose trigger its evidence overlaps
(a verb and its noun, "وقع … اتفاقا", tell one event).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.eval.match import greedy_pairs, participant_match
from marsad.eval.score import PRF, Ratio, _pred_surfaces
from marsad.events.merge import MUTUAL_ACTS
from marsad.model import Arg, Document, Event

SENTENCE_METRICS: tuple[tuple[str, str], ...] = (
    ("event", "events (type + trigger)"),
    ("event+actor", "events (+ actor)"),
    ("event+args", "events (+ actor, target, location)"),
    ("modality", "modality, on matched events"),
    ("quiet", "sentences without events left without"),
)


@dataclass
class SentenceReport:
    """Totals over the sentences, per-type event F1 and the sentences that went wrong."""

    event: PRF = field(default_factory=PRF)
    event_actor: PRF = field(default_factory=PRF)
    event_args: PRF = field(default_factory=PRF)
    modality: Ratio = field(default_factory=Ratio)
    quiet: Ratio = field(default_factory=Ratio)
    per_type: dict[str, PRF] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, PRF | Ratio]:
        """The metrics by their ``SENTENCE_METRICS`` key."""
        return {"event": self.event, "event+actor": self.event_actor, "event+args": self.event_args,
                "modality": self.modality, "quiet": self.quiet}

    def to_dict(self) -> dict[str, Any]:
        """Plain numbers, for ``--json`` and tests."""
        return {"totals": {k: m.to_dict() for k, m in self.totals.items()},
                "per_type": {k: m.to_dict() for k, m in sorted(self.per_type.items())}}


def read_sentences(path: Path) -> list[dict[str, Any]]:
    """The annotated sentences of a JSONL file (E100 when a line is not one)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as err:
            raise InputError(f"{path}:{n}: not JSON ({err})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("events"), list):
            raise InputError(f"{path}:{n}: an annotated sentence needs text and events")
        out.append(rec)
    return out


def _trigger_span(text: str, trigger: str) -> tuple[int, int]:
    at = text.find(trigger)
    return (at, at + len(trigger)) if at >= 0 else (-1, -1)


def _slot_ok(doc: Document, pred: Sequence[Arg | None], gold: Sequence[str], strict: bool) -> bool:
    """Every gold participant is matched by a predicted one (both empty when ``strict``)."""
    if not gold:
        return not pred or not strict
    return all(any(participant_match(_pred_surfaces(doc, a), [g], False) for a in pred) for g in gold)


def acts(events: Sequence[Event]) -> list[Event]:
    """Events of one trigger read back as one act with all its participants: marsad states one
    event per actor and target, a sentence record lists them together."""
    out: list[Event] = []
    at: dict[tuple[str, int, int], int] = {}
    for ev in events:
        key = (ev.type, ev.trigger.start, ev.trigger.end)
        if key not in at:
            at[key] = len(out)
            out.append(ev)
            continue
        first = out[at[key]]
        out[at[key]] = dataclasses.replace(first, actor=_joined(first.actor, ev.actor),
                                           target=_joined(first.target, ev.target))
    return out


def _joined(a: tuple[Arg, ...], b: tuple[Arg, ...]) -> tuple[Arg, ...]:
    seen = {(x.entity, x.text) for x in a}
    return a + tuple(x for x in b if (x.entity, x.text) not in seen)


def _score_one(report: SentenceReport, rec: dict[str, Any], doc: Document) -> None:
    """Add one sentence's counts to the report."""
    pv: list[Event] = acts(doc.events)
    gv: list[dict[str, Any]] = rec["events"]
    spans = [_trigger_span(rec["text"], g["trigger"]) for g in gv]

    def base(i: int, j: int) -> float | None:
        v, (s, e) = pv[i], spans[j]
        if v.type != gv[j]["type"] or v.evidence.end <= s or e <= v.evidence.start:
            return None
        return 2.0 if v.trigger.start < e and s < v.trigger.end else 1.0  # its own trigger first

    def actor_ok(i: int, j: int) -> bool:
        v, g = pv[i], gv[j]
        if v.type in MUTUAL_ACTS and v.actor and g["actor"]:
            # "A and B met" and "A met B" tell the same mutual act: the gold sides may be on either side
            return _slot_ok(doc, v.actor + v.target, g["actor"], strict=False)
        return _slot_ok(doc, v.actor, g["actor"], strict=True)

    def args_ok(i: int, j: int) -> bool:
        v, g = pv[i], gv[j]
        loc = (v.location,) if v.location else ()
        sides = v.actor + v.target if v.type in MUTUAL_ACTS else v.target
        return actor_ok(i, j) and _slot_ok(doc, sides, g["target"], strict=False) and (
            _slot_ok(doc, loc, [g["location"]] if g.get("location") else [], strict=False))

    pairs = greedy_pairs(len(pv), len(gv), base)
    with_actor = greedy_pairs(len(pv), len(gv), lambda i, j: base(i, j) if actor_ok(i, j) else None)
    with_args = greedy_pairs(len(pv), len(gv), lambda i, j: base(i, j) if args_ok(i, j) else None)
    report.event.add(PRF(len(pairs), len(pv), len(gv)))
    report.event_actor.add(PRF(len(with_actor), len(pv), len(gv)))
    report.event_args.add(PRF(len(with_args), len(pv), len(gv)))
    report.modality.add(Ratio(sum(pv[i].modality == gv[j]["modality"] for i, j, _ in pairs), len(pairs)))
    if not gv:
        report.quiet.add(Ratio(int(not pv), 1))
    for typ in {v.type for v in pv} | {g["type"] for g in gv}:
        report.per_type.setdefault(typ, PRF()).add(PRF(
            sum(1 for i, _j, _s in pairs if pv[i].type == typ),
            sum(1 for v in pv if v.type == typ), sum(1 for g in gv if g["type"] == typ)))
    if len(with_args) < max(len(pv), len(gv)):
        report.misses.append(_describe(rec, doc, pv))


def score_sentences(records: Sequence[dict[str, Any]], analyse: Callable[[str], Document]) -> SentenceReport:
    """Run ``analyse`` on every sentence and compare its events with the gold ones."""
    report = SentenceReport()
    for rec in records:
        _score_one(report, rec, analyse(rec["text"]))
    return report


def _describe(rec: dict[str, Any], doc: Document, pv: Sequence[Event]) -> str:
    """One sentence that went wrong: its gold events and what was predicted."""
    def names(args: Sequence[Arg | None]) -> list[str]:
        return [(_pred_surfaces(doc, a) or ["?"])[0] for a in args]

    gold = "; ".join(f"{g['type']} {g['actor']}→{g['target']} @{g.get('location')} ({g['modality']})"
                     for g in rec["events"]) or "none"
    pred = "; ".join(f"{v.type} {names(v.actor)}→{names(v.target)} "
                     f"@{names((v.location,)) if v.location else None} ({v.modality})" for v in pv) or "none"
    return f"{rec.get('id', '?')}: {rec['text']}\n    gold: {gold}\n    pred: {pred}"
