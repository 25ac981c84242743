"""The evaluation gate: scores on the dev set must stay at or above pinned floors that only rise."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from marsad.eval.score import METRICS, EvalReport, evaluate_dir

ROOT = Path(__file__).resolve().parents[1]
DEV = (ROOT / ".." / "shared" / "data" / "articles" / "dev").resolve()
FLOORS_FILE = Path(__file__).with_name("eval_floors.json")
FLOORS_REL = FLOORS_FILE.relative_to(ROOT).as_posix()


def _floors(text: str) -> dict[str, float]:
    return {k: float(v) for k, v in json.loads(text)["floors"].items()}


FLOORS = _floors(FLOORS_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> EvalReport:
    if not DEV.is_dir():
        pytest.skip(f"dev gold set not found at {DEV} (it lives in the shared data folder)")
    return evaluate_dir(DEV)


def test_floors_name_every_metric() -> None:
    assert set(FLOORS) == {k for k, _ in METRICS}
    assert all(0.0 <= v <= 1.0 for v in FLOORS.values())


def test_no_article_fails(report: EvalReport) -> None:
    assert [(d.name, d.error) for d in report.failed] == []


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_at_or_above_floor(report: EvalReport, metric: str) -> None:
    score = report.scores()[metric]
    assert score + 1e-9 >= FLOORS[metric], (
        f"{metric} fell to {score:.4f}, below its floor {FLOORS[metric]:.4f}")


def _git(*args: str) -> Any:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          timeout=30, check=False)


def test_floors_were_never_lowered() -> None:
    """Every floor is at least as high as in every committed version of the floors file."""
    if shutil.which("git") is None or _git("rev-parse", "--git-dir").returncode != 0:
        pytest.skip("not a git checkout: the floor history cannot be read")
    log = _git("log", "--format=%H", "--", FLOORS_REL)
    lowered: list[str] = []
    for commit in log.stdout.split():
        shown = _git("show", f"{commit}:{FLOORS_REL}")
        if shown.returncode != 0:
            continue
        for metric, old in _floors(shown.stdout).items():
            if metric in FLOORS and FLOORS[metric] + 1e-9 < old:
                lowered.append(f"{metric}: {FLOORS[metric]} < {old} (commit {commit[:10]})")
    assert not lowered, "floors may only be raised: " + "; ".join(lowered)
