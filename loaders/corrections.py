"""Corrections to how people are told apart, per council, for what the rules get wrong.

A TOML file (``<home>/corrections.toml`` is read by every load when it exists)::

    [[same]]                       # these spellings name one person
    council = "Testshire Council"
    names = ["Jane Fletcher", "J Fletcher", "Fletcher"]

    [[different]]                  # these are never linked across documents
    council = "Testshire Council"
    names = ["Jane Fletcher", "John Fletcher"]

A person read under a name in a ``same`` group takes the IRI of the group's first name;
people named in a ``different`` group are never linked to one another across documents.
"""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from govgraph.errors import InputError


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


@dataclass
class Corrections:
    """Merges and splits of people, by council."""

    same: dict[tuple[str, str], str] = field(default_factory=dict)
    apart: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    def canonical(self, council: str, name: str) -> str | None:
        """The name a person read as ``name`` is known by, when a ``same`` group lists it."""
        return self.same.get((_fold(council), _fold(name)))

    def kept_apart(self, council: str, a: set[str], b: set[str]) -> bool:
        """Whether a ``different`` group keeps people named ``a`` and ``b`` apart."""
        folded_a, folded_b = {_fold(n) for n in a}, {_fold(n) for n in b}
        return any(c == _fold(council) and names & folded_a and names & folded_b and not (folded_a & folded_b)
                   for c, names in self.apart)


def read_corrections(path: Path) -> Corrections:
    """Parse a corrections file; raises :class:`InputError` naming the file and entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(path, f"cannot read the corrections file ({exc})") from exc
    corrections = Corrections()
    for kind in ("same", "different"):
        for number, entry in enumerate(data.get(kind, []), start=1):
            council, names = entry.get("council") if isinstance(entry, dict) else None, (
                entry.get("names") if isinstance(entry, dict) else None)
            if not isinstance(council, str) or not isinstance(names, list) or len(names) < 2 or not all(
                    isinstance(n, str) and n.strip() for n in names):
                raise InputError(path, f"[[{kind}]] entry {number} needs a council and two or more names")
            if kind == "same":
                corrections.same.update({(_fold(council), _fold(n)): names[0] for n in names})
            else:
                corrections.apart.append((_fold(council), frozenset(_fold(n) for n in names)))
    return corrections
