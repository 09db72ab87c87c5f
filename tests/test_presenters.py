"""Who presented: the phrasings minutes use for a report, update or presentation given."""

import pytest


def presenters(read_minutes, text: str) -> list[str]:
    facts = read_minutes(f"6. Quarterly Update\n{text}\n")
    return sorted({facts.people[r.presenter].name for r in facts.reports})


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chair welcomed Dana Frost, who gave members an outline of the harbour works.", ["Dana Frost"]),
    ("The panel heard from Inspector Marsh regarding anti-social behaviour in the town centre.", ["Marsh"]),
    ("Cllr Pike addressed the panel and presented the figures.", ["Pike"]),
    ("Rita Lowe was in attendance on behalf of the external auditor to update the Committee.", ["Rita Lowe"]),
    ("He introduced Tom Reed, who managed the fraud team, to deliver the presentation.", ["Tom Reed"]),
    ("The report was presented by A Ross, Head of Finance, and B Lowe, Performance Analyst.", ["A Ross", "B Lowe"]),
    ("F Yeo presented the overview of the strategic risk register.", ["F Yeo"]),
    ("The Chairman welcomed Olu Adebayo from the Harbour Trust, who was in attendance to talk about the "
     "dredging plans.", ["Olu Adebayo"]),
    ("Sally Hendy, Head of Audit and Risk Management attended the Board and presented the risk update.",
     ["Sally Hendy"]),
    ("The Chair welcomed Mr Tom Reed, Head of Waste Services, Kelby County Council. Mr Reed explained that the "
     "sites had moved to reduce costs.", ["Tom Reed"]),
    ("The Chair welcomed Councillor Ann Bell to her first meeting. Councillor Bell explained her interest.", []),
    ("b) Paragraph 4: Dana Frost reported that the harbour survey had been completed.", ["Dana Frost"]),
    ("The Interim Head of Legal Services, Dana Frost, explained the options for the pier lease.",
     ["Dana Frost"]),
    ("The Chair, Councillor Tom Reed, noted the report.", []),
    ("There was submitted a report by the Chief Internal Auditor, Paul Moss, which set out progress.",
     ["Paul Moss"]),
    ("The Chair welcomed Councillor Voss, who introduced himself to the Board.", []),
    ("The Group Manager for Training and Asset Resilience presented the report on hydrant checks.", []),
    ("The Chair welcomed Mr Tom Reed. The Committee noted the figures. Mr Reed explained the delay.", []),
    ("Amy Lowe and Ben Marsh from the Environment Agency’s Flood Team for the Kelby Estuary (covering Kelby and "
     "Moorton) gave a presentation on flood defences.", ["Amy Lowe", "Ben Marsh"]),
])
def test_a_presenter_in_each_phrasing(read_minutes, text, expected):
    assert presenters(read_minutes, text) == expected


def test_someone_welcomed_or_answering_is_not_a_presenter(read_minutes):
    assert presenters(read_minutes, "The Chair welcomed Councillor Rudd to his first meeting. In answer to a "
                                    "question, Ms Tate confirmed the figures.") == []
