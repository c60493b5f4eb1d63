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


# -- PDFs whose text layer cannot be decoded -------------------------------------------------

# Fonts of a hand-written PDF. "song": STSong-Light as reportlab writes it (readable);
# "private-use": a font whose ToUnicode map sends every glyph into the private-use area;
# "unmapped": a CID font with Identity encoding and no ToUnicode (pdfminer reads "(cid:N)").
# Some 方正-typeset newspaper PDFs are made like the last two.
_DESCRIPTOR = (
    "/FontDescriptor << /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [0 -200 1000 800] "
    "/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> "
)
_RAW_FONTS = {
    "song": "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts "
    "[<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 "
    + _DESCRIPTOR.format(name="STSong-Light")
    + ">>] >>",
    "private-use": "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {cmap} 0 R >>",
    "unmapped": "<< /Type /Font /Subtype /Type0 /BaseFont /FZSSK--GBK1-0 /Encoding /Identity-H /DescendantFonts "
    "[<< /Type /Font /Subtype /CIDFontType0 /BaseFont /FZSSK--GBK1-0 "
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 "
    + _DESCRIPTOR.format(name="FZSSK--GBK1-0")
    + ">>] >>",
}
_PRIVATE_USE_CMAP = (
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /PUA def /CMapType 2 def\n"
    "1 begincodespacerange <00> <FF> endcodespacerange\n"
    "1 beginbfrange <21> <7E> <E021> endbfrange\n"
    "endcmap CMapName currentdict /CMap defineresource pop end end"
)


def _raw_string(font: str, text: str) -> str:
    if font == "song":
        return "<" + text.encode("utf-16-be").hex() + ">"
    if font == "private-use":  # printable ASCII codes, each mapped to U+E000 + code
        return "<" + "".join(f"{0x21 + ord(ch) % 94:02x}" for ch in text) + ">"
    return "<" + "".join(f"{(ord(ch) % 7000) + 1:04x}" for ch in text) + ">"  # two-byte CIDs


def write_raw_pdf(path: Path, pages: list[list[tuple[str, str]]], *, size: float = 12.0) -> Path:
    """A PDF written by hand: each page is a list of lines ``(font, text)`` set top-down,
    with ``font`` one of "song", "private-use", "unmapped" (see _RAW_FONTS)."""
    objects: list[str] = []

    def add(body: str) -> int:
        objects.append(body)
        return len(objects)

    cmap = add(f"<< /Length {len(_PRIVATE_USE_CMAP)} >>\nstream\n{_PRIVATE_USE_CMAP}\nendstream")
    fonts = {key: add(spec.replace("{cmap}", str(cmap))) for key, spec in _RAW_FONTS.items()}
    resources = " ".join(f"/F{n} {obj} 0 R" for n, obj in enumerate(fonts.values()))
    names = {key: f"F{n}" for n, key in enumerate(fonts)}
    pages_obj = len(objects) + 2 * len(pages) + 1
    kids = []
    for lines in pages:
        ops = [
            f"BT /{names[font]} {size} Tf 1 0 0 1 72 {760 - 1.6 * size * n:.1f} Tm {_raw_string(font, text)} Tj ET"
            for n, (font, text) in enumerate(lines)
        ]
        stream = "\n".join(ops)
        content = add(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << {resources} >> >> /Contents {content} 0 R >>"
            )
        )
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>") == pages_obj
    catalog = add(f"<< /Type /Catalog /Pages {pages_obj} 0 R >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1")
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode("latin-1")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1")
    path.write_bytes(out)
    return path
