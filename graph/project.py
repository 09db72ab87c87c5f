"""RDF → property graph: nodes and relationships with labels, properties and provenance.

Labels and relationship types come only from the ontology's terms, never from document
text: a class's local name is its label (``gg:Committee`` → ``Committee``, plus ``Body``
for every body), an object property's local name in UPPER_SNAKE is its relationship type
(``gg:presentedTo`` → ``PRESENTED_TO``). Every node has the label ``Resource`` and its IRI
in ``uri``; every node and relationship lists the documents it came from in
``documents``; quotations become an ``evidence`` list. Shortcut relationships answer the
one-hop questions directly: ``(:Person)-[:REPORTED_TO {date, subject, item, evidence}]->(:Body)``,
``(:Person)-[:PRESENTED]->(:Report)``, ``(:Person)-[:ATTENDED {attendanceKind}]->(:Meeting)``.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from govgraph.ontology import ontology_path
from govgraph.ontology.namespaces import DCTERMS, FOAF, GG, OPENGOV, ORG, PROV, SKOS
from govgraph.store import KnowledgeStore

LABEL_RENAMES = {"PartnerOrganisation": "Organisation", "SourceDocument": "Document"}
UNPROJECTED_CLASSES = {GG.Evidence, PROV.Association, GG.PresenterRole}
# reused classes that are a node's own type; the others (org:Organization, prov:Activity ...)
# are the anchor types the RDF carries for linked-data consumers and give no label
PROJECTED_REUSED = {FOAF.Person, ORG.Post, OPENGOV.VoteEvent, OPENGOV.Vote}
PROPERTY_RENAMES = {SKOS.prefLabel: "name", FOAF.name: "name", DCTERMS.title: "title", DCTERMS.date: "date",
                    DCTERMS.identifier: "key", DCTERMS.source: "sourceUrl"}
UNPROJECTED_PREDICATES = {GG.evidence, PROV.qualifiedAssociation}
DATE_TYPES = {XSD.date}
SHORTCUT_TYPES = ("REPORTED_TO", "PRESENTED", "ATTENDED")
DATE_PROPERTIES = ("date", "attestedOn")
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass
class Node:
    """A property-graph node."""

    uri: str
    labels: set[str] = field(default_factory=set)
    props: dict[str, object] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)


@dataclass
class Relationship:
    """A property-graph relationship; ``key`` tells apart several of one type between two nodes."""

    start: str
    type: str
    end: str
    key: str = ""
    props: dict[str, object] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)

    @property
    def identity(self) -> tuple[str, str, str, str]:
        """What makes the relationship one: start, type, end and key."""
        return self.start, self.type, self.end, self.key


@dataclass
class PropertyGraph:
    """The projection of the whole RDF dataset."""

    nodes: dict[str, Node]
    relationships: dict[tuple[str, str, str, str], Relationship]

    def label_counts(self) -> Counter:
        """How many nodes carry each label (``Resource`` included)."""
        return Counter(label for node in self.nodes.values() for label in node.labels)

    def type_counts(self) -> Counter:
        """How many relationships there are of each type."""
        return Counter(rel.type for rel in self.relationships.values())


def upper_snake(name: str) -> str:
    """``presentedTo`` → ``PRESENTED_TO``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def _local(iri: URIRef) -> str:
    return re.split(r"[#/]", str(iri))[-1]


_GENERAL_LABELS = frozenset({"Resource", "Body"})  # labels a more specific one stands beside


@dataclass(frozen=True)
class Vocabulary:
    """What the ontology says about projecting each term."""

    labels: dict[URIRef, frozenset[str]]
    relationship_types: dict[URIRef, str]


@cache
def vocabulary() -> Vocabulary:
    """Labels of classes and relationship types of object properties, from the ontology."""
    ontology = Graph().parse(ontology_path())
    labels = {}
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(str(GG))} | PROJECTED_REUSED
    for cls in classes - UNPROJECTED_CLASSES:
        name = LABEL_RENAMES.get(_local(cls), _local(cls))
        extra = {"Body"} if GG.Body in set(ontology.transitive_objects(cls, RDFS.subClassOf)) - {cls} else set()
        labels[cls] = frozenset({name, *extra})
    types = {prop: upper_snake(_local(prop)) for prop in ontology.subjects(RDF.type, OWL.ObjectProperty)
             if prop not in UNPROJECTED_PREDICATES and prop not in PROPERTY_RENAMES}
    for name in [*(n for ls in labels.values() for n in ls), *types.values()]:
        if not IDENTIFIER.match(name):
            raise ValueError(f"ontology term {name!r} cannot be a property-graph name")
    return Vocabulary(labels, types)


PLAIN_TEXT = {str(XSD.string), str(RDF.langString)}


@cache
def _property_name(predicate: str) -> str:
    return PROPERTY_RENAMES.get(URIRef(predicate), _local(URIRef(predicate)))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def name_key(name: str) -> str:
    """A name folded for matching: case, curly quotes, long dashes and runs of spaces aside
    (``Children’s  Services`` and ``children's services`` give the same key)."""
    return " ".join(name.translate(_QUOTES).casefold().split())


