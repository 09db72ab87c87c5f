"""Partner and external organisations named in minutes.

Three signals, all from ``rules.toml``: organisations known by name or acronym
(``Ofsted``, ``DfE`` → Department for Education); capitalised phrases ending in an
organisation word (``Leicestershire Police``, ``Lancashire Safeguarding Children
Board``) or opening with one (``Commission for Social Care Inspection``); and acronyms
defined in the text (``Multi-Agency Safeguarding Hub (MASH)``); and names given as the
council's appointed firm (``Arlingclose, the Council's treasury advisers``). The council's own
services and bodies (``Children's Services``, ``Property Services``) are left out.
"""

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

from govgraph.loaders.given_names import given_names
from govgraph.loaders.model import Organisation
from govgraph.loaders.rules import Rules

_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w’'&-]*(?:\.[\w’'&-]+)*|&")
_ORG_FRIENDLY_POST_WORDS = {"Executive", "Safeguarding", "Partner", "Lead", "Chief", "Deputy",
                            "Commissioner", "Ombudsman", "Assistant", "Co-opted", "Mayoral"}
_JOINERS = {"of", "for", "and", "&"}
_NEVER_IN_A_NAME = {"The", "A", "An", "Minutes", "Agenda", "Meeting", "Item", "Report", "Decision", "Draft", "Proposed",
                    "Revised", "As", "In", "For", "With", "At", "By", "From", "If", "When", "While", "Following",
                    "During", "Whilst", "Although", "Because"}
_ENDS_A_NAME = {"Council", "Councils", "CCG", "ICB", "Trust", "Authority"}
_NATIONS = {"England", "Scotland", "Wales"}
_APPOINTED = re.compile(
    r"\b([A-Z][\w&’'-]*(?: (?:&|and|[A-Z][\w&’'-]*)){0,4}), (?:the )?(?:Council|Authority|Board|Partnership)[’']s "
    r"(?:(?:new|current|external|internal|treasury|appointed|main|lead|delivery|managing|specialist) )*"
    r"(?:auditors?|advisers?|advisors?|consultants?|contractors?|partners?|providers?|operators?|agents?)\b")
_GENERIC_EXTRA = frozenset({
    "Declaration", "Acceptance", "Management", "Heads", "Strategy", "Employability", "Skills", "Business", "Customer",
    "Infrastructure", "Policy", "Projects", "Resources", "Corporate", "Operational", "Senior", "Leadership", "Local",
    "Leaders", "Party", "Political", "Members", "Steering", "Advisory", "Programme", "Review", "Project", "Delivery",
    "Environmental", "Direct", "Shadow", "Draft", "Technical", "Operations",
})
# words that make a phrase a particular body however generic its other words
_PROPER = frozenset({"England", "Wales", "Scotland", "Ireland", "Britain", "Kingdom", "Northern", "NHS", "Ltd",
                     "Limited", "plc", "PLC", "LLP", "CIC", "UK", "HM"})
_NAMED_HEADS = frozenset({"Partnership", "Partnerships"})
_NATIONAL = re.compile(r"(?<![\w’'-])((?!(?:The|In|Across|Of|For|All|And)\b)[A-Z][\w’'-]*[ ](?:(?:for|and)[ ])?"
                       r"(?:[A-Z][\w’'-]*[ ]){0,2}(?:England|Wales|Scotland|Northern Ireland))\b")
_NATION_AS_PLACE = re.compile(r"\b(?:in|across|of|for|throughout|from|to)\s+$")
# what a spelt-out acronym names when it is a document, programme or measure, not a body
_NOT_BODIES = frozenset({
    "Strategy", "Plan", "Programme", "Policy", "Framework", "Scheme", "Statement", "Report", "Review", "Assessment",
    "Needs", "Disabilities", "Account", "Accounts", "Budget", "Register", "Standards", "Code", "Act", "Regulations",
    "Model", "Process", "Project", "Initiative", "Target", "Targets", "Rate", "Tax", "Levy", "Grant", "Allowance",
    "Data", "Order", "Notice", "Agreement", "Contract", "Protocol", "Procedure", "Charter", "Plans", "Behaviour",
    "Children", "People", "Adults", "Carers", "Leavers", "Persons", "Families", "Residents", "Pupils", "Patients",
    "Time", "Cost", "Costs", "Value", "Area", "Areas", "Zone", "Infrastructure", "Technology", "Option", "Options",
    "Loan", "Loans", "Bond", "Bonds", "Fund", "Funds", "Funding",
})
# a place and an acronym naming a local branch or body: ``Black Country LEP``, ``Farnham CAB``
_PLACE_ACRONYM = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z][\w’'-]*)(?: (?:and |& )?[A-Z][a-z][\w’'-]*){0,3}) "
                            r"([A-Z]{2,5})(?![\w’'-])")
