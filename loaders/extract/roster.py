"""Attendance rosters: a label (``Present:``, ``Officers in attendance``, ``Apologies``)
and the block of names that follows it, up to the next label, heading or prose.

Minutes print who attended in many layouts: one name a line under a heading, a comma
list on the label's line, names run together where a table was flattened (``P J Bateson
J Campbell Mrs C Elattar``), posts before a dash (``Chief Executive – J Dixon``) or after
one (``Mr N Acott – Town Clerk``), sub-labels inside the block (``(Councillors)``,
``Officers``). Inside a roster every name-shaped run is a person, so names are read by
their shape — titles, initials, capitalised words, surname particles (``de``, ``van``),
surnames in capitals — not from a list of known names; a name without title or initial
must be two or three plain name words, or stand under a plural title (``Councillors
Acomb, Andrews and Arnold``). Phrases holding a post or organisation word are posts or
bodies, never names.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from govgraph.loaders.extract.names import (
    WELSH_DIGRAPHS,
    WELSH_INITIAL,
    Mention,
    is_given_name,
    lowercase_words,
)
from govgraph.loaders.extract.posts import NOUN_ENDING
from govgraph.loaders.rules import Rules

_PRESENT = (r"present|in\s+attendance|attending|attendance(?:\s+details)?|in\s+the\s+chair|presiding|"
            r"by\s+invitation(?:\s+of\s+the\s+\w+)?|observers?|attendees|members\s+of\s+the\s+public")
_LEAD = (r"(?:(?:members|councillors|officers|officials|others?|also|committee\s+members|board\s+members|"
         r"other\s+members|panel\s+members|voting\s+members|co-?opted\s+members|representatives|staff)\s+){0,3}")
_APOLOGIES = r"apolog(?:y|ies)(?:\s+for\s+absence)?"
_APOLOGIES_SENT = (rf"{_APOLOGIES}\s+(?:were|was)\s+(?:received|accepted|given|tendered|noted)"
                   r"(?:\s+(?:from|on\s+behalf\s+of))?")


def _label_body(apologies: str) -> str:
    return (rf"{_LEAD}(?:(?P<present>{_PRESENT})|(?P<apologies>{apologies}|apologies\s+received)|"
            r"(?P<absent>absent|not\s+present))(?:\s+(?:members|councillors|officers))?")


# ``Apologies were received from:`` is a label only with its colon (without, it opens a sentence)
_LABEL_BODY = _label_body(_APOLOGIES)
_COLON_LABEL_BODY = _label_body(f"{_APOLOGIES_SENT}|{_APOLOGIES}")
# A label on a line of its own, or opening a line and followed by a colon, a dash or a title.
_LINE_LABEL = re.compile(rf"(?im)^[ \t•·*-]*(?P<label>{_COLON_LABEL_BODY})[ \t]*:-?")
_LINE_HEADING = re.compile(rf"(?im)^[ \t•·*-]*(?:\d{{1,3}}[.)]?[ \t]+)?(?P<label>{_LABEL_BODY})[ \t]*"
                           r"(?:[-–—]|(?=[ \t]*$))")
# A capitalised label inside a line, always followed by a colon (pages flattened to one line).
_INLINE_LABEL = re.compile(rf"(?<=\s)(?P<label>(?=[A-Z])(?i:{_COLON_LABEL_BODY})|(?:were|was) (?:also )?present)"
                           r"[ \t]*:")
# ``ELGIN PRESENT Councillors E. Aldridge``, ``BOARD MEETING PRESENT Eric Baird``: a label in capitals inside a
# line, before a title or a name.
_CAPS_LABEL = re.compile(r"(?<=\s)(?P<label>(?-i:PRESENT|IN ATTENDANCE|(?P<apologies>APOLOGIES)))[ \t]+"
                         r"(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\b|[A-Z][a-z]+[ \t]+(?:Mc|Mac|O’|O')?[A-Z][a-z]+\b)")
# A label followed by a title and a name, without a colon (``Members Present Councillor Kearney``).
_TITLED_LABEL = re.compile(rf"(?im)^[ \t]*(?P<label>{_LABEL_BODY})[ \t]+(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\b)")
# ``Present Ann Bell Manager Kelby CAB``: a capitalised label opening a line, then a name (two capitalised words)
_NAMED_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>Present|In [Aa]ttendance|Attendees|Also [Pp]resent)[ \t]+"
                          r"(?=[A-Z][a-z]+[ \t]+(?:Mc|Mac|O’|O')?[A-Z][a-z]+\b)")
_SUBLABEL = re.compile(r"(?i)^(?:members|councillors|officers|officials|others|non-members|also|"
                       r"officers\s+present|council\s+officers|staff|in\s+attendance)\s*:?$")
_PROSE = re.compile(r"\b(?!and\b)[a-z][a-z’']*[ \t]+[a-z’']{2,}[ \t]+[a-z’']{2,}\b")
_HEADING = re.compile(r"(?m)^[ \t]*(?:\(?\d{1,3}[a-z]?[.)]?(?:\d{1,3})?[ \t]+[A-Z]|\(\d{1,3}\)[ \t]*$|"
                      r"[A-Z]{1,4}/\d{1,4}/\d{2,4}\b|Minutes?[ \t]*$|Min No)")
_PUBLIC = re.compile(r"\b(?:\d+\s+|two\s+|three\s+)?members?\s+of\s+the\s+(?:public|press)\b", re.I)
_NAMES_ONLY = re.compile(r"(?:(?:[A-Z][\w.’'-]*|and|&|[,;])\s*)*")
# the label of a section that is not a roster (``Declarations of Interest:``): it ends one
SECTION_LABEL = re.compile(r"(?:^|(?<=\s))((?:Declarations?|Disclosures?|Minutes|Decisions?|Resolved|Purpose|Agenda|"
                          r"Items?|Questions|Matters|Public|Content|Summary|Recommendations?|Reports?)"
                          r"(?: (?:of|for|and|the|to|[A-Z][a-z]+)){0,5})\s*:(?=\s)", re.M | re.I)
# a recorded vote, not a roster: ``For: A. Smith, B. Jones`` / ``Against ...``
_VOTE_LINE = re.compile(r"^\s*(?:For|Against|Abstain(?:ed|ing|ed from voting)?|Abstentions?|In favour)(?=[A-Z\s:(-])")
# a recorded vote's heading on a line of its own (``FOR`` / ``AGAINST`` / ``ABSTAIN``): the names under it voted
_VOTE_HEADING = re.compile(r"(?i)^[ \t]*(?:for|against|abstain(?:ed|ing)?|abstentions?|in favour)[ \t]*:?[ \t]*$")
_PARTICLES = {"de", "van", "von", "der", "den", "du", "da", "di", "del", "la", "le", "ní", "nic", "ó", "ap",
              "bin", "al", "st", "mac"}
_TOKEN = re.compile(rf"(?:[A-Z]|{WELSH_DIGRAPHS})\.(?:[A-Z]\.)*|"
                    r"[A-Za-zÀ-ÿ’']+(?:-(?!(?:Vice|Chair\w*|Deputy|Clerk|Mayor)\b)[A-Za-zÀ-ÿ’']+)*|\S")
_INITIALS = re.compile(rf"(?:[A-Z]\.?){{1,4}}|[A-Z]\.(?:[A-Z]\.?)+|{WELSH_INITIAL}")
_ALL_CAPS = re.compile(r"(?:Mc|Mac)?[A-Z][A-Z’'-]{2,}")
_NAME_WORD = re.compile(r"(?:Mc|Mac|O[’']|D[’'])?[A-ZÀ-Þ][a-zß-ÿ]+(?:[-’'][A-ZÀ-Þ][a-zß-ÿ]+)*|[A-Z][A-Z’'-]{2,}")
_SUBSTITUTE_FOR = re.compile(r"(?i)\b(?:substitut(?:e|ing)\s+for|in\s+place\s+of|on\s+behalf\s+of)\s*(?:\w+\s+)?$")
_MAX_BLOCK = 6000
_LONGEST_NAME = 7  # initials and words
_LONGEST_QUOTE = 600
_ROSTER_WORDS = {"Officers", "Officials", "Members", "Member", "Councillors", "Staff", "Others", "Present", "Apologies",
                 "Attendance", "Also", "PRESENT", "OFFICERS", "MEMBERS", "COUNCILLORS"}


def _is_initials(word: str) -> bool:
    """``J``, ``J.``, ``JV``, ``J.V.``: not ``WARD`` (a surname in capitals)."""
    return bool(_INITIALS.fullmatch(word)) and (len(word.rstrip(".")) <= 2 or "." in word)


@dataclass
class RosterEntry:
    """A person read from a roster, with the event its label gives (None for a list that
    records no attendance, such as a recorded vote) and the line quoted."""

    mention: Mention
    event: str | None
    quote: str


@cache
def _title_prefixes(rules: Rules) -> frozenset[str]:
    """First words of titles of several words (``County`` of ``County Councillor``): a title
    only when a title follows them."""
    return frozenset(h.split()[0] for h in rules.honorifics if " " in h) - {h for h in rules.honorifics if " " not in h}


@cache
def _title_words(rules: Rules) -> frozenset[str]:
    words = {h.split()[-1] for h in rules.honorifics} | {h for h in rules.honorifics if " " not in h}
    words |= set(rules.plural_honorifics) | {"Aldermen", "Alderwomen", "Provost", "Bailie", "Unitary", "Deputy",
                                            "Lord", "Members", "Member", "Councillors"}
    return frozenset(words | {w.upper() for w in words})


def _plural_title(word: str, rules: Rules) -> str | None:
    """The title a plural opens a list with: ``Councillors``, ``Aldermen``, ``Superintendents``."""
    plural = {**rules.plural_honorifics, "Aldermen": "Alderman", "CLLRS": "Cllr"}
    bare = word.rstrip(".:")
    bare = bare.title() if bare.isupper() and bare not in plural else bare  # ``BAILIES``
    if bare in plural:
        return plural[bare]
    singular = bare[:-1] if bare.endswith("s") else ""
    return singular if singular in rules.honorifics and len(singular) > 3 else None


def _event(label: re.Match) -> str:
    if label.group("apologies"):
        return "apologies"
    if label.group("absent"):
        return "absent"
    return "present"


def _labels(text: str) -> list[tuple[int, int, str]]:
    """(label start, label end, event) for every roster label, in order, overlaps removed."""
    found = []
    for pattern in (_LINE_LABEL, _LINE_HEADING, _TITLED_LABEL, _INLINE_LABEL):
        found += [(m.start("label"), m.end(), _event(m)) for m in pattern.finditer(text)]
    found += [(m.start("label"), m.end(), "apologies" if m.group("apologies") else "present")
              for m in _CAPS_LABEL.finditer(text)]
    found += [(m.start("label"), m.end(), "present") for m in _NAMED_LABEL.finditer(text)]
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for start, end, event in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, event))
    return kept


def _block_end(text: str, start: int, stop: int) -> int:
    """Where a roster opening at ``start`` ends: before ``stop`` (the next label), a
    numbered heading, or the first stretch of prose."""
    stop = min(stop, start + _MAX_BLOCK)
    block = text[start:stop]
    ends = [len(block)]
    if heading := _HEADING.search(block, 1):
        ends.append(heading.start())
    if other := SECTION_LABEL.search(block):  # ``Declarations of Interest:`` opens something else
        ends.append(other.start(1))
    # prose on a later line ends the roster before that line, unless only names lead up to it
    # (``2 members of the public`` in a roster is no prose)
    if prose := _PROSE.search(_PUBLIC.sub(lambda m: " " * len(m.group(0)), block)):
        line_start = block.rfind("\n", 0, prose.start()) + 1
        names_only = _NAMES_ONLY.fullmatch(block[line_start : prose.start()])
        new_paragraph = re.search(r"\n[ \t]*\n[ \t]*$", block[:line_start]) is not None
        ends.append(prose.start() if (names_only and not new_paragraph) or not block[:line_start].strip()
                    else line_start)
    return start + min(ends)


def _name_kind(titles: list[str], words: list[str], rules: Rules) -> str | None:
    """How a run of name words reads: ``titled`` (a title or initials show a person),
    ``plain`` (two or three name words, a person only where a roster lists it), ``surname``
    (one word, a person only under a plural title), or None."""
    if any(w in rules.not_name_words and not _is_initials(w) for w in words[:-1]):
        return None
    if words[-1] in rules.not_name_words and not (  # ``D Bridge``: a surname, vouched for by the initials
            words[-1].istitle() and len(words) > 1 and all(_is_initials(w) for w in words[:-1])):
        return None
    if titles or any(_is_initials(w) for w in words[:-1]):
        return "titled"
    plain = [w for w in words if w.lower() not in _PARTICLES]
    named = bool(plain) and plain[0] in rules.given_names  # ``Lawrence Spence``: names, whatever their endings
    if any(w in rules.org_head_words or (NOUN_ENDING.search(w) and not named) for w in plain):
        return None
    if 2 <= len(plain) <= 3:
        return "plain"
    return "surname" if len(plain) == 1 else None


def _names_in(segment: str, base: int, rules: Rules, plural: str | None) -> list[tuple[int, int, list[str], list[str]]]:
    """(start, end, titles, name parts) of each name in one separator-free stretch of a
    roster; ``plural`` is the plural title the stretch stands under on its line, if any."""
    titles_known = _title_words(rules)
    tokens = list(_TOKEN.finditer(segment))
    found: list[tuple[int, int, list[str], list[str]]] = []
    titles: list[str] = []
    parts: list[re.Match] = []
    free_from = [tokens[0].start() if tokens else 0]  # where an untitled name may start

    def close() -> None:
        while parts and (_is_initials(parts[-1].group(0)) or parts[-1].group(0).lower() in _PARTICLES):
            parts.pop()
        words = [p.group(0).rstrip(".") for p in parts]
        kind = _name_kind(titles, words, rules) if words else None
        gap = segment[free_from[0] : parts[0].start()] if parts else ""
        contiguous = bool(parts) and gap.strip() == ""
        # a table flattened to one line, ``Ann Bell Head of Audit Tom Reed Senior Planner``: a given name
        # opens the next name after the words of the last one's post
        between = set(gap.split())
        after_post = bool(words) and words[0] in rules.given_names and bool(between) and (
            bool(between & rules.post_words) or between <= rules.not_name_words)
        if kind == "titled" or (kind == "plain" and (contiguous or after_post)) or (kind == "surname" and plural):
            found.append((base + parts[0].start(), base + parts[-1].end(), [*titles] or ([plural] if plural else []),
                          words))
            free_from[0] = parts[-1].end()
        titles.clear()
        parts.clear()

    for index, token in enumerate(tokens):
        word = token.group(0)
        bare = word.rstrip(".")
        nxt = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        if len(parts) >= _LONGEST_NAME:  # no name runs longer: a run of initials or words is split
            close()
        prefix = bare in _title_prefixes(rules) and (nxt.rstrip(".") in titles_known
                                                      or nxt in _title_prefixes(rules))
        if prefix or bare in titles_known or word in titles_known or bare in _ROSTER_WORDS:
            if parts:
                close()
            if bare in titles_known and bare not in _ROSTER_WORDS:
                titles.append(bare)
            if not found and segment[free_from[0] : token.start()].strip() == "":
                free_from[0] = token.end()
            continue
        if _is_initials(word):
            named = [p for p in parts if not _is_initials(p.group(0))]
            if named and not _is_initials(parts[-1].group(0)) and (len(named) >= 2 or len(named) < len(parts)):
                close()  # ``J Campbell T J Catherwood``, but ``Iain M Luke``
            parts.append(token)
            continue
        if word.lower() in _PARTICLES and word.islower() and _NAME_WORD.fullmatch(nxt or ""):
            parts.append(token)
            continue
        if _ALL_CAPS.fullmatch(word) or bare in rules.honours:  # a surname in capitals ends a name: ``Helen WRIGHT``
            # a short one only after a given name or an initial (``Ann LEE``): ``Kelby CAB`` is a body
            vouched = len(bare) > 3 or any(_is_initials(p.group(0)) or p.group(0) in rules.given_names for p in parts)
            # and never after a surname in small letters: ``Ann Rowe KACA`` is a name and a body
            surnamed = any(not _is_initials(p.group(0)) and p.group(0) not in rules.given_names
                           and p.group(0).lower() not in _PARTICLES for p in parts[1:])
            if (parts and vouched and not surnamed and not _NAME_WORD.fullmatch(nxt or "")
                    and bare.title() not in rules.not_name_words and bare not in rules.honours):
                parts.append(token)
            elif not parts and not found and segment[free_from[0] : token.start()].strip() == "":
                free_from[0] = token.end()  # a rank in capitals before a name: ``ACC Wendell Price``
            close()
            continue
        if (_NAME_WORD.fullmatch(word) and bare not in rules.post_words
                and (bare not in rules.not_name_words or _vouched_surname(word, nxt, parts))):
            named = [p for p in parts if not _is_initials(p.group(0))]
            if (len(named) >= 2 and bare in rules.given_names and _NAME_WORD.fullmatch(nxt or "")) or len(named) >= 3:
                close()
            parts.append(token)
            continue
        close()
    close()
    return found


def _vouched_surname(word: str, following: str, parts: list[re.Match]) -> bool:
    """A surname that is also a common word (``D Bridge``, ``Mrs S Park``): taken where it ends
    a name that so far is only initials."""
    return (word.istitle() and not _NAME_WORD.fullmatch(following or "") and bool(parts)
            and all(_is_initials(p.group(0)) for p in parts))


def _split(block: str) -> list[tuple[int, str]]:
    """Separator-free stretches of a roster block: split at commas, semicolons, 'and',
    '&', dashes, line breaks, wide gaps and parentheses (whose contents are dropped)."""
    pieces = []
    cursor = 0
    for match in re.finditer(r"\([^()\n]{0,120}\)|[,;|\n\t/]|[ ]{2,}|\s+(?:and|&)\s+|\s+[-–—]+\s*|[-–—]+\s+|:",
                             block):
        pieces.append((cursor, block[cursor:match.start()]))
        cursor = match.end()
    pieces.append((cursor, block[cursor:]))
    return [(start, piece) for start, piece in pieces if piece.strip()]


Name = tuple[int, int, list[str], list[str]]


def _roster_names(text: str, start: int, end: int, rules: Rules) -> list[Name]:
    """Names in ``text[start:end]`` read as a roster. A plural title (``Councillors``) or a
    title before a list of single surnames (``Cllr Ashton, Dickason and Hill``) carries to the
    end of its line, and on to the next line when the line ends with a comma; a plural title on
    a line of its own (``BAILIES``) heads the names under it, up to the next such heading."""
    roster = text[start:end]
    found: list[Name] = []
    plural, plural_line = None, -1
    heading: str | None = None
    line, counted = 0, 0
    for offset, piece in _split(roster):
        words = piece.split()
        line, counted = line + roster.count("\n", counted, offset), offset  # counted as the pieces go: linear
        if words and _plural_title(words[0], rules):
            plural, plural_line = _plural_title(words[0], rules), line
            heading = plural if len(words) == 1 and _alone_on_line(roster, offset, len(piece)) else None
        if _SUBLABEL.match(piece.strip()):
            heading = None
            continue
        if plural and line > plural_line and roster[max(0, offset - 80):offset].rstrip().endswith(","):
            plural_line = line
        on_line = plural if line == plural_line else None
        single = len(words) == 1 or (len(words) == 2 and _plural_title(words[0], rules))
        names = _names_in(piece, start + offset, rules, on_line if single else heading)
        after_dash = re.search(r"[-–—]\s*$", roster[max(0, offset - 8):offset]) is not None  # ``N Smith – Ward``
        for name in names:
            if after_dash and _is_plain(name):
                continue
            if not _SUBSTITUTE_FOR.search(text[max(start, name[0] - 30) : name[0]]):
                found.append(name)
        if names and names[0][2] and len(names[0][3]) == 1 and not plural:  # ``Cllr Ashton, Dickason``
            plural, plural_line = names[0][2][0], line
    return found


def _alone_on_line(text: str, offset: int, length: int) -> bool:
    """Whether ``text[offset:offset + length]`` fills its line (bar spaces and a colon)."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset + length)
    after = text[offset + length : None if line_end == -1 else line_end]
    return text[line_start:offset].strip() == "" and after.strip(" \t:") == ""


