"""A compiled (mypyc) build gives exactly what the Python sources give.

Runs only where marsad is the compiled build (``make test-fast``, or pytest in any environment
where ``pip install .`` compiled it); skipped under the editable install of ``make test``. The
reference is this checkout's sources, run in a child process, so a compiled build that is older
than the sources fails here too: rebuild it with ``make fast``.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.compiled import is_compiled

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
N_CORPUS = 150  # unlabeled corpus articles, after the dev set and the test sentences

pytestmark = pytest.mark.skipif(not is_compiled(), reason="marsad is not the compiled build here")

# Prints one JSON line per text (the analysis, or the error), in order. Run both in this process
# (compiled) and in a child process that imports marsad from the sources.
ANALYSE = """
import json, sys
import marsad
from marsad.compiled import build_kind
texts = json.load(sys.stdin)
print(build_kind())
for t in texts:
    try:
        d = marsad.analyze(t, published="2025-03-01")
        print(json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True))
    except Exception as e:
        print("ERR", type(e).__name__, e)
"""


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for f in sorted((ROOT / "tests" / "data").glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = SHARED / "articles" / "dev"
    if dev.is_dir():
        from marsad.eval.gold import find_gold
        from marsad.eval.score import _read_gold_text
        texts += [_read_gold_text(g).text for g in find_gold(str(dev))]
    corpus = SHARED / "unlabeled" / "ant-jawharafm.jsonl.gz"
    if corpus.is_file():
        with gzip.open(corpus, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= N_CORPUS:
                    break
                texts.append(json.loads(line)["text"])
    return texts


def _analyse(texts: list[str], sources: bool) -> list[str]:
    """The output lines of ANALYSE in a child process: the installed build, or the sources."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    if sources:
        env["PYTHONPATH"] = str(ROOT)
    # -P: the current directory (the checkout) does not go first on the path
    return subprocess.run([sys.executable, "-P", "-c", ANALYSE], input=json.dumps(texts), env=env,
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()


def test_compiled_and_python_give_identical_output() -> None:
    texts = _texts()
    compiled = _analyse(texts, sources=False)
    python = _analyse(texts, sources=True)
    assert compiled[0] == "compiled (mypyc)" and python[0] == "pure Python"
    assert len(compiled) == len(python) == len(texts) + 1
    differ = [i for i, (a, b) in enumerate(zip(compiled[1:], python[1:])) if a != b]
    assert not differ, f"{len(differ)} of {len(texts)} texts differ, first: {texts[differ[0]][:200]}"
