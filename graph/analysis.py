"""The governance graph in networkx, and the analyses analysts ask for.

:func:`governance_graph` keeps the readable parts of the property-graph projection: the
people, posts, bodies, meetings, reports, risks, partner organisations and decisions,
joined by relationships that read as sentences (``presented``, ``reported to``,
``holds``, ``sub-risk of``, ``decided by`` …), plus ``mentioned with`` between a risk and
the partners named in the same document, ``about`` from a report to the risks it was
about, ``presented at`` from a presenter to a meeting of no known body, ``taken at`` from a
decision to its meeting and ``named at`` from an organisation (or
a person or risk tied to nothing else) to the meetings whose minutes name it, so that every
fact is tied to its meeting. Each node
has ``kind``, ``label`` and ``council`` (a risk also its ``scores``); each edge ``type``,
``verb`` and, where known, ``date`` (its own, else its meeting's), ``subject``,
``evidence`` and ``documents``.
"""

from collections import Counter, defaultdict
from itertools import product

import networkx as nx

from govgraph.errors import GovgraphError
from govgraph.graph.project import Node, PropertyGraph

KINDS = ("Person", "Post", "Body", "Council", "Meeting", "Report", "Risk", "Organisation", "Decision")
VERBS = {
    "REPORTED_TO": "reported to", "PRESENTED": "presented", "HOLDS": "holds", "SUB_RISK_OF": "sub-risk of",
    "DECIDED_BY": "decided by", "MEETING_OF": "meeting of", "ATTENDED": "attended", "UNIT_OF": "unit of",
    "MENTIONED_WITH": "mentioned with", "ABOUT_RISK": "about", "DECIDED_AT": "taken at", "NAMED_AT": "named at",
    "POST_IN": "post in", "PRESENTED_AT": "presented at",
}


def _kind(labels: set[str]) -> str | None:
    for kind in ("Body", *KINDS):
        if kind in labels:
            return kind
    return None


def _label(node) -> str:
    props = node.props
    return str(props.get("name") or props.get("title") or props.get("decisionText") or node.uri.rsplit("/", 1)[-1])


_NONE = Node("")


def governance_graph(projection: PropertyGraph) -> nx.MultiDiGraph:
    """A networkx multigraph of the readable governance relationships."""
    graph = nx.MultiDiGraph()
    councils: dict[str, str] = {}
    for rel in projection.relationships.values():
        if rel.type in ("UNIT_OF", "POST_IN") and "Council" in projection.nodes.get(rel.end, _NONE).labels:
            councils[rel.start] = str(projection.nodes[rel.end].props.get("name", ""))
    for uri, node in projection.nodes.items():
        kind = _kind(node.labels)
        if kind:
            graph.add_node(uri, kind=kind, label=_label(node), council=councils.get(uri, ""),
                           date=node.dates.get("date", ""), documents=list(node.documents))
    for rel in projection.relationships.values():
        if rel.type in VERBS and rel.start in graph and rel.end in graph:
            graph.add_edge(rel.start, rel.end, key=f"{rel.type}|{rel.key}", type=rel.type, verb=VERBS[rel.type],
                           date=rel.dates.get("date", ""), subject=str(rel.props.get("subject", "")),
                           kind=str(rel.props.get("attendanceKind", "")), evidence=list(rel.props.get("evidence", [])),
                           documents=sorted(rel.documents))
    _councils_from_neighbours(graph)
    _name_meetings(graph)
    _mentioned_with(graph, projection)
    _tie_to_meetings(graph, projection)
    _date_by_meeting(graph)
    _risk_scores(graph, projection)
    return graph


def _add(graph: nx.MultiDiGraph, start: str, end: str, edge_type: str, key: str, documents: list[str],
         evidence: list[str] | None = None) -> None:
    graph.add_edge(start, end, key=f"{edge_type}|{key}", type=edge_type, verb=VERBS[edge_type], date="", subject="",
                   kind="", evidence=evidence or [], documents=documents)


