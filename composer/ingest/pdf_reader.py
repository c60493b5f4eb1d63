"""Reading text PDFs for composer/ingest/readers.py (see its docstring for the text contract).

pdfplumber (MIT, pure Python on pdfminer.six) rather than PyMuPDF, because PyMuPDF is
AGPL and pdfplumber still gives the character positions needed to rebuild paragraphs.
Neither library runs JavaScript or PDF actions.

A page set in columns (an e-paper page: several columns, headlines over some of them,
boxes, photos with captions, a 版眉) is read in column order by composer/ingest/pdf_layout.py,
which also reads the 版眉 into the document's source and date. Any other page is read as
one column: lines come from ``extract_text_lines()``, and a new paragraph starts where a
line is indented by about two characters or the gap above it is clearly larger than the
usual line spacing.

A text layer that cannot be decoded — glyphs without a Unicode mapping (``(cid:N)``),
mapped into the private-use area, or to U+FFFD/NUL, as some 方正 newspaper PDFs are made —
is refused with that reason (``pdf_undecodable``) rather than imported as junk or called a
scan; a few such glyphs on a readable page are left out with a warning.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median_low
from typing import Any

from composer.common.messages import BriefingError, Message
from composer.ingest.limits import reading_page
from composer.ingest.pdf_columns import PageHeader
from composer.ingest.pdf_layout import layout_page
from composer.ingest.readers import Document, _from_blocks, _read_bytes, _reason

# One glyph the PDF gives no usable character for: pdfminer's "(cid:N)" placeholder, a
# private-use code point (U+E000–U+F8FF, planes 15–16), the replacement character or NUL.
_UNDECODABLE = re.compile(r"\(cid:\d+\)|[\x00\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
UNDECODABLE_PAGE_SHARE = 0.5  # a page with this share of undecodable glyphs has no usable text layer
BLOCK_GAP_EM = 0.4  # extra vertical space (in character heights) that ends a paragraph
INDENT_EM = 1.5  # a first-line indent of about two characters starts a paragraph
NORMAL_GAP_EM = 0.8  # line gaps beyond this (leading > 1.8) are never "usual" spacing


@dataclass
class _PageText:
    blocks: list[str]
    unmapped: int  # undecodable glyphs left out
    undecodable: bool = False  # the page's text layer cannot be decoded at all
    header: PageHeader | None = None


def read_pdf(p: Path) -> Document:
    data = _read_bytes(p)
    _check_pdf_envelope(data)
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for number, page in enumerate(pdf.pages, 1):
                reading_page(number, len(pdf.pages))  # the page limit, the file's time budget, cancel
                pages.append(_page_text(page))
                page.close()  # its parsed objects are not needed any more
    except BriefingError:
        raise
    except Exception as exc:
        if _is_encryption_error(exc):
            raise BriefingError("pdf_encrypted") from exc
        raise BriefingError("pdf_corrupt", reason=_reason(exc)) from exc
    return _pdf_document(pages)


def _check_pdf_envelope(data: bytes) -> None:
    """Header and trailer: a PDF cut short loses its final %%EOF (readers look in the
    last 1024 bytes); pdfminer would otherwise silently salvage part of the text."""
    if b"%PDF-" not in data[:1024]:
        raise BriefingError("pdf_corrupt", reason=Message("reason_not_pdf"))
    if b"%%EOF" not in data[-1024:]:
        raise BriefingError("pdf_corrupt", reason=Message("reason_pdf_truncated"))


def _is_encryption_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's errors: PdfminerException(PDFPasswordIncorrect())."""
    from pdfminer.pdfdocument import PDFEncryptionError

    return any(isinstance(e, PDFEncryptionError) for e in (exc, exc.__cause__, *exc.args))


def _pdf_document(pages: list[_PageText]) -> Document:
    blocks = [block for page in pages for block in page.blocks]
    undecodable = [str(n) for n, page in enumerate(pages, 1) if page.undecodable]
    if undecodable and not any(block.strip() for block in blocks):
        raise BriefingError("pdf_undecodable")
    notes: list[Message] = []
    empty = [str(n) for n, page in enumerate(pages, 1) if not page.blocks and not page.undecodable]
    if blocks and empty:
        notes.append(Message("warn_pdf_pages_no_text", pages="、".join(empty)))
    if blocks and undecodable:
        notes.append(Message("warn_pdf_pages_undecodable", pages="、".join(undecodable)))
    unmapped = sum(page.unmapped for page in pages if not page.undecodable)
    if blocks and unmapped:
        notes.append(Message("warn_pdf_unmapped", count=unmapped))
    return _from_blocks(blocks, "pdf", "pdf_no_text", notes, **_header_meta(pages))