def _labelled(text: str, rules: Rules) -> list[tuple[int, int, str, list[Name]]]:
    """(start, end, event, names) of every labelled roster."""
    labels = _labels(text)
    rosters = []
    for position, (label_start, label_end, event) in enumerate(labels):
        stop = labels[position + 1][0] if position + 1 < len(labels) else len(text)
        end = _block_end(text, label_end, stop)
        rosters.append((label_start, end, event, _roster_names(text, label_end, end, rules)))
    return rosters


def _coverage(line: str, names: list[Name], base: int, rules: Rules) -> float:
    """Share of a line's letters that are names, titles or posts."""
    letters = len(re.findall(r"[A-Za-zÀ-ÿ]", re.sub(r"\([^()]*\)", "", line)))
    named = sum(len(re.findall(r"[A-Za-zÀ-ÿ]", line[s - base : e - base])) for s, e, _, _ in names)
    titles = _title_words(rules) | _ROSTER_WORDS
    named += sum(len(w) for w in re.findall(r"[A-Za-z]+", line) if w in titles or re.fullmatch(r"[A-Z]{2,5}", w))
    named += sum(len(re.sub(r"[^A-Za-z]", "", piece)) for _, piece in _split(line)
                 if set(piece.split()) & rules.post_words)
    if described := re.search(r"\s[–—-]\s+((?:\S+\s*){1,5})$", line):  # ``N Smith – Erpingham Ward``
        named += len(re.findall(r"[A-Za-zÀ-ÿ]", described.group(1)))
    return named / letters if letters else 0.0


