"""The ``marsad`` command line: analyze, eval, export, stages (a thin shell over the library)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console

from marsad.api_public import analysis_dict
from marsad.errors import InputError, MarsadError, RecordError
from marsad.model import Document

app = typer.Typer(
    name="marsad", add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="marsad (مرصد): Arabic news articles in, entities, quotes, events and dates out.",
)

# Exit statuses (README "Exit status"): 1 = some inputs failed, others came out;
# 2 = bad input or usage, nothing came out; 3 = pipeline or resource error, nothing came out.
EXIT_PARTIAL, EXIT_INPUT, EXIT_INTERNAL = 1, 2, 3
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


class Format(str, Enum):
    """Output formats of ``analyze``."""

    text = "text"
    json = "json"
    jsonl = "jsonl"


class TableFormat(str, Enum):
    """Output formats of ``export``."""

    tsv = "tsv"
    csv = "csv"
    jsonl = "jsonl"


class TableName(str, Enum):
    """Tables ``export`` can write."""

    events = "events"
    entities = "entities"
    quotes = "quotes"


class EventsFormat(str, Enum):
    """Column sets of the event table."""

    gdelt = "gdelt"


# ----------------------------------------------------------------- helpers

# The console of a live progress bar, if one is showing: messages must go above it.
_live: Console | None = None


def _say(line: str) -> None:
    """One plain line on stderr (no wrapping, no markup: errors stay on one line)."""
    line = line.replace("\n", " ")
    if _live is not None:
        _live.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _error_line(err: MarsadError, where: str | None = None) -> str:
    """``E107: batch.jsonl: line 3: …`` — the code, the input, the message."""
    msg = getattr(err, "message", str(err))
    # Readers often name the file already; say it once.
    return f"{err.code}: {where}: {msg}" if where and where not in msg else f"{err.code}: {msg}"


def _internal(exc: BaseException) -> MarsadError:
    """An unexpected exception as a coded error (E300), so no traceback reaches the user."""
    return MarsadError(f"internal error: {type(exc).__name__}: {exc}", code="E300")


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(_JSONL_SUFFIXES)


def _iso_date(value: str | None) -> str | None:
    """Validate ``--published`` (YYYY-MM-DD, or a timestamp whose date part is one)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2025-10-15") from None


def _with_meta(doc: Document, published: str | None, url: str | None, override: bool) -> Document:
    """Apply ``--published`` / ``--url``: they win for single files, fill gaps for JSONL records."""
    changes: dict[str, str] = {}
    if published and (override or not doc.meta.published):
        changes["published"] = published
    if url and (override or not doc.meta.url):
        changes["url"] = url
    return doc.with_(meta=replace(doc.meta, **changes)) if changes else doc


def _raw_inputs(paths: list[str], published: str | None, url: str | None
                ) -> Iterator[tuple[str, Document | MarsadError]]:
    """(input name, raw document or its error) for every input, records in order."""
    from marsad import readers

    for p in paths:
        if p == "-":
            try:
                data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else \
                    sys.stdin.read().encode("utf-8")
                yield "stdin", readers.read_bytes(data, name="stdin", url=url, published=published)
            except MarsadError as err:
                yield "stdin", err
            continue
        jsonl = _is_jsonl(p)
        try:
            for item in readers.read_path(p, on_error="yield"):
                if isinstance(item, Document):
                    item = _with_meta(item, published, url, override=not jsonl)
                yield p, item
        except MarsadError as err:
            yield p, err
        except OSError as exc:
            yield p, InputError(f"cannot read: {exc.strerror or exc}")


@dataclass
class _Tally:
    """How many inputs came out and how many failed, and whether any failure was internal."""

    ok: int = 0
    failed: int = 0
    internal: bool = False

    def fail(self, err: MarsadError, where: str) -> None:
        """Report one failed input on stderr and count it."""
        _say(_error_line(err, where))
        self.failed += 1
        if not err.code.startswith("E1"):
            self.internal = True

    def exit_code(self) -> int:
        """0 all fine; 1 partial; 2 nothing out because of bad input; 3 because of the pipeline."""
        if not self.failed:
            return 0
        if self.ok:
            return EXIT_PARTIAL
        return EXIT_INTERNAL if self.internal else EXIT_INPUT


