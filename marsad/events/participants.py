"""Participants that are not the plain subject or object: relative clauses, "بين X و Y", own state, places."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from marsad.events.anaphora import suffix_agreement
from marsad.events.lexicon import Trigger, trigger_matcher
from marsad.events.refs import MentionRef, conjuncts, quote_at, speaker_arg, word_before
from marsad.events.words import (
    accept_prefix,
    is_nisba,
    is_nominative,
    is_people_plural,
    is_quantity,
    object_pronoun,
    participant_head,
    participant_part,
    stands_for_state,
    without_article_prep,
)
from marsad.link.gazetteer import demonym, place
from marsad.link.linker import metonym_country
from marsad.model import Arg, DateExpr, Document, Entity, Quote, Span
from marsad.text.normalize import fold_word
from marsad.text.tokens import QUOTE_MARKS, Token, without_conjunction


def relative_head(tokens: Sequence[Token], sent_refs: list[MentionRef], t: int, trig: Trigger,
                  ctx: dict[str, Any]) -> tuple[MentionRef, bool] | None:
    """The named head of a relative clause opened right before a verb, and whether the verb
    carries the pronoun that points back at it (then the head is its object)."""
    if trig.pos != "verb" or t < 2 or tokens[t - 1].norm not in ctx["relative_pronouns"]:
        return None
    end = t - 1
    if tokens[end - 1].text == ")":
        # "هنري فالكون (56 عاماً) الذي ندد": past a short aside in brackets
        end = next((k for k in range(end - 2, max(-1, end - 7), -1) if tokens[k].text == "("), end)
    head = next((r for r in sent_refs if r.last == end), None)
    if head is None:
        return None
    verb = tokens[t].norm
    # the pronoun on the verb, or on a preposition right after it ("التي يسيطر عليها المقاتلون")
    resumptive = object_pronoun(verb, trig, ctx["object_pronouns"] + ("ه",)) or (
        t + 1 < len(tokens) and tokens[t + 1].norm in ctx["pronoun_preps"])
    return head, resumptive


def noun_phrase(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                taken: set[int] | frozenset[int], ctx: dict[str, Any],
                state: bool = False) -> tuple[Arg | None, int]:
    """An unnamed noun phrase of up to three words at token ``k`` and where it ends.

    With ``state`` (an acting subject), a phrase qualified by a nationality ("دبلوماسيين روس")
    stands for that country when the article names it; acted on, the people stay a description.
    """
    while k < ce and tokens[k].norm in ctx["skippable"]:
        k += 1
    if k + 1 < ce and tokens[k].norm in ctx["any_words"] and k + 1 not in taken and (participant_head(
            tokens[k + 1].text, ctx) or k + 2 < ce and tokens[k + 1].norm in ctx["partitive_preps"] and participant_head(
            tokens[k + 2].text, ctx)):
        # "لم يعتقل أي ناشط", "لم يتهم أي جهة أجنبية", "أياً من المشاركين": "any" and the people it counts
        of = k + 2 if tokens[k + 1].norm in ctx["partitive_preps"] else k + 1
        rest, rest_end = noun_phrase(doc, tokens, of, ce, taken, ctx, state)
        if rest is not None and rest.entity is None:
            return Arg(None, doc.text[tokens[k].start:tokens[rest_end - 1].end]), rest_end
        return rest, rest_end
    end = k
    # "نحو 60 فلسطينيا": before a number, نحو is "about", not "towards"
    counted = k + 1 < ce and tokens[k].norm in ctx["quantities"] and tokens[k + 1].norm[:1].isdigit()
    if k + 1 < ce and tokens[k].norm[:1].isdigit() and tokens[k + 1].is_word and k not in taken:
        # "عن 39 أسيرا فلسطينيا": a number and what it counts, with its adjectives
        counted_at = k + 1
        if tokens[counted_at].norm in ctx["amount_words"] and counted_at + 1 < ce and (
                tokens[counted_at].norm not in ctx["currency_words"]):
            counted_at += 1  # "3 آلاف مهاجر": the count word, then what it counts
        if tokens[counted_at].norm in ctx["time_units"] or tokens[counted_at].norm in ctx["currency_words"]:
            return None, k  # "12 عاما", "50 مليون يورو": a duration or an amount
        end = counted_at + 1
        while end < ce and end - k < 4 and end not in taken and (is_nisba(tokens[end].norm) or (
                tokens[end].norm.endswith(("يا", "يين", "يون")) and not tokens[end].norm.startswith("ال"))):
            end += 1  # "39 أسيرا فلسطينيا"
        return Arg(None, doc.text[tokens[k].start:tokens[end - 1].end]), end
    while end < ce and (end - k < 3 or end - k < 4 and is_nisba(tokens[end].norm)) and end not in taken and (
            tokens[end].is_word or (counted and end == k + 1)) and (
            (counted and end == k)
            or tokens[end].norm not in ctx["phrase_ends"]):
        if end > k and tokens[end - 1].norm.startswith("ال") and tokens[end - 1].norm not in ctx["quantities"] and (
                not is_nisba(tokens[end].norm) or tokens[end].norm in ctx["relative_pronouns"]):
            # after a definite word only agreeing adjectives follow ("القوات العراقية",
            # "وزير الثقافة" and not "وزير الثقافة الجهة")
            break
        if end > k and is_nominative(tokens[k].norm) and not tokens[k].norm.endswith("و") and not is_nisba(
                tokens[end].norm) and not (
                is_nominative(tokens[end].norm) and end == k + 1):
            break  # a plural keeping its ن is not the head of a construct ("مسلحون قافلة"), but
            # takes an adjective that agrees ("مسلحون مجهولون")
        if end >= k + 2 and is_quantity(tokens[k].norm, ctx) and not is_nisba(tokens[end].norm) and not (
                counted and end == k + 2):
            break  # a count and what it counts: "خمسة أشخاص" (not "خمسة أشخاص وأصيب")
        if end > k + 1 and not tokens[end - 1].norm.startswith("ال") and not tokens[end].norm.startswith("ال") and (
                len(tokens[end].norm) > 3 and tokens[end].norm.endswith("ا") and not tokens[end].norm.endswith("يا")):
            break  # an indefinite accusative starts the object: "مجموعة مسلحة | مركزا للشرطة"
        if end > k + 1 and indefinite_nationality(tokens[end - 1].norm) and not tokens[end].norm.startswith("ال") and (
                not is_nisba(tokens[end].norm) and participant_head(tokens[end].text, ctx)):
            break  # no noun follows an indefinite adjective in one phrase: "قوات إسرائيلية | منازل"
        if end > k and not tokens[end].norm.startswith("ال") and _verb_at(tokens, end):
            break  # "عبوة ناسفة | استهدف سوقا": a verb ends the phrase
        if end > k and tokens[end].norm.startswith("بال"):
            break  # "جهة أجنبية | بالتدخل": a fused بـ opens what follows (لـ may join: "محطة للطاقة")
        end += 1
    if end == k or tokens[k].norm in ctx["not_objects"] or tokens[k].norm in ctx["background_preps"] or (
            tokens[k].norm.startswith(ctx["pp_openers"])):
        return None, k  # a prepositional phrase ("بمحاولة التأثير", "بالكامل") is no participant
    if not tokens[k].norm.startswith("ال") and end - k == 1 and not is_quantity(
            tokens[k].norm, ctx) and not is_nominative(tokens[k].norm) and not is_people_plural(tokens[k].norm) and (
            not participant_head(tokens[k].text, ctx)):
        return None, k  # (a lone indefinite word counts only when it names people: "طفلين")
    if end - k == 1 and is_quantity(without_conjunction(tokens[k].norm, 2), ctx) and not counted:
        return None, k  # a count with nothing counted ("وعدد من …")  # tested before the costlier trigger look-up below, which also gives None
    opener = trigger_matcher().match_at(tokens, k, accept_prefix)
    if opener is not None and opener.payload.pos == "verb" and not opener.payload.also_noun and (
            "ال" not in opener.prefix):
        return None, k  # "وسحبت سفيرها وجمدت …": the next verb opens a new clause
    if any(tokens[i].norm in ctx["time_units"] or tokens[i].norm in ctx["currency_words"] and i > k
           for i in range(k, end)):
        return None, k  # "لمدة ثلاثة أيام", "بقيمة مليار دولار": a duration or an amount
    last = end
    if end == ce and end < len(tokens) and tokens[end].norm in ctx["relative_pronouns"] and any(
            tokens[i].norm.startswith("ال") for i in range(k, end)):
        # A short relative clause belongs to the description ("الصحافيين الذين كانوا على متنه"):
        # up to three words, not past punctuation, a named participant or another clause.
        stop = end + 1
        while stop < min(len(tokens), end + 4) and tokens[stop].is_word and stop not in taken and (
                tokens[stop].norm not in ctx["boundaries"]) and (
                without_conjunction(tokens[stop].norm, 3) not in ctx["relative_pronouns"]):  # "… والذين"
            stop += 1
        if stop > end + 1:
            last = stop
    if last == end and end < ce and end not in taken and _plural_participle(tokens[end].norm) and (
            tokens[end - 1].norm.startswith("ال")):
        # "المدنيين السوريين الفارين من الحرب": a participle describing the people, with its
        # short complement, belongs to the description
        last = end + 1
        if last + 1 < ce and tokens[last].norm in ctx["participle_preps"] and tokens[last + 1].norm.startswith("ال") and (
                last + 1 not in taken):
            last += 2
    if state and end - k == 2 and stands_for_state(tokens[k].norm, ctx):
        # "دبلوماسيين روس", "السفير الكندي": envoys and forces of a country stand for it
        # ("الاتفاق النووي الإيراني" stays a description).
        country = demonym_country(doc, tokens[k + 1].norm)
        if country is not None:
            return Arg(country.id, country.name), end
    start = tokens[k].start
    if tokens[k].text[:1] == "و" and tokens[k].text[1:3] == "ال":
        start += 1  # "والفصائل الفلسطينية": the conjunction is not part of the description
    return Arg(None, doc.text[start:tokens[last - 1].end]), end


def indefinite_nationality(norm: str) -> bool:
    """An indefinite nationality adjective ("إسرائيلية", "روسي")."""
    return not norm.startswith("ال") and demonym(norm) is not None


def _plural_participle(norm: str) -> bool:
    """A definite plural active participle of the simple verb: "الفارين", "العالقين", "القادمون"."""
    return norm.startswith("ال") and len(norm) >= 7 and norm[3] == "ا" and norm.endswith(("ين", "ون")) and (
        not norm.endswith(("يين", "يون")))


def _verb_at(tokens: Sequence[Token], k: int) -> bool:
    """A trigger verb (not a form that may be a noun) opens at token ``k``."""
    found = trigger_matcher().match_at(tokens, k, accept_prefix)
    return found is not None and found.payload.pos == "verb" and not found.payload.also_noun


def prepositional_object(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                         taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> Arg | None:
    """An unnamed participant introduced by a preposition right after the trigger
    ("طلب من الصحافيين", "فرض عقوبات على الفريقين", "التعاون مع جيرانها")."""
    while k < ce and tokens[k].norm in ctx["skippable"]:
        k += 1
    if k < ce and tokens[k].text in QUOTE_MARKS:
        # a short quoted name first: 'إطلاق صاروخ "كروز" صوب محطة'
        close = next((j for j in range(k + 1, min(ce, k + 5)) if tokens[j].text in QUOTE_MARKS), None)
        if close is not None:
            k = close + 1
    if k + 1 >= ce or k in taken or tokens[k].norm not in ctx["object_preps"]:
        return None
    if tokens[k + 1].norm[:1].isdigit() and tokens[k].norm in ctx["quantities"]:
        return None  # "نحو 60": a quantity, not a preposition
    np, _ = noun_phrase(doc, tokens, k + 1, ce, taken, ctx)
    return np


def tie_partner(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> Arg | None:
    """The other side of a tie that is cut or frozen ("جمد كل اتصالاته مع المسؤولين الأمريكيين"):
    past "all", the tie and its adjectives, the unnamed people after مع."""
    j = k
    while j < ce and j not in taken and tokens[j].norm in ctx["all_words"]:
        j += 1
    if j < ce and j not in taken and tokens[j].norm in ctx["tie_forms"]:
        j += 1
    elif not (j == k and k > 0 and tokens[k - 1].norm in ctx["tie_forms"]):
        return None  # (the tie may close the trigger itself: "قطعت علاقاتها الدبلوماسية مع …")
    while j < ce and j not in taken and is_nisba(tokens[j].norm) and j - k < 4:
        j += 1  # "علاقاتها الدبلوماسية"
    if j >= ce or tokens[j].norm not in ctx["talk_partner_preps"]:
        return None
    return prepositional_object(doc, tokens, j, ce, taken, ctx)


def lam_object(doc: Document, tokens: Sequence[Token], k: int, ce: int,
               taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> Arg | None:
    """The people or body a verbal noun acts on through لـ ("تأييده للمستوطنين الإسرائيليين",
    "تقديم المساعدات للسوريين"): the word after the noun with لل and its adjectives."""
    if k >= ce or k in taken or not tokens[k].norm.startswith("لل") or len(tokens[k].norm) < 5 or (
            not participant_head(tokens[k].text, ctx)):
        return None
    end = k + 1
    while end < ce and end - k < 3 and end not in taken and is_nisba(tokens[end].norm):
        end += 1
    return Arg(None, doc.text[tokens[k].start:tokens[end - 1].end])


def aid_recipient(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                  taken: set[int] | frozenset[int], ctx: dict[str, Any]) -> Arg | None:
    """Who aid goes to, within ten words of the trigger: "إلى النازحين", "لصالح المتضررين من
    الفيضانات", "لضحايا الزلزال" — people, not a place or the aid itself."""
    for j in range(k, min(ce, k + 10)):
        if j in taken:
            continue
        norm = tokens[j].norm
        if norm in ctx["aid_recipient_preps"] and j + 1 < ce:
            np, _ = noun_phrase(doc, tokens, j + 1, ce, taken, ctx)
            if np is not None and _people(np.text, ctx):
                return np
        elif norm[:1] == "ل" and len(norm) > 4 and _people(tokens[j].text, ctx):
            end = j + 1
            while end < ce and end - j < 3 and end not in taken and (
                    is_nisba(tokens[end].norm) or tokens[end].norm.startswith("ال") and not tokens[end - 1].norm.startswith(
                        ("ال", "لل"))):
                end += 1  # "لضحايا الزلزال", "للاجئين السوريين"
            return Arg(None, doc.text[tokens[j].start:tokens[end - 1].end])
    return None


