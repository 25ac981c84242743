"""Find events in one document: triggers, clause-bounded arguments, modality, attribution, date."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from marsad.events.lexicon import (
    Trigger,
    context,
    split_openers,
    split_verb_phrases,
    trigger_matcher,
)
from marsad.events.summary import summarise
from marsad.link.gazetteer import demonym, place
from marsad.model import Arg, DateExpr, Document, Entity, Event, Quote
from marsad.text.matcher import Match
from marsad.text.normalize import fold_word
from marsad.text.tokens import Token, doc_tokens

STAGE = "events.rules.v1"

_TAIL = 7  # tokens of object kept after the trigger: gold evidence spans run ~8 tokens


# Per word form: 0 opens no trigger, 1 opens one, 2 opens a multi-word verb trigger that a
# subject may split. Filled lazily; the lexicon is fixed for the life of the process.
_OPENER_KINDS: dict[str, int] = {}
_OPENER_CACHE_MAX = 300_000

_QUOTE_MARKS = frozenset('"«»“”')

# Acts two sides do together: "بين X و Y" names both.
_MUTUAL_ACTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# Acts done by speaking: inside a quote with no agent of their own, the speaker does them.
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


@dataclass(frozen=True, slots=True)
class MentionRef:
    """An entity mention located on the token grid."""

    first: int
    last: int
    start: int
    end: int
    entity: Entity
    prepositional: bool
    prep: str


def _accept(prefix: str, trig: Trigger) -> bool:
    """Verbs take only و ف س ل as proclitics; nouns take any."""
    if trig.pos in ("verb", "participle") and not trig.also_noun:
        return all(c in "وفسل" for c in prefix)
    return True


def _mention_refs(doc: Document, tokens: Sequence[Token], starts: list[int],
                  ctx: dict[str, Any]) -> list[MentionRef]:
    refs: list[MentionRef] = []
    for ent in doc.entities:
        for m in ent.mentions:
            first = bisect_right(starts, m.start) - 1
            last = bisect_left(starts, m.end)
            if first < 0 or last <= first:
                continue
            tok = tokens[first]
            fused = fold_word(tok.text[: max(0, m.start - tok.start)]).lstrip("وف")
            prep = ""
            if fused in ctx["prep_proclitics"]:
                prep = fused
            elif m.start == tok.start and first > 0 and _word_before(tokens, first) in ctx["target_preps"] | ctx["location_preps"]:
                prep = _word_before(tokens, first)
            elif m.start == tok.start and tok.norm[:2] in ("بال", "لل") and ent.type != "PER":
                prep = tok.norm[0]
            elif m.start == tok.start:
                prep = _title_preposition(tokens, first, ctx)
            refs.append(MentionRef(first, last, m.start, m.end, ent, bool(prep), prep))
    refs.sort(key=lambda r: (r.first, -r.last))
    return refs


def _object_pronoun(norm: str, trig: Trigger, pronouns: tuple[str, ...]) -> bool:
    """The verb form carries an object pronoun that is not part of its own stem ("اتهم" ends in
    هم; "اتهمهم" carries it)."""
    stem = fold_word(trig.lemma).split()[-1]
    for p in pronouns:
        if norm.endswith(p) and (not stem.endswith(p) or norm.endswith(stem + p)):
            return True
    return False


def _relative_head(tokens: Sequence[Token], sent_refs: list[MentionRef], t: int, trig: Trigger,
                   ctx: dict[str, Any]) -> tuple[MentionRef, bool] | None:
    """The named head of a relative clause opened right before a verb, and whether the verb
    carries the pronoun that points back at it (then the head is its object)."""
    if trig.pos != "verb" or t < 2 or tokens[t - 1].norm not in ctx["relative_pronouns"]:
        return None
    head = next((r for r in sent_refs if r.last == t - 1), None)
    if head is None:
        return None
    verb = tokens[t].norm
    resumptive = _object_pronoun(verb, trig, ctx["object_pronouns"] + ("ه",))
    return head, resumptive


def _word_before(tokens: Sequence[Token], first: int) -> str:
    """The word before a token, skipping a hashtag mark ("في #أرمينيا")."""
    k = first - 1
    if k > 0 and tokens[k].text == "#":
        k -= 1
    return tokens[k].norm


def _title_preposition(tokens: Sequence[Token], first: int, ctx: dict[str, Any]) -> str:
    """The ب/ل a title in front of a name carries ("التقى بولي العهد محمد بن سلمان"), else ""."""
    titles = ctx["title_words"]
    k = first - 1
    lowest = max(0, first - 4)
    while k >= lowest and (tokens[k].norm in titles or _nisba(tokens[k].norm)):
        k -= 1
    if k < 0:
        return ""
    norm = tokens[k].norm  # the word before the bare title run, or just before the name
    for prep in ("ب", "ل"):
        if not norm.startswith(prep):
            continue
        bare = norm[1:]
        if bare.startswith("ل") and prep == "ل":
            bare = "ا" + bare  # "للرئيس" is ل + الرئيس
        if bare in titles:
            return prep
    return ""


def _clause_bounds(tokens: Sequence[Token], lo: int, hi: int, t_first: int, t_last: int,
                   boundaries: frozenset[str]) -> tuple[int, int]:
    cs = t_first
    while cs > lo and tokens[cs - 1].norm not in boundaries:
        cs -= 1
    ce = t_last
    while ce < hi and tokens[ce].norm not in boundaries:
        ce += 1
    return cs, ce


def _modality(tokens: Sequence[Token], cs: int, t: int, match: Match[Trigger], sent_lo: int,
              ctx: dict[str, Any]) -> str:
    before = [tokens[i].norm for i in range(max(cs, t - 2), t)]
    if any(w in ctx["neg_particles"] for w in before):
        return "negated"
    # An event inside the complement of a nearby denial ("نفى أن …") did not happen, by that speaker.
    if any(tokens[i].norm in ctx["denial_verbs"] for i in range(max(sent_lo, t - 8), t)):
        return "negated"
    near = range(max(cs, t - 3), t)
    for i in near:
        w = tokens[i].norm
        # "قد" before a past verb is emphatic ("قد سيطروا" = did take); before a present verb, "may".
        if w == "قد" and i + 1 < len(tokens) and tokens[i + 1].norm[:1] not in "يتن":
            continue
        if w in ctx["hypo_words"]:
            return "hypothetical"
    if any(tokens[i].norm in ctx["conditionals"] for i in range(cs, t)):
        return "hypothetical"
    clause_before = [tokens[i].norm for i in range(cs, t)]
    if cs > sent_lo and tokens[cs - 1].norm == "ان":
        # "من المقرر أن يلتقي", "يعتزم أن يزور": the governing words stand before the أن.
        clause_before = [tokens[i].norm for i in range(max(sent_lo, cs - 4), cs - 1)] + clause_before
    if _future_prefix(tokens[t].norm, match) or any(w in ctx["future_words"] for w in clause_before):
        return "future"
    if match.payload.pos != "verb" and any(_future_light_verb(w, ctx) for w in clause_before[-4:]):
        return "future"  # "ستفرض أنقرة عقوبات": the noun takes the tense of its light verb
    window = [tokens[i].norm for i in range(max(sent_lo, t - 6), t)]
    if match.payload.pos in ("noun", "phrase", "possessed") and any(w in ctx["request_heads"] for w in window):
        return "hypothetical"
    return "asserted"


def _light_verb_before(tokens: Sequence[Token], cs: int, t: int, ctx: dict[str, Any],
                       dated: frozenset[int]) -> int | None:
    """The light verb governing a noun trigger: within six words before it, dates not counted."""
    k, seen = t - 1, 0
    while k >= cs and seen < 6:
        if k not in dated and tokens[k].is_word:
            if _light_verb(tokens[k].norm, ctx):
                return k
            seen += 1
        k -= 1
    return None


def _light_verb(norm: str, ctx: dict[str, Any]) -> bool:
    """A light verb carrying a noun trigger ("شنت", "وشنت", "ستفرض")."""
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return norm in ctx["light_verbs"] or bare in ctx["light_verbs"] or _future_light_verb(norm, ctx)


def _future_light_verb(norm: str, ctx: dict[str, Any]) -> bool:
    """A light verb with the future سـ ("ستفرض", "وسيعقد")."""
    bare = norm[1:] if norm[:1] in "وف" else norm
    return bare[:1] == "س" and bare[1:] in ctx["light_verbs"]


def _future_prefix(norm: str, match: Match[Trigger]) -> bool:
    """The future proclitic سـ on a verb ("سيطلب", "وستعقد"), also when the form is listed whole."""
    if "س" in match.prefix:
        return True
    if match.payload.pos != "verb":
        return False
    bare = norm[1:] if norm[:1] in "وف" else norm
    return bare[:1] == "س" and bare[1:2] in "يتنا" and not fold_word(match.payload.lemma).startswith("س")


def _pick_type(trig: Trigger, target: MentionRef | None) -> str:
    if len(trig.types) == 1:
        return trig.types[0]
    # A verbal attack on a person is an accusation; on anything else, an assault.
    if "ACCUSE" in trig.types and "ASSAULT" in trig.types:
        return "ACCUSE" if target is not None and target.entity.type == "PER" else "ASSAULT"
    return trig.types[0]


def _gap_ok(tokens: Sequence[Token], a: int, b: int, ctx: dict[str, Any], allow: int,
            dated: frozenset[int] = frozenset()) -> bool:
    """Tokens in [a, b) may separate an argument from its trigger (a title in apposition may too).

    Tokens of a date expression (``dated``: "الأسبوع المقبل") never break the link.
    """
    gap = [tokens[i].norm for i in range(a, b) if i not in dated]
    if "،" in gap or "," in gap:
        # "هدد وزير الداخلية الإيطالي، ماتيو سالفيني": the comma closes an apposition.
        return len(gap) <= 8 and not any(w in ctx["hard_boundaries"] for w in gap)
    if len(gap) > allow:
        return False
    # "أعربت أنقرة عن دعمها": the preposition a light verb governs may stand before the noun.
    return all(w in ctx["skippable"] or w in ctx["modal_gap"] or w in ctx["light_verbs"]
               or w in ctx["member_words"] or (w[:1] == "و" and _nisba(w[1:]))
               or _future_light_verb(w, ctx) or w in ctx["title_words"]
               or (w in ctx["light_preps"] and k == len(gap) - 1) for k, w in enumerate(gap))


def _arg(ref: MentionRef) -> Arg:
    return Arg(ref.entity.id, ref.entity.name)


def _quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    for q in quotes:
        if q.content.start <= start and end <= q.content.end:
            return q
    return None


def _speaker_arg(q: Quote) -> Arg | None:
    if q.speaker:
        return Arg(q.speaker, q.speaker_text or "")
    if q.speaker_text:
        return Arg(None, q.speaker_text)
    return None


def extract_events(doc: Document) -> list[Event]:
    """Every event in the document, in text order, with ids v1, v2, …"""
    ctx = context()
    matcher = trigger_matcher()
    opens = matcher.starts
    tokens = doc_tokens(doc)
    starts = [t.start for t in tokens]
    refs = _mention_refs(doc, tokens, starts, ctx)
    dated = frozenset(i for d in doc.dates
                      for i in range(bisect_left(starts, d.start), bisect_left(starts, d.end)))
    entities = {e.id: e for e in doc.entities}
    events: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    consumed: set[int] = set()  # the object words of split verb phrases ("سحبت أنقرة سفيرها")
    last_subject: MentionRef | None = None
    prev_sent_refs: list[MentionRef] = []
    # Forms that can open a trigger, looked up once per distinct word of the document.
    openers: set[str] = set()
    split_forms: set[str] = set()
    split_table = split_openers()
    if len(_OPENER_KINDS) > _OPENER_CACHE_MAX:
        _OPENER_KINDS.clear()  # bounded: a long batch sees an open-ended set of word forms
    for n in {t.norm for t in tokens}:
        kind = _OPENER_KINDS.get(n)
        if kind is None:
            kind = _OPENER_KINDS[n] = 2 if n in split_table else 1 if opens(n) else 0
        if kind:
            openers.add(n)
            if kind == 2:
                split_forms.add(n)
    ref_firsts = [r.first for r in refs]
    named = frozenset(i for r in refs for i in range(r.first, r.last))  # tokens inside a mention
    for sent in doc.sentences:
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end)
        sent_refs = [r for r in refs[bisect_left(ref_firsts, lo):bisect_left(ref_firsts, hi)]
                     if r.last <= hi]
        sent_subject = next((r for r in sent_refs if not r.prepositional
                             and r.entity.type in ("PER", "ORG", "GPE")), None)
        prev_actor: MentionRef | None = None
        i = lo
        while i < hi:
            if tokens[i].norm not in openers:
                i += 1
                continue
            if i in consumed:
                i += 1
                continue
            m = matcher.match_at(tokens, i, _accept)
            tail: range | None = None
            split = _split_match(tokens, i, hi, ctx, named) if tokens[i].norm in split_forms else None
            if split is not None and (m is None or m.last <= i + 1):
                m, tail = split
                consumed.update(tail)
            if m is None:
                i += 1
                continue
            i = m.last
            if m.payload.pos in ("verb", "participle") and tokens[m.last - 1].text.endswith("ة"):
                if not m.payload.also_noun:
                    continue  # folding made ة look like the pronoun ـه: "وزارة" is not و + زار + ه
                m = m._replace(payload=replace(m.payload, pos="noun"))  # "سيطرة" is the noun
            ev = _build(doc, tokens, m, lo, hi, sent_refs, sent_subject or last_subject, prev_actor,
                        ctx, entities, dated, prev_sent_refs, tail, last_subject)
            if ev is None:
                continue
            if ev.actor and ev.actor[0].entity:
                prev_actor = next((r for r in sent_refs if r.entity.id == ev.actor[0].entity), prev_actor)
            # Arg equality ignores the text, so descriptions are keyed by their words.
            key = (ev.type, _arg_keys(ev.actor), _arg_keys(ev.target),
                   _arg_keys((ev.attributed_to,) if ev.attributed_to else ()),
                   # with no participant, a repeated trigger is the same event told again
                   m.payload.lemma if not (ev.actor or ev.target) else "")
            if key in seen:
                continue
            seen.add(key)
            events.append(ev)
        if sent_subject is not None:
            last_subject = sent_subject
        prev_sent_refs = sent_refs
    return [_renumber(e, k) for k, e in enumerate(events, 1)]


def _split_opener(norm: str) -> str | None:
    """The verb of a multi-word trigger this token is, after و/ف/س ("وسحبت" → "سحبت")."""
    return split_openers().get(norm)


def _split_match(tokens: Sequence[Token], i: int, hi: int, ctx: dict[str, Any],
                 named: frozenset[int] = frozenset()) -> tuple[Match[Trigger], range] | None:
    """A multi-word verb trigger whose object follows a short VSO subject: "أطلق مسلحون النار".

    The match covers the verb only, so the subject between stays an argument; the object words'
    positions come with it.
    """
    verb = _split_opener(tokens[i].norm)
    if verb is None:
        return None
    window = {tok.norm for tok in tokens[i + 2:min(hi, i + 5)]}
    for rest, trig in split_verb_phrases()[verb]:
        if rest[0] not in window:
            continue
        if trig.pos == "verb" and tokens[i].text.endswith("ة"):
            continue  # "استعادة" is the verbal noun, not استعاد + ـه
        for j in range(i + 2, min(hi, i + 5)):
            if tokens[j].norm in ctx["boundaries"]:
                break
            if trig.pos != "verb" and not all(k in named for k in range(i + 1, j)):
                continue  # a verbal noun is split only by its named agent ("استعادة القوات … السيطرة")
            if tuple(tok.norm for tok in tokens[j:j + len(rest)]) == rest:
                prefix = tokens[i].norm[:len(tokens[i].norm) - len(verb)]
                return Match(i, i + 1, tokens[i].start, tokens[i].end, prefix, trig), range(j, j + len(rest))
    return None


def _arg_keys(args: Sequence[Arg]) -> tuple[str, ...]:
    return tuple(a.entity or f"text:{a.text}" for a in args)


def _renumber(ev: Event, k: int) -> Event:
    return replace(ev, id=f"v{k}")


def _build(doc: Document, tokens: Sequence[Token], m: Match[Trigger], lo: int, hi: int,
           sent_refs: list[MentionRef], fallback_subject: MentionRef | None,
           prev_actor: MentionRef | None,
           ctx: dict[str, Any], entities: dict[str, Entity],
           dated: frozenset[int] = frozenset(),
           prev_refs: list[MentionRef] | None = None, tail: range | None = None,
           last_subject: MentionRef | None = None) -> Event | None:
    prev_refs = prev_refs or []
    trig = m.payload
    if trig.also_noun and any(c not in "وفسل" for c in m.prefix):
        # "بفتح", "للطلب": a noun's proclitic, so this reading is the verbal noun.
        trig = replace(trig, pos="noun")
    t, t_end = m.first, m.last
    if trig.also_noun and t > lo and _nominative(tokens[t].norm):
        before_verb = trigger_matcher().match_at(tokens, t - 1, _accept)
        if before_verb is not None and before_verb.last == t and before_verb.payload.pos == "verb":
            return None  # "أغلق محتجون الطريق": the protesters are the subject of the verb before
    cs, ce = _clause_bounds(tokens, lo, hi, t, t_end, ctx["boundaries"])
    _, ce_soft = _clause_bounds(tokens, lo, hi, t, t_end, ctx["hard_boundaries"])
    ce_soft = min(ce_soft, t_end + 12)
    if trig.needs and not any(tokens[k].norm.startswith(trig.needs)
                              for k in range(t_end, min(max(ce, ce_soft), t_end + 8))):
        return None  # "أطلق … سراح": the word this trigger needs is not in its clause
    in_clause = [r for r in sent_refs if cs <= r.first and r.last <= ce_soft
                 and not (r.first < t_end and r.last > t)]
    before = [r for r in in_clause if r.last <= t]
    # Arguments after the trigger must stay close to it: far mentions belong to other predicates.
    after = [r for r in in_clause if t_end <= r.first <= t_end + 10]
    actor: MentionRef | None = None
    target: MentionRef | None = None
    location: MentionRef | None = None
    actor_nationality: Arg | None = None
    relative = _relative_head(tokens, sent_refs, t, trig, ctx)
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
    if actor is not None:
        after = [r for r in after if r is not actor]
    if target is not None:
        after = [r for r in after if r is not target]
    # SVO / noun with a preceding subject: the nearest non-prepositional mention just before.
    # Not across a conjunction: in "الحريري وقتل …" the و opens a new clause.
    lead = m.prefix.replace("ال", "")
    if before and actor is None and not (lead[:1] in ("و", "ف") and before[-1].last == t):
        cand = before[-1]
        if not cand.prepositional and _gap_ok(tokens, cand.last, t, ctx, 3, dated):
            actor = cand
    rest = list(after)
    own_country: Arg | None = None
    if actor is None and trig.pos in ("verb", "phrase"):
        own_country = _own_country_subject(doc, tokens, cs, t, ctx, fallback_subject)
    patient_genitive = trig.pos in ("noun", "phrase") and fold_word(trig.lemma) in ctx["patient_nouns"]
    # "وكان قد التقى رئيسة الحكومة": كان with no subject of its own carries the earlier subject,
    # so the name after the verb is its object.
    carried = trig.pos == "verb" and t >= cs + 2 and tokens[t - 1].norm == "قد" and (
        tokens[t - 2].norm.lstrip("وف") in ctx["past_auxiliaries"])
    if carried and actor is None:
        actor = prev_actor or fallback_subject
    if actor is None and own_country is None and not carried and trig.pos in ("verb", "noun", "phrase") and rest and (
            not patient_genitive):
        cand = rest[0]
        # VSO subject, or the genitive agent of a verbal noun ("زيارة بوتين"). A place right after
        # a verb of meeting is where the meeting is ("زار الرياض"), unless it acts as a state.
        place_object = (cand.entity.type in ("GPE", "LOC") and "CONSULT" in trig.types
                        and not cand.entity.metonymy)
        if place_object and trig.pos != "verb" and cand.first == t_end and location is None:
            location = cand  # "مشاورات الكويت": talks held in Kuwait
        if not cand.prepositional and not place_object and _gap_ok(tokens, t_end, cand.first, ctx, 2,
                                                                   dated):
            actor = cand
            rest = rest[1:]
            # "رئيس الحكومة الكندية جوستن ترودو": the body in the title, then the person named.
            if actor.entity.type != "PER" and rest and rest[0].first == actor.last and (
                    rest[0].entity.type == "PER") and actor.first > t_end and (
                    tokens[actor.first - 1].norm in ctx["title_words"]):
                actor = rest[0]
                rest = rest[1:]
    lv = _light_verb_before(tokens, cs, t, ctx, dated) if trig.pos in ("noun", "phrase") else None
    if actor is None and lv is not None:
        # "شنت إسرائيل … عشرات الغارات": the noun's agent is the subject of its light verb.
        actor = next((r for r in in_clause if lv < r.first and r.last <= t and not r.prepositional
                      and _gap_ok(tokens, lv + 1, r.first, ctx, 1, dated)), None)
        if actor is None:
            actor = next((r for r in reversed(before) if r.last <= lv and not r.prepositional
                          and _gap_ok(tokens, r.last, lv, ctx, 3, dated)), None)
    if actor is None and trig.pos in ("noun", "phrase"):
        # "التدخل العسكري الذي تقوده الرياض": the agent is the subject of the relative clause.
        actor = _relative_agent(tokens, sent_refs, t_end, hi, ctx, definite=_definite(m, tokens))
        if actor is not None and location is None:
            # "التدخل العسكري الذي تقوده الرياض في اليمن": the place closes the relative clause.
            location = next((r for r in sent_refs if actor.last <= r.first <= actor.last + 1 and r.entity.type in (
                "GPE", "LOC") and r.prep in ctx["location_preps"]), None)
    if actor is None and trig.pos in ("noun", "phrase") and not _definite(m, tokens):
        # Only an indefinite noun: "العقوبات الأمريكية" points back at sanctions told before.
        nationality = _nationality_after(doc, tokens, t_end, ce)
        if nationality is not None:
            actor_nationality = nationality
    definite_noun = trig.pos != "verb" and _definite(m, tokens)
    if actor is None and set(trig.types) & _MUTUAL_ACTS and not (definite_noun and lv is None):
        # "محادثات بين واشنطن وطهران", "اتفاق بين الحكومة والمعارضة": the two sides.
        sides = _between_parties(tokens, sent_refs, t_end, ce_soft)
        if sides:
            actor = sides[0]
            if target is None and len(sides) > 1:
                target = sides[1]
            rest = [r for r in rest if r not in sides]
    if actor is None and trig.pos in ("participle", "possessed") and fallback_subject is not None:
        # "مشيداً بـ…", "زيارته": the agent is the subject the sentence (or the last one) is about.
        actor = fallback_subject
    if actor is None and trig.pos == "verb" and prev_actor is not None and (
            t == cs or (t > lo and tokens[t - 1].norm in ctx["boundaries"])
            or m.prefix[:1] in ("و", "ف")):
        # A clause-initial verb with no subject of its own continues the previous clause's subject
        # ("اتهم X Y بالتقصير، وطالبه بالاستقالة").
        actor = prev_actor
    if actor is not None and actor.entity.type != "PER":
        # "اتهم رئيس الحكومة اليمنية": the office holder named elsewhere, not the government.
        actor = _office_holder(doc, tokens, actor, ctx) or actor
    for r in rest:
        if r is actor or (actor is not None and (r.entity.id == actor.entity.id or r.first == actor.first)):
            continue
        if r.prep in ctx["location_preps"] and r.entity.type in ("GPE", "LOC"):
            if location is None:
                location = r
            continue
        if target is None:
            target = r
        elif target.entity.type != "PER" and r.entity.type == "PER" and r.first == target.last and (
                target.first > 0 and tokens[target.first - 1].norm in ctx["title_words"]):
            target = r  # "التقى رئيسة الحكومة البريطانية تيريزا ماي": the person, not the body
    if location is None and m.prefix[:1] not in ("و", "ف"):
        # Not across a conjunction: in "… في السعودية والتدخل" the place belongs to the first part.
        for r in before:
            if r.prep in ctx["location_preps"] and r.entity.type in ("GPE", "LOC") and r is not actor:
                location = r
                break
    if location is None:
        used = {r.entity.id for r in (actor, target) if r is not None}
        location = _location_fallback(sent_refs, t_end, ce_soft, used, ctx)
    if target is not None and location is None and target.entity.type in ("GPE", "LOC") and (
            "CONSULT" in trig.types and not target.entity.metonymy and not target.prepositional):
        location = target  # "زار الرياض": the place visited is also where the visit went
    if target is not None and location is None and target.entity.type in ("GPE", "LOC") and (
            set(trig.types) & {"COERCE", "ASSAULT"}) and (
            not target.entity.metonymy or target.prep in ctx["location_preps"] | {"على", "علي"}):
        location = target  # "سيطروا على صنعاء", "قصفوا حلب": the place taken or hit is where
    inner_place: Arg | None = None
    if location is None and target is not None and target.entity.type in ("ORG", "LOC") and (
            set(trig.types) & {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}):
        # "استهداف مطار أبوظبي الدولي", "أمام السفارة الجزائرية في العراق": the place in its name.
        inner_place = _place_inside(doc, tokens, target)
    # Date words are never part of a participant ("اختطافه يوم الجمعة").
    taken = {i for r in in_clause for i in range(r.first, r.last)} | set(dated) | set(tail or ())
    obj: tuple[Arg, ...] = ()
    unnamed_actor: Arg | None = None
    if actor is None and trig.pos == "verb" and t - 1 >= cs and t - 1 not in taken and (
            _unnamed_subject(tokens[t - 1].norm, ctx)):
        # SVO with an unnamed subject right before the verb: "الشرطة استجوبت", "المحكمة أمرت".
        unnamed_actor = Arg(None, tokens[t - 1].text)
    subject_end = t_end
    gap_end = tail.start if tail is not None else t_end
    while gap_end > t_end and (gap_end - 1 in dated or tokens[gap_end - 1].norm in ctx["skippable"]):
        gap_end -= 1  # "وفرضت واشنطن أمس عقوبات": the time word is not part of the subject
    if tail is not None and actor is None and unnamed_actor is None and t_end < gap_end and not (
            set(range(t_end, gap_end)) & taken):
        # "وحاولت الشرطة إقناع …": the words between the verb and its object are the subject.
        unnamed_actor = Arg(None, doc.text[tokens[t_end].start:tokens[gap_end - 1].end])
        subject_end = tail.start
    if actor is None and unnamed_actor is None and trig.pos == "verb" and t_end < ce and (
            t_end not in taken and _nominative(tokens[t_end].norm)):
        # VSO with an unnamed plural subject before a named object ("أغلق محتجون … يريفان").
        unnamed_actor, subject_end = _noun_phrase(doc, tokens, t_end, ce, taken, ctx)
    if target is None and trig.pos == "verb" and _object_pronoun(tokens[t_end - 1].norm, trig,
                                                                  ctx["object_pronouns"]):
        # "انتقدتها واشنطن": the object pronoun points back at the last named participant.
        speaking = _quote_at(doc.quotes, tokens[t].start, tokens[t_end - 1].end)
        target = _antecedent(sent_refs, prev_refs, t, actor, speaking.speaker if speaking else None)
    if target is None:
        k = actor.last if actor is not None and actor.first >= t_end else t_end
        if actor is not None and actor.first > t_end + 1 and (
                tokens[actor.first - 1].norm in ctx["agent_markers"]):
            k = t_end  # "قتل نحو 60 فلسطينيا برصاص الجيش": the victims stand before the agent
        k = max(k, subject_end)
        if tail is not None and k >= tail.start:
            k = max(k, tail.stop)  # the object comes after the phrase's own words
        np, np_end = _noun_phrase(doc, tokens, k, ce, taken, ctx)
        if np is not None and actor is None and unnamed_actor is None and trig.pos == "verb" and (
                np.entity is None) and (
                _nominative(tokens[k].norm)):
            # VSO with an unnamed subject: a dual or plural in the nominative ("أغلق محتجون الطريق",
            # "يلتقي الوزيران") is the actor; an accusative/genitive -ين form is the object.
            unnamed_actor = np
            k = np_end
            np, _ = _noun_phrase(doc, tokens, k, ce, taken, ctx)
        elif np is not None and actor is None and unnamed_actor is None and trig.pos == "verb" and tail is None and (
                np.entity is None) and (_unnamed_subject(tokens[k].norm, ctx)
                                        or tokens[k].norm in ctx["title_words"] and tokens[k].norm.startswith("ال")):
            # Verb, definite noun, noun phrase: subject then object ("استجوبت الشرطة قبطان المركب").
            second, _ = _noun_phrase(doc, tokens, np_end, ce, taken, ctx)
            if second is None:
                second = _prepositional_object(doc, tokens, np_end, ce, taken, ctx)  # "طلبت الشرطة من"
            if second is not None:
                unnamed_actor, np = np, second
        if np is None:
            np = _prepositional_object(doc, tokens, k, ce, taken, ctx)
        if np is None and k + 2 < ce and tokens[k].norm in ctx["location_preps"] and (
                _is_quantity(tokens[k + 2].norm, ctx)):
            # "وقتل في الصراع نحو 10.000 مدني": the victims follow a short place or setting phrase.
            np, _ = _noun_phrase(doc, tokens, k + 2, ce, taken, ctx)
        obj = (np,) if np is not None else ()
    in_quote = _quote_at(doc.quotes, tokens[t].start, tokens[t_end - 1].end) is not None
    # acts reported by where they happened even with no agent named: attacks, arrests, protests, talks
    victim_act = bool(set(trig.types) & {"ASSAULT", "COERCE", "PROTEST", "CONSULT"})
    agentless = actor is None and actor_nationality is None
    if agentless and target is None and trig.pos not in ("verb", "possessed") and not (
            victim_act and location is not None):
        return None  # when unsure, no event: a bare noun with no participant is not reported
    window = [tokens[k].norm for k in range(max(cs, t - 4), t)]
    if agentless and any(w in ctx["request_heads"] for w in window):
        return None  # the thing requested, with no agent of its own, is part of the request
    prev = tokens[t - 1].norm if t > lo else ""
    if prev in ctx["neg_nouns"] or (trig.pos in ("noun", "phrase", "possessed")
                                     and prev in ctx["request_heads"]):
        return None  # "طلب مساعدة", "عدم دعم": the act asked for or ruled out, not one that happened
    if trig.pos == "possessed" and prev in ctx["background_preps"] and any(
            trigger_matcher().match_at(tokens, k, _accept, end=t - 1) is not None
            for k in range(cs, t - 1)):
        return None  # "سيلتقي خلال زيارته": the visit is the setting of the event before it
    definite = _definite(m, tokens)
    light = lv is not None or any(_light_verb(tokens[k].norm, ctx) for k in range(max(cs, t - 6), t))
    if trig.pos in ("noun", "phrase", "possessed") and agentless and not light and not (
            in_quote and not definite):
        # Inside reported speech the speaker is the implicit agent ("وجهنا إنذارات"). Elsewhere
        # a definite verbal noun with no agent usually points back at an event told earlier
        # ("خلال اللقاء"); an agentless noun counts only for acts done to a victim.
        if definite:
            return None
        if not (set(trig.types) & {"ASSAULT", "COERCE", "PROTEST"} or (victim_act and location)):
            return None
    if any(tokens[k].norm in ctx["natural_forces"] for k in range(max(lo, t - 3), min(hi, t_end + 4))):
        return None  # "ضربت هزة أرضية": nature strikes, nobody acts
    etype = _pick_type(trig, target)
    modality = _modality(tokens, cs, t, m, lo, ctx)
    following = {tokens[k].norm for k in range(t_end, min(ce_soft, t_end + 6))}
    for types, objects, to in ctx["retypes"]:
        if etype in types and following & objects:
            etype = to
    if etype == "REQUEST" and fold_word(trig.lemma) in ctx["invite_lemmas"]:
        place_to = _invited_to(tokens, sent_refs, t_end, ce_soft, ctx)
        if place_to is not None:
            etype = "CONSULT"  # an invitation to a country or city
            if location is None:
                location = place_to
    if modality == "negated" and etype in ctx["refusal_types"] and (
            fold_word(trig.lemma) in ctx["refusal_lemmas"]):
        etype, modality = "REJECT", "asserted"  # not allowing is refusing
    trigger_span = doc.span(tokens[t].start, tokens[t_end - 1].end)
    # Participants extend the evidence within the clause (an apposition after a comma counts for
    # the actor and target; a place after it belongs to the next clause).
    inside = [r for r in (actor, target) if r is not None and cs <= r.first and r.last <= ce_soft]
    if location is not None and cs <= location.first and location.last <= ce:
        inside.append(location)
    ev_first = min([t] + [r.first for r in inside] + ([lv] if lv is not None and actor is not None else []))
    ev_last = max([t_end] + [r.last for r in inside])
    ev_last = min(max(ev_last, min(ce, t_end + _TAIL)), max(ce, ev_last))
    first_arg = next((r for r in inside if r.first == ev_first), None)
    ev_start = first_arg.start if first_arg is not None and ev_first < t else tokens[ev_first].start
    evidence = doc.span(ev_start, tokens[ev_last - 1].end)
    quote = _quote_at(doc.quotes, trigger_span.start, trigger_span.end)
    if quote is not None and actor is not None and quote.speaker == actor.entity.id:
        # The speaker's own act, told with the cue ("أعرب الاتحاد عن أسفه"): the article's voice.
        quote = None
    attributed = _speaker_arg(quote) if quote else None
    date = _date_for(doc.dates, tokens[cs].start, tokens[ce - 1].end,
                     tokens[lo].start, tokens[hi - 1].end)
    if actor is None and unnamed_actor is None and trig.pos == "verb" and t == lo and (
            last_subject is not None and not in_quote):
        # A sentence opening with a verb and no subject of its own goes on about the previous
        # sentence's subject ("… وزير الخارجية. وطالب بـ…").
        actor = last_subject
    if actor is None and unnamed_actor is None and own_country is not None:
        unnamed_actor = own_country
    if actor is None and unnamed_actor is None and in_quote and trig.pos == "verb" and (
            _first_person_plural(tokens[t].norm, trig)):
        # "فسندمر قواته" in a leader's words: "we" is the state the speaker speaks for.
        we_quote = _quote_at(doc.quotes, tokens[t].start, tokens[t_end - 1].end)
        if we_quote is not None and we_quote.speaker:
            unnamed_actor = _state_of(doc, doc.entity(we_quote.speaker))
    if actor is None and unnamed_actor is None and in_quote and etype in _SPEECH_ACTS:
        # "يتعين على واشنطن أن …" inside a quote: demanding, accusing or refusing is the speaker's act.
        speaker_quote = _quote_at(doc.quotes, tokens[t].start, tokens[t_end - 1].end)
        unnamed_actor = _speaker_arg(speaker_quote) if speaker_quote is not None else None
    if actor is None and unnamed_actor is None and actor_nationality is not None:
        unnamed_actor = actor_nationality  # "غارات إسرائيلية", "بدعم روسي": the country acts
    actor_args = ((_arg(actor),) + tuple(_arg(r) for r in _conjuncts(tokens, sent_refs, actor, t))
                  if actor and actor.last <= t else (_arg(actor),) if actor
                  else ((unnamed_actor,) if unnamed_actor else ()))
    actor_words = {fold_word(w) for a in actor_args if a.entity is None for w in a.text.split()}
    for types, words, to in ctx["actor_retypes"]:
        if etype in types and actor_words & words:
            etype = to
    target_args = (_arg(target),) + tuple(_arg(r) for r in _conjuncts(tokens, sent_refs, target, ce_soft)) \
        if target else obj
    loc_arg = _arg(location) if location else inner_place
    if loc_arg is None and not target and obj and obj[0].entity and set(trig.types) & {"COERCE", "ASSAULT"}:
        held = entities.get(obj[0].entity)
        if held is not None and held.type in ("GPE", "LOC"):
            loc_arg = obj[0]  # "يسيطر الحوثيون على أغلب الشمال اليمني": the region is in Yemen
    return Event(
        id="v0", type=etype, trigger=trigger_span, evidence=evidence, actor=actor_args,
        target=target_args, location=loc_arg, date=date, modality=modality,
        attributed_to=attributed, attribution_via=quote.via if quote else (),
        summary_en=summarise(etype, modality, actor_args, target_args, loc_arg, date, attributed,
                             entities),
        stage=STAGE, score=0.6 if trig.pos == "verb" else 0.5,
    )




def _conjuncts(tokens: Sequence[Token], sent_refs: list[MentionRef], head: MentionRef,
               limit: int) -> list[MentionRef]:
    """Mentions joined to ``head`` by و ("اتهم إيران وحزب الله"): a compound participant."""
    out: list[MentionRef] = []
    last = head.last
    seen = {head.entity.id}
    for r in sent_refs:
        if r.first < last:
            continue
        if r.first != last or r.last > limit or r.entity.id in seen:
            break
        tok = tokens[r.first]
        if not (tok.norm.startswith("و") and r.start > tok.start) or r.entity.type not in (
                "PER", "ORG", "GPE"):
            break
        out.append(r)
        seen.add(r.entity.id)
        last = r.last
    return out


def _antecedent(sent_refs: list[MentionRef], prev_refs: list[MentionRef], t: int,
                actor: MentionRef | None, speaker: str | None = None) -> MentionRef | None:
    """The nearest earlier PER/ORG/GPE mention (this sentence, then the previous one), neither
    the actor nor the speaker whose words hold the trigger ("قالت المنظمة إنهم ضربوهم")."""
    skip = {speaker} | ({actor.entity.id} if actor is not None else set())
    for r in reversed([r for r in sent_refs if r.last <= t]):
        if r.entity.type in ("PER", "ORG", "GPE") and r.entity.id not in skip:
            return r
    for r in reversed(prev_refs):
        if r.entity.type in ("PER", "ORG", "GPE") and r.entity.id not in skip:
            return r
    return None


def _noun_phrase(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                 taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> tuple[Arg | None, int]:
    """An unnamed noun phrase of up to three words at token ``k`` and where it ends.

    A phrase qualified by a nationality ("دبلوماسيين روس") stands for that country when the article
    names it.
    """
    while k < ce and tokens[k].norm in ctx["skippable"]:
        k += 1
    end = k
    # "نحو 60 فلسطينيا": before a number, نحو is "about", not "towards"
    counted = k + 1 < ce and tokens[k].norm in ctx["quantities"] and tokens[k + 1].norm[:1].isdigit()
    while end < ce and end - k < 3 and end not in taken and (
            tokens[end].is_word or (counted and end == k + 1)) and (
            (counted and end == k)
            or tokens[end].norm not in ctx["target_preps"] | ctx["location_preps"] | ctx["boundaries"]):
        if end > k and tokens[k].norm.startswith("ال") and (
                not _nisba(tokens[end].norm) or tokens[end].norm in ctx["relative_pronouns"]):
            break  # after a definite head only agreeing adjectives follow ("القوات العراقية")
        if end > k and _nominative(tokens[k].norm) and not _nisba(tokens[end].norm):
            break  # a plural keeping its ن is not the head of a construct ("مسلحون قافلة")
        end += 1
    if end == k or tokens[k].norm in ctx["not_objects"] or tokens[k].norm in ctx["background_preps"] or (
            tokens[k].norm.startswith(ctx["pp_openers"])):
        return None, k  # a prepositional phrase ("بمحاولة التأثير", "بالكامل") is no participant
    opener = trigger_matcher().match_at(tokens, k, _accept)
    if opener is not None and opener.payload.pos == "verb" and not opener.payload.also_noun and (
            "ال" not in opener.prefix):
        return None, k  # "وسحبت سفيرها وجمدت …": the next verb opens a new clause
    if not tokens[k].norm.startswith("ال") and end - k == 1 and not _is_quantity(
            tokens[k].norm, ctx) and not _nominative(tokens[k].norm) and not _people_plural(tokens[k].norm):
        return None, k
    last = end
    if end == ce and end < len(tokens) and tokens[end].norm in ctx["relative_pronouns"] and any(
            tokens[i].norm.startswith("ال") for i in range(k, end)):
        # A short relative clause belongs to the description ("الصحافيين الذين كانوا على متنه"):
        # up to three words, not past punctuation, a named participant or another clause.
        stop = end + 1
        while stop < min(len(tokens), end + 4) and tokens[stop].is_word and stop not in taken and (
                tokens[stop].norm not in ctx["boundaries"]):
            stop += 1
        if stop > end + 1:
            last = stop
    if end - k == 2 and _stands_for_state(tokens[k].norm, ctx):
        # "دبلوماسيين روس", "السفير الكندي": envoys and forces of a country stand for it
        # ("الاتفاق النووي الإيراني" stays a description).
        country = _demonym_country(doc, tokens[k + 1].norm)
        if country is not None:
            return Arg(country.id, country.name), end
    start = tokens[k].start
    if tokens[k].text[:1] == "و" and tokens[k].text[1:3] == "ال":
        start += 1  # "والفصائل الفلسطينية": the conjunction is not part of the description
    return Arg(None, doc.text[start:tokens[last - 1].end]), end


def _prepositional_object(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                          taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> Arg | None:
    """An unnamed participant introduced by a preposition right after the trigger
    ("طلب من الصحافيين", "فرض عقوبات على الفريقين", "التعاون مع جيرانها")."""
    while k < ce and tokens[k].norm in ctx["skippable"]:
        k += 1
    if k < ce and tokens[k].text in _QUOTE_MARKS:
        # a short quoted name first: 'إطلاق صاروخ "كروز" صوب محطة'
        close = next((j for j in range(k + 1, min(ce, k + 5)) if tokens[j].text in _QUOTE_MARKS), None)
        if close is not None:
            k = close + 1
    if k + 1 >= ce or k in taken or tokens[k].norm not in ctx["object_preps"]:
        return None
    if tokens[k + 1].norm[:1].isdigit():
        return None  # "نحو 60": a quantity, not a preposition
    np, _ = _noun_phrase(doc, tokens, k + 1, ce, taken, ctx)
    return np


def _unnamed_subject(norm: str, ctx: dict[str, Any]) -> bool:
    """A definite noun that can be a subject: not a title, date word, object pronoun or adjective."""
    return (norm.startswith("ال") and len(norm) > 4 and norm not in ctx["not_objects"]
            and norm not in ctx["title_words"] and norm not in ctx["skippable"] and not _nisba(norm))


def _nisba(norm: str) -> bool:
    """A definite relational adjective ("العراقية", "الأمريكيين") that can follow a definite noun."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه", "يون", "يين", "يان", "يتان"))


