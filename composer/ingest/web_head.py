"""The head of a one-article file: which of the lines above its first paragraph are the title, the
kicker and the subtitle, and what the furniture printed there says (date, source, author, editor).

A mixin of ``single._Reader`` (which reads the body and the tail and owns the state declared here), kept
apart so that the head's rules — the headline right above the meta line, else the first headline
group; a site's name, a column's, an account's around it; a headline printed twice — read on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from composer.common.article import ParsedArticle
from composer.common.lexicon import is_common_word
from composer.common.text import ends_sentence, search_fold
from composer.ingest import bylines, furniture_lines, menus, printed_dates, webpage
from composer.ingest import head_shapes as shapes
from composer.ingest.cleanup import Block
from composer.ingest.pages import assign_headlines, is_poetic_couplet

WRAPPED_HEADLINE_MIN_CHARS = 20  # a headline line this long over one of at most WRAPPED_TAIL_MAX_CHARS was wrapped
WRAPPED_TAIL_MAX_CHARS = 10  # (and at least WRAPPED_TAIL_MIN_CHARS)
WRAPPED_TAIL_MIN_CHARS = 4
_PRESIDED = re.compile(r"(?:主持|出席|讲话|参加|致辞|陪同|发言|调研|作报告)(?:会议|并讲话|并致辞)?$")
_CUT_OFF = ("”", "》", "的", "和", "与", "及", "、")  # where a headline's first line stops mid-phrase
_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|都市报|商报|早报|晨报)$")
HEADLINE_GROUP_MAX_LINES = 3  # kicker, title, subtitle: more lines set tight under a headline may be a list
LIST_UNDER_HEADLINE_MIN_LINES = 3  # …of at least this many lines ending alike (…介绍…有关情况, a line each)
KICKER_OVER_TITLE_MIN_CHARS = 6  # the first of three headline lines longer than a column's name is their kicker

REPEATED_HEADLINE_MIN_HAN = 6  # a line this long printed twice in a row under the date line is the headline
ACCOUNT_MAX_CHARS = 12  # 云湖发布, 云湖区融媒体中心: an account's name over the date line of its post

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

# 第一章 总则, 一、问题的提出: the text's first section opens under the title (no subtitle)
_CHAPTER = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节编部分]|[一二三四五六七八九十]{1,3}、)")

_LONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

_PLACE_OR_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:省|市|县|区|镇|乡|街道|社区|村|局|委|办|厅|政府|党委|党工委)$")

TRAILING_PIPE = re.compile(r"\s*[|｜]\s*$")

_AFFILIATION = re.compile(r"^[(（][^()（）]{4,60}[)）]$")

# The ranks a speaker is printed with, run into the name or set apart from it
_SPEAKER_RANKS = (
    "书记|区长|县长|市长|省长|州长|镇长|乡长|主任|局长|部长|主席|厅长|院长|常委|委员|秘书长|署长|司长|处长|检察长|行政长官"
)
# 国务院副总理某某 over the title of his speech: titles run into a name (the article's kicker)
_TITLED_NAME = re.compile(
    rf"^[\u4e00-\u9fff、]{{0,30}}?(?:{_SPEAKER_RANKS}|总理|副总理)(?P<name>[\u4e00-\u9fff·]{{2,3}})$")
_ACT_IN_LINE = re.compile(r"主持|召开|会见|出席|调研|参加|讲话|会议|办公会|座谈会|走访|部署|考察|视察|检查|慰问|看望")
# 区委书记 周凯: an office holder set under a speech's title (a title, a space, a name)
_SPEAKER_LINE = re.compile(rf"^[\u4e00-\u9fff、（）()]{{0,30}}?(?:{_SPEAKER_RANKS})\s+[\u4e00-\u9fff·]{{2,8}}$")


def _titled_speaker(line: str) -> bool:
    """国务院副总理某某: titles, then a name — no act (王某主持召开县长办公会 is a headline), no word after the rank."""
    found = _TITLED_NAME.match(line.strip())
    return found is not None and not _ACT_IN_LINE.search(line) and not is_common_word(found.group("name")[:2])


@dataclass
class WebArticle:
    """An article cut from a one-article file, with what its page printed around it."""

    article: ParsedArticle
    published: str | None = None  # ISO date the page prints for it (meta line, date line, lead)
    source: str | None = None  # the site or outlet printed (来源, a dateline, the site's header)
    editors: list[str] = field(default_factory=list)  # 编辑/责任编辑 printed (no article field holds them)


class HeadReader:
    """Reads the head's lines into the article's title, kicker, subtitle and fields."""

    # state owned by single._Reader (set in its __init__)
    blocks: list[Block]
    furniture: webpage.Furniture
    article: ParsedArticle
    result: WebArticle
    dates: list[str]
    tail_dates: list[str]
    labelled_dates: list[str]
    stamp_dates: list[str]
    drafted_dates: list[str]
    clock_dates: list[str]
    month_days: list[str]
    byline_from_meta: bool
    dateline_source: str | None
    outlet: str | None
    window_site: str | None
    column_label: str | None
    labelled_source: bool
    colon_kicker: int | None

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
        candidates = _from_headline_the_crumb_names(head, candidates)
        candidates = _from_headline_named_original(head, candidates)
        # 秦月 / 直新闻 / 2021-06-26 under a WeChat title: its author and account over the date line, no headline
        candidates = [i for i in candidates
                      if not self._account_line(head, i) and not self._author_over_account(head, i)]
        if not candidates:
            candidates = self._headline_in_furniture(head)
        meta = self._meta_under_title(head, candidates)
        group: list[int] = []
        column_line = None
        if candidates:
            if self._column_over_meta(head, candidates[0], candidates, meta, self.colon_kicker):
                candidates = candidates[1:]  # 港聞 / 2025年3月8日 / the headline: the column's name over the date line
            elif self._office_over_meta(head, candidates, meta):
                # 某某署 / 26-08-2019 / the headline: the office that issued it over the date line
                self.result.source = self.result.source or head[candidates[0]].text.strip()
                candidates = candidates[1:]
            before_meta = [i for i in candidates if meta is not None and i < meta]
            if len(before_meta) >= 2 and before_meta[-1] + 1 == meta and webpage.issuing_office(head[meta - 1].text):
                # 社會文化司司長辦公室 right over the date line, under the headline: who issued it
                self.result.source = self.result.source or head[meta - 1].text.strip()
                candidates = [i for i in candidates if i != meta - 1]
                before_meta = before_meta[:-1]
            repeated = _printed_twice_under(head, candidates, meta)
            if len(before_meta) == 1 and repeated is not None:
                # 銀行信用卡 / 2020年03月25日 / 第A03版 / the headline twice: an e-paper view's banner over its
                # date, the headline printed over the article and again as its first line
                before_meta, candidates = [], [i for i in candidates if i >= repeated]
            if self._column_under_headline(head, before_meta):
                # 標題 / 即時報道 / 文：… 時間：…: the column's name between the headline and its meta lines
                self.article.column = head[before_meta[-1]].text.strip()
                column_line = before_meta[-1]
                candidates = [i for i in candidates if i != before_meta[-1]]
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
                if len(group) == 1 and group[0] - 1 in before_meta and is_poetic_couplet(head[group[0] - 1].text):
                    group.insert(0, group[0] - 1)  # a couplet over it, a blank line between: the headline it goes with
                elif len(group) == 1 and group[0] - 1 in before_meta and _titled_speaker(head[group[0] - 1].text):
                    group.insert(0, group[0] - 1)  # 国务院副总理某某 / 进一步加强…: the speaker over his words' title
            else:  # no meta line: the first headline group
                while group[-1] + 1 in candidates and head[group[-1] + 1].blank_before == 0:
                    group.append(group[-1] + 1)
                while group[0] - 1 in candidates and head[group[0]].blank_before == 0:
                    group.insert(0, group[0] - 1)
                if len(group) > HEADLINE_GROUP_MAX_LINES:
                    group = _without_list_under(head, group)  # (what each speaker presented, a line each)
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
        if self.colon_kicker is not None and group and self.colon_kicker < group[0] and not self.article.kicker:
            self.article.kicker = head[self.colon_kicker].text.strip()  # (the colon kept as printed)
        window_title = next((block.text.strip() for block in head if self.article.title
                             and _ends_browser_title(block.text.strip(), self.article.title)), None)
        if window_title is not None:
            self._site_of_window_title(window_title)
        rest: list[Block] = []
        lines = [block.text for block in head if block.kind != "furniture"]
        in_a_row = {first for first, second in zip(lines, lines[1:]) if first == second}
        seen = [head[i].text for i in group] + ([self.article.byline] if self.article.byline else [])
        after_title = bool(self.article.title)  # nothing but furniture yet between the title and this line
        after_byline = False
        for index, block in enumerate(head):
            if block.kind == "furniture" or index in group or (group and index < group[0]) or index == column_line:
                continue  # above the title: the site's name, navigation left over
            if block.kind == "caption" or shapes.PICTURE_LABEL.match(block.text):
                self.article.captions.append(block.text)  # (图：某某与…合影: never the headline printed again)
                continue
            if self.article.title and _ends_browser_title(self.article.title, block.text.strip()):
                self._site_of_window_title(self.article.title)  # chosen as the title, printed again alone
                self.article.title = block.text.strip()
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
            elif credit is not None and after_byline and credit.reporters and self.article.byline:
                # ■通讯员 冯某 / 融媒体记者 唐某: the credits set one role a line
                self.article.byline += " " + credit.printed
                self.article.reporters += [name for name in credit.reporters if name not in self.article.reporters]
            elif after_byline and _AFFILIATION.match(block.text) and self.article.byline:
                self.article.byline += " " + block.text  # the authors' institution, printed under their names
            elif after_title and self.dates and webpage.issuing_office(block.text):
                self.result.source = self.result.source or block.text  # 新聞局 under the date line: who issued it
            elif after_title and self._account_line(head, index):
                self.result.source = self.result.source or block.text.strip()  # 云湖发布 over its date line
            elif after_title and _PAPER_NAME.match(block.text.strip()):
                self.result.source = self.result.source or block.text.strip()  # 青石晚报 alone under the headline
            elif _CHAPTER.match(block.text):
                rest.append(block)  # 第一章 总则 under a regulation's title opens its text (no subtitle, no caption)
            elif block.text in in_a_row and not ends_sentence(block.text):
                self.article.captions.append(block.text)  # a photo's caption printed twice (its alt text, itself)
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

    def _site_of_window_title(self, window_title: str) -> None:
        """某某電台 LIBRA FM - 焦點新聞 - the headline: the page's window title opens with the site's name."""
        site = _HAN_RUN.match(window_title)
        self.window_site = site.group() if site and shapes.han_count(site.group()) >= 2 else None

    @staticmethod
    def _column_over_meta(head: list[Block], index: int, candidates: list[int], meta: int | None,
                          kicker: int | None = None) -> bool:
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
            and all(block.kind == "furniture" or shapes.short_column(block.text) or position == kicker
                    for position, block in enumerate(head[index + 1 : after[0]], start=index + 1))
            and shapes.han_count(head[after[0]].text) > 2 * shapes.han_count(text)
        )

    @staticmethod
    def _office_over_meta(head: list[Block], candidates: list[int], meta: int | None) -> bool:
        """An office's name alone over the date line, a headline of more characters under it."""
        if meta is None or len(candidates) < 2 or not candidates[0] < meta < candidates[1]:
            return False
        office, headline = head[candidates[0]].text.strip(), head[candidates[1]].text
        return webpage.issuing_office(office) and not _ACT_IN_LINE.search(office) \
            and shapes.han_count(headline) > shapes.han_count(office) // 2

    @staticmethod
    def _column_under_headline(head: list[Block], before_meta: list[int]) -> bool:
        """A column's short name right over the meta line, set apart from a headline line at least twice as long
        above it."""
        if len(before_meta) < 2:
            return False
        column, headline = head[before_meta[-1]], head[before_meta[-2]]
        return shapes.short_column(column.text) and column.blank_before > 0 \
            and shapes.han_count(headline.text) > 2 * shapes.han_count(column.text)

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
            if block.furniture == "nav" and (crumbed := _headline_after_breadcrumb(block.text)):
                head[index] = replace(block, kind="heading", furniture="", text=crumbed)
                return [index]
            if block.furniture in ("meta", "share") and (bare := _headline_before_widgets(block.text)):
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
        if len(cleaned) == 2 and _wrapped_headline(cleaned[0].text, cleaned[1].text):
            first, rest = cleaned  # …开展“不忘初心、牢记使命” / 主题教育调研活动: one headline a copy wrapped
            cleaned = [Block("heading", first.text + rest.text, first.first_line, rest.last_line, first.blank_before)]
        if len(cleaned) == 3 and all(len(block.text) > KICKER_OVER_TITLE_MIN_CHARS for block in cleaned[:2]) \
                and not cleaned[1].text.startswith(("—", "-")) and not _names_publisher(cleaned[0].text):
            # 引题 / 主题 / 副题, as a paper's site prints them over its articles: the middle line is the title
            self.article.kicker, self.article.title, self.article.subtitle = (block.text for block in cleaned)
            self.article.alt_titles.append(cleaned[2].text)
        elif len(cleaned) == 2 and _PLACE_OR_OFFICE.match(cleaned[0].text) \
                and not _PLACE_OR_OFFICE.match(cleaned[1].text):
            # 贵州省某市某街道 / 党建赋能城市治理活力: who sends it, over its headline (a paper's local column)
            self.article.kicker, self.article.title = cleaned[0].text, cleaned[1].text
        elif len(cleaned) == 2 and _titled_speaker(cleaned[0].text) and not _TITLED_NAME.match(cleaned[1].text):
            self.article.kicker, self.article.title = cleaned[0].text, cleaned[1].text  # who spoke, over the title
        elif len(cleaned) == 2 and is_poetic_couplet(cleaned[0].text) and not _names_publisher(cleaned[0].text):
            # 倾听企业心声 汇聚发展力量 / 我区举行…座谈会: over a web article the couplet is the headline and the
            # line under it its subtitle (on a paper's page the couplet is the kicker: assign_headlines)
            self.article.title, self.article.subtitle = cleaned[0].text, cleaned[1].text
            self.article.alt_titles.append(cleaned[1].text)
        elif cleaned:
            assign_headlines(self.article, cleaned, [], has_body=True)
            if self.column_label and not self.article.kicker:
                self.article.kicker = self.article.column = self.column_label

    def _headline_text(self, text: str) -> str:
        """A headline line without what pages add to it: its date (before or after), the site's name, the
        bar an old table layout prints after it (标题 |)."""
        unbarred = TRAILING_PIPE.sub("", text)
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
        original = _ORIGINAL_WRAPPED.fullmatch(text)
        if original:  # （原标题：…） over a copy that prints no other headline: the one it names
            text = original.group("title")
        framed = _DASH_FRAMED.match(text)
        if framed and shapes.han_count(framed.group("title")) >= 4:
            text = framed.group("title")  # —行政长官回答议员快讯（…）—: the dashes a release sets its headline in
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
                self.clock_dates if line.clock else self.dates if head else self.tail_dates
            dates.append(line.date)
            if head and not line.drafted and line.labelled:
                self.labelled_dates.append(line.date)
        if line.month_day and head:
            self.month_days.append(line.month_day)
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


