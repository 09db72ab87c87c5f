"""Interactive views of who reported what to whom and when, as one self-contained HTML file.

pyvis builds the network (nodes, edges, options); networkx computes the layout, so the
browser draws with physics off and a graph opens at once. The page opens on the reporting
backbone (people, the bodies and meetings they reported to, and what about) at a zoom where
every label is legible, with captions on links; clicking a node brings its detail (posts,
decisions, risks, organisations, attendance) and fills the side panel with everything known
about it; a timeline strip under the graph filters by period. A graph of more than
``OVERVIEW_ABOVE`` nodes opens on an overview (bodies, and the people who reported to them
most, with counts) and draws a body's neighbourhood when it is clicked. The page is rendered
from ``view_template.html``, which inlines vis-network (pyvis's bundled copy, Apache-2.0
OR MIT, its licence header kept) so it works from disk with no network. Document text is
data: it reaches the page only inside a JSON block whose ``<``, ``>`` and ``&`` are
escaped, and the page's script puts it on screen with ``textContent``.
"""

import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import networkx as nx
import numpy as np
from pyvis.network import Network

from govgraph.graph.analysis import KINDS, focus
from govgraph.graph.project import PropertyGraph

BACKBONE = ("Person", "Body", "Meeting", "Report")  # the kinds a view opens on; the others come on demand
STYLE = {  # kind: (colour, vis-network shape)
    "Person": ("#2f80ed", "dot"), "Post": ("#9b51e0", "box"), "Body": ("#f2994a", "diamond"),
    "Council": ("#4f4f4f", "star"), "Meeting": ("#56ccf2", "square"), "Report": ("#27ae60", "triangle"),
    "Risk": ("#eb5757", "triangleDown"), "Organisation": ("#bb6bd9", "hexagon"), "Decision": ("#219653", "box"),
}
LAYERS = {"Person": 0, "Post": 1, "Report": 2, "Risk": 2, "Organisation": 2, "Decision": 3, "Body": 4, "Meeting": 5,
          "Council": 6}
LABEL_PX = 16  # node labels; link captions are two pixels smaller, and the page opens where both are legible
OVERVIEW_ABOVE = 3000  # nodes: a larger graph opens on an overview and is drawn a body at a time
VIS_OPTIONS = {
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": LABEL_PX - 2, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff",
                       "color": "#334e68"}},
    "nodes": {"font": {"size": LABEL_PX, "strokeWidth": 3, "strokeColor": "#ffffff"}},
}


@dataclass(frozen=True)
class Selection:
    """What a focused view keeps."""

    person: str | None = None
    body: str | None = None
    risk: str | None = None
    council: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    depth: int = 2


def _find(graph: nx.MultiDiGraph, kind: str, name: str) -> str:
    wanted = name.casefold()
    exact = [n for n, d in graph.nodes(data=True) if d["kind"] == kind and d["label"].casefold() == wanted]
    partial = [n for n, d in graph.nodes(data=True) if d["kind"] == kind and wanted in d["label"].casefold()]
    found = exact or partial
    if not found:
        raise LookupError(f"no {kind.lower()} named {name!r} in the graph")
    return found[0]


def select(graph: nx.MultiDiGraph, selection: Selection) -> nx.MultiDiGraph:
    """The part of ``graph`` a focused view shows."""
    view = graph
    if selection.council:
        keep = [n for n, d in view.nodes(data=True) if d["council"].casefold() == selection.council.casefold()]
        if not keep:
            known = sorted({d["council"] for _, d in graph.nodes(data=True) if d["council"]})
            raise LookupError(f"no council named {selection.council!r} in the graph; councils: "
                              f"{', '.join(known) or 'none'}")
        view = view.subgraph(keep)
    if selection.date_from or selection.date_to:
        low, high = selection.date_from or "0000", selection.date_to or "9999"
        edges = [(u, v, k) for u, v, k, d in view.edges(keys=True, data=True)
                 if not d["date"] or low <= d["date"] <= high]
        view = view.edge_subgraph(edges) if edges else nx.MultiDiGraph()
    for kind, name in (("Person", selection.person), ("Body", selection.body), ("Risk", selection.risk)):
        if name:
            view = focus(nx.MultiDiGraph(view), _find(view, kind, name), selection.depth)
    return nx.MultiDiGraph(view)


