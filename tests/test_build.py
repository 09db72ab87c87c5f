"""`govgraph build CONFIG`: a user's own sources through the whole pipeline, and bad configurations."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govgraph.build_config import read_config
from govgraph.cli import app
from govgraph.errors import InputError
from govgraph.graph.server import free_port

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_a_build_runs_every_step_for_the_configured_sources(tmp_path, monkeypatch):
    minutes = tmp_path / "minutes"
    minutes.mkdir()
    (minutes / "budget.txt").write_text("Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the "
                                        "report.\n\nResolved: That the report be noted.\n")
    config = tmp_path / "govgraph.toml"
    config.write_text('title = "Testshire"\nbase = "https://data.example.org/id/"\n'
                      '[[sources]]\npath = "minutes"\ncouncil = "Testshire Council"\nbody = "Cabinet"\n'
                      'date = "2024-03-01"\n[export]\npublisher = "Testshire Council"\n')
    monkeypatch.setenv("GOVGRAPH_FALKORDB_PORT", str(free_port()))
    home = tmp_path / "home"
    runner = CliRunner()
    try:
        result = runner.invoke(app, ["--home", str(home), "build", str(config)])
        assert result.exit_code == 0, result.output
        rows = json.loads((home / "out" / "queries" / "reports-by-person.json").read_text())
        assert rows == []
        query = runner.invoke(app, ["--home", str(home), "query", "--name", "reports-by-person", "--param",
                                    "person=Jane Doe", "--format", "json"])
        assert [r["body"] for r in json.loads(query.output)] == ["Cabinet"]
        assert "https://data.example.org/id/person/testshire-council/jane-doe" in (
            home / "out" / "lod" / "govgraph.nt").read_text()
        assert (home / "out" / "views" / "governance.html").is_file()
    finally:
        runner.invoke(app, ["--home", str(home), "server", "stop"])


@pytest.mark.parametrize(("text", "message"), [
    ("title = 1\n", "needs at least one [[sources]]"),
    ('[[sources]]\ncouncil = "X"\n', "sources entry 1: no 'path'"),
    ('[[sources]]\npath = "missing"\n', "does not exist"),
    ('[[sources]]\npath = "."\n[graph]\ntarget = "mysql"\n', "is not falkordb or neo4j"),
    ('[[sources]]\npath = "."\n[graph]\ntarget = "neo4j"\npassword = "x"\n', "keep the password out"),
    ("[[sources\n", "malformed TOML"),
])
def test_a_bad_configuration_names_the_problem(tmp_path, text, message):
    config = tmp_path / "govgraph.toml"
    config.write_text(text)
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        read_config(config)


def test_the_bundled_demo_configuration_is_valid():
    config = read_config(EXAMPLES / "govgraph.toml")
    assert [s.meta.council for s in config.sources] == ["Blackpool Council"]
    assert config.target == "falkordb"


def test_the_build_file_port_is_checked_and_an_unknown_graph_key_is_refused(tmp_path):
    (tmp_path / "m.txt").write_text("Audit Committee - 3 March 2022\n\n1. Minutes\nAgreed.\n")
    config = tmp_path / "govgraph.toml"
    config.write_text('[[sources]]\npath = "m.txt"\n\n[graph]\nport = 6401\n')
    assert read_config(config).port == 6401
    for bad, said in (('port = "x"', "not a port number"), ("prot = 6401", "unknown key 'prot'")):
        config.write_text(f'[[sources]]\npath = "m.txt"\n\n[graph]\n{bad}\n')
        with pytest.raises(InputError, match=said):
            read_config(config)
