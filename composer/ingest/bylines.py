"""Article metadata read from printed text: bylines, reporters, dates, kinds, file names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from composer.common.lexicon import is_common_word
from composer.common.text import has_traditional, search_fold, simplified_table
from composer.ingest.cleanup import BYLINE_START, TURN_START

NAME = r"[\u4e00-\u9fff·]{2,5}"
MASTHEAD_CHARS = 300  # the start of a page searched for its masthead date (a few lines; later dates are the news')
_ROLE = r"(?:本报)?(?:特约记者|见习记者|实习记者|记者|通讯员|实习生|特约通讯员)"
# 本报讯(记者 袁阳 姜欢) / 本报讯（通讯员 霍海宁 记者 刘洋怡） / 本报讯 / 新华社北京3月5日电(记者 …)
_BYLINE = re.compile(
    r"^(?P<lead>" + BYLINE_START.pattern.lstrip("^") + r")\s*"
    r"(?:[(（](?P<credits>[^()（）]{0,60})[)）])?\s*"
)
_ROLE_SPLIT = re.compile(_ROLE)
_EVENT_DATE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上|中午|凌晨|傍晚|夜间)?"
    r"|近日|日前|近期|昨天|昨日|今天|今日"
)


@dataclass
class Byline:
    printed: str  # exactly as printed, e.g. "本报讯(记者 袁阳 姜欢)"
    reporters: list[str]
    rest: str  # the paragraph text after the byline (before it, for a credit printed at the end)
    source: str | None = None  # the outlet a web dateline names: 新华网北京2月27日电 → 新华网


def split_byline(paragraph: str) -> Byline | None:
    """Take a leading byline off a paragraph and read the reporters' names from it."""
    match = _BYLINE.match(paragraph)
    if not match:
        return None
    printed = paragraph[: match.end()].rstrip()
    return Byline(printed, reporters_in(match.group("credits") or ""), paragraph[match.end() :].lstrip())


def reporters_in(credits: str) -> list[str]:
    """Names credited as 记者/特约记者/通讯员…, in printed order."""
    names: list[str] = []
    credits = _AFFILIATION.sub("", credits)  # 总台央视记者 陈雯: 总台央视 is where they work
    for chunk in _ROLE_SPLIT.split(credits):
        for name in re.split(r"[\s、,，]+", _REPORTED.sub("", chunk.strip())):  # （记者王明报道）
            if re.fullmatch(NAME, name) and name not in names and not _OUTLET_NAME.search(name) \
                    and name not in NOBODY:
                names.append(name)
    return names


NOBODY = frozenset(("佚名", "匿名", "不详", "未知", "本站", "本网", "管理员", "超级管理员", "网站管理员",  # 作者：佚名
                    "综合", "整理", "编译"))  # (记者 王某 综合报道: how the report was made, no one)
# 作者:裴思童 中國青年網, 作者:央视新闻: the site or outlet, no author
_OUTLET_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}(?:网|網|报|報|融媒|新闻|新聞|客户端|客戶端)$")


# -- bylines of web articles ---------------------------------------------------------

_AFFILIATION = re.compile(r"[\u4e00-\u9fff]{1,8}(?:社|台|网|报|央视|电视|中心|融媒)(?=" + _ROLE + ")")
_OUTLET = (r"(?:[\u4e00-\u9fff]{2,10}频道|[\u4e00-\u9fff]{2,10}?(?:网|社|报|台|融媒|客户端|新闻|日报|晚报|时报|在线)"
           r"|[\u4e00-\u9fff]{1,10}?(?:融媒体中心|新闻中心))")  # (县融媒体中心记者：…)
_CREDITS = r"(?:\s*[(（](?P<credits>[^()（）]{0,60})[)）])?"
# 新华网北京2月27日电, 千龙网北京1月23日讯(记者 杨理光), 冷水滩融媒12月7日讯(记者 周勇), 中新网3月20日电,
# 央广网云湖3月7日消息（记者王静）
# 2月27日, 一月三十一日
_NUMERAL_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
# 北京2月27日电: where, which day (某台新闻频道1月13日报道：)
# (or a paper's special dispatch from a place, no day: 某日报南宁专电)
_PLACE_DAY_SENT = (rf"(?:(?:[\u4e00-\u9fff]{{0,8}}?){_NUMERAL_DAY}(?:电|讯|消息|报道)"
                   r"|(?:(?!的|发自)[\u4e00-\u9fff]){2,4}?专电(?=[（(\s\d]))")  # (not 发自东京的专电称, a report cited)
