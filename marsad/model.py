"""The immutable ``Document`` and the facts it carries, with the JSON contract."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from marsad.errors import SpanError

ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC")
EVENT_TYPES = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)
MODALITIES = ("asserted", "negated", "future", "hypothetical")
QUOTE_KINDS = ("direct", "indirect")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` character range of ``Document.text`` and its text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Serialise as ``{"start", "end", "text"}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Rebuild from ``to_dict`` output."""
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a character range."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Serialise as ``{"start", "end"}``."""
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the raw input that the clean stage dropped, and why."""

    kind: str
    text: str
    stage: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Serialise as ``{"kind", "text", "stage"}``."""
        return {"kind": self.kind, "text": self.text, "stage": self.stage}


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world referent with all its mentions and its canonical identity."""

    id: str
    type: str
    name: str
    mentions: tuple[Span, ...]
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    kb_id: str | None = None
    metonymy: bool = False
    stage: str = ""
    score: float = 1.0

    def __post_init__(self) -> None:
        # Scores are kept to 4 decimals so that the JSON round trip is exact.
        object.__setattr__(self, "score", round(float(self.score), 4))

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the contract's entity object."""
        return {
            "id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
            "country": self.country, "role": self.role, "kb_id": self.kb_id,
            "metonymy": self.metonymy, "stage": self.stage, "score": round(self.score, 4),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        """Rebuild from ``to_dict`` output."""
        return cls(
            id=d["id"], type=d["type"], name=d["name"],
            mentions=tuple(Span.from_dict(m) for m in d.get("mentions", ())),
            name_en=d.get("name_en"), country=d.get("country"), role=d.get("role"),
            kb_id=d.get("kb_id"), metonymy=bool(d.get("metonymy", False)),
            stage=d.get("stage", ""), score=float(d.get("score", 1.0)),
        )


@dataclass(frozen=True, slots=True)
class Arg:
    """A participant: an entity id when known, otherwise a verbatim description."""

    entity: str | None
    # The text is derivable from the entity when there is one, so it does not take part in equality.
    text: str = field(compare=False)

    def to_json(self) -> Any:
        """The contract form: the entity id, or ``{"text": …}``."""
        return self.entity if self.entity else {"text": self.text}

    @classmethod
    def from_json(cls, value: Any, entities: Mapping[str, Entity] | None = None) -> Arg:
        """Rebuild from ``to_json`` output."""
        if isinstance(value, str):
            name = entities[value].name if entities and value in entities else value
            return cls(value, name)
        return cls(None, str(value["text"]))


def _args_to_json(args: tuple[Arg, ...]) -> Any:
    if not args:
        return None
    if len(args) == 1:
        return args[0].to_json()
    return [a.to_json() for a in args]


def _args_from_json(value: Any, entities: Mapping[str, Entity]) -> tuple[Arg, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(Arg.from_json(v, entities) for v in value)
    return (Arg.from_json(value, entities),)


@dataclass(frozen=True, slots=True)
class Quote:
    """A reported statement: who said it, through whom, with which cue, and what."""

    id: str
    kind: str
    content: Span
    cue: Span | None
    speaker: str | None = None
    speaker_text: str | None = None
    via: tuple[Arg, ...] = ()
    stage: str = ""
    score: float = 1.0

    def __post_init__(self) -> None:
        # Scores are kept to 4 decimals so that the JSON round trip is exact.
        object.__setattr__(self, "score", round(float(self.score), 4))

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the contract's quote object."""
        return {
            "id": self.id, "kind": self.kind, "speaker": self.speaker,
            "speaker_text": self.speaker_text, "via": [a.to_json() for a in self.via],
            "cue": self.cue.to_dict() if self.cue else None, "content": self.content.to_dict(),
            "stage": self.stage, "score": round(self.score, 4),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], entities: Mapping[str, Entity]) -> Quote:
        """Rebuild from ``to_dict`` output."""
        return cls(
            id=d["id"], kind=d["kind"], content=Span.from_dict(d["content"]),
            cue=Span.from_dict(d["cue"]) if d.get("cue") else None,
            speaker=d.get("speaker"), speaker_text=d.get("speaker_text"),
            via=tuple(Arg.from_json(v, entities) for v in d.get("via", ())),
            stage=d.get("stage", ""), score=float(d.get("score", 1.0)),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event with its participants, modality, attribution and evidence."""

    id: str
    type: str
    trigger: Span
    evidence: Span
    actor: tuple[Arg, ...] = ()
    target: tuple[Arg, ...] = ()
    location: Arg | None = None
    date: str | None = None
    modality: str = "asserted"
    attributed_to: Arg | None = None
    attribution_via: tuple[Arg, ...] = ()
    summary_en: str = ""
    stage: str = ""
    score: float = 1.0

    def __post_init__(self) -> None:
        # Scores are kept to 4 decimals so that the JSON round trip is exact.
        object.__setattr__(self, "score", round(float(self.score), 4))

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the contract's event object."""
        return {
            "id": self.id, "type": self.type, "actor": _args_to_json(self.actor),
            "target": _args_to_json(self.target),
            "location": self.location.to_json() if self.location else None,
            "date": self.date, "modality": self.modality,
            "attributed_to": self.attributed_to.to_json() if self.attributed_to else None,
            "attribution_via": [a.to_json() for a in self.attribution_via],
            "trigger": self.trigger.to_dict(), "evidence": self.evidence.to_dict(),
            "summary_en": self.summary_en, "stage": self.stage, "score": round(self.score, 4),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], entities: Mapping[str, Entity]) -> Event:
        """Rebuild from ``to_dict`` output."""
        loc = d.get("location")
        att = d.get("attributed_to")
        return cls(
            id=d["id"], type=d["type"], trigger=Span.from_dict(d["trigger"]),
            evidence=Span.from_dict(d["evidence"]),
            actor=_args_from_json(d.get("actor"), entities),
            target=_args_from_json(d.get("target"), entities),
            location=Arg.from_json(loc, entities) if loc is not None else None,
            date=d.get("date"), modality=d.get("modality", "asserted"),
            attributed_to=Arg.from_json(att, entities) if att is not None else None,
            attribution_via=tuple(Arg.from_json(v, entities) for v in d.get("attribution_via", ())),
            summary_en=d.get("summary_en", ""), stage=d.get("stage", ""),
            score=float(d.get("score", 1.0)),
        )


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A time expression and its resolved ISO value (None when there is no anchor)."""

    start: int
    end: int
    text: str
    value: str | None
    resolution: str | None = None
    stage: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the contract's date object."""
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "resolution": self.resolution, "stage": self.stage}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DateExpr:
        """Rebuild from ``to_dict`` output."""
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("value"),
                   d.get("resolution"), d.get("stage", ""))


