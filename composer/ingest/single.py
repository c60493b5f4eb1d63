"""One article per file: a web page, a WeChat article or pasted text, a department's Word file.

Such a file is read as a *head* (page furniture, the headline lines, the meta line, the
subtitle), a *body* (everything from the first paragraph on) and a *tail* (credits, the
editor, more furniture). The headline is not guessed from cohesion as on a newspaper page:
the title is the headline line printed right above the meta line (来源/发布时间…), else the
first headline group; repeats of it (pages print their title two or three times) are the
title, never body. Each printed line of web text is a paragraph. Furniture never enters the
body; the date, source and author it prints fill the article's fields (see
docs/architecture.md, "Web articles: page or article, furniture").
"""

from __future__ import annotations

import re
from dataclasses import replace

from composer.common.article import ParsedArticle
from composer.common.text import (
    INTERVIEWER_SPACE_LABEL,
    LISTED_WORD,
    SPACE_LABEL,
    SPACE_LABELS_MIN,
    drop_spaces_between_han,
    ends_sentence,
    search_fold,
)
from composer.ingest import bylines, furniture_lines, printed_dates, webpage
from composer.ingest import head_shapes as shapes
from composer.ingest.cleanup import (
    Block,
    clean_page,
    is_hard_wrapped,
    join_soft_breaks,
    read_lines,
    starts_structure,
)
from composer.ingest.pages import INTERVIEW_MIN_TURNS
from composer.ingest.web_head import REPEATED_HEADLINE_MIN_HAN, TRAILING_PIPE, HeadReader, WebArticle

# -- tuning (docs/architecture.md, "Web articles"); lengths are in characters ---------------
LONG_TITLE_MAX_CHARS = 100  # a headline right above its meta line may run this long (人民网's three-part headlines)
STOP_TITLE_MAX_CHARS = 30  # …or end with a full stop when this short and without a comma
HEAD_LINES_OVER_META = 3  # lines between the top of the text and its meta line: the headline and a few of the page's
KICKER_MAX_CHARS = 30  # a kicker ending with a colon over the headline and its byline is at most this long
QUESTION_TITLE_MAX_CHARS = 30  # a first line this short ending in ？ or ！, with text under it, is a headline
RELATED_HEADLINE_MIN_HAN = 12  # a headline-like last line this long under the text is another article's link
LEAD_DATE_CHARS = 300  # a date printed in the lead counts as the article's only when it is this near the top

_DATELINE_TITLE = re.compile(r"^\s*题\s*[:：]\s*(?P<title>[^。！？!?]{4,60})$")
# 市长某某：今年将…项目 1月27日，…: a copy that glued the headline to the lead, a space between
_GLUED_HEADLINE = re.compile(
    r"^(?P<title>[^\s。！？；][^\s。！？；]{5,58})\s+(?P<lead>\d{1,2}月\d{1,2}日[上下]?午?[，,]|本报讯|本报[^\s，。]{0,8}电)"
)
_UNNAMED_CREDIT = re.compile(r"^\s*(?:新华社|本报|中新社|人民日报|央视)?(?:记者|特约记者|通讯员)\s*$")
_LIST_MARKS = "•▪◦‣∙"  # a page rendered as a list marks its lines with these
_LEADING_BULLET = re.compile(rf"^[■□◆◇●○▲△★☆▶►※{_LIST_MARKS}]\s*")
_LEAD_SUMMARY = re.compile(  # (摘要：, 提要：: a portal's summary field, the lead copied into it)
    r"^\s*(?:导读|導讀|【导读】|【導讀】|\[导读\])\s*[:：]?|^\s*(?:内容|內容)?(?:摘要|提要)\s*[:：]")
_LIST_BULLET = re.compile(rf"^[{_LIST_MARKS}]\s*")
_ORIGINAL_MARK = re.compile(r"^\s*(?:原创|Original)\s*$", re.IGNORECASE)
_LONG_PARAGRAPH = 60  # characters: a paragraph of the text, not a line of the page's furniture
_SENTENCE_MARK = re.compile(r"[。！？；]")
# (not after a closing quotation mark: “……！” 胡志明说。 names who said it)
_FLATTENED_PARAGRAPHS = re.compile(r"(?<=[。！？])[ \u3000]+(?=[\u4e00-\u9fff“「（(0-9])")



