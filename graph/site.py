"""Dereferenceable IRIs: the knowledge graph as a static site, one folder per resource.

For every resource whose IRI lies under the base, ``<path below the base>/`` holds
``index.html`` (its label, types, every fact with the quoted evidence and a link to the
source, the resources that refer to it), ``index.ttl`` and ``index.jsonld`` (its own
triples). A council's page also lists what the collection holds for that council, and
``index.html`` at the top lists every kind of resource. The export's dumps, tables and
catalogue go in ``dumps/``; ``README.md`` tells a web server administrator how to serve the
folder at the base with content negotiation. Served so, every IRI in the dumps resolves.

Triples are read from the store in IRI order (outgoing and incoming side by side), so one
resource is in memory at a time, beside the labels and quotes every page needs. Text goes
into HTML through ``html.escape`` only. The site is built in a fresh folder beside ``out``
and moved into place when complete.
"""

import html
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from govgraph.errors import ExportError
from govgraph.graph.atomic import PUBLISHED_FILE, published_folders
from govgraph.graph.export import ExportOptions, export_store
from govgraph.ontology.namespaces import GG_IRI, PREFIX_IRIS
from govgraph.store import KnowledgeStore

MARKER = ".govgraph-site"  # marks a folder publish may replace
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://xmlns.com/foaf/0.1/name", "http://purl.org/dc/terms/title")
EVIDENCE = GG_IRI + "evidence"
COUNCIL = GG_IRI + "Council"
STYLE = ("body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
         "table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.3rem .5rem;"
         "text-align:left;vertical-align:top}blockquote{margin:.2rem 0;color:#444;border-left:3px solid #bbb;"
         "padding-left:.6rem}.iri{color:#666;font-size:.85rem;word-break:break-all}")


@dataclass
class Resource:
    """What one page shows: the resource's own triples and the triples that point at it."""

    iri: str
    outgoing: list[ox.Triple] = field(default_factory=list)
    incoming: list[ox.Triple] = field(default_factory=list)


@dataclass
class SiteReport:
    """What ``publish_site`` wrote."""

    resources: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


def _short(iri: str) -> str:
    """``gg:Decision``, ``foaf:name``: a property or class IRI with its usual prefix."""
    for prefix, namespace in PREFIX_IRIS.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _stream(store: KnowledgeStore, query: str) -> Iterator[tuple[str, ox.Triple]]:
    for row in store.oxigraph.query(query, use_default_graph_as_union=True):
        triple = ox.Triple(row["s"], row["p"], row["o"])
        yield row["k"].value, triple


def _resources(store: KnowledgeStore, base: str) -> Iterator[Resource]:
    """Every resource under ``base`` with its outgoing and incoming triples, in IRI order;
    the outgoing ones include those of the blank nodes it points at (an evidence's quote
    selector), as a concise bounded description does."""
    under = f'STRSTARTS(STR(?k), "{_sparql_string(base)}")'
    outgoing = _stream(store, f"SELECT DISTINCT ?k ?s ?p ?o WHERE {{ {{ ?s ?p ?o BIND(?s AS ?k) }} UNION "
                              f"{{ ?k ?via ?s . ?s ?p ?o FILTER(isBlank(?s)) }} FILTER({under}) }} ORDER BY ?k ?p ?o")
    incoming = _stream(store, f"SELECT DISTINCT ?k ?s ?p ?o WHERE {{ ?s ?p ?o FILTER(isIRI(?o)) BIND(?o AS ?k) "
                              f"FILTER({under} && ?p != <{RDF_TYPE}>) }} ORDER BY ?k ?p ?s")
    out_next, in_next = next(outgoing, None), next(incoming, None)
    while out_next or in_next:
        key = min(pending[0] for pending in (out_next, in_next) if pending)
        resource = Resource(key)
        while out_next and out_next[0] == key:
            resource.outgoing.append(out_next[1])
            out_next = next(outgoing, None)
        while in_next and in_next[0] == key:
            resource.incoming.append(in_next[1])
            in_next = next(incoming, None)
        yield resource


