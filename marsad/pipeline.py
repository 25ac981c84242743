"""Pipelines: an ordered list of stages checked for requires/provides when built."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from marsad import registry
from marsad.errors import PipelineError
from marsad.model import Document

# Layers a reader provides before any stage runs.
READER_LAYERS = frozenset({"raw"})


@dataclass(frozen=True)
class Pipeline:
    """A checked sequence of stages; call it on a raw ``Document``."""

    specs: tuple[registry.StageSpec, ...]
    fns: tuple[registry.StageFn, ...]

    @classmethod
    def build(cls, names: Sequence[str] | None = None,
              options: dict[str, dict[str, Any]] | None = None,
              assume: Iterable[str] = ()) -> Pipeline:
        """Build from stage names (default: every registered stage, in dependency order).

        ``assume`` names layers the input documents already carry (to resume a partial run).
        """
        specs = [registry.get(n) for n in names] if names is not None else default_specs()
        check(specs, assume)
        options = options or {}
        return cls(tuple(specs), tuple(s.build(**options.get(s.name, {})) for s in specs))

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names in order."""
        return tuple(s.name for s in self.specs)

    def __call__(self, doc: Document) -> Document:
        """Run every stage in order, recording layers and stage versions."""
        for spec, fn in zip(self.specs, self.fns):
            doc = fn(doc)
            doc = doc.with_(layers=tuple(dict.fromkeys(doc.layers + tuple(sorted(spec.provides)))),
                            stages=doc.stages + (spec.version,))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        """Run over many documents lazily."""
        for d in docs:
            yield self(d)


def check(specs: Sequence[registry.StageSpec], assume: Iterable[str] = ()) -> None:
    """Raise ``PipelineError`` if a stage requires a layer no earlier stage provides."""
    have = set(READER_LAYERS) | set(assume)
    for spec in specs:
        missing = spec.requires - have
        if missing:
            raise PipelineError(
                f"stage {spec.name!r} requires {', '.join(sorted(missing))}, "
                f"which no earlier stage provides"
            )
        have |= spec.provides


def default_specs() -> list[registry.StageSpec]:
    """Every registered stage, topologically ordered by requires/provides (then by ``order``)."""
    pending = sorted(registry.registered().values(), key=lambda s: (s.order, s.name))
    have = set(READER_LAYERS)
    ordered: list[registry.StageSpec] = []
    while pending:
        ready = [s for s in pending if s.requires <= have]
        if not ready:
            names = ", ".join(s.name for s in pending)
            raise PipelineError(f"stages with unmet requirements: {names}")
        nxt = ready[0]
        ordered.append(nxt)
        have |= nxt.provides
        pending.remove(nxt)
    return ordered


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide default pipeline, built once (stage resources load once)."""
    global _default
    if _default is None:
        _default = Pipeline.build()
    return _default
