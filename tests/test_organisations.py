"""Partner organisations: named bodies, not kinds of body, nor the council's own parts."""


def organisations(read_minutes, text: str) -> list[str]:
    return sorted(o.name for o in read_minutes(f"Harbour Board - 3 March 2022\n\n4. Partners\n{text}\n").organisations)


def test_kinds_of_body_and_council_departments_are_not_partners(read_minutes):
    assert organisations(read_minutes, "The Housing & Community Services team and the Risk Management Group met "
                                       "the Heads of Service and the Labour Party Group.") == []


def test_named_bodies_with_generic_words_are_still_partners(read_minutes):
    assert organisations(read_minutes, "Police Scotland, Transport for Wales and the Community Safety Partnership "
                                       "reported, as did Harbourside Leisure Ltd.") == [
        "Community Safety Partnership", "Harbourside Leisure Ltd", "Police Scotland", "Transport for Wales"]


def test_the_council_named_at_the_top_of_the_page_is_not_a_partner(read_minutes):
    facts = read_minutes("NORTH MOORLAND & DALES DISTRICT COUNCIL\n\nMinutes of the Planning Committee held on 3 "
                         "March 2022\n\n1. Minutes\nNorth Moorland & Dales District Council and Fenwick Parish "
                         "Council were consulted.\n")
    assert [o.name for o in facts.organisations] == ["Fenwick Parish Council"]


def test_national_governments_and_internal_working_groups(read_minutes):
    assert organisations(read_minutes, "The Scottish Government wrote to the Property Review Group and the "
                                       "Member Working Group.") == ["Scottish Government"]


def test_a_body_spelt_out_before_its_acronym_but_not_a_plan_or_a_person(read_minutes):
    assert organisations(read_minutes, "The Harbour Valley Housing Executive (HVHE) and the Medium Term Financial "
                                       "Strategy (MTFS) were discussed with Dana Frost (DF).") == [
        "Harbour Valley Housing Executive"]


def test_a_place_and_an_acronym_name_a_local_body_but_not_a_person_label_or_action(read_minutes):
    assert organisations(read_minutes, "Representatives of Tarnside & Westmoor LEP and Kelby CAB attended with "
                                       "Sandra Whitby PCSO. Action TK: circulate the Progress Report PDF. The "
                                       "Kelby DC officer and Martin Cole MBE spoke of Kelby’s LAC.") == ["Kelby CAB",
                                                                                        "Tarnside & Westmoor LEP"]


def test_the_councils_own_groups_a_month_and_a_spaced_dash_make_no_partner(read_minutes):
    assert organisations(read_minutes, "The Harbour Repairs Working Group and the Improving Places Select Commission "
                                       "reported to the March Council meeting. Business - Kelby Trust "
                                       "bid.") == ["Kelby Trust"]


def test_a_health_board_named_by_its_area_and_a_body_ending_before_a_title(read_minutes):
    assert organisations(read_minutes, "NHS Kelbyshire reported on the NHS Long Term plan. Mr B Neill, "
                                       "Director of Operations Marsh Health and Social Care Trust Mr Shane Dale, "
                                       "Chief Executive, attended.") == [
        "NHS Kelbyshire", "Operations Marsh Health and Social Care Trust"]


def test_councils_a_place_word_apart_are_two_partners(read_minutes):
    opening = "The Board reviewed the flood plan, the pumping stations and the winter rota at length. " * 6
    named = ("District Councillors A Bell (North Fenwick District Council), C Dale (South Fenwick District Council) "
             "and E Frost (City of Moorton Council) attended.")
    assert organisations(read_minutes, opening + named) == [
        "City of Moorton Council", "North Fenwick District Council", "South Fenwick District Council"]


def test_the_government_and_a_devolved_government_are_two_bodies(read_minutes):
    assert organisations(read_minutes, "The Government had cut the grant; the Welsh Government would decide.") == [
        "Government", "Welsh Government"]


def test_initials_and_words_in_capitals_and_departments_are_not_bodies(read_minutes):
    assert organisations(read_minutes, "Councillors S Hughes (SH), D Court (DC) and Sian Price (SP) met in Fenwick "
                                       "Village Hall AT 7.30pm with the Strategy and Partnership team and reviewed the "
                                       "Draft Health and Wellbeing Board terms and the Lender Option Borrower Option "
                                       "(LOBO) loans.") == ["Health and Wellbeing Board"]


