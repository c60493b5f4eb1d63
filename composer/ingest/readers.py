"""Read input files (.txt, .docx, .doc, .pdf, .html/.htm, .mht) and pasted text or HTML into plain text.

Every reader returns a :class:`Document` whose text follows one contract, so the later
steps (cleanup, article splitting) never care where the text came from:

* newlines are ``"\\n"`` only (``\\r\\n``, ``\\r`` and U+2028 become ``"\\n"``; U+2029 and
  a form feed, which mark a paragraph or page end, become a blank line);
* blocks (paragraphs) are separated by a blank line; a single ``"\\n"`` inside a block is a
  soft line break (a PDF line wrap, a Word ``<w:br/>``, an HTML ``<br>``);
* characters XML cannot carry (python-docx refuses them later) are removed and counted in
  ``warnings`` (messages, rendered when shown); a leading BOM is dropped; nothing else is altered — punctuation and
  whitespace normalisation is the cleanup step's job.

What a file *is* counts, not its name: a ``.doc``, ``.docx`` or ``.txt`` whose bytes are a web
page (``<html``, ``<!DOCTYPE html``) or a saved MIME web archive (``MIME-Version:`` with a
text/html part, as OA systems and Word's "single file web page" write them) is read as HTML
— never handed to LibreOffice, which would fetch the page's remote images and style sheets.
Nothing here goes online: web pages are parsed from their bytes, and LibreOffice (for real
``.doc`` files only) runs with a profile that blocks linked content and points its proxy at a
closed local port.

Failures raise :class:`~composer.common.messages.BriefingError` with a stable code; exceptions
from the parsing libraries (imported lazily: ~1 s of start-up) never escape raw. Errors and
warnings carry keys of the message catalogue, not text: files are often read in worker
processes, and the text must be in the language of whoever shows it.

Hostile and huge files are bounded: a file is read from disk once (``read_file``) and every
reader parses those bytes; its size (``max_file_bytes``), a .docx's XML (``DOCX_MAX_XML``)
and a PDF's pages (``reading_page``) are limited, and the reading and splitting of one file
has a time budget that the readers, cleanup and splitters check between pages, blocks and
lines, together with the user's cancel (``reading_budget``, ``check_budget``).

PDF library: pdfplumber (MIT, pure Python on pdfminer.six), not PyMuPDF, which is AGPL
(it would force the app's licence); pdfplumber still gives the character positions needed
to rebuild paragraphs, and it never runs a PDF's JavaScript or actions.
"""

from __future__ import annotations

import codecs
import contextvars
import io
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.common import messages_import as _messages_import  # noqa: F401 - registers the import texts
from composer.common.messages import BriefingError, Message
from composer.ingest.limits import check_budget, positive_setting

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".docx", ".doc", ".pdf", ".html", ".htm", ".mht", ".mhtml")
_MB = 1024 * 1024
MAX_FILE_BYTES: int = 20 * _MB
MAX_FILE_ENV = "BRIEFING_MAX_FILE_MB"

# A .docx is a zip: refuse absurd expansions before python-docx inflates anything.
DOCX_MAX_UNCOMPRESSED = 200 * _MB
DOCX_RATIO_FLOOR = 50 * _MB
DOCX_MAX_RATIO = 100
# python-docx parses every XML part into lxml trees, about 15 bytes of memory per byte of
# XML (190 MB of XML in a 2 MB file took 2.8 GB). 40 MB of XML is some 300 newspaper pages
# of heavily formatted text, far beyond any document an office imports as news.
DOCX_MAX_XML = 40 * _MB
# Share of "plausible" characters (CJK, ASCII, common punctuation) a guessed decoding
# needs; real Chinese text scores ~1.0, byte-swapped UTF-16 or random data ~0.3.
PLAUSIBLE_SHARE = 0.9
READABLE_SHARE = 0.98  # printable share a charset-normalizer guess needs
NORMALIZER_MAX_CHAOS = 0.1  # random bytes score ~0.2, real text in any codepage ~0.0-0.07
# A line is damaged UTF-8 (not GB18030) when its valid UTF-8 characters outnumber the broken
# bytes this many times; GB18030 lines of the seed pages read as UTF-8 reach 1.5 at most.
DAMAGED_UTF8_RATIO = 3


