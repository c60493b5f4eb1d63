"""Navigation lines of a web page: a site's menu, a breadcrumb, a channel bar, a region's list of places —
told apart from headlines and text by their items (short, navigation words, set off by bars or spaces).
Asked of each folded line by webpage.py (docs/architecture.md, "Web articles")."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from composer.ingest import furniture_lines as kinds

MENU_MIN_ITEMS = 4  # 首页 机构概况 政务公开 政务服务 互动交流: a site's menu, one of its items a navigation word
MENU_ITEM_MAX_CHARS = 6
BARRED_ITEM_MAX_CHARS = 8  # 伊金霍洛旗 | 新巴尔虎右旗: links set off by bars may be a little longer
LIST_ITEM_MAX_CHARS = 70  # an entry of a list of links or related articles: a headline, perhaps with its date
LINK_LIST_MIN_ITEMS = 4  # bulleted links above the article, at least
TAIL_LINKS_MIN_ITEMS = 3  # …and under its last paragraph


def is_nav(line: str) -> bool:
    """A folded line that only navigates: its tokens navigation words, a short menu with one of them, the
    way home and a section, links set off by bars, or a channel bar or list of places of any length."""
    if kinds.NAV_PHRASE.search(line) and len(line) <= 40:
        return True
    tokens = [token for token in re.split(r"[\s|/·•»>«<‹›↑]+", line) if token]
    if not tokens:
        return False
    if len(line) > 60:
        return _long_menu_bar(line, tokens)
    navigation = sum(1 for token in tokens if token in kinds.NAV_WORDS or _two_nav_words(token))
    menu = len(tokens) >= MENU_MIN_ITEMS and all(len(token) <= MENU_ITEM_MAX_CHARS for token in tokens)
    crumb = tokens[0] in kinds.HOME_WORDS and len(tokens) <= MENU_MIN_ITEMS and all(
        len(token) <= MENU_ITEM_MAX_CHARS for token in tokens)  # 首页 新闻: the way home and a section
    mostly = navigation >= 2 and navigation * 2 >= len(tokens)
    # 克东县 | 农安县 | 乌审旗 | 淮安市 |: a list of links set off by bars, no sentence in it
    barred = line.count("|") >= MENU_MIN_ITEMS - 1 and len(tokens) >= MENU_MIN_ITEMS \
        and _links_only(tokens, _SENTENCE_MARKS)
    return navigation == len(tokens) or mostly or (menu and navigation > 0) or crumb or barred


def _long_menu_bar(line: str, tokens: list[str]) -> bool:
    """首页|新闻|图片|评论|财经|…|ENGLISH: a site's whole channel bar, longer than any other menu line — many
    short items between bars, the first of them the way home or a nav word; or a region's list of places."""
    if len(line) > LONG_MENU_MAX_CHARS or len(tokens) < 2 * MENU_MIN_ITEMS \
            or not _links_only(tokens, _SENTENCE_MARKS + "、"):
        return False
    places = sum(1 for token in tokens if token[-1:] in _PLACE_ENDS)  # 池州市 宣城市 六安市 …: a region's sites
    # 看青石 要闻 本地新闻 国际新闻 … 青石视频 独家专题: a portal's whole channel list, many of them named 新闻
    channels = sum(1 for token in tokens if token in kinds.NAV_WORDS or token.endswith(_CHANNEL_ENDS))
    bars = line.count("|")
    # (新闻 | 体育 | 娱乐 | … | 点播: every item set off by a bar, two of them channels, whatever its first item — not
    # a list of honourees or projects set off by bars)
    barred_channels = bars >= len(tokens) - 1 and channels + sum(token in _CHANNEL_WORDS for token in tokens) >= 2
    return (bars >= 2 * MENU_MIN_ITEMS and (tokens[0] in kinds.HOME_WORDS or tokens[0] in kinds.NAV_WORDS
                                            or barred_channels)
            or 4 * places >= 3 * len(tokens)
            or len(tokens) >= 4 * MENU_MIN_ITEMS and CHANNEL_SHARE_MIN * len(tokens) <= channels)


_PLACE_ENDS = frozenset("省市区县旗盟州镇乡")
_CHANNEL_ENDS = ("新闻", "要闻", "动态", "资讯", "视频", "图片", "报道", "观察", "频道", "专题")
_CHANNEL_WORDS = frozenset((
    "时政", "体育", "娱乐", "经济", "财经", "科技", "科教", "教育", "健康", "汽车", "房产", "旅游", "文旅",
    "文化", "军事", "国际", "国内", "社会", "法治", "评论", "直播", "点播", "少儿", "电视指南", "生活", "女性", "游戏",
    "读书",
))
LONG_MENU_MAX_CHARS = 600  # a portal's whole channel list may run to this
CHANNEL_SHARE_MIN = 1 / 6  # of a long space-set list of links, this share named as channels (no list of names is)
_SENTENCE_MARKS = "，。；：！？"


