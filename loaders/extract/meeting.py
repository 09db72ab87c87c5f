"""The meeting's body and date, where the page states them.

Only headers are read for the date (``Meeting: 22/03/2016 - Corporate Governance & Audit
Committee (Item 62)``, ``Overview and Scrutiny Ofsted Subgroup - Tuesday, 2nd October,
2018 10.00 am``, a body line followed by ``Monday 14 December 2009``): dates in the
minutes' prose are other meetings'. The body may also come from the prose when it names
the meeting's own body (``the Cabinet considered``, ``Vice-Chairman of the Audit and
Governance Committee``).
"""

import re

from govgraph.loaders.dates import to_iso

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_BODY_WORDS = (r"(?:Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Council|Subgroup|Sub-Group|Forum|"
               r"Authority|Executive|Partnership|Commission|Group)")
_LONG_DATE = rf"(?:{_WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})"
_UK_DATE = r"(\d{1,2})/(\d{1,2})/(\d{4})"
_STATED = [
    re.compile(rf"^(?:Meeting|Decided at meeting):\s*{_UK_DATE}\s*-\s*(.+?)(?:\s*\(Item [^)]*\))?\s*$", re.M),
    re.compile(rf"^(?!Meeting:)(.*?\b{_BODY_WORDS})\s+-\s+{_LONG_DATE}", re.M | re.I),
    re.compile(rf"^(?!Meeting:)(.+?)\s+-\s+{_UK_DATE}\s*$", re.M),
]
_PRINTED = re.compile(
    rf"^\s*minutes of (?:an? |the )?(?:\w+ )?meeting of (?:the )?(.+?)\s+held\b[^\n]*?{_LONG_DATE}", re.M | re.I)
_DECISION_MAKER = re.compile(r"^Decision [Mm]aker:\s*(.+?)\s*$", re.M)
_DECISION_DATE = re.compile(rf"^{_UK_DATE}\s+-\s+\S", re.M)
_COMMA_HEADER = re.compile(
    rf"^(?:Meeting of (?:the )?)?((?:[A-Z][\w’'&,-]*\s+(?:(?:and|of|for|the|&)\s+)*){{0,8}}{_BODY_WORDS}),?\s+"
    rf"(?:on\s+)?{_LONG_DATE}", re.M)
_PAGE_PREFIX = re.compile(r"^(?:(?:agenda|draft|decisions|and|,)\s*)*minutes\s*[-–:]\s*", re.I)
_SMALL_WORDS = {"and", "of", "for", "the", "on", "in", "to", "with"}
_BODY_LINE = re.compile(rf"^([A-Z][^\n]{{2,150}}?{_BODY_WORDS})\s*\n+\s*{_LONG_DATE}", re.M | re.I)
_PROSE_BODY = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?){1,8}"
    r"(?:Committee|Sub-Committee|Panel|Subgroup|Sub-Group))\b"
)
_PROSE_CABINET = re.compile(r"\bThe (Cabinet|Executive) (?:considered|received|noted|agreed|resolved|approved)")


def _readable(name: str) -> str:
    """``OVERVIEW AND SCRUTINY COMMITTEE`` → ``Overview and Scrutiny Committee``."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def _stated(header: str) -> tuple[str | None, str | None]:
    printed = _PRINTED.search(header)
    if printed:
        body, *parts = printed.groups()
        return _readable(body.strip()), to_iso(*parts)
    first = _STATED[0].search(header)
    if first:
        day, month, year, body = first.groups()
        return body.strip(), to_iso(day, month, year)
    for pattern in _STATED[1:]:
        match = pattern.search(header)
        if match:
            body, *parts = match.groups()
            return _PAGE_PREFIX.sub("", body.strip()), to_iso(*parts)
    for pattern in (_BODY_LINE, _COMMA_HEADER):
        match = pattern.search(header)
        if match:
            body, *parts = match.groups()
            return body.strip().rstrip(","), to_iso(*parts)
    return None, None


def find_meeting(header: str, text: str) -> tuple[str | None, str | None]:
    """(body, ISO date) of the meeting, each None where the document does not say."""
    opening = "\n".join(text.split("\n")[:30])
    body, when = _stated(header)
    if body is None and when is None:
        body, when = _stated(opening)
    if body is None and (maker := _DECISION_MAKER.search(text)):
        body = maker.group(1)
        decided = _DECISION_DATE.search(opening)
        if when is None and decided:
            when = to_iso(*decided.groups())
    if body is None:
        match = _PROSE_CABINET.search(text) or _PROSE_BODY.search(text)
        if match:
            body = re.sub(r"\s+", " ", match.group(1)).strip()
    return body, when


def body_kind(name: str) -> str:
    """Committee, Board, Panel or Cabinet, from the body's name."""
    for kind in ("Cabinet", "Board", "Panel"):
        if kind.lower() in name.lower():
            return kind
    return "Committee"
