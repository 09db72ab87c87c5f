"""Plain data passed between the loader stages: documents, agenda items and facts.

Every fact carries ``quote``: the verbatim text of the document it was read from.
"""

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SourceMeta:
    """What a manifest or command-line flags say about a source, where the page does not."""

    council: str | None = None
    body: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    attendees: tuple[tuple[str, str, str], ...] = ()  # (name, role, attendance) from a companion page

    def merged_over(self, other: "SourceMeta") -> "SourceMeta":
        """These values where set, else ``other``'s."""
        return SourceMeta(
            council=self.council or other.council,
            body=self.body or other.body,
            date=self.date or other.date,
            url=self.url or other.url,
            title=self.title or other.title,
            attendees=self.attendees or other.attendees,
        )


@dataclass
class AgendaItem:
    """One agenda item: its number, title and the text of its minutes."""

    number: str | None
    title: str | None
    text: str


@dataclass
class Document:
    """A source read into text blocks, with what its page states about the meeting."""

    path: Path
    key: str
    media_type: str
    sha256: str
    text: str
    header: str
    items: list[AgendaItem]
    stated: SourceMeta = field(default_factory=SourceMeta)
    attendees: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Person:
    """One real individual named in a document (all their mentions resolved)."""

    key: str
    name: str
    honorific: str | None
    given: str | None
    family: str
    quote: str
    posts: list[tuple[str, str]] = field(default_factory=list)
    items: set[int] = field(default_factory=set)


@dataclass
class Organisation:
    """A partner or external organisation, with its acronym where known."""

    name: str
    acronym: str | None
    quote: str
    blocks: set[int] = field(default_factory=set)


@dataclass
class Report:
    """A person presenting a report or update, on an agenda item."""

    presenter: str
    subject: str
    item: int
    quote: str


@dataclass
class Question:
    """A question asked at the meeting and who answered it."""

    asker: str | None
    answerer: str | None
    subject: str
    item: int
    quote: str


@dataclass
class RiskScore:
    """A risk score reported: kind (gross, net, target ...), value and previous value."""

    kind: str | None
    value: int | None
    previous: int | None
    quote: str


@dataclass
class Risk:
    """A named risk, its parent risk and the scores reported for it."""

    name: str
    parent: str | None
    item: int
    quote: str
    scores: list[RiskScore] = field(default_factory=list)
    owner: str | None = None


@dataclass
class Vote:
    """Votes recorded on a decision."""

    for_: int | None
    against: int | None
    abstained: int | None
    result: str | None
    quote: str
    #: each named member's vote where the minutes record them: (person key, yes | no | abstain)
    ballots: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Decision:
    """A resolution or recorded decision (one numbered part)."""

    text: str
    kind: str
    part: str | None
    item: int
    quote: str
    vote: Vote | None = None


@dataclass
class Attendance:
    """A person's attendance event at the meeting."""

    person: str
    event: str
    quote: str
    detail: str | None = None
    #: the member this person stood in for (a person key), where the minutes say
    substitute_for: str | None = None


@dataclass
class Extraction:
    """Everything read from one document."""

    body: str | None
    date: str | None
    people: dict[str, Person] = field(default_factory=dict)
    organisations: list[Organisation] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
