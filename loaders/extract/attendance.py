"""Attendance: present, apologies, absent, joined, left, substitutes and declared interests.

Labelled lists (``PRESENT:``, ``Officers in attendance``) are read by
:mod:`~govgraph.loaders.extract.roster`; here attendance is read from sentences about
apologies, arrivals and departures (``[Ms Gent, Mr Coyle and Ms Aldridge left the meeting
following this item]``), from ``In the absence of Councillor X``, and
from declarations of interest (a sentence saying so, or the subject of a sentence in an
item about interests).
"""

import re
from itertools import pairwise

from govgraph.loaders.extract.names import Mention
from govgraph.loaders.extract.roster import SECTION_LABEL

_LEFT = (r"\b(?:left|withdrew from|exited|departed) the (?:meeting|room|chamber)\b"
         r"|\bleft (?:at \d|during |before |after |for )")
_JOINED = (r"\b(?:joined|entered|arrived at) the (?:meeting|room|chamber)\b|\barrived\b"
           r"|\b(?:would|will) be (?:arriving )?late\b")  # came after the start
_SUBSTITUTE = (r"\b(?:substituted|replaced|represented) by\b|\bsubstitut(?:e|ed|ing)\b"
               r"|\bas (?:an?|his|her|their) alternate\b"
               r"|\battended in (?:his|her|their) (?:absence|place|stead)\b"
               r"|\battending on behalf of\b|\bdeputi[sz]ing for\b")
_DECLARED = r"\bdeclared?\b[^.]*\binterests?\b|\binterests?\b[^.]*\bdeclared\b"
_SENTENCE_EVENTS = [
    ("apologies", re.compile(r"(?<![A-Za-z])apolog(?:y|ies|ised)\b", re.I), "after"),  # also ``9Apologies``
    ("left", re.compile(_LEFT, re.I), "before"),
    ("joined", re.compile(_JOINED, re.I), "before"),
    ("absent", re.compile(r"\b(?:was|were) absent\b", re.I), "before"),
    ("substitute", re.compile(_SUBSTITUTE, re.I), "nearest"),
    ("present", re.compile(r"\b(?:was|were) (?:also )?(?:in attendance|present)\b|\balso attended\b", re.I),
     "before"),
    ("declared_interest", re.compile(_DECLARED, re.I), "before"),
]
_NONE = re.compile(r"\b(?:no|none|nil)\b[^.]{0,40}\b(?:interests?|declared|received|apologies)\b|\bNone\b", re.I)


# who stood in for whom: ``A (substitute for B)``, ``A substituting for B``, ``A in place of B``,
# ``A deputising for B`` (the substitute first), ``B was substituted by A``, ``B replaced by A`` (second)
_STANDS_IN = re.compile(r"\s*[(,]?\s*(?:(?:attended|attending|sat|present)\s+)?(?:as\s+(?:an?\s+)?)?"
                        r"(?:substitute\s+for|substituting\s+for|in\s+place\s+of|deputi[sz]ing\s+for|"
                        r"in\s+substitution\s+for)\s+(?:(?:the\s+)?[\w-]+\s+)?$", re.I)
_STOOD_IN_BY = re.compile(r"\s*[(,]?\s*(?:(?:was|were|is)\s+)?(?:substituted|replaced)\s+by\s+"
                          r"(?:(?:the\s+)?[\w-]+\s+)?$", re.I)


