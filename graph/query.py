"""Running analysts' Cypher on the configured target, and turning results into plain values."""

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from govgraph.graph.targets import Rows, Target


def plain(value: Any) -> Any:
    """A JSON-friendly form of a value returned by either driver (nodes become their properties;
    Neo4j's temporal values, like the Python dates FalkorDB gives, become ISO strings)."""
    if callable(getattr(value, "to_native", None)):  # neo4j.time.Date, DateTime, Time
        value = value.to_native()
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    for attribute in ("properties", "_properties"):
        props = getattr(value, attribute, None)
        if isinstance(props, Mapping):
            return plain(props)
    if hasattr(value, "items") and callable(value.items):
        return plain(dict(value.items()))
    return value


def parse_params(pairs: list[str]) -> dict[str, Any]:
    """``["k=v", "n=3"]`` → ``{"k": "v", "n": 3}``: JSON values where they parse, else strings."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.isidentifier():
            raise ValueError(f"--param {pair!r} is not of the form name=value")
        try:
            params[name] = json.loads(raw)
        except json.JSONDecodeError:
            params[name] = raw
    return params


def run_query(target: Target, statement: str, params: Mapping[str, Any], write: bool = False) -> list[dict]:
    """Rows of a Cypher query as plain dicts; read-only unless ``write``."""
    runner = target.write if write else target.read
    rows = runner(statement, params)
    return Rows([{k: plain(v) for k, v in row.items()} for row in rows], getattr(rows, "columns", []))