def _people(text: str, ctx: dict[str, Any]) -> bool:
    """A phrase naming people (not a body, a thing or a place): "النازحين", "لضحايا", "آلاف الأسر"."""
    words = text.split()[:2] if text.split() and fold_word(text.split()[0]) in ctx["quantities"] else text.split()[:1]
    for raw in words:
        word = fold_word(raw)
        for p in ("لل", "ل", "ال"):
            if word.startswith(p) and len(word) - len(p) >= 3:
                word = word[len(p):]
                break
        if is_people_plural(word) or word in ctx["people_heads"] or word[:-1] in ctx["people_heads"]:
            return True
    return False


def fused_object(doc: Document, tokens: Sequence[Token], k: int, ce: int,
                 taken: set[int] | frozenset[int]) -> Arg | None:
    """The object a verb takes with a fused بـ/لـ ("التقى الوزير بالسفير الفرنسي"): the word and
    its adjectives."""
    if k >= ce or k in taken or not tokens[k].norm.startswith(("بال", "لل")):
        return None
    end = k + 1
    while end < ce and end - k < 3 and end not in taken and is_nisba(tokens[end].norm):
        end += 1
    return Arg(None, doc.text[tokens[k].start:tokens[end - 1].end])


def between_parties(tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int, ce: int,
                    ctx: dict[str, Any]) -> list[MentionRef]:
    """The named sides after "بين" within a few words of a noun trigger ("بين دمشق وعمان")."""
    k = _between_at(tokens, t_end, ce, ctx)
    if k is None:
        return []
    at = k + 1
    if at < ce and tokens[at].norm in ctx["envoy_words"]:
        at += 1  # "بين ممثلي الحكومة والمعارضة": the sides the envoys speak for
    first = next((r for r in sent_refs if r.first == at), None)
    if first is None:
        return []
    return [first] + conjuncts(tokens, sent_refs, first, ce)


