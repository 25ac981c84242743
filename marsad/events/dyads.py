"""One event per pair of participants: the contract's ``actor`` and ``target`` each name one party.

An act with several participants ("اتهم إيران وحزب الله", "اتفاقيات مع السودان وتشاد والنيجر")
becomes one event per actor and target, as event tables and dyadic analyses count them. A mutual
act whose sides are a compound subject ("وقعت أثينا وسكوبيي اتفاقا") becomes the first side acting
towards each other one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from marsad.events.merge import MUTUAL_ACTS
from marsad.events.summary import restated
from marsad.model import Arg, Document, Entity, Event

Pair = tuple[tuple[Arg, ...], tuple[Arg, ...]]


def participant_pairs(ev: Event) -> list[Pair]:
    """The (actor, target) pairs of one event, each side empty or a single participant."""
    actors, targets = ev.actor, ev.target
    if len(actors) > 1 and ev.type in MUTUAL_ACTS:
        # the sides are the parties; a named target beyond them is one more party met or bound
        others = actors[1:] + tuple(t for t in targets if t.entity)
        return [((actors[0],), (other,)) for other in others]
    actor_slots: list[tuple[Arg, ...]] = [(a,) for a in actors] or [()]
    target_slots: list[tuple[Arg, ...]] = [(t,) for t in targets] or [()]
    return [(a, t) for a in actor_slots for t in target_slots]


def dyads(events: Sequence[Event], doc: Document) -> list[Event]:
    """The events split into one per pair of participants, numbered v1, v2, … in order."""
    if all(len(ev.actor) < 2 and len(ev.target) < 2 for ev in events):
        return list(events)  # (the common case: nothing to split, the ids stand)
    entities: Mapping[str, Entity] = {e.id: e for e in doc.entities}
    out: list[Event] = []
    for ev in events:
        pairs = participant_pairs(ev)
        if len(pairs) == 1 and pairs[0] == (ev.actor, ev.target):
            out.append(ev if ev.id == f"v{len(out) + 1}" else dataclasses.replace(ev, id=f"v{len(out) + 1}"))
            continue
        for actor, target in pairs:
            out.append(restated(ev, entities, id=f"v{len(out) + 1}", actor=actor, target=target))
    return out