# acronyms that follow a name without making it a body: document, office and team labels, ranks
_NOT_BODY_ACRONYMS = frozenset({"PDF", "HQ", "PA", "HR", "ICT", "IT", "DPD", "SPD", "PCSO", "AGM", "CEO", "RFO",
                                "NOTED", "AGREED", "II", "III", "IV", "VI", "VII", "UK",
                                # words in capitals: ``Parish Hall AT 7.25pm``
                                "AT", "IN", "ON", "OF", "TO", "BY", "AND", "THE", "FOR", "AM", "PM", "ALL", "NO"})
# abbreviated council types (``Bromsgrove DC``): most often the meeting's own council, left out
_COUNCIL_TYPES = frozenset({"DC", "BC", "MBC", "CBC", "CC", "TC", "PC", "CCC", "DCC"})
# words that open an action-log line (``Action PF``), not a body's name
_ACTION_WORDS = frozenset({"Action", "Actions", "Owner", "Lead", "Officer", "Response", "Update"})
_HEAD_FIRST = ("Department", "Ministry", "Office", "Commission", "Inspectorate", "Agency")
# the offices a member may hold in another body: ``a trustee of``, ``Chairman of``
OFFICES_ELSEWHERE = (r"[Dd]irector|[Tt]rustee|[Gg]overnor|[Cc]hair(?:man|woman|person)?|[Tt]reasurer|[Ss]ecretary|"
                     r"[Pp]resident|[Pp]atron")
# a tie a member declares as an interest, then the body it is with: ``as a trustee of Harbour Housing``,
# ``Employee of HMRC``, ``employed by Northfield Ltd`` (a body named so needs no organisation word)
_AFFILIATION = re.compile(
    rf"\b(?:(?:[Bb]oard )?[Mm]ember|[Ee]mployee|[Vv]olunteer|[Ss]hareholder|{OFFICES_ELSEWHERE})\s+(?:of|with|at|to)\s+"
    r"(?:the\s+)?(?=[A-Z])|\b(?:employed|engaged|retained)\s+by\s+(?:the\s+)?(?=[A-Z])|\bworks?\s+(?:for|at)\s+"
    r"(?:the\s+)?(?=[A-Z])")
_NAME_AFTER = re.compile(r"[A-Z][\w’'&-]*(?:\.\w[\w’'&-]*)*"
                         r"(?:[ ](?:(?:of|for|and|&)[ ](?:the[ ])?)?[A-Z][\w’'&-]*){0,6}")
_DECLARED = re.compile(r"(?i)\binterests?\b|\bdeclar")
# words of a roster's or a form's labels, never a body heading its representatives
_LABEL_WORDS = frozenset({"Present", "Apologies", "Attendance", "Attending", "Officers", "Members", "Councillors",
                          "Also", "Substitutes", "Substitute", "Contact", "Chair", "Chairman", "Clerk", "Minutes",
                          "Mover", "Seconder", "Proposed", "Seconded", "Presiding", "Observers", "Guests", "Speakers",
                          "Non-Member", "Non-Members", "Member", "Visitor", "Visitors"})


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    text = re.sub(r"['’`]", "", text).lower().replace("&", " and ")
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", text)).strip()


@cache
def _normalised(names: frozenset[str]) -> frozenset[str]:
    return frozenset(_norm(name) for name in names)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word == "&"


