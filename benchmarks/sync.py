"""Sync speed into the bundled FalkorDB: a generated graph of 100k nodes and 300k relationships.

Usage: python benchmarks/sync.py [--nodes 100000] [--relationships 300000] [--sample 2000]

Starts a bundled server in a temporary data folder, then times each phase of a full sync
(schema, node creation, relationship upserts, reconciliation counts) with the batched
``UNWIND $rows`` statements sync uses, and compares the write phases' rate with one MERGE
statement per row, sent one after another, on a sample.
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
    parser.add_argument("--sample", type=int, default=2000, help="relationships sent one per statement")
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
        write_nodes(target, list(graph.nodes.values()), fresh=True)
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
        batched = (len(graph.nodes) + len(graph.relationships)) / (phases["nodes"][0] + phases["relationships"][0])
        wipe(target)
        sample_rels = list(graph.relationships.values())[: args.sample]
        sample_nodes = [graph.nodes[uri] for uri in dict.fromkeys(u for r in sample_rels for u in (r.start, r.end))]
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
        single = (len(sample_nodes) + len(sample_rels)) / (time.perf_counter() - started)
        assert not reconcile(target, PropertyGraph({n.uri: n for n in sample_nodes},
                                                   {r.identity: r for r in sample_rels}))
        print(f"one row per statement on {len(sample_nodes)} nodes + {len(sample_rels)} relationships: "
              f"{single:,.0f} elements/s; "
              f"batched nodes and relationships: {batched:,.0f} elements/s; batched is {batched / single:.1f}x faster")
    finally:
        target.close()
        server.stop(home)


if __name__ == "__main__":
    main()