def _is_plain(name: Name) -> bool:
    """A name with neither title nor initials."""
    return not name[2] and not any(_is_initials(p) for p in name[3][:-1])


_LIST_WORDS = {"and", "of", "for", "the", "in", "on", "at", "with", "chair"}
_INITIALS_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z]{1,3}\)")


def _name_line(text: str, start: int, end: int, rules: Rules, lowercase: frozenset[str]) -> list[Name] | None:
    """The names of a line that is nothing but names, titles and posts, else None."""
    line = text[start:end]
    outside = re.sub(r"\([^()]*\)", "", line)
    if any(w not in _LIST_WORDS for w in re.findall(r"\b[a-z][a-z’']*\b", outside)):
        return None
    names = [n for n in _roster_names(text, start, end, rules)
             if not _is_plain(n) or is_given_name(n[3][0], rules, lowercase) or _initials_follow(text, n)]
    return names if names and _coverage(line, names, start, rules) >= 0.75 else None


def _initials_follow(text: str, name: Name) -> bool:
    """``Tariq Haddad (TH)``: the name's initials in brackets after it."""
    initials = "".join(p[0] for p in name[3]).upper()
    bracket = re.match(r"\s*\(([A-Za-z]{2,4})\)", text[name[1] : name[1] + 12])
    return bool(bracket) and bracket.group(1).upper().startswith(initials[:2]) and bracket.group(1)[0] == initials[0]


