"""An automatic reviewer of exported briefings: the must-have (M) items of
../shared/briefing-formats.md that a program can check, for every kind.

``review(docx, kind, pdf)`` returns the problems found, each ``"code: detail"``; none means
the export passes. From the .docx (python-docx and its XML):

- fonts and sizes by role (A17, B2, B11, B18, C14): every paragraph with text is in a style
  that has a role, and each paragraph's East Asian font
  (``w:eastAsia``, through its style's ``basedOn`` chain, a run's own font winning) and
  size are those of its role — body 仿宋_GB2312 三号, title 方正小标宋简体 二号, 一、 headings
  黑体, source lines 楷体_GB2312, 报尾 仿宋_GB2312 四号 …; the 报头 name is red;
- one source style (A8, A11, C9): every source line in full-width （）, all of them press
  (《报纸》…) or all of them speech (…在…上的讲话);
- ascending dates within a theme (A13, 讲话摘编);
- no item twice (A16, C15);
- no placeholders left (B13): XX, 第X期, ____, {{ }}, {% %}, None;
- item dates on or before the 报头 date (B19, and the others' date line);
- 目录 entries = headings (C5, C6): the TOC's entries are the 专题 and item headings of the
  body, in order, and — with a PDF — each carries the page its heading is printed on.

From the PDF LibreOffice prints (``render_pages``):

- a source line never opens a page apart from its excerpt (A7), all kinds — except after
  a page that one paragraph of the excerpt fills from top to bottom: LibreOffice keeps a
  paragraph with the next by moving it whole, which cannot help one that fills a page (Word
  moves its last lines);

- 报尾 position (B14): the 报尾 is on the last page only, at its foot, and not alone there;
- the 报头 on the first page only (B1).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document

from composer.briefings.render_pages import Layout, read_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# role (style name) → East Asian font and size in points (None: any size at least 26 pt)
ROLES: dict[str, tuple[str, float | None]] = {
    "Normal": ("仿宋_GB2312", 16),
    "Title": ("方正小标宋简体", 22),
    "Subtitle": ("楷体_GB2312", 16),
    "Heading 1": ("黑体", 16),
    "Heading 2": ("楷体_GB2312", 16),
    "Item Title": ("黑体", 16),
    "Source": ("楷体_GB2312", 16),
    "Editor Note": ("楷体_GB2312", 16),
    "Issue Line": ("仿宋_GB2312", 16),
    "Imprint Line": ("仿宋_GB2312", 16),
    "Classification": ("黑体", 16),
    "Masthead": ("方正小标宋简体", None),
    "Cover Title": ("方正小标宋简体", None),
    "Cover Imprint": ("仿宋_GB2312", 16),
    "TOC Heading": ("黑体", 16),
    "Colophon": ("仿宋_GB2312", 14),
    "Colophon Right": ("仿宋_GB2312", 14),
    "toc 1": ("黑体", 16),
    "toc 2": ("仿宋_GB2312", 16),
}
PLACEHOLDERS = re.compile(r"XX|ＸＸ|第[XＸx]期|_{4,}|＿{2,}|\{\{|\}\}|\{%|%\}|\bNone\b")
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
COLOPHON_MARKS = ("报：", "送：", "印发")


def review(docx: Path | bytes, kind: str, pdf: bytes | None = None) -> list[str]:
    """The problems of an exported briefing of ``kind`` (speech, bulletin, dossier)."""
    document = Document(io.BytesIO(docx) if isinstance(docx, bytes) else str(docx))
    layout = read_pdf(pdf) if pdf is not None else None
    problems = [*fonts_by_role(document), *one_source_style(document), *no_item_twice(document, kind),
                *no_placeholders(document), *dates_before_masthead(document)]
    if kind == "speech":
        problems += ascending_dates(document)
    if kind == "dossier":
        problems += toc_matches_headings(document, layout)
    if layout is not None:
        problems += sources_with_excerpts(document, layout)
    if kind == "bulletin" and layout is not None:
        problems += colophon_at_foot(document, pdf or b"", layout) + masthead_on_first_page(document, layout)
    return problems


# -- fonts -------------------------------------------------------------------------------------


def fonts_by_role(document: Any) -> list[str]:
    problems = []
    for paragraph in _paragraphs(document):
        name = paragraph.style.name if paragraph.style is not None else "Normal"
        if not paragraph.text.strip():
            continue
        if name not in ROLES:  # text in a style no role names: its fonts are nobody's choice
            problems.append(f"font: 「{paragraph.text[:12]}」 is in the style {name}, which has no role")
            continue
        font, size = ROLES[name]
        for run in paragraph.runs:
            if not run.text.strip() or run.style is not None and run.style.name != "Default Paragraph Font":
                continue  # a character style (编者按's label) has a role of its own
            found_font, found_size = _east_asian(run, paragraph)
            if found_font != font or (size is not None and found_size != size) or (size is None and
                                                                                     (found_size or 0) < 26):
                problems.append(f"font: {name} 「{run.text[:12]}」 is {found_font} {found_size} pt, "
                                f"not {font} {size or '≥26'} pt")
                break
        if name == "Masthead" and _style_value(paragraph.style, "color") not in ("FF0000", "E60012", "C00000"):
            problems.append("font: the 报头 name is not red")
    return problems


def _east_asian(run: Any, paragraph: Any) -> tuple[str | None, float | None]:
    own = run._r.rPr
    font = own.find(f"{W}rFonts").get(f"{W}eastAsia") if own is not None and own.find(f"{W}rFonts") is not None \
        else None
    size_element = own.find(f"{W}sz") if own is not None else None
    size = int(size_element.get(f"{W}val")) / 2 if size_element is not None else None
    return (font or _style_value(paragraph.style, "eastAsia"),
            size or _style_value(paragraph.style, "sz"))


def _style_value(style: Any, what: str) -> Any:
    """A run property of a paragraph style, through its basedOn chain and the defaults."""
    while style is not None:
        value = _run_property(style.element.find(f"{W}rPr"), what)
        if value is not None:
            return value
        style = style.base_style
    return None


def _run_property(properties: Any, what: str) -> Any:
    if properties is None:
        return None
    if what == "eastAsia":
        fonts = properties.find(f"{W}rFonts")
        return fonts.get(f"{W}eastAsia") if fonts is not None else None
    element = properties.find(f"{W}{what}")
    if element is None:
        return None
    value = element.get(f"{W}val")
    return int(value) / 2 if what == "sz" else value


# -- source lines, items and dates ------------------------------------------------------------


def _paragraphs(document: Any) -> Iterator[Any]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _styled(document: Any, *names: str) -> list[str]:
    return [p.text.strip() for p in document.paragraphs if p.style is not None and p.style.name in names
            and p.text.strip()]


def one_source_style(document: Any) -> list[str]:
    sources = _styled(document, "Source")
    problems = [f"source: 「{s}」 is not in full-width （）" for s in sources
                if not (s.startswith("（") and s.endswith("）"))]
    styles = {"press" if "《" in source else "speech" for source in sources}
    if len(styles) > 1:
        problems.append(f"source: two styles side by side ({' and '.join(sorted(styles))})")
    return problems


def _items(document: Any, kind: str) -> list[str]:
    """Each item's text: its paragraphs up to its source line (and its headline)."""
    items, current = [], []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name in ("Normal", "Item Title") and paragraph.text.strip():
            current.append(paragraph.text.strip())
        elif name == "Source" or (name == "Heading 1" and current):
            if current:
                items.append("".join(current))
            current = []
    return [re.sub(r"\s+", "", item) for item in items if len(item) > 10]


