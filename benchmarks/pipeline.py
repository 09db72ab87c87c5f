"""The analyst's pipeline at scale: generated corpora of 100, 1,000 and 10,000 agenda items.

Usage: python benchmarks/pipeline.py [--sizes 100 1000 10000]

For each size, in a fresh process with its own data folder and bundled FalkorDB server:
load (items/s, triples, peak memory), sync to the bundled server (seconds, of which the
projection from RDF, and nodes + relationships per second), export (seconds per format)
and view generation (seconds, file size).
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure(items: int) -> dict:
    from corpus import write_corpus

    from govgraph.graph import server
    from govgraph.graph.analysis import governance_graph
    from govgraph.graph.export import export_store
    from govgraph.graph.project import project
    from govgraph.graph.sync import sync
    from govgraph.graph.targets import FalkorTarget
    from govgraph.graph.views import build_network, document_sources, render_html, write_view
    from govgraph.iri import IriMinter
    from govgraph.loaders.pipeline import load_sources
    from govgraph.store import KnowledgeStore

    home = Path(tempfile.mkdtemp())
    paths = write_corpus(home / "in", items)
    row: dict = {"items": items}
    with KnowledgeStore(home / "store") as store:
        started = time.perf_counter()
        load_sources(paths, store, IriMinter("https://w3id.org/govgraph/id/"))
        row["load_s"] = time.perf_counter() - started
        row["quads"] = len(store)
        info = server.start(home, server.free_port())
        target = FalkorTarget("127.0.0.1", info.port, info.password)
        started = time.perf_counter()
        report = sync(store, target)
        row["sync_s"] = time.perf_counter() - started
        row["elements"] = report.nodes_written + report.relationships_written
        row["project_s"] = report.seconds["project"]
        target.close()
        server.stop(home)
        timings: dict[str, float] = {}
        export_store(store, home / "lod", timings=timings)
        row["export_s"] = timings
        started = time.perf_counter()
        projection = project(store)
        page = render_html(build_network(governance_graph(projection), document_sources(projection)), "Benchmark")
        view = write_view(home / "view.html", page)
        row["view_s"] = time.perf_counter() - started
        row["view_mb"] = view.stat().st_size / 1e6
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    print(f"{'items':>7}{'load s':>8}{'items/s':>9}{'quads':>9}{'peak MB':>9}{'sync s':>8}"
          f"{'of it projection':>17}{'elements/s':>12}"
          f"{'ttl s':>7}{'nt s':>6}{'trig s':>7}{'jsonld s':>9}{'view s':>8}{'view MB':>8}")
    for size in args.sizes:
        done = subprocess.run([sys.executable, __file__, "--child", str(size)], capture_output=True, text=True,
                              check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        e = r["export_s"]
        print(f"{r['items']:>7}{r['load_s']:>8.1f}{r['items'] / r['load_s']:>9.0f}{r['quads']:>9}"
              f"{r['peak_mb']:>9.0f}{r['sync_s']:>8.1f}{r['project_s']:>17.1f}"
              f"{r['elements'] / r['sync_s']:>12.0f}"
              f"{e['govgraph.ttl']:>7.1f}{e['govgraph.nt']:>6.1f}{e['govgraph.trig']:>7.1f}"
              f"{e['govgraph.jsonld']:>9.1f}{r['view_s']:>8.1f}{r['view_mb']:>8.1f}")


if __name__ == "__main__":
    main()
