"""Legacy Word .doc files: converted to .docx by LibreOffice (headless, offline, bounded:
``composer/common/libreoffice.py``) and read as one; a .docx merely renamed .doc is read
directly. The conversion gets the bytes ``read_file`` read (the ones hashed), and the
file's time budget and the user's cancel stop it like any other reading.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from composer.common import libreoffice
from composer.common.messages import BriefingError, Message
from composer.ingest.limits import check_budget_now
from composer.ingest.readers import Document, _head, _read_bytes, _read_docx

DOC_CONVERT_TIMEOUT = 120.0  # seconds for LibreOffice to turn a .doc into a .docx


def read_doc(p: Path) -> Document:
    if _head(p, 4) == b"PK\x03\x04":  # a .docx renamed to .doc: no conversion needed
        return _read_docx(p, "doc")
    program = libreoffice.soffice()
    if program is None:
        raise BriefingError("doc_needs_libreoffice")
    with tempfile.TemporaryDirectory(prefix="briefing_doc_") as scratch:
        converted = _convert(program, p, Path(scratch))
        try:
            return _read_docx(converted, "doc")
        except BriefingError as exc:
            if exc.code == "no_text":
                raise
            raise BriefingError("doc_convert_failed", reason=exc) from exc


def _convert(program: str, p: Path, work: Path) -> Path:
    source = work / "input.doc"  # a plain name: LibreOffice derives the output from it
    source.write_bytes(_read_bytes(p))  # the bytes read_file read: the ones hashed
    try:
        libreoffice.convert(program, [source], "docx", work, DOC_CONVERT_TIMEOUT, between=check_budget_now)
    except libreoffice.LibreOfficeFailed as failed:
        raise BriefingError("doc_convert_failed", reason=failed.reason) from None
    converted = work / "input.docx"
    if not converted.is_file():
        raise BriefingError("doc_convert_failed", reason=Message("reason_no_output"))
    return converted
