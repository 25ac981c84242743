"""Shared resources of the entities stage, loaded once: tagger, knowledge base, gazetteers.

Each resource is optional: when a piece is missing (a model not trained yet, a data file not
built) the stage still runs with what is there, so the adaptors here swallow only ImportError
and missing-resource errors.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from marsad.entities.gazdata import Gazetteer, load_gazetteer
from marsad.entities.known import Known
from marsad.errors import MarsadError
from marsad.text import Token, fold_word
from marsad.text.matcher import PhraseMatcher


def _attr(obj: Any, *names: str) -> Any:
    """The first present attribute or mapping key among ``names``."""
    for n in names:
        if isinstance(obj, dict):
            if obj.get(n) not in (None, ""):
                return obj[n]
        else:
            v = getattr(obj, n, None)
            if v not in (None, ""):
                return v
    return None


def _s(v: Any) -> str | None:
    """A string or None."""
    return None if v in (None, "") else str(v)


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


def _kb_records() -> list[Any]:
    """Every person and organisation record of the actor knowledge base (YAML files)."""
    from marsad.lang.ar import load_yaml, path

    out: list[Any] = []
    try:
        files = sorted(f.name for f in path("kb").iterdir()
                       if f.name.endswith(".yaml") and f.name != "places.yaml")
    except OSError:
        files = []
    for name in (f"kb/{f}" for f in files):
        try:
            data = load_yaml(name)
        except MarsadError:
            continue
        if isinstance(data, dict):
            data = next((v for v in data.values() if isinstance(v, list)), [])
        out.extend(r for r in data or () if isinstance(r, dict))
    return out


def _kb_phrases() -> Iterable[tuple[str, Known]]:
    """(surface, Known) for every KB name and alias."""
    for rec in _kb_records():
        typ = str(_attr(rec, "type") or "").upper()
        if typ not in ("PER", "ORG", "GPE", "LOC"):
            continue
        qid = _s(_attr(rec, "qid"))
        rid = _s(_attr(rec, "id"))
        # The public id the linker reports too: the QID when known, else "marsad:<id>".
        k = Known(typ, qid or (f"marsad:{rid}" if rid else None), _s(_attr(rec, "name_en")),
                  _s(_attr(rec, "country")), _s(_attr(rec, "role")), _s(_attr(rec, "qid")),
                  start=_s(_attr(rec, "start")), end=_s(_attr(rec, "end")), source="kb")
        names = [_attr(rec, "name")] + list(_attr(rec, "aliases") or ())
        for n in names:
            if n:
                yield str(n), k


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


_RES: Resources | None = None
_RES_LOCK = threading.Lock()


def get_resources() -> Resources:
    """The process-wide resources, built on first use."""
    global _RES
    if _RES is None:
        with _RES_LOCK:
            if _RES is None:
                _RES = Resources()
    return _RES


def reset_resources() -> None:
    """Forget the cached resources (tests swap data files)."""
    global _RES
    _RES = None
