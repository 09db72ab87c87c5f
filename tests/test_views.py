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
        self.page.wait_for_function("window.govgraphView && window.govgraphView.drawn", timeout=60000)

    def shown(self) -> tuple[int, int]:
        return tuple(self.page.evaluate("[govgraphView.nodes.length, govgraphView.edges.length]"))

    def click_node(self, node: str) -> str:
        self.page.evaluate("id => { govgraphView.network.body.emitter.emit('click', {nodes: [id], edges: []}); }", node)
        return self.page.inner_text("#evidence")

    def painted_pixels(self) -> int:
        return self.page.evaluate("""() => { const c = document.querySelector('#graph canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }""")

    def lonely(self) -> list[str]:
        """Drawn nodes without a drawn link that do have links in the data."""
        return self.page.evaluate("""() => { const v = govgraphView, data = JSON.parse(
                document.getElementById('graph-data').textContent), linked = new Set(), any = new Set();
            v.edges.get().forEach(e => { linked.add(e.from); linked.add(e.to); });
            data.edges.forEach(e => { any.add(e.from); any.add(e.to); });
            return v.nodes.getIds().filter(id => !linked.has(id) && any.has(id)); }""")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))


def _view(tmp_path: Path, graph, projection, name: str = "view.html") -> Path:
    return write_view(tmp_path / name, render_html(build_network(graph, document_sources(projection)), "Test view"))


@pytest.fixture(scope="module")
def development_view(shared, tmp_path_factory):
    store = KnowledgeStore()
    seeds = sorted((shared / "seeds").glob("*.txt"))
    paths = sorted((shared / "eval" / "corpus").glob("*.txt")) + seeds
    # the seeds are the example minutes: what their manifest says of them (body, date) holds here too
    described = {path.name: meta for path, meta in read_manifest(EXAMPLES / "manifest.csv").items()}
    manifest = {seed.resolve(): described[seed.name] for seed in seeds if seed.name in described}
    load_sources(paths, store, IriMinter("https://example.org/id/"), manifest=manifest)
    projection = project(store)
    graph = governance_graph(projection)
    return projection, graph, _view(tmp_path_factory.mktemp("dev"), graph, projection)


def _opening_is_legible_captioned_and_tied(opened: Page) -> None:
    assert opened.page.evaluate("govgraphView.smallestLabelPx()") >= 12
    captions = opened.page.evaluate("govgraphView.edges.get().map(e => e.label)")
    assert captions and all(captions)
    assert opened.lonely() == []
    assert opened.requests == [] and opened.errors == []


def test_the_demo_opens_on_the_reporting_backbone_legible_captioned_and_offline(browser, examples_graph, tmp_path):
    projection, graph = examples_graph
    opened = Page(browser, _view(tmp_path, graph, projection))
    nodes, edges = opened.shown()
    kinds = set(opened.page.evaluate("govgraphView.nodes.get().map(n => n.kind)"))
    assert kinds <= {"Person", "Body", "Meeting", "Report"} and {"Person", "Body"} <= kinds
    assert 0 < nodes < graph.number_of_nodes() and edges > 0
    assert "presented Failure of Children’s Social Care · 27 Jul 2023" in opened.page.evaluate(
        "govgraphView.edges.get().map(e => e.label)")
    _opening_is_legible_captioned_and_tied(opened)
    assert opened.painted_pixels() > 1000
    opened.screenshot("view-examples.png")


def test_the_development_set_opens_legible_captioned_and_with_nothing_floating(browser, development_view):
    opened = Page(browser, development_view[2])
    _opening_is_legible_captioned_and_tied(opened)
    opened.screenshot("view-development.png")


@pytest.fixture(params=["demo", "development"])
def either_view(request, examples_graph, tmp_path):
    """The demo's view, and the development set's (which holds the same Blackpool minutes)."""
    if request.param == "demo":
        projection, graph = examples_graph
        return graph, _view(tmp_path, graph, projection)
    _, graph, page = request.getfixturevalue("development_view")
    return graph, page


