"""The meeting's body and date, where the page states them.

Only the page's header and opening are read for the date: dates in the minutes' prose
are other meetings'. Headers come in a few recurring shapes:

* ModernGov: ``Meeting: 22/03/2016 - Corporate Governance & Audit Committee (Item 62)``,
  ``Overview and Scrutiny Ofsted Subgroup - Tuesday, 2nd October, 2018 10.00 am``
  (any dash), a body line followed by a date line (``Licensing Committee (2005-2015)`` /
  ``Thursday, 15th September, 2005``);
* printed minutes: ``Minutes of a Special Meeting of the Audit Panel held at ... on
  Tuesday 4 December 2012`` (wrapped over lines), ``Minutes of the Parish Council Meeting
  held on ...``, or the body in capitals above ``Minutes of a meeting held on ...``;
* a date alone at the top of the page.

The body may also come from a decision notice (``Decision Maker: Cabinet``) or from the
prose when it names the meeting's own body (``the Cabinet considered``).
"""

import re

from govgraph.loaders.dates import LONG_DATE, UK_DATE, find_dates, to_iso

_BODY_WORDS = (r"(?:Committee|Sub-Committee|Subcommittee|Panel|Board|Cabinet|Council|Subgroup|Sub-Group|Forum|"
               r"Authority|Executive|Partnership|Commission|Group|Scrutiny|Assembly)")
_DASH = r"\s+[-–—]\s+"
_MODERNGOV = re.compile(rf"^(?:Meeting|Decided at meeting):\s*{UK_DATE}\s*-\s*(.+?)(?:\s*\(Item [^)]*\))?\s*$", re.M)
_BODY_DASH_DATE = re.compile(rf"^(?!Meeting:)(?:[\w ]+?minutes\s*[-–:]\s*)?"
                             rf"((?=[A-Z])[^\n]{{0,150}}?{_BODY_WORDS}[^\n]{{0,40}}?){_DASH}"
                             rf"(?:{LONG_DATE}|{UK_DATE}\s*$)", re.M)
_OPENING_CHARS = 1500
_PRINTED = re.compile(
    r"(?i:minutes?\s+of\s+(?:the\s+)?(?:proceedings\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:special|annual|extraordinary|ordinary|remote|virtual|adjourned|joint|full|inquorate|monthly|"
    r"quarterly|bi-monthly|general|statutory)\s+)*"
    r"meeting\s+of\s+(?:the\s+)?)(?P<body>.+?)\s+(?:(?i:held|which\s+was\s+held|convened|on\s+(?=\w+day))\b|"
    rf"(?={LONG_DATE}))")
# where a printed opening may start: a line's start, or MINUTES in capitals
_MINUTES_OF = re.compile(r"(?im)^\W{0,3}(?:[a-z]\s+|\d+\s+)?(?P<minutes>minutes?\s+of)\b"
                         r"|(?-i:(?P<caps>MINUTES?\s+OF))\b"
                         # after only capitals and codes on its line: ``KELBY COUNCIL KC/SC Minutes of ...``
                         r"|(?-i:^(?:[A-Z0-9&,/’'.()-]+[ \t]+){1,12}(?P<flat>Minutes?\s+of))\b")
_BODY_MEETING = re.compile(
    rf"(?i:minutes\s+of\s+(?:the\s+)?(?:(?:annual|special|extraordinary)\s+)?)(?P<body>(?:[\w’'&,-]+\s+){{0,6}}?"
    rf"(?i:{_BODY_WORDS}))\s+(?:(?i:meeting)\s+)?(?i:held)\b")
_ABOVE_MINUTES = re.compile(r"^\s*(?P<body>[A-Z][A-Z ,&’'()-]{5,120}?)\s*\n(?:\s*\n)*\s*minutes of (?:a|the) meeting "
                            r"held\b", re.M | re.I)
_LINE_THEN_DATE = re.compile(rf"^(?P<body>[A-Z][^\n]{{2,150}}?)\s*\n(?:\s*\n){{0,3}}\s*(?:Date\s*:\s*)?"
                             rf"(?:{LONG_DATE}|{UK_DATE})",
                             re.M)
# a line opening ``Meeting of the Licensing Committee, Thursday 12th May 2022``
_MEETING_OF_LINE = re.compile(rf"(?im)^\W{{0,3}}(?:(?:special|annual|extraordinary|ordinary)\s+)?meeting\s+of\s+"
                              rf"(?:the\s+)?(?P<body>(?-i:[A-Z][\w’'&-]*)(?:[ \t]+[\w’'&-]+){{0,8}}?[ \t]+"
                              rf"(?-i:{_BODY_WORDS}))\b")
