"""Export a briefing to .docx: its template rendered in a sandbox with the briefing's
text, written to a temporary file and renamed over the target.

Text going in is made safe for XML here (control characters a .docx cannot hold are
dropped) and escaped by the sandbox's autoescape (& < > stay what they are); nothing
is cut. A target that another program holds open (Word on Windows) gives a clear
error and leaves the previous file as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path

from composer.briefings.citations import chinese_date
from composer.briefings.drafts import chinese_numeral
from composer.briefings.templates import placeholder_name, template_data
from composer.common.messages import BriefingError
from composer.common.text import remove_xml_illegal
from db import briefings as store
from db import excerpts as excerpt_store
from db.briefings import BriefingRow
from db.library import Library


def export_briefing(library: Library, briefing_id: int, output: Path) -> Path:
    briefing = store.load_briefing(library, briefing_id)
    if briefing is None:
        raise BriefingError("briefing_missing", id=briefing_id)
    data = render(template_data(library, briefing.template), context(library, briefing))
    write_atomically(output, data)
    return output


def context(library: Library, briefing: BriefingRow) -> dict:
    """The values a template sees (templates/README.md); strings are never None."""
    originals = excerpt_store.excerpt_texts(
        library, [item.excerpt_id for s in briefing.sections for item in s.items if item.excerpt_id])
    sections = []
    for number, section in enumerate(briefing.sections, start=1):
        items = []
        for position, item in enumerate(section.items, start=1):
            text = item.text_override or item.free_text or originals.get(item.excerpt_id or -1, "")
            items.append({
                "title": _safe(item.title), "paragraphs": _paragraphs(text), "source": _safe(item.source_line),
                "speaker": "", "number": position,
            })
        title = section.group_key or section.title
        heading = section.title or f"{chinese_numeral(number)}、{title}"
        sections.append({"heading": _safe(heading), "title": _safe(title), "items": items})
    return {
        "title": _safe(briefing.title), "subtitle": _safe(briefing.subtitle),
        "masthead": _safe(briefing.masthead or briefing.title),
        "issue_label": f"第{briefing.issue_no}期" if briefing.issue_no else "",
        "unit": _safe(briefing.unit), "date": _safe(chinese_date(briefing.date) or briefing.date),
        "editor_note": _safe(briefing.editor_note), "send_to": _safe(briefing.send_to),
        "copy_to": _safe(briefing.copy_to), "printed_by": _safe(briefing.printed_by),
        "classification": _safe(briefing.classification), "sections": sections,
    }


def sample_context() -> dict:
    """A context with every value filled, for checking a template."""
    item = {"title": "标题", "paragraphs": ["正文 R&D <x>", "第二段"], "source": "（《报纸》2025年1月1日第1版）",
            "speaker": "", "number": 1}
    return {
        "title": "标题", "subtitle": "副标题", "masthead": "简报", "issue_label": "第1期", "unit": "编印单位",
        "date": "2025年1月1日", "editor_note": "按语", "send_to": "报送", "copy_to": "抄送", "printed_by": "印发",
        "classification": "内部资料",
        "sections": [{"heading": "一、主题", "title": "主题", "items": [item, dict(item, number=2)]}],
    }


def render(template: bytes, values: dict) -> bytes:
    """The rendered .docx. Untrusted templates: a sandbox, autoescape, StrictUndefined."""
    from docxtpl import DocxTemplate
    from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    try:
        document = DocxTemplate(io.BytesIO(template))
        document.render(values, jinja_env=environment)
        buffer = io.BytesIO()
        document.save(buffer)
    except UndefinedError as error:
        raise BriefingError("template_placeholder_unknown", name=placeholder_name(str(error))) from error
    except SecurityError as error:
        raise BriefingError("template_unsafe", reason=str(error)) from error
    except TemplateSyntaxError as error:
        raise BriefingError("template_syntax", reason=error.message or str(error)) from error
    except TemplateError as error:
        raise BriefingError("template_syntax", reason=str(error)) from error
    except (KeyError, ValueError, OSError) as error:  # not a .docx python-docx can read
        raise BriefingError("template_not_docx", reason=str(error)) from error
    return buffer.getvalue()


def write_atomically(output: Path, data: bytes) -> None:
    """Write next to ``output`` and rename over it: a crash or a locked target never
    leaves half a document, and the previous file stays intact on failure."""
    folder = output.resolve().parent
    if not folder.is_dir():
        raise BriefingError("output_folder_missing", path=str(folder))
    _remove_stale_temporaries(folder, output.stem)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.stem}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, output)
    except PermissionError as error:
        raise BriefingError("output_locked", path=str(output)) from error
    except OSError as error:
        raise BriefingError("output_unwritable", path=str(output), reason=error.strerror or str(error)) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


STALE_SECONDS = 600


def _remove_stale_temporaries(folder: Path, stem: str) -> None:
    """Temporary files an earlier, killed export left behind (not one running now)."""
    import time

    for leftover in folder.glob(f".{stem}.*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()


def _safe(value: object) -> str:
    return remove_xml_illegal(str(value))[0] if value is not None else ""


def _paragraphs(text: str) -> list[str]:
    """One paragraph per line; \r\n and a lone \r (text from Windows, old Macs) end lines too."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [_safe(line.strip()) for line in lines if line.strip()]