def positions(graph: nx.MultiDiGraph, layout: str = "auto") -> dict[str, tuple[float, float]]:
    """Node positions: a force layout of the backbone, then of the detail around it (or, asked
    for, layers by kind); a graph of more than :data:`OVERVIEW_ABOVE` nodes is laid out in the
    page a part at a time."""
    count = graph.number_of_nodes()
    if count == 0:
        return {}
    if layout == "hierarchical":
        layered = nx.Graph()
        for node, data in graph.nodes(data=True):
            layered.add_node(node, layer=LAYERS.get(data["kind"], 7))
        raw = nx.multipartite_layout(layered, subset_key="layer", align="vertical")
        scale = max(600.0, 12.0 * count / max(1, len(LAYERS)))
        return {n: (float(x) * 1200, float(y) * scale) for n, (x, y) in raw.items()}
    simple = nx.Graph(graph)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    core = [n for n, d in graph.nodes(data=True) if d.get("kind") in BACKBONE
            and any(graph.nodes[m].get("kind") in BACKBONE for m in simple[n])]
    return _around(simple, _packed(simple.subgraph(core)))


def _packed(backbone: nx.Graph, width: float = 2400.0, margin: float = 160.0) -> dict[str, tuple[float, float]]:
    """Each connected part of the backbone laid out on its own (a force layout, spaced so
    labels stand clear), then the parts packed in rows, largest first: a collection of many
    meetings opens on several of them, not on one part pushed to the edge by the others."""
    parts = sorted(nx.connected_components(backbone), key=lambda part: (-len(part), min(part)))
    where: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for part in parts:
        nodes = sorted(part)
        raw = nx.spring_layout(backbone.subgraph(nodes), seed=7, iterations=100, k=2.0 / math.sqrt(len(nodes))) if (
            len(nodes) > 1) else {nodes[0]: (0.0, 0.0)}
        placed = _spaced({n: (float(a), float(b)) for n, (a, b) in raw.items()}, nodes)
        xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        if x > 0 and x + w > width:  # a new row
            x, y, row = 0.0, y + row + margin, 0.0
        for node, (a, b) in placed.items():
            where[node] = (x + a - min(xs), y + b - min(ys))
        x, row = x + w + margin, max(row, h)
    return where