def _printed_twice_under(head: list[Block], candidates: list[int], meta: int | None) -> int | None:
    """The first of a headline line printed twice in a row under the meta line, furniture between."""
    if meta is None:
        return None
    for first, second in zip(candidates, candidates[1:]):
        if first > meta and head[first].text.strip() == head[second].text.strip() \
                and shapes.han_count(head[first].text) >= REPEATED_HEADLINE_MIN_HAN \
                and all(block.kind == "furniture" for block in head[first + 1 : second]):
            return first
    return None


_DASH_FRAMED = re.compile(r"^\s*[—－–]{1,2}\s*(?P<title>[^—－–]+?)\s*[—－–]{1,2}\s*$")
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原标题|原標題)\s*[:：]\s*(?P<title>\S.*?)\s*$")
_ORIGINAL_WRAPPED = re.compile(r"[（(]\s*(?:原标题|原標題)\s*[:：]\s*(?P<title>[^（()）]+?)\s*[)）]")


def _from_headline_named_original(head: list[Block], candidates: list[int]) -> list[int]:
    """原标题：X under a line that prints X: that line is the headline, whatever stands above it (a sidebar's ad,
    a widget's label)."""
    for block in head:
        original = _ORIGINAL_TITLE.match(block.text) if block.kind == "furniture" else None
        if original is None:
            continue
        named = [i for i in candidates if shapes.same_headline(head[i].text, original.group("title"))]
        if named:
            return [i for i in candidates if i >= named[0]]
    return candidates


