"""Page or article: how a file's text is cut into articles.

A file holds one article (a web page, a WeChat article copied as text, pasted text, a
department's Word file) or a newspaper page of several (an e-paper page, a PDF page). The
user may say which (``ImportOptions(layout="page" | "article")``); by default ("auto") it
is decided per file, from what the text prints:

* two or more bylines opening paragraphs (本报讯…, 新华社…电) — a newspaper page, also when
  an e-paper's web view printed its navigation around it; a bulletin's masthead over its issue
  with two or more one-line headlines between paragraphs — a page of its items;
* otherwise, furniture only web pages print (a dated meta line 来源/发布时间, breadcrumbs,
  share widgets, a footer, a related-articles list) — one web article: its subheads and
  picture captions are not article starts;
* otherwise, headline groups that start articles between paragraphs (a headline with its
  subtitle, or a headline right above a byline), counted with the bylines, two or more —
  a page; anything less is one article.

See docs/architecture.md, "Web articles: page or article, furniture".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from composer.common.article import ParsedArticle
from composer.common.text import ends_sentence
from composer.ingest import bylines, webpage
from composer.ingest.cleanup import (
    BYLINE_START,
    NUMBERED_HEAD,
    Block,
    Line,
    clean_lines,
    is_hard_wrapped,
    join_soft_breaks,
    mark_furniture,
    read_lines,
)
from composer.ingest.pages import page_blocks, split_blocks
from composer.ingest.single import split_article

LAYOUTS = ("auto", "page", "article")
PAGE_MIN_STARTS = 2  # bylines and article-starting headline groups that make a page of several articles
OPENING_PROSE_MIN_CHARS = 60  # a paragraph of text, not a headline that ends with a full stop
_ITEM_NUMBER = re.compile(rf"^\s*(?:{NUMBERED_HEAD}|\d{{1,2}}\s*[、.．])\s*")
BULLETIN_HEADLINE_MAX_CHARS = 40  # an item's headline in a bulletin (a longer open line is prose)
HEADLINE_GROUP_MIN_LINES = 2  # a title with its subtitle (or kicker) starts an article; one line may be a subhead


@dataclass
class SplitText:
    """A file's articles and how they were cut."""

    layout: str  # "page" or "article": what was decided (or asked for)
    articles: list[ParsedArticle] = field(default_factory=list)
    dates: list[str | None] = field(default_factory=list)  # per article: the date its page prints
    source: str | None = None  # a one-article file: the site or outlet it prints


def split_text(text: str, *, soft_breaks: bool = False, layout: str = "auto") -> SplitText:
    """Cut a file's text into articles, as a page or as one article (``layout``)."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}, not {layout!r}")
    if soft_breaks:
        text = join_soft_breaks(text)
    lines = read_lines(text)
    pairs = [(line.number, line.text) for line in lines]
    if layout == "page" or layout == "auto" and bylines_opening(lines) >= PAGE_MIN_STARTS:
        return _as_page(page_blocks(text, lines=lines))  # rule 1: no need to look further
    furniture = webpage.find_furniture(pairs)
    if layout == "auto":
        items = _bulletin_items(lines, furniture) if furniture.bulletin else None
        if items is not None and article_headlines(items, one_line=True) >= PAGE_MIN_STARTS:
            return _as_bulletin(items, furniture)  # a bulletin's items, each under a one-line headline
        blocks = page_blocks(text, lines=lines, furniture=furniture)
        if decide(blocks, furniture, lines) == "page":
            return _as_page(blocks)
    found = split_article(text, furniture=furniture, more=layout == "auto")
    return SplitText(
        "article",
        [item.article for item in found],
        [item.published for item in found],
        found[0].source if found else None,
    )


def bylines_opening(lines: list[Line]) -> int:
    """Printed lines that open with a byline: 本报讯, 新华社…电 (a byline always begins a line)."""
    return sum(1 for line in lines if BYLINE_START.match(line.text))


def _bulletin_items(lines: list[Line], furniture: webpage.Furniture) -> list[Block]:
    """A bulletin's blocks: its masthead, issue, office and date line and its distribution are furniture
    wherever they stand; a line is a paragraph unless the text is hard-wrapped."""
    marked = mark_furniture(lines, furniture.kinds())
    blocks = clean_lines(marked, line_paragraphs=not is_hard_wrapped(marked))
    # 一、东关街道老旧小区改造全面开工: a short open line over a paragraph heads an item, numbered or not
    return [replace(block, kind="heading") if block.kind == "text" and _item_headline(block.text)
            and index + 1 < len(blocks) and blocks[index + 1].kind == "text" else block
            for index, block in enumerate(blocks)]


def _item_headline(text: str) -> bool:
    return len(text) <= BULLETIN_HEADLINE_MAX_CHARS and not ends_sentence(text) and not text.endswith(("：", ":"))


def _as_bulletin(items: list[Block], furniture: webpage.Furniture) -> SplitText:
    """A bulletin's items as articles; the office and date it prints are every item's."""
    articles = split_blocks(items)
    printed = sorted(furniture.lines.values(), key=lambda line: line.number)
    date = next((line.date for line in printed if line.date), None)
    source = next((line.source or line.outlet for line in printed if line.source or line.outlet), None)
    for article in articles:
        article.printed_source = article.printed_source or source
        article.title = _ITEM_NUMBER.sub("", article.title)  # 一、…: the item's place in this issue, not its headline
    return SplitText("page", articles, [date] * len(articles), source)


def _as_page(blocks: list[Block]) -> SplitText:
    articles = split_blocks(blocks)
    return SplitText("page", articles, [None] * len(articles))


def decide(blocks: list[Block], furniture: webpage.Furniture, lines: list[Line]) -> str:
    """"page" or "article" for a text of unknown layout (the rule in the module docstring)."""
    starts = bylines_opening(lines)
    if starts >= PAGE_MIN_STARTS:
        return "page"
    if furniture.web_signals():
        return "article"
    # 为基层减负，是…。 then 强化制度刚性 / 筑牢基层减负堤坝 and more: a text copied without its head, under two-line
    # subheads — one more headline group is needed before it is a page
    needed = PAGE_MIN_STARTS + (not starts and _opens_with_prose(blocks))
    return "page" if starts + article_headlines(blocks) >= needed else "article"


def _opens_with_prose(blocks: list[Block]) -> bool:
    first = next((block for block in blocks if block.kind != "furniture"), None)
    return first is not None and first.kind == "text" and ends_sentence(first.text) \
        and len(first.text) >= OPENING_PROSE_MIN_CHARS


def article_headlines(blocks: list[Block], *, one_line: bool = False) -> int:
    """Headline groups printed between paragraphs that start an article: two or more
    headline lines (title and subtitle), or a headline right above a byline. A single line
    between paragraphs is as often a subhead; those are not counted."""
    found = 0
    prose_before = False
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != "heading":
            if block.kind == "text" and ends_sentence(block.text):
                prose_before = True
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].kind in ("heading", "caption", "furniture"):
            end += 1
        lines = sum(1 for b in blocks[index:end] if b.kind == "heading")
        following = blocks[end] if end < len(blocks) else None
        opens_story = following is not None and following.kind == "text"
        bylined = opens_story and following is not None and bylines.split_byline(following.text) is not None
        if opens_story and (one_line or prose_before and (lines >= HEADLINE_GROUP_MIN_LINES or bylined)):
            found += 1
        index = end
    return found
