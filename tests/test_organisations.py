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
