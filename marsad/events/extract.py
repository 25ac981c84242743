"""Find events in one document: triggers, clause-bounded arguments, modality, attribution, date."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter
from typing import Any

from marsad.events.anaphora import Antecedents, suffix_agreement
from marsad.events.clause import (
    aside_length,
    clause_bounds,
    clause_end,
    gap_ok,
    light_verb,
    light_verb_before,
    past_aside,
)
from marsad.events.lexicon import (
    POSSESSIVES,
    Trigger,
    as_noun,
    context,
    opener_endings,
    split_openers,
    trigger_matcher,
)
from marsad.events.merge import (
    MUTUAL_ACTS,
    both_sides,
    dual_verb,
    fill_from,
    goes_on_harming,
    harm_in_attack,
    keep,
    meeting_on_visit,
    merge_mutual,
    relative_retelling,
    visit_meeting,
    with_attacker,
    with_target_of,
)
from marsad.events.modality import future_verb, modality_of
from marsad.events.participants import (
    act_author,
    acting_speaker,
    aid_recipient,
    between_descriptions,
    between_parties,
    date_for,
    demonym_country,
    fused_object,
    home_country,
    indefinite_nationality,
    invited_to,
    is_country,
    lam_object,
    location_fallback,
    named_by_head,
    nationality_after,
    noun_phrase,
    office_holder,
    own_country_at,
    own_country_subject,
    place_inside,
    prepositional_object,
    relative_agent,
    relative_head,
    relative_subject_at,
    speaker_state,
    subject_word_at,
    threatened_party,
    tie_partner,
    title_holder,
    town_by_head,
)
from marsad.events.refs import (
    MentionRef,
    arg,
    conjuncts,
    first_conjunct,
    mention_refs,
    quote_at,
    speaker_arg,
)
from marsad.events.split import split_match
from marsad.events.summary import summarise
from marsad.events.words import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    accept_prefix,
    construct_subject,
    first_person_plural,
    instrument_phrase,
    is_definite,
    is_nisba,
    is_nominative,
    is_people_plural,
    is_quantity,
    object_pronoun,
    participant_head,
    participant_part,
    subject_head,
    title_phrase,
    unnamed_subject,
    without_article_prep,
)
from marsad.link.gazetteer import demonym
from marsad.link.linker import metonym_country
from marsad.model import Arg, Document, Entity, Event, Quote
from marsad.text.matcher import Match
from marsad.text.normalize import fold_word
from marsad.text.tokens import (
    CONJUNCTIONS,
    Token,
    doc_tokens,
    proclitic_splits,
    without_conjunction,
)

STAGE = "events.rules.v1"

_TAIL = 7  # tokens of object kept after the trigger: gold evidence spans run ~8 tokens


# Per word form: whether it may open a trigger. Filled lazily; the lexicon is fixed for the life
# of the process.
_OPENER_KINDS: dict[str, bool] = {}
_OPENER_CACHE_MAX = 300_000
_STEM = itemgetter(1)
_START = itemgetter(0)  # a token's start offset
_NORM = itemgetter(3)  # a token's folded form


# Acts done by speaking: inside a quote with no agent of their own, the speaker does them.
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


def _condemned(tokens: Sequence[Token], cs: int, t: int, types: set[str], agent: MentionRef,
               ctx: dict[str, Any]) -> bool:
    """A verb of one of ``types`` stands just before the noun trigger at ``t`` (its object) and
    ``agent`` is that verb's subject: condemning or welcoming ("أدانت الجامعة الهجوم", "رحب
    بالاتفاق"), rejecting ("رفض الاتهامات") — not "اتهم الجيش قوات الدعم بقصف", where the one
    accused, the verb's object, is the agent."""
    for k in range(max(cs, t - 5), t):
        found = trigger_matcher().match_at(tokens, k, accept_prefix, end=t)
        if found is not None and found.last <= t and found.payload.pos == "verb" and (
                types & set(found.payload.types)) and "ال" not in found.prefix and not (
                agent.first <= found.first < agent.last):  # (a verb takes no article nor is a name's word)
            # before the verb, or right after it (small words aside: "أدانت فيه دمشق"), the agent is
            # the verb's subject; further on, the one accused ("اتهم مسؤولون أمريكيون روسيا بقصف")
            return agent.first < found.first or all(
                tokens[i].norm in ctx["not_objects"] or tokens[i].norm in ctx["skippable"]
                for i in range(found.last, agent.first))
    return False


def _harm_noun_end(tokens: Sequence[Token], start: int, stop: int, ctx: dict[str, Any]) -> int | None:
    """The end of a noun of harm (an attack, sanctions, an arrest) between ``start`` and ``stop``."""
    for k in range(start, stop):
        found = trigger_matcher().match_at(tokens, k, accept_prefix, end=stop)
        if found is not None and found.payload.pos != "verb" and not ctx["harm_acts"].isdisjoint(found.payload.types):
            return found.last
    return None


def _masculine_verb(stem: str, trig: Trigger, ctx: dict[str, Any]) -> bool:
    """A verb form that is masculine singular for sure: the listed past, bare or with an object
    pronoun ("اتهم", "اتهمها"), or the present in ي ("يتهم")."""
    past = fold_word(trig.lemma).split()[0]
    if stem.startswith("ي"):
        return not stem.endswith(("ون", "ان"))
    if past.endswith("ت") or not stem.startswith(past):
        return False
    suffix = stem[len(past):]
    if not suffix and (len(past) == 3 and not any(c in past for c in "اوي") or past.startswith("ت")):
        return False  # also a verbal noun whose genitive is its agent: "دعم الصين", "تعاون"
    return not suffix or suffix in ctx["patient_pronouns"]


def _condition_after(tokens: Sequence[Token], a: int, b: int, ctx: dict[str, Any]) -> bool:
    """A condition opens in [a, b): "إذا", "لو", "في حال" (not "حتى لو": even if)."""
    for k in range(a, b):
        if tokens[k].norm in ctx["soft_boundaries"]:
            return False  # (past a comma it is another clause's)
        norm = without_conjunction(tokens[k].norm, 2)
        if norm in ctx["negated_conditionals"] and k > 0 and (
                tokens[k - 1].norm in ctx["location_preps"] if norm in ctx["condition_heads"]  # "في حال"
                else tokens[k - 1].norm not in ctx["concessive_words"]):
            return True
    return False


def _owned_forces(text: str, ctx: dict[str, Any]) -> str | None:
    """The agreement of the owner of forces named by a pronoun ("قواته" → m, "عناصرها" → f)."""
    words = text.split()
    if len(words) != 1:
        return None
    norm = without_conjunction(fold_word(words[0]), 3)
    head = next((h for h in ctx["member_words"] if norm.startswith(h) and norm[len(h):] in POSSESSIVES), None)
    return suffix_agreement(norm, len(head)) if head is not None else None


def _past_adverbial(tokens: Sequence[Token], k: int, ce: int, ctx: dict[str, Any]) -> int:
    """Past an adverbial phrase that opens at ``k`` ("بدلا من ذلك", "في الوقت نفسه"), else ``k``."""
    if k >= ce or tokens[k].norm not in ctx["adverbial_firsts"]:
        return k
    for phrase in ctx["adverbial_phrases"]:
        n = len(phrase)
        if k + n < ce and all(tokens[k + i].norm == w for i, w in enumerate(phrase)):
            return k + n
    return k


def _feminine_verb(stem: str, trig: Trigger) -> bool:
    """A verb form that is feminine singular: the past with ت ("دعمت", "دعمته"), the present in
    ت ("تدعم"; not of a verb whose past opens with ت)."""
    past = fold_word(trig.lemma).split()[0]
    if stem.startswith(past):
        return stem[len(past):len(past) + 1] == "ت" and not past.endswith("ت")
    return stem.startswith("ت") and not past.startswith("ت") and not stem.endswith(("ون", "ان", "ين"))


def _masculine_title_between(tokens: Sequence[Token], a: int, b: int, ctx: dict[str, Any]) -> bool:
    """A masculine title stands in [a, b) ("دولة الرئيس", not "الرئيسة")."""
    return any(tokens[k].norm.removeprefix("ال") in ctx["title_heads"] and not tokens[k].norm.endswith("ه")
               for k in range(a, b))


def _feminine_name(tokens: Sequence[Token], ref: MentionRef, ctx: dict[str, Any]) -> bool:
    """A name that a verb right before it must agree with in the feminine: a state or city (but
    "العراق"), a body named by a head word in ة ("الحكومة", "حركة حماس"; not "البنك الدولي" of
    "مجموعة البنك الدولي")."""
    head = tokens[ref.first].norm
    if ref.entity.type == "GPE":
        return head not in ctx["masculine_states"] and fold_word(ref.entity.name) not in ctx["masculine_states"]
    return ref.entity.type == "ORG" and head.endswith("ه")


def _own_state(e: Entity, country: str | None) -> bool:
    """The entity is the given country itself, or its capital standing for it."""
    return country is not None and e.type == "GPE" and e.country == country and metonym_country(e.name) == country


def _partner_in_cooperation(tokens: Sequence[Token], first: int, ctx: dict[str, Any]) -> bool:
    """A name right after a phrase of co-operation ("بالتنسيق مع", "بالتعاون مع")."""
    for k in (first - 2, first - 3):
        found = trigger_matcher().match_at(tokens, k, accept_prefix, end=first)
        if found is not None and found.last == first and "COOPERATE" in found.payload.types and (
                tokens[k].norm.startswith("بال")):
            return True
    return False


def _speaks_for_state(entities: dict[str, Entity], speaker: str | None, state: Entity,
                      ctx: dict[str, Any]) -> bool:
    """A government body ("الرئاسة الفرنسية", not a state news agency) speaks for its state,
    named as a country or its capital."""
    body = entities.get(speaker) if speaker else None
    if body is None or body.type != "ORG" or state.type != "GPE" or not body.name.split():
        return False
    return fold_word(body.name.split()[0]) in ctx["political_heads"] and body.country is not None and (
        body.country == state.country and metonym_country(state.name) == state.country)


def _own_stance(quote: Quote, actor: Arg, entities: dict[str, Entity], ctx: dict[str, Any]) -> bool:
    """A stance the speaker expresses ("عبر", "أعرب") for himself or his state ("عبر الرئيس بوتين
    عن استعداد بلاده لمواصلة التنسيق"): his own act, told in the article's voice."""
    cue_words = quote.cue.text.split() if quote.cue is not None else []
    if not (quote.speaker and actor.entity and cue_words
            and without_conjunction(fold_word(cue_words[0])) in ctx["expression_cues"]):
        return False
    speaker, acting = entities.get(quote.speaker), entities.get(actor.entity)
    return speaker is not None and acting is not None and (acting.id == speaker.id or speaker.type == "PER" and (
        acting.type == "GPE" and is_country(acting) and acting.country == speaker.country))


def protesters_before(doc: Document, tokens: Sequence[Token], cs: int, t: int,
                      ctx: dict[str, Any]) -> Arg | None:
    """The protesters a clause names before its protest ("خرج مئات المتظاهرين … احتجاجا"): a
    word for protesters (a protest participle in -ون/-ين), with the count before it."""
    for k in range(t - 1, cs - 1, -1):
        norm = tokens[k].norm
        found = trigger_matcher().match_at(tokens, k, accept_prefix, end=k + 1)
        if found is None or "PROTEST" not in found.payload.types:
            continue
        if norm[len(found.prefix):].startswith("م") and norm.endswith(("ون", "ين")):
            first = k - 1 if k > cs and is_quantity(tokens[k - 1].norm, ctx) else k
            return Arg(None, doc.text[tokens[first].start:tokens[k].end])
    return None


def _pronoun_object(tokens: Sequence[Token], t: int, t_end: int, trig: Trigger,
                    ctx: dict[str, Any], tail: range | None = None) -> str | None:
    """The agreement of a pronoun naming who is acted on: an object suffix on the verb
    ("يهددونهم"), a possessive on a verbal noun of acting on someone ("باعتقالهما"), or a
    preposition with a pronoun right after the trigger ("يقاتل ضدهم")."""
    last = tokens[t_end - 1].norm
    stem = fold_word(trig.lemma).split()[-1]
    if tail is not None and stem in ctx["patient_nouns"]:
        held = tokens[tail.stop - 1].norm  # "أطلقت محكمة تشيكية سراحه": his release
        return suffix_agreement(held, len(stem)) if held != stem else None
    if trig.pos == "verb" and trig.also_noun and t_end < len(tokens) and tokens[t_end].norm.startswith("لل"):
        return None  # "دعمها للاتفاق": her support for it, the noun with its possessor
    if trig.pos == "verb" and object_pronoun(last, trig, ctx["object_pronouns"]):
        return suffix_agreement(last, 2)
    if trig.pos == "possessed" and fold_word(trig.lemma) in ctx["patient_nouns"]:
        return suffix_agreement(last, 3)
    if t_end < len(tokens) and tokens[t_end].norm in ctx["pronoun_preps"]:
        return suffix_agreement(tokens[t_end].norm, 1)
    if trig.pos == "noun" and fold_word(trig.lemma) in ctx["suspicion_nouns"] and t_end + 1 < len(tokens):
        # "اعتقلت تركيا جنديين بزعم دخولهما منطقة عسكرية": the one whose act is alleged is accused
        k = t_end + 1 if tokens[t_end].norm in ctx["partner_preps"] | ctx["location_preps"] else t_end
        alleged = tokens[k].norm
        if not alleged.startswith("ال") and alleged.endswith(POSSESSIVES):
            return suffix_agreement(alleged, 3)
    return None


def _non_political(actor: Arg, entities: dict[str, Entity], ctx: dict[str, Any]) -> bool:
    """The actor is a facility or a sports team or player, named or not."""
    held = entities.get(actor.entity) if actor.entity else None
    words = (held.name if held is not None else actor.text).split()
    return bool(words) and without_conjunction(fold_word(words[0]), 3) in ctx["non_political_agents"]


def _witness_place(tokens: Sequence[Token], before: Sequence[MentionRef], cs: int, t: int, trig: Trigger,
                   ctx: dict[str, Any]) -> MentionRef | None:
    """The place subject of a verb of witnessing before a noun trigger ("شهدت مدينة الموصل تفجير")."""
    if trig.pos not in ("noun", "phrase"):
        return None
    w = next((k for k in range(t - 1, max(cs - 1, t - 7), -1) if tokens[k].norm in ctx["witness_forms"]), None)
    if w is None:
        return None
    return next((r for r in before if w < r.first and r.entity.type in ("GPE", "LOC") and not r.prepositional), None)


def _denies_an_act(tokens: Sequence[Token], t_end: int, hi: int, ctx: dict[str, Any]) -> bool:
    """A verb of denial whose أن-clause or verbal noun tells an act ("نفى … أن يكون قد هدد",
    "نفت الوزارة إرسال قوات"): the act is the event."""
    matcher = trigger_matcher()
    # the first trigger after the one who denies decides ("نفى مسؤول في حماس التوصل إلى اتفاق",
    # "نفت الحكومة وجود أي تعاون"; not "نفت الحكومة الاتهامات", a word act)
    for k in range(t_end, min(hi, t_end + 7)):
        if tokens[k].norm in ctx["boundaries"]:
            break
        found = matcher.match_at(tokens, k, accept_prefix)
        if found is not None:
            if found.payload.pos in ("noun", "phrase") and not set(found.payload.types) & _SPEECH_ACTS:
                return True
            break
    for c in range(t_end, min(hi, t_end + 8)):
        if without_conjunction(tokens[c].norm, 3) in ctx["that_words"]:
            return any((found := matcher.match_at(tokens, k, accept_prefix)) is not None
                       and found.payload.pos in ("verb", "phrase") and fold_word(found.payload.lemma) not in ctx["denial_verbs"]
                       for k in range(c + 1, min(hi, c + 8)))
    return False


