"""The ``govgraph`` command: thin wrappers that call the library and print with rich.

Library errors (:class:`GovgraphError`) become one-line messages on stderr and exit 1.
"""

import logging
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from govgraph import __version__
from govgraph.config import Settings, resolve_settings
from govgraph.errors import GovgraphError, InputError, ValidationFailed
from govgraph.loaders.dates import is_iso_date
from govgraph.loaders.evaluation import write_predictions
from govgraph.loaders.harvest.run import HarvestPlan
from govgraph.loaders.manifest import read_manifest
from govgraph.loaders.model import SourceMeta
from govgraph.steps import check_valid, console, errors, load_summary, run_harvest, run_load
from govgraph.store import KnowledgeStore

app = typer.Typer(help="Council committee minutes → a knowledge graph of who reported what to whom, and when.",
                  no_args_is_help=True, add_completion=False)

PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders of minutes (text, HTML, XML, PDF).")]
CouncilOpt = Annotated[str | None, typer.Option(help="Council the sources belong to.")]
BodyOpt = Annotated[str | None, typer.Option(help="Committee or board, where pages do not say.")]
DateOpt = Annotated[str | None, typer.Option(help="Meeting date (YYYY-MM-DD), where pages do not say.")]
UrlOpt = Annotated[str | None, typer.Option(help="Source URL (for a single file).")]
ManifestOpt = Annotated[Path | None, typer.Option(help="CSV or JSON manifest: file, council, body, date, url, title.")]


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj


@app.callback()
def main(ctx: typer.Context,
         home: Annotated[Path | None, typer.Option(help="Data folder (default $GOVGRAPH_HOME, else ./govgraph-data).")
                         ] = None,
         base: Annotated[str | None, typer.Option(help="Base IRI for minted identifiers.")] = None,
         version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False) -> None:
    """Read minutes, build the knowledge graph, validate and publish it."""
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the driver's retry notes; failures are reported once
    if version:
        console.print(f"govgraph {__version__}")
        raise typer.Exit()
    ctx.obj = resolve_settings(home, base)


