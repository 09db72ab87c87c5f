"""Every saved query is documented, parses for Neo4j, answers on the bundled server with the
examples, and gives the same rows on a real Neo4j (the harness) as on the bundled server."""

import datetime
from pathlib import Path

import pytest
from conftest import bundled_server, load_folder, synced_neo4j

from govgraph.errors import GovgraphError
from govgraph.graph import server
from govgraph.graph.neo4j_lint import lint
from govgraph.graph.query import run_query
from govgraph.graph.saved_queries import saved_queries
from govgraph.graph.sync import sync
from govgraph.graph.targets import FalkorTarget
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import load_sources
from govgraph.store import KnowledgeStore
from govgraph.workflow import example_params

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXPECTED = {
    "reports-by-person": [{"body": "Audit Committee", "date": "2023-07-27",
                           "subject": "Failure of Children’s Social Care"}],
    "reported-to-body": [{"date": "2023-07-27", "presenter": "Kate Aldridge",
                          "subject": "Failure of Adult Social Care"},
                         {"date": "2023-07-27", "presenter": "Victoria Gent",
                          "subject": "Failure of Children’s Social Care"}],
    "risk-history": [{"risk": "Failure of Children’s Social Care", "date": "2023-07-27", "kind": "gross",
                      "previous": 25, "value": 15, "presenters": ["Victoria Gent"]}],
    "people-across-bodies": [{"person": "Ashley", "bodies": ["Children and Young People’s Scrutiny Committee"]}],
    "partners-with-risk": [{"partner": "Department for Education", "documents": 1},
                           {"partner": "Ofsted", "documents": 1}],
    "decisions-of-meeting": [{"decision": "That the update be noted.", "kind": "noted"}],
    "attendance-of-member": [{"date": "2023-07-27", "body": "Audit Committee", "kind": "left"}],
}


@pytest.fixture(scope="module")
def examples_store():
    return load_folder(EXAMPLES)


@pytest.fixture(scope="module")
def target(tmp_path_factory, examples_store):
    with bundled_server(tmp_path_factory.mktemp("home"), examples_store) as falkor:
        yield falkor


def test_every_saved_query_has_a_description_parameters_and_an_example():
    queries = saved_queries()
    assert set(EXPECTED) <= set(queries)  # these answer the examples; every one answers tests/test_questions.py
    for query in queries.values():
        assert query.description and query.params and query.example.startswith(f"govgraph query --name {query.name}")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_saved_query_answers_its_example_on_the_examples(target, name):
    query = saved_queries()[name]
    rows = run_query(target, query.cypher, query.parameters(example_params(query.example)))
    expected = EXPECTED[name]
    assert [{k: row[k] for k in e} for row, e in zip(rows, expected, strict=False)] == expected[: len(rows)]
    assert len(rows) >= len(expected)


@pytest.fixture(scope="module")
def neo4j_examples(neo4j_server, examples_store):
    """The examples synced into the session's real Neo4j."""
    with synced_neo4j(neo4j_server, examples_store) as neo4j:
        yield neo4j


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_saved_query_gives_the_same_rows_on_neo4j_as_on_the_bundled_server(target, neo4j_examples, name):
    query = saved_queries()[name]
    params = query.parameters(example_params(query.example))
    on_neo4j = run_query(neo4j_examples, query.cypher, params)
    assert on_neo4j == run_query(target, query.cypher, params)
    assert on_neo4j


def test_dates_come_back_as_dates_from_neo4j(neo4j_examples):
    from neo4j.time import Date

    query = saved_queries()["reports-by-person"]
    rows = neo4j_examples.read(query.cypher, query.parameters(example_params(query.example)))
    assert isinstance(rows[0]["date"], Date) and rows[0]["date"].to_native() == datetime.date(2023, 7, 27)


def test_dates_come_back_as_dates(target):
    query = saved_queries()["reports-by-person"]
    rows = target.read(query.cypher, query.parameters(example_params(query.example)))
    assert rows[0]["date"] == datetime.date(2023, 7, 27)


def test_every_saved_query_passes_neo4js_parser():
    results = lint([q.cypher for q in saved_queries().values()])
    assert [(r.statement[:40], r.errors) for r in results if r.errors] == []


def test_a_missing_parameter_is_named_and_an_optional_one_may_be_left_out():
    query = saved_queries()["reported-to-body"]
    with pytest.raises(GovgraphError, match=r"--param from=\.\.\..*--param to=\.\.\."):
        query.parameters({"body": "Audit Committee"})
    assert query.parameters({"body": "B", "from": "2020-01-01", "to": "2020-12-31"})["council"] is None


def test_same_named_committees_of_two_councils_stay_apart_in_query_results(tmp_path):
    store = KnowledgeStore()
    for council in ("North Council", "South Council"):
        path = tmp_path / f"{council.split()[0]}.txt"
        path.write_text("Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the budget.\n")
        load_sources([path], store, IriMinter("https://example.org/id/"),
                     SourceMeta(council=council, body="Audit Committee", date="2024-02-01"))
    home = tmp_path / "home"
    info = server.start(home, server.free_port())
    falkor = FalkorTarget("127.0.0.1", info.port, info.password)
    try:
        sync(store, falkor)
        query = saved_queries()["reported-to-body"]
        given = {"body": "Audit Committee", "from": "2024-01-01", "to": "2024-12-31"}
        rows = run_query(falkor, query.cypher, query.parameters(given))
        assert sorted(r["council"] for r in rows) == ["North Council", "South Council"]
        rows = run_query(falkor, query.cypher, query.parameters({**given, "council": "South Council"}))
        assert [(r["presenter"], r["council"]) for r in rows] == [("Jane Doe", "South Council")]
        assert falkor.read("MATCH (b:Body {name: 'Audit Committee'}) RETURN count(b) AS n") == [{"n": 2}]
    finally:
        falkor.close()
        server.stop(home)


@pytest.mark.parametrize("which", ["target", "neo4j_examples"])
def test_a_query_with_no_rows_prints_a_csv_header_on_either_target(request, which):
    import io

    from rich.console import Console

    from govgraph.output import print_rows

    rows = run_query(request.getfixturevalue(which), "MATCH (p:Person {name: $name}) RETURN p.name AS name, "
                                                     "p.honorific AS honorific", {"name": "Nobody"})
    out = io.StringIO()
    print_rows(Console(file=out), rows, "csv")
    assert rows == [] and out.getvalue().strip() == "name,honorific"


@pytest.mark.parametrize("which", ["target", "neo4j_examples"])
def test_names_match_whatever_their_case_quotes_and_spacing_on_either_target(request, which):
    query = saved_queries()["risk-history"]
    typed = {"risk": "failure of  children's social care"}  # the minutes print "Children’s"
    rows = run_query(request.getfixturevalue(which), query.cypher, query.parameters(typed))
    assert [(r["risk"], r["value"], r["previous"]) for r in rows] == [("Failure of Children’s Social Care", 15, 25)]
