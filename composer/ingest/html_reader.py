"""Web pages: saved pages (.html/.htm), MIME web archives (.mht/.mhtml, and the .doc files OA
systems write that way), pasted HTML — read into a :class:`~composer.ingest.readers.Document`.

trafilatura extracts the main text, after the elements a browser would not show are
dropped (``hidden``, ``display: none``, ``visibility: hidden``, Word's ``mso-hide: all``,
simple rules of the page's own ``<style>``). Of its metadata, the title and the site name
are used; a date only from its non-extensive search (meta tags, structured data, labelled
dates): the extensive one took ``© 2023`` for 2023-01-01 and completed ``2025年09月01日``
to 2025-01-01. Government sites declare ``ArticleTitle``, ``PubDate``, ``ContentSource`` and
``SiteName`` meta tags (政府网站 page metadata); those come first, then the 来源 and date
printed under the headline. Nothing is fetched: the page is parsed from its bytes, and its
images, style sheets and links are never followed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.common.dates import plausible_iso
from composer.common.messages import BriefingError
from composer.ingest import pasted
from composer.ingest.limits import check_budget, check_budget_now
from composer.ingest.readers import (
    _BOMS,
    Document,
    _decode,
    _decode_bom,
    _from_blocks,
    _read_bytes,
    _reason,
    _strict,
)

if TYPE_CHECKING:
    from trafilatura.settings import Document as WebPage

# Files that are often something else than their name says: a web page or a MIME web
# archive saved as .doc by an OA system, a page's source saved as .txt, an .html that is MHT.
SNIFFED_SUFFIXES = {".txt", ".doc", ".docx", ".html", ".htm", ".mht", ".mhtml"}
SNIFF_BYTES = 4096
_MIME_HEAD = re.compile(r"(?:[A-Za-z][\w-]*[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*)*?MIME-Version[ \t]*:", re.I)
_MARKUP_NOISE = re.compile(r"(?:\s+|<\?xml[^>]*\?>|<!--.*?-->)*", re.S)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.I)


def sniff_markup(head: bytes) -> str | None:
    """``"html"`` when the bytes start a web page, ``"mime"`` for a MIME web archive, else None."""
    for bom, _, codec in _BOMS:
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, "ignore")
            break
    else:  # ASCII markers: UTF-16 without a BOM reads the same once its NULs are gone
        text = head.replace(b"\x00", b"").decode("latin-1")
    text = text.replace("\r\n", "\n")
    if _MIME_HEAD.match(text):
        return "mime"
    start = _MARKUP_NOISE.match(text)
    return "html" if _HTML_START.match(text, start.end() if start else 0) else None


# -- web pages ----------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_GB_ALIASES = {"gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "csgb2312", "gb18030"}
_HTML_BLOCK_TAGS = {"p", "head", "quote", "code", "list", "item", "table", "row", "cell", "div"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.I)  # a site name that is only a host name
# Hidden by its own attributes: hidden, style="display: none", visibility: hidden, Word's mso-hide.
_HIDDEN_STYLE = re.compile(
    r"(?<![\w-])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|mso-hide\s*:\s*all)", re.I
)
_CSS_BRACE = re.compile(r"[{}]")
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)  # an unclosed comment runs to the end, as in a browser
MAX_HIDING_RULES = 200  # rules that hide something, looked up in the page each (a page has a handful)
_CSS_SIMPLE = re.compile(r"^([a-z][a-z0-9]*)?(?:\.([\w-]+)|#([\w-]+))$", re.I)
# Blocks of a page read as lines when looking for the 来源 and date printed under the headline.
_PAGE_LINE_TAGS = {"p", "div", "span", "td", "li", "em", "font", "section", "header", *(f"h{n}" for n in range(1, 7))}


def read_html(p: Path) -> Document:
    return html_document(decode_html(_read_bytes(p)), "html")


def read_pasted_html(html: str) -> Document:
    """HTML pasted by the user (the clipboard's text/html), read like a saved web page."""
    if not html.strip():
        raise BriefingError("paste_empty")
    try:
        return html_document(html, "paste")
    except BriefingError:
        raise
    except Exception as exc:
        raise BriefingError("html_failed", reason=_reason(exc)) from exc


def read_mht(p: Path) -> Document:
    """A MIME web archive (.mht, or a .doc an OA system wrote): its first text/html part."""
    import email
    import email.policy

    message = email.message_from_bytes(_read_bytes(p), policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)  # quoted-printable or base64 undone
            if isinstance(payload, bytes) and payload.strip():
                return html_document(decode_html(payload, part.get_content_charset()), "html")
    raise BriefingError("html_no_text")


def html_document(markup: str, fmt: str) -> Document:
    """Main text and metadata of a web page. Hidden elements are dropped first; the date is
    one the page declares (meta tags, structured data, a labelled date) or prints under its
    headline, never one guessed from a copyright line or completed from a bare year."""
    markup = _XML_DECLARATION.sub("", markup)
    try:
        import trafilatura
        from trafilatura.settings import set_date_params

        tree = _visible_tree(markup)
        if tree is None:
            raise BriefingError("html_no_text")

        def extract(favor_recall: bool) -> WebPage | None:
            found = trafilatura.bare_extraction(
                copy.deepcopy(tree), with_metadata=True, include_comments=False, include_tables=True,
                favor_recall=favor_recall, date_extraction_params=set_date_params(extensive=False),
            )  # fmt: skip
            return None if isinstance(found, dict) else found  # a dict only when asked for one (as_dict)

        check_budget_now()
        result = extract(favor_recall=False)
        if result is None or result.body is None or not (result.text or "").strip():
            check_budget_now()
            result = extract(favor_recall=True)
        check_budget_now()
    except BriefingError:
        raise
    except Exception as exc:
        raise BriefingError("html_failed", reason=_reason(exc)) from exc
    if result is None or result.body is None:
        raise BriefingError("html_no_text")
    document = _from_blocks(_html_blocks(result.body), fmt, "html_no_text")
    head = pasted.read_head(document.text)  # a 来源/date line the extractor kept as text
    meta = _meta_names(tree)
    title = _one_line(meta.get("articletitle")) or _one_line(result.title)
    printed = _printed_under(tree, title)
    date = result.date if _ISO_DATE.match(result.date or "") else None
    site = _one_line(meta.get("sitename")) or _one_line(result.sitename)
    return replace(
        document,
        title=title,
        published=pasted.read_date(meta.get("pubdate") or "") or plausible_iso(date) or printed.published
        or head.published,
        source=(_one_line(meta.get("contentsource")) or printed.source or head.source
                or (site if site and not _DOMAIN.match(site) else None)),
    )  # fmt: skip


def _one_line(value: str | None) -> str | None:
    return " ".join((value or "").split()) or None


def _visible_tree(markup: str) -> Any:
    """The page parsed (an lxml tree), without what a browser would not show; None when
    there is nothing to parse."""
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None and markup.strip():  # a bare fragment (pasted HTML) it takes for not-quite-HTML
        tree = load_html(f"<html><body><div>{markup}</div></body></html>")
    if tree is None:
        return None
    check_budget_now()
    hidden = [el for el in tree.iter() if isinstance(el.tag, str) and _is_hidden(el)]
    hidden += _hidden_by_stylesheet(tree)
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()  # its tail (the text after it) stays
    return tree


def _is_hidden(element: Any) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _hidden_by_stylesheet(tree: Any) -> list[Any]:
    """Elements a page's own <style> hides with a simple rule (``.hide { display: none }``)."""
    found: list[Any] = []
    hiding = [
        selectors
        for style in tree.iter("style")
        for selectors, body in _css_rules(_CSS_COMMENT.sub("", style.text or ""))
        if _HIDDEN_STYLE.search(body)
    ]
    for selectors in hiding[:MAX_HIDING_RULES]:
        check_budget()
        for selector in selectors.split(","):
            match = _CSS_SIMPLE.match(selector.strip())
            if match:
                tag, cls, ident = match.groups()
                test = (f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')" if cls
                        else f"@id='{ident}'")  # fmt: skip
                found += tree.xpath(f"//{(tag or '*').lower()}[{test}]")
    return found


def _css_rules(sheet: str) -> Iterator[tuple[str, str]]:
    """(selectors, declarations) of a style sheet's rules, in one pass over its braces: the
    rules inside an @-block (``@media print { … }``) are not the screen's and are skipped.
    (Regular expressions for this backtracked quadratically on a long sheet without braces.)"""
    depth = 0
    mark = 0  # where the text being read began: a rule's selectors, or its declarations
    selectors = ""
    for brace in _CSS_BRACE.finditer(sheet):
        if brace.group() == "{":
            if depth == 0:
                selectors = sheet[mark : brace.start()].rpartition(";")[2]  # after any @import …;
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and selectors.strip() and not selectors.lstrip().startswith("@"):
                yield selectors, sheet[mark : brace.start()]
        mark = brace.end()


def _meta_names(tree: Any) -> dict[str, str]:
    """``<meta name=… content=…>`` by lower-case name: Chinese government sites declare
    ArticleTitle, PubDate, ContentSource and SiteName (政府网站 page metadata)."""
    names: dict[str, str] = {}
    for meta in tree.iter("meta"):
        name, content = (meta.get("name") or "").strip().lower(), (meta.get("content") or "").strip()
        if name and content:
            names.setdefault(name, content)
    return names


def _printed_under(tree: Any, title: str | None) -> pasted.Hints:
    """来源 and date printed in the lines under the page's headline (``2025年09月01日 来源：北京日报``)."""
    if not title:
        return pasted.Hints()
    body = tree.find("body")
    if body is None:
        return pasted.Hints()
    lines: list[str] = []
    for element in body.iter(*_PAGE_LINE_TAGS):
        if not any(isinstance(c.tag, str) and c.tag in _PAGE_LINE_TAGS for c in element.iterdescendants()):
            line = " ".join(element.text_content().split())
            if line:
                lines.append(line)
    key = "".join(title.split())
    starts = [i for i, line in enumerate(lines) if "".join(line.split()) == key]
    if not starts:
        return pasted.Hints()
    source = published = None
    for line in lines[starts[0] + 1 : starts[0] + 1 + pasted.HEAD_LINES]:
        if pasted.is_metadata_line(line):
            source = source or pasted.read_source(line)
            published = published or pasted.read_date(line)
    return pasted.Hints(source=source, published=published)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """BOM, then valid UTF-8 (pages re-saved as UTF-8 often keep their old declaration),
    then the charset of the MIME part, then the page's own <meta charset> (trafilatura 2.3
    ignores it and guesses), then the .txt detector."""
    bom = _decode_bom(data)
    if bom is not None:
        return bom[0]
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    match = _META_CHARSET.search(data[:8192])
    for name in (declared, match.group(1).decode("ascii", "replace") if match else None):
        if name:
            codec = "gb18030" if name.lower() in _GB_ALIASES else name.lower()
            text = None if codec.startswith("utf-16") else _strict(data, codec)
            if text is not None:
                return text
    return _decode(data)[0]


def _html_blocks(element: Any) -> Iterator[str]:
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments, processing instructions
        if any(isinstance(c.tag, str) and c.tag in _HTML_BLOCK_TAGS for c in child):
            yield from _html_blocks(child)
        elif child.tag != "graphic":
            yield _html_inline(child)


def _html_inline(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _html_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
