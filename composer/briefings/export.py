"""Export a briefing to .docx: its template rendered in a sandbox with the briefing's
text, finished, written to a temporary file and renamed over the target.

Text going in is made safe for XML here (control characters a .docx cannot hold are
dropped) and escaped by the sandbox's autoescape (& < > stay what they are); nothing
is cut. The template and the export are checked for DTDs and external links
(``docx_safety``), the sandbox is bounded (``sandbox``), and every way rendering can
fail is a BriefingError. The target is never the library, its side files, its search
index, a backup or any other database; a target that another program holds open (Word on
Windows) gives a clear error and leaves the previous file as it was. An export keeps the
permissions of the file it replaces; a new one gets the user's default (umask).

Finishing the rendered document: the file's properties are the briefing's
(``properties``), a source line keeps with its excerpt's last lines, a 简报's 报尾 takes
the last line of text with it (``colophon``), a TOC field is filled with its entries
(``toc``) and — when the export lays the document out with LibreOffice (``layout=True``;
``render_pages``) — with their page numbers, and a 简报 whose 报尾 still stands alone on
its last page is reported. The first export fixes the briefing's 期号 (``issue_numbers``),
in the same transaction as the file is written. What the export could not place — a 密级
for a template with no place for it — comes back as
warnings (``ExportResult``).
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from composer.briefings import colophon, issue_numbers, properties, render_pages, toc
from composer.briefings.citations import chinese_date
from composer.briefings.drafts import chinese_numeral
from composer.briefings.templates import placeholder_name, template_data, template_kind
from composer.briefings.titles import headline
from composer.common.files import resolved_output as _resolved
from composer.common.files import write_atomically
from composer.common.messages import BriefingError, Message
from composer.common.text import remove_xml_illegal
from db import briefings as store
from db import excerpts as excerpt_store
from db.briefings import BriefingRow
from db.library import Library

MAX_ID = 2**63 - 1  # SQLite's largest integer


@dataclass
class ExportOptions:
    issue_no: int | None = None  # a 期号 the user chose (fixes it); None: the fixed one, or the next
    series: str | None = None  # a series the user chose
    copies: int | None = None  # 共印X份 (0 clears it); None: as stored
    layout: bool = False  # lay the document out with LibreOffice: 目录 page numbers, the 报尾's place
    now: datetime.datetime | None = None  # the moment of the export (the file's dates)


@dataclass
class ExportResult:
    path: Path
    series: str | None
    issue_no: int | None
    warnings: list[Message] = field(default_factory=list)
    toc_entries: int = 0  # entries in the 目录
    toc_numbered: int = 0  # … of them with their page number

    def as_json(self, briefing_id: int) -> dict:
        return {
            "id": briefing_id,
            "output": str(self.path),
            "series": self.series,
            "issue_no": self.issue_no,
            "toc_entries": self.toc_entries,
            "toc_numbered": self.toc_numbered,
            "warnings": [str(warning) for warning in self.warnings],
        }


def export_briefing(library: Library, briefing_id: int, output: Path, options: ExportOptions | None = None) -> Path:
    """Write the briefing as .docx to ``output``; see ``export_with_report``."""
    return export_with_report(library, briefing_id, output, options).path


def export_with_report(
    library: Library, briefing_id: int, output: Path, options: ExportOptions | None = None
) -> ExportResult:
    """Write the briefing as .docx to ``output``, numbering it if this is its first export;
    what was printed and what could not be placed."""
    options = options or ExportOptions()
    refuse_library_files(library, output)
    briefing = store.load_briefing(library, briefing_id) if 0 <= briefing_id <= MAX_ID else None
    if briefing is None:
        raise BriefingError("briefing_missing", id=briefing_id)
    kind = template_kind(library, briefing.template)
    plan = issue_numbers.plan_issue(
        library, briefing, kind, issue_no=options.issue_no, series=options.series, copies=options.copies
    )
    printed = _as_printed(briefing, plan)
    template = template_data(library, briefing.template)
    result = ExportResult(output, plan.series, plan.issue_no)
    result.warnings += unplaced_fields(template, printed, briefing.template, chosen_issue=options.issue_no)
    finishing = Finishing(printed, kind, options.now or datetime.datetime.now(datetime.UTC))
    data = render(template, context(library, printed), finishing.finish)
    if options.layout:
        data = finishing.laid_out(data, result)
    result.toc_entries = len(finishing.toc.entries) if finishing.toc else 0
    if plan.changed:  # numbered and written together: a write that fails uses no number up
        with library.write():
            issue_numbers.record_issue(library, briefing, plan)
            write_atomically(output, data)
    else:
        write_atomically(output, data)
    return result


def _as_printed(briefing: BriefingRow, plan: issue_numbers.IssuePlan) -> BriefingRow:
    printed = BriefingRow(**{**briefing.__dict__, "sections": briefing.sections})
    printed.series, printed.issue_no, printed.settings = plan.series, plan.issue_no, plan.settings
    return printed


def context(library: Library, briefing: BriefingRow) -> dict:
    """The values a template sees (templates/README.md); strings are never None."""
    originals = excerpt_store.excerpt_texts(
        library, [item.excerpt_id for s in briefing.sections for item in s.items if item.excerpt_id]
    )
    sections = []
    for number, section in enumerate(briefing.sections, start=1):
        items = []
        for position, item in enumerate(section.items, start=1):
            text = item.text_override or item.free_text or originals.get(item.excerpt_id or -1, "")
            items.append(
                {
                    "title": _safe(headline(item.title or "")),
                    "paragraphs": _paragraphs(text),
                    "source": _safe(item.source_line),
                    "speaker": "",
                    "number": position,
                }
            )
        title = section.group_key or section.title
        heading = section.title or f"{chinese_numeral(number)}、{title}"
        sections.append({"heading": _safe(heading), "title": _safe(title), "items": items})
    return {
        "title": _safe(briefing.title),
        "subtitle": _safe(briefing.subtitle),
        "masthead": _safe(briefing.masthead or briefing.title),
        "issue_label": f"第{briefing.issue_no}期" if briefing.issue_no else "",
        "unit": _safe(briefing.unit),
        "date": _safe(chinese_date(briefing.date) or briefing.date),
        "editor_note": _safe(briefing.editor_note),
        "send_to": _safe(briefing.send_to),
        "copy_to": _safe(briefing.copy_to),
        **_imprint(briefing),
        "classification": _safe(briefing.classification),
        "sections": sections,
    }


PRINTED_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _imprint(briefing: BriefingRow) -> dict[str, str]:
    """The 报尾's 印发 line — 印发机关 on the left, the date and 印发 on the right (GB/T
    9704 7.4) — from ``printed_by`` ("区委办公室 2025年11月10日印发", or just the office),
    else from the 编印单位 and the briefing's date; and 共印X份 when the print run is known.
    ``printed_by`` stays the whole line, for templates that print it as one."""
    given = (briefing.printed_by or "").strip()
    found = PRINTED_DATE.search(given)
    unit = (given[: found.start()] if found else given).strip().removesuffix("印发").strip() or (briefing.unit or "")
    day = f"{found.group(1)}年{int(found.group(2))}月{int(found.group(3))}日" if found else chinese_date(briefing.date)
    printed_date = f"{day}印发" if unit and day else ""
    copies = issue_numbers.copies_of(briefing)
    return {
        "printed_by": _safe(f"{unit}　{printed_date}" if unit and printed_date else given),
        "printed_unit": _safe(unit if printed_date else ""),
        "printed_date": _safe(printed_date),
        "copies": f"（共印{copies}份）" if copies else "",
    }


# A field the user gives → the placeholders that print it; a template using none of them
# leaves the field out, and the export says so.
FIELD_PLACES = {
    "subtitle": ("subtitle",),
    "masthead": ("masthead",),
    "editor_note": ("editor_note",),
    "send_to": ("send_to",),
    "copy_to": ("copy_to",),
    "printed_by": ("printed_by", "printed_unit", "printed_date"),
    "classification": ("classification",),
    "copies": ("copies",),
    "issue_no": ("issue_label",),
}
_JINJA = re.compile(r"\{[{%](.*?)[%}]\}", re.DOTALL)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TAG = re.compile(r"<[^>]*>")


def unplaced_fields(
    template: bytes, briefing: BriefingRow, template_name: str, *, chosen_issue: int | None = None
) -> list[Message]:
    """A warning for each field the briefing has but ``template`` has no place for (a
    密级 in a 讲话摘编, 报送 in a 专题汇编 …). The 期号 counts only when the user chose it:
    every briefing is numbered, and most templates print no number."""
    used = template_names(template)
    given = {
        "subtitle": briefing.subtitle,
        "editor_note": briefing.editor_note,
        "send_to": briefing.send_to,
        "copy_to": briefing.copy_to,
        "printed_by": briefing.printed_by,
        "classification": briefing.classification,
        "copies": issue_numbers.copies_of(briefing),
        "issue_no": chosen_issue,
        "masthead": briefing.masthead if briefing.masthead != template_name else None,
    }
    return [
        Message("export_field_unplaced", template=template_name, field=Message(f"field_{name}"))
        for name, places in FIELD_PLACES.items()
        if given[name] and not used & set(places)
    ]


def template_names(template: bytes) -> set[str]:
    """Every name a template's tags mention (in its body, headers and footers)."""
    names: set[str] = set()
    try:
        with zipfile.ZipFile(io.BytesIO(template)) as archive:
            parts = [n for n in archive.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
            for part in parts:
                text = _TAG.sub("", archive.read(part).decode("utf-8", "replace"))
                for tag in _JINJA.findall(text):
                    names.update(_NAME.findall(tag))
    except (zipfile.BadZipFile, KeyError, OSError):
        return names
    return names


def sample_context() -> dict:
    """A context with every value filled, for checking a template."""
    item = {
        "title": "标题",
        "paragraphs": ["正文 R&D <x>", "第二段"],
        "source": "（《报纸》2025年1月1日第1版）",
        "speaker": "",
        "number": 1,
    }
    return {
        "title": "标题",
        "subtitle": "副标题",
        "masthead": "简报",
        "issue_label": "第1期",
        "unit": "编印单位",
        "date": "2025年1月1日",
        "editor_note": "按语",
        "send_to": "报送",
        "copy_to": "抄送",
        "printed_by": "印发单位　2025年1月1日印发",
        "printed_unit": "印发单位",
        "printed_date": "2025年1月1日印发",
        "copies": "（共印1份）",
        "classification": "内部资料",
        "sections": [{"heading": "一、主题", "title": "主题", "items": [item, dict(item, number=2)]}],
    }


def render(template: bytes, values: dict, finish: Callable[[Any], None] | None = None) -> bytes:
    """The rendered .docx. Untrusted templates: checked (no DTD, no external link), a
    bounded sandbox, autoescape, StrictUndefined; the result is checked again. ``finish``
    gets the rendered python-docx document before it is saved."""
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    from composer.briefings.docx_safety import check_rendered, checked_docx
    from composer.briefings.sandbox import MAX_DEPTH, BoundedSandbox, SafeDocxTemplate, TemplateLimit

    document = SafeDocxTemplate(io.BytesIO(checked_docx(template)))
    try:
        document.init_docx()
    except Exception as error:  # noqa: BLE001 - python-docx cannot read it: KeyError, ValueError, lxml …
        raise BriefingError("template_not_docx", reason=_described(error)) from error
    try:
        document.render(values, jinja_env=BoundedSandbox())
    except BriefingError:
        raise
    except TemplateLimit as error:
        raise BriefingError("template_limit", reason=error.reason) from error
    except UndefinedError as error:
        raise BriefingError("template_placeholder_unknown", name=placeholder_name(str(error))) from error
    except SecurityError as error:
        raise BriefingError("template_unsafe", reason=str(error)) from error
    except TemplateSyntaxError as error:
        raise BriefingError("template_syntax", reason=error.message or str(error)) from error
    except TemplateError as error:
        raise BriefingError("template_syntax", reason=str(error)) from error
    except MemoryError:
        raise BriefingError("template_limit", reason=Message("reason_template_memory")) from None
    except RecursionError:
        raise BriefingError("template_limit", reason=Message("reason_template_depth", limit=MAX_DEPTH)) from None
    except Exception as error:  # noqa: BLE001 - whatever else a template's expressions provoke (1/0, 'a' + 1 …)
        raise BriefingError("template_failed", reason=_described(error)) from error
    if finish is not None:
        finish(document.docx)
    check_rendered(document.docx.part.package)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class Finishing:
    """What an export does to the rendered document (the module's text says why), and
    the document kept for numbering its 目录 once it is laid out."""

    def __init__(self, briefing: BriefingRow, kind: str, now: datetime.datetime) -> None:
        self.briefing, self.kind, self.now = briefing, kind, now
        self.document: Any = None
        self.toc: toc.Toc | None = None

    def finish(self, document: Any) -> None:
        self.document = document
        properties.set_properties(document, self.briefing, self.kind, self.now)
        keep_sources_with_excerpts(document)
        if self.kind == "bulletin":
            colophon.anchor_colophon(document)
        self.toc = toc.fill_toc(document)

    def laid_out(self, data: bytes, result: ExportResult) -> bytes:
        """Lay ``data`` out with LibreOffice; the 目录 numbered (the document again), or
        ``data`` with a warning saying why it could not be."""
        from composer.briefings.docx_safety import check_rendered

        if self.toc is None and self.kind != "bulletin":
            return data
        try:
            layout = render_pages.layout(data)
        except render_pages.LayoutUnavailable as error:
            if self.toc is not None:
                result.warnings.append(Message("export_toc_unnumbered", reason=error.reason))
            return data
        if self.kind == "bulletin" and layout.texts:
            lines = colophon.colophon_lines(self.document)
            if colophon.alone_on_last_page(layout.texts[-1], lines):
                result.warnings.append(Message("export_colophon_alone", page=len(layout.texts)))
        if self.toc is None:
            return data
        result.toc_numbered = toc.number_toc(self.toc, layout)
        if result.toc_numbered < len(self.toc.entries):
            missing = len(self.toc.entries) - result.toc_numbered
            result.warnings.append(
                Message("export_toc_unnumbered", reason=Message("reason_toc_headings_not_found", count=missing))
            )
        check_rendered(self.document.part.package)
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def keep_sources_with_excerpts(document: Any) -> None:
    """A source line never opens a page on its own (A7, issue 18): the paragraph before it
    keeps with it, and with widow control only its last lines go along to the next page.
    Read in the XML, walking it in C where it can (``iter`` by tag, siblings): python-docx's
    objects, ``find`` (lxml's Python path matcher) or an XPath preceding-sibling axis
    (quadratic) each cost a tenth of a 1,000-item export; this costs about 5 %."""
    ids = {style.style_id for style in document.styles if style.name == "Source"}
    w = colophon.W
    for style in document.element.body.iter(f"{w}pStyle"):
        if style.get(f"{w}val") not in ids:
            continue
        before = style.getparent().getparent().getprevious()
        if before is None or before.tag != f"{w}p" or next(before.iter(f"{w}t"), None) is None:
            continue
        properties = before[0] if len(before) and before[0].tag == f"{w}pPr" else None  # first, by the schema
        if properties is not None and len(properties):  # properties of its own: each flag in its place
            colophon.set_flag(before, "keepNext")
            colophon.set_flag(before, "widowControl")
        else:  # a plain body paragraph: both flags, in order
            if properties is None:
                properties = before.makeelement(f"{w}pPr", {})
                before.insert(0, properties)
            etree.SubElement(properties, f"{w}keepNext")
            etree.SubElement(properties, f"{w}widowControl")


def _described(error: Exception) -> str:
    detail = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {detail[:200]}" if detail else type(error).__name__


# -- where an export may go ----------------------------------------------------------------------


def refuse_library_files(library: Library, output: Path) -> None:
    """An export never replaces the library, its -wal/-shm/-journal, its search index (and
    the index's side files) nor anything in ``backups/``. Paths are compared resolved, and
    as files (the same file under another name, a hard link, another case)."""
    from db import fts
    from db.maintenance import backup_folder

    target = _resolved(output)
    library_path = Path(library.path)
    index = fts.index_path(library_path)
    protected = {library_path: "what_library", index: "what_search_index"}
    for base in (library_path, index):
        for side in ("-wal", "-shm", "-journal"):
            protected[base.with_name(base.name + side)] = "what_library_side_file"
    for path, what in protected.items():
        if _same_file(target, path):
            raise BriefingError("output_is_library", path=str(output), what=Message(what))
    backups = backup_folder(library_path)
    if any(_same_file(folder, backups) for folder in target.parents):
        raise BriefingError("output_in_backups", path=str(output))


def _same_file(first: Path, second: Path) -> bool:
    if os.path.normcase(first) == os.path.normcase(_resolved(second)):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist
        return False


def _safe(value: object) -> str:
    return remove_xml_illegal(str(value))[0] if value is not None else ""


def _paragraphs(text: str) -> list[str]:
    """One paragraph per line; \r\n and a lone \r (text from Windows, old Macs) end lines too."""
    lines = _safe(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")  # cleaned once, not per line
    return [stripped for line in lines if (stripped := line.strip())]