def _stands_for_state(norm: str, ctx: dict[str, Any]) -> bool:
    """A head noun for people acting for a state: envoys, officials, soldiers, a title."""
    return norm in ctx["state_agents"] or norm in ctx["title_words"] or norm in ctx["member_words"]


def _people_plural(norm: str) -> bool:
    """An indefinite sound masculine plural ("معتقلين", "مدنيين"): people, a possible participant."""
    return len(norm) > 5 and norm.endswith(("ين", "ون")) and norm[:1] not in "وفبل"


def _nominative(norm: str) -> bool:
    """A sound plural or dual in the nominative case (ـون / ـان), read as a subject.

    A bare -ان is also the end of many singular nouns ("قبطان", "برلمان"), so only the definite
    dual ("الوزيران") counts.
    """
    if len(norm) <= 4:
        return False
    if norm.endswith("ون"):
        return True
    return norm.startswith("ال") and norm.endswith("ان") and not norm.endswith(("يان", "ستان"))


def _is_quantity(norm: str, ctx: dict[str, Any]) -> bool:
    """A number or a quantity word: the phrase it opens counts people or things (victims)."""
    return norm[:1].isdigit() or norm in ctx["quantities"]


def _between_parties(tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int,
                     ce: int) -> list[MentionRef]:
    """The named sides after "بين" within a few words of a noun trigger ("بين دمشق وعمان")."""
    k = next((k for k in range(t_end, min(ce, t_end + 4)) if tokens[k].norm == "بين"), None)
    if k is None:
        return []
    first = next((r for r in sent_refs if r.first == k + 1), None)
    if first is None:
        return []
    return [first] + _conjuncts(tokens, sent_refs, first, ce)


