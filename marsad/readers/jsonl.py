"""JSONL batches: one article per line, bad lines reported as ``RecordError`` and skipped."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from marsad.errors import MarsadError, RecordError
from marsad.model import Document
from marsad.readers.html import from_html
from marsad.readers.text import from_text

FIELDS = ("id", "text", "html", "published", "url", "title", "source")


def record_error(line: int, message: str, record_id: str | None = None) -> RecordError:
    """A ``RecordError`` naming the line (and record id) with ``.line`` / ``.record_id`` set."""
    where = f"line {line}" + (f" (id {record_id})" if record_id else "")
    err = RecordError(f"{where}: {message}")
    err.line = line  # type: ignore[attr-defined]
    err.record_id = record_id  # type: ignore[attr-defined]
    return err


def from_record(rec: Any, line: int = 1, *, max_bytes: int | None = None) -> Document:
    """A raw document from one parsed JSONL record; raises ``RecordError`` naming the line."""
    if not isinstance(rec, dict):
        raise record_error(line, f"record is a JSON {type(rec).__name__}, not an object")
    rid = rec.get("id")
    rid = str(rid) if rid is not None else None
    text, html = rec.get("text"), rec.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise record_error(line, 'record has neither a "text" nor an "html" string field', rid)
    for key in ("published", "url", "title", "source"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise record_error(line, f'field "{key}" must be a string', rid)
    meta: dict[str, Any] = {
        "published": rec.get("published"), "url": rec.get("url"), "title": rec.get("title"),
        "source": rec.get("source"), "doc_id": rid, "max_bytes": max_bytes,
    }
    try:
        if isinstance(text, str) and text.strip():
            return from_text(text, **meta)
        if isinstance(html, str):
            return from_html(html, **meta)
        return from_text(text or "", **meta)
    except RecordError:
        raise
    except MarsadError as exc:
        err = record_error(line, str(exc), rid)
        err.cause = exc  # type: ignore[attr-defined]
        raise err from exc


def iter_lines(lines: Iterable[str], *, max_bytes: int | None = None
               ) -> Iterator[Document | RecordError]:
    """Raw documents (or the ``RecordError`` of a bad line) from JSONL lines, in order."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield record_error(n, f"broken JSON ({exc.msg} at column {exc.colno})")
            continue
        except (ValueError, RecursionError):
            yield record_error(n, "broken JSON (unreadable or too deeply nested)")
            continue
        try:
            yield from_record(rec, n, max_bytes=max_bytes)
        except RecordError as err:
            yield err


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="\n")
    return path.open(encoding="utf-8", errors="replace", newline="\n")


def iter_jsonl(path: str | Path, *, max_bytes: int | None = None
               ) -> Iterator[Document | RecordError]:
    """Each line of a ``.jsonl`` (or ``.jsonl.gz``) file as a raw ``Document`` or a ``RecordError``."""
    with _open(Path(path)) as fh:
        # Newlines inside JSON strings are escaped, so the file splits on "\n" only.
        yield from iter_lines(fh, max_bytes=max_bytes)
