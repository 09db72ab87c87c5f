"""ModernGov HTML pages (``mgAi.aspx``, ``ieListDocuments.aspx``, ``ieDecisionDetails.aspx``).

Pages are rendered to the same plain-text shape as ModernGov's own text view, so one
segmenter and one set of extractors serve both: block elements become lines, and each
row of ``table.mgItemTable`` becomes ``N.`` / title / ``Minutes:`` / minutes text.
"""

import html
import re
import warnings
from pathlib import Path

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString, Tag

from govgraph.loaders.model import Document

_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
           "section", "article", "header", "footer", "blockquote", "dt", "dd", "td", "th")
_ESCAPED_TAG = re.compile(r"&(?:amp;)*lt;/?(?:p|div|span|br|table|ul|li|b|i|strong|em)\b", re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.I)


def _soup(markup: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "lxml")


def _block_text(node: Tag) -> str:
    for tag in node.find_all(["script", "style", "noscript", "template"]):
        tag.decompose()
    for string in list(node.find_all(string=True)):
        if isinstance(string, Comment):
            string.extract()
        elif "\n" in string or "\t" in string:
            string.replace_with(NavigableString(re.sub(r"\s+", " ", str(string))))
    for tag in node.find_all("br"):
        tag.replace_with("\n")
    for tag in node.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = node.get_text()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, block elements on their own lines.

    Markup escaped once or twice more than it should be (``&amp;lt;p&amp;gt;``, common in
    ModernGov web-service output) is unescaped first; entities left in the text after
    parsing are unescaped once more.
    """
    for _ in range(2):
        if not _ESCAPED_TAG.search(markup):
            break
        markup = html.unescape(markup)
    text = _block_text(_soup(markup))
    if _ENTITY.search(text):
        text = html.unescape(text)
    return text


def _item_rows(soup: BeautifulSoup) -> str | None:
    """``N.`` / title / sub-item blocks for each row of ModernGov's item table."""
    table = soup.select_one("table.mgItemTable")
    if table is None:
        return None
    parts = []
    for row in table.find_all("tr"):
        number_cell = row.select_one("td.mgItemNumberCell")
        title = row.select_one(".mgAiTitleTxt")
        if number_cell is None and title is None:
            continue
        number = number_cell.get_text(" ", strip=True).rstrip(".") if number_cell else ""
        title_text = title.get_text(" ", strip=True) if title else ""
        if title is not None:
            title.decompose()
        if number_cell is not None:
            number_cell.decompose()
        body = _block_text(row)
        parts.append(f"{number or '?'}.\n\n{title_text}\n\n{body}")
    return "\n\n".join(parts) if parts else None


def read_html(path: Path, key: str, data: bytes, digest: str) -> Document:
    """Read a ModernGov (or any) HTML page."""
    from govgraph.loaders.read import decode_text, document_from_text

    markup, _ = decode_text(data)
    soup = _soup(markup)
    root = soup.select_one("#modgov") or soup.body or soup
    rows = _item_rows(root)
    if rows is not None:
        table = root.select_one("table.mgItemTable")
        if table is not None:
            table.decompose()
        text = _block_text(root) + "\n\n" + rows
    else:
        text = _block_text(root)
    return document_from_text(path, key, "text/html", digest, text)