def _office_holder(doc: Document, tokens: Sequence[Token], ref: MentionRef,
                   ctx: dict[str, Any]) -> MentionRef | None:
    """The person whose title is this body ("رئيس الحكومة اليمنية" → the PER the article names
    with that title), when some mention of a person carries the same title words."""
    k = ref.first
    while k > 0 and ref.first - k < 3 and tokens[k - 1].norm in ctx["title_words"]:
        k -= 1
    if k == ref.first:
        return None
    title = [tokens[i].norm for i in range(k, ref.last)]
    title[0] = title[0][1:] if title[0][:1] in "وف" and title[0][1:] in ctx["title_words"] else title[0]
    for e in doc.entities:
        if e.type != "PER":
            continue
        for mention in e.mentions:
            words = [fold_word(w) for w in mention.text.split()]
            before = [fold_word(w.strip("،,:")) for w in doc.text[max(0, mention.start - 80):mention.start].split()]
            before = [w for w in before if w]
            if (len(words) > len(title) and words[:len(title)] == title) or before[-len(title):] == title:
                return replace(ref, entity=e)
    return None


def _invited_to(tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int, ce: int,
                ctx: dict[str, Any]) -> MentionRef | None:
    """The place someone is invited to: "إلى فرنسا" within a few words after the trigger."""
    for r in sent_refs:
        if t_end <= r.first <= min(ce, t_end + 4) and r.entity.type in ("GPE", "LOC") and (
                r.prep in ctx["invite_to_place"] or _word_before(tokens, r.first) in ctx["invite_to_place"]):
            return r
    return None


