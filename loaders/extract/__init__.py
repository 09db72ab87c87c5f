"""Facts from one document: runs every extractor over its header and agenda items.

Block 0 is the page header (venue, contact, attendance lists); block ``i + 1`` is agenda
item ``i``. Facts refer to items by that item index (``-1`` for the header).
"""

import re
from bisect import bisect_left
from dataclasses import dataclass

from govgraph.loaders.extract.attendance import sentence_events, substitutions
from govgraph.loaders.extract.council import council_clues, is_own_council
from govgraph.loaders.extract.decisions import find_ballots, find_decisions, find_vote
from govgraph.loaders.extract.meeting import find_meeting
from govgraph.loaders.extract.names import Mention, attach_posts, find_mentions
from govgraph.loaders.extract.organisations import find_organisations
from govgraph.loaders.extract.people import resolve_people
from govgraph.loaders.extract.posts import declared_office
from govgraph.loaders.extract.reports import presenters, question_parties
from govgraph.loaders.extract.risks import find_risks
from govgraph.loaders.extract.roster import RosterEntry, read_rosters
from govgraph.loaders.model import (
    Attendance,
    Document,
    Extraction,
    Question,
    Report,
    SourceMeta,
    Vote,
)
from govgraph.loaders.rules import Rules, load_rules
from govgraph.loaders.segment import sentences

_XML_ATTENDANCE = {"present": "present", "in attendance": "present", "attended": "present",
                   "apologies": "apologies", "apologies, sent substitute": "apologies",
                   "absent": "absent", "present as substitute": "substitute",
                   "expected": "expected"}  # listed as expected, and nothing more recorded
_LETTER_HEADING = re.compile(r"^\(?[a-z]\)\s+([A-Z][^.:\n]{3,80})$")
_INTEREST_TITLE = re.compile(r"\binterests?\b", re.I)
_APOLOGIES_TITLE = re.compile(r"\bapolog(?:y|ies)\b", re.I)


def _blocks(doc: Document) -> list[tuple[int, str, str | None]]:
    return [(-1, doc.header, None)] + [(i, item.text, item.title) for i, item in enumerate(doc.items)]


@dataclass
class _Block:
    """The header (index -1) or one agenda item, with the people named in it."""

    index: int
    text: str
    title: str | None
    mentions: list[Mention]
    offset: int = -1


def _place_rosters(text: str, blocks: list[_Block], rules: Rules) -> list[RosterEntry]:
    """Rosters read over the whole text (a label may close the header and its names open
    the first item); names new to the extractors join the block they stand in."""
    cursor = 0
    for block in blocks:
        at = text.find(block.text, cursor) if block.text else -1
        if at >= 0:
            block.offset, cursor = at, at
    placed = sorted(((b.offset + m.start, b.offset + m.end, m) for b in blocks if b.offset >= 0 for m in b.mentions),
                    key=lambda p: (p[0], p[1]))
    rosters = read_rosters(text, placed, rules)
    grown: set[int] = set()
    for entry in rosters:
        mention = entry.mention
        if mention.block is not None:
            continue
        home = next((b for b in reversed(blocks) if 0 <= b.offset <= mention.start), blocks[0])
        mention.block, mention.start, mention.end = home.index, mention.start - home.offset, mention.end - home.offset
        home.mentions.append(mention)
        grown.add(home.index)
    for block in blocks:
        if block.index in grown:
            block.mentions = attach_posts(block.text, block.mentions, rules)
    return rosters


_AGENDA_TEXT = 600  # the most an agenda item's description runs to before its "Minutes:"


def _minutes_part(text: str) -> int:
    """Offset where the minutes start in an item that also carries agenda text."""
    match = re.search(r"^Minutes:\s*$|(?<!\d\. )(?<!\d\) )(?<!\d )\bMinutes:\s", text, re.M)  # not ``3. Minutes:``
    return match.end() if match else 0


def _attendee_mentions(doc: Document, rules: Rules) -> list[tuple[Mention, str | None]]:
    found = []
    for name, role, attendance in doc.attendees:
        mentions = find_mentions(name, -2, rules) or find_mentions(f"Contact: {name}", -2, rules)
        if mentions:
            mention = mentions[0]
            if role:
                mention.posts.append(role)
            found.append((mention, _XML_ATTENDANCE.get(attendance.lower())))
    return found


