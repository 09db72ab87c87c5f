"""Named risks, sub-risks and risk-score changes.

``a deep dive into the Strategic Risk “Operations” which included the sub-risks (a)
Failure of Children's Social Care and (b) Failure of Adults Social Care`` gives a risk
and two sub-risks; ``the overall gross risk score had fallen to 15 from 25`` a score
change for the risk under discussion; ``risk CRR01`` a register entry; ``the Climate
Emergency as a key strategic risk`` a named risk. In items about a risk register,
``the risk of <harm>`` names a risk too. ``Risk owner: Director of Resources`` or
``owned by the Chief Executive`` names the current risk's owner.
"""

import re
from difflib import SequenceMatcher
from functools import lru_cache

from govgraph.loaders.model import Risk, RiskScore
from govgraph.loaders.segment import sentences

_QUOTED = re.compile(r"\b(?:[Ss]trategic |[Cc]orporate |[Kk]ey )?[Rr]isk\s+[“\"‘']([^”\"’']{3,80})[”\"’']")
_SUBRISKS = re.compile(r"\bsub-?risks?\s+((?:\(?[a-z0-9]{1,3}\)\s*[^()]+?)+)(?:\.|$)", re.I)
_LETTERED = re.compile(r"^\(?([a-z])\)\s+([A-Z][^.:\n]{3,80})$")
_REGISTER_ID = re.compile(r"\b[Rr]isks?\s+(?:reference\s+|ref\.?\s+)?([A-Z]{2,5}\s?\d{1,3}[a-z]?)\b")
# ``The Harbour closure was now recorded on the corporate risk register``: a thing a register holds
_IN_REGISTER = re.compile(
    r"^[\s•·●▪*–-]*(?:The )?(?!(?:Members|Officers|Councillors|Staff|Residents|They|It|This|These|That)\b)"
    r"([A-Z][\w’'-]*(?: [\w’'-]+){0,5}?) (?:had been|has been|have been|was|were|is|are) (?:now )?"
    r"(?:recognised|recorded|included|added|entered|captured|identified|placed)\s+(?:in|on|to|within) (?:the |our )?"
    r"(?:\w+ ){0,2}risk registers?\b")
# ``one risk score decreased (Loss of Data Centre)``: the risk whose score moved, in brackets
_MOVED_SCORE = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|\d+) risks?(?: scores?)? (?:increased|decreased|reduced|rose|"
                          r"fell|went up|went down|changed|improved|worsened) \(([A-Z][^()]{3,120})\)")
_AS_RISK = re.compile(
    r"\b(?:the )?((?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){0,5})(?: (?:had been|has been|was|were|being) added)? "
    r"as an? (?:(?:key|new|significant|major|"
    r"emerging|high|red)\s+)*(?:strategic |corporate |principal )?risk\b")
_RISK_OF = re.compile(r"\b[Tt]he risk of ([a-z][^,.;:]{5,100}?)(?= should| would| could| was| were| is| had| has|"
                      r" be | and whether|[,.;:]|$)")
_SCORE = re.compile(
    r"\b(?:(gross|net|target|residual|current|inherent) )?risk (?:score|rating)(?: [^.;]{0,80}?)? (?:had |has |have )?"
    r"(?:been )?(?:fallen|fell|reduced|decreased|dropped|lowered|risen|rose|increased|gone (?:up|down)|"
    r"moved|changed)\s+(?:(?:to (\d+) from (\d+))|(?:from (\d+) to (\d+)))", re.I)
# a change said right after the risk's name: ``Harbour Wall Collapse had risen to 20 from 12``
_NAMED_CHANGE = re.compile(r"^\s+(?:had |has |have )?(?:been )?()(?:fallen|fell|reduced|decreased|dropped|risen|rose|"
                           r"increased)\s+(?:(?:to (\d+) from (\d+))|(?:from (\d+) to (\d+)))")
# a rating: ``residual risk score of 12``, ``inherent rating: 20``, ``scored 4 x 5``, ``likelihood 4 x impact 5``
_RATING = re.compile(
    r"\b(?:(?P<kind>gross|net|target|residual|current|inherent|mitigated|unmitigated)\s+)?(?:risk\s+)?"
    r"(?:score|rating|scored|rated)\s*(?:of|is|was|at|:|=)?\s*(?:(?:likelihood|probability)\s*)?"
    r"(?:(?P<times>\d{1,2})\s*(?:x|×|\*)\s*(?:impact\s*)?(?P<by>\d{1,2})|(?P<value>\d{1,3})(?!\s*(?:x|×|%|/|\.\d)))",
    re.I)
