"""Shared fixtures: paths to the shared material, a minter, a one-call extractor, and a real
Neo4j (the harness under tools/neo4j-harness) for the tests of the Neo4j target."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from govgraph.iri import IriMinter
from govgraph.loaders.model import Extraction, SourceMeta
from govgraph.loaders.pipeline import build_document
from govgraph.store import KnowledgeStore

SHARED = Path(__file__).resolve().parents[2] / "shared"
HARNESS = Path(__file__).resolve().parents[1] / "tools" / "neo4j-harness"
BASE = "https://example.org/id/"


@pytest.fixture
def minter() -> IriMinter:
    return IriMinter(BASE)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.skip(f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture
def read_minutes(tmp_path):
    """Extract facts from minutes text, as ``govgraph load`` would."""

    def read(text: str, name: str = "minutes.txt", **meta: str) -> Extraction:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return build_document(path, path.stem, SourceMeta(**meta), IriMinter(BASE)).facts

    return read


def names(facts: Extraction) -> list[str]:
    """The people of an extraction, by name."""
    return sorted(p.name for p in facts.people.values())


def names_read(read_minutes, text: str) -> list[str]:
    """The people read from ``text``, by name."""
    return names(read_minutes(text))


def posts_held(facts: Extraction) -> dict[str, list[str]]:
    """Each person of an extraction, by name, with the posts read for them."""
    return {p.name: [post for post, _ in p.posts] for p in facts.people.values()}


def neo4j_harness():
    """The launcher module of the Neo4j harness (tools/neo4j-harness/launch.py)."""
    if str(HARNESS) not in sys.path:
        sys.path.insert(0, str(HARNESS))
    import launch

    return launch


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """One real Neo4j for the test session, on a free loopback port; skipped only where Java
    or the built launcher is missing (``make test`` builds it)."""
    from govgraph.graph.server import free_port

    launch = neo4j_harness()
    if reason := launch.unavailable_reason():
        pytest.skip(reason)
    server = launch.start(tmp_path_factory.mktemp("neo4j") / "db", free_port())
    yield server
    server.stop()


@pytest.fixture
def neo4j(neo4j_server):
    """A Neo4j target on the session's server, emptied first."""
    with synced_neo4j(neo4j_server) as target:
        yield target


def load_folder(folder: Path) -> KnowledgeStore:
    """A store holding the minutes of ``folder``, read with the folder's manifest."""
    from govgraph.loaders.manifest import read_manifest
    from govgraph.loaders.pipeline import collect_sources, load_sources

    store = KnowledgeStore()
    load_sources(collect_sources([folder]), store, IriMinter(BASE), manifest=read_manifest(folder / "manifest.csv"))
    return store


@contextmanager
def bundled_server(home: Path, store: KnowledgeStore) -> Iterator:
    """The real bundled FalkorDB in ``home``, holding ``store`` synced; stopped afterwards."""
    from govgraph.graph import server
    from govgraph.graph.sync import sync
    from govgraph.graph.targets import FalkorTarget

    info = server.start(home, server.free_port())
    target = FalkorTarget("127.0.0.1", info.port, info.password)
    try:
        sync(store, target)
        yield target
    finally:
        target.close()
        server.stop(home)


@contextmanager
def synced_neo4j(neo4j_server, store: KnowledgeStore | None = None) -> Iterator:
    """The session's real Neo4j, emptied, holding ``store`` synced when one is given."""
    from govgraph.graph.sync import sync
    from govgraph.graph.targets import Neo4jTarget

    target = Neo4jTarget(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    try:
        target.write("MATCH (n) DETACH DELETE n")
        if store is not None:
            sync(store, target)
        yield target
    finally:
        target.close()
