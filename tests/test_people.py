"""People: titles, initials, stacked titles, name and post in either order, one person each."""

from conftest import names, names_read


def people(facts):
    return {p.name: p for p in facts.people.values()}


def test_titles_and_initials_are_read(read_minutes):
    facts = read_minutes("Agenda item\n\nQuestions\n\nQuestion from Councillor Mrs M Banerjee to the Executive "
                         "Councillor for Housing Strategy, Councillor I C Bates.\nMr L C R Mallett asked a question.\n")
    found = people(facts)
    assert set(found) == {"M Banerjee", "I C Bates", "L C R Mallett"}
    assert found["M Banerjee"].honorific == "Councillor"
    assert [p for p, _ in found["I C Bates"].posts] == ["Executive Councillor for Housing Strategy"]


def test_a_later_short_mention_is_the_same_person(read_minutes):
    facts = read_minutes("Agenda item\n\nRisk\n\nMs Victoria Gent, Director of Children’s Services presented an "
                         "update. Ms Gent explained the plan. Later Ms Gent responded.\n")
    assert names(facts) == ["Victoria Gent"]
    (person,) = facts.people.values()
    assert person.honorific == "Ms"
    assert [p for p, _ in person.posts] == ["Director of Children’s Services"]


def test_post_before_the_name_is_read(read_minutes):
    facts = read_minutes("Agenda item\n\nBudget\n\nThe Chief Executive, David Parr, introduced the budget. "
                         "The Leader thanked the outgoing Corporate Director of Adult Services, Jane Robinson, "
                         "for her work.\n")
    found = people(facts)
    assert [p for p, _ in found["David Parr"].posts] == ["Chief Executive"]
    # how the post was held stays with it; the graph keeps it as the holding's tenure
    assert [p for p, _ in found["Jane Robinson"].posts] == ["outgoing Corporate Director of Adult Services"]


def test_a_post_with_commas_stops_before_the_next_verb(read_minutes):
    facts = read_minutes("Agenda item\n\nUpdate\n\nMs Kate Aldridge, Head of Corporate Delivery, Performance and "
                         "Commissioning, added that funding was needed.\n")
    assert [p for p, _ in people(facts)["Kate Aldridge"].posts] == [
        "Head of Corporate Delivery, Performance and Commissioning"]


def test_a_post_stops_where_the_next_name_begins(read_minutes):
    facts = read_minutes("Agenda item\n\nStatement\n\nThe Chair invited Councillor Paffey, the Cabinet Member for "
                         "Aspiration, Children and Lifelong Learning and Hillary Brooks, Executive Director – "
                         "Children’s Services, to address the panel.\n")
    found = people(facts)
    assert [p for p, _ in found["Paffey"].posts] == ["Cabinet Member for Aspiration, Children and Lifelong Learning"]
    assert [p for p, _ in found["Hillary Brooks"].posts] == ["Executive Director – Children’s Services"]


def test_a_titled_list_gives_every_name_the_title(read_minutes):
    facts = read_minutes("Minutes\n\nPRESENT: Councillors Meadowcroft (Chairman), Baskerville, Mrs Evans and "
                         "Lenton.\n\n1. APOLOGIES FOR ABSENCE\n\nNone.\n")
    found = people(facts)
    assert set(found) == {"Meadowcroft", "Baskerville", "Evans", "Lenton"}
    assert {p.honorific for p in found.values()} == {"Councillor"}
    assert [p for p, _ in found["Meadowcroft"].posts] == ["Chairman"]


def test_ranks_are_titles(read_minutes):
    facts = read_minutes("Agenda item\n\nCommunity safety\n\nChief Inspector Ray Lee and Sir Thomas Windsor "
                         "attended.\n")
    found = people(facts)
    assert found["Ray Lee"].honorific == "Chief Inspector"
    assert found["Thomas Windsor"].honorific == "Sir"


def test_unnamed_office_holders_are_not_people(read_minutes):
    facts = read_minutes("Agenda item\n\nUpdate\n\nThe Chairman thanked the Director of Children’s Services. "
                         "The Committee noted the Local Authority Assessment by the Care Quality Commission.\n")
    assert names(facts) == []


def test_a_name_in_parentheses_with_a_post(read_minutes):
    facts = read_minutes("Agenda item\n\nApologies\n\nApologies for absence were received from Councillor Danny "
                         "Brookes and George Krawiec (Independent Co-optee).\n")
    found = people(facts)
    assert [p for p, _ in found["George Krawiec"].posts] == ["Independent Co-optee"]
    assert {(facts.people[a.person].name, a.event) for a in facts.attendance} == {
        ("Danny Brookes", "apologies"), ("George Krawiec", "apologies")}