def _between_at(tokens: Sequence[Token], t_end: int, ce: int, ctx: dict[str, Any]) -> int | None:
    """Where "بين" stands within a few words after a trigger, or None."""
    return next((k for k in range(t_end, min(ce, t_end + 4)) if tokens[k].norm in ctx["between"]), None)


def between_descriptions(doc: Document, tokens: Sequence[Token], t_end: int, ce: int,
                         ctx: dict[str, Any]) -> tuple[Arg, Arg | None] | None:
    """The unnamed sides after "بين" ("لقاء بين الوفد الأمريكي والوفد الإيراني"), when no side
    is named."""
    k = _between_at(tokens, t_end, ce, ctx)
    if k is None or k + 1 >= ce:
        return None
    first, end = noun_phrase(doc, tokens, k + 1, ce, frozenset(), ctx)
    if first is None or first.entity is not None or participant_part(first.text, ctx) is None:
        return None
    second: Arg | None = None
    if end < ce and tokens[end].norm[:1] == "و" and len(tokens[end].norm) > 3:
        second, _ = noun_phrase(doc, tokens, end, ce, frozenset(), ctx)
        if second is not None and participant_part(second.text.removeprefix("و"), ctx) is None:
            second = None
    return first, second


def office_holder(doc: Document, tokens: Sequence[Token], ref: MentionRef,
                  ctx: dict[str, Any]) -> MentionRef | None:
    """The person whose title is this body ("رئيس الحكومة اليمنية" → the PER the article names
    with that title), when some mention of a person carries the same title words."""
    k = ref.first
    while k > 0 and ref.first - k < 3 and tokens[k - 1].norm in ctx["title_words"]:
        k -= 1
    if k == ref.first:
        return None
    title = [tokens[i].norm for i in range(k, ref.last)]
    if without_conjunction(title[0]) in ctx["title_words"]:
        title[0] = without_conjunction(title[0])
    for e in doc.entities:
        if e.type != "PER":
            continue
        for mention in e.mentions:
            words = [fold_word(w) for w in mention.text.split()]
            before = [fold_word(w.strip("،,:")) for w in doc.text[max(0, mention.start - 80):mention.start].split()]
            before = [w for w in before if w]
            if (len(words) > len(title) and words[:len(title)] == title) or before[-len(title):] == title:
                return ref._replace(entity=e)
    return None


