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
SELECT DISTINCT ?p ?given ?honorific ?scope ?name WHERE {{
  ?p a foaf:Person ; foaf:familyName ?family .
  OPTIONAL {{ ?p foaf:givenName ?given }}
  OPTIONAL {{ ?p gg:honorific ?honorific }}
  FILTER(STRSTARTS(STR(?p), ?scope) && LCASE(STR(?family)) = ?name)
}}
"""


def _fits(person: Person, given: str | None, honorific: str | None) -> bool:
    return honorifics_agree(person.honorific, honorific) and given_names_agree((person.given or "").split(),
                                                                               (given or "").split())


def link_people(facts: Extraction, scope_iri: str, store: KnowledgeStore) -> dict[str, str]:
    """Person key → IRI of the one stored person (under ``scope_iri``) each person can be."""
    from rdflib import Literal

    linked: dict[str, str] = {}
    for key, person in facts.people.items():
        rows = store.select(_PEOPLE, bindings={"scope": Literal(scope_iri), "name": Literal(person.family.lower())})
        fitting = {str(r["p"]) for r in rows
                   if _fits(person, str(r["given"]) if "given" in r else None,
                            str(r["honorific"]) if "honorific" in r else None)}
        if len(fitting) == 1:
            linked[key] = fitting.pop()
    return linked
