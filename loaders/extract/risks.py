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

from govgraph.loaders.model import Risk, RiskScore
from govgraph.loaders.segment import sentences

_QUOTED = re.compile(r"\b(?:[Ss]trategic |[Cc]orporate |[Kk]ey )?[Rr]isk\s+[“\"‘']([^”\"’']{3,80})[”\"’']")
_SUBRISKS = re.compile(r"\bsub-?risks?\s+((?:\(?[a-z0-9]{1,3}\)\s*[^()]+?)+)(?:\.|$)", re.I)
_LETTERED = re.compile(r"^\(?([a-z])\)\s+([A-Z][^.:\n]{3,80})$")
_REGISTER_ID = re.compile(r"\b[Rr]isks?\s+(?:reference\s+|ref\.?\s+)?([A-Z]{2,5}\s?\d{1,3}[a-z]?)\b")
_AS_RISK = re.compile(
    r"\b(?:the )?((?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){0,5}) as an? (?:(?:key|new|significant|major|"
    r"emerging|high|red)\s+)*(?:strategic |corporate |principal )?risk\b")
_RISK_OF = re.compile(r"\b[Tt]he risk of ([a-z][^,.;:]{5,100}?)(?= should| would| could| was| were| is| had| has|"
                      r" be | and whether|[,.;:]|$)")
_SCORE = re.compile(
    r"\b(?:(gross|net|target|residual|current|inherent) )?risk (?:score|rating)(?: [^.;]{0,80}?)? (?:had |has |have )?"
    r"(?:been )?(?:fallen|fell|reduced|decreased|dropped|lowered|risen|rose|increased|gone (?:up|down)|"
    r"moved|changed)\s+(?:(?:to (\d+) from (\d+))|(?:from (\d+) to (\d+)))", re.I)
_CODED = re.compile(r"\b((?:[A-Z][\w’'-]*\s){0,5}[A-Z][\w’'-]*)\s*\(([A-Z]{2,4}\s?\d{1,3}[a-z]?)\)")
_NAMED_RISK = re.compile(r"\bthe ((?:[A-Z][\w-]*\s){1,5})risks?\b(?! (?:management|register|appetite|score|"
                         r"rating|strategy|policy|framework|matrix|assessment))")
_OWNER = re.compile(r"\b(?:[Rr]isk )?[Oo]wner(?:ship)?(?:\s+(?:is|was|lies with))?\s*[:\-–]?\s+(?:the\s+)?"
                    r"([A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&-]*))*)|\bowned by (?:the\s+)?"
                    r"([A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w’'&-]*))*)")
_REGISTER_CONTEXT = re.compile(r"\brisk register\b|\bstrategic risks?\b|\bcorporate risks?\b", re.I)


def _same_risk(a: str, b: str) -> bool:
    x, y = re.sub(r"[^a-z0-9]+", " ", a.lower()).strip(), re.sub(r"[^a-z0-9]+", " ", b.lower()).strip()
    return x == y or SequenceMatcher(None, x, y).ratio() >= 0.9


def _add(risks: list[Risk], name: str, parent: str | None, item: int, quote: str) -> Risk:
    name = re.sub(r"\s+", " ", name).strip(" ,.;")
    for risk in risks:
        if _same_risk(risk.name, name):
            risk.parent = risk.parent or parent
            return risk
    risk = Risk(name=name, parent=parent, item=item, quote=quote)
    risks.append(risk)
    return risk


def _split_list(text: str) -> list[str]:
    parts = re.split(r"\(?[a-z0-9]{1,3}\)\s*", text)
    names = []
    for part in parts:
        part = re.sub(r"\s*(?:,|\band\b|\bor\b)\s*$", "", part.strip()).strip()
        if len(part) > 3:
            names.append(part)
    return names


def find_risks(text: str, item: int, title: str | None, risks: list[Risk]) -> None:
    """Add the risks named in one item's text to ``risks`` (merging repeats)."""
    register = bool(_REGISTER_CONTEXT.search(text) or _REGISTER_CONTEXT.search(title or ""))
    current: Risk | None = None
    for sentence in sentences(text):
        said = sentence.text
        parent = None
        for match in _QUOTED.finditer(said):
            parent = _add(risks, match.group(1), None, item, said).name
            current = current or risks[-1]
        for match in _SUBRISKS.finditer(said):
            for name in _split_list(match.group(1)):
                _add(risks, name, parent, item, said)
        lettered = _LETTERED.match(said)
        if lettered and (parent or any(r.parent for r in risks)):
            main = next((r.parent for r in risks if r.parent), None)
            current = _add(risks, lettered.group(2), main, item, said)
        for match in _REGISTER_ID.finditer(said):
            current = _add(risks, match.group(1).replace(" ", ""), None, item, said)
        for match in _AS_RISK.finditer(said):
            current = _add(risks, match.group(1), None, item, said)
        if register:
            for match in _RISK_OF.finditer(said):
                _add(risks, "Risk of " + match.group(1), None, item, said)
            for match in (*_CODED.finditer(said), *_NAMED_RISK.finditer(said)):
                if "Register" not in match.group(1):
                    current = _add(risks, match.group(1), None, item, said)
        owner = _OWNER.search(said)
        target_risk = current or (risks[-1] if risks else None)
        if owner and target_risk is not None:
            named = re.sub(r"\s+(?:of|for|and|&)$", "", owner.group(1) or owner.group(2))
            target_risk.owner = target_risk.owner or named
        for match in _SCORE.finditer(said):
            kind, to_a, from_a, from_b, to_b = match.groups()
            value, previous = (to_a, from_a) if to_a else (to_b, from_b)
            target = current or (risks[-1] if risks else None)
            if target is not None:
                target.scores.append(RiskScore(kind.lower() if kind else None, int(value),
                                               int(previous), said))