def invited_to(tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int, ce: int,
               ctx: dict[str, Any]) -> MentionRef | None:
    """The place someone is invited to: "إلى فرنسا" within a few words after the trigger."""
    for r in sent_refs:
        if t_end <= r.first <= min(ce, t_end + 4) and r.entity.type in ("GPE", "LOC") and (
                r.prep in ctx["invite_to_place"] or word_before(tokens, r.first) in ctx["invite_to_place"]):
            return r
    return None


def relative_agent(tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int, hi: int,
                   ctx: dict[str, Any], definite: bool = True) -> MentionRef | None:
    """The named subject of a relative clause on a noun trigger whose verb points back at it.

    A definite noun takes the clause after الذي/التي; an indefinite one takes it directly
    ("مفاوضات محتملة ربما تجريها الحكومة مع تركيا").
    """
    k = relative_subject_at(tokens, t_end, hi, ctx, definite)
    if k is None:
        return None
    return next((r for r in sent_refs if r.first == k and not r.prepositional
                 and r.entity.type in ("PER", "ORG", "GPE")), None)


def relative_subject_at(tokens: Sequence[Token], t_end: int, hi: int, ctx: dict[str, Any],
                        definite: bool = True) -> int | None:
    """Where the subject of a relative clause of carrying out on a noun trigger starts
    ("الحملة التي تشنها الرياض", "هجوم شنه مسلحون"), or None."""
    k = t_end
    while k < min(hi, t_end + 3) and (is_nisba(tokens[k].norm) or tokens[k].norm in ctx["noun_modifiers"]
                                      or not definite and (
            tokens[k].norm.endswith("ه") and not tokens[k].norm.startswith(("ي", "ت"))
            and tokens[k].norm[:-1] not in ctx["performing_verbs"])) and (
            tokens[k].norm not in ctx["relative_pronouns"]):
        k += 1  # the noun's adjectives ("غارات جوية"), not "شنه"
    if definite:
        if k + 2 >= hi or tokens[k].norm not in ctx["relative_pronouns"]:
            return None
        k += 1
    else:
        while k < hi and tokens[k].norm in ctx["hedges"]:
            k += 1  # "ربما تجريها"
        if k + 1 >= hi or len(tokens[k].norm) < 3:
            return None
    verb = tokens[k].norm
    pronoun = next((p for p in ctx["object_pronouns"] + ("ه",) if verb.endswith(p)), None)
    if pronoun is None or verb[:-len(pronoun)] not in ctx["performing_verbs"] or tokens[k].text.endswith("ة"):
        return None  # ("قادة" folds like قاد + ـه: leaders, not "led it")
    return k + 1