def _phrases_ending(text: str, rules: Rules) -> list[tuple[str, int]]:
    """Capitalised runs ending in an organisation word, with their start offsets."""
    words = list(_WORD.finditer(text))
    found = []
    for index, word in enumerate(words):
        if word.group(0) not in rules.org_head_words:
            continue
        nxt = words[index + 1] if index + 1 < len(words) else None
        gap = text[word.end() : nxt.start()] if nxt else "\n"
        if (nxt and _capitalised(nxt.group(0)) and gap.strip() == "" and "\n" not in gap
                and nxt.group(0).rstrip(".") not in rules.honorifics):  # ``... Care Trust Mr Shane Devlin``
            continue
        start = index
        while start > 0:
            prev = words[start - 1]
            gap = text[prev.end() : words[start].start()]
            if gap.strip() not in ("", "-") or "\n" in gap or (gap.strip() == "-" and gap != "-"):
                break  # a spaced dash (``Business - Kelby Council``) parts two phrases
            token = prev.group(0)
            joiner = token in _JOINERS or (token == "with" and word.group(0) == "Council")
            if joiner and start - 2 >= 0 and words[start - 2].group(0) in _ENDS_A_NAME | _NATIONS:
                break  # ``Audit Scotland and Kelby Water``: two bodies
            if joiner and start - 2 >= 0 and _capitalised(words[start - 2].group(0)):
                start -= 1
                continue
            if not _capitalised(token) or token in _NEVER_IN_A_NAME:
                break
            start -= 1
        while start < index and words[start].group(0) in _JOINERS:
            start += 1
        if start < index:
            found.append((text[words[start].start() : word.end()], words[start].start()))
    for match in re.finditer(
        rf"\b(?:(?:London |Royal |Metropolitan )?Borough|Board|Association|{'|'.join(_HEAD_FIRST)}) (?:for|of) "
        rf"(?:the )?"
        rf"(?:[A-Z][\w’'-]*(?: (?:and|&|upon|on) | ))*[A-Z][\w’'-]*",
        text,
    ):
        found.append((match.group(0), match.start()))
    return found


def _without_post(phrase: str, rules: Rules) -> str | None:
    """``Director of Windsor Housing`` → ``Windsor Housing``; a phrase with no post word as is."""
    words = phrase.split()
    posts = [i for i, w in enumerate(words) if w in rules.post_words - _ORG_FRIENDLY_POST_WORDS]
    if not posts:
        return phrase
    rest = words[posts[-1] + 1 :]
    while rest and rest[0] in ("of", "for", "at", "to", "the"):
        rest = rest[1:]
    return " ".join(rest) if len(rest) >= 2 and rest[0][:1].isupper() else None


def _after_acronym(phrase: str) -> str:
    """``CCG and Fire Service`` → ``Fire Service``: an acronym before 'and' is its own name."""
    match = re.match(r"[A-Z]{2,8} (?:and|&) (.+)$", phrase)
    return match.group(1) if match else phrase


@cache
def _generic_words(rules: Rules) -> frozenset[str]:
    """Words that name no particular body: ``Housing``, ``Services``, ``Risk``, ``Group``."""
    return rules.not_name_words | rules.org_head_words | rules.post_words | _GENERIC_EXTRA


def is_generic(phrase: str, rules: Rules) -> bool:
    """Whether every capitalised word of ``phrase`` is a generic word (``Housing &
    Community Services``, ``Risk Management Group``): a kind of body, not a named one."""
    generic = _generic_words(rules)
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", phrase) if w[:1].isupper()]
    named_head = words[-1:] and words[-1] in _NAMED_HEADS and not re.search(r"(?:\band|&) \w+$", phrase)
    if not words or named_head or words[0] in _HEAD_FIRST or set(words) & (_PROPER | {"Safeguarding"}):
        return False
    return all(w in generic or w.rstrip("s") in generic or w.removesuffix("es") in generic
                               for w in words)


# the council's own groups, however named: ``Housing Repairs Working Group``, ``Improving Lives Select Commission``
_OWN_GROUP = re.compile(r"\b(?:Working|Task(?: and Finish)?|Steering|Review|Member|Members|Officer|Project) Group$|"
                        r"\b(?:Select|Scrutiny) (?:Commission|Panel)$")
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"})


# the statutory roles a council acts in: ``Lead Local Flood Authority``, ``Local Planning Authority``
_AUTHORITY_ROLE_WORDS = frozenset({
    "Lead", "Local", "Sole", "Accountable", "Responsible", "Competent", "Statutory", "Host", "Administering",
    "Planning", "Highway", "Highways", "Education", "Licensing", "Flood", "Waste", "Collection", "Disposal",
    "Housing", "Transport", "Traffic", "Parking", "Billing", "Pension", "Pensions", "Harbour", "Minerals",
})