def _tie_to_meetings(graph: nx.MultiDiGraph, projection: PropertyGraph) -> None:
    """Reports to the risks they were about, decisions to the meetings that took them, and
    organisations to the meetings whose minutes name them."""
    reports: dict[str, set[str]] = defaultdict(set)  # presentation -> reports presented in it
    presenters: dict[str, set[str]] = defaultdict(set)
    to_body = set()  # presentations to a body, drawn as REPORTED_TO
    for rel in projection.relationships.values():
        if rel.type == "PRESENTED" and rel.end in graph:
            reports[rel.key].add(rel.end)
        elif rel.type == "PRESENTER" and rel.end in graph:
            presenters[rel.start].add(rel.end)
        elif rel.type == "PRESENTED_TO":
            to_body.add(rel.start)
    meeting_of_document = {document: uri for uri, data in graph.nodes(data=True) if data["kind"] == "Meeting"
                           for document in projection.nodes[uri].documents}
    for rel in projection.relationships.values():
        if rel.type == "ABOUT_RISK" and rel.end in graph:
            for report in reports.get(rel.start, ()):
                _add(graph, report, rel.end, "ABOUT_RISK", rel.start, sorted(rel.documents))
        elif rel.type == "AT_MEETING" and rel.start in graph and rel.end in graph:
            _add(graph, rel.start, rel.end, "DECIDED_AT", rel.key, sorted(rel.documents))
        elif rel.type == "AT_MEETING" and rel.end in graph and rel.start not in to_body:  # to a meeting of no body
            presentation = projection.nodes[rel.start]
            for person in presenters.get(rel.start, ()):
                _add(graph, person, rel.end, "PRESENTED_AT", rel.start, sorted(rel.documents),
                     sorted(presentation.evidence)[:1])
                graph.edges[person, rel.end, f"PRESENTED_AT|{rel.start}"]["subject"] = next(
                    (graph.nodes[r]["label"] for r in sorted(reports.get(rel.start, ()))), "")
    for uri, data in list(graph.nodes(data=True)):
        if data["kind"] == "Organisation" or (data["kind"] in ("Person", "Risk") and not graph.degree(uri)):
            for document in sorted(projection.nodes[uri].documents):
                if meeting := meeting_of_document.get(document):
                    _add(graph, uri, meeting, "NAMED_AT", document, [document],
                         sorted(projection.nodes[uri].evidence)[:3])


def _date_by_meeting(graph: nx.MultiDiGraph) -> None:
    """An edge without a date of its own takes the date of the meeting its minutes record."""
    dated = {document: data["date"] for _, data in graph.nodes(data=True) if data["kind"] == "Meeting" and data["date"]
             for document in data["documents"]}
    for _, _, data in graph.edges(data=True):
        if not data["date"]:
            data["date"] = next((dated[d] for d in data["documents"] if d in dated), "")


def _risk_scores(graph: nx.MultiDiGraph, projection: PropertyGraph) -> None:
    """Each risk's scores in date order: kind, previous value, value, date."""
    for _, data in graph.nodes(data=True):
        if data["kind"] == "Risk":
            data["scores"] = []
    for rel in projection.relationships.values():
        if rel.type == "ASSESSES_RISK" and rel.end in graph:
            assessment = projection.nodes[rel.start]
            props = assessment.props
            graph.nodes[rel.end]["scores"].append({
                "date": assessment.dates.get("date", ""), "kind": str(props.get("scoreKind", "")),
                "previous": props.get("previousScore"), "value": props.get("scoreValue"),
                "evidence": sorted(assessment.evidence)[:1]})
    for _, data in graph.nodes(data=True):
        if data["kind"] == "Risk":
            data["scores"].sort(key=lambda score: score["date"])


def _name_meetings(graph: nx.MultiDiGraph) -> None:
    """A meeting reads as its body and date (``Audit Committee, 2023-07-27``)."""
    for uri, data in graph.nodes(data=True):
        if data["kind"] == "Meeting":
            bodies = [graph.nodes[b]["label"] for _, b, d in graph.out_edges(uri, data=True)
                      if d["type"] == "MEETING_OF"]
            data["label"] = ", ".join(p for p in (bodies[0] if bodies else "Meeting", data["date"]) if p)


def _councils_from_neighbours(graph: nx.MultiDiGraph) -> None:
    """People, meetings and reports take the council of the bodies and posts they are linked to."""
    for uri, data in graph.nodes(data=True):
        if not data["council"]:
            near = [graph.nodes[n]["council"] for n in nx.all_neighbors(graph, uri) if graph.nodes[n]["council"]]
            if near:
                data["council"] = Counter(near).most_common(1)[0][0]


def _mentioned_with(graph: nx.MultiDiGraph, projection: PropertyGraph) -> None:
    by_document: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for uri, data in graph.nodes(data=True):
        if data["kind"] in ("Risk", "Organisation"):
            for document in projection.nodes[uri].documents:
                by_document[document][data["kind"]].add(uri)
    for document, kinds in by_document.items():
        for risk, organisation in product(sorted(kinds["Risk"]), sorted(kinds["Organisation"])):
            key = f"MENTIONED_WITH|{document}"
            graph.add_edge(organisation, risk, key=key, type="MENTIONED_WITH", verb=VERBS["MENTIONED_WITH"],
                           date="", subject="", kind="", evidence=[], documents=[document])


def of_council(graph: nx.MultiDiGraph, council: str) -> nx.MultiDiGraph:
    """The part of ``graph`` that belongs to ``council`` (and the partners named with it);
    raises :class:`GovgraphError` listing the councils when none is called that."""
    wanted = council.casefold()
    known = sorted({d["council"] for _, d in graph.nodes(data=True) if d["council"]})
    if wanted not in {c.casefold() for c in known}:
        raise GovgraphError(f"no council named {council!r} in the graph; councils: {', '.join(known) or 'none'}")
    return graph.subgraph([n for n, d in graph.nodes(data=True) if d["council"].casefold() in (wanted, "")]).copy()