def act_author(doc: Document, tokens: Sequence[Token], sent_refs: list[MentionRef], start: int, hi: int,
               ctx: dict[str, Any]) -> MentionRef | Arg | None:
    """Who did the act or said the words an attitude is about, named in the object's own phrase:
    "بالكلام الذي صدر عن عباس", "الحملة التي تشنها الرياض", "القرار الذي اتخذته الجامعة",
    "بالقرار الأمريكي" (a nationality, as the article's country)."""
    named = {i for r in sent_refs for i in range(r.first, r.last)}
    j = start
    while j < min(hi, start + 4) and j not in named and tokens[j].norm not in ctx["relative_pronouns"] and (
            tokens[j].norm not in ctx["issued_words"]):
        country = demonym_country(doc, tokens[j].norm) if j == start + 1 and tokens[start].norm.startswith(
            ("ال", "بال", "لل")) and not participant_head(tokens[start].text, ctx) else None
        if country is not None:
            return Arg(country.id, country.name)  # "بالقرار الأمريكي" (not "مع الفنانة الجزائرية")
        j += 1
    if j + 2 >= hi or j in named:
        return None
    k = j + 1 if tokens[j].norm in ctx["relative_pronouns"] else j
    if tokens[k].norm in ctx["issued_words"]:
        if tokens[k + 1].norm not in ctx["issued_preps"]:
            return None
        k += 2  # "صدر عن"
    elif k > j and suffix_agreement(tokens[k].norm, 3) is not None and tokens[k].norm not in ctx["not_objects"] and (
            tokens[k].norm not in ctx["pronoun_preps"]):
        k += 1  # "تشنها", "اتخذته": the verb takes the act up with a pronoun; its subject follows
        if k < hi and tokens[k].norm in ctx["thing_pronoun_preps"]:
            k += 1
    elif k > j and k + 1 < hi and tokens[k + 1].norm in ctx["thing_pronoun_preps"]:
        k += 2  # "الذي أدلى به الوزير"
    else:
        return None
    at = k
    while at < min(hi, k + 4) and at not in named and (
            tokens[at].norm in ctx["title_words"] or is_nisba(tokens[at].norm)):
        at += 1  # "عن الرئيس الفلسطيني محمود عباس": past the title to the name
    return next((r for r in sent_refs if r.first == at or r.first == k), None)


