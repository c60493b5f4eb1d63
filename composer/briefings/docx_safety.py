"""What a .docx may hold to be used as a template, and to be written as an export.

Checked when a user's template is added, every time a template is rendered (libraries
keep templates added by older versions) and on every export before it is written (a
template can write raw XML):

- **No DTD.** An XML part with a DOCTYPE (its entities can read local files or expand to
  gigabytes) is refused, and every XML part must be well-formed. Parsing never resolves
  entities nor touches the network.
- **Bounded.** At most MAX_UNPACKED_BYTES unpacked, in at most MAX_PARTS parts.
- **Nothing that reaches outside the file.** Word fetches an attached template from
  where it points when it opens a document, and a UNC path (``\\\\server\\share``) makes
  Windows send the user's password hash to that server. So:

  - an attached template (``settings.xml`` → ``attachedTemplate``) and a hyperlink base
    (``docProps/app.xml``) are removed: they change nothing on paper;
  - any other external relationship, in any part (linked pictures, linked OLE objects,
    sub-documents, frames, mail-merge sources, ``customXml``) is refused;
  - hyperlinks (relationships and ``HYPERLINK`` fields) to anything but http, https and
    mailto — ``file://``, UNC, drive and relative paths — are refused;
  - INCLUDEPICTURE, INCLUDETEXT, INCLUDE, LINK, DDE, DDEAUTO, IMPORT and DATABASE fields
    (``fldSimple``, and ``instrText`` however many runs it is split over) are refused;
  - a mail merge in ``settings.xml`` is refused;
  - any attribute whose value is a ``file:`` URL or a UNC path (VML ``o:href``, ``src`` …)
    is refused.

  A refusal names the part, the kind and the target.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]

from composer.common.messages import BriefingError, Message

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2_000

PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

XML_SUFFIXES = (".xml", ".rels", ".vml", ".svg")
REMOVED_RELATIONSHIPS = frozenset({"attachedTemplate"})
FETCHING_FIELDS = frozenset({"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT",
                             "DATABASE"})
WEB_SCHEMES = frozenset({"http", "https", "mailto"})

# every attribute that could be a file: URL or a UNC path — a cheap test on its text in C; the
# few it finds are then read in Python (a normalize-space per attribute cost a tenth of an export)
_MAYBE_REMOTE_VALUES = etree.XPath(r"//@*[contains(., ':') or contains(., '\') or contains(., '/')]")


def checked_docx(data: bytes) -> bytes:
    """``data`` (a .docx) with attached templates and hyperlink bases removed (the same
    bytes when there are none); a BriefingError for what cannot be used. A template passes
    on every export: the answer for bytes already found usable is remembered (by their
    SHA-256, a few templates at most), not worked out again."""
    digest = hashlib.sha256(data).digest()
    known = _USABLE.get(digest)
    if known is not None:
        return known
    checked = _checked(data)
    _USABLE[digest] = checked
    while len(_USABLE) > USABLE_REMEMBERED:
        _USABLE.pop(next(iter(_USABLE)))  # the oldest
    return checked


def check_rendered(package: Any) -> None:
    """What a rendered document (a python-docx package, about to be saved) would write,
    checked as ``checked_docx`` checks a file, in memory: every XML part's fields and
    attribute values, the mail merge, every external relationship. Re-reading the saved file
    cost a fifth of a 1,000-item export; the parts python-docx keeps as bytes (app.xml, the
    theme, footnotes, which docxtpl renders as text) are small and parsed here. Rendering
    adds no part nor relationship."""
    for part in package.iter_parts():
        name = str(part.partname).lstrip("/")
        element = getattr(part, "element", None)
        if element is None and name.lower().endswith(XML_SUFFIXES):  # kept as bytes (docxtpl renders footnotes so)
            element = _parse_part(name, part.blob)
        if element is not None:
            _check_content(name, element)
    for relationship in package.iter_rels():
        kind = relationship.reltype.rsplit("/", 1)[-1]
        if _leaves_the_file(kind, relationship.target_ref, relationship.is_external):
            raise BriefingError("template_external_link", where=kind, target=_short(relationship.target_ref))


USABLE_REMEMBERED = 8  # templates in use at once: the three shipped ones and a few of the office's own
_USABLE: dict[bytes, bytes] = {}


def _checked(data: bytes) -> bytes:
    archive = _open(data)
    parts = {name: _parse(archive, name) for name in archive.namelist() if name.lower().endswith(XML_SUFFIXES)}
    changed: set[str] = set()
    for name, root in parts.items():
        if name.endswith(".rels"):
            changed |= _check_relationships(name, root, parts)
        else:
            _check_content(name, root)
    changed |= _remove_hyperlink_base(parts)
    return _rewritten(archive, {name: parts[name] for name in changed}) if changed else data


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise BriefingError("template_not_docx", reason=str(error)) from error
    infos = archive.infolist()
    if len(infos) > MAX_PARTS or sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        too_large = Message("reason_template_unpacked_too_large", limit_mb=MAX_UNPACKED_BYTES // 1024 // 1024,
                            parts=MAX_PARTS)
        raise BriefingError("template_not_docx", reason=too_large)
    return archive


def _parse(archive: zipfile.ZipFile, name: str) -> etree._Element:
    try:
        data = archive.read(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError, ValueError) as error:
        raise BriefingError("template_not_docx", reason=str(error)) from error
    return _parse_part(name, data)


def _parse_part(name: str, data: bytes) -> etree._Element:
    """An XML part parsed without DTD, entities nor network."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        tree = etree.parse(io.BytesIO(data), parser)
    except etree.XMLSyntaxError as error:
        raise BriefingError("template_not_docx", reason=Message("reason_template_xml_invalid", part=name,
                                                                detail=str(error))) from error
    except (EOFError, OSError, RuntimeError, ValueError) as error:
        raise BriefingError("template_not_docx", reason=str(error)) from error
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise BriefingError("template_doctype", part=name)
    return tree.getroot()