def _header_meta(pages: list[_PageText]) -> dict[str, str]:
    """Source, date and 版次 from the first page's 版眉."""
    header = next((page.header for page in pages if page.header is not None), None)
    if header is None:
        return {}
    meta = {"source": header.source, "published": header.published, "page": header.page}
    return {key: value for key, value in meta.items() if value}


def _page_text(page: Any) -> _PageText:
    """A page's paragraphs (soft-wrapped lines joined by "\\n"), in column order when set in columns."""
    if _has_overprint(page.chars):  # some PDFs overprint characters to fake bold
        page = page.dedupe_chars()
    readable = [ch for ch in page.chars if not _UNDECODABLE.search(ch["text"])]
    unmapped = len(page.chars) - len(readable)
    printed = sum(1 for ch in readable if ch["text"].strip()) + unmapped
    if printed and unmapped >= UNDECODABLE_PAGE_SHARE * printed:
        return _PageText([], unmapped, undecodable=True)
    layout = layout_page(readable, images=page.images, rects=page.rects, lines=page.lines, height=page.height)
    if layout.blocks is not None:
        return _PageText(layout.blocks, unmapped, header=layout.header)
    return _PageText(_column_blocks(page, layout.header_bottom), unmapped, header=layout.header)


def _column_blocks(page: Any, below: float) -> list[str]:
    """A page read as one column (under its 版眉, if any)."""
    lines = [line for line in _page_lines(page) if line["top"] >= below]
    if not lines:
        return []
    em = _em(lines)
    left = _usual_left(lines, em)
    gap = _usual_gap(lines, em)
    blocks: list[list[str]] = [[lines[0]["text"]]]
    for prev, line in zip(lines, lines[1:]):
        indented = line["x0"] - left >= INDENT_EM * em
        spaced = line["top"] - prev["bottom"] > gap + BLOCK_GAP_EM * em
        if indented or spaced:
            blocks.append([])
        blocks[-1].append(line["text"])
    return ["\n".join(block) for block in blocks]


def _page_lines(page: Any) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for line in page.extract_text_lines(strip=True, return_chars=True):
        text = _UNDECODABLE.sub("", line["text"])
        if text.strip():
            lines.append({**line, "text": text})
    return lines


def _has_overprint(chars: list[dict[str, Any]]) -> bool:
    """Whether a character is drawn twice within ~1 pt: a cheap test that spares most
    pages pdfplumber's dedupe_chars (a third of the reading time). Two points closer
    than 1 pt share a 2-pt cell in at least one of four grids shifted by 1 pt."""
    seen: set[tuple[Any, ...]] = set()
    for ch in chars:
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
            key = (ch["text"], (ch["x0"] + dx) // 2, (ch["top"] + dy) // 2, dx, dy)
            if key in seen:
                return True
            seen.add(key)
    return False


def _em(lines: list[dict[str, Any]]) -> float:
    """The body character size: width of full-width characters, else line height."""
    chars = [ch for line in lines for ch in line["chars"] if ch["text"] >= "\u2e80"]
    widths: list[float] = [ch["x1"] - ch["x0"] for ch in chars]
    heights: list[float] = [line["bottom"] - line["top"] for line in lines]
    return max(median_low(widths or heights), 1.0)


def _usual_left(lines: list[dict[str, Any]], em: float) -> float:
    """The page's usual left edge: the leftmost line start shared by a fair share of the
    lines (on a page of short paragraphs most lines are indented first lines)."""
    buckets: dict[int, list[float]] = {}
    for line in lines:
        buckets.setdefault(round(line["x0"] / (em / 4)), []).append(line["x0"])
    needed = max(2, len(lines) * 0.15)
    common = [key for key, xs in buckets.items() if len(xs) >= needed]
    if not common:  # few lines: the most frequent start, the leftmost on a tie
        most = max(len(xs) for xs in buckets.values())
        common = [key for key, xs in buckets.items() if len(xs) == most]
    return min(buckets[min(common)])


def _usual_gap(lines: list[dict[str, Any]], em: float) -> float:
    """Usual space between lines: the lower quartile, so paragraph gaps don't inflate it,
    capped at what loose body text has (a page of one-line paragraphs has no other gap)."""
    gaps = sorted(max(b["top"] - a["bottom"], 0.0) for a, b in zip(lines, lines[1:]))
    usual = gaps[len(gaps) // 4] if gaps else 0.0
    return min(usual, NORMAL_GAP_EM * em)