_DATELINE = re.compile(rf"^(?P<outlet>{_OUTLET})(?:[/／]{_OUTLET})?{_PLACE_DAY_SENT}{_CREDITS}[\s，,：:]*")
# 青石日报讯 12月9日，…, 青石网/青石发展门户网讯 民族要复兴…: the outlet's 讯 set apart from the lead
_OUTLET_SENT = re.compile(rf"^(?P<outlet>{_OUTLET})(?:[/／]{_OUTLET})?讯[ \u3000]+(?=[\u4e00-\u9fff\d“])")
# (中华新闻通讯社/中华时报1月21日讯)以下是…: the dateline in brackets, one outlet or two
_BRACKETED_DATELINE = re.compile(rf"^[(（](?P<outlet>{_OUTLET})(?:[/／]{_OUTLET})?{_PLACE_DAY_SENT}[)）][\s，,：:]*")
# (某社记者林小文台北13日电): an agency's dateline in brackets, the reporter's name run into the place
_BRACKETED_AGENCY = re.compile(
    rf"^[(（](?P<outlet>{_OUTLET})(?:记者|特约记者)(?P<who>[\u4e00-\u9fff]{{3,12}}?)(?:\d{{1,2}}月)?\d{{1,2}}日电[)）][\s，,：:]*"
)
# 据新快报消息 / 据人民日报报道 / 央视网消息： / 央视网消息（新闻联播）： / （澳门电台消息）
_REPORTED_BY = re.compile(
    rf"^(?:据(?P<outlet>[\u4e00-\u9fff《》]{{2,12}}?)(?:消息|报道)|(?P<outlet2>{_OUTLET}|[A-Za-z][A-Za-z0-9\-]{{1,20}}\.(?:com|cn|net))消息"
    rf"|[(（](?P<outlet3>{_OUTLET})(?:消息|讯)[)）])"
    r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?[\s，,：:]*"  # 央视网消息（新闻联播）： — and the programme
)
# 据某日报消息，… — with a comma the phrase opens the lead's sentence (set apart by a space it is a credit)
_IN_SENTENCE_REPORT = re.compile(r"^据[^\s，,：:]{2,14}(?:消息|报道)[，,]")
# 【Now新闻台】港澳办主任…: the outlet alone in brackets opening the lead (a column's tag names no outlet)
_BRACKETED_OUTLET = re.compile(
    r"^【(?P<outlet>[a-z0-9\u4e00-\u9fff]{1,10}?(?:新闻台|电视台|电台|通讯社|新闻网|日报|晚报|时报))】\s*")
# 【新民网·独家报道】, 【《财经网》专稿/记者 罗昌平】
_BRACKET_CREDIT = re.compile(r"^【(?P<inner>[^【】]{2,40}?(?:报道|专稿|讯|记者|来源|供稿)[^【】]{0,30})】\s*")
# 记者王明报道： after a bracketed credit
_REPORTER_LEAD = re.compile(
    r"\s*(?P<credits>(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4}){0,3})\s*报道\s*[:：]\s*"
)
# 文/张三, 文 | 张三, 记者 张三 李四, 本报记者 张三, 澎湃新闻记者 孙悦 (a line of its own)
_AUTHOR_LINE = re.compile(
    r"^(?:(?:文|撰文|作者|文\s*[/／]\s*图|图文)\s*[/／|｜:：丨]?\s*(?<=[/／|｜:：丨\s])"
    rf"|(?:本报|{_OUTLET}\s*|全媒体|融媒体?)?(?:记者|通讯员|特约记者|见习记者|实习记者)(?![会招节证站团们])\s*[:：]?\s*)"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}){0,5})$"
)
_REPORTED = re.compile(r"\s*(?:摄影报道|报道)$")
_SUPPLIED = re.compile(r"^(?P<office>[\u4e00-\u9fff]{2,16}?)\s*(?:供稿|供图|撰稿)$")
# 蔡迩一/北京青年报“政知道”微信公号 under a headline: the author, then where the piece first ran (its source)
_AUTHOR_SLASH_OUTLET = re.compile(
    r"^(?P<names>[\u4e00-\u9fff·]{2,4})\s*[/／]\s*"
    r"(?P<outlet>[^\s/／，。]{2,30}?(?:报|報|网|網|社|台|公号|公號|客户端|客戶端|新闻|新聞|发布|發布))$")
