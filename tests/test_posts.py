"""Posts written beside names, in the layouts minutes use."""

import pytest
from conftest import posts_held


def posts(read_minutes, text: str) -> dict[str, list[str]]:
    facts = read_minutes(f"3. Update\n{text}\n")
    return {p.name: sorted(t for t, _ in p.posts) for p in facts.people.values() if p.posts}


@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Ann Kerr Cabinet Member for Housing introduced the item.",
     {"Ann Kerr": ["Cabinet Member for Housing"]}),
    ("The Chair welcomed Chief Fire Officer Paul Dunn to the meeting.", {"Paul Dunn": ["Chief Fire Officer"]}),
    ("The report of the Head of Legal (Mrs R Lee) was noted.", {"R Lee": ["Head of Legal"]}),
    ("Present: Chief Executive – B Okafor, Head of Planning – C Pryce", {"B Okafor": ["Chief Executive"],
                                                                        "C Pryce": ["Head of Planning"]}),
    ("Apologies were received from Sharon Ives, lay member.", {"Sharon Ives": ["lay member"]}),
    ("That the reports of Portfolio Holders Councillors Ashby, Birch and Crane be received.",
     {"Ashby": ["Portfolio Holder"], "Birch": ["Portfolio Holder"], "Crane": ["Portfolio Holder"]}),
    ("The Chair thanked Mr Tom Reeve, a valued co-opted member who had stepped down.",
     {"Tom Reeve": ["co-opted member"]}),
    ("Present: Councillor Dale (in the Chair), Councillor T Ward MBE (Vice-Chairman)",
     {"T Ward": ["Vice-Chairman"]}),
    ("Present: Lord Provost Fiona GAIR, Bailie Ross McINNES", {"Fiona Gair": ["Lord Provost"],
                                                             "Ross McInnes": ["Bailie"]}),
    ("PRESENT: COUNCILLOR C L PELL (CHAIRMAN) District Councillors I G Moss (Kelby) and D Rook; Bailies T Wynn and "
     "R Hart", {"C L Pell": ["Chairman"], "I G Moss": ["District Councillor"], "D Rook": ["District Councillor"],
                "T Wynn": ["Bailie"], "R Hart": ["Bailie"]}),
    ("County Cllrs D Pryce and T Evans attended.\nClerk:    Mrs P. Lowe", {"D Pryce": ["County Cllr"],
                                                                        "T Evans": ["County Cllr"],
                                                                        "P Lowe": ["Clerk"]}),
    ("The Auditor introduced Colin Reid, who had recently taken up the post of Counter Fraud Team Leader.",
     {"Colin Reid": ["Counter Fraud Team Leader"]}),
    ("Officers Hilda Rossi Head of Performance and Administration David Stone Head of Member Services",
     {"Hilda Rossi": ["Head of Performance and Administration"], "David Stone": ["Head of Member Services"]}),
    ("Councillor Rhona Fair declared an interest as a Council appointed observer to the Board of Sport Kelby, "
     "however she remained.", {"Rhona Fair": ["Council appointed observer to the Board of Sport Kelby"]}),
    ("Andrew Sayle, Partner at Harbourside Audit LLP, presented the audit plan at the meeting.",
     {"Andrew Sayle": ["Partner at Harbourside Audit LLP"]}),
    ("Resolved: 1) That Cllr Mack be appointed Chair of the Harbour Board for the 2024-25 Municipal Year 2) That "
     "the dates be agreed.", {"Mack": ["Chair of the Harbour Board for the 2024-25 Municipal Year"]}),
    ("Present:\nCFO Dana Frost (DF)\nRita Lowe (RL)\nArea manager Tom Roe\nNOTED Ann Bell",
     {"Dana Frost": ["CFO"], "Tom Roe": ["Area manager"]}),
    ("Present:-\nProvost Ian KERR\nBAILIES\nAnn BELL |\nTom ROE |\nCOUNCILLORS\nRita LOWE |",
     {"Ian Kerr": ["Provost"], "Ann Bell": ["Bailie"], "Tom Roe": ["Bailie"]}),
    ("The Chair welcomed Ann Bell and Tom Roe, Chairman and Manager at Fenwick Citizens Advice. Ann Bell spoke.",
     {"Ann Bell": ["Chairman"], "Tom Roe": ["Manager at Fenwick Citizens Advice"]}),
    ("Present: Councillors A Bell (AB) Chair, T Roe (TR) vice-chair, R Lowe (RL), Kerry Dale (KD), the temporary "
     "clerk, was in attendance.", {"A Bell": ["Chair"], "T Roe": ["vice-chair"], "Kerry Dale": ["temporary clerk"]}),
    ("Jo Lee was Scrutiny Officer at Kelby Council. In attendance: Councillor T Andrews Councillor J J Tinn "
     "Councillor O Mahon Councillor Mulgrew", {"Jo Lee": ["Scrutiny Officer at Kelby Council"]}),
    ("Apologies were also received from co-opted members Ian Buckle (Kelby Healthwatch) and Mike Nye.",
     {"Ian Buckle": ["co-opted member"], "Mike Nye": ["co-opted member"]}),
])
def test_a_post_in_each_layout(read_minutes, text, expected):
    assert posts(read_minutes, text) == expected