def no_item_twice(document: Any, kind: str) -> list[str]:
    seen: set[str] = set()
    problems = []
    for item in _items(document, kind):
        if item in seen:
            problems.append(f"twice: 「{item[:20]}」")
        seen.add(item)
    return problems


def no_placeholders(document: Any) -> list[str]:
    texts = [p.text for p in _paragraphs(document)]
    for section in document.sections:
        for part in (section.header, section.footer, section.even_page_footer):
            texts += [p.text for p in part.paragraphs]
    return [f"placeholder: 「{found.group()}」 in 「{text[:30]}」" for text in texts
            for found in [PLACEHOLDERS.search(text)] if found]


def _date(text: str) -> tuple[int, int, int] | None:
    found = DATE.search(text)
    return (int(found.group(1)), int(found.group(2)), int(found.group(3) or 0)) if found else None


def masthead_date(document: Any) -> tuple[int, int, int] | None:
    """The date a briefing bears: the 报头's, the title block's or the cover's."""
    for text in _styled(document, "Imprint Line", "Issue Line", "Cover Imprint"):
        if _date(text):
            return _date(text)
    return None


def dates_before_masthead(document: Any) -> list[str]:
    dated = masthead_date(document)
    if dated is None:
        return ["date: the briefing bears no date"]
    return [f"date: 「{s}」 is after the briefing's date {dated}" for s in _styled(document, "Source")
            if (_date(s) or (0, 0, 0)) > dated]


def ascending_dates(document: Any) -> list[str]:
    problems = []
    section, previous = "", (0, 0, 0)
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name == "Heading 1":
            section, previous = paragraph.text, (0, 0, 0)
        elif name == "Source" and _date(paragraph.text):
            dated = _date(paragraph.text) or (0, 0, 0)
            if dated < previous:
                problems.append(f"order: under 「{section}」, 「{paragraph.text}」 comes after {previous}")
            previous = dated
    return problems


