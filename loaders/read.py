"""Bytes → :class:`Document`: format detection by content, and one reader per format.

Formats are found by what the bytes are, not by the file name: PDF by its signature,
XML by its prolog and root element (ModernGov web-service responses), HTML by its
markup, and otherwise text. Every failure raises :class:`InputError` naming the file.
"""

import hashlib
import re
import stat
from collections.abc import Callable
from pathlib import Path

from govgraph.errors import InputError
from govgraph.loaders.model import Document, SourceMeta
from govgraph.loaders.segment import normalise, split_items

MAX_BYTES = 20 * 1024 * 1024
_PAGE_ITEM = re.compile(r"\(Item\s+([0-9]{1,3}[a-z]?(?:\.[0-9a-z]{1,3})?)\.?\)", re.I)

_MAGIC = {
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "a legacy Office document",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document",
}


def sniff(data: bytes) -> str:
    """Media type of ``data`` from its content: application/pdf, application/xml, text/html
    or text/plain. Raises ``ValueError`` with what it is when it is none of those."""
    if encoding := _utf16(data):  # UTF-16 text: sniff what it says, not its zero bytes
        data = data.decode(encoding, errors="replace").lstrip("\ufeff").encode("utf-8")
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise ValueError(f"unsupported format: {what}")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text, HTML, XML or PDF")
    lowered = head[:2048].lower()
    if lowered.startswith(b"<?xml") and b"<html" not in lowered:
        return "application/xml"
    if any(tag in lowered for tag in (b"<html", b"<!doctype html", b"<body", b"<div", b"<table", b"<p")):
        return "text/html"
    control = sum(1 for byte in data[:8192] if byte < 9 or 13 < byte < 32)
    if control > max(8, len(data[:8192]) // 100):
        raise ValueError("binary file, not text, HTML, XML or PDF")
    return "text/plain"


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-16 (by its byte-order mark, or the zero
    bytes of ASCII text in it), else UTF-8, else Windows-1252."""
    utf16 = _utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace").lstrip("\ufeff"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _utf16(data: bytes) -> str | None:
    """``utf-16`` (with a byte-order mark), ``utf-16-le`` or ``utf-16-be`` (text whose every
    other byte is zero), or None."""
    sample = data[:4096]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        guess = "utf-16"
    elif len(sample) >= 8 and sample[1::2].count(0) >= len(sample) * 0.4:
        guess = "utf-16-le"
    elif len(sample) >= 8 and sample[0::2].count(0) >= len(sample) * 0.4:
        guess = "utf-16-be"
    else:
        return None
    text = sample[: len(sample) // 2 * 2].decode(guess, errors="replace")
    readable = sum(c.isprintable() or c in "\n\r\t\ufeff" for c in text)
    return guess if readable >= len(text) * 0.95 else None  # a binary format full of zero bytes is not text


def document_from_text(path: Path, key: str, media_type: str, digest: str, text: str,
                       stated: SourceMeta | None = None,
                       attendees: list[tuple[str, str, str]] | None = None) -> Document:
    """Build a :class:`Document` from already-extracted text."""
    clean = normalise(text)
    if len(clean.split()) < 3:
        raise InputError(path, "no readable text in the document")
    header, items = split_items(clean)
    if len(items) == 1 and items[0].number is None and (number := _PAGE_ITEM.search(header)):
        items[0].number = number.group(1)  # a ModernGov agenda-item page: ``... (Item 5.)``
    return Document(path=path, key=key, media_type=media_type, sha256=digest, text=clean,
                    header=header, items=items, stated=stated or SourceMeta(), attendees=attendees or [])


def _read_text(path: Path, key: str, data: bytes, digest: str) -> Document:
    text, encoding = decode_text(data)
    document = document_from_text(path, key, "text/plain", digest, text)
    if encoding == "cp1252":
        document.notes.append("text is not UTF-8; read as Windows-1252")
    return document


def _readers() -> dict[str, Callable[[Path, str, bytes, str], Document]]:
    from govgraph.loaders.read_html import read_html
    from govgraph.loaders.read_pdf import read_pdf
    from govgraph.loaders.read_xml import read_xml

    return {
        "text/plain": _read_text,
        "text/html": read_html,
        "application/xml": read_xml,
        "application/pdf": read_pdf,
    }


def read_document(path: Path, key: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read one source file into a :class:`Document`; raises :class:`InputError`."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block, a device never end
            raise InputError(path, "not a regular file (a pipe, device or socket); save it to a file and load that")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the limit holds for what is read, whatever stat says
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise InputError(path, f"file too large (over {max_bytes / 1e6:.0f} MB, the limit); split it into "
                               "documents and load those")
    if not data.strip():
        raise InputError(path, "empty file")
    try:
        media_type = sniff(data)
    except ValueError as exc:
        raise InputError(path, str(exc)) from exc
    digest = hashlib.sha256(data).hexdigest()
    return _readers()[media_type](path, key or path.stem, data, digest)
