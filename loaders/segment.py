"""Text → meeting header, agenda items and sentences.

Minutes arrive in a few recurring shapes (ModernGov's meeting page, its single agenda
item page, its issue history page, printed minutes); all are turned into plain text
by the readers and split here by the item headings those shapes use:

* a number alone on a line (``47.``) followed by the title line;
* ``64/09 APOLOGIES FOR ABSENCE`` (minute number with the municipal year);
* ``62 Strategic and Operational Risks`` (number, no dot, then a title);
* ``5. APOLOGIES FOR ABSENCE`` (numbered heading in capitals);
* ``5. Risk Register`` (numbered heading, when at least two such headings appear:
  printed minutes), so that one numbered resolution part is not taken for an item;
* table rows separated by ``|`` lines, or ended by a ``|`` on their last line (a
  meeting page flattened to text); a row's title is what stands before its
  ``Minutes:`` or ``Additional documents:`` label, or before an agenda note
  (``To receive ...``).
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from govgraph.loaders.dates import LONG_DATE
from govgraph.loaders.model import AgendaItem

_NOISE = [
    re.compile(r"\s*pdf icon\s*", re.I),
    re.compile(r"\s*\bPDF \d+(?:\.\d+)? [KM]B\b", re.I),
    re.compile(r"^\s*loading\.\.\.\s*$", re.M),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# a title run into the name where a PDF lost the space: ``MrsHolt``, ``MissJ Parr``
_GLUED_TITLE = re.compile(r"\b(Mrs|Miss|Mr|Ms|Dr|Cllr|Councillor)(?=[A-Z](?:[a-z]|\b|\.))")
_NUMBER_ALONE = re.compile(r"^\s*(\d{1,3}[a-z]?)\.?\s*$")
_NUMBER_YEAR = re.compile(r"^\s*(\d{1,3}/\d{2,4})\.?\s+(\S.{1,200})$")
_NUMBER_TITLE = re.compile(r"^\s*(\d{1,3}[a-z]?)\s+([A-Z][^.|]{2,118})$")
_NUMBER_DOT_TITLE = re.compile(r"^\s*(\d{1,3})\.\s+([A-Z][^.|]{2,118})$")
_NUMBER_CAPS = re.compile(r"^\s*(\d{1,3}[a-z]?)\.\s+([A-Z][A-Z0-9 ,'’&()/:-]{3,118})$")
_DATE_LINE = re.compile(rf"^\s*{LONG_DATE}")
_TABLE_RULE = re.compile(r"^\s*(\|\s*)+$|^\s*-{2,}\|")
_ROW_END = re.compile(r"^(.*\S)\s+\|$", re.M)
_ROW_TITLE_END = re.compile(r"\s+(?:Minutes:|Additional documents:|Decision:|To (?=[a-z]+\b))")
_FURNITURE_LINE = re.compile(r"^(?:venue|contact|email|note|media|webcast|directions)\s*:", re.I)
_PAGE_KIND = re.compile(
    r"^(home\s*>.*|agenda item|agenda and minutes|issue - meetings|meeting documents|"
    r"minutes|items|no\.?\s*\|?\s*item\s*\|?|decision details)$",
    re.I,
)
_LONGEST_TITLE = 25  # words; a first line any longer is the minutes' first sentence
_SENTENCE_END = re.compile(r"[.!?][’”\"')\]]*\s+(?=[A-Z\[(“\"‘'0-9])")
_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "No", "St", "Cllr", "Rev", "Prof", "Sgt", "Insp", "Supt", "etc", "Nos",
    "Ref", "Cllrs", "approx", "incl", "para", "no", "nos", "ref",
})


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it starts in its item's text."""

    text: str
    start: int


def normalise(text: str) -> str:
    """Unify line ends and spaces; drop control characters (a NUL would cut a database
    query short) and page furniture (``pdf icon PDF 53 KB``); part a title a PDF ran into
    the name after it (``MrsHolt``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    text = _GLUED_TITLE.sub(r"\1 ", text)
    for pattern in _NOISE:
        text = pattern.sub(" " if pattern.pattern.startswith(r"\s*pdf") else "", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return join_wrapped_lines("\n".join(lines).strip())


_WRAPPED_END = re.compile(r"(?:\b(?:of|for|and|the|to|in|on|with|at|by|a|an|&)|[,&]|[a-z]-)$")
_NOT_A_CONTINUATION = re.compile(r"^\s*(?:$|\d{1,3}[.)]?\s|\(?[a-z0-9]{1,3}\)\s|[•·●▪*–-]\s)")


def join_wrapped_lines(text: str) -> str:
    """Join lines that a printed page wrapped: a line ending in a connecting word or comma
    (``Head of`` / ``Corporate Delivery``), or followed by one opening in lower case,
    runs on into the next, unless that one opens a list item, a number or a blank line."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and not _NOT_A_CONTINUATION.match(line) and len(out[-1]) < 400 and (
                _WRAPPED_END.search(out[-1]) or re.match(r"\s*[a-z]", line)):
            previous = out.pop()
            out.append(previous[:-1] + line.lstrip() if previous.endswith("-") and re.search(r"[a-z]-$", previous)
                       else f"{previous} {line.lstrip()}")
        else:
            out.append(line)
    return "\n".join(out)


