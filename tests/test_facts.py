"""Organisations, reports, decisions, votes, risks, attendance and the meeting header."""

from conftest import names


def test_acronyms_are_resolved_to_the_organisation(read_minutes):
    facts = read_minutes("Agenda item\n\nFunding\n\nA bid to the Department for Education (DfE) was made. "
                         "The DfE funding would be for its establishment. Ofsted rated the service.\n")
    orgs = {o.name: o.acronym for o in facts.organisations}
    assert orgs == {"Department for Education": "DfE", "Ofsted": None}


def test_a_known_acronym_alone_is_an_organisation(read_minutes):
    facts = read_minutes("Agenda item\n\nSafety\n\nProblems with engagement from partners: was CCG and Fire "
                         "Service. Recording by Leicestershire Police improved.\n")
    assert sorted(o.name for o in facts.organisations) == ["CCG", "Leicestershire Police"]


def test_the_councils_own_services_are_not_partners(read_minutes):
    facts = read_minutes("Agenda item\n\nUpdate\n\nChildren’s Services and Property Services reported to the "
                         "District Council. Children and Families Services had begun work.\n")
    assert facts.organisations == []


def test_presenters_are_read_in_active_and_passive_forms(read_minutes):
    facts = read_minutes("Agenda item\n\nAudit Progress\n\nLucy Cater, Head of Internal Audit, introduced the "
                         "report. The plan was presented by Councillor John Smith. Mr Brown explained the "
                         "figures.\n")
    presenters = sorted(facts.people[r.presenter].name for r in facts.reports)
    assert presenters == ["John Smith", "Lucy Cater"]
    assert {r.subject for r in facts.reports} == {"Audit Progress"}


def test_numbered_resolution_parts_are_separate_decisions(read_minutes):
    facts = read_minutes("Agenda item\n\nBudget\n\nRESOLVED: That the Committee:\n\n1. notes the report;\n\n"
                         "2. approves the revised plan; and\n\n3. defers the fees review to March.\n")
    assert [(d.part, d.kind) for d in facts.decisions] == [("1", "noted"), ("2", "approved"), ("3", "deferred")]
    assert facts.decisions[1].text == "That the Committee: approves the revised plan; and"


def test_votes_are_recorded_on_the_decision(read_minutes):
    facts = read_minutes("Agenda item\n\nMotion\n\nUpon being put to the vote: For: 7, Against: 3, "
                         "Abstentions: 1. The motion was carried.\n\nRESOLVED: That the motion be agreed.\n")
    (decision,) = facts.decisions
    assert (decision.vote.for_, decision.vote.against, decision.vote.abstained, decision.vote.result) == (
        7, 3, 1, "pass")


def test_prose_decisions_are_read_and_agenda_text_is_not(read_minutes):
    facts = read_minutes("Agenda and minutes\n\n4.\n\nMinutes\n\nTo confirm the minutes of the meeting held on "
                         "1 May 2024.\n\nMinutes:\n\nThe minutes of the meeting held on 1 May 2024 were agreed as "
                         "a correct record.\n\n5.\n\nExclusion\n\nMinutes:\n\nThe Committee resolved to exclude the "
                         "public for item 6.\n")
    assert [d.text for d in facts.decisions] == [
        "The minutes of the meeting held on 1 May 2024 were agreed as a correct record.",
        "The Committee resolved to exclude the public for item 6."]


def test_risks_sub_risks_and_score_changes(read_minutes):
    facts = read_minutes("Agenda item\n\nRisk deep dive\n\nThe Committee considered the Strategic Risk “Operations” "
                         "which included the sub-risks (a) Failure of Care and (b) Failure of Housing.\n\n"
                         "(a) Failure of Care\n\nThe net risk score had fallen to 12 from 20.\n")
    risks = {r.name: r for r in facts.risks}
    assert set(risks) == {"Operations", "Failure of Care", "Failure of Housing"}
    assert risks["Failure of Care"].parent == "Operations"
    assert [(s.kind, s.value, s.previous) for s in risks["Failure of Care"].scores] == [("net", 12, 20)]


def test_attendance_events(read_minutes):
    facts = read_minutes("Meeting documents\n\nPRESENT: Councillor Ann Brown\nOfficers: Mr Abrahamson\n\n"
                         "1. APOLOGIES\n\nApologies for absence were received from Councillor Tim Dale.\n\n"
                         "2. DECLARATIONS OF INTEREST\n\n"
                         "Councillor Ann Brown declared a personal interest in item 4.\n\n"
                         "3. UPDATE\n\nIn the absence of Councillor Roe, Councillor Ann Brown chaired. "
                         "[Mr Abrahamson left the meeting.] Dr Kay Patel joined the meeting.\n")
    events = {(facts.people[a.person].name, a.event) for a in facts.attendance}
    assert events == {("Ann Brown", "present"), ("Abrahamson", "present"), ("Tim Dale", "apologies"),
                      ("Ann Brown", "declared_interest"), ("Roe", "absent"), ("Abrahamson", "left"),
                      ("Kay Patel", "joined")}
    assert "Roe" in names(facts)


def test_the_meeting_header_gives_body_and_date(read_minutes):
    facts = read_minutes("Issue - meetings\n\nBudget\n\nMeeting: 22/03/2016 - Corporate Governance & Audit "
                         "Committee (Item 62)\n\n62 Budget\n\nText.\n")
    assert (facts.body, facts.date) == ("Corporate Governance & Audit Committee", "2016-03-22")
    facts = read_minutes("Agenda and minutes\n\nOverview and Scrutiny Subgroup - Tuesday, 2nd October, 2018 10.00 am"
                         "\n\nItems\n\n21.\n\nMinutes\n\nText.\n")
    assert (facts.body, facts.date) == ("Overview and Scrutiny Subgroup", "2018-10-02")