def test_surnames_that_are_also_words_are_names_after_a_title(read_minutes):
    facts = read_minutes("Agenda item\n\nUpdate\n\nCouncillor May, Mr Hall and Councillor Young asked questions. "
                         "Mrs Chambers replied.\n")
    assert names(facts) == ["Chambers", "Hall", "May", "Young"]


def test_places_after_a_given_name_are_not_people(read_minutes):
    facts = read_minutes("Agenda item\n\nParks\n\nThe Lee Valley Regional Park Authority and Grant Thornton "
                         "reported. Mark Park Lane was closed.\n")
    assert names(facts) == []


def test_an_election_or_appointment_gives_the_post_and_shows_a_person(read_minutes):
    facts = read_minutes("Agenda item\n\nElections\n\nCouncillor Ann Tulley was elected Chairman of the Board for "
                         "the year ahead.\n\nRESOLVED that Fenwick Orme be appointed Vice-chairman for the year.\n")
    found = people(facts)
    assert set(found) == {"Ann Tulley", "Fenwick Orme"}
    assert [p for p, _ in found["Ann Tulley"].posts] == ["Chairman of the Board"]
    assert [p for p, _ in found["Fenwick Orme"].posts] == ["Vice-chairman"]


def test_a_post_after_a_dash_and_a_finance_service_that_is_not_a_partner(read_minutes):
    facts = read_minutes("Agenda item\n\nAccounts\n\nTo consider the report of the Head of Finance, Procurement & "
                         "Commercial Services.\n\nThe Chair asked Mr Bartram – Head of Corporate Finance to give a "
                         "view. KPMG had finished its work.\n")
    assert [p for p, _ in people(facts)["Bartram"].posts] == ["Head of Corporate Finance"]
    assert [o.name for o in facts.organisations] == ["KPMG"]


def test_a_presenter_who_took_the_board_through_a_report(read_minutes):
    facts = read_minutes("Agenda item\n\nWinter Plan\n\nMs Asha Kemp, Director of Operations, took the Board "
                         "through the winter plan.\n")
    assert [facts.people[r.presenter].name for r in facts.reports] == ["Asha Kemp"]


def test_a_name_after_the_words_that_cannot_be_in_one_and_after_seconded_by(read_minutes):
    assert names_read(read_minutes, "1. Chair\nThanks went to the previous Chairman of this Committee Tom Davies. "
                                    "It was proposed by Cllr Ames and seconded by Seth Wyburn that the item be "
                                    "deferred.\n") == ["Ames", "Seth Wyburn", "Tom Davies"]


def test_a_contact_line_name_stops_before_email(read_minutes):
    facts = read_minutes("Venue: Harbour Hall\nContact: Yasmin Rhodes Email: democratic@example.org\n\n1. Apologies\n"
                         "None.\n")
    assert [p.name for p in facts.people.values()] == ["Yasmin Rhodes"]


def test_short_forms_plural_titles_and_a_middle_initial(read_minutes):
    facts = read_minutes("Officers Present\nClive Hart Pat Wynne Kev Lomas\n\n1. Policing\nSuperintendents R Horan and "
                         "T Bell reported. Councillor Fflur M. Hughes asked a question.\n")
    assert {"Clive Hart", "Pat Wynne", "Kev Lomas", "R Horan", "T Bell", "Fflur M Hughes"} <= set(names(facts))
    assert {p.name: p.honorific for p in facts.people.values()}["R Horan"] == "Superintendent"


def test_a_possessive_after_a_titled_name(read_minutes):
    assert names_read(read_minutes, "Harbour Board - 3 March 2022\n\n1. Parking\nCouncillor Ann Bell’s motion on "
                                    "parking was debated. Mr O’Neill’s survey and Cllr Tom Reed's amendment were "
                                    "considered.\n") == ["Ann Bell", "O’Neill", "Tom Reed"]


def test_a_verb_opening_a_sentence_is_not_a_given_name(read_minutes):
    assert names_read(read_minutes, "Harbour Board - 3 March 2022\n\n4. Waste\nRepresenting Kelby Recycling was "
                                    "its Area Manager, Mr Tom Reed. Following Members' questions the report was "
                                    "noted.\n") == ["Tom Reed"]
