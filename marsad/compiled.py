"""Whether the hot modules (text, dates, events) run compiled by mypyc or as Python.

A normal install (``pip install .``, ``make fast``) compiles them when it can; an editable install
(``make install``) never does. See setup.py.
"""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES

# setup.py compiles all of marsad.text, marsad.dates and marsad.events or none of them
PROBE = "marsad.events.extract"


def is_compiled() -> bool:
    """True when the hot modules were loaded from compiled extension files."""
    path = importlib.import_module(PROBE).__file__ or ""
    return path.endswith(tuple(EXTENSION_SUFFIXES))


def build_kind() -> str:
    """The words "compiled (mypyc)" or "pure Python", for reports and benchmarks."""
    return "compiled (mypyc)" if is_compiled() else "pure Python"
