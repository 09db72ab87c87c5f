"""The ModernGov web service (``mgWebService.asmx``) and pages: the addresses to ask, and
what their answers hold.

Quirks handled here: dates go out and come back as dd/mm/yyyy (an ISO date is silently
ignored and the service answers with everything, so listings are filtered here as well);
titles are HTML-encoded twice; XML is parsed without entity expansion or network access.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from lxml import etree

from govgraph.errors import GovgraphError
from govgraph.loaders.dates import uk_date_to_iso
from govgraph.loaders.read_xml import plain_title

SERVICE = "mgWebService.asmx"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)


class ServiceError(GovgraphError):
    """A web-service answer that is not what the operation returns."""


@dataclass(frozen=True)
class Committee:
    """A committee as ``GetCommittees`` lists it."""

    id: str
    title: str
    deleted: bool
    expired: bool


@dataclass(frozen=True)
class MeetingEntry:
    """A meeting as ``GetMeetings`` lists it."""

    id: str
    committee_id: str
    committee: str
    date: str  # ISO
    status: str

    @property
    def cancelled(self) -> bool:
        """The meeting did not take place."""
        return self.status.strip().lower() == "cancelled"


def committees_path() -> str:
    """The ``GetCommittees`` request."""
    return f"{SERVICE}/GetCommittees"


def meetings_path(committee_id: str, start: date, end: date) -> str:
    """The ``GetMeetings`` request for one committee between two dates (dd/mm/yyyy)."""
    query = urlencode({"lCommitteeId": committee_id, "sFromDate": start.strftime("%d/%m/%Y"),
                       "sToDate": end.strftime("%d/%m/%Y")})
    return f"{SERVICE}/GetMeetings?{query}"


def meeting_path(meeting_id: str) -> str:
    """The ``GetMeeting`` request for one meeting."""
    return f"{SERVICE}/GetMeeting?{urlencode({'lMeetingId': meeting_id})}"


def attendance_path(meeting_id: str) -> str:
    """The meeting's attendance page."""
    return f"mgMeetingAttendance.aspx?{urlencode({'ID': meeting_id})}"


def windows(start: date, end: date, days: int = 365) -> list[tuple[date, date]]:
    """``start``..``end`` cut into consecutive windows of at most ``days`` days."""
    out = []
    while start <= end:
        stop = min(end, start + timedelta(days=days - 1))
        out.append((start, stop))
        start = stop + timedelta(days=1)
    return out


def parse_xml(data: bytes, url: str, root: str) -> etree._Element:
    """The XML answer of an operation whose root element is ``root``."""
    try:
        element = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ServiceError(f"{url}: malformed XML ({exc.msg}); the site sent something else than its web service's "
                           "answer") from exc
    found = etree.QName(element).localname.lower()
    if found != root:
        raise ServiceError(f"{url}: expected <{root}>, got <{found}>")
    return element


def _text(node: etree._Element, tag: str) -> str:
    return (node.findtext(tag) or "").strip()


def read_committees(data: bytes, url: str) -> list[Committee]:
    """The committees of a ``GetCommittees`` answer."""
    root = parse_xml(data, url, "committees")
    return [Committee(_text(c, "committeeid"), plain_title(_text(c, "committeetitle")),
                      _text(c, "committeedeleted").lower() == "true", _text(c, "committeeexpired").lower() == "true")
            for c in root.iter("committee") if _text(c, "committeeid")]


def read_meetings(data: bytes, url: str) -> list[MeetingEntry]:
    """The meetings of a ``GetMeetings`` answer (of every committee it lists)."""
    root = parse_xml(data, url, "getmeetings")
    entries = []
    for committee in root.iter("committee"):
        cid, title = _text(committee, "committeeid"), plain_title(_text(committee, "committeetitle"))
        for meeting in committee.iter("meeting"):
            key, day = _text(meeting, "meetingid"), uk_date_to_iso(_text(meeting, "meetingdate"))
            if key and day:
                entries.append(MeetingEntry(key, cid, title, day, _text(meeting, "meetingstatus")))
    return entries


@dataclass(frozen=True)
class MeetingState:
    """What a ``GetMeeting`` answer says about its own completeness."""

    minutes_published: bool
    has_attendees: bool


def meeting_state(data: bytes, url: str) -> MeetingState:
    """Whether the meeting's minutes are out, and whether it names its attendees."""
    root = parse_xml(data, url, "meeting")
    minutes = _text(root, "minutepublished").lower() == "true" or any(
        (body.text or "").strip() for body in root.iter("minutesnonemptyhtmlbody"))
    return MeetingState(minutes, any(a.get("name", "").strip() for a in root.iter("attendee")))