def _lead_in_event(text: str, start: int) -> str:
    """The event a run of names takes from the line before it (``... apologies from:``)."""
    before = text[max(0, start - 300) : start].rstrip()
    lead = before[before.rfind("\n") + 1 :]
    if lead.endswith(":"):
        if re.search(r"(?i)apolog", lead):
            return "apologies"
        if re.search(r"(?i)\babsent\b", lead):
            return "absent"
    return "present"


def _implicit(text: str, covered: list[tuple[int, int]], rules: Rules) -> list[tuple[int, int, str | None, list[Name]]]:
    """Rosters printed without a label (the label was a table cell lost in conversion): lines
    that are nothing but names, titles and posts — two names on one line, or a run of two
    or more such lines (``Stephen Mold (SM)`` / ``Paul Fell (PF)``). Recorded votes (``For:
    ...``, or the names under a ``FOR`` / ``AGAINST`` heading, however few) name people too,
    with no attendance event."""
    lowercase = lowercase_words(text)
    runs: list[list[tuple[int, int, list[Name]]]] = [[]]
    voted: set[int] = set()  # runs under a vote heading: every name in them voted, even a single one
    votes: list[tuple[int, int, str | None, list[Name]]] = []
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        if _VOTE_HEADING.match(line.group(0)):
            runs.append([])
            voted.add(len(runs) - 1)
            continue
        if vote := _VOTE_LINE.match(line.group(0)):  # the voters are people, but not an attendance record
            votes.append((start, end, None, _roster_names(text, start + vote.end(), end, rules)))
            runs.append([])
            continue
        if any(s <= start < e for s, e in covered) or _PROSE.search(line.group(0)) or _HEADING.match(line.group(0)):
            runs.append([])
            continue
        names = _name_line(text, start, end, rules, lowercase)
        if names:
            runs[-1].append((start, end, names))
        elif line.group(0).strip():
            runs.append([])
    rosters = []
    for number, run in enumerate(runs):
        names = [name for _, _, line_names in run for name in line_names]
        if number in voted and names:
            votes.append((run[0][0], run[-1][1], None, names))
            continue
        signal = any(not _is_plain(n) for n in names) or any(
            _INITIALS_IN_BRACKETS.search(text[s:e]) for s, e, _ in run)
        if signal and (len(run) >= 2 or len(names) >= 2):
            rosters.append((run[0][0], run[-1][1], _lead_in_event(text, run[0][0]), names))
    return rosters + votes


