"""The command line: exit codes, one-line errors, and what the user sees."""

import json
from pathlib import Path

from typer.testing import CliRunner

from govgraph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


def run(home: Path, *args: str):
    return runner.invoke(app, ["--home", str(home), *args])


def test_every_command_has_help_text():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("load", "extract", "validate", "export", "documents", "demo"):
        assert command in result.output
        help_result = runner.invoke(app, [command, "--help"])
        assert help_result.exit_code == 0 and len(help_result.output) > 100


def test_an_unknown_command_is_a_usage_error():
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2


def test_a_bad_date_flag_is_a_one_line_error(tmp_path):
    result = run(tmp_path, "load", str(EXAMPLES), "--date", "27/07/2023")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: --date: '27/07/2023' is not a date in YYYY-MM-DD form"


def test_a_missing_path_is_a_one_line_error(tmp_path):
    result = run(tmp_path, "load", str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and "nowhere.txt" in line


def test_load_prints_a_summary_and_documents_lists_them(tmp_path):
    result = run(tmp_path, "load", str(EXAMPLES), "--council", "Blackpool Council")
    assert result.exit_code == 0, result.output
    assert "people" in result.output and "decisions" in result.output
    listing = run(tmp_path, "documents")
    assert "blackpool-audit-risk-deep-dive" in listing.output


def test_extract_writes_one_json_per_input(tmp_path):
    out = tmp_path / "out"
    result = run(tmp_path, "extract", str(EXAMPLES / "blackpool-audit-risk-deep-dive.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    facts = json.loads((out / "blackpool-audit-risk-deep-dive.json").read_text())
    assert [r["presenter"] for r in facts["reports"]] == ["Victoria Gent", "Kate Aldridge"]
    assert facts["decisions"] == ["That the update be noted."]
    assert not (tmp_path / "store").exists()


def test_export_of_an_empty_store_says_so(tmp_path):
    result = run(tmp_path, "export", "--out", str(tmp_path / "lod"))
    assert result.exit_code == 1
    assert "the store is empty" in result.stderr


def test_export_to_an_unwritable_path_is_a_one_line_error(tmp_path):
    assert run(tmp_path, "load", str(EXAMPLES)).exit_code == 0
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = run(tmp_path, "export", "--out", str(blocker / "lod"))
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: cannot write") and "blocker" in line


def test_validate_and_export_after_a_load(tmp_path):
    assert run(tmp_path, "load", str(EXAMPLES)).exit_code == 0
    result = run(tmp_path, "validate")
    assert result.exit_code == 0 and "conforms" in result.output
    result = run(tmp_path, "export", "--out", str(tmp_path / "lod"))
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "lod").iterdir()) == [
        "catalog.ttl", "context.jsonld", "govgraph.jsonld", "govgraph.nt", "govgraph.trig", "govgraph.ttl",
        "void.ttl"]


def test_the_demo_runs_the_pipeline_on_the_examples(tmp_path):
    result = run(tmp_path, "demo")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    assert (tmp_path / "out" / "lod" / "catalog.ttl").is_file()
    assert (tmp_path / "store").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "store"]


def test_home_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVGRAPH_HOME", str(tmp_path / "envhome"))
    result = runner.invoke(app, ["load", str(EXAMPLES)])
    assert result.exit_code == 0
    assert (tmp_path / "envhome" / "store").is_dir()
