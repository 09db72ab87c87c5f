"""The main job on the bundled example minutes: load → validate → export → server → sync."""

from pathlib import Path

from rich.console import Console

from govgraph.config import Settings
from govgraph.errors import InputError, ValidationFailed
from govgraph.graph import server
from govgraph.graph.export import export_store
from govgraph.graph.sync import sync
from govgraph.graph.targets import FalkorTarget
from govgraph.loaders.model import SourceMeta
from govgraph.store import KnowledgeStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_demo(settings: Settings, examples: Path | None, console: Console) -> None:
    """Load the examples, validate the graph, export it; print where everything is."""
    source = examples or EXAMPLES
    if not source.is_dir():
        raise InputError(source, "example minutes folder not found (pass --examples DIR)")
    console.rule("[bold]1. Load")
    with KnowledgeStore(settings.store_path) as store:
        _pipeline(settings, source, store, console)
    console.rule("[bold]Done")
    console.print(f"RDF store: {settings.store_path}")
    console.print(f"Linked-open-data dumps and DCAT/VoID: {settings.output_path / 'lod'}")
    console.print(f"Property graph: FalkorDB on 127.0.0.1 (data in {server.server_dir(settings.home)}); try\n"
                  "  govgraph query \"MATCH (p:Person)-[r:REPORTED_TO]->(b:Body) RETURN p.name, b.name, r.subject\"\n"
                  "and stop it with: govgraph server stop", markup=False, highlight=False)


def _pipeline(settings: Settings, source: Path, store: KnowledgeStore, console: Console) -> None:
    from govgraph.cli import _summary, check_valid, run_load

    report = run_load([source], store, settings, SourceMeta(), _manifest(source))
    console.print(_summary(report))
    console.rule("[bold]2. Validate (SHACL)")
    if check_valid(store):
        raise ValidationFailed("the example graph fails validation")
    console.print(f"conforms: {len(store)} quads in {len(store.documents())} named graphs")
    console.rule("[bold]3. Export linked open data")
    out = settings.output_path / "lod"
    files = export_store(store, out)
    for path in files:
        console.print(f"  {path}")
    console.rule("[bold]4. Start the bundled graph server (FalkorDB)")
    info = server.start(settings.home)
    console.print(f"running on 127.0.0.1:{info.port}")
    console.rule("[bold]5. Sync the property graph")
    target = FalkorTarget("127.0.0.1", info.port, info.password)
    try:
        report = sync(store, target)
    finally:
        target.close()
    console.print(f"{report.nodes_written} nodes and {report.relationships_written} relationships written; "
                  "counts reconcile with the RDF graph")


def _manifest(source: Path) -> dict | None:
    from govgraph.loaders.manifest import read_manifest

    for name in ("manifest.csv", "manifest.json"):
        if (source / name).is_file():
            return read_manifest(source / name)
    return None