# an attendance table's legend: ``P: Present  A: Apologies``, ``P = present``
_LEGEND = re.compile(r"\b([A-Z][a-z]?)\s*[:=–-]\s*(present|apologies|absent|substitute|attended|did not attend)\b",
                     re.I)
_LEGEND_EVENTS = {"present": "present", "attended": "present", "apologies": "apologies", "absent": "absent",
                  "did not attend": "absent", "substitute": "present"}
_CODED_ROW = re.compile(r"^[ \t|]*([A-Z][a-z]?)[ \t|]{1,}(\S.{2,120}?)[ \t|]*$", re.M)


def _coded_table(text: str, rules: Rules) -> list[tuple[int, int, str | None, list[Name]]]:
    """Attendance tables with a code column and a legend (``P  Jane Doe`` / ``A  Tom Roe``
    under ``P: Present  A: Apologies``): each row takes the event its code stands for."""
    codes = {m.group(1): _LEGEND_EVENTS[m.group(2).lower()] for m in _LEGEND.finditer(text)}
    if not codes:
        return []
    rosters = []
    for row in _CODED_ROW.finditer(text):
        event = codes.get(row.group(1))
        if event and not _LEGEND.match(text, row.start(1)):
            names = _roster_names(text, row.start(2), row.end(2), rules)
            if names:
                rosters.append((row.start(), row.end(), event, names[:1]))
    return rosters


