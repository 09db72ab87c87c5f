"""Resolutions and recorded decisions, with their kind and any votes.

A decision opens with a marker (``RESOLVED:``, ``Resolved that``, ``AGREED``, a
``Decision`` heading) followed by its text on the same line or the next paragraphs;
numbered or lettered parts (``1.``, ``(a)``, ``-``) become separate decisions. Sentences
that record a decision in prose count too (``The Committee resolved to ...``, ``The
Minutes ... were agreed as a correct record``).
"""

import re
from functools import cache

from govgraph.loaders.extract.names import Mention
from govgraph.loaders.model import Decision, Vote
from govgraph.loaders.rules import Rules
from govgraph.loaders.segment import paragraphs, sentences

_PART = re.compile(r"^\s*(?:\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]|[-•·●▪*–])\s+(.+)$")
_BODY = (r"(?:(?:The|the) (?:[A-Z][\w-]* )*(?:Committee|Panel|Board|Cabinet|Council|Sub-Committee|Subgroup|Authority|"
         r"Forum|Executive|meeting|Members|Group|committee|panel|board|cabinet|sub-committee)|Members|members)")
_DIGIT = re.compile(r"\d")
# a sentence ending on its resolution's label, the resolution in the next: ``it was RESOLVED:``
_NUMBERED_OPENING = re.compile(r"^\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?=[A-Z])")
_LABEL_ENDING = re.compile(r"(?i)\b(?:resolved|agreed|decided|approved|recommended)(?:\s+(?:that|to))?\s*[:\-–—]\s*$")
_PROSE = [
    # the body acting: ``The Committee resolved to``, ``The Committee NOTED the report``, ``members noted the report``
    re.compile(rf"(?:^|[.;:]\s+|\b[Ff]ollowing \w+,\s+){_BODY} (?:(?:unanimously|then|therefore|also) )?"
               r"(?:resolved|agreed|decided|approved|endorsed|authorised|authorized|appointed|accepted|"
               r"confirmed|recommended|RESOLVED|AGREED|DECIDED|APPROVED|NOTED|"
               r"noted (?:the )?(?:contents?|report|update|presentation|information|minutes|annual|position|"
               r"progress))\b"),
    # minutes approved: ``The Minutes of the meeting held on ... were agreed as a correct record``
    re.compile(r"\b(?:[Mm]inutes?|[Mm]inute of (?:the )?meeting)\b[^.]{0,300}?\b(?:was|were|be) (?:\w+ (?:and )?)?"
               r"(?:agreed|approved|confirmed|signed|accepted|noted|held as read|taken as read|adopted)\b"),
    # ``It was RESOLVED that``, ``It was agreed by all present to``
    re.compile(r"\b[Ii]t was (?:unanimously |further |therefore )?"
               r"(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\b"),
    # elections and appointments: ``X was unanimously elected Chair``, ``accepted the position as Vice Chair``
    re.compile(r"^(?!.*\b(?:proposed|nominated|moved)\b(?!.*\b(?:agreed|carried)\b))"
               r".*(?:\b(?:was|were|be|is) (?:unanimously |duly )?(?:re-?)?(?:elected|appointed)\b(?! by)"
               r"|\baccepted the position\b|\btook the [Cc]hair\b)"),
    # a resolution printed without its label: ``That the report be noted.``, ``That there should be no
    # meetings ...``, ``That all members be encouraged to ...`` (``be`` and a past participle)
    re.compile(r"^\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})?[.)]?\s*That\b"
               r"(?:(?!\b(?:would|could|had|has|have|will|might|may|was|were)\b).){0,600}?"
               r"\b(?:be|is|are|should be|shall be) "
               r"(?:\w+ )?(?:\w{3,}ed|made|sent|held|given|taken|set|kept|shown|written|drawn)\b"
               r"|^\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})?[.)]?\s*That there (?:should|shall|will) be\b"),
    # a short sentence recording what was decided about a thing: ``The Action Log was noted.``
    re.compile(r"^(?:\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?The [A-Za-z][^.;:]{2,80}? (?:was|were) "
               r"(?:duly |unanimously |then )?(?:noted|agreed|approved|"
               r"adopted|endorsed|accepted|confirmed|ratified)\b(?:\.|,\s+subject to\b|\s*$)"),
    # a resolution in the present tense: ``That Cabinet endorses the statement``
    re.compile(r"^\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})?[.)]?\s*That (?:the )?(?:[A-Z][\w-]* ){0,4}?"
               r"(?:Cabinet|Council|Committee|Board|Panel|Executive|Authority|Sub-Committee) "
               r"(?:notes|approves|agrees|endorses|adopts|accepts|supports|recommends|requests|delegates|resolves)\b"),
    # a vote on an amendment: ``the amendment fell by the vote being 13 For, 23 Against``
    re.compile(r"\bamendments? (?:was |were )?(?:fell|carried|lost|defeated)\b"),
]
# statements that a decision label or marker may stand before but that decide nothing
_NOT_DECIDED = re.compile(r"(?i)^(?:apolog|there (?:were|was) no\b|no (?:apologies|declarations|interests)\b|none\b|"
                          r"the purpose of this item\b|declarations? of interest)")
