"""Analysts' questions, each a saved query, answered on minutes written for them (three councils,
three bodies, six meetings: tests/fixtures/questions) with the same rows on the bundled
FalkorDB and on a real Neo4j."""

from pathlib import Path

import pytest
from conftest import bundled_server, load_folder, synced_neo4j

from govgraph.graph.query import run_query
from govgraph.graph.saved_queries import saved_queries

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "questions"
NORTH, SOUTH, EAST = "Northwold Council", "Southmere Council", "Eastholm Council"
YEAR = {"from": "2024-01-01", "to": "2024-12-31"}
# (query, parameters as an analyst types them, the rows expected)
QUESTIONS = [
    ("posts-of-person", {"person": "jane fletcher"},
     [{"post": "Director of Finance", "tenure": None, "held_in": NORTH, "said_on": "2024-01-10", "council": NORTH},
      {"post": "Chief Executive", "tenure": "interim", "held_in": NORTH, "said_on": "2024-03-12",
       "council": NORTH}]),
    ("posts-of-person", {"person": "Ola Nene"},
     [{"post": "Chief Operating Officer at Eastholm Hospitals NHS Trust", "held_in": "Eastholm Hospitals NHS Trust",
       "council": EAST}]),
    ("posts-of-person", {"person": "Neal"},
     [{"post": "Vice-Chair of the Licensing Committee", "held_in": "Licensing Committee", "council": EAST}]),
    ("votes-of-member", {"person": "Orme"},
     [{"date": "2024-04-17", "body": "Audit Committee", "decision": "That the hospital discharge review be noted.",
       "vote": "no"}]),
    ("votes-of-member", {"person": "Neal", "council": EAST}, [{"date": "2024-04-17", "vote": "yes"}]),
    ("holders-of-post", {"post": "Director of Finance", "on": "2024-02-29"},
     [{"person": "Jane Fletcher", "post": "Director of Finance", "last_said_on": "2024-01-10", "council": NORTH}]),
    ("holders-of-post", {"post": "Chief Executive", "on": "2024-02-29"}, []),
    ("holders-of-post", {"post": "Chief Executive", "on": "2024-03-31"},
     [{"person": "Jane Fletcher", "tenure": "interim", "last_said_on": "2024-03-12"}]),
    ("holders-of-post", {"post": "Director of Resources", "on": "2024-03-01"},
     [{"person": "Owen Price", "tenure": None, "last_said_on": "2024-02-14", "council": EAST}]),
    ("holders-of-post", {"post": "Director of Resources", "on": "2024-05-01"}, []),
    ("holders-of-post", {"post": "Chair", "on": "2024-03-31", "council": NORTH},
     [{"person": "Dunn", "held_in": "Cabinet", "last_said_on": "2024-03-20"},
      {"person": "Ames", "held_in": "Audit Committee", "last_said_on": "2024-03-12"}]),
    ("decisions-of-body", {"body": "Audit Committee", **YEAR, "council": NORTH},
     [{"date": "2024-01-10", "kind": "approved", "votes_for": 5, "votes_against": 1, "result": "pass"},
      {"date": "2024-03-12", "decision": "That the budget monitoring report be noted.", "kind": "noted",
       "votes_for": None, "result": None}]),
    ("attendance-summary", {"body": "Audit Committee", **YEAR, "council": NORTH},
     [{"person": "Ames", "present": 2, "apologies": 0}, {"person": "Bray", "present": 2, "apologies": 0},
      {"person": "Cole", "present": 1, "apologies": 1}, {"person": "Dunn", "present": 0, "apologies": 2}]),
    ("frequent-apologies", {"body": "Audit Committee", "min": 2},
     [{"person": "Dunn", "council": NORTH, "apologies": 2, "dates": ["2024-01-10", "2024-03-12"]}]),
    ("partners-of-council", {"council": "northwold council"},
     [{"partner": "Environment Agency", "documents": 2}, {"partner": "Ofsted", "documents": 1}]),
    ("partners-of-council", {"council": SOUTH}, [{"partner": "Ofsted", "documents": 1}]),
    ("evidence-for-decision", {"words": "Flood Defence"},
     [{"decision": "That the flood defence scheme be approved.", "date": "2024-03-20",
       "quotes": ["RESOLVED: That the flood defence scheme be approved."], "document": "Flood Defence Scheme"}]),
    ("rising-risks", {}, [{"risk": "Risk 4 – Flooding", "date": "2024-01-10", "previous": 12, "value": 20,
                           "council": NORTH}]),
    ("meetings-of-body", {"body": "Audit Committee", **YEAR},
     [{"date": "2024-01-10", "council": NORTH, "decisions": 1, "presentations": 1},
      {"date": "2024-02-01", "council": SOUTH, "decisions": 1, "presentations": 1},
      {"date": "2024-02-14", "council": EAST, "decisions": 1, "presentations": 1},
      {"date": "2024-03-12", "council": NORTH, "decisions": 1, "presentations": 1},
      {"date": "2024-04-17", "council": EAST, "decisions": 1, "presentations": 2}]),
    ("presenters-at-meeting", {"body": "Cabinet", "date": "2024-03-20"},
     [{"presenter": "Omar Patel", "subject": "Flood Defence Scheme", "council": NORTH}]),
    ("people-of-council", {"council": SOUTH},
     [{"person": "Kerr", "honorific": "Councillor", "posts": ["Chair"]},
      {"person": "Lowe", "honorific": "Councillor", "posts": []},
      {"person": "Moss", "honorific": "Councillor", "posts": []},
      {"person": "Tom Hill", "honorific": "Mr", "posts": ["Head of Audit"]}]),
    ("decisions-mentioning", {"words": "APPROVED"},
     [{"date": "2024-01-10", "body": "Audit Committee", "council": NORTH},
      {"date": "2024-02-01", "body": "Audit Committee", "council": SOUTH},
      {"date": "2024-03-20", "body": "Cabinet", "council": NORTH}]),
    ("body-workload", {"council": NORTH},
     [{"body": "Audit Committee", "meetings": 2, "decisions": 2, "presentations": 2},
      {"body": "Cabinet", "meetings": 1, "decisions": 1, "presentations": 1}]),
    ("people-across-bodies", {"min_bodies": 2, "council": NORTH},
     [{"person": "Ames"}, {"person": "Dunn"}]),
    ("reported-to-body", {"body": "Cabinet", **YEAR},
     [{"presenter": "Omar Patel", "date": "2024-03-20", "subject": "Flood Defence Scheme", "council": NORTH}]),
    ("reports-by-person", {"person": "Tom Hill"},
     [{"body": "Audit Committee", "date": "2024-02-01", "subject": "Internal Audit Plan", "council": SOUTH}]),
    ("attendance-of-member", {"person": "Dunn"},
     [{"date": "2024-01-10", "body": "Audit Committee", "kind": "apologies"},
      {"date": "2024-03-12", "body": "Audit Committee", "kind": "apologies"},
      {"date": "2024-03-20", "body": "Cabinet", "kind": "present"}]),
    ("decisions-of-meeting", {"body": "Cabinet", "date": "2024-03-20"},
     [{"decision": "That the flood defence scheme be approved.", "kind": "approved"}]),
    ("partners-with-risk", {"risk": "Risk 4 - Flooding"},
     [{"partner": "Environment Agency", "documents": 1}, {"partner": "Ofsted", "documents": 1}]),
    ("risk-history", {"risk": "risk 4 – flooding"},
     [{"date": "2024-01-10", "previous": 12, "value": 20}, {"date": "2024-03-12", "previous": 20, "value": 15}]),
]