@contextmanager
def _failures_exit():
    try:
        yield
    except GovgraphError as exc:
        errors.print(f"error: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc


def _open_store(settings: Settings) -> KnowledgeStore:
    return KnowledgeStore(settings.store_path)


def _meta(council: str | None, body: str | None, date: str | None, url: str | None) -> SourceMeta:
    if date and not is_iso_date(date):
        raise InputError("--date", f"{date!r} is not a date in YYYY-MM-DD form")
    return SourceMeta(council=council, body=body, date=date, url=url)


@app.command()
def load(ctx: typer.Context, paths: PathsArg, council: CouncilOpt = None, body: BodyOpt = None,
         date: DateOpt = None, url: UrlOpt = None, manifest: ManifestOpt = None) -> None:
    """Load minutes into the RDF store (one named graph per document)."""
    settings = _settings(ctx)
    with _failures_exit(), _open_store(settings) as store:
        extra = read_manifest(manifest) if manifest else None
        report = run_load(paths, store, settings, _meta(council, body, date, url), extra)
    console.print(load_summary(report))
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(ctx: typer.Context, paths: PathsArg,
            out: Annotated[Path, typer.Option(help="Folder for one JSON file per input.")],
            council: CouncilOpt = None, body: BodyOpt = None, date: DateOpt = None,
            manifest: ManifestOpt = None) -> None:
    """Write each input's facts as JSON (the evaluation shape), read back from its graph."""
    settings = _settings(ctx)
    with _failures_exit():
        store = KnowledgeStore()
        extra = read_manifest(manifest) if manifest else None
        report = run_load(paths, store, settings, _meta(council, body, date, None), extra)
        write_predictions(store, report, out)
    console.print(f"wrote {len(report.loaded)} files to {out}")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def validate(ctx: typer.Context) -> None:
    """Check the knowledge graph against the SHACL shapes."""
    with _failures_exit(), _open_store(_settings(ctx)) as store:
        count = check_valid(store)
        summary = f"{len(store)} quads in {len(store.documents())} documents"
    if count:
        errors.print(f"error: {count} SHACL violations in {summary}")
        raise typer.Exit(1)
    console.print(f"conforms: {summary}")


PublisherOpt = Annotated[str, typer.Option(help="Publisher named in the DCAT description.")]
ContactOpt = Annotated[str, typer.Option(help="Contact e-mail address or web page for the datasets.")]
LicenceOpt = Annotated[str, typer.Option(help="Licence URL (default: Open Government Licence v3.0).")]
ForceOpt = Annotated[bool, typer.Option(help="Publish even if the graph fails validation.")]


def _publishable(store, settings: Settings, force: bool) -> None:
    """Refuse an empty store, and an invalid graph unless forced."""
    if len(store) == 0:
        raise InputError(settings.store_path, "the store is empty; run 'govgraph load' first")
    if not force and check_valid(store):
        raise ValidationFailed("the graph fails validation; fix it or rerun with --force")


@app.command()
def export(ctx: typer.Context,
           out: Annotated[Path, typer.Option(help="Folder for the dumps and descriptions.")],
           force: ForceOpt = False, publisher: PublisherOpt = "govgraph", contact: ContactOpt = "",
           licence: LicenceOpt = "",
           download_base: Annotated[str, typer.Option(help="URL the files will be published under.")] = "") -> None:
    """Write Turtle, N-Triples, JSON-LD and TriG dumps (the whole and each council), CSV tables,
    a DCAT-AP catalogue and VoID."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from govgraph.graph.export import export_options, export_store

    with _failures_exit(), _open_store(_settings(ctx)) as store:
        _publishable(store, _settings(ctx), force)
        options = export_options(None, publisher, contact, licence, download_base, _settings(ctx).base)
        with Progress(SpinnerColumn(), TextColumn("[bold]Exporting[/] {task.description}"), TimeElapsedColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("dumps", total=None)
            files = export_store(store, out, options, progress=lambda done: bar.update(task, description=done))
    for path in files:
        console.print(f"wrote {path}")


@app.command()
def publish(ctx: typer.Context, out: Annotated[Path, typer.Argument(help="Folder for the static site.")],
            force: ForceOpt = False, publisher: PublisherOpt = "govgraph", contact: ContactOpt = "",
            licence: LicenceOpt = "") -> None:
    """Write the graph as a static site in which every IRI under --base resolves (a page, its
    Turtle and JSON-LD), with the export's dumps; serve the folder at the base."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from govgraph.graph.export import export_options
    from govgraph.graph.site import publish_site

    settings = _settings(ctx)
    with _failures_exit(), _open_store(settings) as store:
        _publishable(store, settings, force)
        options = export_options(None, publisher, contact, licence, settings.base + "dumps/", settings.base)
        with Progress(SpinnerColumn(), TextColumn("[bold]Writing pages: {task.completed} resources"),
                      TimeElapsedColumn(), console=console, transient=True) as progress:
            task = progress.add_task("pages", total=None)
            report = publish_site(store, out, settings.base, options,
                                  progress=lambda done: progress.update(task, completed=done))
    console.print(f"wrote {report.resources} resource pages to {out}; serve it at {settings.base} "
                  f"(see {out / 'README.md'})")


@app.command()
def documents(ctx: typer.Context) -> None:
    """List the documents in the store."""
    with _failures_exit(), _open_store(_settings(ctx)) as store:
        records = store.documents()
    if not records:
        console.print("no documents in the store (load some with govgraph load PATH)")
        return
    table = Table(title=f"{len(records)} documents")
    for column in ("key", "council", "body", "date", "source", "title"):
        table.add_column(column, no_wrap=column in ("key", "date"))
    table.add_column("triples", justify="right")
    for r in records:
        table.add_row(r.key, r.council or "", r.body or "", r.date or "", r.source or "", r.title[:50],
                      str(r.triples))
    console.print(table)


def _print_table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table, markup=False)


@app.command()
def councils(search: Annotated[str | None, typer.Argument(help="Part of a council's name, or its code.")] = None
             ) -> None:
    """List the councils that publish with ModernGov (registry from Democracy Club, MIT licence)."""
    from govgraph.loaders.councils import registry
    from govgraph.loaders.councils import search as find

    found = find(search) if search else list(registry())
    if not found:
        console.print(f"no council matches {search!r}")
        return
    _print_table(f"{len(found)} councils", ("code", "name", "territory", "base URL"),
                 [(c.code, c.name, c.territory, c.base_url) for c in found])


def _day(value: str | None, option: str) -> date | None:
    if value and not is_iso_date(value):
        raise InputError(option, f"{value!r} is not a date in YYYY-MM-DD form")
    return date.fromisoformat(value) if value else None