# ``X proposed that ...`` then ``This was seconded by Y and unanimously agreed.``
_PROPOSED = re.compile(r"\b(?:proposed|nominated|moved)\b")
_SECONDED = re.compile(r"\bseconded\b.*\b(?:agreed|carried|approved)\b")
# a proposal set out in full, then its assent as a sentence of its own
_PROPOSED_THAT = re.compile(r"\b[Pp]roposed\b[^.]{0,120}?\bthat\b")
_ASSENT = re.compile(r"(?i)^(?:agreed|carried|approved|resolved|all (?:in favour|agreed))\b")
# a line that opens something else: a numbered heading or a label
_HEADING_LIKE = re.compile(r"^\s*(?:\d{1,3}[.)]?\s+[A-Z]|[A-Z][\w ]{0,40}:\s*$)")
# a part inside one paragraph: ``(a)``, ``(ii)``, ``(3)``, or ``2)`` before ``That``
_INLINE_PART = re.compile(r"(?:^|(?<=[\s:;,]))(?:\((?=(?:[a-h]|[ivx]{1,4}|\d{1,2})\))|"
                          r"(?=(?:[a-h]|\d{1,2})\)\s+[Tt]hat\b))([a-h]|[ivx]{1,4}|\d{1,2})\)\s+")
# a resolution label opening a sentence the prose patterns found: ``Resolved: 1) That ...``
_LABEL_OPENING = re.compile(r"^.*?\b(?:RESOLVED|Resolved|AGREED|Agreed)\s*[:\-–—]\s*(?=\(?\w{1,4}\)\s)")
_MIN_WORDS = 3


@cache
def _marker(rules: Rules) -> re.Pattern:
    markers = "|".join(re.escape(m) for m in rules.decision_markers)
    qualifier = r"(?:(?:UNANIMOUSLY|Unanimously|FURTHER|Further|AND|And)\s+)?"
    addressee = r"(?:\s+TO\s+(?:THE\s+)?[A-Z][A-Z&]*(?:\s+[A-Z][A-Z&]*){0,4}(?=\s*:))?"  # ``RECOMMENDED TO CABINET:``
    return re.compile(rf"^\s*{qualifier}(?:{markers}){addressee}(?:\s*\([^)\n]{{1,40}}\))?"
                      rf"(?:\s*[:.\-–—]+\s*|\s+(?=(?:that|That|to|To|THAT)\b)|\s*$)(.*)$")


def decision_kind(text: str, rules: Rules) -> str:
    """noted, approved, agreed, deferred, rejected ... from the first telling verb."""
    lowered = text.lower()
    best: tuple[int, str] | None = None
    for kind, pattern in _kind_patterns(rules):
        match = pattern.search(lowered)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind)
    return best[1] if best else "resolved"


