"""Compile the trigger lexicon (lang/ar/event_triggers.yaml) into a clitic-aware matcher."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from marsad.lang.ar import load_yaml
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import fold_word
from marsad.text.tokens import CONJUNCTIONS, without_conjunction

_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "وا")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")
_PARTICIPLE_SUFFIXES = ("", "ا", "ه", "ين", "ون", "ات")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon entry: the PLOVER types a surface form can signal, and whether it is a verb."""

    types: tuple[str, ...]
    pos: str  # "verb" | "noun" | "phrase" | "participle"
    lemma: str
    agent_after: bool = False
    # A verb listed with its preposition ("بحث مع") counts only when that preposition follows.
    needs: tuple[str, ...] = ()
    # A form listed both as a verb and as a noun also takes a noun's proclitics ("بفتح تحقيق").
    also_noun: bool = False


@lru_cache(maxsize=4096)
def as_noun(trig: Trigger) -> Trigger:
    """The same entry read as a verbal noun (built once per entry: triggers are immutable)."""
    return replace(trig, pos="noun")


def _conjugate_word(past: str, present: str, objects: bool = True) -> Iterator[str]:
    """Past and present conjugations of one verb word, with object pronouns."""
    for suf in _PAST_SUFFIXES:
        yield past + suf
    for suf in _OBJECT_SUFFIXES if objects else ():
        yield past + suf
        yield past + "ت" + suf
        yield past + "و" + suf          # plural subject with an object: "هددوهم"
    if present and present[0] in "يتنا":
        stem = present[1:]
        for pre in _PRESENT_PREFIXES:
            if pre == "ا" and len(stem) < 3:
                continue  # a first-person form of a two-letter stem collides with common words
            for suf in _PRESENT_SUFFIXES:
                yield pre + stem + suf
            for suf in _OBJECT_SUFFIXES if objects else ():
                yield pre + stem + suf
                yield pre + stem + "ون" + suf  # "يهددونهم"


_PREPOSITIONS = frozenset({"مع", "عن", "على", "علي", "الى", "من", "في", "ب", "ل"})


