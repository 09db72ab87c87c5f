"""Risks named in the forms registers and minutes use: numbered, coded, listed, in prose."""


def risk_names(read_minutes, text: str) -> list[str]:
    return sorted(r.name for r in read_minutes(f"7. Corporate Risk Register\n{text}\n").risks)


def test_numbered_risks_with_their_names(read_minutes):
    names = risk_names(read_minutes, "Risk 9 - Harbour Wall Collapse had risen. The panel discussed risk ref 12 - "
                                     "Swimming Pools. Risk number 4: Loss of Key Staff was unchanged.")
    assert names == ["Risk 12 – Swimming Pools", "Risk 4 – Loss of Key Staff", "Risk 9 – Harbour Wall Collapse"]


def test_register_codes_opening_a_line(read_minutes):
    names = risk_names(read_minutes, "The following were reviewed.\nFIN-2021-04 Budget Pressures: likelihood up.\n"
                                     "• OP4 Fleet Replacement\nHR_ORG02 Industrial Action: unchanged.")
    assert names == ["FIN-2021-04 Budget Pressures", "HR_ORG02 Industrial Action", "OP4 Fleet Replacement"]


def test_risks_listed_after_a_lead_in_inline_and_as_bullets(read_minutes):
    names = risk_names(read_minutes, "Three new risks were added: supplier failure, staff retention and data quality."
                                     "\n\nThe risks removed were:\n• Recruitment\n• Office Move\n\nMembers noted this.")
    assert names == ["Office Move", "Recruitment", "data quality", "staff retention", "supplier failure"]


def test_risks_named_in_prose(read_minutes):
    names = risk_names(read_minutes, "Members asked why Depot Relocation had been added as a risk. A risk relating "
                                     "to Coastal Flooding was also included, and the ‘Loss of Income’ risk was "
                                     "rescored. Four risks covered Telephony (risk no. 15).")
    assert names == ["Coastal Flooding", "Depot Relocation", "Loss of Income", "Telephony"]


def test_a_risk_owner_or_a_question_is_not_a_risk(read_minutes):
    assert risk_names(read_minutes, "Risk owner: Director of Place. Was the risk of flooding increased? "
                                    "It was noted that 19 risks had been updated.") == []


def test_bare_numbers_and_register_codes_in_an_item_about_risk(read_minutes):
    facts = read_minutes("4. Risk Management Update\nMembers discussed Risk 3 and Risk 14 in detail. The Delivery "
                         "of the Harbour Board (COR0012) was rated amber. SR7 was closed. The A1 works and Q3 "
                         "figures were noted.\n")
    assert sorted(r.name for r in facts.risks) == ["Delivery of the Harbour Board", "Risk 14", "Risk 3", "SR7"]


def test_ratings_as_a_product_and_as_a_kind_of_score(read_minutes):
    facts = read_minutes("4. Risk Register\nRisk 5 - Harbour Silting was scored 4 x 5 by officers. The ‘Pier "
                         "Closure’ risk had a residual score of 12.\n")
    scores = {r.name: [(s.kind, s.value, s.previous) for s in r.scores] for r in facts.risks}
    assert scores == {"Risk 5 – Harbour Silting": [(None, 20, None)], "Pier Closure": [("residual", 12, None)]}


def test_several_risk_numbers_in_one_mention(read_minutes):
    names = risk_names(read_minutes, "Controls for the named risks (4, 9 and 13) were revised, and Risk Nos. 21 & 22 "
                                     "were merged. Risks scoring 15 or above were escalated.")
    assert names == ["Risk 13", "Risk 21", "Risk 22", "Risk 4", "Risk 9"]


def test_the_word_risk_or_a_plural_code_is_not_a_risk_name(read_minutes):
    assert risk_names(read_minutes, "• Risks were summarised in the appendix.\nThe heat map showed two R5s.") == []


def test_a_score_change_said_right_after_the_risks_name(read_minutes):
    facts = read_minutes("4. Risk Register\nRisk 6 - Pier Subsidence had risen to 20 from 12. Spending on the pier "
                         "rose from 3 to 4 million.\n")
    assert [(r.name, [(s.value, s.previous) for s in r.scores]) for r in facts.risks] == [
        ("Risk 6 – Pier Subsidence", [(20, 12)])]


def test_risks_named_in_lower_case_or_as_a_sentence_subject(read_minutes):
    names = risk_names(read_minutes, "The ferry crew shortage risk had been updated. The overall risk was lower and "
                                     "the remaining risk small. Ransomware attacks remained a serious risk to systems. "
                                     "It remained a risk.")
    assert names == ["Ransomware attacks", "ferry crew shortage"]


def test_a_page_that_opens_with_a_resolution_keeps_the_risks_it_names(read_minutes):
    facts = read_minutes("(1) That the Corporate Risks for the quarter, namely the review of the Harbour Flooding "
                         "(HF-1) risk with an unchanged score of 9 and the review of the staff shortage risk, be "
                         "noted;\n"
                         "(2) That the annual report be noted.\n")
    assert sorted(r.name for r in facts.risks) == ["Harbour Flooding (HF-1)", "staff shortage"]


def test_risks_to_add_and_one_word_risk_names(read_minutes):
    names = risk_names(read_minutes, "The committee agreed:\n• To add a risk on ferry crew shortages as identified by "
                                     "the auditor;\n• To increase the transformation risk due to pressure on savings;"
                                     "\nThe new levy had been added to the funding and savings risk. The remaining risk"
                                     " was small.")
    assert names == ["ferry crew shortages", "funding and savings", "transformation"]


def test_a_risk_around_something_an_acronym_risk_and_a_registers_dashed_bullets(read_minutes):
    names = risk_names(read_minutes, "Officers spoke about the risk around ferry ticketing. Previously there had "
                                     "been an MTFS risk.\n· Harbour wall failure – the survey found cracks\n"
                                     "· Risk 4 – loss of key staff in the harbour team\n")
    assert names == ["Harbour wall failure", "MTFS", "Risk 4 – loss of key staff in the harbour team",
                     "ferry ticketing"]


def test_a_risk_name_in_small_letters_before_its_number(read_minutes):
    names = risk_names(read_minutes, "The register now holds Harbour Dredging (risk no. 7) and Flood "
                                     "response (risk no. 8). As reported (risk 9) was not a name.")
    assert names == ["Flood response", "Harbour Dredging"]


def test_a_thing_a_register_holds_and_a_risk_whose_score_moved_in_brackets(read_minutes):
    names = risk_names(read_minutes, "· The Harbour closure was now recorded on the corporate risk register. One "
                                     "risk score rose (Loss of the Ferry Contract). Members were "
                                     "added to the risk register mailing list.")
    assert names == ["Harbour closure", "Loss of the Ferry Contract"]


def test_a_register_code_with_its_name_in_a_sentence(read_minutes):
    names = risk_names(read_minutes, "The Committee considered the register. SR01 Financial Sustainability remained "
                                     "red and R8 The Committee noted.")
    assert names == ["R8", "SR01 Financial Sustainability"]
