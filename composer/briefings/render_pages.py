"""Lay an exported .docx out with LibreOffice (headless, when it is installed) to learn
page facts that only a layout knows: on which page each heading lands (the 专题汇编's
目录 page numbers), what each page's footer number is, and what the last page holds (a
简报's 报尾 left alone on a new page).

LibreOffice runs as its own process with a fresh profile in a temporary folder (no clash
with a LibreOffice the user has open), bounded by a timeout after which the whole process
group is killed, and kept offline: the document has been through ``checked_docx`` (no
external links), and the profile points every proxy at a closed local port and blocks
linked content (``composer/common/libreoffice.py``, shared with the .doc reader). Nothing here ever
fails an export: a missing, failing or slow LibreOffice is a ``LayoutUnavailable`` with
the reason, and the export goes on without page facts.
"""

from __future__ import annotations

import io
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from composer.common import libreoffice
from composer.common.messages import Message

TIMEOUT_SECONDS = 180.0  # a 1,000-item 专题汇编 (about 300 pages) lays out in about 20 s on a slow machine
FOOTER_NUMBER = re.compile(r"[—-]\s*(\d{1,5})\s*[—-]\s*$")  # "— 12 —" as the page's last line


class LayoutUnavailable(Exception):
    """LibreOffice is not installed, failed or took too long; ``reason`` says which."""

    def __init__(self, reason: Message | str) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass
class Heading:
    level: int  # 1 = top level, as in the PDF outline
    title: str
    page: int  # index of the page it starts on, from 0


@dataclass
class Layout:
    """What LibreOffice's PDF says about a document."""

    pdf: bytes
    texts: list[str] = field(default_factory=list)  # each page's text
    labels: list[str | None] = field(default_factory=list)  # each page's footer number ("— 3 —" → "3")
    headings: list[Heading] = field(default_factory=list)  # the outline, in document order

    def label(self, page: int) -> str | None:
        return self.labels[page] if 0 <= page < len(self.labels) else None


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return libreoffice.soffice()


def to_pdf(docx: bytes, *, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The document as LibreOffice prints it (PDF, with the headings as bookmarks)."""
    return to_pdfs([docx], timeout=timeout)[0]


def to_pdfs(documents: list[bytes], *, timeout: float = TIMEOUT_SECONDS) -> list[bytes]:
    """Several documents printed by one LibreOffice process (it starts in about a second;
    each document then takes a fraction of that)."""
    program = soffice()
    if program is None:
        raise LayoutUnavailable(Message("reason_libreoffice_missing"))
    with tempfile.TemporaryDirectory(prefix="briefing_layout_") as scratch:
        work = Path(scratch)
        sources = [work / f"briefing_{index}.docx" for index in range(len(documents))]  # plain names
        for source, data in zip(sources, documents):
            source.write_bytes(data)
        try:
            libreoffice.convert(program, sources, "pdf", work, timeout * max(1, len(documents)))
        except libreoffice.LibreOfficeFailed as failed:
            raise LayoutUnavailable(failed.reason) from None
        printed = [source.with_suffix(".pdf") for source in sources]
        if not all(pdf.is_file() for pdf in printed):
            raise LayoutUnavailable(Message("reason_no_output"))
        return [pdf.read_bytes() for pdf in printed]


def layout(docx: bytes, *, timeout: float = TIMEOUT_SECONDS) -> Layout:
    """Lay the document out and read its pages, footer numbers and outline."""
    return read_pdf(to_pdf(docx, timeout=timeout))


def read_pdf(pdf: bytes) -> Layout:
    import pdfplumber

    found = Layout(pdf)
    try:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            for page in document.pages:
                text = page.extract_text() or ""
                found.texts.append(text)
                match = FOOTER_NUMBER.search(text.strip())
                found.labels.append(match.group(1) if match else None)
            found.headings = _outline(document)
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds on a PDF it cannot read
        raise LayoutUnavailable(f"{type(error).__name__}: {str(error)[:200]}") from error
    return found


def _outline(document: object) -> list[Heading]:
    """The PDF's bookmarks (LibreOffice makes one per outline-level paragraph)."""
    from pdfminer.pdfdocument import PDFNoOutlines
    from pdfminer.pdftypes import resolve1

    pages = {page.page_obj.pageid: index for index, page in enumerate(document.pages)}  # type: ignore[attr-defined]
    headings = []
    try:
        outlines = list(document.doc.get_outlines())  # type: ignore[attr-defined]
    except PDFNoOutlines:
        return []
    for level, title, destination, action, _ in outlines:
        target = resolve1(destination) if destination else resolve1(resolve1(action).get("D")) if action else None
        target = resolve1(target)
        reference = target[0] if isinstance(target, list) and target else None
        page = pages.get(getattr(reference, "objid", None), -1)
        headings.append(Heading(int(level), str(title), page))
    return headings
