"""The DCAT-AP 3 catalogue of an export: one dataset for the whole collection and one per
council, each with its dump files as distributions.

Everything a portal's harvester checks is there (the EU's DCAT-AP 3.0.1 shapes, mandatory and
recommended): publisher and creator as agents with a name and a publisher type, a vCard
contact point, the EU data theme ``GOVE``, spatial coverage (the council, with its registry
code where known), temporal coverage from the meeting dates, the licence as a licence
document, media types (IANA) and formats (the EU file-type vocabulary), availability,
byte sizes and SHA-256 checksums of every file. Controlled terms are typed as the shapes
expect (``dct:MediaType``, ``dct:LicenseDocument``, ``skos:Concept`` ...), since a harvester
checks the class of each value without fetching it.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from govgraph import __version__
from govgraph.ontology.namespaces import GG_IRI

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
EU = "http://publications.europa.eu/resource/authority/"
OGL = URIRef("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
GOVE = URIRef(EU + "data-theme/GOVE")
STABLE = URIRef(EU + "planned-availability/STABLE")
ENGLISH = URIRef(EU + "language/ENG")
LOCAL_AUTHORITY = URIRef("http://purl.org/adms/publishertype/LocalAuthority")
ATTRIBUTION = URIRef("http://purl.org/adms/licencetype/Attribution")
# IANA media type and EU file type of each kind of dump, by file extension
FORMATS = {
    ".ttl": ("text/turtle", "RDF_TURTLE", "Turtle"),
    ".nt": ("application/n-triples", "RDF_N_TRIPLES", "N-Triples"),
    ".jsonld": ("application/ld+json", "JSON_LD", "JSON-LD"),
    ".trig": ("application/trig", "RDF_TRIG", "TriG, one named graph per source document"),
    ".csv": ("text/csv", "CSV", "CSV"),
    ".json": ("application/csvm+json", "JSON", "CSV on the Web metadata"),
}


@dataclass(frozen=True)
class Publisher:
    """Who publishes the export and how to reach them."""

    name: str = "govgraph"
    contact: str = "https://w3id.org/govgraph"  # an e-mail address or a web page
    licence: URIRef = OGL
    licence_title: str = "Open Government Licence v3.0"


@dataclass
class DatasetEntry:
    """One dataset of the catalogue: the whole collection, or one council's part of it."""

    iri: URIRef
    title: str
    description: str
    files: list[Path]
    start: str | None = None
    end: str | None = None
    council: str | None = None
    council_code: str | None = None
    council_iri: str | None = None


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _concept(graph: Graph, iri: URIRef, label: str, scheme: str | None = None) -> URIRef:
    graph.add((iri, RDF.type, SKOS.Concept))
    graph.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
    if scheme:
        graph.add((iri, SKOS.inScheme, URIRef(EU + scheme)))
    return iri


def _agent(graph: Graph, iri: URIRef, publisher: Publisher) -> URIRef:
    graph.add((iri, RDF.type, FOAF.Agent))
    graph.add((iri, RDF.type, FOAF.Organization))
    graph.add((iri, FOAF.name, Literal(publisher.name)))
    graph.add((iri, DCTERMS.type, _concept(graph, LOCAL_AUTHORITY, "Local Authority")))
    return iri


def _contact(graph: Graph, iri: URIRef, publisher: Publisher) -> URIRef:
    graph.add((iri, RDF.type, VCARD.Organization))
    graph.add((iri, RDF.type, VCARD.Kind))
    graph.add((iri, VCARD.fn, Literal(publisher.name)))
    if "@" in publisher.contact and not publisher.contact.startswith(("http://", "https://")):
        graph.add((iri, VCARD.hasEmail, URIRef("mailto:" + publisher.contact.removeprefix("mailto:"))))
    else:
        graph.add((iri, VCARD.hasURL, URIRef(publisher.contact)))
    return iri