def _definite(m: Match[Trigger], tokens: Sequence[Token]) -> bool:
    """The trigger's first word carries the article ("التدخل", "والتدخل", "بالهجوم")."""
    return m.prefix.endswith("ال") or tokens[m.first].norm[len(m.prefix):].startswith("ال")


def _relative_agent(tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int, hi: int,
                    ctx: dict[str, Any], definite: bool = True) -> MentionRef | None:
    """The named subject of a relative clause on a noun trigger whose verb points back at it.

    A definite noun takes the clause after الذي/التي; an indefinite one takes it directly
    ("مفاوضات محتملة ربما تجريها الحكومة مع تركيا").
    """
    k = t_end
    while k < min(hi, t_end + 2) and (_nisba(tokens[k].norm) or not definite and (
            tokens[k].norm.endswith("ه") and not tokens[k].norm.startswith(("ي", "ت")))) and (
            tokens[k].norm not in ctx["relative_pronouns"]):
        k += 1
    if definite:
        if k + 2 >= hi or tokens[k].norm not in ctx["relative_pronouns"]:
            return None
        k += 1
    else:
        while k < hi and tokens[k].norm in ctx["hypo_words"] | ctx["modal_gap"]:
            k += 1  # "ربما تجريها"
        if k + 1 >= hi or not tokens[k].norm.startswith(("ي", "ت")) or len(tokens[k].norm) < 5:
            return None
    verb = tokens[k].norm
    pronoun = next((p for p in ctx["object_pronouns"] + ("ه",) if verb.endswith(p)), None)
    if pronoun is None or verb[:-len(pronoun)] not in ctx["performing_verbs"]:
        return None
    return next((r for r in sent_refs if r.first == k + 1 and not r.prepositional
                 and r.entity.type in ("PER", "ORG", "GPE")), None)