@dataclass(frozen=True, slots=True)
class Meta:
    """Article metadata: title, subtitle, byline, publication date, URL, source, language."""

    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str = "ar"
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Serialise to the contract's meta object."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Meta:
        """Rebuild from ``to_dict`` output, ignoring unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


_FACT_LAYERS = frozenset({"sentences", "entities", "quotes", "events", "dates"})


def _check_span(text: str, start: int, end: int, expected: str | None, what: str) -> None:
    if not (0 <= start <= end <= len(text)):
        raise SpanError(f"{what} span [{start}, {end}) is outside the text (length {len(text)})")
    if expected is not None and text[start:end] != expected:
        raise SpanError(f"{what} span [{start}, {end}) holds {text[start:end]!r}, not {expected!r}")


@dataclass(frozen=True)
class Document:
    """The cleaned article text plus layers of facts, all offsets into ``text``."""

    text: str
    meta: Meta = field(default_factory=Meta)
    removed: tuple[Removed, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    dates: tuple[DateExpr, ...] = ()
    layers: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # ``with_`` marks the layers it copied unchanged from an already checked document.
        checked = self._cache.pop("_checked_layers", frozenset())
        for span, what in self._spans(checked):
            _check_span(self.text, span[0], span[1], span[2], what)

    def _spans(self, skip: frozenset[str] = frozenset()
               ) -> Iterator[tuple[tuple[int, int, str | None], str]]:
        if "sentences" not in skip:
            for s in self.sentences:
                yield (s.start, s.end, None), "sentence"
        if "entities" not in skip:
            for e in self.entities:
                for m in e.mentions:
                    yield (m.start, m.end, m.text), f"entity {e.id} mention"
        if "quotes" not in skip:
            for q in self.quotes:
                yield (q.content.start, q.content.end, q.content.text), f"quote {q.id} content"
                if q.cue:
                    yield (q.cue.start, q.cue.end, q.cue.text), f"quote {q.id} cue"
        if "events" not in skip:
            for v in self.events:
                yield (v.trigger.start, v.trigger.end, v.trigger.text), f"event {v.id} trigger"
                yield (v.evidence.start, v.evidence.end, v.evidence.text), f"event {v.id} evidence"
        if "dates" not in skip:
            for d in self.dates:
                yield (d.start, d.end, d.text), "date"

    @property
    def id(self) -> str:
        """The sha256 of the cleaned text: identical text, identical id."""
        cached = self._cache.get("id")
        if cached is None:
            cached = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()
            self._cache["id"] = cached
        return cached

    def span(self, start: int, end: int) -> Span:
        """A checked ``Span`` of this document's text."""
        _check_span(self.text, start, end, None, "requested")
        return Span(start, end, self.text[start:end])

    def with_(self, **changes: Any) -> Document:
        """A new document with some layers replaced; the replaced layers are checked again."""
        if "_cache" not in changes:
            cache: dict[str, Any] = {}
            if "text" not in changes:
                if "tokens" in self._cache:
                    cache["tokens"] = self._cache["tokens"]
                # Layers carried over unchanged point into the same text: no need to check them.
                cache["_checked_layers"] = frozenset(_FACT_LAYERS - set(changes))
            changes["_cache"] = cache
        if not changes.keys() <= _DOC_FIELDS:
            return replace(self, **changes)  # (raises the usual TypeError for an unknown field)
        # Every stage makes one per document: copying the fields directly skips the generic
        # field walk of ``dataclasses.replace`` and the frozen ``__init__``; the checks still run.
        new = object.__new__(type(self))
        fields_of_new = new.__dict__
        fields_of_new.update(self.__dict__)
        fields_of_new.update(changes)
        new.__post_init__()
        return new

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, if any."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing this offset, if any."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (DESIGN.md)."""
        return {
            "id": self.id, "text": self.text, "meta": self.meta.to_dict(),
            "removed": [r.to_dict() for r in self.removed],
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [v.to_dict() for v in self.events],
            "dates": [d.to_dict() for d in self.dates],
            "layers": list(self.layers), "stages": list(self.stages),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Rebuild a document from ``to_dict`` output (checks every span)."""
        entities = tuple(Entity.from_dict(e) for e in d.get("entities", ()))
        by_id = {e.id: e for e in entities}
        return cls(
            text=d["text"], meta=Meta.from_dict(d.get("meta", {})),
            removed=tuple(Removed(r["kind"], r["text"], r.get("stage", ""))
                          for r in d.get("removed", ())),
            sentences=tuple(Sentence(s["start"], s["end"]) for s in d.get("sentences", ())),
            entities=entities,
            quotes=tuple(Quote.from_dict(q, by_id) for q in d.get("quotes", ())),
            events=tuple(Event.from_dict(v, by_id) for v in d.get("events", ())),
            dates=tuple(DateExpr.from_dict(x) for x in d.get("dates", ())),
            layers=tuple(d.get("layers", ())), stages=tuple(d.get("stages", ())),
        )


_DOC_FIELDS = frozenset(f.name for f in fields(Document))


def spans_of(doc: Document) -> Iterable[tuple[int, int, str | None]]:
    """Every (start, end, text) range the document's facts point at."""
    return (s for s, _ in doc._spans())