@dataclass(frozen=True)
class Document:
    text: str
    format: str  # "txt" | "docx" | "doc" | "pdf" | "html" | "paste"
    encoding: str | None  # detected encoding of a .txt ("utf-8+gb18030" when decoded line by line), None otherwise
    # What the document says about itself (a web page's metadata, the head of pasted text);
    # the importer uses them when the user gave none and the file name tells nothing.
    title: str | None = None  # the headline, when the text may not carry it as its first line
    published: str | None = None  # YYYY-MM-DD, only a full date the document prints or declares
    source: str | None = None  # 来源 printed or declared, else the site's name
    page: str | None = None  # 版次 ("01版"), as an e-paper page's 版眉 prints it
    warnings: tuple[Message, ...] = ()


# -- public entry points ---------------------------------------------------------------


def read_path(path: str | Path) -> Document:
    """Read one file; raises BriefingError with a code the UI can show."""
    return read_file(path)[0]


def read_file(path: str | Path) -> tuple[Document, bytes]:
    """Read one file: its document and the bytes it was read from. The file is read from
    disk once, and every reader parses those bytes, so a file that changes while it is
    imported is stored with the text and the hash of one and the same version (hashing a
    second read stored the new version's hash with the old one's text, and the corrected
    file was then skipped as a duplicate forever)."""
    p = Path(path)
    suffix = _check_file(p)
    data = _read_bytes(p)
    token = _SNAPSHOT.set((p, data))
    try:
        reader, fallback_code = _READERS[_sniffed(p, suffix)]
        try:
            return reader(p), data
        except (BriefingError, MemoryError):
            raise
        except Exception as exc:  # last net: a library failed in a way not mapped below
            raise BriefingError(fallback_code, reason=_reason(exc)) from exc
    finally:
        _SNAPSHOT.reset(token)


def read_pasted(text: str) -> Document:
    """Text pasted by the user, under the same text contract as files. The headline, 来源
    and date its head prints become the document's hints (``composer/ingest/pasted.py``)."""
    clean, warnings = _normalize(text)
    if not clean.strip():
        raise BriefingError("paste_empty")
    from composer.ingest.pasted import read_head

    head = read_head(clean)
    return Document(clean, "paste", None, head.title, head.published, head.source, warnings=warnings)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file: ``(text, encoding)``; see :func:`_decode`."""
    text, encoding, _ = _decode(data)
    return text, encoding


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders walked for supported files in natural order; no duplicates."""
    result: list[Path] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        found = _walk(p, set()) if _is_dir(p) else iter([p])
        for f in found:
            key = _identity(f)
            if key not in seen:
                seen.add(key)
                result.append(f)
    return result


def max_file_bytes() -> int:
    """The size limit in force: ``BRIEFING_MAX_FILE_MB`` if set and valid, else the default."""
    return int(positive_setting(MAX_FILE_ENV, 1e6) * _MB) or MAX_FILE_BYTES


_SURROGATE = re.compile("[\ud800-\udfff]")


def path_text(path: str | Path) -> str:
    """A file's path as text that can be stored and shown anywhere: a name that is not
    UTF-8 (Python keeps its bytes as lone surrogates, which SQLite, JSON and Qt refuse or
    drop) has each such byte written as ``\\xff``; any other path is returned as it is."""
    text = str(path)
    return _SURROGATE.sub(_escaped_byte, text) if _SURROGATE.search(text) else text