def _is_internal(phrase: str, rules: Rules) -> bool:
    words = phrase.split()
    first, last = words[0], words[-1]
    if last == "Authority" and len(words) > 1 and set(words[:-1]) <= _AUTHORITY_ROLE_WORDS | {"and", "&"}:
        return True
    if _OWN_GROUP.search(phrase) or first in _MONTHS:  # ``March Council meeting`` is a date and a body
        return True
    if _norm(phrase) in _normalised(rules.not_organisations):
        return True
    if last in ("Council", "Councils") and words[-2] in ("County", "District", "Borough", "City", "Town", "Parish",
                                                       "Full", "Community") and len(words) == 2:
        return True
    generic_heads = {"Service", "Services", "Group", "Board", "Office", "Department",
                     "Team", "Authority", "Council"}
    tail = re.split(r" (?:of|for) ", phrase)[-1].split()
    multi_agency = "Safeguarding" in words  # safeguarding boards are partnerships by statute
    if last in generic_heads and not multi_agency and (first in rules.internal_starts
                                                       or tail[0] in rules.internal_starts):
        return True
    if last == "Group" and "Party" in words:  # political groups of the council
        return True
    return first.endswith(("’s", "'s")) and first not in ("Majesty’s", "Majesty's")


@cache
def known_organisation_pattern(rules: Rules) -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every known spelling, longest first, and the preferred name of each."""
    preferred = {alias: org.name for org in rules.known_organisations for alias in org.aliases}
    spellings = sorted(preferred, key=len, reverse=True)
    alternation = "|".join(re.escape(a) for a in spellings)
    return re.compile(rf"(?<![\w’'-])(?:{alternation})(?![\w-])"), preferred


def _known(text: str, rules: Rules) -> list[tuple[str, str, int]]:
    """(preferred name, spelling found, offset) for organisations known by name."""
    pattern, preferred = known_organisation_pattern(rules)
    found = []
    for match in pattern.finditer(text):
        alias = match.group(0)
        if alias in rules.common_word_names:
            before = text[max(0, match.start() - 20) : match.start()].split()
            after = text[match.end() : match.end() + 20].split()
            if before and _capitalised(before[-1]) and before[-1] not in ("The", "the", "HM"):
                continue
            if after and _capitalised(after[0]) and not after[0].isupper():
                continue
        found.append((preferred[alias], alias, match.start()))
    return found


_INITIALS_THEN_NAME = re.compile(r"(?:[A-Z]\.?\s+){1,3}[A-Z][a-z’'-]+")
_GIVEN_THEN_NAME = re.compile(r"([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?[A-Z][a-z’'-]+")


def _person_shaped(phrase: str) -> bool:
    """``D Bridge``, ``Sian Hughes``: initials or a given name, then a surname."""
    given = _GIVEN_THEN_NAME.fullmatch(phrase)
    return bool(_INITIALS_THEN_NAME.fullmatch(phrase) or (given and given.group(1) in given_names()))


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in the text: ``Full Name (FN)`` → {"FN": "Full Name"}."""
    defined = {}
    for match in re.finditer(r"((?:[A-Z][\w’'-]*[ ](?:(?:of|for|and|&|the)[ ])?){1,9})\(([A-Z][A-Za-z&]{1,9})\)",
                             text):
        phrase, acronym = match.group(1).strip(), match.group(2)
        if sum(c.isupper() for c in acronym) < 2 or _person_shaped(phrase):
            continue  # ``D Bridge (DB)``, ``Sian Hughes (SH)``: a person's initials, as rosters print them
        initials = [w[0] for w in re.split(r"[\s-]+", phrase) if w and w[0].isupper()]
        letters = [c for c in acronym if c.isupper()]
        if initials and letters and letters[0] in initials:
            start = initials.index(letters[0])
            defined[acronym] = " ".join(phrase.split()[start:]) if start else phrase
    return defined


