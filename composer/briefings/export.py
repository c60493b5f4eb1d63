"""Export a briefing to .docx: its template rendered in a sandbox with the briefing's
text, written to a temporary file and renamed over the target.

Text going in is made safe for XML here (control characters a .docx cannot hold are
dropped) and escaped by the sandbox's autoescape (& < > stay what they are); nothing
is cut. The template and the export are checked for DTDs and external links
(``docx_safety``), the sandbox is bounded (``sandbox``), and every way rendering can
fail is a BriefingError. The target is never the library, its side files, its search
index, a backup or any other database; a target that another program holds open (Word on
Windows) gives a clear error and leaves the previous file as it was. An export keeps the
permissions of the file it replaces; a new one gets the user's default (umask).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from composer.briefings.citations import chinese_date
from composer.briefings.drafts import chinese_numeral
from composer.briefings.templates import placeholder_name, template_data
from composer.common.files import resolved_output as _resolved
from composer.common.files import write_atomically
from composer.common.messages import BriefingError, Message
from composer.common.text import remove_xml_illegal
from db import briefings as store
from db import excerpts as excerpt_store
from db.briefings import BriefingRow
from db.library import Library

MAX_ID = 2**63 - 1  # SQLite's largest integer


def export_briefing(library: Library, briefing_id: int, output: Path) -> Path:
    refuse_library_files(library, output)
    briefing = store.load_briefing(library, briefing_id) if 0 <= briefing_id <= MAX_ID else None
    if briefing is None:
        raise BriefingError("briefing_missing", id=briefing_id)
    data = render(template_data(library, briefing.template), context(library, briefing))
    write_atomically(output, data)
    return output


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
                    "title": _safe(item.title),
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
        "printed_by": _safe(briefing.printed_by),
        "classification": _safe(briefing.classification),
        "sections": sections,
    }


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
        "printed_by": "印发",
        "classification": "内部资料",
        "sections": [{"heading": "一、主题", "title": "主题", "items": [item, dict(item, number=2)]}],
    }


def render(template: bytes, values: dict) -> bytes:
    """The rendered .docx. Untrusted templates: checked (no DTD, no external link), a
    bounded sandbox, autoescape, StrictUndefined; the result is checked again."""
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError

    from composer.briefings.docx_safety import checked_docx
    from composer.briefings.sandbox import MAX_DEPTH, BoundedSandbox, SafeDocxTemplate, TemplateLimit

    document = SafeDocxTemplate(io.BytesIO(checked_docx(template)))
    try:
        document.init_docx()
    except Exception as error:  # noqa: BLE001 - python-docx cannot read it: KeyError, ValueError, lxml …
        raise BriefingError("template_not_docx", reason=_described(error)) from error
    try:
        document.render(values, jinja_env=BoundedSandbox())
        buffer = io.BytesIO()
        document.save(buffer)
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
    return checked_docx(buffer.getvalue())


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
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [_safe(line.strip()) for line in lines if line.strip()]
