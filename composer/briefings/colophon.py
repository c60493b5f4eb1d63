"""The 简报's 报尾 (报：/送：/印发 between rules) at the foot of the last page, never alone.

The shipped 简报 template floats the 报尾 table to the bottom of the type area; a floating
table belongs to the paragraph after it, which in the template is an empty last line.
When the last page is full, that empty line — and the 报尾 with it — moved to a page of
their own. At export the table is moved in front of the briefing's last line of text (the
last item's source line), and the empty line goes: the 报尾 now takes its last line with
it to a new page. The paragraph before that line keeps with it too when it is short
(``KEEP_LINES`` lines), so a page break falls inside the text, not under it. Measured in
LibreOffice on a 简报 whose last item grows a line at a time (22 lengths, two lengths of
its last paragraph): the 报尾 stood alone 5 and 7 times as the template had it, never after
the move. Word keeps a paragraph with the next by splitting it; LibreOffice moves it whole,
hence the limit.

Where a layout is at hand (``render_pages``), ``alone_on_last_page`` says whether the 报尾
still stands alone, so the export can say so.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KEEP_LINES = 6  # a last paragraph up to this many lines keeps with the 报尾
CHARACTERS_PER_LINE = 28  # GB/T 9704: 28 characters of 三号 a line, the first indented by 2
PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")
FOOTER = re.compile(r"[—-]\d+[—-]$")


def floating_colophon(body: Any) -> Any | None:
    """The 报尾: a floating table with nothing after it but empty paragraphs."""
    tables = [child for child in body.iterchildren(f"{W}tbl") if child.find(f"{W}tblPr/{W}tblpPr") is not None]
    if not tables:
        return None
    table = tables[-1]
    for sibling in table.itersiblings():
        if sibling.tag == f"{W}sectPr":
            continue
        if sibling.tag != f"{W}p" or not _empty(sibling):
            return None
    return table


def anchor_colophon(document: Any) -> bool:
    """Anchor the 报尾 to the briefing's last line of text (see the module's text);
    False when the document has no 报尾 of that shape."""
    body = document.element.body
    table = floating_colophon(body)
    if table is None:
        return False
    last_line = next((p for p in table.itersiblings(f"{W}p", preceding=True) if not _empty(p)), None)
    if last_line is None:
        return False
    for trailing in [p for p in table.itersiblings(f"{W}p")]:
        body.remove(trailing)
    last_line.addprevious(table)
    before = table.getprevious()
    if before is not None and before.tag == f"{W}p" and _lines(before) <= KEEP_LINES:
        for flag in ("keepNext", "widowControl"):
            set_flag(before, flag)
    return True


def colophon_lines(document: Any) -> list[str]:
    """The 报尾's lines (of the document's last floating table)."""
    tables = [t for t in document.element.body.iter(f"{W}tbl") if t.find(f"{W}tblPr/{W}tblpPr") is not None]
    return [_text(p) for p in tables[-1].iter(f"{W}p")] if tables else []


def alone_on_last_page(last_page_text: str, lines: list[str]) -> bool:
    """Whether the last page holds nothing but the 报尾 (and its page number)."""
    rest = _squashed(last_page_text)
    for line in lines:
        rest = rest.replace(_squashed(line), "", 1)
    return bool(lines) and not FOOTER.sub("", rest)


# -- small helpers -------------------------------------------------------------------------------


def _empty(paragraph: Any) -> bool:
    """No text, no drawing, no field, no section break."""
    return (
        not _text(paragraph)
        and paragraph.find(f".//{W}drawing") is None
        and paragraph.find(f".//{W}pict") is None
        and paragraph.find(f".//{W}fldChar") is None
        and paragraph.find(f"{W}pPr/{W}sectPr") is None
    )


def text_of(paragraph: Any) -> str:
    """A paragraph element's text."""
    return _text(paragraph)


def _text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t")).strip()


def _lines(paragraph: Any) -> int:
    characters = len(_text(paragraph)) + 2  # the first-line indent
    return -(-characters // CHARACTERS_PER_LINE)


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def set_flag(paragraph: Any, tag: str) -> None:
    """An on/off paragraph property, put where the schema's sequence wants it (also used
    by the export to keep a source line with its excerpt)."""
    properties = next(paragraph.iterchildren(f"{W}pPr"), None)  # not find(): lxml's Python path matcher
    if properties is None:
        properties = OxmlElement("w:pPr")
        paragraph.insert(0, properties)
    if next(properties.iterchildren(f"{W}{tag}"), None) is not None:
        return
    earlier = _EARLIER[tag]
    position = next((i for i, child in enumerate(properties) if child.tag not in earlier), len(properties))
    properties.insert(position, properties.makeelement(f"{W}{tag}", {}))


_EARLIER = {tag: {f"{W}{name}" for name in PPR_ORDER[:index]} for index, tag in enumerate(PPR_ORDER)}
