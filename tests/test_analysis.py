"""networkx analyses on a small hand-built graph with known answers."""

import pytest

from govgraph.graph import analysis
from govgraph.graph.project import Node, PropertyGraph, Relationship


def node(uri: str, label: str, **props) -> Node:
    dates = {"date": props.pop("date")} if "date" in props else {}
    named = {} if label == "Decision" else {"name": uri.title()}
    return Node(uri, {label, "Resource"} | ({"Body"} if label == "Committee" else set()),
                {**named, **props}, dates, {f"doc-{uri}"})


def rel(start: str, rel_type: str, end: str, key: str = "", docs=("doc",), **props) -> Relationship:
    dates = {"date": props.pop("date")} if "date" in props else {}
    return Relationship(start, rel_type, end, key, props, dates, set(docs))


@pytest.fixture
def graph():
    nodes = [node("ann", "Person"), node("bob", "Person"), node("cat", "Person"),
             node("audit", "Committee"), node("cabinet", "Committee"),
             node("m1", "Meeting", date="2024-01-10"), node("m2", "Meeting", date="2024-02-10"),
             node("fraud", "Risk"), node("cyber", "Risk"), node("ofsted", "PartnerOrganisation"),
             node("d1", "Decision", decisionText="That the plan be approved.", date="2024-02-10")]
    nodes[-2].labels = {"Organisation", "Resource"}
    nodes[-2].documents = {"doc-risks"}
    nodes[7].documents = {"doc-risks"}
    rels = [rel("ann", "REPORTED_TO", "audit", "p1", date="2024-01-10", subject="Fraud"),
            rel("ann", "REPORTED_TO", "cabinet", "p2", date="2024-02-10", subject="Budget"),
            rel("ann", "REPORTED_TO", "audit", "p3", date="2024-02-10", subject="Cyber"),
            rel("bob", "REPORTED_TO", "audit", "p4", date="2024-01-10", subject="Fraud"),
            rel("ann", "PRESENTED", "fraud", "p1", date="2024-01-10", subject="Fraud"),
            rel("bob", "PRESENTED", "fraud", "p4", date="2024-02-10", subject="Fraud"),
            rel("cat", "ATTENDED", "m1", "present", attendanceKind="present"),
            rel("cat", "ATTENDED", "m2", "present", attendanceKind="present"),
            rel("m1", "MEETING_OF", "audit"), rel("m2", "MEETING_OF", "cabinet"),
            rel("d1", "DECIDED_BY", "cabinet"), rel("cyber", "SUB_RISK_OF", "fraud")]
    projection = PropertyGraph({n.uri: n for n in nodes}, {r.identity: r for r in rels})
    return projection, analysis.governance_graph(projection)


def test_top_reporters_counts_reports_and_bodies(graph):
    _, g = graph
    assert analysis.top_reporters(g) == [
        {"person": "Ann", "reports": 3, "bodies": ["Audit", "Cabinet"]},
        {"person": "Bob", "reports": 1, "bodies": ["Audit"]}]


def test_bridging_people_are_linked_to_two_or_more_bodies(graph):
    _, g = graph
    rows = analysis.bridging_people(g)
    assert [(r["person"], r["bodies"]) for r in rows] == [("Ann", ["Audit", "Cabinet"]), ("Cat", ["Audit", "Cabinet"])]
    assert all(r["betweenness"] > 0 for r in rows)


def test_a_risks_history_is_in_date_order(graph):
    _, g = graph
    assert [(r["date"], r["who"]) for r in analysis.risk_history(g, "fraud")] == [
        ("2024-01-10", "Ann"), ("2024-02-10", "Bob")]


def test_partners_named_with_a_risk(graph):
    _, g = graph
    assert analysis.partners_by_risk(g) == [{"risk": "Fraud", "partners": ["Ofsted (1)"]}]


def test_a_bodys_timeline(graph):
    _, g = graph
    assert analysis.body_timeline(g, "cabinet") == [
        {"date": "2024-02-10", "event": "decision", "detail": "That the plan be approved."},
        {"date": "2024-02-10", "event": "meeting", "detail": ""}]


def test_focus_is_the_ego_graph_ignoring_direction(graph):
    _, g = graph
    assert set(analysis.focus(g, "cyber", 1)) == {"cyber", "fraud"}
    assert {"ann", "bob"} <= set(analysis.focus(g, "cyber", 2))


def test_analyses_take_a_council_and_an_unknown_council_is_named(tmp_path):
    from typer.testing import CliRunner

    from govgraph.cli import app

    home = str(tmp_path / "home")
    for council in ("North Council", "South Council"):
        path = tmp_path / f"{council.split()[0]}.txt"
        path.write_text("Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the budget.\n")
        assert CliRunner().invoke(app, ["--home", home, "load", str(path), "--council", council, "--body",
                                        "Audit Committee", "--date", "2024-02-01"]).exit_code == 0
    both = CliRunner().invoke(app, ["--home", home, "analyse", "reporters", "--format", "json"])
    north = CliRunner().invoke(app, ["--home", home, "analyse", "reporters", "--format", "json",
                                     "--council", "North Council"])
    assert both.exit_code == north.exit_code == 0, north.output
    assert both.output.count("Jane Doe") == 2 and north.output.count("Jane Doe") == 1
    unknown = CliRunner().invoke(app, ["--home", home, "analyse", "bridges", "--council", "Atlantis"])
    assert unknown.exit_code == 1 and "no council named 'Atlantis'" in unknown.stderr
