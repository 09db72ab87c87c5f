"""A document's facts as JSON in the evaluation shape, read back from its named graph.

The JSON is computed by SPARQL over the graph that was stored for the document, so
what is scored is what lands in the knowledge graph. The evaluation shape knows fewer
attendance kinds than the ontology: a substitute member is reported as ``present``.
"""

from collections import defaultdict

from govgraph.ontology.namespaces import GG_IRI
from govgraph.store import KnowledgeStore

ATTENDANCE_EVENTS = {"substitute": "present"}

_PREFIXES = f"""PREFIX gg: <{GG_IRI}>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
QUERIES = {
    "meeting": "SELECT ?body ?date WHERE { ?m a gg:Meeting . "
               "OPTIONAL { ?m gg:meetingOf/skos:prefLabel ?body } OPTIONAL { ?m dcterms:date ?date } }",
    "people": "SELECT ?p ?name ?honorific WHERE { ?p a foaf:Person ; foaf:name ?name . "
              "OPTIONAL { ?p gg:honorific ?honorific } } ORDER BY ?name",
    "posts": "SELECT ?p ?post WHERE { ?h a gg:PostHolding ; org:member ?p ; gg:post/skos:prefLabel ?post }",
    "organisations": "SELECT ?name WHERE { ?o a gg:PartnerOrganisation ; skos:prefLabel ?name } ORDER BY ?name",
    "reports": "SELECT ?name ?subject WHERE { ?a a gg:Presentation ; gg:presenter/foaf:name ?name . "
               "OPTIONAL { ?a gg:subject ?subject } } ORDER BY ?a",
    "risks": "SELECT ?r ?name ?parent WHERE { ?r a gg:Risk ; skos:prefLabel ?name . "
             "OPTIONAL { ?r gg:subRiskOf/skos:prefLabel ?parent } }",
    "scores": "SELECT ?r ?kind ?value ?previous WHERE { ?s a gg:RiskAssessment ; gg:assessesRisk ?r . "
              "OPTIONAL { ?s gg:scoreKind ?kind } OPTIONAL { ?s gg:scoreValue ?value } "
              "OPTIONAL { ?s gg:previousScore ?previous } }",
    "decisions": "SELECT ?text WHERE { ?d a gg:Decision ; gg:decisionText ?text } ORDER BY ?d",
    "attendance": "SELECT ?name ?event WHERE { ?a a gg:Attendance ; gg:attendee/foaf:name ?name ; "
                  "gg:attendanceKind ?event } ORDER BY ?a",
}


def _value(row: dict, key: str) -> str | None:
    return str(row[key]) if key in row else None


def _int(row: dict, key: str) -> int | None:
    return int(row[key]) if key in row else None


def document_facts(store: KnowledgeStore, graph: str) -> dict:
    """The evaluation-shaped facts of one document's graph."""
    def rows(name: str) -> list[dict]:
        return store.select(_PREFIXES + QUERIES[name], graph=graph)

    meeting = next(iter(rows("meeting")), {})
    posts: dict[str, list[str]] = defaultdict(list)
    for row in rows("posts"):
        posts[str(row["p"])].append(str(row["post"]))
    scores: dict[str, list[dict]] = defaultdict(list)
    for row in rows("scores"):
        scores[str(row["r"])].append({"kind": _value(row, "kind"), "value": _int(row, "value"),
                                      "previous": _int(row, "previous")})
    return {
        "meeting": {"body": _value(meeting, "body"), "date": _value(meeting, "date")},
        "people": [{"name": str(r["name"]), "honorific": _value(r, "honorific"),
                    "posts": sorted(posts[str(r["p"])])} for r in rows("people")],
        "organisations": [str(r["name"]) for r in rows("organisations")],
        "reports": [{"presenter": str(r["name"]), "subject": _value(r, "subject")}
                    for r in rows("reports")],
        "risks": [{"name": str(r["name"]), "parent": _value(r, "parent"),
                   "scores": scores[str(r["r"])]} for r in rows("risks")],
        "decisions": [str(r["text"]) for r in rows("decisions")],
        "attendance": [{"person": str(r["name"]), "event": ATTENDANCE_EVENTS.get(str(r["event"]), str(r["event"]))}
                       for r in rows("attendance")],
    }
