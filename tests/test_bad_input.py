"""Bad input gets a one-line error naming the file; other files load; the store is untouched."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from govgraph.cli import app
from govgraph.errors import InputError
from govgraph.loaders.read import read_document
from govgraph.store import KnowledgeStore

GOOD = "Agenda item\n\nBudget\n\nMr John Smith, Chief Executive, presented the report.\n"


def _truncated_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Minutes of the Audit Committee")
    data = bytes(pdf.output())
    path.write_bytes(data[: len(data) // 3])


BAD = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty file"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(256)) * 40), "binary file"),
    "image.txt": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "PNG image"),
    "archive.html": (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), "ZIP archive"),
    "truncated.pdf": (_truncated_pdf, "PDF"),
    "broken.xml": (lambda p: p.write_text("<?xml version='1.0'?><meeting><agendaitems>"), "malformed XML"),
    "unknown.xml": (lambda p: p.write_text("<?xml version='1.0'?><rss><channel/></rss>"), "unknown XML"),
    "nothing.html": (lambda p: p.write_text("<html><body><div></div></body></html>"), "no readable text"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_raises_an_input_error_naming_it(tmp_path, name):
    make, reason = BAD[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        read_document(path)


def test_cp1252_text_is_read(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Agenda item\n\nBudget\n\nMs Zoë O’Brien, Director of Finance, presented the report.\n"
                     .encode("cp1252"))
    doc = read_document(path)
    assert "Zoë O’Brien" in doc.text


def test_cp1252_text_loads_with_a_one_line_warning_naming_the_file(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Agenda item\n\nBudget\n\nMs Zoë O’Brien, Director of Finance, presented the report.\n"
                     .encode("cp1252"))
    result = CliRunner().invoke(app, ["--home", str(tmp_path / "home"), "load", str(path)])
    assert result.exit_code == 0
    assert result.stderr.strip() == f"warning: {path}: text is not UTF-8; read as Windows-1252"
    assert "people" in result.output


def test_malformed_html_still_reads_what_it_can(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>Ms Jane Doe, Head of Audit, presented the report.<div><p>RESOLVED: "
                    "That the report be noted.</td></body>")
    doc = read_document(path)
    assert "RESOLVED: That the report be noted." in doc.text


def test_a_load_with_bad_files_loads_the_good_ones_and_exits_non_zero(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    for name, (make, _) in BAD.items():
        make(folder / name)
    home = tmp_path / "home"
    result = CliRunner().invoke(app, ["--home", str(home), "load", str(folder)])
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == len(BAD)
    assert all(str(folder) in line for line in error_lines)
    with KnowledgeStore(home / "store") as store:
        assert [d.key.rsplit("-", 1)[0] for d in store.documents()] == ["good"]


def test_a_failed_reload_leaves_the_stored_document_as_it_was(tmp_path):
    home = tmp_path / "home"
    path = tmp_path / "minutes.txt"
    path.write_text(GOOD)
    runner = CliRunner()
    assert runner.invoke(app, ["--home", str(home), "load", str(path)]).exit_code == 0
    with KnowledgeStore(home / "store") as store:
        before = set(store.triples())
    path.write_bytes(b"\x00\x01\x02" * 100)
    assert runner.invoke(app, ["--home", str(home), "load", str(path)]).exit_code == 1
    with KnowledgeStore(home / "store") as store:
        assert set(store.triples()) == before