def _own_country_subject(doc: Document, tokens: Sequence[Token], cs: int, t: int,
                         ctx: dict[str, Any], about: MentionRef | None) -> Arg | None:
    """"بلاده ستتعقب": the country of the speaker (or of the person the sentence is about)."""
    k = t - 1
    while k >= cs and k >= t - 4 and tokens[k].norm in ctx["modal_gap"] | ctx["neg_particles"]:
        k -= 1
    if k < cs or tokens[k].norm not in ctx["own_country"]:
        return None
    quote = _quote_at(doc.quotes, tokens[t].start, tokens[t].end)
    person = doc.entity(quote.speaker) if quote is not None and quote.speaker else None
    if person is None and about is not None:
        person = about.entity
    return _state_of(doc, person)


def _state_of(doc: Document, person: Entity | None) -> Arg | None:
    """The article's country entity for a person's or body's country, if the article names it."""
    if person is None or not person.country:
        return None
    for e in doc.entities:
        if e.type == "GPE" and e.country == person.country and _is_country(e):
            return Arg(e.id, e.name)
    return None


def _first_person_plural(norm: str, trig: Trigger) -> bool:
    """A present or future verb in the first person plural ("سندمر", "ونرفض")."""
    bare = norm
    while bare[:1] in ("و", "ف", "س") and len(bare) > 3:
        bare = bare[1:]
    lemma = fold_word(trig.lemma).split()[0]
    return bare.startswith("نن") if lemma.startswith("ن") else bare.startswith("ن")


