"""A generated corpus of ModernGov-style meeting minutes, for benchmarks.

Deterministic (seeded): the same arguments give the same files. Each meeting page has
ten agenda items drawn from templates written in the forms real minutes use, and is a
meeting of its own (one a day), as a council's collection of minutes pages is.
"""

import random
from datetime import date, timedelta
from pathlib import Path

GIVEN = ["Alan", "Beth", "Carl", "Diane", "Edward", "Fiona", "Gary", "Helen", "Ian", "Julie", "Kevin",
         "Laura", "Mark", "Nicola", "Owen", "Paula", "Robert", "Sarah", "Trevor", "Vicky"]
FAMILY = ["Adams", "Baker", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Irving", "Jones",
          "King", "Lewis", "Morgan", "Norris", "Owens", "Price", "Quinn", "Roberts", "Shaw", "Turner"]
POSTS = ["Director of Finance", "Head of Internal Audit", "Chief Executive", "Director of Children's Services",
         "Assistant Director of Adult Social Care", "Head of Planning"]
BODIES = ["Audit Committee", "Cabinet", "Health Scrutiny Panel", "Planning Committee"]
ITEMS = [
    "{title}\n\nMinutes:\n\n{person}, {post}, presented the report on {topic}. Councillor {family} asked about the "
    "timetable and {short} confirmed it was on track.\n\nRESOLVED: That the report be noted.",
    "{title}\n\nMinutes:\n\nApologies for absence were received from Councillor {person2} and Councillor {person3}.",
    "{title}\n\nMinutes:\n\nThe Committee considered the Strategic Risk “{topic}” which included the sub-risks "
    "(a) Failure of {topic} Delivery and (b) Loss of {topic} Funding. The overall net risk score had fallen to "
    "{low} from {high}.\n\nRESOLVED: That the risk register be approved.",
    "{title}\n\nMinutes:\n\nThe Care Quality Commission (CQC) and Ofsted had inspected the service. {person}, "
    "{post}, introduced the update.\n\nRESOLVED:\n\n1. That the update be noted.\n\n2. That a further report be "
    "deferred to the next meeting.",
    "{title}\n\nMinutes:\n\nCouncillor {person2} declared a personal interest as a governor of a local school. "
    "[Councillor {person3} left the meeting during this item.]",
]
FIRST_DAY = date(2000, 1, 3)
TOPICS = ["Housing", "Transport", "Libraries", "Waste", "Leisure", "Education", "Highways", "Parks"]


def meeting_text(rng: random.Random, number: int, items: int) -> str:
    """One meeting page with ``items`` agenda items."""
    body = rng.choice(BODIES)
    held = FIRST_DAY + timedelta(days=number)  # one page per meeting: no two share a body and a day
    lines = [f"Agenda and minutes\n\n{body} - {held:%A}, {held.day}th {held:%B}, {held.year} 10.00 am\n\n"
             "Items\nNo. Item\n"]
    for index in range(items):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        values = {
            "title": f"{rng.choice(TOPICS)} update {index + 1}",
            "person": f"{given} {family}", "short": f"Mr {family}", "family": rng.choice(FAMILY),
            "post": rng.choice(POSTS), "topic": rng.choice(TOPICS),
            "person2": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            "person3": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            "low": rng.randint(4, 12), "high": rng.randint(13, 25),
        }
        lines.append(f"{index + 1}.\n\n" + rng.choice(ITEMS).format(**values))
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, items: int, per_meeting: int = 10, seed: int = 7) -> list[Path]:
    """Write ``items`` agenda items as meeting pages of ``per_meeting`` items; return the files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(max(1, items // per_meeting)):
        path = folder / f"meeting-{number:05d}.txt"
        path.write_text(meeting_text(rng, number, per_meeting), encoding="utf-8")
        paths.append(path)
    return paths
