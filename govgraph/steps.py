"""Steps shared by the commands and the build pipeline: loading with a progress bar,
the load summary, and validation, each reporting problems one line each on stderr."""

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from govgraph.config import Settings
from govgraph.errors import InputError
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import LoadReport, collect_sources, load_sources
from govgraph.store import KnowledgeStore

console = Console()
errors = Console(stderr=True)


def _say(line: str) -> None:
    errors.print(line, markup=False, highlight=False, soft_wrap=True)


def run_load(paths: list[Path], store: KnowledgeStore, settings: Settings, meta: SourceMeta,
             manifest: dict[Path, SourceMeta] | None) -> LoadReport:
    """Load with a progress bar, report each warning and failed file on one line."""
    files = collect_sources(paths)
    if not files:
        raise InputError(" ".join(map(str, paths)), "no files found")
    corrections = None
    if (path := settings.home / "corrections.toml").is_file():
        from govgraph.loaders.corrections import read_corrections

        corrections = read_corrections(path)
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("Loading minutes", total=len(files))
        report = load_sources(files, store, IriMinter(settings.base), meta, manifest,
                              on_file=lambda _: progress.advance(task), corrections=corrections)
    for warning in report.warnings:
        _say(f"warning: {warning}")
    for failure in report.failed:
        _say(f"error: {failure}")
    return report


def load_summary(report: LoadReport) -> Table:
    """The counts of a load, as a table."""
    table = Table(title="Loaded")
    table.add_column("facts")
    table.add_column("count", justify="right")
    for name in ("documents", "people", "posts", "organisations", "reports", "questions", "risks",
                 "decisions", "attendance"):
        table.add_row(name, str(report.counts.get(name, 0)))
    table.add_row("failed files", str(len(report.failed)))
    return table


def check_valid(store: KnowledgeStore) -> int:
    """Validate the whole graph against the shapes; print violations; return their number."""
    from govgraph.ontology.validate import validate_graph

    violations = validate_graph(store.union_graph())
    for violation in violations:
        _say(str(violation))
    return len(violations)
