"""The reading rules (``rules.toml``): honorifics, post words, gazetteers, verbs; given
names come from a maintained source (:mod:`~govgraph.loaders.given_names`).

They are data so that they can be read, extended and checked without touching code;
:func:`load_rules` validates them and precompiles what the extractors need.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from govgraph.loaders.given_names import given_names


@dataclass(frozen=True)
class KnownOrganisation:
    """An organisation known by name: its preferred name and its other spellings."""

    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Rules:
    """Validated reading rules."""

    honorifics: tuple[str, ...]
    plural_honorifics: dict[str, str]
    post_words: frozenset[str]
    office_titles: frozenset[str]
    honours: frozenset[str]
    not_name_words: frozenset[str]
    given_names: frozenset[str]
    org_head_words: frozenset[str]
    not_organisations: frozenset[str]
    internal_starts: frozenset[str]
    known_organisations: tuple[KnownOrganisation, ...]
    place_brands: tuple[str, ...]
    common_word_names: frozenset[str]
    decision_markers: tuple[str, ...]
    decision_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    report_verbs: tuple[str, ...]

    def honorific_pattern(self) -> str:
        """Regex alternation of honorifics, longest first so 'Chief Inspector' wins."""
        return _alternation(self.honorifics)


@cache
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class RulesError(ValueError):
    """The rules file is malformed."""


def _strings(data: dict, key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise RulesError(f"rules.toml: '{key}' must be a non-empty list of non-empty strings")
    return value


def parse_rules(data: dict) -> Rules:
    """Validate the parsed TOML and build :class:`Rules`; raises :class:`RulesError`."""
    orgs = data.get("organisations") or {}
    decisions = data.get("decisions") or {}
    reports = data.get("reports") or {}
    known = []
    for entry in orgs.get("known") or []:
        if not isinstance(entry, list) or not entry or not all(isinstance(v, str) for v in entry):
            raise RulesError(f"rules.toml: organisations.known entry {entry!r} is not a name list")
        known.append(KnownOrganisation(entry[0], tuple(entry)))
    kinds = []
    for entry in decisions.get("kinds") or []:
        if not isinstance(entry, list) or len(entry) < 2:
            raise RulesError(f"rules.toml: decisions.kinds entry {entry!r} needs a kind and verbs")
        kinds.append((entry[0], tuple(entry[1:])))
    plural = data.get("plural_honorifics") or {}
    if not isinstance(plural, dict):
        raise RulesError("rules.toml: 'plural_honorifics' must be a table")
    not_name_words = frozenset(_strings(data, "not_name_words"))
    honorifics = tuple(_strings(data, "honorifics"))
    # every one-word title in the plural too (``Superintendents R Horan and T Bell``), beside the table's own
    regular = {f"{h}s": h for h in honorifics if h.isalpha() and len(h) > 3 and not h.endswith("s")}
    return Rules(
        honorifics=honorifics,
        plural_honorifics={**regular, **plural},
        post_words=frozenset(_strings(data, "post_words")),
        office_titles=frozenset(_strings(data, "office_titles")),
        honours=frozenset(_strings(data, "honours")),
        not_name_words=not_name_words,
        given_names=given_names() - not_name_words,
        org_head_words=frozenset(_strings(orgs, "head_words")),
        not_organisations=frozenset(s.lower() for s in _strings(orgs, "not_organisations")),
        internal_starts=frozenset(_strings(orgs, "internal_starts")),
        known_organisations=tuple(known),
        place_brands=tuple(_strings(orgs, "place_brands")),
        common_word_names=frozenset(orgs.get("common_word_names") or []),
        decision_markers=tuple(_strings(decisions, "markers")),
        decision_kinds=tuple(kinds),
        report_verbs=tuple(_strings(reports, "verbs")),
    )


@cache
def load_rules() -> Rules:
    """The packaged rules, parsed and validated once."""
    text = resources.files(__package__).joinpath("rules.toml").read_text(encoding="utf-8")
    return parse_rules(tomllib.loads(text))
