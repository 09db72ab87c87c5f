"""Posts and offices written beside a name, as written.

``Ms Kate Aldridge, Head of Corporate Delivery, Performance and Commissioning, added``
gives ``Head of Corporate Delivery, Performance and Commissioning``: a post phrase is a
run of capitalised words and connectors (of, for, and, &, the, dashes, parentheses and
commas followed by a capitalised word) that contains a post word (Director, Head,
Officer, Member, Chair ...), stopping at a lowercase word, at sentence punctuation, or
where the next person's name begins.
"""

import re
from bisect import bisect_right
from functools import cache

from govgraph.loaders.extract.organisations import OFFICES_ELSEWHERE, body_name_at
from govgraph.loaders.rules import Rules

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ0-9’'&/.-]+|[()–—,]|[^\sA-Za-z]")
_CONNECTORS = {"of", "for", "and", "&", "the", "in", "on", "to", "with", "at"}
_DETERMINED = re.compile(
    r"(?:\b(?:the|The|our|its|his|her|their)\s+(?:(?:new|former|outgoing|incoming|interim|acting|"
    r"current|previous|retiring|retired)\s+)?)$"
)
_AS_POST = r"\s+as\s+(?:the\s+|its\s+)?(?=[A-Z])"  # ``appointed Councillor X as Vice-Chair``
_ELECTED_AS = (r"\s+(?:be|was|were|is|has\s+been|had\s+been|have\s+been)\s+(?:(?:unanimously|duly)\s+)?"
               r"(?:re-?)?(?:elected|appointed)(?:\s+as|\s+to\s+be)?"
               r"(?:\s+(?:the|its)(?:\s+new)?)?\s+")
_WAS_POST = r"\s+(?:was|is)\s+(?:the\s+|its\s+)?(?=[A-Z])"  # ``Jo Lee was Scrutiny Co-ordinator at ...``
# keeping or taking an office: ``agreed to continue as Chairman``, ``accepted the position of Vice Chair``
_KEPT_AS = (r"\s+(?:(?:agreed|was\s+happy|wished)\s+to\s+|will\s+|would\s+)?"
            r"(?:continue[sd]?|remain(?:s|ed)?|(?:accept(?:s|ed)?|t(?:ake|akes|ook)\s+up)\s+the\s+(?:position|role|post|office))"
            r"\s+(?:as|of)\s+(?:the\s+)?(?=[A-Z])")
# what may stand between a name and its post: a comma (``, as``), a wide gap, a dash, an election, ``was``
_AFTER_NAME = tuple(re.compile(p) for p in (r"\s*,\s*as\s+(?:the\s+)?(?=[A-Z])", r"\s*,\s*(?:the\s+)?", r" {2,}",
                                            r" [–—-] (?:the\s+)?", _ELECTED_AS, _AS_POST, _WAS_POST, _KEPT_AS))
_SPACE = re.compile(" ")
_REFERENCE = re.compile(r"\d/|/\d")
# word endings of abstract nouns, never of surnames: ``Enforcement``, ``Continuity``, ``Administration``
NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ity|ness|ance|ence|ship|ism|ology|ics)s?$")
_LONGEST = 160
_WINDOW = _LONGEST + 80  # a phrase running past this is longer than any post anyway
_TRAILING = {"of", "for", "and", "&", "the", "in", "on", "to", "with", "at", ",", "–", "—", "-"}


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


_TITLE_OPENING = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllrs?|Councillors?|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s+[A-Z]")


def _starts_a_name(word: str, following: str, rules: Rules) -> bool:
    """Whether a post phrase must stop before ``word``: a title or a given name opening the
    next person's name (``Head of Member Services Sue Castleton``, ``Councillor JJ Tinnelly``)."""
    if not following[:1].isupper() or NOUN_ENDING.search(following):
        return False  # ``Water and Major Investments Manager`` is one post
    if word in rules.honorifics and following not in rules.post_words and not following.isupper():
        return True  # ``... Councillor Mulgrew``: a post-like title opening the next name
    return word in _title_tokens(rules) or (word in rules.given_names and following not in rules.post_words)


