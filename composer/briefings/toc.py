"""The 专题汇编's 目录, filled at export — as Word fills it when it updates the TOC field.

A template's TOC field (``TOC \\o "1-2" \\h \\z \\u``) is empty until Word updates it, and
LibreOffice and WPS show what it holds. At export the field's result becomes what Word
would put there: one paragraph per heading of the outline levels the field asks for (the
专题 headings and the items' titles), in the ``toc N`` styles, each a link to a bookmark
on its heading (``_Toc…``) and, once the pages are known, a ``PAGEREF`` field holding its
page number. The field itself stays, so Word can refresh the 目录 (F9, or on opening:
``updateFields``); until then it is right as it is.

Page numbers come from a layout (``render_pages``): each heading's page in LibreOffice's
PDF outline, printed as the number in that page's footer. Without a layout the entries
carry no numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docx.oxml import OxmlElement
from lxml import etree  # type: ignore[import-untyped]

from composer.briefings.render_pages import Layout

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
LEVELS = re.compile(r'\\o\s+"(\d)\s*-\s*(\d)"')
BOOKMARK_BASE = 900_000_000  # _Toc900000001 …: clear of the numbers Word picks at random


@dataclass
class Entry:
    level: int  # outline level, from 0
    text: str
    bookmark: str
    link: Any  # the entry's w:hyperlink, where its page number goes


@dataclass
class Toc:
    entries: list[Entry] = field(default_factory=list)


def fill_toc(document: Any) -> Toc | None:
    """Fill ``document``'s (python-docx) TOC field with its entries, without page numbers;
    None when the document has no TOC field by outline levels."""
    body = document.element.body
    found = _toc_field(body)
    if found is None:
        return None
    begin, separate, end, code = found
    levels = LEVELS.search(code)
    if levels is None:
        return None
    low, high = int(levels.group(1)) - 1, int(levels.group(2)) - 1
    headings = _headings(body, document.styles.element, low, high, _field_paragraphs(begin, end))
    if not headings:
        return None
    toc = Toc()
    paragraphs = _clear_result(separate, end)
    styles = _toc_styles(document.styles.element)
    next_id = _next_bookmark_id(body)
    for index, (paragraph, level, text) in enumerate(headings):
        name = f"_Toc{BOOKMARK_BASE + index + 1}"
        _bookmark(paragraph, name, next_id + index)
        target = paragraphs[0] if index == 0 else _entry_paragraph(paragraphs, styles.get(level))
        if index == 0:
            _set_style(target, styles.get(level))
        link = _sub(target, "hyperlink", anchor=name, history="1")
        _text_run(link, text)
        toc.entries.append(Entry(level, text, name, link))
    paragraphs[-1].append(end.getparent())  # the field ends after the last entry
    return toc


def number_toc(toc: Toc, layout: Layout) -> int:
    """Give each entry the page its heading lands on in ``layout``; how many got one."""
    pages = _pages(toc, layout)
    for entry, page in zip(toc.entries, pages):
        if page is not None:
            _page_reference(entry.link, entry.bookmark, page)
    return sum(page is not None for page in pages)


# -- finding the field and the headings --------------------------------------------------------


def _toc_field(body: Any) -> tuple[Any, Any, Any, str] | None:
    """The TOC field's begin, separate and end ``fldChar`` and its code."""
    stack: list[dict] = []
    for element in body.iter(f"{W}fldChar", f"{W}instrText"):
        if element.tag == f"{W}instrText":
            if stack and stack[-1]["separate"] is None:
                stack[-1]["code"] += element.text or ""
            continue
        kind = element.get(f"{W}fldCharType")
        if kind == "begin":
            stack.append({"begin": element, "separate": None, "code": ""})
        elif kind == "separate" and stack:
            stack[-1]["separate"] = element
        elif kind == "end" and stack:
            field_ = stack.pop()
            if field_["code"].strip().upper().startswith("TOC") and field_["separate"] is not None:
                return field_["begin"], field_["separate"], element, field_["code"]
    return None


