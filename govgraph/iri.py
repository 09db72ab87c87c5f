"""Deterministic, readable IRIs.

The same input gives the same IRI on every run and machine: IRIs are built only from
slugs of names, numbers and dates, never from counters that depend on load order or
from random values.

>>> minter = IriMinter("https://example.org/id/")
>>> str(minter.person("blackpool", "Victoria Gent"))
'https://example.org/id/person/blackpool/victoria-gent'
>>> str(minter.meeting("blackpool", "Audit Committee", "2023-07-27"))
'https://example.org/id/meeting/blackpool/audit-committee/2023-07-27'
"""

import hashlib
import re
import unicodedata

from rdflib import URIRef

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII slug of ``text``; ``"unnamed"`` when nothing is left.

    >>> slugify("Children’s Services & Health")
    'childrens-services-and-health'
    """
    text = re.sub(r"['\u2018\u2019`]", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower().replace("&", " and ")).strip("-")
    if len(slug) > max_length:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
        slug = slug[: max_length - 9].rstrip("-") + "-" + digest
    return slug or "unnamed"


class IriMinter:
    """Mints every IRI govgraph writes, under one base."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def council(self, council: str) -> URIRef:
        """IRI of a council, from its slug."""
        return self._iri("council", council)

    def body(self, council: str, name: str) -> URIRef:
        """IRI of a committee, board or other body of a council."""
        return self._iri("body", council, slugify(name))

    def organisation(self, name: str) -> URIRef:
        """IRI of a partner or external organisation (shared across councils)."""
        return self._iri("organisation", slugify(name))

    def person(self, scope: str, name: str) -> URIRef:
        """IRI of a person: one per full name within a council (or document) scope."""
        return self._iri("person", scope, slugify(name))

    def people_of(self, scope: str) -> str:
        """The IRI prefix every person of a council (or document) scope shares."""
        return f"{self.base}person/{scope}/"

    def post(self, scope: str, title: str) -> URIRef:
        """IRI of a post, as written, within a council (or document) scope."""
        return self._iri("post", scope, slugify(title))

    def risk(self, scope: str, name: str) -> URIRef:
        """IRI of a named risk within a council (or document) scope."""
        return self._iri("risk", scope, slugify(name))

    def meeting(self, scope: str, body: str, date: str) -> URIRef:
        """IRI of a meeting of a body on a date."""
        return self._iri("meeting", scope, slugify(body), date)

    def document(self, key: str) -> URIRef:
        """IRI of a source document; it also names the document's RDF graph."""
        return self._iri("document", slugify(key, 120))

    def in_document(self, document: URIRef, kind: str, *keys: str) -> URIRef:
        """IRI of a fact that exists only in one document (decision, attendance, evidence)."""
        return URIRef(f"{document}/{kind}/" + "/".join(slugify(k) for k in keys))
