"""Finding people's names in a block of minutes text.

A *mention* is one place a person is named: with titles (``Councillor Mrs M Banerjee``,
``Chief Inspector Ray``), in a titled list (``Councillors Meadowcroft (Chairman),
Baskerville and Mrs Evans``), or without a title where the context shows a person: a
known given name (``Damian Hines``), a post beside it (``Paul Harrington, Chief
Auditor``; ``the Chief Executive, David Parr``; ``George Krawiec (Independent
Co-optee)``), a ``Contact:`` line, or a verb only a person does (``Leon Marsh attended``,
``... declared an interest``).
"""

import re
from dataclasses import dataclass, field
from functools import cache

from govgraph.loaders.extract.posts import post_after, post_before, post_in_clause
from govgraph.loaders.rules import Rules, load_rules

NAME = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ][a-zß-ÿ]+)*"
INITIAL = r"[A-Z]\.?"
_PERSONAL_ACT = re.compile(r"\s+(?:attended|declared|(?:is|was) attending)\b")


@dataclass
class Mention:
    """One place a person is named, with offsets into its block of text."""

    start: int
    end: int
    honorifics: list[str]
    given: list[str]
    family: str
    block: int
    posts: list[str] = field(default_factory=list)

    @property
    def written(self) -> str:
        """The name without titles, as written (``I C Bates``)."""
        return " ".join([*self.given, self.family])


@cache
def _patterns(rules: Rules) -> dict[str, re.Pattern]:
    hon = rules.honorific_pattern()
    plural = "|".join(re.escape(p) for p in rules.plural_honorifics)
    name_body = rf"(?:{INITIAL}[ ]+){{0,3}}(?:{NAME}[ ]+){{0,2}}{NAME}"
    return {
        "titled": re.compile(rf"(?<![\w-])((?:(?:{hon})\.?[ ]+){{1,3}})({name_body})(?![\w’'])"),
        "plural": re.compile(rf"(?<![\w-])({plural}):?[ ]+"),
        "bare": re.compile(rf"(?<![\w’'-])({NAME}(?:[ ]{NAME}){{1,2}})(?![\w’'])"),
        "honorifics": re.compile(rf"(?:{hon})"),
        "list_item": re.compile(rf"((?:(?:{hon})\.?[ ]+){{0,3}})({name_body})"),
    }


def _split_name(name: str, rules: Rules) -> tuple[list[str], str] | None:
    tokens = name.split()
    while tokens and tokens[-1] in rules.not_name_words:
        tokens.pop()
    if not tokens or not re.fullmatch(NAME, tokens[-1]) or tokens[-1] in rules.not_name_words:
        return None
    if any(t in rules.not_name_words for t in tokens if len(t.rstrip(".")) > 1):
        return None
    return [t.rstrip(".") for t in tokens[:-1]], tokens[-1]


def _honorifics(prefix: str, rules: Rules) -> list[str]:
    return _patterns(rules)["honorifics"].findall(prefix)


def _titled(text: str, block: int, rules: Rules) -> list[Mention]:
    found = []
    for match in _patterns(rules)["titled"].finditer(text):
        parts = _split_name(match.group(2), rules)
        if parts is None:
            continue
        given, family = parts
        end = match.start(2) + len(" ".join([*match.group(2).split()[: len(given)], family]))
        found.append(Mention(match.start(), end, _honorifics(match.group(1), rules), given,
                             family, block))
    return found


def _plural_lists(text: str, block: int, rules: Rules) -> list[Mention]:
    """``Councillors A, B (Chairman), Mrs C and D``: every name takes the plural's title."""
    pats = _patterns(rules)
    found = []
    for match in pats["plural"].finditer(text):
        title = rules.plural_honorifics[match.group(1)]
        position = match.end()
        while position < len(text):
            item = pats["list_item"].match(text, position)
            if not item:
                break
            parts = _split_name(item.group(2), rules)
            if parts is None:
                break
            given, family = parts
            end = item.start(2) + len(" ".join([*item.group(2).split()[: len(given)], family]))
            honorifics = [title, *_honorifics(item.group(1), rules)]
            found.append(Mention(item.start(), end, honorifics, given, family, block))
            rest = text[end:]
            sep = re.match(r"\s*(?:\([^)]{0,80}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", rest)
            if not sep:
                break
            position = end + sep.end()
    return found


def _bare(text: str, block: int, rules: Rules, taken: list[tuple[int, int]],
          starts: set[int]) -> list[Mention]:
    """Untitled names, kept only where a given name or a neighbouring post shows a person."""
    found = []
    for match in _patterns(rules)["bare"].finditer(text):
        start, end = match.span(1)
        if any(a < end and start < b for a, b in taken):
            continue
        parts = _split_name(match.group(1), rules)
        if parts is None or not parts[0]:
            continue
        given, family = parts
        end = start + len(" ".join([*given, family]))
        before = text[max(0, start - 12):start]
        person_like = (
            given[0] in rules.given_names
            or re.search(r"Contact:\s*$", before) is not None
            or _PERSONAL_ACT.match(text, end) is not None
            or post_after(text, end, starts | {start}, rules) is not None
            or post_before(text, start, rules, set()) is not None
        )
        if person_like:
            found.append(Mention(start, end, [], given, family, block))
    return found


def find_mentions(text: str, block: int, rules: Rules | None = None) -> list[Mention]:
    """Every person mention in ``text``, in order of position."""
    rules = rules or load_rules()
    titled = _titled(text, block, rules)
    listed = _plural_lists(text, block, rules)
    mentions = {m.start: m for m in titled}
    for mention in listed:
        if mention.start in mentions or not any(m.start <= mention.start < m.end for m in titled):
            mentions[mention.start] = mention
    taken = [(m.start, m.end) for m in mentions.values()]
    for match in re.finditer(rf"(?:{rules.honorific_pattern()})s?\b", text):
        taken.append(match.span())
    bare = _bare(text, block, rules, taken, set(mentions))
    for mention in bare:
        mentions[mention.start] = mention
    ordered = sorted(mentions.values(), key=lambda m: m.start)
    starts = {m.start for m in ordered}
    ends = {m.end for m in ordered}
    for mention in ordered:
        mention.posts = [p for p in (post_after(text, mention.end, starts, rules),
                                     post_before(text, mention.start, rules, ends)) if p]
        if not mention.posts and (later := post_in_clause(text, mention.end, starts, rules)):
            mention.posts.append(later)
    return ordered
