"""Sync into real graph servers — the bundled FalkorDB and a real Neo4j (the harness) — with the
same tests: counts, properties, idempotence, stale facts, convergence after the server dies
mid-sync, and hostile text stored verbatim. Tests of the bundled server itself use FalkorDB only."""

import datetime
import os
import signal
import sys
from pathlib import Path

import pytest

from govgraph.errors import GovgraphError
from govgraph.graph import dialect as cypher
from govgraph.graph import server
from govgraph.graph.project import project
from govgraph.graph.sync import send_batches, sync, wipe, write_nodes, write_relationships
from govgraph.graph.targets import FalkorTarget, Neo4jTarget, Target, TargetError
from govgraph.iri import IriMinter
from govgraph.loaders.manifest import read_manifest
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import collect_sources, load_sources
from govgraph.store import KnowledgeStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from corpus import write_corpus  # noqa: E402

MINTER = IriMinter("https://example.org/id/")


@pytest.fixture
def falkordb(tmp_path):
    """A real bundled server on a free port, in its own data folder; stopped afterwards."""
    home = tmp_path / "home"
    info = server.start(home, server.free_port())
    target = FalkorTarget("127.0.0.1", info.port, info.password)
    yield home, target
    target.close()
    server.stop(home)


@pytest.fixture(params=["falkordb", "neo4j"])
def target(request) -> Target:
    """Each graph target in turn, empty."""
    if request.param == "neo4j":
        return request.getfixturevalue("neo4j")
    return request.getfixturevalue("falkordb")[1]


@pytest.fixture
def examples_store(tmp_path):
    store = KnowledgeStore(tmp_path / "store")
    manifest = read_manifest(EXAMPLES / "manifest.csv")
    manifest = {path: SourceMeta(council=m.council, body=m.body or "Children and Young People's Scrutiny Committee",
                                 date="2023-07-27") for path, m in manifest.items()}
    load_sources(collect_sources([EXAMPLES]), store, MINTER, manifest=manifest)
    yield store
    store.close()


def everything(target: Target) -> tuple[list, list]:
    nodes = target.read("MATCH (n) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props ORDER BY uri")
    rels = target.read("MATCH (a)-[r]->(b) RETURN a.uri AS a, type(r) AS t, b.uri AS b, properties(r) AS props "
                       "ORDER BY a, t, b, r.key")
    return nodes, rels


def test_the_examples_sync_with_the_expected_counts_and_properties(target, examples_store):
    report = sync(examples_store, target)
    graph = project(examples_store)
    assert report.nodes_written == len(graph.nodes) == 46
    assert report.relationships_written == len(graph.relationships)
    rows = target.read("MATCH (p:Person)-[r:REPORTED_TO]->(b:Committee) RETURN p.name AS person, p.honorific AS "
                       "honorific, b.name AS body, r.date AS date, r.subject AS subject, r.evidence AS evidence "
                       "ORDER BY person")
    assert [(r["person"], r["honorific"], r["body"]) for r in rows] == [
        ("Jeanette Richards", "Mrs", "Children and Young People's Scrutiny Committee"),
        ("Kate Aldridge", "Ms", "Audit Committee"), ("Victoria Gent", "Ms", "Audit Committee")]
    assert all(r["date"] == datetime.date(2023, 7, 27) for r in rows)
    gent = next(r for r in rows if r["person"] == "Victoria Gent")
    assert gent["subject"] == "Failure of Children’s Social Care"
    assert gent["evidence"][0].startswith("Ms Victoria Gent, Director of Children’s Services presented")
    (meeting,) = target.read("MATCH (m:Meeting)-[:MEETING_OF]->(:Committee {name: 'Audit Committee'}) "
                             "RETURN m.date AS date, m.documents AS documents")
    assert meeting["date"] == datetime.date(2023, 7, 27)
    assert [d.rsplit("-", 1)[0] for d in meeting["documents"]] == [
        "https://example.org/id/document/blackpool-audit-risk-deep-dive"]
    assert uri_is_unique(target)


def uri_is_unique(target: Target) -> bool:
    """Whether the target holds a uniqueness constraint on ``Resource.uri``."""
    if isinstance(target, Neo4jTarget):
        rows = target.read("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties")
        return {"type": "UNIQUENESS", "labelsOrTypes": ["Resource"], "properties": ["uri"]} in rows
    constraints = target._graph.list_constraints()
    rows = constraints.result_set if hasattr(constraints, "result_set") else constraints
    return any(c["label"] == "Resource" and c["properties"] == ["uri"] for c in rows)


def test_syncing_twice_changes_nothing(target, examples_store):
    sync(examples_store, target)
    before = everything(target)
    again = sync(examples_store, target)
    assert (again.affected_documents, again.nodes_written, again.relationships_written) == (0, 0, 0)
    assert everything(target) == before


