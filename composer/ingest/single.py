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
from dataclasses import dataclass, field, replace

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
from composer.ingest.pages import INTERVIEW_MIN_TURNS, assign_headlines

# -- tuning (docs/architecture.md, "Web articles"); lengths are in characters ---------------
LONG_TITLE_MAX_CHARS = 100  # a headline right above its meta line may run this long (人民网's three-part headlines)
STOP_TITLE_MAX_CHARS = 30  # …or end with a full stop when this short and without a comma
HEAD_LINES_OVER_META = 3  # lines between the top of the text and its meta line: the headline and a few of the page's
QUESTION_TITLE_MAX_CHARS = 30  # a first line this short ending in ？ or ！, with text under it, is a headline
KICKER_OVER_TITLE_MIN_CHARS = 6  # the first of three headline lines longer than a column's name is their kicker
ACCOUNT_MAX_CHARS = 12  # 云湖发布, 云湖区融媒体中心: an account's name over the date line of its post
LEAD_DATE_CHARS = 300  # a date printed in the lead counts as the article's only when it is this near the top

_SEO_SUFFIX = re.compile(r"\s*[|｜_]\s*[^|｜_]{2,40}$")
# 标题 - 某某区人民政府: a browser's window title, the site's name after a spaced dash
_DASHED_SITE = re.compile(r"(?:\s+[-–—]{1,2}\s+|(?<=[\u4e00-\u9fff）”》])[-–])(?P<site>[^-–—\d]{2,30})$")
# 标题——某某区人民政府网站: unspaced, a dash pair more often sets off a subtitle (——云湖区接诉即办工作纪实): a
# site only when the words end as sites' names end
_PAIRED_DASH_SITE = re.compile(
    r"(?<=[\u4e00-\u9fff）”》])——(?P<site>(?![记访致写])[\u4e00-\u9fff]{2,20}(?:网站|网|政府|发布|客户端))$"
)
_SITE_ENDINGS = "网站|网|发布|融媒|日报|晚报|新闻|政府|频道|客户端|官网|门户|中心|在线|之声"
_SITE_WORD = re.compile(rf"{_SITE_ENDINGS}|号$")
# …after a spaced dash the words must end as a site's name ends (标题 —— 送去党和政府的温暖 is a subtitle)
_SITE_END = re.compile(rf"(?:{_SITE_ENDINGS}|号)$")
# 标题：…, and a 政务公开 table's 名称：… (称：… where a copy lost the label's first character)
_TITLE_LABEL = re.compile(r"^\s*(?:标题|题目|文章标题|主题|名称|信息名称|文件名称|称)\s*[:：]\s*(?=\S)")
_BRACKETED_COLUMN = re.compile(r"^\s*[【\[]\s*(?P<column>[^】\]]{2,8}?)\s*[】\]]\s*(?P<title>\S.*)$")
_HOME_FIRST = sorted(furniture_lines.HOME_WORDS, key=len, reverse=True)
_CRUMB_START = re.compile(r"^\s*(?:" + "|".join(_HOME_FIRST) + r")\s*[|｜]")
# 【视频】, 图文｜: the kind of page, printed where a column's name would be
_MEDIA_TAG = re.compile(r"^\s*(?:视频|图文|组图|图片|图集|音频|直播|海报|长图|微视频|短视频|H5|h5|VR|vr|动画|专题)\s*$")
COLUMN_LABEL_MAX_HAN = 8  # 聚焦“两会”, 奋进新征程, 基层治理面面观: a column's name before ｜
_DATE_SUFFIX = re.compile(  # 区委书记曹立强赴商业集团调研 ( 2020年03月23日 )
    r"\s*[(（]?\s*(?:19|20)\d{2}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?\s*$"
)
_DATE_PREFIX = re.compile(  # 2021-01-06 县委书记…, [2021-01-07] 县长…: a list view's date before the headline
    r"^\s*[\[【(（]?\s*(?:19|20)\d{2}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s*[\]】)）]?\s+"
)
_DATELINE_TITLE = re.compile(r"^\s*题\s*[:：]\s*(?P<title>[^。！？!?]{4,60})$")
# 市长某某：今年将…项目 1月27日，…: a copy that glued the headline to the lead, a space between
_GLUED_HEADLINE = re.compile(
    r"^(?P<title>[^\s。！？；][^\s。！？；]{5,58})\s+(?P<lead>\d{1,2}月\d{1,2}日[上下]?午?[，,]|本报讯|本报[^\s，。]{0,8}电)"
)
# 第一章 总则, 一、问题的提出: the text's first section opens under the title (no subtitle)
_CHAPTER = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节编部分]|[一二三四五六七八九十]{1,3}、)")
_LONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_UNNAMED_CREDIT = re.compile(r"^\s*(?:新华社|本报|中新社|人民日报|央视)?(?:记者|特约记者|通讯员)\s*$")
_LIST_MARKS = "•▪◦‣∙"  # a page rendered as a list marks its lines with these
_LEADING_BULLET = re.compile(rf"^[■□◆◇●○▲△★☆▶►※{_LIST_MARKS}]\s*")
_PLACE_OR_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:省|市|县|区|镇|乡|街道|社区|村|局|委|办|厅|政府|党委|党工委)$")
_LEAD_SUMMARY = re.compile(r"^\s*(?:导读|導讀|【导读】|【導讀】|\[导读\])\s*[:：]?")
_LIST_BULLET = re.compile(rf"^[{_LIST_MARKS}]\s*")
_ORIGINAL_MARK = re.compile(r"^\s*(?:原创|Original)\s*$", re.IGNORECASE)
_LONG_PARAGRAPH = 60  # characters: a paragraph of the text, not a line of the page's furniture
_SENTENCE_MARK = re.compile(r"[。！？；]")
_TRAILING_PIPE = re.compile(r"\s*[|｜]\s*$")
_AFFILIATION = re.compile(r"^[(（][^()（）]{4,60}[)）]$")


