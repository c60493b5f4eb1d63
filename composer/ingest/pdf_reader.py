"""Reading text PDFs for composer/ingest/readers.py (see its docstring for the text contract).

pdfplumber (MIT, pure Python on pdfminer.six) rather than PyMuPDF, because PyMuPDF is
AGPL and pdfplumber still gives the character positions needed to rebuild paragraphs:
lines come from ``extract_text_lines()``, and a new paragraph starts where a line is
indented by about two characters or the gap above it is clearly larger than the usual
line spacing. Neither library runs JavaScript or PDF actions.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from statistics import median_low
from typing import Any

from composer.common.messages import BriefingError, Message
from composer.ingest.readers import Document, _from_blocks, _read_bytes, _reason

_CID = re.compile(r"\(cid:\d+\)")
BLOCK_GAP_EM = 0.4  # extra vertical space (in character heights) that ends a paragraph
INDENT_EM = 1.5  # a first-line indent of about two characters starts a paragraph
NORMAL_GAP_EM = 0.8  # line gaps beyond this (leading > 1.8) are never "usual" spacing


def read_pdf(p: Path) -> Document:
    data = _read_bytes(p)
    _check_pdf_envelope(data)
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_blocks(page) for page in pdf.pages]
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


def _pdf_document(pages: list[tuple[list[str], int]]) -> Document:
    blocks = [block for page_blocks, _ in pages for block in page_blocks]
    unmapped = sum(count for _, count in pages)
    notes: list[Message] = []
    empty = [str(n) for n, (page_blocks, _) in enumerate(pages, 1) if not page_blocks]
    if blocks and empty:
        notes.append(Message("warn_pdf_pages_no_text", pages="、".join(empty)))
    if blocks and unmapped:
        notes.append(Message("warn_pdf_unmapped", count=unmapped))
    return _from_blocks(blocks, "pdf", "pdf_no_text", notes)


def _page_blocks(page: Any) -> tuple[list[str], int]:
    """A page's paragraphs (soft-wrapped lines joined by "\\n") and its undecodable chars."""
    lines, unmapped = _page_lines(page)
    if not lines:
        return [], unmapped
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
    return ["\n".join(block) for block in blocks], unmapped


def _page_lines(page: Any) -> tuple[list[dict[str, Any]], int]:
    if _has_overprint(page.chars):  # some PDFs overprint characters to fake bold
        page = page.dedupe_chars()
    lines: list[dict[str, Any]] = []
    unmapped = 0
    for line in page.extract_text_lines(strip=True, return_chars=True):
        text, count = _CID.subn("", line["text"])
        unmapped += count
        if text.strip():
            lines.append({**line, "text": text})
    return lines, unmapped


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
