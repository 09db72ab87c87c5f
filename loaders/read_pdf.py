"""Printed minutes as PDF: text per page, with running headers, footers and page numbers removed."""

import io
import re
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from govgraph.errors import InputError
from govgraph.loaders.model import Document

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?-?\s*\d{1,4}\s*-?(?:\s*of\s*\d{1,4})?\s*$", re.I)
_EDGE_LINES = 3


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines repeated at the top or bottom of at least half the pages (digits ignored)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {re.sub(r"\d+", "#", line.strip())
                for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] if line.strip()}
        counts.update(edge)
    return {line for line, n in counts.items() if n >= max(2, len(pages) / 2)}


def strip_page_furniture(pages: list[str]) -> str:
    """Join page texts without page numbers and running headers/footers."""
    split = [page.split("\n") for page in pages]
    repeated = _furniture(split)
    kept = []
    for lines in split:
        for line in lines:
            if _PAGE_NUMBER.match(line) or re.sub(r"\d+", "#", line.strip()) in repeated:
                continue
            kept.append(line)
    return "\n".join(kept)


def read_pdf(path: Path, key: str, data: bytes, digest: str) -> Document:
    """Read PDF minutes; a truncated or damaged file raises :class:`InputError`."""
    from govgraph.loaders.read import document_from_text

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(path, f"truncated or damaged PDF ({exc})") from exc
    text = strip_page_furniture(pages)
    if not text.strip():
        raise InputError(path, "PDF has no extractable text (a scanned image?)")
    return document_from_text(path, key, "application/pdf", digest, text)
