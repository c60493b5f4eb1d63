"""Page furniture: the lines a web page (or an e-paper's web view) prints around its article.

Breadcrumbs and navigation (``首页 > 要闻 > 正文``, ``您当前所在位置``, ``返回首页 | 版面导航``), the
meta line (``来源：XX日报 作者：张三 发布时间：2024-03-05 浏览次数：668``), share and print widgets
(``分享到``, ``【打印】【关闭】``), related-article lists with their timestamps, copyright and ICP
footers, image file names, lines of no Chinese at all (``|``, ``****``, ``Skip to Content``). None
of them is article text: they are taken out of bodies, and what they tell — the date, the
source, the author, the editor — fills the article's fields. See docs/architecture.md, "Web
articles: page or article, furniture".

Lines are matched in a folded form (traditional → simplified, full-width → ASCII, lower
case, character for character), so ``發佈時間：`` is ``发布时间:``. Nothing here changes a word
of the text; it only says which printed lines are furniture and what they carry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from composer.common.text import CLOSING_ONLY, drop_pinyin_glosses, ends_sentence, search_fold
from composer.ingest import furniture_lines as kinds
from composer.ingest import menus
from composer.ingest.menus import LIST_ITEM_MAX_CHARS
from composer.ingest.printed_dates import DATE as _DATE
from composer.ingest.printed_dates import EN_DATE as _EN_DATE
from composer.ingest.printed_dates import HAN_DATE as _HAN_DATE
from composer.ingest.printed_dates import TIME as _TIME
from composer.ingest.printed_dates import full_date, month_day

# -- tuning (docs/architecture.md, "Web articles"); lengths are in characters ----------------
FURNITURE_MAX_CHARS = 220  # no furniture line is longer (a copyright footer is the longest); prose lines are
META_VALUE_MAX_HAN = 14  # a meta field's value (冷水滩区融媒体中心, 周勇 周吉林) is short; a longer run is prose
META_MAX_HAN = 36  # all the values of one meta line together
NO_HAN_MAX_CHARS = 60  # a line without any Chinese this short is a widget (|, news, 574 2, ****, Skip to …)
LABEL_VALUE_MAX_HAN = 6  # "责任编辑：" alone on a line takes the next line as its value when it is a name
DATE_LINE_MAX_HAN_RUN = 8  # a date line's words are short (A1版 要闻, 新华网); a longer run is a headline with its date

# Labels of the meta line. Folded (simplified, half-width) spellings.
_SOURCE_LABELS = (
    "信息来源|文章来源|稿件来源|新闻来源|来源于|来源|出处|当前报纸名称|报纸名称|发布机构|发布单位|发文机关|来源单位|供稿单位|供稿|转载自|转自|稿源|媒体"
)
_AUTHOR_LABELS = "作者|撰稿|撰文|文"
_EDITOR_LABELS = (
    "责任编辑|网络编辑|值班编辑|收集编辑|采集编辑|本期编辑|文字编辑|编辑整理|编辑|责编|小编|采编|整理|编审|审核|审稿|初审|一审|二审"
    "|复审|三审|终审|审校|校审|校对|主编|监制|统筹|核稿|总监制|总编辑|副总编辑|总编"
    "|签发|发布者|发布人|发稿人|美编|题图来源|配图来源|封面来源|图片来源|数据来源|图源|题图|图片|摄影|摄像|视频|制作|出品|文字|设计|排版|剪辑|配音|海报"
)
_DATE_LABELS = (
    "发布时间|发布日期|发表时间|发表日期|更新时间|更新日期|最后更新|刊发日期|发稿时间|上传时间|录入时间|添加时间"
    "|生成日期|成文日期|发布|时间|日期"
)
# 稿件来源：云湖日报 2025年03月14日 第2版: the page, no part of the source's name
_PAGE_NUMBER = re.compile(r"\s*第\s*[A-Z]?\d{1,3}\s*版")
# 来源：云湖发布（ID：yunhufabu）: a WeChat account's ID, no part of its name
_ACCOUNT_ID = re.compile(r"\s*[(（]\s*(?:id|微信号|微信id|公众号)\s*:[^)）]*[)）]?\s*$", re.IGNORECASE)
# 成文日期：2025-03-13 in a 政务公开 page's table (归档时间: when it was filed): the page's 发布日期 is its date
_DRAFTED_LABEL = re.compile(r"(?:成文日期|生成日期|归档时间|归档日期)\s*:")
_COUNT_LABELS = (
    "浏览次数|浏览人次|浏览量|浏览|查看次数|阅读次数|阅读量|阅读数|阅读|点击数|点击量|点击率|点击|点阅|访问量|访问次数|人气"
)
# and the fields of a 政务公开 page's information table
_WIDGET_LABELS = (
    "字体大小|字号大小|字号|字体|字级|分享到|分享至|分享|打印|列印|关闭|语音阅读|语音播报|视力保护色|背景色|评论"
    "|索引号|发文字号|文号|发文机构|发文日期|内容概述|生效日期|废止日期|主题分类|主题词|公开方式|公开范围|有效性|体裁分类|组配分类|信息分类|所属机构|原创"
    "|原文链接|原文地址|本文链接|文章链接"
)


def _spaced(labels: str) -> str:
    """编辑 → 编 ?辑: a credits block justified by a space between a label's characters (编 辑：, 一 审：)."""
    return "|".join(" ?".join(label) if len(label) == 2 else label for label in labels.split("|"))


