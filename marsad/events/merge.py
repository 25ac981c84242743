"""Events told twice in one sentence made one: a noun and its relative clause, a harm and the
attack it came in, a visit and the meeting it held, a mutual act told from both sides, repeats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.events.lexicon import Trigger
from marsad.events.summary import restated
from marsad.model import Arg, Document, Entity, Event
from marsad.text.matcher import Match
from marsad.text.normalize import fold_word
from marsad.text.tokens import CONJUNCTIONS, Token, without_conjunction

# acts with two sides: told twice with the same sides, they are one event
MUTUAL_ACTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def relative_retelling(doc: Document, noun: Event, verb: Event, ctx: dict[str, Any]) -> bool:
    """A verb in a relative clause on a noun of its own type tells the same act ("الهجوم
    الانتحاري الذي استهدف فندقا")."""
    if noun.type != verb.type or verb.trigger.start <= noun.trigger.end or verb.actor:
        return False
    between = [fold_word(w) for w in doc.text[noun.trigger.end:verb.trigger.start].split()]
    if 0 < len(between) <= 3 and between[-1] in ctx["relative_pronouns"]:
        return True
    # an indefinite noun takes its relative clause with no relative word ("تفجير سيارة مفخخة استهدف سوقا")
    return 0 < len(between) <= 2 and not fold_word(noun.trigger.text).lstrip("وفب").startswith("ال") and (
        verb.evidence.start <= verb.trigger.start) and all(w.isalpha() for w in between) and (
        verb.trigger.text[:1] not in CONJUNCTIONS)  # ("… ويمنعها": a verb joined by و opens a clause)


def fill_from(doc: Document, noun: Event, verb: Event, entities: dict[str, Entity]) -> Event:
    """The noun's event with the target and place its relative clause names (the clause's object
    first: in "تفجير سيارة مفخخة استهدف سوقا" the car is the means)."""
    target = verb.target or noun.target
    location = noun.location or verb.location
    evidence = doc.span(noun.evidence.start, max(noun.evidence.end, verb.evidence.end))
    return restated(noun, entities, target=target, location=location, evidence=evidence)


def dual_verb(norm: str, trig: Trigger) -> bool:
    """A past verb in the dual ("ووقعا", "التقيا", "اتفقتا"): two subjects act."""
    if trig.pos != "verb":
        return False
    stem = fold_word(trig.lemma).split()[0]
    bare = without_conjunction(norm, 3)
    return bare in (stem + "ا", stem + "تا") or bare.startswith("س") and bare[1:] in (stem + "ا", stem + "تا")


def both_sides(ev: Event, before: Event, entities: dict[str, Entity]) -> Event:
    """A dual verb after a two-sided act: "التقى فيدان الشيباني … ووقعا اتفاقية" — both sign."""
    if not ev.actor or ev.actor != before.actor or len(ev.actor) != 1:
        return ev
    sides = ev.actor + tuple(a for a in before.target if a.entity and a not in ev.actor)
    if len(sides) != 2:
        return ev
    target = tuple(a for a in ev.target if a not in sides)
    return restated(ev, entities, actor=sides, target=target)


def keep(ev: Event, events: list[Event], seen: set[tuple[Any, ...]], lemma: str, sentence: int,
          mutual_sentence: dict[str, int], verb: bool) -> None:
    """Add an event unless the same one (type, participants, attribution) was told already."""
    # Arg equality ignores the text, so descriptions are keyed by their words.
    key = (ev.type, arg_keys(ev.actor), arg_keys(ev.target),
           arg_keys((ev.attributed_to,) if ev.attributed_to else ()),
           # with no participant, a repeated trigger is the same event told again
           lemma if not (ev.actor or ev.target) else "")
    # with no participant, two triggers of one type in one sentence tell one event
    # ("إضراب عام في تونس احتجاجا على الغلاء")
    bare = ("sentence", sentence, ev.type, arg_keys((ev.location,) if ev.location else ())) \
        if not (ev.actor or ev.target) else None
    # an agentless retelling of an act just told in the same sentence ("قطع محتجون الطريق …")
    acted_on = ("acted on", sentence, ev.type, arg_keys(ev.target)) if ev.target else None
    if key in seen or bare in seen or (not ev.actor and acted_on in seen):
        return
    if not (ev.actor or ev.target) and not verb and any(
            e.type == ev.type and mutual_sentence.get(e.id) == sentence for e in events):
        return  # "تظاهر الآلاف … احتجاجا على الغلاء": a bare noun retelling an act just told
    seen.update(k for k in (key, bare, acted_on) if k is not None)
    mutual_sentence[ev.id] = sentence
    events.append(ev)


def harm_in_attack(tokens: Sequence[Token], m: Match[Trigger], harm: Event, attack: Event,
                    ctx: dict[str, Any]) -> bool:
    """"قتل ثلاثة جنود في هجوم لمسلحين": a harm told with no agent, then the attack it came in
    with one, tell one act."""
    if harm.type != "ASSAULT" or attack.type != "ASSAULT" or harm.actor or not attack.actor or attack.target:
        return False
    if m.payload.pos == "verb" or attack.trigger.start <= harm.trigger.end:
        return False
    framed = m.prefix.endswith("ب") or m.first > 0 and tokens[m.first - 1].norm in ctx["attack_frames"]
    return framed and attack.trigger.start - harm.evidence.end <= 40


def with_attacker(doc: Document, harm: Event, attack: Event, entities: dict[str, Entity]) -> Event:
    """The harm's event with the attack's agent and place."""
    location = harm.location or attack.location
    evidence = doc.span(harm.evidence.start, max(harm.evidence.end, attack.evidence.end))
    return restated(harm, entities, actor=attack.actor, location=location, evidence=evidence)


def meeting_on_visit(tokens: Sequence[Token], t: int, visit: Event, meeting: Event,
                      entities: dict[str, Entity], ctx: dict[str, Any]) -> bool:
    """"زار الرياض حيث التقى ولي العهد": a meeting where a visit went is that visit's one event."""
    if visit.type != "CONSULT" or meeting.type != "CONSULT" or not met_on_visit(visit, meeting) or t == 0:
        return False
    if tokens[t - 1].norm not in ctx["where_words"]:
        return False
    if without_conjunction(fold_word(visit.trigger.text)) not in ctx["visit_forms"]:
        return False
    places = [a for a in visit.target if a.entity and entities[a.entity].type in ("GPE", "LOC")]
    return bool(places) and len(places) == len(visit.target)


def met_on_visit(visit: Event, meeting: Event) -> tuple[Arg, ...]:
    """Who was met on a visit: the meeting's object, or its subject when that is not the visitor
    ("زار الرياض حيث التقى ولي العهد" leaves who met whom to the visit)."""
    if meeting.target and (not meeting.actor or arg_keys(meeting.actor) == arg_keys(visit.actor)):
        return meeting.target
    if not meeting.target and meeting.actor and arg_keys(meeting.actor) != arg_keys(visit.actor):
        return meeting.actor
    return ()


def visit_meeting(doc: Document, visit: Event, meeting: Event, entities: dict[str, Entity]) -> Event:
    """The visit's event with the people met as its target, held where the visit went."""
    location = visit.location or visit.target[0]
    evidence = doc.span(visit.evidence.start, max(visit.evidence.end, meeting.evidence.end))
    met = met_on_visit(visit, meeting)
    return restated(visit, entities, target=met, location=location, evidence=evidence)


def merge_mutual(doc: Document, ev: Event, events: list[Event], sentence: int,
                  mutual_sentence: dict[str, int], entities: dict[str, Entity]) -> bool:
    """A mutual act told twice in one sentence with the same sides ("اتفقت الحكومة والجيش على وقف
    إطلاق النار", "تبرم إيران والوكالة اتفاقا"): one event, the first told, with the sides as a
    compound subject when either telling has them so. True when ``ev`` was merged."""
    if ev.type not in MUTUAL_ACTS or not ev.actor:
        return False
    sides = frozenset(arg_keys(ev.actor) + arg_keys(ev.target))
    told = next((k for k, e in enumerate(events) if e.type == ev.type and mutual_sentence.get(e.id) == sentence
                 and frozenset(arg_keys(e.actor) + arg_keys(e.target)) == sides), None)
    if told is None:
        return False
    first = events[told]
    if len(ev.actor) > len(first.actor):
        evidence = doc.span(min(first.evidence.start, ev.evidence.start), max(first.evidence.end, ev.evidence.end))
        events[told] = restated(first, entities, actor=ev.actor, target=ev.target, evidence=evidence)
    return True


def arg_keys(args: Sequence[Arg]) -> tuple[str, ...]:
    """Participants as comparable keys: the entity id, else the description text."""
    return tuple(a.entity or f"text:{a.text}" for a in args)


def goes_on_harming(ev: Event, before: Event, ctx: dict[str, Any]) -> bool:
    """A harmful act with no target told with و right after another by the same actor ("طردت
    السعودية السفير الكندي … وجمدت كل التعاملات"): it falls on the same party."""
    harms = ctx["harm_acts"]
    return (ev.type in harms and before.type in harms and not ev.target and bool(ev.actor) and (
        bool(before.target) and before.target[0].entity is not None and arg_keys(ev.actor[:1]) == arg_keys(before.actor[:1])
        and before.target[0].entity != ev.actor[0].entity))


def with_target_of(ev: Event, before: Event, entities: dict[str, Entity]) -> Event:
    """The event with the earlier act's (first) target."""
    return restated(ev, entities, target=before.target[:1])
