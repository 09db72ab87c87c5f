"""The Neo4j target, where no Neo4j server runs: clear errors, and the password never shown."""

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
