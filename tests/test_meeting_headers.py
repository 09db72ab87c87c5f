"""The meeting's body and date, read from the header shapes minutes are printed with."""

import pytest

from govgraph.loaders.extract.meeting import find_meeting
from govgraph.loaders.segment import split_items


def meeting(text: str) -> tuple[str | None, str | None]:
    header, _ = split_items(text)
    return find_meeting(header, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Audit Panel – 5 June 2019\n\n1. Apologies\nNone.\n", ("Audit Panel", "2019-06-05")),
    ("Scrutiny Board (Environment) - Monday, 7th March 2016\n\n1. Minutes\nAgreed.\n",
     ("Scrutiny Board (Environment)", "2016-03-07")),
    ("Harbour Advisory Committee\nDate: Thursday, 9 September 2021\n\n1. Minutes\nAgreed.\n",
     ("Harbour Advisory Committee", "2021-09-09")),
    ("Licensing Committee (2005-2015)\nThursday, 15th September, 2005 7.30 pm\n\n1. Minutes\nAgreed.\n",
     ("Licensing Committee", "2005-09-15")),
])
def test_a_body_line_with_its_date_beside_or_below_it(text, expected):
    assert meeting(text) == expected


def test_a_printed_opening_wrapped_over_lines():
    text = ("10-4\n\nMINUTES of MEETING of the JOINT WASTE AND\n\nRECYCLING BOARD held in the Civic Suite,\n\n"
            "Harbour Street, Tuesday 4 December 2012 at 10.00 am.\n\nPresent:-\nCouncillor A Bell\n")
    assert meeting(text) == ("Joint Waste and Recycling Board", "2012-12-04")


def test_the_body_in_capitals_above_minutes_of_a_meeting_held_on():
    text = "Top\n\nCOASTAL LIAISON COMMITTEE\n\nMinutes of a meeting held on 2nd June, 2015.\n\nPresent: Cllr Bell\n"
    assert meeting(text) == ("Coastal Liaison Committee", "2015-06-02")


def test_a_parish_meeting_named_in_its_opening_sentence():
    text = "Minutes of the Annual Parish Council Meeting held on16 May 2023 in the Village Hall AT 7.25pm\n\n"
    assert meeting(text) == ("Parish Council", "2023-05-16")


def test_numbered_headings_are_items_not_dates():
    text = ("Town Council - 3 March 2022\n\n1 Apologies\nNone.\n2 Declarations of Interest\nNone.\n"
            "4 Mayor's Announcements\nThe Mayor thanked the volunteers.\n")
    header, items = split_items(text)
    assert [item.title for item in items] == ["Apologies", "Declarations of Interest", "Mayor's Announcements"]
    assert find_meeting(header, text) == ("Town Council", "2022-03-03")


def test_a_date_in_a_sentence_near_the_top_is_another_meeting():
    text = "Agenda item\n\nTo approve the minutes of the meeting held on 24 September 2014.\nMinutes:\nAgreed.\n"
    assert meeting(text)[1] is None


def test_a_body_only_named_is_not_the_meeting_but_one_shown_acting_is():
    assert meeting("Agenda item\n\nHarbour Board - Revised Terms of Reference\n\nMinutes:\n\nThe draft terms of the "
                   "Harbour Board were set out in the report.\n") == (None, None)
    assert meeting("Agenda item\n\nFerry Timetable\n\nPurpose: to inform the Coastal Transport Scrutiny Panel of the "
                   "changes.\n\nMinutes:\n\nThe Panel heard that sailings would fall.\n") == (
        "Coastal Transport Scrutiny Panel", None)
    assert meeting("Appointment of Vice-Chair\n\nTo appoint a Vice-Chair of the Harbour Audit Committee.\n\n"
                   "The committee appointed Councillor Lowe as Vice-Chair.\n") == ("Harbour Audit Committee", None)