# a declarations table flattened to one cell a line: column titles on lines of their own, the first
# naming a person column (``Councillor``, ``Member``, ``Name``), a later one the interest
# (``Nature of Interest``), with up to three short titles between (``Minute Number``)
_INTEREST_HEADER = re.compile(
    r"(?im)^[ \t]*(?P<who>councillors?|members?|(?:councillor\s+|member\s+)?name)[ \t]*\n"
    r"(?:[ \t]*\n|[ \t]*[^\n]{1,40}\n){0,6}?"
    r"[ \t]*(?:(?:nature|type|details?)\s+of\s+(?:the\s+)?interests?|interests?\s+declared|declarations?)[ \t]*$")
_ITEM_NUMBER_LINE = re.compile(r"^[ \t]*\d{1,3}\.?[ \t]*$")
_TABLE_LINES = 80


def _interest_table(text: str, rules: Rules) -> list[tuple[int, int, str | None, list[Name]]]:
    """The rows of declarations tables: each line that is a name alone opens a row, and the
    person declared an interest; the person column's title (``Councillor``) is their title."""
    lowercase = lowercase_words(text)
    rosters = []
    for header in _INTEREST_HEADER.finditer(text):
        title = header.group("who").strip().title().removesuffix("s")
        titles = [title] if title in rules.honorifics else []
        for count, line in enumerate(re.finditer(r"[^\n]+", text[header.end():])):
            start, end = header.end() + line.start(), header.end() + line.end()
            if count > _TABLE_LINES or _HEADING.match(line.group(0)) or _ITEM_NUMBER_LINE.match(line.group(0)):
                break
            names = _name_line(text, start, end, rules, lowercase)
            if names and len(names) == 1:
                name_start, name_end, written_titles, parts = names[0]
                rosters.append((start, end, "declared_interest", [(name_start, name_end, written_titles or titles,
                                                                   parts)]))
    return rosters


