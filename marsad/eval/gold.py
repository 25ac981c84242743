"""Gold annotation files: loading one, and finding every ``<doc>.json`` beside its ``<doc>.txt``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity: type, fullest name, English name, country and other surface forms."""

    type: str
    name: str
    en: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class GoldQuote:
    """A gold quotation: speaker name or description, reporters between, kind, cue, content."""

    speaker: str | None
    via: tuple[str, ...]
    kind: str
    cue: str | None
    content: str


@dataclass(frozen=True)
class GoldEvent:
    """A gold PLOVER event with its participants as names or short descriptions."""

    type: str
    actor: str | None
    target: str | None
    location: str | None
    date: str | None
    modality: str
    attributed_to: str | None
    evidence: str


@dataclass(frozen=True)
class GoldDate:
    """A gold time expression and its resolved value."""

    text: str
    value: str | None


@dataclass(frozen=True)
class Gold:
    """One annotated article: where its text is, its metadata and its gold facts."""

    json_path: Path
    text_path: Path
    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    boilerplate: tuple[str, ...] = ()
    entities: tuple[GoldEntity, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    dates: tuple[GoldDate, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def name(self) -> str:
        """A short document name: the text file's stem."""
        return self.text_path.stem

    def entity_named(self, name: str | None) -> GoldEntity | None:
        """The gold entity whose ``name`` is exactly this string, if any."""
        if not name:
            return None
        for e in self.entities:
            if e.name == name:
                return e
        return None


def _opt(value: Any) -> str | None:
    # Gold participants are strings; a stray list (compound actor) is joined so nothing crashes.
    if value is None:
        return None
    if isinstance(value, list):
        return " و".join(str(v) for v in value) if value else None
    return str(value)


def _text_path(json_path: Path, data: dict[str, Any]) -> Path:
    """The article text: ``doc`` when it names an existing file, else ``<stem>.txt`` beside."""
    doc = data.get("doc")
    candidates: list[Path] = []
    if isinstance(doc, str) and doc:
        p = Path(doc)
        candidates += [json_path.parent / p, json_path.parent / p.name, p]
        if not p.suffix:
            candidates.append(json_path.parent / f"{p.name}.txt")
    candidates.append(json_path.with_suffix(".txt"))
    for c in candidates:
        if c.is_file():
            return c
    raise InputError(f"{json_path}: no article text found beside it (looked for "
                     f"{', '.join(str(c) for c in dict.fromkeys(candidates))})")


def load_gold(json_path: str | Path) -> Gold:
    """Load one gold file and locate its article text."""
    jp = Path(json_path)
    try:
        data = json.loads(jp.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{jp}: cannot read gold file: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{jp}: a gold file must hold one JSON object")
    return Gold(
        json_path=jp, text_path=_text_path(jp, data), published=data.get("published"),
        url=data.get("url"), source=data.get("source"), title=data.get("title"),
        subtitle=data.get("subtitle"), byline=data.get("byline"),
        boilerplate=tuple(str(b) for b in data.get("boilerplate") or ()),
        entities=tuple(GoldEntity(e["type"], e["name"], e.get("en"), e.get("country"),
                                  tuple(e.get("aliases") or ()))
                       for e in data.get("entities") or ()),
        quotes=tuple(GoldQuote(_opt(q.get("speaker")), tuple(q.get("via") or ()),
                               q.get("kind", "indirect"), q.get("cue"), q["content"])
                     for q in data.get("quotes") or ()),
        events=tuple(GoldEvent(v["type"], _opt(v.get("actor")), _opt(v.get("target")),
                               _opt(v.get("location")), v.get("date"),
                               v.get("modality", "asserted"), _opt(v.get("attributed_to")),
                               v.get("evidence") or "")
                     for v in data.get("events") or ()),
        dates=tuple(GoldDate(d["text"], d.get("value")) for d in data.get("dates") or ()),
        extra={k: v for k, v in data.items() if k in ("duplicate_paragraphs",)},
    )


def find_gold(path: str | Path) -> list[Gold]:
    """Every gold file in a directory (sorted), or the one gold file named."""
    p = Path(path)
    if p.is_file():
        return [load_gold(p)]
    if not p.is_dir():
        raise InputError(f"{p}: no such gold directory")
    golds = [load_gold(j) for j in sorted(p.glob("*.json"))]
    if not golds:
        raise InputError(f"{p}: no gold .json files found")
    return golds