def extract_document(doc: Document, meta: SourceMeta | None = None,
                     rules: Rules | None = None) -> Extraction:
    """Every fact the extractors find in ``doc``; ``meta`` fills what the page does not state."""
    rules = rules or load_rules()
    given = (meta or SourceMeta()).merged_over(doc.stated)
    body, when = find_meeting(doc.header, doc.text)
    result = Extraction(body=given.body or body, date=given.date or when)
    quotes: dict[int, str] = {}
    blocks = [_Block(index, text, title, find_mentions(text, index, rules)) for index, text, title in _blocks(doc)]
    rosters = _place_rosters(doc.text, blocks, rules)
    all_mentions: list[Mention] = []
    for block in blocks:
        block.mentions.sort(key=lambda m: m.start)
        for sentence in sentences(block.text):
            for m in _within(block.mentions, sentence.start, sentence.start + len(sentence.text)):
                quotes[id(m)] = sentence.text
        all_mentions += block.mentions
    attendees = _attendee_mentions(doc, rules)
    for mention, _ in attendees:
        quotes[id(mention)] = " ".join(p for p in (mention.written, *mention.posts) if p)
    people, key_of = resolve_people(all_mentions + [m for m, _ in attendees], quotes)
    result.people = people
    for mention, event in attendees:
        if event:
            result.attendance.append(Attendance(key_of[id(mention)], event, quotes[id(mention)]))
    for entry in rosters:
        if entry.event:
            result.attendance.append(Attendance(key_of[id(entry.mention)], entry.event, entry.quote))
    for block in blocks:
        _read_block(result, block.index, block.text, block.title, block.mentions, key_of, rules)
    named = {result.body or "", given.council or "", *(p.name for p in result.people.values())}
    result.organisations = find_organisations(doc.text, rules, named)
    clues = council_clues(doc.text, result.body, rules, given.council)
    result.organisations = [o for o in result.organisations if not is_own_council(o.name, clues)]
    for organisation in result.organisations:  # where each is named: the header (-1) or its items
        spellings = [s for s in (organisation.name, organisation.acronym) if s]
        organisation.blocks = {b.index for b in blocks if any(s in b.text for s in spellings)} or {-1}
    labelled = {(key_of[id(entry.mention)], entry.event) for entry in rosters if entry.event}
    result.attendance = _unique_attendance(result.attendance, labelled)
    _stand_ins(result, blocks, key_of, quotes)
    return result


def _stand_ins(result: Extraction, blocks: list[_Block], key_of: dict[int, str], quotes: dict[int, str]) -> None:
    """Who stood in for whom: the substitute's attendance names the member (and a substitute
    recorded nowhere else attended as one)."""
    stood_in: dict[str, tuple[str, str]] = {}
    for block in blocks:
        for substitute, member in substitutions(block.text, block.mentions):
            if key_of[id(substitute)] != key_of[id(member)]:
                stood_in[key_of[id(substitute)]] = (key_of[id(member)], quotes.get(id(substitute), block.text))
    attending = {r.person for r in result.attendance if r.event in ("present", "substitute")}
    for person, (_, quote) in stood_in.items():
        if person not in attending:
            result.attendance.append(Attendance(person, "substitute", quote))
    for record in result.attendance:
        if record.event in ("present", "substitute") and record.person in stood_in:
            record.substitute_for = stood_in[record.person][0]


