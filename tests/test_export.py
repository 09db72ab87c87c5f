"""Exports round-trip, describe themselves in DCAT and VoID, and are written atomically."""

import hashlib
import os
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID

from govgraph.errors import ExportError
from govgraph.graph.atomic import atomic_write
from govgraph.graph.export import export_store
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import load_sources
from govgraph.store import KnowledgeStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SPDX = Namespace("http://spdx.org/rdf/terms#")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    store = KnowledgeStore()
    files = sorted(EXAMPLES.glob("*.txt"))
    load_sources(files, store, IriMinter("https://example.org/id/"),
                 SourceMeta(council="Blackpool Council", date="2023-07-27"))
    out = tmp_path_factory.mktemp("lod")
    export_store(store, out)
    return store, out


def test_each_dump_parses_back_to_the_stores_triples(exported):
    store, out = exported
    expected = Graph()
    for triple in store.triples():
        expected.add(triple)
    for name, fmt in (("govgraph.ttl", "turtle"), ("govgraph.nt", "nt")):
        parsed = Graph().parse(out / name, format=fmt)
        assert isomorphic(parsed, expected), name
    union = Graph()
    for quad in Dataset().parse(out / "govgraph.jsonld", format="json-ld").quads((None, None, None, None)):
        union.add(quad[:3])
    assert isomorphic(union, expected)


@pytest.mark.parametrize(("name", "fmt"), [("govgraph.trig", "trig"), ("govgraph.jsonld", "json-ld")])
def test_the_trig_and_jsonld_dumps_keep_one_named_graph_per_document(exported, name, fmt):
    store, out = exported
    dataset = Dataset()
    dataset.parse(out / name, format=fmt)
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert graphs == {d.iri for d in store.documents()}
    assert sum(len(g) for g in dataset.graphs()) == len(store)


def test_the_jsonld_uses_the_published_context(exported):
    _, out = exported
    text = (out / "govgraph.jsonld").read_text()
    assert '"name": "Victoria Gent"' in text
    assert (out / "context.jsonld").is_file()


def test_the_catalogue_lists_the_whole_and_each_council_with_every_file(exported):
    _, out = exported
    catalog = Graph().parse(out / "catalog.ttl")
    (whole,) = [d for d in catalog.subjects(RDF.type, DCAT.Dataset) if str(d).endswith("/dataset")]
    (council,) = [d for d in catalog.subjects(RDF.type, DCAT.Dataset) if d != whole]
    assert str(council).endswith("/dataset/council/blackpool-council")
    media = {str(catalog.value(d, DCAT.mediaType)).rsplit("/media-types/", 1)[1]
             for d in catalog.objects(whole, DCAT.distribution)}
    assert media == {"text/turtle", "application/n-triples", "application/ld+json", "application/trig", "text/csv",
                     "application/csvm+json"}
    period = catalog.value(whole, DCTERMS.temporal)
    assert str(catalog.value(period, DCAT.startDate)) == "2023-07-27"
    files = set()
    for dataset in (whole, council):
        for dist in catalog.objects(dataset, DCAT.distribution):
            path = Path(str(catalog.value(dist, DCAT.downloadURL)).removeprefix("file://"))
            files.add(path)
            assert path.stat().st_size == int(catalog.value(dist, DCAT.byteSize))
            checksum = catalog.value(dist, SPDX.checksum)
            assert str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(path.read_bytes()).hexdigest()
            assert catalog.value(dist, DCTERMS.license) is not None
    published = {p for p in out.rglob("*") if p.is_file()} - {out / "catalog.ttl", out / "void.ttl",
                                                                out / "context.jsonld"}
    assert files == published


def test_published_files_and_folders_can_be_served_whatever_the_umask(tmp_path):
    store = KnowledgeStore()
    load_sources(sorted(EXAMPLES.glob("*.txt")), store, IriMinter("https://example.org/id/"),
                 SourceMeta(council="Blackpool Council"))
    previous = os.umask(0o077)
    try:
        export_store(store, tmp_path / "lod")
    finally:
        os.umask(previous)
    modes = {oct(p.stat().st_mode & 0o777) for p in (tmp_path / "lod").rglob("*")}
    assert modes == {"0o644", "0o755"}
    assert oct((tmp_path / "lod").stat().st_mode & 0o777) == "0o755"


def test_void_counts_match_the_graph(exported):
    store, out = exported
    void = Graph().parse(out / "void.ttl")
    (dataset,) = void.subjects(RDF.type, VOID.Dataset)
    assert void.value(dataset, VOID.triples) == Literal(len(set(store.triples())))
    persons = [p for p in void.objects(dataset, VOID.classPartition)
               if str(void.value(p, VOID["class"])) == "http://xmlns.com/foaf/0.1/Person"]
    assert int(void.value(persons[0], VOID.entities)) == 6


def test_an_interrupted_write_leaves_no_half_file(tmp_path):
    target = tmp_path / "govgraph.ttl"
    target.write_text("old complete content")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old complete content"
    assert [p.name for p in tmp_path.iterdir()] == ["govgraph.ttl"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_raises_an_export_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(ExportError, match="cannot write"), atomic_write(locked / "x.ttl"):
        pass


def test_a_path_under_a_file_raises_an_export_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"), atomic_write(blocker / "out" / "x.ttl"):
        pass
