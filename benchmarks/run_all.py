"""Run every ``benchmarks/bench_*.py`` in turn, show its output and a summary (``make bench``).

Usage: python benchmarks/run_all.py [NAME_FILTER ...] [--timeout SECONDS]
Each benchmark runs in its own process (so resource loading is measured as a user meets it) and
prints its own results; a benchmark that fails or times out makes the exit status 1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def find(filters: list[str]) -> list[Path]:
    """The benchmark files, sorted, optionally only those whose name contains a filter."""
    files = sorted(HERE.glob("bench_*.py"))
    return [f for f in files if not filters or any(x in f.stem for x in filters)]


def run(path: Path, timeout: float) -> tuple[str, float]:
    """Run one benchmark, streaming its output; returns (status, seconds)."""
    env = dict(os.environ)
    # The repository root first, so the benchmarks measure this checkout.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, str(path)], cwd=ROOT, env=env, timeout=timeout,
                              check=False)
        status = "ok" if proc.returncode == 0 else f"failed (exit {proc.returncode})"
    except subprocess.TimeoutExpired:
        status = f"timed out after {timeout:.0f} s"
    return status, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print a summary."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("filters", nargs="*", help="run only benchmarks whose name contains one")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per benchmark")
    args = ap.parse_args(argv)
    files = find(args.filters)
    if not files:
        print("no benchmarks found (benchmarks/bench_*.py)")
        return 0
    results: list[tuple[str, str, float]] = []
    for f in files:
        print(f"=== {f.stem} ===", flush=True)
        status, secs = run(f, args.timeout)
        results.append((f.stem, status, secs))
        print(flush=True)
    width = max(len(n) for n, _, _ in results)
    print("=== summary ===")
    for name, status, secs in results:
        print(f"{name:<{width}}  {secs:8.1f} s  {status}")
    return 0 if all(s == "ok" for _, s, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