def _read_block(result: Extraction, index: int, text: str, title: str | None,
                mentions: list[Mention], key_of: dict[int, str], rules: Rules) -> None:
    subject = title or "report"
    minutes_from = _minutes_part(text)
    agenda_text = text[:minutes_from] if minutes_from <= _AGENDA_TEXT else ""  # an item's own agenda words, not
    interest_item = bool(_INTEREST_TITLE.search(title or "") or _INTEREST_TITLE.search(agenda_text))  # other items
    apologies_item = bool(_APOLOGIES_TITLE.search(title or ""))
    welcomed: set[str] = set()  # people the last sentence welcomed to the meeting
    for sentence in sentences(text):
        heading = _LETTER_HEADING.match(sentence.text)
        if heading:
            subject = heading.group(1)
        said = _within(mentions, sentence.start, sentence.start + len(sentence.text))
        found = presenters(sentence.text, sentence.start, said, rules)
        found += [m for m in said if (key_of[id(m)] in welcomed and _explains(text, sentence.start, m))
                  or _officer_explains(text, sentence.start, m, rules)]
        for mention in found:
            key = key_of[id(mention)]
            if not any(r.presenter == key and r.item == index and r.subject == subject
                       for r in result.reports):
                result.reports.append(Report(key, subject, index, sentence.text))
        welcomed = {key_of[id(m)] for m in said if _WELCOMED.search(text, sentence.start, m.start)
                    and not _MEMBER_WELCOMED.search(sentence.text)}
        parties = question_parties(sentence.text, sentence.start, said)
        if parties:
            asker, answerer = (key_of[id(m)] if m else None for m in parties)
            result.questions.append(Question(asker, answerer, subject, index, sentence.text))
        in_minutes = sentence.start + len(sentence.text) > minutes_from
        events = sentence_events(sentence.text, sentence.start, said, interest_item and in_minutes, apologies_item)
        for mention, event in events:
            result.attendance.append(Attendance(key_of[id(mention)], event, sentence.text))
        declaring = [m for m, event in events if event == "declared_interest"]
        if len(declaring) == 1 and (office := declared_office(sentence.text)):
            posts = result.people[key_of[id(declaring[0])]].posts
            if office not in (post for post, _ in posts):
                posts.append((office, sentence.text))
    decisions = find_decisions(text, index, rules)
    vote = find_vote(text)
    named, lines = find_ballots(text, mentions)
    ballots = list(dict.fromkeys((key_of[id(m)], option) for m, option in named))
    if ballots:  # counts from the names where the minutes give none
        vote = vote or Vote(*(sum(o == side for _, o in ballots) or None for side in ("yes", "no", "abstain")),
                            None, lines)
        vote.ballots = ballots
    if decisions and vote:
        decisions[0].vote = vote
    result.decisions += decisions
    if index >= 0:
        find_risks(text, index, title, result.risks)


# ``The Chair welcomed Mr Tom Reed, Head of Waste. Mr Reed explained that ...``: a guest welcomed, who then
# opens the next sentence telling the meeting about the item, presented it
_WELCOMED = re.compile(r"\bwelcomed\b(?:(?!\.\s).)*$")
_EXPLAINS = re.compile(r"\s+(?:then\s+)?(?:explained|outlined|gave|provided|updated|informed|advised|reported|"
                       r"summarised|summarized|talked|spoke|described|set out)\b")
_MEMBER_WELCOMED = re.compile(r"\bfirst meeting\b|\bwelcomed\s+back\b|\bnew\s+(?:member|councillor)s?\b", re.I)
_OPENING = 24  # characters of titles a sentence may open with before its subject


def _explains(text: str, sentence_start: int, mention: Mention) -> bool:
    """Whether ``mention`` opens its sentence and tells the meeting something (``Mr Reed explained``)."""
    return mention.start - sentence_start <= _OPENING and bool(_EXPLAINS.match(text, mention.end))


# ``The Interim Head of Legal Services, Ann Bell, explained that ...``: an officer named with their post,
# telling the meeting about the item
_POST_OPENING = re.compile(r"The\s+(?:[A-Z][\w’'&/-]*|of|for|and|&|the)(?:\s+(?:[A-Z][\w’'&/-]*|of|for|and|&|the)){0,9}"
                           r",\s+$")


def _officer_explains(text: str, sentence_start: int, mention: Mention, rules: Rules) -> bool:
    """Whether ``mention`` follows the post opening its sentence and, after a comma, explains."""
    opening = _POST_OPENING.fullmatch(text, sentence_start, mention.start)
    return (opening is not None and bool(set(opening.group(0).replace(",", " ").split()) & rules.post_words)
            and bool(re.match(r",?" + _EXPLAINS.pattern, text[mention.end:])))


def _within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start) that start in ``[start, end)``: found by bisection, so
    reading a block's sentences stays linear however many people it names."""
    low = bisect_left(mentions, start, key=lambda m: m.start)
    high = bisect_left(mentions, end, key=lambda m: m.start)
    return mentions[low:high]


_AWAY = frozenset({"apologies", "absent"})


def _unique_attendance(records: list[Attendance], labelled: set[tuple[str, str]]) -> list[Attendance]:
    """Each (person, event) once; a person both present and away (apologies, absent) keeps
    what a roster's label says (``APOLOGIES: ... The Clerk was in attendance`` does not make
    the apologies present), and is present where no label decides."""
    events: dict[str, set[str]] = {}
    for record in records:
        events.setdefault(record.person, set()).add(record.event)
    seen, kept = set(), []
    for record in records:
        said = events[record.person]
        if "present" in said and said & _AWAY:
            keep_away = any(p == record.person and e in _AWAY for p, e in labelled)
            if (record.event == "present" and keep_away) or (record.event in _AWAY and not keep_away):
                continue
        if (record.person, record.event) not in seen:
            seen.add((record.person, record.event))
            kept.append(record)
    return kept