def test_a_meeting_of_line_names_the_body_and_date():
    assert meeting("Meeting of the Harbour Licensing Committee, Tuesday 4th June 2024 6.30 pm\n\n1. Apologies\n"
                   "None.\n") == ("Harbour Licensing Committee", "2024-06-04")


@pytest.mark.parametrize(("text", "expected"), [
    ("Coastal Flooding Scrutiny Committee 4 June 2016\nPresent: Councillor A Bell\n", (
        "Coastal Flooding Scrutiny Committee", "2016-06-04")),
    ("Minutes Village Council Annual Meeting 2nd May 2013\n\nPresent: Ann Bell\n", ("Village Council", "2013-05-02")),
    ("Recorded vote\n\n Council, Tuesday 3rd May 2022 7.00 p.m.\n\nItem: Budget\n", ("Council", "2022-05-03")),
    ("Minutes of Monthly Meeting of Fenwick Community Council held remotely at 7pm on Tuesday 5th October 2021\n\n"
     "PRESENT: Councillor Ann Bell (Chair)\n", ("Fenwick Community Council", "2021-10-05")),
])
def test_a_title_line_without_a_dash_and_a_qualified_meeting(text, expected):
    assert meeting(text) == expected


def test_a_body_approving_the_minutes_of_its_own_last_meeting_names_itself():
    assert meeting("Agenda item\n\nMinutes\n\nMinutes:\n\nRESOLVED – That the Minutes of the meeting of the Harbour "
                   "and Ferries Committee held on 3 May 2015 be approved.\n") == ("Harbour and Ferries Committee", None)
    assert meeting("Minutes of Previous Meeting\nMinutes: That the minutes of the last Council meeting held on "
                   "13 May 2015 be approved.\n") == ("Council", None)
    assert meeting("Agenda item\n\nMinutes:\n\nThe minutes of the meeting of the Panel held on 3 May 2015 were "
                   "agreed.\n") == (None, None)


def test_the_body_a_report_is_put_to_and_minutes_of_a_body_held():
    assert meeting("Agenda item\n\nThe Director submitted a report for noting to the Harbour and Ferries Committee "
                   "which gave an update.\n") == ("Harbour and Ferries Committee", None)
    assert meeting("Agenda item\n\nA report would be going to the Harbour Executive Committee in May.\n") == (
        None, None)
    assert meeting("12 FULL COUNCIL\n\nMinutes of Full Council held in the Chamber on Wednesday 21st July 2010 at "
                   "6.15pm.\n\nPRESENT\n") == ("Full Council", "2010-07-21")


def test_a_decision_page_names_its_meeting_after_the_decision():
    text = ("Decision details\n\nDecision status: Approved\n\nIs Key decision?: No\n\nThe Board agreed the revised "
            "harbour dues for the coming year.\n\nDate of decision: 04/03/2025\n\nDecided at meeting: 04/03/2025 - "
            "Harbour Board\n")
    assert meeting(text) == ("Harbour Board", "2025-03-04")


def test_minutes_of_the_meeting_held_on_a_date_heading_the_page_but_not_in_a_sentence():
    assert meeting("Minutes of the meeting held on 7 October, 2009 (2.00pm)\n\nPresent: Councillor A. Bell\n")[1] == (
        "2009-10-07")
    assert meeting("Minutes of the meeting held on 7 October 2009 were agreed as a true record.\n\n"
                   "The Chair thanked officers.\n")[1] is None


def test_a_printed_opening_after_the_councils_name_and_a_code_on_one_flattened_line():
    text = ("KELBY DISTRICT COUNCIL KDC/EX Minutes of Extraordinary Council Meeting held on 4 May 2021 at 7pm in "
            "the Harbour Room Presiding: Councillor A Bell\n")
    assert find_meeting(text, text) == ("Council", "2021-05-04")
    prose = "The Chair said the Minutes of the Extraordinary Council Meeting held on 4 May 2021 were wrong.\n"
    assert find_meeting(prose, prose) == (None, None)
