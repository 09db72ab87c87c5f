"""Identity: one document per source, one meeting for all its pages, items by their own number."""

import itertools

import pytest
from typer.testing import CliRunner

from govgraph.cli import app
from govgraph.graph.export import export_store
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import load_sources
from govgraph.ontology.validate import validate_graph
from govgraph.store import KnowledgeStore

PAGE = ("Agenda item\n\nMeeting: 18/01/2024 - Audit Committee (Item {number}.)\n\n{title}\n\nMinutes:\n"
        "Ms Jane Fletcher, Director of Finance, presented the {subject}.\n\nRESOLVED: That the {subject} be noted.\n")
GG = "https://w3id.org/govgraph/ontology#"


def pages(folder):
    folder.mkdir()
    five = folder / "item5.txt"
    seven = folder / "item7.txt"
    five.write_text(PAGE.format(number=5, title="Treasury Strategy", subject="treasury strategy"))
    seven.write_text(PAGE.format(number=7, title="Internal Audit Plan", subject="audit plan"))
    return [five, seven]


@pytest.mark.parametrize("order", list(itertools.permutations([0, 1])))
def test_two_agenda_item_pages_of_one_meeting_make_one_meeting_with_two_items(tmp_path, order):
    files = pages(tmp_path / "in")
    store = KnowledgeStore()
    report = load_sources([files[i] for i in order], store, IriMinter("https://w3id.org/govgraph/id/"),
                          SourceMeta(council="Testshire Council"))
    assert not report.failed
    meetings = store.select(f"SELECT DISTINCT ?m WHERE {{ ?m a <{GG}Meeting> }}")
    items = store.select(f"SELECT DISTINCT ?i ?n WHERE {{ ?i a <{GG}AgendaItem> ; <{GG}itemNumber> ?n }} ORDER BY ?n")
    assert [str(m["m"]) for m in meetings] == [
        "https://w3id.org/govgraph/id/meeting/testshire-council/audit-committee/2024-01-18"]
    assert [str(i["n"]) for i in items] == ["5", "7"]
    assert validate_graph(store.union_graph()) == []
    assert export_store(store, tmp_path / "out")


def test_same_named_files_of_two_councils_loaded_in_separate_runs_are_two_documents(tmp_path):
    home = str(tmp_path / "home")
    for council in ("North", "South"):
        folder = tmp_path / council
        folder.mkdir()
        (folder / "minutes.txt").write_text(PAGE.format(number=3, title="Budget", subject="budget"))
        result = CliRunner().invoke(app, ["--home", home, "load", str(folder / "minutes.txt"),
                                          "--council", f"{council} Council"])
        assert result.exit_code == 0, result.output
    with KnowledgeStore(tmp_path / "home" / "store") as store:
        assert sorted(d.council for d in store.documents()) == ["North Council", "South Council"]


def test_the_same_file_loaded_twice_is_one_document_and_remove_takes_it_out(tmp_path):
    home = str(tmp_path / "home")
    path = tmp_path / "minutes.txt"
    path.write_text(PAGE.format(number=3, title="Budget", subject="budget"))
    for _ in range(2):
        assert CliRunner().invoke(app, ["--home", home, "load", str(path)]).exit_code == 0
    with KnowledgeStore(tmp_path / "home" / "store") as store:
        (record,) = store.documents()
        assert (record.body, record.date) == ("Audit Committee", "2024-01-18")
    result = CliRunner().invoke(app, ["--home", home, "remove", record.key])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(app, ["--home", home, "remove", record.key])
    assert result.exit_code == 1 and "no such document" in result.stderr
    with KnowledgeStore(tmp_path / "home" / "store") as store:
        assert store.documents() == []