def _denier(tokens: Sequence[Token], sent_refs: Sequence[MentionRef], cs: int, t: int,
            ctx: dict[str, Any]) -> MentionRef | None:
    """The subject of a denial whose أن-clause has no subject of its own ("نفت الوزارة أن تكون قد
    اعتقلت"): the one who denies is the one said not to have acted."""
    k = t - 1
    while k >= cs and tokens[k].norm in ctx["occurrence_words"]:
        k -= 1
    if k >= cs and any(r.last == k + 1 and not r.prepositional for r in sent_refs) and k + 1 < t:
        # "نفت الحكومة (وجود أي) تعاون": the noun right after the one who denies
        subject = next(r for r in sent_refs if r.last == k + 1 and not r.prepositional)
        if subject.first > cs and without_conjunction(tokens[subject.first - 1].norm, 3) in ctx["denial_verbs"]:
            return subject
    k = t - 1
    if k >= cs and tokens[k].norm in ctx["carrying_particles"]:
        k -= 1
    if k < cs or tokens[k].norm not in ctx["be_subjunctive"]:
        return None
    k -= 1
    if k < cs or without_conjunction(tokens[k].norm, 3) not in ctx["that_words"]:
        return None
    verb = next((j for j in range(k - 1, max(-1, k - 8), -1)
                 if without_conjunction(tokens[j].norm, 3) in ctx["denial_verbs"]), None)
    if verb is None:
        return None
    return next((r for r in sent_refs if verb < r.first and r.last <= k and not r.prepositional), None)


def _unnamed_svo(tokens: Sequence[Token], cs: int, t: int, trig: Trigger, in_clause: Sequence[MentionRef],
                 dated: frozenset[int], ctx: dict[str, Any]) -> bool:
    """The clause opens with an unnamed definite subject right before its verb ("الحكومة تتهم
    المعارضة"): the name after the verb is then its object, not a VSO subject."""
    if trig.pos != "verb" or t - 1 < cs:
        return False
    head = t - 1
    while head > cs and tokens[head].norm in ctx["modal_gap"]:
        head -= 1
    while head > cs and is_nisba(tokens[head].norm) and head > t - 3:
        head -= 1  # "القوات العراقية تقصف"
    if head != cs or head in dated or any(r.first <= head < r.last for r in in_clause):
        return False
    norm = without_conjunction(tokens[head].norm, 3)
    return unnamed_subject(norm, ctx) or norm in ctx["title_words"] and norm.startswith("ال")


def _pick_type(trig: Trigger, target: MentionRef | None, actor: MentionRef | None) -> str:
    """The one type of a trigger listed under several (a verbal attack on a person is ACCUSE)."""
    if len(trig.types) == 1:
        return trig.types[0]
    # An attack on a person, or by a named person ("هاجم نتنياهو المحكمة الجنائية"), is in
    # words: an accusation; on anything else, an assault.
    if "ACCUSE" in trig.types and "ASSAULT" in trig.types:
        in_words = target is not None and target.entity.type == "PER" or actor is not None and actor.entity.type == "PER"
        return "ACCUSE" if in_words else "ASSAULT"
    return trig.types[0]


def _scan_tokens(tokens: Sequence[Token]) -> tuple[list[int], list[int], set[int]]:
    """The tokens' start offsets, where a trigger may open, and where a split multi-word verb
    may open."""
    if len(_OPENER_KINDS) > _OPENER_CACHE_MAX:
        _OPENER_KINDS.clear()  # bounded: a long batch sees an open-ended set of word forms
    kinds = _OPENER_KINDS
    first_words = trigger_matcher().first_words()
    ends3, short = opener_endings()
    # Each word form is tested once, and the passes over the tokens run in C (map, compress): a
    # cold batch meets thousands of forms, a document hundreds of tokens. Once warm, nearly every
    # form is known, so the look-up pass itself tells whether any is new (a KeyError) — cheaper
    # than a set of the document's forms to diff against the table each time.
    try:
        flags = list(map(kinds.__getitem__, map(_NORM, tokens)))
    except KeyError:
        for norm in {tok.norm for tok in tokens if tok.norm not in kinds}:
            # A form opens a trigger when one of its clitic readings is a first word: the test
            # ``starts`` makes, inline and without building entries for the many that do not.
            # Its ending rules most forms out first: a reading of two letters is the word's last
            # two, a longer one (even لل read as ال) ends in the word's last three.
            kinds[norm] = (norm[-3:] in ends3 or norm[-2:] in short) and not first_words.isdisjoint(
                map(_STEM, proclitic_splits(norm)))
        flags = list(map(kinds.__getitem__, map(_NORM, tokens)))
    starts = list(map(_START, tokens))
    openers = list(compress(range(len(flags)), flags))
    # Split-verb forms are such forms too, so only openers are looked up among them.
    split_table = split_openers()
    split_at = {k for k in openers if tokens[k].norm in split_table}
    return starts, openers, split_at


def extract_events(doc: Document) -> list[Event]:
    """Every event in the document, in text order, with ids v1, v2, …"""
    ctx = context()
    matcher = trigger_matcher()
    tokens = doc_tokens(doc)
    starts, openers, split_at = _scan_tokens(tokens)
    refs = mention_refs(doc, tokens, starts, ctx)
    dated = frozenset(i for d in doc.dates
                      for i in range(bisect_left(starts, d.start), bisect_left(starts, d.end)))
    entities = {e.id: e for e in doc.entities}
    events: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    consumed: set[int] = set()  # the object words of split verb phrases ("سحبت أنقرة سفيرها")
    sentence_of: dict[str, int] = {}  # event id → its sentence, for mutual acts told twice
    last_subject: MentionRef | None = None
    prev_sent_refs: list[MentionRef] = []
    ref_firsts = [r.first for r in refs]
    named = frozenset(i for r in refs for i in range(r.first, r.last))  # tokens inside a mention
    antecedents = Antecedents(doc, tokens, refs, named, ctx)
    prev_lo = 0
    for sent in doc.sentences:
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end)
        sent_refs = [r for r in refs[bisect_left(ref_firsts, lo):bisect_left(ref_firsts, hi)]
                     if r.last <= hi]
        sent_subject = next((r for r in sent_refs if not r.prepositional
                             and r.entity.type in ("PER", "ORG", "GPE")), None)
        prev_actor: MentionRef | None = None
        i = lo
        # Only tokens that can open a trigger are visited, skipping those a match took.
        for p in range(bisect_left(openers, lo), bisect_left(openers, hi)):
            if openers[p] < i:
                continue
            i = openers[p]
            if i in consumed:
                continue
            m = matcher.match_at(tokens, i, accept_prefix)
            tail: range | None = None
            split = split_match(tokens, i, hi, ctx, named) if i in split_at else None
            if split is not None and (m is None or m.last <= i + 1):
                m, tail = split
                consumed.update(tail)
            if m is None:
                continue
            i = m.last
            if m.first in named and tail is None:
                continue  # a word of a name: "قوات الدعم السريع" is no act of support
            if m.payload.pos in ("verb", "participle") and tokens[m.first].text.endswith("ة") and (
                    not m.payload.lemma.endswith("ة")):  # (an entry listed in ة: "مستعدة")
                # (the verb's own word: "يستعيد السيطرة" ends in ة and is a verb phrase)
                if not m.payload.also_noun:
                    continue  # folding made ة look like the pronoun ـه: "وزارة" is not و + زار + ه
                m = m._replace(payload=as_noun(m.payload))  # "سيطرة" is the noun
            if events and sentence_of.get(events[-1].id) == lo and without_conjunction(
                    tokens[m.first].norm) in ctx["motive_adverbials"]:
                continue  # "استدعى الأردن سفيره احتجاجا على الحرب": why the act was done, not another act
            if events and sentence_of.get(events[-1].id) == lo and events[-1].type == "ACCUSE" and (
                    "ACCUSE" in m.payload.types and m.prefix.lstrip("وف")[:1] == "ب" and m.payload.pos != "verb"
                    and 0 <= tokens[m.first].start - events[-1].trigger.end <= 40):
                continue  # "اتهام الجزائر الرباط بالتورط": what is alleged, not another accusation
            # The id is final: an event is numbered by its place among those kept.
            ev = _build(doc, tokens, m, lo, hi, sent_refs, sent_subject or last_subject, prev_actor,
                        ctx, entities, dated, prev_sent_refs, tail, last_subject,
                        f"v{len(events) + 1}", antecedents, prev_lo)
            if ev is None:
                continue
            if events and sentence_of.get(events[-1].id) == lo and dual_verb(tokens[m.first].norm, m.payload):
                ev = both_sides(ev, events[-1], entities)
            if events and sentence_of.get(events[-1].id) == lo and events[-1].type == ev.type and not ev.actor and (
                    m.payload.pos in ("noun", "phrase") and m.first - 2 >= lo
                    and tokens[m.first - 1].norm in ctx["outcome_preps"]
                    and without_conjunction(tokens[m.first - 2].norm, 3) in ctx["outcome_verbs"]):
                continue  # "قصفت سيارة، ما أدى إلى مقتل اثنين": the attack's toll, not a second attack
            if events and sentence_of.get(events[-1].id) == lo and relative_retelling(doc, events[-1], ev, ctx):
                events[-1] = fill_from(doc, events[-1], ev, entities)
                continue
            if events and sentence_of.get(events[-1].id) == lo and events[-1].type == "SANCTION" and (
                    ev.type == "ASSAULT" and not ev.actor and fold_word(m.payload.lemma) in ctx["aiming_lemmas"]
                    and 0 <= ev.trigger.start - events[-1].evidence.end <= 12):
                continue  # "عقوبات على روسيا تستهدف قطاع الغاز": what the sanctions hit, not an attack
            if events and sentence_of.get(events[-1].id) == lo and harm_in_attack(tokens, m, events[-1], ev, ctx):
                events[-1] = with_attacker(doc, events[-1], ev, entities)
                continue
            if events and sentence_of.get(events[-1].id) == lo and meeting_on_visit(
                    tokens, m.first, events[-1], ev, entities, ctx):
                events[-1] = visit_meeting(doc, events[-1], ev, entities)
                continue
            harmed = events[-1] if events and sentence_of.get(events[-1].id) in (lo, prev_lo) and (
                m.prefix[:1] in CONJUNCTIONS and m.payload.pos == "verb" and goes_on_harming(ev, events[-1], ctx)) else None
            if not merge_mutual(doc, ev, events, lo, sentence_of, entities):
                kept = len(events)
                keep(ev, events, seen, m.payload.lemma, lo, sentence_of, m.payload.pos == "verb")
                if harmed is not None and len(events) > kept:
                    # (kept as an act of its own first: with the earlier act's target it would read as that act retold)
                    events[-1] = with_target_of(ev, harmed, entities)
            if ev.actor and ev.actor[0].entity:
                prev_actor = next((r for r in sent_refs if r.entity.id == ev.actor[0].entity), prev_actor)
        if sent_subject is not None:
            last_subject = sent_subject
        prev_sent_refs = sent_refs
        prev_lo = lo
    return events