@pytest.fixture(scope="module")
def store():
    return load_folder(FIXTURES)


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory, store):
    with bundled_server(tmp_path_factory.mktemp("home"), store) as target:
        yield target


@pytest.fixture(scope="module")
def neo4j(neo4j_server, store):
    with synced_neo4j(neo4j_server, store) as target:
        yield target


def test_there_are_twenty_questions_and_each_is_asked_here():
    assert len(saved_queries()) >= 20
    assert {name for name, _, _ in QUESTIONS} == set(saved_queries())


@pytest.mark.parametrize("which", ["falkordb", "neo4j"])
@pytest.mark.parametrize(("name", "given", "expected"), QUESTIONS, ids=[f"{q[0]}-{i}" for i, q in enumerate(QUESTIONS)])
def test_each_question_is_answered_on_both_targets(request, which, name, given, expected):
    query = saved_queries()[name]
    rows = run_query(request.getfixturevalue(which), query.cypher, query.parameters(given))
    assert [{k: row[k] for k in e} for row, e in zip(rows, expected, strict=False)] == expected
    assert len(rows) == len(expected), rows


@pytest.mark.parametrize("which", ["falkordb", "neo4j"])
def test_a_date_compared_with_a_string_is_refused_and_date_finds_it(request, which):
    from govgraph.errors import GovgraphError

    target = request.getfixturevalue(which)
    refused = r"date property 'date' with a string \('2024-03-20'\).*date\('2024-03-20'\)"
    with pytest.raises(GovgraphError, match=refused):
        run_query(target, "MATCH (m:Meeting) WHERE m.date = '2024-03-20' RETURN m.date AS date", {})
    with pytest.raises(GovgraphError, match=r"\$on"):
        run_query(target, "MATCH (m:Meeting {date: $on}) RETURN m.date AS date", {"on": "2024-03-20"})
    rows = run_query(target, "MATCH (m:Meeting) WHERE m.date = date($on) RETURN m.date AS date", {"on": "2024-03-20"})
    assert rows == [{"date": "2024-03-20"}]