# a title line naming the body then the date, with no dash: ``Licensing Committee 3 March 2015``,
# ``Minutes Parish Council Annual Meeting 1st May 2012``
_BODY_THEN_DATE = re.compile(rf"^[ \t]*(?:Minutes\s+(?:of\s+)?|(?:[A-Z]\w+\s+)?Meeting\s+of\s+(?:the\s+)?)?"
                             rf"(?P<body>(?=[A-Z])[^\n]{{0,120}}?{_BODY_WORDS})"
                             rf"(?:\s+(?:[A-Z]\w+\s+)?Meeting)?,?\s+(?:held\s+on\s+)?{LONG_DATE}"
                             rf"(?:,?\s+(?:at\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*[ap]\.?m\.?)?\s*$", re.M)
# a body approving the minutes of its own last meeting names itself: ``the minutes of the
# meeting of the Licensing Panel held on 3 May 2012`` or ``the minutes of the last Council meeting held``
_NAMED_BODY = rf"(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?){{{{{{n}}}}}}?{_BODY_WORDS}"
_OWN_MINUTES = re.compile(
    r"(?i:minutes?\s+of\s+the\s+)(?:(?i:(?:previous\s+|last\s+)?meeting\s+of\s+the\s+)"
    rf"(?P<body>{_NAMED_BODY.format(n='1,8')})|(?i:previous\s+|last\s+)(?P<last>{_NAMED_BODY.format(n='0,6')})"
    r"\s+(?i:meeting))\s+(?i:held)\b")
# the body a report is put to at this meeting: ``submitted a report for noting to the Audit and Risk
# Committee``, ``presented to the Harbour Board the report``, ``provided the Licensing Panel with``
_REPORTED_TO = re.compile(
    r"\b(?:present(?:ed|s)|submit(?:ted|s)|report(?:ed|s)?|update)\b(?:(?!\b(?:would|will|next|future|later)\b)[^.])"
    rf"{{0,60}}?\bto the ({_NAMED_BODY.format(n='1,8')})\b(?! (?i:meeting|held|on|in) )"
    rf"|\bprovided the ({_NAMED_BODY.format(n='1,8')}) with\b")
_YEARS = re.compile(r"\s*\(\d{4}\s*[-–]\s*\d{4}\)\s*$")
# a page opening on ``Minutes of the meeting held on 18 September, 2007``: its own meeting's date
_OWN_MEETING_HELD = re.compile(r"(?i)^\s*minutes\s+of\s+(?:the|a|an)\s+(?:\w+\s+)?meeting\s+held\s+(?:on\s+)?")
# what may follow the date in such a heading: a time, and no sentence (``... were agreed`` speaks of another)
_HEADING_END = re.compile(r"[\s,.]*(?:(?:at\s+)?\(?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\)?)?[\s.]*", re.I)
_DECISION_MAKER = re.compile(r"^Decision [Mm]aker:\s*(.+?)\s*$", re.M)
_DECISION_DATE = re.compile(rf"^{UK_DATE}\s+-\s+\S", re.M)
_PAGE_PREFIX = re.compile(r"^(?:(?:agenda|draft|decisions|and|,)\s*)*minutes\s*[-–:]\s*", re.I)
_REFERENCE = re.compile(r"(?i)\b(?:previous|last|since|dated|deadline|published|until|from|before|after|"
                        r"meetings? (?:held )?on|minutes of)\W*(?:\w+\W+){0,3}$")
_FURNITURE = re.compile(r"(?i)^(?:home|agenda|minutes|meeting documents|decision details|agenda item|items|top|"
                        r"venue|contact|advertisement|issue - meetings|agenda and minutes|<<|\d+-\d+)\b")
_SMALL_WORDS = {"and", "of", "for", "the", "on", "in", "to", "with"}
_ACTING = r"(?:considered|received|noted|agreed|resolved|approved|discussed|was (?:informed|advised|asked))\b"
_PROSE_BODY = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?){1,8}"
    rf"(?:Committee|Sub-Committee|Panel|Subgroup|Sub-Group|Board))\b(?P<acting>\s+{_ACTING})?"
)
_GENERIC_ACTING = re.compile(rf"\b[Tt]he ([Cc]ommittee|[Ss]ub-[Cc]ommittee|[Pp]anel|[Bb]oard) "
                             rf"(?:{_ACTING}|heard|requested|appointed)")
_ELSEWHERE = re.compile(r"(?i)\b(?:by|to|from|with|at|for|and)\s+$")
_PROSE_CABINET = re.compile(rf"\bThe (Cabinet|Executive) {_ACTING}")
_HEADER_LINES = 15


def _readable(name: str) -> str:
    """``OVERVIEW AND SCRUTINY COMMITTEE`` → ``Overview and Scrutiny Committee``."""
    name = re.sub(r"\s+", " ", name).strip(" ,.:-–")
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def _date_after(text: str, offset: int, reach: int = 250) -> str | None:
    dates = find_dates(text[offset : offset + reach])
    return dates[0][1] if dates else None


