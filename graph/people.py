"""The people of a council as the store holds them: the names and documents each was read
from, and the pairs that are likely one person the loaders kept apart (same family name,
given names and honorifics that fit), for a corrections file to settle."""

from dataclasses import dataclass, field

from govgraph.iri import IriMinter, slugify
from govgraph.loaders.extract.people import given_names_agree, honorifics_agree
from govgraph.ontology.namespaces import GG_IRI
from govgraph.store import KnowledgeStore

_QUERY = f"""
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX gg: <{GG_IRI}>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?p ?name ?family ?given ?honorific ?key ?prefix WHERE {{
  GRAPH ?g {{ ?p a foaf:Person ; foaf:name ?name ; foaf:familyName ?family .
             OPTIONAL {{ ?p foaf:givenName ?given }} OPTIONAL {{ ?p gg:honorific ?honorific }}
             ?g dcterms:identifier ?key }}
  FILTER(STRSTARTS(STR(?p), ?prefix))
}}
"""


@dataclass
class CouncilPerson:
    """A person of a council: the names, honorifics and documents they were read from."""

    iri: str
    family: str
    names: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    likely_same_as: list[str] = field(default_factory=list)


def council_people(store: KnowledgeStore, minter: IriMinter, council: str) -> list[CouncilPerson]:
    """Every person of ``council`` in the store, with likely duplicates flagged."""
    from rdflib import Literal

    people: dict[str, CouncilPerson] = {}
    for row in store.select(_QUERY, bindings={"prefix": Literal(minter.people_of(slugify(council)))}):
        person = people.setdefault(str(row["p"]), CouncilPerson(str(row["p"]), str(row["family"])))
        person.names.add(str(row["name"]))
        person.documents.add(str(row["key"]))
        person.given |= {str(row["given"])} if "given" in row else set()
        person.honorifics |= {str(row["honorific"])} if "honorific" in row else set()
    ordered = sorted(people.values(), key=lambda p: (p.family.lower(), sorted(p.names)))
    for person in ordered:
        person.likely_same_as = [max(other.names, key=len) for other in ordered
                                 if other is not person and _could_be_one(person, other)]
    return ordered


def _could_be_one(a: CouncilPerson, b: CouncilPerson) -> bool:
    if a.family.lower() != b.family.lower():
        return False
    honorifics = all(honorifics_agree(x, y) for x in a.honorifics or {None} for y in b.honorifics or {None})
    given = all(given_names_agree(x.split(), y.split()) for x in a.given or {""} for y in b.given or {""})
    return honorifics and given