@cache
def _title_tokens(rules: Rules) -> frozenset[str]:
    return frozenset(rules.honorifics) - rules.post_words


def scan_post(text: str, pos: int, starts: set[int], rules: Rules,
              stop: int | None = None) -> tuple[str, int] | None:
    """The post phrase starting at ``pos`` and where it ends, or None."""
    if pos in starts or _TITLE_OPENING.match(text, pos):
        return None
    limit = min(len(text) if stop is None else stop, pos + _WINDOW)
    newline = text.find("\n", pos, limit)
    if newline != -1:
        limit = newline
    tokens = list(_TOKEN.finditer(text, pos, limit))
    kept: list[re.Match] = []
    depth = 0
    for index, token in enumerate(tokens):
        word = token.group(0)
        if token.start() in starts and token.start() != pos:
            break
        following = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        if kept and _starts_a_name(word, following, rules):
            break
        if word == "(" and re.match(r"\([A-Z][A-Za-z]{1,3}\)", text[token.start() : token.start() + 6]):
            break  # initials in brackets after a roster entry: ``Chairman (LR)``
        if word == "(":
            depth += 1
        elif word == ")":
            if depth == 0:
                break
            depth -= 1
        elif depth:
            pass
        elif word == ",":
            if not (_is_capitalised(following) and tokens[index + 1].start() not in starts):
                break
            if following in ("The", "He", "She", "They", "It", "We"):
                break
        elif word in ("–", "—", "-"):
            if not _is_capitalised(following):
                break
        elif word in _CONNECTORS:
            if word == "to" and not (following == "the" or _is_capitalised(following)):
                break
        elif _REFERENCE.search(word) or (len(word) > 3 and word.isupper() and following.isupper() and kept
                                         and not kept[-1].group(0).isupper()):
            break  # a minute's reference (``KB/35/2018``) or a heading in capitals after the post
        elif word.endswith(".") and not re.fullmatch(r"[A-Z]\.", word):
            if _is_capitalised(word):
                kept.append(token)
            break
        elif not _is_capitalised(word):
            break
        kept.append(token)
    while kept and (kept[-1].group(0).rstrip(".") in _TRAILING | {""}
                    or (kept[-1].group(0).isdigit() and text[kept[-1].end() : kept[-1].end() + 1] == ")")):
        kept.pop()  # joining words, and the number of the next part: ``... Year 2) That``
    if not kept or depth:
        return None
    phrase = text[kept[0].start() : kept[-1].end()].rstrip(".")
    if kept[0].group(0) in ("The", "the"):
        phrase = phrase.split(None, 1)[1] if " " in phrase else ""
    words = set(re.findall(r"[A-Za-z-]+", phrase))
    words |= {w.title() for w in words if "-" in w}  # Vice-chairman as Vice-Chairman
    if not phrase or not (words & rules.post_words) or len(phrase) > _LONGEST or phrase.startswith("in "):
        return None
    return phrase, kept[-1].end()


