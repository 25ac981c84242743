"""Rich tables for an evaluation report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table

if TYPE_CHECKING:
    from marsad.eval.score import EvalReport


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def render_tables(report: EvalReport, per_doc: bool = False) -> list[Any]:
    """The totals table (one row per metric) and, with ``per_doc``, one row per document."""
    from marsad.eval.score import METRICS, PRF

    totals = report.totals
    t = Table(title=f"marsad eval — {len(report.docs)} documents", title_justify="left",
              caption_justify="left")
    t.add_column("metric")
    for col in ("P", "R", "F1 / acc"):
        t.add_column(col, justify="right")
    t.add_column("tp / pred / gold, or x / N", justify="right")
    for key, label in METRICS:
        m = totals[key]
        if isinstance(m, PRF):
            t.add_row(label, _pct(m.p), _pct(m.r), _pct(m.f1),
                      f"{m.tp} / {m.n_pred} / {m.n_gold}")
        else:
            t.add_row(label, "", "", _pct(m.value), f"{m.hit} / {m.total}")
    t.caption = (f"analysis {report.seconds:.2f} s for {len(report.docs)} docs "
                 f"({report.docs_per_s:.1f} docs/s); pipeline build {report.build_seconds:.2f} s; "
                 f"stages: {', '.join(report.stages) or 'none'}")
    out: list[Any] = [t]
    if per_doc:
        d = Table(title="per document (F1 / share)", title_justify="left")
        d.add_column("doc")
        short = ("entity", "quote", "quote+speaker", "event", "event+args", "date",
                 "modality", "attribution", "content_kept")
        for k in short:
            d.add_column(k, justify="right")
        d.add_column("s", justify="right")
        for r in report.docs:
            cells = []
            for k in short:
                m = r.metrics[k]
                cells.append(_pct(m.f1) if isinstance(m, PRF) else _pct(m.value))
            d.add_row(r.name + (" [red](failed)[/]" if r.error else ""), *cells,
                      f"{r.seconds:.2f}")
        out.append(d)
    return out