def test_nodes_created_in_an_empty_graph_equal_nodes_merged(target, examples_store):
    target.ensure_schema()
    graph = project(examples_store)
    stored = []
    for fresh in (True, False):
        write_nodes(target, list(graph.nodes.values()), fresh=fresh)
        write_relationships(target, list(graph.relationships.values()))
        stored.append(everything(target))
        wipe(target)
    assert stored[0] == stored[1]
    assert len(stored[0][0]) == len(graph.nodes)


def test_a_refused_batch_fails_the_write_and_keeps_the_finished_batches(target):
    target.ensure_schema()
    statement = cypher.create_nodes(("Person", "Resource"), ())

    def job(name: str) -> tuple[str, list[dict]]:
        return statement, [{"uri": f"urn:x:{name}", "props": {"uri": f"urn:x:{name}"}}]

    done = []
    send_batches(target, [job("a"), job("b"), job("c")], done.append)
    assert done == [1, 1, 1]
    with pytest.raises(TargetError, match="refused a statement"):
        send_batches(target, [job("d"), job("a")])
    assert target.read("MATCH (n:Person) RETURN n.uri AS uri ORDER BY uri") == [
        {"uri": f"urn:x:{name}"} for name in "abcd"]


def test_a_reloaded_changed_document_leaves_no_stale_facts(target, tmp_path):
    store = KnowledgeStore()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the report.\n\n"
                 "Resolved: That the report be noted.\n")
    b.write_text("Agenda item\n\nAudit\n\nMs Jane Doe, Director of Finance, introduced the audit plan.\n")
    meta = SourceMeta(council="Testshire", body="Audit Committee")
    load_sources([a, b], store, MINTER, meta)
    sync(store, target)
    a.write_text("Agenda item\n\nBudget\n\nMr Tom Hill, Head of Audit, presented the report.\n")
    load_sources([a], store, MINTER, meta)
    report = sync(store, target)
    assert report.affected_documents == 1
    people = target.read("MATCH (p:Person) RETURN p.name AS name, p.documents AS docs ORDER BY name")
    iri = {Path(d.key).name.rsplit("-", 1)[0]: d.iri for d in store.documents()}
    assert people == [{"name": "Jane Doe", "docs": [iri["b"]]}, {"name": "Tom Hill", "docs": [iri["a"]]}]
    assert target.read("MATCH (d:Decision) RETURN count(d) AS n") == [{"n": 0}]
    store.remove_document(iri["b"])
    report = sync(store, target)
    assert report.removed_documents == 1
    assert target.read("MATCH (p:Person) RETURN p.name AS name") == [{"name": "Tom Hill"}]


def test_hostile_text_is_stored_verbatim_and_nothing_runs(target, tmp_path):
    store = KnowledgeStore()
    hostile = "Ms Jane O'Brien, Director of Finance '}) DETACH DELETE n // \\\" \\\\, presented the report."
    path = tmp_path / "hostile.txt"
    path.write_text(f"Agenda item\n\nBudget'}}) MATCH (n) DETACH DELETE n //\n\n{hostile}\n")
    load_sources([path], store, MINTER, SourceMeta(council="Testshire"))
    sync(store, target)
    sync(store, target, full=True)
    (person,) = target.read("MATCH (p:Person) RETURN p.name AS name, p.evidence AS evidence")
    assert person["name"] == "Jane O'Brien"
    assert person["evidence"] == [hostile]
    titles = target.read("MATCH (i:AgendaItem) RETURN i.title AS title")
    assert titles == [{"title": "Budget'}) MATCH (n) DETACH DELETE n //"}]
    assert target.read("MATCH (n) RETURN count(n) AS n")[0]["n"] == len(project(store).nodes)


def test_a_server_killed_mid_sync_fails_and_the_next_sync_converges(falkordb, tmp_path):
    home, target = falkordb
    store = KnowledgeStore()
    load_sources(write_corpus(tmp_path / "in", 400), store, MINTER)
    killed = []

    def kill_after_first_batch(phase: str, done: int, total: int) -> None:
        if not killed:
            killed.append(phase)
            os.kill(server.running(home).pid, signal.SIGKILL)

    with pytest.raises(TargetError, match=r"FalkorDB at 127\.0\.0\.1"):
        sync(store, target, progress=kill_after_first_batch)
    assert killed == ["nodes"]
    info = server.start(home, target.port)
    restarted = FalkorTarget("127.0.0.1", info.port, info.password)
    report = sync(store, restarted)
    assert report.mismatches == []
    assert sync(store, restarted).affected_documents == 0
    restarted.close()


