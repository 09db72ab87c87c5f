"""Spreadsheet tables of the knowledge graph: one CSV file per kind of fact, described by a
W3C CSV on the Web (CSVW) metadata file so that the tables are linked data too.

Every row is one fact of one source document, with that document's IRI and the quoted
sentence the fact was read from. Tables are filled one document at a time, so memory is
bounded by the largest document, not the collection.
"""

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from govgraph.graph.atomic import PUBLISHED_FILE, atomic_write
from govgraph.ontology.namespaces import GG_IRI
from govgraph.store import KnowledgeStore

METADATA = "tables-metadata.json"
_PREFIXES = f"""PREFIX gg: <{GG_IRI}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# the quote and the meeting's body and date of a fact ?f; the council of the document
_EVIDENCE = "OPTIONAL { ?f gg:evidence/gg:quote ?evidence }"
_MEETING = ("OPTIONAL { ?f gg:atMeeting ?meeting . OPTIONAL { ?meeting dcterms:date ?date } "
            "OPTIONAL { ?meeting gg:meetingOf/skos:prefLabel ?body } }")
_COUNCIL = "OPTIONAL { ?c a gg:Council ; skos:prefLabel ?council }"


@dataclass(frozen=True)
class Column:
    """One column: its name (the CSV header), a description and its XML Schema datatype."""

    name: str
    title: str
    datatype: str = "string"


@dataclass(frozen=True)
class Table:
    """One CSV table and the SPARQL that fills it from one document's graph."""

    name: str
    title: str
    columns: tuple[Column, ...]
    query: str

    @property
    def filename(self) -> str:
        """The CSV file's name."""
        return f"{self.name}.csv"


def _iri(name: str, title: str) -> Column:
    return Column(name, title, "anyURI")


_DOCUMENT = (_iri("document", "the source document's IRI"),
             Column("evidence", "the quoted sentence the fact was read from"))