def _field_paragraphs(begin: Any, end: Any) -> set[Any]:
    """The paragraphs the field spans (its old entries are not headings of the body)."""
    first, last = _paragraph(begin), _paragraph(end)
    spanned = {first, last}
    paragraph = first
    while paragraph is not None and paragraph is not last:
        paragraph = paragraph.getnext()
        spanned.add(paragraph)
    return spanned


def _headings(body: Any, styles: Any, low: int, high: int, skip: set[Any]) -> list[tuple[Any, int, str]]:
    levels = _style_levels(styles)
    default = _default_style(styles)
    found = []
    for paragraph in _outline_candidates(body, levels, default, low, high):
        level = _paragraph_level(paragraph, levels, default)
        if level is None or not low <= level <= high or paragraph in skip:
            continue
        text = _text(paragraph)
        if text:
            found.append((paragraph, level, text))
    return found


def _outline_candidates(
    body: Any, levels: dict[str | None, int | None], default: str | None, low: int, high: int
) -> list[Any]:
    """The body's paragraphs that may be headings: with an outline level of their own or a
    style of a wanted level. Chosen by one XPath (a 1,000-item body has thousands of
    paragraphs; walking them in Python cost a tenth of the export); the style ids, which come
    from the template, are XPath variables, never part of the expression."""
    wanted = sorted(style for style, level in levels.items() if style is not None and level is not None
                    and low <= level <= high)
    styles = " or ".join(f"@w:val = $s{index}" for index in range(len(wanted))) or "false()"
    tests = [f"w:pPr[w:outlineLvl or w:pStyle[{styles}]]"]
    if default in wanted:
        tests.append("not(w:pPr/w:pStyle)")
    variables = {f"s{index}": style for index, style in enumerate(wanted)}
    select = etree.XPath(f"w:p[{' or '.join(tests)}]", namespaces={"w": W_NS})
    found: list[Any] = select(body, **variables)
    return found


def _paragraph_level(paragraph: Any, levels: dict[str | None, int | None], default: str | None) -> int | None:
    """The paragraph's own outline level, else its style's."""
    style_id = default
    properties = next(paragraph.iterchildren(f"{W}pPr"), None)
    if properties is not None:
        for child in properties.iterchildren(f"{W}outlineLvl", f"{W}pStyle"):
            if child.tag == f"{W}outlineLvl":
                return int(child.get(f"{W}val"))
            style_id = child.get(f"{W}val")
    return levels.get(style_id)


def _style_levels(styles: Any) -> dict[str | None, int | None]:
    """Each paragraph style's outline level, through its ``basedOn`` chain."""
    by_id = {s.get(f"{W}styleId"): s for s in styles.iterchildren(f"{W}style") if s.get(f"{W}type") == "paragraph"}

    def level(style_id: str | None, depth: int = 0) -> int | None:
        style = by_id.get(style_id)
        if style is None or depth > 20:
            return None
        own = style.find(f"{W}pPr/{W}outlineLvl")
        if own is not None:
            value = int(own.get(f"{W}val"))
            return value if value < 9 else None  # 9: body text
        based = style.find(f"{W}basedOn")
        return level(based.get(f"{W}val"), depth + 1) if based is not None else None

    return {style_id: level(style_id) for style_id in by_id}


def _default_style(styles: Any) -> str | None:
    for style in styles.iterchildren(f"{W}style"):
        if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
            return str(style.get(f"{W}styleId"))
    return None


def _toc_styles(styles: Any) -> dict[int, str]:
    """Outline level → the id of the ``toc N`` style (named as Word names it)."""
    found = {}
    for style in styles.iterchildren(f"{W}style"):
        name = style.find(f"{W}name")
        match = re.fullmatch(r"toc (\d)", (name.get(f"{W}val") or "").lower()) if name is not None else None
        if match:
            found[int(match.group(1)) - 1] = str(style.get(f"{W}styleId"))
    return found


def _text(paragraph: Any) -> str:
    parts = []
    for element in paragraph.iter(f"{W}t", f"{W}tab"):
        parts.append(element.text or "" if element.tag == f"{W}t" else " ")
    return "".join(parts).strip()


