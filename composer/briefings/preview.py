"""An HTML preview of a briefing that follows its template's structure closely enough to
judge content and order: 报头 in red for a 简报, title, 按语, 一、 headings, item titles,
paragraphs indented two characters, source lines right-aligned in 楷体. The values are
those export puts into the .docx (``export.context``), so what is previewed is what is
exported: the 第N期 line and the 密级 too, wherever the template prints them.

A long briefing is previewed up to ``max_items`` items (a note says how many follow): the
preview is for judging, and a 7,000-item document laid out on every edit would stall the app."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from composer.briefings.export import context
from composer.briefings.templates import template_kind
from composer.common import messages_drafts  # noqa: F401 - registers the preview's note
from composer.common.messages import text
from db.briefings import BriefingRow
from db.library import Library

_STYLE = (
    "body{font-family:'FangSong','仿宋_GB2312','Noto Serif CJK SC',serif;font-size:16pt;line-height:1.6}"
    "h1{font-family:'方正小标宋简体','Noto Serif CJK SC',serif;font-size:22pt;text-align:center;font-weight:normal}"
    ".masthead{color:#e60012;font-size:30pt;text-align:center}.issue{text-align:center}"
    ".imprint{border-bottom:2px solid #e60012;display:flex;justify-content:space-between}"
    "h2{font-family:'SimHei','黑体',sans-serif;font-size:16pt;font-weight:normal}"
    "h3{font-family:'SimHei','黑体',sans-serif;font-size:16pt;text-align:center;font-weight:normal}"
    "p{text-indent:2em;margin:0}.source{text-align:right;font-family:'KaiTi','楷体_GB2312',serif}"
    ".note{font-family:'KaiTi','楷体_GB2312',serif}.colophon{border-top:1px solid;border-bottom:1px solid}"
    ".imprint-line{display:flex;justify-content:space-between}.copies{text-align:right}"
    ".classification{text-align:left;font-family:'SimHei','黑体',sans-serif}.more{color:#777;text-align:center}"
)


def preview_html(library: Library, briefing: BriefingRow, max_items: int | None = None) -> str:
    shown, left_out = _shortened(briefing, max_items)
    values = context(library, shown)
    kind = template_kind(library, briefing.template)
    parts = [f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"]
    if values["classification"] and kind != "speech":  # the 讲话摘编 template has no place for it
        parts.append(f"<div class='classification'>{escape(values['classification'])}</div>")
    parts += _head(values, kind)
    if values["editor_note"]:
        label = "编者按：" if kind == "bulletin" else "编辑说明："
        parts.append(f"<p class='note'><b>{label}</b>{escape(values['editor_note'])}</p>")
    for section in values["sections"]:
        if kind != "bulletin" or len(values["sections"]) > 1:
            parts.append(f"<h2>{escape(section['heading'])}</h2>")
        for item in section["items"]:
            if item["title"]:
                parts.append(f"<h3>{escape(item['title'])}</h3>")
            parts += [f"<p>{escape(paragraph)}</p>" for paragraph in item["paragraphs"]]
            parts.append(f"<div class='source'>{escape(item['source'])}</div>")
    if left_out:
        parts.append(f"<div class='more'>{escape(text('preview_more', count=left_out))}</div>")
    if kind == "bulletin" and (values["send_to"] or values["copy_to"] or values["printed_date"]):
        parts.append(_colophon(values))
    parts.append("</body></html>")
    return "".join(parts)


def _head(values: dict, kind: str) -> list[str]:
    """What the template prints above the body: 报头, 第N期, unit and date (templates/*.docx)."""
    if kind == "bulletin":
        return [
            f"<div class='masthead'>{escape(values['masthead'])}</div>",
            f"<div class='issue'>{escape(values['issue_label'])}</div>" if values["issue_label"] else "",
            f"<div class='imprint'><span>{escape(values['unit'])}</span><span>{escape(values['date'])}</span></div>",
        ]
    parts = [f"<h1>{escape(values['title'])}</h1>"]
    if values["subtitle"]:
        parts.append(f"<div class='issue'>{escape(values['subtitle'])}</div>")
    if kind == "speech":
        if values["issue_label"]:
            parts.append(f"<div class='issue'>{escape(values['issue_label'])}</div>")
        if values["unit"] or values["date"]:
            joined = "　".join(v for v in (values["unit"], values["date"]) if v)
            parts.append(f"<div class='issue'>{escape(joined)}</div>")
    else:  # a 专题汇编 prints unit and date on lines of their own, and no 期号
        parts += [f"<div class='issue'>{escape(values[name])}</div>" for name in ("unit", "date") if values[name]]
    return parts


def _shortened(briefing: BriefingRow, max_items: int | None) -> tuple[BriefingRow, int]:
    """The briefing cut after ``max_items`` items (in a copy), and how many were left out."""
    total = sum(len(section.items) for section in briefing.sections)
    if max_items is None or total <= max_items:
        return briefing, 0
    sections, budget = [], max_items
    for section in briefing.sections:
        if budget <= 0:
            break
        sections.append(replace(section, items=section.items[:budget]))
        budget -= len(section.items)
    return replace(briefing, sections=sections), total - max_items


def _colophon(values: dict) -> str:
    """报尾: 报：/送：, the 印发 line (office left, date right) and the print run."""
    lines = [
        f"<div>报：{escape(values['send_to'])}</div>" if values["send_to"] else "",
        f"<div>送：{escape(values['copy_to'])}</div>" if values["copy_to"] else "",
    ]
    if values["printed_date"]:
        lines.append(
            f"<div class='imprint-line'><span>{escape(values['printed_unit'])}</span>"
            f"<span>{escape(values['printed_date'])}</span></div>"
        )
    if values["copies"]:
        lines.append(f"<div class='copies'>{escape(values['copies'])}</div>")
    return "<div class='colophon'>" + "".join(lines) + "</div>"