@cache
def _kind_patterns(rules: Rules) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((kind, re.compile(rf"\b(?:{'|'.join(re.escape(v) for v in verbs)})s?\b"))
                 for kind, verbs in rules.decision_kinds)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def _collect(paras: list[str], index: int, inline: str) -> tuple[list[tuple[str | None, str]], int]:
    """Parts of a resolution opening at paragraph ``index``; returns parts and the next index."""
    lead = inline.strip()
    parts: list[tuple[str | None, str]] = []
    cursor = index + 1
    if re.fullmatch(r"(?i)that", lead) and cursor < len(paras) and not _PART.match(paras[cursor]):
        lead = f"That {paras[cursor]}"  # ``RESOLVED that`` and the resolution in the next paragraph
        cursor += 1
    if not lead and cursor < len(paras) and not _PART.match(paras[cursor]):
        lead = paras[cursor]
        cursor += 1
    if not lead or lead.endswith(":"):
        while cursor < len(paras) and (match := _PART.match(paras[cursor])):
            text = match.group(2)
            cursor += 1
            while (cursor < len(paras) and not re.search(r"[.;:!?]$", text) and not _PART.match(paras[cursor])
                   and not _HEADING_LIKE.match(paras[cursor])):  # a part wrapped over lines
                text = f"{text} {paras[cursor]}"
                cursor += 1
            parts.append((match.group(1), text))
    if not parts and (inline := _inline_parts(lead)):  # ``that (a) ...; (b) ...``
        opening, parts = inline
        lead = opening if opening.rstrip(":").lower() not in ("that", "") else "That"
    if len(parts) == 1:
        lead = "That" if re.fullmatch(r"(?i)that:?", lead) else lead
        return [(None, f"{lead} {parts[0][1]}".strip())], cursor
    if re.fullmatch(r"(?i)that:?", lead):
        lead = "That"
    if parts:
        return [(number, f"{lead} {text}".strip() if lead else text) for number, text in parts], cursor
    return ([(None, lead)] if lead else []), cursor


def _inline_parts(text: str) -> tuple[str, list[tuple[str | None, str]]] | None:
    """(the words before the first part, the parts) of a paragraph holding two or more
    numbered or lettered parts, else None."""
    pieces = _INLINE_PART.split(text)
    if len(pieces) < 5:
        return None
    rest = pieces[1:]
    parts = [(rest[i], rest[i + 1].strip().removesuffix(" and").strip(" ;,")) for i in range(0, len(rest) - 1, 2)]
    return pieces[0].strip(), parts


def find_decisions(text: str, item: int, rules: Rules) -> list[Decision]:
    """Decisions recorded in one agenda item's text."""
    paras = paragraphs(text)
    marker = _marker(rules)
    found: list[Decision] = []
    index = 0
    while index < len(paras):
        match = marker.match(paras[index])
        if not match or (not match.group(1).strip() and index + 1 < len(paras) and marker.match(paras[index + 1])):
            index += 1
            continue
        parts, next_index = _collect(paras, index, match.group(1))
        for number, part in parts:
            found.append(_decision(part, number, item, paras[index], rules))
        index = max(next_index, index + 1)
    said = sentences(text)
    for position, sentence in enumerate(said):
        if any(p.search(sentence.text) for p in _PROSE):
            if _LABEL_ENDING.search(sentence.text) and position + 1 < len(said):
                sentence = said[position + 1]  # ``it was RESOLVED:`` and the resolution on the next line
            labelled = _LABEL_OPENING.match(sentence.text)
            inline = _inline_parts(sentence.text[labelled.end():]) if labelled else None
            numbered = _NUMBERED_OPENING.match(sentence.text)  # ``(3) That ...``: part 3
            whole = [(numbered.group(1), sentence.text[numbered.end():]) if numbered else (None, sentence.text)]
            for number, part in inline[1] if inline else whole:
                found.append(_decision(part, number, item, sentence.text, rules))
        elif _SECONDED.search(sentence.text) and position and _PROPOSED.search(said[position - 1].text):
            found.append(_decision(said[position - 1].text, None, item,
                                   f"{said[position - 1].text} {sentence.text}", rules))
        elif (_PROPOSED_THAT.search(sentence.text) and position + 1 < len(said)
              and _ASSENT.match(said[position + 1].text)):  # ``Proposed A, seconded B, that ... Agreed.``
            agreed = f"{sentence.text} {said[position + 1].text}"
            found.append(_decision(agreed, None, item, agreed, rules))
    return _unique([d for d in found if len(d.text.split()) >= _MIN_WORDS and not _NOT_DECIDED.match(d.text)])


