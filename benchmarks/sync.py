"""Sync speed into the bundled FalkorDB: a generated graph of 100k nodes and 300k relationships.

Usage: python benchmarks/sync.py [--nodes 100000] [--relationships 300000] [--sample 2000]

Starts a bundled server in a temporary data folder, then times each phase of a full sync
(schema, node upserts, relationship upserts, reconciliation counts) with the batched
``UNWIND $rows`` statements sync uses, and compares with one MERGE statement per row on a
sample.
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

from govgraph.graph import server
from govgraph.graph.project import Node, PropertyGraph, Relationship
from govgraph.graph.sync import reconcile, wipe, write_nodes, write_relationships
from govgraph.graph.targets import FalkorTarget

LABELS = [{"Person"}, {"Meeting"}, {"Decision"}, {"Body", "Committee"}, {"Risk"}, {"Organisation"}]
TYPES = ["REPORTED_TO", "ATTENDED", "MENTIONED_IN", "DECIDED_BY", "SUB_RISK_OF"]


def generated(nodes: int, relationships: int, seed: int = 11) -> PropertyGraph:
    """A random graph shaped like govgraph's: labelled nodes with properties and documents."""
    rng = random.Random(seed)
    graph_nodes = {}
    for number in range(nodes):
        uri = f"https://example.org/id/node/{number}"
        labels = rng.choice(LABELS) | {"Resource"}
        graph_nodes[uri] = Node(uri, labels, {"uri": uri, "name": f"Name {number}", "documents": [f"doc{number % 97}"]},
                                {"date": "2024-01-01"} if "Meeting" in labels else {})
    uris = list(graph_nodes)
    rels = {}
    while len(rels) < relationships:
        rel = Relationship(rng.choice(uris), rng.choice(TYPES), rng.choice(uris), "",
                           {"key": "", "documents": ["doc1"]})
        rels[rel.identity] = rel
    return PropertyGraph(graph_nodes, rels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--relationships", type=int, default=300_000)
    parser.add_argument("--sample", type=int, default=2000)
    args = parser.parse_args()
    graph = generated(args.nodes, args.relationships)
    home = Path(tempfile.mkdtemp()) / "home"
    info = server.start(home, server.free_port())
    target = FalkorTarget("127.0.0.1", info.port, info.password)
    try:
        phases = {}
        started = time.perf_counter()
        target.ensure_schema()
        phases["schema"] = (time.perf_counter() - started, 1)
        started = time.perf_counter()
        write_nodes(target, list(graph.nodes.values()))
        phases["nodes"] = (time.perf_counter() - started, len(graph.nodes))
        started = time.perf_counter()
        write_relationships(target, list(graph.relationships.values()))
        phases["relationships"] = (time.perf_counter() - started, len(graph.relationships))
        started = time.perf_counter()
        problems = reconcile(target, graph)
        phases["reconcile"] = (time.perf_counter() - started, len(graph.nodes) + len(graph.relationships))
        total = sum(seconds for seconds, _ in phases.values())
        elements = len(graph.nodes) + len(graph.relationships)
        print(f"full sync of {len(graph.nodes)} nodes and {len(graph.relationships)} relationships "
              f"to the bundled FalkorDB: {total:.1f} s ({elements / total:,.0f} elements/s); "
              f"reconciliation {problems or 'OK'}")
        for name, (seconds, count) in phases.items():
            print(f"  {name:<14}{seconds:>8.2f} s{count / seconds:>14,.0f} elements/s")
        wipe(target)
        target.ensure_schema()
        sample_nodes = list(graph.nodes.values())[: args.sample]
        sample_rels = [r for r in graph.relationships.values()][: args.sample]
        started = time.perf_counter()
        write_nodes(target, sample_nodes)
        write_relationships(target, [r for r in sample_rels if r.start in graph.nodes])
        batched = (time.perf_counter() - started) / (2 * args.sample)
        wipe(target)
        started = time.perf_counter()
        for node in sample_nodes:
            labels = tuple(sorted(node.labels))
            merge = f"MERGE (n:{':'.join(labels)} {{uri: $uri}}) SET n = $props"
            dates = "".join(f" SET n.{name} = date($dates.{name})" for name in sorted(node.dates))
            target.write(merge + dates, {"uri": node.uri, "props": node.props, "dates": node.dates})
        for rel in sample_rels:
            target.write(f"MATCH (a:Resource {{uri: $start}}) MATCH (b:Resource {{uri: $end}}) "
                         f"MERGE (a)-[x:{rel.type} {{key: $key}}]->(b) SET x = $props",
                         {"start": rel.start, "end": rel.end, "key": rel.key, "props": rel.props})
        single = (time.perf_counter() - started) / (2 * args.sample)
        print(f"one row per statement on {args.sample} nodes + {args.sample} relationships: "
              f"{1 / single:,.0f} elements/s; batched: {1 / batched:,.0f} elements/s; "
              f"batched is {single / batched:.0f}x faster")
    finally:
        target.close()
        server.stop(home)


if __name__ == "__main__":
    main()
