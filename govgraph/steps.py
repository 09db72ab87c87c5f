"""Steps shared by the commands and the build pipeline: loading with a progress bar,
the load summary, and validation, each reporting problems one line each on stderr."""

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from govgraph.config import Settings
from govgraph.errors import GovgraphError, InputError
from govgraph.iri import IriMinter
from govgraph.loaders.corrections import Corrections, read_corrections
from govgraph.loaders.harvest.archive import Archive
from govgraph.loaders.harvest.client import SiteBlocked, SiteClient
from govgraph.loaders.harvest.run import Harvester, HarvestPlan, HarvestReport, archive_folder, resolve_site
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import LoadReport, collect_sources, load_sources
from govgraph.store import KnowledgeStore

console = Console()
errors = Console(stderr=True)


def _say(line: str) -> None:
    errors.print(line, markup=False, highlight=False, soft_wrap=True)


def _corrections(settings: Settings) -> Corrections | None:
    path = settings.home / "corrections.toml"
    return read_corrections(path) if path.is_file() else None


def run_load(paths: list[Path], store: KnowledgeStore, settings: Settings, meta: SourceMeta,
             manifest: dict[Path, SourceMeta] | None) -> LoadReport:
    """Load with a progress bar, report each warning and failed file on one line."""
    files = collect_sources(paths)
    if not files:
        raise InputError(" ".join(map(str, paths)), "no files found")
    corrections = _corrections(settings)
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


def run_harvest(settings: Settings, store: KnowledgeStore, site: str, plan: HarvestPlan, delay: float,
                timeout: float) -> HarvestReport:
    """Harvest a ModernGov site into the store with a progress bar of meetings; report each
    meeting or file that failed on one line. The run's outcome (done, blocked, failed) is
    recorded beside the site's responses."""
    where = resolve_site(site)
    client = SiteClient(where.base_url, delay=delay, timeout=timeout)
    archive = Archive(archive_folder(settings.home, where.base_url))
    try:
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, transient=True) as progress:
            task = progress.add_task("Harvesting meetings", total=None)
            harvester = Harvester(client, archive, store, IriMinter(settings.base), where.council,
                                  _corrections(settings))
            report = harvester.run(plan, on_plan=lambda total: progress.update(task, total=total),
                                   on_meeting=lambda: progress.advance(task))
        archive.record_run("done", f"{report.fetched} meetings asked, {len(report.load.loaded)} loaded")
    except SiteBlocked as exc:
        archive.record_run("blocked", str(exc))
        raise
    except GovgraphError as exc:
        archive.record_run("failed", str(exc))
        raise
    finally:
        client.close()
        archive.close()
    for warning in report.load.warnings:
        _say(f"warning: {warning}")
    for failure in [*report.failed, *map(str, report.load.failed)]:
        _say(f"error: {failure}")
    return report