_CODED = re.compile(r"\b((?:[A-Z][\w’'-]*\s(?:(?:of|for|and|the|to|in|on|into|due)\s)*){0,12}[A-Z]?[\w’'-]*)\s*"
                    r"\(([A-Z]{2,4}\s?\d{1,4}[a-z]?)\)")
# a register code of the shape risk registers give (R for risk): ``R8``, ``SR06``, ``CRR01``, ``COR0010``
_RISK_CODE = re.compile(r"(?<![\w(-])[A-Z]{0,3}R\d{1,4}(?:[a-rt-z](?![\w)-])|(?![\w)-]))")
_TITLE_AFTER_CODE = re.compile(r"[ \t]+[-–—:]?[ \t]*(?!(?:The|This|That|It|Its|Members|Officers|Risk|Risks)\b)"
                               r"([A-Z][\w’'-]*(?:[ ](?:(?:of|and|for|&|to|in|on)[ ])?[A-Z][\w’'-]*){0,5})")
# ``Risk 11`` standing alone in a register item, or several: ``risks (3, 8 and 12)``, ``Risk Nos. 4 and 5``
_BARE_NUMBER = re.compile(r"(?<!\()\b[Rr]isks?\s+(?:[Nn]os?\.?\s*|numbers?\s+)?\(?"
                          r"(\d{1,3}[a-z]?(?:\s*(?:,|and|&)\s*\d{1,3}[a-z]?)*)\b\)?(?!\s*(?:[-–—:%]|or above|or more))")
_NAMED_RISK = re.compile(r"\bthe ((?:[A-Z][\w-]*\s){1,5})risks?\b(?! (?:management|register|appetite|score|"
                         r"rating|strategy|policy|framework|matrix|assessment))")
_OWNER = re.compile(r"\b(?:[Rr]isk )?[Oo]wner(?:ship)?(?:\s+(?:is|was|lies with))?\s*[:\-–]?\s+(?:the\s+)?"
                    r"([A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&-]*))*)|\bowned by (?:the\s+)?"
                    r"([A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&-]*))*)")
_REGISTER_CONTEXT = re.compile(r"\brisk register\b|\bstrategic risks?\b|\bcorporate risks?\b|\bnew risks?\b"
                               r"|\btop \w+ risks\b"
                               r"|\brisks? (?:were|was|had been|have been|has been) (?:added|removed|closed|escalated)",
                               re.I)
# ``Risk 9 - Cyber Attack``, ``risk ref 12 - Leisure Centres``, ``Risk number 4: Recruitment``
_NUMBERED = re.compile(r"\b[Rr]isk\s+(?:ref(?:erence)?\.?\s*|number\s+|no\.?\s*)?(\d{1,3}[a-z]?)\s*[-–—:]\s*"
                       r"([A-Za-z][^.;:\n]{3,160})")
# a register code opening a line: ``OR_CED04 Threat of Industrial Action:``, ``• OP4 Fleet Replacement``,
# ``FIN-2021-04 Budget Pressures``, ``R5 – Damaging ...``
_CODED_LINE = re.compile(r"^[\s•·●▪*-]*((?:[A-Z]{1,5}[_-])?[A-Z]{1,5}[_-]?(?:\d{4}[_-])?\d{1,3}[a-z]?)\s*[-–—:]?\s+"
                         r"([A-Z][^.:;\n]{3,160})", re.M)
# ``Telephony (risk no.15)``, ``Flood response (risk no. 18)``
_NAME_THEN_NUMBER = re.compile(r"((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,5}"
                               r"(?:\s+(?!(?:and|or|but|with|was|were|is|are|had|has|have|been|as|at|on|in|to)\b)"
                               r"[a-z][\w’'-]*(?<!ed)){0,3})\s+\((?:[Rr]isk|[Rr]ef)\.?\s*"
                               r"(?:[Nn]o\.?|number)?\s*\d{1,3}[a-z]?\)")