def read_rosters(text: str, placed: list[tuple[int, int, Mention]], rules: Rules) -> list[RosterEntry]:
    """People listed as attending (or sending apologies) anywhere in a document's ``text``:
    under attendance labels, and in unlabelled runs of names.

    ``placed`` holds the mentions already found, with their offsets in ``text``; a name
    among them keeps its mention, others get a new :class:`Mention` whose offsets are in
    ``text`` and whose ``block`` is None, for the caller to place."""
    labelled = _labelled(text, rules) + _coded_table(text, rules) + _interest_table(text, rules)
    rosters = labelled + _implicit(text, [(s, e) for s, e, _, _ in labelled], rules)
    entries: list[RosterEntry] = []
    claimed: set[int] = set()
    for start, end, event, names in rosters:
        quote = re.sub(r"\s+", " ", text[start:end]).strip()[:_LONGEST_QUOTE]
        for name_start, name_end, titles, parts in names:
            mention = _mention(placed, claimed, name_start, name_end, titles, parts)
            entries.append(RosterEntry(mention, event, quote))
            if event == "present" and _ARRIVAL_TIME.match(text, name_end):
                entries.append(RosterEntry(mention, "joined", quote))
    return entries


# a time beside a present member's name is when they joined: ``S Quinn (7.28pm)``, ``(from 10.15 am)``
_ARRIVAL_TIME = re.compile(r"[ \t]*\((?:arrived\s+|joined\s+|from\s+)?(?:at\s+)?\d{1,2}[.:]\d{2}\s*"
                           r"(?:[ap]\.?m\.?)?\)", re.I)