def post_after(text: str, end: int, starts: set[int], rules: Rules) -> str | None:
    """A post written just after a name ending at ``end``."""
    if honours := _HONOURS.match(text, end):  # ``T Ward MBE (Vice-Chairman)``
        end = honours.end()
    initials = _INITIALS_IN_BRACKETS.match(text, end)  # ``S Hughes (SH) Chair``: the post after the initials
    if initials:
        end = initials.end()
    rest = text[end : end + 200]
    newline = text.rfind("\n", max(0, end - 200), end)
    contact_line = (newline != -1 or end <= 200) and text[newline + 1 : end].lstrip().startswith("Contact:")
    for pattern in (*_AFTER_NAME, *([_SPACE] if contact_line or initials else [])):
        match = pattern.match(rest)
        if match:
            found = scan_post(text, end + match.end(), starts, rules)
            if found and not _owned_by_next(text, found[1], starts):
                return found[0]
    paren = re.match(r"\s*\(([^()\n]{3,120})\)", rest)
    if paren:
        inner = paren.group(1).title() if paren.group(1).isupper() else paren.group(1)  # ``(VICE-CHAIRMAN)``
        found = scan_post(inner, 0, set(), rules)
        if found and found[1] >= len(inner.rstrip()) - 1:
            return found[0]
    if lower := _LOWERCASE_POST.match(rest):  # ``Sharon Warnes, lay member``, ``(vice-chair)``
        return lower.group(1)
    if re.match(r" [A-Z]", rest) and rest[1:].split(" ", 1)[0] in _post_openers(rules):
        # ``Cllr Ann Kerr Cabinet Member for Housing``: a post opening right after the name,
        # unless a dash and a name follow it (``Post – Name``: the post is that name's)
        found = scan_post(text, end + 1, starts, rules)
        if found and not _owned_by_next(text, found[1], starts):
            return found[0]
    return None


_INITIALS_IN_BRACKETS = re.compile(r"[ \t]*\([A-Z]{1,4}\)")
_HONOURS = re.compile(r"(?:,?\s+(?:MBE|OBE|CBE|BEM|KBE|DBE|QPM|JP|DL|MP|MLA|MSP|KC|QC)\b)+")


def _owned_by_next(text: str, end: int, starts: set[int]) -> bool:
    """Whether a post ending at ``end`` is followed by a dash and a name: ``Post – Name``
    prints the post of the name after it."""
    dash = re.match(r"\s*[–—-]\s*", text[end : end + 6])
    return bool(dash) and end + dash.end() in starts


def post_named_as(text: str, start: int, rules: Rules) -> str | None:
    """A post said to be held by the name after it: ``the Chair of the Audit Committee was
    Councillor Peter Wheeler``."""
    edge = _lead_before(text, start, r"\s+(?:was|is|will be|would be|remains)\s+$", 12)
    if edge is None:
        return None
    window = _reach_back(text, edge, edge, [])
    for word in re.finditer(r"\b(?:the|The) ", text[window:edge]):
        found = scan_post(text, window + word.end(), set(), rules, stop=edge)
        if found and found[1] == edge:
            return found[0]
    return None


def post_right_before(text: str, start: int, rules: Rules) -> str | None:
    """A post written right before a name with no comma: ``welcomed Chief Fire Officer Paul
    Dunn``, ``the Head of Legal (Mrs R Lee)``. The phrase must open or end with a post word and
    follow a lowercase word, so that in a roster a name never takes its neighbour's post."""
    edge = _lead_before(text, start, r"(?:[ \t]\(\s*|[ \t])$", 3)
    if edge is None:
        return None
    line_start = _reach_back(text, edge, edge, [])
    for word in re.finditer(r"(?<![\w’'-])[A-Z][\w’'/-]*", text[line_start:edge]):
        begin = line_start + word.start()
        before = text[max(line_start, begin - 30):begin].rstrip()
        if not re.search(r"\b[a-z]+$", before):
            continue
        found = scan_post(text, begin, set(), rules, stop=edge)
        if (found and found[1] == edge and text[edge - 1] != "."  # ``... Manager. Ann Bell`` ends a sentence
                and {found[0].split()[0], found[0].split()[-1]} & rules.post_words):
            return found[0]
    return None


# a roster line opening with the post, then the name and nothing but initials after it:
# ``CFO Dana Frost (DF)``, ``Area manager Tom Roe``
_ROSTER_LEAD = re.compile(r"^[ \t]*(?P<post>[A-Z]{2,6}|[A-Z][a-z]+(?: [a-z]+){0,2} [a-z]+)[ \t]+$")
_ROSTER_TAIL = re.compile(r"[ \t]*(?:\([A-Z]{1,4}\))?[ \t]*$")