_LABEL = re.compile(
    rf"(?P<label>{_SOURCE_LABELS}|{_AUTHOR_LABELS}|{_spaced(_EDITOR_LABELS)}|{_DATE_LABELS}|{_COUNT_LABELS}"
    rf"|{_WIDGET_LABELS})\s*:"
)
_LABEL_KIND = (
    [(label, "source") for label in _SOURCE_LABELS.split("|")]
    + [(label, "author") for label in _AUTHOR_LABELS.split("|")]
    + [(label, "editor") for label in _EDITOR_LABELS.split("|")]
    + [(label, "date") for label in _DATE_LABELS.split("|")]
)
_KIND_OF_LABEL = dict(_LABEL_KIND)
# 来源 | 云湖区住建委, 编辑 | 张晓: WeChat's credits set off by a bar, at the start of a line only
# (云湖发布｜青石镇… is a headline with its column)
_BAR_LABEL = re.compile(rf"^(?P<label>{_SOURCE_LABELS}|{_AUTHOR_LABELS}|{_EDITOR_LABELS})\s*(?P<bar>\|)\s*(?=\S)")
# "发表于 2008-6-20", "668 次浏览", "阅读模式": labels printed without a colon
# and an aggregator's account line: 发布于湖南, 云湖区融媒体中心官方账号, IP属地：湖南
_BARE_LABEL = re.compile(
    r"发表于|次浏览|次阅读|人阅读|阅读模式|显示全部楼层|只看该作者|楼主|发布于[\u4e00-\u9fff]{0,6}"
    r"|[\u4e00-\u9fff]{0,16}官方(?:账号|帐号)|ip属地\s*:?\s*[\u4e00-\u9fff]{0,6}"
    r"|^(?:阅读|浏览|点击)\s*\(\s*[\d.]+万?\s*\)$|^[\d.]+万?\s*(?:阅读|浏览)$"  # 阅读 (1260), 1.2万阅读
    r"|^[\u4e00-\u9fffa-z]{2,10}?(?:新闻|网|报|社|台|融媒|客户端)\s+综合报道$"  # 某某新闻 综合报道: who compiled it
)

_URL = re.compile(r"(?:https?://|www\.)[\w./?=&%#~+:-]*")
_HAN = kinds.HAN
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

_REPORTERS_BEFORE_LABELS = re.compile(
    r"^\s*(?:本报|本网)?(?:记者|通讯员)\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,5})\s*$"
)
# • 发文机构： alone on its line (a 政务公开 table printed as a list)
_TABLE_LABEL_ONLY = re.compile(rf"^[•·\s]*(?:{_WIDGET_LABELS})\s*:\s*$")
TABLE_VALUE_MAX_CHARS = 24


def _table_value(text: str) -> bool:
    return 0 < len(text) <= TABLE_VALUE_MAX_CHARS and not ends_sentence(text) and not _TABLE_LABEL_ONLY.match(
        search_fold(text))


# 以下文章来源于青石融媒 ，作者刘洋: a WeChat post reposted from another account, the card of which follows
_REPOST = re.compile(r"^以下文章来源于\s*(?P<source>[^\s,，]{2,20}?)\s*(?:[,，]\s*作者\s*(?P<author>\S{2,20}))?\s*$")
ACCOUNT_CARD_MAX_LINES = 2
ACCOUNT_CARD_LINE_MAX_CHARS = 24


def _take_account_card(lines: Sequence[tuple[int, str]], index: int, found: Furniture) -> int:
    """The lines right under 以下文章来源于… (the account's name again, its description), up to a blank line."""
    previous = lines[index - 1][0]
    taken = 0
    while index < len(lines) and taken < ACCOUNT_CARD_MAX_LINES:
        number, text = lines[index]
        if number != previous + 1 or len(text) > ACCOUNT_CARD_LINE_MAX_CHARS or _is_prose(text.rstrip(".")):
            break
        found.lines[number] = FurnitureLine(number, text, "share")
        previous, index, taken = number, index + 1, taken + 1
    return index


# 信息来源：超级管理员, 来源：admin: a content system's account where nobody filled the field in
_NAME_VALUE = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:[\s、,]+[\u4e00-\u9fff·]{2,4}){0,3}$")


@dataclass
class FurnitureLine:
    number: int  # printed line number
    text: str  # as printed
    kind: str  # nav | meta | share | widget | footer | related | image | blank | summary | adjacent | promo
    date: str | None = None  # ISO, when the line prints a full date (a meta or date line)
    date_as_printed: str | None = None
    drafted: bool = False  # the date is when the document was drafted (成文日期), not published
    source: str | None = None  # a 来源 field's value
    outlet: str | None = None  # an outlet named without a label (…2011年02月27日11:05  新华网)
    author: str | None = None  # the value, e.g. 周勇 周吉林
    author_printed: str | None = None  # the field as printed, e.g. 作者:周勇 周吉林
    editor: str | None = None
    strict: bool = False  # furniture on a newspaper page too: never article text, printed around the page's
    labelled: bool = False  # a meta line with labelled fields (发布时间：, 来源：), not a bare date or the site's clock
    stamp: bool = False  # a time stamp between paragraphs (a live transcript's): the date when nothing else prints one
    clock: bool = False  # a date line over a weekday line (2024/05/21 / Tuesday / 14:22): the site's clock
    month_day: str | None = None  # "03-20" of 日期:03-20, a date label's value printed without its year


@dataclass
class Furniture:
    """The furniture of one text, by printed line number."""

    lines: dict[int, FurnitureLine] = field(default_factory=dict)
    site: str | None = None  # a site name printed as the page header (大院网-山西大院资讯网)
    bulletin: bool = False  # a bulletin's masthead over its issue (青石街道工作信息 / 第12期): items may follow

    def __contains__(self, number: object) -> bool:
        return number in self.lines

    def __len__(self) -> int:
        return len(self.lines)

    def kinds(self, *, strict: bool = False) -> dict[int, str]:
        """Printed line number → furniture class (``strict``: only what a page's text never is)."""
        return {number: line.kind for number, line in self.lines.items() if line.strict or not strict}

    def web_signals(self) -> int:
        """Lines only a web page prints: navigation, widgets, footers, related lists, dated meta
        lines. A lone 来源：新华社 or 责任编辑 line, or a stray page number, a newspaper prints too."""
        return sum(1 for line in self.lines.values() if line.kind not in ("meta", "blank") or line.date)


