"""The 目录 filled at export (composer.briefings.toc): which paragraphs become entries."""

from __future__ import annotations

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from composer.briefings.toc import fill_toc


def _field_run(paragraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _toc_document():
    document = Document()
    field = document.add_paragraph()
    _field_run(field, "begin")
    code = OxmlElement("w:instrText")
    code.text = ' TOC \\o "1-2" \\h \\z \\u '
    field.add_run()._r.append(code)
    _field_run(field, "separate")
    field.add_run("右击更新目录")
    _field_run(field, "end")
    return document


def _own_level(paragraph, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    properties.append(outline)


def test_entries_are_the_headings_of_the_wanted_levels_in_body_order() -> None:
    document = _toc_document()
    document.add_paragraph("一、党建引领", style="Heading 1")
    document.add_paragraph("正文不进目录。")
    document.add_paragraph("（一）基层治理", style="Heading 2")
    document.add_paragraph("三级标题不在 1-2 级之内", style="Heading 3")
    own = document.add_paragraph("正文样式、自带大纲级别的段落")
    _own_level(own, 1)
    body_level = document.add_paragraph("标题样式、自带正文级别的段落", style="Heading 1")
    _own_level(body_level, 9)
    document.add_paragraph("", style="Heading 1")  # an empty heading is no entry

    toc = fill_toc(document)

    assert toc is not None
    assert [(entry.level, entry.text) for entry in toc.entries] == [
        (0, "一、党建引领"),
        (1, "（一）基层治理"),
        (1, "正文样式、自带大纲级别的段落"),
    ]


def test_a_template_whose_default_paragraph_style_is_a_heading_lists_unstyled_paragraphs() -> None:
    document = _toc_document()
    normal = document.styles["Normal"].element
    properties = normal.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "0")
    properties.append(outline)
    document.add_paragraph("无样式的段落")
    document.add_paragraph("二级标题", style="Heading 2")

    toc = fill_toc(document)

    assert toc is not None
    assert [entry.text for entry in toc.entries] == ["无样式的段落", "二级标题"]


def test_a_style_id_with_quotes_from_a_template_is_matched_as_a_value() -> None:
    document = _toc_document()
    heading = document.add_paragraph("引号样式的标题", style="Heading 1")
    style = document.styles["Heading 1"].element
    style.set(qn("w:styleId"), "a'b\"c")
    heading._p.pPr.pStyle.set(qn("w:val"), "a'b\"c")

    toc = fill_toc(document)

    assert toc is not None
    assert [entry.text for entry in toc.entries] == ["引号样式的标题"]