# -- the 目录 ---------------------------------------------------------------------------------


def toc_entries(document: Any) -> list[tuple[str, str | None]]:
    """The 目录's entries: (text, page number or None)."""
    entries = []
    for paragraph in document.paragraphs:
        if paragraph.style is not None and re.fullmatch(r"toc \d", paragraph.style.name.lower()) and paragraph.text.strip():
            text, _, page = paragraph.text.partition("\t")
            entries.append((text.strip(), page.strip() or None))
    return entries


def toc_matches_headings(document: Any, layout: Layout | None) -> list[str]:
    entries = toc_entries(document)
    headings = _styled(document, "Heading 1", "Item Title")
    if [text for text, _ in entries] != headings:
        return [f"toc: the 目录 lists {[t for t, _ in entries]}, the body has {headings}"]
    if layout is None:
        return []
    pages = _heading_pages(headings, layout)
    return [f"toc: 「{text}」 says page {page}, it is printed on page {printed}"
            for (text, page), printed in zip(entries, pages) if page != printed]


def _heading_pages(headings: list[str], layout: Layout) -> list[str | None]:
    found: list[str | None] = []
    position = 0
    for heading in headings:
        key = re.sub(r"\s+", "", heading)
        index = next((i for i in range(position, len(layout.headings))
                      if re.sub(r"\s+", "", layout.headings[i].title) == key), None)
        if index is None:
            found.append(None)
            continue
        position = index + 1
        page = layout.headings[index].page
        found.append(layout.label(page) or str(page + 1))
    return found


# -- pages -----------------------------------------------------------------------------------


def colophon_at_foot(document: Any, pdf: bytes, layout: Layout) -> list[str]:
    import pdfplumber

    lines = [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs if p.text]
    if not lines:
        return ["报尾: the 简报 has none"]
    pages = [i for i, text in enumerate(layout.texts) if any(mark in text for mark in COLOPHON_MARKS)]
    last = len(layout.texts) - 1
    if pages != [last]:
        return [f"报尾: printed on pages {[p + 1 for p in pages]}, not on the last page ({last + 1}) alone"]
    with pdfplumber.open(io.BytesIO(pdf)) as printed:
        page = printed.pages[last]
        words = page.extract_words()
        marks = [w for w in words if any(mark in w["text"] for mark in COLOPHON_MARKS)]
        bottom = max(w["bottom"] for w in marks)
        if bottom < page.height * 0.8:
            return [f"报尾: ends {bottom:.0f} pt down the page, not at its foot ({page.height:.0f} pt)"]
        top = min(w["top"] for w in marks)
        body = [w for w in words if w["bottom"] < top - 2 and not re.fullmatch(r"[—-]?\d*[—-]?", w["text"])]
    if not body:
        return ["报尾: alone on the last page"]
    return []


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sources_with_excerpts(document: Any, layout: Layout) -> list[str]:
    before: dict[str, str] = {}  # source line → the paragraph printed before it
    previous = ""
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name == "Source":
            before.setdefault(_squash(paragraph.text), _squash(previous))
        if paragraph.text.strip():
            previous = paragraph.text
    problems = []
    for page in range(1, len(layout.texts)):
        lines = [_squash(line) for line in layout.texts[page].split("\n") if line.strip()]
        if not lines or not lines[0].startswith("（"):
            continue
        source = next((s for s in before if s.startswith(lines[0])), None)
        if source is None:
            continue
        last_page = [_squash(line) for line in layout.texts[page - 1].split("\n") if line.strip()]
        if last_page and before[source].startswith(last_page[0]):
            continue  # one paragraph fills the page before (see the module's text)
        problems.append(f"source: 「{source}」 opens page {page + 1}, apart from its excerpt")
    return problems


def masthead_on_first_page(document: Any, layout: Layout) -> list[str]:
    names = _styled(document, "Masthead")
    if not names:
        return ["报头: none"]
    key = re.sub(r"\s+", "", names[0])
    pages = [i for i, text in enumerate(layout.texts) if key in re.sub(r"\s+", "", text)]
    return [] if pages == [0] else [f"报头: on pages {[p + 1 for p in pages]}"]


def page_images(pdf: bytes, folder: Path, stem: str, resolution: int = 60) -> list[Path]:
    """Each page as a PNG (pdfplumber, through pypdfium2)."""
    import pdfplumber

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with pdfplumber.open(io.BytesIO(pdf)) as printed:
        for number, page in enumerate(printed.pages, start=1):
            path = folder / f"{stem}-{number}.png"
            page.to_image(resolution=resolution).save(str(path))
            written.append(path)
    return written
