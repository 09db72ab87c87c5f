"""Minutes in other common shapes: printed minutes, risk items, decision notices, health
boards, cabinet meeting pages (fixtures in ``fixtures/styles``)."""

from pathlib import Path

import pytest

from govgraph.iri import IriMinter
from govgraph.loaders.model import Extraction, SourceMeta
from govgraph.loaders.pipeline import build_document

STYLES = Path(__file__).parent / "fixtures" / "styles"


def facts(name: str) -> Extraction:
    path = STYLES / name
    return build_document(path, path.stem, SourceMeta(), IriMinter("https://example.org/id/")).facts


def who(f: Extraction, keys) -> list[str]:
    return sorted(f.people[k].name for k in keys)


@pytest.fixture(scope="module")
def printed() -> Extraction:
    return facts("a_printed.txt")


def test_a_printed_minutes_heading_gives_body_and_date(printed):
    assert (printed.body, printed.date) == ("Overview and Scrutiny Committee", "2023-03-15")


def test_printed_attendance_lists_substitutes_and_departures(printed):
    events = {(printed.people[a.person].name, a.event) for a in printed.attendance}
    assert {("P Walsh", "present"), ("M Hussain", "present"), ("Sarah Whitfield", "present"),
            ("D Moore", "apologies"), ("L Fraser", "apologies"), ("A Green", "substitute"),
            ("R Thompson", "declared_interest"), ("K O'Connor", "left")} <= events


def test_lettered_resolution_parts_keep_their_opening(printed):
    assert [d.text for d in printed.decisions][1:] == ["That the improvement scheme be approved; and",
                                                        "That the Head of Parks be authorised to procure the works."]


def test_votes_written_as_counts_for_and_against(printed):
    vote = next(d.vote for d in printed.decisions if d.vote)
    assert (vote.for_, vote.against, vote.abstained, vote.result) == (5, 1, 1, "pass")


def test_a_report_from_a_named_officer_and_a_coded_risk_with_its_score():
    f = facts("b_item.txt")
    assert who(f, [r.presenter for r in f.reports]) == ["Helen Marsh"]
    (risk,) = f.risks
    assert risk.name == "Cyber Security"
    assert [(s.kind, s.value, s.previous) for s in risk.scores] == [("residual", 16, 12)]
    assert sorted(o.name for o in f.organisations) == ["Grant Thornton", "Information Commissioner’s Office"]


def test_a_decision_notice_names_its_decision_maker():
    f = facts("c_decision.txt")
    assert f.body == "Cabinet"
    assert [d.kind for d in f.decisions] == ["agreed", "agreed"]


def test_a_presentation_from_two_people_credits_both():
    f = facts("d_health.txt")
    assert who(f, [r.presenter for r in f.reports]) == ["Claire Dunn", "Mark Jenkins"]
    assert "Emergency Department" not in {o.name for o in f.organisations}
    assert {"NHS England", "Northshire NHS Foundation Trust", "Integrated Care Board"} <= {
        o.name for o in f.organisations}


def test_a_cabinet_meeting_page():
    f = facts("e_cabinet.txt")
    assert (f.body, f.date) == ("Cabinet", "2023-02-09")
    people = {p.name: [t for t, _ in p.posts] for p in f.people.values()}
    assert people == {"Anne Clarke": ["Committee Services Officer"], "Simon Reeves": ["Leader"],
                      "Joanne Lee": ["Cabinet Member for Housing"]}


def test_a_planning_meeting_with_a_titled_list_after_a_colon_and_a_qualified_resolution():
    f = facts("f_planning.txt")
    assert (f.body, f.date) == ("Planning Committee", "2023-06-07")
    events = {(f.people[a.person].name, a.event) for a in f.attendance}
    assert {("R Patel", "apologies"), ("S O'Neill", "apologies"), ("T Hughes", "substitute"),
            ("J Walker", "declared_interest")} <= events
    assert [d.text for d in f.decisions] == [
        "That planning permission be granted subject to the conditions set out in the report.",
        "The Committee AGREED to note the appeal decisions received from the Planning Inspectorate."]
    assert who(f, [r.presenter for r in f.reports]) == ["Helen Ward"]