def test_the_council_comes_from_the_page_and_same_named_committees_of_two_councils_stay_apart(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, contact in (("north", "democratic.services@blackpool.gov.uk"),
                          ("south", "https://wyre.moderngov.co.uk/mgCommitteeDetails.aspx?ID=5")):
        (folder / f"{name}.txt").write_text(
            f"Audit and Governance Committee - 3 March 2022\n\nContact: Ann Lee, {contact}\n\n1. Minutes\n"
            "Ms Jane Fletcher, Director of Finance, presented the report.\n")
    store = KnowledgeStore()
    load_sources(sorted(folder.iterdir()), store, IriMinter("https://w3id.org/govgraph/id/"))
    rows = store.select(f"SELECT ?b ?c WHERE {{ ?b a <{GG}Committee> ; <http://www.w3.org/ns/org#unitOf> "
                        f"?council . ?council <http://www.w3.org/2004/02/skos/core#prefLabel> ?c }} ORDER BY ?c")
    assert [(str(r["b"]).split("/id/")[1], str(r["c"])) for r in rows] == [
        ("body/blackpool-borough-council/audit-and-governance-committee", "Blackpool Borough Council"),
        ("body/wyre-borough-council/audit-and-governance-committee", "Wyre Borough Council")]


def _people(store: KnowledgeStore) -> list[tuple[str, str]]:
    rows = store.select("SELECT ?p ?n WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
                        "<http://xmlns.com/foaf/0.1/name> ?n } ORDER BY ?p ?n")
    return [(str(r["p"]).rsplit("/", 1)[1], str(r["n"])) for r in rows]


@pytest.mark.parametrize("first", ["full", "short"])
def test_ms_fletcher_and_jane_fletcher_of_one_council_are_one_person_in_either_order(tmp_path, first):
    texts = {"full": "1. Budget\nJane Fletcher, Director of Finance, presented the budget.\n",
             "short": "1. Audit\nMs Fletcher presented the audit plan.\n"}
    store = KnowledgeStore()
    for name in (first, "short" if first == "full" else "full"):
        (tmp_path / f"{name}.txt").write_text(texts[name])
        load_sources([tmp_path / f"{name}.txt"], store, IriMinter("https://w3id.org/govgraph/id/"),
                     SourceMeta(council="Testshire Council"))
    people = _people(store)
    assert len({iri for iri, _ in people}) == 1
    assert {name for _, name in people} == {"Jane Fletcher", "Fletcher"}


def test_ms_fletcher_and_mr_j_fletcher_stay_two_people_in_one_document_and_across_two(tmp_path):
    store = KnowledgeStore()
    (tmp_path / "a.txt").write_text("1. Questions\nMs Fletcher answered a question from Mr J Fletcher, a member of "
                                    "the public.\n")
    (tmp_path / "b.txt").write_text("1. Audit\nMr J Fletcher asked about the audit plan.\n")
    load_sources([tmp_path / "a.txt"], store, IriMinter("https://w3id.org/govgraph/id/"),
                 SourceMeta(council="Testshire Council"))
    assert len({iri for iri, _ in _people(store)}) == 2
    load_sources([tmp_path / "b.txt"], store, IriMinter("https://w3id.org/govgraph/id/"),
                 SourceMeta(council="Testshire Council"))
    assert len({iri for iri, _ in _people(store)}) == 2


def test_the_generated_benchmark_collection_loaded_with_a_council_passes_shacl(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from corpus import write_corpus

    store = KnowledgeStore()
    report = load_sources(write_corpus(tmp_path / "in", 300), store, IriMinter("https://w3id.org/govgraph/id/"),
                          SourceMeta(council="Testshire Council"))
    assert len(report.loaded) == 30 and not report.failed
    assert validate_graph(store.union_graph()) == []


def test_in_the_development_set_no_organisation_risk_or_decision_hangs_on_its_document_alone(shared):
    from govgraph.graph.project import project

    store = KnowledgeStore()
    corpus = sorted((shared / "eval" / "corpus").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    load_sources(corpus, store, IriMinter("https://w3id.org/govgraph/id/"))
    graph = project(store)
    linked: dict[str, set[str]] = {}
    for rel in graph.relationships.values():
        for own, other in ((rel.start, rel.end), (rel.end, rel.start)):
            if "Document" not in graph.nodes[other].labels:
                linked.setdefault(own, set()).add(other)
    floating = [n.uri for n in graph.nodes.values()
                if n.labels & {"Organisation", "Risk", "Decision"} and not linked.get(n.uri)]
    assert floating == []


def test_people_lists_a_councils_people_and_flags_the_ambiguous_ones(tmp_path):
    home = str(tmp_path / "home")
    (tmp_path / "f1.txt").write_text("1. Audit\nMs Fletcher presented the audit plan. Mr J Fletcher asked about it.\n")
    (tmp_path / "f2.txt").write_text("1. Budget\nDr Jane Fletcher, Director of Finance, presented the budget.\n")
    runner = CliRunner()
    assert runner.invoke(app, ["--home", home, "load", str(tmp_path / "f1.txt"), str(tmp_path / "f2.txt"),
                               "--council", "Testshire Council"]).exit_code == 0
    result = runner.invoke(app, ["--home", home, "people", "--council", "Testshire Council"], terminal_width=200)
    assert result.exit_code == 0, result.output
    rows = {line.split("│")[1].strip(): line.split("│")[4].strip() for line in result.output.splitlines()
            if line.startswith("│")}
    assert rows == {"Fletcher": "Jane Fletcher", "J Fletcher": "Jane Fletcher",
                    "Jane Fletcher": "Fletcher; J Fletcher"}


def test_a_corrections_file_merges_and_keeps_apart_what_the_rules_cannot_settle(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "corrections.toml").write_text(
        '[[same]]\ncouncil = "Testshire Council"\nnames = ["Jane Fletcher", "J Fletcher"]\n\n'
        '[[different]]\ncouncil = "Testshire Council"\nnames = ["Fletcher", "Jane Fletcher"]\n')
    (tmp_path / "a.txt").write_text("1. Audit\nDr Jane Fletcher presented the audit plan.\n")
    (tmp_path / "b.txt").write_text("1. Budget\nMr J Fletcher presented the budget.\n")
    (tmp_path / "c.txt").write_text("1. Risk\nMs Fletcher presented the risk register.\n")
    for name in ("a", "b", "c"):
        result = CliRunner().invoke(app, ["--home", str(home), "load", str(tmp_path / f"{name}.txt"),
                                          "--council", "Testshire Council"])
        assert result.exit_code == 0, result.output
    with KnowledgeStore(home / "store") as store:
        people = _people(store)
    assert sorted({iri for iri, _ in people}) == ["fletcher", "jane-fletcher"]


def test_a_malformed_corrections_file_is_a_one_line_error_naming_it(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "corrections.toml").write_text('[[same]]\ncouncil = "Testshire Council"\nnames = ["Only One"]\n')
    (tmp_path / "a.txt").write_text("1. Audit\nDr Jane Fletcher presented the audit plan.\n")
    result = CliRunner().invoke(app, ["--home", str(home), "load", str(tmp_path / "a.txt")])
    assert result.exit_code == 1
    assert "corrections.toml" in result.stderr and "[[same]] entry 1" in result.stderr


@pytest.mark.parametrize(("heading", "council"), [
    ("MAGHERAFELT DISTRICT COUNCIL\n\nMinutes of Proceedings of a Meeting of District Council",
     "Magherafelt District Council"),
    ("Minutes of a meeting of Little Amwell Parish Council held on 3 May 2022", "Little Amwell Parish Council"),
    ("Cabinet - 3 May 2022\n\nThe Cabinet of Blackpool Council met in the Town Hall.", "Blackpool Borough Council"),
])
def test_the_council_named_in_the_heading_scopes_the_page(heading, council, tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(heading + "\n\n1. Minutes\nMs Jane Fletcher presented the report.\n")
    store = KnowledgeStore()
    load_sources([path], store, IriMinter("https://w3id.org/govgraph/id/"))
    assert [d.council for d in store.documents()] == [council]


def test_one_more_fact_found_changes_no_existing_fact_iri(tmp_path):
    first = ("Audit Committee - 3 March 2022\n\n4. Budget\nMs Jane Fletcher, Director of Finance, presented the "
             "budget.\nRESOLVED: That the budget be noted.\n\n5. Audit\nMr Tom Hill presented the audit plan.\n"
             "RESOLVED: That the plan be approved.\n")
    second = first.replace("RESOLVED: That the budget be noted.\n", "RESOLVED: That the budget be noted.\n"
                           "RESOLVED: That the reserves be reviewed.\nDr Ann Cole presented the reserves.\n")

    def fact_iris(text: str) -> set[str]:
        path = tmp_path / "minutes.txt"
        path.write_text(text)
        store = KnowledgeStore()
        load_sources([path], store, IriMinter("https://w3id.org/govgraph/id/"), SourceMeta(council="Testshire"))
        rows = store.select(f"SELECT ?f WHERE {{ {{ ?f a <{GG}Decision> }} UNION {{ ?f a <{GG}Presentation> }} }}")
        return {str(r["f"]) for r in rows}

    before, after = fact_iris(first), fact_iris(second)
    assert len(before) == 4 and len(after) == 6
    assert before <= after


def test_file_names_that_slug_alike_or_have_no_latin_letters_are_still_different_documents(tmp_path):
    names = ["Audit Minutes.txt", "audit_minutes.txt", "протокол.txt", "会议.txt"]
    for name in names:
        (tmp_path / name).write_text(PAGE.format(number=3, title="Budget", subject="budget"))
    store = KnowledgeStore()
    report = load_sources([tmp_path / n for n in names], store, IriMinter("https://w3id.org/govgraph/id/"))
    assert len(report.loaded) == 4 and len({d.key for d in store.documents()}) == 4
