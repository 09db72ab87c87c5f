"""The whole pipeline, for a build configuration: load → validate → export → graph server
→ sync → saved queries → views, printing where every output is."""

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from govgraph.build_config import BuildConfig
from govgraph.config import Settings
from govgraph.errors import ValidationFailed
from govgraph.graph.atomic import atomic_write
from govgraph.steps import check_valid, load_summary, run_load
from govgraph.store import KnowledgeStore


def run_build(config: BuildConfig, settings: Settings, console: Console) -> dict[str, Path]:
    """Run every step; returns the outputs by name."""
    outputs = {"RDF store": settings.store_path}
    with KnowledgeStore(settings.store_path) as store:
        _load(config, settings, store, console)
        console.rule("[bold]2. Validate (SHACL)")
        if check_valid(store):
            raise ValidationFailed("the graph fails validation; see the violations above")
        console.print(f"conforms: {len(store)} quads in {len(store.documents())} named graphs")
        outputs["Linked-open-data dumps, DCAT and VoID"] = _export(config, settings, store, console)
        target = _graph_target(config, settings, console)
        try:
            _sync(store, target, console)
            outputs["Saved query results"] = _queries(target, settings, console)
        finally:
            target.close()
        outputs["Interactive view"] = _view(config, settings, store, console)
    return outputs


def _load(config: BuildConfig, settings: Settings, store: KnowledgeStore, console: Console) -> None:
    from govgraph.loaders.manifest import read_manifest

    console.rule("[bold]1. Load")
    for source in config.sources:
        manifest = read_manifest(source.manifest) if source.manifest else None
        report = run_load([source.path], store, settings, source.meta, manifest)
        console.print(load_summary(report))


def _export(config: BuildConfig, settings: Settings, store: KnowledgeStore, console: Console) -> Path:
    from govgraph.graph.export import export_options, export_store

    console.rule("[bold]3. Export linked open data")
    out = settings.output_path / "lod"
    files = export_store(store, out, export_options(config.title, config.publisher, config.contact, config.licence,
                                                    config.download_base, settings.base))
    console.print(f"{len(files)} files in {out}")
    return out


def _graph_target(config: BuildConfig, settings: Settings, console: Console):
    from govgraph.cli_graph import open_target
    from govgraph.graph import server

    console.rule(f"[bold]4. Graph database ({config.target})")
    if config.target == "falkordb":
        info = server.start(settings.home, config.port)
        console.print(f"bundled FalkorDB running on 127.0.0.1:{info.port}; stop it with 'govgraph server stop'")
    return open_target(settings, config.target, config.neo4j.get("uri"), config.neo4j.get("user"),
                       config.neo4j.get("database"))


def _sync(store: KnowledgeStore, target, console: Console) -> None:
    from govgraph.graph.sync import sync

    console.rule("[bold]5. Sync the property graph")
    report = sync(store, target)
    console.print(f"{report.affected_documents} documents sent; {report.nodes_written} nodes and "
                  f"{report.relationships_written} relationships written; counts reconcile with the RDF graph")


def example_params(example: str) -> dict:
    """The ``--param`` values of a saved query's example command line."""
    import shlex

    from govgraph.graph.query import parse_params

    words = shlex.split(example)
    return parse_params([words[i + 1] for i, w in enumerate(words[:-1]) if w == "--param"])


def _queries(target, settings: Settings, console: Console) -> Path:
    from govgraph.graph.query import run_query
    from govgraph.graph.saved_queries import saved_queries

    console.rule("[bold]6. Saved queries (their example parameters)")
    out = settings.output_path / "queries"
    table = Table("query", "rows", "first row")
    for query in saved_queries().values():
        rows = run_query(target, query.cypher, query.parameters(example_params(query.example)))
        with atomic_write(out / f"{query.name}.json") as handle:
            handle.write(json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8"))
        first = json.dumps(rows[0], ensure_ascii=False)[:70] if rows else ""
        table.add_row(query.name, str(len(rows)), first)
    console.print(table, markup=False)
    console.print(f"results in {out}")
    return out


def _view(config: BuildConfig, settings: Settings, store: KnowledgeStore, console: Console) -> Path:
    from govgraph.graph.analysis import governance_graph
    from govgraph.graph.project import project
    from govgraph.graph.views import build_network, document_sources, render_html, write_view

    console.rule("[bold]7. Interactive view")
    projection = project(store)
    graph = governance_graph(projection)
    page = render_html(build_network(graph, document_sources(projection)), config.title)
    path = write_view(settings.output_path / "views" / "governance.html", page)
    console.print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} links: open {path.as_uri()}")
    return path
