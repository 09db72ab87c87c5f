"""The main job: ``govgraph build`` of the bundled example minutes (``examples/govgraph.toml``)."""

from pathlib import Path

from rich.console import Console

from govgraph.build_config import read_config
from govgraph.config import Settings
from govgraph.workflow import run_build

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_demo(settings: Settings, examples: Path | None, console: Console) -> None:
    """Build the graph of the example minutes and print where everything is."""
    config = read_config((examples or EXAMPLES) / "govgraph.toml")
    outputs = run_build(config, settings, console)
    console.rule("[bold]Done")
    for name, path in outputs.items():
        console.print(f"{name}: {path}", markup=False)
    console.print('Try: govgraph query --name reports-by-person --param person="Victoria Gent"', markup=False)