# 台灣新聞網記者黃明/大里報導, 記者林怡／台北即時報導, 青石特派員某某/松山縣報導 (a correspondent): the reporter,
# then where they report from
_REPORTS_FROM_TEXT = (
    rf"(?P<outlet>本报|{_OUTLET})?(?:记者|特约记者|实习记者|[\u4e00-\u9fff]{{0,4}}特派[员員])\s*(?P<names>[\u4e00-\u9fff·]{{2,4}}(?:[\s、,，]+[\u4e00-\u9fff·]{{2,4}}){{0,3}})"
    r"\s*[/／]\s*[\u4e00-\u9fff]{1,8}?(?:即时|综合)?报[导道]"
)
_REPORTS_FROM = re.compile(rf"^{_REPORTS_FROM_TEXT}$")
# 〔記者張某／台中報導〕 opening the first paragraph: the same credit, in brackets before the text
_BRACKETED_REPORTS_FROM = re.compile(rf"^[〔【\[(（]\s*{_REPORTS_FROM_TEXT}\s*[〕】\])）]\s*")
CREDIT_MARK = re.compile(r"^\s*[■□●]\s*")  # ■通 讯 员 冯某: a paper's credit under its headline
_SPACED_ROLE = re.compile(r"通\s+讯\s+员|记\s+者")
_PHOTO_REPORT = re.compile(r"^(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4}){0,3})\s*摄影报道$")
_OUTLET_BEFORE_REPORTER = re.compile(rf"^(?P<outlet>{_OUTLET})\s*(?:记者|特约记者|见习记者|实习记者)")
# How the name of an office ends (党办, 区公安分局, 某某街道): an organisation credited, not a person.
_OFFICE_ENDINGS = "办|局|委|部|厅|处|科|室|站|所|院|中心|政府|党委|街道|社区|镇|乡"
# …送去希望。（徐少波 周帅） / …审议。（记者王雪） / …其他事项。■瞿伟 / …布置。(党办)
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[。！？”」』）)\s])|^)\s*(?:[(（](?P<credits>(?:[^()（）]{0,12}?(?:记者|通讯员|实习生|特约记者|见习记者)[:：]?)?"
    r"\s*[\u4e00-\u9fff·]{2,5}(?:[\s、,，]+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,5}){0,5})[)）]"
    r"|[■□●]\s*(?P<mark>[\u4e00-\u9fff·]{2,4}(?:[\s、,，][\u4e00-\u9fff·]{2,4}){0,3})"
    # （撰稿：某某，电话：02-…）: who wrote a release and how to reach them
    r"|[(（]\s*(?:撰稿|撰文|供稿)[:：]\s*(?P<writer>[\u4e00-\u9fff·]{2,4})"
    r"(?:[，,、\s]*(?:联系|联络)?电话[:：]\s*[\d\-+()（） ]{6,24})?[)）]"
    r"|[(（](?:来源|来源于|稿件来源|信息来源|文章来源)[:：]\s*(?P<source>[^()（）]{2,24})[)）]"
    rf"|[(（](?P<office>[\u4e00-\u9fff]{{2,14}}?(?:{_OFFICE_ENDINGS}|新闻|日报|晚报|融媒))[)）])\s*$"
)
_NOT_CREDITS = frozenset(
    ("待续", "未完", "未完待续", "全文完", "完结", "附图", "附表", "附件", "图片", "视频", "有删节", "节选")
)
_OUTLET_LEAD = re.compile(  # 滨州日报/滨州网讯: two outlets, the first is the source
    rf"^(?P<outlet>{_OUTLET})(?:[/／]{_OUTLET})?(?:[\u4e00-\u9fff]{{0,8}}?\d{{1,2}}月\d{{1,2}}日)?(?:讯|电)"
)
_ORG_SUFFIX = re.compile(rf"(?:{_OFFICE_ENDINGS}|公司|集团|协会|学会|支部)$")


def split_web_byline(paragraph: str) -> Byline | None:
    """A byline or dateline opening a web article's first paragraph: 本报讯…, 新华网北京2月27日电,
    据新快报消息, 【《财经网》专稿/记者 罗昌平】 (the outlet it names is the source). Read in the
    folded text (【大公報訊】記者…, 香港文匯報訊（記者 張華）), given back as printed."""
    folded = search_fold(paragraph)
    if folded == paragraph or len(folded) != len(paragraph):
        return _split_web_byline(paragraph)
    found = _split_web_byline(folded)
    if found is None:
        return None
    return _as_printed_byline(found, paragraph[: len(found.printed)],
                              paragraph[len(paragraph) - len(found.rest) :] if found.rest else "")


def _as_printed_byline(found: Byline, printed: str, rest: str) -> Byline:
    """``found`` (read in folded text) with its names and source in the characters ``printed`` shows."""
    return Byline(
        printed,
        [_as_printed(printed, found.printed, name) for name in found.reporters],
        rest,
        _as_printed(printed, found.printed, found.source) if found.source else None,
    )


def _as_printed(printed: str, folded: str, value: str) -> str:
    """``value``, found in the ``folded`` form of ``printed``, in the printed characters."""
    position = folded.find(value)
    return printed[position : position + len(value)] if position >= 0 else value


def _split_web_byline(paragraph: str) -> Byline | None:
    found = split_byline(paragraph)
    if found is not None:
        lead = _OUTLET_LEAD.match(found.printed)  # 光明网讯（记者…）, 新华社北京3月5日电 — not 本报讯
        if lead and not lead.group("outlet").startswith("本报"):
            found.source = lead.group("outlet")
        return found
    for pattern in (_DATELINE, _REPORTED_BY, _BRACKETED_DATELINE, _OUTLET_SENT, _BRACKETED_OUTLET):
        match = pattern.match(paragraph)
        # (央视网消息（今日关注）： alone on its line: the credit over the text)
        if match and (match.end() < len(paragraph) or pattern is _REPORTED_BY and paragraph[-1:] in ":："):
            groups = match.groupdict()
            outlet = groups.get("outlet") or groups.get("outlet2") or groups.get("outlet3") or ""
            named = re.search(r"《(?P<name>[^》]{2,12})》", outlet)  # 据《侨报网》综合讯报道: the name in 《》
            outlet = named.group("name") if named else outlet.strip("《》")
            printed = paragraph[: match.end()].rstrip(" ，,：:")
            if pattern is _REPORTED_BY and _IN_SENTENCE_REPORT.match(paragraph):
                return Byline("", [], paragraph, outlet or None)  # the lead's own words: kept, the source read
            credits = groups.get("credits") or ""
            return Byline(printed, reporters_in(credits), paragraph[match.end() :].lstrip(), outlet or None)
    match = _BRACKETED_AGENCY.match(paragraph)
    if match and match.end() < len(paragraph):
        who = match.group("who")  # 林小文青石县 / 王明台北: a name of three before a place of two or more
        name = who[:2] if len(who) < 5 or is_common_word(who[2:]) and not is_common_word(who[3:]) else who[:3]
        return Byline(paragraph[: match.end()].strip(), [name], paragraph[match.end() :], match.group("outlet"))
    match = _BRACKETED_REPORTS_FROM.match(paragraph)
    if match and match.end() < len(paragraph):
        outlet = match.group("outlet")
        return Byline(paragraph[: match.end()].strip(), reporters_in(match.group("names")),
                      paragraph[match.end() :], outlet if outlet and outlet != "本报" else None)
    match = _BRACKET_CREDIT.match(paragraph)
    if match and match.end() < len(paragraph):
        inner = match.group("inner")
        named = re.search(r"《(?P<o>[^》]{2,12})》", inner) or re.match(rf"^(?P<o>{_OUTLET})", inner)
        credits = inner[inner.index("记者") :] if "记者" in inner else ""
        end = match.end()
        reported = _REPORTER_LEAD.match(paragraph, end)  # 【大公报讯】记者王明报道：…
        if reported and reported.end() < len(paragraph):
            credits, end = credits + " " + reported.group("credits"), reported.end()
        return Byline(paragraph[:end].strip(), reporters_in(credits), paragraph[end:].lstrip(),
                      named.group("o") if named else None)
    return None


def author_line(line: str) -> Byline | None:
    """A line that only credits the authors: 文/张三, 记者 张三 李四, 作者：张三 (read in simplified
    characters: 全媒體記者:王勃 陶然; the names given back as printed)."""
    if has_traditional(line):
        folded = line.translate(simplified_table())
        found = _author_line(folded)
        return None if found is None else _as_printed_byline(found, line.strip(), "")
    return _author_line(line)


def _author_line(line: str) -> Byline | None:
    unmarked = CREDIT_MARK.sub("", line).strip()  # ■通 讯 员 冯某: read with the role's spaces closed up
    found = _author_line_read(_SPACED_ROLE.sub(lambda match: re.sub(r"\s", "", match.group()), unmarked))
    if found is not None and not found.rest:
        found.printed = unmarked
    return found


def _author_line_read(line: str) -> Byline | None:
    # 记者 张三 李四 报道; 井娇摄影报道: a name and 摄影报道, no 记者 before it
    match = _AUTHOR_LINE.match(_REPORTED.sub("", line.strip())) or _PHOTO_REPORT.match(line.strip())
    reports_from = _REPORTS_FROM.match(line.strip()) if match is None else None
    if reports_from is not None:
        outlet = reports_from.group("outlet")
        return Byline(line.strip(), reporters_in(reports_from.group("names")), "",
                      outlet if outlet and not outlet.startswith("本报") else None)
    slashed = _AUTHOR_SLASH_OUTLET.match(line.strip()) if match is None else None
    if slashed is not None:
        return Byline(line.strip(), [slashed.group("names")], "", slashed.group("outlet"))
    if match is None:  # 区政府办 供稿: the office that sent the text in is its source
        supplied = _SUPPLIED.match(line.strip())
        return Byline(line.strip(), [], "", supplied.group("office")) if supplied else None
    outlet = _OUTLET_BEFORE_REPORTER.match(line.strip())  # 云湖日报记者 李华: the outlet is the source
    source = outlet.group("outlet") if outlet and not outlet.group("outlet").startswith("本报") else None
    return Byline(line.strip(), reporters_in(match.group("names")), "", source)


_SPACED_NAME = r"(?:[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]|[\u4e00-\u9fff·]{3,4})"
_NAMES_LINE = re.compile(rf"^{_SPACED_NAME}(?:\s*[，,、;；]\s*{_SPACED_NAME}){{1,5}}$")


def names_line(line: str) -> Byline | None:
    """A line of two or more names and nothing else (倪 星，史永跃): the authors, under a title."""
    if not _NAMES_LINE.match(line.strip()):
        return None
    names = [re.sub(r"\s", "", name) for name in re.split(r"\s*[，,、;；]\s*", line.strip())]
    return Byline(line.strip(), names, "")


def trailing_credit(paragraph: str) -> Byline | None:
    """A credit printed at the end of the last paragraph: （记者 王雪）, （徐少波 周帅）, ■瞿伟; an
    office credited the same way (（党办）) is the source. ``rest`` is the paragraph before it. Read in
    simplified characters (（記者 林彬彬）), given back as printed."""
    if not has_traditional(paragraph):
        return _trailing_credit(paragraph)
    folded = paragraph.translate(simplified_table())
    found = _trailing_credit(folded)
    if found is None or len(folded) != len(paragraph):
        return found
    start = len(found.rest) + folded[len(found.rest) :].find(found.printed)
    return _as_printed_byline(found, paragraph[start : start + len(found.printed)], paragraph[: len(found.rest)])


def _trailing_credit(paragraph: str) -> Byline | None:
    match = _TRAILING_CREDIT.search(paragraph)
    if not match:
        return None
    credits = (match.group("credits") or match.group("mark") or match.group("writer") or "")
    credits = credits.replace("：", " ").replace(":", " ").strip()
    if credits in _NOT_CREDITS:
        return None
    printed = paragraph[match.start() :].strip()
    rest = paragraph[: match.start()].rstrip()
    if match.group("source") or match.group("office"):  # （来源：新华社）, （青石区城管局）
        return Byline(printed, [], rest, (match.group("source") or match.group("office")).strip())
    if (_ORG_SUFFIX.search(credits) or re.fullmatch(_OUTLET, credits)) and not re.search(_ROLE, credits):
        return Byline(printed, [], rest, credits)  # （党办）, （区公安分局）, （上观新闻）: who sent it, the source
    names = reporters_in(credits) if re.search(_ROLE, credits) else [
        name for name in re.split(r"[\s、,，]+", credits) if re.fullmatch(NAME, name) and len(name) <= 4
    ]  # (a name of five is a word: …方案（征求意见稿）)
    if not names and not re.search(_ROLE, credits):
        return None  # （征求意见稿）: words in brackets, no credit
    return Byline(printed, names, rest)


# …第一原则。（责任编辑：韩梅）: the editor credited at the end of the text
_TRAILING_EDITOR = re.compile(
    r"(?:(?<=[。！？”」』）)\s])|^)\s*[(（](?:责任编辑|网络编辑|编辑|责编)\s*[:：]\s*(?P<editor>[^()（）:：]{2,12}?)\s*[)）]\s*$"
)


def trailing_editor(paragraph: str) -> tuple[str, str] | None:
    """(the editor, the paragraph before the credit) when the last paragraph ends crediting its editor."""
    match = _TRAILING_EDITOR.search(paragraph)
    return (match.group("editor").strip(), paragraph[: match.start()].rstrip()) if match else None


def event_date(first_paragraph: str) -> str | None:
    """The first date expression of the lead paragraph, as printed (8月29日, 近日 …)."""
    match = _EVENT_DATE.search(first_paragraph)
    return match.group(0) if match else None


def count_turns(paragraphs: list[str]) -> int:
    return sum(1 for paragraph in paragraphs if TURN_START.match(paragraph))


# -- file names --------------------------------------------------------------------

_DATE_IN_NAME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-_.年/]\s*)?(?P<m>[01]?\d)\s*(?:[-_.月/]\s*)?(?P<d>[0-3]?\d)(?:日)?"
)
_PAGE_IN_NAME = re.compile(r"(?:第\s*(?P<a>\d{1,3})\s*版|(?P<b>\d{1,3})\s*版|[_\-\s][Pp](?:age)?(?P<c>\d{1,3})\b)")
_DATE_IN_TEXT = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


