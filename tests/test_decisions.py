"""Decisions in the phrasings minutes record them with, labelled or not."""

import pytest


def decided(read_minutes, text: str) -> list[str]:
    return [d.text for d in read_minutes(text).decisions]


@pytest.mark.parametrize("text", [
    "UNANIMOUSLY RESOLVED that the grant to the harbour trust be approved.",
    "Following debate it was RESOLVED that the harbour grant be approved.",
    "That the harbour grant be approved.",
    "The Panel APPROVED the harbour grant for 2024/25.",
    "That Cabinet endorses the harbour grant for submission to Council.",
    "The committee approved the harbour grant for 2024/25.",
    "The minute of the meeting of the Harbour Board dated 4 May was submitted and approved.",
])
def test_a_resolution_in_any_of_its_phrasings(read_minutes, text):
    assert len(decided(read_minutes, f"5. Harbour Grant\n{text}\n")) == 1


def test_an_election_and_minutes_agreed_as_an_accurate_record(read_minutes):
    found = decided(read_minutes, "1. Election of Chair\nCllr Kim Vale was elected Chair for the year.\n"
                                  "2. Minutes\nThe minutes of the meeting held on 3 May were agreed as an accurate "
                                  "record.\n")
    assert found == ["Cllr Kim Vale was elected Chair for the year.",
                     "The minutes of the meeting held on 3 May were agreed as an accurate record."]


def test_lettered_parts_inside_one_sentence_are_separate_decisions(read_minutes):
    found = decided(read_minutes, "4. Budget\nRESOLVED that (a) the outturn be noted; (b) the reserves policy be "
                                  "approved; and (c) the capital programme be deferred.\n")
    assert found == ["That the outturn be noted", "That the reserves policy be approved",
                     "That the capital programme be deferred."]


def test_a_proposal_seconded_and_agreed_is_the_decision(read_minutes):
    found = decided(read_minutes, "3. Chairman\nNia Pryce proposed that Owen Tudor continue as Chairman. "
                                  "This was seconded by Ben Ash and unanimously agreed.\n")
    assert found == ["Nia Pryce proposed that Owen Tudor continue as Chairman."]


@pytest.mark.parametrize("text", [
    "It was noted that the training had taken place.",
    "The Committee noted that the score had fallen and asked why.",
    "Cllr Ames proposed Cllr Bray to be elected Chair.",
    "Decision:\nApologies were received from Councillor Dyer.",
])
def test_observations_proposals_and_apologies_are_not_decisions(read_minutes, text):
    assert decided(read_minutes, f"6. Item\n{text}\n") == []


def test_numbered_parts_after_a_label_inside_a_sentence_are_separate_decisions(read_minutes):
    assert decided(read_minutes, "5. Appointments\nIt was moved by Cllr Lowe. Resolved: 1) That Cllr Mack be "
                                 "appointed Chair of the Board 2) That Cllr Nash be appointed Vice Chair 3) That the "
                                 "dates be agreed.\n") == ["That Cllr Mack be appointed Chair of the Board",
                                                          "That Cllr Nash be appointed Vice Chair",
                                                          "That the dates be agreed."]


def test_parts_wrapped_over_lines_and_a_resolution_on_the_line_after_its_label(read_minutes):
    assert decided(read_minutes, "7. Ferry Report\nDecision:\n- That the report be\nnoted.\n- That a letter of\n"
                                 "thanks be sent to the crews of Kelby, Marsh and\nEastby ferries.\n\n8. Harbour Plan\n"
                                 "Following discussions it was RESOLVED:\nThat the harbour plan be approved.\n") == [
        "That the report be noted.", "That a letter of thanks be sent to the crews of Kelby, Marsh and Eastby ferries.",
        "That the harbour plan be approved."]


def test_a_recorded_vote_names_how_each_member_voted(read_minutes):
    facts = read_minutes("Audit Committee - 17 April 2024\n\nPresent: Councillors Marsh (Chair), Neal, Orme and Pike."
                         "\n\n1. Review\nRESOLVED: That the review be noted.\nFor: Councillors Marsh and Neal\n"
                         "AGAINST the motion – Councillor Orme\nAbstained: Councillor Pike\n")
    vote = facts.decisions[0].vote
    assert (vote.for_, vote.against, vote.abstained) == (2, 1, 1)
    assert sorted(vote.ballots) == [("marsh", "yes"), ("neal", "yes"), ("orme", "no"), ("pike", "abstain")]


def test_bare_resolutions_with_any_participle_and_a_thing_recorded_as_noted(read_minutes):
    texts = [d.text for d in read_minutes(
        "3. Outside Bodies\nThat all members appointed to outside bodies be encouraged to report back.\n"
        "That there should be no meetings in the election period.\nThe Action Log was noted.\n"
        "Members heard:\nThat any changes would be picked up in the next report.\n").decisions]
    assert texts == ["That all members appointed to outside bodies be encouraged to report back.",
                     "That there should be no meetings in the election period.", "The Action Log was noted."]


def test_a_label_naming_who_it_recommends_to_and_a_label_apart_from_its_resolution(read_minutes):
    assert decided(read_minutes, "4. Harbour Grant\nRECOMMENDED TO FULL COUNCIL: That the harbour grant be "
                                 "approved.\n\n5. Harbour Charges\nRESOLVED that\n\nthe mooring charges be "
                                 "reviewed.\n") == ["That the harbour grant be approved.",
                                                    "That the mooring charges be reviewed."]


def test_a_numbered_record_of_what_was_agreed_keeps_its_own_words(read_minutes):
    assert decided(read_minutes, "4. Moorings\n(1)  The new mooring tariff was agreed, subject to these "
                                 "changes:\nWinter rates frozen\n") == [
        "The new mooring tariff was agreed, subject to these changes:"]


def test_a_proposal_set_out_in_full_then_agreed_in_a_sentence_of_its_own(read_minutes):
    assert decided(read_minutes, "5. Highways\nProposed Cllr White, seconded Cllr Smith, that the Clerk writes to the "
                                 "county council. Agreed.\n\n6. Hall\nCllr Moss proposed that the hall be painted. "
                                 "Members discussed the cost.\n") == [
        "Proposed Cllr White, seconded Cllr Smith, that the Clerk writes to the county council. Agreed."]