def threatened_party(doc: Document, tokens: Sequence[Token], sent_refs: list[MentionRef], t_end: int, hi: int,
                     ctx: dict[str, Any]) -> MentionRef | Arg | None:
    """Who a threat is aimed at, as the subject of its condition: "هددت النقابة بالإضراب إذا لم
    تتراجع الحكومة" (the government), "لوح بالحرب إذا لم تفرج حماس" (Hamas)."""
    # "حذر الوزير من أن بيروت ستدفع ثمنا باهظا": the one warned of is the subject after "من أن"
    w = next((w for w in range(t_end + 1, min(hi - 1, t_end + 10)) if tokens[w].norm in ctx["that_words"]
              and tokens[w - 1].norm in ctx["warning_complement_preps"]), None)
    warned = next((r for r in sent_refs if w is not None and r.first == w + 1 and not r.prepositional
                   and r.entity.type in ("PER", "ORG", "GPE")), None)
    if warned is not None:
        return warned
    # (the condition may come late: "هدد الوزير، سالفيني، الأحد بمنع السفن من الوصول إلى موانئ
    # بلاده في حال رفضت مالطا …"; not past the clause's end)
    j = next((j for j in range(t_end, min(hi, t_end + 20)) if tokens[j].norm in ctx["negated_conditionals"]
              or tokens[j].norm in ctx["hard_boundaries"] and not tokens[j].is_word), None)
    if j is None or tokens[j].norm not in ctx["negated_conditionals"]:
        return None
    k = j + 1
    while k < hi and tokens[k].norm in ctx["neg_particles"]:
        k += 1
    k += 1  # the verb of the condition; its subject follows
    if k >= hi:
        return None
    named = next((r for r in sent_refs if r.first == k), None)
    if named is not None:
        return named
    np, _ = noun_phrase(doc, tokens, k, hi, frozenset(), ctx)
    return np if np is not None and participant_part(np.text, ctx) is not None else None


def own_country_at(tokens: Sequence[Token], cs: int, t: int, ctx: dict[str, Any]) -> int | None:
    """Where "بلاده", "حكومته" stands as the subject of the verb at ``t`` (modal words between)."""
    return subject_word_at(tokens, cs, t, ctx["own_country"], ctx["subject_gap"])


def subject_word_at(tokens: Sequence[Token], cs: int, t: int, words: frozenset[str],
                    gap: frozenset[str]) -> int | None:
    """Where one of ``words`` stands as the subject before the verb at ``t``, with at most three
    ``gap`` words between ("بلاده لن", "قواته قد"), within the clause from ``cs``."""
    k = t - 1
    while k >= cs and k >= t - 4 and tokens[k].norm in gap:
        k -= 1
    return k if k >= cs and tokens[k].norm in words else None


