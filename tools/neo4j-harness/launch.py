"""Start and stop a real Neo4j from ``org.neo4j.test:neo4j-harness`` for the tests and benchmarks.

``make neo4j-harness`` (run by ``make test``) builds the launcher beside this file with Maven;
``start`` runs it on a loopback port with a password given through the environment (never on
the command line) and returns once Bolt answers. Closing the launcher's standard input stops it,
so a killed test run leaves no server behind.
"""

import os
import secrets
import select
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSES = HERE / "target" / "classes"
CLASSPATH = HERE / "target" / "classpath.txt"
READY = "READY "


class HarnessUnavailable(RuntimeError):
    """Java or the built launcher is missing."""


@dataclass
class Neo4jServer:
    """A running Neo4j harness: its Bolt URI, credentials and process."""

    uri: str
    user: str
    password: str
    process: subprocess.Popen

    def stop(self, timeout: float = 60) -> None:
        """Stop the server (closing its standard input) and wait for it to exit."""
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """Kill the server at once, as a crash would."""
        self.process.kill()
        self.process.wait()


def unavailable_reason() -> str | None:
    """Why the harness cannot start here, or None when it can."""
    if shutil.which("java") is None:
        return "Java is not installed, so no Neo4j harness can start"
    if not CLASSPATH.is_file() or not CLASSES.is_dir():
        return f"the Neo4j launcher is not built; run 'make neo4j-harness' (Maven) to build {HERE / 'target'}"
    return None


def start(data_dir: Path, port: int, password: str | None = None, timeout: float = 180) -> Neo4jServer:
    """Start Neo4j on 127.0.0.1:``port`` with its store in ``data_dir``; wait until Bolt answers."""
    if reason := unavailable_reason():
        raise HarnessUnavailable(reason)
    password = password or secrets.token_urlsafe(16)
    classpath = f"{CLASSES}{os.pathsep}{CLASSPATH.read_text().strip()}"
    log = (data_dir.parent / f"{data_dir.name}.log").open("w")
    process = subprocess.Popen(
        ["java", "-Xms256m", "-Xmx2g", "-cp", classpath, "govgraph.harness.Launcher", str(port), str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
        env={**os.environ, "GOVGRAPH_NEO4J_PASSWORD": password})
    deadline = time.monotonic() + timeout
    line = ""
    while (left := deadline - time.monotonic()) > 0:
        if not select.select([process.stdout], [], [], left)[0]:
            break  # nothing printed in time
        line = process.stdout.readline()
        if line.startswith(READY) or not line:
            break
    if not line.startswith(READY):
        process.kill()
        process.wait()
        raise RuntimeError(f"Neo4j harness did not start on port {port}; see {log.name}")
    return Neo4jServer(line[len(READY):].strip(), "neo4j", password, process)
