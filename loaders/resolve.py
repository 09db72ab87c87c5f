"""One person across documents: a person named in a new document is linked to one already
in the store, within the same council, when exactly one there can be them.

"Ms Fletcher" in one document and "Jane Fletcher, Director of Finance" in another are one
person when she is the only Fletcher of that council whose given names and honorific fit;
"Mr J Fletcher" never joins "Ms Fletcher" (conflicting honorifics), nor "John Fletcher"
"Jane Fletcher" (conflicting given names). The new document's graph then names the stored
person's IRI, with its own spelling of the name and its own evidence, so each merge keeps
what it rests on.
"""

from dataclasses import dataclass, field

from govgraph.iri import IriMinter, slugify
from govgraph.loaders.corrections import Corrections
from govgraph.loaders.extract.people import given_names_agree, honorifics_agree
from govgraph.loaders.model import Extraction, Person
from govgraph.ontology.namespaces import GG_IRI
from govgraph.store import KnowledgeStore

_PEOPLE = f"""
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX gg: <{GG_IRI}>
SELECT DISTINCT ?p ?family ?given ?honorific ?name WHERE {{
  ?p a foaf:Person ; foaf:familyName ?family ; foaf:name ?name .
  OPTIONAL {{ ?p foaf:givenName ?given }}
  OPTIONAL {{ ?p gg:honorific ?honorific }}
}}
"""


class PeopleIndex:
    """The people in a store by family name, read once and kept up to date as a load goes on,
    so that linking costs one look-up a person, not one query."""

    def __init__(self, store: KnowledgeStore, corrections: Corrections | None = None) -> None:
        self.corrections = corrections or Corrections()
        self._by_family: dict[str, dict[str, _Known]] = {}
        for row in store.select(_PEOPLE):
            self._note(str(row["p"]), str(row["family"]), _text(row, "given"), _text(row, "honorific"),
                       _text(row, "name"))

    def _note(self, iri: str, family: str, given: str | None, honorific: str | None, name: str | None) -> None:
        known = self._by_family.setdefault(family.lower(), {}).setdefault(iri, _Known())
        known.given = known.given or given
        known.honorific = known.honorific or honorific
        known.names |= {name} if name else set()

    def link(self, facts: Extraction, council: str, minter: IriMinter) -> dict[str, str]:
        """Person key → IRI of the one indexed person of ``council`` each person can be (or
        the IRI a corrections file gives them)."""
        scope = slugify(council)
        prefix = minter.people_of(scope)
        linked: dict[str, str] = {}
        for key, person in facts.people.items():
            if canonical := self.corrections.canonical(council, person.name):
                linked[key] = str(minter.person(scope, canonical))
                continue
            fitting = {iri for iri, known in self._by_family.get(person.family.lower(), {}).items()
                       if iri.startswith(prefix) and _fits(person, known.given, known.honorific)
                       and not self.corrections.kept_apart(council, {person.name}, known.names)}
            if len(fitting) == 1:
                linked[key] = fitting.pop()
        return linked

    def add(self, facts: Extraction, iris: dict[str, str]) -> None:
        """Index the people of a document just stored (person key → IRI)."""
        for key, person in facts.people.items():
            if key in iris:
                self._note(iris[key], person.family, person.given, person.honorific, person.name)


@dataclass
class _Known:
    given: str | None = None
    honorific: str | None = None
    names: set[str] = field(default_factory=set)


def _text(row: dict, name: str) -> str | None:
    return str(row[name]) if name in row else None


def _fits(person: Person, given: str | None, honorific: str | None) -> bool:
    return honorifics_agree(person.honorific, honorific) and given_names_agree((person.given or "").split(),
                                                                               (given or "").split())
