"""Build the three shipped briefing templates: 讲话摘编.docx, 简报.docx, 专题汇编.docx.

Run ``python templates/build.py`` from the repository root. The output is reproducible
byte for byte (fixed core properties and zip timestamps), so a rebuild shows up in git
only when this script changed.

The templates are docxtpl (Jinja-in-Word) files that a clerk can open and restyle in
Word. Every placeholder is one of the names export.context() provides (templates/README.md).
Each ``{%p … %}`` tag sits alone in a one-run paragraph, so docxtpl drops the whole
paragraph and loops repeat whole paragraphs, which keep the style of their template line.

Layout follows GB/T 9704-2012 as borrowed for briefings: A4, margins 37/35/28/26 mm, a
22-line grid at 28.95 pt with -0.25 pt tracking so 28 三号 characters fit a line, fonts
only in named styles (explicit ascii/hAnsi/eastAsia/cs, no theme fonts), zh-CN, and
"— 1 —" page numbers right on odd pages, left on even pages.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from docx import Document
from docx.blkcntnr import BlockItemContainer
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm
from docx.text.paragraph import Paragraph
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # run as a script or loaded from its file: ooxml.py lies beside it
from ooxml import PPR_ORDER, RPR_ORDER, SECTPR_ORDER, TBLPR_ORDER, insert_ordered, ordered, w  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
FIXED_TIME = datetime.datetime(2025, 1, 1)

# Fonts as Chinese Word names them; altName is what Word falls back to when the GB2312
# or 方正 face is not installed.
FANGSONG, KAITI, HEITI, SONGTI, XIAOBIAOSONG = "仿宋_GB2312", "楷体_GB2312", "黑体", "宋体", "方正小标宋简体"
FONT_TABLE = {FANGSONG: "仿宋", KAITI: "楷体", HEITI: "SimHei", SONGTI: "SimSun", XIAOBIAOSONG: "宋体"}

# Chinese type sizes in points.
CHU_XIAO, ER_HAO, SAN_HAO, SI_HAO = 36, 22, 16, 14  # 小初, 二号, 三号, 四号


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


PAGE_MM, MARGINS_MM = (210, 297), {"top": 37, "bottom": 35, "left": 28, "right": 26}  # GB/T 9704 5.2
LINE = 579  # 28.95 pt in twips: the GB/T 9704 grid pitch of 22 lines in the 225 mm type area
TEXT_WIDTH = twips(PAGE_MM[0]) - twips(MARGINS_MM["left"]) - twips(MARGINS_MM["right"])  # 156 mm = 8845
FOOTER_MM = 25  # footer distance: the "— 1 —" dash lands 7 mm under the type area (GB/T 9704 7.5; measured in LO)

# -- styles ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    """What a style sets. None leaves a property to the base style."""

    font: str | None = None  # one face for ascii, hAnsi, eastAsia and cs
    size: float | None = None  # points
    bold: bool | None = None
    color: str | None = None
    tracking: int | None = None  # character spacing, twentieths of a point
    align: str | None = None  # w:jc: both, center, right, left
    first_line: int | None = None  # first-line indent, hundredths of a character (200 = 2 characters)
    indent: tuple[int, int] | None = None  # left and right indent, hundredths of a character
    line: int | None = None  # exact line height in twips; 0 = single spacing off the grid
    before: int | None = None  # space before, twips
    after: int | None = None  # space after, twips
    keep_next: bool = False
    outline: int | None = None  # outline level 0-8, for the navigation pane and TOC \o
    right_tab: str | None = None  # a right tab stop at the text width with this leader ("none", "dot")
    tab_at: int | None = None  # … or here (twips from the left edge of the text)
    rule: str | None = None  # colour of a 1.5 pt bottom border


@dataclass(frozen=True)
class Style:
    kind: str  # paragraph or character
    style_id: str
    name: str  # Word's own (lowercase) name for built-ins, e.g. "heading 1"
    look: Look
    based_on: str | None = "Normal"
    next_id: str | None = None


def chars_to_twips(hundredths: int, size: float) -> int:
    """The twips fallback for a character-based indent (LibreOffice reads the twips)."""
    return round(hundredths / 100 * size * 20)


def run_properties(look: Look) -> BaseOxmlElement:
    children = []
    if look.font:
        children.append(w("rFonts", ascii=look.font, hAnsi=look.font, eastAsia=look.font, cs=look.font))
    if look.bold is not None:
        children += [w("b", val=int(look.bold)), w("bCs", val=int(look.bold))]
    if look.color:
        children.append(w("color", val=look.color))
    if look.tracking is not None:
        children.append(w("spacing", val=look.tracking))
    if look.size:
        children += [w("sz", val=round(look.size * 2)), w("szCs", val=round(look.size * 2))]
    return ordered("rPr", children, RPR_ORDER)


def paragraph_properties(look: Look) -> BaseOxmlElement:
    size = look.size or SAN_HAO
    children = []
    if look.keep_next:
        children += [w("keepNext"), w("keepLines")]
    if look.rule:
        border = w("pBdr")
        border.append(w("bottom", val="single", sz=12, space=4, color=look.rule))
        children.append(border)
    if look.right_tab:
        tabs = w("tabs")
        tabs.append(w("tab", val="right", leader=look.right_tab, pos=look.tab_at or TEXT_WIDTH))
        children.append(tabs)
    if look.line == 0:  # single spacing would snap to two grid lines for anything over ~22 pt
        children += [
            w("snapToGrid", val=0),
            w("spacing", before=look.before or 0, after=look.after or 0, line=240, lineRule="auto"),
        ]
    elif look.line is not None or look.before is not None or look.after is not None:
        children.append(
            w("spacing", before=look.before or 0, after=look.after or 0, line=look.line or LINE, lineRule="exact")
        )
    if look.first_line is not None or look.indent is not None:
        left, right = look.indent or (0, 0)
        first = look.first_line or 0
        children.append(
            w(
                "ind",
                left=chars_to_twips(left, size),
                leftChars=left,
                right=chars_to_twips(right, size),
                rightChars=right,
                firstLine=chars_to_twips(first, size),
                firstLineChars=first,
            )
        )
    if look.align:
        children.append(w("jc", val=look.align))
    if look.outline is not None:
        children.append(w("outlineLvl", val=look.outline))
    return ordered("pPr", children, PPR_ORDER)


def style_element(style: Style) -> BaseOxmlElement:
    element = w("style", type=style.kind, styleId=style.style_id)
    if style.style_id == "Normal":
        element.set(qn("w:default"), "1")
    element.append(w("name", val=style.name))
    if style.kind == "character":  # a character style can only derive from one
        element.append(w("basedOn", val="DefaultParagraphFont"))
    elif style.based_on and style.style_id != "Normal":
        element.append(w("basedOn", val=style.based_on))
    if style.next_id:
        element.append(w("next", val=style.next_id))
    if style.style_id not in NOT_IN_GALLERY:
        element.append(w("qFormat"))  # listed in Word's style gallery
    if style.kind == "paragraph":
        element.append(paragraph_properties(style.look))
    element.append(run_properties(style.look))
    return element


NOT_IN_GALLERY = {"Footer", "FooterOdd", "FooterEven", "PageNumber", "TOC1", "TOC2"}
UNINDENTED = Look(first_line=0, indent=(0, 0))
CENTRED = replace(UNINDENTED, align="center")


def styles_for(kind: str) -> list[Style]:
    """The named styles of one template; ``kind`` is speech, bulletin or dossier."""
    p, c = "paragraph", "character"
    body = Look(
        font=FANGSONG,
        size=SAN_HAO,
        bold=False,
        color="000000",
        tracking=-5,
        align="both",
        first_line=200,
        indent=(0, 0),
        line=LINE,
        before=0,
        after=0,
    )
    heading = replace(body, bold=False, keep_next=True)
    styles = [
        Style(p, "Normal", "Normal", body, based_on=None),
        Style(
            p,
            "Title",
            "Title",
            replace(CENTRED, font=XIAOBIAOSONG, size=ER_HAO, bold=False, line=700),
            next_id="Normal",
        ),
        Style(p, "Subtitle", "Subtitle", replace(CENTRED, font=KAITI, size=SAN_HAO, bold=False), next_id="Normal"),
        Style(p, "Heading1", "heading 1", replace(heading, font=HEITI, outline=0), next_id="Normal"),
        Style(p, "Heading2", "heading 2", replace(heading, font=KAITI, outline=1), next_id="Normal"),
        Style(
            p,
            "ItemTitle",
            "Item Title",
            replace(
                CENTRED,
                font=HEITI,
                size=SAN_HAO,
                bold=False,
                keep_next=True,
                before=LINE // 2,
                outline=1 if kind == "dossier" else None,
            ),
            next_id="Normal",
        ),
        Style(p, "Source", "Source", replace(UNINDENTED, font=KAITI, size=SAN_HAO, align="right"), next_id="Normal"),
        Style(p, "EditorNote", "Editor Note", Look(font=KAITI, size=SAN_HAO, first_line=200), next_id="Normal"),
        Style(c, "NoteLabel", "Note Label", Look(font=HEITI, size=SAN_HAO, bold=False)),
        Style(p, "IssueLine", "Issue Line", replace(CENTRED, font=FANGSONG, size=SAN_HAO)),
        Style(p, "Classification", "Classification", replace(UNINDENTED, font=HEITI, size=SAN_HAO, align="left")),
        Style(p, "Footer", "footer", replace(UNINDENTED, font=SONGTI, size=SI_HAO, tracking=0, line=0)),
        Style(
            p,
            "FooterOdd",
            "Footer Odd",
            replace(UNINDENTED, font=SONGTI, size=SI_HAO, align="right", indent=(0, 100)),
            based_on="Footer",
        ),
        Style(
            p,
            "FooterEven",
            "Footer Even",
            replace(UNINDENTED, font=SONGTI, size=SI_HAO, align="left", indent=(100, 0)),
            based_on="Footer",
        ),
        Style(c, "PageNumber", "page number", Look(font=SONGTI, size=SI_HAO, tracking=0)),
    ]
    if kind == "bulletin":
        styles += [
            Style(
                p,
                "Masthead",
                "Masthead",
                replace(CENTRED, font=XIAOBIAOSONG, size=CHU_XIAO, bold=False, color="FF0000", tracking=0, line=1200),
            ),
            Style(
                p,
                "ImprintLine",
                "Imprint Line",
                replace(
                    UNINDENTED,
                    font=FANGSONG,
                    size=SAN_HAO,
                    align="left",
                    right_tab="none",
                    rule="FF0000",
                    after=LINE // 2,
                ),
            ),
            # 印发机关 one character in on the left, the date one character in on the right (GB/T 9704 7.4.3)
            Style(
                p,
                "Colophon",
                "Colophon",
                Look(
                    font=FANGSONG,
                    size=SI_HAO,
                    tracking=0,
                    first_line=0,
                    indent=(100, 100),
                    align="left",
                    right_tab="none",
                    tab_at=TEXT_WIDTH - chars_to_twips(100, SI_HAO),
                ),
            ),
            Style(p, "ColophonRight", "Colophon Right", Look(align="right"), based_on="Colophon"),
        ]
    if kind == "dossier":
        styles += [
            Style(
                p,
                "CoverTitle",
                "Cover Title",
                replace(CENTRED, font=XIAOBIAOSONG, size=CHU_XIAO, bold=False, tracking=0, line=1080, before=2400),
                based_on="Title",
            ),
            Style(p, "CoverImprint", "Cover Imprint", replace(CENTRED, font=FANGSONG, size=SAN_HAO, before=4200)),
            Style(p, "TOCHeading", "TOC Heading", replace(CENTRED, font=HEITI, size=SAN_HAO, after=LINE)),
            Style(p, "TOC1", "toc 1", replace(UNINDENTED, font=HEITI, size=SAN_HAO, right_tab="dot"), next_id="Normal"),
            Style(
                p,
                "TOC2",
                "toc 2",
                replace(UNINDENTED, font=FANGSONG, size=SAN_HAO, right_tab="dot", indent=(200, 0)),
                next_id="Normal",
            ),
        ]
    return styles


def restyle(document: DocumentObject, kind: str) -> None:
    """Replace python-docx's ~160 theme-font styles by ours; keep its latent styles and
    the three structural defaults (Default Paragraph Font, Normal Table, No List)."""
    root = document.styles.element
    keep = {"DefaultParagraphFont", "TableNormal", "NoList"}
    for style in root.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in keep:
            root.remove(style)
    defaults = root.find(qn("w:docDefaults"))
    defaults.getparent().replace(defaults, doc_defaults())
    for style in styles_for(kind):
        root.append(style_element(style))


def doc_defaults() -> BaseOxmlElement:
    run = run_properties(Look(font=FANGSONG, size=SAN_HAO))
    run.append(w("lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))
    defaults = w("docDefaults")
    run_default, paragraph_default = w("rPrDefault"), w("pPrDefault")
    run_default.append(run)
    paragraph_default.append(w("pPr"))
    defaults.extend([run_default, paragraph_default])
    return defaults


# -- package parts: settings, fonts, theme, leftovers -----------------------------------------------------


def tidy_package(document: DocumentObject, name: str, *, update_fields: bool) -> None:
    drop_leftover_parts(document)
    settings = document.settings.element
    settings.find(qn("w:themeFontLang")).set(qn("w:eastAsia"), "zh-CN")
    document.settings.odd_and_even_pages_header_footer = True
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # Word 2013+ layout: no "[Compatibility Mode]" banner
    if update_fields:  # Word refreshes the TOC (page numbers) when it opens the file
        settings.find(qn("w:compat")).addprevious(w("updateFields", val="true"))
    rewrite_font_table(document)
    rewrite_theme_fonts(document)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "Briefing Composer"
    properties.title = name
    properties.comments = "Briefing Composer template; rebuild with python templates/build.py"
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1


def drop_leftover_parts(document: DocumentObject) -> None:
    """The default template's stylesWithEffects (theme fonts again), numbering, customXml and
    thumbnail belong to python-docx's sample document, not ours."""
    unwanted = {STYLES_WITH_EFFECTS, RT.NUMBERING, RT.CUSTOM_XML, RT.THUMBNAIL}
    for rels in (document.part.rels, document.part.package.rels):
        for r_id in [r_id for r_id, rel in rels.items() if rel.reltype in unwanted]:
            rels.pop(r_id)


