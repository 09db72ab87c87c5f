"""Views of generated collections in headless Chromium: page size, time to first draw, time
to interactive, and frame times while panning.

Usage: python benchmarks/views.py [--items 100 1000 10000 50000] [--chromium /usr/bin/chromium]

Each size is a generated corpus of that many agenda items (``benchmarks/corpus.py``) from
five councils, loaded into a store, projected and drawn as ``govgraph view`` draws it. Times run from
navigation (every request that is not a local file blocked): "first draw" to vis-network's
first drawn frame, "interactive" to the first click on a node answered in the side panel.
Panning drags the graph with the mouse for about a second; frame times are the gaps
between animation frames meanwhile (median and 95th percentile).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

COUNCILS = ["Eastholm", "Westmere", "Northby", "Southwick", "Midvale"]  # a collection of five councils' minutes
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
_PAN = """async () => {
    const gaps = []; let last = performance.now(), running = true;
    const tick = now => { gaps.push(now - last); last = now; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await new Promise(done => setTimeout(done, 1200));
    running = false; return gaps.slice(1);
}"""


def build_page(items: int, folder: Path) -> tuple[Path, int, int, float]:
    """Generate, load and draw ``items`` agenda items; the page, its node and link counts, and
    the seconds it took from the store to the page."""
    from corpus import write_corpus

    from govgraph.graph.analysis import governance_graph
    from govgraph.graph.project import project
    from govgraph.graph.views import build_network, document_sources, render_html, write_view
    from govgraph.iri import IriMinter
    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import load_sources
    from govgraph.store import KnowledgeStore

    paths = write_corpus(folder / "in", items)
    councils = {p.resolve(): SourceMeta(council=f"{COUNCILS[n % len(COUNCILS)]} Council") for n, p in enumerate(paths)}
    with KnowledgeStore(folder / "store") as store:
        load_sources(paths, store, IriMinter("https://w3id.org/govgraph/id/"), manifest=councils)
        started = time.perf_counter()
        projection = project(store)
    graph = governance_graph(projection)
    page = write_view(folder / "view.html", render_html(build_network(graph, document_sources(projection)),
                                                        f"{items} agenda items"))
    return page, graph.number_of_nodes(), graph.number_of_edges(), time.perf_counter() - started


def measure(browser, page_path: Path) -> dict:
    """First draw, interactive and panning figures of one page."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    started = time.perf_counter()
    page.goto(page_path.as_uri())
    page.wait_for_function("window.govgraphView && window.govgraphView.drawn", timeout=600_000, polling=10)
    first_draw = time.perf_counter() - started
    drawn = page.evaluate("[govgraphView.nodes.length, govgraphView.edges.length]")
    mode = "overview" if page.inner_text("#status").startswith("overview") else "graph"
    node = page.evaluate("govgraphView.nodes.getIds()[0]")
    page.evaluate("id => { govgraphView.network.body.emitter.emit('click', {nodes: [id], edges: []}); }", node)
    page.wait_for_function("document.querySelector('#evidence h3')", timeout=600_000, polling=10)
    interactive = time.perf_counter() - started
    box = page.locator("#graph").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    gaps = page.evaluate_handle(_PAN)
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(40):
        page.mouse.move(x + 6 * step, y + 3 * step)
        page.wait_for_timeout(25)
    page.mouse.up()
    frames = sorted(gaps.json_value())
    page.close()
    return {"first_draw": first_draw, "interactive": interactive, "drawn": drawn, "mode": mode,
            "frame_median": statistics.median(frames) if frames else float("nan"),
            "frame_p95": frames[int(len(frames) * 0.95)] if frames else float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, nargs="*", default=[100, 1000, 10000, 50000])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{'items':>7}{'nodes':>8}{'links':>8}{'page s':>8}{'page MB':>9}{'opens on':>10}{'drawn':>13}"
          f"{'first draw s':>14}{'interactive s':>15}{'pan frame ms (median/p95)':>27}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
        for items in args.items:
            with tempfile.TemporaryDirectory() as tmp:
                page, nodes, links, seconds = build_page(items, Path(tmp))
                size = page.stat().st_size / 1e6
                r = measure(browser, page)
            drawn = f"{r['drawn'][0]}/{r['drawn'][1]}"
            frames = f"{r['frame_median']:.0f}/{r['frame_p95']:.0f}"
            print(f"{items:>7}{nodes:>8}{links:>8}{seconds:>8.1f}{size:>9.1f}{r['mode']:>10}{drawn:>13}"
                  f"{r['first_draw']:>14.2f}{r['interactive']:>15.2f}{frames:>27}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