def _distribution(graph: Graph, dataset: URIRef, path: Path, out: Path, url: str, publisher: Publisher) -> None:
    relative = path.relative_to(out).as_posix()
    node = URIRef(f"{dataset}/distribution/{relative.replace('/', '-').replace('.', '-')}")
    media, file_type, kind = FORMATS[path.suffix]
    graph.add((dataset, DCAT.distribution, node))
    graph.add((node, RDF.type, DCAT.Distribution))
    graph.add((node, DCTERMS.title, Literal(f"{relative} ({kind})", lang="en")))
    graph.add((node, DCTERMS.description, Literal(f"{kind} file {relative} of this dataset.", lang="en")))
    media_iri = URIRef(f"https://www.iana.org/assignments/media-types/{media}")
    graph.add((node, DCAT.mediaType, media_iri))
    graph.add((media_iri, RDF.type, DCTERMS.MediaType))
    format_iri = URIRef(EU + "file-type/" + file_type)
    graph.add((node, DCTERMS["format"], format_iri))
    graph.add((format_iri, RDF.type, DCTERMS.MediaTypeOrExtent))
    graph.add((node, DCAT.downloadURL, URIRef(url)))
    graph.add((node, DCAT.accessURL, URIRef(url)))
    graph.add((node, DCTERMS.license, publisher.licence))
    graph.add((node, DCATAP.availability, _concept(graph, STABLE, "Stable", "planned-availability")))
    graph.add((node, DCAT.byteSize, Literal(path.stat().st_size, datatype=XSD.nonNegativeInteger)))
    checksum = URIRef(f"{node}/checksum")
    graph.add((node, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    graph.add((SPDX.checksumAlgorithm_sha256, RDF.type, SPDX.ChecksumAlgorithm))
    graph.add((checksum, SPDX.checksumValue, Literal(sha256_of(path), datatype=XSD.hexBinary)))


def catalogue(catalog_iri: URIRef, entries: list[DatasetEntry], out: Path, download_url, publisher: Publisher,
              documents: int) -> Graph:
    """The DCAT-AP catalogue of ``entries``; ``download_url(path)`` gives each file's URL."""
    graph = Graph()
    for prefix, namespace in (("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF), ("vcard", VCARD),
                              ("spdx", SPDX), ("dcatap", DCATAP), ("skos", SKOS), ("adms", ADMS)):
        graph.bind(prefix, namespace)
    now = Literal(datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)
    agent = _agent(graph, URIRef(f"{catalog_iri}/publisher"), publisher)
    contact = _contact(graph, URIRef(f"{catalog_iri}/contact"), publisher)
    licence = publisher.licence
    graph.add((licence, RDF.type, DCTERMS.LicenseDocument))
    graph.add((licence, RDFS.label, Literal(publisher.licence_title, lang="en")))
    graph.add((licence, DCTERMS.type, _concept(graph, ATTRIBUTION, "Attribution")))
    standard = URIRef(GG_IRI.rstrip("#"))
    graph.add((standard, RDF.type, DCTERMS.Standard))
    graph.add((standard, RDFS.label, Literal("govgraph ontology", lang="en")))
    graph.add((ENGLISH, RDF.type, DCTERMS.LinguisticSystem))
    graph.add((catalog_iri, RDF.type, DCAT.Catalog))
    graph.add((catalog_iri, DCTERMS.title, Literal("Council committee minutes as linked data", lang="en")))
    graph.add((catalog_iri, DCTERMS.description, Literal(
        f"Governance relationships read by govgraph {__version__} from {documents} committee minutes documents: "
        "one dataset for the whole collection and one for each council.", lang="en")))
    graph.add((catalog_iri, DCTERMS.publisher, agent))
    graph.add((catalog_iri, DCTERMS.modified, now))
    graph.add((catalog_iri, DCTERMS.language, ENGLISH))
    graph.add((catalog_iri, DCTERMS.license, licence))
    homepage = URIRef("https://w3id.org/govgraph")
    graph.add((catalog_iri, FOAF.homepage, homepage))
    graph.add((homepage, RDF.type, FOAF.Document))
    graph.add((catalog_iri, DCTERMS.issued, now))
    graph.add((catalog_iri, DCAT.themeTaxonomy, URIRef(EU + "data-theme")))
    graph.add((URIRef(EU + "data-theme"), RDF.type, SKOS.ConceptScheme))
    graph.add((URIRef(EU + "data-theme"), DCTERMS.title, Literal("Data theme", lang="en")))
    for entry in entries:
        dataset = entry.iri
        graph.add((catalog_iri, DCAT.dataset, dataset))
        graph.add((dataset, RDF.type, DCAT.Dataset))
        graph.add((dataset, DCTERMS.title, Literal(entry.title, lang="en")))
        graph.add((dataset, DCTERMS.description, Literal(entry.description, lang="en")))
        graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
        graph.add((dataset, DCTERMS.publisher, agent))
        graph.add((dataset, DCTERMS.creator, agent))
        graph.add((dataset, DCAT.contactPoint, contact))
        graph.add((dataset, DCAT.theme, _concept(graph, GOVE, "Government and public sector", "data-theme")))
        graph.add((dataset, DCTERMS.conformsTo, standard))
        graph.add((dataset, DCTERMS.language, ENGLISH))
        graph.add((dataset, DCTERMS.modified, now))
        for word in ("local government", "committee minutes", "governance"):
            graph.add((dataset, DCAT.keyword, Literal(word, lang="en")))
        graph.add((catalog_iri, DCTERMS.spatial, _coverage(graph, dataset, entry)))
        for path in entry.files:
            _distribution(graph, dataset, path, out, download_url(path), publisher)
    return graph


def _coverage(graph: Graph, dataset: URIRef, entry: DatasetEntry) -> URIRef:
    """Spatial coverage (the council, or the United Kingdom for the whole) and the period;
    returns the place."""
    place = URIRef(entry.council_iri + "/area") if entry.council_iri else URIRef(EU + "country/GBR")
    graph.add((dataset, DCTERMS.spatial, place))
    graph.add((place, RDF.type, DCTERMS.Location))
    graph.add((place, SKOS.prefLabel, Literal(f"area of {entry.council}" if entry.council else "United Kingdom",
                                              lang="en")))
    if entry.council_code:
        graph.add((place, DCTERMS.identifier, Literal(entry.council_code)))
    if entry.start or entry.end:
        period = URIRef(f"{dataset}/temporal")
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        if entry.start:
            graph.add((period, DCAT.startDate, Literal(entry.start, datatype=XSD.date)))
        if entry.end:
            graph.add((period, DCAT.endDate, Literal(entry.end, datatype=XSD.date)))
    return place
