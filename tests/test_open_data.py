"""Open data a portal accepts and people can open: the catalogue passes the EU's DCAT-AP 3.0.1
shapes, each council has a dataset of its own, VoID names the dumps, and the facts come as CSV
tables described by CSV on the Web metadata."""

import csv
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, RDF, VOID

from govgraph.graph.export import export_options, export_store
from govgraph.graph.tables import TABLES
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import load_sources
from govgraph.store import KnowledgeStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
MINTER = IriMinter("https://example.org/id/")
NORTH = ("Agenda item\n\nTreasury Strategy\n\nMs Jane Doe, Director of Finance, presented the strategy.\n\n"
         "Present: Councillors Lowe (Chair), Mack and Nash.\n\nRESOLVED: That the strategy be approved.\n")
SOUTH = ("Agenda item\n\nRisk Register\n\nMr Tom Hill, Head of Audit, introduced the report. Risk 4 - Flooding "
         "had risen to 20 from 12.\n\nApologies: Councillor Pryce.\n\nRESOLVED: That the report be noted.\n")


@pytest.fixture(scope="module")
def two_councils(tmp_path_factory):
    """A collection of two councils' minutes, exported."""
    folder = tmp_path_factory.mktemp("minutes")
    store = KnowledgeStore()
    for name, council, text in (("north", "Northwold Council", NORTH), ("south", "Southmere Council", SOUTH)):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        load_sources([path], store, MINTER, SourceMeta(council=council, body="Audit Committee", date="2024-03-05"))
    out = tmp_path_factory.mktemp("lod")
    export_store(store, out, export_options(publisher="Northwold Council", contact="data@example.gov.uk",
                                            download_base="https://data.example.gov.uk/govgraph/",
                                            base="https://example.org/id/"))
    return store, out


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = KnowledgeStore()
    load_sources(sorted(EXAMPLES.glob("*.txt")), store, MINTER, SourceMeta(council="Blackpool Council",
                                                                          date="2023-07-27"))
    out = tmp_path_factory.mktemp("demo")
    export_store(store, out)
    return store, out


def shacl_results(shared: Path, catalog: Path, shapes: str) -> list[tuple[str, str, str]]:
    """(severity, focus node, message) of every result of one DCAT-AP shapes file."""
    from pyshacl import validate

    _, _, text = validate(Graph().parse(catalog), shacl_graph=Graph().parse(shared / "dcat-ap" / shapes))
    return list(zip(re.findall(r"Severity: (\S+)", text), re.findall(r"Focus Node: (\S+)", text),
                    re.findall(r"Message: (.*)", text), strict=True))


@pytest.mark.parametrize("collection", ["demo", "two_councils"])
def test_the_catalogue_passes_dcat_ap(shared, request, collection):
    _, out = request.getfixturevalue(collection)
    assert shacl_results(shared, out / "catalog.ttl", "dcat-ap-SHACL.ttl") == []
    warnings = shacl_results(shared, out / "catalog.ttl", "shapes_recommended.ttl")
    # govgraph has no boundary data: a place's bounding box and centroid are the only gaps
    assert {re.sub(r".*->", "", message) for _, _, message in warnings} <= {"dcat:bbox", "dcat:centroid"}


def test_each_council_has_a_dataset_of_its_own_documents(two_councils):
    store, out = two_councils
    catalog = Graph().parse(out / "catalog.ttl")
    datasets = {str(d).rsplit("/", 1)[1] for d in catalog.subjects(RDF.type, DCAT.Dataset)}
    assert datasets == {"dataset", "northwold-council", "southmere-council"}
    for record in store.documents():
        folder = out / "councils" / record.council.lower().replace(" ", "-")
        expected = Graph()
        for triple in store.triples(record.iri):
            expected.add(triple)
        assert isomorphic(Graph().parse(folder / "govgraph.ttl"), expected), record.council
        urls = {str(u) for u in catalog.objects(None, DCAT.downloadURL)}
        assert f"https://data.example.gov.uk/govgraph/councils/{folder.name}/govgraph.nt" in urls


def test_void_names_the_dumps_the_uri_space_and_example_resources(two_councils):
    _, out = two_councils
    void = Graph().parse(out / "void.ttl")
    (dataset,) = void.subjects(RDF.type, VOID.Dataset)
    assert {str(d) for d in void.objects(dataset, VOID.dataDump)} == {
        f"https://data.example.gov.uk/govgraph/govgraph.{ext}" for ext in ("ttl", "nt", "jsonld", "trig")}
    assert str(void.value(dataset, VOID.uriSpace)) == "https://example.org/id/"
    examples = {str(e).split("/id/", 1)[1].split("/")[0] for e in void.objects(dataset, VOID.exampleResource)}
    assert {"person", "meeting"} <= examples | {e.split("/")[0] for e in examples}


def test_the_tables_read_back_one_row_per_fact_with_document_and_quote(two_councils):
    store, out = two_councils
    read = {t.name: list(csv.DictReader((out / "tables" / t.filename).open(encoding="utf-8", newline="")))
            for t in TABLES}
    assert sorted(r["text"] for r in read["decisions"]) == ["That the report be noted.",
                                                            "That the strategy be approved."]
    assert sorted((r["name"], r["kind"]) for r in read["attendance"]) == [
        ("Lowe", "present"), ("Mack", "present"), ("Nash", "present"), ("Pryce", "apologies")]
    (presentation,) = [r for r in read["presentations"] if r["presenter_name"] == "Jane Doe"]
    assert presentation["body"] == "Audit Committee" and presentation["date"] == "2024-03-05"
    assert "presented the strategy" in presentation["evidence"]
    posts = {(r["name"], r["post"], r["held_in"], r["council"]) for r in read["posts"]}
    assert ("Lowe", "Chair", "Audit Committee", "Northwold Council") in posts
    assert ("Jane Doe", "Director of Finance", "Northwold Council", "Northwold Council") in posts
    (risk,) = read["risks"]
    assert (risk["score"], risk["previous_score"]) == ("20", "12")
    documents = {d.iri for d in store.documents()}
    for name, rows in read.items():
        assert all(r["document"] in documents and r["evidence"] for r in rows), name


def test_the_csvw_metadata_describes_every_column_and_a_csvw_processor_reads_the_tables(two_councils):
    from csvw import TableGroup

    _, out = two_councils
    metadata = json.loads((out / "tables" / "tables-metadata.json").read_text(encoding="utf-8"))
    assert metadata["@context"] == "http://www.w3.org/ns/csvw"
    group = TableGroup.from_file(out / "tables" / "tables-metadata.json")
    for table, spec in zip(group.tables, TABLES, strict=True):
        header, *rows = csv.reader((out / "tables" / spec.filename).open(encoding="utf-8", newline=""))
        assert [c.name for c in table.tableSchema.columns] == header
        assert len(list(table.iterdicts())) == len(rows)
    decisions = next(t for t in group.tables if str(t.url) == "decisions.csv")
    assert {r["decision"].authority for r in decisions.iterdicts()} == {"example.org"}
