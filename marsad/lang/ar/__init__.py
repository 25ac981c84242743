"""Loaders for the Arabic language data files in this folder (cached, read once per process)."""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from typing import Any

import yaml

from marsad.errors import ResourceError


def path(name: str) -> Any:
    """A traversable for a data file in marsad/lang/ar."""
    return resources.files(__name__).joinpath(name)


@cache
def load_yaml(name: str) -> Any:
    """Parse a YAML data file once."""
    try:
        with path(name).open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"cannot read language data {name}: {exc}") from exc


@cache
def load_json(name: str) -> Any:
    """Parse a JSON data file once."""
    try:
        with path(name).open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read language data {name}: {exc}") from exc


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Read a TSV data file with a header row once."""
    try:
        with path(name).open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
            return tuple(dict(r) for r in rows)
    except OSError as exc:
        raise ResourceError(f"cannot read language data {name}: {exc}") from exc
