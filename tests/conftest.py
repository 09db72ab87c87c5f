"""Shared fixtures: paths to the shared material, a minter, and a one-call extractor."""

from pathlib import Path

import pytest

from govgraph.iri import IriMinter
from govgraph.loaders.model import Extraction, SourceMeta
from govgraph.loaders.pipeline import build_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
BASE = "https://example.org/id/"


@pytest.fixture
def minter() -> IriMinter:
    return IriMinter(BASE)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.skip(f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture
def read_minutes(tmp_path):
    """Extract facts from minutes text, as ``govgraph load`` would."""

    def read(text: str, name: str = "minutes.txt", **meta: str) -> Extraction:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return build_document(path, path.stem, SourceMeta(**meta), IriMinter(BASE)).facts

    return read


def names(facts: Extraction) -> list[str]:
    """The people of an extraction, by name."""
    return sorted(p.name for p in facts.people.values())