@app.command()
def harvest(ctx: typer.Context,
            site: Annotated[str, typer.Argument(help="A ModernGov site's base URL, or a council's name or code "
                                                     "(`govgraph councils`).")],
            committee: Annotated[list[str] | None, typer.Option(
                help="A committee's title or id (repeat for more); default: every committee.")] = None,
            since: Annotated[str | None, typer.Option(help="First meeting date (YYYY-MM-DD); default a year ago.")
                             ] = None,
            until: Annotated[str | None, typer.Option(help="Last meeting date (YYYY-MM-DD); default today.")] = None,
            refresh: Annotated[bool, typer.Option(help="Ask for everything again, not only what can have changed."
                                                  )] = False,
            council: Annotated[str | None, typer.Option(help="The council, where the registry does not know the site."
                                                        )] = None,
            delay: Annotated[float, typer.Option(help="Seconds between requests (at least 0.2).")] = 1.0,
            timeout: Annotated[float, typer.Option(help="Seconds to wait for an answer.")] = 30.0) -> None:
    """Harvest a council's minutes from its ModernGov site into the store; reruns ask only what can have changed."""
    settings = _settings(ctx)
    with _failures_exit(), _open_store(settings) as store:
        plan = HarvestPlan(tuple(committee or ()), _day(since, "--since"), _day(until, "--until"), refresh, council)
        report = run_harvest(settings, store, site, plan, delay, timeout)
    console.print(f"{report.site} ({report.council or 'council unknown'}): {len(report.committees)} committees, "
                  f"{report.listed} meetings in the period ({report.cancelled} cancelled, {report.upcoming} "
                  f"not yet held); {report.fetched} asked, {report.unchanged} unchanged; {report.requests} requests")
    if not report.listed:
        console.print("no meetings in the period: nothing to load")
    console.print(load_summary(report.load))
    if report.failed or report.load.failed:
        raise typer.Exit(1)


@app.command()
def people(ctx: typer.Context,
           council: Annotated[str, typer.Option(help="The council, as loaded (e.g. \"Blackpool Council\").")]) -> None:
    """List a council's people with the names and documents they were read from, flagging likely duplicates."""
    from govgraph.graph.people import council_people
    from govgraph.iri import IriMinter

    settings = _settings(ctx)
    with _failures_exit(), _open_store(settings) as store:
        found = council_people(store, IriMinter(settings.base), council)
    if not found:
        console.print(f"no people of {council!r} in the store (load minutes with --council, or see govgraph documents)")
        return
    _print_table(f"{len(found)} people of {council}", ("names", "honorifics", "documents", "likely the same as"),
                 [("; ".join(sorted(p.names)), ", ".join(sorted(p.honorifics)), ", ".join(sorted(p.documents)),
                   "; ".join(p.likely_same_as)) for p in found])


@app.command()
def remove(ctx: typer.Context,
           keys: Annotated[list[str], typer.Argument(help="Keys (or IRIs) of documents, as `govgraph documents` "
                                                          "lists them.")]) -> None:
    """Remove documents from the store; the next `govgraph sync` removes their facts from the graph database."""
    with _failures_exit(), _open_store(_settings(ctx)) as store:
        found, missing = store.find_documents(keys)
        if missing:
            raise InputError(", ".join(missing), "no such document in the store (see govgraph documents)")
        for record in found:
            store.remove_document(record.iri)
    console.print(f"removed {len(found)} documents; run govgraph sync to remove their facts from the graph database")


def _register_graph_commands() -> None:
    from govgraph import cli_graph, cli_views

    cli_graph.register(app, console, errors, _failures_exit, _settings)
    cli_views.register(app, console, _failures_exit, _settings)


_register_graph_commands()


@app.command()
def demo(ctx: typer.Context,
         examples: Annotated[Path | None, typer.Option(help="Folder of example minutes with govgraph.toml.")] = None
         ) -> None:
    """Run the whole pipeline on the bundled example minutes."""
    from govgraph.demo import run_demo

    with _failures_exit():
        run_demo(_settings(ctx), examples, console)


@app.command()
def build(ctx: typer.Context, config: Annotated[Path, typer.Argument(help="A govgraph.toml build file.")]) -> None:
    """Run the whole pipeline for your own sources: load, validate, export, sync, queries, views."""
    from govgraph.build_config import read_config
    from govgraph.config import resolve_settings
    from govgraph.workflow import run_build

    with _failures_exit():
        settings_given = _settings(ctx)
        parsed = read_config(config)
        settings = resolve_settings(settings_given.home, parsed.base) if parsed.base else settings_given
        outputs = run_build(parsed, settings, console)
    for name, path in outputs.items():
        console.print(f"{name}: {path}", markup=False)