def rewrite_font_table(document: DocumentObject) -> None:
    """Only the faces the styles use (no Calibri, no ＭＳ 明朝), each with Word's fallback."""
    fonts = etree.Element(f"{{{W_NS}}}fonts", nsmap={"w": W_NS})
    for name, alternative in FONT_TABLE.items():
        font = etree.SubElement(fonts, f"{{{W_NS}}}font", {f"{{{W_NS}}}name": name})
        for tag, value in (("altName", alternative), ("charset", "86"), ("family", "auto"), ("pitch", "variable")):
            etree.SubElement(font, f"{{{W_NS}}}{tag}", {f"{{{W_NS}}}val": value})
    set_blob(document.part.part_related_by(RT.FONT_TABLE), fonts)


def rewrite_theme_fonts(document: DocumentObject) -> None:
    """Theme fonts are Word's +Body/+Headings: make them ours, with no Calibri and no
    Japanese faces standing in for Chinese."""
    theme = document.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    for group, east_asian in (("majorFont", HEITI), ("minorFont", FANGSONG)):
        fonts = root.find(f".//{{{A_NS}}}{group}")
        for script_font in fonts.findall(f"{{{A_NS}}}font"):
            fonts.remove(script_font)
        fonts.find(f"{{{A_NS}}}latin").set("typeface", "Times New Roman")
        fonts.find(f"{{{A_NS}}}ea").set("typeface", east_asian)
    set_blob(theme, root)