def _header_forms(header: str) -> tuple[str | None, str | None]:
    """Body and date from the ModernGov header shapes."""
    if match := _MODERNGOV.search(header):
        day, month, year, body = match.groups()
        return body.strip(), to_iso(day, month, year)
    if match := _BODY_DASH_DATE.search(header):
        body = _PAGE_PREFIX.sub("", match.group(1).strip())
        return body, _date_after(header, match.end(1))
    if (match := _BODY_THEN_DATE.search(header)) and not _FURNITURE.match(match.group("body")):
        return _readable(match.group("body")), _date_after(header, match.end("body"))
    for match in _LINE_THEN_DATE.finditer(header):
        body = match.group("body").strip()
        if re.search(_BODY_WORDS, body) and not _FURNITURE.match(body) and not find_dates(body):
            return _YEARS.sub("", body), _date_after(header, match.end("body"))
    return None, None


def _printed_forms(opening: str) -> tuple[str | None, str | None]:
    """Body and date from a printed-minutes opening (``Minutes of a meeting of X held ...``)."""
    for start in _MINUTES_OF.finditer(opening):
        opens = next(name for name in ("minutes", "caps", "flat") if start.group(name))
        flat = re.sub(r"\s+", " ", opening[start.start(opens) :])
        for pattern in (_PRINTED, _BODY_MEETING):
            match = pattern.match(flat)
            if match and len(match.group("body").split()) <= 14 and ". " not in match.group("body"):
                body = re.sub(r"\s*,.*$", "", match.group("body")) if pattern is _BODY_MEETING else match.group("body")
                return _readable(body), _date_after(flat, match.end("body"))
    if match := _ABOVE_MINUTES.search(opening):
        return _readable(match.group("body")), _date_after(opening, match.end())
    if match := _MEETING_OF_LINE.search(opening):
        return _readable(match.group("body")), _date_after(opening, match.end())
    return None, None


def _opening_date(opening: str) -> str | None:
    """The first date in the page's opening lines that stands in a heading-like line (not
    in a sentence, which would speak of another meeting)."""
    for line in opening.split("\n")[:_HEADER_LINES]:
        dates = find_dates(line)
        if dates and _OWN_MEETING_HELD.match(line) and _HEADING_END.fullmatch(
                re.sub(LONG_DATE, "", line[dates[0][0]:], count=1)):
            return dates[0][1]
        if dates and len(re.findall(r"\b[a-z]{2,}\b", line)) <= 3 and not _REFERENCE.search(line[: dates[0][0]]):
            return dates[0][1]
    return None


def find_meeting(header: str, text: str) -> tuple[str | None, str | None]:
    """(body, ISO date) of the meeting, each None where the document does not say."""
    opening = text[:_OPENING_CHARS]
    body, when = _header_forms(header)
    if body is None:
        body, when = _printed_forms(opening)
    if body is None and when is None:
        body, when = _header_forms(opening)
    if body is None and (notice := _MODERNGOV.search(text)):  # a decision page prints it after the decision
        day, month, year, named = notice.groups()
        body, when = named.strip(), when or to_iso(day, month, year)
    if body is None and (maker := _DECISION_MAKER.search(text)):
        body = maker.group(1)
        decided = _DECISION_DATE.search(opening)
        if when is None and decided:
            when = to_iso(*decided.groups())
    when = when or _opening_date(opening)
    return body or _body_from_prose(text), when


def _body_from_prose(text: str) -> str | None:
    """The body the minutes show acting (``the Cabinet considered``, ``the Licensing Panel
    noted``), the one shown acting most often where several are, or the only one of its kind
    named where the minutes show it acting by kind alone (``the Committee heard``); a body
    only named is not the meeting's."""
    if match := _PROSE_CABINET.search(text):
        return match.group(1)
    scores: dict[str, int] = {}
    for match in _PROSE_BODY.finditer(text):
        if match.group("acting") and not _ELSEWHERE.search(text[max(0, match.start() - 20) : match.start()]):
            name = re.sub(r"\s+", " ", match.group(1)).strip()
            scores[name] = scores.get(name, 0) + 1
    if scores:
        return max(scores, key=lambda n: (scores[n], -text.find(n)))
    if acting := _GENERIC_ACTING.search(text):  # ``the Committee considered``: the one committee named
        named = {re.sub(r"\s+", " ", m.group(1)).strip() for m in _PROSE_BODY.finditer(text)}
        of_kind = [n for n in named if n.lower().endswith(acting.group(1).lower())]
        if len(of_kind) == 1:
            return of_kind[0]
    for pattern in (_OWN_MINUTES, _REPORTED_TO):
        named = {re.sub(r"\s+", " ", next(g for g in m.groups() if g)) for m in pattern.finditer(text)}
        if len(named) == 1:
            return named.pop()
    return None


def body_kind(name: str) -> str:
    """Committee, Board, Panel or Cabinet, from the body's name."""
    for kind in ("Cabinet", "Board", "Panel"):
        if kind.lower() in name.lower():
            return kind
    return "Committee"