# ``the ‘Failure to manage staff wellbeing’ risk``
_QUOTED_BEFORE = re.compile(r"[‘“\"']([^’”\"']{3,120})[’”\"']\s+risk\b")
# ``a risk relating to Climate Change``, ``the risk posed by a no deal Brexit``, ``to add a risk on X``
_RISK_ABOUT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Nn]ew|[Aa]dditional)\s+(?:(?:new|additional|strategic|corporate|key)\s+)?risks?\s+"
    r"(?:had been added\s+)?"
    r"(?:relating to|related to|in relation to|regarding|concerning|associated with|posed by|to the|around|"
    r"(?<=add a risk )on)\s+"
    r"(?:the\s+|a\s+)?([A-Za-z][^,.;:()]{2,100}?)(?=\s+(?:had|has|was|were|is|be|and|as|which|that|would|could)\b|[,.;:()]|$)")
# a risk named in lower case in a register item: ``the staff availability risk had been updated``,
# ``the EU transition risk``; not a kind of risk (``the overall risk``, ``the fraud risk``)
_LOWER_NAMED = re.compile(r"\b[Tt]he ((?:(?![Tt]he\b)[\w/()’'-]+\s){1,5}?)risk\b"
                          r"(?! (?:management|register|appetite|score|rating|strategy|policy|framework|matrix|"
                          r"assessment|level|owner|profile|of|that|to|ref|number|no)\b|\s*\d)")
_RISK_KINDS = frozenset({
    "overall", "main", "key", "highest", "high", "higher", "biggest", "greatest", "same", "new", "red", "amber",
    "green", "low", "lower", "medium", "strategic", "corporate", "operational", "significant", "potential",
    "current", "residual", "inherent", "target", "net", "gross", "other", "this", "that", "each", "any", "a",
    "an", "no", "one", "first", "second", "third", "last", "related", "associated", "identified", "top",
    "principal", "major", "minor", "emerging", "underlying", "specific", "particular", "whole", "increased",
    "reputational", "financial", "fraud", "its", "their", "his", "her", "our", "or", "of", "in", "to",
    "for", "with", "on", "at", "by", "said", "above", "below", "following", "previous", "only", "relevant",
})
# a one-word risk name in lower case must be a noun by its ending (``transformation``, ``recruitment``)
_NOUN = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ness|ure)$")
# a sentence whose subject is said to be a risk: ``Viruses and malware remained a potent risk``,
# ``The appeal case still posed a risk``
_SUBJECT_RISK = re.compile(r"^(?:The\s+)?([A-Z][^,;:.]{2,80}?)\s+(?:still\s+|also\s+)?(?:remained|remains|posed|poses|"
                           r"continued to pose|continues to pose)\s+(?:a|an)\s+(?:\w+\s+)?risk\b")
# a lead-in that introduces risks as a list: ``the top three risks ...:``, ``three new risks were added:``
_LEAD_IN = re.compile(r"\brisks?\b(?! (?:owner|score|rating))[^.:\n]{0,250}:[ \t]*$"
                      r"|\brisks\b[^.:\n]{0,120}:[ \t]+(?=\S)", re.I | re.M)
_BULLET = re.compile(r"^\s*(?:[•·●▪*–-]|\(?[a-z0-9]{1,3}[.)])\s+(.{3,200}?)\s*$", re.M)


@lru_cache(maxsize=4096)
def _comparable(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def _same_risk(a: str, b: str) -> bool:
    x, y = _comparable(a), _comparable(b)
    if x == y:
        return True
    matcher = SequenceMatcher(None, x, y)
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def _add(risks: list[Risk], name: str, parent: str | None, item: int, quote: str) -> Risk | None:
    """The risk of that name, added unless already there; None when ``name`` cannot be a
    risk's name (a fragment, a question, a sentence)."""
    name = re.split(r"\s+[–—]\s+(?=[A-Z][a-z]+$)", re.sub(r"\s+", " ", name))[0]
    name = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", _STATEMENT.split(name)[0].strip(" ,.;"))
    if not _NAME_SHAPE.fullmatch(name) or _SENTENCE.search(name) or _JUST_RISK.fullmatch(name):
        return None
    for risk in risks:
        if _same_risk(risk.name, name):
            risk.parent = risk.parent or parent
            return risk
    risk = Risk(name=name, parent=parent, item=item, quote=quote)
    risks.append(risk)
    return risk


# where a risk's name gives way to what is said of it: ``Harbour Wall Collapse had risen``
_STATEMENT = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|remained|remains|continued|continues)\b")
_JUST_RISK = re.compile(r"(?i)(?:strategic |corporate |key |operational )?risks?(?: register)?")
_NAME_SHAPE = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9‘“(].{3,}|[A-Z]{1,5}[_-]?\d{1,4}[a-z]?")
_SENTENCE = re.compile(r"\?|\b(?:[Ii]t was|was|were|had been|have been|has been|is being)\b|^(?:the|a|an) \w$", re.I)


