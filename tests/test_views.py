"""Views open in a real headless Chromium, offline: counts, filters, dates, evidence, no script injection."""

import shutil
from pathlib import Path

import pytest

from govgraph.graph.analysis import governance_graph
from govgraph.graph.project import project
from govgraph.graph.views import Selection, build_network, document_sources, render_html, select, write_view
from govgraph.iri import IriMinter
from govgraph.loaders.manifest import read_manifest
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import collect_sources, load_sources
from govgraph.store import KnowledgeStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed ('make test' installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def examples_graph():
    store = KnowledgeStore()
    load_sources(collect_sources([EXAMPLES]), store, IriMinter("https://example.org/id/"),
                 manifest=read_manifest(EXAMPLES / "manifest.csv"))
    projection = project(store)
    return projection, governance_graph(projection)


class Page:
    """An opened view, with what the page asked of the network and said on its console."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else (self.requests.append(route.request.url), route.abort())[1])
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.govgraphView && window.govgraphView.drawn", timeout=30000)

    def shown(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("[govgraphView.nodeView.length, govgraphView.edgeView.length]"))

    def painted_pixels(self) -> int:
        return self.page.evaluate("""() => { const c = document.querySelector('#graph canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))


def _view(tmp_path: Path, graph, projection, name: str = "view.html") -> Path:
    return write_view(tmp_path / name, render_html(build_network(graph, document_sources(projection)), "Test view"))


def test_the_view_draws_offline_with_every_node_and_link(browser, examples_graph, tmp_path):
    projection, graph = examples_graph
    opened = Page(browser, _view(tmp_path, graph, projection))
    assert opened.shown() == (graph.number_of_nodes(), graph.number_of_edges())
    assert opened.painted_pixels() > 1000
    assert opened.requests == [] and opened.errors == []
    opened.screenshot("view-examples.png")


def test_kind_body_and_date_filters_change_what_is_shown(browser, examples_graph, tmp_path):
    projection, graph = examples_graph
    opened = Page(browser, _view(tmp_path, graph, projection))
    people = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "Person")
    everything = opened.shown()
    opened.page.uncheck("input[data-kind='Person']")
    assert opened.shown()[0] == everything[0] - people
    opened.page.check("input[data-kind='Person']")
    assert opened.shown() == everything
    opened.page.select_option("#filter-body", label="Audit Committee")
    focused = opened.shown()
    assert 0 < focused[0] < everything[0]
    opened.page.select_option("#filter-body", value="")
    opened.page.fill("#date-to", "2020-01-01")
    opened.page.dispatch_event("#date-to", "change")
    dated = sum(1 for *_, d in graph.edges(data=True) if d["date"])
    assert dated > 0 and opened.shown()[1] == everything[1] - dated
    opened.page.fill("#date-to", "")
    opened.page.dispatch_event("#date-to", "change")
    opened.page.evaluate("document.getElementById('date-slider').value = '0'")
    opened.page.dispatch_event("#date-slider", "input")
    assert opened.page.inner_text("#date-label") == "as of 2023-07-27"
    assert opened.shown() == everything
    opened.screenshot("view-filtered.png")


def test_search_focuses_a_node_and_the_panel_shows_its_evidence(browser, examples_graph, tmp_path):
    projection, graph = examples_graph
    opened = Page(browser, _view(tmp_path, graph, projection))
    opened.page.fill("#search", "victoria")
    opened.page.press("#search", "Enter")
    assert opened.page.evaluate("govgraphView.network.getSelectedNodes().length") == 1
    assert "Person: Victoria Gent" in opened.page.inner_text("#evidence")
    edge = next(k for u, v, k, d in graph.edges(keys=True, data=True) if d["type"] == "REPORTED_TO"
                and graph.nodes[u]["label"] == "Victoria Gent")
    edge_id = next(e["id"] for e in build_network(graph, {}).edges if e["id"].endswith("|" + edge))
    opened.page.evaluate("id => { govgraphView.network.selectEdges([id]); "
                         "govgraphView.network.body.emitter.emit('click', {nodes: [], edges: [id]}); }", edge_id)
    panel = opened.page.inner_text("#evidence")
    assert ("Victoria Gent — presented → Failure of Children’s Social Care — to → Audit Committee, 27 Jul 2023"
            in panel)
    assert "Ms Victoria Gent, Director of Children’s Services presented an update" in panel


HOSTILE = ("Agenda item\n\n<script>alert('title')</script> Budget\n\n"
           "Ms Jane <img src=x onerror=alert('name')> Doe, Director of <b onmouseover=alert(1)>Finance</b>, "
           "presented the report. Mr \"Quote\" O'Brien asked a question.\n\n"
           "Resolved: That the report be noted <script>alert('decision')</script>.\n")


def test_document_text_with_markup_shows_as_text_and_runs_nothing(browser, tmp_path):
    store = KnowledgeStore()
    (tmp_path / "hostile.txt").write_text(HOSTILE)
    load_sources([tmp_path / "hostile.txt"], store, IriMinter("https://example.org/id/"),
                 SourceMeta(council="Testshire", body="Audit Committee", date="2024-01-01",
                            url="javascript:alert('url')"))
    projection = project(store)
    graph = governance_graph(projection)
    page_path = write_view(tmp_path / "hostile.html",
                           render_html(build_network(graph, document_sources(projection)),
                                       "<img src=x onerror=alert('heading')>"))
    opened = Page(browser, page_path)
    assert opened.page.inner_text("#title") == "<img src=x onerror=alert('heading')>"
    for node in opened.page.evaluate("govgraphView.nodes.get().map(n => n.id)"):
        opened.page.evaluate("id => govgraphView.network.body.emitter.emit('click', {nodes: [id], edges: []})", node)
    for edge in opened.page.evaluate("govgraphView.edges.get().map(e => e.id)"):
        opened.page.evaluate("id => govgraphView.network.body.emitter.emit('click', {nodes: [], edges: [id]})", edge)
    opened.page.mouse.move(700, 450)
    opened.page.wait_for_timeout(300)
    assert opened.dialogs == [] and opened.errors == []
    assert opened.page.evaluate("document.querySelectorAll('img, script[src], #evidence a').length") == 0
    opened.page.fill("#search", "report be noted")
    opened.page.press("#search", "Enter")
    assert "<script>alert('decision')</script>" in opened.page.inner_text("#evidence")
    opened.screenshot("view-hostile.png")


def test_a_focused_view_keeps_the_neighbourhood(examples_graph):
    _, graph = examples_graph
    focused = select(graph, Selection(person="Victoria Gent", depth=1))
    labels = {d["label"] for _, d in focused.nodes(data=True)}
    assert "Victoria Gent" in labels and "Audit Committee" in labels
    assert "Jeanette Richards" not in labels
    with pytest.raises(LookupError, match="no person named 'Nobody'"):
        select(graph, Selection(person="Nobody"))
    dated = select(graph, Selection(date_from="2024-01-01"))
    assert all(not d["date"] for *_, d in dated.edges(data=True))


@pytest.mark.parametrize("size", [40, 800, 2000])
def test_a_view_of_any_size_is_laid_out(size):
    import networkx as nx

    from govgraph.graph.views import positions

    graph = nx.MultiDiGraph()
    for n in range(size):
        graph.add_node(f"p{n}", kind="Person" if n % 3 else "Report")
        if n:
            graph.add_edge(f"p{n}", f"p{n // 2}")
    where = positions(graph)
    assert len(where) == size
    assert all(abs(x) < 1e7 and abs(y) < 1e7 for x, y in where.values())
