"""Linked-open-data export of the knowledge graph: dumps, tables, a DCAT-AP catalogue and VoID.

Writes, into one folder:

* the whole collection as Turtle, N-Triples, JSON-LD (compacted with govgraph's published
  ``@context``, also written as ``context.jsonld``) and TriG (one named graph per source
  document);
* the same four dumps of each council's documents under ``councils/<council>/``, so that a
  portal can harvest one council;
* spreadsheet tables of the facts under ``tables/`` (CSV with CSV on the Web metadata);
* ``catalog.ttl``, the DCAT-AP 3 catalogue (one dataset for the whole and one per council),
  and ``void.ttl``, VoID statistics with the dumps, URI space and example resources.

Every file is written atomically, with normal read permissions; memory is bounded by the
largest document for the JSON-LD and tables, and by the union of triples for the others.
"""

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, VOID, XSD

from govgraph.errors import ExportError
from govgraph.graph.atomic import PUBLISHED_FILE, atomic_write, published_folders
from govgraph.graph.catalog import OGL, DatasetEntry, Publisher, catalogue
from govgraph.graph.tables import write_tables
from govgraph.iri import slugify
from govgraph.loaders.councils import named_exactly
from govgraph.ontology import context_path
from govgraph.ontology.namespaces import GG_IRI, PREFIX_IRIS
from govgraph.store import DocumentRecord, KnowledgeStore

CONTEXT_URL = "https://w3id.org/govgraph/context.jsonld"
DUMPS = ("govgraph.ttl", "govgraph.nt", "govgraph.jsonld", "govgraph.trig")
EXAMPLE_CLASSES = ("http://xmlns.com/foaf/0.1/Person", f"{GG_IRI}Meeting", f"{GG_IRI}Decision", f"{GG_IRI}Risk")


def export_options(title: str | None = None, publisher: str = "", contact: str = "", licence: str = "",
                   download_base: str = "", base: str | None = None) -> "ExportOptions":
    """Options from user settings, where an empty one keeps its default."""
    given = {"title": title, "publisher": publisher, "contact": contact, "download_base": download_base, "base": base}
    options = ExportOptions(**{k: v for k, v in given.items() if v})
    if licence:
        options = replace(options, licence=URIRef(licence), licence_title=licence)
    return options


@dataclass(frozen=True)
class ExportOptions:
    """Who publishes the export, under which licence, and where the files will be served."""

    title: str = "Governance relationships from council committee minutes"
    publisher: str = "govgraph"
    contact: str = "https://w3id.org/govgraph"
    licence: URIRef = OGL
    licence_title: str = "Open Government Licence v3.0"
    download_base: str = ""
    base: str = "https://w3id.org/govgraph/id/"

    @property
    def dataset_iri(self) -> str:
        """The whole collection's dataset IRI, in the IRIs' own space."""
        return self.base + "dataset"


def _triples(store: KnowledgeStore, documents: list[str] | None = None) -> list[ox.Triple]:
    """The distinct triples of ``documents`` (default: every document)."""
    seen: dict[ox.Triple, None] = {}
    graphs = [ox.NamedNode(d) for d in documents] if documents is not None else [None]
    for graph in graphs:
        for quad in store.oxigraph.quads_for_pattern(None, None, None, graph):
            seen.setdefault(quad.triple, None)
    return list(seen)


def _write_jsonld(store: KnowledgeStore, path: Path, documents: list[str]) -> None:
    """JSON-LD compacted with the published context, one named graph per source document
    (as in the TriG dump), written one document's graph at a time so that memory stays
    bounded by the largest document rather than the whole dataset."""
    context = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    with atomic_write(path, PUBLISHED_FILE) as handle:
        handle.write(b'{"@context": ' + json.dumps(context).encode() + b',\n"@graph": [')
        for number, iri in enumerate(documents):
            compacted = json.loads(store.document_graph(iri).serialize(
                format="json-ld", context=context, auto_compact=True))
            nodes = compacted.get("@graph", [compacted] if "@id" in compacted else [])
            for node in nodes:
                node.pop("@context", None)
            named = {"@id": iri, "@graph": nodes}
            handle.write((b",\n" if number else b"\n") + json.dumps(named, ensure_ascii=False).encode("utf-8"))
        handle.write(b"\n]}\n")


def _write_dumps(store: KnowledgeStore, folder: Path, documents: list[str] | None,
                 done: Callable[[Path], None]) -> list[ox.Triple]:
    """The four dumps of ``documents`` (default: all) into ``folder``; returns their triples."""
    triples = _triples(store, documents)
    prefixes = PREFIX_IRIS
    for filename, fmt in (("govgraph.ttl", ox.RdfFormat.TURTLE), ("govgraph.nt", ox.RdfFormat.N_TRIPLES)):
        with atomic_write(folder / filename, PUBLISHED_FILE) as handle:
            ox.serialize(triples, handle, fmt, prefixes=prefixes if fmt == ox.RdfFormat.TURTLE else None)
        done(folder / filename)
    with atomic_write(folder / "govgraph.trig", PUBLISHED_FILE) as handle:
        if documents is None:
            store.oxigraph.dump(handle, ox.RdfFormat.TRIG, prefixes=prefixes)
        else:
            quads = (q for d in documents for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(d)))
            ox.serialize(quads, handle, ox.RdfFormat.TRIG, prefixes=prefixes)
    done(folder / "govgraph.trig")
    every = documents if documents is not None else [d.iri for d in store.documents()]
    _write_jsonld(store, folder / "govgraph.jsonld", every)
    done(folder / "govgraph.jsonld")
    return triples