def _analysed(paths: list[str], published: str | None, url: str | None, tally: _Tally,
              pipeline: Any) -> Iterator[Document]:
    """Analysed documents for every good input; bad ones are reported and skipped."""
    for where, item in _raw_inputs(paths, published, url):
        if isinstance(item, MarsadError):
            tally.fail(item, where)
            continue
        try:
            doc = pipeline(item)
        except MarsadError as err:
            tally.fail(err, where)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad article must not end a batch
            tally.fail(_internal(exc), where)
            continue
        tally.ok += 1
        yield doc


@contextmanager
def _open_out(output: Path | None) -> Iterator[TextIO]:
    """The output file (UTF-8) or stdout."""
    if output is None:
        yield sys.stdout
        return
    try:
        fh = output.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        _say(f"E100: cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT) from None
    with fh:
        yield fh


def _progress(docs: Iterator[Document], batch: bool, total: int | None) -> Iterator[Document]:
    """Wrap with a progress bar on stderr for batches, when stderr is a terminal."""
    if not batch or not sys.stderr.isatty():
        yield from docs
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    global _live
    with Progress(SpinnerColumn(), TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("analyse", total=total)
        _live = bar.console
        try:
            for d in docs:
                yield d
                bar.advance(task)
        finally:
            _live = None


def _pipeline(stages: list[str] | None = None) -> Any:
    """The default pipeline (or the named stages), or exit 3 with a coded line."""
    from marsad.pipeline import Pipeline, default_pipeline

    try:
        return Pipeline.build(stages) if stages is not None else default_pipeline()
    except MarsadError as err:
        _say(_error_line(err))
        raise typer.Exit(EXIT_INTERNAL) from None
    except Exception as exc:  # noqa: BLE001
        _say(_error_line(_internal(exc)))
        raise typer.Exit(EXIT_INTERNAL) from None


def _split_stages(stages: list[str] | None) -> list[str] | None:
    """``--stages clean,segment --stages entities`` -> ['clean', 'segment', 'entities']."""
    if stages is None:
        return None
    return [s.strip() for item in stages for s in item.split(",") if s.strip()]


# ----------------------------------------------------------------- commands

PublishedOpt = Annotated[str | None, typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) that relative dates resolve against.")]
UrlOpt = Annotated[str | None, typer.Option("--url", help="The article's URL.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl[.gz]); - is stdin.")],
    published: PublishedOpt = None,
    url: UrlOpt = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="text report, or JSON.")] = Format.text,
    output: OutputOpt = None,
) -> None:
    """Analyse articles: a readable report, or the JSON contract (json, or jsonl one per line)."""
    pub = _iso_date(published)
    pipe = _pipeline()
    tally = _Tally()
    batch = len(paths) > 1 or any(_is_jsonl(p) for p in paths)
    total = None if any(_is_jsonl(p) or p == "-" for p in paths) else len(paths)
    docs = _progress(_analysed(paths, pub, url, tally, pipe), batch, total)
    with _open_out(output) as fh:
        if format is Format.text:
            from marsad.report import report

            console = Console(file=fh, force_terminal=None if fh is sys.stdout else False)
            if not console.is_terminal:
                console.width = 120  # a pipe or file gets readable tables, not 80 columns
            for n, doc in enumerate(docs):
                if n:
                    console.rule()
                console.print(report(doc))
        elif format is Format.jsonl or batch:
            # A batch in --format json is one JSON array (jsonl is the streaming batch format).
            as_array = format is Format.json
            if as_array:
                fh.write("[")
            for n, doc in enumerate(docs):
                if as_array:
                    fh.write(("," if n else "") + "\n" + json.dumps(analysis_dict(doc),
                                                                    ensure_ascii=False, indent=2))
                else:
                    fh.write(json.dumps(analysis_dict(doc), ensure_ascii=False) + "\n")
                fh.flush()
            if as_array:
                fh.write("\n]\n")
        else:
            for doc in docs:
                fh.write(json.dumps(analysis_dict(doc), ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(tally.exit_code())


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of <doc>.txt + <doc>.json gold pairs, or a .jsonl of annotated sentences.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the numbers as JSON.")] = False,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Also one row per document (sentences: the misses).")] = False,
    stages: Annotated[list[str] | None, typer.Option(
        "--stages", help="Run only these stages (comma-separated or repeated).")] = None,
) -> None:
    """Score the pipeline against gold annotations (../shared/ANNOTATION.md), or events on
    annotated single sentences (a ``.jsonl`` file, see ``marsad/eval/sentences.py``)."""
    from marsad.eval import find_gold
    from marsad.eval.score import evaluate

    if gold_dir.suffix.lower() == ".jsonl":
        _eval_sentences(gold_dir, as_json, per_doc)
        return

    try:
        golds = find_gold(gold_dir)
    except MarsadError as err:
        _say(_error_line(err))
        raise typer.Exit(EXIT_INPUT) from None
    try:
        report = evaluate(golds, stages=_split_stages(stages))
    except MarsadError as err:
        _say(_error_line(err))
        raise typer.Exit(EXIT_INTERNAL) from None
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(per_doc=per_doc), ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        console = Console()
        if not console.is_terminal:
            console.width = 130  # pipes and files get the whole table on one line per row
        for t in report.tables(per_doc=per_doc):
            console.print(t)
    for d in report.failed:
        _say(f"{d.error} ({d.name})" if d.error and d.error[:1] == "E" else f"E300: {d.name}")
    raise typer.Exit(EXIT_PARTIAL if report.failed else 0)