def test_two_people_who_gave_one_presentation_are_both_presenters():
    f = facts("g_health_presentation.txt")
    assert who(f, [r.presenter for r in f.reports]) == ["Anna Lee", "John Bell"]
    assert [(d.part, d.kind) for d in f.decisions] == [("i", "noted"), ("ii", "noted")]
    assert {p.name: p.honorific for p in f.people.values()}["John Bell"] == "Professor"


def test_a_meeting_page_whose_rows_end_in_a_bar_splits_into_titled_items():
    f = facts("h_meeting_rows.txt")
    reports = sorted((f.people[r.presenter].name, r.subject) for r in f.reports)
    assert reports == [("Gillian Thorne", "Fees and Charges"), ("Ravi Mehta", "Housing Revenue Account Budget")]
    assert [d.text for d in f.decisions] == [
        "That the report be noted.",
        "That the Council consult the Major Precepting Authorities on the proposed charges."]
    events = sorted((f.people[a.person].name, a.event) for a in f.attendance)
    assert events == [("Frances Odell", "apologies"), ("Hazel Booth", "substitute"), ("Leon Marsh", "substitute"),
                      ("Owen Pryce", "apologies"), ("Priya Natarajan", "apologies")]
    assert sorted(p.name for p in f.people.values()) == [
        "Frances Odell", "Gillian Thorne", "Hazel Booth", "Leon Marsh", "Owen Pryce", "Priya Natarajan", "Ravi Mehta"]


def test_substitutes_in_brackets_deputies_others_in_attendance_and_names_listed_with_known_people():
    f = facts("i_board_attendance.txt")
    events = sorted((f.people[a.person].name, a.event) for a in f.attendance)
    assert events == [("Chris Holt", "apologies"), ("Dilwyn Ash", "apologies"), ("F Castell", "substitute"),
                      ("G Penrose", "apologies"), ("Imogen Treacy", "present"), ("Marten Hollis", "substitute"),
                      ("N Iqbal", "apologies"), ("Omar Haddad", "apologies"), ("P Lowther", "apologies"),
                      ("R Quigley", "substitute"), ("S Brandt", "substitute"), ("T Okafor", "apologies"),
                      ("Tamsin Rowe", "apologies")]


def test_a_decision_label_followed_by_a_dashed_resolution_keeps_only_the_resolution():
    f = facts("i_board_attendance.txt")
    assert [d.text for d in f.decisions] == [
        "That the minutes of the meeting held on 4th December 2024 be agreed as a correct record."]


def test_the_own_council_is_not_a_partner_and_named_ccgs_keep_their_place():
    f = facts("i_board_attendance.txt")
    assert sorted(o.name for o in f.organisations) == [
        "Northbrook with Eastvale Council", "Testshire Integrated Care Board", "Westmere and Sandal CCG"]


def test_a_parish_council_meeting_names_its_own_council_and_lists_on_the_next_line():
    f = facts("j_parish.txt")
    assert (f.body, f.date) == ("Full Council", "2024-10-14")
    events = sorted((f.people[a.person].name, a.event) for a in f.attendance)
    assert events == [("D Yeo", "present"), ("H Gostelow", "present"), ("J Tolley", "present"),
                      ("Marsh", "substitute"), ("Nerys Pugh", "apologies"), ("Okoro", "present"),
                      ("P Adeyemi", "present"), ("Quayle", "apologies"), ("R Fenn", "present")]
    assert next(p for p in f.people.values() if p.name == "Nerys Pugh").honorific == "Alderwoman"
    assert sorted(o.name for o in f.organisations) == ["Amwell Accounting Ltd", "Hertfordshire County Council"]
