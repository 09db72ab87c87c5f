"""The reading rules are data, validated when loaded."""

import tomllib
from importlib import resources

import pytest

from govgraph.loaders.rules import RulesError, load_rules, parse_rules


def packaged() -> dict:
    return tomllib.loads(resources.files("govgraph.loaders").joinpath("rules.toml").read_text())


def test_the_packaged_rules_are_valid():
    rules = load_rules()
    assert "Councillor" in rules.honorifics and "Director" in rules.post_words
    assert any(o.name == "Department for Education" and "DfE" in o.aliases for o in rules.known_organisations)


def test_given_names_come_from_the_maintained_lists_less_words_that_are_never_names():
    rules = load_rules()
    assert sorted(rules.given_names & rules.not_name_words) == []
    assert {"Siobhan", "Bronwen", "Ngozi", "Priya", "Wojciech"} <= rules.given_names
    assert "Council" not in rules.given_names


def test_every_decision_kind_is_one_the_shapes_accept():
    from govgraph.ontology.namespaces import DECISION_KINDS

    assert {kind for kind, _ in load_rules().decision_kinds} <= set(DECISION_KINDS)


@pytest.mark.parametrize("key", ["honorifics", "post_words", "not_name_words"])
def test_an_empty_list_is_refused(key):
    data = packaged()
    data[key] = []
    with pytest.raises(RulesError, match=key):
        parse_rules(data)


def test_a_malformed_known_organisation_is_refused():
    data = packaged()
    data["organisations"]["known"].append("Ofsted")
    with pytest.raises(RulesError, match=r"organisations\.known"):
        parse_rules(data)