def test_the_own_council_under_a_generic_body_or_named_after_a_comma(read_minutes):
    parish = read_minutes("Minutes of the Annual Parish Council Meeting held on 16 May 2023 in the Village Hall\n\n"
                          "1. Clerk\nThe clerk works for Fenwick Parish Council on Tuesdays; the Fenwick Village Hall "
                          "Trust wrote.\n")
    assert [o.name for o in parish.organisations] == ["Fenwick Village Hall Trust"]
    district = read_minutes("Kelby, Moor & Dale District Council\nMinutes of the Planning Committee held on 3 March "
                            "2022\n\n" + "The Committee reviewed the plans for the harbour at length. " * 8 +
                            "\n\n1. Partners\nMoor & Dale District Council and the Harbour Trust agreed.\n")
    assert [o.name for o in district.organisations] == ["Harbour Trust"]


def test_a_council_acting_in_a_statutory_role_and_funding_programmes_are_not_partners(read_minutes):
    assert organisations(read_minutes, "As Lead Local Flood Authority and Local Planning Authority the Council bid "
                                       "to the Coastal Renewal Fund (CRF) with the Fenwick Drainage Board.") == [
        "Fenwick Drainage Board"]


def test_boroughs_named_head_first_and_safeguarding_boards_are_partners(read_minutes):
    assert organisations(read_minutes, "The London Borough of Kelby, the Royal Borough of Moor and Dale and the Local "
                                       "Safeguarding Children Board agreed.") == [
        "Local Safeguarding Children Board", "London Borough of Kelby", "Royal Borough of Moor and Dale"]


def test_utilities_rail_operators_and_housing_companies_are_named_by_their_last_word(read_minutes):
    said = "Fenwick Water replied, Moorland Rail objected and Harbourside Homes agreed."
    assert organisations(read_minutes, said) == ["Fenwick Water", "Harbourside Homes", "Moorland Rail"]


def test_a_national_networks_local_body_is_named_by_its_area(read_minutes):
    assert organisations(read_minutes, "Apologies were received from Ann Bell (Healthwatch Kirkby) and Tom Roe, "
                                       "Citizens Advice Mid Moor. NHS Grampian and Age UK Leeds agreed; the "
                                       "Citizens Advice Bureaux and the NHS Long Term Plan were noted.") == [
        "Age UK Leeds", "Citizens Advice Mid Moor", "Healthwatch Kirkby", "NHS Grampian"]


def test_a_body_a_member_declares_a_tie_with_needs_no_organisation_word(read_minutes):
    said = ("Councillor Ann Bell declared a personal interest as a trustee of Northwick Larder, a governor of Kelby "
            "Primary School and a Director of Kelbrook. Item 12: personal interest - Employee of HMRC. "
            "Councillor Tom Roe declared an interest as a member of the Labour Party and as Chair of Finance. The "
            "Director of Place reported.")
    assert organisations(read_minutes, said) == ["HMRC", "Kelbrook", "Kelby Primary School", "Northwick Larder"]


def test_a_board_named_head_first_and_two_bodies_joined_after_a_nation(read_minutes):
    said = ("Councillor Ann Bell was appointed to the Board of Kelby Arts Centre. The Board of Directors and the "
            "Board of Governors met. Audit Scotland and Kelby Water attended.")
    assert organisations(read_minutes, said) == ["Audit Scotland", "Board of Kelby Arts Centre", "Kelby Water"]


def test_bodies_heading_the_lines_of_their_representatives(read_minutes):
    facts = read_minutes("Harbour Board - 3 March 2022\n\nPresent: Cllr A Bell\nALSO PRESENT: Mr J Cole\n"
                         "Harbour Fire and Rescue: Mr D Lock, "
                         "Station Manager;\nArmy: Major K Lund;\nKelby Voluntary Action: Mr F Doyle.\nNon-Member: "
                         "Councillor T Ward\nChair: Cllr A Bell\nApologies: Mrs T Reed\nTom Hale (Association of "
                         "Harbour Masters) attended.\n\n1. Minutes\nAgreed.\n")
    assert sorted(o.name for o in facts.organisations) == [
        "Army", "Association of Harbour Masters", "Harbour Fire and Rescue", "Kelby Voluntary Action"]