def _sparql_string(text: str) -> str:
    """``text`` as the inside of a SPARQL string literal."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _lookup(store: KnowledgeStore, query: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for row in store.oxigraph.query(query, use_default_graph_as_union=True):
        found.setdefault(row["k"].value, row["v"].value)
    return found


class _Page:
    """Builds one resource's HTML page, linking resources under the base by relative URL."""

    def __init__(self, base: str, labels: dict[str, str], quotes: dict[str, str], sources: dict[str, str]):
        self.base, self.labels, self.quotes, self.sources = base, labels, quotes, sources

    def href(self, here: str, target: str) -> str:
        if not target.startswith(self.base):
            return target
        relative = os.path.relpath(target[len(self.base):] or ".", here[len(self.base):] or ".")
        return html.escape(relative.rstrip("/") + "/", quote=True)

    def link(self, here: str, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
        if isinstance(term, ox.Literal):
            return html.escape(term.value)
        if isinstance(term, ox.BlankNode):
            return "(blank node)"
        label = self.labels.get(term.value) or _short(term.value)
        return f'<a href="{self.href(here, term.value)}">{html.escape(label)}</a>'

    def evidence(self, here: str, term: ox.NamedNode) -> str:
        quote = html.escape(self.quotes.get(term.value, ""))
        source = self.sources.get(term.value)
        link = f' — <a href="{self.href(here, source)}">source</a>' if source else ""
        return f"<blockquote>{quote}</blockquote>{link}"

    def rows(self, here: str, triples: list[ox.Triple], blank: dict[str, list[ox.Triple]]) -> str:
        """A table row per triple; a blank node's own triples (a quote selector) nested in its row."""
        rows = []
        for triple in triples:
            if isinstance(triple.object, ox.BlankNode) and triple.object.value in blank:
                value = f"<table>{self.rows(here, blank.pop(triple.object.value), blank)}</table>"
            elif triple.predicate.value == EVIDENCE and isinstance(triple.object, ox.NamedNode):
                value = self.evidence(here, triple.object)
            else:
                value = self.link(here, triple.object)
            rows.append(f"<tr><th>{html.escape(_short(triple.predicate.value))}</th><td>{value}</td></tr>")
        return "".join(rows)

    def render(self, resource: Resource, extra: str = "") -> str:
        here = resource.iri
        title = self.labels.get(here) or here
        own = [t for t in resource.outgoing if isinstance(t.subject, ox.NamedNode)]
        blank: dict[str, list[ox.Triple]] = {}
        for triple in resource.outgoing:
            if isinstance(triple.subject, ox.BlankNode):
                blank.setdefault(triple.subject.value, []).append(triple)
        types = ", ".join(html.escape(_short(t.object.value)) for t in own if t.predicate.value == RDF_TYPE)
        rows = [self.rows(here, [t for t in own if t.predicate.value != RDF_TYPE], blank)]
        refs = [f"<li>{self.link(here, t.subject)} <span class=iri>{html.escape(_short(t.predicate.value))}</span>"
                "</li>" for t in resource.incoming]
        return ("<!doctype html><html lang=en><head><meta charset=utf-8>"
                f"<title>{html.escape(title)}</title><style>{STYLE}</style>"
                '<link rel=alternate type="text/turtle" href="index.ttl">'
                '<link rel=alternate type="application/ld+json" href="index.jsonld"></head><body>'
                f"<h1>{html.escape(title)}</h1><p class=iri>{html.escape(here)} · {types}</p>"
                f"<table>{''.join(rows)}</table>"
                + (f"<h2>Referred to by</h2><ul>{''.join(refs)}</ul>" if refs else "")
                + extra
                + '<p><a href="index.ttl">Turtle</a> · <a href="index.jsonld">JSON-LD</a></p></body></html>')


def _kind(types: list[str]) -> str:
    """The type a resource is listed under: govgraph's own class before the vocabularies it reuses."""
    order = (GG_IRI, "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/org#")
    ranked = sorted(types, key=lambda t: next((i for i, ns in enumerate(order) if t.startswith(ns)), len(order)))
    return _short(ranked[0]) if ranked else "other"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.chmod(path, PUBLISHED_FILE)


def _serialised(triples: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    return ox.serialize(triples, format=fmt, prefixes=PREFIX_IRIS if fmt == ox.RdfFormat.TURTLE else None)


def publish_site(store: KnowledgeStore, out: Path, base: str, options: ExportOptions | None = None,
                 progress: Callable[[int], None] | None = None) -> SiteReport:
    """Write the static site of ``store`` into ``out`` (replacing what is there), for serving at ``base``."""
    out = out.resolve()
    if out.exists() and not (out.is_dir() and (not any(out.iterdir()) or (out / MARKER).is_file())):
        raise ExportError(f"{out} exists and is not a site govgraph published; give a new or empty folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    try:
        report = _build(store, building, base, options or ExportOptions(base=base), progress)
        published_folders(building)
        if out.exists():
            shutil.rmtree(out)
        building.rename(out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return report


def _build(store: KnowledgeStore, root: Path, base: str, options: ExportOptions,
           progress: Callable[[int], None] | None) -> SiteReport:
    labels = _lookup(store, "SELECT ?k ?v WHERE { VALUES ?p { " + " ".join(f"<{p}>" for p in LABELS)
                     + " } ?k ?p ?v }")
    quotes = _lookup(store, f"SELECT ?k ?v WHERE {{ ?k <{GG_IRI}quote> ?v }}")
    sources = _lookup(store, "SELECT ?k ?v WHERE { ?k <http://purl.org/dc/terms/source> ?v FILTER(isIRI(?v)) }")
    page = _Page(base, labels, quotes, sources)
    kinds: dict[str, list[str]] = defaultdict(list)
    councils: list[Resource] = []
    report = SiteReport()
    for resource in _resources(store, base):
        folder = root / resource.iri[len(base):]
        types = [t.object.value for t in resource.outgoing if t.predicate.value == RDF_TYPE]
        kinds[_kind(types)].append(resource.iri)
        if COUNCIL in types:
            councils.append(resource)
        _write(folder / "index.html", page.render(resource).encode("utf-8"))
        _write(folder / "index.ttl", _serialised(resource.outgoing, ox.RdfFormat.TURTLE))
        _write(folder / "index.jsonld", _serialised(resource.outgoing, ox.RdfFormat.JSON_LD))
        report.resources += 1
        if progress and report.resources % 1000 == 0:
            progress(report.resources)
    for council in councils:  # a council's page also indexes what the collection holds for it
        slug = council.iri.rstrip("/").rsplit("/", 1)[-1]
        held = {kind: [i for i in iris if f"/{slug}/" in i] for kind, iris in sorted(kinds.items())}
        sections = "".join(f"<h3>{html.escape(kind)} ({len(iris)})</h3><ul>"
                           + "".join(f"<li>{page.link(council.iri, ox.NamedNode(i))}</li>" for i in iris) + "</ul>"
                           for kind, iris in held.items() if iris)
        _write(root / council.iri[len(base):] / "index.html",
               page.render(council, f"<h2>In this council</h2>{sections}").encode("utf-8"))
    report.kinds = {kind: len(iris) for kind, iris in sorted(kinds.items())}
    _write(root / "index.html", _index(page, base, kinds).encode("utf-8"))
    export_store(store, root / "dumps", replace(options, download_base=base + "dumps/"))
    _write(root / "README.md", SERVER_README.replace("{base}", base).encode("utf-8"))
    _write(root / MARKER, b"a static site written by govgraph publish; govgraph replaces this folder\n")
    return report


def _index(page: _Page, base: str, kinds: dict[str, list[str]]) -> str:
    sections = "".join(
        f"<h2>{html.escape(kind)} ({len(iris)})</h2><ul>"
        + "".join(f"<li>{page.link(base, ox.NamedNode(i))}</li>"
                  for i in sorted(iris, key=lambda i: page.labels.get(i, i)))
        + "</ul>" for kind, iris in sorted(kinds.items()))
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>govgraph: council governance as linked "
            f"data</title><style>{STYLE}</style></head><body><h1>Council governance as linked data</h1>"
            '<p>Downloads: <a href="dumps/catalog.ttl">DCAT catalogue</a> · <a href="dumps/govgraph.ttl">Turtle</a> · '
            '<a href="dumps/govgraph.jsonld">JSON-LD</a> · <a href="dumps/tables/">tables (CSV)</a></p>'
            f"{sections}</body></html>")


SERVER_README = """# Serving this folder as linked data

Serve this folder at `{base}` so that every IRI in the data resolves: the resource
`{base}person/<council>/<name>` is the folder `person/<council>/<name>/`, holding
`index.html`, `index.ttl` (Turtle) and `index.jsonld` (JSON-LD).

## nginx, with content negotiation

```nginx
map $http_accept $govgraph_ext {
    default                  html;
    ~*text/turtle            ttl;
    ~*application/ld\\+json   jsonld;
}
server {
    # ... listen, server_name ...
    location / {
        root /srv/govgraph;                     # this folder
        types { text/html html; text/turtle ttl; application/ld+json jsonld; text/csv csv; }
        try_files $uri/index.$govgraph_ext $uri $uri/ =404;
    }
}
```

## Apache, with content negotiation

```apache
<Directory /srv/govgraph>
    Options -Indexes
    AddType text/turtle .ttl
    AddType application/ld+json .jsonld
    RewriteEngine On
    RewriteCond %{HTTP_ACCEPT} text/turtle
    RewriteCond %{REQUEST_FILENAME}/index.ttl -f
    RewriteRule ^(.*?)/?$ $1/index.ttl [L]
    RewriteCond %{HTTP_ACCEPT} application/ld\\+json
    RewriteCond %{REQUEST_FILENAME}/index.jsonld -f
    RewriteRule ^(.*?)/?$ $1/index.jsonld [L]
    DirectoryIndex index.html
</Directory>
```

## A server that cannot negotiate

Any static server that answers a folder with its `index.html` (most do, redirecting
`.../name` to `.../name/`) serves the pages; each page links its Turtle and JSON-LD
(`<link rel="alternate">`), and `.../name/index.ttl` or `.../name/index.jsonld` fetch
them directly.
"""