def _conjugate(entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every (form, part of speech) a verb entry of the lexicon stands for."""
    past = fold_word(str(entry["past"]))
    present = fold_word(str(entry.get("present", "")))
    p_words, r_words = past.split(), present.split()
    if len(p_words) == 2 and p_words[1] in _PREPOSITIONS:
        # The preposition rarely follows the verb directly (VSO): match the verb, check it later.
        p_words, r_words = p_words[:1], r_words[:1]
    # Multi-word verbs ("فرض عقوبات") conjugate the first word and keep the rest.
    tail = " ".join(p_words[1:])
    r_tail = " ".join(r_words[1:])
    # A verb that needs a following word ("حمّل … المسؤولية") takes its object as that word, so
    # object-pronoun forms are not generated (and "حمله" would be "حملة", a campaign).
    objects = not entry.get("needs")
    # forms that are mostly other words ("رحبا": spacious) are listed under "not_forms"
    skipped = {fold_word(str(f)) for f in entry.get("not_forms", ()) or ()}
    for form in _conjugate_word(p_words[0], r_words[0] if r_words else "", objects):
        if form in skipped:
            continue
        if form.startswith(p_words[0]):
            yield (f"{form} {tail}".strip(), "verb")
        else:
            yield (f"{form} {r_tail}".strip(), "verb")
    for form in entry.get("forms", ()) or ():
        yield (fold_word(str(form)), "verb")
    part = entry.get("participle")
    if part:
        for suf in _PARTICIPLE_SUFFIXES:
            yield (fold_word(str(part)) + suf + (f" {tail}" if tail else ""), "participle")


def _accusative(folded: str) -> str | None:
    """The indefinite accusative spelling of a one-word noun: "اجتماعاً" folds to "اجتماعا"."""
    if " " in folded or folded[-1:] in ("ه", "ا", "ء", "ي", "ى") or folded.startswith("ال"):
        return None
    return folded + "ا"


POSSESSIVES = ("ه", "ها", "هم", "هما")  # the pronouns a noun takes as its possessor


@lru_cache(maxsize=1)
def _radical_al() -> frozenset[str]:
    """Verbal nouns whose ال is part of the word, not the article ("التزامهما": their commitment)."""
    return frozenset(fold_word(str(w)) for w in load_yaml("event_context.yaml").get("radical_al_nouns") or ())


def _possessed(folded: str) -> list[str]:
    """A one-word noun with a possessive pronoun: "زيارته", "لقائه" (folded "لقايه"), "اتهاماتها"."""
    if " " in folded or folded.startswith("ال") and folded not in _radical_al() or len(folded) < 3:
        return []
    if folded.endswith("ه"):        # ة becomes ت before a suffix
        stem = folded[:-1] + "ت"
    elif folded.endswith("ء"):      # ء becomes ئ (folded ي) before a suffix
        stem = folded[:-1] + "ي"
    elif folded.endswith(("ا", "ي")):
        return []
    else:
        stem = folded
    return [stem + p for p in POSSESSIVES]


def _fused_lam(folded: str) -> str | None:
    """A one-word noun after the fused لل ("للاشتباه" = ل + الاشتباه)."""
    if " " in folded or folded.startswith(("ال", "ل")):
        return None
    return "لل" + folded


def iter_entries() -> Iterator[tuple[str, Trigger]]:
    """Every (surface form, Trigger) the lexicon yields."""
    data = load_yaml("event_triggers.yaml")
    for etype, spec in data.items():
        for entry in spec.get("verbs", ()) or ():
            words = fold_word(str(entry["past"])).split()
            # Words one of which must follow in the clause: listed ("أطلق … سراحه"), or the
            # preposition a verb is listed with ("بحث مع").
            needs = tuple(fold_word(str(w)) for w in entry.get("needs") or ()) or (
                (words[1],) if len(words) == 2 and words[1] in _PREPOSITIONS else ())
            for form, pos in _conjugate(entry):
                yield form, Trigger((etype,), pos, str(entry["past"]), needs=needs)
        for noun in spec.get("nouns", ()) or ():
            folded = fold_word(str(noun))
            yield folded, Trigger((etype,), "noun", str(noun))
            accusative = _accusative(folded)
            if accusative:
                yield accusative, Trigger((etype,), "noun", str(noun))
            fused = _fused_lam(folded)
            if fused:
                yield fused, Trigger((etype,), "noun", str(noun))
            definite = _definite_adjective(folded)
            if definite:
                yield definite, Trigger((etype,), "noun", str(noun))
            for possessed in _possessed(folded):
                yield possessed, Trigger((etype,), "possessed", str(noun))
        for phrase in spec.get("phrases", ()) or ():
            yield fold_word(str(phrase)), Trigger((etype,), "phrase", str(phrase))
        for phrase in spec.get("agent_after", ()) or ():
            yield fold_word(str(phrase)), Trigger((etype,), "phrase", str(phrase), agent_after=True)


def _mixed(a: Trigger, b: Trigger) -> bool:
    """Whether two entries for one form are a verb and a noun/phrase."""
    verbs = {p for p in (a.pos, b.pos) if p in ("verb", "participle")}
    return bool(verbs) and len({a.pos, b.pos} - verbs) > 0 or a.also_noun or b.also_noun


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher[Trigger]:
    """The compiled trigger matcher, built once per process; ambiguous forms keep every type."""
    merged: dict[str, Trigger] = {}
    for form, trig in iter_entries():
        have = merged.get(form)
        if have is None:
            merged[form] = trig
        elif trig.types[0] not in have.types:
            # Verbs win over nouns for the part of speech; types accumulate for disambiguation.
            pos = have.pos if have.pos == "verb" else trig.pos
            merged[form] = Trigger(have.types + trig.types, pos, have.lemma, have.agent_after,
                                   have.needs if have.needs == trig.needs else (),
                                   _mixed(have, trig))
        elif have.pos != trig.pos and not have.also_noun and _mixed(have, trig):
            merged[form] = Trigger(have.types, "verb", have.lemma, have.agent_after, have.needs, True)
    return PhraseMatcher(merged.items())


@lru_cache(maxsize=1)
def opener_endings() -> tuple[frozenset[str], frozenset[str]]:
    """The last three letters of the trigger first words, and the first words of two letters or
    fewer: a word whose ending is in neither opens no trigger, since every clitic reading of a
    word ends as the word does (a cheap test that spares most forms the full one)."""
    first = trigger_matcher().first_words()
    return frozenset(w[-3:] for w in first if len(w) >= 3), frozenset(w for w in first if len(w) <= 2)


@lru_cache(maxsize=1)
def split_verb_phrases() -> dict[str, tuple[tuple[tuple[str, ...], Trigger], ...]]:
    """Multi-word verb triggers by their verb ("أطلق" → ("النار",)), for matching them when a
    VSO subject stands inside ("أطلق مسلحون النار", "سحبت أنقرة سفيرها")."""
    out: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for form, trig in iter_entries():
        words = form.split()
        if len(words) < 2 or (len(words) == 2 and words[1] in _PREPOSITIONS):
            continue  # a bare verb + preposition is matched on the verb and checked with "needs"
        # verbs, and verbal nouns with a definite object ("استعادة … السيطرة")
        if trig.pos != "verb" and not (trig.pos == "phrase" and len(words) == 2
                                       and words[1].startswith("ال")):
            continue
        out.setdefault(words[0], []).append((tuple(words[1:]), trig))
    # the longest object first: "أطلقت قوات الأمن الغاز المسيل للدموع" takes all its words
    return {k: tuple(sorted(v, key=lambda rt: -len(rt[0]))) for k, v in out.items()}


@lru_cache(maxsize=1)
def split_openers() -> dict[str, str]:
    """Every surface form of a split-phrase verb, with و/ف/س in front, mapped to its bare form."""
    out: dict[str, str] = {}
    for verb in split_verb_phrases():
        for lead in ("", "و", "ف", "س", "وس", "فس"):
            out.setdefault(lead + verb, verb)
    return out


def _definite_adjective(folded: str) -> str | None:
    """A noun with its relational adjective, the adjective made definite to agree with a
    definite head ("غارات جوية" → "غارات الجوية", matched as "الغارات الجوية")."""
    words = folded.split()
    if len(words) != 2 or words[1].startswith("ال") or not words[1].endswith(("يه", "ي")):
        return None
    return f"{words[0]} ال{words[1]}"


def _title_heads() -> frozenset[str]:
    """The first word of each person title ("وزير", "مدير", "رئيس"), without the article."""
    from marsad.link.gazetteer import titles

    out: set[str] = set()
    for key in titles():
        first = fold_word(key).split()[0] if fold_word(key).split() else ""
        if len(first) >= 3:
            out.add(first[2:] if first.startswith("ال") and len(first) > 4 else first)
    return frozenset(out)


def _title_words() -> frozenset[str]:
    """Every word of the person titles (gazetteer/titles.yaml): "رئيس", "الحكومة", "وزير" …"""
    from marsad.link.gazetteer import titles

    words = {w for key in titles() for w in fold_word(key).split()}
    out = set(words)
    for w in words:
        bare = w[2:] if w.startswith("ال") and len(w) > 4 else w
        # Construct state drops ال ("رئيسة الحكومة"); the feminine adds ة (folded ه).
        out.update((bare, "ال" + bare))
        if not bare.endswith("ه"):
            out.update((bare + "ه", "ال" + bare + "ه"))
    return frozenset(out)


# Top-level lists of event_context.yaml read under their own name: folded word sets, and
# the lists of event type names kept as they are.
_WORD_LISTS = (
    "own_country", "own_forces", "that_it", "patient_nouns", "agent_genitive_nouns", "state_agents",
    "pronoun_preps", "thing_pronoun_preps", "endangered", "intransitive", "place_cues",
    "place_cue_preps", "envoy_words", "envoy_titles", "envoy_preps", "civilian_launch",
    "occurrence_words", "by_heads", "abstract_agents", "request_complement_preps",
    "non_political_agents", "setting_heads", "witness_verbs", "receiving_verbs", "that_words",
    "be_subjunctive", "motion_preps", "edge_cues", "edge_preps", "host_verbs", "visit_verbs",
    "where_words", "topic_words", "any_words", "near_light_verbs", "counterparts", "title_tails",
    "participle_preps", "phrase_stops", "time_units", "amount_words", "currency_words", "passive_prone",
    "suffer_verbs", "setting_cues", "between", "place_hit_preps", "partner_preps", "performing_verbs",
    "noun_modifiers", "owner_links", "topic_particles", "nouns_before_adjective", "attack_frames",
    "sport_words", "club_words", "political_heads", "setting_openers", "motive_adverbials",
    "aiming_lemmas", "venue_heads", "saying_verbs", "warning_complement_preps", "speaker_partners",
    "not_construct_plurals", "owner_preps", "destination_preps", "talk_partner_preps", "issued_words",
    "aid_recipient_preps", "people_heads", "issued_preps", "member_words", "spokesmen",
    "member_of_preps", "light_verbs", "agent_markers", "not_objects", "quantities", "natural_forces",
    "background_preps", "harmed_preps", "masculine_states", "home_country_words",
    "home_country_preps", "territory_heads", "lifted_from_preps", "outcome_verbs", "outcome_preps",
    "partitive_preps", "tie_heads", "all_words", "aside_openers", "hold_words", "we_words", "expression_cues",
    "inclusion_words", "official_words", "town_heads", "condition_heads", "concessive_words", "suspicion_nouns",
    "implicated_forms",
)
_TYPE_LISTS = ("refused_acts", "non_political_types", "harm_types", "attitude_types", "from_agent_types",
               "unconditional_types")


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The folded context word lists (modality cues, boundaries, prepositions, light verbs)."""
    raw = load_yaml("event_context.yaml")

    def fold_set(words: Any) -> frozenset[str]:
        return frozenset(fold_word(str(w)) for w in words or ())

    ctx: dict[str, Any] = {
        "neg_particles": fold_set(raw["negation"]["particles"])
        | with_conjunctions(fold_set(raw["negation"]["conjoined_particles"])),
        "denial_verbs": fold_set(raw["negation"]["denial_verbs"]),
        "refusal_verbs": fold_set(raw["negation"]["refusal_verbs"]),
        "no_longer": fold_set(raw["negation"]["no_longer"]),
        "still_words": fold_set(raw["negation"]["still"]),
        "neg_nouns": fold_set(raw["negation"]["nouns"]),
        # (with و/ف too: "ويعتزم الاتحاد فرض عقوبات", "وإذا")
        "future_words": with_conjunctions(fold_set(raw["future"]["words"])),
        "hypo_words": fold_set(raw["hypothetical"]["words"]),
        "conditionals": with_conjunctions(fold_set(raw["hypothetical"]["conditionals"])),
        "negated_conditionals": with_conjunctions(fold_set(raw["hypothetical"]["negated_conditionals"])),
        "request_heads": fold_set(raw["hypothetical"]["request_heads"]),
        "boundaries": fold_set(raw["clause"]["boundary_tokens"]),
        "hard_boundaries": fold_set(raw["clause"]["boundary_tokens"])
        - fold_set(raw["clause"]["soft_boundary_tokens"]),
        "soft_boundaries": fold_set(raw["clause"]["soft_boundary_tokens"]),
        "relative_pronouns": fold_set(raw["clause"]["relative_pronouns"]),
        "relative_agreement": {fold_word(k): frozenset(v) for k, v in raw["relative_agreement"].items()},
        "idiom_objects": {fold_word(k): fold_set(v) for k, v in raw["idiom_objects"].items()},
        "participant_types": frozenset(raw["participant_targets"]["types"]),
        "participant_heads": fold_set(raw["participant_targets"]["heads"]),
        "past_auxiliaries": fold_set(raw["carried_subject"]["auxiliaries"]),
        "carrying_particles": fold_set(raw["carried_subject"]["particles"]),
        "invite_lemmas": fold_set(raw["invitation"]["lemmas"]),
        "invite_to_place": fold_set(raw["invitation"]["to_place"]),
        "target_preps": fold_set(raw["prepositions"]["target"]),
        "object_preps": fold_set(raw["prepositions"]["object"]),
        "location_preps": fold_set(raw["prepositions"]["location"]),
        "skippable": fold_set(raw["prepositions"]["skippable"]),
        "title_words": _title_words(),
        "title_heads": _title_heads(),
        "modal_gap": fold_set(raw["morphology"]["modal_gap"]),
        "prep_proclitics": fold_set(raw["morphology"]["prep_proclitics"]),
        "pp_openers": tuple(fold_word(w) for w in raw["morphology"]["pp_openers"]),
        "light_preps": fold_set(raw["morphology"]["light_preps"]),
        "object_pronouns": tuple(fold_word(w) for w in raw["morphology"]["object_pronouns"]),
        "patient_pronouns": tuple(fold_word(w) for w in raw["morphology"]["patient_pronouns"]),
        "actor_retypes": tuple((frozenset(r["types"]), fold_set(r["actor_words"]), str(r["to"]))
                               for r in raw["retype_by_actor"]),
        "retypes": tuple((frozenset(r["types"]), fold_set(r["objects"]), str(r["to"]), r.get("asserted_as"),
                          fold_set(r.get("back_pronouns", [])), bool(r.get("adjacent", False)))
                         for r in raw["retype_before_object"]),
        "refusal_types": frozenset(raw["refusal_when_negated"]["types"]),
        "refusal_lemmas": fold_set(raw["refusal_when_negated"]["lemmas"]),
        "adverbial_phrases": tuple(tuple(fold_word(w) for w in str(p).split()) for p in raw["adverbial_phrases"]),
    }
    ctx.update({key: fold_set(raw[key]) for key in _WORD_LISTS})
    ctx["place_cues"] = ctx["place_cues"] | ctx["edge_cues"]  # ("على أطراف مدينة", "عند بوابات المنطقة")
    ctx["when_words"] = fold_set(load_yaml("clause_words.yaml")["when_words"])
    ctx.update({key: frozenset(raw[key]) for key in _TYPE_LISTS})
    return ctx | _unions(ctx)


def _unions(ctx: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Unions of the word lists that rules test together, made once instead of at every test."""
    return {
        "arg_preps": ctx["target_preps"] | ctx["location_preps"],
        # where an unnamed noun phrase ends: prepositions, clause boundaries, adverbials
        "phrase_ends": ctx["target_preps"] | ctx["location_preps"] | ctx["boundaries"] | ctx["phrase_stops"],
        "hedges": ctx["hypo_words"] | ctx["modal_gap"],
        "subject_pronoun_preps": ctx["pronoun_preps"] | ctx["thing_pronoun_preps"],
        "subject_gap": ctx["modal_gap"] | ctx["neg_particles"],
        "place_preps": ctx["location_preps"] | {"ب"},
        "hit_place_preps": ctx["location_preps"] | ctx["place_hit_preps"],
        # words between a preposition and the name of a place it governs ("في منطقة الجولان")
        "place_setting_cues": ctx["place_cues"] | ctx["setting_cues"],
        # every form ``clause.light_verb`` accepts: a light verb, also after و/ف when three
        # letters or more remain, or with the future سـ (itself after و/ف or not)
        "light_verb_forms": ctx["light_verbs"]
        | {c + w for c in CONJUNCTIONS for w in ctx["light_verbs"] if len(w) >= 3}
        | {c + "س" + w for c in ("",) + CONJUNCTIONS for w in ctx["light_verbs"]},
        # word lists tested on words without their و/ف, as the token forms that test true
        "denial_forms": bare_forms(ctx["denial_verbs"]),
        "refusal_forms": bare_forms(ctx["refusal_verbs"]),
        "request_forms": bare_forms(ctx["request_heads"]),
        "witness_forms": bare_forms(ctx["witness_verbs"]),
        "host_forms": bare_forms(ctx["host_verbs"]),
        "visit_forms": bare_forms(ctx["visit_verbs"]),
        "saying_forms": bare_forms(ctx["saying_verbs"]),
        # acts of harm done to someone (an accusation is words)
        "harm_acts": ctx["harm_types"] - {"ACCUSE"},
        # between "قواته" and its verb: modal words, negation and "تكون" ("أن تكون قواته قد قصفت")
        "forces_gap": ctx["modal_gap"] | ctx["neg_particles"] | ctx["be_subjunctive"],
        "adverbial_firsts": frozenset(phrase[0] for phrase in ctx["adverbial_phrases"]),
        # a tie, bare, definite or possessed ("علاقات", "العلاقات", "اتصالاتهم")
        "tie_forms": frozenset(lead + head + end for head in ctx["tie_heads"] for lead in ("", "ال")
                               for end in ("",) + (POSSESSIVES if not lead else ())),
    }


def with_conjunctions(words: frozenset[str]) -> frozenset[str]:
    """The words, and each with و or ف in front ("يعتزم" and "ويعتزم")."""
    return words | {c + w for c in CONJUNCTIONS for w in words}


def bare_forms(words: frozenset[str], min_stem: int = 3) -> frozenset[str]:
    """Every folded form ``f`` with ``without_conjunction(f, min_stem)`` in ``words``: a listed word
    that keeps its own leading و/ف, or a listed word after و/ف (a set test then replaces a strip
    and a test per token)."""
    own = {w for w in words if without_conjunction(w, min_stem) == w}
    return frozenset(own | {c + w for c in CONJUNCTIONS for w in words if len(w) >= min_stem})