def post_opening_roster_line(text: str, start: int, end: int, rules: Rules) -> str | None:
    """A post opening a roster line before the only name on it: an abbreviation that is not
    a title, honour or council type (``ACO Tom Roe (TR)``), or a short phrase ending in a post
    word (``Area manager Tom Roe``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    lead = _ROSTER_LEAD.match(text[line_start:start])
    if not lead or not _ROSTER_TAIL.fullmatch(text[end : len(text) if line_end == -1 else line_end]):
        return None
    post = lead.group("post")
    if post.isupper():
        return None if post in rules.honours or post in _title_tokens(rules) or post in _NOT_POSTS else post
    return post if post.split()[-1].title() in rules.post_words else None


_NOT_POSTS = frozenset({"NOTED", "AGREED", "RESOLVED", "PRESENT", "APOLOGIES", "ACTION", "ITEM", "CC", "DC", "BC",
                        "TC", "PC"})


# a post in lower case after a name, perhaps with its article: ``, lay member``, ``, a valued co-opted member``
_LOWERCASE_POST = re.compile(
    r"\s*[,(]?\s*(?:(?:a|an|another|the)\s+(?:(?:valued|new|long-standing|longstanding|current)\s+)?)?"
    r"((?:(?:lay|co-opted|independent|temporary|acting|interim|deputy|vice|parish|town|ward|elected|"
    r"appointed|non-voting|voting|substitute|locum|assistant)[ -])*(?:member|clerk|chair|chairman|chairwoman|"
    r"chairperson|councillor|treasurer|secretary|co-optee|representative|observer|adviser|advisor))"
    r"(?=\s*[,.;)]|\s+(?:who|whose|of|on|for|was|were|is)\b|\s*$)")


def _post_openers(rules: Rules) -> frozenset[str]:
    opening = rules.post_words | {"Interim", "Acting", "Senior", "Area", "Regional"}
    return opening - set(rules.honorifics) - {"Councillor", "Member", "Chair", "Chairman"}


def _lead_before(text: str, start: int, lead: str, reach: int) -> int | None:
    """Where ``lead`` (a pattern ending at ``$``) begins in the ``reach`` characters before
    ``start``, or None when it is not there."""
    found = re.search(lead, text[max(0, start - reach) : start])
    return max(0, start - reach) + found.start() if found else None


def _reach_back(text: str, edge: int, start: int, ends: list[int]) -> int:
    """How far back from ``edge`` a post before a name starting at ``start`` may begin: not
    past the line, the longest post, or where an earlier name ends (``ends``, sorted)."""
    line_start = text.rfind("\n", max(0, edge - _LONGEST), start) + 1
    earlier = bisect_right(ends, edge)
    return max(line_start, edge - _LONGEST, ends[earlier - 1] if earlier else 0)


def post_before_dash(text: str, start: int, rules: Rules, ends: list[int]) -> str | None:
    """A post written before a dash and a name (``Chief Executive – J Dixon``), as rosters
    print officers, or as a line's label (``Clerk:  Mrs P Lowe``); the post reaches back no
    further than the line or an earlier name."""
    dash = _lead_before(text, start, r"\s[–—-]\s*$|[–—]\s*$|:[ \t]*$", 12)
    if dash is None:
        return None
    window_start = _reach_back(text, dash, start, ends)
    if text[dash] == ":" and text[window_start:dash].strip() != text[text.rfind("\n", 0, dash) + 1 : dash].strip():
        return None  # ``Clerk: Mrs P Lowe`` only as a line's label
    for word in re.finditer(r"(?<![\w’'-])[A-Z][\w’'/-]*", text[window_start:dash]):
        begin = window_start + word.start()
        found = scan_post(text, begin, set(), rules, stop=dash)
        if found and text[found[1] : dash].strip() == "":
            return found[0]
    return None


def post_before(text: str, start: int, rules: Rules, ends: list[int]) -> str | None:
    """A post written just before a name starting at ``start`` (``the Chief Executive, David
    Parr``). The post must follow a determiner (the, our, his ...), so that in a list of
    posts and names each name does not take its neighbour's post. ``ends`` (sorted) are
    where earlier names end: a post never reaches back past one."""
    lead = re.search(r",\s*$", text[max(0, start - 3) : start])
    if not lead:
        return None
    comma = max(0, start - 3) + lead.start()
    window_start = _reach_back(text, comma, start, ends)
    lowercase = re.search(r"\bthe ([a-z]+(?: [a-z]+)?)\s*$", text[window_start:comma])
    if lowercase and set(lowercase.group(1).split()) & {w.lower() for w in rules.post_words}:
        return lowercase.group(1)
    for word in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]*", text[window_start:comma]):
        begin = window_start + word.start()
        if not _DETERMINED.search(text, max(0, begin - 40), begin):
            continue
        found = scan_post(text, begin, set(), rules, stop=comma)
        if found and text[found[1] : comma].strip() == "":
            tenure = _TENURE_BEFORE.search(text, max(0, begin - 16), begin)  # ``the former Chief Executive``
            return f"{tenure.group(1)} {found[0]}" if tenure else found[0]
    return None


_TENURE_BEFORE = re.compile(r"\b(former|outgoing|incoming|interim|acting|retiring|previous)\s+$")


def post_in_clause(text: str, end: int, starts: set[int], rules: Rules) -> str | None:
    """A post given later in the sentence with 'as a' (``declared an interest as a Director of
    Windsor Housing``) or 'the post of' (``had taken up the post of Fraud Team Leader``), when
    no other name comes between."""
    window = min(len(text), end + _WINDOW)
    stop = min((i for i in (text.find(". ", end, window), text.find("\n", end, window)) if i != -1), default=window)
    match = re.search(r"\bas (?:a|an|the) |\b(?:the )?(?:post|role|position) of (?:the )?(?=[A-Z])", text[end:stop])
    if not match or any(end < s < end + match.start() for s in starts):
        return None
    if appointed := _APPOINTED_TO.match(text, end + match.end(), stop):
        return f"{appointed.group(1)} appointed {appointed.group(2).lower()} {appointed.group(3)}"
    found = scan_post(text, end + match.end(), starts, rules, stop=stop)
    return found[0] if found else None


# ``as a Council appointed observer to the Board of Sport Kelby``: a seat the council fills on another body
_APPOINTED_TO = re.compile(r"(Council(?:’s|'s)?|Cabinet) (?:appointed|nominated) (member|observer|representative|"
                           r"trustee|director|governor)s? ((?:of|on|to) (?:the )?[A-Z][^,.;()\n]{2,80}?)"
                           r"(?=,|\.|;|\s+however\b|\s+and\s+[a-z]|$)", re.I)


# an office a member declares holding elsewhere: ``as a Council appointed member of the Harbour Trust Board``,
# ``by virtue of being a Director of Kelbrook``, ``Personal interest - Council appointed Member to Harbour Homes``
# (being a plain member or an employee of a body holds no office)
_DECLARED_OFFICE = re.compile(
    r"(?:\b(?:as|being|and|as\s+(?:s?he|they)\s+(?:is|was|are|were))\s+(?:a|an|the)|\binterest\s+[-–—:])\s+"
    r"(?P<office>(?:(?:[Cc]ouncil(?:[’']s)?\s+)?(?:appointed|nominated)\s+"
    rf"(?:[Mm]ember|[Rr]epresentative|[Tt]rustee|[Dd]irector|[Gg]overnor)|[Vv]ice[- ][Cc]hair(?:man|woman)?|"
    rf"{OFFICES_ELSEWHERE})\s+(?:of|on|to|for)\s+(?:the\s+)?)(?=[A-Z])")


def declared_office(sentence: str) -> str | None:
    """The office a member declaring an interest says they hold in another body, as written."""
    for match in _DECLARED_OFFICE.finditer(sentence):
        if body := body_name_at(sentence, match.end()):
            return f"{match.group('office')}{body}"
    return None
