"""Screenshots of the views for the README, taken from the real pages in headless Chromium.

Usage: python docs/screenshots.py [--shared ../shared] [--chromium /usr/bin/chromium]

Writes ``docs/view-demo.png`` (the example minutes as opened) and ``docs/view-demo-person.png``
(Ms Gent clicked), ``docs/view-development.png`` (the development set, where ``../shared`` is
present) and ``docs/view-10000.png`` (a generated collection of 10,000 agenda items from five
councils).
"""

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def page_of(paths: list[Path], folder: Path, manifest: dict | None = None) -> Path:
    """The view of these minutes, as ``govgraph view`` writes it."""
    from govgraph.graph.analysis import governance_graph
    from govgraph.graph.project import project
    from govgraph.graph.views import build_network, document_sources, render_html, write_view
    from govgraph.iri import IriMinter
    from govgraph.loaders.pipeline import load_sources
    from govgraph.store import KnowledgeStore

    with KnowledgeStore(folder / "store") as store:
        load_sources(paths, store, IriMinter("https://w3id.org/govgraph/id/"), manifest=manifest)
        projection = project(store)
    graph = governance_graph(projection)
    return write_view(folder / "view.html", render_html(build_network(graph, document_sources(projection)),
                                                        "Who reported what to whom, and when"))


def shoot(browser, page_path: Path, out: Path, click: str | None = None) -> None:
    """Open a page as a reader would (1400 x 900, offline) and keep what it shows."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto(page_path.as_uri())
    page.wait_for_function("window.govgraphView && window.govgraphView.drawn", timeout=600_000)
    if click:
        page.fill("#search", click)
        page.press("#search", "Enter")
    page.wait_for_timeout(500)
    page.screenshot(path=str(out))
    page.close()
    print(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from corpus import write_corpus
    from playwright.sync_api import sync_playwright
    from views import COUNCILS

    from govgraph.loaders.manifest import read_manifest
    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import collect_sources

    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
        examples = ROOT / "examples"
        demo = page_of(collect_sources([examples]), Path(tmp) / "demo", read_manifest(examples / "manifest.csv"))
        shoot(browser, demo, docs / "view-demo.png")
        shoot(browser, demo, docs / "view-demo-person.png", click="Victoria Gent")
        if (args.shared / "eval" / "corpus").is_dir():
            corpus = args.shared / "eval" / "corpus"
            paths = sorted(corpus.glob("*.txt")) + sorted((args.shared / "seeds").glob("*.txt"))
            shoot(browser, page_of(paths, Path(tmp) / "dev"), docs / "view-development.png")
        generated = write_corpus(Path(tmp) / "in", 10_000)
        councils = {p.resolve(): SourceMeta(council=f"{COUNCILS[n % len(COUNCILS)]} Council")
                    for n, p in enumerate(generated)}
        shoot(browser, page_of(generated, Path(tmp) / "large", councils), docs / "view-10000.png")
        browser.close()


if __name__ == "__main__":
    main()