def _heading(lines: list[str], index: int) -> tuple[str, str, int] | None:
    """(number, title, lines consumed) when line ``index`` starts an agenda item."""
    line = lines[index]
    if match := _NUMBER_ALONE.match(line):
        for ahead in range(index + 1, min(index + 4, len(lines))):
            title = lines[ahead].strip()
            if title:
                if _NUMBER_ALONE.match(title) or len(title) > 250:
                    return None
                return match.group(1), title.rstrip(":"), ahead - index + 1
        return None
    if _DATE_LINE.match(line):
        return None
    for pattern in (_NUMBER_YEAR, _NUMBER_CAPS, _NUMBER_TITLE, _NUMBER_DOT_TITLE):
        if match := pattern.match(line):
            title = match.group(2).strip()
            if pattern in (_NUMBER_TITLE, _NUMBER_DOT_TITLE) and (title.endswith((",", ";"))
                                                                  or len(title.split()) > 16):
                continue
            return match.group(1), title.rstrip(":"), 1
    return None


def _is_dot_title(line: str) -> bool:
    return bool(_NUMBER_DOT_TITLE.match(line)) and not _NUMBER_CAPS.match(line)


def _row_title(row: str) -> str | None:
    """A table row's title: the words before its first label or agenda note, if short."""
    end = _ROW_TITLE_END.search(row)
    title = row[: end.start()].strip() if end else ""
    if 0 < len(title.split()) <= 15 and title[:1].isupper():
        return title.rstrip(".:")
    return None


def _table_rows(body: str) -> list[AgendaItem]:
    rows, current = [], []
    for line in body.split("\n"):
        if _TABLE_RULE.match(line):
            if "".join(current).strip():
                rows.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    if "".join(current).strip():
        rows.append("\n".join(current).strip())
    return [AgendaItem(None, _row_title(row), row) for row in rows]


def page_title(header: str) -> str | None:
    """The first line of a header that is not page furniture (breadcrumb, page kind)."""
    for line in header.split("\n"):
        line = line.strip()
        if line and not _PAGE_KIND.match(line) and not line.endswith(":") and not _FURNITURE_LINE.match(line):
            return line
    return None


def split_items(text: str) -> tuple[str, list[AgendaItem]]:
    """Split normalised text into the header before the first item and the items."""
    if len(_ROW_END.findall(text)) >= 2:
        text = _ROW_END.sub("\\1\n|", text)
    lines = text.split("\n")
    starts: list[tuple[int, str, str, int]] = []
    index = 0
    while index < len(lines):
        heading = _heading(lines, index)
        if heading:
            starts.append((index, *heading))
            index += heading[2]
        else:
            index += 1
    dotted = [s for s in starts if _is_dot_title(lines[s[0]])]
    if len(dotted) < 2:
        starts = [s for s in starts if s not in dotted]
    if len(starts) >= 2 or (starts and _NUMBER_ALONE.match(lines[starts[0][0]])):
        header = "\n".join(lines[: starts[0][0]]).strip()
        items = []
        for position, (line_no, number, title, used) in enumerate(starts):
            end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
            body = "\n".join(lines[line_no + used : end]).strip()
            items.append(AgendaItem(number, title, body))
        return header, items
    if sum(1 for line in lines if _TABLE_RULE.match(line)) >= 2:
        first_rule = next(i for i, line in enumerate(lines) if _TABLE_RULE.match(line))
        header = "\n".join(lines[:first_rule]).strip()
        return header, _table_rows("\n".join(lines[first_rule:]))
    return _single_item(text, starts)


def _single_item(text: str, starts: list) -> tuple[str, list[AgendaItem]]:
    """A page holding one agenda item: its title is the first real line."""
    lines = text.split("\n")
    number = starts[0][1] if starts else None
    title = page_title(text)
    if title and len(title.split()) > _LONGEST_TITLE:  # a page that opens with a sentence has no title line
        title = None
    if starts and starts[0][2]:
        title = starts[0][2]
    body_start = 0
    for i, line in enumerate(lines):
        if line.strip() == (title or "").strip() or (starts and i == starts[0][0]):
            body_start = i + 1
            break
    header = "\n".join(lines[:body_start]).strip()
    return header, [AgendaItem(number, title, "\n".join(lines[body_start:]).strip())]


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs (blank-line or single-line separated blocks)."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


# an initial or dotted initials before the full stop: ``J.``, ``G.L.``, ``R. Ll.``
_INITIALS = re.compile(r"(?:(?:[A-Z]|Ll|Ch|Dd|Ff|Rh|Th)\.)*(?:[A-Z]|Ll|Ch|Dd|Ff|Rh|Th)")


def _ends_sentence(line: str, position: int) -> bool:
    """Whether the punctuation at ``position`` ends a sentence (not 'Mr.' or an initial)."""
    start = max(line.rfind(" ", 0, position), line.rfind("\t", 0, position)) + 1  # linear, unlike a $-anchored search
    token = line[start:position].strip("(“\"'")
    return not (token in _ABBREVIATIONS or _INITIALS.fullmatch(token))


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with their offsets; a line break always ends a sentence."""
    out: list[Sentence] = []
    for line_match in re.finditer(r"[^\n]+", text):
        line, base = line_match.group(0), line_match.start()
        cuts = [m.end() for m in _SENTENCE_END.finditer(line) if _ends_sentence(line, m.start())]
        start = 0
        for cut in [*cuts, len(line)]:
            piece = line[start:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(piece.strip(), base + start + lead))
            start = cut
    return tuple(out)