def _split_list(text: str) -> list[str]:
    parts = re.split(r"\(?[a-z0-9]{1,3}\)\s*", text)
    names = []
    for part in parts:
        part = re.sub(r"\s*(?:,|\band\b|\bor\b)\s*$", "", part.strip()).strip()
        if len(part) > 3:
            names.append(part)
    return names


def _listed(text: str, item: int, risks: list[Risk]) -> None:
    """Risks listed after a lead-in: inline (``the top three risks: a, b and c.``) or as the
    bullets or lines below it (``The risks removed were:`` / ``• Recruitment``)."""
    for lead in _LEAD_IN.finditer(text):
        rest = text[lead.end():]
        if (lead.group(0).rstrip().endswith(":") and rest.startswith(("\n", "\r"))) or not rest.strip():
            for line in re.finditer(r"[^\n]+|\n\s*\n(?=\s*\S)", rest[:3000]):
                bullet = _BULLET.match(line.group(0))
                if not bullet:
                    if line.group(0).strip() and not line.group(0).startswith("\n"):
                        break
                    continue
                name = re.split(r"\s+[-–—:]\s+|[.;](?:\s|$)", bullet.group(1))[0]
                _add(risks, name, None, item, bullet.group(0).strip())
        else:
            sentence_end = re.search(r"[.\n]", rest)
            listed = rest[: sentence_end.start() if sentence_end else len(rest)]
            for name in _list_items(listed):
                _add(risks, name, None, item, lead.group(0) + listed)


def _list_items(listed: str) -> list[str]:
    """``a, b, and c of d and e`` → a, b, c of d and e; ``a, b and c`` → a, b, c."""
    items = [i.strip() for i in re.split(r";\s*|,\s*(?:and\s+)?", listed) if i.strip()]
    if items and ", and " not in listed and " and " in items[-1] and len(items) > 1:
        items[-1:] = items[-1].rsplit(" and ", 1)
    return [i for i in items if 3 <= len(i) <= 120]


# a risk named by an acronym: ``there had been an MTFS risk``
_ACRONYM_RISK = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([A-Z]{2,6})\s+risk\b")
# a register's bullet: the risk, a dash, what is said of it (``• Supplier failure – two firms had ...``)
_DASHED_BULLET = re.compile(r"^[ \t]*[•·●▪*][ \t]+([A-Z][^–—:\n]{3,60}?)[ \t]+[–—][ \t]+\S", re.M)


def _coded_lines(text: str, item: int, risks: list[Risk]) -> None:
    """Register entries that open a line with their code."""
    for match in _CODED_LINE.finditer(text):
        code, name = match.group(1), match.group(2).strip()
        if re.search(r"\d", code) and re.search(r"[A-Z]", code) and len(name.split()) >= 1:
            _add(risks, f"{code} {name}", None, item, match.group(0).strip())


