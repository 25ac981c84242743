"""Optional mypyc compilation of the hot pure-Python modules (text, dates, events).

Everything else about the package is in pyproject.toml. Whether to compile is decided by
``MARSAD_COMPILE``, which the build backend (``build_backend/marsad_build.py``) sets:

- wheels (``pip install .``, ``python -m build``): compiled unless ``MARSAD_COMPILE=0``. If the
  compile cannot be done (no mypyc, no C compiler, a mypyc error) the wheel is pure Python and a
  warning says so, unless ``MARSAD_COMPILE=1`` was asked for, which makes it an error.
- editable installs (``pip install -e .``, ``make install``): never compiled, because compiled
  modules beside the sources would shadow them and edits would silently stop taking effect.

Compiled and pure Python give identical output (``tests/test_compiled.py``).
"""

from __future__ import annotations

import glob
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The modules the dates and events stages spend their time in. Package __init__ files stay
# Python (they only re-export).
COMPILED_PACKAGES = ("marsad/text", "marsad/dates", "marsad/events")


def compiled_sources() -> list[str]:
    """The .py files mypyc compiles."""
    return sorted(p for pkg in COMPILED_PACKAGES for p in glob.glob(f"{pkg}/*.py")
                  if not p.endswith("__init__.py"))


def _warn(msg: str) -> None:
    print(f"marsad: {msg}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that compiles an extension's C files in parallel, and falls back to a
    pure-Python build when compiling fails (unless the compile was required)."""

    def build_extension(self, ext: Extension) -> None:
        jobs = min(len(ext.sources), os.cpu_count() or 1)
        if jobs > 1:
            compile_all = self.compiler.compile

            def compile_each(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
                with ThreadPoolExecutor(jobs) as pool:  # each job waits on its own gcc
                    done = pool.map(lambda src: compile_all([src], *args, **kwargs), sources)
                    return [obj for objs in done for obj in objs]

            self.compiler.compile = compile_each  # type: ignore[method-assign]
            try:
                super().build_extension(ext)
            finally:
                del self.compiler.compile  # back to the class's method
        else:
            super().build_extension(ext)

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # a compiler error, a missing compiler, a link error
            if os.environ.get("MARSAD_COMPILE") == "1":
                raise
            _warn(f"compiling with mypyc failed ({exc}); installing pure Python instead")
            # all or nothing: a module's stub without the shared library would not import
            extensions: list[Extension] = self.extensions  # type: ignore[has-type]
            for ext in extensions:
                path = self.get_ext_fullpath(ext.name)
                if os.path.exists(path):
                    os.remove(path)
            extensions.clear()


def ext_modules() -> list[Extension]:
    """mypyc's extensions, or none for a pure-Python build."""
    wanted = os.environ.get("MARSAD_COMPILE", "0")
    if wanted != "1" and wanted != "auto":
        return []
    try:
        from mypyc.build import mypycify
        # One C file per module, so that they compile in parallel; the shared part is
        # site-packages/marsad__mypyc.*.so. gcc -O1: the compiled code is mostly calls into
        # CPython, so -O3 ran only 0.6 % fewer instructions (487 M against 491 M a pass of
        # bench_events) but took 195 s instead of 74 s to compile events/extract.
        return mypycify(compiled_sources(), opt_level="1", multi_file=True, group_name="marsad")
    except (Exception, SystemExit) as exc:  # mypyc missing, or its type check failed
        if wanted == "1":
            raise
        _warn(f"mypyc is unavailable or failed ({exc!r}); installing pure Python instead")
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
