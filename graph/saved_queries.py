"""The saved Cypher queries analysts start from (``queries/*.cypher``).

Each file opens with comment lines: a description, ``params:``, ``optional:`` (the
parameters that may be left out, as null), ``names:`` (the parameters matched against the
``nameKey`` of nodes, folded the same way: case, curly quotes and spacing aside) and
``example:``; the rest is the query. Names are the file names without ``.cypher``.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from govgraph.errors import GovgraphError
from govgraph.graph.project import name_key

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@dataclass(frozen=True)
class SavedQuery:
    """A saved query and what its header says."""

    name: str
    description: str
    params: str
    example: str
    cypher: str
    optional: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def parameters(self, given: dict) -> dict:
        """``given`` with the optional parameters it lacks set to null; raises
        :class:`GovgraphError` naming any required one that is missing."""
        wanted = dict.fromkeys(re.findall(r"\$([A-Za-z_]\w*)", self.cypher))
        missing = [n for n in wanted if n not in given and n not in self.optional]
        if missing:
            raise GovgraphError(f"saved query {self.name!r} needs " + ", ".join(f"--param {n}=..." for n in missing)
                                + f" ({self.params})")
        folded = {n: name_key(v) if n in self.names and isinstance(v, str) else v for n, v in given.items()}
        return {**{n: None for n in self.optional}, **folded}


def parse(name: str, text: str) -> SavedQuery:
    """A saved query from its file's text."""
    header = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()
    fields = {"params": "", "example": "", "optional": "", "names": ""}
    description = []
    for line in header:
        key, sep, value = line.partition(":")
        if sep and key in fields:
            fields[key] = value.strip()
        else:
            description.append(line)
    optional, names = (tuple(n.strip() for n in fields[key].split(",") if n.strip()) for key in ("optional", "names"))
    return SavedQuery(name, " ".join(description), fields["params"], fields["example"], body, optional, names)


def saved_queries(folder: Path = QUERIES) -> dict[str, SavedQuery]:
    """Every saved query, by name."""
    return {p.stem: parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.cypher"))}


def saved_query(name: str, folder: Path = QUERIES) -> SavedQuery:
    """One saved query; raises :class:`GovgraphError` listing the names when it is unknown."""
    queries = saved_queries(folder)
    if name not in queries:
        raise GovgraphError(f"no saved query named {name!r}; saved queries: {', '.join(queries)}")
    return queries[name]
