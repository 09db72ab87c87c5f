"""The meeting's own council, recognised from the page when no manifest names it.

Minutes name their own council ("Lancashire County Council approved ...") as often as
their partners, and an analyst wants only the partners listed as organisations. With
no ``council`` in the manifest, three clues on the page tell the council apart: the
``<place>.gov.uk`` domain of its contact e-mail or web address (``lancashire.gov.uk``,
``dorsetcouncil.gov.uk``), the place that opens the meeting's body name (``Cumbria
Health and Wellbeing Board``), and a council named as the meeting's own near the top
(``Minutes of a meeting of Bracebridge Heath Parish Council``).
"""

import re

from govgraph.loaders.rules import Rules

_DOMAIN = re.compile(r"(?:@|https?://|www\.)(?:[\w-]+\.)*?([a-z][a-z-]{2,})\.gov\.uk\b", re.I)
_MEETING_OF = re.compile(r"\bmeeting of (?:the )?((?:[A-Z][\w’'-]* )+Council)\b")
_TOP = 2000
_HEAD = 400  # a council named in the page's heading lines is the meeting's own
_COUNCIL_NAMED = re.compile(r"\b(?:(?:[A-Z][\w’'&,-]*|&|and)\s+){1,6}"
                            r"(?:(?:District|County|Borough|City|Town|Parish|Community)\s+)?"
                            r"(?:Council|COUNCIL|Combined Authority|Authority)\b")
_COUNCIL = re.compile(r"^(?:the\s+)?(.+?)\s+(?:(?:metropolitan\s+)?borough\s+|county\s+|city\s+|district\s+|town\s+)?"
                      r"council$", re.I)


_GENERIC_BODY = re.compile(r"(?:(?:Full|Annual)\s+)?(Parish|Town|Community|District|County|Borough|City)\s+Council")


_MEETING_KIND = re.compile(r"(?:Annual|Full|Special|Extraordinary|Monthly|Ordinary|The|This|Last|Next)\s")


_BOROUGH_OF = re.compile(r"^(?:the\s+)?(?:London\s+|Royal\s+|Metropolitan\s+)?Borough\s+of\s+(.+)$", re.I)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


Clues = tuple[set[str], set[str]]


def council_clues(text: str, body: str | None, rules: Rules, council: str | None = None) -> Clues:
    """(domain and council names, body places) that may name the meeting's own council;
    ``council``, when the manifest names it, is one of the names."""
    names = {_squash(m.group(1)) for m in _DOMAIN.finditer(text)}
    names |= {_squash(council)} if council else set()
    names |= {_squash(m.group(1)) for m in _MEETING_OF.finditer(text[:_TOP])}
    names |= {_squash(m.group(0)) for m in _COUNCIL_NAMED.finditer(text[:_HEAD])}
    kind = _GENERIC_BODY.fullmatch(body or "")
    if kind:  # a ``Parish Council`` meeting: the one parish council the page names is its own
        named = {m.group(0) for m in re.finditer(rf"\b(?:[A-Z][\w’'-]*\s+){{1,4}}{kind.group(1)}\s+Council\b", text)
                 if not _MEETING_KIND.match(m.group(0))}
        names |= {_squash(n) for n in named} if len(named) == 1 else set()
    places = set()
    first = (body or "").split()[:1]
    if first and first[0][:1].isupper() and first[0] not in rules.not_name_words:
        places.add(_squash(first[0]))
    return names, places


def is_own_council(name: str, clues: Clues) -> bool:
    """Whether ``name`` (``Lancashire County Council``) is the council the clues point to."""
    match = _COUNCIL.match(name.strip()) or _BOROUGH_OF.match(name.strip())
    if not match:
        return False
    named, places = clues
    place, whole = _squash(match.group(1)), _squash(name)
    return (place in places or whole in named
            or any(min(len(n), len(place)) >= 4 and (place.startswith(n) or n.startswith(place)) for n in named)
            or any(_shortened(whole, n) for n in named))


def _shortened(whole: str, named: str) -> bool:
    """Whether ``whole`` is ``named`` without its first place word (``Mourne & Down District
    Council`` of ``Newry, Mourne & Down District Council``), not a second council after 'and'."""
    head = named[: -len(whole)] if len(whole) >= 12 and named.endswith(whole) else ""
    return bool(re.fullmatch(r"[a-z]{3,}(?<!and)", head)) and "council" not in head
