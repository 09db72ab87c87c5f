"""Dereferenceable IRIs: ``govgraph publish`` writes a static site that, served at the base,
answers every IRI of the dumps with a page, its Turtle and its JSON-LD."""

import functools
import html
import http.server
import threading
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from typer.testing import CliRunner

from govgraph.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BASE = "https://data.example.gov.uk/id/"
FOAF_PERSON = URIRef("http://xmlns.com/foaf/0.1/Person")
GG = "https://w3id.org/govgraph/ontology#"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The examples published, and a local HTTP server serving the site."""
    home = tmp_path_factory.mktemp("home")
    out = tmp_path_factory.mktemp("site") / "site"
    runner = CliRunner()
    common = ["--home", str(home), "--base", BASE]
    assert runner.invoke(app, [*common, "load", str(EXAMPLES), "--manifest", str(EXAMPLES / "manifest.csv")]
                         ).exit_code == 0
    result = runner.invoke(app, [*common, "publish", str(out), "--publisher", "Blackpool Council"])
    assert result.exit_code == 0, result.output
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield out, f"http://127.0.0.1:{server.server_address[1]}/", result.output
    server.shutdown()


def local(iri: str, served: str) -> str:
    return served + iri[len(BASE):]


def sample(dump: Graph) -> list[URIRef]:
    """People, meetings, decisions and risks named in the dump."""
    kinds = (FOAF_PERSON, URIRef(GG + "Meeting"), URIRef(GG + "Decision"), URIRef(GG + "Risk"))
    return [next(iter(sorted(dump.subjects(RDF.type, kind)))) for kind in kinds]


def test_a_sample_of_iris_from_the_dumps_resolves_to_a_page_and_its_own_triples(site):
    out, served, _ = site
    dump = Graph().parse(out / "dumps" / "govgraph.ttl")
    for iri in sample(dump):
        with urllib.request.urlopen(local(str(iri), served)) as response:
            page = response.read().decode("utf-8")
        assert response.status == 200 and "text/html" in response.headers["Content-Type"]
        label = str(dump.value(iri, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
        assert f"<h1>{html.escape(label)}</h1>" in page
        with urllib.request.urlopen(local(str(iri), served) + "/index.ttl") as response:
            own = Graph().parse(data=response.read(), format="turtle")
        expected = {(p, o) for p, o in dump.predicate_objects(iri)}
        assert {(p, o) for p, o in own.predicate_objects(iri)} == expected, iri
        with urllib.request.urlopen(local(str(iri), served) + "/index.jsonld") as response:
            assert len(Graph().parse(data=response.read(), format="json-ld")) == len(expected)


def test_pages_link_related_resources_that_resolve_and_escape_the_text(site):
    out, served, _ = site
    with urllib.request.urlopen(served + "person/blackpool-council/victoria-gent/") as response:
        page = response.read().decode("utf-8")
    assert "presented an update in relation to sub risk (a)" in page  # the evidence quote
    assert 'href="../../../post/blackpool-council/director-of-childrens-services/"' in page
    with urllib.request.urlopen(served + "post/blackpool-council/director-of-childrens-services/") as response:
        assert response.status == 200
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "gg:Meeting" in index and "foaf:Person (6)" in index
    council = (out / "council" / "blackpool-council" / "index.html").read_text(encoding="utf-8")
    assert "In this council" in council and "Victoria Gent" in council


def test_the_site_holds_the_dumps_catalogue_and_server_notes_all_readable(site):
    out, _, output = site
    assert "serve it at https://data.example.gov.uk/id/" in " ".join(output.split())
    catalog = (out / "dumps" / "catalog.ttl").read_text(encoding="utf-8")
    assert "https://data.example.gov.uk/id/dumps/govgraph.ttl" in catalog
    assert "try_files" in (out / "README.md").read_text(encoding="utf-8")
    assert {oct(p.stat().st_mode & 0o777) for p in out.rglob("*")} == {"0o644", "0o755"}


def test_hostile_text_is_escaped_in_pages(tmp_path):
    minutes = tmp_path / "hostile.txt"
    minutes.write_text("Agenda item\n\nBudget <script>alert(1)</script>\n\nMs Jane Doe, Director of Finance, "
                       "presented the report <img src=x onerror=alert(2)>.\n", encoding="utf-8")
    runner = CliRunner()
    common = ["--home", str(tmp_path / "home"), "--base", BASE]
    assert runner.invoke(app, [*common, "load", str(minutes), "--council", "Testshire Council"]).exit_code == 0
    assert runner.invoke(app, [*common, "publish", str(tmp_path / "site")]).exit_code == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("index.html"))
    assert "<script>alert" not in pages and "<img src=x" not in pages
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages


def test_publish_never_replaces_a_folder_it_did_not_write(tmp_path):
    runner = CliRunner()
    common = ["--home", str(tmp_path / "home"), "--base", BASE]
    assert runner.invoke(app, [*common, "load", str(EXAMPLES)]).exit_code == 0
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "letter.txt").write_text("keep me")
    for target in (precious, precious / "letter.txt"):
        result = runner.invoke(app, [*common, "publish", str(target)])
        assert result.exit_code == 1
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"error: {target} exists and is not a site govgraph published")
    assert (precious / "letter.txt").read_text() == "keep me"
    site = tmp_path / "site"
    for _ in range(2):  # a site it wrote is replaced
        assert runner.invoke(app, [*common, "publish", str(site)]).exit_code == 0
    assert (site / "index.html").is_file()


def test_an_evidence_page_carries_its_quote_selector(site):
    out, served, _ = site
    dump = Graph().parse(out / "dumps" / "govgraph.ttl")
    oa = "http://www.w3.org/ns/oa#"
    evidence = next(iter(sorted(dump.subjects(RDF.type, URIRef(GG + "Evidence")))))
    with urllib.request.urlopen(local(str(evidence), served) + "/index.ttl") as response:
        own = Graph().parse(data=response.read(), format="turtle")
    selector = own.value(evidence, URIRef(oa + "hasSelector"))
    assert (selector, RDF.type, URIRef(oa + "TextQuoteSelector")) in own
    assert str(own.value(selector, URIRef(oa + "exact"))) == str(dump.value(evidence, URIRef(GG + "quote")))
    with urllib.request.urlopen(local(str(evidence), served)) as response:
        page = response.read().decode("utf-8")
    assert "oa:exact" in page and "(blank node)" not in page
