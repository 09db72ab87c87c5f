"""Running analysts' Cypher on the configured target, and turning results into plain values."""

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from govgraph.errors import GovgraphError
from govgraph.graph.project import DATE_PROPERTIES
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


_DATES = "|".join(DATE_PROPERTIES)
_OP = r"(?:=|<>|<=|>=|<|>)"
# a date property compared with a string, written or passed: ``m.date = '2024-01-10'``, ``{date: $on}``
_COMPARED = [
    re.compile(rf"\.\s*(?P<prop>{_DATES})\s*{_OP}\s*(?:(?P<text>'[^']*'|\"[^\"]*\")|\$(?P<param>\w+))"),
    re.compile(rf"(?:(?P<text>'[^']*'|\"[^\"]*\")|\$(?P<param>\w+))\s*{_OP}\s*\w+\s*\.\s*(?P<prop>{_DATES})\b"),
    re.compile(rf"[{{,]\s*(?P<prop>{_DATES})\s*:\s*(?:(?P<text>'[^']*'|\"[^\"]*\")|\$(?P<param>\w+))"),
]


def check_date_comparisons(statement: str, params: Mapping[str, Any]) -> None:
    """Refuse a query that compares a date property with a string: dates are stored as dates
    in both targets, so such a comparison silently matches nothing."""
    for pattern in _COMPARED:
        for match in pattern.finditer(statement):
            param = match.group("param")
            if param is not None and not isinstance(params.get(param), str):
                continue
            given = match.group("text") or f"${param}"
            raise GovgraphError(f"the query compares the date property '{match.group('prop')}' with a string "
                                f"({given}), which matches nothing: dates are stored as dates, so write "
                                f"date({given}) instead")


def run_query(target: Target, statement: str, params: Mapping[str, Any], write: bool = False) -> list[dict]:
    """Rows of a Cypher query as plain dicts; read-only unless ``write``. A date property compared
    with a string is refused (:func:`check_date_comparisons`)."""
    check_date_comparisons(statement, params)
    runner = target.write if write else target.read
    rows = runner(statement, params)
    return Rows([{k: plain(v) for k, v in row.items()} for row in rows], getattr(rows, "columns", []))