def find_risks(text: str, item: int, title: str | None, risks: list[Risk]) -> None:
    """Add the risks named in one item's text to ``risks`` (merging repeats)."""
    register = bool(_REGISTER_CONTEXT.search(text) or re.search(r"(?i)\brisk", title or ""))
    if register:
        _listed(text, item, risks)
        _coded_lines(text, item, risks)
        for match in _DASHED_BULLET.finditer(text):
            if not re.match(r"(?i)risks?\b", match.group(1)):  # ``• Risk 2 – ...`` is a numbered risk, read above
                _add(risks, match.group(1), None, item, match.group(0).strip())
    current: Risk | None = None
    for sentence in sentences(text):
        said = sentence.text
        parent = None
        if not register and "isk" not in said and "wner" not in said and not any(r.parent for r in risks):
            continue  # every pattern below needs a risk word, a register item or a parent risk
        for match in _QUOTED.finditer(said):
            added = _add(risks, match.group(1), None, item, said)
            parent = added.name if added else parent
            current = current or added
        for match in _SUBRISKS.finditer(said):
            for name in _split_list(match.group(1)):
                _add(risks, name, parent, item, said)
        lettered = _LETTERED.match(said)
        if lettered and (parent or any(r.parent for r in risks)):
            main = next((r.parent for r in risks if r.parent), None)
            current = _add(risks, lettered.group(2), main, item, said) or current
        for match in _REGISTER_ID.finditer(said):
            current = _add(risks, match.group(1).replace(" ", ""), None, item, said) or current
        for match in (*_AS_RISK.finditer(said), *_IN_REGISTER.finditer(said), *_MOVED_SCORE.finditer(said)):
            current = _add(risks, match.group(1), None, item, said) or current
        if register:
            for match in _RISK_CODE.finditer(said):
                titled = _TITLE_AFTER_CODE.match(said, match.end())  # ``SR01 Financial Sustainability remained``
                name = f"{match.group(0)} {titled.group(1)}" if titled else match.group(0)
                current = _add(risks, name, None, item, said) or current
            for match in _BARE_NUMBER.finditer(said):
                for number in re.findall(r"\d{1,3}[a-z]?", match.group(1)):
                    current = _add(risks, f"Risk {number}", None, item, said) or current
            for match in _RISK_OF.finditer(said):
                _add(risks, "Risk of " + match.group(1), None, item, said)
            for match in _LOWER_NAMED.finditer(said):
                words = match.group(1).lower().split()
                lowercase = match.group(1).islower()
                outside_brackets = re.sub(r"\([^()]*\)", "", match.group(1))  # ``Novel Coronavirus (COVID-19)``
                if (not set(words) & _RISK_KINDS and not re.search(r"\d|’s\b|'s\b", outside_brackets)
                        and (len(words) >= 2 or not lowercase or _NOUN.search(words[0]))):
                    current = _add(risks, match.group(1), None, item, said) or current
            for match in _ACRONYM_RISK.finditer(said):
                current = _add(risks, match.group(1), None, item, said) or current
            subject = _SUBJECT_RISK.match(said)
            if subject and subject.group(1).split()[0] not in ("This", "It", "There", "That", "These", "Which"):
                current = _add(risks, subject.group(1), None, item, said) or current
            for match in (*_CODED.finditer(said), *_NAMED_RISK.finditer(said)):
                if "Register" not in match.group(1):
                    current = _add(risks, match.group(1), None, item, said) or current
        for match in _NUMBERED.finditer(said):
            current = _add(risks, f"Risk {match.group(1)} – {match.group(2).strip()}", None, item, said) or current
        for match in _NAME_THEN_NUMBER.finditer(said):
            current = _add(risks, match.group(1), None, item, said) or current
        for match in _QUOTED_BEFORE.finditer(said):
            current = _add(risks, match.group(1), None, item, said) or current
        if register:
            for match in _RISK_ABOUT.finditer(said):
                if not re.match(r"(?i)(?:this|that|it|which|fraud|the risk)\b", match.group(1)):
                    current = _add(risks, match.group(1), None, item, said) or current
        owner = _OWNER.search(said)
        target_risk = current or (risks[-1] if risks else None)
        if owner and target_risk is not None:
            named = re.sub(r"\s+(?:of|for|and|&)$", "", owner.group(1) or owner.group(2))
            target_risk.owner = target_risk.owner or named
        target = current or (risks[-1] if risks else None)
        if target is not None:
            _scores(said, target)


def _scores(said: str, target: Risk) -> None:
    """Score changes (``fell to 15 from 25``) and ratings (``residual score of 12``,
    ``likelihood 4 x impact 5``) said of ``target``."""
    named = target.name.split(" – ")[-1]
    said_of_it = (_NAMED_CHANGE.finditer(said[said.find(named) + len(named):])
                  if len(named) > 3 and named in said else iter(()))
    for match in (*_SCORE.finditer(said), *said_of_it):
        kind, to_a, from_a, from_b, to_b = match.groups()
        value, previous = (to_a, from_a) if to_a else (to_b, from_b)
        target.scores.append(RiskScore(kind.lower() if kind else None, int(value), int(previous), said))
    if target.scores:
        return
    for match in _RATING.finditer(said):
        kind = match.group("kind").lower() if match.group("kind") else None
        if match.group("times"):
            value = int(match.group("times")) * int(match.group("by"))
        else:
            value = int(match.group("value"))
        if 0 < value <= 100:
            target.scores.append(RiskScore(kind, value, None, said))
