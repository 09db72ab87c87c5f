"""The store keeps one named graph per document; reloading replaces exactly its facts."""

from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import collect_sources, load_sources
from govgraph.store import KnowledgeStore

FIRST = ("Agenda item\n\nBudget\n\nMr John Smith, Chief Executive, presented the report.\n\n"
         "Resolved: That the report be noted.\n")
SECOND = "Agenda item\n\nBudget\n\nMs Jane Doe, Director of Finance, presented the report.\n"
OTHER = "Agenda item\n\nRisk\n\nDr Alan Jones, Head of Audit, introduced the report.\n"


def names_in(store: KnowledgeStore) -> set[str]:
    rows = store.select("SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }")
    return {str(r["n"]) for r in rows}


def test_reloading_a_changed_document_leaves_no_stale_facts(tmp_path):
    store = KnowledgeStore(tmp_path / "store")
    minter = IriMinter("https://example.org/id/")
    (tmp_path / "in").mkdir()
    a, b = tmp_path / "in" / "a.txt", tmp_path / "in" / "b.txt"
    a.write_text(FIRST)
    b.write_text(OTHER)
    load_sources(collect_sources([tmp_path / "in"]), store, minter, SourceMeta(council="Testshire"))
    assert names_in(store) == {"John Smith", "Alan Jones"}
    a.write_text(SECOND)
    load_sources([a], store, minter, SourceMeta(council="Testshire"))
    assert names_in(store) == {"Jane Doe", "Alan Jones"}
    assert [d.key.rsplit("-", 1)[0] for d in store.documents()] == ["a", "b"]


def test_the_store_persists_across_reopening(tmp_path):
    path = tmp_path / "store"
    store = KnowledgeStore(path)
    (tmp_path / "a.txt").write_text(FIRST)
    load_sources([tmp_path / "a.txt"], store, IriMinter("https://example.org/id/"))
    count = len(store)
    store.close()
    del store
    reopened = KnowledgeStore(path)
    assert len(reopened) == count > 0
    assert names_in(reopened) == {"John Smith"}


def test_removing_a_document_drops_its_graph(tmp_path):
    store = KnowledgeStore()
    (tmp_path / "a.txt").write_text(FIRST)
    report = load_sources([tmp_path / "a.txt"], store, IriMinter("https://example.org/id/"))
    assert store.remove_document(report.loaded[0].iri)
    assert len(store) == 0
    assert not store.remove_document(report.loaded[0].iri)


def test_query_values_are_bound_not_pasted(tmp_path):
    store = KnowledgeStore()
    (tmp_path / "a.txt").write_text(FIRST)
    load_sources([tmp_path / "a.txt"], store, IriMinter("https://example.org/id/"))
    from rdflib import Literal
    hostile = Literal('x" } ; DROP ALL ; SELECT * { ?s ?p "')
    rows = store.select("SELECT ?p ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }", bindings={"n": hostile})
    assert rows == []
    assert names_in(store) == {"John Smith"}


def test_a_batch_writes_new_documents_together_and_replaces_one_given_twice(tmp_path):
    from govgraph.loaders.pipeline import build_document

    minter = IriMinter("https://example.org/id/")
    meta = SourceMeta(council="Testshire")
    (tmp_path / "a.txt").write_text(FIRST)
    (tmp_path / "b.txt").write_text(OTHER)
    first, other = (build_document(tmp_path / n, n, meta, minter).named_graph for n in ("a.txt", "b.txt"))
    (tmp_path / "a.txt").write_text(SECOND)
    second = build_document(tmp_path / "a.txt", "a.txt", meta, minter).named_graph
    assert first.identifier == second.identifier

    store = KnowledgeStore(tmp_path / "store")
    store.write_documents([first, other, second])  # the later graph of a document wins
    assert names_in(store) == {"Jane Doe", "Alan Jones"}
    assert len(store) == len(other) + len(second)
    store.write_documents([first])  # a document already stored is replaced, not added to
    assert names_in(store) == {"John Smith", "Alan Jones"}
    assert len(store) == len(other) + len(first)
