"""The entity word lists of marsad/lang/ar/entity_rules.yaml, folded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.lang.ar import load_yaml
from marsad.text import fold_word, tokenize


def _words(items: list[str] | None) -> frozenset[str]:
    """Folded single words of a list (multi-word items keep their first word)."""
    out: set[str] = set()
    for it in items or ():
        toks = tokenize(it)
        if toks:
            out.add(toks[0].norm)
    return frozenset(out)


def _phrases(items: list[str] | None) -> frozenset[tuple[str, ...]]:
    """Folded token tuples of a list of phrases."""
    return frozenset(tuple(t.norm for t in tokenize(it)) for it in items or () if it.strip())


def _verb_forms(pasts: list[str] | None) -> frozenset[str]:
    """Folded past, present and future third-person forms of a list of past-tense verbs."""
    out: set[str] = set()
    for p in pasts or ():
        w = fold_word(p)
        stem = w[1:] if w.startswith("ا") and len(w) > 3 else w
        # Final alef maqsura folds to ي; past "سعى" -> present "يسعى", "دعا" -> "يدعو".
        forms = {w, w + "ت", w + "وا", "ي" + stem, "ت" + stem}
        if w.endswith("ا"):
            forms |= {"ي" + stem[:-1] + "و", "ت" + stem[:-1] + "و", w[:-1] + "ت"}
        if w.endswith("ي"):
            forms |= {w[:-1] + "ت"}
        forms |= {"س" + f for f in forms if f[0] in "يت"}
        out |= forms
    return frozenset(out)


@dataclass(frozen=True)
class Rules:
    """Folded word sets used by the mention, typing, coreference and metonymy rules."""

    org_construct: frozenset[str]
    org_definite: frozenset[str]
    org_located: frozenset[str]
    org_anaphors: frozenset[str]
    locatives: frozenset[str]
    standalone_orgs: frozenset[str]
    state_anaphors: frozenset[str]
    kingdoms: frozenset[str]
    title_heads: frozenset[str]
    title_links: frozenset[str]
    honorifics: frozenset[str]
    stop_cont: frozenset[str]
    never_names: frozenset[str]
    loc_heads: frozenset[str]
    gpe_heads: frozenset[str]
    capital_words: frozenset[str]
    agent_verbs: frozenset[str]
    partner_preps: frozenset[str]
    org_weak: frozenset[str]
    org_definite_any: frozenset[str]
    org_definite_adj: frozenset[str]
    title_construct: frozenset[str]
    cardinals: frozenset[str]
    loc_strong: frozenset[str]
    name_particles: frozenset[str]
    title_objects: frozenset[str]
    not_accusative_endings: tuple[str, ...]
    adverbs_in_a: frozenset[str]


@lru_cache(maxsize=1)
def get_rules() -> Rules:
    """The rules, read and folded once."""
    d = load_yaml("entity_rules.yaml")
    return Rules(
        org_construct=_words(d.get("org_heads_construct")),
        org_definite=_words(d.get("org_heads_definite")),
        org_located=_words(d.get("org_heads_located")),
        org_anaphors=_words(d.get("org_anaphors")),
        locatives=_words(d.get("locatives")),
        standalone_orgs=_words(d.get("standalone_orgs")),
        state_anaphors=_words(d.get("state_anaphors")),
        kingdoms=frozenset(d.get("kingdoms") or ()),
        title_heads=_words(d.get("title_heads")),
        title_links=_words(d.get("title_links")),
        honorifics=_words(d.get("honorifics")),
        stop_cont=_words(d.get("stop_continuations")),
        never_names=_words(d.get("never_names")),
        loc_heads=_words(d.get("loc_heads")),
        gpe_heads=_words(d.get("gpe_heads")),
        capital_words=_words(d.get("capital_words")),
        agent_verbs=_verb_forms(d.get("agent_verbs")),
        partner_preps=_words(d.get("agent_partner_preps")),
        org_weak=_words(d.get("org_heads_weak")),
        org_definite_any=_words(d.get("org_heads_definite_any_nisba")),
        org_definite_adj=_words(d.get("org_heads_definite_adjective")),
        title_construct=_words(d.get("title_construct_heads")),
        cardinals=_words(d.get("cardinals")),
        loc_strong=_words(d.get("loc_heads_strong")),
        name_particles=_words(d.get("name_particles")),
        title_objects=_words(d.get("title_objects")),
        not_accusative_endings=tuple(sorted(_words(d.get("not_accusative_endings")))),
        adverbs_in_a=_words(d.get("adverbs_in_a")),
    )
