"""Formats are found by content; ModernGov HTML and XML and PDF minutes read into items."""

import html
from pathlib import Path

import pytest

from govgraph.errors import InputError
from govgraph.loaders.read import read_document, sniff

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_format_is_found_by_content_not_by_name(tmp_path):
    assert sniff(b"%PDF-1.7 ...") == "application/pdf"
    assert sniff(b"<?xml version='1.0'?><meeting/>") == "application/xml"
    assert sniff(b"<div id='modgov'><p>x</p></div>") == "text/html"
    assert sniff(b"Minutes of the meeting") == "text/plain"
    disguised = tmp_path / "minutes.txt"
    disguised.write_bytes((FIXTURES / "mg_meeting.html").read_bytes())
    assert read_document(disguised).media_type == "text/html"


def test_a_moderngov_meeting_page_reads_into_numbered_items(tmp_path):
    doc = read_document(FIXTURES / "mg_meeting.html")
    assert [(i.number, i.title) for i in doc.items] == [("1", "Declarations of Interest"),
                                                          ("2", "Strategic Risk Register")]
    assert "Ms Victoria Gent, Director of Children’s Services presented an update" in doc.items[1].text


def test_a_moderngov_meeting_page_yields_its_facts(tmp_path):
    from govgraph.loaders.extract import extract_document

    facts = extract_document(read_document(FIXTURES / "mg_meeting.html"))
    assert (facts.body, facts.date) == ("Audit Committee", "2023-07-27")
    assert [facts.people[r.presenter].name for r in facts.reports] == ["Victoria Gent"]
    assert [d.text for d in facts.decisions] == ["That the update be noted."]
    assert [r.name for r in facts.risks] == ["Operations"]
    assert sorted(p.name for p in facts.people.values()) == ["Sharon Davis", "Victoria Gent"]


GET_MEETING = """<?xml version="1.0" encoding="utf-8"?>
<meeting><meetingid>1</meetingid><meetingdate>10/02/2026</meetingdate>
<agendaitems><agendaitem><agendaitemtitle>Risk Update</agendaitemtitle>
<minutesitemnumber>5</minutesitemnumber><refertocommittee>Audit Committee</refertocommittee>
<minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody></agendaitem></agendaitems>
<attendees>
<attendee name="Councillor Basil Curley" roledescription="Chair" attendance="Present"/>
<attendee name="Councillor Ann O'Neill" roledescription="Committee Member" attendance="Apologies"/>
</attendees></meeting>"""


def test_a_getmeeting_response_reads_date_body_attendees_and_minutes(tmp_path):
    minutes = html.escape(html.escape('<p class="MsoNormal">Mr Tom Hill, Head of Audit &amp; Risk, '
                                      'introduced the report.</p><p>RESOLVED: That the report be noted.</p>'))
    path = tmp_path / "meeting.xml"
    path.write_text(GET_MEETING.format(minutes=minutes), encoding="utf-8")
    from govgraph.loaders.extract import extract_document

    facts = extract_document(read_document(path))
    assert (facts.body, facts.date) == ("Audit Committee", "2026-02-10")
    events = {(facts.people[a.person].name, a.event) for a in facts.attendance}
    assert events == {("Basil Curley", "present"), ("Ann O'Neill", "apologies")}
    people = {p.name: p for p in facts.people.values()}
    assert [p for p, _ in people["Tom Hill"].posts] == ["Head of Audit & Risk"]
    assert [d.text for d in facts.decisions] == ["That the report be noted."]


def test_the_shared_getmeeting_sample_reads(shared):
    doc = read_document(shared / "eval" / "moderngov" / "01_manchester_GetMeeting_4967.xml")
    assert doc.stated.date == "2026-02-10" and doc.stated.body == "Audit Committee"
    assert [i.title for i in doc.items] == ["Minutes", "Work Programme"]


def test_moderngov_listings_are_refused_with_a_reason(tmp_path):
    path = tmp_path / "committees.xml"
    path.write_text("<?xml version='1.0'?><committees><committee/></committees>")
    with pytest.raises(InputError, match="committee listing"):
        read_document(path)


def _pdf(path: Path, pages: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number, body in enumerate(pages, start=1):
        pdf.add_page()
        pdf.cell(0, 8, "Audit Committee - 27 July 2023", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, body)
        pdf.set_y(-20)
        pdf.cell(0, 8, f"Page {number}")
    pdf.output(str(path))


def test_pdf_minutes_lose_running_headers_and_page_numbers(tmp_path):
    path = tmp_path / "printed.pdf"
    _pdf(path, ["1. Risk Register\n\nMs Jane Doe, Head of Audit, presented the report.",
                "2. Budget\n\nRESOLVED: That the budget be approved."])
    doc = read_document(path)
    assert "Page 1" not in doc.text and "Audit Committee - 27 July 2023" not in doc.text
    assert [i.title for i in doc.items] == ["Risk Register", "Budget"]
    from govgraph.loaders.extract import extract_document

    facts = extract_document(doc)
    assert [facts.people[r.presenter].name for r in facts.reports] == ["Jane Doe"]


def test_a_moderngov_agenda_item_page_reads_title_meeting_and_facts():
    from govgraph.loaders.extract import extract_document

    doc = read_document(FIXTURES / "mg_agenda_item.html")
    assert [i.title for i in doc.items] == ["Corporate Risk Register Update"]
    facts = extract_document(doc)
    assert (facts.body, facts.date) == ("Audit and Standards Committee", "2024-03-14")
    assert [facts.people[r.presenter].name for r in facts.reports] == ["Sam Okafor"]
    (risk,) = facts.risks
    assert (risk.name, [(s.kind, s.value, s.previous) for s in risk.scores]) == ("Cyber Security",
                                                                                  [("residual", 9, 16)])
    assert [d.text for d in facts.decisions] == ["That the Corporate Risk Register be noted."]