def set_blob(part: Part, root: etree._Element) -> None:
    """Font table and theme are plain (blob) parts in python-docx."""
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# -- page setup and footers -----------------------------------------------------------------------------


def set_up_page(section: Section) -> None:
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    for side, mm in MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(mm))
    section.header_distance, section.footer_distance = Mm(15), Mm(FOOTER_MM)
    section.gutter = Mm(0)
    # A lines-only grid: LibreOffice lays out a negative charSpace wrongly; the -0.25 pt
    # tracking in Normal gives the 28 characters a line instead.
    insert_ordered(section._sectPr, w("docGrid", type="lines", linePitch=LINE), SECTPR_ORDER)


def field_runs(paragraph: Paragraph, instruction: str, placeholder: str, char_style: str | None) -> None:
    """A complex field: begin, instruction, separate, a result Word replaces, end."""

    def run(child: BaseOxmlElement) -> None:
        r = paragraph.add_run(style=char_style)._r
        r.append(child)

    instr = w("instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = instruction
    run(w("fldChar", fldCharType="begin"))
    run(instr)
    run(w("fldChar", fldCharType="separate"))
    paragraph.add_run(placeholder, style=char_style)
    run(w("fldChar", fldCharType="end"))


def page_number_footers(section: Section) -> None:
    """'— 1 —' in 宋体 四号: odd pages right, even pages left, one character in (GB/T 9704 7.5)."""
    for footer, style in ((section.footer, "Footer Odd"), (section.even_page_footer, "Footer Even")):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = style
        paragraph.add_run("— ", style="page number")
        field_runs(paragraph, " PAGE ", "1", "page number")
        paragraph.add_run(" —", style="page number")


def empty_footers(section: Section) -> None:
    for footer in (section.footer, section.even_page_footer):
        footer.is_linked_to_previous = False


# -- body content ---------------------------------------------------------------------------------------

# A body line is either a tag paragraph ("{%p … %}") or (style, text) / (style, [(text, char style), …]).
Line = str | tuple[str, str | list[tuple[str, str | None]]]


def write_lines(container: BlockItemContainer, lines: Iterable[Line]) -> None:
    for line in lines:
        if isinstance(line, str):  # a docxtpl tag: one run, so docxtpl sees it whole
            container.add_paragraph(line)
            continue
        style, text = line
        paragraph = container.add_paragraph(style=style)
        for part, char_style in [(text, None)] if isinstance(text, str) else text:
            paragraph.add_run(part, style=char_style)


def optional(condition: str, *lines: Line) -> list[Line]:
    return [f"{{%p if {condition} %}}", *lines, "{%p endif %}"]


def sections_block(item_title_style: str, *, heading_condition: str | None = None) -> list[Line]:
    """Sections with their items: headline, paragraphs, then the source line after the last paragraph."""
    heading: list[Line] = [("Heading 1", "{{ section.heading }}")]
    return [
        "{%p for section in sections %}",
        *(optional(heading_condition, *heading) if heading_condition else heading),
        "{%p for item in section['items'] %}",  # section.items would be dict.items()
        *optional("item.title", (item_title_style, "{{ item.title }}")),
        "{%p for paragraph in item.paragraphs %}",
        ("Normal", "{{ paragraph }}"),
        "{%p endfor %}",
        *optional("item.source", ("Source", "{{ item.source }}")),
        "{%p endfor %}",
        "{%p endfor %}",
    ]


def editor_note(label: str) -> list[Line]:
    return optional("editor_note", ("Editor Note", [(label, "Note Label"), ("{{ editor_note }}", None)]))


UNIT_AND_DATE = "{{ unit }}{% if unit and date %}　{% endif %}{{ date }}"


def build_speech(document: DocumentObject) -> None:
    """讲话摘编: title, optional subtitle / issue / unit and date, 编辑说明, themes with excerpts."""
    write_lines(
        document,
        [
            ("Title", "{{ title }}"),
            *optional("subtitle", ("Subtitle", "{{ subtitle }}")),
            *optional("issue_label", ("Issue Line", "{{ issue_label }}")),
            *optional("unit or date", ("Issue Line", UNIT_AND_DATE)),
            ("Normal", ""),  # the blank line under the title block (GB/T 9704 7.3.3)
            *editor_note("编辑说明："),
            # Excerpts rarely have headlines; when one has, it is a sub-theme (（一）… in 楷体).
            *sections_block("Heading 2"),
        ],
    )


def build_bulletin(document: DocumentObject) -> None:
    """简报: 报头 (classification, red masthead, issue, unit<TAB>date over a red rule), 编者按,
    items, and the 报尾 table floating at the foot of the last page."""
    write_lines(
        document,
        [
            *optional("classification", ("Classification", "{{ classification }}")),
            ("Masthead", "{{ masthead }}"),
            *optional("issue_label", ("Issue Line", "{{ issue_label }}")),
            ("Imprint Line", "{{ unit }}\t{{ date }}"),
            *editor_note("编者按："),
            # A one-section issue needs no section heading; a multi-section issue shows its 栏目.
            *sections_block("Item Title", heading_condition="sections|length > 1"),
            "{%p if send_to or copy_to or printed_date %}",
        ],
    )
    colophon_table(document)
    write_lines(document, ["{%p endif %}", ("Normal", "")])  # the table anchors to this last paragraph


def colophon_table(document: DocumentObject) -> None:
    """报尾: one full-width cell between 1 pt black rules, floated to the bottom of the type
    area (a floating table anchors to the paragraph after it, here the document's last)."""
    table = document.add_table(rows=1, cols=1)
    tbl = table._tbl
    rule = {"val": "single", "sz": 8, "space": 0, "color": "000000"}
    borders = w("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(w(side, **rule) if side in ("top", "bottom") else w(side, val="nil"))
    margins = w("tblCellMar")
    margins.extend([w("left", w=0, type="dxa"), w("right", w=0, type="dxa")])
    properties = ordered(
        "tblPr",
        [
            # Horizontally from the page edge at the left margin, not "centred in the margins": the
            # two are the same in Word, but LibreOffice (7.4) floats a full-width table only then.
            w(
                "tblpPr",
                leftFromText=0,
                rightFromText=0,
                topFromText=0,
                bottomFromText=0,
                vertAnchor="margin",
                horzAnchor="page",
                tblpX=twips(MARGINS_MM["left"]),
                tblpYSpec="bottom",
            ),
            w("tblOverlap", val="never"),
            w("tblW", w=TEXT_WIDTH, type="dxa"),
            w("jc", val="center"),
            borders,
            w("tblLayout", type="fixed"),
            margins,
            w("tblLook", val="0000", firstRow=0, lastRow=0, firstColumn=0, lastColumn=0, noHBand=1, noVBand=1),
        ],
        TBLPR_ORDER,
    )
    tbl.replace(tbl.tblPr, properties)
    tbl.tblGrid.find(qn("w:gridCol")).set(qn("w:w"), str(TEXT_WIDTH))
    cell = table.cell(0, 0)
    cell._tc.get_or_add_tcPr().get_or_add_tcW().set(qn("w:w"), str(TEXT_WIDTH))
    cell._tc.tcPr.tcW.set(qn("w:type"), "dxa")
    cell._tc.remove(cell.paragraphs[0]._p)
    # 报：/送： with full-width colons; the 印发 line has the office on the left and
    # "2025年9月5日印发" on the right; the print run （共印X份） on a line of its own.
    write_lines(
        cell,
        [
            *optional("send_to", ("Colophon", "报：{{ send_to }}")),
            *optional("copy_to", ("Colophon", "送：{{ copy_to }}")),
            *optional("printed_date", ("Colophon", "{{ printed_unit }}\t{{ printed_date }}")),
            *optional("copies", ("Colophon Right", "{{ copies }}")),
        ],
    )


CLASSIFICATION = "{{ classification }}{% if '注意保管' not in classification %}　注意保管{% endif %}"
TOC_PLACEHOLDER = "目录在 Word 打开文件时生成；如未显示，请右键单击此处，选择“更新域”。"


def build_dossier(document: DocumentObject) -> None:
    """专题汇编: cover, optional 编辑说明, 目录 (a TOC field) — one unnumbered section — then
    the body in a new section numbered from 1."""
    write_lines(
        document,
        [
            *optional("classification", ("Classification", CLASSIFICATION)),
            ("Cover Title", "{{ title }}"),
            *optional("subtitle", ("Subtitle", "{{ subtitle }}")),
            *optional("unit", ("Cover Imprint", "{{ unit }}")),
            *optional("date", ("Issue Line", "{{ date }}")),
            *editor_note("编辑说明："),
        ],
    )
    note = next(p for p in document.paragraphs if p.style.name == "Editor Note")
    note.paragraph_format.page_break_before = True  # the 编辑说明 gets its own page after the cover
    heading = document.add_paragraph("目　录", style="TOC Heading")
    heading.paragraph_format.page_break_before = True
    field_runs(document.add_paragraph(style="toc 1"), ' TOC \\o "1-2" \\h \\z \\u ', TOC_PLACEHOLDER, None)
    body = document.add_section(WD_SECTION.NEW_PAGE)
    # Only now is sections[0] the cover's own sectPr (moved into the paragraph that ends it).
    empty_footers(document.sections[0])
    page_number_footers(body)
    insert_ordered(body._sectPr, w("pgNumType", start=1), SECTPR_ORDER)
    write_lines(document, sections_block("Item Title"))


# -- assembling and saving ------------------------------------------------------------------------------

TEMPLATES = {
    "讲话摘编": ("speech", build_speech),
    "简报": ("bulletin", build_bulletin),
    "专题汇编": ("dossier", build_dossier),
}


def build(name: str) -> bytes:
    kind, build_body = TEMPLATES[name]
    document = Document()
    restyle(document, kind)
    tidy_package(document, name, update_fields=kind == "dossier")
    set_up_page(document.sections[0])
    build_body(document)
    if kind != "dossier":  # the dossier numbers its body section only
        page_number_footers(document.sections[0])
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue())


def reproducible_zip(data: bytes) -> bytes:
    """The same members with fixed timestamps, so a rebuild gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


def main() -> None:
    for name in TEMPLATES:
        path = HERE / f"{name}.docx"
        path.write_bytes(build(name))
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