def _readable_surname(word: str) -> str:
    """``WRIGHT`` → ``Wright``, ``McINNES`` → ``McInnes``; other spellings as written."""
    if not _ALL_CAPS.fullmatch(word):
        return word
    prefix = re.match(r"Mac|Mc", word)
    return (prefix.group(0) + word[prefix.end():].title()) if prefix else word.title()


def _mention(placed: list[tuple[int, int, Mention]], claimed: set[int], start: int, end: int, titles: list[str],
             parts: list[str]) -> Mention:
    """The placed mention the roster name overlaps, set to the roster's reading of the name,
    or a new mention; a placed mention that ran over two roster names serves only the first."""
    family = _readable_surname(parts[-1])
    expanded = [g for part in parts[:-1]
                for g in (re.findall(r"[A-Z]", part) if re.fullmatch(r"(?:[A-Z]\.?){2,4}", part) else [part])]
    index = bisect_left(placed, (end,)) - 1
    while index >= 0 and placed[index][1] > start:
        known_start, known_end, mention = placed[index]
        if known_start < end and id(mention) not in claimed:
            claimed.add(id(mention))
            if end != known_end:  # the roster reads the name's end: ``Helen WRIGHT``, not ``Helen``;
                mention.end += end - known_end  # ``Eric Baird`` then ``William Rae``, not ``Eric Baird William``
                mention.given, mention.family = expanded, family
            return mention
        index -= 1
    return Mention(start, end, titles, expanded, family, None)
