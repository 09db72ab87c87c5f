"""Manifests: what pages do not state (council, body, meeting date, source URL), per file.

A CSV with a header row, or a JSON list of objects, with the columns ``file`` (relative
to the manifest), ``council``, ``body``, ``date`` (ISO), ``url`` and ``title``; any but
``file`` may be empty.
"""

import csv
import json
from pathlib import Path

from govgraph.errors import InputError
from govgraph.loaders.dates import is_iso_date
from govgraph.loaders.model import SourceMeta

FIELDS = ("council", "body", "date", "url", "title")


def _meta(row: dict, where: str, path: Path) -> SourceMeta:
    values = {k: (str(row.get(k) or "").strip() or None) for k in FIELDS}
    if values["date"] and not is_iso_date(values["date"]):
        raise InputError(path, f"{where}: date {values['date']!r} is not YYYY-MM-DD")
    return SourceMeta(**values)


def read_manifest(path: Path) -> dict[Path, SourceMeta]:
    """Metadata by resolved file path; raises :class:`InputError` naming the bad row."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read manifest ({exc})") from exc
    if path.suffix.lower() == ".json":
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"malformed JSON manifest ({exc.msg}, line {exc.lineno})") from exc
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InputError(path, "a JSON manifest must be a list of objects")
    else:
        rows = list(csv.DictReader(text.splitlines()))
    out = {}
    for number, row in enumerate(rows, start=1):
        name = str(row.get("file") or "").strip()
        if not name:
            raise InputError(path, f"row {number}: no 'file'")
        out[(path.parent / name).resolve()] = _meta(row, f"row {number}", path)
    return out
