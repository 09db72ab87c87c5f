"""Who presented, introduced or gave a report or update, and who asked and answered questions.

A presenter is a named person who is the subject of a presenting verb (``Paul
Harrington, Chief Auditor, submitted a report``; ``Mrs Belenger introduced the
report``), the agent of a passive one (``was presented by Councillor X``, ``by the
Portfolio Holder for Finance, Councillor X``), or a person
invited to address the meeting (``invited Councillor Paffey ... and Hillary Brooks ...
to address the panel``).
"""

import re
from functools import cache

from govgraph.loaders.extract.names import Mention
from govgraph.loaders.rules import Rules

# words that may stand between a presenter and the verb, with their post or body (``from the Environment Agency``)
_GAP_WORDS = {"of", "for", "and", "the", "to", "in", "on", "at", "&", "also", "then", "briefly", "jointly", "who",
              "from"}
# ``Cllr Pike addressed the panel and presented``, ``attended the Committee and presented``: a first
# predicate, then the presenting verb
_FIRST_PREDICATE = re.compile(r"\s+(?:[a-z’']+\s+|(?<=the )[A-Z][\w’'-]*\s+){1,6}and\s+(?:then\s+)?")
_FROM = re.compile(r"\b(?:(?:report|presentation|update|briefing|overview)s? (?:from|by)|heard from) (?:the )?", re.I)
_INVITED = re.compile(r"\b(?:invited|welcomed|introduced)\b(.*?)\b(?:to|who (?:was|were) (?:in attendance|present|"
                      r"attending) to) (?:address|present|introduce|update|give|speak|report|talk|provide|deliver)\b"
                      r"|\b[Aa]ttending to present\b.*?\bw(?:as|ere)\b(.*)$")
# ``Karen Murray was in attendance on behalf of the auditor to update the Committee``
_ATTENDING_TO = re.compile(r"\b(?:was|were) (?:in attendance|present|attending)\b[^.;]{0,150}?\bto (?:address|present|"
                           r"introduce|update|brief|give|speak|report|provide|deliver)\b")
_REFLEXIVE = re.compile(r"\s+(?:him|her|my|your|our|them)sel(?:f|ves)\b")
_QUESTION = re.compile(r"\bQuestions? (?:from|by)\b(.*?)\bto\b(.*)$", re.I)


@cache
def _verbs(rules: Rules) -> re.Pattern:
    active = "|".join(re.escape(v) for v in sorted(rules.report_verbs, key=len, reverse=True))
    return re.compile(rf"\b(?:{active})\b", re.I)


def _only_post_between(gap: str) -> bool:
    """True when the text between a name and a verb is only a post (or nothing)."""
    if re.search(r"[.;:!?]", gap.replace("(", "").replace(")", "")):
        return False
    words = re.findall(r"[A-Za-z’'-]+", re.sub(r"\([^)]*\)", "", gap))
    return all(w[:1].isupper() or w in _GAP_WORDS for w in words)


def _post_then_predicate(gap: str) -> bool:
    """``, Head of Audit, attended the Committee and``: perhaps a post, then a first predicate
    joined to the presenting verb by 'and'."""
    return any(_FIRST_PREDICATE.fullmatch(gap, space.start()) and _only_post_between(gap[: space.start()])
               for space in re.finditer(r"\s+(?=[a-z])", gap))


def presenters(sentence: str, offset: int, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """Mentions in a sentence (starting at ``offset`` in its block) who presented something."""
    inside = [m for m in mentions if offset <= m.start and m.end <= offset + len(sentence)]
    if not inside:
        return []
    found: list[Mention] = []
    for verb in _verbs(rules).finditer(sentence):
        if _REFLEXIVE.match(sentence, verb.end()):
            continue  # ``introduced himself``: a newcomer, not a report
        at = offset + verb.start()
        if verb.group(0).lower().startswith("was presented by"):
            found += _agent(sentence, offset, offset + verb.end(), inside)
            continue
        before = [m for m in inside if m.end <= at]
        gap = sentence[before[-1].end - offset : verb.start()] if before else ""
        if before and (_only_post_between(gap) or _post_then_predicate(gap)):
            found += _coordinated(sentence, offset, before)
    passive = re.search(r"\b(?:presented|introduced|submitted|given) by (?:the )?", sentence)
    if passive:
        found += _agent(sentence, offset, offset + passive.end(), inside)
        found += _chain(sentence, offset, offset + passive.end(), inside)
    for match in _FROM.finditer(sentence):
        found += _chain(sentence, offset, offset + match.end(), inside)
    if attending := _ATTENDING_TO.search(sentence):
        before = [m for m in inside if m.end <= offset + attending.start()]
        if before and _only_post_between(sentence[before[-1].end - offset : attending.start()]):
            found += _coordinated(sentence, offset, before)
    invited = _INVITED.search(sentence)
    if invited:
        group = 1 if invited.group(1) is not None else 2
        found += [m for m in inside if offset + invited.start(group) <= m.start < offset + invited.end(group)]
    return list({id(m): m for m in found}.values())


def _agent(sentence: str, offset: int, cursor: int, inside: list[Mention]) -> list[Mention]:
    """The person right after a passive ``by``, perhaps behind their post (``by the Leader, Councillor X``)."""
    after = [m for m in inside if m.start >= cursor][:1]
    if after and _only_post_between(sentence[cursor - offset : after[0].start - offset]):
        return after
    return []


def _coordinated(sentence: str, offset: int, before: list[Mention]) -> list[Mention]:
    """``X, post, and Y (post) presented``: the last subject and those joined to it by 'and'."""
    subjects = [before[-1]]
    for earlier in reversed(before[:-1]):
        gap = sentence[earlier.end - offset : subjects[-1].start - offset]
        if not (re.search(r"(?:^|,)\s*and\s+$|^\s*,\s*$", gap) and _only_post_between(gap)):
            break
        subjects.append(earlier)
    return subjects


def _chain(sentence: str, offset: int, cursor: int, inside: list[Mention]) -> list[Mention]:
    """``from X, post, and Y, post`` → X and Y: names joined only by posts, commas and 'and'."""
    chained: list[Mention] = []
    for mention in (m for m in inside if m.start >= cursor):
        gap = sentence[cursor - offset : mention.start - offset]
        # the first right after ``by``, or after the post it was given by: ``by the Chief Auditor, Paul Moss``
        joined = not chained and (gap.strip() == "" or (gap.rstrip().endswith(",") and _only_post_between(gap)
                                                         and gap[:1].isupper()))
        joined = joined or (chained and re.search(r"(?:^|,)\s*(?:and\s+)?$", gap) is not None
                            and _only_post_between(gap))
        if not joined:
            break
        chained.append(mention)
        cursor = mention.end
    return chained


def question_parties(sentence: str, offset: int,
                     mentions: list[Mention]) -> tuple[Mention | None, Mention | None] | None:
    """(asker, answerer) of ``Question from X to [the post,] Y``; None when not such a line."""
    match = _QUESTION.search(sentence)
    if not match:
        return None
    inside = [m for m in mentions if offset <= m.start and m.end <= offset + len(sentence)]
    askers = [m for m in inside if offset + match.start(1) <= m.start < offset + match.end(1)]
    answerers = [m for m in inside if m.start >= offset + match.start(2)]
    if not askers and not answerers:
        return None
    return (askers[0] if askers else None, answerers[-1] if answerers else None)
