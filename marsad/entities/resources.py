"""Shared resources of the entities stage, loaded once: tagger, knowledge base, gazetteers.

Each resource is optional: when a piece is missing (a model not trained yet, a data file not
built) the stage still runs with what is there, so the adaptors here swallow only ImportError
and missing-resource errors.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from marsad.entities.gazdata import Gazetteer, load_gazetteer
from marsad.entities.known import Known
from marsad.errors import MarsadError
from marsad.once import once
from marsad.text import Token, fold_word
from marsad.text.matcher import PhraseMatcher


class Resources:
    """Everything the stage needs, built once per process (see ``get_resources``)."""

    def __init__(self) -> None:
        self.tagger = _load_tagger()
        self.gaz: Gazetteer = load_gazetteer()
        linker = _load_module("marsad.link.linker")
        self.link_fn: Callable[..., Any] | None = getattr(linker, "link", None) if linker else None
        phrases = list(_kb_phrases()) + self.gaz.places
        self.matcher: PhraseMatcher[tuple[Known, ...]] = _build_matcher(phrases)

    def tag(self, tokens: Sequence[Token]) -> list[str]:
        """BIO labels from the NER model, or all "O" when no model is shipped."""
        if self.tagger is None or not tokens:
            return ["O"] * len(tokens)
        return list(self.tagger.tag(tokens))

    def tag_document(self, sentences: Sequence[Sequence[Token]]) -> list[list[str]]:
        """BIO labels for every sentence of one document, consistent across the document."""
        if self.tagger is None:
            return [["O"] * len(s) for s in sentences]
        return [list(t) for t in self.tagger.tag_sentences(sentences)]

    def place(self, surface: str) -> Known | None:
        """A gazetteer place for a surface form, if any."""
        return self.gaz.place(surface)

    def demonym(self, word: str) -> str | None:
        """The ISO alpha-3 country of a nisba adjective ("السوري" -> SYR), if known."""
        return self.gaz.demonym(word)

    def person_en(self, name: str) -> str | None:
        """An English spelling of an Arabic person name from the name database."""
        return self.gaz.person_en(name)

    def link(self, name: str, type_: str, context_title: str | None,
             date: str | None) -> Any:
        """The linker's result for an entity name, or None when there is no linker."""
        if self.link_fn is None:
            return None
        try:
            return self.link_fn(name, type_, context_title=context_title, date=date)
        except (MarsadError, ValueError, KeyError):
            return None


def _load_module(name: str) -> Any:
    """Import an optional module; None when it is not there yet."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _load_tagger() -> Any:
    """The shipped NER tagger, or None when no model file is present."""
    try:
        from marsad.ner.tagger import get_tagger
    except ImportError:
        return None
    try:
        return get_tagger()
    except MarsadError:
        return None
    except Exception as exc:  # noqa: BLE001 - a broken model must not take the stage down
        warnings.warn(f"NER model unusable, entities use KB/gazetteer/rules only: {exc!r}",
                      RuntimeWarning, stacklevel=2)
        return None


def _kb_phrases() -> Iterable[tuple[str, Known]]:
    """(surface, Known) for every KB person/organisation name and alias (places.yaml excluded:
    the gazetteer covers places), from the linker's already loaded knowledge base."""
    from marsad.link.kb import get_kb

    for e in get_kb().entries:
        if e.source == "places.yaml":
            continue
        # The public id the linker reports too: the QID when known, else "marsad:<id>".
        k = Known(e.type, e.kb_id, e.name_en or None, e.country, e.role, e.qid,
                  start=e.start, end=e.end, source="kb")
        for n in (e.name, *e.aliases):
            if n:
                yield n, k


def _build_matcher(phrases: list[tuple[str, Known]]) -> PhraseMatcher[tuple[Known, ...]]:
    """One matcher over all phrases; a surface shared by several records keeps them all."""
    by_key: dict[str, list[Known]] = {}
    surface_of: dict[str, str] = {}
    for surface, k in phrases:
        key = " ".join(fold_word(w) for w in surface.split())
        if len(key.replace(" ", "")) < 2:
            continue
        lst = by_key.setdefault(key, [])
        if k not in lst:
            lst.append(k)
        surface_of.setdefault(key, surface)
    return PhraseMatcher((surface_of[k], tuple(v)) for k, v in by_key.items())


@once
def get_resources() -> Resources:
    """The process-wide resources, built on first use."""
    return Resources()


def reset_resources() -> None:
    """Forget the cached resources (tests swap data files)."""
    get_resources.reset()