def split_article(
    text: str, *, soft_breaks: bool = False, furniture: webpage.Furniture | None = None, more: bool = False
) -> list[WebArticle]:
    """The article of a one-article file. ``more``: articles printed after a "more
    articles" marker (往下看更多文章) become articles of their own; otherwise they are the
    page's recommendations and are left out."""
    if soft_breaks:
        text = join_soft_breaks(text)
    lines = read_lines(text)
    if furniture is None:
        furniture = webpage.find_furniture([(line.number, line.text) for line in lines])
    kinds = furniture.kinds()
    line_paragraphs = not is_hard_wrapped(read_lines(text, kinds))
    blocks = clean_page(text, furniture=kinds, line_paragraphs=line_paragraphs)
    found: list[WebArticle] = []
    for position, section in enumerate(_sections(blocks)):
        if position and not more:
            break
        article = _Reader(section, furniture, first=not position).read()
        if article is not None:
            found.append(article)
    if not found:  # nothing but furniture: keep what there is rather than lose the file
        found.append(WebArticle(ParsedArticle(body="\n".join(b.text for b in blocks if b.kind != "furniture"))))
    return found


def _sections(blocks: list[Block]) -> list[list[Block]]:
    """The blocks of the article, then of each article printed after a "more articles"
    marker. Only a marker followed by a headline and a body starts one; a list of other
    articles' titles is furniture, and text going on right after a marker is this article's."""
    starts = _article_starts(blocks)
    sections: list[list[Block]] = [[]]
    for index, block in enumerate(blocks):
        if block.furniture == "related" and starts[index + 1]:
            sections.append([])
        sections[-1].append(block)
    return sections


def _article_starts(blocks: list[Block]) -> list[bool]:
    """For each position (and the end), whether the blocks from there on start an article:
    their first content block is headline-like and some text block after it is prose. One
    pass from the end: asking at every marker re-read the rest of the file each time, which
    took minutes on a file of many related-articles lists."""
    starts = [False] * (len(blocks) + 1)
    headline = prose = False  # of the blocks from ``index`` on
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.kind != "furniture":
            headline = shapes.headline_like(block)
            prose = prose or (block.kind == "text" and shapes.is_prose(block.text))
        starts[index] = headline and prose
    return starts


