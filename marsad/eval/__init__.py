"""Scoring the pipeline against gold annotations (../shared/ANNOTATION.md format)."""

from marsad.eval.gold import Gold, find_gold, load_gold
from marsad.eval.score import EvalReport, evaluate_dir, evaluate_doc

__all__ = ["EvalReport", "Gold", "evaluate_dir", "evaluate_doc", "find_gold", "load_gold"]
