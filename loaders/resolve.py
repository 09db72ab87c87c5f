"""One person across documents: a person named in a new document is linked to one already
in the store, within the same council, when exactly one there can be them.

"Ms Fletcher" in one document and "Jane Fletcher, Director of Finance" in another are one
person when she is the only Fletcher of that council whose given names and honorific fit;
"Mr J Fletcher" never joins "Ms Fletcher" (conflicting honorifics), nor "John Fletcher"
"Jane Fletcher" (conflicting given names). The new document's graph then names the stored
person's IRI, with its own spelling of the name and its own evidence, so each merge keeps
what it rests on.
"""

from govgraph.loaders.extract.people import given_names_agree, honorifics_agree
from govgraph.loaders.model import Extraction, Person
from govgraph.ontology.namespaces import GG_IRI
from govgraph.store import KnowledgeStore

_PEOPLE = f"""
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX gg: <{GG_IRI}>
SELECT DISTINCT ?p ?family ?given ?honorific WHERE {{
  ?p a foaf:Person ; foaf:familyName ?family .
  OPTIONAL {{ ?p foaf:givenName ?given }}
  OPTIONAL {{ ?p gg:honorific ?honorific }}
}}
"""


class PeopleIndex:
    """The people in a store by family name, read once and kept up to date as a load goes on,
    so that linking costs one look-up a person, not one query."""

    def __init__(self, store: KnowledgeStore) -> None:
        self._by_family: dict[str, dict[str, tuple[str | None, str | None]]] = {}
        for row in store.select(_PEOPLE):
            self._note(str(row["p"]), str(row["family"]), _text(row, "given"), _text(row, "honorific"))

    def _note(self, iri: str, family: str, given: str | None, honorific: str | None) -> None:
        known = self._by_family.setdefault(family.lower(), {})
        old_given, old_honorific = known.get(iri, (None, None))
        known[iri] = (given or old_given, honorific or old_honorific)

    def link(self, facts: Extraction, scope_iri: str) -> dict[str, str]:
        """Person key → IRI of the one indexed person (under ``scope_iri``) each person can be."""
        linked: dict[str, str] = {}
        for key, person in facts.people.items():
            fitting = {iri for iri, (given, honorific) in self._by_family.get(person.family.lower(), {}).items()
                       if iri.startswith(scope_iri) and _fits(person, given, honorific)}
            if len(fitting) == 1:
                linked[key] = fitting.pop()
        return linked

    def add(self, facts: Extraction, iris: dict[str, str]) -> None:
        """Index the people of a document just stored (person key → IRI)."""
        for key, person in facts.people.items():
            if key in iris:
                self._note(iris[key], person.family, person.given, person.honorific)


def _text(row: dict, name: str) -> str | None:
    return str(row[name]) if name in row else None


def _fits(person: Person, given: str | None, honorific: str | None) -> bool:
    return honorifics_agree(person.honorific, honorific) and given_names_agree((person.given or "").split(),
                                                                               (given or "").split())