def test_dates_in_the_prose_are_not_the_meeting_date(read_minutes):
    facts = read_minutes("Agenda item\n\nMinutes\n\nThe minutes of the meeting held on 24 November 2021 were agreed "
                         "as a correct record.\n")
    assert facts.date is None


def test_a_manifest_value_wins_over_the_page(read_minutes):
    facts = read_minutes("Agenda item\n\nBudget\n\nThe Cabinet considered the budget.\n", body="Executive Board",
                         date="2024-01-02")
    assert (facts.body, facts.date) == ("Executive Board", "2024-01-02")


def test_questions_record_who_asked_and_who_answered(read_minutes):
    facts = read_minutes("ORAL QUESTIONS\nQuestion from Councillor M G Rainer to the Executive Councillor for "
                         "Resources, Councillor L M Simpson\nCouncillor Simpson undertook to respond in writing.\n")
    (question,) = facts.questions
    assert facts.people[question.asker].name == "M G Rainer"
    assert facts.people[question.answerer].name == "L M Simpson"


def test_more_meeting_header_shapes(read_minutes):
    facts = read_minutes("Meeting of the Licensing Committee, Thursday 12th May 2022 7.00 pm\n\n"
                         "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nRESOLVED: That the minutes be approved.\n")
    assert (facts.body, facts.date) == ("Licensing Committee", "2022-05-12")
    facts = read_minutes("Issue - decisions\n\nLocal Plan\n\n15/11/2022 - Adoption of the Local Plan\n\n"
                         "Decision:\n\nCabinet AGREED to adopt the Local Plan.\n\nDecision Maker: Cabinet\n")
    assert (facts.body, facts.date) == ("Cabinet", "2022-11-15")


def test_a_prose_line_with_a_date_is_not_a_meeting_header(read_minutes):
    facts = read_minutes("Agenda item\n\nUpdate\n\nThe report went to the Audit Committee on 5 May 2020 and was "
                         "noted.\n")
    assert facts.date is None


def test_departures_by_time_and_substitutes_within_apologies(read_minutes):
    facts = read_minutes("Agenda item\n\nApologies\n\nApologies for absence were received from Councillor Ann "
                         "Smith, with Councillor Bob Jones attending as a substitute. Councillor Cath Lee left at "
                         "8.15 pm.\n")
    events = sorted((facts.people[a.person].name, a.event) for a in facts.attendance)
    assert events == [("Ann Smith", "apologies"), ("Bob Jones", "substitute"), ("Cath Lee", "left")]


def test_a_risks_owner_is_the_post_or_person_named(read_minutes, tmp_path):
    facts = read_minutes("Agenda item\n\nStrategic Risk Register\n\nThe Committee considered the Strategic Risk "
                         "“Cyber Attack”. Risk owner: Director of Resources. The net risk score had fallen to 8 "
                         "from 12.\n")
    (risk,) = facts.risks
    assert (risk.name, risk.owner) == ("Cyber Attack", "Director of Resources")
    facts = read_minutes("Agenda item\n\nStrategic Risk Register\n\nThe Strategic Risk “Workforce” is owned by "
                         "Ms Jane Doe, Director of People.\n")
    assert [r.owner for r in facts.risks] == ["Ms Jane Doe"]


def test_a_named_owner_links_the_risk_to_the_person_and_a_post_owner_to_a_post(tmp_path):
    from govgraph.iri import IriMinter
    from govgraph.loaders.model import SourceMeta
    from govgraph.loaders.pipeline import build_document
    from govgraph.ontology.namespaces import FOAF, GG, ORG, RDF, SKOS

    def owner_of(text: str):
        path = tmp_path / "risks.txt"
        path.write_text(text)
        graph = build_document(path, "risks", SourceMeta(council="Testshire"),
                               IriMinter("https://example.org/id/")).graph
        ((_, owner),) = graph.subject_objects(GG.riskOwner)
        return graph, owner

    graph, owner = owner_of("Agenda item\n\nStrategic Risk Register\n\nThe Strategic Risk “Workforce” is owned "
                            "by Ms Jane Doe, Director of People.\n")
    assert (owner, RDF.type, FOAF.Person) in graph
    graph, owner = owner_of("Agenda item\n\nStrategic Risk Register\n\nThe Strategic Risk “Cyber Attack” was "
                            "discussed. Risk owner: Director of Resources.\n")
    assert (owner, RDF.type, ORG.Post) in graph
    assert str(graph.value(owner, SKOS.prefLabel)) == "Director of Resources"


def test_a_known_name_before_another_capitalised_word_is_still_named(read_minutes):
    facts = read_minutes("Agenda item\n\nStatement\n\nThe Chair referred to the recent Ofsted Inspection and to "
                         "the Harbourside Housing Association.\n")
    assert [o.name for o in facts.organisations] == ["Ofsted", "Harbourside Housing Association"]


def test_a_post_given_with_as_a_later_in_the_sentence(read_minutes):
    facts = read_minutes("Agenda item\n\nInterests\n\nCouncillor Lenton declared a Personal Interest in Agenda "
                         "Item 5 – Adult Services – as a Director of Windsor Housing.\n")
    (person,) = facts.people.values()
    assert [p for p, _ in person.posts] == ["Director of Windsor Housing"]


def test_a_firm_named_as_the_councils_adviser_or_auditor_is_an_organisation(read_minutes):
    facts = read_minutes("Agenda item\n\nTreasury\n\nArlingclose, the Council’s treasury advisers, forecast a fall. "
                         "KPMG LLP, the Authority's external auditors, reported. The Chair, the Council's lead, "
                         "spoke.\n")
    assert sorted(o.name for o in facts.organisations) == ["Arlingclose", "KPMG"]
