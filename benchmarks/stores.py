"""Which RDF store: Oxigraph (on disk, through pyoxigraph/oxrdflib) against rdflib's in-memory Dataset.

Usage: python benchmarks/stores.py [--items 2000]

Builds the named graphs of a generated corpus once, then times for each store:
adding every document's graph, replacing one document's graph 50 times, and a SPARQL
aggregate (presentations per presenter) over the union of all graphs.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

QUERY = """PREFIX gg: <https://w3id.org/govgraph/ontology#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?name (COUNT(?a) AS ?n) WHERE { ?a a gg:Presentation ; gg:presenter/foaf:name ?name }
GROUP BY ?name ORDER BY DESC(?n)"""


def graphs(items: int) -> list:
    from corpus import write_corpus

    from govgraph.iri import IriMinter
    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import build_document

    folder = Path(tempfile.mkdtemp()) / "in"
    minter = IriMinter("https://w3id.org/govgraph/id/")
    return [build_document(p, p.stem, SourceMeta(), minter).named_graph for p in write_corpus(folder, items)]


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bench_oxigraph(built: list) -> tuple[float, float, float, int]:
    from govgraph.store import KnowledgeStore

    store = KnowledgeStore(Path(tempfile.mkdtemp()) / "store")
    add = timed(lambda: [store.replace_document(g) for g in built])
    replace = timed(lambda: [store.replace_document(built[0]) for _ in range(50)])
    rows: list = []
    query = timed(lambda: rows.extend(store.select(QUERY)))
    return add, replace, query, len(rows)


def bench_memory(built: list) -> tuple[float, float, float, int]:
    from rdflib import Dataset

    dataset = Dataset(default_union=True)

    def add_all() -> None:
        for g in built:
            target = dataset.graph(g.identifier)
            for triple in g:
                target.add(triple)

    def replace_one() -> None:
        for _ in range(50):
            dataset.remove_graph(built[0].identifier)
            target = dataset.graph(built[0].identifier)
            for triple in built[0]:
                target.add(triple)

    add = timed(add_all)
    replace = timed(replace_one)
    rows: list = []
    query = timed(lambda: rows.extend(dataset.query(QUERY)))
    return add, replace, query, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args()
    built = graphs(args.items)
    triples = sum(len(g) for g in built)
    print(f"{len(built)} documents, {triples} triples ({args.items} agenda items)")
    print(f"{'store':<26}{'add all (s)':>12}{'replace x50 (s)':>17}{'query (s)':>11}{'rows':>6}")
    for name, bench in (("Oxigraph (on disk)", bench_oxigraph), ("rdflib Memory", bench_memory)):
        add, replace, query, rows = bench(built)
        print(f"{name:<26}{add:>12.2f}{replace:>17.2f}{query:>11.3f}{rows:>6}")


if __name__ == "__main__":
    main()
