"""The notebooks run top to bottom against the examples and the bundled server; stored without outputs."""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from govgraph.graph import server

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_the_two_analyst_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["publishing-linked-open-data.ipynb", "who-reported-what-to-whom.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_stored_without_outputs(path):
    for cell in json.loads(path.read_text())["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


def _outputs(book) -> str:
    texts = []
    for cell in book.cells:
        for output in cell.get("outputs", []):
            texts.append(output.get("text", ""))
            texts += [str(v) for v in output.get("data", {}).values()]
    return "\n".join(texts)


@pytest.mark.parametrize(("name", "expected"), [
    ("who-reported-what-to-whom.ipynb", ["Victoria Gent", "gross", "counts reconcile", "iframe srcdoc"]),
    ("publishing-linked-open-data.ipynb", ["conforms", "dcat:Dataset", "Director of Children’s Services"]),
])
def test_a_notebook_runs_and_shows_its_answers(tmp_path, monkeypatch, name, expected):
    home = tmp_path / "home"
    monkeypatch.setenv("GOVGRAPH_HOME", str(home))
    monkeypatch.setenv("GOVGRAPH_FALKORDB_PORT", str(server.free_port()))
    path = next(p for p in NOTEBOOKS if p.name == name)
    book = nbformat.read(path, as_version=4)
    try:
        NotebookClient(book, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        server.stop(home)
    shown = _outputs(book)
    for text in expected:
        assert text in shown, text
