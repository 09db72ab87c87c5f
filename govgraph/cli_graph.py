"""Commands for the property graph: the bundled server, sync and Cypher queries."""

import os
from typing import Annotated

import typer

from govgraph.config import Settings
from govgraph.errors import GovgraphError
from govgraph.graph import server as bundled
from govgraph.graph.targets import FalkorTarget, Target, TargetError, neo4j_from_environment
from govgraph.output import print_rows

server_app = typer.Typer(help="Manage the bundled local graph server (FalkorDB).", no_args_is_help=True)

TargetOpt = Annotated[str | None, typer.Option(
    help="neo4j or falkordb (default: neo4j when NEO4J_URI is set, else the bundled falkordb).")]
Neo4jUri = Annotated[str | None, typer.Option("--neo4j-uri", help="Bolt URI (default $NEO4J_URI).")]
Neo4jUser = Annotated[str | None, typer.Option("--neo4j-user", help="User (default $NEO4J_USER or neo4j).")]
Neo4jDb = Annotated[str | None, typer.Option("--neo4j-database", help="Database (default $NEO4J_DATABASE).")]
GraphOpt = Annotated[str, typer.Option("--graph", help="FalkorDB graph name.")]


def open_target(settings: Settings, target: str | None, uri: str | None, user: str | None,
                database: str | None, graph: str = "govgraph") -> Target:
    """The configured target; the Neo4j password comes from $NEO4J_PASSWORD or a prompt."""
    chosen = target or ("neo4j" if (uri or os.environ.get("NEO4J_URI")) else "falkordb")
    if chosen == "neo4j":
        if not (uri or os.environ.get("NEO4J_URI")):
            raise TargetError("Neo4j target: no URI; pass --neo4j-uri or set NEO4J_URI")
        secret = os.environ.get("NEO4J_PASSWORD")
        if secret is None:
            secret = typer.prompt("Neo4j password", hide_input=True)
        return neo4j_from_environment(uri, user, database, secret)
    if chosen != "falkordb":
        raise TargetError(f"unknown target {chosen!r}; use neo4j or falkordb")
    info = bundled.running(settings.home)
    if info is None:
        raise TargetError(f"the bundled FalkorDB server for {settings.home} is not running; "
                          "start it with 'govgraph server start'")
    return FalkorTarget("127.0.0.1", info.port, info.password, graph)


def register(app: typer.Typer, console, errors, failures_exit, settings_of) -> None:
    """Add the graph commands to the main application."""

    @server_app.command("start")
    def server_start(ctx: typer.Context,
                     port: Annotated[int | None, typer.Option(help="Port on 127.0.0.1 (default 6390).")] = None
                     ) -> None:
        """Start the bundled FalkorDB server (data kept in the data folder)."""
        with failures_exit():
            info = bundled.start(settings_of(ctx).home, port)
        console.print(f"FalkorDB running on 127.0.0.1:{info.port} (pid {info.pid}); data in "
                      f"{bundled.server_dir(settings_of(ctx).home)}")

    @server_app.command("stop")
    def server_stop(ctx: typer.Context) -> None:
        """Stop the bundled server, saving its data."""
        with failures_exit():
            stopped = bundled.stop(settings_of(ctx).home)
        console.print("stopped" if stopped else "not running")

    @server_app.command("status")
    def server_status(ctx: typer.Context) -> None:
        """Show whether the bundled server runs, its port, and its graphs' sizes."""
        settings = settings_of(ctx)
        info = bundled.running(settings.home)
        if info is None:
            console.print("not running (start it with 'govgraph server start')")
            raise typer.Exit(1)
        console.print(f"running on 127.0.0.1:{info.port} (pid {info.pid})")
        with failures_exit():
            target = FalkorTarget("127.0.0.1", info.port, info.password)
            nodes = target.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
            rels = target.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
            target.close()
        console.print(f"graph govgraph: {nodes} nodes, {rels} relationships")

    app.add_typer(server_app, name="server")

    @app.command()
    def sync(ctx: typer.Context, target: TargetOpt = None, full: Annotated[bool, typer.Option(
             help="Wipe the property graph and rebuild it.")] = False, neo4j_uri: Neo4jUri = None,
             neo4j_user: Neo4jUser = None, neo4j_database: Neo4jDb = None, graph: GraphOpt = "govgraph") -> None:
        """Project the RDF knowledge graph into Neo4j or the bundled FalkorDB."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        from govgraph.graph.sync import sync as run_sync
        from govgraph.store import KnowledgeStore

        settings = settings_of(ctx)
        with failures_exit(), KnowledgeStore(settings.store_path) as store:
            db = open_target(settings, target, neo4j_uri, neo4j_user, neo4j_database, graph)
            tasks: dict[str, int] = {}
            with Progress(TextColumn("[bold]Syncing {task.description}"), BarColumn(), MofNCompleteColumn(),
                          console=console, transient=True) as bar:
                def advance(phase: str, done: int, total: int) -> None:
                    if phase not in tasks:
                        tasks[phase] = bar.add_task(phase, total=total)
                    bar.advance(tasks[phase], done)
                try:
                    report = run_sync(store, db, full=full, progress=advance)
                finally:
                    db.close()
        console.print(f"synced to {db.name}: {report.affected_documents} changed and "
                      f"{report.removed_documents} removed documents; {report.nodes_written} nodes and "
                      f"{report.relationships_written} relationships written, {report.nodes_deleted} nodes and "
                      f"{report.relationships_deleted} relationships deleted; counts reconcile")

    @app.command()
    def query(ctx: typer.Context,
              cypher: Annotated[str | None, typer.Argument(help="A Cypher query (or use --name).")] = None,
              name: Annotated[str | None, typer.Option(help="Run a saved query from queries/.")] = None,
              list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries.")] = False,
              param: Annotated[list[str] | None, typer.Option(help="Query parameter name=value (repeatable).")] = None,
              output: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
              write: Annotated[bool, typer.Option(help="Allow the query to write.")] = False,
              target: TargetOpt = None, neo4j_uri: Neo4jUri = None, neo4j_user: Neo4jUser = None,
              neo4j_database: Neo4jDb = None, graph: GraphOpt = "govgraph") -> None:
        """Run Cypher on the graph database (read-only unless --write)."""
        from govgraph.graph.query import parse_params, run_query
        from govgraph.graph.saved_queries import saved_queries, saved_query

        if output not in ("table", "csv", "json"):
            raise typer.BadParameter("use table, csv or json", param_hint="--format")
        if list_saved:
            rows = [{"name": q.name, "description": q.description, "params": q.params}
                    for q in saved_queries().values()]
            print_rows(console, rows, output)
            return
        if (cypher is None) == (name is None):
            raise typer.BadParameter("give a Cypher query or --name, not both", param_hint="CYPHER")
        with failures_exit():
            try:
                params = parse_params(param or [])
            except ValueError as exc:
                raise GovgraphError(str(exc)) from exc
            if name:
                saved = saved_query(name)
                cypher, params = saved.cypher, saved.parameters(params)
            db = open_target(settings_of(ctx), target, neo4j_uri, neo4j_user, neo4j_database, graph)
            try:
                rows = run_query(db, cypher, params, write)
            finally:
                db.close()
        print_rows(console, rows, output)
