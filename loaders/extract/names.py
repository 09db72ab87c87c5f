"""Finding people's names in a block of minutes text.

A *mention* is one place a person is named: with titles (``Councillor Mrs M Banerjee``,
``Chief Inspector Ray``), in a titled list (``Councillors Meadowcroft (Chairman),
Baskerville and Mrs Evans``), or without a title where the context shows a person: a
known given name (``Damian Hines``), a post beside it (``Paul Harrington, Chief
Auditor``; ``the Chief Executive, David Parr``; ``George Krawiec (Independent
Co-optee)``), a ``Contact:`` line, or a verb only a person does (``Leon Marsh attended``,
``... declared an interest``), or a list of three or more names that includes a known
person.
"""

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise, takewhile

from govgraph.loaders.extract.organisations import known_organisation_pattern
from govgraph.loaders.extract.posts import (
    NOUN_ENDING,
    post_after,
    post_before,
    post_before_dash,
    post_in_clause,
    post_named_as,
    post_opening_roster_line,
    post_right_before,
)
from govgraph.loaders.rules import Rules, load_rules

NAME = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ][a-zß-ÿ]+)*"
# lowercase surname particles: ``Dr Anna van Dijk``, ``Cllr de Souza``
PARTICLE = r"(?:van|von|de|der|den|du|da|di|del|la|le|ap|ab)"
# initials before a name: ``J V``, ``J. V.``, ``J.V.``
WELSH_DIGRAPHS = r"Ll|Ch|Dd|Ff|Rh|Th"  # initials of Welsh names that open with a digraph: ``R. Ll. Jones``
WELSH_INITIAL = rf"(?:{WELSH_DIGRAPHS})\."
INITIALS = rf"(?:(?:[A-Z]\.){{2,4}}[ ]?|(?:(?:[A-Z]\.?|{WELSH_INITIAL})[ ]+){{1,3}})"
_SEPARATOR = r"(?:,[ ]*(?:and[ ]+)?|[ ]+and[ ]+|[ ]*&[ ]*)"
# what only a person does, said right after a name: ``F Jump presented``, ``Awaab Ishak explained``
_PERSONAL_ACT = re.compile(
    r",?\s+(?:attended|declared|(?:is|was) attending|presented|introduced|explained|advised|reported|informed|"
    r"outlined|confirmed|stated|said|highlighted|responded|answered|summarised|summarized|gave|provided|updated|"
    r"thanked|welcomed|asked|queried|commented|added|proposed|seconded|spoke|referred|reminded|clarified|"
    r"suggested|emphasised|emphasized|acknowledged|stressed|assured|indicated|replied|joined|left|"
    r"substituting|deputising)\b")


@dataclass
class Mention:
    """One place a person is named, with offsets into its block of text."""

    start: int
    end: int
    honorifics: list[str]
    given: list[str]
    family: str
    block: int | None
    posts: list[str] = field(default_factory=list)
    #: a post printed once before a list of names (``Cabinet Members Councillors A, B and C``)
    listed_post: str | None = None

    @property
    def written(self) -> str:
        """The name without titles, as written (``I C Bates``)."""
        return " ".join([*self.given, self.family])


@cache
def _patterns(rules: Rules) -> dict[str, re.Pattern]:
    hon = rules.honorific_pattern()
    plural = "|".join(re.escape(p) for p in rules.plural_honorifics)
    not_title = rf"(?!(?:{hon})\b)"
    # a middle initial may stand before the surname: ``Fflur M. Hughes``
    name_body = rf"{INITIALS}?(?:(?:{not_title}{NAME}|{PARTICLE})[ ]+){{0,2}}(?:[A-Z]\.?[ ]+)?{not_title}{NAME}"
    titles = rf"(?:(?:{hon})\.?[ ]+)"
    list_item = rf"({titles}{{0,3}})({name_body})"
    return {
        # a possessive may follow the name: ``Councillor Ann Bell’s attendance``
        "titled": re.compile(rf"(?<![\w-])({titles}{{1,3}})({name_body})(?![\w]|[’'](?!s\b))"),
        "plural": re.compile(rf"(?<![\w-])({plural})\.?:?[ ]+"),
        "bare": re.compile(rf"(?<![\w’'.-])((?:[A-Z]\.?[ ]){{1,3}}{NAME}(?:[ ]{NAME})?|{NAME}(?:[ ]{NAME}){{1,2}})"
                           rf"(?![\w’'])"),
        "honorifics": re.compile(rf"(?:{hon})"),
        "list_item": re.compile(list_item),
        "name_list": re.compile(rf"(?<![\w’'-]){name_body}(?:{_SEPARATOR}{titles}{{0,3}}{name_body}){{2,}}(?![\w’'])"),
        # a list item standing alone: not the start of a longer capitalised phrase
        "listed_name": re.compile(rf"(?<![\w’'-]){list_item}(?![\w’'])(?![ ]+[A-Z])"),
    }