# 發布日期：114-03-07, 民國114年3月7日: a Taiwanese page's year counts from 1912 (read only after a date label)
_ROC_DATE = re.compile(
    rf"(?:{_DATE_LABELS})\s*:\s*(?P<printed>(?:民国\s*)?(?P<y>1[0-4]\d)\s*(?:年|[-/.])\s*(?P<m>\d{{1,2}})\s*(?:月|[-/.])"
    r"\s*(?P<d>\d{1,2})\s*日?)(?!\d)"
)
# 114年01月13日 alone on its line: no Gregorian year is three digits, so it is the ROC's without a label
_ROC_DATE_LINE = re.compile(
    r"^\s*(?P<printed>(?:民国\s*)?(?P<y>1[0-4]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)\s*$")
ROC_YEAR_OFFSET = 1911


def _roc_date(text: str, line: str) -> tuple[str, str] | None:
    """The ROC date a folded meta ``line`` prints: (ISO, as ``text`` prints it)."""
    match = _ROC_DATE.search(line) or _ROC_DATE_LINE.match(line)
    if match is None:
        return None
    try:
        iso = dt.date(int(match.group("y")) + ROC_YEAR_OFFSET, int(match.group("m")), int(match.group("d"))).isoformat()
    except ValueError:
        return None
    return iso, _as_printed(text, line, match.group("printed").strip(), match.start("printed"))


def find_furniture(lines: Sequence[tuple[int, str]], *, strict: bool = False) -> Furniture:
    """Which of the printed ``lines`` (number, stripped text) are page furniture.

    ``strict``: for a newspaper page, whose lines are all text unless a web view printed its
    navigation around them: only what can never be article text (``FurnitureLine.strict``),
    above its first paragraph or below its last — and only those lines are looked at, so a
    page costs little. Otherwise (a single web article) also date lines, lines of no Chinese,
    related-article lists and single labelled fields anywhere.
    """
    found = Furniture()
    texts = [text for _, text in lines]
    prose = [_is_prose(text) for text in texts]
    first_prose = next((i for i, is_prose in enumerate(prose) if is_prose), len(lines))
    last_prose = max((i for i, is_prose in enumerate(prose) if is_prose), default=-1)
    # Long prose lines are never furniture (a copyright notice may be long): not even folded.
    folded = [
        ""
        if len(text) > FURNITURE_MAX_CHARS and not _long_channel_list(text) or _long_prose(text)
        or strict and first_prose <= i <= last_prose
        else _bar_as_colon(search_fold(text))
        for i, text in enumerate(texts)
    ]
    crumbs = _vertical_breadcrumb(folded, prose)
    index = 0
    while index < len(lines):
        if strict and first_prose <= index <= last_prose:
            index = last_prose + 1  # the page's text: a page's furniture is printed around it
            continue
        number, text = lines[index]
        line = folded[index]
        # A line printing only a date is the page's date line where no article text stands around
        # it: above the first paragraph, below the last, or right under a headline.
        dates_ok = index < first_prose or index > last_prose or not prose[index - 1] \
            or index + 1 < len(lines) and _LABEL.match(folded[index + 1]) is not None  # …信心！ / 2022-09-14 / 来源：…
        kind = "nav" if index in crumbs else _line_kind(text, line, strict=False, dates_ok=dates_ok) if line else ""
        if kind == "meta" and _starts_info_box(folded, index):
            kind = ""
        if kind == "nav" and kinds.RELATED.match(line):
            kind = "related"  # 往期回顾 alone on its line heads a list of other articles (as a menu word, it is nav)
        if not kind:
            index += 1
            continue
        always = kind if kind != "meta" else _line_kind(text, line, strict=True, dates_ok=dates_ok)
        edge = index < first_prose or index > last_prose
        item = FurnitureLine(number, text, kind, strict=edge and always in _STRICT_KINDS)
        if kind == "meta":
            _read_meta(item, line)
            if kinds.CMS_RECORD.search(line):
                item.date, item.date_as_printed, item.source = kinds.cms_record(text)
        stamped = full_date(text) if kind == "blank" and _TIME_STAMP.match(line) else None
        if stamped:  # 2024-03-08 10:49:41 alone between a transcript's turns
            (item.date, item.date_as_printed), item.stamp = stamped, True
        signed = _SIGNED_PROMO.match(text) if kind == "promo" else None
        if signed:  # (抚宁发布——更多资讯请登录…): the outlet that signs its invitation
            item.outlet = signed.group("outlet")
        found.lines[number] = item
        if kind == "meta" and _LABEL.search(line) and re.search(r":\s*$", line) and index + 1 < len(lines):
            following = lines[index + 1]
            if _TABLE_LABEL_ONLY.match(line) and _table_value(following[1]):
                # • 发文机构： / 县政府网站: a 政务公开 table's field, its value on the next line
                found.lines[following[0]] = FurnitureLine(following[0], following[1], "meta", strict=item.strict)
                index += 1
            elif _NAME_VALUE.match(following[1]) and len(following[1]) <= LABEL_VALUE_MAX_HAN:
                # "责任编辑：" with the name on the next line
                found.lines[following[0]] = FurnitureLine(following[0], following[1], "meta", strict=item.strict)
                if _KIND_OF_LABEL.get(_labels(line)[-1]) == "editor":
                    item.editor = following[1]
                index += 1
        if kind == "related":
            index = _take_list(lines, prose, index + 1, found)
            _site_tail(lines, index, found)
            continue
        if kind == "meta" and _REPOST.match(line):
            index = _take_account_card(lines, index + 1, found)
            continue
        index += 1
    _mastheads(lines, folded, found)
    _site_clock(lines, folded, found)
    if not strict:
        links = menus.link_lists_on_top(lines, first_prose) + menus.link_list_at_end(lines, last_prose, found.lines)
        for number, text, kind in links:
            found.lines.setdefault(number, FurnitureLine(number, text, kind))
        _printed_twice(lines, prose, found)
    _outlets_by_meta(lines, folded, found, (first_prose, last_prose))
    _signature(lines, found, last_prose)
    _tail_menu(lines, found, last_prose)
    # the site's name heads the page: its first line that is no other furniture (a menu or a date widget may be above)
    first = next((i for i, (number, _) in enumerate(lines) if number not in found.lines), None)
    if first is not None:
        site = kinds.SITE_HEADER.match(lines[first][1])
        if site and first_prose > first and not prose[first]:
            found.site = site.group("site")
            found.lines.setdefault(lines[first][0], FurnitureLine(lines[first][0], lines[first][1], "nav"))
    if strict:
        found.lines = {number: line for number, line in found.lines.items() if line.strict}
        found.site = None
    return found


