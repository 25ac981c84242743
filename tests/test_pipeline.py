"""Registry and pipeline: requires/provides checked at build time, stages recorded."""

from __future__ import annotations

import pytest

from marsad import registry
from marsad.errors import PipelineError
from marsad.model import Document
from marsad.pipeline import Pipeline, check, default_specs


def test_unknown_stage_is_a_coded_error() -> None:
    with pytest.raises(PipelineError) as err:
        Pipeline.build(["no-such-stage"])
    assert str(err.value).startswith("E301:")


def test_missing_requirement_is_caught_at_build_time() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline.build(["events"])


def test_assumed_layers_allow_a_partial_pipeline() -> None:
    Pipeline.build(["events"], assume=("entities", "quotes", "dates"))


def test_default_pipeline_is_in_dependency_order() -> None:
    specs = default_specs()
    check(specs)
    names = [s.name for s in specs]
    assert names.index("events") == len(names) - 1 or "events" not in names


def test_registered_stage_runs_and_is_recorded() -> None:
    @registry.register("test-upper", "test.upper.v1", requires=("raw",), provides=("upper",))
    def make() -> object:
        return lambda doc: doc.with_(text=doc.text.upper())

    try:
        out = Pipeline.build(["test-upper"])(Document(text="abc", layers=("raw",)))
        assert out.text == "ABC"
        assert out.stages == ("test.upper.v1",)
        assert "upper" in out.layers
    finally:
        registry._REGISTRY.pop("test-upper")


def test_a_nul_character_in_the_text_is_just_a_character() -> None:
    from marsad.pipeline import default_pipeline

    doc = default_pipeline()(Document(text="قال \x00 إن الوزير وصل \x00", layers=("raw",)))
    assert "\x00" in doc.text
