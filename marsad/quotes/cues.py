"""Compile the reporting-cue lexicon (reporting_cues.yaml) into matchers and folded word sets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.lang.ar import load_yaml
from marsad.text import fold_word, tokenize
from marsad.text.matcher import PhraseMatcher


@dataclass(frozen=True, slots=True)
class Cue:
    """What a matched cue form is: its lemma, family and which complements make it a quote."""

    lemma: str
    family: str  # verb | participle | phrase | source
    takes: frozenset[str]
    preps: tuple[str, ...] = ()
    np_needs_prep: bool = False
    weak: bool = False
    relay: bool = False
    speaker: str = "after"  # phrases: where the speaker is (after | before | carry)
    masdar: bool = False  # "قوله", "بالقول": a noun form that only introduces the content


@dataclass(frozen=True)
class Lexicon:
    """Everything the quotes stage looks up, folded once per process."""

    cues: PhraseMatcher[Cue]
    first_keys: frozenset[str]
    complementizers: frozenset[str]
    pronoun_complementizers: frozenset[str]
    speaker_stops: frozenset[str]
    time_words: frozenset[str]
    impersonal: frozenset[str]
    source_fillers: frozenset[str]
    clause_breaks: PhraseMatcher[str]
    anaphors: frozenset[str]
    unnamed: PhraseMatcher[str]
    media: PhraseMatcher[str]
    official: PhraseMatcher[str]
    publishers: dict[str, tuple[str, ...]]
    audience_heads: frozenset[str]
    headline_max_words: int
    auxiliaries: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    kana: frozenset[str] = frozenset()
    skip_before_cue: frozenset[str] = frozenset()
    skip_after_cue: frozenset[str] = frozenset()
    setting_preps: frozenset[str] = frozenset()
    result_particles: frozenset[str] = frozenset()
    qad: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    when_words: frozenset[str] = frozenset()


def _fold_phrase(text: str) -> str:
    return " ".join(t.norm for t in tokenize(text))


def verb_forms(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Generate past, present and participle surface forms of one lemma entry."""
    past: str = spec["past"]
    pres: str | None = spec.get("present")
    part: str | None = spec.get("participle")
    only = set(spec.get("only", ("past", "present", "participle")))
    out: dict[str, list[str]] = {"past": [], "present": [], "participle": []}
    if "past" in only:
        # Verbs ending in alef maqsura conjugate irregularly; their forms come from `extra`.
        if past.endswith("ى"):
            out["past"].append(past)
        else:
            out["past"] += [past, past + "ت", past + "وا", past + "ا", past + "تا", past + "ن"]
        if spec.get("obj"):
            bases = [past, past + "ت"] if not past.endswith("ى") else [past]
            for b in bases:
                out["past"] += [b + s for s in ("ه", "ها", "هم", "هما")]
            out["past"] += [past + "وه", past + "وها"]
    if pres and "present" in only:
        out["present"] += [p + pres for p in ("ي", "ت", "ن", "أ")]
        out["present"] += ["ي" + pres + "ون", "ت" + pres + "ان", "ي" + pres + "ان"]
        if spec.get("obj"):
            out["present"] += [p + pres + s for p in ("ي", "ت") for s in ("ه", "ها", "هم")]
    if part and "participle" in only:
        out["participle"] += [part + s for s in ("ا", "اً", "ة", "ين", "ون", "تين", "ات", "")]
    return out


def _phrases(data: dict[str, Any]) -> Iterable[tuple[str, Cue]]:
    for spec in data.get("verbs", ()):
        takes = frozenset(spec.get("takes", ("that", "quote")))
        preps = tuple(_fold_phrase(p) for p in spec.get("prep", ()))
        common = {"lemma": spec["past"], "takes": takes, "preps": preps,
                      "np_needs_prep": bool(spec.get("np_needs_prep")), "weak": bool(spec.get("weak")),
                      "relay": bool(spec.get("relay"))}
        forms = verb_forms(spec)
        for tense, words in forms.items():
            family = "participle" if tense == "participle" else "verb"
            for w in words:
                yield w, Cue(family=family, **common)
        for w in spec.get("extra", ()):
            fw = fold_word(w)
            masdar = fw.startswith("قول") or fw.endswith("القول")
            family = "participle" if fw.endswith("ا") and fw.startswith(("م", "ن", "ق")) and len(fw) > 4 \
                else "verb"
            yield w, Cue(family=family, masdar=masdar, **common)
    for spec in data.get("phrases", ()):
        yield spec["text"], Cue(lemma=spec["text"], family="phrase",
                                takes=frozenset(spec.get("takes", ("that",))),
                                speaker=spec.get("speaker", "after"))
    for text in data.get("sources", ()):
        yield text, Cue(lemma=text, family="source", takes=frozenset())


def _fold_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_fold_phrase(w) for w in words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon, built once per process."""
    data = load_yaml("reporting_cues.yaml")
    srcs = load_yaml("unnamed_sources.yaml")
    phrases = list(_phrases(data))
    cues: PhraseMatcher[Cue] = PhraseMatcher(phrases)
    first = frozenset(t[0].norm for p, _ in phrases if (t := tokenize(p)))
    return Lexicon(
        cues=cues,
        first_keys=first,
        complementizers=_fold_set(data["complementizers"]),
        pronoun_complementizers=_fold_set(data["pronoun_complementizers"]),
        speaker_stops=_fold_set(data["speaker_stops"]),
        time_words=_fold_set(data["time_words"]),
        impersonal=_fold_set(data.get("impersonal", ())),
        source_fillers=_fold_set(data["source_fillers"]),
        clause_breaks=PhraseMatcher((w, w) for w in data["clause_breaks"]),
        anaphors=_fold_set(data["anaphors"]),
        unnamed=PhraseMatcher((w, w) for w in srcs["heads"]),
        media=PhraseMatcher((w, w) for w in srcs["media"]),
        official=PhraseMatcher((w, w) for w in srcs["official"]),
        publishers={k: tuple(_fold_phrase(x) for x in v)
                    for k, v in (srcs.get("publishers") or {}).items()},
        audience_heads=frozenset(tokenize(w)[0].norm for w in list(srcs["media"]) + list(srcs["heads"])),
        headline_max_words=int(data.get("headline_max_words", 4)),
        auxiliaries=_fold_set(data["function_words"]["auxiliaries"]),
        clause_openers=_fold_set(data["function_words"]["clause_openers"]),
        relatives=_fold_set(data["function_words"]["relatives"]),
        kana=_fold_set(data["function_words"]["kana"]),
        **{k: _fold_set(data["function_words"][k]) for k in (
            "skip_before_cue", "skip_after_cue", "setting_preps", "result_particles", "qad",
            "coordinators")},
        when_words=_fold_set(load_yaml("clause_words.yaml")["when_words"]),
    )