def _escaped_byte(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


# -- shared helpers --------------------------------------------------------------------


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    detail = str(exc).strip()
    text = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _size_mb(size: int) -> str:
    return f"{size / _MB:.1f}".removesuffix(".0")


def _check_file(p: Path) -> str:
    """Everything that can be told without reading: returns the lower-case suffix."""
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise BriefingError("file_missing", path=str(p)) from None
    except OSError as exc:
        raise BriefingError("file_unreadable", reason=_reason(exc)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise BriefingError("file_unreadable", reason=Message("reason_folder"))
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
        raise BriefingError("file_unreadable", reason=Message("reason_not_regular_file"))
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise BriefingError(
            "unsupported_type",
            suffix=suffix or Message("reason_no_extension"),
            supported=" ".join(SUPPORTED_SUFFIXES),
        )
    if st.st_size == 0:
        raise BriefingError("file_empty")
    _check_size(st.st_size)
    return suffix


def _sniffed(p: Path, suffix: str) -> str:
    """The reader a file needs by its bytes: ``.html`` or ``.mht`` for markup, else its suffix."""
    from composer.ingest.html_reader import SNIFF_BYTES, SNIFFED_SUFFIXES, sniff_markup

    if suffix not in SNIFFED_SUFFIXES:
        return suffix
    kind = sniff_markup(_head(p, SNIFF_BYTES))
    return {"html": ".html", "mime": ".mht"}.get(kind or "", suffix)


def _check_size(size: int) -> None:
    limit = max_file_bytes()
    if size > limit:
        raise BriefingError("file_too_large", size_mb=_size_mb(size), limit_mb=_size_mb(limit))


# The file being read by read_file and its bytes: every reader's reads of that file are served
# from them (pdf_reader and html_reader read through _read_bytes).
_SNAPSHOT: contextvars.ContextVar[tuple[Path, bytes] | None] = contextvars.ContextVar("file_bytes", default=None)


def _snapshot(p: Path) -> bytes | None:
    found = _SNAPSHOT.get()
    return found[1] if found is not None and found[0] == p else None


def _read_bytes(p: Path) -> bytes:
    held = _snapshot(p)
    if held is not None:
        return held
    limit = max_file_bytes()
    try:
        with p.open("rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise BriefingError("file_unreadable", reason=_reason(exc)) from exc
    _check_size(len(data))
    if not data:
        raise BriefingError("file_empty")
    return data


def _head(p: Path, size: int) -> bytes:
    held = _snapshot(p)
    if held is not None:
        return held[:size]
    try:
        with p.open("rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise BriefingError("file_unreadable", reason=_reason(exc)) from exc


# -- the text contract -----------------------------------------------------------------

_PAGE_BREAK = re.compile(r"\n?[\x0c\u2029]\n?")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _normalize(text: str) -> tuple[str, tuple[Message, ...]]:
    """Apply the newline contract and drop XML-illegal characters (counted in a warning)."""
    text, removed = _normalize_counted(text)
    return text, _controls_warning(removed)


def _normalize_counted(text: str) -> tuple[str, int]:
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    if "\x0c" in text or "\u2029" in text:  # the regex alone tries its optional newline at every character
        text = _PAGE_BREAK.sub("\n\n", text)
    return _ILLEGAL.subn("", text)


def _controls_warning(removed: int) -> tuple[Message, ...]:
    return (Message("warn_controls_removed", count=removed),) if removed else ()


def _from_blocks(
    blocks: Iterable[str], fmt: str, empty_code: str, warnings: Iterable[Message] = (), **meta: Any
) -> Document:
    """Join blocks with blank lines after normalising each; blank blocks are dropped."""
    kept: list[str] = []
    removed = 0
    for block in blocks:
        clean, count = _normalize_counted(block)
        removed += count
        clean = clean.strip("\n")
        if clean.strip():
            kept.append(clean)
    if not kept:
        raise BriefingError(empty_code)
    notes = _controls_warning(removed) + tuple(warnings)
    return Document("\n\n".join(kept), fmt, None, warnings=notes, **meta)


# -- encoding detection ----------------------------------------------------------------

# Characters Chinese text is made of: ASCII, CJK ideographs and punctuation, full-width
# forms, common symbols. Latin-1 letters, kana, Hangul, Cyrillic are left out on purpose:
# they are what mojibake and byte-swapped UTF-16 look like.
_IMPLAUSIBLE = re.compile(
    "[^\t\n\r\x0c\x20-\x7e\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2100-\u22ff"
    "\u2460-\u27bf\u2e80-\u2fdf\u3000-\u303f\u3200-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe30-\ufe6f\uff00-\uffef\U0001f300-\U0001faff\U00020000-\U0003134f]"
)
_SAMPLE = 200_000  # characters checked at each end of a long text
Decoded = tuple[str, str, tuple[Message, ...]]  # text, encoding, warnings


def _sample(text: str) -> str:
    return text if len(text) <= 2 * _SAMPLE else text[:_SAMPLE] + text[-_SAMPLE:]


def _plausible_share(text: str) -> float:
    sample = _sample(text)
    return 1.0 - len(_IMPLAUSIBLE.findall(sample)) / len(sample) if sample else 0.0


def _too_many_controls(text: str) -> bool:
    count = len(_CONTROLS.findall(text))
    return count > max(8, len(text) // 100)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode(data: bytes) -> Decoded:
    """(text, encoding, warnings): BOM, UTF-8, UTF-16, GB18030, near-UTF-8, charset-normalizer."""
    found = _decode_bom(data) or _decode_guess(data)
    if found is None:
        binary = b"\x00" in data or _too_many_controls(data.decode("latin-1"))
        raise BriefingError("file_binary" if binary else "encoding_unknown")
    text, encoding, warnings = found
    if _too_many_controls(text):
        raise BriefingError("file_binary")
    return text, encoding, warnings


_BOMS = (  # (BOM, reported name, codec for the rest)
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)


def _decode_bom(data: bytes) -> Decoded | None:
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            text, bad = _lenient(data[len(bom) :], codec)
            if bad > max(3, len(data) // 1000):
                raise BriefingError("encoding_unknown")
            return text, name, _replaced_warning(bad, name)
    return None


def _decode_guess(data: bytes) -> Decoded | None:
    if b"\x00" not in data:  # UTF-16 of ASCII is valid UTF-8 too, but full of NULs
        text = _strict(data, "utf-8")
        if text is not None:
            return text, "utf-8", ()
    found = _guess_utf16(data)
    if found is not None or b"\x00" in data:
        return found
    found = _decode_lines(data)  # before GB18030: a mixed file often decodes whole as GB18030 mojibake
    if found is not None:
        return found
    text = _strict(data, "gb18030")  # GBK and GB2312 are subsets
    if text is not None and _plausible_share(text) >= PLAUSIBLE_SHARE:
        return text, "gb18030", ()
    return _near_utf8(data) or _charset_normalizer(data)


MIXED_ENCODING = "utf-8+gb18030"


def _decode_lines(data: bytes) -> Decoded | None:
    """A file whose lines are UTF-8 and GB18030 mixed (text pasted together from two
    sources): each line decoded on its own, UTF-8 first. None when the file is not mixed
    (then the whole-file steps decide); refused with the line number when it is mixed and a
    line reads as neither, rather than stored as mojibake."""
    lines = data.split(b"\n")  # 0x0A never occurs inside a UTF-8 or GB18030 character
    if not any(_utf8_line(line) is not None for line in lines if not line.isascii()):
        return None  # the usual case, found fast: no line is Chinese in UTF-8
    decoded: list[str] = []
    counts = {"utf-8": 0, "gb18030": 0}
    bad_line: int | None = None
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            decoded.append(line.decode("ascii"))
            continue
        text, codec = _line_text(line)
        if text is None:
            bad_line = bad_line or number
            continue
        counts[codec] += 1
        decoded.append(text)
    if not counts["gb18030"]:
        return None  # UTF-8 throughout, with damage somewhere: near-UTF-8 decides
    if bad_line is not None:
        raise BriefingError("encoding_mixed_line", line=bad_line)
    warning = Message("warn_mixed_encodings", utf8=counts["utf-8"], gb18030=counts["gb18030"])
    return "\n".join(decoded), MIXED_ENCODING, (warning,)


def _utf8_line(line: bytes) -> str | None:
    """A line's UTF-8 reading when it is valid and reads as Chinese-like text (a GB18030 line
    is valid UTF-8 by chance only when short, and then reads as Armenian or Cyrillic)."""
    text = _strict(line, "utf-8")
    return text if text is not None and _plausible_share(text) >= PLAUSIBLE_SHARE else None


def _line_text(line: bytes) -> tuple[str | None, str]:
    text = _utf8_line(line)
    if text is not None:
        return text, "utf-8"
    gb = _strict(line, "gb18030")
    if gb is not None and _plausible_share(gb) >= PLAUSIBLE_SHARE and not _damaged_utf8(line):
        return gb, "gb18030"
    text = _strict(line, "utf-8")  # valid UTF-8 that is not Chinese (Latin letters, symbols)
    return text, "utf-8"


def _damaged_utf8(line: bytes) -> bool:
    """UTF-8 with a byte or two broken: GB18030 would read it, as mojibake."""
    text, bad = _lenient(line, "utf-8")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    return bad > 0 and multibyte >= DAMAGED_UTF8_RATIO * bad


def _guess_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without BOM: the byte order whose strict decoding reads as text."""
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(data, codec)
        if text is not None:
            share = _plausible_share(text)
            if best is None or share > best[0]:
                best = (share, text, codec)
    if best is None or best[0] < PLAUSIBLE_SHARE:
        return None
    return best[1], best[2], ()


def _lenient(data: bytes, codec: str) -> tuple[str, int]:
    """Decode with replacement characters; also return how many were inserted
    (not counting U+FFFD characters that are genuinely in the data)."""
    text = data.decode(codec, errors="replace")
    return text, text.count("\ufffd") - data.count("\ufffd".encode(codec))


def _near_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few damaged bytes (a cut download): keep it, say so."""
    text, bad = _lenient(data, "utf-8")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad and bad <= max(3, len(data) // 1000) and multibyte >= 10 * bad:
        return text, "utf-8", _replaced_warning(bad, "utf-8")
    return None


def _replaced_warning(bad: int, encoding: str) -> tuple[Message, ...]:
    return (Message("warn_bytes_replaced", count=bad, encoding=encoding),) if bad else ()


def _charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:  # a detector crash means "don't know", not a failure to report
        return None
    if best is None or best.chaos > NORMALIZER_MAX_CHAOS:  # its own "mess" measure
        return None
    text = str(best)
    if _readable_share(text) < READABLE_SHARE:
        return None
    return text, best.encoding, ()


def _readable_share(text: str) -> float:
    """Share of printable characters. Looser than :func:`_plausible_share`: this stage
    only sees files that are not UTF-8/16 or GB18030, so Latin letters, kana etc. are fine."""
    sample = _sample(text)
    bad = sum(1 for ch in sample if ch not in "\t\n\r" and unicodedata.category(ch)[0] == "C")
    return 1.0 - bad / len(sample) if sample else 0.0


# -- .txt ------------------------------------------------------------------------------


def _read_txt(p: Path) -> Document:
    text, encoding, notes = _decode(_read_bytes(p))
    clean, more = _normalize(text)
    if not clean.strip():
        raise BriefingError("file_empty")
    return Document(clean, "txt", encoding, warnings=notes + more)


# -- .docx -----------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Containers whose children belong to the parent's flow (content controls, custom XML).
_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "smartTag"}
# Inline elements whose runs are not current text (tracked deletions, moved-away text).
_DROPPED = {_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr", _MC_FALLBACK}


def _read_docx(p: Path, fmt: str = "docx") -> Document:
    _check_zip(p)
    try:
        import docx

        body = docx.Document(_opened(p)).element.body
        blocks = list(_docx_blocks(body))
    except (BriefingError, MemoryError):
        raise
    except Exception as exc:
        raise BriefingError("docx_corrupt", reason=_reason(exc)) from exc
    return _from_blocks(blocks, fmt, "no_text")


def _opened(p: Path) -> io.BytesIO | str:
    """What to hand a parsing library: the bytes read_file read, else the file's path."""
    held = _snapshot(p)
    return io.BytesIO(held) if held is not None else str(p)


def _check_zip(p: Path) -> None:
    """Open only the zip directory: refuse non-zips, zip bombs and more XML than can be
    parsed in reasonable memory, before inflating anything. The sizes are the directory's:
    zipfile never inflates a member beyond the size its directory entry declares."""
    try:
        with zipfile.ZipFile(_opened(p)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
        raise BriefingError("docx_corrupt", reason=_not_zip_reason(p, exc)) from exc
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if total > DOCX_MAX_UNCOMPRESSED or (total > DOCX_RATIO_FLOOR and total > DOCX_MAX_RATIO * max(packed, 1)):
        raise BriefingError("docx_too_large")
    xml = sum(info.file_size for info in infos if info.filename.lower().endswith((".xml", ".rels")))
    if xml > DOCX_MAX_XML:
        raise BriefingError("docx_xml_too_large", size_mb=_size_mb(xml), limit_mb=_size_mb(DOCX_MAX_XML))
    if "word/document.xml" not in {info.filename for info in infos}:
        raise BriefingError("docx_corrupt", reason=Message("reason_no_document_xml"))


def _not_zip_reason(p: Path, exc: BaseException) -> Message:
    if _head(p, 8) == _OLE_MAGIC:
        return Message("reason_doc_named_docx")
    return Message("reason_not_zip", detail=_reason(exc))


def _unwrap(element: Any) -> Iterator[Any]:
    for child in element.iterchildren():
        if child.tag in _WRAPPERS:
            yield from _unwrap(child)
        else:
            yield child


def _docx_blocks(container: Any) -> Iterator[str]:
    """Paragraph texts in document order; tables row by row, cell by cell, nested too."""
    for child in _unwrap(container):
        check_budget()
        if child.tag == _W + "p":
            yield _paragraph_text(child)
            for box in _textboxes(child):
                yield from _docx_blocks(box)
        elif child.tag == _W + "tbl":
            for row in _unwrap(child):
                if row.tag == _W + "tr":
                    for cell in _unwrap(row):
                        if cell.tag == _W + "tc":
                            yield from _docx_blocks(cell)


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    for child in element.iterchildren():
        if child.tag == _W + "r":
            parts.append(_run_text(child))
        elif child.tag not in _DROPPED:  # hyperlinks, insertions, fields, content controls
            parts.append(_paragraph_text(child))
    return "".join(parts)


_RUN_TEXT = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": "\n", _W + "cr": "\n"}
_RUN_TEXT[_W + "noBreakHyphen"] = "-"


def _run_text(run: Any) -> str:
    return "".join(
        (child.text or "") if child.tag == _W + "t" else _RUN_TEXT.get(child.tag, "") for child in run.iterchildren()
    )


def _textboxes(paragraph: Any) -> Iterator[Any]:
    """Outermost text boxes anchored in a paragraph (not the duplicate mc:Fallback copy)."""
    for box in paragraph.iter(_W + "txbxContent"):
        for ancestor in box.iterancestors():
            if ancestor is paragraph:
                yield box
                break
            if ancestor.tag in (_MC_FALLBACK, _W + "txbxContent"):
                break  # a copy for old readers, or a box inside a box (found via its parent)


# -- .doc: composer/ingest/doc_reader.py --------------------------------------------------


def _read_doc(p: Path) -> Document:
    from composer.ingest.doc_reader import read_doc

    return read_doc(p)


# -- .pdf: composer/ingest/pdf_reader.py -------------------------------------------------------


def _read_pdf(p: Path) -> Document:
    from composer.ingest.pdf_reader import read_pdf  # pdfplumber is heavy: loaded on first PDF

    return read_pdf(p)


# -- .html, .mht: composer/ingest/html_reader.py ------------------------------------------


def _read_html(p: Path) -> Document:
    from composer.ingest.html_reader import read_html  # trafilatura is heavy: loaded on first page

    return read_html(p)


def _read_mht(p: Path) -> Document:
    from composer.ingest.html_reader import read_mht

    return read_mht(p)


# -- folders ---------------------------------------------------------------------------


def _natural_key(name: str) -> tuple[list[Any], str]:
    parts = re.split(r"(\d+)", name)
    return [int(part) if i % 2 else part.casefold() for i, part in enumerate(parts)], name


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:  # e.g. no permission: read_path will say so
        return False


def _identity(p: Path) -> str:
    try:
        return os.path.normcase(os.path.realpath(p))
    except (OSError, ValueError):
        return str(p)


def _walk(folder: Path, visited: set[str]) -> Iterator[Path]:
    real = _identity(folder)
    if real in visited:  # a symlink loop
        return
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: _natural_key(e.name))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):  # hidden, Office lock files
            continue
        try:
            if entry.is_dir():
                yield from _walk(Path(entry.path), visited)
            elif entry.is_file() and Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(entry.path)
        except OSError:
            continue


# suffix -> (reader, the code for a failure no reader anticipated)
_READERS = {
    ".txt": (_read_txt, "file_unreadable"),
    ".docx": (_read_docx, "docx_corrupt"),
    ".doc": (_read_doc, "doc_convert_failed"),
    ".pdf": (_read_pdf, "pdf_corrupt"),
    ".html": (_read_html, "html_failed"),
    ".htm": (_read_html, "html_failed"),
    ".mht": (_read_mht, "html_failed"),
    ".mhtml": (_read_mht, "html_failed"),
}
