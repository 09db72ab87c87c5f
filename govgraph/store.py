"""The persistent RDF store: one named graph per source document, in Oxigraph.

Oxigraph (through ``pyoxigraph``, with ``oxrdflib`` for rdflib's API) keeps the dataset
on disk under the data folder. Replacing a document's graph drops exactly the triples
that document gave and adds the new ones, in one transaction.
SPARQL runs with values bound through ``substitutions``, never pasted into the query.
"""

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Identifier

from govgraph.errors import StoreError
from govgraph.ontology.namespaces import GG_IRI, PREFIXES
from govgraph.ontology.oxterms import OxTerm, oxigraph_term, rdflib_term


class NamedTriples(Protocol):
    """A document's named graph as an rdflib graph: its name and its triples."""

    identifier: Identifier

    def __iter__(self) -> Iterator[tuple[Identifier, Identifier, Identifier]]: ...


class NamedQuads(Protocol):
    """A document's named graph already as Oxigraph quads in the graph of that name (the
    builder's :class:`~govgraph.ontology.build.DocumentGraph`)."""

    identifier: Identifier

    def oxigraph_quads(self) -> Sequence[ox.Quad]: ...


@dataclass(frozen=True)
class DocumentRecord:
    """A document held in the store."""

    iri: str
    key: str
    title: str
    sha256: str
    triples: int
    source: str | None = None
    council: str | None = None
    body: str | None = None
    date: str | None = None


def _quads(graph: "NamedTriples | NamedQuads", name: ox.NamedNode) -> Sequence[ox.Quad]:
    """A document's graph as Oxigraph quads in the graph ``name``."""
    if hasattr(graph, "oxigraph_quads"):
        return graph.oxigraph_quads()
    converted: dict[Identifier, OxTerm] = {}  # predicates, classes and IRIs recur: convert each once

    def term(value: Identifier) -> OxTerm:
        found = converted.get(value)
        if found is None:
            found = converted[value] = oxigraph_term(value)
        return found

    return [ox.Quad(term(s), term(p), term(o), name) for s, p, o in graph]


_DOCUMENTS = f"""
PREFIX gg: <{GG_IRI}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?g ?key ?title ?sha (SAMPLE(?src) AS ?source) (SAMPLE(?cl) AS ?council) (SAMPLE(?bl) AS ?body)
       (MIN(?d) AS ?date) WHERE {{
  GRAPH ?g {{
    ?g a gg:SourceDocument ; gg:sha256 ?sha ; dcterms:identifier ?key ; dcterms:title ?title .
    OPTIONAL {{ ?g dcterms:source ?src }}
    OPTIONAL {{ ?c a gg:Council ; skos:prefLabel ?cl }}
    OPTIONAL {{ ?m a gg:Meeting . OPTIONAL {{ ?m dcterms:date ?d }} OPTIONAL {{ ?m gg:meetingOf/skos:prefLabel ?bl }} }}
  }}
}} GROUP BY ?g ?key ?title ?sha ORDER BY ?key
"""