def _decision(text: str, number: str | None, item: int, quote_start: str, rules: Rules) -> Decision:
    cleaned = _clean(text)
    opening = re.sub(r"\s+", " ", quote_start).strip()
    quote = opening if text.strip() in opening else f"{opening} {text.strip()}"
    return Decision(text=cleaned, kind=decision_kind(cleaned, rules), part=number, item=item,
                    quote=quote)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _unique(decisions: list[Decision]) -> list[Decision]:
    kept: list[Decision] = []
    for decision in decisions:
        key = _norm(decision.text)
        if any(key in _norm(k.text) or _norm(k.text) in key for k in kept):
            continue
        kept.append(decision)
    return kept


_VOTE_PATTERNS = {
    "for": [r"\bFor\s*[:\-–]\s*(\d+)", r"\bIn favour\b[^.\n]{0,120}?(\d+)\s*votes?",
            r"\b(\d+)\s*(?:votes?\s*)?(?:for|in favour)\b", r"\bby (\d+) votes? to \d+"],
    "against": [r"\bAgainst\s*[:\-–]\s*(\d+)", r"\b(\d+)\s*(?:votes?\s*)?against\b",
                r"\bby \d+ votes? to (\d+)"],
    "abstained": [r"\bAbstentions?\s*[:\-–]\s*(\d+)", r"\bAbstained\s*[:\-–]\s*(\d+)", r"\b(\d+)\s*abstentions?"],
}
_RESULT = re.compile(r"\b(carried|lost|defeated|was not carried)\b", re.I)


# a recorded vote naming the members on each side: ``For: Councillors Ames and Bray``,
# ``AGAINST the motion – Councillor Dunn``, ``Abstained: Cllr Eve``
_NAMED_SIDE = re.compile(r"(?im)^[ \t]*(?P<side>for|against|abstain(?:ed|ing)?|abstentions?|in favour)"
                         r"(?:[ \t]+the[ \t]+(?:motion|amendment|recommendations?))?[ \t]*(?:\(\d+\))?"
                         r"[ \t]*[:\-–][ \t]*(?P<names>\D[^\n]*)$")
_OPTION = {"for": "yes", "in favour": "yes", "against": "no"}


def find_ballots(text: str, mentions: list[Mention]) -> tuple[list[tuple[Mention, str]], str]:
    """(mention, yes | no | abstain) for each member a recorded vote names, from ``mentions``
    (the people found in ``text``), and the lines that record them."""
    ballots, lines = [], []
    for line in _NAMED_SIDE.finditer(text):
        option = _OPTION.get(line.group("side").lower(), "abstain")
        start, end = line.start("names"), line.end("names")
        named = [(m, option) for m in mentions if start <= m.start and m.end <= end]
        if named:
            ballots += named
            lines.append(line.group(0).strip())
    return ballots, "; ".join(lines)


def find_vote(text: str) -> Vote | None:
    """Votes recorded in an item's text (for, against, abstained, carried/lost)."""
    if not _DIGIT.search(text):
        return None
    counts: dict[str, int | None] = {}
    quotes = []
    for side, patterns in _VOTE_PATTERNS.items():
        counts[side] = None
        for pattern in patterns:
            match = re.search(pattern, text, re.I)
            if match:
                counts[side] = int(match.group(1))
                quotes.append(match.group(0))
                break
    if all(v is None for v in counts.values()):
        return None
    first = min(text.find(q) for q in quotes)
    result = _RESULT.search(text, first, first + 300)
    outcome = None
    if result:
        outcome = "fail" if result.group(1).lower() in ("lost", "defeated", "was not carried") else "pass"
    return Vote(counts["for"], counts["against"], counts["abstained"], outcome, "; ".join(quotes))