class _Reader(HeadReader):
    """Reads one section's blocks as head, body and tail."""

    def __init__(self, blocks: list[Block], furniture: webpage.Furniture, *, first: bool) -> None:
        self.blocks = blocks
        self.furniture = furniture
        self.first = first
        self.article = ParsedArticle()
        self.result = WebArticle(self.article)
        self.dates: list[str] = []  # from the head's furniture and title, in printed order
        self.tail_dates: list[str] = []
        self.labelled_dates: list[str] = []  # from the head's meta lines with labels (发布时间：…)
        self.stamp_dates: list[str] = []  # a transcript's time stamps: only when nothing else prints a date
        self.drafted_dates: list[str] = []  # 成文日期: used only when nothing prints the publication date
        self.clock_dates: list[str] = []  # the site's clock (date / weekday lines): only when nothing else prints one
        self.month_days: list[str] = []  # 日期:03-20 in the head: the article's day, its year from a date printed
        self.byline_from_meta = False  # the byline is a meta line's 作者: a byline in the text wins
        self.dateline_source: str | None = None  # 新华网北京2月27日电, 据新快报消息
        self.org_source: str | None = None  # （党办） after the last paragraph
        self.outlet: str | None = None  # an outlet named in a meta line without a 来源 label
        self.window_site: str | None = None  # the site's name opening the page's window title (site - … - title)
        self.column_label: str | None = None  # 聚焦“两会”｜…: the column printed before the headline
        self.lead_line = 0  # last printed line of the first paragraph
        self.labelled_source = False  # the source is a 来源 field's value (not a site's name over the title)
        self.colon_kicker: int | None = None  # 人大首场新闻发布会： over the headline: a kicker, not the body's label

    def read(self) -> WebArticle | None:
        content = [block for block in self.blocks if block.kind != "furniture"]
        if not content:
            return None
        self._above_breadcrumb_is_page()
        self._headline_printed_twice()
        start = self._body_start()
        if start is not None and self._title_over_meta(start):
            block = self.blocks[start]
            self.blocks[start] = replace(block, kind="heading", text=_LEADING_BULLET.sub("", block.text))
            start = self._body_start()
        if start is not None and self._headline_over_meta(start):
            start = self._body_start()
        if start is not None and self._colon_kicker_at(start):
            self.colon_kicker = start
            start = self._body_start()
        if start is not None and self._question_title(start):
            self.blocks[start] = replace(self.blocks[start], kind="heading")
            start = self._body_start()
        if start is None:  # no paragraph: the first headline is the title, the rest the text
            heads = [i for i, block in enumerate(self.blocks) if block.kind != "furniture"]
            start = heads[1] if len(heads) > 1 else len(self.blocks)
        body_blocks = self._head(self.blocks[:start])
        self._body(body_blocks + self.blocks[start:])
        self._metadata()
        article = self.article
        article.first_line = min(block.first_line for block in self.blocks)
        article.last_line = max(block.last_line for block in self.blocks)
        if not article.body and not article.title:
            return None
        return self.result

    def _above_breadcrumb_is_page(self) -> None:
        """当前位置：主页 > … with a headline under it, then the text: what stands above the
        breadcrumb (the site's contact box, its slogans) is the page's, not the article's. So is
        what stands above a WeChat copy's headline, the line over its 原创 mark."""
        blocks = self.blocks
        keep_from = self._article_top()
        for i in range(keep_from or 0):
            if blocks[i].kind != "furniture":
                blocks[i] = replace(blocks[i], kind="furniture", furniture="nav")
        if keep_from is not None and _ORIGINAL_MARK.match(blocks[keep_from + 1].text):
            blocks[keep_from] = replace(blocks[keep_from], kind="heading")  # the headline over 原创

    def _headline_printed_twice(self) -> None:
        """A short line printed twice in a row above the first long paragraph (…疫情結束？ / …疫情結束？): the
        headline, over the article and again as its first line, whatever its shape."""
        blocks = self.blocks
        lines = [i for i, b in enumerate(blocks) if b.kind in ("text", "heading")]
        for first, second in zip(lines, lines[1:]):
            text = blocks[first].text.strip()
            if len(text) > _LONG_PARAGRAPH:
                return
            if text == blocks[second].text.strip() and shapes.han_count(text) >= REPEATED_HEADLINE_MIN_HAN \
                    and not text.endswith("。") and bylines.split_web_byline(text) is None:
                for i in (first, second):
                    blocks[i] = replace(blocks[i], kind="heading")
                return

    def _article_top(self) -> int | None:
        """The breadcrumb over the headline, or the headline over 原创 (before the first long paragraph)."""
        blocks = self.blocks
        text_at = next((i for i, b in enumerate(blocks) if b.kind == "text" and len(b.text) > _LONG_PARAGRAPH),
                       len(blocks))
        for i, block in enumerate(blocks[:text_at]):
            if block.kind == "furniture" and block.furniture == "nav" \
                    and text_at < len(blocks) and furniture_lines.BREADCRUMB.search(search_fold(block.text)) \
                    and any(b.kind != "furniture" and shapes.headline_like(b) for b in blocks[i + 1 : text_at]):
                return i
        mark = next((i for i, b in enumerate(blocks[:text_at]) if _ORIGINAL_MARK.match(b.text)), None)
        if mark and blocks[mark - 1].kind != "furniture":
            return mark - 1
        return None

    def _body_start(self) -> int | None:
        """The first block that opens the body (asked again after a head line was re-read as a headline)."""
        return next((i for i, block in enumerate(self.blocks) if shapes.body_like(block) and i != self.colon_kicker),
                    None)

    def _colon_kicker_at(self, start: int) -> bool:
        """人大首场新闻发布会： / 发言人与记者畅所欲言 / 本报记者 王某: a kicker ending with a colon over the headline
        and its byline (an e-paper's article view), no label opening the text."""
        text = self.blocks[start].text.strip()
        following = [block for block in self.blocks[start + 1 :] if block.kind != "furniture"][:2]
        return (
            text.endswith(("：", ":"))
            and len(text) <= KICKER_MAX_CHARS
            and not _SENTENCE_MARK.search(text)
            and len(following) == 2
            and shapes.headline_like(following[0])
            and (bylines.author_line(following[1].text) is not None or bool(_UNNAMED_CREDIT.match(following[1].text)))
        )

    def _title_over_meta(self, start: int) -> bool:
        """The first line of the file, right above its meta line, read as a paragraph only for its
        shape: a headline too long for a headline line (…强调 坚持… 扎实推进… 不断提升…), one ending
        with a full stop (云湖区：多措并举推进城市更新。), one after a bullet (■区委书记…)."""
        block = self.blocks[start]
        text = block.text.strip()
        following = self.blocks[start + 1] if start + 1 < len(self.blocks) else None
        if block.kind != "text" or following is None or following.furniture != "meta" \
                or not all(b.kind == "furniture" for b in self.blocks[:start]):
            return False
        bare = _LEADING_BULLET.sub("", text)
        if len(bare) > shapes.TITLE_MAX_CHARS:
            return len(bare) <= LONG_TITLE_MAX_CHARS and not _SENTENCE_MARK.search(bare) and "，" not in bare
        if bare.endswith("。"):
            return len(bare) <= STOP_TITLE_MAX_CHARS and not _SENTENCE_MARK.search(bare[:-1]) and "，" not in bare
        return bare != text and len(bare) >= 4 and not ends_sentence(bare)

    def _headline_over_meta(self, start: int) -> bool:
        """The line right above the meta line (发布时间：… 来源：…) near the top is the headline whatever its
        shape (…征集问题和建议！, 周凯：今天…的！) — and the few short lines above it are the page's own
        (★全国文明县城 ★国家卫生城市, a menu left over), never the start of the text. Both become head lines."""
        blocks = self.blocks
        meta = next((i for i in range(start + 1, min(len(blocks), start + HEAD_LINES_OVER_META + 2))
                     if blocks[i].furniture == "meta"), None)
        if meta is None or blocks[meta - 1].kind not in ("text", "heading") or meta - 1 == start \
                and blocks[start].kind == "heading":
            return False
        lines = [i for i in range(start, meta) if blocks[i].kind != "furniture"]
        if len(lines) > HEAD_LINES_OVER_META or not all(blocks[i].kind in ("text", "heading") for i in lines):
            return False
        headline = blocks[meta - 1].text.strip()
        if len(headline) > LONG_TITLE_MAX_CHARS or "。" in headline[:-1] or bylines.split_web_byline(headline):
            return False
        if headline.endswith("。") and (len(headline) > STOP_TITLE_MAX_CHARS or "，" in headline):
            return False
        if any(len(blocks[i].text) > shapes.TITLE_MAX_CHARS or "。" in blocks[i].text for i in lines[:-1]):
            return False
        for i in lines:
            self.blocks[i] = replace(blocks[i], kind="heading", text=_LEADING_BULLET.sub("", blocks[i].text))
        return True

    def _question_title(self, start: int) -> bool:
        """A headline that asks or exclaims (…有何深意？ …来了！), printed first, with text under it."""
        block = self.blocks[start]
        text = block.text
        first = all(b.kind == "furniture" for b in self.blocks[:start])
        return (
            first
            and block.kind == "text"
            and len(text) <= QUESTION_TITLE_MAX_CHARS
            and text.rstrip("”’\"'")[-1:] in "？！?!"
            and not starts_structure(text)
            and bylines.split_web_byline(text) is None
            and any(shapes.body_like(b) for b in self.blocks[start + 1 :])
        )

    # -- the body ----------------------------------------------------------------------
    def _body(self, blocks: list[Block]) -> None:
        article = self.article
        paragraphs: list[str] = []
        last_text = max((i for i, block in enumerate(blocks) if block.kind in ("text", "heading")), default=-1)
        subheads = shapes.subheads(blocks)
        # 记者 您今年… / 陈芳 我建议…: an interview's labels set off by a space (bold on the page, lost in the
        # copy) keep it, or they would run into the turn and no longer tell who speaks
        space_labels = sum(1 for block in blocks if INTERVIEWER_SPACE_LABEL.match(block.text)) >= SPACE_LABELS_MIN
        for index, block in enumerate(blocks):
            if block.kind == "furniture":
                self._take_furniture(block, head=False)
                continue
            text = TRAILING_PIPE.sub("", block.text)
            if block.kind == "caption":
                article.captions.append(text)
                for name in block.names:
                    if name not in article.photographers:
                        article.photographers.append(name)
                continue
            if block.kind in ("credit", "source"):
                self._credit(text, block.kind)
                continue
            if block.kind == "jump":
                continue
            if paragraphs and article.title and text.strip() == article.title.strip() and index != last_text:
                continue  # the headline again between paragraphs (a picture's alt text): no paragraph of the text
            if paragraphs and article.kicker and text.strip() == article.kicker.strip() and block.kind == "heading":
                continue  # 某某街道, who sent it, printed again under the text
            opening_credit = not paragraphs and (bylines.author_line(text) or _UNNAMED_CREDIT.match(text))
            if index in subheads and not opening_credit:  # (新华社记者 张伟, 新华社记者 opening the text: a byline)
                article.subheads.append(text)
                paragraphs.append(text)
                continue
            if not paragraphs and _LEAD_SUMMARY.match(text) and index < last_text:
                continue  # 导读：… over the text: the editor's summary of what follows, no paragraph of it
            if not paragraphs:
                text = _LIST_BULLET.sub("", text)  # • 7月2日，…: a page rendered as a list marks its lines
                text = self._strip_title_repeat(text)
                text = self._lead_byline(text)
                text = self._title_after_dateline(text)
                text = self._title_glued_to_lead(text)
            if index == last_text:
                text = self._trailing_credit(text)
                credit = bylines.author_line(text) if paragraphs else None
                if credit is not None:  # 记者：张华 刘洋, on its own line under the text: the byline
                    if self._byline_weak():
                        self._byline_from_text(credit)
                    self.org_source = self.org_source or credit.source  # 县融媒体中心记者：… names its outlet
                    continue
                if block.kind == "heading" and paragraphs and ends_sentence(paragraphs[-1]) \
                        and shapes.han_count(text) >= RELATED_HEADLINE_MIN_HAN:
                    continue  # a headline under the text's last paragraph: the next article's link, no part of it
            label = SPACE_LABEL.match(text) if space_labels else None
            if label and LISTED_WORD.match(text, label.end()):
                label = None  # (陈芳 王静 李强参加: names set off by spaces, no label)
            if label is None:  # 。 then a space inside a line: paragraphs a copy flattened into one, each its own again
                pieces = [drop_spaces_between_han(piece, keep_name_lists=True)
                          for piece in _FLATTENED_PARAGRAPHS.split(text)]
            else:
                rest = drop_spaces_between_han(text[label.end() :], keep_name_lists=True)
                pieces = [label.group("label") + " " + rest]
            for piece in pieces:
                if piece:
                    if not paragraphs:
                        self.lead_line = block.last_line
                    paragraphs.append(piece)
        if not paragraphs:  # a photo story: every paragraph is a picture's caption, and the captions are its text
            paragraphs = [caption for caption in article.captions if _SENTENCE_MARK.search(caption)]
            article.captions = [caption for caption in article.captions if caption not in paragraphs]
        article.body = "\n".join(paragraphs)
        first = next((p for p in paragraphs if p not in article.subheads), "")
        article.event_date = bylines.event_date(first)
        if bylines.count_turns(paragraphs) >= INTERVIEW_MIN_TURNS:
            article.kind = "interview"

    def _strip_title_repeat(self, text: str) -> str:
        """A title printed again at the start of the first paragraph, set off by a space."""
        title = self.article.title
        while title:
            head, space, rest = text.partition(" ")
            if not space or not rest or len(head) > 2 * len(title) or not shapes.same_headline(head, title):
                return text
            text = rest.lstrip()
        return text

    def _title_after_dateline(self, text: str) -> str:
        """新华社北京8月1日电 题：让城市更宜居——…: a wire feature prints its headline after the
        dateline; with no headline line above, that is the title (and the line is no body)."""
        match = _DATELINE_TITLE.match(text)
        if match is None:
            return text
        if self.article.title:  # the headline over the page printed again after the dateline
            return "" if shapes.same_headline(match.group("title").strip(), self.article.title) else text
        self.article.title = match.group("title").strip()
        return ""

    def _title_glued_to_lead(self, text: str) -> str:
        """With no headline found, a first line that is a headline, a space, then the lead's date."""
        match = _GLUED_HEADLINE.match(text)
        if self.article.title or match is None or match.group("title")[-1] in "，,：:":
            return text
        self.article.title = match.group("title")
        return text[match.start("lead") :]

    def _lead_byline(self, text: str) -> str:
        if _UNNAMED_CREDIT.match(text):  # 新华社记者, alone under a wire feature's dateline: a credit naming nobody
            if self.article.byline is None:
                self.article.byline = text.strip()
            return ""
        byline = bylines.split_web_byline(text)
        if byline is None:
            credit = bylines.author_line(text)
            if credit is not None and self._byline_weak():
                self.article.byline, self.article.reporters = credit.printed, credit.reporters
                self.dateline_source = self.dateline_source or credit.source
                return ""
            return text
        if byline.printed and (self.article.byline is None or self.byline_from_meta or byline.reporters):
            self._byline_from_text(byline)
        if byline.source:
            self.dateline_source = byline.source
        return byline.rest

    def _trailing_credit(self, text: str) -> str:
        edited = bylines.trailing_editor(text)
        if edited is not None:
            editor, text = edited
            if editor not in self.result.editors:
                self.result.editors.append(editor)
        credit = bylines.trailing_credit(text)
        if credit is None:
            return text
        if credit.source:
            self.org_source = credit.source
        elif self._byline_weak():
            self._byline_from_text(credit)
        return credit.rest

    def _byline_from_text(self, credit: bylines.Byline) -> None:
        """A credit printed in the text is the byline (and one read from a meta line no longer wins)."""
        self.article.byline, self.article.reporters = credit.printed, credit.reporters
        self.byline_from_meta = False

    def _byline_weak(self) -> bool:
        """No byline yet, or one that names nobody (a bare 本报讯, a CMS user name)."""
        return self.article.byline is None or self.byline_from_meta or not self.article.reporters

    def _credit(self, text: str, kind: str) -> None:
        article = self.article
        if kind == "source":
            from composer.ingest.cleanup import source_name

            name = source_name(text)
            if name and self.result.source is None:
                self.result.source = name
            if article.byline is None:
                article.byline = text
            return
        credit = bylines.trailing_credit(text)
        if credit is not None and credit.source:  # （区公安分局） on its own line: the office that sent it
            self.org_source = self.org_source or credit.source
            return
        if credit is not None and self._byline_weak():  # (（征求意见稿） alone on a line credits nobody)
            article.byline = text
            article.reporters = credit.reporters
            self.byline_from_meta = False

    # -- metadata ------------------------------------------------------------------------
    def _metadata(self) -> None:
        result = self.result
        # 发布时间：2016-03-03 under the headline over the site's clock (2024年11月22日 星期五) above it
        dates = (self.labelled_dates or self.dates or self.tail_dates or self.clock_dates or self.drafted_dates
                 or self.stamp_dates)
        undated_day = self.month_days[0] if self.month_days and not self.labelled_dates else None
        if dates and undated_day:  # 日期:03-20 under an e-paper reader's clock (2026-03-22): 2026-03-20
            result.published = printed_dates.in_year_of(undated_day, dates[0]) or dates[0]
        elif dates:
            result.published = dates[0]
        else:  # no date line: a full date printed in the head or the lead paragraph
            lead = "\n".join(
                block.text
                for block in self.blocks
                if block.kind != "furniture" and (not self.lead_line or block.first_line <= self.lead_line)
            )
            found = printed_dates.full_date(lead[:LEAD_DATE_CHARS], events_only=True)
            result.published = found[0] if found else None
        result.source = (
            result.source
            or self.dateline_source
            or self.window_site
            or self.outlet
            or (self.furniture.site if self.first else None)
            or self.org_source
        )
        self.article.printed_source = result.source