# -- relationships -------------------------------------------------------------------------------


def _check_relationships(name: str, root: etree._Element, parts: dict[str, etree._Element]) -> set[str]:
    """Refuse or remove the external relationships of one ``.rels`` part; the names of
    the parts changed."""
    source = _source_part(name)
    changed: set[str] = set()
    for relationship in list(root.iter(f"{{{PACKAGE_RELATIONSHIPS}}}Relationship")):
        target = relationship.get("Target", "")
        kind = relationship.get("Type", "").rsplit("/", 1)[-1]
        if not _leaves_the_file(kind, target, relationship.get("TargetMode") == "External"):
            continue
        if kind not in REMOVED_RELATIONSHIPS:
            raise BriefingError("template_external_link", where=f"{source or name}, {kind}", target=_short(target))
        root.remove(relationship)
        changed.add(name)
        if source in parts and _remove_references(parts[source], relationship.get("Id", "")):
            changed.add(source)
    return changed


def _leaves_the_file(kind: str, target: str, external: bool) -> bool:
    """A relationship that points outside the package, other than a web hyperlink."""
    if not external and not _looks_remote(target):
        return False
    return not (kind == "hyperlink" and _is_web_link(target))


def _check_content(name: str, root: etree._Element) -> None:
    """One XML part's fields and attribute values; in ``word/settings.xml`` also the mail merge."""
    _check_fields(name, root)
    _check_values(name, root)
    if name == "word/settings.xml":
        _check_mail_merge(root)


def _source_part(rels_name: str) -> str:
    """``word/_rels/settings.xml.rels`` → ``word/settings.xml`` (``_rels/.rels``: the package, "")."""
    folder, _, file = rels_name.rpartition("_rels/")
    return folder + file.removesuffix(".rels")


def _remove_references(root: etree._Element, relationship_id: str) -> bool:
    """Remove the elements pointing to a relationship (``<w:attachedTemplate r:id=…/>``)."""
    found = [element for element in root.iter()
             if any(key.startswith(f"{{{RELATIONSHIPS}}}") and value == relationship_id
                    for key, value in element.attrib.items())]
    for element in found:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return bool(found)


def _looks_remote(target: str) -> bool:
    """A URL (``scheme:``), a UNC path or a protocol-relative ``//host`` — not a part name."""
    return bool(re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.-]+:|\\\\|//)", target))


def _is_web_link(target: str) -> bool:
    target = target.strip()
    return not target.startswith(("\\", "/")) and urlsplit(target).scheme.lower() in WEB_SCHEMES


def _short(target: str) -> str:
    return target if len(target) <= 120 else target[:119] + "…"