TABLES = (
    Table("people", "People named in the minutes", (
        _iri("person", "the person's IRI"), Column("name", "name as written, fullest form"),
        Column("honorific", "title used (Mr, Cllr, Dr ...)"), Column("council", "the minutes' council"),
        *_DOCUMENT),
        "SELECT ?person ?name ?honorific ?council (SAMPLE(?q) AS ?evidence) WHERE { ?person a foaf:Person ; "
        "foaf:name ?name . OPTIONAL { ?person gg:honorific ?honorific } OPTIONAL { ?person gg:evidence/gg:quote ?q } "
        f"{_COUNCIL} }} GROUP BY ?person ?name ?honorific ?council ORDER BY ?name"),
    Table("posts", "Posts people were said to hold", (
        _iri("person", "the person's IRI"), Column("name", "the person's name"), Column("post", "the post"),
        Column("tenure", "how it was held, where said: interim, acting, former, outgoing ..."),
        Column("held_in", "the council, body or partner organisation the post is in"),
        Column("council", "the council whose minutes say so"), Column("attested_on", "the date it was said", "date"),
        *_DOCUMENT),
        "SELECT ?person ?name ?post ?tenure ?held_in ?council ?attested_on ?evidence WHERE { ?f a gg:PostHolding ; "
        "org:member ?person ; gg:post/skos:prefLabel ?post . ?person foaf:name ?name . "
        "OPTIONAL { ?f gg:tenure ?tenure } OPTIONAL { ?f org:organization/skos:prefLabel ?held_in } "
        "OPTIONAL { ?f gg:attestedIn/skos:prefLabel ?council } OPTIONAL { ?f gg:attestedOn ?attested_on } "
        f"{_EVIDENCE} }} ORDER BY ?name ?post"),
    Table("presentations", "Who presented what to which body, and when", (
        _iri("presenter", "the presenter's IRI"), Column("presenter_name", "the presenter's name"),
        Column("subject", "what was presented"), Column("body", "the body it was presented to"),
        Column("date", "the meeting's date", "date"), *_DOCUMENT),
        "SELECT ?presenter ?presenter_name ?subject ?body ?date ?evidence WHERE { ?f a gg:Presentation ; "
        "gg:presenter ?presenter . ?presenter foaf:name ?presenter_name . OPTIONAL { ?f gg:subject ?subject } "
        "OPTIONAL { ?f gg:presentedTo/skos:prefLabel ?body } OPTIONAL { ?f dcterms:date ?date } "
        f"{_EVIDENCE} }} ORDER BY ?date ?presenter_name"),
    Table("decisions", "Decisions and resolutions", (
        _iri("decision", "the decision's IRI"), Column("text", "the resolution as recorded"),
        Column("kind", "noted, approved, agreed, rejected or deferred"), Column("body", "the deciding body"),
        Column("date", "the meeting's date", "date"), *_DOCUMENT),
        "SELECT ?decision ?text ?kind ?body ?date ?evidence WHERE { ?f a gg:Decision ; gg:decisionText ?text . "
        "BIND(?f AS ?decision) OPTIONAL { ?f gg:decisionKind ?kind } OPTIONAL { ?f gg:decidedBy/skos:prefLabel ?body } "
        f"OPTIONAL {{ ?f dcterms:date ?date }} {_EVIDENCE} }} ORDER BY ?date ?text"),
    Table("attendance", "Attendance: present, apologies, joined, left, absent", (
        _iri("person", "the person's IRI"), Column("name", "the person's name"),
        Column("kind", "present, apologies, joined, left, absent, declared_interest, substitute"),
        Column("body", "the meeting's body"), Column("date", "the meeting's date", "date"), *_DOCUMENT),
        "SELECT ?person ?name ?kind ?body ?date ?evidence WHERE { ?f a gg:Attendance ; gg:attendee ?person ; "
        f"gg:attendanceKind ?kind . ?person foaf:name ?name . {_MEETING} {_EVIDENCE} }} ORDER BY ?name ?kind"),
    Table("risks", "Risks and their score changes", (
        _iri("risk", "the risk's IRI"), Column("name", "the risk's name"), Column("parent", "the parent risk"),
        Column("score_kind", "gross, residual, target ... where given"),
        Column("score", "the score given", "integer"), Column("previous_score", "the score before", "integer"),
        Column("date", "the date of the assessment", "date"), *_DOCUMENT),
        "SELECT ?risk ?name ?parent ?score_kind ?score ?previous_score ?date ?evidence WHERE { ?risk a gg:Risk ; "
        "skos:prefLabel ?name . OPTIONAL { ?risk gg:subRiskOf/skos:prefLabel ?parent } "
        "OPTIONAL { ?f gg:assessesRisk ?risk . OPTIONAL { ?f gg:scoreKind ?score_kind } "
        "OPTIONAL { ?f gg:scoreValue ?score } OPTIONAL { ?f gg:previousScore ?previous_score } "
        "OPTIONAL { ?f dcterms:date ?date } OPTIONAL { ?f gg:evidence/gg:quote ?assessed } } "
        "OPTIONAL { ?risk gg:evidence/gg:quote ?named } BIND(COALESCE(?assessed, ?named) AS ?evidence) } "
        "ORDER BY ?name ?date"),
    Table("organisations", "Partner and external organisations named", (
        _iri("organisation", "the organisation's IRI"), Column("name", "the name"),
        Column("acronym", "its acronym, where given"), *_DOCUMENT),
        "SELECT ?organisation ?name ?acronym (SAMPLE(?q) AS ?evidence) WHERE { ?organisation a "
        "gg:PartnerOrganisation ; skos:prefLabel ?name . OPTIONAL { ?organisation gg:acronym ?acronym } "
        "OPTIONAL { ?organisation gg:evidence/gg:quote ?q } } GROUP BY ?organisation ?name ?acronym ORDER BY ?name"),
)


def _rows(store: KnowledgeStore, table: Table, documents: Iterable[str]) -> Iterable[list[str]]:
    names = [c.name for c in table.columns]
    for document in documents:
        for row in store.select(_PREFIXES + table.query, graph=document):
            row["document"] = document
            yield [str(row.get(name, "")) for name in names]


def write_tables(store: KnowledgeStore, out: Path, documents: list[str] | None = None) -> list[Path]:
    """Write every table of ``documents`` (default: all) as UTF-8 CSV with a header row into
    ``out``, and the CSVW metadata describing them; returns the files written."""
    documents = documents if documents is not None else [d.iri for d in store.documents()]
    written = []
    for table in TABLES:
        with atomic_write(out / table.filename, PUBLISHED_FILE) as handle:
            text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow([c.name for c in table.columns])
            writer.writerows(_rows(store, table, documents))
            text.flush()
            text.detach()
        written.append(out / table.filename)
    with atomic_write(out / METADATA, PUBLISHED_FILE) as handle:
        handle.write(json.dumps(csvw_metadata(), indent=2, ensure_ascii=False).encode("utf-8"))
    return [*written, out / METADATA]


def csvw_metadata() -> dict:
    """The CSV on the Web description of every table: columns, titles and datatypes."""
    return {
        "@context": "http://www.w3.org/ns/csvw",
        "tables": [{
            "url": table.filename,
            "dc:title": table.title,
            "tableSchema": {
                "columns": [{"name": c.name, "titles": c.name, "dc:description": c.title, "datatype": c.datatype}
                            for c in table.columns],
            },
        } for table in TABLES],
    }