def _from_headline_the_crumb_names(head: list[Block], candidates: list[int]) -> list[int]:
    """当前位置：> 某某电讯 > the headline, then 热点搜索 (a box's label), then the headline: the line the breadcrumb
    ends with is the headline, and the lines set apart above it are the page's."""
    for block in head:
        crumb = _CRUMB_LAST.search(block.text) if block.furniture == "nav" else None
        last = crumb.group("last").rstrip(".…") if crumb else ""
        if shapes.han_count(last) < REPEATED_HEADLINE_MIN_HAN:
            continue
        named = next((i for i in candidates if head[i].text.strip().startswith(last)), None)
        if named is not None:
            return [i for i in candidates if i >= named or (i == named - 1 and head[named].blank_before == 0)]
    return candidates


_CRUMB_ARROW = "(?:>|»|›|→)"  # what a breadcrumb joins its names with
_CRUMB_LAST = re.compile(rf"{_CRUMB_ARROW}\s*(?P<last>[^>»›→]+?)\s*$")


def _wrapped_headline(first: str, second: str) -> bool:
    """A long first line with no comma, stopping mid-phrase (after a closing quotation mark, 的, 和…), and a
    short second one that ends it — not a subtitle of who presided (某某主持会议) nor one set off by a dash."""
    return len(first) >= WRAPPED_HEADLINE_MIN_CHARS and len(second) >= WRAPPED_TAIL_MIN_CHARS \
        and len(second) <= WRAPPED_TAIL_MAX_CHARS and " " not in first and "，" not in first \
        and first.endswith(_CUT_OFF) \
        and not second.startswith(("—", "-", "(", "（")) and not _PRESIDED.search(second)