def substitutions(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(substitute, member stood in for) for each pair of adjacent names that ``text`` joins by
    'substitute for', 'in place of', 'substituted by' and the like; ``mentions`` in order."""
    pairs = []
    for first, second in pairwise(mentions):
        between = text[first.end : second.start]
        if len(between) > 60:
            continue
        if _STANDS_IN.fullmatch(between):
            pairs.append((first, second))
        elif _STOOD_IN_BY.fullmatch(between):
            pairs.append((second, first))
    return pairs


def _in_span(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def _named_after(pattern: re.Pattern, sentence: str, offset: int, inside: list[Mention]) -> list[Mention]:
    """People named after each match of ``pattern``, up to the next section label in the
    sentence (``Apologies: X Declarations of Interest: Y`` gives X); all the sentence's
    people when none stands after a match."""
    chosen: list[Mention] = []
    for match in pattern.finditer(sentence):
        label = SECTION_LABEL.search(sentence, match.end())
        limit = offset + (label.start(1) if label else len(sentence))
        chosen += [m for m in inside if offset + match.start() < m.start < limit and m not in chosen]
    return chosen or inside


# in an item about apologies, a sentence that says from whom without the word:
# ``These were received from Councillors A and B``
_RECEIVED_FROM = re.compile(r"\b(?:received|submitted|tendered|given|sent|noted)\s+(?:from|by|on\s+behalf\s+of)\s",
                            re.I)


_LIST_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s+)?")


def _listed_together(sentence: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """The first of ``mentions`` and those listed with it (``Councillors Ann Bell, Tom Roe
    and Rita Lowe declared``): each next one parted from it by a comma or 'and' alone."""
    chosen = mentions[:1]
    for mention in mentions[1:]:
        if not _LIST_GAP.fullmatch(sentence[chosen[-1].end - offset : mention.start - offset]):
            break
        chosen.append(mention)
    return chosen


def sentence_events(sentence: str, offset: int, mentions: list[Mention],
                    interest_item: bool, apologies_item: bool = False) -> list[tuple[Mention, str]]:
    """Attendance events told by one sentence starting at ``offset`` in its block; in an
    item about interests or apologies the sentence need not name the event."""
    inside = _in_span(mentions, offset, offset + len(sentence))
    if not inside:
        return []
    found: list[tuple[Mention, str]] = []
    absence = re.search(r"\b[Ii]n the absence of\s+", sentence)
    if absence:
        after = [m for m in inside if m.start == offset + absence.end()]
        found += [(m, "absent") for m in after]
    for event, pattern, side in _SENTENCE_EVENTS:
        match = pattern.search(sentence)
        if not match or (event in ("apologies", "declared_interest") and _NONE.search(sentence)
                         and len(inside) == 0):
            continue
        cut = offset + match.start()
        if side == "after":
            chosen = _named_after(pattern, sentence, offset, inside)
        elif side == "before":
            chosen = [m for m in inside if m.end <= cut]
            if event == "declared_interest":
                chosen = _listed_together(sentence, offset, chosen)
        else:
            chosen = []
            for each in pattern.finditer(sentence):
                if each.group(0).lower().endswith(" by"):  # X (substituted by Y): Y stands in
                    chosen += [m for m in inside if m.start >= offset + each.end()][:1]
                    continue
                same_clause = [m for m in inside if m.end <= offset + each.start()
                               and not re.search(r"[:;(]", sentence[m.end - offset : each.start()])]
                chosen += same_clause[-1:]
        found += [(m, event) for m in chosen]
    substitutes = {id(m) for m, event in found if event == "substitute"}
    found = [(m, e) for m, e in found if not (e in ("apologies", "present") and id(m) in substitutes)]
    received = _RECEIVED_FROM.search(sentence) if apologies_item and not found else None
    if received:
        found += [(m, "apologies") for m in inside if m.start >= offset + received.end()]
    if interest_item and not found and not _NONE.search(sentence):
        found += [(m, "declared_interest") for m in _declaring(sentence, offset, inside)]
    return found


def _declaring(sentence: str, offset: int, inside: list[Mention]) -> list[Mention]:
    """In an item about interests, who declared: the people listed right before 'declared'
    (``In respect of Item 7 Councillors Bell and Roe declared that ...``), or else the
    sentence's subject."""
    if declared := re.search(r"\bdeclared?\b", sentence):
        before = [m for m in inside if m.end <= offset + declared.start()]
        run = before[-1:]  # the last name before the verb ...
        for mention in reversed(before[:-1]):  # ... and those listed with it, walking back
            if not _LIST_GAP.fullmatch(sentence[mention.end - offset : run[0].start - offset]):
                break
            run.insert(0, mention)
        near = run and re.fullmatch(r"\s*(?:(?:each|both|all|also|then)\s+)*",
                                    sentence[run[-1].end - offset : declared.start()])
        return run if near else []
    lead = sentence[: inside[0].start - offset]
    return inside[:1] if re.fullmatch(r"(?:[A-Z][\w ]{0,20}:\s*)?", lead) else []
