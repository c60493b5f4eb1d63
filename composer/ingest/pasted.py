"""Pasted text: what a pasted article prints about itself (its headline, its 来源, its
date), and reading what was pasted (the clipboard's text and HTML, bytes on stdin).

Text copied from a web page or a colleague's message usually starts like this::

    区领导检查秋季学期开学工作
    来源：云湖时报    发布时间：2025-09-01 10:30    浏览次数：128
    本报讯（记者 陈晓路）9月1日上午，……

The head is read by pure functions on text (no Qt, no library), used by
``readers.read_pasted`` and the HTML reader to fill the import dialog and the document's
hints before anything is split.
Only the *head* is read — the lines before the first body paragraph — and only what is
printed there: a date is a full date printed in a metadata line (a line made of nothing
but fields such as 来源、发布时间、浏览次数, or a date alone), never a date from the
body, never completed from a year or a month. The text itself is left as it is: taking
such lines out of the article is the page splitter's business (``webpage.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from composer.common.dates import plausible
from composer.common.messages import BriefingError
from composer.ingest import readers
from composer.ingest.readers import Document

HEAD_LINES = 8  # non-empty lines read at most: headline, kicker, subtitle and metadata lines come first
TITLE_MAX_CHARS = 60  # a longer line is body text (the longest real headlines with a colon run ~50)
META_LINE_MAX_CHARS = 120  # a metadata line with source, date, author, views and buttons stays under this
SOURCE_MAX_CHARS = 30  # 来源：… longer than this is a sentence, not a name

_DATE = (
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|[-/.]\s*(?P<m2>\d{1,2})\s*[-/.]\s*(?P<d2>\d{1,2})(?!\d))"
)
_TIME = r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_WEEKDAY = r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?"
_DATE_FIELD = re.compile(r"(?:(?:发布|发表|发稿|刊发|出版|稿件)?(?:时间|日期)\s*[:：]\s*)?" + _DATE + _TIME + _WEEKDAY)
_SOURCE_LABEL = r"(?:稿件|文章|信息|新闻|本文|内容)?来源(?:于)?\s*[:：]"
_NAME_PART = r"[^\s|｜丨【】\[\]:：]+"
# a name of one or more words, up to a gap, a bracket or the next "label："
_NAME = _NAME_PART + r"(?:[ \u3000](?!" + _NAME_PART + r"\s*[:：])" + _NAME_PART + r")*"
_SOURCE_FIELD = re.compile(_SOURCE_LABEL + r"\s*(?P<source>" + _NAME + ")")
# The label of the next field, when a page prints it without a gap: 来源：云湖时报发布时间：…
_TRAILING_LABEL = re.compile(r"(?:(?:发布|发表|发稿|刊发|更新)?(?:时间|日期)|作者|记者|浏览次数|点击数|责任编辑|编辑)$")
# Fields of a metadata line that carry nothing to keep once read (counters, buttons, editors).
_FURNITURE_FIELD = re.compile(
    r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*\d*次?"
    r"|(?:字号|字体)\s*[:：]?\s*(?:[【\[]?\s*[大中小]\s*[】\]]?\s*){0,3}"
    r"|[【\[]\s*(?:打印|关闭|收藏|分享|纠错|打印本页|关闭窗口)\s*[】\]]"
    r"|(?:打印本页|关闭窗口|分享到\s*[:：]?)"
    r"|(?:责任编辑|编辑|责编|审核|校对)\s*[:：]\s*\S{1,12}"
)
# The byline's people in a metadata line: 作者：张三 记者：李四 (a name: up to a gap or a label).
_PEOPLE_FIELD = re.compile(r"(?:作者|记者|通讯员|撰稿|撰文|摄影|文|图)\s*[:：/]\s*[^\s|｜丨:：]{1,12}")
_SEPARATORS = re.compile(r"[\s|｜丨/·•,，;；:：()（）【】\[\]-]+")
_SENTENCE_END = ("。", "；", "，", "、", "：", ":")
_BYLINE_LIKE = re.compile(r"^(?:本报讯|本报[\u4e00-\u9fff]{0,6}电|新华社|人民网|央视网|中新网|记者|通讯员|[(（]记者)")
_BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]|(?:[>＞»›]\s*\S+\s*){2,}")


@dataclass(frozen=True)
class Hints:
    """What the head of a pasted text prints."""

    title: str | None = None
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD, a real date printed in the head


def read_date(line: str) -> str | None:
    """The first full, real date printed in ``line`` (2025年9月1日, 2025-09-01, 2025/9/1) that
    can be a publication date (1949 to next year, ``composer/common/dates.py``)."""
    for match in _DATE_FIELD.finditer(line):
        found = _iso(match)
        if found:
            return found
    return None


def read_source(line: str) -> str | None:
    """The name after 来源： (up to the next field, a wide gap or a bracket)."""
    match = _SOURCE_FIELD.search(line)
    if not match:
        return None
    value = _DATE_FIELD.split(match.group("source"))[0]
    value = re.split(r"\s{2,}", value)[0]
    value = _TRAILING_LABEL.sub("", value).strip(" \u3000-—_·,，;；。")
    return value if 0 < len(value) <= SOURCE_MAX_CHARS else None


def is_metadata_line(line: str) -> bool:
    """A line made of nothing but a date, 来源, counters, buttons, editors (and people)."""
    stripped = line.strip()
    if not stripped or len(stripped) > META_LINE_MAX_CHARS:
        return False
    if not (_SOURCE_FIELD.search(stripped) or read_date(stripped) or _FURNITURE_FIELD.search(stripped)):
        return False
    rest = _SOURCE_FIELD.sub(" ", stripped)
    rest = _DATE_FIELD.sub(" ", rest)
    rest = _FURNITURE_FIELD.sub(" ", rest)
    rest = _PEOPLE_FIELD.sub(" ", rest)
    return not _SEPARATORS.sub("", rest)


def read_head(text: str) -> Hints:
    """Headline, source and date printed in the head of ``text``; see the module docstring."""
    lines = text.split("\n")
    title: str | None = None
    source: str | None = None
    published: str | None = None
    for line in [line.strip() for line in lines if line.strip()][:HEAD_LINES]:
        if _BREADCRUMB.search(line) and title is None:
            continue
        if is_metadata_line(line):
            source = source or read_source(line)
            published = published or read_date(line)
            continue
        if title is None and _is_headline(line):
            title = line
            continue
        if title is not None and _is_headline(line) and not _is_body(line):
            continue  # a subtitle (——记…) or a second headline line: the splitter's business
        break  # the body starts: nothing after it is the head
    return Hints(title, source, published)


def retitle(text: str, old: str | None, new: str) -> str:
    """The text with ``new`` as its headline: it replaces ``old`` when the text starts with it,
    else it is put in front as a line of its own. An empty ``new`` leaves the text as it is."""
    new = " ".join(new.split())
    if not new:
        return text
    body = text.lstrip("\n")
    first, _, rest = body.partition("\n")
    if first.strip() == new:
        return body
    if old and first.strip() == old.strip():
        return new + "\n" + rest if rest else new
    return new + "\n\n" + body


def _is_headline(line: str) -> bool:
    return (
        len(line) <= TITLE_MAX_CHARS
        and not line.endswith(_SENTENCE_END)
        and not _BYLINE_LIKE.match(line)
        and re.search("[\u4e00-\u9fff]", line) is not None
    )


def _is_body(line: str) -> bool:
    return len(line) > TITLE_MAX_CHARS or line.endswith(_SENTENCE_END) or bool(_BYLINE_LIKE.match(line))


def _iso(match: re.Match[str]) -> str | None:
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    try:
        found = dt.date(int(match.group("y")), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return found.isoformat() if plausible(found) else None  # 1900-01-01 is a page's default, not its date


# -- reading what was pasted ------------------------------------------------------------

# Copied HTML is read as a web page when its text is at least this share of the plain
# text's; an extractor that kept less dropped part of what was copied: the plain text is read.
PASTED_HTML_MIN_SHARE = 0.5


def read_clipboard(text: str, html: str = "") -> Document:
    """What was copied (the clipboard's text/plain and text/html), as read for import: the
    HTML through the web-page reader when it gives the text (hidden parts dropped, the
    page's title, date and site), else the plain text."""
    from composer.ingest import html_reader

    plain = readers.read_pasted(text) if text.strip() else None
    if html.strip():
        try:
            web = html_reader.read_pasted_html(html)
        except BriefingError:
            web = None
        if web is not None and (plain is None or len(web.text) >= PASTED_HTML_MIN_SHARE * len(plain.text)):
            return web
    return plain if plain is not None else readers.read_pasted(text)  # raises "paste_empty"


def read_bytes(data: bytes) -> Document:
    """Pasted text as bytes (``briefing import -`` reads them from stdin): decoded like a
    text file; a web page's source is read as pasted HTML. ``encoding`` is the one found."""
    from composer.ingest import html_reader

    readers._check_size(len(data))
    if not data.strip():
        raise BriefingError("paste_empty")
    if html_reader.sniff_markup(data[: html_reader.SNIFF_BYTES]) == "html":
        return html_reader.read_pasted_html(html_reader.decode_html(data))
    text, encoding, notes = readers._decode(data)
    document = readers.read_pasted(text)
    return replace(document, encoding=encoding, warnings=notes + document.warnings)


def text_to_import(document: Document) -> str:
    """The text of pasted content as ``readers.read_pasted`` takes it again: with the headline
    as its first line (a web page's title is not part of its extracted text)."""
    return retitle(document.text, document.title, document.title or "")
