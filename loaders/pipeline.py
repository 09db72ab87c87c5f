"""Sources → documents → facts → named graphs in the store.

Each file is read, extracted and mapped in memory first; only a document that made it
through every step replaces its graph in the store, so a file that fails leaves the
store as it was, and the other files still load. Built documents are written to the
store a batch at a time (each document whole), which is much faster than one by one.
"""

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from govgraph.errors import InputError
from govgraph.iri import IriMinter, slugify
from govgraph.loaders.corrections import Corrections
from govgraph.loaders.councils import council_for_text, council_for_url, council_named
from govgraph.loaders.extract import extract_document
from govgraph.loaders.model import Document, Extraction, SourceMeta
from govgraph.loaders.read import read_document
from govgraph.loaders.resolve import PeopleIndex
from govgraph.ontology.build import DocumentGraph, build_graph
from govgraph.store import KnowledgeStore

_WRITE_EVERY = 150_000  # quads built before they are written to the store together (about 300 MB at peak)
_COUNCIL_CLUES = 20_000  # where a page gives its council's web or mail domain: its opening and contact lines
SKIPPED_SUFFIXES = {".toml", ".csv", ".tsv", ".json", ".md", ".yaml", ".yml"}
SKIPPED_NAMES = {"LICENSE", "LICENCE", "NOTICE"}


@dataclass
class BuiltDocument:
    """A document read, extracted and mapped to its named graph."""

    path: Path
    document: Document
    facts: Extraction
    named_graph: DocumentGraph

    @property
    def graph(self) -> Graph:
        """The document's named graph as an rdflib graph."""
        return self.named_graph.to_rdflib()


@dataclass(frozen=True)
class LoadedDocument:
    """A document stored: where it came from, its graph's IRI and its size."""

    path: Path
    key: str
    iri: str
    items: int
    triples: int


@dataclass
class LoadReport:
    """What a load did: documents loaded, files that failed, and fact counts (no graphs kept,
    so memory stays flat however many files are loaded)."""

    loaded: list[LoadedDocument] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def add(self, other: "LoadReport") -> None:
        """Count another load's documents, failures, warnings and facts in this one."""
        self.loaded += other.loaded
        self.failed += other.failed
        self.warnings += other.warnings
        self.counts += other.counts


def collect_sources(paths: Iterable[Path]) -> list[Path]:
    """Files named, and files below folders named (recursively), in a stable order.

    In folders, hidden files and files that hold configuration or metadata rather than
    minutes (manifests, build files, READMEs: ``.toml .csv .tsv .json .md .yaml``) are
    passed over; a file named explicitly is always read."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in _entries(path)
                            if not any(part.startswith(".") for part in p.relative_to(path).parts)
                            and p.name not in SKIPPED_NAMES and p.suffix.lower() not in SKIPPED_SUFFIXES)
        else:
            found.append(path)
    return found


def _entries(folder: Path) -> list[Path]:
    """The files below ``folder``, and what cannot be read there (a broken link, a folder that
    cannot be listed), so that loading reports those instead of passing them over in silence."""
    entries: list[Path] = []

    def unreadable(error: OSError) -> None:
        entries.append(Path(error.filename))

    for root, _, files in os.walk(folder, onerror=unreadable):
        for name in files:
            entry = Path(root) / name
            if entry.is_file() or (entry.is_symlink() and not entry.exists()):
                entries.append(entry)
    return entries


def document_key(path: Path, url: str | None = None) -> str:
    """The key of a source: its file name's slug and a short hash of where it came from
    (its URL where known, else its path), so that the same source always has the same key
    and two sources never share one, whatever their file names.

    >>> document_key(Path("/minutes/a/minutes.txt")) != document_key(Path("/minutes/b/minutes.txt"))
    True
    """
    return f"{slugify(path.stem, 60)}-{hashlib.sha1((url or source_path(path)).encode()).hexdigest()[:8]}"


def source_path(path: Path) -> str:
    """Where a file is, as its identity: relative to the working folder when it lies below it
    (so a project's files keep their keys on every machine), else absolute."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def count_facts(facts: Extraction) -> Counter:
    """How many of each kind of fact an extraction holds."""
    return Counter({
        "documents": 1,
        "people": len(facts.people),
        "posts": sum(len(p.posts) for p in facts.people.values()),
        "organisations": len(facts.organisations),
        "reports": len(facts.reports),
        "questions": len(facts.questions),
        "risks": len(facts.risks),
        "decisions": len(facts.decisions),
        "attendance": len(facts.attendance),
    })


def build_document(path: Path, key: str, meta: SourceMeta, minter: IriMinter,
                   people: PeopleIndex | None = None) -> BuiltDocument:
    """Read, extract and map one file; raises :class:`InputError`. With ``people`` (the
    people already stored), people are linked to those of the same council, and indexed."""
    document = read_document(path, key)
    if meta.attendees and not document.attendees:  # a page that names no attendees, with a companion that does
        document.attendees = list(meta.attendees)
    if not (meta.council or document.stated.council):
        council = council_for_url(meta.url) or council_for_text(document.text[:_COUNCIL_CLUES])
        document.stated.council = council.name if council else council_named(document.text)
    facts = extract_document(document, meta)
    merged = meta.merged_over(document.stated)
    known: dict[str, str] = {}
    if people is not None and merged.council:
        scope = slugify(merged.council)
        known = people.link(facts, merged.council, minter)
        people.add(facts, {k: known.get(k) or str(minter.person(scope, p.name)) for k, p in facts.people.items()})
    graph = build_graph(document, facts, merged, minter, known)
    return BuiltDocument(path, document, facts, graph)


def load_sources(paths: Iterable[Path], store: KnowledgeStore, minter: IriMinter,
                 defaults: SourceMeta | None = None,
                 manifest: dict[Path, SourceMeta] | None = None,
                 on_file: Callable[[Path], None] | None = None,
                 corrections: Corrections | None = None) -> LoadReport:
    """Load files into ``store``; failures are collected in the report, not raised.
    ``corrections`` merge or keep apart people the rules read wrongly."""
    files = list(paths)
    report = LoadReport()
    people = PeopleIndex(store, corrections)
    pending: list[BuiltDocument] = []  # built, not yet written: the store takes documents fastest together

    def write_pending() -> None:
        store.write_documents([built.named_graph for built in pending])
        for built in pending:
            report.loaded.append(LoadedDocument(built.path, built.document.key, str(built.named_graph.identifier),
                                                len(built.document.items), len(built.named_graph)))
            report.counts += count_facts(built.facts)
            report.warnings += [f"{built.path}: {note}" for note in built.document.notes]
        pending.clear()

    for path in files:
        meta = (manifest or {}).get(path.resolve(), SourceMeta()).merged_over(defaults or SourceMeta())
        key = document_key(path, meta.url)
        try:
            built = build_document(path, key, meta, minter, people)
        except InputError as error:
            report.failed.append(error)
        except (ValueError, RecursionError, MemoryError) as exc:
            report.failed.append(InputError(path, f"could not be read ({type(exc).__name__}: {exc})"))
        else:
            pending.append(built)
            if sum(len(b.named_graph) for b in pending) >= _WRITE_EVERY:
                write_pending()
        if on_file:
            on_file(path)
    write_pending()
    return report