_STRICT_KINDS = frozenset(("nav", "meta", "share", "footer", "image"))
_WEEKDAY_LINE = re.compile(
    r"^(?:(?:星期|周|礼拜)[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?)$"
)


def _site_clock(lines: Sequence[tuple[int, str]], folded: list[str], found: Furniture) -> None:
    """A date alone on its line with the weekday alone on the next (2024/05/21 / Tuesday / 14:22): the
    site's clock, printed on every page the day it is viewed; its date is the article's only when the
    page prints no other."""
    for index in range(len(lines) - 1):
        item = found.lines.get(lines[index][0])
        if item is None or item.kind != "meta" or not item.date or item.labelled:
            continue
        if _WEEKDAY_LINE.match(folded[index + 1].strip()):
            item.clock = True
            weekday = lines[index + 1]
            found.lines.setdefault(weekday[0], FurnitureLine(weekday[0], weekday[1], "share"))
_TIME_STAMP = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")


_SIGNED_PROMO = re.compile(r"^[(（]?(?P<outlet>[\u4e00-\u9fff]{2,10})\s*[—–\-－]{1,2}\s*(?:更多|欢迎|关注|请关注)")
# 青石河整治工程加紧施工(一版): an e-paper view's label of the headline under it, with its page
_PAGE_MARKED = re.compile(
    r"^(?P<headline>.+?)\s*[(（]\s*(?:第?\s*[一二三四五六七八九十]{1,3}|[A-Z]?\d{1,2})\s*版\s*[)）]$"
)


def _printed_twice(lines: Sequence[tuple[int, str]], prose: list[bool], found: Furniture) -> None:
    """A view that prints the article twice (headline, text, credit, then all again): the second copy is
    no more text; a headline labelled with its page (…(一版)) over the same headline is the label."""
    texts = [text for _, text in lines]
    for index, text in enumerate(texts[:-1]):
        marked = _PAGE_MARKED.match(text)
        if marked and marked.group("headline") == texts[index + 1]:
            found.lines.setdefault(lines[index][0], FurnitureLine(lines[index][0], text, "nav"))
    seen: dict[str, int] = {}
    tries = 0
    for second, text in enumerate(texts):
        first = seen.setdefault(text, second)
        length = second - first
        if length < 2:
            continue
        if texts[first:second] == texts[second : second + length] and any(prose[first:second]):
            for number, repeated in lines[second : second + length]:
                found.lines.setdefault(number, FurnitureLine(number, repeated, "nav"))
            return
        tries += 1
        if tries == PRINTED_TWICE_TRIES:  # (the copy starts at the first lines seen again; a long file of
            return  # repeated units must not cost a comparison per line)


PRINTED_TWICE_TRIES = 3


def _long_channel_list(text: str) -> bool:
    """要闻 本地新闻 国际新闻 … 视频 专题: a portal's whole channel list, longer than any other furniture line (a line
    with a comma or a full stop is prose: looked at no further, every long paragraph passes here)."""
    return not _PROSE_MARKS.search(text) and menus.is_nav(search_fold(text))


_PROSE_MARKS = re.compile("[，。,；]")


def _long_prose(text: str) -> bool:
    return len(text) > LIST_ITEM_MAX_CHARS and ends_sentence(text) and "版权" not in text \
        and _HAN.search(text) is not None \
        and not (("明" in text[:8] or "存" in text) and kinds.PLATFORM_NOTICE.search(  # (nor the platform's notice)
            drop_pinyin_glosses(search_fold(text))))


# 湖城区民政局 / 二〇二五年九月十日: the body that signs a document, over its date, at its end
_SIGNER = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,24}(?:局|委|委员会|办公室|办|政府|中心|院|所|部|厅|处|站|队|会|公司|集团|街道|乡|镇|室)$"
)


def _signature(lines: Sequence[tuple[int, str]], found: Furniture, last_prose: int) -> None:
    """A document's signature: its signer's name on the line above the date it ends with is
    the source (when nothing else names one), not body text."""
    while last_prose > 0 and lines[last_prose][0] in found.lines:
        last_prose -= 1  # 抄送：区政府办公室。 after the signature is furniture, however it ends
    for index in range(max(last_prose, 1), len(lines)):
        number, text = lines[index]
        dated = found.lines.get(number)
        above = lines[index - 1]
        if dated is None or dated.kind != "meta" or dated.date is None or above[0] in found.lines:
            continue
        if _SIGNER.match(above[1].strip()):
            found.lines[above[0]] = FurnitureLine(above[0], above[1], "meta", source=above[1].strip())


_TAIL_KINDS = frozenset(("share", "promo", "footer", "related", "nav", "meta"))
TAIL_MENU_ITEM_MAX_CHARS = 8
# what a short line under the text may be that is no menu item: a credit, a signature's parts
_NOT_MENU_ITEM = re.compile(r"[()（）【】\[\]]|记者|通讯员|编辑|作者|供稿|摄|完|\d{4}")


