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
    assert sorted(r["presenter"] for r in facts["reports"]) == ["Kate Aldridge", "Victoria Gent"]
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
        "tables", "void.ttl"]  # no council given or recognised: no council's dataset


def test_the_demo_runs_the_pipeline_on_the_examples(tmp_path, monkeypatch):
    from govgraph.graph.server import free_port

    monkeypatch.setenv("GOVGRAPH_FALKORDB_PORT", str(free_port()))
    try:
        result = run(tmp_path, "demo")
        assert result.exit_code == 0, result.output
        assert "conforms" in result.output and "counts reconcile" in result.output
        assert (tmp_path / "out" / "lod" / "catalog.ttl").is_file()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["falkordb", "out", "store"]
        rows = run(tmp_path, "query", "MATCH (p:Person)-[:REPORTED_TO]->(b:Body) RETURN p.name AS name "
                                      "ORDER BY name", "--format", "json")
        assert json.loads(rows.output) == [{"name": "Jeanette Richards"}, {"name": "Kate Aldridge"},
                                           {"name": "Victoria Gent"}]
    finally:
        run(tmp_path, "server", "stop")


def test_home_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVGRAPH_HOME", str(tmp_path / "envhome"))
    result = runner.invoke(app, ["load", str(EXAMPLES)])
    assert result.exit_code == 0
    assert (tmp_path / "envhome" / "store").is_dir()


def test_export_refuses_an_invalid_graph_unless_forced(tmp_path):
    assert run(tmp_path, "load", str(EXAMPLES)).exit_code == 0
    import pyoxigraph as ox

    from govgraph.store import KnowledgeStore
    with KnowledgeStore(tmp_path / "store") as store:
        document = store.documents()[0].iri
        store.oxigraph.add(ox.Quad(ox.NamedNode("https://example.org/id/decision/broken"),
                                   ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                   ox.NamedNode("https://w3id.org/govgraph/ontology#Decision"),
                                   ox.NamedNode(document)))
    refused = run(tmp_path, "export", "--out", str(tmp_path / "lod"))
    assert refused.exit_code == 1
    assert "a decision needs its text" in refused.stderr
    assert "fails validation" in refused.stderr.splitlines()[-1]
    assert not (tmp_path / "lod").exists()
    forced = run(tmp_path, "export", "--out", str(tmp_path / "lod"), "--force")
    assert forced.exit_code == 0
    assert (tmp_path / "lod" / "govgraph.ttl").is_file()


def test_a_manifest_supplies_council_body_and_date(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the report.\n")
    (folder / "manifest.json").write_text(json.dumps([{"file": "a.txt", "council": "Testshire Council",
                                                        "body": "Audit Committee", "date": "2024-05-01",
                                                        "url": "https://example.org/minutes/a"}]))
    result = run(tmp_path, "load", str(folder), "--manifest", str(folder / "manifest.json"))
    assert result.exit_code == 0, result.output
    from govgraph.store import KnowledgeStore
    with KnowledgeStore(tmp_path / "store") as store:
        rows = store.select("SELECT ?m WHERE { ?m a <https://w3id.org/govgraph/ontology#Meeting> }")
        assert [str(r["m"]) for r in rows] == [
            "https://w3id.org/govgraph/id/meeting/testshire-council/audit-committee/2024-05-01"]
        from govgraph.loaders.pipeline import document_key
        key = document_key(folder / "a.txt", "https://example.org/minutes/a")
        assert store.documents()[0].iri == f"https://w3id.org/govgraph/id/document/{key}"


def test_a_manifest_with_a_bad_date_names_the_row(tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,council,body,date,url,title\na.txt,X,,31/12/2024,,\n")
    result = run(tmp_path, "load", str(EXAMPLES), "--manifest", str(manifest))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {manifest}: row 1: date '31/12/2024' is not YYYY-MM-DD"


def test_the_same_name_in_one_council_is_one_person_across_documents(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the report.\n")
    (folder / "b.txt").write_text("Agenda item\n\nAudit\n\nJane Doe, Director of Finance, introduced the audit plan.\n")
    assert run(tmp_path, "load", str(folder), "--council", "Testshire Council").exit_code == 0
    from govgraph.store import KnowledgeStore
    with KnowledgeStore(tmp_path / "store") as store:
        rows = store.select("SELECT DISTINCT ?p WHERE { ?a <https://w3id.org/govgraph/ontology#presenter> ?p }")
    assert [str(r["p"]) for r in rows] == ["https://w3id.org/govgraph/id/person/testshire-council/jane-doe"]


def test_view_writes_a_page_and_names_an_unknown_focus(tmp_path):
    assert run(tmp_path, "load", str(EXAMPLES), "--manifest", str(EXAMPLES / "manifest.csv")).exit_code == 0
    result = run(tmp_path, "view", "--body", "Audit Committee", "--out", str(tmp_path / "audit.html"))
    assert result.exit_code == 0, result.output
    page = (tmp_path / "audit.html").read_text()
    assert "Victoria Gent" in page and "https://" not in page.split('<script type="application/json"')[0]
    missing = run(tmp_path, "view", "--person", "Nobody")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == "error: no person named 'Nobody' in the graph"
    elsewhere = run(tmp_path, "view", "--council", "Nowhere Council")
    assert elsewhere.exit_code == 1
    assert elsewhere.stderr.strip() == ("error: no council named 'Nowhere Council' in the graph; councils: "
                                        "Blackpool Council")


def test_analyse_prints_rows_for_scripts(tmp_path):
    assert run(tmp_path, "load", str(EXAMPLES), "--manifest", str(EXAMPLES / "manifest.csv")).exit_code == 0
    rows = json.loads(run(tmp_path, "analyse", "reporters", "--format", "json").output)
    assert {r["person"]: r["reports"] for r in rows} == {"Victoria Gent": 1, "Kate Aldridge": 1,
                                                         "Jeanette Richards": 1}
    timeline = run(tmp_path, "analyse", "timeline", "Audit Committee", "--format", "csv").output.splitlines()
    assert timeline[0] == "date,event,detail" and len(timeline) == 3
    assert run(tmp_path, "analyse", "bridges", "--format", "xml").exit_code == 2


def test_councils_lists_the_registry_and_says_when_nothing_matches(tmp_path):
    result = run(tmp_path, "councils", "Wyre")
    assert result.exit_code == 0 and "Wyre Borough Council" in result.output and "wyre.moderngov.co.uk" in result.output
    assert "no council matches" in run(tmp_path, "councils", "Atlantis").output
