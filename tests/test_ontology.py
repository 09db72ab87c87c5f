"""The ontology parses, declares every term the shapes and the code use, is strict, and is
in the OWL 2 DL profile (checked by the OWL API)."""

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from govgraph.ontology import ontology_path, shapes_path
from govgraph.ontology.namespaces import GG, GG_IRI

ROOT = Path(__file__).resolve().parents[1]


def graph_of(text: str, folder: Path, minter, council: str = "Testshire Council") -> Graph:
    """The named graph govgraph builds for minutes ``text``."""
    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import build_document

    path = folder / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return build_document(path, "minutes", SourceMeta(council=council), minter).graph

DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Class,
                RDF.Property}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path())


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path())


def declared(ontology: Graph) -> set[URIRef]:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in DECLARATIONS}


def test_the_ontology_declares_itself_with_a_title(ontology):
    ontology_iri = URIRef(GG_IRI.rstrip("#"))
    assert (ontology_iri, RDF.type, OWL.Ontology) in ontology


def test_every_class_and_property_used_by_the_shapes_is_declared(ontology, shapes):
    used = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    used |= {p for p in shapes.objects(None, SH.path) if isinstance(p, URIRef)}
    missing = sorted(str(term) for term in used - declared(ontology))
    assert missing == []


def test_every_gg_term_in_the_code_is_declared_in_the_ontology_and_back(ontology):
    in_code = {URIRef(GG_IRI + name) for name in GG.__annotations__}
    in_ontology = {t for t in declared(ontology) | set(ontology.subjects(RDF.type, None))
                   if str(t).startswith(GG_IRI)}
    assert sorted(map(str, in_code - in_ontology)) == []
    assert sorted(map(str, in_ontology - in_code)) == []


def test_every_declared_gg_term_has_a_label(ontology):
    unlabeled = [str(t) for t in declared(ontology)
                 if str(t).startswith(GG_IRI) and not list(ontology.objects(t, RDFS.label))]
    assert unlabeled == []


def test_subclass_chains_reach_the_reused_vocabularies(ontology):
    org = URIRef("http://www.w3.org/ns/org#Organization")
    assert org in set(ontology.transitive_objects(GG.Committee, RDFS.subClassOf))
    assert URIRef("https://w3id.org/dpv#Risk") in set(ontology.objects(GG.Risk, RDFS.subClassOf))


def test_a_misspelt_term_raises_instead_of_minting_an_iri():
    with pytest.raises(AttributeError):
        _ = GG.Comittee


def test_the_worked_example_in_the_ontology_readme_is_what_loading_the_example_gives(tmp_path, monkeypatch):
    import re
    from pathlib import Path

    from rdflib import BNode

    from govgraph.iri import IriMinter
    from govgraph.loaders.manifest import read_manifest
    from govgraph.loaders.pipeline import load_sources
    from govgraph.store import KnowledgeStore

    root = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(root)  # the example's document key comes from its path in the project
    turtle = re.search(r"```turtle\n(.*?)```", (root / "ontology" / "README.md").read_text(), re.S).group(1)
    documented = Graph().parse(data=turtle, format="turtle")
    store = KnowledgeStore()
    source = root / "examples" / "blackpool-audit-risk-deep-dive.txt"
    load_sources([source], store, IriMinter("https://w3id.org/govgraph/id/"),
                 manifest=read_manifest(root / "examples" / "manifest.csv"))
    actual = set(store.triples())
    missing = [t for t in documented if not any(isinstance(term, BNode) for term in t) and t not in actual]
    assert missing == []
    assert len(documented) > 40


