"""An HTML preview of a briefing that follows its template's structure closely enough to
judge content and order: 报头 in red for a 简报, title, 按语, 一、 headings, item titles,
paragraphs indented two characters, source lines right-aligned in 楷体. The values are
those export puts into the .docx (``export.context``), so what is previewed is what is
exported."""

from __future__ import annotations

from html import escape

from composer.briefings.export import context
from composer.briefings.templates import template_kind
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
)


def preview_html(library: Library, briefing: BriefingRow) -> str:
    values = context(library, briefing)
    kind = template_kind(library, briefing.template)
    parts = [f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"]
    if kind == "bulletin":
        parts.append(f"<div class='masthead'>{escape(values['masthead'])}</div>")
        parts.append(f"<div class='issue'>{escape(values['issue_label'])}</div>")
        parts.append(
            f"<div class='imprint'><span>{escape(values['unit'])}</span><span>{escape(values['date'])}</span></div>"
        )
    else:
        parts.append(f"<h1>{escape(values['title'])}</h1>")
        if values["subtitle"]:
            parts.append(f"<div class='issue'>{escape(values['subtitle'])}</div>")
        parts.append(f"<div class='issue'>{escape(values['unit'])}　{escape(values['date'])}</div>")
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
    if kind == "bulletin" and (values["send_to"] or values["copy_to"] or values["printed_date"]):
        parts.append(_colophon(values))
    parts.append("</body></html>")
    return "".join(parts)


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
