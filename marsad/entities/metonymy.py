"""Metonymy: a place acting as an agent ("دمشق طلبت من موسكو") stands for its government."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.entities.mentions import Mention, head_stem
from marsad.entities.rules import Rules
from marsad.text import Token


def _is_agent_verb(norm: str, rules: Rules) -> bool:
    """A reporting/acting verb form, with or without a و/ف proclitic."""
    if norm in rules.agent_verbs:
        return True
    return norm[:1] in ("و", "ف") and norm[1:] in rules.agent_verbs


def is_agentive(m: Mention, toks: Sequence[Token], rules: Rules, sent: tuple[int, int]) -> bool:
    """True when a place mention is the subject of an acting verb, or its partner after one."""
    a, b = sent
    if m.last < b and _is_agent_verb(toks[m.last].norm, rules):
        return True  # دمشق طلبت / دمشق تحترم
    if m.first - 1 >= a and _is_agent_verb(toks[m.first - 1].norm, rules):
        return True  # أعلنت أنقرة
    # "طلبت من موسكو": the partner of an acting verb.
    return (m.first - 2 >= a
            and head_stem(toks[m.first - 1].norm, rules.partner_preps) is not None
            and _is_agent_verb(toks[m.first - 2].norm, rules))
