"""Commands for the interactive views and the networkx analyses."""

from pathlib import Path
from typing import Annotated

import typer

from govgraph.graph import analysis
from govgraph.output import FORMATS, print_rows

analyse_app = typer.Typer(help="Analyses of the governance graph (networkx), as tables.", no_args_is_help=True)
FormatOpt = Annotated[str, typer.Option("--format", help="table, csv or json.")]
CouncilOpt = Annotated[str | None, typer.Option(help="Only this council's bodies, people and facts.")]


def _graph(settings):
    from govgraph.graph.project import project
    from govgraph.store import KnowledgeStore

    with KnowledgeStore(settings.store_path) as store:
        projection = project(store)
    return projection, analysis.governance_graph(projection)


def _check_format(output: str) -> None:
    if output not in FORMATS:
        raise typer.BadParameter("use table, csv or json", param_hint="--format")


def register(app: typer.Typer, console, failures_exit, settings_of) -> None:
    """Add ``view`` and ``analyse`` to the main application."""

    @app.command()
    def view(ctx: typer.Context,
             out: Annotated[Path | None, typer.Option(help="HTML file to write (default <home>/out/views/).")] = None,
             person: Annotated[str | None, typer.Option(help="Focus on a person.")] = None,
             body: Annotated[str | None, typer.Option(help="Focus on a committee or board.")] = None,
             risk: Annotated[str | None, typer.Option(help="Focus on a risk.")] = None,
             council: Annotated[str | None, typer.Option(help="Only this council.")] = None,
             date_from: Annotated[str | None, typer.Option("--from", help="Links dated from (YYYY-MM-DD).")] = None,
             date_to: Annotated[str | None, typer.Option("--to", help="Links dated up to (YYYY-MM-DD).")] = None,
             depth: Annotated[int, typer.Option(help="Hops around a focus.", min=1, max=6)] = 2,
             layout: Annotated[str, typer.Option(help="auto, spring or hierarchical.")] = "auto",
             title: Annotated[str, typer.Option(help="Page title.")] = "Who reported what to whom, and when") -> None:
        """Write an interactive, self-contained HTML view of the knowledge graph."""
        from govgraph.errors import GovgraphError
        from govgraph.graph.views import Selection, build_network, document_sources, render_html, select, write_view

        if layout not in ("auto", "spring", "hierarchical"):
            raise typer.BadParameter("use auto, spring or hierarchical", param_hint="--layout")
        settings = settings_of(ctx)
        with failures_exit():
            projection, graph = _graph(settings)
            try:
                chosen = select(graph, Selection(person, body, risk, council, date_from, date_to, depth))
            except LookupError as exc:
                raise GovgraphError(str(exc.args[0])) from exc
            page = render_html(build_network(chosen, document_sources(projection), layout), title)
            path = write_view(out or settings.output_path / "views" / "governance.html", page)
        console.print(f"wrote {path} ({chosen.number_of_nodes()} nodes, {chosen.number_of_edges()} links); "
                      "open it in any browser, no network needed", markup=False)

    def run_analysis(ctx: typer.Context, output: str, compute, council: str | None = None) -> None:
        _check_format(output)
        with failures_exit():
            projection, graph = _graph(settings_of(ctx))
            if council:
                graph = analysis.of_council(graph, council)
        print_rows(console, compute(projection, graph), output)

    @analyse_app.command("reporters")
    def reporters(ctx: typer.Context, limit: int = 10, output: FormatOpt = "table",
                  council: CouncilOpt = None) -> None:
        """Who reports most, and to which bodies."""
        run_analysis(ctx, output, lambda _, graph: analysis.top_reporters(graph, limit), council)

    @analyse_app.command("bridges")
    def bridges(ctx: typer.Context, output: FormatOpt = "table", council: CouncilOpt = None) -> None:
        """People linked to several bodies, with betweenness centrality."""
        run_analysis(ctx, output, lambda _, graph: analysis.bridging_people(graph), council)

    @analyse_app.command("risk")
    def risk(ctx: typer.Context, name: Annotated[str, typer.Argument(help="The risk's name.")],
             output: FormatOpt = "table", council: CouncilOpt = None) -> None:
        """A risk over time: who presented it, when, and its score changes."""
        run_analysis(ctx, output, lambda _, graph: analysis.risk_history(graph, name), council)

    @analyse_app.command("partners")
    def partners(ctx: typer.Context, output: FormatOpt = "table", council: CouncilOpt = None) -> None:
        """Partner organisations most often named with each risk."""
        run_analysis(ctx, output, lambda _, graph: analysis.partners_by_risk(graph), council)

    @analyse_app.command("timeline")
    def timeline(ctx: typer.Context, body: Annotated[str, typer.Argument(help="The body's name.")],
                 output: FormatOpt = "table", council: CouncilOpt = None) -> None:
        """A body's meetings and decisions in date order."""
        run_analysis(ctx, output, lambda _, graph: analysis.body_timeline(graph, body), council)

    app.add_typer(analyse_app, name="analyse")
