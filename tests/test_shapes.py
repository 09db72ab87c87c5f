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
    assert "a risk score value is one xsd:integer" in messages(g)


def test_a_violation_reads_as_one_line_naming_the_node():
    g = sample()
    g.remove((PERSON, FOAF.name, None))
    (violation,) = validate_graph(g)
    assert str(violation).startswith("Violation: https://example.org/id/person/x/victoria-gent (foaf:name)")
    assert "\n" not in str(violation)


SKOS_LABEL = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
ORG_ORGANIZATION = URIRef("http://www.w3.org/ns/org#Organization")


def fact(g: Graph, node: URIRef, kind: URIRef) -> URIRef:
    g.add((node, RDF.type, kind))
    g.add((node, GG.evidence, EVIDENCE))
    g.add((node, PROV_DERIVED, DOC))
    return node


def risk(g: Graph, name: str) -> URIRef:
    node = fact(g, URIRef(EX + "risk/x/" + name.lower()), GG.Risk)
    g.add((node, SKOS_LABEL, Literal(name)))
    return node


def vote(g: Graph, result: str, for_: int, against: int) -> None:
    node = fact(g, URIRef(EX + "document/minutes/decision/1/vote"), URIRef("http://www.w3.org/ns/opengov#VoteEvent"))
    g.add((node, GG.voteOn, DECISION))
    g.add((node, URIRef("http://www.w3.org/ns/opengov#result"), Literal(result)))
    g.add((node, GG.votesFor, Literal(for_)))
    g.add((node, GG.votesAgainst, Literal(against)))


def attendance(g: Graph, kind: str) -> None:
    node = fact(g, URIRef(f"{EX}document/minutes/attendance/victoria-gent/{kind}"), GG.Attendance)
    g.add((node, GG.attendee, PERSON))
    g.add((node, GG.atMeeting, MEETING))
    g.add((node, GG.attendanceKind, Literal(kind)))


def five_to_one_recorded_as_failed(g: Graph) -> None:
    vote(g, "fail", 5, 1)


def present_and_giving_apologies(g: Graph) -> None:
    attendance(g, "present")
    attendance(g, "apologies")


def a_score_of_999(g: Graph) -> None:
    assessment = fact(g, URIRef(EX + "document/minutes/assessment/1"), GG.RiskAssessment)
    g.add((assessment, GG.assessesRisk, risk(g, "Flooding")))
    g.add((assessment, GG.scoreValue, Literal(999)))


def decided_by_a_person(g: Graph) -> None:
    g.add((DECISION, GG.decidedBy, PERSON))


def a_risk_its_own_sub_risk(g: Graph) -> None:
    first, second = risk(g, "Flooding"), risk(g, "Drainage")
    g.add((first, GG.subRiskOf, second))
    g.add((second, GG.subRiskOf, first))


def a_presentation_dated_otherwise_than_its_meeting(g: Graph) -> None:
    node = fact(g, URIRef(EX + "document/minutes/presentation/1"), GG.Presentation)
    association = URIRef(EX + "document/minutes/presentation/1/association")
    g.add((association, RDF.type, URIRef("http://www.w3.org/ns/prov#Association")))
    g.add((node, URIRef("http://www.w3.org/ns/prov#qualifiedAssociation"), association))
    g.add((node, GG.presenter, PERSON))
    g.add((node, GG.atMeeting, MEETING))
    g.add((node, DCTERMS.date, Literal("2023-08-01", datatype=XSD.date)))


def evidence_from_another_document(g: Graph) -> None:
    other = URIRef(EX + "document/other")
    g.add((other, RDF.type, GG.SourceDocument))
    g.add((other, DCTERMS.title, Literal("Other minutes")))
    g.add((other, GG.sha256, Literal("b" * 64)))
    quote = URIRef(EX + "document/other/evidence/1")
    g.add((quote, RDF.type, GG.Evidence))
    g.add((quote, GG.quote, Literal("Ms Gent left.")))
    g.add((quote, DCTERMS.source, other))
    g.add((PERSON, PROV_DERIVED, DOC))
    g.add((PERSON, GG.evidence, quote))


def a_blank_name(g: Graph) -> None:
    g.set((PERSON, FOAF.name, Literal("  ")))


@pytest.mark.parametrize(("wrong", "said"), [
    (five_to_one_recorded_as_failed, "a vote's result contradicts its counts"),
    (present_and_giving_apologies, "a person is recorded both present and absent (or giving apologies) at one meeting"),
    (a_score_of_999, "a risk score lies between 0 and 100"),
    (decided_by_a_person, "a decision is decided by a body or council, not a person"),
    (a_risk_its_own_sub_risk, "a risk cannot be a sub-risk of itself, directly or not"),
    (a_presentation_dated_otherwise_than_its_meeting, "a presentation is dated otherwise than its meeting"),
    (evidence_from_another_document, "evidence quotes a document the fact was not derived from"),
    (a_blank_name, "a person's name is not blank"),
])
def test_a_wrong_graph_is_rejected_with_its_reason(wrong, said):
    g = sample()
    wrong(g)
    assert said in messages(g)
    # the shapes are standard SHACL: a general engine running them whole finds the same
    from pyshacl import validate

    from govgraph.ontology import ontology_path, shapes_path

    conforms, _, text = validate(g, shacl_graph=Graph().parse(shapes_path()),
                                 ont_graph=Graph().parse(ontology_path()), inference="none")
    assert not conforms and said in text


def test_the_right_versions_of_those_graphs_conform():
    g = sample()
    vote(g, "pass", 5, 1)
    attendance(g, "present")
    body = URIRef(EX + "body/x/audit-committee")
    g.add((body, RDF.type, GG.Committee))
    g.add((body, RDF.type, ORG_ORGANIZATION))
    g.add((body, SKOS_LABEL, Literal("Audit Committee")))
    g.add((DECISION, GG.decidedBy, body))
    g.add((risk(g, "Drainage"), GG.subRiskOf, risk(g, "Flooding")))
    assert messages(g) == []


def test_the_whole_development_set_loads_into_a_graph_that_conforms(shared, tmp_path):
    from govgraph.iri import IriMinter
    from govgraph.loaders.pipeline import collect_sources, load_sources
    from govgraph.store import KnowledgeStore

    store = KnowledgeStore()
    report = load_sources(collect_sources([shared / "eval" / "corpus", shared / "seeds"]), store,
                          IriMinter("https://example.org/id/"))
    assert not report.failed and len(report.loaded) == 131
    assert [str(v) for v in validate_graph(store.union_graph())] == []


def test_a_members_vote_must_be_yes_no_or_abstain_by_one_person():
    from govgraph.ontology.namespaces import OPENGOV

    g = sample()
    event, ballot = URIRef(f"{DECISION}/vote"), URIRef(f"{DECISION}/vote/victoria-gent")
    fact(g, event, OPENGOV.VoteEvent)
    g.add((event, GG.voteOn, DECISION))
    fact(g, ballot, OPENGOV.Vote)
    g.add((ballot, OPENGOV.voter, PERSON))
    g.add((ballot, OPENGOV.voteEvent, event))
    g.add((ballot, OPENGOV.option, Literal("yes")))
    assert messages(g) == []
    g.set((ballot, OPENGOV.option, Literal("maybe")))
    assert any("yes, no or abstain" in m for m in messages(g))