# -- fields -----------------------------------------------------------------------------------


def _check_fields(name: str, root: etree._Element) -> None:
    for code in _field_codes(root):
        words = code.split()
        keyword = words[0].upper() if words else ""
        target = _field_target(code)
        if keyword in FETCHING_FIELDS or (keyword == "HYPERLINK" and target and not _is_web_link(target)):
            raise BriefingError("template_external_link", where=f"{name}, {keyword}", target=_short(target))


def _field_codes(root: etree._Element) -> Iterator[str]:
    """The code of every field: ``w:fldSimple/@w:instr``, and the ``w:instrText`` between
    a ``begin`` and a ``separate`` (or ``end``) field character, however many runs it is
    split over; nested fields each give their own code."""
    for simple in root.iter(f"{W}fldSimple"):
        yield simple.get(f"{W}instr", "")
    open_fields: list[list[str] | None] = []  # None: past ``separate``, showing the result
    for element in root.iter(f"{W}fldChar", f"{W}instrText", f"{W}delInstrText"):
        if element.tag != f"{W}fldChar":
            if open_fields and open_fields[-1] is not None:
                open_fields[-1].append(element.text or "")
            continue
        kind = element.get(f"{W}fldCharType")
        if kind == "begin":
            open_fields.append([])
        elif kind in ("separate", "end") and open_fields:
            code = open_fields.pop()
            if code is not None:
                yield "".join(code)
            if kind == "separate":
                open_fields.append(None)


_FIELD_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\S+)')


def _field_target(code: str) -> str:
    """The first argument of a field code that is not a switch (``\\l``, ``\\o "tip"``),
    with the code's ``\\\\`` escapes undone: ``HYPERLINK "\\\\\\\\srv\\\\x"`` → ``\\\\srv\\x``."""
    tokens = [(quoted, bare) for quoted, bare in _FIELD_TOKEN.findall(code)][1:]
    skip_argument = False
    for quoted, bare in tokens:
        if bare and re.fullmatch(r"\\[a-zA-Z*@#!]", bare):
            skip_argument = bare.lower() in ("\\l", "\\o", "\\t", "\\m", "\\n", "\\c")
            continue
        if skip_argument:
            skip_argument = False
            continue
        return re.sub(r"\\(.)", r"\1", quoted) if quoted or not bare else bare
    return ""


# -- anything else ----------------------------------------------------------------------------


def _check_values(name: str, root: etree._Element) -> None:
    """A ``file:`` URL or UNC path in any attribute (VML ``o:href``, ``src``, custom XML …)."""
    for value in _MAYBE_REMOTE_VALUES(root):
        if _is_remote_value(str(value)):
            raise BriefingError("template_external_link", where=name, target=_short(str(value)))


def _is_remote_value(value: str) -> bool:
    """``file:`` in any case, ``\\\\`` or ``//`` at the start, spaces, tabs and line ends around
    it ignored (as XPath's normalize-space and Word do)."""
    value = value.strip(" \t\r\n")
    return value[:5].lower() == "file:" or value.startswith(("\\\\", "//"))


def _check_mail_merge(settings: etree._Element) -> None:
    """A mail merge makes Word connect to its data source (and run its query) on opening."""
    merge = settings.find(f"{W}mailMerge")
    if merge is not None:
        source = merge.find(f"{W}connectString")
        target = source.get(f"{W}val", "") if source is not None else ""
        raise BriefingError("template_external_link", where="word/settings.xml, mailMerge", target=_short(target))


def _remove_hyperlink_base(parts: dict[str, etree._Element]) -> set[str]:
    """``docProps/app.xml``'s HyperlinkBase, against which Word resolves relative links."""
    properties = parts.get("docProps/app.xml")
    found = [] if properties is None else [element for element in properties.iter("{*}HyperlinkBase")
                                           if (element.text or "").strip()]
    for element in found:
        element.getparent().remove(element)
    return {"docProps/app.xml"} if found else set()


def _rewritten(archive: zipfile.ZipFile, replaced: dict[str, etree._Element]) -> bytes:
    """The package with the ``replaced`` parts serialised again (prefixes kept: lxml)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            if info.filename in replaced:
                data = etree.tostring(replaced[info.filename], xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            else:
                data = archive.read(info.filename)
            copy.writestr(info, data)
    return buffer.getvalue()
