"""``govgraph build`` configuration: a small TOML file naming sources and where the graph goes.

```toml
title = "Blackpool Council governance graph"
base = "https://w3id.org/govgraph/id/"      # optional: base of minted IRIs

[[sources]]                                   # one or more
path = "minutes"                              # file or folder, relative to this file
council = "Blackpool Council"                 # optional: what pages do not state
body = "Audit Committee"                      # optional
manifest = "minutes/manifest.csv"             # optional

[graph]                                       # optional
target = "falkordb"                           # falkordb (bundled, default) or neo4j
# port = 6391                                 # the bundled server's port (default 6390, or a free one)
uri = "bolt://localhost:7687"                 # neo4j only; user, database too
                                              # the password comes from $NEO4J_PASSWORD

[export]                                      # optional
publisher = "Blackpool Council"
contact = "democratic.services@example.gov.uk"  # optional: e-mail address or web page
download_base = "https://data.example.gov.uk/govgraph/"
# licence = "https://creativecommons.org/licenses/by/4.0/"   # default: Open Government Licence v3.0
```
"""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from govgraph.errors import InputError
from govgraph.loaders.model import SourceMeta


@dataclass(frozen=True)
class Source:
    """A file or folder of minutes, with what its pages do not state."""

    path: Path
    meta: SourceMeta
    manifest: Path | None


@dataclass(frozen=True)
class BuildConfig:
    """A validated build configuration."""

    title: str
    base: str | None
    sources: list[Source]
    target: str = "falkordb"
    neo4j: dict[str, str] = field(default_factory=dict)
    port: int | None = None
    publisher: str = "govgraph"
    contact: str = ""
    licence: str = ""
    download_base: str = ""


def _text(table: dict, key: str, where: str, path: Path) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(path, f"{where}: '{key}' must be text")
    return value


def read_config(path: Path) -> BuildConfig:
    """Read and check a build configuration; raises :class:`InputError` naming the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(path, f"cannot read configuration ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"malformed TOML ({exc})") from exc
    root = path.parent
    sources = []
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise InputError(path, "needs at least one [[sources]] entry with a 'path'")
    for number, entry in enumerate(entries, start=1):
        where = f"sources entry {number}"
        location = _text(entry, "path", where, path)
        if not location:
            raise InputError(path, f"{where}: no 'path'")
        if not (root / location).exists():
            raise InputError(path, f"{where}: {root / location} does not exist")
        manifest = _text(entry, "manifest", where, path)
        meta = SourceMeta(council=_text(entry, "council", where, path), body=_text(entry, "body", where, path),
                          date=_text(entry, "date", where, path))
        sources.append(Source(root / location, meta, root / manifest if manifest else None))
    graph = data.get("graph") or {}
    target = _text(graph, "target", "[graph]", path) or "falkordb"
    if target not in ("falkordb", "neo4j"):
        raise InputError(path, f"[graph]: target {target!r} is not falkordb or neo4j")
    if "password" in graph:
        raise InputError(path, "[graph]: keep the password out of the file; set NEO4J_PASSWORD")
    unknown = sorted(set(graph) - {"target", "uri", "user", "database", "port"})
    if unknown:
        raise InputError(path, f"[graph]: unknown key {unknown[0]!r}; the keys are target, uri, user, database, port")
    port = graph.get("port")
    if port is not None and (not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536):
        raise InputError(path, f"[graph]: port {port!r} is not a port number (1 to 65535)")
    export = data.get("export") or {}
    return BuildConfig(
        title=_text(data, "title", "top level", path) or "govgraph",
        base=_text(data, "base", "top level", path), sources=sources, target=target,
        neo4j={k: str(graph[k]) for k in ("uri", "user", "database") if k in graph}, port=port,
        publisher=_text(export, "publisher", "[export]", path) or "govgraph",
        contact=_text(export, "contact", "[export]", path) or "",
        licence=_text(export, "licence", "[export]", path) or "",
        download_base=_text(export, "download_base", "[export]", path) or "")
