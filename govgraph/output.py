"""Printing result rows for people (a rich table) and for scripts (CSV, JSON)."""

import csv
import html
import io
import json

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "csv", "json")


def _cell(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)


def print_rows(console: Console, rows: list[dict], output: str) -> None:
    """Print rows as a table, CSV or JSON (document text printed as text, never as markup);
    a CSV of no rows still has its header where the rows know their columns."""
    columns = list(rows[0]) if rows else list(getattr(rows, "columns", []))
    if output == "json":
        console.file.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) if isinstance(v, list | dict) else v for k, v in row.items()})
        console.file.write(buffer.getvalue())
        return
    if not rows:
        console.print("no rows", markup=False)
        return
    table = Table(*columns, title=f"{len(rows)} rows")
    for row in rows:
        table.add_row(*(_cell(v) for v in row.values()))
    console.print(table, markup=False)


def html_table(rows: list[dict]) -> str:
    """Rows as an HTML table for notebooks; every value escaped."""
    if not rows:
        return "<p><em>no rows</em></p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row.values()) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
