"""Build real input files (txt, docx, doc, pdf) from a page text, for tests.

The files are made the way real ones are: python-docx for Word, LibreOffice for a legacy
.doc, reportlab for a text PDF laid out like a newspaper column (wrapped lines, first-line
indent, paragraph spacing).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PDF_FONT = "STSong-Light"  # a CID font every PDF reader knows: no font file needed


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of a page text: what each writer turns into paragraphs."""
    return [line for line in text.splitlines() if line.strip()]


def write_txt(text: str, path: Path, encoding: str, *, newline: str = "\n") -> Path:
    """``encoding`` is any Python codec: "utf-16" writes a BOM, "utf-16-le" does not."""
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def write_docx(text: str, path: Path) -> Path:
    """Every non-blank line of ``text`` becomes one Word paragraph."""
    import docx

    document = docx.Document()
    for line in paragraphs(text):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def write_doc(text: str, path: Path) -> Path:
    """A legacy Word .doc, made by LibreOffice from :func:`write_docx` (needs ``soffice``)."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="makedoc_") as work:
        source = write_docx(text, Path(work) / "source.docx")
        profile = (Path(work) / "profile").as_uri()
        command = [shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile}"]
        command += ["--headless", "--convert-to", "doc", "--outdir", work, str(source)]
        subprocess.run(command, capture_output=True, timeout=120, check=True)
        shutil.move(Path(work) / "source.doc", path)
    return path


@lru_cache(maxsize=1)
def register_pdf_font() -> None:
    """Make STSong-Light known to reportlab (for tests that draw on a canvas themselves)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))


def pdf_unrenderable(text: str) -> set[str]:
    """Characters of ``text`` that STSong-Light cannot carry through a PDF and back.

    reportlab encodes text with the UniGB-UCS2-H CMap; a character missing there (or
    whose CID maps back to another character) is lost. Checked with pdfminer's own
    copies of the CMaps, i.e. exactly what the reader will see.
    """
    from pdfminer.cmapdb import CMapDB

    cmap = CMapDB.get_cmap("UniGB-UCS2-H")
    to_unicode = CMapDB.get_unicode_map("Adobe-GB1")
    lost = set()
    for ch in set(text) - {"\n", "\r", "\t", " "}:
        if len(ch.encode("utf-16-be")) != 2:
            lost.add(ch)
            continue
        cids = list(cmap.decode(ch.encode("utf-16-be")))
        if len(cids) != 1 or to_unicode.get_unichr(cids[0]) != ch:
            lost.add(ch)
    return lost


def _wrap(text: str, first_width: float, width: float, size: float) -> list[str]:
    """Greedy character wrap, as Chinese newspapers do (any character may end a line)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current, used, limit = "", 0.0, first_width
    for ch in text:
        w = stringWidth(ch, PDF_FONT, size)
        if current and used + w > limit:
            lines.append(current)
            current, used, limit = "", 0.0, width
        current += ch
        used += w
    if current:
        lines.append(current)
    return lines


def write_pdf(text: str, path: Path, *, size: float = 12.0, indent: bool = True, gap: bool = True) -> Path:
    """A text PDF: each non-blank line of ``text`` is a paragraph wrapped to the page width
    (soft line breaks), with a two-character first-line indent and extra space after it
    (``indent``/``gap`` switch those cues off, to test each one alone). A paragraph that
    fits on a page is never split across pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_pdf_font()
    page_w, page_h = A4
    margin, leading = 56.0, size * 1.5
    para_gap = size if gap else 0.0  # one em: an unmistakable gap
    first = 2 * size if indent else 0.0
    width = page_w - 2 * margin
    top, bottom = page_h - margin - size, margin
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(PDF_FONT, size)
    y = top
    for para in paragraphs(text):
        lines = _wrap(para.strip(), width - first, width, size)
        if y - (len(lines) - 1) * leading < bottom and y < top:
            pdf.showPage()
            pdf.setFont(PDF_FONT, size)
            y = top
        for i, line in enumerate(lines):
            if y < bottom:  # longer than a page: it has to break
                pdf.showPage()
                pdf.setFont(PDF_FONT, size)
                y = top
            pdf.drawString(margin + (first if i == 0 else 0.0), y, line)
            y -= leading
        y -= para_gap
    pdf.save()
    return path
