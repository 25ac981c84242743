"""In-tree build backend: setuptools, plus the choice of a compiled (mypyc) or pure build.

- Wheels (``pip install .``): compiled when possible (``MARSAD_COMPILE`` unset means ``auto``:
  compile, or fall back to pure Python with a warning); ``MARSAD_COMPILE=0`` builds pure Python,
  ``MARSAD_COMPILE=1`` requires the compile. mypy (which carries mypyc) is asked for as a build
  requirement only when compiling.
- Editable installs (``pip install -e .``): always pure Python, whatever ``MARSAD_COMPILE`` says:
  compiled modules next to the sources would shadow them.
"""

from __future__ import annotations

import os
import sys

from setuptools import build_meta as _setuptools

MYPYC_REQUIREMENT = "mypy==2.4.1"  # the mypyc the compiled build was checked with


def _pure() -> None:
    os.environ["MARSAD_COMPILE"] = "0"


def _wheel_mode() -> str:
    mode = os.environ.get("MARSAD_COMPILE", "auto")
    os.environ["MARSAD_COMPILE"] = mode if mode in ("0", "1") else "auto"
    return os.environ["MARSAD_COMPILE"]


def get_requires_for_build_wheel(config_settings=None):  # type: ignore[no-untyped-def]
    mode = _wheel_mode()
    _pure()  # setuptools runs setup.py here, before mypyc is installed
    requires = _setuptools.get_requires_for_build_wheel(config_settings)
    return requires + ([MYPYC_REQUIREMENT] if mode != "0" else [])


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):  # type: ignore[no-untyped-def]
    _wheel_mode()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def get_requires_for_build_editable(config_settings=None):  # type: ignore[no-untyped-def]
    _pure()
    return _setuptools.get_requires_for_build_editable(config_settings)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):  # type: ignore[no-untyped-def]
    if os.environ.get("MARSAD_COMPILE") == "1":
        print("marsad: editable installs are never compiled (compiled modules would shadow the "
              "sources); use a normal install: `make fast` or `pip install .`", file=sys.stderr)
    _pure()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


# Metadata and the sdist never need the compile (setup.py would otherwise run mypyc for them).
def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):  # type: ignore[no-untyped-def]
    _pure()
    return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def prepare_metadata_for_build_editable(metadata_directory, config_settings=None):  # type: ignore[no-untyped-def]
    _pure()
    return _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)


def get_requires_for_build_sdist(config_settings=None):  # type: ignore[no-untyped-def]
    _pure()
    return _setuptools.get_requires_for_build_sdist(config_settings)


def build_sdist(sdist_directory, config_settings=None):  # type: ignore[no-untyped-def]
    _pure()
    return _setuptools.build_sdist(sdist_directory, config_settings)
