"""The same RDF into a real Neo4j three ways: govgraph's sync, neosemantics and rdflib-neo4j.

Usage: python benchmarks/neo4j_sync.py [--items 10000] [--dev]

Loads the generated collection (``--items`` agenda items) — and, with ``--dev``, the development
texts in ../shared — into a govgraph store once, then for each route starts a fresh Neo4j
(tools/neo4j-harness) and times the route in a child process of its own, so that each one's
peak memory is its own:

* ``govgraph``: ``sync`` — the projection of the RDF into the property graph, written in batches;
* ``n10s``: the store's N-Triples, 50 documents per ``n10s.rdf.import.inline`` call, after
  ``n10s.graphconfig.init`` (local names, multiple values as arrays);
* ``rdflib-neo4j``: every quad added to an rdflib ``Graph`` over ``Neo4jStore`` (batched),
  with the same local-name and array settings.

It prints each route's time, elements/s (elements: the nodes and relationships it wrote), the
peak memory of the Python client and of the Neo4j server, the ratio of govgraph's time to each
other route's, and where the three graphs agree on what they share (nodes by ``uri``, their
labels, their literal properties), listing examples of the differences.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools" / "neo4j-harness"))

import launch  # noqa: E402
from corpus import write_corpus  # noqa: E402

from govgraph.graph.server import free_port  # noqa: E402
from govgraph.graph.sync import sync  # noqa: E402
from govgraph.graph.targets import Neo4jTarget  # noqa: E402
from govgraph.iri import IriMinter  # noqa: E402
from govgraph.loaders.pipeline import collect_sources, load_sources  # noqa: E402
from govgraph.store import KnowledgeStore  # noqa: E402

ROUTES = ("govgraph", "n10s", "rdflib-neo4j")
DOCUMENTS_PER_CALL = 50
SNAPSHOT = ("MATCH (n:Resource) RETURN n.uri AS uri, labels(n) AS labels, "
            "[k IN keys(n) WHERE k <> 'uri' | [k, n[k]]] AS props")
COUNTS = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"


def build_store(folder: Path, items: int, dev: bool) -> None:
    """The govgraph store every route reads: the generated items, and the development set."""
    sources = write_corpus(folder / "generated", items)
    shared = ROOT.parent / "shared"
    if dev and (shared / "eval" / "corpus").is_dir():
        sources += collect_sources([shared / "eval" / "corpus", shared / "seeds"])
    store = KnowledgeStore(folder / "store")
    load_sources(sources, store, IriMinter("https://example.org/id/"))
    store.close()


def run_route(route: str, store_path: Path, uri: str, password: str) -> dict:
    """One route, timed, in this process; returns its figures."""
    store = KnowledgeStore(store_path)
    started = time.perf_counter()
    if route == "govgraph":
        target = Neo4jTarget(uri, "neo4j", password)
        sync(store, target)
        target.close()
    elif route == "n10s":
        _neosemantics(store, uri, password)
    else:
        _rdflib_neo4j(store, uri, password)
    seconds = time.perf_counter() - started
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        counts = driver.execute_query(COUNTS).records[0].data()
        nodes = {r["uri"]: (sorted(r["labels"]), {k: _plain(v) for k, v in r["props"]})
                 for r in (rec.data() for rec in driver.execute_query(SNAPSHOT).records)}
    return {"route": route, "seconds": seconds, **counts,
            "client_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "nodes_by_uri": nodes}


def _plain(value: object) -> object:
    if callable(getattr(value, "iso_format", None)):
        return value.iso_format()
    return sorted((_plain(v) for v in value), key=str) if isinstance(value, list) else value


def _neosemantics(store: KnowledgeStore, uri: str, password: str) -> None:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        driver.execute_query("CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE")
        driver.execute_query("CALL n10s.graphconfig.init({handleVocabUris: 'IGNORE', handleMultival: 'ARRAY'})")
        documents = [d.iri for d in store.documents()]
        for start in range(0, len(documents), DOCUMENTS_PER_CALL):
            chunk = documents[start : start + DOCUMENTS_PER_CALL]
            text = "".join(store.document_graph(iri).serialize(format="nt") for iri in chunk)
            driver.execute_query("CALL n10s.rdf.import.inline($rdf, 'N-Triples')", rdf=text)


def _rdflib_neo4j(store: KnowledgeStore, uri: str, password: str) -> None:
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_MULTIVAL_STRATEGY, HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    config = Neo4jStoreConfig(auth_data={"uri": uri, "database": "neo4j", "user": "neo4j", "pwd": password},
                              handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE,
                              handle_multival_strategy=HANDLE_MULTIVAL_STRATEGY.ARRAY, batching=True)
    graph = Graph(store=Neo4jStore(config=config))
    for iri in (d.iri for d in store.documents()):
        for triple in store.document_graph(iri):
            graph.add(triple)
    graph.close(True)


def _server_peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def agreement(ours: dict, theirs: dict) -> tuple[str, list[str]]:
    """How govgraph's nodes compare with another route's where both have the node."""
    shared = sorted(set(ours) & set(theirs))
    label_diffs, prop_diffs, examples = 0, 0, []
    for uri in shared:
        (our_labels, our_props), (their_labels, their_props) = ours[uri], theirs[uri]
        missing = set(our_labels) - set(their_labels)
        if missing:
            label_diffs += 1
            if len(examples) < 6:
                examples.append(f"{uri}: labels {sorted(missing)} only in govgraph (theirs {their_labels})")
        for key in set(our_props) & set(their_props):
            if our_props[key] != their_props[key] and [our_props[key]] != their_props[key]:
                prop_diffs += 1
                if len(examples) < 12:
                    examples.append(f"{uri}: {key} = {our_props[key]!r} vs {their_props[key]!r}")
    summary = (f"{len(shared)} of govgraph's {len(ours)} nodes are there ({len(theirs)} in all); "
               f"labels differ on {label_diffs}, shared literal properties differ {prop_diffs} times")
    return summary, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--dev", action="store_true", help="add the development texts from ../shared")
    parser.add_argument("--route", choices=ROUTES, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--uri", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.route:  # a child: one route against a running server
        figures = run_route(args.route, args.store, args.uri, os.environ["GOVGRAPH_NEO4J_PASSWORD"])
        print(json.dumps(figures))
        return
    if reason := launch.unavailable_reason():
        sys.exit(f"error: {reason}")
    work = Path(tempfile.mkdtemp(prefix="govgraph-neo4j-bench-"))
    build_store(work, args.items, args.dev)
    results = {}
    for route in ROUTES:
        server = launch.start(work / f"db-{route}", free_port())
        try:
            child = subprocess.run([sys.executable, __file__, "--route", route, "--store", str(work / "store"),
                                    "--uri", server.uri], capture_output=True, text=True,
                                   env={**os.environ, "GOVGRAPH_NEO4J_PASSWORD": server.password})
            if child.returncode:
                sys.exit(f"error: the {route} route failed:\n{child.stderr[-3000:]}")
            results[route] = json.loads(child.stdout.strip().splitlines()[-1])
            results[route]["server_peak_mb"] = _server_peak_mb(server.process.pid)
        finally:
            server.stop()
    what = f"{args.items} generated items" + (" + the development set" if args.dev else "")
    print(f"RDF of {what} into Neo4j 5.26 (harness), each route on a fresh server")
    print(f"{'route':<14}{'seconds':>9}{'nodes':>9}{'rels':>9}{'elements/s':>12}{'client MB':>11}"
          f"{'server MB':>11}{'time / govgraph':>17}")
    ours = results["govgraph"]
    for route, r in results.items():
        elements = r["nodes"] + r["relationships"]
        ratio = r["seconds"] / ours["seconds"]
        print(f"{route:<14}{r['seconds']:>9.1f}{r['nodes']:>9}{r['relationships']:>9}{elements / r['seconds']:>12,.0f}"
              f"{r['client_peak_mb']:>11.0f}{r['server_peak_mb']:>11.0f}{ratio:>16.2f}x")
    for route in ROUTES[1:]:
        summary, examples = agreement(ours["nodes_by_uri"], results[route]["nodes_by_uri"])
        print(f"govgraph vs {route}: {summary}")
        for example in examples:
            print(f"  {example}")


if __name__ == "__main__":
    main()