@dataclass
class FileHints:
    source: str | None = None
    published: str | None = None  # ISO date
    page: str | None = None  # "01版"


def hints_from_name(path: str | Path) -> FileHints:
    """Source, date and page from a file name such as 丰台时报_2025-08-30_第01版.pdf."""
    stem = Path(path).stem
    hints = FileHints()
    date_match = _find_date(stem)
    if date_match:
        hints.published = date_match[0]
    page = _PAGE_IN_NAME.search(stem)
    if page:
        number = page.group("a") or page.group("b") or page.group("c")
        hints.page = f"{int(number):02d}版"
    source = re.match(r"^(?P<s>[\u4e00-\u9fff《》]{1,12}?(?:报|时报|日报|晚报|周报|网|新闻|杂志|信息|简报))", stem)
    if source:
        hints.source = source.group("s").strip("《》")
    return hints


def _find_date(text: str) -> tuple[str, int] | None:
    for match in _DATE_IN_NAME.finditer(text):
        try:
            day = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
        return day.isoformat(), match.start()
    return None


def masthead_date(page_text: str) -> str | None:
    """A full date printed in the first lines of a page (the masthead): 2025年8月30日."""
    head = page_text[:MASTHEAD_CHARS]
    for match in _DATE_IN_TEXT.finditer(head):
        try:
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).isoformat()
        except ValueError:
            continue
    return None