def _tail_menu(lines: Sequence[tuple[int, str]], found: Furniture, last_prose: int) -> None:
    """微信信访 / APP信访 / 短信信访 over the site's footer: under the text, short lines that run
    into the footer (or the share buttons, a related list) are the site's menu, not the text's end."""
    below = None  # the furniture line under the one looked at
    for index in range(len(lines) - 1, last_prose, -1):
        number, text = lines[index]
        line = found.lines.get(number)
        if line is None and below is not None and below.kind in _TAIL_MENU_KINDS and _menu_item(text):
            line = found.lines[number] = FurnitureLine(number, text, "nav")
        below = line


_TAIL_MENU_KINDS = frozenset(("footer", "nav", "share", "related", "promo"))


def _menu_item(text: str) -> bool:
    return len(text) <= TAIL_MENU_ITEM_MAX_CHARS and not _NOT_MENU_ITEM.search(text) and not ends_sentence(text)




def _mastheads(lines: Sequence[tuple[int, str]], folded: list[str], found: Furniture) -> None:
    """The bulletin's name printed over its issue number is the masthead, not a headline; a 公文's
    red header over its document number names who issued it."""
    for index, (number, _) in enumerate(lines[:-1]):
        header = kinds.RED_HEADER.match(folded[index] or "-")
        if header and kinds.DOCUMENT_NUMBER.match(folded[index + 1] or "-") and number not in found.lines:
            issuer = lines[index][1].strip()[: len(header.group("issuer"))]
            found.lines[number] = FurnitureLine(number, lines[index][1], "meta", source=issuer)
            found.lines.setdefault(lines[index + 1][0], FurnitureLine(lines[index + 1][0], lines[index + 1][1], "nav"))
    for index, (number, line) in enumerate(lines):
        if number in found.lines:
            continue
        journal = kinds.JOURNAL_ISSUE.match(line)
        if kinds.DOCUMENT_NUMBER.match(folded[index] or "-"):  # 青政发〔2024〕12号 alone, with or without the header
            found.lines[number] = FurnitureLine(number, line, "nav")
        elif journal:  # 青石行政学刊 2024年12期: where a paper was printed
            found.lines[number] = FurnitureLine(number, line, "meta", source=journal.group("journal"))
        elif kinds.MASTHEAD_WITH_ISSUE.match(folded[index] or "-"):  # 青石区城市更新工作简报（第5期）: name and issue
            found.lines[number] = FurnitureLine(number, line, "nav")
            found.bulletin = True
    for index in range(1, len(lines)):
        issue = found.lines.get(lines[index][0])
        if issue is None or issue.kind != "nav" or "期" not in folded[index]:
            continue
        above = index - 1
        if lines[above][0] not in found.lines and kinds.MASTHEAD.match(folded[above] or "-"):
            found.lines[lines[above][0]] = FurnitureLine(lines[above][0], lines[above][1], "nav")
            found.bulletin = True