def _around(graph: nx.Graph, where: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """The backbone as laid out, and every other node on rings around the first placed node it
    is linked to (breadth first), so that a node's detail appears next to it; nodes tied to
    nothing placed go on a grid below."""
    where = dict(where)
    around: dict[str, int] = {}
    queue = list(where)
    for anchor in queue:
        for node in sorted(graph[anchor]):
            if node not in where:
                turn = around.get(anchor, 0)
                around[anchor] = turn + 1
                radius, angle = 120.0 * (1 + turn // 10), turn * 2.399963  # the golden angle spreads them evenly
                where[node] = (where[anchor][0] + radius * math.cos(angle), where[anchor][1] + radius * math.sin(angle))
                queue.append(node)
    rest = sorted(n for n in graph if n not in where)
    bottom = max((y for _, y in where.values()), default=0.0) + 300.0
    left = min((x for x, _ in where.values()), default=0.0)
    for number, node in enumerate(rest):
        where[node] = (left + (number % 30) * 200.0, bottom + (number // 30) * 140.0)
    return where


def _spaced(raw: dict[str, tuple[float, float]], core: list[str], gap: float = 200.0) -> dict[str, tuple[float, float]]:
    """Positions scaled so that backbone nodes stand about ``gap`` pixels from their nearest
    neighbour: labels legible at zoom 1, and not on top of each other."""
    points = np.array([raw[n] for n in (core if len(core) > 1 else list(raw))])
    if len(points) < 2:
        return raw
    if len(points) == 2:  # two nodes: a force layout puts them 2 apart, whatever k says
        return {n: (x * gap / 2, y * gap / 2) for n, (x, y) in raw.items()}
    distances = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(distances, np.inf)
    nearest = float(np.median(distances.min(axis=1)))
    scale = gap / nearest if nearest > 0 else 1.0
    return {n: (x * scale, y * scale) for n, (x, y) in raw.items()}


def _when(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%-d %b %Y")
    except ValueError:
        return iso


def sentence(graph: nx.MultiDiGraph, source: str, target: str, data: dict) -> str:
    """An edge as a sentence: ``Victoria Gent — presented → Failure of … — to → Audit Committee, 27 Jul 2023``."""
    who, whom = graph.nodes[source]["label"], graph.nodes[target]["label"]
    if data["type"] == "REPORTED_TO" and data["subject"]:
        text = f"{who} — presented → {data['subject']} — to → {whom}"
    elif data["type"] == "ATTENDED" and data["kind"]:
        text = f"{who} — {data['kind'].replace('_', ' ')} → {whom}"
    else:
        text = f"{who} — {data['verb']} → {whom}"
    return f"{text}, {_when(data['date'])}" if data["date"] else text


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def caption(data: dict) -> str:
    """A link's caption: ``presented Treasury Strategy · 18 Jan 2024``."""
    if data["type"] == "REPORTED_TO" and data["subject"]:
        text = f"presented {_short(data['subject'], 40)}"
    elif data["type"] == "ATTENDED" and data["kind"]:
        text = data["kind"].replace("_", " ")
    else:
        text = data["verb"]
    return f"{text} · {_when(data['date'])}" if data["date"] else text


class _NodeIds(list):
    """pyvis keeps node ids in a list and checks membership on every ``add_node`` and
    ``add_edge``, which makes building a large network quadratic; this list answers
    membership from a set."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set = set()

    def append(self, item: object) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def build_network(graph: nx.MultiDiGraph, documents: dict[str, dict], layout: str = "auto") -> Network:
    """A pyvis network of ``graph`` with sentence tooltips and link captions, laid out here
    (a graph of more than :data:`OVERVIEW_ABOVE` nodes is laid out in the page, a part at a
    time). ``documents`` gives each document's title and URL, for the evidence panel."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    net.node_ids = _NodeIds()
    net.documents = list(documents.values())
    net.quotes = []  # each quote once: links point to them by number
    index = {uri: number for number, uri in enumerate(documents)}
    quoted: dict[str, int] = {}
    where = {} if graph.number_of_nodes() > OVERVIEW_ABOVE and layout == "auto" else positions(graph, layout)
    for node, data in graph.nodes(data=True):
        colour, shape = STYLE.get(data["kind"], ("#828282", "dot"))
        placed = {"x": where[node][0], "y": where[node][1]} if node in where else {}
        net.add_node(node, label=_short(data["label"], 40), title=f"{data['kind']}: {data['label']}", color=colour,
                     shape=shape, kind=data["kind"], council=data["council"], name=data["label"],
                     date=data.get("date", ""), scores=data.get("scores", []),
                     docs=[index[d] for d in data["documents"] if d in index], **placed)
    for source, target, key, data in graph.edges(keys=True, data=True):
        text = sentence(graph, source, target, data)
        numbers = [quoted.setdefault(q, len(quoted)) for q in data["evidence"]]
        net.add_edge(source, target, id=f"{source}|{target}|{key}", label=caption(data), title=text,
                     date=data["date"], type=data["type"], quotes=numbers,
                     docs=[index[d] for d in data["documents"] if d in index],
                     color="#9fb3c8" if data["type"] != "REPORTED_TO" else "#334e68")
    net.quotes = list(quoted)
    net.set_options(json.dumps(VIS_OPTIONS))
    return net


def overview(nodes: list[dict], edges: list[dict], per_body: int = 12) -> dict:
    """Bodies, and the people who reported to them most (``per_body`` each), with a link per
    person and body that counts the reports and each body's totals in its label; laid out
    here (it is small)."""
    counts: Counter = Counter()
    for edge in edges:
        if edge["type"] == "REPORTED_TO":
            counts[(edge["from"], edge["to"])] += 1
    about = {n["id"]: n for n in nodes}
    by_body: dict[str, list[tuple[int, str]]] = {n["id"]: [] for n in nodes if n["kind"] == "Body"}
    for (person, body), count in counts.items():
        by_body.setdefault(body, []).append((count, person))
    kept = {(p, b): c for b, rows in by_body.items() for c, p in sorted(rows, key=lambda r: (-r[0], r[1]))[:per_body]}
    shown = set(by_body) | {p for p, _ in kept}
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((n, {"kind": about[n]["kind"]}) for n in shown)
    graph.add_edges_from(kept)
    where = positions(graph, "spring") if len(shown) <= 1500 else {  # a grid beyond: a force layout would take minutes
        n: (float(i % 40) * 260, float(i // 40) * 160) for i, n in enumerate(sorted(shown))}

    def label(node: str) -> str:
        name = _short(about[node]["name"], 40)
        if about[node]["kind"] != "Body":
            return name
        rows = by_body[node]
        return f"{name} ({sum(c for c, _ in rows)} reports by {len(rows)} people)" if rows else name

    out_nodes = [{"id": n, "label": label(n), "kind": about[n]["kind"], "color": about[n]["color"],
                  "shape": about[n]["shape"], "x": where[n][0], "y": where[n][1], "title": about[n]["title"]}
                 for n in sorted(shown)]
    out_edges = [{"id": f"overview|{p}|{b}", "from": p, "to": b, "label": f"{c} report{'s' if c > 1 else ''}",
                  "color": "#334e68"} for (p, b), c in sorted(kept.items())]
    return {"nodes": out_nodes, "edges": out_edges}


def _safe_json(value: object) -> str:
    """JSON that cannot close its ``<script>`` block or open markup."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def render_html(net: Network, title: str) -> str:
    """The self-contained page for a pyvis network."""
    kinds = {}
    for node in net.nodes:
        colour, shape = STYLE.get(node["kind"], ("#828282", "dot"))
        entry = kinds.setdefault(node["kind"], {"name": node["kind"], "color": colour, "shape": shape, "count": 0,
                                                "backbone": node["kind"] in BACKBONE})
        entry["count"] += 1
    ordered = [kinds[k] for k in KINDS if k in kinds]
    data = {
        "title": title, "nodes": net.nodes, "edges": net.edges, "options": VIS_OPTIONS, "kinds": ordered,
        "councils": sorted({n["council"] for n in net.nodes if n["council"]}),
        "dates": sorted({e["date"] for e in net.edges if e["date"]}),
        "documents": getattr(net, "documents", []), "quotes": getattr(net, "quotes", []), "labelPx": LABEL_PX,
        "overview": overview(net.nodes, net.edges) if len(net.nodes) > OVERVIEW_ABOVE else None,
    }
    template = resources.files(__package__).joinpath("view_template.html").read_text(encoding="utf-8")
    values = {"title": html.escape(title), "vis_css": _asset("vis-network.css"), "data_json": _safe_json(data),
              "vis_js": _asset("vis-network.min.js").replace("</script", "<\\/script")}
    # one pass over the template: what is put in is never read again for placeholders, so
    # minutes text that contains ``{{ vis_js }}`` stays text
    return re.sub(r"\{\{ (\w+) \}\}", lambda marker: values[marker.group(1)], template)


def document_sources(projection: PropertyGraph) -> dict[str, dict]:
    """Title and URL of each document, for the evidence panel."""
    return {uri: {"title": str(n.props.get("title") or n.props.get("key") or uri),
                  "url": str(n.props.get("sourceUrl", ""))}
            for uri, n in projection.nodes.items() if "Document" in n.labels}


def write_view(path: Path, page: str) -> Path:
    """Write the page atomically."""
    from govgraph.graph.atomic import atomic_write

    with atomic_write(path) as handle:
        handle.write(page.encode("utf-8"))
    return path


def notebook_view(page: str, height: int = 720):
    """The view inline in Jupyter (an ``iframe`` whose ``srcdoc`` holds the escaped page)."""
    from IPython.display import HTML

    return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
                f'sandbox="allow-scripts"></iframe>')
