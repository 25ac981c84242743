"""A readable terminal report of an analysed ``Document`` (rich), RTL-safe.

Terminals lay out right-to-left text line by line, and mixing Arabic and Latin runs in one line
scrambles their order. So every Arabic string gets its own table cell or its own line, and labels,
ids and English renderings live in separate cells.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from marsad.model import Arg, Document
from marsad.quotes.sources import cited_sources


def _en(doc: Document, arg: Arg | None) -> str:
    """The English rendering of a participant (its entity's English name), else empty."""
    if arg is None or not arg.entity:
        return ""
    ent = doc.entity(arg.entity)
    if ent is None:
        return arg.entity
    return ent.name_en or ""


def _ar(doc: Document, arg: Arg | None) -> str:
    """The Arabic name of a participant: its entity's name, else its verbatim description."""
    if arg is None:
        return ""
    if arg.entity:
        ent = doc.entity(arg.entity)
        if ent is not None:
            return ent.name
    return arg.text


def _args_en(doc: Document, args: Iterable[Arg]) -> str:
    return "; ".join(filter(None, (_en(doc, a) for a in args)))


def _args_ar(doc: Document, args: Iterable[Arg]) -> str:
    return "\n".join(filter(None, (_ar(doc, a) for a in args)))


def _short(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _meta(doc: Document) -> RenderableType:
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold cyan", no_wrap=True)
    t.add_column()
    m = doc.meta
    for label, value in (("title", m.title), ("subtitle", m.subtitle), ("byline", m.byline)):
        if value:
            t.add_row(label, Text(value))
    for label, value in (("published", m.published), ("url", m.url), ("source", m.source),
                         ("language", m.language), ("id", doc.id[:16])):
        if value:
            t.add_row(label, Text(str(value)))
    t.add_row("stages", Text(", ".join(doc.stages) or "none"))
    counts = (f"{len(doc.sentences)} sentences, {len(doc.entities)} entities, "
              f"{len(doc.quotes)} quotes, {len(doc.events)} events, {len(doc.dates)} dates, "
              f"{len(doc.removed)} removed")
    t.add_row("found", counts)
    return Panel(t, title="marsad analysis", title_align="left")


def _text(doc: Document) -> RenderableType:
    # One paragraph per line so that each Arabic line is laid out on its own.
    paras = [p.strip() for p in doc.text.split("\n") if p.strip()]
    return Panel(Text("\n\n".join(paras)), title="cleaned text", title_align="left")


def _removed(doc: Document) -> RenderableType:
    t = Table(title="removed", title_justify="left", show_lines=False)
    t.add_column("kind", style="magenta", no_wrap=True)
    t.add_column("stage", style="dim", no_wrap=True)
    t.add_column("text")
    for r in doc.removed:
        t.add_row(r.kind, r.stage, Text(_short(r.text)))
    return t


def _entities(doc: Document) -> RenderableType:
    t = Table(title="entities", title_justify="left")
    for col in ("id", "type", "name", "English", "country", "role", "kb", "mentions"):
        t.add_column(col, no_wrap=col in ("id", "type", "country", "kb", "mentions"))
    for e in doc.entities:
        t.add_row(e.id, e.type, Text(e.name), e.name_en or "", e.country or "", e.role or "",
                  e.kb_id or "", str(len(e.mentions)))
    return t


def _quotes(doc: Document) -> RenderableType:
    t = Table(title="quotes", title_justify="left", show_lines=True)
    for col in ("id", "kind", "speaker (en)", "speaker", "via", "cue", "content"):
        t.add_column(col, no_wrap=col in ("id", "kind"))
    for q in doc.quotes:
        sp = Arg(q.speaker, q.speaker_text or "") if q.speaker else None
        speaker_ar = _ar(doc, sp) if sp else (q.speaker_text or "")
        via = _args_ar(doc, q.via)
        via_en = _args_en(doc, q.via)
        speaker_en = "\n".join(filter(None, (_en(doc, sp), f"via {via_en}" if via_en else "")))
        t.add_row(q.id, q.kind, speaker_en,
                  Text(speaker_ar), Text(via), Text(q.cue.text if q.cue else ""),
                  Text(_short(q.content.text, 300)))
    return t


def _sources(doc: Document) -> RenderableType:
    t = Table(title="cited sources", title_justify="left")
    for col in ("source", "English", "kind", "statements", "as speaker", "as intermediary"):
        t.add_column(col)
    for src in cited_sources(doc):
        t.add_row(Text(src.text), src.name_en or "", src.kind, str(src.statements),
                  str(src.as_speaker), str(src.as_via))
    return t


def _roles(doc: Document, rows: list[tuple[str, str]]) -> RenderableType:
    """Participants as a label column and an Arabic column (separate cells, never one line)."""
    g = Table.grid(padding=(0, 1))
    g.add_column(style="dim", no_wrap=True)
    g.add_column()
    for label, value in rows:
        if value:
            g.add_row(label, Text(value))
    return g


def _events(doc: Document) -> RenderableType:
    t = Table(title="events", title_justify="left", show_lines=True)
    t.add_column("id", no_wrap=True)
    t.add_column("event", no_wrap=True)
    t.add_column("summary", ratio=3)
    t.add_column("participants", ratio=3)
    t.add_column("evidence", ratio=3)
    for v in doc.events:
        head = "\n".join(filter(None, (v.type, v.modality, v.date)))
        roles = _roles(doc, [("actor", _args_ar(doc, v.actor)), ("target", _args_ar(doc, v.target)),
                             ("where", _ar(doc, v.location)),
                             ("claimed by", _ar(doc, v.attributed_to)),
                             ("via", _args_ar(doc, v.attribution_via))])
        t.add_row(v.id, head, v.summary_en, roles, Text(_short(v.evidence.text, 200)))
    return t


def _dates(doc: Document) -> RenderableType:
    t = Table(title="dates", title_justify="left")
    for col in ("text", "value", "resolution"):
        t.add_column(col)
    for d in doc.dates:
        t.add_row(Text(d.text), d.value or "unresolved", d.resolution or "")
    return t


def report(doc: Document, *, show_text: bool = True) -> RenderableType:
    """The whole report as one rich renderable; empty layers are left out."""
    parts: list[RenderableType] = [_meta(doc)]
    if show_text:
        parts.append(_text(doc))
    for layer, render in ((doc.removed, _removed), (doc.entities, _entities),
                          (doc.quotes, _quotes), (doc.quotes, _sources), (doc.events, _events),
                          (doc.dates, _dates)):
        if layer:
            parts.append(render(doc))
    return Group(*parts)


def render_text(doc: Document, width: int = 120, *, show_text: bool = True) -> str:
    """The report as plain text (no colours), e.g. for a file or a test."""
    console = Console(width=width, force_terminal=False, color_system=None, file=io.StringIO())
    console.print(report(doc, show_text=show_text))
    return console.file.getvalue()  # type: ignore[attr-defined]