def _nationality_after(doc: Document, tokens: Sequence[Token], t_end: int, ce: int) -> Arg | None:
    """The country of a nationality adjective qualifying a noun trigger ("صواريخ إيرانية")."""
    for k in range(t_end, min(ce, t_end + 2)):
        country = _demonym_country(doc, tokens[k].norm)
        if country is not None:
            return Arg(country.id, country.name)
        if not _nisba(tokens[k].norm) and not tokens[k].norm.endswith(("يه", "ي")):
            return None  # only adjectives may stand between ("الغارات الجوية الإسرائيلية")
    return None


def _demonym_country(doc: Document, norm: str) -> Entity | None:
    """The article's GPE entity for the country a nationality adjective names."""
    iso3 = demonym(norm)
    if iso3 is None:
        return None
    for e in doc.entities:
        if e.type == "GPE" and e.country == iso3 and _is_country(e):
            return e
    return None


def _is_country(e: Entity) -> bool:
    p = place(e.name)
    return p is not None and p.kind == "country"


def _place_inside(doc: Document, tokens: Sequence[Token], ref: MentionRef) -> Arg | None:
    """A gazetteer place named inside a mention (not its first word), as the article's entity."""
    for k in range(ref.first + 1, ref.last):
        found = place(tokens[k].text)
        if found is None:
            continue
        for e in doc.entities:
            if e.type in ("GPE", "LOC") and place(e.name) == found:
                return Arg(e.id, e.name)
        return Arg(None, tokens[k].text)
    return None


def _location_fallback(sent_refs: list[MentionRef], t_end: int, hi: int, used: set[str],
                       ctx: dict[str, Any]) -> MentionRef | None:
    """A place introduced by في/ب later in the same sentence ("… في أبوظبي", "بالسعودية")."""
    for r in sent_refs:
        if t_end <= r.first <= t_end + 15 and r.last <= hi and r.entity.id not in used and (
                r.entity.type in ("GPE", "LOC") and r.prep in ctx["location_preps"] | {"ب"}):
            return r
    return None


def _date_for(dates: Sequence[DateExpr], c_start: int, c_end: int, s_start: int,
              s_end: int) -> str | None:
    for lo, hi in ((c_start, c_end), (s_start, s_end)):
        for d in dates:
            if d.value and lo <= d.start and d.end <= hi:
                return d.value
    return None
