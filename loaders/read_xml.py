"""ModernGov web-service XML (``mgWebService.asmx/GetMeeting``).

A ``GetMeeting`` response states the meeting date, the committee, the attendees with
role and attendance, and each agenda item with its minutes as escaped Word HTML. Listings
(``GetMeetings``, ``GetCommittees``) hold no minutes and are refused with a clear message.
Titles may be HTML-encoded twice; an item numbered 0 is a section heading, not an item; an
exempt item that has a public twin of the same title is the twin's shadow, and left out.
"""

import html
from pathlib import Path

from lxml import etree

from govgraph.errors import InputError
from govgraph.loaders.dates import uk_date_to_iso
from govgraph.loaders.model import Document, SourceMeta
from govgraph.loaders.read_html import html_to_text

_LISTINGS = {"getmeetings": "meeting listing (GetMeetings)",
             "committees": "committee listing (GetCommittees)"}


def _text(node: etree._Element, tag: str) -> str:
    found = node.find(tag)
    return (found.text or "").strip() if found is not None and found.text else ""


def plain_title(text: str | None) -> str:
    """A title as people read it: entities decoded, however many times they were encoded."""
    value = text or ""
    for _ in range(3):
        decoded = html.unescape(value)
        if decoded == value:
            break
        value = decoded
    return " ".join(value.split())


def _number(item: etree._Element) -> str:
    return _text(item, "minutesitemnumber") or _text(item, "fulldisplaynumberformat").rstrip(".")


def _items(root: etree._Element) -> list[etree._Element]:
    """The agenda items that are items: not section headings (numbered 0, without minutes),
    not the exempt twin of a public item."""
    items = [i for i in root.iter("agendaitem")
             if not ("0" in (_number(i), _text(i, "agendaitemnumber")) and not _text(i, "minutesnonemptyhtmlbody"))]
    public = {plain_title(_text(i, "agendaitemtitle")).lower() for i in items
              if _text(i, "isrestricted").lower() != "true"}
    return [i for i in items if _text(i, "isrestricted").lower() != "true"
            or plain_title(_text(i, "agendaitemtitle")).lower() not in public]


def _item_text(item: etree._Element) -> str:
    number = _number(item)
    title = plain_title(_text(item, "agendaitemtitle"))
    minutes = html_to_text(_text(item, "minutesnonemptyhtmlbody"))
    agenda = html_to_text(_text(item, "agendatext"))
    parts = [f"{number or '?'}.", title]
    if agenda:
        parts.append(agenda)
    if minutes:
        parts += ["Minutes:", minutes]
    return "\n\n".join(p for p in parts if p)


def read_xml(path: Path, key: str, data: bytes, digest: str) -> Document:
    """Read a ModernGov ``GetMeeting`` response."""
    from govgraph.loaders.read import document_from_text

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"malformed XML ({exc.msg})") from exc
    tag = etree.QName(root).localname.lower()
    if tag in _LISTINGS:
        raise InputError(path, f"a ModernGov {_LISTINGS[tag]}, which holds no minutes; "
                               "load GetMeeting responses instead")
    if tag != "meeting":
        raise InputError(path, f"unknown XML document (root element <{tag}>)")
    date = uk_date_to_iso(_text(root, "meetingdate"))
    body = plain_title(root.findtext(".//refertocommittee") or root.findtext(".//committeetitle")) or None
    attendees = [
        (a.get("name", "").strip(), a.get("roledescription", "").strip(),
         a.get("attendance", "").strip())
        for a in root.iter("attendee") if a.get("name", "").strip()
    ]
    items = [_item_text(item) for item in _items(root)]
    header = f"{body.strip()} - {_text(root, 'meetingdate')}" if body else ""
    text = "\n\n".join([header, *items])
    stated = SourceMeta(body=body.strip() if body else None, date=date)
    return document_from_text(path, key, "application/xml", digest, text, stated, attendees)
