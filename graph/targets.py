"""Graph database targets: the bundled FalkorDB and Neo4j, behind one small interface.

A target runs one statement at a time, each in its own transaction (Neo4j:
``session.execute_write``; FalkorDB: one query, which is atomic), retrying transient
failures with backoff. Connection failures become :class:`TargetError` naming the target.
"""

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from govgraph.errors import GovgraphError
from govgraph.graph.dialect import FALKORDB, NEO4J, Dialect

RETRIES = 3
#: How long the Neo4j driver itself retries one transaction (its default is 30 s); with
#: ``RETRIES`` on top, a server that has died is reported in about 20 s.
DRIVER_RETRY_SECONDS = 5.0


class Rows(list):
    """Result rows (dicts) that keep their column names, even when there is no row."""

    def __init__(self, rows: list[dict], columns: list[str]) -> None:
        super().__init__(rows)
        self.columns = list(columns)


class TargetError(GovgraphError):
    """The graph database could not be reached or refused a statement."""


class Target(Protocol):
    """A graph database sync can write to and query."""

    name: str
    dialect: Dialect
    writers: int

    def write(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict]: ...
    def read(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict]: ...
    def ensure_schema(self) -> None: ...
    def close(self) -> None: ...


def _with_retries(action: Callable[[], list[dict]], transient: tuple[type[BaseException], ...],
                  describe: str) -> list[dict]:
    for attempt in range(RETRIES):
        try:
            return action()
        except transient as exc:
            if attempt == RETRIES - 1:
                raise TargetError(f"{describe}: {exc}") from exc
            time.sleep(0.5 * 2**attempt)
    raise AssertionError("unreachable")


@dataclass
class FalkorTarget:
    """The bundled FalkorDB server, over its native (Redis) protocol."""

    host: str
    port: int
    password: str
    graph_name: str = "govgraph"
    dialect: Dialect = FALKORDB
    #: Write statements in flight at once. FalkorDB runs writes to one graph one at a time,
    #: so a second connection only lets the client encode the next batch meanwhile.
    writers: int = 2

    def __post_init__(self) -> None:
        from falkordb import FalkorDB
        from redis.exceptions import AuthenticationError, ConnectionError, ResponseError, TimeoutError

        self.name = f"FalkorDB at {self.host}:{self.port} (graph {self.graph_name})"
        self._transient = (ConnectionError, TimeoutError)
        self._response_error = ResponseError
        try:
            self._db = FalkorDB(host=self.host, port=self.port, password=self.password, socket_timeout=300,
                                socket_connect_timeout=5)
            self._db.connection.ping()
        except AuthenticationError as exc:
            raise TargetError(f"{self.name}: wrong password ({exc})") from exc
        except (ConnectionError, TimeoutError) as exc:
            raise TargetError(f"{self.name} is not reachable; start it with 'govgraph server start'") from exc
        except ResponseError as exc:
            raise TargetError(f"{self.name}: {exc}") from exc
        self._graph = self._db.select_graph(self.graph_name)

    def _run(self, runner: Callable, statement: str, params: Mapping[str, Any] | None) -> list[dict]:
        def action() -> list[dict]:
            try:
                result = runner(statement, dict(params or {}))
            except self._response_error as exc:
                raise TargetError(f"{self.name} refused a statement: {exc}") from exc
            header = [column[1] if isinstance(column, list | tuple) else column for column in result.header]
            return Rows([dict(zip(header, row, strict=False)) for row in result.result_set], header)
        return _with_retries(action, self._transient, f"{self.name} failed")

    def write(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict]:
        """Run one statement that may write."""
        return self._run(self._graph.query, statement, params)

    def read(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict]:
        """Run one read-only statement (the server refuses writes)."""
        return self._run(self._graph.ro_query, statement, params)

    def ensure_schema(self) -> None:
        """Index ``Resource.uri``, then make it unique."""
        for statement in self.dialect.schema:
            try:
                self.write(statement)
            except TargetError as exc:
                if "already indexed" not in str(exc):
                    raise
        constraints = self._graph.list_constraints()
        rows = constraints.result_set if hasattr(constraints, "result_set") else constraints
        if not any(c.get("label") == "Resource" and c.get("properties") == ["uri"] for c in rows
                   if isinstance(c, dict)):
            self._graph.create_node_unique_constraint("Resource", "uri")

    def close(self) -> None:
        """Release the connection."""
        self._db.connection.close()


@dataclass
class Neo4jTarget:
    """A Neo4j 5 database through the official driver over Bolt."""

    uri: str
    user: str
    password: str
    database: str | None = None
    dialect: Dialect = NEO4J
    #: One write at a time: concurrent relationship MERGEs contend for node locks in Neo4j.
    writers: int = 1

    def __post_init__(self) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

        self.name = f"Neo4j at {self.uri}" + (f" (database {self.database})" if self.database else "")
        try:
            self._driver = GraphDatabase.driver(self.uri, auth=(self.user, self.password),
                                                max_transaction_retry_time=DRIVER_RETRY_SECONDS,
                                                notifications_min_severity="OFF")
        except (ConfigurationError, ValueError) as exc:
            raise TargetError(f"{self.uri!r} is not a Neo4j URI; give one such as neo4j://localhost:7687 "
                              "or bolt://host:7687") from exc
        try:
            self._driver.verify_connectivity()
        except AuthError as exc:
            raise TargetError(f"{self.name}: wrong user name or password") from exc
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise TargetError(f"{self.name} is not reachable ({type(exc).__name__})") from exc

    def _run(self, statement: str, params: Mapping[str, Any] | None, write: bool) -> list[dict]:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

        def work(tx: Any) -> list[dict]:
            result = tx.run(statement, dict(params or {}))
            return Rows([record.data() for record in result], result.keys())

        def action() -> list[dict]:
            try:
                with self._driver.session(database=self.database) as session:
                    runner = session.execute_write if write else session.execute_read
                    return runner(work)
            except Neo4jError as exc:
                raise TargetError(f"{self.name} refused a statement: {exc.message}") from exc
        return _with_retries(action, (ServiceUnavailable, SessionExpired), f"{self.name} failed")

    def write(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict]:
        """Run one statement in a write transaction."""
        return self._run(statement, params, write=True)

    def read(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict]:
        """Run one statement in a read transaction."""
        return self._run(statement, params, write=False)

    def ensure_schema(self) -> None:
        """The uniqueness constraint on ``Resource.uri``."""
        for statement in self.dialect.schema:
            self.write(statement)

    def close(self) -> None:
        """Close the driver."""
        self._driver.close()


def neo4j_from_environment(uri: str | None, user: str | None, database: str | None,
                           password: str | None) -> Neo4jTarget:
    """A Neo4j target from flags, then ``NEO4J_*`` variables; the password is never stored."""
    return Neo4jTarget(uri or os.environ["NEO4J_URI"], user or os.environ.get("NEO4J_USER", "neo4j"),
                       password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
                       database or os.environ.get("NEO4J_DATABASE"))
