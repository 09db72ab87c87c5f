"""Sync the RDF knowledge graph into a property graph: batched, idempotent, incremental.

1. Project the whole RDF dataset (the source of truth) into nodes and relationships.
2. Compare each document's SHA-256 with the one on its ``:Document`` node in the target:
   changed, new and removed documents are *affected* (``full`` treats all as affected
   after wiping the target).
3. Delete the target's nodes and relationships that came from an affected document and
   are no longer in the projection; upsert every projected element that comes from an
   affected document or was touched by one (so shared nodes get their full properties).
   Into a target holding no ``:Resource`` node yet (a first or ``full`` sync) nodes are
   created rather than merged.
4. Mark the affected documents as synced (their SHA-256) last, so a sync cut short is
   redone next time.
5. Reconcile: node counts per label and relationship counts per type in the target must
   equal the projection's.

Every statement is one ``UNWIND $rows`` batch, so each batch is atomic. Batches of one
step run up to ``target.writers`` at a time; the next step starts when they have all
finished.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from govgraph.errors import GovgraphError
from govgraph.graph import dialect as cypher
from govgraph.graph.project import Node, PropertyGraph, Relationship, project
from govgraph.graph.targets import Target
from govgraph.store import KnowledgeStore

BATCH = 2000


class ReconciliationError(GovgraphError):
    """The target's counts differ from the RDF graph's after a sync."""


@dataclass
class SyncReport:
    """What a sync did."""

    affected_documents: int = 0
    removed_documents: int = 0
    nodes_written: int = 0
    relationships_written: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    mismatches: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def batches(rows: list, size: int = BATCH) -> Iterable[list]:
    """Consecutive slices of ``rows``."""
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _node_row(node: Node, with_sha: bool) -> dict:
    props = dict(node.props)
    if not with_sha:
        props.pop("sha256", None)
    row = {"uri": node.uri, "props": props}
    if node.dates:
        row["dates"] = node.dates
    return row


def _rel_row(rel: Relationship) -> dict:
    row = {"start": rel.start, "end": rel.end, "key": rel.key, "props": rel.props}
    if rel.dates:
        row["dates"] = rel.dates
    return row


def send_batches(target: Target, jobs: list[tuple[str, list]], progress: Callable[[int], None] | None = None,
                 parameter: str = "rows") -> None:
    """Run each ``(statement, rows)`` job as one statement, up to ``target.writers`` at once.

    On the first failure the jobs not yet started are cancelled and the error is raised;
    every finished job was atomic, so a later sync picks up where this one stopped.
    """
    if target.writers <= 1:
        for statement, rows in jobs:
            target.write(statement, {parameter: rows})
            if progress:
                progress(len(rows))
        return
    with ThreadPoolExecutor(target.writers) as pool:
        futures = {pool.submit(target.write, statement, {parameter: rows}): len(rows) for statement, rows in jobs}
        try:
            for future in as_completed(futures):
                future.result()
                if progress:
                    progress(futures[future])
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


def _grouped_jobs(groups: dict[tuple, list[dict]], statement: Callable[..., str]) -> list[tuple[str, list]]:
    return [(statement(*key), batch) for key, rows in sorted(groups.items()) for batch in batches(rows)]


def write_nodes(target: Target, nodes: list[Node], progress: Callable[[int], None] | None = None,
                fresh: bool = False) -> int:
    """Upsert nodes, grouped by labels and date properties, in batches (``:Document`` without its SHA).

    ``fresh`` says the target holds none of these nodes yet, so they are created, not merged.
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for node in nodes:
        groups[(tuple(sorted(node.labels)), tuple(sorted(node.dates)))].append(
            _node_row(node, "Document" not in node.labels))
    send_batches(target, _grouped_jobs(groups, cypher.create_nodes if fresh else cypher.merge_nodes), progress)
    return len(nodes)


