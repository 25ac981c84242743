"""Pronoun antecedents for event targets: "ويهددونهم" → the prisoners named before, with agreement.

A pronoun suffix (ـه، ـها، ـهم، ـهما) on a verb, on a verbal noun of acting on someone
("باعتقالهما") or on a preposition after the trigger ("ضدهم") points back at the nearest earlier
participant of the same sentence or the one before that agrees with it in number and gender: a
named entity, or an unnamed group of people ("المسؤولين المستهدفين", "معتقلين سابقين").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

from marsad.events.refs import MentionRef
from marsad.events.words import is_nisba, is_people_plural
from marsad.model import Arg, Document
from marsad.text.tokens import Token, without_conjunction

# suffix → the agreement it asks for: masculine / feminine singular, plural, dual
_SUFFIXES = (("هما", "du"), ("هم", "pl"), ("هن", "pl"), ("ها", "f"), ("ه", "m"))
# what each pronoun may point back at (a dual also refers to a group counted as two)
_ACCEPTS = {"m": {"m"}, "f": {"f"}, "pl": {"pl"}, "du": {"du", "pl"}}
_PLURAL_ENDINGS = ("ون", "ين", "يون", "يين")
# every group _group_at accepts ends in one of these ("السجناء", "الأسرى", "المعتقلين")
_GROUP_ENDINGS = ("اء", "ى", "ن")
_NORM = itemgetter(3)  # a token's folded form


@dataclass(frozen=True, slots=True)
class Referent:
    """A possible antecedent: a named mention or an unnamed group, with the agreement it takes."""

    first: int
    last: int
    agreement: frozenset[str]
    ref: MentionRef | None
    description: Arg | None


def suffix_agreement(norm: str, stem_len: int) -> str | None:
    """The agreement a pronoun suffix after ``stem_len`` letters asks for (None if no suffix)."""
    for suffix, agreement in _SUFFIXES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= stem_len:
            return agreement
    return None


def _named_agreement(ref: MentionRef) -> frozenset[str]:
    """How a named entity is referred back to: persons ـه/ـها, states ـها, bodies by their name."""
    ent = ref.entity
    if ent.type == "PER":
        return frozenset({"m", "f"})
    if ent.type == "GPE":
        return frozenset({"f"})
    head = ent.name.split()[0] if ent.name.split() else ""
    if head.endswith(_PLURAL_ENDINGS) or ent.name.endswith(_PLURAL_ENDINGS):
        return frozenset({"pl"})  # "الحوثيون"
    if head.endswith("ة"):
        return frozenset({"f"})  # "الحكومة", "حركة حماس"
    return frozenset({"m"})


def _group_at(doc: Document, tokens: Sequence[Token], k: int, hi: int, named: frozenset[int],
              ctx: dict[str, Any]) -> Referent | None:
    """An unnamed group of people opening at token ``k`` ("السجناء", "معتقلين سابقين",
    "المسؤولين المستهدفين"), with the adjectives that follow it."""
    norm = without_conjunction(tokens[k].norm, 4)
    bare = norm.removeprefix("ال")
    people = bare in ctx["participant_heads"] and bare.endswith(("اء", "ين", "ون", "ى", "ن")) or (
        len(bare) > 4 and bare.endswith(("ين", "ون")) and (norm.startswith("ال") or is_people_plural(norm)))
    if not people or bare in ctx["quantities"] or norm in ctx["title_words"] or (
            norm[:1] == "ي" and norm.endswith("ون")):
        return None  # "يفترضون" is a verb, not a group
    if k > 0 and is_nisba(norm) and tokens[k - 1].norm.startswith("ال") and tokens[k - 1].is_word:
        return None  # an adjective of the noun before it ("القوات التركية")
    end = k + 1
    while end < hi and end - k < 3 and end not in named and tokens[end].is_word and (
            tokens[end].norm.endswith(_PLURAL_ENDINGS)) and tokens[end].norm not in ctx["boundaries"]:
        end += 1  # "المسؤولين المستهدفين", "معتقلين سابقين"
    start = tokens[k].start + (len(tokens[k].text) - len(tokens[k].text.lstrip("وف"))
                               if norm != tokens[k].norm else 0)
    return Referent(k, end, frozenset({"pl"}), None, Arg(None, doc.text[start:tokens[end - 1].end]))


class Antecedents:
    """The possible antecedents of one document, looked up by position (gathered on first use:
    most documents have no pronoun to resolve)."""

    def __init__(self, doc: Document, tokens: Sequence[Token], refs: Sequence[MentionRef],
                 named: frozenset[int], ctx: dict[str, Any]) -> None:
        self._doc, self._tokens, self._refs, self._named, self._ctx = doc, tokens, refs, named, ctx
        self._found: list[Referent] | None = None
        self._lasts: list[int] = []

    def _gather(self) -> list[Referent]:
        """Every named mention and unnamed group of the document, by where they end."""
        tokens, named = self._tokens, self._named
        found: list[Referent] = [Referent(r.first, r.last, _named_agreement(r), r, None)
                                 for r in self._refs if r.entity.type in ("PER", "ORG", "GPE", "LOC")]
        n = len(tokens)
        # cheap test first, in C over the whole document: a group opens on a plural ending or a
        # listed head
        opens = compress(range(n), map(str.endswith, map(_NORM, tokens), repeat(_GROUP_ENDINGS)))
        k = 0  # where the next group may open (past the last one found)
        first_told: dict[str, Arg | None] = {}  # a group's head word -> its words where first told
        for c in opens:
            if c < k or c in named:
                continue
            group = _group_at(self._doc, tokens, c, n, named, self._ctx)
            if group is not None:
                head = without_conjunction(tokens[c].norm, 4)
                told = first_told.get(head[2:]) if head.startswith("ال") else None
                if told is not None and group.description is not None and (
                        len(told.text.split()) > len(group.description.text.split())):
                    # "اعتقلت جنديين يونانيين … الجنديين": the definite group is the one told
                    # before, in its fuller words
                    group = replace(group, description=told)
                elif not head.startswith("ال"):
                    first_told.setdefault(head, group.description)
                found.append(group)
                k = group.last
        found.sort(key=lambda r: (r.last, r.first))
        self._lasts = [r.last for r in found]
        return found

    def resolve(self, agreement: str, before: int, since: int, skip: set[str | None],
                people: bool = False) -> Referent | None:
        """The nearest referent ending at or before token ``before`` and starting at or after
        ``since`` that agrees with the pronoun and is not one of the ``skip`` entity ids; with
        ``people`` (the one arrested, released, killed) not an organisation."""
        if self._found is None:
            self._found = self._gather()
        accepts = _ACCEPTS[agreement]
        for r in reversed(self._found[:bisect_left(self._lasts, before + 1)]):
            if r.first < since:
                break
            if r.ref is not None and (r.ref.entity.id in skip or people and r.ref.entity.type == "ORG"):
                continue
            if r.agreement & accepts:
                return r
        return None
