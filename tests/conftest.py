"""Refuse to test sources that compiled modules beside them would shadow."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    # A compiled module (marsad/events/extract.cpython-311-….so, say, from running mypyc by
    # hand or `setup.py build_ext --inplace`) is imported instead of its .py file, so edits to
    # the .py would silently stop taking effect. Compiled builds belong in a non-editable
    # install (`make fast`); `make clean-compiled` removes strays.
    stray = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "marsad").rglob("*")
                   if p.name.endswith(tuple(EXTENSION_SUFFIXES)))
    if stray:
        pytest.exit(f"compiled modules in the source tree shadow the sources: {', '.join(stray[:3])}"
                    f"{' …' if len(stray) > 3 else ''}; run `make clean-compiled`", returncode=2)
