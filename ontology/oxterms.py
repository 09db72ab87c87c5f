"""Conversion between rdflib terms and Oxigraph's, both ways.

The builder writes Oxigraph terms directly (they cost a tenth of rdflib's to make and
hash), and rdflib terms are made only for code that wants rdflib's API.
"""

import pyoxigraph as ox
from oxrdflib._converter import from_ox, to_ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def oxigraph_term(value: Identifier) -> OxTerm:
    """The Oxigraph term of an rdflib term."""
    kind = type(value)  # IRIs and blank nodes first, without oxrdflib's general checks
    if kind is URIRef:
        return ox.NamedNode(value)
    if kind is BNode:
        return ox.BlankNode(value)
    return to_ox(value)


def rdflib_term(term: OxTerm) -> Identifier:
    """The rdflib term of an Oxigraph term; ``xsd:string`` literals become plain literals,
    which RDF 1.1 holds to be the same term but rdflib compares as different."""
    converted = from_ox(term)
    if isinstance(converted, Literal) and converted.datatype == XSD.string:
        return Literal(str(converted))
    return converted