def _without_list_under(head: list[Block], group: list[int]) -> list[int]:
    """The headline group without the list set tight under it: its last lines all ending alike."""
    ending = head[group[-1]].text.strip()[-2:]
    alike = 0
    while alike < len(group) and head[group[-1 - alike]].text.strip()[-2:] == ending:
        alike += 1
    return group[:-alike] if LIST_UNDER_HEADLINE_MIN_LINES <= alike < len(group) else group


def _ends_browser_title(title: str, line: str) -> bool:
    """``title`` is the site, its section and ``line`` joined by dashes or bars (a browser's window title)."""
    return len(line) < len(title) and title.endswith(line) and shapes.han_count(line) >= 4 \
        and _WINDOW_TITLE_BAR.search(title[: -len(line)]) is not None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_WINDOW_TITLE_BAR = re.compile(r"\s[-–—]{1,2}\s*$")  # (a bar sets off a column: 聚焦“两会”｜…)


def _names_publisher(line: str) -> bool:
    """澳門政府新聞局, 云湖新闻网: a line naming who publishes, not a kicker."""
    return webpage.publisher_line(line) is not None or webpage.looks_like_outlet(line) or webpage.issuing_office(line)

def _same_name(line: str, source: str) -> bool:
    """A line that is only the source's name (澎湃新闻 over a headline whose meta line says
    来源：澎湃新闻), spaces and a trailing 客户端/APP aside."""
    name = re.sub(r"\s|客户端$|app$", "", search_fold(line.strip()))
    return bool(name) and name == re.sub(r"\s", "", search_fold(source))