def test_clicking_ms_gent_lists_her_post_her_report_with_its_quote_and_the_risk(browser, either_view):
    graph, page = either_view
    opened = Page(browser, page)
    gent = next(n for n, d in graph.nodes(data=True) if d["label"] == "Victoria Gent")
    panel = opened.click_node(gent)
    posts = panel[panel.index("POSTS HELD"):]
    assert posts.splitlines()[1].startswith("Director of Children’s Services")
    assert "presented Failure of Children’s Social Care — Audit Committee · 27 Jul 2023" in panel
    assert "Ms Victoria Gent, Director of Children’s Services presented an update" in panel
    risks = panel[panel.index("RISKS REPORTED ON"):]
    assert "Failure of Children’s Social Care (in Failure of Children’s Social Care) · 27 Jul 2023" in risks
    drawn = set(opened.page.evaluate("govgraphView.nodes.getIds()"))
    assert set(graph.successors(gent)) <= drawn  # her detail (the post) is drawn once she is clicked
    dimmed = opened.page.evaluate("govgraphView.nodes.get().filter(n => n.color === '#d9e2ec').length")
    assert dimmed > 0  # the rest steps back
    opened.screenshot("view-person.png")


def test_the_risk_panel_shows_the_score_history_and_who_presented_it(browser, either_view):
    graph, page = either_view
    opened = Page(browser, page)
    risk = next(n for n, d in graph.nodes(data=True) if d["kind"] == "Risk"
                and d["label"] == "Failure of Children’s Social Care")
    panel = opened.click_node(risk)
    assert "gross score 25 → 15 · 27 Jul 2023" in panel
    assert opened.page.evaluate("document.querySelectorAll('#evidence svg polyline').length") == 1
    assert "Victoria Gent (Failure of Children’s Social Care) · 27 Jul 2023" in panel[panel.index("PRESENTED BY"):]
    assert "Operations" in panel[panel.index("SUB-RISK OF"):]


def test_the_timeline_brush_hides_what_falls_outside_the_period(browser, either_view):
    opened = Page(browser, either_view[1])
    before = opened.shown()
    box = opened.page.locator("#timeline-bars").bounding_box()
    y = box["y"] + box["height"] / 2
    opened.page.mouse.move(box["x"] + box["width"] * 0.05, y)
    opened.page.mouse.down()
    opened.page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    opened.page.mouse.up()
    low, high = opened.page.evaluate("[govgraphView.state.from, govgraphView.state.to]")
    assert low and high and low < high
    dates = opened.page.evaluate("govgraphView.edges.get().map(e => e.date).filter(Boolean)")
    assert all(low <= d <= high for d in dates)
    outside = opened.page.evaluate("JSON.parse(document.getElementById('graph-data').textContent).edges"
                                   ".filter(e => e.date && (e.date < govgraphView.state.from || e.date > "
                                   "govgraphView.state.to)).length")
    assert outside > 0 and opened.shown()[1] < before[1]
    assert opened.page.input_value("#date-from") == low and opened.page.input_value("#date-to") == high
    opened.screenshot("view-period.png")
    opened.page.dblclick("#timeline")
    assert opened.page.evaluate("govgraphView.state.from") == "" and opened.shown() == before


def test_kinds_attendance_body_and_date_filters_change_what_is_shown(browser, examples_graph, tmp_path):
    projection, graph = examples_graph
    opened = Page(browser, _view(tmp_path, graph, projection))
    everything = opened.shown()
    opened.page.uncheck("input[data-kind='Person']")
    assert opened.page.evaluate("govgraphView.nodes.get().filter(n => n.kind === 'Person').length") == 0
    opened.page.check("input[data-kind='Person']")
    assert opened.shown() == everything
    opened.page.check("input[data-kind='Attendance']")
    assert opened.page.evaluate("govgraphView.edges.get().filter(e => e.type === 'ATTENDED').length") > 0
    opened.page.uncheck("input[data-kind='Attendance']")
    opened.page.check("input[data-kind='Risk']")
    assert opened.page.evaluate("govgraphView.nodes.get().filter(n => n.kind === 'Risk').length") == 3
    opened.page.uncheck("input[data-kind='Risk']")
    opened.page.select_option("#filter-body", label="Audit Committee")
    assert 0 < opened.shown()[0] < everything[0]
    opened.page.select_option("#filter-body", value="")
    opened.page.fill("#date-to", "2020-01-01")
    opened.page.dispatch_event("#date-to", "change")
    assert opened.page.evaluate("govgraphView.edges.get().every(e => !e.date || e.date <= '2020-01-01')")
    assert opened.shown()[1] < everything[1]
    opened.page.fill("#date-to", "")
    opened.page.dispatch_event("#date-to", "change")
    assert opened.shown() == everything