def _spelt_out(phrase: str, acronym: str) -> bool:
    """Whether ``acronym`` is exactly the initials of ``phrase``'s capitalised words
    (``Northern Ireland Housing Executive`` / ``NIHE``)."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", phrase) if w[:1].isupper())
    return initials == "".join(c for c in acronym if c.isupper()) and len(initials) >= 2


def _sentence_around(text: str, offset: int) -> str:
    start = max(text.rfind(". ", 0, offset) + 2, text.rfind("\n", 0, offset) + 1, 0)
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i != -1]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


def find_organisations(text: str, rules: Rules, exclude: set[str]) -> list[Organisation]:
    """Organisations named in ``text``, one each, excluding names in ``exclude``
    (the meeting's own body and council, and the people named)."""
    acronyms = _acronyms(text)
    candidates: list[tuple[str, str | None, int]] = []
    phrases = []
    for phrase, offset in _phrases_ending(text, rules):
        cleaned = _without_post(_after_acronym(phrase), rules)
        if cleaned and not _is_internal(cleaned, rules):
            phrases.append((cleaned, None, offset + phrase.find(cleaned)))
    known = _known(text, rules)
    for name, alias, offset in known:
        if _only_inside_longer_names(alias, known, phrases):
            continue
        acronym = alias if alias.isupper() or (alias[:1].isupper() and alias[1:] != alias[1:].lower()
                                               and " " not in alias) else None
        written = name if name in text else alias
        candidates.append((written, acronym, offset))
    candidates += phrases
    for acronym, phrase in acronyms.items():
        named = phrase.split()[-1] in rules.org_head_words or (
            _spelt_out(phrase, acronym) and phrase.split()[-1] not in _NOT_BODIES and not is_generic(phrase, rules))
        if named and not _is_internal(phrase, rules):
            candidates.append((phrase, acronym, text.find(phrase)))
    for match in _NATIONAL.finditer(text):  # ``Police Scotland``, ``Transport for Wales``
        if not _NATION_AS_PLACE.search(text[max(0, match.start() - 12) : match.start()]):
            candidates.append((match.group(1), None, match.start()))
    candidates += _place_acronyms(text, rules)
    for match in _brand_place(rules).finditer(text):  # ``NHS Grampian``, ``Healthwatch Kirklees``: named by area
        following = text[match.end() : match.end() + 20].split()[:1]
        document = bool(following) and following[0].strip(".,;:").title() in _NOT_BODIES  # ``NHS Long Term plan``
        if not document and not set(match.group(1).split()) & (_generic_words(rules) | rules.not_name_words):
            candidates.append((match.group(0), None, match.start()))
    for match in _APPOINTED.finditer(text):
        if match.group(1).split()[0] not in ("The", "This", "That", "It"):
            candidates.append((match.group(1), None, match.start()))
    candidates += _declared_ties(text, rules)
    candidates += _represented(text, rules)
    known_names = _normalised(frozenset(known_organisation_pattern(rules)[1]))
    candidates = [c for c in candidates if _norm(c[0]) in known_names or c[1] or not is_generic(c[0], rules)]
    excluded = {_norm(e) for e in exclude if e}
    merged: list[Organisation] = []
    for name, acronym, offset in sorted(candidates, key=lambda c: c[2]):
        if _norm(name) in excluded or any(w in name for w in ("Committee", "Sub-Committee")):
            continue
        acronym = acronym or next((a for a, p in acronyms.items() if _norm(p) == _norm(name)), None)
        same = next((o for o in merged if _same(o, name, acronym, rules.common_word_names)), None)
        if same is None:
            merged.append(Organisation(name, acronym, _sentence_around(text, max(offset, 0))))
        else:
            if len(name) > len(same.name) and not name.isupper():
                same.name = name
            same.acronym = same.acronym or acronym
    return merged


def _declared_ties(text: str, rules: Rules) -> list[tuple[str, str | None, int]]:
    """The bodies members name in declaring an interest (``a member of Harbour Housing and a
    Director of Northfield``): whatever their words, when the name is not a person's, a
    political party's, a post's or a kind of body."""
    found = []
    for match in _AFFILIATION.finditer(text):
        name = body_name_at(text, match.end())
        if not name or not _DECLARED.search(_sentence_around(text, match.start())):
            continue
        words = set(name.split())
        if (_person_shaped(name) or "Party" in words or words & rules.post_words
                or is_generic(name, rules) or _is_internal(name, rules)):
            continue
        found.append((name, None, match.end()))
    return found


def _represented(text: str, rules: Rules) -> list[tuple[str, str | None, int]]:
    """Bodies heading the line of who came for them: ``Harbour Fire and Rescue: Mr D Lock,
    Station Manager;``, ``Army: Major K Lund``."""
    found = []
    for match in _representative_line(rules).finditer(text):
        name = match.group("body")
        words = set(name.split())
        if (words & rules.post_words or {w.title() for w in words} & _LABEL_WORDS or _person_shaped(name)
                or is_generic(name, rules) or _is_internal(name, rules)):
            continue
        found.append((name, None, match.start("body")))
    return found


@cache
def _representative_line(rules: Rules) -> re.Pattern:
    titles = rules.honorific_pattern()
    return re.compile(rf"(?m)^[ \t]*(?P<body>{_NAME_AFTER.pattern})[ \t]*:[ \t]*(?:{titles})\.?[ ]+[A-Z]")


def body_name_at(text: str, position: int) -> str | None:
    """The capitalised name starting at ``position`` (``Harbour Trust Board``, ``Friends of
    Kelby Park``), without a joining word it ends on; None where no capital opens one."""
    named = _NAME_AFTER.match(text, position)
    return re.sub(r"[ ](?:of|for|and|&)(?:[ ]the)?$", "", named.group(0)) if named else None


@cache
def _brand_place(rules: Rules) -> re.Pattern:
    """A national network's brand then the area its local body serves (``NHS Grampian``)."""
    brands = "|".join(re.escape(b) for b in rules.place_brands)
    area = r"(?:[A-Z][a-z][\w’'-]*)(?: (?:and )?[A-Z][a-z][\w’'-]*){0,2}"
    return re.compile(rf"\b(?:{brands}) ({area})(?![\w’'-]|[ ][A-Z])")


def _place_acronyms(text: str, rules: Rules) -> list[tuple[str, str | None, int]]:
    """``Coventry & Warwickshire LEP``: place words then an acronym, when the words are not a
    person's name, a post, a generic phrase or an opening word, and the acronym is not a label."""
    found = []
    for match in _PLACE_ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        if (acronym in _NOT_BODY_ACRONYMS or acronym in _COUNCIL_TYPES or acronym in rules.honours
                or words[0] in rules.not_name_words or words[0] in _ACTION_WORDS
                or words[0] in given_names() or set(words) & (rules.post_words | rules.org_head_words)
                or is_generic(match.group(1), rules) or match.group(1).endswith(("’s", "'s"))):
            continue  # ``Kelby’s LAC``: a possessive names whose, not a body
        found.append((match.group(0), None, match.start()))
    return found


def _only_inside_longer_names(alias: str, known: list[tuple[str, str, int]],
                              phrases: list[tuple[str, str | None, int]]) -> bool:
    """``CCG`` that is only ever the end of a named one (``Greater Preston CCG``)."""
    offsets = [offset for _, spelling, offset in known if spelling == alias]
    return all(any(start < offset and offset + len(alias) <= start + len(phrase) for phrase, _, start in phrases)
               for offset in offsets)


def _same(org: Organisation, name: str, acronym: str | None, common_names: frozenset[str]) -> bool:
    """Whether ``name`` is another spelling of ``org``; a name that is also a common word
    (``Government``) is not the shortening of a longer one (``Welsh Government``)."""
    a, b = _norm(org.name), _norm(name)
    if a == b or (acronym and org.acronym == acronym):
        return True
    if org.acronym and _norm(org.acronym) == b:
        return True
    if {org.name, name} & common_names:
        return False
    if len(a) > 3 and len(b) > 3 and (a in b or b in a):
        return True
    return _spelling_variants(a.split(), b.split())


def _spelling_variants(a: list[str], b: list[str]) -> bool:
    """Whether two names differ only in spelling (``Childrens`` / ``Children``,
    ``Organisation`` / ``Organization``), not in a word that tells two bodies apart
    (``North`` / ``South Kesteven District Council``)."""
    if len(a) != len(b):
        return False
    return all(x.rstrip("s") == y.rstrip("s")
               or (min(len(x), len(y)) >= 6 and SequenceMatcher(None, x, y).ratio() >= 0.8)
               for x, y in zip(a, b, strict=True))