SHARED_HEADLINE_MIN_HAN = 8  # a headline copied on a line of furniture has at least this many characters
# 您当前所在位置:首页>新闻中心>区县动态 区委书记赵敏调研…: the headline copied on the breadcrumb's line
_CRUMB_THEN_HEADLINE = re.compile(rf"^.*{_CRUMB_ARROW}\s*[^\s>»›→]{{1,14}}[ \u3000]+(?P<headline>[^>»›→]{{6,60}})$")
# 区委书记王静调研城市更新工作【字体：大 中 小】: the headline copied with the page's buttons after it
_HEADLINE_THEN_WIDGETS = re.compile(r"^(?P<headline>[^【\[]{6,60}?)\s*[【\[]\s*(?:字体|字号|打印|关闭|分享)")


def _headline_after_breadcrumb(text: str) -> str | None:
    """The headline printed after a breadcrumb on its line, if any."""
    match = _CRUMB_THEN_HEADLINE.match(text.strip())
    if match is None:
        return None
    headline = match.group("headline").strip()
    if shapes.han_count(headline) < SHARED_HEADLINE_MIN_HAN or menus.is_nav(search_fold(headline)):
        return None
    return headline


def _headline_before_widgets(text: str) -> str | None:
    """The headline printed before a line's buttons, if any."""
    match = _HEADLINE_THEN_WIDGETS.match(text.strip())
    if match is None or shapes.han_count(match.group("headline")) < SHARED_HEADLINE_MIN_HAN:
        return None
    headline = match.group("headline").strip()
    return None if webpage.has_label(headline) or printed_dates.full_date(headline) else headline