def own_country_subject(doc: Document, tokens: Sequence[Token], cs: int, t: int,
                        ctx: dict[str, Any], about: MentionRef | None) -> Arg | None:
    """"بلاده ستتعقب": the country of the speaker (or of the person the sentence is about)."""
    if own_country_at(tokens, cs, t, ctx) is None:
        return None
    quote = quote_at(doc.quotes, tokens[t].start, tokens[t].end)
    person = doc.entity(quote.speaker) if quote is not None and quote.speaker else None
    if person is None and about is not None and (quote is None or not quote.speaker_text):
        person = about.entity  # (an unnamed speaker's country is unknown, not the sentence's topic)
    return state_of(doc, person)


def state_of(doc: Document, person: Entity | None) -> Arg | None:
    """The article's country entity for a person's or body's country, if the article names it."""
    if person is None or not person.country:
        return None
    for e in doc.entities:
        if e.type == "GPE" and e.country == person.country and is_country(e):
            return Arg(e.id, e.name)
    return None


def speaker_state(doc: Document, quote: Quote, ctx: dict[str, Any]) -> Arg | None:
    """The state a quote's speaker speaks for: a named speaker's country, else the nationality an
    unnamed official carries ("نائب الوزير الكوري الشمالي", not "وسائل إعلام ألمانية"), when the
    article names that country."""
    if quote.speaker:
        return state_of(doc, doc.entity(quote.speaker))
    words = fold_word(quote.speaker_text or "").split()
    head = without_conjunction(words[0]).removeprefix("ال") if words else ""
    if head not in ctx["title_heads"] and head not in ctx["official_words"]:
        return None
    for n in (2, 1):
        if len(words) > n:
            country = demonym_country(doc, " ".join(words[-n:]))
            if country is not None:
                return Arg(country.id, country.name)
    return None


def acting_speaker(doc: Document, quote: Quote, ctx: dict[str, Any]) -> Arg | None:
    """A quote's speaker as the one who acts: the named speaker, else the state an unnamed official
    speaks for, else the description ("قالت الشرطة إنها اعتقلت رجلين")."""
    speaker = speaker_arg(quote)
    if speaker is None or speaker.entity is not None:
        return speaker
    return speaker_state(doc, quote, ctx) or speaker


def nationality_after(doc: Document, tokens: Sequence[Token], t_end: int, ce: int) -> Arg | None:
    """The country of a nationality adjective qualifying a noun trigger ("صواريخ إيرانية")."""
    for k in range(t_end, min(ce, t_end + 2)):
        if tokens[k].norm.startswith(("لل", "بال")):
            return None  # "المساعدات للسوريين": the people given to, not an adjective of the act
        country = demonym_country(doc, tokens[k].norm)
        if country is not None:
            return Arg(country.id, country.name)
        if not is_nisba(tokens[k].norm) and not tokens[k].norm.endswith(("يه", "ي")):
            return None  # only adjectives may stand between ("الغارات الجوية الإسرائيلية")
    return None


def demonym_country(doc: Document, norm: str) -> Entity | None:
    """The article's GPE entity for the country a nationality adjective names."""
    iso3 = demonym(norm)
    if iso3 is None:
        return None
    for e in doc.entities:
        if e.type == "GPE" and e.country == iso3 and is_country(e):
            return e
    # no country named: its capital where the article makes it stand for the government
    # ("العقوبات الأميركية" where "واشنطن" acts; not a capital named as a place)
    for e in doc.entities:
        if e.type == "GPE" and e.metonymy and e.country == iso3 and metonym_country(e.name) == iso3:
            return e
    return None


def is_country(e: Entity) -> bool:
    """The entity names a country in the gazetteer (not a city or region)."""
    p = place(e.name)
    return p is not None and p.kind == "country"


def place_inside(doc: Document, tokens: Sequence[Token], ref: MentionRef) -> Arg | None:
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


def location_fallback(sent_refs: list[MentionRef], t_end: int, hi: int, used: set[str],
                      ctx: dict[str, Any]) -> MentionRef | None:
    """A place introduced by في/ب later in the same sentence ("… في أبوظبي", "بالسعودية")."""
    for r in sent_refs:
        if t_end <= r.first <= t_end + 15 and r.last <= hi and r.entity.id not in used and (
                r.entity.type in ("GPE", "LOC") and r.prep in ctx["place_preps"]):
            return r
    return None


def date_for(dates: Sequence[DateExpr], c_start: int, c_end: int, s_start: int,
             s_end: int) -> str | None:
    """The resolved date stated in the clause, else in the sentence."""
    for lo, hi in ((c_start, c_end), (s_start, s_end)):
        for d in dates:
            if d.value and lo <= d.start and d.end <= hi:
                return d.value
    return None


