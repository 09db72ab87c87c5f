"""Where govgraph keeps its state and which base IRI it mints identifiers under.

All state lives below one data folder: ``--home``, else ``$GOVGRAPH_HOME``, else
``./govgraph-data``. Nothing is written anywhere else.
"""

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = "govgraph-data"
DEFAULT_BASE = "https://w3id.org/govgraph/id/"


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run."""

    home: Path
    base: str

    @property
    def store_path(self) -> Path:
        """Folder of the persistent RDF store."""
        return self.home / "store"

    @property
    def output_path(self) -> Path:
        """Folder for default outputs (exports, views, extractions)."""
        return self.home / "out"


def resolve_settings(home: str | Path | None = None, base: str | None = None) -> Settings:
    """Settings from explicit values, then the environment, then the defaults."""
    home_path = Path(home or os.environ.get("GOVGRAPH_HOME") or DEFAULT_HOME)
    base_iri = base or os.environ.get("GOVGRAPH_BASE") or DEFAULT_BASE
    if not base_iri.endswith(("/", "#")):
        base_iri += "/"
    return Settings(home=home_path.resolve(), base=base_iri)