def _dates(records: list[DocumentRecord]) -> tuple[str | None, str | None]:
    """The first and last meeting dates of ``records``."""
    dates = [r.date for r in records if r.date]
    return (min(dates), max(dates)) if dates else (None, None)


def void_description(triples: list[ox.Triple], dataset: URIRef, dumps: list[str], uri_space: str) -> Graph:
    """VoID statistics of the whole: triples, entities, classes and properties with their
    partitions, the dump files, the URI space and an example resource of each main class."""
    graph = Graph()
    graph.bind("void", VOID)
    classes: Counter[str] = Counter()
    properties: Counter[str] = Counter()
    subjects = set()
    examples: dict[str, str] = {}
    for triple in triples:
        subjects.add(triple.subject)
        properties[triple.predicate.value] += 1
        if triple.predicate.value == str(RDF.type):
            classes[triple.object.value] += 1
            if triple.object.value in EXAMPLE_CLASSES and isinstance(triple.subject, ox.NamedNode):
                examples.setdefault(triple.object.value, triple.subject.value)
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, VOID.triples, Literal(len(triples), datatype=XSD.integer)))
    graph.add((dataset, VOID.distinctSubjects, Literal(len(subjects), datatype=XSD.integer)))
    graph.add((dataset, VOID.entities, Literal(sum(classes.values()), datatype=XSD.integer)))
    graph.add((dataset, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    graph.add((dataset, VOID.properties, Literal(len(properties), datatype=XSD.integer)))
    graph.add((dataset, VOID.vocabulary, URIRef(GG_IRI)))
    graph.add((dataset, VOID.uriSpace, Literal(uri_space)))
    for dump in dumps:
        graph.add((dataset, VOID.dataDump, URIRef(dump)))
    for cls in EXAMPLE_CLASSES:
        if cls in examples:
            graph.add((dataset, VOID.exampleResource, URIRef(examples[cls])))
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


def _write_graph(graph: Graph, path: Path) -> None:
    with atomic_write(path, PUBLISHED_FILE) as handle:
        handle.write(graph.serialize(format="turtle").encode("utf-8"))


def _is_web_base(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not re.search(r"[\s<>\"{}|\\^`]", url)


def _code(council: str) -> str | None:
    known = named_exactly(council)
    return known.code if known else None


def _council_iri(store: KnowledgeStore, document: str) -> str | None:
    rows = store.select(f"SELECT ?c WHERE {{ ?c a <{GG_IRI}Council> }} LIMIT 1", graph=document)
    return str(rows[0]["c"]) if rows else None


def export_store(store: KnowledgeStore, out: Path, options: ExportOptions | None = None,
                 timings: dict[str, float] | None = None,
                 progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write every dump, table and description into ``out``; returns the files written.

    ``timings``, when given, receives the seconds each file took, by its path below ``out``;
    ``progress``, when given, is called with that path as each file is written."""
    import time

    options = options or ExportOptions()
    if options.download_base and not _is_web_base(options.download_base):
        raise ExportError(f"--download-base {options.download_base!r} is not an http(s) URL without spaces; "
                          "give one such as https://data.example.gov.uk/govgraph/")
    written: list[Path] = []
    clock = time.perf_counter()

    def done(path: Path) -> None:
        nonlocal clock
        written.append(path)
        if timings is not None:
            timings[path.relative_to(out).as_posix()] = time.perf_counter() - clock
        if progress is not None:
            progress(path.relative_to(out).as_posix())
        clock = time.perf_counter()

    def url(path: Path) -> str:
        relative = path.relative_to(out).as_posix()
        return options.download_base + relative if options.download_base else path.resolve().as_uri()

    records = store.documents()
    triples = _write_dumps(store, out, None, done)
    whole = DatasetEntry(URIRef(options.dataset_iri), options.title,
                         f"Who reported what to whom and when, read from {len(records)} committee minutes documents "
                         "by govgraph; every fact cites the quoted text it came from.", list(written))
    whole.start, whole.end = _dates(records)
    tables = write_tables(store, out / "tables", [r.iri for r in records])
    for path in tables:
        done(path)
    whole.files += tables
    entries = [whole]
    by_council: dict[str, list[DocumentRecord]] = defaultdict(list)
    for record in records:
        if record.council:
            by_council[record.council].append(record)
    for council, members in sorted(by_council.items()):
        folder = out / "councils" / slugify(council)
        before = len(written)
        _write_dumps(store, folder, [r.iri for r in members], done)
        entry = DatasetEntry(URIRef(f"{options.dataset_iri}/council/{slugify(council)}"),
                             f"{options.title}: {council}",
                             f"Who reported what to whom and when in {council}, read from {len(members)} committee "
                             "minutes documents by govgraph; every fact cites the quoted text it came from.",
                             written[before:], council=council, council_code=_code(council),
                             council_iri=_council_iri(store, members[0].iri))
        entry.start, entry.end = _dates(members)
        entries.append(entry)
    with atomic_write(out / "context.jsonld", PUBLISHED_FILE) as handle:
        handle.write(context_path().read_bytes())
    written.append(out / "context.jsonld")
    publisher = Publisher(options.publisher, options.contact, options.licence, options.licence_title)
    catalog_iri = URIRef(options.dataset_iri + "/catalog")
    _write_graph(catalogue(catalog_iri, entries, out, url, publisher, len(records)), out / "catalog.ttl")
    dumps = [url(out / name) for name in DUMPS]
    _write_graph(void_description(triples, URIRef(options.dataset_iri), dumps, options.base), out / "void.ttl")
    published_folders(out)
    return [*written, out / "catalog.ttl", out / "void.ttl"]