def _value(literal: ox.Literal) -> object:
    datatype = literal.datatype.value
    if datatype in PLAIN_TEXT:
        return literal.value
    value = Literal(literal.value, datatype=URIRef(datatype)).toPython()
    return value if isinstance(value, int | float | bool) else literal.value


def project(store: KnowledgeStore) -> PropertyGraph:
    """The property graph of every document in ``store``."""
    vocab = vocabulary()
    labels_of = {str(cls): labels for cls, labels in vocab.labels.items()}
    type_of = {str(prop): name for prop, name in vocab.relationship_types.items()}
    a, quote, evidence, source = str(RDF.type), str(GG.quote), str(GG.evidence), str(DCTERMS.source)
    date_types = {str(t) for t in DATE_TYPES}
    nodes: dict[str, Node] = {}
    quotes: dict[str, str] = {}
    evidence_of: list[tuple[str, str, str]] = []
    links: list[tuple[str, str, str, str]] = []
    for quad in store.oxigraph.quads_for_pattern(None, None, None):
        subject, p, obj, graph = (quad.subject.value, quad.predicate.value, quad.object, quad.graph_name.value)
        if p == a:
            labels = labels_of.get(obj.value)
            if labels:
                node = nodes.setdefault(subject, Node(subject))
                node.labels |= labels | {"Resource"}
                node.documents.add(graph)
        elif p == quote:
            quotes[subject] = obj.value
        elif p == evidence:
            evidence_of.append((subject, obj.value, graph))
        elif isinstance(obj, ox.Literal):
            node = nodes.setdefault(subject, Node(subject))
            name = _property_name(p)
            if obj.datatype.value in date_types:
                node.dates[name] = obj.value
            else:
                current = node.props.get(name)
                value = _value(obj)
                node.props[name] = value if current is None else min(current, value, key=str)
        elif p in type_of:
            links.append((subject, type_of[p], obj.value, graph))
        elif p == source:
            nodes.setdefault(subject, Node(subject)).props["sourceUrl"] = obj.value
    nodes = {uri: node for uri, node in nodes.items() if node.labels}
    for node in nodes.values():  # one property naming what the node is, so that no query needs labels(x)[1]
        node.props["kind"] = min(node.labels - _GENERAL_LABELS or node.labels - {"Resource"})
    for subject, evidence, _ in evidence_of:
        if subject in nodes and evidence in quotes:
            nodes[subject].evidence.add(quotes[evidence])
    relationships: dict[tuple[str, str, str, str], Relationship] = {}
    for start, rel_type, end, graph in links:
        if start in nodes and end in nodes:
            rel = relationships.setdefault((start, rel_type, end, ""), Relationship(start, rel_type, end))
            rel.documents.add(graph)
    for rel in _shortcuts(nodes, relationships):
        relationships[rel.identity] = rel
    for node in nodes.values():
        node.props["uri"] = node.uri
        if isinstance(node.props.get("name"), str):
            node.props["nameKey"] = name_key(node.props["name"])
        node.props["documents"] = sorted(node.documents)
        if node.evidence:
            node.props["evidence"] = sorted(node.evidence)
    for rel in relationships.values():
        rel.props["key"] = rel.key
        rel.props["documents"] = sorted(rel.documents)
    return PropertyGraph(nodes, relationships)


def _shortcuts(nodes: dict[str, Node], relationships: dict) -> list[Relationship]:
    by_start: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (start, rel_type, end, _) in relationships:
        by_start[(start, rel_type)].append(end)
    out = []
    for node in nodes.values():
        if "Presentation" in node.labels:
            out += _presentation_shortcuts(node, nodes, by_start)
        elif "Attendance" in node.labels:
            for person in by_start[(node.uri, "ATTENDEE")]:
                for meeting in by_start[(node.uri, "AT_MEETING")]:
                    kind = str(node.props.get("attendanceKind", ""))
                    props = {"attendanceKind": kind, **_evidence(node)}
                    out.append(Relationship(person, "ATTENDED", meeting, kind, props, documents=set(node.documents)))
    return out


def _evidence(node: Node) -> dict[str, object]:
    return {"evidence": sorted(node.evidence)} if node.evidence else {}


def _presentation_shortcuts(node: Node, nodes: dict[str, Node], by_start: dict) -> list[Relationship]:
    out = []
    items = [nodes[i].props.get("title") for i in by_start[(node.uri, "ON_ITEM")]]
    props = {"subject": node.props.get("subject"), "item": items[0] if items else None,
             "presentation": node.uri, **_evidence(node)}
    props = {k: v for k, v in props.items() if v is not None}
    dates = {"date": node.dates["date"]} if "date" in node.dates else {}
    for person in by_start[(node.uri, "PRESENTER")]:
        for body in by_start[(node.uri, "PRESENTED_TO")]:
            out.append(Relationship(person, "REPORTED_TO", body, node.uri, dict(props), dict(dates),
                                    set(node.documents)))
        for report in by_start[(node.uri, "ABOUT_REPORT")]:
            out.append(Relationship(person, "PRESENTED", report, node.uri, dict(props), dict(dates),
                                    set(node.documents)))
    return out