def write_relationships(target: Target, rels: list[Relationship],
                        progress: Callable[[int], None] | None = None) -> int:
    """Upsert relationships, grouped by type and date properties, in batches."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for rel in rels:
        groups[(rel.type, tuple(sorted(rel.dates)))].append(_rel_row(rel))
    send_batches(target, _grouped_jobs(groups, cypher.merge_relationships), progress)
    return len(rels)


def wipe(target: Target) -> int:
    """Delete every ``:Resource`` node, in batches; returns how many."""
    deleted = 0
    while True:
        rows = target.write(cypher.WIPE_BATCH, {"limit": 10000})
        count = int(rows[0]["deleted"]) if rows else 0
        deleted += count
        if count == 0:
            return deleted


def counts(target: Target) -> tuple[Counter, Counter]:
    """Node counts per label and relationship counts per type in the target."""
    labels = Counter({r["label"]: int(r["count"]) for r in target.read(cypher.LABEL_COUNTS)})
    types = Counter({r["type"]: int(r["count"]) for r in target.read(cypher.TYPE_COUNTS)})
    return labels, types


def reconcile(target: Target, graph: PropertyGraph) -> list[str]:
    """Differences between the target's counts and the projection's, one line each."""
    labels, types = counts(target)
    problems = []
    for kind, have, want in (("label", labels, graph.label_counts()), ("type", types, graph.type_counts())):
        for name in sorted(set(have) | set(want)):
            if have[name] != want[name]:
                problems.append(f"{kind} {name}: {have[name]} in the database, {want[name]} in the RDF graph")
    return problems


def _affected(target: Target, graph: PropertyGraph) -> tuple[set[str], set[str]]:
    synced = {r["uri"]: r["sha256"] for r in target.read(cypher.SYNCED_DOCUMENTS)}
    current = {uri: node.props.get("sha256") for uri, node in graph.nodes.items() if "Document" in node.labels}
    changed = {uri for uri, sha in current.items() if synced.get(uri) != sha}
    removed = set(synced) - set(current)
    return changed, removed


def _delete_stale(target: Target, graph: PropertyGraph, docs: list[str], report: SyncReport) -> tuple[set, set]:
    touched = {r["uri"]: set(r["labels"]) for r in target.read(cypher.TOUCHED_NODES, {"docs": docs})}
    touched_nodes = set(touched)
    relabelled = {uri for uri, labels in touched.items() if uri in graph.nodes and labels != graph.nodes[uri].labels}
    touched_rels = {(r["start"], r["type"], r["end"], r["key"] or "")
                    for r in target.read(cypher.TOUCHED_RELATIONSHIPS, {"docs": docs})}
    stale_rels: dict[str, list[dict]] = defaultdict(list)
    for start, rel_type, end, key in touched_rels - set(graph.relationships):
        stale_rels[rel_type].append({"start": start, "end": end, "key": key})
    send_batches(target, _grouped_jobs({(rel_type,): rows for rel_type, rows in stale_rels.items()},
                                       cypher.delete_relationships))
    stale_nodes = sorted((touched_nodes - set(graph.nodes)) | relabelled)
    send_batches(target, [(cypher.DELETE_NODES, batch) for batch in batches(stale_nodes)], parameter="uris")
    report.relationships_deleted += sum(len(rows) for rows in stale_rels.values())
    report.nodes_deleted += len(stale_nodes)
    return touched_nodes, touched_rels


def sync(store: KnowledgeStore, target: Target, full: bool = False,
         progress: Callable[[str, int, int], None] | None = None) -> SyncReport:
    """Bring ``target`` in line with ``store``; raises :class:`ReconciliationError` on a count mismatch."""
    import time

    report = SyncReport()
    clock = time.perf_counter()
    graph = project(store)
    report.seconds["project"] = time.perf_counter() - clock
    target.ensure_schema()
    if full:
        report.nodes_deleted += wipe(target)
    fresh = not target.read(cypher.ANY_RESOURCE)
    changed, removed = _affected(target, graph)
    report.affected_documents, report.removed_documents = len(changed), len(removed)
    affected = sorted(changed | removed)
    if affected:
        clock = time.perf_counter()
        touched_nodes, touched_rels = _delete_stale(target, graph, affected, report)
        report.seconds["delete"] = time.perf_counter() - clock
        hit = set(affected)
        nodes = [n for n in graph.nodes.values() if n.documents & hit or n.uri in touched_nodes]
        rels = [r for r in graph.relationships.values() if r.documents & hit or r.identity in touched_rels]
        clock = time.perf_counter()
        report.nodes_written = write_nodes(target, nodes, progress and (lambda n: progress("nodes", n, len(nodes))),
                                           fresh)
        report.seconds["nodes"] = time.perf_counter() - clock
        clock = time.perf_counter()
        report.relationships_written = write_relationships(
            target, rels, progress and (lambda n: progress("relationships", n, len(rels))))
        report.seconds["relationships"] = time.perf_counter() - clock
        marks = [{"uri": uri, "sha256": graph.nodes[uri].props.get("sha256")} for uri in sorted(changed)]
        send_batches(target, [(cypher.MARK_DOCUMENTS, batch) for batch in batches(marks)])
    report.mismatches = reconcile(target, graph)
    if report.mismatches:
        raise ReconciliationError(f"{target.name} differs from the RDF graph after sync: "
                                  + "; ".join(report.mismatches) + " (run 'govgraph sync --full')")
    return report
