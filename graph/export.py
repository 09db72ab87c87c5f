"""Linked-open-data dumps of the knowledge graph, with DCAT and VoID descriptions.

Writes, into one folder: the union graph as Turtle, N-Triples and JSON-LD (compacted
with govgraph's published ``@context``, also written as ``context.jsonld``), the
dataset with one named graph per source document as TriG, a DCAT 3 description
(``catalog.ttl``) and VoID statistics (``void.ttl``). Every file is written atomically.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, VOID, XSD

from govgraph import __version__
from govgraph.errors import ExportError
from govgraph.graph.atomic import atomic_write
from govgraph.ontology import context_path
from govgraph.ontology.namespaces import GG_IRI, PREFIXES
from govgraph.store import KnowledgeStore

OGL = URIRef("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
CONTEXT_URL = "https://w3id.org/govgraph/context.jsonld"


@dataclass(frozen=True)
class Distribution:
    """One dump file: name, title and IANA media type."""

    filename: str
    title: str
    media_type: str


DISTRIBUTIONS = (
    Distribution("govgraph.ttl", "Turtle", "text/turtle"),
    Distribution("govgraph.nt", "N-Triples", "application/n-triples"),
    Distribution("govgraph.jsonld", "JSON-LD", "application/ld+json"),
    Distribution("govgraph.trig", "TriG (one named graph per source document)", "application/trig"),
)


@dataclass(frozen=True)
class ExportOptions:
    """What the DCAT description says about the dataset."""

    title: str = "Governance relationships from council committee minutes"
    publisher: str = "govgraph"
    licence: URIRef = OGL
    download_base: str = ""
    dataset_iri: str = "https://w3id.org/govgraph/id/dataset"


def _prefixes() -> dict[str, str]:
    return {k: str(v) for k, v in PREFIXES.items()}


def _union_triples(store: KnowledgeStore) -> list[ox.Triple]:
    seen: dict[ox.Triple, None] = {}
    for quad in store.oxigraph.quads_for_pattern(None, None, None):
        seen.setdefault(quad.triple, None)
    return list(seen)


def _write_jsonld(store: KnowledgeStore, path: Path) -> None:
    """JSON-LD compacted with the published context, written one document's graph at a time.

    A node named in several documents appears once per document in ``@graph``; JSON-LD
    processors merge node objects with the same ``@id``, so the triples are the store's,
    and memory stays bounded by the largest document rather than the whole dataset."""
    context = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    with atomic_write(path) as handle:
        handle.write(b'{"@context": ' + json.dumps(context).encode() + b',\n"@graph": [')
        first = True
        for record in store.documents():
            compacted = json.loads(store.document_graph(record.iri).serialize(
                format="json-ld", context=context, auto_compact=True))
            nodes = compacted.get("@graph", [compacted] if "@id" in compacted else [])
            for node in nodes:
                node.pop("@context", None)
                handle.write((b"\n" if first else b",\n") + json.dumps(node, ensure_ascii=False).encode("utf-8"))
                first = False
        handle.write(b"\n]}\n")


def _dates(store: KnowledgeStore) -> tuple[str | None, str | None]:
    rows = store.select("SELECT (MIN(?d) AS ?start) (MAX(?d) AS ?end) WHERE { "
                        f"?m a <{GG_IRI}Meeting> ; <http://purl.org/dc/terms/date> ?d }}")
    row = rows[0] if rows else {}
    return (str(row["start"]) if "start" in row else None, str(row["end"]) if "end" in row else None)


def void_description(triples: list[ox.Triple], dataset: URIRef) -> Graph:
    """VoID statistics: triples, entities, classes and properties with their partitions."""
    graph = Graph()
    graph.bind("void", VOID)
    classes: Counter[str] = Counter()
    properties: Counter[str] = Counter()
    subjects = set()
    for triple in triples:
        subjects.add(triple.subject)
        properties[triple.predicate.value] += 1
        if triple.predicate.value == str(RDF.type):
            classes[triple.object.value] += 1
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, VOID.triples, Literal(len(triples), datatype=XSD.integer)))
    graph.add((dataset, VOID.distinctSubjects, Literal(len(subjects), datatype=XSD.integer)))
    graph.add((dataset, VOID.entities, Literal(sum(classes.values()), datatype=XSD.integer)))
    graph.add((dataset, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    graph.add((dataset, VOID.properties, Literal(len(properties), datatype=XSD.integer)))
    graph.add((dataset, VOID.vocabulary, URIRef(GG_IRI)))
    for cls, count in sorted(classes.items()):
        partition = BNode()
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(cls)))
        graph.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))
    for prop, count in sorted(properties.items()):
        partition = BNode()
        graph.add((dataset, VOID.propertyPartition, partition))
        graph.add((partition, VOID.property, URIRef(prop)))
        graph.add((partition, VOID.triples, Literal(count, datatype=XSD.integer)))
    return graph


def dcat_description(out: Path, options: ExportOptions, start: str | None, end: str | None,
                     documents: int) -> Graph:
    """DCAT 3 dataset description with one distribution per dump file."""
    graph = Graph()
    graph.bind("dcat", DCAT)
    graph.bind("dcterms", DCTERMS)
    graph.bind("foaf", FOAF)
    dataset = URIRef(options.dataset_iri)
    now = Literal(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    publisher = URIRef(options.dataset_iri + "/publisher")
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.title, Literal(options.title, lang="en")))
    graph.add((dataset, DCTERMS.description, Literal(
        f"Who reported what to whom and when, read from {documents} committee minutes documents "
        "by govgraph; every fact cites the quoted text it came from.", lang="en")))
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(options.publisher)))
    graph.add((dataset, DCTERMS.license, options.licence))
    graph.add((dataset, DCTERMS.modified, now))
    graph.add((dataset, DCTERMS.conformsTo, URIRef(GG_IRI.rstrip("#"))))
    graph.add((dataset, DCAT.keyword, Literal("local government", lang="en")))
    graph.add((dataset, DCAT.keyword, Literal("committee minutes", lang="en")))
    if start or end:
        period = URIRef(options.dataset_iri + "/temporal")
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        if start:
            graph.add((period, DCAT.startDate, Literal(start, datatype=XSD.date)))
        if end:
            graph.add((period, DCAT.endDate, Literal(end, datatype=XSD.date)))
    for dist in DISTRIBUTIONS:
        node = URIRef(f"{options.dataset_iri}/distribution/{dist.filename.replace('.', '-')}")
        url = URIRef(options.download_base + dist.filename) if options.download_base else URIRef(
            (out / dist.filename).resolve().as_uri())
        graph.add((dataset, DCAT.distribution, node))
        graph.add((node, RDF.type, DCAT.Distribution))
        graph.add((node, DCTERMS.title, Literal(dist.title, lang="en")))
        graph.add((node, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{dist.media_type}")))
        graph.add((node, DCAT.downloadURL, url))
        graph.add((node, DCAT.accessURL, url))
        graph.add((node, DCTERMS.license, options.licence))
        size = (out / dist.filename).stat().st_size
        graph.add((node, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)))
    graph.add((dataset, DCTERMS.creator, Literal(f"govgraph {__version__}")))
    return graph


def _write_graph(graph: Graph, path: Path) -> None:
    with atomic_write(path) as handle:
        handle.write(graph.serialize(format="turtle").encode("utf-8"))


def _is_web_base(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"[\s<>\"{}|\\^`]", url)


def export_store(store: KnowledgeStore, out: Path, options: ExportOptions | None = None,
                 timings: dict[str, float] | None = None) -> list[Path]:
    """Write every dump and description into ``out``; returns the files written.

    ``timings``, when given, receives the seconds each dump took, by file name."""
    import time

    options = options or ExportOptions()
    if options.download_base and not _is_web_base(options.download_base):
        raise ExportError(f"--download-base {options.download_base!r} is not an http(s) URL without spaces; "
                          "give one such as https://data.example.gov.uk/govgraph/")
    triples = _union_triples(store)
    prefixes = _prefixes()
    written = []
    clock = time.perf_counter()

    def done(path: Path) -> None:
        nonlocal clock
        written.append(path)
        if timings is not None:
            timings[path.name] = time.perf_counter() - clock
        clock = time.perf_counter()

    for filename, fmt in (("govgraph.ttl", ox.RdfFormat.TURTLE), ("govgraph.nt", ox.RdfFormat.N_TRIPLES)):
        with atomic_write(out / filename) as handle:
            ox.serialize(triples, handle, fmt, prefixes=prefixes if fmt == ox.RdfFormat.TURTLE else None)
        done(out / filename)
    with atomic_write(out / "govgraph.trig") as handle:
        store.oxigraph.dump(handle, ox.RdfFormat.TRIG, prefixes=prefixes)
    done(out / "govgraph.trig")
    _write_jsonld(store, out / "govgraph.jsonld")
    done(out / "govgraph.jsonld")
    with atomic_write(out / "context.jsonld") as handle:
        handle.write(context_path().read_bytes())
    written.append(out / "context.jsonld")
    start, end = _dates(store)
    documents = len(store.documents())
    _write_graph(dcat_description(out, options, start, end, documents), out / "catalog.ttl")
    _write_graph(void_description(triples, URIRef(options.dataset_iri)), out / "void.ttl")
    return [*written, out / "catalog.ttl", out / "void.ttl"]
