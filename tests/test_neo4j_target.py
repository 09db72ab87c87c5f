"""The Neo4j target: clear errors where no Neo4j runs, the password never shown, and the
whole command-line workflow on a real Neo4j (the harness)."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govgraph.cli import app
from govgraph.graph.server import free_port
from govgraph.graph.targets import TargetError, neo4j_from_environment


def test_an_unreachable_neo4j_is_named_without_its_password():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(TargetError) as caught:
        neo4j_from_environment(uri, "neo4j", None, "s3cret-pass")
    message = str(caught.value)
    assert message.startswith(f"Neo4j at {uri} is not reachable")
    assert "s3cret-pass" not in message


def test_sync_to_an_unreachable_neo4j_exits_with_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-pass")
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(app, ["--home", str(tmp_path), "sync", "--neo4j-uri", uri])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: Neo4j at {uri} is not reachable") and "s3cret-pass" not in result.output


def test_the_neo4j_target_needs_a_uri(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = CliRunner().invoke(app, ["--home", str(tmp_path), "sync", "--target", "neo4j"])
    assert result.exit_code == 1
    assert "no URI; pass --neo4j-uri or set NEO4J_URI" in result.stderr


def test_load_sync_and_query_through_the_cli_on_a_real_neo4j(neo4j, neo4j_server, tmp_path, monkeypatch):
    examples = Path(__file__).resolve().parents[1] / "examples"
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    runner = CliRunner()
    home = ["--home", str(tmp_path)]
    loaded = runner.invoke(app, [*home, "load", str(examples), "--manifest", str(examples / "manifest.csv")])
    assert loaded.exit_code == 0, loaded.output
    synced = runner.invoke(app, [*home, "sync"])
    assert synced.exit_code == 0, synced.output
    said = " ".join(synced.output.split())
    assert f"synced to Neo4j at {neo4j_server.uri}: 2 changed" in said and "counts reconcile" in said
    again = runner.invoke(app, [*home, "sync"])
    assert again.exit_code == 0 and ": 0 changed and 0 removed documents" in " ".join(again.output.split())
    rows = runner.invoke(app, [*home, "query", "--name", "reported-to-body", "--param", "body=Audit Committee",
                               "--param", "from=2023-01-01", "--param", "to=2023-12-31", "--format", "json"])
    assert rows.exit_code == 0, rows.output
    assert [(r["presenter"], r["date"]) for r in json.loads(rows.output)] == [
        ("Kate Aldridge", "2023-07-27"), ("Victoria Gent", "2023-07-27")]
    for result in (synced, again, rows):
        assert neo4j_server.password not in result.output