def _split_name(name: str, rules: Rules, titled: bool = False) -> tuple[list[str], str] | None:
    """(given names and initials, family name) of a name as written, or None when it cannot be
    one. After a title, a last word that is also a common word is the surname where the rest is
    initials or a given name (``Mr D Bridge``, ``Ms Sue Lane``; not a rank before a place word)."""
    tokens = [part for token in name.split()
              for part in (re.findall(r"[A-Z]", token) if re.fullmatch(r"(?:[A-Z]\.){2,4}", token) else [token])]
    stops = [i for i, t in enumerate(tokens) if i and (t in _title_tokens(rules) or t in rules.post_words)]
    tokens = tokens[: stops[0]] if stops else tokens
    while tokens and tokens[-1] in rules.not_name_words:
        if titled and _surname_despite_word(tokens, rules):
            break
        tokens.pop()
    if not tokens or not re.fullmatch(NAME, tokens[-1]):
        return None
    if any(t in rules.not_name_words for t in tokens[:-1] if len(t.rstrip(".")) > 1):
        return None
    if tokens[-1] in rules.not_name_words and not (titled and _surname_despite_word(tokens, rules)):
        return None
    given, family = [t.rstrip(".") for t in tokens[:-1]], tokens[-1]
    while given and re.fullmatch(PARTICLE, given[-1]):  # ``van Dijk`` is one surname
        family = f"{given.pop()} {family}"
    return given, family


_NEVER_SURNAMES = frozenset({*calendar.day_name, *calendar.month_name[1:], "Present", "Absent", "Apologies"})


def _surname_despite_word(tokens: list[str], rules: Rules) -> bool:
    """Whether the common word ending ``tokens`` is a surname: it is written like one and what
    stands before it is initials or one given name."""
    last, rest = tokens[-1], tokens[:-1]
    return (last.istitle() and last not in _NEVER_SURNAMES and last not in rules.post_words
            and bool(rest) and (all(re.fullmatch(r"[A-Z]\.?", t) for t in rest)
                                or (len(rest) == 1 and rest[0] in rules.given_names)))


def _end_of(written: str, family: str) -> int:
    """Where the family name ends in the name as written (``J.V. Lyndon Morgan Seconded``)."""
    at = re.search(rf"(?<![\w’'-]){re.escape(family)}(?![\w’'])", written)
    return at.end() if at else len(written)


@cache
def _title_tokens(rules: Rules) -> frozenset[str]:
    return frozenset(w for h in rules.honorifics for w in h.split())


def _honorifics(prefix: str, rules: Rules) -> list[str]:
    return _patterns(rules)["honorifics"].findall(prefix)


def _titled(text: str, block: int, rules: Rules) -> list[Mention]:
    found = []
    for match in _patterns(rules)["titled"].finditer(text):
        parts = _split_name(match.group(2), rules, titled=True)
        if parts is None or (not parts[0] and NOUN_ENDING.search(parts[1])):
            continue  # ``Major Investments Manager``: a rank's word inside a post, not a title
        given, family = parts
        end = match.start(2) + _end_of(match.group(2), family)
        found.append(Mention(match.start(), end, _honorifics(match.group(1), rules), given,
                             family, block))
    return found


# a post in the plural right before a plural title: ``Cabinet Members Councillors ...``
_PLURAL_POST = re.compile(r"\b((?:[A-Z][\w-]* ){1,2}(?:Members|Holders|Leaders|Chairs|Chairmen|Representatives))"
                          r" +$")


# a post in the plural, in lower case, before a list of names: ``co-opted members Ann Bell and Tom Roe``
_LOWERCASE_PLURAL_POST = re.compile(r"\b((?:co-opted|lay|independent|non-voting|voting|parish|town|elected)\s+"
                                    r"members)[ \t]+(?=[A-Z])")


