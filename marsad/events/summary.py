"""English one-line summaries generated from an event's structure (never from free text)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from marsad.lang.ar import load_yaml
from marsad.model import Arg, Entity, Event


@lru_cache(maxsize=1)
def summary_phrases() -> dict[str, dict[str, str]]:
    """The English verb phrases per event type (event_summaries.yaml), loaded once."""
    return load_yaml("event_summaries.yaml")


def render_arg(arg: Arg, entities: Mapping[str, Entity]) -> str:
    """An argument in English: "Vladimir Putin (RUS)", or the Arabic description in quotes."""
    ent = entities.get(arg.entity) if arg.entity else None
    if ent is None:
        return f"«{arg.text}»"
    name = ent.name_en or ent.name
    return f"{name} ({ent.country})" if ent.country and ent.type != "GPE" else name


def _join(args: tuple[Arg, ...], entities: Mapping[str, Entity]) -> str:
    """Participants in English, joined with "and"."""
    names = [render_arg(a, entities) for a in args]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def summarise(etype: str, modality: str, actor: tuple[Arg, ...], target: tuple[Arg, ...],
              location: Arg | None, date: str | None, attributed: Arg | None,
              entities: Mapping[str, Entity]) -> str:
    """E.g. "Ahmed al-Sharaa (SYR) met Vladimir Putin (RUS) in Moscow on 2025-10-15"."""
    ph = summary_phrases()[etype]
    subject = _join(actor, entities) if actor else "Someone"
    obj = f" {_join(target, entities)}" if target else ""
    if modality == "asserted":
        verb = ph["past"] if target else ph.get("intransitive", ph["past"])
    elif modality == "negated":
        verb = f"did not {ph['base']}" if target else f"did not {ph['base'].split(' ')[0]}"
    elif modality == "future":
        verb = f"will {ph['base']}" if target else f"will {ph['base'].split(' ')[0]}"
    else:
        verb = f"may {ph['base']}" if target else f"may {ph['base'].split(' ')[0]}"
    text = f"{subject} {verb}{obj}"
    if location is not None:
        text += f" in {render_arg(location, entities)}"
    if date:
        text += f" on {date}"
    if attributed is not None:
        text += f", according to {render_arg(attributed, entities)}"
    return text


def restated(ev: Event, entities: Mapping[str, Entity], **changes: Any) -> Event:
    """The event with ``changes`` made and its English summary written again to match them."""
    new = dataclasses.replace(ev, **changes)
    return dataclasses.replace(new, summary_en=summarise(new.type, new.modality, new.actor, new.target,
                                                         new.location, new.date, new.attributed_to, entities))
