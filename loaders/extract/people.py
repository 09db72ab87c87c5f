"""One person per real individual: resolving mentions within a document.

``Ms Victoria Gent`` and later ``Ms Gent`` are one person; ``Councillor I C Bates`` and
``Councillor Bates`` too. Mentions are matched on the family name and, where both
have them, on given names (an initial matches a name that starts with it). A mention
with no given name joins the fullest person of that family name, never one whose honorific
conflicts with its own (``Ms Fletcher`` is not ``Mr J Fletcher``).
"""

import re

from govgraph.loaders.extract.names import Mention
from govgraph.loaders.model import Person

_GENDERED = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}


def honorifics_agree(a: str | None, b: str | None) -> bool:
    """Whether two honorifics can be one person's (``Ms`` and ``Dr`` can, ``Mr`` and ``Ms`` cannot)."""
    x, y = _GENDERED.get((a or "").lower().rstrip(".")), _GENDERED.get((b or "").lower().rstrip("."))
    return not (x and y and x != y)


def given_names_agree(a: list[str], b: list[str]) -> bool:
    """Whether two given-name lists can be one person's (an initial matches its name)."""
    for x, y in zip(a, b, strict=False):
        if not (x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))):
            return False
    return True


def _fuller(a: list[str], b: list[str]) -> list[str]:
    """The more informative of two compatible given-name lists."""
    return a if sum(len(t) for t in a) >= sum(len(t) for t in b) else b


def person_key(given: list[str], family: str) -> str:
    """Stable key of a person within a document: family name, then first given name."""
    return re.sub(r"\s+", " ", " ".join([*given[:1], family])).lower()


def resolve_people(mentions: list[Mention], quotes: dict[int, str]) -> tuple[dict[str, Person], dict[int, str]]:
    """People from mentions, and the person key of each mention (by ``id(mention)``).

    ``quotes`` gives, by ``id(mention)``, the sentence each mention was read from.
    """
    people: dict[str, Person] = {}
    by_family: dict[str, list[str]] = {}
    mention_key: dict[int, str] = {}
    ordered = sorted(mentions, key=lambda m: (-len(m.given), m.block, m.start))
    honour: dict[str, str | None] = {}
    for mention in ordered:
        family = mention.family.lower()
        said = mention.honorifics[0] if mention.honorifics else None
        candidates = [k for k in by_family.get(family, [])
                      if given_names_agree(mention.given, (people[k].given or "").split())
                      and honorifics_agree(honour.get(k), said)]
        if mention.given:
            candidates = [k for k in candidates if people[k].given] or candidates
        if candidates:
            key = candidates[0]
            honour[key] = honour.get(key) or said
            person = people[key]
            merged = _fuller(mention.given, (person.given or "").split())
            person.given = " ".join(merged) or None
            person.name = " ".join([*merged, mention.family])
        else:
            key = person_key(mention.given, mention.family)
            while key in people:
                key += "+"
            people[key] = Person(key=key, name=mention.written, honorific=None,
                                 given=" ".join(mention.given) or None, family=mention.family,
                                 quote=quotes.get(id(mention), mention.written))
            by_family.setdefault(family, []).append(key)
            honour[key] = said
        mention_key[id(mention)] = key
    for mention in sorted(mentions, key=lambda m: (m.block, m.start)):
        person = people[mention_key[id(mention)]]
        if person.honorific is None and mention.honorifics:
            person.honorific = mention.honorifics[0]
        for post in mention.posts:
            if all(post.lower() != p.lower() for p, _ in person.posts):
                person.posts.append((post, quotes.get(id(mention), post)))
        person.items.add(mention.block)
    return people, mention_key