def test_a_post_wrapped_over_two_printed_lines(read_minutes):
    facts = read_minutes("3. Budget\nMs Kate Ashdown, Head of\nCorporate Delivery, presented the report and the\n"
                         "Committee noted it.\n")
    assert [(p.name, [t for t, _ in p.posts]) for p in facts.people.values()] == [
        ("Kate Ashdown", ["Head of Corporate Delivery"])]


def test_posts_given_by_an_appointment_or_said_to_be_held(read_minutes):
    facts = read_minutes("2. Appointments\nThe Panel appointed Councillor Rhys Owen as Vice-Chair for the year. "
                         "Members confirmed that the Chair of the Harbour Board was Councillor Nia Lloyd.\n")
    assert {p.name: [t for t, _ in p.posts] for p in facts.people.values()} == {
        "Rhys Owen": ["Vice-Chair"], "Nia Lloyd": ["Chair of the Harbour Board"]}


def test_a_post_someone_had_been_appointed_to(read_minutes):
    f = read_minutes("Health Board - 3 March 2022\n\n4. Update\nThe Board noted that Amir Shah had been appointed as "
                     "Chair Designate and Lucy Ford had been appointed as Chief Executive Designate. Tom Roe has been "
                     "appointed as the new Director of Public Health.\n")
    assert sorted((p.name, [post for post, _ in p.posts]) for p in f.people.values()) == [
        ("Amir Shah", ["Chair Designate"]), ("Lucy Ford", ["Chief Executive Designate"]),
        ("Tom Roe", ["Director of Public Health"])]


def test_an_office_kept_or_taken_on_is_the_persons_post(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\n2. Election of Chair\nTom Reed asked whether Ann Bell "
                         "would stay on. Ann Bell agreed to continue as Chairman. Cllr Jo Lee accepted the position "
                         "as Vice Chair and Cllr Ray Moss accepted the position of Footpaths Rep. Cllr Ed Cole "
                         "remained in the room.\n")
    held = posts_held(facts)
    assert held == {"Tom Reed": [], "Ann Bell": ["Chairman"], "Jo Lee": ["Vice Chair"], "Ray Moss": ["Footpaths Rep"],
                    "Ed Cole": []}


def test_an_office_in_another_body_a_member_declares_as_an_interest(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\n2. Declarations of Interest\nCouncillor Ann Bell declared "
                         "a personal interest in item 6 as a Council appointed member of the Harbour Trust Board. "
                         "Councillor Tom Reed declared an interest as a member of the Drivers Union and a Director "
                         "of Kelbrook. Councillor Jo Lee declared an interest as she is the Council’s nominated "
                         "trustee for the Moorside Credit Union. Councillor Ed Cole "
                         "declared an interest as an employee of Harbour Foods.\n")
    held = posts_held(facts)
    assert held == {"Ann Bell": ["Council appointed member of the Harbour Trust Board"],
                    "Tom Reed": ["Director of Kelbrook"],
                    "Jo Lee": ["Council’s nominated trustee for the Moorside Credit Union"], "Ed Cole": []}


def test_a_post_held_as_said_in_passing_retiring_or_elected_to_be(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\n2. Election of Chair\nThe retiring Chair, Councillor Ann "
                         "Bell, opened the meeting. Councillor Tom Reed was unanimously elected to be Chair of the "
                         "Council. Councillor Moss, as Portfolio Holder for Harbours, answered questions.\n")
    held = posts_held(facts)
    assert held == {"Ann Bell": ["retiring Chair"], "Tom Reed": ["Chair of the Council"],
                    "Moss": ["Portfolio Holder for Harbours"]}


def test_a_body_in_capitals_and_a_rank_word_inside_a_post_in_brackets(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\n4. Audit\nAnn Bell (Partner at KPMG) took members through "
                         "the findings. Tom Reed (Coast, Water and Major Investments Manager) attended.\n")
    held = posts_held(facts)
    assert held == {"Ann Bell": ["Partner at KPMG"], "Tom Reed": ["Coast, Water and Major Investments Manager"]}