def test_a_neo4j_killed_mid_sync_fails_and_the_next_sync_converges(neo4j_server, tmp_path):
    from conftest import neo4j_harness

    launch = neo4j_harness()
    store = KnowledgeStore()
    load_sources(write_corpus(tmp_path / "in", 400), store, MINTER)
    port = server.free_port()
    own = launch.start(tmp_path / "db", port)
    target = Neo4jTarget(own.uri, own.user, own.password)
    killed = []

    def kill_after_first_batch(phase: str, done: int, total: int) -> None:
        if not killed:
            killed.append(phase)
            own.kill()

    with pytest.raises(TargetError, match=rf"Neo4j at bolt://127\.0\.0\.1:{port}"):
        sync(store, target, progress=kill_after_first_batch)
    target.close()
    assert killed == ["nodes"]
    again = launch.start(tmp_path / "db", port, own.password)
    restarted = Neo4jTarget(again.uri, again.user, again.password)
    try:
        assert sync(store, restarted).mismatches == []
        assert sync(store, restarted).affected_documents == 0
    finally:
        restarted.close()
        again.stop()


def test_a_wrong_neo4j_password_is_reported_without_it(neo4j_server):
    with pytest.raises(TargetError, match="wrong user name or password") as caught:
        Neo4jTarget(neo4j_server.uri, "neo4j", "not-the-password")
    assert "not-the-password" not in str(caught.value)


def test_an_unreachable_server_is_named_in_the_error():
    with pytest.raises(TargetError, match=r"FalkorDB at 127.0.0.1:\d+ \(graph govgraph\) is not reachable; start it"):
        FalkorTarget("127.0.0.1", server.free_port(), "x")


def test_a_wrong_password_is_reported(falkordb):
    _, target = falkordb
    with pytest.raises(TargetError, match="wrong password"):
        FalkorTarget("127.0.0.1", target.port, "not-the-password")


def test_a_port_in_use_is_reported(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(GovgraphError, match=f"port {taken.getsockname()[1]} on 127.0.0.1 is in use"):
            server.start(tmp_path / "home", taken.getsockname()[1])


def test_the_server_keeps_its_graph_across_a_restart_and_its_password_private(falkordb, examples_store):
    home, target = falkordb
    sync(examples_store, target)
    server.stop(home)
    info = server.start(home, target.port)
    again = FalkorTarget("127.0.0.1", info.port, info.password)
    assert again.read("MATCH (p:Person) RETURN count(p) AS n") == [{"n": 6}]
    assert oct((home / "falkordb" / "password").stat().st_mode & 0o777) == "0o600"
    assert info.password not in (home / "falkordb" / "server.json").read_text()
    again.close()


def test_a_node_whose_class_changes_is_recreated_with_its_new_labels(target, tmp_path):
    store = KnowledgeStore()
    path = tmp_path / "a.txt"
    path.write_text("Agenda item\n\nBudget\n\nMs Jane Doe presented the report.\n")
    load_sources([path], store, MINTER, SourceMeta(council="Testshire", body="Resources Panel"))
    sync(store, target)
    assert [sorted(r["labels"]) for r in target.read("MATCH (b:Body) RETURN labels(b) AS labels")] == [
        ["Body", "Panel", "Resource"]]
    graph = store.document_graph(store.documents()[0].iri)
    from govgraph.ontology.namespaces import GG, RDF
    body = next(graph.subjects(RDF.type, GG.Panel))
    graph.remove((body, RDF.type, GG.Panel))
    graph.add((body, RDF.type, GG.Board))
    graph.set((graph.identifier, GG.sha256, __import__("rdflib").Literal("f" * 64)))
    store.replace_document(graph)
    sync(store, target)
    assert [sorted(r["labels"]) for r in target.read("MATCH (b:Body) RETURN labels(b) AS labels")] == [
        ["Board", "Body", "Resource"]]
    assert target.read("MATCH (b:Body) RETURN b.kind AS kind") == [{"kind": "Board"}]
    assert target.read("MATCH (p:Person) RETURN p.kind AS kind") == [{"kind": "Person"}]


def test_control_characters_in_minutes_never_reach_a_query(target, tmp_path):
    store = KnowledgeStore()
    path = tmp_path / "control.txt"
    path.write_bytes(b"Agenda item\n\nBudget\n\n" + b"x " * 5000 +
                     b"\n\nMs Jane\x00 Doe, Director of\x01 Finance, presented the report.\x1f\n")
    load_sources([path], store, MINTER, SourceMeta(council="Testshire"))
    sync(store, target)
    (person,) = target.read("MATCH (p:Person) RETURN p.name AS name, p.evidence AS evidence")
    assert person["name"] == "Jane Doe"
    assert person["evidence"] == ["Ms Jane Doe, Director of Finance, presented the report."]