def test_search_suggests_names_focuses_a_node_and_a_link_shows_its_evidence(browser, examples_graph, tmp_path):
    projection, graph = examples_graph
    opened = Page(browser, _view(tmp_path, graph, projection))
    assert "Victoria Gent" in opened.page.evaluate("[...document.querySelectorAll('#names option')].map(o => o.value)")
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


def test_a_graph_beyond_the_overview_size_opens_on_bodies_and_reporters_and_drills_down(browser, tmp_path):
    import networkx as nx

    from govgraph.graph.views import OVERVIEW_ABOVE

    graph = nx.MultiDiGraph()
    bodies = [f"b{i}" for i in range(30)]
    for body in bodies:
        graph.add_node(body, kind="Body", label=f"Committee {body}", council="Testshire", documents=[], date="")
    for n in range(OVERVIEW_ABOVE + 200):
        graph.add_node(f"p{n}", kind="Person", label=f"Person {n}", council="Testshire", documents=[], date="")
        graph.add_edge(f"p{n}", bodies[n % 30], key=f"REPORTED_TO|{n}", type="REPORTED_TO", verb="reported to",
                       date=f"2024-0{1 + n % 9}-01", subject=f"Report {n}", kind="", evidence=["quoted"], documents=[])
    page = write_view(tmp_path / "big.html", render_html(build_network(graph, {}), "Big"))
    opened = Page(browser, page)
    assert opened.shown()[0] == 30 + 12 * 30 and "overview" in opened.page.inner_text("#status")  # 12 a body
    assert opened.page.evaluate("govgraphView.edges.get()[0].label").endswith("report")
    opened.page.evaluate("() => { govgraphView.network.body.emitter.emit('click', {nodes: ['b3'], edges: []}); }")
    opened.page.wait_for_function("!govgraphView.network.physics.physicsEnabled || true")
    drawn = set(opened.page.evaluate("govgraphView.nodes.getIds()"))
    assert "b3" in drawn and "p3" in drawn and "b4" not in drawn
    assert "Body: Committee b3" in opened.page.inner_text("#evidence")
    opened.page.click("#back")
    assert opened.shown()[0] == 30 + 12 * 30
    assert opened.errors == [] and opened.requests == []


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
    data = "JSON.parse(document.getElementById('graph-data').textContent)"
    for node in opened.page.evaluate(f"{data}.nodes.map(n => n.id)"):
        opened.click_node(node)
    for edge in opened.page.evaluate(f"{data}.edges.map(e => e.id)"):
        opened.page.evaluate("id => { govgraphView.network.body.emitter.emit('click', {nodes: [], edges: [id]}); }",
                             edge)
    opened.page.mouse.move(700, 450)
    opened.page.wait_for_timeout(300)
    assert opened.dialogs == [] and opened.errors == []
    assert opened.page.evaluate("document.querySelectorAll('img, script[src], #evidence a').length") == 0
    decision = next(n for n, d in graph.nodes(data=True) if d["kind"] == "Decision")
    opened.click_node(decision)
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


def test_nothing_floats_unless_no_fact_ties_it_to_anything(examples_graph, development_view):
    for projection, graph in (examples_graph, development_view[:2]):
        tied = {end for rel in projection.relationships.values() if rel.type not in ("WAS_DERIVED_FROM", "IS_PART_OF")
                for end in (rel.start, rel.end)}
        alone = [graph.nodes[n]["label"] for n in graph if graph.degree(n) == 0 and n in tied]
        assert alone == []
        dated = sum(1 for *_, d in graph.edges(data=True) if d["date"])
        assert dated / graph.number_of_edges() > 0.6  # facts are dated by their meeting


def test_an_unknown_council_is_an_error_that_names_the_known_ones(examples_graph):
    with pytest.raises(LookupError, match=r"no council named 'Nowhere'.*Blackpool Council"):
        select(examples_graph[1], Selection(council="Nowhere"))