def test_every_node_has_a_label_and_councils_bodies_and_partners_are_org_organizations(minter, tmp_path):
    from rdflib import RDFS, URIRef

    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import build_document

    path = tmp_path / "minutes.txt"
    path.write_text("Audit Committee - 3 March 2022\n\nPresent: Councillors Ames and Bray\n\n4. Budget\nMs Jane "
                    "Fletcher, Director of Finance, presented the budget. Ofsted had inspected the service. The "
                    "Strategic Risk “Harbour Wall” score had fallen to 9 from 16.\nRESOLVED: That the budget be "
                    "noted. For: 5, Against: 1.\n")
    graph = build_document(path, "minutes", SourceMeta(council="Testshire Council"), minter).graph
    subjects = {s for s in graph.subjects() if isinstance(s, URIRef)}
    assert [s for s in subjects if (s, RDFS.label, None) not in graph] == []
    assert all(label.language == "en" for label in graph.objects(None, RDFS.label))
    organisations = {str(s).split("/id/")[1] for s in graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Organization"))}
    assert organisations == {"council/testshire-council", "body/testshire-council/audit-committee",
                             "organisation/ofsted"}


def test_each_document_graph_records_its_extraction_and_a_known_council_its_register_code(minter, tmp_path):
    from rdflib import URIRef

    from govgraph import __version__
    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import build_document
    from govgraph.ontology.namespaces import PROV, SKOS

    path = tmp_path / "minutes.txt"
    path.write_text("Agenda item\n\nBudget\n\nMs Jane Doe presented the budget.\n")
    graph = build_document(path, "minutes", SourceMeta(council="Blackpool Council"), minter).graph
    (extraction,) = graph.subjects(PROV.used, graph.identifier)
    assert (extraction, RDF.type, PROV.Activity) in graph
    software = graph.value(extraction, PROV.wasAssociatedWith)
    assert software == URIRef(f"https://w3id.org/govgraph/software/{__version__}")
    assert (software, RDF.type, PROV.SoftwareAgent) in graph
    council = URIRef("https://example.org/id/council/blackpool-council")
    assert str(graph.value(council, SKOS.notation)) == "BPL"


OWL_PROFILE = Path(__file__).resolve().parents[1] / "tools" / "owl-profile"


def owl2_dl_violations(ontology: Path) -> tuple[int, str]:
    """Exit code and report of the OWL API's OWL 2 DL profile check (tools/owl-profile)."""
    import shutil
    import subprocess

    classpath = OWL_PROFILE / "target" / "classpath.txt"
    if shutil.which("java") is None or not classpath.is_file():
        pytest.skip("the OWL 2 DL checker needs Java and 'make tools/owl-profile/target/classpath.txt' (Maven)")
    done = subprocess.run(["java", "-cp", f"{OWL_PROFILE / 'target' / 'classes'}:{classpath.read_text().strip()}",
                           "govgraph.owl.Profile", str(ontology)], capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout


def test_the_ontology_is_in_the_owl2_dl_profile():
    code, report = owl2_dl_violations(ontology_path())
    assert (code, report.strip().splitlines()[-1]) == (0, "violations: 0"), report


def test_the_profile_check_finds_a_property_punned_as_data_and_annotation(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n@prefix ex: <https://example.org/> .\n"
                   "<https://example.org/o> a owl:Ontology .\nex:p a owl:DatatypeProperty , owl:AnnotationProperty .\n")
    code, report = owl2_dl_violations(bad)
    assert code == 1 and "Cannot pun between properties" in report


def test_the_alignments_map_only_declared_terms_to_the_models_they_name():
    from rdflib.namespace import SKOS

    alignments = Graph().parse(Path(ontology_path()).parent / "alignments.ttl")
    declared = {s for s in Graph().parse(ontology_path()).subjects(RDF.type, None) if str(s).startswith(GG_IRI)}
    models = ("http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#",
              "http://www.w3.org/ns/opengov#", "https://w3id.org/dpv#", "https://schema.org/",
              "http://data.vlaanderen.be/ns/besluit#", "http://data.vlaanderen.be/ns/mandaat#",
              "http://www.w3.org/2004/02/skos/core#")
    mappings = [(s, o) for p in (SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch, SKOS.exactMatch)
                for s, o in alignments.subject_objects(p)]
    assert len(mappings) >= 40
    assert {s for s, _ in mappings} <= declared
    assert all(str(o).startswith(models) for _, o in mappings)
    targets = {str(o).split("#")[0].rsplit("/", 1)[0] for _, o in mappings}
    assert {"http://data.vlaanderen.be/ns", "http://www.w3.org/ns"} <= targets


def test_posts_are_held_in_the_body_or_partner_they_name_and_keep_how_they_were_held(minter, tmp_path):
    from govgraph.ontology.namespaces import GG, ORG, SKOS

    graph = graph_of("Audit Committee - 10 January 2024\n\nPresent: Councillors Ames (Chair) and Bray.\n\n3. Treasury\n"
                     "Ms Jane Fletcher, Interim Director of Finance, and Dr Ola Nene, Chief Operating Officer at "
                     "Fenwick Hospitals NHS Trust, presented the report. The former Chief Executive, Tom Reed, "
                     "attended. Councillor Pike, Chair of the Licensing Committee, spoke.\n", tmp_path, minter)
    held = {}
    for holding in graph.subjects(RDF.type, GG.PostHolding):
        person = str(graph.value(holding, ORG.member)).rsplit("/", 1)[1]
        post = graph.value(holding, GG.post)
        assert graph.value(post, ORG.postIn) == graph.value(holding, ORG.organization)
        assert str(graph.value(holding, GG.attestedIn)).endswith("/council/testshire-council")
        organisation = str(graph.value(holding, ORG.organization)).split("/id/")[1]
        tenure = graph.value(holding, GG.tenure)
        held[person] = (str(graph.value(post, SKOS.prefLabel)), organisation, tenure and str(tenure))
    assert held == {
        "ames": ("Chair", "body/testshire-council/audit-committee", None),
        "jane-fletcher": ("Director of Finance", "council/testshire-council", "interim"),
        "ola-nene": ("Chief Operating Officer at Fenwick Hospitals NHS Trust",
                     "organisation/fenwick-hospitals-nhs-trust", None),
        "tom-reed": ("Chief Executive", "council/testshire-council", "former"),
        "pike": ("Chair of the Licensing Committee", "body/testshire-council/licensing-committee", None)}


def test_welsh_text_is_labelled_in_welsh_and_govgraphs_own_labels_in_english(minter, tmp_path):
    from govgraph.ontology.namespaces import GG

    graph = graph_of("Pwyllgor Archwilio - 3 Mawrth 2022\n\n4. Cyllideb\nCyflwynodd y Cynghorydd Ann Bell yr adroddiad "
                     "ar y gyllideb i'r pwyllgor.\nPENDERFYNWYD derbyn yr adroddiad a nodi'r cynnwys gan y Cyngor.\n\n"
                     "5. Budget\nMs Jane Doe presented the budget report to the committee.\n", tmp_path, minter)
    languages = {}
    for evidence in graph.subjects(RDF.type, GG.Evidence):
        quote = str(graph.value(evidence, GG.quote))
        languages[quote[:20]] = graph.value(evidence, RDFS.label).language
    assert "cy" in languages.values() and "en" in languages.values(), languages
    assert languages["Ms Jane Doe presente"] == "en"
    items = [graph.value(item, RDFS.label) for item in graph.subjects(RDF.type, GG.AgendaItem)]
    assert items and all(label.language == "en" for label in items)


def test_every_quote_can_be_found_again_in_its_source(minter, tmp_path):
    from govgraph.ontology.namespaces import GG, OA, PROV

    text = ("Audit Committee - 3 March 2022\n\n4. Budget\nMs Jane Fletcher, Director of Finance, presented the "
            "budget.\nRESOLVED: That the budget be noted.\n")
    graph = graph_of(text, tmp_path, minter)
    evidence = list(graph.subjects(RDF.type, GG.Evidence))
    assert evidence
    for node in evidence:
        assert graph.value(node, PROV.wasQuotedFrom) == graph.value(node, OA.hasSource) == graph.identifier
        selector = graph.value(node, OA.hasSelector)
        assert (selector, RDF.type, OA.TextQuoteSelector) in graph
        exact = str(graph.value(selector, OA.exact))
        assert exact == str(graph.value(node, GG.quote))
        prefix, suffix = str(graph.value(selector, OA.prefix)), str(graph.value(selector, OA.suffix))
        assert prefix + exact + suffix in text

