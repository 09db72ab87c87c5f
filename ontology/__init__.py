"""The govgraph ontology: vocabulary terms, the Turtle/SHACL files, and RDF building."""

from importlib import resources
from pathlib import Path


def ontology_path() -> Path:
    """Path of the OWL/RDFS ontology in Turtle."""
    return Path(str(resources.files(__package__).joinpath("govgraph.ttl")))


def shapes_path() -> Path:
    """Path of the SHACL shapes in Turtle."""
    return Path(str(resources.files(__package__).joinpath("shapes.ttl")))


def context_path() -> Path:
    """Path of the published JSON-LD ``@context``."""
    return Path(str(resources.files(__package__).joinpath("context.jsonld")))