def _edges(graph: nx.MultiDiGraph, edge_type: str):
    return ((u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == edge_type)


def top_reporters(graph: nx.MultiDiGraph, limit: int = 10) -> list[dict]:
    """Who reports most (distinct presentations), and to which bodies."""
    presentations: dict[str, set[str]] = defaultdict(set)
    bodies: dict[str, set[str]] = defaultdict(set)
    for person, target, key, data in graph.edges(keys=True, data=True):
        if data["type"] in ("REPORTED_TO", "PRESENTED"):
            presentations[person].add(key.split("|", 1)[1])
            if data["type"] == "REPORTED_TO":
                bodies[person].add(graph.nodes[target]["label"])
    rows = [{"person": graph.nodes[p]["label"], "reports": len(keys), "bodies": sorted(bodies[p])}
            for p, keys in presentations.items()]
    return sorted(rows, key=lambda r: (-r["reports"], r["person"]))[:limit]


def _bodies_of_person(graph: nx.MultiDiGraph, person: str) -> set[str]:
    bodies = set()
    for _, target, data in graph.out_edges(person, data=True):
        kind = graph.nodes[target]["kind"]
        if kind == "Body":
            bodies.add(target)
        elif data["type"] == "ATTENDED" and kind == "Meeting":
            bodies |= {b for _, b, d in graph.out_edges(target, data=True) if d["type"] == "MEETING_OF"}
    return bodies


def bridging_people(graph: nx.MultiDiGraph) -> list[dict]:
    """People linked to two or more bodies, with their betweenness centrality."""
    centrality = nx.betweenness_centrality(nx.Graph(graph.to_undirected()))
    rows = []
    for person, data in graph.nodes(data=True):
        if data["kind"] == "Person":
            bodies = _bodies_of_person(graph, person)
            if len(bodies) >= 2:
                rows.append({"person": data["label"], "bodies": sorted(graph.nodes[b]["label"] for b in bodies),
                             "betweenness": round(centrality[person], 4)})
    return sorted(rows, key=lambda r: (-len(r["bodies"]), -r["betweenness"], r["person"]))


def risk_history(graph: nx.MultiDiGraph, risk_name: str) -> list[dict]:
    """Who presented a risk, when, and with which score, in date order."""
    risks = {uri for uri, d in graph.nodes(data=True) if d["kind"] == "Risk"
             and d["label"].casefold() == risk_name.casefold()}
    rows = []
    for risk in risks:
        for score in graph.nodes[risk].get("scores", []):
            previous, value = ("?" if v is None else v for v in (score["previous"], score["value"]))
            rows.append({"date": score["date"], "event": "score", "who": "",
                         "detail": f"{score['kind']} {previous} → {value}".strip()})
    names = {graph.nodes[r]["label"].casefold() for r in risks}
    for person, _, data in _edges(graph, "PRESENTED"):
        if data["subject"].casefold() in names:
            rows.append({"date": data["date"], "event": "presented", "who": graph.nodes[person]["label"],
                         "detail": data["subject"]})
    return sorted(rows, key=lambda r: (r["date"], r["event"], r["who"]))


def partners_by_risk(graph: nx.MultiDiGraph) -> list[dict]:
    """For each risk, the partner organisations named in the same documents, most often first."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for organisation, risk, _ in _edges(graph, "MENTIONED_WITH"):
        counts[risk][graph.nodes[organisation]["label"]] += 1
    return [{"risk": graph.nodes[risk]["label"], "partners": [f"{name} ({n})" for name, n in c.most_common()]}
            for risk, c in sorted(counts.items(), key=lambda kv: graph.nodes[kv[0]]["label"])]


def body_timeline(graph: nx.MultiDiGraph, body_name: str) -> list[dict]:
    """A body's meetings and decisions in date order."""
    bodies = {uri for uri, d in graph.nodes(data=True) if d["kind"] == "Body"
              and d["label"].casefold() == body_name.casefold()}
    rows = []
    for source, target, data in graph.edges(data=True):
        if target in bodies and data["type"] == "MEETING_OF":
            rows.append({"date": graph.nodes[source]["date"], "event": "meeting", "detail": ""})
        elif target in bodies and data["type"] == "DECIDED_BY":
            rows.append({"date": graph.nodes[source]["date"], "event": "decision",
                         "detail": graph.nodes[source]["label"]})
    return sorted(rows, key=lambda r: (r["date"], r["event"], r["detail"]))


def focus(graph: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    """The ego graph around ``centre`` up to ``depth`` hops, ignoring direction."""
    return nx.ego_graph(graph, centre, radius=depth, undirected=True)