def _outlets_by_meta(
    lines: Sequence[tuple[int, str]], folded: list[str], found: Furniture, prose: tuple[int, int]
) -> None:
    """An outlet's name on a line of its own next to a meta line (湖城发布 / 2025-02-26 19:02, as
    WeChat copies print the account) belongs to it; so does one among the furniture above the
    first paragraph or below the last (湖城发布 between a WeChat article's closing prompts)."""
    first_prose, last_prose = prose
    for index, (number, text) in enumerate(lines):
        if number in found.lines or not kinds.OUTLET.match(folded[index] or "-"):
            continue
        edge = index < first_prose or index > last_prose
        neighbours = [found.lines.get(lines[i][0]) for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if any(n is not None and (n.kind == "meta" or edge and n.kind in _TAIL_KINDS) for n in neighbours):
            found.lines[number] = FurnitureLine(number, text, "meta", outlet=text)


def _is_prose(text: str) -> bool:
    return ends_sentence(text) or len(text) > LIST_ITEM_MAX_CHARS


# Every furniture class needs one of these (or a line without Chinese, or words set apart by spaces):
# a line with none of them is text, and is not looked at further (most lines of a page).
_MAY_BE_FURNITURE = re.compile(
    r"[:>»›|/@©\[【(（*#]|(?:19|20)\d\d|附件|\.(?:docx?|xlsx?|pdf|zip|rar|wps|et|ofd|pptx?)$|[〇○零一二]{2}[〇○零一二三四五六七八九]{2}年|\.(?:jpe?g|png|gif|bmp|webp)|位置|首页|主页|正文|版|期|返回|跳|flash|浏览|阅读"
    r"|javascript|楼|只看|分享|扫|微信|长按|预览|点赞|在看|转发|收藏|今天是|点击|视频|原创|copyright|rights|icp|安备"
    r"|主办|承办|技术支持|联系|地图|标识码|分辨率|未经|举报|留言|评论|看法|免责|广告|关于我们|声明|转载|相关|推荐|猜你|以下文章来源于"
    r"|更多|其他文章|导读|热门|最新|排行|热点|图片新闻|精选|上一|下一|简介|关键|标签|tags|原标题|资讯|关注|公众号"
    r"|客户端|导航|pdf|电子版|数字报|简体|繁体|英文|english|手机版|无障碍|模式|关怀版|打印|列印|关闭|设为|寄给|登录"
    r"|注册|搜索|检索|读报|复制|默认|读完|字数|图像|图片|image|img|photo|提要|友情|发表于|发布于|官方账号|官方帐号|属地|平台声明|本文来自|次浏览|^\W*完\W*$|时间\d|蓝字|收录|滑动|喜欢此|举报|反馈|app|体验|报料|爆料|热线|投稿|播报|朗读|本版"
    r"|主内容|logo|categor|^\d+\s*个$|验证码|听全文|收听本文|朗读本文|大字阅读|欢迎|℃|°|知道了|小程序|取消|允许|文件$|找错|纠错|党政机关|ipv6|分级|限制级|18岁|官网"
    r"|cookie|隐私|浏览器|browser|[\u3040-\u30ff]|下载|支持|已经是|目录$|一区二区|国产"
)


def _bar_as_colon(line: str) -> str:
    """来源 | 云湖区住建委 read as 来源: 云湖区住建委, and WeChat's 编辑丨张晓 校对丨李明 as 编辑:张晓 校对:李明 (one
    character for one: offsets are kept)."""
    if "丨" in line:
        line = _STROKE_LABEL.sub(lambda label: label.group()[:-1] + ":", line)
    bar = _BAR_LABEL.match(line)
    return line if bar is None else line[: bar.start("bar")] + ":" + line[bar.end("bar") :]


_STROKE_LABEL = re.compile(rf"(?:{_SOURCE_LABELS}|{_AUTHOR_LABELS}|{_EDITOR_LABELS})丨")


def _vertical_breadcrumb(folded: list[str], prose: list[bool]) -> set[int]:
    """A breadcrumb copied one link per line (首页 / > / 新闻中心 / > / 图片新闻): each line that is
    only an arrow, and the short lines next to it."""
    found: set[int] = set()
    for index, line in enumerate(folded):
        if not _ARROW_ONLY.match(line):
            continue
        found.add(index)
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(folded) and not prose[neighbour] and 0 < len(folded[neighbour]) <= 14:
                found.add(neighbour)
    return found


_ARROW_ONLY = re.compile(r"^\s*(?:>>?|»|›|→|＞)\s*$")


def _may_be_furniture(text: str, line: str) -> bool:
    return bool(_MAY_BE_FURNITURE.search(line) or " " in line or line in kinds.NAV_WORDS or not _HAN.search(text)
                or _ROC_DATE_LINE.match(line))


def _line_kind(text: str, line: str, *, strict: bool, dates_ok: bool) -> str:
    """The furniture class of one printed line ("" when it is text)."""
    if not _may_be_furniture(text, line):
        return ""
    if kinds.CMS_RECORD.search(line):
        return "meta"
    bare = drop_pinyin_glosses(line)  # (當(dāng)前位置 and 關(guān)鍵詞: read as 当前位置 and 关键词)
    if kinds.BREADCRUMB.search(bare):
        return "nav"
    if kinds.MARKUP.search(line):
        return "footer"
    if line in kinds.TITLE_LIST_LABELS:
        return "related"  # 标题导航 / then the page's headlines, one a line
    if menus.is_nav(bare):
        return "nav"
    if kinds.PAGE_GREETING.match(line):
        return "share"  # 今天是2025年3月12日 星期三: the site's clock, not the article's date
    if _meta_line(text, line, dates_ok=dates_ok, strict=strict) or _REPOST.match(line) or kinds.uncoloned_credit(line):
        return "meta"
    widget_only = kinds.WIDGET.match(line) and not _HAN_RUN.sub("", _strip_widgets(line)).strip("[]【】() ")
    if kinds.SHARE.search(bare) or widget_only:
        return "share"
    if kinds.BUTTONS.match(line) or kinds.BARE_WIDGETS.match(line):
        return "share"
    if kinds.END_MARK.match(line) or kinds.TIME_LINE.match(line) or kinds.EMPTY_FIELDS.match(line):
        return "meta"
    if kinds.FOOTER.search(bare) and not (ends_sentence(text) and len(text) > 60 and "版权" not in line) \
            or kinds.BANNER.search(bare):
        return "footer"
    if kinds.IMAGE.match(bare):
        return "image"
    if strict:
        return ""
    if kinds.RELATED.match(line):
        return "related"
    if kinds.ADJACENT.match(line):
        return "adjacent"
    if kinds.SUMMARY.match(bare):
        return "summary"
    if kinds.PROMO.search(line) and not ends_sentence(text.rstrip(")）")):
        return "promo"
    if not _HAN.search(text) and len(text) <= NO_HAN_MAX_CHARS and not CLOSING_ONLY.match(text):
        return "blank"  # (a lone 。 or ” is the end of the line above it, cut off by a bad copy)
    if not _HAN.search(text) and kinds.ENGLISH_CHROME.search(text):
        return "footer"
    return ""


def _strip_widgets(line: str) -> str:
    return re.sub(r"打印本页|打印|关闭窗口|关闭|收藏|复制链接|字体|字号|返回顶部|[大中小]", "", line)


def _labels(line: str) -> list[str]:
    return [match.group("label").replace(" ", "") for match in _LABEL.finditer(line)]


def _meta_line(text: str, line: str, *, dates_ok: bool, strict: bool) -> bool:
    """A line of labelled fields (来源：… 作者：… 发布时间：…) or a date line, and nothing else."""
    if "。" in line or ends_sentence(text) and not line.endswith(")"):
        return False
    labelled = bool(_LABEL.search(line) or _BARE_LABEL.search(line))
    dated = bool(_DATE.search(line) or _HAN_DATE.search(line) or _EN_DATE.search(line) or _ROC_DATE_LINE.match(line))
    if not labelled and not (dated and dates_ok) or strict and not labelled:
        return False
    rest = _URL.sub(" ", line)
    rest = _ROC_DATE_LINE.sub(" ", _EN_DATE.sub(" ", _HAN_DATE.sub(" ", _DATE.sub(" ", rest))))
    rest = _TIME.sub(" ", rest)
    rest = _LABEL.sub(" ", rest)
    rest = _BARE_LABEL.sub(" ", rest)
    runs = _HAN_RUN.findall(rest)
    values = [len(run) for run in runs]
    if not labelled and any(len(run) > DATE_LINE_MAX_HAN_RUN and not _names_publisher(run) for run in runs):
        return False  # 区委书记曹立强赴商业集团调研 ( 2020年03月23日 ): a headline and its date
    if strict and not dated and len(_labels(line)) < 2:
        return False  # on a newspaper page, "来源：新华社" alone is a credit line, left to the page splitter
    return all(value <= META_VALUE_MAX_HAN for value in values) and sum(values) <= META_MAX_HAN


_REPORTER_REPORTS = re.compile(r"记者\s*(?P<name>[\u4e00-\u9fff·]{2,4}?)\s*/\s*[\u4e00-\u9fff]{2,6}?(?:即时)?报[导道]")


def _names_publisher(run: str) -> bool:
    """云湖区人民政府新闻办公室, 云湖区融媒体中心: an office or outlet, as a date line may name it."""
    return bool(kinds.ISSUING_OFFICE.match(_EDITED_BY.sub("", run)) or _SITE_NAME.match(run))


_EDITED_BY = re.compile(r"(?<=[\u4e00-\u9fff])(?:编印|编)$")  # 青石区人民政府办公室编: the office that edits a bulletin


def _starts_info_box(folded: list[str], index: int) -> bool:
    """时间：11月7日 / 地点：… — an event's information box, part of the article."""
    if kinds.INFO_LABEL.match(folded[index]) or re.match(r"^时间\s*:?\s*$", folded[index]):
        return any(kinds.INFO_LABEL.match(line) for line in folded[index + 1 : index + 4] if line)
    return False


_PUBLISHED_AFTER_UPDATE = re.compile(r"更新[于时日].{0,40}?(?:发布|发表)[于时日]?")


def _read_meta(item: FurnitureLine, line: str) -> None:
    """Date, source, author and editor printed in a meta line."""
    item.labelled = bool(_LABEL.search(line))
    repost, uncoloned = _REPOST.match(line), kinds.uncoloned_credit(line)
    if uncoloned is not None:  # 本 期 编 辑 王某
        item.editor = _as_printed(item.text, line, uncoloned.group("name"), uncoloned.start("name"))
        return
    if repost is not None:  # 以下文章来源于青石融媒，作者刘洋: the account the post comes from (来源： names it better)
        source, author = repost.group("source"), repost.group("author")
        item.outlet = _as_printed(item.text, line, source, repost.start("source"))
        if author and author != source:
            item.author = item.author_printed = _as_printed(item.text, line, author, repost.start("author"))
        return
    ran = _PUBLISHED_AFTER_UPDATE.search(line)  # 更新於 12月27日 • 發布於 12月25日: the day it ran, not its last edit
    date = (full_date(item.text[ran.end() :]) if ran else None) or full_date(item.text) or _roc_date(item.text, line)
    if date:
        item.date, item.date_as_printed = date
        item.drafted = bool(_DRAFTED_LABEL.match(line.lstrip()))
    labels = list(_LABEL.finditer(line))
    dated = next((label for label in labels if _KIND_OF_LABEL.get(label.group("label")) == "date"), None)
    item.month_day = month_day(line[dated.end() :]) if dated and not date else None
    reporters = _REPORTERS_BEFORE_LABELS.match(line[: labels[0].start()]) if labels else None
    if reporters:  # 记者  孙悦  林涛        来源：青石网: the reporters, unlabelled, before the fields
        item.author = _as_printed(item.text, line, reporters.group("names"), reporters.start("names"))
        item.author_printed = item.text[: reporters.end()].strip()
    for position, match in enumerate(labels):
        end = labels[position + 1].start() if position + 1 < len(labels) else len(line)
        value = line[match.end() : end]
        value = re.split(r"\s{2,}|[|\]】)【\[]", value.strip())[0].strip() if value.strip() else ""
        value = _PAGE_NUMBER.sub("", _DATE.sub("", _TIME.sub("", value)))
        value = _ACCOUNT_ID.sub("", value).strip(" []【】()（）|")
        printed_value = item.text[match.end() : match.end() + len(line[match.end() : end])].strip()
        kind = _KIND_OF_LABEL.get(match.group("label").replace(" ", ""))
        named_site = kind == "source" and kinds.DOMAIN.match(value)  # (来源：CCTV.com)
        if not value or not _HAN.search(value) and kind != "author" and not named_site:
            continue
        if kind == "source" and kinds.CMS_ACCOUNT.match(value) or value in ("不详", "未知", "暂无", "无", "佚名"):
            continue  # 信息来源：超级管理员 — the site's account that posted it, no source; 来源：不详 names none
        if kind == "source" and item.source is None:
            credit = kinds.CREDIT_IN_SOURCE.search(value)  # 来源：云湖日报 记者 王琳: the outlet, then its reporter
            if credit is not None:
                value = value[: credit.start()].strip()
                if item.author is None:
                    item.author = credit.group("name")
                    item.author_printed = credit.group().strip()
            item.source = _as_printed(item.text, line, value, match.end())
        elif kind == "author" and item.author is None:
            item.author = _as_printed(item.text, line, value, match.end())
            photo_too = line[max(0, match.start() - 2) : match.start()] == "图/"  # 图/文：…
            label_start = match.start() - 2 if photo_too else match.start()
            item.author_printed = item.text[label_start : match.end()] + re.split(r"\s{2,}|[|【\[]", printed_value)[0]
            item.author_printed = item.author_printed.strip()
        elif kind == "editor" and item.editor is None:
            item.editor = _as_printed(item.text, line, value, match.end())
    if item.source is None and not labels:
        # (《云湖日报》（2025年03月11日 第 04 版）: a paper's citation line names it in 《》)
        tokens = [token for token in re.split(r"[\s|()（）·•《》]+", _URL.sub(" ", line)) if token]
        outlets = [token for token in tokens if kinds.OUTLET.match(token)]
        undated = [token for token in tokens if not (_DATE.search(token) or _TIME.search(token))]
        reporter = _REPORTER_REPORTS.search(line)
        if reporter and item.author is None:  # 聯合報 記者林怡／台北即時報導: the reporter, where they report from
            item.author = _as_printed(item.text, line, reporter.group("name"), reporter.start("name"))
            item.author_printed = item.text[reporter.start() : reporter.end()]
        if outlets:
            item.outlet = _as_printed(item.text, line, outlets[-1], 0, last=True)
            # 原创 刘洋 云湖发布 2025年…: WeChat names the author before the account
            if tokens[0] == "原创" and len(tokens) > 2 and tokens[1] not in outlets and _NAME_VALUE.match(tokens[1]):
                item.author = item.author_printed = tokens[1]
        elif len(undated) == 1 and len(undated) < len(tokens) and _names_publisher(undated[0]):
            # 2025年09月03日 17:45　云湖区政府办公室: the office that issued it (…办公室编: a bulletin's editor)
            item.outlet = _as_printed(item.text, line, _EDITED_BY.sub("", undated[0]), 0)


# where a meta line may start inside a headline's line: after a space, a date or a label
_TAIL_START = re.compile(
    rf"\s+(?=(?:19|20)\d{{2}}\s*[年\-/.]|(?:{_SOURCE_LABELS}|{_AUTHOR_LABELS}|{_DATE_LABELS})\s*:)"
)
TAIL_TITLE_MIN_HAN = 4  # what stays before the meta is a headline of at least this many characters


def meta_tail(text: str) -> tuple[int, FurnitureLine] | None:
    """区住建委召开推进会 2025-03-12 来源：区住建委 — a headline with its meta line printed on the
    same line (a CMS's list view copied): where the meta begins, and what it says."""
    line = search_fold(text)
    if len(line) != len(text):
        return None
    for match in _TAIL_START.finditer(line):
        if len(_HAN.findall(line[: match.start()])) < TAIL_TITLE_MIN_HAN or _LABEL.match(line):
            continue  # (文章来源： 作者： 发布时间：…: a field left empty is no headline)
        rest_text, rest = text[match.end() :], line[match.end() :]
        if _meta_line(rest_text, rest, dates_ok=True, strict=False):
            item = FurnitureLine(0, rest_text, "meta")
            _read_meta(item, rest)
            return match.start(), item
        return None
    return None


def has_label(text: str) -> bool:
    """Whether the text holds a meta line's label (来源：, 发布时间：, 作者：…), read folded."""
    return _LABEL.search(search_fold(text)) is not None


def issuing_office(text: str) -> bool:
    """A line that is only an office's name (新聞局, 云湖区政府办公室): who issued the page."""
    return kinds.ISSUING_OFFICE.match(search_fold(text.strip())) is not None


def _as_printed(text: str, line: str, value: str, start: int, *, last: bool = False) -> str:
    """``value``, read in the folded ``line``, as ``text`` prints it (都市發展局, not 都市发展局):
    folding keeps every character's offset."""
    position = line.rfind(value) if last else line.find(value, start)
    if position < 0 or len(line) != len(text):
        return value
    return text[position : position + len(value)]


def _site_tail(lines: Sequence[tuple[int, str]], index: int, found: Furniture) -> None:
    """新闻推荐 / a teaser / 青石新闻，讲述家乡的故事。: a line or two of the site's own after a list of other
    articles that ends the page are the site's, not the article's (a credit there stays the article's)."""
    tail = lines[index:]
    if 0 < len(tail) <= SITE_TAIL_MAX_LINES and all(
            len(text) <= SITE_TAIL_MAX_CHARS and not _CREDIT_WORDS.search(text) for _, text in tail):
        for number, text in tail:
            found.lines.setdefault(number, FurnitureLine(number, text, "footer"))


SITE_TAIL_MAX_LINES = 2
SITE_TAIL_MAX_CHARS = 60
_CREDIT_WORDS = re.compile(r"记者|通讯员|编辑|作者|来源|摄")


def _take_list(lines: Sequence[tuple[int, str]], prose: list[bool], index: int, found: Furniture) -> int:
    """The entries of a related-articles list after its label: until prose begins."""
    last_list = not any(prose[index:])  # nothing but short lines to the end: all of them are the list
    while index < len(lines):
        number, text = lines[index]
        ending = text.rstrip()[-3:]
        teaser = ending.endswith(("...", "…", "。。。"))  # 本报记者 李明 当前，城市更新…: a cut-off lead
        exclaimed = len(text) <= LIST_ITEM_MAX_CHARS and ending.endswith(("！", "!", "？", "?")) \
            and "。" not in text  # 这个小区改造后大变样！: a headline in the list, not a sentence
        if (prose[index] or len(text) > LIST_ITEM_MAX_CHARS) and not (teaser or exclaimed):
            return index
        entry = re.match(r"^[-·•*>]\s*", text) or _DATE.search(text) or _TIME.search(text) or kinds.RELATED.match(text)
        if not (entry or last_list or teaser or exclaimed):
            return index  # not an entry: a headline of what follows, or the text goes on
        found.lines[number] = FurnitureLine(number, text, "related")
        index += 1
    return index


def looks_like_outlet(text: str) -> bool:
    return bool(kinds.OUTLET.match(text))


def publisher_line(text: str) -> str | None:
    """The publisher a line over a headline names (某某特别行政区政府 新闻公报 → 某某特别行政区政府),
    "" when the line is only such a line's last word (政务公开, 新闻公报: an item of the site's
    menu, naming nobody), or None when the line is no such name."""
    text = text.split("|")[0] if "|" in text else text  # 今日竹山-数字报|今日竹山-电子版: the first name is enough
    folded = search_fold(text).strip()
    if _SITE_NAME.match(folded):
        return text.strip()  # 云湖区融媒体中心, 人民日报客户端, 中国云湖网: the site's whole name
    if len(folded) > 30 or not kinds.PUBLISHER.search(folded):
        return None
    name = kinds.PUBLISHER.sub("", folded).strip().rstrip("-—_·")
    return text.strip()[: len(name)].strip()


# A line that is only a site's or outlet's name: 云湖区人民政府, 云湖在线, 云湖新闻, 中国云湖网, 云湖发布
_SITE_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}(?:人民政府|新闻网|政府网|信息网|在线|新闻|发布|融媒|融媒体中心|日报|晚报|电视台|客户端|频道"
    r"|青年报|商报|时报|晨报|都市报|法治报|法制报|经济报|导报|快报)"
    r"|中国[\u4e00-\u9fff]{1,6}网)$"
)