def _singular(posts: str) -> str:
    """``Cabinet Members`` → ``Cabinet Member``, ``Vice-Chairmen`` → ``Vice-Chairman``."""
    return posts[:-3] + "man" if posts.endswith("men") else posts.removesuffix("s")


def _plural_lists(text: str, block: int, rules: Rules) -> list[Mention]:
    """``Councillors A, B (Chairman), Mrs C and D``: every name takes the plural's title."""
    pats = _patterns(rules)
    found = []
    openings: list[tuple[int, str | None, str | None]] = []  # where a list starts, its title, its post
    for match in pats["plural"].finditer(text):
        plural_post = _PLURAL_POST.search(text, max(0, match.start() - 60), match.start())
        openings.append((match.end(), rules.plural_honorifics[match.group(1)],
                         _singular(plural_post.group(1)) if plural_post else None))
    openings += [(m.end(), None, _singular(m.group(1))) for m in _LOWERCASE_PLURAL_POST.finditer(text)]
    for position, title, listed in openings:
        while position < len(text):
            item = pats["list_item"].match(text, position)
            if not item:
                break
            parts = _split_name(item.group(2), rules, titled=True)
            if parts is None:
                break
            given, family = parts
            end = item.start(2) + _end_of(item.group(2), family)
            honorifics = [*([title] if title else []), *_honorifics(item.group(1), rules)]
            found.append(Mention(item.start(), end, honorifics, given, family, block, listed_post=listed))
            rest = text[end:]
            sep = re.match(r"(?:\s+(?:MBE|OBE|CBE|BEM|JP|DL|MP|MLA|MSP|KC|QC)\b)*\s*(?:\([^)]{0,80}\))?\s*"
                           r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", rest)
            if not sep:
                break
            position = end + sep.end()
    return found


class _Spans:
    """Spans of text already taken, merged, for overlap tests in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a taken span."""
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start


# what is done only to a person, said right before a name: ``welcomed Olu Adebayo``
_ACTED_ON = re.compile(r"\b(?:welcomed|thanked|congratulated|heard from|introduced|(?:seconded|proposed|moved|"
                       r"nominated|chaired) by)\s+$")


def lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a given name among them (``may``, ``will``)
    is an ordinary word in this text, not evidence of a person."""
    return frozenset(re.findall(r"\b[a-z]{2,}\b", text))


def is_given_name(word: str, rules: Rules, lowercase: frozenset[str]) -> bool:
    """Whether ``word`` is a given name that this text does not also use as a word."""
    return word in rules.given_names and word.lower() not in lowercase




def _not_in_a_name(word: str, rules: Rules) -> bool:
    return (word in rules.not_name_words or word in rules.post_words
            or (NOUN_ENDING.search(word) is not None and word not in rules.given_names))


# the first part of a post's remit, joined to the words after it: ``Commander for Resilience and``
_REMIT_BEFORE = re.compile(r"\b(?:for|of)\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:and|&)\s+$")


def _bare(text: str, block: int, rules: Rules, taken: _Spans,
          starts: set[int]) -> list[Mention]:
    """Untitled names, kept only where a given name or a neighbouring post shows a person."""
    found = []
    lowercase = lowercase_words(text)
    for match in _patterns(rules)["bare"].finditer(text):
        start, end = match.span(1)
        written = match.group(1)
        lead = re.match(r"(?:(?:[A-Z][\w’'-]*)[ ])+?(?=[A-Z][\w’'-]*[ ][A-Z])", written)
        if lead and _not_in_a_name(lead.group(0).split()[0], rules):
            # ``Committee Tom Davies``, ``Administration David Stone`` (the end of a post in a flattened
            # table): the name starts after the words that cannot be in one
            words = written.split()
            cut = next((i for i, w in enumerate(words) if not _not_in_a_name(w, rules)), len(words))
            written = " ".join(words[cut:])
            start = end - len(written)
        if taken.overlaps(start, end) or len(written.split()) < 2:
            continue
        parts = _split_name(written, rules)
        if parts is None or not parts[0]:
            continue
        given, family = parts
        if not is_given_name(given[0], rules, lowercase) and (
                family in rules.org_head_words  # ``Thames Water replied``: a body named by its last word
                or given[0].endswith("ing")  # ``Representing Kelby Water was ...``: a verb
                or _REMIT_BEFORE.search(text[max(0, start - 60) : start])):  # ``Manager for Resilience and Business
            continue                                                          # Continuity presented``: a post's remit
        end = start + _end_of(written, family)
        before = text[max(0, start - 12):start]
        person_like = (
            (len(given[0]) > 1 and is_given_name(given[0], rules, lowercase))
            or re.search(r"Contact:\s*$", before) is not None
            or _PERSONAL_ACT.match(text, end) is not None
            or _ACTED_ON.search(text[max(0, start - 40) : start]) is not None
            or post_after(text, end, starts, rules) is not None
            or post_before(text, start, rules, []) is not None
        )
        if person_like:
            found.append(Mention(start, end, [], given, family, block))
    return found


def _listed_with_people(text: str, block: int, rules: Rules, mentions: dict[int, Mention]) -> list[Mention]:
    """Untitled names in a list of three or more that also names a known person
    (``Tara Poole, Chris Oliver, Gareth Jones and Dr Mohamed Umer``)."""
    pats = _patterns(rules)
    known = known_organisation_pattern(rules)[1]  # every known spelling
    found = []
    people = _Spans([(m.start, m.end) for m in mentions.values()])
    for run in pats["name_list"].finditer(text):
        run_end = run.end()
        items = list(takewhile(lambda item, stop=run_end: item.end() <= stop,
                               pats["listed_name"].finditer(text, run.start())))
        if not any(people.overlaps(item.start(), item.end()) for item in items):
            continue
        for item in items:
            if item.group(1) or people.overlaps(item.start(), item.end()):
                continue
            parts = _split_name(item.group(2), rules)
            words = item.group(2).split()
            if (parts is None or not parts[0] or item.group(2) in known
                    or any(w in rules.post_words for w in words)):
                continue
            end = item.start(2) + _end_of(item.group(2), parts[1])
            found.append(Mention(item.start(2), end, [], parts[0], parts[1], block))
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
    spans = [(m.start, m.end) for m in mentions.values()]
    spans += [match.span() for match in re.finditer(rf"(?:{rules.honorific_pattern()})s?\b", text)]
    spans += [match.span() for match in known_organisation_pattern(rules)[0].finditer(text)]
    bare = _bare(text, block, rules, _Spans(spans), set(mentions))
    for mention in bare:
        mentions[mention.start] = mention
    for mention in _listed_with_people(text, block, rules, mentions):
        mentions[mention.start] = mention
    return attach_posts(text, list(mentions.values()), rules)


def attach_posts(text: str, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """Set each mention's posts from the words around it; the mentions in order of position."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = {m.start for m in ordered}
    ends = sorted(m.end for m in ordered)
    for mention in ordered:
        found = [post_before_dash(text, mention.start, rules, ends), post_after(text, mention.end, starts, rules)]
        if not found[0] and not mention.listed_post:  # a listed post is the one printed before the list
            found.append(post_before(text, mention.start, rules, ends) or post_right_before(text, mention.start, rules)
                         or post_named_as(text, mention.start, rules)
                         or post_opening_roster_line(text, mention.start, mention.end, rules))
        found += [t for t in mention.honorifics if t in rules.office_titles] + [mention.listed_post]
        mention.posts = list(dict.fromkeys(p for p in found if p))
        if not mention.posts and (later := post_in_clause(text, mention.end, starts, rules)):
            mention.posts.append(later)
    for first, second in pairwise(ordered):
        _share_respectively(text, first, second, rules)
    return ordered


def _share_respectively(text: str, first: Mention, second: Mention, rules: Rules) -> None:
    """``Ann Bell and Tom Roe, Chair and Manager of Fenwick CAB``: two names joined by 'and'
    then two posts joined by 'and' give one post each, in order."""
    if first.posts or not second.posts or not re.fullmatch(r"\s+(?:and|&)\s+", text[first.end : second.start]):
        return
    split = re.match(r"((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*) (?:and|&) ([A-Z].+)$", second.posts[0])
    if split and set(split.group(1).split()) <= rules.post_words | {"Vice", "Deputy", "Assistant", "Senior"}:
        first.posts = [split.group(1)]
        second.posts[0] = split.group(2)