def _links_only(tokens: list[str], marks: str) -> bool:
    """Every item as short as a link's words, none holding a mark of a sentence (``marks``)."""
    return all(len(token) <= BARRED_ITEM_MAX_CHARS and not any(mark in token for mark in marks) for token in tokens)


def _two_nav_words(token: str) -> bool:
    """正文复制: two buttons printed with nothing between them."""
    if len(token) > 8:
        return False
    return any(token[:cut] in kinds.NAV_WORDS and token[cut:] in kinds.NAV_WORDS for cut in range(1, len(token)))


def link_lists_on_top(lines: Sequence[tuple[int, str]], first_prose: int) -> list[tuple[int, str, str]]:
    """媒體 / • 澳廣視新聞 / • 政府消息 / … above the article: a portal's lists of links (each a bullet and a
    name or a headline) and the short label over each — the page's, before any text of the article. Returns
    (line number, text, furniture kind) for each."""
    found: list[tuple[int, str, str]] = []
    index = 0
    while index < first_prose:
        end = index
        while end < first_prose and len(lines[end][1]) <= LIST_ITEM_MAX_CHARS and _LINK_ITEM.match(lines[end][1]):
            end += 1
        if end - index < LINK_LIST_MIN_ITEMS:
            index = end + 1
            continue
        found += [(number, text, "related") for number, text in lines[index:end]]
        label = lines[index - 1] if index else None
        if label and len(label[1]) <= MENU_ITEM_MAX_CHARS and kinds.HAN.search(label[1]):
            found.append((label[0], label[1], "nav"))
        index = end
    return found


def link_list_at_end(lines: Sequence[tuple[int, str]], last_prose: int,
                     furniture: Container[int] = frozenset()) -> list[tuple[int, str, str]]:
    """• 体育奥运抽签… / ▪ 823公投併罷免落幕！… under the last paragraph: the site's links to other articles,
    three or more, each a bullet and a headline (an article's own list ends its items with ；or 。), and a
    👉 line over them; or, none of them ``furniture`` already, six or more headlines with no bullet (not a
    list of units, 某某局 / 某某镇人民政府, that closes a notice)."""
    after_editor = _links_after_editor(lines)
    if after_editor:
        return after_editor
    items = [(number, text) for number, text in lines[last_prose + 1 :] if text.strip(" •·▪")]
    if len(items) >= PLAIN_LINKS_MIN_ITEMS and not any(number in furniture for number, _ in items) \
            and all(_PLAIN_LINK.fullmatch(text.strip()) for _, text in items) \
            and sum(1 for _, text in items if _UNIT_LINE.search(text.strip())) * 2 < len(items):
        return [(number, text, "related") for number, text in items]  # headlines of other articles, one a line
    links = [(number, text) for number, text in items if _LINK_ITEM.match(text) or _POINTER.match(text)]
    if len(links) < TAIL_LINKS_MIN_ITEMS or any(text.rstrip()[-1:] in "；;。" for _, text in links):
        return []
    return [(number, text, "related") for number, text in links if len(text) <= LIST_ITEM_MAX_CHARS]


def _links_after_editor(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """【编辑：某某】 closing the text, then 视频 / 更多 / headlines of other articles: every line after the editor's
    credit, when none of them is prose (no 。, none long), links to other articles."""
    credit = next((index for index in range(len(lines) - 1, -1, -1) if _EDITOR_CREDIT.match(lines[index][1])), None)
    if credit is None or not any("。" in text for _, text in lines[:credit]):
        return []  # (a credit over the text, under its date: no text closed by it)
    items = [(number, text) for number, text in lines[credit + 1 :] if text.strip()]
    if len(items) < TAIL_LINKS_MIN_ITEMS or any("。" in text or len(text.strip()) > LIST_ITEM_MAX_CHARS
                                                for _, text in items):
        return []
    return [(number, text, "related") for number, text in items]


_EDITOR_CREDIT = re.compile(
    r"^\s*[【\[(（]?\s*(?:[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯])\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*[】\]）)]?\s*$")
_LINK_ITEM = re.compile(r"^\s*[•·▪◆●■]\s*\S")
# …and with no bullets: every line under the last paragraph a short headline (no comma, no mark ending a sentence
# or a list item, no colon ending it: a paragraph cut short has its commas), at least this many of them
PLAIN_LINKS_MIN_ITEMS = 6
# 青石镇人民政府 / 区财政局 …: a notice's list of units, not links
_UNIT_LINE = re.compile(r"(?:局|委|办|政府|中心|院|公司|街道|镇|乡|村|社区|部|厅|处|所|站|队|会|校|协会|集团)$")
_PLAIN_LINK = re.compile(r"(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[^。；;，,]{3,29}[^。；;：:，,]")
_POINTER = re.compile(r"^\s*(?:👉|☞|>>)\s*\S")