@dataclass
class WebArticle:
    """An article cut from a one-article file, with what its page printed around it."""

    article: ParsedArticle
    published: str | None = None  # ISO date the page prints for it (meta line, date line, lead)
    source: str | None = None  # the site or outlet printed (来源, a dateline, the site's header)
    editors: list[str] = field(default_factory=list)  # 编辑/责任编辑 printed (no article field holds them)


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


# 区委书记 周凯: an office holder set under a speech's title (a title, a space, a name)
_SPEAKER_LINE = re.compile(
    r"^[\u4e00-\u9fff、（）()]{0,30}?(?:书记|区长|县长|市长|省长|州长|镇长|乡长|主任|局长|部长|主席|厅长|院长|常委|委员|秘书长"
    r"|署长|司长|处长|检察长|行政长官)\s+[\u4e00-\u9fff·]{2,8}$"
)

class _Reader:
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
        self.byline_from_meta = False  # the byline is a meta line's 作者: a byline in the text wins
        self.dateline_source: str | None = None  # 新华网北京2月27日电, 据新快报消息
        self.org_source: str | None = None  # （党办） after the last paragraph
        self.outlet: str | None = None  # an outlet named in a meta line without a 来源 label
        self.column_label: str | None = None  # 聚焦“两会”｜…: the column printed before the headline
        self.lead_line = 0  # last printed line of the first paragraph
        self.labelled_source = False  # the source is a 来源 field's value (not a site's name over the title)

    def read(self) -> WebArticle | None:
        content = [block for block in self.blocks if block.kind != "furniture"]
        if not content:
            return None
        self._above_breadcrumb_is_page()
        start = self._body_start()
        if start is not None and self._title_over_meta(start):
            block = self.blocks[start]
            self.blocks[start] = replace(block, kind="heading", text=_LEADING_BULLET.sub("", block.text))
            start = self._body_start()
        if start is not None and self._headline_over_meta(start):
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
        return next((i for i, block in enumerate(self.blocks) if shapes.body_like(block)), None)

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

    # -- the head ------------------------------------------------------------------------
    def _head(self, head: list[Block]) -> list[Block]:
        """Title, kicker, subtitle and furniture above the body; returns the head's lines
        that are article text after all (an affiliation, a programme's details)."""
        for block in head:
            if block.kind == "furniture":
                self._take_furniture(block, head=True)
        candidates = [
            i
            for i, block in enumerate(head)
            if block.kind != "furniture" and shapes.headline_like(block) and bylines.author_line(block.text) is None
        ]  # 澎湃新闻记者 孙悦 under the title is its byline, never part of the headline group
        candidates = self._without_column_word(head, self._without_site_names(head, candidates))
        # 秦月 / 直新闻 / 2021-06-26 under a WeChat title: its author and account over the date line, no headline
        candidates = [i for i in candidates
                      if not self._account_line(head, i) and not self._author_over_account(head, i)]
        if not candidates:
            candidates = self._headline_in_furniture(head)
        meta = self._meta_under_title(head, candidates)
        group: list[int] = []
        if candidates:
            if self._column_over_meta(head, candidates[0], candidates, meta):
                candidates = candidates[1:]  # 港聞 / 2025年3月8日 / the headline: the column's name over the date line
            before_meta = [i for i in candidates if meta is not None and i < meta]
            if len(before_meta) >= 2 and before_meta[-1] + 1 == meta and webpage.issuing_office(head[meta - 1].text):
                # 社會文化司司長辦公室 right over the date line, under the headline: who issued it
                self.result.source = self.result.source or head[meta - 1].text.strip()
                candidates = [i for i in candidates if i != meta - 1]
                before_meta = before_meta[:-1]
            last = before_meta[-1] if before_meta else candidates[0]
            if _SPEAKER_LINE.match(head[last].text.strip()) and last - 1 in candidates:
                # 在…会议上的讲话 / 区委书记 周凯 / （2025年12月26日）: who gave the speech, under its title
                self.article.byline = head[last].text.strip()
                candidates = [i for i in candidates if i != last]
                last -= 1
            group = [last]
            if before_meta:  # the title right above the meta line, with the lines set tight above it
                while group[0] - 1 in candidates and head[group[0]].blank_before == 0:
                    group.insert(0, group[0] - 1)
            else:  # no meta line: the first headline group
                while group[-1] + 1 in candidates and head[group[-1] + 1].blank_before == 0:
                    group.append(group[-1] + 1)
                while group[0] - 1 in candidates and head[group[0]].blank_before == 0:
                    group.insert(0, group[0] - 1)
                if len(group) == 1 and group[0] + 1 in candidates and _PLACE_OR_OFFICE.match(head[group[0]].text):
                    group.append(group[0] + 1)  # 某某街道 over its headline, a blank line between: who sends it
        while len(group) >= 2:
            publisher = webpage.publisher_line(head[group[0]].text)
            if publisher is not None:
                self.result.source = self.result.source or publisher or None  # the publisher's name over the headline
            elif not (self.result.source and _same_name(head[group[0]].text, self.result.source)):
                break
            group = group[1:]  # (or the site's name over the headline, as its meta line names the source)
        self._title([head[i] for i in group])
        rest: list[Block] = []
        seen = [head[i].text for i in group] + ([self.article.byline] if self.article.byline else [])
        after_title = bool(self.article.title)  # nothing but furniture yet between the title and this line
        after_byline = False
        for index, block in enumerate(head):
            if block.kind == "furniture" or index in group or (group and index < group[0]):
                continue  # above the title: the site's name, navigation left over
            if block.kind == "caption":
                self.article.captions.append(block.text)
                continue
            if self.article.title and shapes.same_headline(block.text, self.article.title) or block.text in seen:
                if block.text not in seen and shapes.han_count(block.text) > shapes.han_count(self.article.title):
                    self.article.title = self._headline_text(block.text)  # printed again in full: the fuller one
                continue  # the title printed again; any head line printed twice (a paper's authors)
            seen.append(block.text)
            if self._author_over_account(head, index) and self.article.byline is None:
                self.article.byline = block.text.strip()
                self.article.reporters = [block.text.strip()]
                continue  # (the account's line comes next, still right under the title)
            credit = bylines.author_line(block.text) or bylines.names_line(block.text)
            if credit is not None and self.article.byline is None:
                self.article.byline, self.article.reporters = credit.printed, credit.reporters
                self.dateline_source = self.dateline_source or credit.source
            elif after_byline and _AFFILIATION.match(block.text) and self.article.byline:
                self.article.byline += " " + block.text  # the authors' institution, printed under their names
            elif after_title and self.dates and webpage.issuing_office(block.text):
                self.result.source = self.result.source or block.text  # 新聞局 under the date line: who issued it
            elif after_title and self._account_line(head, index):
                self.result.source = self.result.source or block.text.strip()  # 云湖发布 over its date line
            elif _CHAPTER.match(block.text):
                rest.append(block)  # 第一章 总则 under a regulation's title opens its text (no subtitle, no caption)
            elif shapes.headline_like(block) and self.article.subtitle is None and after_title \
                    and block.blank_before <= 1:
                self.article.subtitle = block.text  # right under the title or its meta line
                self.article.alt_titles.append(block.text)
            elif block.kind == "heading" and not shapes.INFO_LINE.match(block.text):
                self.article.captions.append(block.text)  # a picture's caption set as a line
            else:
                rest.append(block)
            after_byline = credit is not None
            after_title = False
        return rest

    @staticmethod
    def _column_over_meta(head: list[Block], index: int, candidates: list[int], meta: int | None) -> bool:
        """A column's short name (港聞, 要闻) right above the meta line, the only headline line
        above it (or the section and its column: 新聞與活動 / 總統府新聞), with a longer headline line
        under the meta line: the headline is that one."""
        text = head[index].text.strip()
        after = [i for i in candidates if i > index]
        return (
            meta is not None
            and index < meta
            and not any(index < i < meta for i in candidates)
            and len(text) <= shapes.COLUMN_OVER_META_MAX_CHARS
            and bool(shapes.COLUMN_WORD.match(text))
            and bool(after)
            and all(block.kind == "furniture" or shapes.short_column(block.text)
                    for block in head[index + 1 : after[0]])
            and shapes.han_count(head[after[0]].text) > 2 * shapes.han_count(text)
        )

    @staticmethod
    def _account_line(head: list[Block], index: int) -> bool:
        """云湖发布 between the title and its date line: the account that posted it (a news
        aggregator's page), never a subtitle."""
        text = head[index].text.strip()
        following = head[index + 1] if index + 1 < len(head) else None
        return (
            len(text) <= ACCOUNT_MAX_CHARS
            and bool(webpage.publisher_line(text) or webpage.looks_like_outlet(text))
            and following is not None
            and following.furniture == "meta"
        )

    def _author_over_account(self, head: list[Block], index: int) -> bool:
        """秦月 over 直新闻 over its date line: a WeChat article's author, printed alone."""
        return bool(_LONE_NAME.match(head[index].text.strip())) and index + 1 < len(head) \
            and self._account_line(head, index + 1)

    @staticmethod
    def _headline_in_furniture(head: list[Block]) -> list[int]:
        """No headline line, but a meta line that starts with one (区长调研防汛工作 2025-03-12 来源：区
        政府办 — short enough to pass as meta), or a breadcrumb that ends with one (…>区县动态 区委书记
        赵敏调研…): that line is the headline, its meta read from it."""
        for index, block in enumerate(head):
            if block.furniture == "nav" and (crumbed := webpage.headline_after_breadcrumb(block.text)):
                head[index] = replace(block, kind="heading", furniture="", text=crumbed)
                return [index]
            if block.furniture in ("meta", "share") and (bare := webpage.headline_before_widgets(block.text)):
                head[index] = replace(block, kind="heading", furniture="", text=bare)
                return [index]
            if block.furniture != "meta":
                continue
            tail = webpage.meta_tail(block.text)
            before = block.text[: tail[0]].strip() if tail else ""
            if before and not (webpage.publisher_line(before) is not None or webpage.looks_like_outlet(before)
                               or webpage.issuing_office(before)):
                head[index] = replace(block, kind="heading", furniture="")
                return [index]
        return []

    @staticmethod
    def _without_column_word(head: list[Block], candidates: list[int]) -> list[int]:
        """要闻动态 alone, then only navigation, then a headline: the site's column, not the title (a
        short title over its date line keeps its place)."""
        if len(candidates) < 2:
            return candidates
        first, following = candidates[0], candidates[1]
        text = head[first].text.strip()
        between = head[first + 1 : following]
        if (following > first + 1 and all(block.kind == "furniture" and block.furniture != "meta" for block in between)
                and shapes.COLUMN_WORD.match(text) and shapes.han_count(head[following].text) > shapes.han_count(text)):
            return candidates[1:]
        if shapes.PAGE_SECTION.match(text) and shapes.han_count(head[following].text) > shapes.han_count(text):
            return candidates[1:]  # 要闻 / 国内新闻 over an e-paper's headline: the page's section
        return candidates

    def _without_site_names(self, head: list[Block], candidates: list[int]) -> list[int]:
        """Headline-shaped lines that only name the site (云湖区人民政府门户网站, 云湖在线) are no
        headline when a real one follows: the first of them above it is the source."""
        sites = [i for i in candidates if webpage.publisher_line(head[i].text) is not None]
        rest = [i for i in candidates if i not in sites]
        if not sites or not rest:
            return candidates
        above = [i for i in sites if i < rest[0]]
        if above and self.result.source is None:
            self.result.source = webpage.publisher_line(head[above[0]].text) or None
        return rest

    def _meta_under_title(self, head: list[Block], candidates: list[int]) -> int | None:
        """The meta line printed under the title: of the head's meta lines, the one with the
        fewest furniture lines between it and the headline line above it (an e-paper's
        navigation prints its issue date among its links, far from any headline); of two as near, the one
        with labels (发布时间：… 来源：… under the headline, not the site's clock 2024年11月22日 星期五 over it)."""
        best: tuple[int, bool, int] | None = None
        for index, block in enumerate(head):
            if block.furniture != "meta":
                continue
            above = [i for i in candidates if i < index]
            if not above:
                continue
            between = sum(1 for b in head[above[-1] + 1 : index] if b.kind == "furniture")
            line = self.furniture.lines.get(block.first_line)
            key = (between, not (line is not None and line.labelled), index)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    def _title(self, group: list[Block]) -> None:
        lines: list[Block] = []
        for block in group:  # a headline printed twice in a row: keep the fuller one
            if lines and shapes.same_headline(lines[-1].text, block.text):
                if shapes.han_count(block.text) > shapes.han_count(lines[-1].text):
                    lines[-1] = block
                continue
            lines.append(block)
        cleaned = []
        for block in lines:
            text = self._headline_text(block.text)
            if text:
                cleaned.append(Block("heading", text, block.first_line, block.last_line, block.blank_before))
        if len(cleaned) == 3 and all(len(block.text) > KICKER_OVER_TITLE_MIN_CHARS for block in cleaned[:2]) \
                and not cleaned[1].text.startswith(("—", "-")) and not _names_publisher(cleaned[0].text):
            # 引题 / 主题 / 副题, as a paper's site prints them over its articles: the middle line is the title
            self.article.kicker, self.article.title, self.article.subtitle = (block.text for block in cleaned)
            self.article.alt_titles.append(cleaned[2].text)
        elif len(cleaned) == 2 and _PLACE_OR_OFFICE.match(cleaned[0].text) \
                and not _PLACE_OR_OFFICE.match(cleaned[1].text):
            # 贵州省某市某街道 / 党建赋能城市治理活力: who sends it, over its headline (a paper's local column)
            self.article.kicker, self.article.title = cleaned[0].text, cleaned[1].text
        elif cleaned:
            assign_headlines(self.article, cleaned, [], has_body=True)
            if self.column_label and not self.article.kicker:
                self.article.kicker = self.article.column = self.column_label

    def _headline_text(self, text: str) -> str:
        """A headline line without what pages add to it: its date (before or after), the site's name, the
        bar an old table layout prints after it (标题 |)."""
        unbarred = _TRAILING_PIPE.sub("", text)
        text = unbarred if shapes.han_count(unbarred) >= 4 else text
        leading = _DATE_PREFIX.match(text)
        if leading and shapes.han_count(text[leading.end() :]) >= 4:
            date = printed_dates.full_date(leading.group())
            if date:
                self.dates.append(date[0])
            text = text[leading.end() :]
        dated = _DATE_SUFFIX.search(text)
        if dated and dated.start() > 0:
            date = printed_dates.full_date(dated.group())
            if date:
                self.dates.append(date[0])
            text = text[: dated.start()].rstrip()
        tail = webpage.meta_tail(text)
        if tail is not None:  # …推进会 2025-03-12 来源：区住建委: the meta line printed on the headline's line
            text = text[: tail[0]].rstrip()
            if tail[1].source and not self.labelled_source:
                self.result.source = None  # its 来源 names the source better than a site's name over it
            self._take_meta(tail[1], head=True)
        text = _TITLE_LABEL.sub("", text)  # 标题：云湖区启动… (an OA system's form)
        bracketed = _BRACKETED_COLUMN.match(text)
        if bracketed and shapes.han_count(bracketed.group("title")) >= 4:
            if not _MEDIA_TAG.match(bracketed.group("column")):  # 【视频】: what the page holds, no column
                self.column_label = bracketed.group("column")  # 【政务要闻】区政府召开…: the column in brackets
            text = bracketed.group("title")
        dashed = _DASHED_SITE.search(text) or _PAIRED_DASH_SITE.search(text)
        if dashed and _SITE_END.search(dashed.group("site").strip()) and shapes.han_count(dashed.group("site")) >= 3 \
                and shapes.han_count(text[: dashed.start()]) >= 4:
            text = text[: dashed.start()].rstrip()
        seo = _SEO_SUFFIX.search(text)
        if seo:
            before, after = text[: seo.start()].rstrip(), seo.group().strip(" |｜_")
            if _SITE_WORD.search(after) or shapes.han_count(after) <= shapes.han_count(before):
                if shapes.han_count(before) >= 4:
                    text = before  # 标题｜某某新闻网: the site's name after the headline
            elif "_" not in seo.group() and shapes.han_count(before) <= COLUMN_LABEL_MAX_HAN:
                # 图文｜…, 首页 | 新闻 |…: what the page holds, the way to it — no column
                if not _MEDIA_TAG.match(before) and not _CRUMB_START.match(before):
                    self.column_label = before  # 聚焦“两会”｜代表委员热议城市更新: a column, then the headline
                text = after
        return text

    def _take_furniture(self, block: Block, *, head: bool) -> None:
        line = self.furniture.lines.get(block.first_line)
        if line is not None:
            self._take_meta(line, head=head)

    def _take_meta(self, line: webpage.FurnitureLine, *, head: bool) -> None:
        if line.date:
            dates = self.stamp_dates if line.stamp else self.drafted_dates if line.drafted else \
                self.dates if head else self.tail_dates
            dates.append(line.date)
            if head and not line.drafted and line.labelled:
                self.labelled_dates.append(line.date)
        if line.source and self.result.source is None:
            self.result.source = line.source
            self.labelled_source = True
        if line.outlet and self.outlet is None:
            self.outlet = line.outlet
        if line.author and self.article.byline is None and line.author.strip() not in bylines.NOBODY:
            self.article.byline = line.author_printed or line.author
            self.article.reporters = bylines.reporters_in(line.author)
            self.byline_from_meta = True
        if line.editor and line.editor not in self.result.editors:
            self.result.editors.append(line.editor)

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
            text = _TRAILING_PIPE.sub("", block.text)
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
            label = SPACE_LABEL.match(text) if space_labels else None
            if label and LISTED_WORD.match(text, label.end()):
                label = None  # (陈芳 王静 李强参加: names set off by spaces, no label)
            text = drop_spaces_between_han(text, keep_name_lists=True) if label is None else \
                label.group("label") + " " + drop_spaces_between_han(text[label.end() :], keep_name_lists=True)
            if text:
                if not paragraphs:
                    self.lead_line = block.last_line
                paragraphs.append(text)
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
        if self.article.byline is None or self.byline_from_meta or byline.reporters:
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
        dates = self.labelled_dates or self.dates or self.tail_dates or self.drafted_dates or self.stamp_dates
        if dates:
            result.published = dates[0]
        else:  # no date line: a full date printed in the head or the lead paragraph
            lead = "\n".join(
                block.text
                for block in self.blocks
                if block.kind != "furniture" and (not self.lead_line or block.first_line <= self.lead_line)
            )
            found = printed_dates.full_date(lead[:LEAD_DATE_CHARS])
            result.published = found[0] if found else None
        result.source = (
            result.source
            or self.dateline_source
            or self.outlet
            or (self.furniture.site if self.first else None)
            or self.org_source
        )
        self.article.printed_source = result.source


def _names_publisher(line: str) -> bool:
    """澳門政府新聞局, 云湖新闻网: a line naming who publishes, not a kicker."""
    return webpage.publisher_line(line) is not None or webpage.looks_like_outlet(line) or webpage.issuing_office(line)


def _same_name(line: str, source: str) -> bool:
    """A line that is only the source's name (澎湃新闻 over a headline whose meta line says
    来源：澎湃新闻), spaces and a trailing 客户端/APP aside."""
    name = re.sub(r"\s|客户端$|app$", "", search_fold(line.strip()))
    return bool(name) and name == re.sub(r"\s", "", search_fold(source))
