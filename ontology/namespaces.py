"""Vocabularies used by govgraph, as strict namespaces.

``GG`` is a :class:`rdflib.namespace.DefinedNamespace` with ``_fail = True``: a misspelt
term raises ``AttributeError`` instead of silently minting a wrong IRI. The W3C and
community vocabularies come from rdflib where it ships them; Popolo (``OPENGOV``) and the
Data Privacy Vocabulary (``DPV``) are declared here for the few terms we reuse.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    VOID,
    XSD,
    DefinedNamespace,
)

GG_IRI = "https://w3id.org/govgraph/ontology#"


class GG(DefinedNamespace):
    """The govgraph ontology's own terms (only what the reused vocabularies lack)."""

    _NS = Namespace(GG_IRI)
    _fail = True

    # classes
    SourceDocument: URIRef
    Evidence: URIRef
    Council: URIRef
    Body: URIRef
    Committee: URIRef
    Board: URIRef
    Panel: URIRef
    Cabinet: URIRef
    PartnerOrganisation: URIRef
    PostHolding: URIRef
    Meeting: URIRef
    AgendaItem: URIRef
    Report: URIRef
    Presentation: URIRef
    Question: URIRef
    Risk: URIRef
    RiskAssessment: URIRef
    Decision: URIRef
    Attendance: URIRef
    PresenterRole: URIRef
    # evidence and provenance
    evidence: URIRef
    quote: URIRef
    sha256: URIRef
    mediaType: URIRef
    # people, posts, bodies
    honorific: URIRef
    post: URIRef
    attestedOn: URIRef
    attestedIn: URIRef
    tenure: URIRef
    mentionedIn: URIRef
    acronym: URIRef
    # meetings and items
    meetingOf: URIRef
    itemNumber: URIRef
    onItem: URIRef
    # reports and questions
    presenter: URIRef
    presentedTo: URIRef
    aboutReport: URIRef
    aboutRisk: URIRef
    voteOn: URIRef
    askedBy: URIRef
    answeredBy: URIRef
    subject: URIRef
    # risks
    subRiskOf: URIRef
    riskOwner: URIRef
    assessesRisk: URIRef
    scoreKind: URIRef
    scoreValue: URIRef
    previousScore: URIRef
    # decisions and votes
    decisionText: URIRef
    decisionKind: URIRef
    partNumber: URIRef
    decidedBy: URIRef
    votesFor: URIRef
    votesAgainst: URIRef
    abstentions: URIRef
    # attendance
    attendee: URIRef
    atMeeting: URIRef
    attendanceKind: URIRef
    substituteFor: URIRef
    interestText: URIRef


OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
DPV = Namespace("https://w3id.org/dpv#")
OA = Namespace("http://www.w3.org/ns/oa#")  # W3C Web Annotation

PREFIXES: dict[str, Namespace | str] = {
    "gg": GG_IRI,
    "org": ORG,
    "foaf": FOAF,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": SDO,
    "time": TIME,
    "skos": SKOS,
    "opengov": OPENGOV,
    "dpv": DPV,
    "oa": OA,
    "dcat": DCAT,
    "void": VOID,
    "owl": OWL,
    "rdfs": RDFS,
    "xsd": XSD,
}

# the same prefixes as plain strings, as Oxigraph's serialisers take them
PREFIX_IRIS: dict[str, str] = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}

DECISION_KINDS = ("noted", "approved", "agreed", "deferred", "rejected", "resolved", "other")
ATTENDANCE_KINDS = ("present", "apologies", "absent", "joined", "left",
                    "declared_interest", "substitute")
SCORE_KINDS = ("gross", "net", "target", "current", "residual", "inherent")

__all__ = [
    "ATTENDANCE_KINDS", "DCAT", "DCTERMS", "DECISION_KINDS", "DPV", "FOAF", "GG", "GG_IRI", "OA",
    "OPENGOV", "ORG", "OWL", "PREFIXES", "PREFIX_IRIS", "PROV", "RDF", "RDFS", "SCORE_KINDS", "SDO", "SKOS",
    "TIME", "VOID", "XSD",
]
