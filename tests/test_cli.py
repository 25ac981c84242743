"""CLI tests: analyze (text, json, jsonl, stdin, errors), eval, export, stages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

ARTICLE = (
    "وزير الخارجية يلتقي نظيره في القاهرة\n"
    "التقى وزير الخارجية المصري نظيره الأردني في القاهرة اليوم الأربعاء، "
    "وبحث الجانبان تطورات الأوضاع في المنطقة.\n"
    "وقال الوزير إن البلدين سيواصلان التنسيق خلال الفترة المقبلة.\n"
)
ARTICLE2 = (
    "اجتماع لمجلس الوزراء في بيروت\n"
    "عقد مجلس الوزراء اللبناني جلسة في بيروت أمس لبحث الموازنة العامة للعام المقبل.\n"
)

runner = CliRunner()


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def _lines(s: str) -> list[str]:
    return [ln for ln in s.splitlines() if ln.strip()]


def test_analyze_json_prints_the_contract(article: Path) -> None:
    r = runner.invoke(app, ["analyze", str(article), "--published", "2026-03-04",
                            "--format", "json"])
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    for key in ("id", "text", "meta", "removed", "sentences", "entities", "quotes", "events",
                "dates"):
        assert key in d
    assert d["meta"]["published"] == "2026-03-04"
    assert "القاهرة" in d["text"]
    assert r.stderr == ""


def test_analyze_text_report(article: Path) -> None:
    r = runner.invoke(app, ["analyze", str(article), "--format", "text"])
    assert r.exit_code == 0, r.stderr
    assert "marsad analysis" in r.stdout
    assert "التنسيق" in r.stdout


def test_analyze_stdin() -> None:
    r = runner.invoke(app, ["analyze", "-", "--format", "jsonl", "--url", "https://x.test/a"],
                      input=ARTICLE.encode("utf-8"))
    assert r.exit_code == 0, r.stderr
    (line,) = _lines(r.stdout)
    assert json.loads(line)["meta"]["url"] == "https://x.test/a"


def test_several_inputs_in_json_are_one_array(tmp_path: Path, article: Path) -> None:
    b = tmp_path / "b.txt"
    b.write_text(ARTICLE2, encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(article), str(b), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert isinstance(data, list) and len(data) == 2
    assert "بيروت" in data[1]["text"]


def test_jsonl_broken_line_is_reported_and_skipped(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": ARTICLE, "published": "2026-03-04"}, ensure_ascii=False),
        '{"id": "b", "text": "مقطوع',
        json.dumps({"id": "c", "text": ARTICLE2}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(p), "--format", "jsonl", "--published", "2020-01-01"])
    assert r.exit_code == 1
    out = [json.loads(ln) for ln in _lines(r.stdout)]
    assert [d["meta"]["doc_id"] for d in out] == ["a", "c"]
    # The record's own date wins over --published, which only fills the gap.
    assert [d["meta"]["published"] for d in out] == ["2026-03-04", "2020-01-01"]
    (err,) = _lines(r.stderr)
    assert err.startswith("E107: ") and "line 2" in err and "Traceback" not in r.output


def test_empty_file_is_one_coded_line(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = runner.invoke(app, ["analyze", str(p)])
    assert r.exit_code == 2
    assert r.stdout == ""
    (err,) = _lines(r.stderr)
    assert err.startswith("E101: ") and "empty.txt" in err


def test_missing_file(tmp_path: Path) -> None:
    r = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert r.exit_code == 2
    (err,) = _lines(r.stderr)
    assert err.startswith("E1") and "nope.txt" in err


def test_one_bad_input_among_good_ones(tmp_path: Path, article: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"   \n")
    r = runner.invoke(app, ["analyze", str(bad), str(article), "--format", "jsonl"])
    assert r.exit_code == 1
    assert len(_lines(r.stdout)) == 1
    assert _lines(r.stderr)[0].startswith("E101: ")


def test_bad_published_is_a_usage_error(article: Path) -> None:
    r = runner.invoke(app, ["analyze", str(article), "--published", "yesterday"])
    assert r.exit_code == 2


def test_output_file(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "out.json"
    r = runner.invoke(app, ["analyze", str(article), "-f", "json", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["text"]


def test_stages_lists_registered_stages() -> None:
    from marsad.registry import registered

    r = runner.invoke(app, ["stages"])
    assert r.exit_code == 0
    for name in registered():
        assert name in r.stdout


def test_version() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.startswith("marsad ")


def _gold_dir(tmp_path: Path) -> Path:
    d = tmp_path / "gold"
    d.mkdir()
    (d / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "x.json").write_text(json.dumps({
        "doc": "x.txt", "published": "2026-03-04", "title": ARTICLE.splitlines()[0],
        "boilerplate": [], "entities": [{"type": "GPE", "name": "القاهرة", "en": "Cairo",
                                         "country": "EGY", "aliases": []}],
        "quotes": [], "events": [], "dates": [{"text": "اليوم الأربعاء", "value": "2026-03-04"}],
    }, ensure_ascii=False), encoding="utf-8")
    return d


def test_eval_json(tmp_path: Path) -> None:
    r = runner.invoke(app, ["eval", str(_gold_dir(tmp_path)), "--json", "--per-doc"])
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["docs"] == 1 and data["failed"] == []
    assert data["metrics"]["entity"]["gold"] == 1
    assert data["metrics"]["content_kept"]["total"] == 1
    assert data["per_doc"][0]["doc"] == "x"
    assert data["seconds"] >= 0 and "docs_per_s" in data


def test_eval_table_and_stages_option(tmp_path: Path) -> None:
    r = runner.invoke(app, ["eval", str(_gold_dir(tmp_path)), "--stages", ""])
    assert r.exit_code == 0, r.stderr
    assert "entities" in r.stdout and "docs/s" in r.stdout


def test_eval_unknown_stage_and_missing_dir(tmp_path: Path) -> None:
    r = runner.invoke(app, ["eval", str(_gold_dir(tmp_path)), "--stages", "no_such_stage"])
    assert r.exit_code == 3 and _lines(r.stderr)[0].startswith("E301: ")
    r = runner.invoke(app, ["eval", str(tmp_path / "missing")])
    assert r.exit_code == 2 and _lines(r.stderr)[0].startswith("E1")


def test_export_from_analysed_jsonl(tmp_path: Path, article: Path) -> None:
    analysed = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["analyze", str(article), "-f", "jsonl", "-o", str(analysed)])
    assert r.exit_code == 0, r.stderr
    r = runner.invoke(app, ["export", str(analysed), "--events-format", "gdelt"])
    assert r.exit_code == 0, r.stderr
    header = r.stdout.splitlines()[0].split("\t")
    assert header[:3] == ["doc_id", "event_id", "date"] and "quad_class" in header
    r = runner.invoke(app, ["export", str(article), "--table", "entities", "--format", "csv"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith("doc_id,entity_id,type,name")


def _analysed_doc() -> dict:
    from marsad.model import Arg, Document, Entity, Event, Meta, Span

    text = "قصفت طائرات حربية مواقع في إدلب أمس."
    ev = Span(0, len("قصفت طائرات حربية مواقع"), "قصفت طائرات حربية مواقع")
    idlib = text.index("إدلب")
    doc = Document(text, meta=Meta(published="2026-03-04", url="https://x.test/1"),
                   entities=(Entity("e1", "GPE", "إدلب", (Span(idlib, idlib + 4, "إدلب"),),
                                    name_en="Idlib", country="SYR"),),
                   events=(Event("v1", "ASSAULT", Span(0, 4, "قصفت"), ev,
                                 actor=(Arg(None, "طائرات حربية"),), location=Arg("e1", "إدلب"),
                                 date="2026-03-03", summary_en="Warplanes struck Idlib"),))
    return doc.to_dict()


def test_export_gdelt_row_from_analysed_json_and_broken_jsonl(tmp_path: Path) -> None:
    one = tmp_path / "doc.json"
    one.write_text(json.dumps([_analysed_doc()], ensure_ascii=False), encoding="utf-8")
    r = runner.invoke(app, ["export", str(one)])
    assert r.exit_code == 0, r.stderr
    header, row = (ln.split("\t") for ln in _lines(r.stdout))
    rec = dict(zip(header, row))
    assert (rec["event_type"], rec["quad_class"], rec["actor1_name"], rec["location_name_en"],
            rec["location_country"], rec["date"]) == ("ASSAULT", "4", "طائرات حربية", "Idlib",
                                                      "SYR", "2026-03-03")
    batch = tmp_path / "docs.jsonl"
    good = json.dumps(_analysed_doc(), ensure_ascii=False)
    batch.write_text(good + "\n{broken\n" + good + "\n", encoding="utf-8")
    r = runner.invoke(app, ["export", str(batch), "--format", "jsonl"])
    assert r.exit_code == 1
    assert len(_lines(r.stdout)) == 2
    (err,) = _lines(r.stderr)
    assert err.startswith("E107: ") and "line 2" in err


def test_json_lists_the_cited_sources(article: Path) -> None:
    r = runner.invoke(app, ["analyze", str(article), "--published", "2026-03-04", "-f", "json"])
    assert r.exit_code == 0, r.stderr
    sources = json.loads(r.stdout)["sources"]
    assert sources and all({"text", "kind", "statements"} <= set(s) for s in sources)
