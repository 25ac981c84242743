"""The stage registry: versioned stage factories with the layers they require and provide."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from marsad.errors import PipelineError
from marsad.model import Document

StageFn = Callable[[Document], Document]
Factory = Callable[..., StageFn]


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: its name, version string, layer contract and factory."""

    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]
    factory: Factory
    order: int = 100

    def build(self, **options: Any) -> StageFn:
        """Create the stage function (loads its resources once)."""
        return self.factory(**options)


_REGISTRY: dict[str, StageSpec] = {}


def register(name: str, version: str, *, requires: tuple[str, ...] = (),
             provides: tuple[str, ...] = (), order: int = 100) -> Callable[[Factory], Factory]:
    """Decorator: register a stage factory under ``name`` with a ``version`` like ``quotes.rules.v1``."""

    def wrap(factory: Factory) -> Factory:
        _REGISTRY[name] = StageSpec(name, version, frozenset(requires), frozenset(provides),
                                    factory, order)
        return factory

    return wrap


def get(name: str) -> StageSpec:
    """The stage registered under ``name``."""
    _load_builtin()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"unknown stage {name!r} (known: {known})") from None


def registered() -> dict[str, StageSpec]:
    """All registered stages by name."""
    _load_builtin()
    return dict(_REGISTRY)


_loaded = False


def _load_builtin() -> None:
    # Importing marsad.stages registers every module in it, so new stages plug in by adding a file.
    global _loaded
    if not _loaded:
        _loaded = True
        import marsad.stages  # noqa: F401