def named_by_head(doc: Document, a: Arg, before: int) -> Arg:
    """A bare definite head word ("المكتب", "الوزارة", "الميليشيات") as the organisation last named
    with it before ``before`` ("مكتب الأمم المتحدة …", "الميليشيات الحوثية"); else ``a``. (Not a
    place: "المدينة" may be any town named since.)"""
    if a.entity is not None or " " in a.text.strip():
        return a
    word = fold_word(a.text.strip())
    if word[:1] in "وف" and word[1:3] == "ال":
        word = word[1:]
    if not word.startswith("ال") or len(word) < 5:
        return a
    head = word[2:]
    best: tuple[int, Entity] | None = None
    later: set[str] = set()  # bodies named by the head only further on
    for e in doc.entities:
        if e.type != "ORG":
            continue
        for m in e.mentions:
            first = fold_word(m.text.split()[0]) if m.text.split() else ""
            if first.removeprefix("ال") != head or " " not in m.text:
                continue
            if m.start >= before:
                later.add(e.id)
            elif best is None or m.start > best[0]:
                best = (m.start, e)
    if best is None and len(later) == 1:
        # "سيوزعها المكتب …" before "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية": the one body
        # the article names with that head
        found = doc.entity(later.pop())
        return Arg(found.id, found.name) if found is not None else a
    return Arg(best[1].id, best[1].name) if best is not None else a


def title_holder(doc: Document, a: Arg, before: int, ctx: dict[str, Any]) -> Arg:
    """An unnamed title of two to four words ("السفير الأميركي", "وزير الخارجية الإيطالي") as the
    person the article named with it before ``before`` ("بالسفير الأميركي لدى اليمن، ماثيو
    تولر"); else ``a``."""
    if a.entity is not None:
        return a
    key = [fold_word(w) for w in a.text.split()]
    if not 2 <= len(key) <= 4:
        return a
    key[0] = without_article_prep(key[0])
    if key[0].removeprefix("ال") not in ctx["title_heads"]:
        return a

    def titled(m: Span) -> bool:
        # the title right before the name, or before where the envoy serves ("بالسفير الأميركي
        # لدى اليمن، ماثيو تولر")
        window = [fold_word(w) for w in doc.text[max(0, m.start - 90):m.start].replace("#", " ").split()]
        window = [w for w in window if any(c.isalpha() for c in w)][-len(key) - 2:]
        for i in range(len(window) - len(key) + 1):
            gap = window[i + len(key):]
            if without_article_prep(window[i]) == key[0] and window[i + 1:i + len(key)] == key[1:] and (
                    not gap or len(gap) == 2 and gap[0] in ctx["envoy_preps"] | ctx["location_preps"]):
                return True
        return False

    person = _last_mention(doc, lambda e: e.type == "PER", titled, 0, before)
    return Arg(person.id, person.name) if person is not None else a


def town_by_head(doc: Document, a: Arg, since: int, before: int, ctx: dict[str, Any]) -> Arg:
    """A bare "المدينة" / "البلدة" as the town named last in the same sentence ("رئيس بلدية
    باردونيكيا، … إن المدينة تديره"); else ``a``."""
    if a.entity is not None or " " in a.text.strip():
        return a
    word = without_article_prep(fold_word(a.text.strip()))
    if not word.startswith("ال") or word[2:] not in ctx["town_heads"]:
        return a
    town = _last_mention(doc, lambda e: e.type == "GPE" and not is_country(e), lambda m: True, since, before)
    return Arg(town.id, town.name) if town is not None else a


def _last_mention(doc: Document, entity_ok: Callable[[Entity], bool], mention_ok: Callable[[Span], bool],
                  since: int, before: int) -> Entity | None:
    """The entity of the last mention starting in [since, before) that both tests accept."""
    best: tuple[int, Entity] | None = None
    for e in doc.entities:
        if not entity_ok(e):
            continue
        for m in e.mentions:
            if since <= m.start < before and (best is None or m.start > best[0]) and mention_ok(m):
                best = (m.start, e)
    return best[1] if best is not None else None


def home_country(doc: Document, country: str | None) -> Arg | None:
    """The article's entity for a country: the one given (ISO alpha-3) when named, else the
    country named most often."""
    states = [e for e in doc.entities if e.type == "GPE" and is_country(e)]
    own = next((e for e in states if country is not None and e.country == country), None)
    if own is None and states:
        own = max(states, key=lambda e: len(e.mentions))
    return Arg(own.id, own.name) if own is not None else None