class KnowledgeStore:
    """The RDF dataset of all loaded documents."""

    def __init__(self, path: Path | None = None) -> None:
        try:
            if path is not None:
                path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(path))
            else:
                self._ox = ox.Store()
        except OSError as exc:
            raise StoreError(f"cannot open the RDF store at {path}: {exc}") from exc
        except RuntimeError as exc:  # RocksDB reports damaged files as a runtime error
            raise StoreError(f"the RDF store at {path} is damaged ({exc}); move it aside and load the "
                             "minutes again (govgraph load), then rebuild the graph (govgraph sync --full)") from exc
        self.path = path

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying Oxigraph store (for bulk dumps and fast queries)."""
        return self._ox

    def dataset(self) -> Dataset:
        """An rdflib view of the whole dataset (no copy)."""
        dataset = Dataset(store=OxigraphStore(store=self._ox))
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace)
        return dataset

    def replace_document(self, graph: "NamedTriples | NamedQuads") -> None:
        """Make ``graph`` (an rdflib graph, or a built document's graph of Oxigraph quads) the
        named graph of its document, replacing what was there."""
        self.write_documents([graph])

    def write_documents(self, graphs: "Sequence[NamedTriples | NamedQuads]") -> None:
        """Make each graph the named graph of its document, replacing what was there.

        The graphs of documents new to the store are written together by Oxigraph's bulk
        loader, which sorts them into files and ingests those into every index in one atomic
        step: about twice as fast as a transaction, and nothing is left in memory to flush. A
        document already in the store (or twice in ``graphs``) is replaced afterwards in its
        own transaction, in the order given. Either way a kill at any moment leaves each
        document as it was or as it is now, never half-written."""
        new: list[ox.Quad] = []
        again: list[tuple[ox.NamedNode, Sequence[ox.Quad], Identifier]] = []
        named: set[ox.NamedNode] = set()
        for graph in graphs:
            name = ox.NamedNode(str(graph.identifier))
            quads = _quads(graph, name)
            if name in named or self._ox.contains_named_graph(name):
                again.append((name, quads, graph.identifier))
            else:
                new.extend(quads)
            named.add(name)
        try:
            if new:
                self._ox.bulk_extend(new)
        except OSError as exc:
            raise StoreError(f"cannot write {len(named) - len(again)} documents to the RDF store: {exc}") from exc
        for name, quads, identifier in again:
            # drop the old graph and write the new one in one update, which Oxigraph runs as one
            # transaction (terms are written by Oxigraph's own serialiser)
            body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
            try:
                self._ox.update(f"DROP SILENT GRAPH {name} ; INSERT DATA {{ GRAPH {name} {{ {body} }} }}")
            except (OSError, SyntaxError) as exc:
                raise StoreError(f"cannot write {identifier} to the RDF store: {exc}") from exc

    def flush(self) -> None:
        """Write the store's buffers to disk, releasing the memory they hold."""
        self._ox.flush()

    def find_documents(self, keys: list[str]) -> tuple[list[DocumentRecord], list[str]]:
        """The documents with these keys (or IRIs), and the keys that match none."""
        records = self.documents()
        found = [r for r in records if r.key in keys or r.iri in keys]
        missing = [k for k in keys if not any(k in (r.key, r.iri) for r in records)]
        return found, missing

    def remove_document(self, iri: str) -> bool:
        """Drop a document's graph; False when there was none."""
        name = ox.NamedNode(iri)
        if not self._ox.contains_named_graph(name):
            return False
        self._ox.remove_graph(name)
        return True

    def documents(self) -> list[DocumentRecord]:
        """Every document in the store, by key."""
        records = []
        for row in self._ox.query(_DOCUMENTS):
            graph = row["g"]
            count = sum(1 for _ in self._ox.quads_for_pattern(None, None, None, graph))
            optional = {name: row[name].value if row[name] is not None else None
                        for name in ("source", "council", "body", "date")}
            records.append(DocumentRecord(graph.value, row["key"].value, row["title"].value,
                                          row["sha"].value, count, **optional))
        return records

    def select(self, query: str, graph: str | None = None,
               bindings: Mapping[str, Identifier] | None = None) -> list[dict[str, Identifier]]:
        """Rows of a SPARQL SELECT over one document's graph, or over the union of all."""
        substitutions = {ox.Variable(k): oxigraph_term(v) for k, v in (bindings or {}).items()}
        options: dict = {"substitutions": substitutions}
        if graph is None:
            options["use_default_graph_as_union"] = True
        else:
            options["default_graph"] = ox.NamedNode(graph)
        solutions = self._ox.query(query, **options)
        names = [v.value for v in solutions.variables]
        return [{n: rdflib_term(row[n]) for n in names if row[n] is not None} for row in solutions]

    def triples(self, graph: str | None = None) -> Iterator[tuple]:
        """rdflib triples of one document's graph, or of every graph."""
        name = ox.NamedNode(graph) if graph else None
        for quad in self._ox.quads_for_pattern(None, None, None, name):
            yield rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)

    def union_graph(self) -> Graph:
        """A copy of all triples in one rdflib graph (for validation and JSON-LD)."""
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in self.triples():
            graph.add(triple)
        return graph

    def document_graph(self, iri: str) -> Graph:
        """A copy of one document's graph."""
        graph = Graph(identifier=URIRef(iri))
        for triple in self.triples(iri):
            graph.add(triple)
        return graph

    def __len__(self) -> int:
        return len(self._ox)

    def close(self) -> None:
        """Flush to disk and release the store's lock on its folder."""
        if self._ox is not None and self.path is not None:
            self._ox.flush()
        self._ox = None

    def __enter__(self) -> "KnowledgeStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
