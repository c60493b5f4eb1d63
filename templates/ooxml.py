"""WordprocessingML as Word accepts it, for templates/build.py: the schema order of the
children of a paragraph's, a run's, a section's and a table's properties (ECMA-376 Part 1;
Word rejects a file whose children are out of this order) and helpers that build and place
``w:`` elements in that order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

# OOXML sequences (ECMA-376 Part 1): Word rejects children out of this order.
PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)
SECTPR_ORDER = (
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)
TBLPR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
)


# -- building elements in order -------------------------------------------------------------------------


def w(tag: str, **attrs: object) -> BaseOxmlElement:
    """A ``w:tag`` element with ``w:`` attributes (``val=1`` -> ``w:val="1"``)."""
    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def ordered(tag: str, children: Iterable[BaseOxmlElement], order: Sequence[str]) -> BaseOxmlElement:
    """``w:tag`` holding ``children`` sorted into schema order."""
    parent = w(tag)
    for child in sorted(children, key=lambda c: order.index(c.tag.split("}")[1])):
        parent.append(child)
    return parent


def insert_ordered(parent: BaseOxmlElement, child: BaseOxmlElement, order: Sequence[str]) -> None:
    """Put ``child`` into ``parent`` where the schema sequence wants it, replacing a namesake."""
    name = child.tag.split("}")[1]
    for old in parent.findall(child.tag):
        parent.remove(old)
    later = set(order[order.index(name) + 1 :])
    for index, sibling in enumerate(parent):
        if sibling.tag.split("}")[1] in later:
            parent.insert(index, child)
            return
    parent.append(child)
