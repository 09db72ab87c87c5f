"""A hand-built graph passes the SHACL shapes; broken ones fail with the right messages."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from govgraph.ontology.namespaces import DCTERMS, FOAF, GG, RDF
from govgraph.ontology.validate import validate_graph

EX = "https://example.org/id/"
DOC = URIRef(EX + "document/minutes")
EVIDENCE = URIRef(EX + "document/minutes/evidence/1")
PERSON = URIRef(EX + "person/x/victoria-gent")
DECISION = URIRef(EX + "document/minutes/decision/1")
MEETING = URIRef(EX + "meeting/x/audit-committee/2023-07-27")


def sample() -> Graph:
    g = Graph()
    g.add((DOC, RDF.type, GG.SourceDocument))
    g.add((DOC, DCTERMS.title, Literal("Audit Committee minutes")))
    g.add((DOC, GG.sha256, Literal("a" * 64)))
    g.add((EVIDENCE, RDF.type, GG.Evidence))
    g.add((EVIDENCE, GG.quote, Literal("Ms Victoria Gent presented the report.")))
    g.add((EVIDENCE, DCTERMS.source, DOC))
    g.add((PERSON, RDF.type, FOAF.Person))
    g.add((PERSON, FOAF.name, Literal("Victoria Gent")))
    g.add((PERSON, GG.evidence, EVIDENCE))
    g.add((DECISION, RDF.type, GG.Decision))
    g.add((DECISION, GG.decisionText, Literal("That the update be noted.")))
    g.add((DECISION, GG.decisionKind, Literal("noted")))
    g.add((DECISION, GG.evidence, EVIDENCE))
    g.add((MEETING, RDF.type, GG.Meeting))
    g.add((MEETING, DCTERMS.date, Literal("2023-07-27", datatype=XSD.date)))
    return g


def test_a_hand_built_graph_conforms():
    assert validate_graph(sample()) == []


def messages(graph: Graph) -> list[str]:
    return [v.message for v in validate_graph(graph)]


def test_a_fact_without_evidence_is_reported():
    g = sample()
    g.remove((PERSON, GG.evidence, EVIDENCE))
    assert messages(g) == ["an extracted fact must cite its evidence (gg:evidence)"]


def test_an_unknown_decision_kind_is_reported():
    g = sample()
    g.set((DECISION, GG.decisionKind, Literal("vetoed")))
    assert any("decision kind is one of" in m for m in messages(g))


def test_a_meeting_with_two_dates_is_reported():
    g = sample()
    g.add((MEETING, DCTERMS.date, Literal("2023-07-28", datatype=XSD.date)))
    assert messages(g) == ["a meeting has at most one date, an xsd:date"]


def test_a_person_without_a_name_is_reported():
    g = sample()
    g.remove((PERSON, FOAF.name, None))
    assert messages(g) == ["a person needs a foaf:name"]


@pytest.mark.parametrize("value", [Literal("fifteen"), Literal(15.5)])
def test_a_risk_score_must_be_an_integer(value):
    g = sample()
    risk, assessment = URIRef(EX + "risk/x/operations"), URIRef(EX + "assessment/1")
    g.add((risk, RDF.type, GG.Risk))
    g.add((risk, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Operations")))
    g.add((risk, GG.evidence, EVIDENCE))
    g.add((assessment, RDF.type, GG.RiskAssessment))
    g.add((assessment, GG.assessesRisk, risk))
    g.add((assessment, GG.scoreValue, value))
    g.add((assessment, GG.evidence, EVIDENCE))
    assert messages(g) == ["a risk score value is one xsd:integer"]


def test_a_violation_reads_as_one_line_naming_the_node():
    g = sample()
    g.remove((PERSON, FOAF.name, None))
    (violation,) = validate_graph(g)
    assert str(violation).startswith("Violation: https://example.org/id/person/x/victoria-gent (foaf:name)")
    assert "\n" not in str(violation)
