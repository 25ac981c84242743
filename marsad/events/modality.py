"""Modality of an event from the particles, future and conditional words around its trigger."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from marsad.events.clause import future_light_verb
from marsad.events.lexicon import Trigger
from marsad.text.matcher import Match
from marsad.text.normalize import fold_word
from marsad.text.tokens import Token, without_conjunction

# أن / بأن: the word that opens the complement of a denial or a refusal.
_THAT = frozenset({"ان", "بان"})


def modality_of(tokens: Sequence[Token], cs: int, t: int, match: Match[Trigger], sent_lo: int,
                ctx: dict[str, Any], head: int | None = None) -> str:
    """asserted, negated, future or hypothetical, from the words before the trigger in its clause
    (and before ``head``, the light verb that carries a noun trigger: "وقد يفرض … عقوبات")."""
    # Word-list tests are set intersections (isdisjoint) rather than any() over a generator.
    lead = t if head is None else min(t, head)
    reach = 3 if t > cs and tokens[t - 1].norm in ctx["any_words"] else 2  # "لم تصل أي مساعدات"
    before = [tokens[i].norm for i in range(max(cs, t - reach), t)] + [
        tokens[i].norm for i in range(max(cs, lead - 2), lead) if lead < t]
    if not ctx["neg_particles"].isdisjoint(before) and not _still(tokens, cs, t, lead, reach, ctx):
        # "إذا لم تفرج حماس عن الرهائن": a negated condition is a supposition, not a denial
        cond = [tokens[i].norm for i in range(max(sent_lo, cs - 1), t)]
        return "hypothetical" if not ctx["negated_conditionals"].isdisjoint(cond) else "negated"
    # An event inside the complement of a nearby denial ("نفى أن …") or refusal ("رفض أن …") did
    # not happen, by that speaker.
    # The last twelve words of the sentence before the trigger; the narrower windows below are
    # its tails (the trigger is inside the sentence, so t >= sent_lo). The word lists are tested
    # without the words' conjunction: first as sets of forms, then word by word when one is there.
    recent = [tokens[i].norm for i in range(max(sent_lo, t - 12), t)]
    if not (ctx["denial_forms"].isdisjoint(recent) and ctx["refusal_forms"].isdisjoint(recent[-8:])):
        wide = [without_conjunction(w, 3) for w in recent]
        window = wide[-8:]
        if not ctx["denial_verbs"].isdisjoint(wide) and (not ctx["denial_verbs"].isdisjoint(window) or any(
                w in ctx["denial_verbs"] and not _THAT.isdisjoint(wide[k + 1:])
                for k, w in enumerate(wide))):  # "نفت الإمارات … تقارير قالت إن الحوثيين قصفوا"
            return "negated"
        if not ctx["refusal_verbs"].isdisjoint(window) and any(
                w in ctx["refusal_verbs"] and not _THAT.isdisjoint(window[k + 1:k + 5])
                for k, w in enumerate(window)):
            return "negated"  # (the subject may stand between: "رفضت الحكومة أن تلتقي")
    # a negated intention or "no longer" before the trigger in its clause ("لا تعتزم", "لم يعد")
    # the words of the clause before the trigger, tested several ways below
    clause = [tokens[i].norm for i in range(cs, t)]
    if not ctx["neg_particles"].isdisjoint(clause) and any(
            w in ctx["neg_particles"] and (nxt in ctx["future_words"] or nxt in ctx["no_longer"])
            for w, nxt in pairwise(clause)):
        return "negated"
    near = range(max(cs, t - 3), t) if lead == t else sorted(
        set(range(max(cs, t - 3), t)) | set(range(max(cs, lead - 3), lead)))
    for i in near:
        w = without_conjunction(tokens[i].norm, 2)  # "وقد", "وربما"
        # "قد" before a past verb is emphatic ("قد سيطروا" = did take); before a present verb, "may".
        if w == "قد" and i + 1 < len(tokens) and tokens[i + 1].norm[:1] not in "يتن":
            continue
        if w in ctx["hypo_words"]:
            return "hypothetical"
    if not ctx["conditionals"].isdisjoint(clause):
        return "hypothetical"
    clause_before = clause
    if cs > sent_lo and tokens[cs - 1].norm == "ان":
        # "من المقرر أن يلتقي", "يعتزم أن يزور": the governing words stand before the أن.
        clause_before = [tokens[i].norm for i in range(max(sent_lo, cs - 4), cs - 1)] + clause_before
    if future_prefix(tokens[t].norm, match) or not ctx["future_words"].isdisjoint(clause_before):
        return "future"
    if match.payload.pos != "verb" and (any(future_light_verb(w, ctx) for w in clause_before[-4:]) or (
            head is not None and head < t and future_light_verb(tokens[head].norm, ctx))):
        # "ستفرض أنقرة عقوبات", 'ستقوم "بكل ما يلزم" لإنقاذ': the noun takes the tense of its light verb
        return "future"
    if match.payload.pos in ("noun", "phrase", "possessed") and not ctx["request_forms"].isdisjoint(recent[-6:]):
        return "hypothetical"
    if t > sent_lo and tokens[t - 1].norm in ctx["topic_words"] or match.payload.pos in ("noun", "phrase") and (
            t - 1 > cs and tokens[t - 1].norm[:1] == "ب" and not ctx["request_forms"].isdisjoint(
                tokens[i].norm for i in range(cs, t - 1))):
        # "قرارها بشأن فرض عقوبات": an act talked about; "طالب مشجعون عبر تويتر بتنظيم مظاهرة":
        # an act asked for, however far the request stands in its clause
        return "hypothetical"
    return "asserted"


def _still(tokens: Sequence[Token], cs: int, t: int, lead: int, reach: int, ctx: dict[str, Any]) -> bool:
    """Every negation particle in reach is the "still" of "لا تزال", "ما زال": no negation."""
    spans = [range(max(cs, t - reach), t)] + ([range(max(cs, lead - 2), lead)] if lead < t else [])
    negs = [i for span in spans for i in span if tokens[i].norm in ctx["neg_particles"]]
    return bool(negs) and all(i + 1 < len(tokens) and tokens[i + 1].norm in ctx["still_words"] for i in negs)


def future_prefix(norm: str, match: Match[Trigger]) -> bool:
    """The future proclitic سـ on a verb ("سيطلب", "وستعقد"), also when the form is listed whole."""
    if "س" in match.prefix:
        return True
    if match.payload.pos != "verb":
        return False
    return _future_s(without_conjunction(norm), "يتنا") and not fold_word(match.payload.lemma).startswith("س")


def future_verb(norm: str) -> bool:
    """A present verb with the future سـ ("سيوزعها", "وستعقد")."""
    bare = without_conjunction(norm)
    return _future_s(bare, "يتن") and len(bare) > 3


def _future_s(bare: str, persons: str) -> bool:
    """سـ before a present verb's person prefix (one of ``persons``)."""
    return bare[:1] == "س" and bare[1:2] in persons
