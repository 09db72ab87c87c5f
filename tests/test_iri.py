"""IRIs are readable and the same on every run."""

from govgraph.iri import IriMinter, slugify
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import build_document


def test_slugs_are_ascii_and_readable():
    assert slugify("Children’s Services & Health") == "childrens-services-and-health"
    assert slugify("  ") == "unnamed"
    assert slugify("Ms Zoë O'Brien") == "ms-zoe-obrien"


def test_long_slugs_are_cut_with_a_digest_so_they_stay_unique():
    a, b = slugify("x" * 100 + "a"), slugify("x" * 100 + "b")
    assert len(a) <= 80 and a != b


def test_iris_follow_the_documented_patterns(minter):
    assert str(minter.person("blackpool", "Victoria Gent")) == "https://example.org/id/person/blackpool/victoria-gent"
    assert str(minter.meeting("blackpool", "Audit Committee", "2023-07-27")) == (
        "https://example.org/id/meeting/blackpool/audit-committee/2023-07-27")
    assert IriMinter("https://example.org/id").base == "https://example.org/id/"


def test_loading_the_same_input_twice_gives_the_same_graph(tmp_path, minter):
    path = tmp_path / "minutes.txt"
    path.write_text("Agenda item\n\nRisk update\n\nMs Victoria Gent, Director of Children's Services, "
                    "presented the report.\n\nResolved: That the report be noted.\n", encoding="utf-8")
    meta = SourceMeta(council="Blackpool Council", body="Audit Committee", date="2023-07-27")
    first = build_document(path, "minutes", meta, minter).graph
    second = build_document(path, "minutes", meta, IriMinter("https://example.org/id/")).graph
    assert set(first) == set(second)
    assert first.identifier == second.identifier
    subjects = {str(s) for s in first.subjects()}
    assert "https://example.org/id/person/blackpool-council/victoria-gent" in subjects
    assert "https://example.org/id/meeting/blackpool-council/audit-committee/2023-07-27" in subjects
