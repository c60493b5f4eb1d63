"""Briefing templates: the three shipped ones and the user's own, rendered sandboxed.

A template is an ordinary .docx with Jinja placeholders (docxtpl): ``{{ title }}``,
``{%p for section in sections %}`` … (templates/README.md lists them). User templates
are untrusted: they are rendered in Jinja2's SandboxedEnvironment with autoescape (so
``R&D <x>`` arrives intact and no markup can be injected) and StrictUndefined (an unknown
placeholder is an error naming it, not an empty gap), bounded (``sandbox``), and checked
when added by a trial render; a template with a DTD or an external link is refused, an
attached template is removed (``docx_safety``). Shipped templates are built by
``templates/build.py``.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from composer.common.messages import BriefingError, Message
from db import briefings as store
from db.library import Library

SHIPPED = {"讲话摘编": "speech", "简报": "bulletin", "专题汇编": "dossier"}
KINDS = ("speech", "bulletin", "dossier")
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024


@dataclass
class TemplateInfo:
    name: str
    kind: str
    shipped: bool

    def as_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "shipped": self.shipped}


def list_templates(library: Library) -> list[TemplateInfo]:
    found = [TemplateInfo(name, kind, True) for name, kind in SHIPPED.items()]
    found += [TemplateInfo(row["name"], row["kind"], False) for row in store.user_templates(library)]
    return found


def template_kind(library: Library, name: str) -> str:
    if name in SHIPPED:
        return SHIPPED[name]
    found = store.user_template_data(library, name)
    if found is None:
        raise BriefingError("template_missing", name=name, names="、".join(t.name for t in list_templates(library)))
    return found[0]


def template_data(library: Library, name: str) -> bytes:
    if name in SHIPPED:
        return resources.files("templates").joinpath(f"{name}.docx").read_bytes()
    found = store.user_template_data(library, name)
    if found is None:
        raise BriefingError("template_missing", name=name, names="、".join(t.name for t in list_templates(library)))
    return found[1]


def add_template(library: Library, path: Path, *, name: str | None = None, kind: str | None = None) -> TemplateInfo:
    """Check a user's .docx template by a trial render, then keep it in the library.
    ``kind`` (speech, bulletin, dossier) defaults to the shipped template it was copied
    from, recognised by its file name, else speech."""
    name = (name or path.stem).strip()
    if name in SHIPPED:
        raise BriefingError("template_name_taken", name=name)
    kind = kind or next((k for shipped, k in SHIPPED.items() if shipped in path.stem), "speech")
    if kind not in KINDS:
        raise BriefingError("template_kind_unknown", kind=kind)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BriefingError("file_unreadable", reason=str(error)) from error
    store.add_user_template(library, name, kind, check_template(data))
    return TemplateInfo(name, kind, False)


def check_template(data: bytes) -> bytes:
    """The template as it is kept — the same bytes, or without an attached template or a
    hyperlink base (``docx_safety``) — or a BriefingError naming what is wrong: a .docx
    with a DTD or an external link, a placeholder that does not exist, a tag that does
    not render in the bounded sandbox."""
    from composer.briefings.docx_safety import checked_docx
    from composer.briefings.export import render, sample_context

    if len(data) > MAX_TEMPLATE_BYTES:
        too_large = Message("reason_template_too_large", limit_mb=MAX_TEMPLATE_BYTES // 1024 // 1024)
        raise BriefingError("template_not_docx", reason=too_large)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise BriefingError("template_not_docx", reason=Message("reason_no_document_xml"))
    except zipfile.BadZipFile as error:
        raise BriefingError("template_not_docx", reason=str(error)) from error
    data = checked_docx(data)
    render(data, sample_context())
    return data


def placeholder_name(message: str) -> str:
    """The name in Jinja's "'x' is undefined" / "... has no attribute 'x'"."""
    match = re.search(r"attribute '([^']+)'", message) or re.search(r"'([^']+)' is undefined", message)
    return match.group(1) if match else message