_OBJECT_FIRST = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _owned_object(doc: Document, tokens: Sequence[Token], k: int, named: MentionRef,
                  taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> Arg | None:
    """An unnamed object from token ``k`` tied to the named mention after it as its owner
    ("مواقع لقوات الدعم السريع", "خمسة قادة في قوات الدعم السريع")."""
    while k < named.first and (k in taken or tokens[k].norm in ctx["skippable"]):
        k += 1
    k = _past_weapon(tokens, k, named.first, taken, ctx)
    if k >= named.first - 1 and not (k == named.first - 1 and named.prep == "ل"):
        return None
    if k >= named.first or tokens[k].norm in ctx["boundaries"]:
        return None
    np, np_end = noun_phrase(doc, tokens, k, named.first, taken, ctx)
    if np is None:
        np = prepositional_object(doc, tokens, k, named.first, taken, ctx)
        np_end = named.first if np is not None else k
    if np is None or np.entity is not None or participant_part(np.text, ctx) is None and not tokens[k].is_word:
        return None
    between = [tokens[j].norm for j in range(np_end, named.first)]
    owned = all(w in ctx["owner_links"] for w in between) and (bool(between) or named.prep in ctx["owner_preps"])
    return np if owned else None


def _outside_politics(tokens: Sequence[Token], actor: MentionRef | None, actor_args: Sequence[Arg], etype: str,
                      window: range, t_end: int, entities: dict[str, Entity], ctx: dict[str, Any]) -> bool:
    """An act told in the words of sport, markets, film or a festival, by no state or political
    body: no political event. (What a state or a ministry does about a match stays: "استنكرت
    الوزارة سلوك المشجعين خلال المباراة", and so does a national team's walkout in protest.)"""
    words = [tokens[k].norm for k in window]
    if ctx["sport_words"].isdisjoint(words) or not ctx["political_heads"].isdisjoint(words):
        return False  # (a minister's meeting at a festival stays)
    # a club's name ("نادي الزمالك") and a festival's city ("تظاهرة صفاقس") are no political body
    club = actor is not None and (actor.first > 0 and tokens[actor.first - 1].norm in ctx["club_words"]
                                  or etype == "PROTEST" and actor.first == t_end)

    def political(a: Arg) -> bool:
        if a.entity:
            return entities[a.entity].type in ("GPE", "ORG") and not _non_political(a, entities, ctx) and not club
        return without_conjunction(fold_word(a.text.split()[0]), 3) in ctx["political_heads"] or (
            etype == "PROTEST" and any(demonym(w) for w in a.text.split()[1:]))

    return not any(political(a) for a in actor_args)


def _past_weapon(tokens: Sequence[Token], k: int, stop: int, taken: set[int] | frozenset[int],
                 ctx: dict[str, Any]) -> int:
    """Past a weapon and its words at token ``k`` ("بالمدفعية الثقيلة", "بالغاز المسيل للدموع") to
    what is hit; ``k`` itself when no weapon stands there."""
    if k + 1 >= stop or k in taken or not tokens[k].norm.startswith("بال") or not instrument_phrase(tokens[k].text, ctx):
        return k
    k, weapon_end = k + 1, k + 4
    while k < min(stop, weapon_end) and k not in taken and (
            is_nisba(tokens[k].norm) or tokens[k].norm in ctx["noun_modifiers"]
            or tokens[k].norm.startswith(("ال", "لل")) and not participant_head(tokens[k].text, ctx)):
        k += 1
    return k


def _in_place_chain(tokens: Sequence[Token], sent_refs: list[MentionRef], r: MentionRef, cs: int,
                    ctx: dict[str, Any]) -> bool:
    """A place after ب that follows a place phrase ("في مدينة الفاشر بإقليم دارفور", "في حي
    الشجاعية بمدينة غزة") names the region holding it."""
    if any(p.last == r.first and p.entity.type in ("GPE", "LOC") for p in sent_refs):
        return True
    lo = max(cs, r.first - 4)
    cue = next((k for k in range(r.first - 1, lo - 1, -1)
                if without_conjunction(tokens[k].norm).removeprefix("ال") in ctx["place_cues"]), None)
    return cue is not None and cue > lo and (
        tokens[cue - 1].norm in ctx["location_preps"] or tokens[cue].norm[:1] == "ب" and tokens[cue].norm[1:] in ctx["place_cues"])


def _resumes_head(tokens: Sequence[Token], sent_refs: list[MentionRef], t: int, s_at: int, ce: int,
                  agreement: str, ctx: dict[str, Any]) -> bool:
    """A verb right after a relative word, with its own subject after it, whose pronoun agrees
    with the relative: the pronoun is the relative's head ("الاتفاق الذي التزمت به إسرائيل"),
    not someone named before ("التحالف الذي يقاتل ضدهم": the coalition is the subject)."""
    if agreement not in ctx["relative_agreement"].get(tokens[t - 1].norm, ()):
        return False
    return s_at < ce and (any(r.first == s_at for r in sent_refs) or subject_head(tokens[s_at].norm, ctx))


def _bare_title(tokens: Sequence[Token], k: int, end: int, ctx: dict[str, Any]) -> bool:
    """The phrase [k, end) is a title alone ("الرئيس"): someone named before, not a new party."""
    return end - k == 1 and tokens[k].norm in ctx["title_words"]


def _person_before(last_subject: MentionRef | None, fallback_subject: MentionRef | None) -> bool:
    """A person was named before, whom a bare title can stand for."""
    named = last_subject or fallback_subject
    return named is not None and named.entity.type == "PER"


def _quoted_name(tokens: Sequence[Token], ref: MentionRef) -> bool:
    """A name set in quotation marks of its own ('وأحبط "حزب الجمهورية" الحاكم'), not the start
    of a quotation ('ويهتفون "أرمينيا حرة"')."""
    return ref.first > 0 and tokens[ref.first - 1].norm in OPENING_QUOTES and ref.last < len(tokens) and (
        tokens[ref.last].norm in CLOSING_QUOTES)


def _next_joined_verb(tokens: Sequence[Token], a: int, b: int) -> int | None:
    """Where a trigger verb joined by و or ف ("وقاطعتها") opens in tokens [a, b), or None."""
    matcher = trigger_matcher()
    for k in range(a, b):
        norm = tokens[k].norm
        if norm[:1] in CONJUNCTIONS and matcher.starts(norm):
            found = matcher.match_at(tokens, k, accept_prefix)
            if found is not None and found.payload.pos == "verb" and not found.payload.also_noun and (
                    found.prefix[:1] in CONJUNCTIONS):
                return k
    return None


def _holder_follows(tokens: Sequence[Token], body: MentionRef, person: MentionRef, ctx: dict[str, Any]) -> bool:
    """A body named inside a title is followed by the title's holder ("رئيسة الحكومة البريطانية
    تيريزا ماي", "رئيس وزراء لبنان الأسبق رفيق الحريري")."""
    if body.first == 0 or tokens[body.first - 1].norm not in ctx["title_words"]:
        return False
    gap = person.first - body.last
    return gap == 0 or gap == 1 and tokens[body.last].norm in ctx["title_tails"]


def _build(doc: Document, tokens: Sequence[Token], m: Match[Trigger], lo: int, hi: int,
           sent_refs: list[MentionRef], fallback_subject: MentionRef | None,
           prev_actor: MentionRef | None,
           ctx: dict[str, Any], entities: dict[str, Entity],
           dated: frozenset[int] = frozenset(),
           prev_refs: list[MentionRef] | None = None, tail: range | None = None,
           last_subject: MentionRef | None = None, event_id: str = "v0",
           antecedents: Antecedents | None = None, prev_lo: int = 0) -> Event | None:
    """The event a trigger match states, or None when its clause does not support one."""
    prev_refs = prev_refs or []
    trig = m.payload
    if trig.also_noun and (any(c not in "وفسل" for c in m.prefix) or (
            trig.pos == "verb" and m.first > lo and (light_verb(tokens[m.first - 1].norm, ctx)
                                                     or tokens[m.first - 1].norm in ctx["topic_words"]))):
        # "بفتح", "للطلب": a noun's proclitic, so this reading is the verbal noun; so is the
        # word a light verb carries ("ستواصل دعم أوكرانيا").
        trig = as_noun(trig)
        m = m._replace(payload=trig)
    elif trig.also_noun and trig.pos == "verb" and m.prefix == "" and tokens[m.first].norm.endswith(POSSESSIVES) and (
            light_verb_before(tokens, max(lo, m.first - 6), m.first, ctx, dated.union(
                *(range(r.first, r.last) for r in sent_refs if r.last <= m.first))) is not None):
        # "وجددت الخارجية المصرية إدانتها للهجوم": past its subject, the light verb carries the
        # possessed noun (not "أدانت + ها")
        trig = as_noun(trig)
        m = m._replace(payload=trig)
    t, t_end = m.first, m.last
    if tokens[t].norm in ctx["nouns_before_adjective"] and t_end < hi and len(tokens[t_end].norm) >= 4 and (
            tokens[t_end].norm.endswith(("ي", "يه")) and not tokens[t_end].norm.startswith("ال")):
        return None  # "فاز طالب جامعي": a student, not a demand
    if trig.also_noun and t > lo and is_nominative(tokens[t].norm):
        before_verb = trigger_matcher().match_at(tokens, t - 1, accept_prefix)
        if before_verb is not None and before_verb.last == t and before_verb.payload.pos == "verb":
            return None  # "أغلق محتجون الطريق": the protesters are the subject of the verb before
    cs, ce = clause_bounds(tokens, lo, hi, t, t_end, ctx["boundaries"], ctx["skippable"], ctx["soft_boundaries"],
                           ctx["aside_openers"])
    # The clause up to the next hard boundary, at most 12 words on: the hard boundaries are a
    # subset, so none stands before ``ce`` and the scan starts there. (A split phrase counts from
    # its object words.)
    # The subject's name and a time do not use up the reach: "استقبل الرئيس المصري عبد الفتاح
    # السيسي في قصر الاتحادية …، الأحد، وزير الخارجية الأمريكي أنتوني بلينكن".
    subject_ref = next((r for r in sent_refs if t_end <= r.first <= t_end + 4), None)
    named_words = (subject_ref.last - subject_ref.first if subject_ref is not None else 0) + sum(
        1 for k in range(t_end, min(hi, t_end + 12)) if k in dated) + aside_length(
        tokens, t_end, ce, ctx["soft_boundaries"], ctx["boundaries"], ctx["aside_openers"])
    plain_stop = (t_end if tail is None else max(t_end, tail.stop)) + 12
    soft_stop = min(hi, plain_stop + named_words)
    ce_soft = clause_end(tokens, min(ce, soft_stop), soft_stop, ctx["hard_boundaries"])
    # (a place is sought within the plain reach: one further on is of a phrase of its own,
    # "… بشأن تصريحاته عن حقوق الإنسان في السعودية")
    place_stop = min(ce_soft, plain_stop)
    # (names after the verb do not use up the reach: "أرسل مركز الملك سلمان للإغاثة طائرة تحمل … المساعدات")
    # (the word may be inside the match itself: "قد أفرجت عن المعتقلين" is matched whole)
    if trig.needs and not any(tokens[k].norm.startswith(trig.needs) for k in range(m.first + 1, m.last)) and not any(
            tokens[k].norm.startswith(trig.needs) for k in range(t_end, min(max(ce, ce_soft), t_end + 8 + sum(
                r.last - r.first for r in sent_refs if t_end <= r.first < t_end + 8)))):
        return None  # "أطلق … سراح": the word this trigger needs is not in its clause
    if trig.needs and t_end < hi and tokens[t_end].norm in ctx["speaker_partners"]:
        return None  # "تعمل معنا منذ تسع سنوات": working with us, the speaker, is a job, not cooperation
    if "REJECT" in trig.types and fold_word(trig.lemma) in ctx["denial_verbs"] and _denies_an_act(tokens, t_end, hi, ctx):
        return None  # "نفت الوزارة أن تكون قد اعتقلت …": the act itself is told, negated
    trigger_quote = quote_at(doc.quotes, tokens[t].start, tokens[t_end - 1].end)
    in_quote = trigger_quote is not None
    definite = is_definite(m, tokens)
    in_clause = [r for r in sent_refs if cs <= r.first and r.last <= ce_soft
                 and not (r.first < t_end and r.last > t)]
    before = [r for r in in_clause if r.last <= t]
    # Arguments after the trigger must stay close to it: far mentions belong to other predicates.
    # (a split phrase's reach runs from its object words: "يوقع [subject] اتفاق سلام في واشنطن")
    reach = (t_end + 10 if tail is None else max(t_end + 10, tail.stop + 6)) + named_words
    after = [r for r in in_clause if t_end <= r.first <= reach]
    joined_verb = _next_joined_verb(tokens, t_end, min(ce_soft, t_end + 10))
    if joined_verb is not None:
        # "ندد بها المجتمع الدولي وقاطعتها المعارضة": a verb joined by و opens the next clause
        after = [r for r in after if r.first < joined_verb]
    actor: MentionRef | None = None
    target: MentionRef | None = None
    location: MentionRef | None = None
    witness = _witness_place(tokens, before, cs, t, trig, ctx)
    if witness is not None:
        # "شهدت مدينة زاهدان مظاهرات": the place that saw the act is where, not who acted
        location = witness
        before = [r for r in before if r is not witness]
        in_clause = [r for r in in_clause if r is not witness]
    actor_nationality: Arg | None = None
    relative = relative_head(tokens, sent_refs, t, trig, ctx)
    if relative is not None:
        head, resumptive = relative
        if resumptive:
            # "الغوطة التي استعادها النظام": the head is the object; the subject follows the verb.
            target = head
            actor = next((r for r in after if not r.prepositional and r.first <= t_end + 4), None)
        else:
            actor = head  # "روسيا التي تدعم الأسد"
    # A passive agent ("برصاص الجيش", "على يد", "من قبل") or "بدعم من X" names the actor.
    for r in after:
        if relative is not None:
            break
        if trig.agent_after and r.first == t_end:
            actor = r
            break
        if r.first <= t_end + 6 and tokens[r.first - 1].norm in ctx["agent_markers"]:
            actor = r
            break
        if r.first == t_end + 1 and tokens[t_end].norm in ctx["partitive_preps"] and (
                trig.pos == "noun" or trig.pos == "verb" and trig.also_noun) and (
                not definite and not set(trig.types).isdisjoint(ctx["from_agent_types"])):
            actor = r  # "تعهد من باريس", "دعم من روسيا": what is pledged or given comes from its giver
            break
    if actor is not None:
        after = [r for r in after if r is not actor]
    if target is not None:
        after = [r for r in after if r is not target]
    # SVO / noun with a preceding subject: the nearest non-prepositional mention just before.
    # Not across a conjunction: in "الحريري وقتل …" the و opens a new clause.
    lead = m.prefix.replace("ال", "")
    topic = before[-1].first > cs and tokens[before[-1].first - 1].norm in ctx["topic_particles"] if before else False
    if before and actor is None and not (lead[:1] in CONJUNCTIONS and before[-1].last == t and not topic):
        cand = before[-1]
        after_prep = "ACCUSE" in trig.types and trig.pos != "verb" and definite and t > cs and (
            tokens[t - 1].norm in ctx["target_preps"])
        if not cand.prepositional and gap_ok(tokens, cand.last, t, ctx, 3, dated, quotes_ok=trig.pos == "verb") and not after_prep:
            # (not across a preposition: "لم تعلق الحكومة على الاتهامات" — the accusations are not hers)
            actor = first_conjunct(tokens, sent_refs, cand)  # "بوتين وأردوغان اتفقا": from the first
    rest = list(after)
    s_at = t_end  # where a subject after the verb starts: past "بها" in "ندد بها المجتمع الدولي"
    if trig.pos == "verb" and s_at + 1 < ce and tokens[s_at].norm in ctx["subject_pronoun_preps"]:
        s_at += 1
    own_country: Arg | None = None
    # (names between do not count toward its reach: "وأجرى رئيس الوزراء العراقي محمد شياع السوداني،
    # الاثنين، زيارة")
    lv = light_verb_before(tokens, cs, t, ctx, dated.union(
        *(range(r.first, r.last) for r in before))) if trig.pos in ("noun", "phrase", "possessed") else None
    k_head = lv if lv is not None else t  # the word that carries the tense and subject: a noun's light verb
    if actor is None and trig.pos in ("verb", "phrase"):
        own_country = own_country_subject(doc, tokens, cs, t, ctx, fallback_subject)
    # the light verb of a noun has its own subject, even one not named ("بلاده ستواصل دعم أوكرانيا")
    lv_subject = lv is not None and lv > cs and tokens[lv - 1].norm in ctx["own_country"] | ctx["that_it"]
    if actor is None and lv is not None and own_country is None:
        own_country = own_country_subject(doc, tokens, cs, lv, ctx, fallback_subject)
    if actor is None and subject_word_at(tokens, cs, k_head, ctx["own_forces"],
                                         ctx["forces_gap"]) is not None and (
            fallback_subject is not None and lo <= fallback_subject.first and fallback_subject.last <= t
            and fallback_subject.entity.type in ("ORG", "GPE", "PER")):
        # "نفى الجيش الأوكراني أن تكون قواته قد قصفت": its forces act for the one named before
        actor = fallback_subject
    own_words: Arg | None = None
    if actor is None and own_country is None:
        # "قال نتانياهو إن حكومته ستواصل تقديم المساعدات": a country the article does not name;
        # the speaker speaks for it, else the words themselves are the subject
        k_own = own_country_at(tokens, cs, k_head, ctx)
        if k_own is not None:
            own_words = (speaker_arg(trigger_quote) if trigger_quote is not None else None) or Arg(
                None, tokens[k_own].text)
    vso_joined: list[MentionRef] = []
    patient_genitive = trig.pos in ("noun", "phrase") and fold_word(trig.lemma) in ctx["patient_nouns"]
    attack_noun = trig.pos == "noun" and tail is None and "ASSAULT" in trig.types
    if patient_genitive and actor is None and rest and rest[0].first == t_end and not rest[0].prepositional and (
            rest[0].entity.type in ("ORG", "GPE")) and rest[0].last < ce and (
            is_quantity(tokens[rest[0].last].norm, ctx) or not tokens[rest[0].last].norm.startswith("ال")
            and participant_head(tokens[rest[0].last].text, ctx)):
        # "اعتقال الشرطة التركية ثلاثة صحفيين": a body in the genitive with an object after it is the agent
        actor, rest, patient_genitive = rest[0], rest[1:], False
    if actor is None and trig.pos == "verb" and "REQUEST" in trig.types and m.prefix[:1] == "و" and rest and (
            fallback_subject is not None and lo <= fallback_subject.first and fallback_subject.last <= t
            and fallback_subject.entity.type in ("PER", "ORG", "GPE")
            and not any(tokens[k].norm in ctx["boundaries"] and not tokens[k].is_word
                        for k in range(fallback_subject.last, t))):
        # "وواصل سالفيني خطابه … وطالب حلف شمال الأطلسي الجمعة بحماية إيطاليا": a verb joined to
        # the sentence's subject, with no punctuation between, goes on about it, and the name
        # before "بـ" is the one asked
        k_asked = rest[0].last
        while k_asked < ce and k_asked in dated:
            k_asked += 1
        if rest[0].first <= s_at + 1 and k_asked < ce and tokens[k_asked].norm[:1] == "ب" and len(tokens[k_asked].norm) > 3:
            actor = fallback_subject
    # "وكان قد التقى رئيسة الحكومة": كان with no subject of its own carries the earlier subject,
    # so the name after the verb is its object.
    carried = trig.pos == "verb" and t >= cs + 2 and tokens[t - 1].norm in ctx["carrying_particles"] and (
        without_conjunction(tokens[t - 2].norm) in ctx["past_auxiliaries"])
    if carried and actor is None:
        # (the sentence's first name when it stands before the verb; after it, it is the object)
        # ("وكان قد قتل فلان": the one killed, not an agent carried from before)
        actor = prev_actor or (fallback_subject if fallback_subject is not None and (
            fallback_subject.last <= t or fallback_subject.first < lo) else None if fold_word(
                trig.lemma) in ctx["passive_prone"] else last_subject)
    if actor is None and own_country is None and not lv_subject and not carried and trig.pos in ("verb", "noun", "phrase") and rest and (
            not patient_genitive) and not _unnamed_svo(tokens, cs, t, trig, in_clause, dated, ctx):
        cand = rest[0]
        # VSO subject, or the genitive agent of a verbal noun ("زيارة بوتين"). A place right after
        # a verb of meeting is where the meeting is ("زار الرياض"), unless it acts as a state.
        place_object = (cand.entity.type in ("GPE", "LOC") and "CONSULT" in trig.types
                        and not cand.entity.metonymy
                        and tokens[cand.first - 1].norm not in ctx["title_words"])  # ("رئيس وزراء العراق")
        if place_object and trig.pos != "verb" and cand.first == t_end and location is None:
            location = cand  # "مشاورات الكويت": talks held in Kuwait
        counterpart = without_conjunction(tokens[cand.first].norm, 3) in ctx["counterparts"]
        # "لمساعدة لوباني وأسرته": a person in the genitive of help is the one helped (a state may
        # give it: "مساعدة واشنطن لكييف")
        helped = "AID" in trig.types and trig.pos in ("noun", "phrase") and cand.entity.type == "PER" and (
            cand.first == t_end and not (cand.last < ce and tokens[cand.last].norm[:1] == "ل"))
        if not cand.prepositional and not place_object and not counterpart and not helped and not (
                trig.pos == "verb" and cand.first == t_end == t + 1 and _masculine_verb(tokens[t].norm[len(m.prefix):], trig, ctx)
                and _feminine_name(tokens, cand, ctx)) and not (
                trig.pos == "verb" and cand.entity.type == "PER" and _feminine_verb(tokens[t].norm[len(m.prefix):], trig)
                and _masculine_title_between(tokens, t_end, cand.last, ctx)) and gap_ok(
                tokens, s_at, cand.first, ctx, 2, dated, quotes_ok=_quoted_name(tokens, cand)) and not (
                trig.pos != "verb" and any(tokens[k].norm in ctx["soft_boundaries"] for k in range(t_end, cand.first - 1))):
            # (past a comma only as an apposition right after it, not "فشل المفاوضات، ستشن إسرائيل")
            actor = cand
            rest = rest[1:]
            # "رئيس الحكومة الكندية جوستن ترودو": the body in the title, then the person named.
            if actor.entity.type != "PER" and rest and rest[0].entity.type == "PER" and actor.first > t_end and (
                    _holder_follows(tokens, actor, rest[0], ctx)):
                actor = rest[0]
                rest = rest[1:]
            if trig.pos == "verb" and actor.first >= t_end:
                # "واعترفت إسبانيا وأيرلندا والنرويج بدولة فلسطين": after the verb, names joined by و
                # are all its subject (an object never opens with و)
                vso_joined = conjuncts(tokens, sent_refs, actor, ce_soft)
                rest = [r for r in rest if r not in vso_joined]
    passive_agent: Arg | None = None
    if actor is not None and actor.first >= t_end and trig.pos == "verb" and fold_word(trig.lemma) in ctx["passive_prone"]:
        # "قتل الصحفي محمد أبو سالم برصاص قناص إسرائيلي": the name after a passive verb is the
        # victim when an unnamed agent follows it
        k_agent = next((k for k in range(actor.last, min(ce, actor.last + 3)) if tokens[k].norm in ctx["agent_markers"]),
                       None)
        if k_agent is not None and not any(r.first == k_agent + 1 for r in sent_refs):
            passive_agent, _ = noun_phrase(doc, tokens, k_agent + 1, ce, frozenset(), ctx)
            if passive_agent is not None:
                target, actor = actor, None  # (not "actor, target = None, actor": mypyc bug)
    if actor is not None and actor.last <= t and trig.pos in ("noun", "phrase") and (
            _condemned(tokens, cs, t, {"ACCUSE", "SUPPORT"}, actor, ctx)
            or not {"ACCUSE", "REQUEST"}.isdisjoint(trig.types) and _condemned(tokens, cs, t, {"REJECT"}, actor, ctx)):
        # "أدانت الجامعة الهجوم": who condemns the attack did not make it; "رفضت إسرائيل
        # الاتهامات", "رفضت حركة النهضة مطلب الحزب": who rejects accusations or a demand did
        # not make them; the noun's genitive did ("مطلب حزب نداء تونس", "هجوم داعش")
        actor = next((r for r in rest if r.first == t_end and not r.prepositional and not patient_genitive
                      and r.entity.type in ("PER", "ORG", "GPE")), None)
        rest = [r for r in rest if r is not actor]
    if actor is None and trig.pos in ("noun", "phrase") and t - 2 > cs and tokens[t - 1].norm in ctx["location_preps"] and (
            without_conjunction(tokens[t - 2].norm, 3) in ctx["implicated_forms"]):
        # "ميليشيا حزب الله المتورط في اغتيال الحريري": the one implicated in the act did it
        actor = next((r for r in before if r.last == t - 2 and not r.prepositional), None)
    implicated = actor is not None and actor.last == t and trig.pos == "noun" and (
        without_conjunction(tokens[t].norm, 3) in ctx["implicated_forms"])
    if implicated:
        target, actor = actor, None  # "ميليشيا حزب الله المتورط في اغتيال …": the one implicated is accused
    if actor is None and lv is not None and own_country is None:
        # "شنت إسرائيل … عشرات الغارات": the noun's agent is the subject of its light verb.
        actor = next((r for r in in_clause if lv < r.first and r.last <= t and not r.prepositional
                      and gap_ok(tokens, lv + 1, r.first, ctx, 1, dated)), None)
        if actor is None:
            actor = next((r for r in reversed(before) if r.last <= lv and not r.prepositional
                          and gap_ok(tokens, r.last, lv, ctx, 3, dated, quotes_ok=True)), None)
            if actor is not None:
                actor = first_conjunct(tokens, sent_refs, actor)
    suffered: Arg | None = None
    suffer_head: int | None = None  # "لم تتعرض العاصمة لأي هجوم": the verb of suffering carries the tense
    if trig.pos in ("noun", "phrase") and target is None and (
            m.prefix.endswith("ل") or t > cs and tokens[t - 1].norm[:1] == "ل" and tokens[t - 1].norm[1:] in ctx["any_words"]):
        # (also "لم تتعرض العاصمة لأي هجوم")
        # "تعرضت قافلة إغاثة لهجوم": the subject of تعرض suffers the act
        k_sv = next((k for k in range(max(cs, t - 5), t) if without_conjunction(tokens[k].norm) in ctx["suffer_verbs"]), None)
        suffer_head = k_sv
        if k_sv is not None:
            target = next((r for r in in_clause if k_sv < r.first and r.last <= t), None)
            if actor is not None and target is not None and actor.entity.id == target.entity.id:
                actor = None
            if target is None and k_sv + 1 < t:
                suffered, _ = noun_phrase(doc, tokens, k_sv + 1, t, frozenset(), ctx)
    lv_unnamed: Arg | None = None
    genitive_end = t_end  # past a genitive agent ("اقتحام المستوطنين"), where the object starts
    if actor is None and lv is not None and own_country is None and lv + 1 < t and (
            subject_head(tokens[lv + 1].norm, ctx) or title_phrase(tokens, lv + 1, t, ctx)):
        # "أجرى وزير الخارجية الإيراني اتصالا": the light verb's unnamed subject
        np_lv, np_lv_end = noun_phrase(doc, tokens, lv + 1, t, frozenset(), ctx, state=True)
        if np_lv is not None and np_lv_end <= t:
            lv_unnamed = np_lv
    if actor is None and lv is not None and lv_unnamed is None and own_country is None and lv - 1 >= cs and (
            is_nominative(tokens[lv - 1].norm) or unnamed_subject(tokens[lv - 1].norm, ctx)):
        # "الحوثيون يتبنون هجوما": the unnamed subject before the light verb
        lv_unnamed = Arg(None, tokens[lv - 1].text)
    if actor is None and lv_unnamed is None and trig.pos in ("noun", "phrase") and (
            fold_word(trig.lemma) in ctx["agent_genitive_nouns"]) and t_end < ce and (
            not any(r.first <= t_end < r.last for r in sent_refs)) and tokens[t_end].norm.startswith("ال") and (
            is_people_plural(tokens[t_end].norm[2:]) or tokens[t_end].norm[2:] in ctx["participant_heads"]):
        # "اقتحام المستوطنين للمسجد": the people in the genitive of a raid or an attack carry it out
        lv_unnamed, genitive_end = noun_phrase(doc, tokens, t_end, ce, frozenset(), ctx)
    speaker_acts = False
    if actor is None and own_country is None and trigger_quote is not None and (
            trigger_quote.speaker or trigger_quote.speaker_text):
        # "أعلنت الوزارة أنها ستفرض حظر التجول": "that it" is the one who announces
        passive_filler = tokens[k_head - 1].norm.endswith("نه") and fold_word(trig.lemma) in ctx["passive_prone"] and (
            t_end < ce and is_quantity(tokens[t_end].norm, ctx))
        if k_head > lo and tokens[k_head - 1].norm in ctx["that_it"] and not passive_filler:
            if trigger_quote.speaker:
                actor = next((r for r in reversed(sent_refs) if r.entity.id == trigger_quote.speaker
                              and r.last <= k_head), None)
                speaker_acts = actor is not None
            elif lv_unnamed is None:
                # "قالت الشرطة إنها اعتقلت رجلين"; an official known by nationality speaks for his state
                lv_unnamed = acting_speaker(doc, trigger_quote, ctx)
    relative_unnamed: Arg | None = None
    relative_actor: MentionRef | None = None
    relative_end = t_end
    if actor is None and trig.pos in ("noun", "phrase"):
        # "التدخل العسكري الذي تقوده الرياض": the agent is the subject of the relative clause.
        actor = relative_agent(tokens, sent_refs, t_end, hi, ctx, definite=definite)
        relative_actor = actor
        at = relative_subject_at(tokens, t_end, hi, ctx, definite) if actor is None else None
        if at is not None and at < ce and subject_head(tokens[at].norm, ctx):
            # "في هجوم شنه مسلحون أكراد": an unnamed subject there
            relative_unnamed, relative_end = noun_phrase(doc, tokens, at, ce, frozenset(), ctx, state=True)
        if actor is not None and location is None:
            # "التدخل العسكري الذي تقوده الرياض في اليمن": the place closes the relative clause.
            location = next((r for r in sent_refs if actor.last <= r.first <= actor.last + 1 and r.entity.type in (
                "GPE", "LOC") and r.prep in ctx["location_preps"]), None)
    if actor is None and trig.pos in ("noun", "phrase") and not definite:
        # Only an indefinite noun: "العقوبات الأمريكية" points back at sanctions told before.
        actor_nationality = nationality_after(doc, tokens, t_end, ce)
    between_other: Arg | None = None
    if actor is not None and actor.last <= t and trig.pos != "verb" and "AGREE" in trig.types and (
            t_end < len(tokens) and tokens[t_end].norm in ctx["between"]):
        # "أعلنت الرئاسة الفرنسية عن اتفاق بين باريس وموسكو": who announces or brokers a deal
        # between two named sides is not one of them (a mediator of talks, "الوساطة بين", holds them)
        sides = between_parties(tokens, sent_refs, t_end, ce_soft, ctx)
        if len(sides) > 1:
            actor, target = sides[0], sides[1]
            rest = [r for r in rest if r not in sides]
    if actor is None and set(trig.types) & MUTUAL_ACTS and not (
            trig.pos != "verb" and definite and lv is None and not (
                t_end < len(tokens) and tokens[t_end].norm in ctx["between"])):
        # (a definite noun points back at talks told before, unless "بين" names their sides now)
        # "محادثات بين واشنطن وطهران", "اتفاق بين الحكومة والمعارضة": the two sides.
        sides = between_parties(tokens, sent_refs, t_end, ce_soft, ctx)
        if sides:
            actor = sides[0]
            if target is None and len(sides) > 1:
                target = sides[1]
            rest = [r for r in rest if r not in sides]
        elif lv_unnamed is None and not any(t_end <= r.first < ce_soft for r in sent_refs):
            # "لقاء بين الوفد الأمريكي والوفد الإيراني": two unnamed sides
            unnamed_sides = between_descriptions(doc, tokens, t_end, ce_soft, ctx)
            if unnamed_sides is not None:
                lv_unnamed, between_other = unnamed_sides
    if actor is None:
        actor = _denier(tokens, sent_refs, lo, t, ctx)
    if actor is None and lv_unnamed is None and trig.pos in ("noun", "phrase"):
        # "نفى مسؤول في حماس التوصل إلى اتفاق": the unnamed one who denies the act
        d = next((k for k in range(t - 1, max(lo - 1, t - 7), -1) if tokens[k].norm in ctx["denial_forms"]), None)
        if d is not None and d + 1 < t:
            lv_unnamed, member_end = noun_phrase(doc, tokens, d + 1, t, frozenset(), ctx, state=True)
            body = next((r for r in sent_refs if r.first == member_end + 1 and r.entity.type in ("ORG", "GPE")), None) \
                if member_end + 1 < t and tokens[member_end].norm in ctx["member_of_preps"] else None
            if lv_unnamed is not None and body is not None and tokens[d + 1].norm in ctx["spokesmen"]:
                # "نفى مسؤول في حركة حماس التوصل إلى اتفاق": the deal denied would be the movement's
                actor, lv_unnamed = body, None
    # "باعتقاله": the possessor of a verbal noun of arrest or release is the one held, not the agent
    patient_possessive = trig.pos == "possessed" and fold_word(trig.lemma) in ctx["patient_nouns"]
    if actor is None and trig.pos == "possessed" and not patient_possessive:
        # "إن القوات الأممية أكملت انسحابها": the subject right before the light verb of the noun
        lv_owned = light_verb_before(tokens, cs, t, ctx, dated)
        actor = next((r for r in before if lv_owned is not None and r.last in (lv_owned, lv_owned - 1)
                      and not r.prepositional), None)
    if actor is None and trig.pos in ("participle", "possessed") and fallback_subject is not None and (
            not patient_possessive):
        # "مشيداً بـ…", "زيارته": the agent is the subject the sentence (or the last one) is about.
        actor = fallback_subject
    # "وقتل في الصراع نحو 10.000 مدني": a verb of harm before a count reads as a passive
    passive_count = trig.pos == "verb" and fold_word(trig.lemma) in ctx["passive_prone"] and t_end + 2 < hi and (
        is_quantity(tokens[t_end].norm, ctx)
        or tokens[t_end].norm in ctx["location_preps"] and is_quantity(tokens[t_end + 2].norm, ctx))
    if actor is None and trig.pos == "verb" and prev_actor is not None and not passive_count and (
            t == cs or (t > lo and tokens[t - 1].norm in ctx["boundaries"])
            or m.prefix[:1] in CONJUNCTIONS) and not (
            t > lo and tokens[t - 1].norm in ctx["relative_pronouns"]
            and not any(r.last == t - 1 for r in sent_refs)):
        # (after الذي/التي the subject is the relative's head, which may be no one named: "الهجوم
        # الذي استهدف كنيسة")
        # A clause-initial verb with no subject of its own continues the previous clause's subject
        # ("اتهم X Y بالتقصير، وطالبه بالاستقالة").
        actor = prev_actor
    if actor is not None and actor.entity.type != "PER":
        # "اتهم رئيس الحكومة اليمنية": the office holder named elsewhere, not the government.
        actor = office_holder(doc, tokens, actor, ctx) or actor
    venue_body: MentionRef | None = None
    for r in rest:
        if r is actor or (actor is not None and (r.entity.id == actor.entity.id or r.first == actor.first)):
            continue
        if r.first > 0 and tokens[r.first - 1].norm in ctx["topic_words"]:
            continue  # "حق النقض ضد مشروع قرار بشأن مالي": what the text is about, not who is acted on
        if r.first > t_end and tokens[r.first - 1].norm in ctx["saying_forms"]:
            continue  # "ترحيل الجنود إلى اليونان، قال تزاناكوبولوس": the speaker of what follows
        if r.entity.type not in ("GPE", "LOC") and any(
                tokens[k].norm in ctx["setting_heads"] for k in range(max(cs, r.first - 3), r.first)):
            continue  # "يلتقي نظيره على هامش اجتماعات مجموعة العشرين": the setting, not who is met
        if (r.prep or tokens[r.first - 1].norm) in ctx["envoy_preps"] and any(
                without_article_prep(tokens[k].norm).removeprefix("ال") in ctx["envoy_titles"]
                for k in range(max(cs, t_end, r.first - 4), r.first - 1) if tail is None or k not in tail):
            # "المبعوث الأممي إلى ليبيا", "التقى بالسفير الأميركي لدى اليمن": the country is in the
            # envoy's title (not in the trigger's: "استدعت سفيرها لدى فرنسا" acts on France)
            continue
        if r.prep in ctx["location_preps"] and r.entity.type == "ORG" and set(trig.types).isdisjoint(ctx["harm_types"]):
            venue_body = venue_body or r
            continue  # "… في مجلس الأمن": the body where a vote or a talk happens (not "تحقيق في …")
        if r.prep in ctx["location_preps"] and r.entity.type in ("GPE", "LOC"):
            if location is None and r.last <= place_stop:
                location = r
            continue
        if attack_noun and actor is None and r.prep == "ل" and r.first <= t_end + 2:
            actor = r  # "هجوم لتنظيم الدولة", "غارة للتحالف": who carried out the attack
            continue
        if "COERCE" in trig.types and r.prep in ctx["destination_preps"] and r.entity.type in ("GPE", "LOC") and (
                "ASSAULT" not in trig.types):
            continue  # "ترحيل طالبي اللجوء إلى رواندا": where people are sent, not who is acted on
        if r.prep == "ب" and "CONSULT" in trig.types and r.entity.type in ("ORG", "LOC") and (
                without_conjunction(tokens[r.first].norm, 3)[1:].removeprefix("ال") in ctx["venue_heads"]):
            if location is None:
                location = r  # "استقبلها الرئيس بقصر المرادية": the palace where they met
            continue
        if r.prep == "ب" and r.entity.type in ("GPE", "LOC") and _in_place_chain(tokens, sent_refs, r, cs, ctx):
            continue  # "في مدينة الفاشر بإقليم دارفور": the region that holds the place, not a target
        if "COOPERATE" not in trig.types and r.first - 2 > t_end and _partner_in_cooperation(tokens, r.first, ctx):
            continue  # "اعتقلت القوات، بالتنسيق مع التحالف، قياديا": the partner, not the one arrested
        if target is None:
            target = r
        elif target.entity.type != "PER" and r.entity.type == "PER" and _holder_follows(tokens, target, r, ctx):
            target = r  # "التقى رئيسة الحكومة البريطانية تيريزا ماي": the person, not the body
    if location is None and trig.pos != "verb":
        # "تستضيف الدوحة جولة من المحادثات": the host is where the talks are
        k_host = next((k for k in range(max(cs, t - 8), t) if tokens[k].norm in ctx["host_forms"]), None)
        if k_host is not None:
            location = next((r for r in in_clause if r.first in (k_host + 1, k_host + 2) and r.entity.type in ("GPE", "LOC")
                             and r is not actor), None)
    if location is None and "CONSULT" in trig.types:
        # "يزور نتانياهو لندن …، وكان قد التقى رئيسة الحكومة": a meeting on a visit is where the visit is
        k_visit = next((k for k in range(lo, t) if tokens[k].norm in ctx["visit_forms"]), None)
        if k_visit is not None:
            location = next((r for r in sent_refs if k_visit < r.first <= k_visit + 4 and r.last <= t
                             and r.entity.type in ("GPE", "LOC") and not r.entity.metonymy), None)
    if location is None and m.prefix[:1] not in CONJUNCTIONS:
        # Not across a conjunction: in "… في السعودية والتدخل" the place belongs to the first part.
        for r in before:
            if r.prep in ctx["location_preps"] and r.entity.type in ("GPE", "LOC") and r is not actor:
                location = r
                break
    if location is None:
        used = {r.entity.id for r in (actor, target) if r is not None}
        location = location_fallback(sent_refs, t_end, joined_verb or place_stop, used, ctx)
    if location is None and cs > lo and tokens[cs - 1].norm in ctx["soft_boundaries"] and (
            trig.pos in ("noun", "phrase") and any(tokens[k].norm in ctx["inclusion_words"] for k in range(cs, t))
            or t - 1 >= cs and tokens[t - 1].norm in ctx["inclusion_words"]):  # (a noun after them: "بينها خطف")
        # "اتهمت … مسلحي حركة الحوثيين في اليمن بارتكاب انتهاكات، من بينها خطف رهائن": the items
        # of a list happened where the clause they itemise did
        location = next((r for r in reversed(sent_refs) if lo <= r.first and r.last < cs and r.entity.type in (
            "GPE", "LOC") and r.prep in ctx["location_preps"]), None)
    if target is not None and location is None and target.entity.type in ("GPE", "LOC") and (
            "CONSULT" in trig.types and not target.entity.metonymy and (
                not target.prepositional or target.prep in ctx["motion_preps"])):
        location = target  # "زار الرياض", "زيارة إلى طهران": the place visited is also where the visit went
    if target is not None and location is None and target.entity.type in ("GPE", "LOC") and (
            set(trig.types) & {"COERCE", "ASSAULT"}) and (
            not target.entity.metonymy or target.prep in ctx["hit_place_preps"]) and (
            target.prep not in ctx["partner_preps"]):
        # "سيطروا على صنعاء", "قصفوا حلب": the place taken or hit is where (not "الحدود مع المغرب")
        location = target
    if target is not None and target.entity.type in ("GPE", "LOC") and (
            target.prep in ctx["motion_preps"] or "RETREAT" in trig.types and target.prep in ctx["lifted_from_preps"]) and (
            set(trig.types) & {"RETREAT", "MOBILIZE", "PROTEST", "AID"}) and not target.entity.metonymy and (
            location is None or 0 <= location.first - target.last <= 2):
        # "انسحبت القوات من خيرسون", "ترسل قوات إلى الصومال": the place left or reached is where
        # (over the region that contains it: "مدينة قندوز شمال أفغانستان")
        location = target
    elif target is not None and location is not None and target is not location and (
            target.entity.type in ("GPE", "LOC")) and location.entity.type in ("GPE", "LOC") and (
            set(trig.types) & {"COERCE", "ASSAULT"}) and 0 <= location.first - target.last <= 2 and (
            not target.entity.metonymy or target.prep in ctx["hit_place_preps"]):
        location = target  # "سيطرت على مدينة قندوز شمال أفغانستان": the town, not its region
    if target is not None and "MOBILIZE" in trig.types and target.entity.type in ("GPE", "LOC") and (
            not target.entity.metonymy) and location is None:
        # "ستنشر الوزارة جنودا في قواعدها بالشرق الأوسط": troops are sent to a place, not against it
        location, target = target, None
    inner_place: Arg | None = None
    if location is None and target is not None and target.entity.type in ("ORG", "LOC") and (
            set(trig.types) & {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}):
        # "استهداف مطار أبوظبي الدولي", "أمام السفارة الجزائرية في العراق": the place in its name.
        inner_place = place_inside(doc, tokens, target)
    if location is not None and location.entity.type == "GPE" and is_country(location.entity):
        # "أغلق محتجون في أرمينيا … مداخل العاصمة يريفان": a town of that country the clause
        # names is the more exact place (the object, or a place named next to it)
        near = location
        location = next((r for r in in_clause if r is not actor and (r is target or abs(r.first - near.last) <= 4)
                         and r.entity.type in ("GPE", "LOC") and r.entity.country == near.entity.country
                         and r.entity.id != near.entity.id and not is_country(r.entity)), near)
    # Date words are never part of a participant ("اختطافه يوم الجمعة").
    taken = {i for r in in_clause for i in range(r.first, r.last)}.union(dated, tail or ())
    obj: tuple[Arg, ...] = ()
    k_obj = t_end
    while k_obj < ce and k_obj in dated:
        k_obj += 1  # "استدعت اليوم السبت السفير الفرنسي": past the time
    if target is not None and actor is not None and actor.last <= t and trig.pos == "verb" and (
            target.first > k_obj + 1 and k_obj not in taken
            and tokens[k_obj].norm.startswith("ال") and not is_nominative(tokens[k_obj].norm) and any(
                tokens[k].norm[:1] in ("ب", "ل") and len(tokens[k].norm) > 3 for k in range(k_obj + 1, target.first))):
        # "وكان البرلمان قد طالب الحكومة بوضع جدول لانسحاب القوات", "استدعت السفير الفرنسي
        # لاستيضاح أسباب دخول الشرطة": the one acted on stands right after the verb; a name in
        # what is asked for, or why, is not
        asked_first, _ = noun_phrase(doc, tokens, k_obj, target.first, taken, ctx)
        if asked_first is not None and participant_part(asked_first.text, ctx) is not None:
            target, obj = None, (asked_first,)
    unnamed_actor: Arg | None = lv_unnamed or relative_unnamed or passive_agent
    sv = t - 1
    while sv > cs and tokens[sv].norm in ctx["modal_gap"]:
        sv -= 1  # "الوزير قد التقى"
    sv_head = sv
    while sv_head > cs and sv_head not in taken and is_nisba(tokens[sv_head].norm) and sv_head > sv - 2:
        sv_head -= 1  # "الرئيس الجزائري استقبل": past the subject's adjectives to its noun
    svo_start: int | None = None  # where an unnamed subject before the verb starts (for the evidence)
    sv_norm = without_conjunction(tokens[sv_head].norm, 3) if sv_head == cs else tokens[sv_head].norm
    fronted_object = trig.pos == "verb" and t_end < ce and object_pronoun(
        tokens[t_end - 1].norm, trig, ctx["object_pronouns"]) and subject_head(tokens[t_end].norm, ctx)
    if actor is None and trig.pos == "verb" and sv_head >= cs and sv_head not in taken and sv not in taken and (
            not fronted_object) and (
            unnamed_subject(sv_norm, ctx) or sv_norm in ctx["title_words"] and sv_norm.startswith("ال")):
        # (not "الرهائن تحتجزهم القوات": the noun before is the object the pronoun takes up)
        # SVO with an unnamed subject right before the verb: "الشرطة استجوبت", "المحكمة أمرت",
        # with the noun it completes ("قوات الأمن أطلقت").
        first = sv_head
        if first - 1 >= cs and first - 1 not in taken and without_conjunction(tokens[first - 1].norm) in (
                ctx["member_words"] | ctx["state_agents"] | ctx["participant_heads"]):
            first -= 1
        first_at = tokens[first].start + len(tokens[first].norm) - len(sv_norm) if first == sv_head else tokens[first].start
        unnamed_actor = Arg(None, doc.text[first_at:tokens[sv].end])  # ("والشرطة": without the و)
        svo_start = first_at
    subject_end = max(relative_end, genitive_end)
    gap_end = tail.start if tail is not None else t_end
    gap_recipient: Arg | None = None
    while gap_end > t_end and (gap_end - 1 in dated or tokens[gap_end - 1].norm in ctx["skippable"]
                               or tokens[gap_end - 1].norm in ctx["any_words"]):
        gap_end -= 1  # "وفرضت واشنطن أمس عقوبات", "لم تفرض أي عقوبات": time words and "any" are no subject
    if tail is not None and gap_end == t_end < tail.start:
        subject_end = tail.start  # (the object still comes after the phrase's own words)
    if tail is not None and actor is None and unnamed_actor is None and t_end < gap_end and (
            set(range(t_end, gap_end)) & taken):
        # "أضرب عمال الموانئ في فرنسا عن العمل": the subject stops where a place is named
        first_named = min(set(range(t_end, gap_end)) & taken)
        if first_named - 1 > t_end and tokens[first_named - 1].norm in ctx["location_preps"] and (
                first_named - 1 not in taken):
            gap_end = first_named - 1
    if tail is not None and actor is None and unnamed_actor is None and t_end < gap_end and not (
            set(range(t_end, gap_end)) & taken):
        # "وحاولت الشرطة إقناع …": the words between the verb and its object are the subject
        # (not a preposition with a pronoun before it: "فرض عليها الرئيس حظرا").
        gap_start = t_end
        while gap_start < gap_end and tokens[gap_start].norm in ctx["not_objects"] | ctx["pronoun_preps"]:
            gap_start += 1
        if gap_start < gap_end:  # (only such words: "الذي فرضت فيه حالة الطوارئ" names no one)
            gap_arg = Arg(None, doc.text[tokens[gap_start].start:tokens[gap_end - 1].end])
            if tokens[gap_start].norm[:1] in ("ل", "ب") and len(tokens[gap_start].norm) > 3 and participant_head(
                    tokens[gap_start].text, ctx):
                gap_recipient = gap_arg  # "وجهت لأربعة أشخاص … اتهامات": those the act is addressed to
            else:
                unnamed_actor = gap_arg
        subject_end = tail.start
    if actor is None and unnamed_actor is None and trig.pos == "verb" and t_end < ce and (
            t_end not in taken and is_nominative(tokens[t_end].norm)):
        # VSO with an unnamed plural subject before a named object ("أغلق محتجون … يريفان").
        unnamed_actor, subject_end = noun_phrase(doc, tokens, t_end, ce, taken, ctx, state=True)
    if actor is None and unnamed_actor is None and trig.pos == "verb" and tail is None and s_at < ce and (
            s_at not in taken and (subject_head(tokens[s_at].norm, ctx) or (
                fold_word(trig.lemma) in ctx["intransitive"]  # "أضرب عمال الموانئ"
                or object_pronoun(tokens[t_end - 1].norm, trig, ctx["object_pronouns"])  # "أنقذتهم منظمة"
                and s_at + 1 < ce and tokens[s_at + 1].is_word and tokens[s_at].norm[:1] not in ("ل", "ب"))
            and participant_head(tokens[s_at].text, ctx))) and (
            not tokens[t_end - 1].norm.endswith(("وا", "ون"))) and (
            fold_word(trig.lemma) in ctx["intransitive"]
            # (past "فيه"/"بها", not a count of victims, "قتل فيه ستة أشخاص", nor of things,
            # "ينتقد فيها بعض السياسات")
            or s_at > t_end and not (is_quantity(tokens[s_at].norm, ctx) and (
                fold_word(trig.lemma) in ctx["passive_prone"]
                or s_at + 1 < ce and not participant_head(tokens[s_at + 1].text, ctx)))
            or object_pronoun(tokens[t_end - 1].norm, trig, ctx["object_pronouns"])  # "تحتجزهم القوات"
            or (target is not None and target.first > t_end + 1
                and not (target.prep in ctx["location_preps"] and target.entity.type in ("GPE", "LOC"))
                and not (tokens[t_end].norm in ctx["quantities"] and fold_word(trig.lemma) in ctx["passive_prone"]))):
        # (not before a place after a preposition, nor a count: "قتل خمسة أشخاص في غارة على
        # جنوب لبنان" names victims)
        # VSO with an unnamed subject: after a verb that takes no object ("تظاهر آلاف المحتجين",
        # "استقال رئيس الوزراء"), or before the named object ("قصفت المدفعية التركية مواقع …").
        # Not after a verb that carries its plural subject ("أغلقوا الطريق"), nor a bare title
        # ("وثمن الوزير": the minister named before).
        np: Arg | None  # (declared for mypyc, which infers None)
        np, np_end = noun_phrase(doc, tokens, s_at, ce, taken, ctx, state=True)
        if np is not None and (target is None or np_end <= target.first) and not (
                _bare_title(tokens, s_at, np_end, ctx) and _person_before(last_subject, fallback_subject)):
            unnamed_actor, subject_end = np, np_end
    victims: Arg | None = None
    if target is not None and target.prepositional and target.entity.type in ("GPE", "LOC") and (
            set(trig.types) & {"ASSAULT", "COERCE"}) and trig.pos == "verb" and t_end < ce and (
            is_quantity(tokens[t_end].norm, ctx)) and (location is None or location is target):
        # "قتل خمسة أشخاص في غارة على جنوب لبنان": the counted victims are the target, the
        # place is where
        victims, _ = noun_phrase(doc, tokens, t_end, ce, taken, ctx)
        if victims is not None:
            location, target = target, None
    pronoun_obj: Arg | None = None
    # A pronoun object decides even over a later name ("أنقذتهم منظمة …", "يقاتل ضدهم … الرياض"):
    # that name is the subject or belongs to another clause; a form that may be a noun
    # ("تضامنها مع طهران") keeps its named object.
    agreement = _pronoun_object(tokens, t, t_end, trig, ctx, tail) if target is None or (
        t_end < len(tokens) and tokens[t_end].norm in ctx["pronoun_preps"]) or (
        trig.pos == "verb" and not trig.also_noun) else None
    if agreement is not None and trig.pos == "verb" and t > lo and _resumes_head(
            tokens, sent_refs, t, s_at, ce, agreement, ctx):
        agreement = None  # "الاتفاق الذي التزمت به إسرائيل", "ما التزمت به": the pronoun is the head's
    if agreement is not None and antecedents is not None:
        # "انتقدتها واشنطن", "باعتقالهما", "يقاتل ضدهم": the pronoun points back at the nearest
        # earlier participant that agrees with it (this sentence or the one before).
        skip = {actor.entity.id if actor else None, trigger_quote.speaker if trigger_quote else None}
        held_people = patient_possessive or (tail is not None and (
            fold_word(trig.lemma).split()[-1] in ctx["patient_nouns"])) or (  # "أطلقت … سراحه"
            fold_word(trig.lemma) in ctx["suspicion_nouns"])  # "للاشتباه في حيازته سكينا": a suspect
        found = antecedents.resolve(agreement, t, prev_lo, skip, held_people)
        if found is not None and found.ref is not None:
            target = found.ref
        elif found is not None:
            target, pronoun_obj = None, found.description
    recipient: Arg | None = None
    if trig.pos == "verb" and target is not None and target.first > t_end + 1 and tail is None and (
            tokens[t_end].norm.startswith("لل")):
        # "تعهد للمحكمة بالبقاء في الاتحاد الأوروبي": the one promised, not a name in what is promised
        recipient = lam_object(doc, tokens, t_end, ce, frozenset(), ctx)
        if recipient is not None:
            target = None
    asked: Arg | None = None
    at = next((k for k in range(t_end, min(ce, t_end + 5)) if tokens[k].norm in ctx["object_preps"]), None)
    if target is not None and at is not None and target.first > at + 1 and "REQUEST" in trig.types and (
            tokens[at + 1].norm not in ctx["by_heads"]):  # ("من طرف الوزارة": by the ministry)
        # "طلبت (الشرطة) من المسعفين إجراء اختبار …": the people right after the preposition, not a
        # name further on
        asked = prepositional_object(doc, tokens, at, ce, taken, ctx)
        if asked is not None and participant_part(asked.text, ctx) is not None:
            target = None
        else:
            asked = None
    # an unnamed participant a rule above already found, in order of precedence
    found_obj = next((a for a in (between_other, gap_recipient, recipient, asked, victims, suffered, pronoun_obj)
                      if a is not None), None)
    if target is None and found_obj is not None:
        obj = (found_obj,)
    elif target is None:
        k = actor.last if actor is not None and actor.first >= t_end else t_end
        if actor is not None and actor.first > t_end + 1 and (
                tokens[actor.first - 1].norm in ctx["agent_markers"]):
            k = t_end  # "قتل نحو 60 فلسطينيا برصاص الجيش": the victims stand before the agent
        k = max(k, subject_end)
        if tail is not None and k >= tail.start:
            k = max(k, tail.stop)  # the object comes after the phrase's own words
        while k < ce and k in dated:
            k += 1  # "اعتقلت قوات الأمن فجر اليوم 23 شخصا": past the time to the object
        if tail is not None and k >= tail.start:
            k = max(k, tail.stop)  # "فرضت واشنطن أمس عقوبات على …": past the time and the phrase's words
        if trig.pos == "verb" and set(trig.types) & {"ASSAULT", "COERCE"}:
            k = _past_weapon(tokens, k, ce, taken, ctx)  # "قصفت القوات بالمدفعية الثقيلة أحياء سكنية"
        if trig.pos != "verb" and (definite or "ال" in tokens[t_end - 1].norm[:4]):
            while k < ce and k not in taken and is_nisba(tokens[k].norm):
                k += 1  # the noun's own adjectives: "المساعدات الإنسانية للسوريين"
        elif trig.pos != "verb" or tail is not None or t_end - t > 1:
            # (a verb phrase ending in its object noun too: "سنقدم مساعدات إنسانية للسكان")
            adj_from = k
            while k < ce and k - adj_from < 2 and k not in taken and not tokens[k].norm.startswith(("ال", "ي", "ت", "ل", "ب")) and (
                    (tokens[k].norm.endswith(("يه", "ي")) or tokens[k].text.endswith("ة"))
                    and tokens[k].norm not in ctx["phrase_ends"] and tokens[k].norm not in ctx["not_objects"]
                    and not participant_head(tokens[k].text, ctx)):
                k += 1  # an indefinite noun's adjectives: "مناورات عسكرية واسعة" (not "عليه")
        k = _past_adverbial(tokens, k, ce, ctx)  # "تعمل بدلا من ذلك مع جيرانها"
        if k + 2 < ce and tokens[k].norm in ctx["background_preps"] and k + 1 not in taken:
            k += 2  # "سيلتقي خلال زيارته الجالية السورية": past the setting to the object
            if tail is not None and k >= tail.start:
                k = max(k, tail.stop)  # "جددت ماي خلال لقائهما دعمها للاتفاق"
        # expelling "السفير الكندي" sanctions Canada; arresting "جنديين يونانيين" holds the soldiers
        np, np_end = noun_phrase(doc, tokens, k, ce, taken, ctx, state="SANCTION" in trig.types)
        if np is not None and _bare_title(tokens, k, np_end, ctx) and fold_word(trig.lemma) in ctx["intransitive"]:
            np = None  # "وتنازل الرئيس عن منصبه": the president named before resigns, no one is acted on
        partner = tie_partner(doc, tokens, k, ce, taken, ctx)
        if partner is not None:
            np = partner  # "جمد الفلسطينيون كل اتصالاتهم مع المسؤولين الأمريكيين": the other side
        if np is None and (trig.pos != "verb" or trig.also_noun or tail is not None or t_end - t > 1):
            # "دعمها للاتفاق", "جددت دعمها للاتفاق", "سنقدم مساعدات إنسانية للسكان": the
            # verbal noun's لـ-object, past an amount
            # ("مساعدات بقيمة 50 مليون يورو للاجئين")
            j = k
            while j < ce and j - k < 6 and (tokens[j].norm in ctx["amount_words"] or tokens[j].norm[:1].isdigit()):
                j += 1
            np = lam_object(doc, tokens, j, ce, taken, ctx)
        attacker = ("ال" + np.text[2:] if np.text.startswith("لل") else np.text[1:]) if (
            np is not None and np.entity is None and attack_noun and np.text[:1] == "ل" and np.text[1:2] != "ا") else ""
        if attacker and actor is None and unnamed_actor is None and participant_head(attacker, ctx):
            # "في هجوم لمسلحين مجهولين": after an attack noun, لـ names who carried it out
            unnamed_actor, np = Arg(None, attacker), None
        if np is not None and actor is None and unnamed_actor is None and trig.pos == "verb" and (
                np.entity is None) and (
                is_nominative(tokens[k].norm)):
            # VSO with an unnamed subject: a dual or plural in the nominative ("أغلق محتجون الطريق",
            # "يلتقي الوزيران") is the actor; an accusative/genitive -ين form is the object.
            unnamed_actor, _ = noun_phrase(doc, tokens, k, ce, taken, ctx, state=True)
            k = np_end
            np, _ = noun_phrase(doc, tokens, k, ce, taken, ctx)
        elif np is not None and actor is None and unnamed_actor is None and trig.pos == "verb" and tail is None and (
                np.entity is None) and (subject_head(tokens[k].norm, ctx) and tokens[k].norm.startswith("ال")
                                        or title_phrase(tokens, k, ce, ctx)
                                        or construct_subject(tokens, k, ce, ctx)):
            # Verb, definite noun, noun phrase: subject then object ("استجوبت الشرطة قبطان المركب",
            # "التقى وزير الخارجية السعودي نظيره الأمريكي").
            while np_end < ce and np_end in dated:
                np_end += 1  # "قصفت الطائرات الحربية فجر اليوم منزلا": past the time to the object
            np_end = past_aside(tokens, np_end, ce, ctx)  # "وطردت الحكومة، بعد أسابيع من التوتر، السفير"
            second, second_end = noun_phrase(doc, tokens, np_end, ce, taken, ctx)
            harm = bool(set(trig.types) & {"ASSAULT", "COERCE"})
            obj_at = np_end
            if harm and np_end < ce and (second is None or second.entity is None) and (
                    instrument_phrase(tokens[np_end].text, ctx)):
                # an instrument: the object, if any, follows it ("قتل جنود الاحتلال بالرصاص الحي
                # شابا"); with none, the first phrase is the one hurt ("جرح جنود بانفجار عبوة")
                obj_at = max(second_end, np_end + 1)
                while obj_at < min(ce, np_end + 4) and tokens[obj_at].norm.startswith("ال"):
                    obj_at += 1
                second, _ = noun_phrase(doc, tokens, obj_at, ce, taken, ctx)
            called_to = second is None and np_end < ce and (
                "REQUEST" in trig.types and tokens[np_end].norm in ctx["request_complement_preps"]
                or "THREATEN" in trig.types and tokens[np_end].norm in ctx["warning_complement_preps"])
            # ("وحذر الرئيس الإيراني من أن …": the one who warns, then what of)
            if called_to and prev_actor is not None and not title_phrase(tokens, k, ce, ctx):
                pass  # "أعلنت قطر …، ودعت المجتمع الدولي إلى التحرك": continuing a named subject,
                # the one called on, then to what
            elif called_to:
                # "دعت نقابة الصحفيين إلى إضراب": alone, the caller, then what it calls for
                unnamed_actor, np = noun_phrase(doc, tokens, k, ce, taken, ctx, state=True)[0], None
            elif second is None:
                second = prepositional_object(doc, tokens, np_end, ce, taken, ctx)  # "طلبت الشرطة من"
            if second is None and obj_at < ce and obj_at not in taken and tokens[obj_at].is_word and (
                    len(tokens[obj_at].norm) > 2 and tokens[obj_at].norm not in ctx["phrase_ends"]
                    and not tokens[obj_at].norm.startswith(("ال", "لل"))
                    and not instrument_phrase(tokens[obj_at].text, ctx)
                    and participant_head(tokens[obj_at].text, ctx)):
                second = Arg(None, tokens[obj_at].text)  # "قصفت المدفعية الإسرائيلية بلدات"
            if called_to:
                pass
            elif second is not None:
                unnamed_actor, np = noun_phrase(doc, tokens, k, ce, taken, ctx, state=True)[0], second
            elif np_end == ce and ce < len(tokens) and tokens[ce].norm in ("ان", "بان"):
                # "رفضت الحكومة أن تلتقي …": the subject, then what it refused
                unnamed_actor, np = noun_phrase(doc, tokens, k, ce, taken, ctx, state=True)[0], None
            elif np_end < ce and np_end not in taken and (
                    tokens[np_end].norm[:1] in ("ب", "ل") and tokens[np_end].norm[1:3] == "ال"
                    or tokens[np_end].norm.startswith("لل") and np is not None and participant_part(np.text, ctx) is not None) and not (
                    harm and instrument_phrase(tokens[np_end].text, ctx)):  # ("تعهد الرئيس للناخبين", not "رفض اللجوء للفصل")
                # "أشاد وزير الخارجية الفرنسي بالدور القطري", "التقى الوزير بالسفير": the subject,
                # then its complement (a participant for the filter below to keep or drop); a bare
                # title ("وطلب الرئيس للبرلمان") is the one named before, found later
                if not (_bare_title(tokens, k, np_end, ctx) and _person_before(last_subject, fallback_subject)):
                    unnamed_actor = noun_phrase(doc, tokens, k, ce, taken, ctx, state=True)[0]
                np = fused_object(doc, tokens, np_end, ce, taken)
        elif np is not None and actor is None and unnamed_actor is None and trig.pos == "verb" and tail is None and (
                np.entity is None) and np_end < ce and np_end not in taken and not tokens[k].norm.startswith("ال") and (
                tokens[np_end].norm.endswith("ا") and not tokens[np_end].norm.startswith("ال")
                and len(tokens[np_end].norm) > 3 and tokens[np_end].norm not in ctx["skippable"]
                and not (tokens[np_end].norm[:1] == "و" and tokens[np_end].norm.endswith("ها"))  # ("وحرصها": joined)
                or indefinite_nationality(tokens[np_end - 1].norm) and not tokens[np_end].norm.startswith("ال")
                and participant_head(tokens[np_end].text, ctx)) and (
                participant_part(np.text, ctx) is not None):
            # an indefinite subject, then the object in the accusative ("هاجمت مجموعة مسلحة مركزا"),
            # or after the subject's adjective ("داهمت قوات إسرائيلية منازل")
            second, _ = noun_phrase(doc, tokens, np_end, ce, taken, ctx)
            unnamed_actor, np = np, second or Arg(None, tokens[np_end].text)
        if np is not None and np.entity is None and set(trig.types) & ctx["participant_types"] and (
                participant_part(np.text, ctx) is None):
            # "وجهت تهمة الفساد إلى الوزير": past what is said, to whom it is said
            np = prepositional_object(doc, tokens, np_end, ce, taken, ctx) or np
        if np is None:
            np = prepositional_object(doc, tokens, k, ce, taken, ctx)
        if np is None and (trig.pos != "verb" or tail is not None):
            # "فرض عقوبات جديدة على مسؤولين": past the object's own adjectives
            j = k
            while j < min(ce, k + 2) and j not in taken and tokens[j].norm not in ctx["phrase_ends"] and (
                    tokens[j].norm.endswith(("ه", "ي", "يا")) and not tokens[j].norm.startswith(("ال", "و", "ب", "ل"))):
                j += 1
            if np is None and j > k:
                np = prepositional_object(doc, tokens, j, ce, taken, ctx)
        if np is None and k + 2 < ce and tokens[k].norm in ctx["location_preps"] and (
                is_quantity(tokens[k + 2].norm, ctx)):
            # "وقتل في الصراع نحو 10.000 مدني": the victims follow a short place or setting phrase.
            np, _ = noun_phrase(doc, tokens, k + 2, ce, taken, ctx)
        obj = (np,) if np is not None else ()
    if target is None and not obj and "ACCUSE" in trig.types and trig.pos == "verb" and ce + 2 < ce_soft and (
            tokens[ce].norm in ctx["soft_boundaries"] and tokens[ce + 1].norm.startswith("ال")
            and ce + 1 not in taken and tokens[ce + 2].norm[:1] == "ب" and len(tokens[ce + 2].norm) > 3):
        # "واتهم رئيس الحكومة اليمنية، الميليشيات بعدم إبداء أي نية حسنة": past the subject's
        # comma, the one accused and what of
        accused, _ = noun_phrase(doc, tokens, ce + 1, ce + 2, taken, ctx)
        if accused is not None:
            obj = (accused,)
    if target is None and "AID" in trig.types and (not obj or obj[0].entity is None):
        # "أرسلت الإمارات طائرة محملة بالمساعدات إلى النازحين": aid goes to the people, not
        # to the plane or the grant that is its object
        given_to = aid_recipient(doc, tokens, t_end, ce_soft, taken, ctx)
        if given_to is not None:
            obj = (given_to,)
    if target is None and "THREATEN" in trig.types and (
            not obj or obj[0].entity is None and participant_part(obj[0].text, ctx) is None):
        # (past what is threatened: "هدد بمنع سفن الإنقاذ … في حال رفضت مالطا")
        # "هددت النقابة بالإضراب إذا لم تتراجع الحكومة": the threat is aimed at the condition's subject
        threatened = threatened_party(doc, tokens, sent_refs, max(t_end, subject_end, actor.last if actor is not None and (
            actor.first >= t_end) else t_end), hi, ctx)  # (past the subject: "هدد وزير الداخلية، سالفيني، …")
        if isinstance(threatened, MentionRef) and (actor is None or threatened.entity.id != actor.entity.id):
            target = threatened
        elif isinstance(threatened, Arg):
            obj = (threatened,)
    threatened_hit: Arg | None = None
    if target is None and (not obj or obj[0].entity is None) and "THREATEN" in trig.types and trig.pos == "verb":
        # "توعدت الحركة بشن مزيد من الهجمات على القواعد الأجنبية": aimed at whom the harm threatened
        # falls on, a place or a thing too
        harm_end = _harm_noun_end(tokens, max(t - 1, cs), min(ce, t_end + 6), ctx)
        on = next((j for j in range(harm_end, min(ce, harm_end + 3)) if tokens[j].norm in ctx["harmed_preps"]),
                  None) if harm_end is not None else None
        if on is not None:
            threatened_hit, _ = noun_phrase(doc, tokens, on + 1, ce, taken, ctx)
            if threatened_hit is not None:
                obj = (threatened_hit,)
    if target is None and len(obj) == 1 and obj[0].entity is None and antecedents is not None:
        # "فسندمر قواته": forces that are someone's stand for their owner, named before
        owned = _owned_forces(obj[0].text, ctx)
        found = antecedents.resolve(owned, t, prev_lo, {actor.entity.id if actor else None,
                                                        trigger_quote.speaker if trigger_quote else None},
                                     people=owned == "m") if owned else None  # (his forces: a person's, not a body's)
        if found is not None and found.ref is not None:
            target, obj = found.ref, ()
    if target is None and venue_body is not None and "REQUEST" in trig.types and (
            not obj or obj[0].entity is None and participant_part(obj[0].text, ctx) is None):
        target, obj = venue_body, ()  # "دعا إلى إجراء تصويت في البرلمان": the body called on to act
    author_named: MentionRef | None = None
    if target is None and (not obj or obj[0].entity is None and participant_part(obj[0].text, ctx) is None) and (
            not set(trig.types).isdisjoint(ctx["attitude_types"])):
        # "ندد بالكلام الذي صدر عن عباس": an attitude to an act is aimed at whoever did it (an
        # attitude to people, "استدعت السفير الفرنسي", stays theirs)
        author = act_author(doc, tokens, sent_refs, max(t_end, actor.last if actor is not None and (
            actor.first >= t_end) else t_end), hi, ctx)
        if isinstance(author, MentionRef) and (actor is None or author.entity.id != actor.entity.id):
            target, obj, author_named = author, (), author
        elif isinstance(author, Arg) and author.entity != (actor.entity.id if actor is not None else None):
            obj = (author,)
    if target is not None and target.first > t_end and target.prep in ctx["harmed_preps"] and (
            not set(trig.types).isdisjoint(ctx["attitude_types"])):
        # "عبرت روسيا عن خيبة أملها إزاء العقوبات الأمريكية على إيران": the one the harm falls on
        # is its victim; the attitude is aimed at whoever does the harm
        harm_end = _harm_noun_end(tokens, t_end, target.first, ctx)
        if harm_end is not None:
            author_arg = nationality_after(doc, tokens, harm_end, target.first)
            if author_arg is not None and author_arg.entity != (actor.entity.id if actor is not None else None):
                target, obj = None, (author_arg,)
    if "COERCE" in trig.types:
        # "استعادت الحكومة مساحات من الأراضي من قبضة مسلحي المعارضة": the side that held the
        # ground is acted on; the ground taken stays where
        k_hold = next((k for k in range(t_end + 1, ce_soft - 1) if tokens[k].norm in ctx["hold_words"]
                       and tokens[k - 1].norm in ctx["partitive_preps"]), None)
        held_by = next((r for r in sent_refs if r.first in (k_hold + 1, k_hold + 2) and r.last <= ce_soft
                        and r is not actor), None) if k_hold is not None else None
        holder = noun_phrase(doc, tokens, k_hold + 1, ce_soft, taken, ctx)[0] if (
            k_hold is not None and held_by is None) else None
        if held_by is not None or holder is not None:
            if location is None and target is not None and target.entity.type in ("GPE", "LOC"):
                location = target
            target, obj = held_by, (holder,) if holder is not None else ()
    # acts reported by where they happened even with no agent named: attacks, arrests, protests, talks
    victim_act = bool(set(trig.types) & {"ASSAULT", "COERCE", "PROTEST", "CONSULT"})
    if actor is None and unnamed_actor is None and lv_unnamed is None and "CONSULT" in trig.types and (
            trig.pos != "verb" and t - 1 == cs and without_conjunction(tokens[t - 1].norm, 2) in ctx["setting_openers"]):
        # "وفي اتصال هاتفي مع نظيره الفرنسي، انتقد الوزير أحمد عطاف …": a fronted talk is held
        # by the subject of the clause it opens
        comma = next((k for k in range(t_end, min(hi, t_end + 12)) if tokens[k].norm in ctx["soft_boundaries"]), None)
        if comma is not None and any(tokens[k].norm in ctx["talk_partner_preps"] for k in range(t_end, comma)):
            # (with whom: not "في حوار بثته قناة")
            actor = next((r for r in sent_refs if comma + 1 < r.first <= comma + 6 and not r.prepositional
                          and r.entity.type in ("PER", "ORG", "GPE")), None)
    manner_subject: Arg | None = None
    manner_verb: int | None = None  # the verb a manner phrase qualifies, which carries its tense
    if actor is None and unnamed_actor is None and trig.pos == "phrase" and "COOPERATE" in trig.types and (
            tokens[t].norm.startswith("بال")):
        # done in co-operation by the subject of the verb the phrase qualifies
        if t - 1 > lo and tokens[t - 1].norm in ctx["soft_boundaries"]:
            # "اعتقلت قوات مكافحة الإرهاب، بالتنسيق مع التحالف، …": the subject named before the comma
            actor = next((r for r in sent_refs if r.last == t - 1 and not r.prepositional
                          and r.entity.type in ("PER", "ORG", "GPE")), None)
        if actor is None and t - 1 > cs:
            # "سيوزعها المكتب بالتنسيق مع الهلال الأحمر", "المدينة تديره بالتعاون مع منظمة"
            k_subj = t - 1 if unnamed_subject(tokens[t - 1].norm, ctx) else t - 2 if unnamed_subject(
                without_conjunction(tokens[t - 2].norm, 3), ctx) and tokens[t - 1].is_word and not (
                    tokens[t - 1].norm.startswith("ال")) else None
            if k_subj is not None and k_subj not in taken:
                subject = named_by_head(doc, Arg(None, tokens[k_subj].text), tokens[t].start)
                if subject.entity is not None or participant_part(subject.text, ctx) is not None:
                    manner_subject = subject
                    manner_verb = k_subj - 1 if k_subj == t - 1 else t - 1  # "سيوزعها المكتب", "المدينة تديره"
    we_state: Arg | None = None
    if actor is None and trigger_quote is not None and (trigger_quote.speaker or trigger_quote.speaker_text) and (
            trig.pos == "verb" and first_person_plural(tokens[t].norm, trig)
            or trig.pos != "verb" and any(tokens[k].norm.endswith("نا") and without_conjunction(tokens[k].norm)[:-2]
                                          in ctx["light_verbs"] for k in range(max(cs, t - 3), t))  # "أعربنا عن استعدادنا"
            or any(without_conjunction(tokens[k].norm) in ctx["we_words"] for k in range(max(cs, k_head - 6), k_head))):
        # "فسندمر قواته", "نحن نبذل كل ما بوسعنا لمساعدة لوباني" in a leader's words: "we" is the
        # state the speaker speaks for.
        we_state = speaker_state(doc, trigger_quote, ctx)
    agentless = actor is None and actor_nationality is None and lv_unnamed is None and relative_unnamed is None and (
        own_country is None and own_words is None and manner_subject is None and we_state is None)
    if agentless and target is None and trig.pos not in ("verb", "possessed") and not (
            victim_act and location is not None):
        return None  # when unsure, no event: a bare noun with no participant is not reported
    window = [tokens[k].norm for k in range(max(cs, t - 4), t)]
    if agentless and not ctx["request_forms"].isdisjoint(window):
        return None  # the thing requested, with no agent of its own, is part of the request
    prev = tokens[t - 1].norm if t > lo else ""
    if trig.pos in ("noun", "phrase", "possessed") and prev in ctx["setting_heads"]:
        return None  # "على هامش قمة العشرين": the summit is where another act took place
    if prev in ctx["neg_nouns"] or (trig.pos in ("noun", "phrase", "possessed")
                                     and prev in ctx["request_heads"]):
        return None  # "طلب مساعدة", "عدم دعم": the act asked for or ruled out, not one that happened
    if trig.pos == "possessed" and prev in ctx["background_preps"] and any(
            trigger_matcher().match_at(tokens, k, accept_prefix, end=t - 1) is not None
            for k in range(cs, t - 1)):
        return None  # "سيلتقي خلال زيارته": the visit is the setting of the event before it
    light = lv is not None or any(light_verb(tokens[k].norm, ctx) for k in range(max(cs, t - 6), t))
    if trig.pos in ("noun", "phrase", "possessed") and agentless and not light and not implicated and not (
            in_quote and not definite):
        # Inside reported speech the speaker is the implicit agent ("وجهنا إنذارات"). Elsewhere
        # a definite verbal noun with no agent usually points back at an event told earlier
        # ("خلال اللقاء"); an agentless noun counts only for acts done to a victim.
        if definite:
            return None
        if not (set(trig.types) & {"ASSAULT", "COERCE", "PROTEST"} or (victim_act and location)):
            return None
    if set(trig.types) & {"ASSAULT", "COERCE"} and not ctx["natural_forces"].isdisjoint(
            [tokens[k].norm for k in range(max(lo, t - 3), min(hi, t_end + 4))]):
        return None  # "ضربت هزة أرضية": nature strikes, nobody acts
    if set(trig.types) & {"ASSAULT", "COERCE"} and trig.pos == "verb" and t_end < hi and (
            tokens[t_end].norm in ctx["abstract_agents"]):
        return None  # "ضربت الأزمة الاقتصادية قطاع السياحة": a crisis strikes
    if "ASSAULT" in trig.types and not ctx["civilian_launch"].isdisjoint(
            [tokens[k].norm for k in range(max(lo, t - 3), min(hi, t_end + 6))]):
        return None  # "أطلقت الوكالة صاروخا يحمل قمرا صناعيا": a launch into space
    idiom = ctx["idiom_objects"].get(fold_word(trig.lemma))
    if idiom and any(tokens[k].norm in idiom for k in range(t_end, min(hi, t_end + 4))):
        return None  # "ضرب الوزير مثلا": an idiom, no act
    if "THREATEN" in trig.types and t_end < hi and tokens[t_end].norm in ctx["endangered"]:
        return None  # "يهدد حياة الملايين": a risk described, not a threat made
    if trig.pos in ("noun", "phrase") and tokens[t].norm[len(m.prefix):].removeprefix("ال") in ctx["place_cues"] and (
            any(r.first == t_end and r.entity.type in ("GPE", "LOC") for r in sent_refs)):
        return None  # "مقاطعة البنجاب" is a province, not a boycott
    if actor is not None and target is not None and target.prep == "من" and any(
            without_conjunction(tokens[k].norm, 3) in ctx["receiving_verbs"] for k in range(max(cs, t - 3), t + 1)):
        actor, target = target, actor  # "تلقى أمير قطر اتصالا من أردوغان": the caller acts
    etype = _pick_type(trig, target, actor)
    modality = modality_of(tokens, cs, t, m, lo, ctx, lv if lv is not None else suffer_head)
    if modality == "asserted" and manner_verb is not None and future_verb(tokens[manner_verb].norm):
        modality = "future"  # "سيوزعها المكتب بالتنسيق مع الهلال الأحمر"
    if (modality == "future" or modality == "asserted" and trig.pos != "verb") and set(trig.types).isdisjoint(
            ctx["unconditional_types"]) and _condition_after(tokens, t_end, min(ce_soft, t_end + 8), ctx):
        # "سيكون مضطرا إلى إغلاق موانئ إيطاليا في حال لم يتم السماح …": to be done only on a
        # condition (a threat or a refusal is made, whatever it is conditioned on)
        modality = "hypothetical"
    following = {tokens[k].norm for k in range(t_end, min(ce_soft, t_end + 6))}
    for types, objects, to, asserted_as, back_pronouns, adjacent in ctx["retypes"]:
        told_before = next((k for k in range(t - 1, lo - 1, -1) if without_article_prep(tokens[k].norm) in objects),
                           None) if etype in types and following & back_pronouns else None
        if told_before is not None and target is None and not obj:
            # "الاتفاق النووي الذي أعلنت واشنطن انسحابها منه": the agreement told before is what is left
            end = told_before + 1
            while end < t and is_nisba(tokens[end].norm) and tokens[end].norm not in ctx["relative_pronouns"]:
                end += 1
            obj = (Arg(None, doc.text[tokens[told_before].start:tokens[end - 1].end]),)
        if etype in types and (told_before is not None or (
                t_end < ce_soft and tokens[t_end].norm in objects if adjacent else following & objects)):
            etype = to
            if asserted_as and modality == "asserted":
                modality = asserted_as  # "طالبت بتحقيق": the inquiry is only called for
    if etype == "REQUEST" and fold_word(trig.lemma) in ctx["invite_lemmas"]:
        place_to = invited_to(tokens, sent_refs, t_end, ce_soft, ctx)
        if place_to is not None:
            etype = "CONSULT"  # an invitation to a country or city
            if location is None:
                location = place_to
    if modality == "asserted" and trig.pos in ("noun", "phrase") and etype in ctx["refused_acts"] and any(
            without_conjunction(tokens[k].norm, 3) in ctx["refusal_verbs"] for k in range(max(cs, t - 6), t)):
        modality = "negated"  # "رفض ترودو الاعتذار": the apology refused was not made
    if modality == "negated" and etype in ctx["refusal_types"] and (
            fold_word(trig.lemma) in ctx["refusal_lemmas"]):
        etype, modality = "REJECT", "asserted"  # not allowing is refusing
    trigger_span = doc.span(tokens[t].start, tokens[t_end - 1].end)
    # Participants extend the evidence within the clause (an apposition after a comma counts for
    # the actor and target; a place after it belongs to the next clause).
    inside = [r for r in (actor, target) if r is not None and cs <= r.first and r.last <= ce_soft
              or r is not None and r in (author_named, relative_actor)]  # (the author past a relative word too)
    if location is not None and cs <= location.first and location.last <= ce:
        inside.append(location)
    ev_first = min([t] + [r.first for r in inside] + (
        [lv] if lv is not None and (actor is not None or lv_unnamed is not None) else []))
    ev_last = max([t_end] + [r.last for r in inside])
    ev_last = min(max(ev_last, min(ce, t_end + _TAIL)), max(ce, ev_last))
    opened = next((k for k in range(ev_last - 1, t_end - 1, -1) if tokens[k].norm in ("(", ")")), None)
    if opened is not None and tokens[opened].norm == "(":
        ev_last = max(opened, t_end)  # the evidence does not stop inside a bracket it opens
    first_arg = next((r for r in inside if r.first == ev_first), None)
    ev_start = first_arg.start if first_arg is not None and ev_first < t else tokens[ev_first].start
    evidence = doc.span(ev_start, tokens[ev_last - 1].end)
    quote = trigger_quote
    if quote is not None and actor is not None and not speaker_acts and (
            quote.speaker == actor.entity.id or _speaks_for_state(entities, quote.speaker, actor.entity, ctx)):
        # The speaker's own act, told with the cue ("أعرب الاتحاد عن أسفه"), or its state's
        # ("كشفت الرئاسة الفرنسية عن اتفاق بين باريس وموسكو"): the article's voice.
        quote = None
    attributed = speaker_arg(quote) if quote else None
    date = date_for(doc.dates, tokens[cs].start, tokens[ce - 1].end,
                    tokens[lo].start, tokens[hi - 1].end)
    if actor is None and unnamed_actor is None and trig.pos == "verb" and t == lo and not passive_count and (
            last_subject is not None and not in_quote):
        # A sentence opening with a verb and no subject of its own goes on about the previous
        # sentence's subject ("… وزير الخارجية. وطالب بـ…").
        actor = last_subject
    if actor is None and unnamed_actor is None and k_head > lo and tokens[k_head - 1].norm in ctx["when_words"] and (
            fallback_subject is not None and lo <= fallback_subject.first and fallback_subject.last < k_head):
        # "أثار ترامب غضب الفلسطينيين حين أعلن اعترافه بالقدس": a when-clause with no subject of
        # its own is about the subject of the sentence
        actor = fallback_subject
        if quote is not None and quote.speaker == actor.entity.id:
            attributed = None  # (announcing its own act: the article's voice)
    if actor is None and unnamed_actor is None and manner_subject is not None:
        unnamed_actor = manner_subject
    if actor is None and unnamed_actor is None and own_country is not None:
        unnamed_actor = own_country
    if actor is None and unnamed_actor is None and own_words is not None:
        unnamed_actor = own_words
    if actor is None and unnamed_actor is None and we_state is not None:
        unnamed_actor = we_state
    if actor is None and unnamed_actor is None and trigger_quote is not None and etype in _SPEECH_ACTS:
        # "يتعين على واشنطن أن …" inside a quote: demanding, accusing or refusing is the speaker's
        # act (an official unnamed but for his nationality speaks for his state)
        unnamed_actor = acting_speaker(doc, trigger_quote, ctx)
    if actor is None and unnamed_actor is None and actor_nationality is not None:
        unnamed_actor = actor_nationality  # "غارات إسرائيلية", "بدعم روسي": the country acts
    if actor is None and unnamed_actor is None and etype == "PROTEST":
        unnamed_actor = protesters_before(doc, tokens, cs, t, ctx)
    if unnamed_actor is not None and unnamed_actor.entity is None and (
            fold_word(unnamed_actor.text.split()[0]).lstrip("وف").startswith("ال")) and (
            participant_part(unnamed_actor.text, ctx) is None):
        # "وتناقش القمة", "الاقتصاد": a definite common noun that is not someone who acts (an
        # unknown name the tagger missed, "واشنطن", stays)
        unnamed_actor = None
    actor_args: tuple[Arg, ...] = (unnamed_actor,) if unnamed_actor else ()
    if actor is not None:
        # a compound subject before the verb ("بوتين وأردوغان اتفقا"); after it, one mention
        joined = conjuncts(tokens, sent_refs, actor, t) if actor.last <= t else []
        if tail is not None and t_end <= actor.first and actor.last <= tail.start:
            # "وقعت تركيا وقطر اتفاقية": between a verb and its object, all of the subject
            joined = conjuncts(tokens, sent_refs, actor, tail.start)
        elif vso_joined:
            joined = vso_joined
        actor_args = (arg(actor),) + tuple(arg(r) for r in joined)
    actor_words = {fold_word(w) for a in actor_args if a.entity is None for w in a.text.split()}
    for types, words, to in ctx["actor_retypes"]:
        if etype in types and actor_words & words:
            etype = to
    target_args = (arg(target),) + tuple(arg(r) for r in conjuncts(tokens, sent_refs, target, ce_soft)) \
        if target else obj
    if target is not None and not obj and trig.pos == "verb" and set(trig.types) & _OBJECT_FIRST and (
            target.first > t_end and (actor is None or target is not actor)):
        # "استهدفت مستودعا للأسلحة تابعا لحزب الله": the unnamed object right after the verb is
        # acted on too, with the body that owns it (not a title before a name: "المتهم فلان")
        k0 = max(actor.last if actor is not None and actor.first >= t_end else t_end, subject_end,
                 tail.stop if tail is not None else t_end)
        owned_object = _owned_object(doc, tokens, k0, target, taken | dated, ctx)
        if owned_object is not None:
            target_args = (owned_object,) + target_args
    # a side already counted in the subject is not also the one acted on; an unnamed "subject"
    # that is the one acted on stood before a passive ("المسؤولين ألقي القبض عليهم")
    target_args = tuple(a for a in target_args if a.entity is None or a not in actor_args)
    target_texts = {a.text for a in target_args if a.entity is None}
    actor_args = tuple(a for a in actor_args if a.entity is not None or a.text not in target_texts)
    if svo_start is not None and actor is None and unnamed_actor is not None and unnamed_actor in actor_args and (
            svo_start < evidence.start):
        evidence = doc.span(svo_start, evidence.end)  # "الشرطة اعتقلت …": the evidence shows who acted
    if etype in ctx["participant_types"]:
        # "رفض الوساطة": after a word act an unnamed noun is what is said about, not a target
        kept = [a if a.entity or a is threatened_hit else Arg(None, part) if (part := participant_part(a.text, ctx))
                else None for a in target_args]
        target_args = tuple(a for a in kept if a is not None)
    if not target_args and etype in ("ACCUSE", "SUPPORT", "REQUEST"):
        # "ضمانات روسية", "مشيدا بالانتخابات في سوريا": what is asked of, praised or blamed in a
        # state names that state as the one acted on, not where the words were said
        state = next((Arg(c.id, c.name) for k in range(t_end + 1, min(ce, t_end + 4))
                      if not tokens[k].norm.startswith("ال") and not tokens[k - 1].norm.startswith("ال")
                      and (c := demonym_country(doc, tokens[k].norm)) is not None), None)
        if state is None and location is not None and location.first >= t_end and location.prep == "في" and (
                location.entity.type == "GPE" and is_country(location.entity)):
            state, location = arg(location), None
        if state is not None:
            target_args = (state,)
    loc_arg = arg(location) if location else inner_place
    if loc_arg is None and any(tokens[k].norm in ctx["home_country_words"] and tokens[k - 1].norm in ctx["home_country_preps"]
                               for k in range(t_end, ce_soft)):
        # "أعلن باشينيان حملة عصيان مدني في أرجاء البلاد": the country the actor belongs to, or
        # the one the article is most about
        loc_arg = home_country(doc, entities[actor_args[0].entity].country if actor_args and actor_args[0].entity else None)
    if loc_arg is None and not target and obj and obj[0].entity and set(trig.types) & {"COERCE", "ASSAULT"}:
        held = entities.get(obj[0].entity)
        if held is not None and held.type in ("GPE", "LOC"):
            loc_arg = obj[0]  # "سيطروا على صنعاء": the place taken is where
    elif loc_arg is None and not target and obj and set(trig.types) & {"COERCE", "ASSAULT"}:
        # "يسيطر الحوثيون على أغلب الشمال اليمني": a part of a country, named by its nationality
        words = [fold_word(w) for w in obj[0].text.split()]
        if any(w in ctx["territory_heads"] for w in words[:-1]):
            loc_arg = next((Arg(c.id, c.name) for w in words[1:] if (c := demonym_country(doc, w)) is not None), None)
    if etype in ctx["non_political_types"] and (actor_args and _non_political(actor_args[0], entities, ctx) or (
            not actor_args and trig.pos == "verb" and t_end < hi
            and without_conjunction(tokens[t_end].norm, 3) in ctx["non_political_agents"])):
        # "استقبل مطار الملكة علياء مليون مسافر", "شن المنتخب هجوما": traffic or sport (also
        # when the place is not taken as the subject: "يستقبل مطار الملك عبد العزيز المسافرين")
        return None
    if _outside_politics(tokens, actor, actor_args, etype, range(max(cs, t - 6), min(ce_soft, t_end + 8)), t_end,
                         entities, ctx):
        return None  # "انسحب صلاح من معسكر المنتخب", "توصل النادي إلى اتفاق لضم اللاعب", a festival
    if not actor_args and target_args and all(a.entity is None and a.text.lstrip("وف").startswith("ال")
                                              for a in target_args) and (
            etype in ("ASSAULT", "COERCE")) and not any(participant_part(a.text, ctx) for a in target_args):
        return None  # "تقتل الخلايا السرطانية", "منع التجلط": nobody acts on anyone
    if not actor_args and not target_args and loc_arg is None and attributed is None:
        return None  # when unsure, no event: nobody, nowhere, no source ("وتدعم الاستقرار") tells nothing
    if len(target_args) > 1 and actor_args and actor_args[0].entity:
        # "تأثير سلبي على العلاقات بين براغ وأنقرة" said by a Turkish minister: of two sides, his
        # own state is not the one he acts on
        own = entities[actor_args[0].entity].country
        others = tuple(a for a in target_args if not (a.entity and _own_state(entities[a.entity], own)))
        target_args = others or target_args
    if quote is not None and actor_args and _own_stance(quote, actor_args[0], entities, ctx):
        quote, attributed = None, None
    # "السفير الأميركي" after "بالسفير الأميركي لدى اليمن، ماثيو تولر": the person named with the title
    actor_args = tuple(title_holder(doc, a, trigger_span.start, ctx) for a in actor_args)
    target_args = tuple(title_holder(doc, a, trigger_span.start, ctx) for a in target_args)
    # "المكتب" after "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية": a bare definite head word names
    # the body last named by it, "المدينة" the town the sentence named (not when that makes one
    # side act on itself)
    acted_on = {a.entity for a in target_args if a.entity}
    actor_args = tuple(b if (b := town_by_head(doc, named_by_head(doc, a, trigger_span.start), tokens[lo].start,
                                               trigger_span.start, ctx)).entity not in acted_on else a
                       for a in actor_args)
    acting = {a.entity for a in actor_args if a.entity}
    target_args = tuple(b if (b := named_by_head(doc, a, trigger_span.start)).entity not in acting else a
                        for a in target_args)
    return Event(
        id=event_id, type=etype, trigger=trigger_span, evidence=evidence, actor=actor_args,
        target=target_args, location=loc_arg, date=date, modality=modality,
        attributed_to=attributed, attribution_via=quote.via if quote else (),
        summary_en=summarise(etype, modality, actor_args, target_args, loc_arg, date, attributed,
                             entities),
        stage=STAGE, score=0.6 if trig.pos == "verb" else 0.5,
    )


