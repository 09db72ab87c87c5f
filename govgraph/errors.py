"""Typed errors raised by the library; the command line turns them into one-line messages."""


class GovgraphError(Exception):
    """Base class: a failure the user can act on, with a message that names what failed."""


class InputError(GovgraphError):
    """A source file could not be read or understood (empty, binary, malformed, unknown)."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ValidationFailed(GovgraphError):
    """The RDF graph does not conform to the SHACL shapes."""


class StoreError(GovgraphError):
    """The RDF store could not be opened or written."""


class ExportError(GovgraphError):
    """An export could not be written."""