def _paragraph(element: Any) -> Any:
    while element is not None and element.tag != f"{W}p":
        element = element.getparent()
    return element


# -- writing the entries -----------------------------------------------------------------------


def _clear_result(separate: Any, end: Any) -> list[Any]:
    """Remove the field's old result (between separate and end); the list of entry
    paragraphs, starting with the one that holds the field's code."""
    first, last = _paragraph(separate), _paragraph(end)
    separate_run, end_run = separate.getparent(), end.getparent()
    for sibling in list(separate_run.itersiblings()):
        if sibling is end_run:
            break
        first.remove(sibling)
    if last is not first:
        between = []
        paragraph = first.getnext()
        while paragraph is not None and paragraph is not last:
            between.append(paragraph)
            paragraph = paragraph.getnext()
        for paragraph in between:
            paragraph.getparent().remove(paragraph)
        for sibling in list(end_run.itersiblings(preceding=True)):
            if sibling.tag != f"{W}pPr":
                last.remove(sibling)
    end_run.getparent().remove(end_run)
    if last is not first and not _text(last) and last.find(f".//{W}r") is None:
        last.getparent().remove(last)
    return [first]


def _entry_paragraph(paragraphs: list[Any], style: str | None) -> Any:
    paragraph = OxmlElement("w:p")
    _set_style(paragraph, style)
    paragraphs[-1].addnext(paragraph)
    paragraphs.append(paragraph)
    return paragraph


def _set_style(paragraph: Any, style: str | None) -> None:
    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        properties = OxmlElement("w:pPr")
        paragraph.insert(0, properties)
    old = properties.find(f"{W}pStyle")
    if old is not None:
        properties.remove(old)
    if style:
        element = OxmlElement("w:pStyle")
        element.set(f"{W}val", style)
        properties.insert(0, element)


def _bookmark(paragraph: Any, name: str, bookmark_id: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(f"{W}id", str(bookmark_id))
    start.set(f"{W}name", name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(f"{W}id", str(bookmark_id))
    properties = paragraph.find(f"{W}pPr")
    paragraph.insert(1 if properties is not None else 0, start)
    paragraph.append(end)


def _next_bookmark_id(body: Any) -> int:
    ids = [int(start.get(f"{W}id")) for start in body.iter(f"{W}bookmarkStart") if start.get(f"{W}id", "").isdigit()]
    return max(ids, default=0) + 1


def _sub(parent: Any, tag: str, **attributes: str) -> Any:
    element = OxmlElement(f"w:{tag}")
    parent.append(element)
    for name, value in attributes.items():
        element.set(f"{W}{name}", value)
    return element


def _text_run(parent: Any, text: str) -> None:
    run = _sub(parent, "r")
    element = _sub(run, "t")
    element.text = text
    element.set(XML_SPACE, "preserve")


def _page_reference(link: Any, bookmark: str, page: str) -> None:
    """A tab (the style's dotted right tab), then ``PAGEREF bookmark \\h`` showing ``page``."""
    _sub(_sub(link, "r"), "tab")
    _sub(_sub(link, "r"), "fldChar", fldCharType="begin")
    code = _sub(_sub(link, "r"), "instrText")
    code.text = f" PAGEREF {bookmark} \\h "
    code.set(XML_SPACE, "preserve")
    _sub(_sub(link, "r"), "fldChar", fldCharType="separate")
    _text_run(link, page)
    _sub(_sub(link, "r"), "fldChar", fldCharType="end")


# -- pages ------------------------------------------------------------------------------------


def _pages(toc: Toc, layout: Layout) -> list[str | None]:
    """Each entry's page number: its heading found, in order, among the layout's outline."""
    headings = layout.headings
    position = 0
    found: list[str | None] = []
    for entry in toc.entries:
        wanted = _key(entry.text)
        match = next((i for i in range(position, len(headings)) if _key(headings[i].title) == wanted), None)
        if match is None or headings[match].page < 0:
            found.append(None)
            continue
        position = match + 1
        page = headings[match].page
        found.append(layout.label(page) or str(page + 1))
    return found


def _key(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)
