"""The councils that publish with ModernGov, and which council a page or URL belongs to.

The registry (`data/moderngov_councils.tsv`: official identifier, official name, territory
and ModernGov base URL of 334 UK councils) is derived from Democracy Club's LGSF metadata,
MIT licence (`data/LICENSE-LGSF`). A council is recognised from the host of a source URL
(``democracy.blackpool.gov.uk``, ``aberdeenshire.moderngov.co.uk``), from the web and
e-mail domains a page gives (``democratic.services@blackpool.gov.uk``), where that domain
belongs to exactly one council, or from its name in the page's heading.
"""

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Council:
    """A council in the registry."""

    code: str
    name: str
    territory: str
    base_url: str


_DOMAINS = re.compile(r"(?:@|https?://|www\.)((?:[a-z0-9-]+\.)+(?:gov\.uk|moderngov\.co\.uk))\b", re.I)


def _domain(host: str) -> str:
    """The part of a host that names its owner: ``blackpool.gov.uk`` of
    ``democracy.blackpool.gov.uk``; a ModernGov host as it is."""
    host = host.lower().removeprefix("www.")
    if host.endswith(".moderngov.co.uk"):
        return host
    labels = host.split(".")
    return ".".join(labels[-3:]) if host.endswith(".gov.uk") else host


@cache
def registry() -> tuple[Council, ...]:
    """Every council in the packaged registry."""
    text = resources.files(__package__).joinpath("data", "moderngov_councils.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return tuple(Council(r["gss_or_code"], r["official_name"], r["territory"], r["base_url"]) for r in rows)


@cache
def _by_domain() -> dict[str, Council]:
    owners: dict[str, list[Council]] = {}
    for council in registry():
        host = urlsplit(council.base_url).hostname or ""
        for key in {host.lower(), _domain(host)}:
            owners.setdefault(key, []).append(council)
    return {key: councils[0] for key, councils in owners.items() if len(councils) == 1}


def council_for_url(url: str | None) -> Council | None:
    """The council whose ModernGov site or domain ``url`` is on, if exactly one."""
    host = (urlsplit(url).hostname or "") if url else ""
    table = _by_domain()
    return table.get(host.lower()) or table.get(_domain(host)) if host else None


def council_for_text(text: str) -> Council | None:
    """The council whose domain the page names most often (in addresses and links), if any."""
    table = _by_domain()
    found = Counter(c for m in _DOMAINS.finditer(text) if (c := table.get(_domain(m.group(1)))))
    return found.most_common(1)[0][0] if found else None


_KIND = re.compile(r"\b(?:Metropolitan |Royal )?(?:Borough|District|County|City|Unitary)\s+", re.I)
_COUNCIL_NAME = r"(?:[A-Z][\w’'-]+,?[ ](?:(?:&|and|of)[ ])?){1,5}(?:[A-Z]+[ ])?(?i:council)"
# a heading line that is a council's name, in capitals or not
_TITLE_COUNCIL = re.compile(rf"^\W*({_COUNCIL_NAME})\s*$", re.M)
_MEETING_OF_COUNCIL = re.compile(rf"\bmeeting of (?:the )?({_COUNCIL_NAME})\b")
_HEADING_CHARS = 600
_ENDS_IN_COUNCIL = re.compile(r"(?:\b[\w’'&,-]+\s+){1,7}(?:Council|Authority)\b", re.I)


@cache
def _names() -> dict[str, Council]:
    """Each council by its name as pages write it, official (``Blackpool Borough Council``) or
    short (``Blackpool Council``), folded to lower case."""
    spellings: dict[str, Council] = {}
    for council in registry():
        official = re.sub(r"^The\s+", "", council.name)
        for spelling in (official, _KIND.sub("", official)):
            spellings.setdefault(" ".join(spelling.split()).casefold(), council)
    return spellings


def council_named(text: str) -> str | None:
    """The council a page's heading names, the first of: a council heading the page
    (``MAGHERAFELT DISTRICT COUNCIL``), the council of ``a meeting of X Council``, or a
    council of the registry named near the top (``Blackpool Council``)."""
    heading = text[:_HEADING_CHARS]
    top = "\n".join(line for line in heading.split("\n")[:6] if line.strip())
    if match := _TITLE_COUNCIL.search(top):
        return _readable(match.group(1))
    if match := _MEETING_OF_COUNCIL.search(heading):
        return match.group(1)
    spellings = _names()
    for match in _ENDS_IN_COUNCIL.finditer(heading):  # the longest known spelling ending there
        words = match.group(0).split()
        for start in range(len(words) - 1):
            if council := spellings.get(" ".join(words[start:]).casefold()):
                return council.name
    return None


def _readable(name: str) -> str:
    return " ".join(w if w in ("&", "and", "of") else w.capitalize() for w in name.lower().split()) if (
        name.isupper()) else name


def search(words: str) -> list[Council]:
    """Councils whose name or code contains ``words`` (case-insensitive)."""
    needle = words.lower()
    return [c for c in registry() if needle in c.name.lower() or needle == c.code.lower()]


def named_exactly(name: str) -> Council | None:
    """The registry's council of this name, official (``Blackpool Borough Council``) or short
    (``Blackpool Council``), a leading 'The' and case aside; None if unknown."""
    return _names().get(" ".join(re.sub(r"^The\s+", "", name.strip(), flags=re.I).split()).casefold())
