"""View generation time, file size and time-to-interactive in headless Chromium.

Usage: python benchmarks/views.py [--sizes 200:500 2000:5000 5000:20000]

Each size is NODES:EDGES of a generated governance graph. Time-to-interactive is from
navigation to vis-network's first drawn frame (``govgraphView.drawn``), with every
request that is not a local file blocked.
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from govgraph.graph.analysis import VERBS
from govgraph.graph.views import build_network, render_html, write_view

KINDS = ["Person", "Person", "Person", "Post", "Body", "Meeting", "Report", "Risk", "Organisation", "Decision"]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def generated(nodes: int, edges: int, seed: int = 5) -> nx.MultiDiGraph:
    """A random graph with govgraph's node and edge attributes."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    for number in range(nodes):
        kind = rng.choice(KINDS)
        graph.add_node(f"n{number}", kind=kind, label=f"{kind} {number}", council=f"Council {number % 5}",
                       date="", documents=[])
    types = list(VERBS)
    for number in range(edges):
        edge_type = rng.choice(types)
        graph.add_edge(f"n{rng.randrange(nodes)}", f"n{rng.randrange(nodes)}", key=str(number), type=edge_type,
                       verb=VERBS[edge_type], date=f"20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                       subject="", kind="", evidence=["A quoted sentence from the minutes."], documents=[])
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="*", default=["200:500", "2000:5000", "5000:20000"])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>7}{'edges':>8}{'generate s':>12}{'file MB':>9}{'interactive s':>15}{'drawn':>14}"
          f"{'filter s':>12}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
        for size in args.sizes:
            nodes, edges = (int(x) for x in size.split(":"))
            graph = generated(nodes, edges)
            started = time.perf_counter()
            path = write_view(Path(tempfile.mkdtemp()) / "view.html",
                              render_html(build_network(graph, {}), "Benchmark"))
            generate = time.perf_counter() - started
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.govgraphView && window.govgraphView.drawn", timeout=600_000)
            interactive = time.perf_counter() - started
            drawn = page.evaluate("[govgraphView.nodeView.length, govgraphView.edgeView.length]")
            filtering = page.evaluate("""() => { const t = performance.now(); govgraphView.state.to = '2021-06-30';
                govgraphView.applyFilters(); return (performance.now() - t) / 1000; }""")
            page.close()
            print(f"{nodes:>7}{edges:>8}{generate:>12.2f}{path.stat().st_size / 1e6:>9.1f}{interactive:>15.2f}"
                  f"{f'{drawn[0]}/{drawn[1]}':>14}{filtering:>12.2f}")
        browser.close()


if __name__ == "__main__":
    main()