def _eval_sentences(path: Path, as_json: bool, misses: bool) -> None:
    """``marsad eval sentences.jsonl``: event scores on single annotated sentences."""
    from rich.table import Table

    from marsad.eval.score import PRF
    from marsad.eval.sentences import SENTENCE_METRICS, read_sentences, score_sentences

    try:
        records = read_sentences(path)
    except (MarsadError, OSError) as err:
        _say(_error_line(err) if isinstance(err, MarsadError) else f"E100: {path}: {err.strerror}")
        raise typer.Exit(EXIT_INPUT) from None
    pipe = _pipeline()
    report = score_sentences(records, lambda text: pipe(Document(text=text, layers=("raw",))))
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        raise typer.Exit(0)
    t = Table(title=f"marsad eval — {len(records)} sentences", title_justify="left")
    for col in ("metric", "P", "R", "F1 / acc", "tp / pred / gold, or x / N"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    rows = [(label, report.totals[key]) for key, label in SENTENCE_METRICS]
    rows += [(f"  {typ}", m) for typ, m in sorted(report.per_type.items())]
    for label, m in rows:
        if isinstance(m, PRF):
            t.add_row(label, f"{m.p:.3f}", f"{m.r:.3f}", f"{m.f1:.3f}", f"{m.tp} / {m.n_pred} / {m.n_gold}")
        else:
            t.add_row(label, "", "", "—" if m.value is None else f"{m.value:.3f}", f"{m.hit} / {m.total}")
    console = Console()
    if not console.is_terminal:
        console.width = 130
    console.print(t)
    if misses:
        for line in report.misses:
            console.print(line, markup=False)
    raise typer.Exit(0)


def _export_docs(paths: list[str], published: str | None, url: str | None, tally: _Tally
                 ) -> Iterator[Document]:
    """Documents for export: analysed JSON(L) from ``marsad analyze`` as is, anything else analysed."""
    raw: list[str] = []
    for p in paths:
        kind = _analysed_kind(p)
        if kind is None:
            raw.append(p)
            continue
        # Keep input order: analyse the raw files seen so far first.
        if raw:
            yield from _analysed(raw, published, url, tally, _pipeline())
            raw = []
        yield from _load_analysed(p, kind, tally)
    if raw:
        yield from _analysed(raw, published, url, tally, _pipeline())


def _analysed_kind(path: str) -> str | None:
    """'json' / 'jsonl' when the file holds ``marsad analyze`` output, else None (raw input)."""
    low = path.lower()
    if low.endswith(".json"):
        return "json"
    if low.endswith((".jsonl", ".ndjson")):
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    if line.strip():
                        rec = json.loads(line)
                        return "jsonl" if isinstance(rec, dict) and "layers" in rec else None
        except (OSError, ValueError):
            return None
    return None


def _records(path: str, kind: str, tally: _Tally) -> Iterator[tuple[str, Any]]:
    """(where, parsed record) from analysed JSON (object or list) or JSONL, streaming JSONL."""
    try:
        if kind == "json":
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            for rec in data if isinstance(data, list) else [data]:
                yield path, rec
            return
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as exc:
                    tally.fail(RecordError(f"line {n}: broken JSON ({exc})"), path)
                    continue
                yield f"{path}: line {n}", rec
    except (OSError, ValueError) as exc:
        tally.fail(InputError(f"cannot read analysed JSON: {exc}"), path)


def _load_analysed(path: str, kind: str, tally: _Tally) -> Iterator[Document]:
    """Rebuild documents from ``marsad analyze`` JSON or JSONL output."""
    for where, rec in _records(path, kind, tally):
        try:
            doc = Document.from_dict(rec)
        except MarsadError as err:
            tally.fail(err, where)
            continue
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            tally.fail(RecordError(f"not a marsad document: {type(exc).__name__}: {exc}"),
                       where)
            continue
        tally.ok += 1
        yield doc


@app.command()
def export(
    paths: Annotated[list[str], typer.Argument(help="Articles, or .json/.jsonl from analyze.")],
    events_format: Annotated[EventsFormat, typer.Option(
        "--events-format", help="Column set of the event table.")] = EventsFormat.gdelt,
    table: Annotated[TableName, typer.Option("--table", help="Which table.")] = TableName.events,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.tsv,
    published: PublishedOpt = None,
    url: UrlOpt = None,
    output: OutputOpt = None,
) -> None:
    """Write a table of the facts: GDELT-style events (TSV), or entities / quotes."""
    from marsad import export as ex

    pub = _iso_date(published)
    tally = _Tally()
    build, columns = ex.TABLES[table.value]
    rows = (r for doc in _export_docs(paths, pub, url, tally) for r in build([doc]))
    with _open_out(output) as fh:
        if format is TableFormat.tsv:
            ex.write_tsv(rows, columns, fh)
        elif format is TableFormat.csv:
            ex.write_csv(rows, columns, fh)
        else:
            ex.write_jsonl(rows, fh)
    raise typer.Exit(tally.exit_code())


@app.command()
def stages() -> None:
    """List the registered stages with their versions and layer contracts."""
    from rich.table import Table

    from marsad.registry import registered

    try:
        specs = sorted(registered().values(), key=lambda s: (s.order, s.name))
    except MarsadError as err:
        _say(_error_line(err))
        raise typer.Exit(EXIT_INTERNAL) from None
    t = Table(title="registered stages", title_justify="left")
    for col in ("order", "name", "version", "requires", "provides"):
        t.add_column(col)
    for s in specs:
        t.add_row(str(s.order), s.name, s.version, ", ".join(sorted(s.requires)),
                  ", ".join(sorted(s.provides)))
    Console().print(t)


def _version(value: bool) -> None:
    if value:
        from marsad import __version__

        sys.stdout.write(f"marsad {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """marsad (مرصد): Arabic news articles in, entities, quotes, events and dates out."""


def main() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        # Arabic must come out even under a C locale.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            try:
                reconfigure(encoding="utf-8")
            except (ValueError, OSError):
                pass
    try:
        app()
    except KeyboardInterrupt:
        _say("E000: interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
