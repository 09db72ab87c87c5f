"""Failures found by adversarial testing: each holds now."""

import os
import stat
import threading

from typer.testing import CliRunner

from govgraph.cli import app
from govgraph.errors import InputError
from govgraph.graph.atomic import atomic_write
from govgraph.loaders.read import read_document

MINUTES = "Audit Committee - 3 March 2022\n\n1. Budget\nMs Jane Fletcher, Director of Finance, presented the budget.\n"


def test_a_fifo_is_refused_at_once_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = {}

    def read():
        try:
            read_document(fifo)
        except InputError as error:
            outcome["error"] = str(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert "not a regular file" in outcome["error"] and "pipe.txt" in outcome["error"]


def test_the_size_limit_holds_for_what_is_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(MINUTES * 100)
    try:
        read_document(big, max_bytes=1000)
    except InputError as error:
        assert "too large" in str(error) and "big.txt" in str(error)
    else:
        raise AssertionError("a file over the limit was read")


def test_utf16_text_with_or_without_a_byte_order_mark_is_read(tmp_path):
    for name, encoding in (("bom.txt", "utf-16"), ("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")):
        path = tmp_path / name
        path.write_bytes(MINUTES.encode(encoding))
        document = read_document(path)
        assert "Jane Fletcher" in document.text and document.media_type == "text/plain", name


def test_published_files_get_normal_read_permissions(tmp_path):
    target = tmp_path / "dump.ttl"
    with atomic_write(target) as handle:
        handle.write(b"<a> <b> <c> .\n")
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & 0o444 == 0o444 and not mode & 0o022


def test_a_placeholder_in_minutes_text_stays_text_in_the_view(tmp_path):
    home = str(tmp_path / "home")
    (tmp_path / "m.txt").write_text(MINUTES.replace("the budget", "the {{ vis_js }} and {{ data_json }} budget"))
    runner = CliRunner()
    assert runner.invoke(app, ["--home", home, "load", str(tmp_path / "m.txt")]).exit_code == 0
    result = runner.invoke(app, ["--home", home, "view", "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "v.html").read_text()
    data_start = page.index('id="graph-data">')
    data = page[data_start : page.index("</script>", data_start)]
    assert page.count("{{ vis_js }}") == data.count("{{ vis_js }}") >= 1  # only ever as data
    assert "vis.Network" in page[page.index("</script>", data_start):]  # the library itself is still there


def test_an_empty_result_says_so():
    import io

    from rich.console import Console

    from govgraph.output import print_rows

    out = io.StringIO()
    print_rows(Console(file=out), [], "table")
    assert out.getvalue().strip() == "no rows"


def test_a_stale_server_file_naming_another_process_is_not_our_server_and_stop_leaves_it_alone(tmp_path):
    import json
    import subprocess

    from govgraph.graph import server

    other = subprocess.Popen(["sleep", "30"])
    try:
        folder = server.server_dir(tmp_path)
        folder.mkdir(parents=True)
        (folder / "server.json").write_text(json.dumps({"port": server.free_port(), "pid": other.pid}))
        assert server.running(tmp_path) is None
        assert server.stop(tmp_path) is False
        assert other.poll() is None  # never signalled
    finally:
        other.kill()
        other.wait()


def test_a_busy_default_port_gives_way_to_a_free_one_and_two_starts_make_one_server(tmp_path, monkeypatch):
    import socket
    from concurrent.futures import ThreadPoolExecutor

    from govgraph.graph import server

    monkeypatch.delenv("GOVGRAPH_FALKORDB_PORT", raising=False)
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    monkeypatch.setattr(server, "DEFAULT_PORT", holder.getsockname()[1])
    try:
        with ThreadPoolExecutor(2) as pool:
            first, second = pool.map(lambda _: server.start(tmp_path), range(2))
        assert first == second and first.port != holder.getsockname()[1]
        assert server.running(tmp_path) == first
    finally:
        server.stop(tmp_path)
        holder.close()
    assert server.running(tmp_path) is None


def test_one_line_errors_for_a_folder_as_view_output_a_bad_download_base_and_a_malformed_neo4j_uri(tmp_path):
    home = str(tmp_path / "home")
    (tmp_path / "m.txt").write_text(MINUTES)
    runner = CliRunner()
    assert runner.invoke(app, ["--home", home, "load", str(tmp_path / "m.txt")]).exit_code == 0
    runs = [
        (["view", "--out", str(tmp_path)], "is a folder"),
        (["export", "--out", str(tmp_path / "lod"), "--download-base", "http://x y/"], "--download-base"),
        (["sync", "--target", "neo4j", "--neo4j-uri", "bolt//bad uri"], "is not a Neo4j URI"),
    ]
    for args, said in runs:
        result = runner.invoke(app, ["--home", home, *args], env={"NEO4J_PASSWORD": "not-used-here"})
        assert result.exit_code == 1, args
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and said in lines[0] and "Traceback" not in result.output, (args, result.stderr)
    assert not (tmp_path / "lod").exists()


RELOADER = """
import sys
from pathlib import Path
from govgraph.iri import IriMinter
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import load_sources
from govgraph.store import KnowledgeStore

store_dir, a, b = (Path(p) for p in sys.argv[1:4])
with KnowledgeStore(store_dir) as store:
    print("ready", flush=True)
    while True:
        for text in (a.read_text(), b.read_text()):
            source = store_dir.parent / "minutes.txt"
            source.write_text(text)
            load_sources([source], store, IriMinter("https://example.org/id/"), SourceMeta(council="Testshire"))
"""


def test_a_kill_at_any_moment_of_a_reload_leaves_the_old_or_the_new_document(tmp_path):
    import random
    import signal
    import subprocess
    import sys
    import time

    from govgraph.store import KnowledgeStore

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(MINUTES * 40)
    b.write_text(MINUTES.replace("Fletcher", "Okafor") * 40)
    script = tmp_path / "reload.py"
    script.write_text(RELOADER)
    store_dir = tmp_path / "store"
    rng = random.Random(7)
    deadline = time.monotonic() + 40
    kills = 0
    while kills < 6 and time.monotonic() < deadline:
        child = subprocess.Popen([sys.executable, str(script), str(store_dir), str(a), str(b)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        with KnowledgeStore(store_dir) as store:
            documents = store.documents()
            names = {str(r["n"]) for r in store.select(
                "SELECT ?n WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> ?n }")}
        if documents:  # after the first load: the one document, old or new, whole
            assert len(documents) == 1
            assert names in ({"Jane Fletcher"}, {"Jane Okafor"}), names
        kills += 1
    assert kills >= 3


def test_a_damaged_store_gets_one_line_saying_what_to_do(tmp_path):
    from typer.testing import CliRunner

    from govgraph.cli import app

    runner = CliRunner()
    examples = os.path.join(os.path.dirname(__file__), "..", "examples")
    assert runner.invoke(app, ["--home", str(tmp_path), "load", examples]).exit_code == 0
    for part in (tmp_path / "store").iterdir():
        if part.is_file():
            part.write_bytes(b"\x00garbage" * 10)
    result = runner.invoke(app, ["--home", str(tmp_path), "documents"])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: the RDF store at {tmp_path / 'store'} is damaged") and "govgraph load" in line


def test_a_disk_that_fills_during_an_export_gets_one_line_and_keeps_the_previous_files(tmp_path):
    import resource
    import signal
    import subprocess
    import sys

    examples = os.path.join(os.path.dirname(__file__), "..", "examples")
    govgraph = [os.path.join(os.path.dirname(sys.executable), "govgraph"), "--home", str(tmp_path)]
    assert subprocess.run([*govgraph, "load", examples], capture_output=True).returncode == 0
    assert subprocess.run([*govgraph, "export", "--out", str(tmp_path / "first")], capture_output=True).returncode == 0
    limit = (tmp_path / "first" / "govgraph.nt").stat().st_size - 1024  # the N-Triples dump will not fit
    out = tmp_path / "lod"
    out.mkdir()
    (out / "govgraph.nt").write_text("the previous export\n")

    def small_disk() -> None:  # a write past the limit fails as it would on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run([*govgraph, "export", "--out", str(out)], capture_output=True, text=True,
                          preexec_fn=small_disk)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot write {out / 'govgraph.nt'}: File too large; free some space")
    assert (out / "govgraph.nt").read_text() == "the previous export\n"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_broken_link_in_a_folder_is_reported_and_the_other_files_still_load(tmp_path):
    import shutil

    from typer.testing import CliRunner

    from govgraph.cli import app

    folder = tmp_path / "minutes"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(os.path.join(os.path.dirname(__file__), "..", "examples", "blackpool-audit-risk-deep-dive.txt"),
                folder / "audit.txt")
    (folder / "moved.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "sub" / "archive").symlink_to(tmp_path / "no-folder")
    result = CliRunner().invoke(app, ["--home", str(tmp_path / "home"), "load", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {folder / 'moved.txt'}: cannot read file (No such file or directory)",
        f"error: {folder / 'sub' / 'archive'}: cannot read file (No such file or directory)"]
    assert "│ documents     │     1 │" in result.stdout
