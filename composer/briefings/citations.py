"""Source lines of briefing items, as compilations print them.

Three styles; one of them for every item of a document (checklist A11):

* ``speech`` — the day and the occasion: （2025年8月29日在丰台区月度工作点评会上的讲话）,
  （2025年8月在永定河流域巡河时的讲话） (年月 only when the article gives no day, A9). The
  occasion is read from the headline, else from the lead's first sentence: a meeting
  (……召开……会, ……会在……举行, ……会上，, 出席……会), a visit (到……调研, 走访……), an
  interview (专访, the article's question-and-answer turns);
* ``press`` — where it was printed: （《丰台时报》2025年8月30日第1版）; every printing of the
  article (a reprint, the same statement in two papers) is cited, joined by ；;
* ``article`` — the article itself when paper or date is unknown: （摘自《标题》，2025年8月30日）.

A document asks for a style (``speech`` for a 讲话摘编, ``press`` otherwise, or the
user's choice); when some item cannot have it, the whole document takes the next style
every item can have (speech → press → article), so two styles never stand side by side.

A source line wider than a printed line (28 characters of the shipped templates) is
broken at a natural point — between the date and the occasion, after a ； — so that no
stub such as 话） is left on a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

STYLES = ("press", "speech")
ALL_STYLES = ("speech", "press", "article")
LINE_WIDTH = 28.0  # characters on a line of the shipped templates (A4, 156 mm, 三号)
MEETING_MAX = 50  # characters of a meeting's name (任命命令宣布大会 names run long)


@dataclass
class Printing:
    source: str | None
    published: str | None  # YYYY-MM-DD
    page: str | None  # 01版


@dataclass
class Origin:
    """What a source line is made of: the article an item comes from."""

    headline: str
    event_date: str | None
    published: str | None
    printings: list[Printing] = field(default_factory=list)
    lead: str = ""  # the article's first paragraph
    interview: bool = False


def chinese_date(iso: str | None) -> str:
    """2025-08-30 → 2025年8月30日; 2025-08 → 2025年8月; None → ''."""
    if not iso:
        return ""
    parts = iso.split("-")
    labels = ("年", "月", "日")
    return "".join(f"{int(part)}{label}" for part, label in zip(parts, labels) if part.isdigit())


def page_label(page: str | None) -> str:
    """01版 → 第1版; A3版 → 第A3版."""
    if not page:
        return ""
    match = re.match(r"0*([0-9A-Za-z]+)\s*版?$", page.strip())
    return f"第{match.group(1)}版" if match else page


def press_citation(printings: list[Printing]) -> str:
    parts = []
    for printing in printings:
        text = (f"《{printing.source}》" if printing.source else "") + chinese_date(printing.published)
        text += page_label(printing.page)
        if text and text not in parts:
            parts.append(text)
    return f"（{'；'.join(parts)}）" if parts else ""


# -- the occasion -------------------------------------------------------------------------------

_NAME = r"[^，。、；：！？\s]"
_MEETING_END = r"(?:会议|大会|会|论坛|仪式|活动|典礼)"
_VISIT = r"(?:调研|检查|督导|考察|视察|走访|慰问|看望|巡河|巡查|暗访|督查)"
_OCCASIONS = (
    # 林振华在全区乡村振兴工作推进会上强调 → 在全区乡村振兴工作推进会上的讲话
    (re.compile(rf"在(?P<meeting>{_NAME}{{2,{MEETING_MAX}}}?{_MEETING_END})上"), "在{meeting}上的讲话"),
    # 丰台区召开月度工作点评会 → 在丰台区月度工作点评会上的讲话
    (
        re.compile(
            rf"^(?P<host>{_NAME}{{0,16}}?)(?:召开|举行|举办)(?P<meeting>{_NAME}{{2,{MEETING_MAX}}}{_MEETING_END})"
        ),
        "在{host}{meeting}上的讲话",
    ),
    # 全区“两新”组织党建工作推进会召开 / ……座谈会在陆军装甲兵学院举行
    (
        re.compile(rf"^(?P<meeting>{_NAME}{{2,{MEETING_MAX}}}?{_MEETING_END})(?:在{_NAME}{{1,20}})?(?:召开|举行|开幕)"),
        "在{meeting}上的讲话",
    ),
    # ……系列主题新闻发布会上，王少峰表示
    (re.compile(rf"^(?P<meeting>{_NAME}{{2,{MEETING_MAX}}}?{_MEETING_END})上，"), "在{meeting}上的讲话"),
    # 丰台区参加……新闻发布会 / 出席……会议并讲话
    (
        re.compile(rf"(?:参加|出席)(?:指导|列席)?(?P<meeting>{_NAME}{{2,{MEETING_MAX}}}?{_MEETING_END})"),
        "在{meeting}上的讲话",
    ),
    # 王少峰到镜湖街道调研基层治理工作 → 在镜湖街道调研时的讲话
    (
        re.compile(rf"(?:到|赴|深入)(?P<place>{_NAME}{{2,16}}?)(?:开展|进行|实地)?(?P<verb>{_VISIT})"),
        "在{place}{verb}时的讲话",
    ),
    # 区领导走访中国运载火箭技术研究院 → 走访中国运载火箭技术研究院时的讲话
    (
        re.compile(r"(?:带队|率队)?(?P<verb>调研|走访|慰问|看望|考察|视察)(?P<place>[^，。、；：！？\s（(]{2,20})"),
        "{verb}{place}时的讲话",
    ),
)
_INTERVIEWER = re.compile(rf"(?P<who>{_NAME}{{2,12}}?)专访")
_CHAIR = re.compile(rf"^{_NAME}{{0,24}}主持(?:召开)?")
_LEVEL_TWICE = re.compile(r"([区县市省])\1(?=委|政府|人大|政协)")  # 云湖区 + 区委常委会 → 云湖区委常委会


def occasion(headline: str, lead: str = "", *, interview: bool = False, source: str | None = None) -> str | None:
    """The occasion an article names, as a source line says it; None when it names none.
    The headline first, then the first sentence of the lead; an interview is 接受……采访."""
    interviewer = _INTERVIEWER.search(headline.replace(" ", ""))
    if interviewer:
        return f"接受{interviewer.group('who')}专访时的谈话"
    first = re.split(r"[。！？]", lead.strip(), maxsplit=1)[0] if lead else ""
    first = re.sub(
        r"^[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十至日]{1,6}[上中下午晚]*，", "", first
    )
    for text in (headline.replace(" ", ""), first.replace(" ", "")):
        for pattern, form in _OCCASIONS:
            match = pattern.search(text)
            if match:
                return _tidy(form.format(**match.groupdict()))
    if interview:
        return f"接受《{source}》采访时的谈话" if source else "接受采访时的谈话"
    return None


def _tidy(found: str) -> str:
    """在区委书记申文霞主持县委常委会上 → 在县委常委会上; 云湖区区委 → 云湖区委."""
    if found.startswith("在"):
        inner = _CHAIR.sub("", found[1:])
        found = "在" + inner if inner else found
    return _LEVEL_TWICE.sub(r"\1", found)


def event_day(event_date: str | None, published: str | None) -> str | None:
    """The day of the event as ISO: 8月29日 in an article of 2025-08-30 → 2025-08-29;
    the month of publication when the article gives no day (近日, 日前)."""
    if not published:
        return None
    match = re.search(r"(\d{1,2})月(\d{1,2})日", event_date or "")
    if not match:
        return published[:7]
    year = int(published[:4])
    month, day = int(match.group(1)), int(match.group(2))
    if f"{year}-{month:02d}-{day:02d}" > published:  # a December event printed in January
        year -= 1
    return f"{year}-{month:02d}-{day:02d}"


def speech_citation(origin: Origin) -> str:
    """（日期 + occasion）, or '' when the article names no occasion or no date."""
    source = next((p.source for p in origin.printings if p.source), None)
    found = occasion(origin.headline, origin.lead, interview=origin.interview, source=source)
    day = chinese_date(event_day(origin.event_date, origin.published))
    return f"（{day}{found}）" if found and day else ""


def article_citation(origin: Origin) -> str:
    day = chinese_date(origin.published)
    if not origin.headline:
        return f"（{day}）" if day else "（出处不详）"
    return f"（摘自《{origin.headline}》，{day}）" if day else f"（摘自《{origin.headline}》）"


def _press_complete(origin: Origin) -> bool:
    return bool(origin.printings) and all(p.source and p.published for p in origin.printings)


def line(style: str, origin: Origin) -> str:
    """The source line of one item in ``style`` ('' when the item cannot have it)."""
    if style == "speech":
        return speech_citation(origin)
    if style == "press":
        return press_citation(origin.printings) if _press_complete(origin) else ""
    return article_citation(origin)


def document_style(wanted: str, origins: list[Origin]) -> str:
    """The style every item of a document can have, starting from ``wanted``."""
    for style in ALL_STYLES[ALL_STYLES.index(wanted) :]:
        if all(line(style, origin) for origin in origins):
            return style
    return "article"


def citation(
    style: str,
    headline: str,
    event_date: str | None,
    published: str | None,
    printings: list[Printing],
    lead: str = "",
    *,
    interview: bool = False,
) -> str:
    """One item's source line in ``style``, else the next style it can have (an item
    dragged into a briefing by hand)."""
    origin = Origin(headline, event_date, published, printings, lead, interview)
    for candidate in ALL_STYLES[ALL_STYLES.index(style) :]:
        found = line(candidate, origin)
        if found:
            return fitted(found)
    return fitted(article_citation(origin))


# -- fitting a line ----------------------------------------------------------------------------------


def width(text: str) -> float:
    """Printed width in characters: half-width digits and letters count half."""
    return sum(0.5 if ord(char) < 0x2000 else 1.0 for char in text)


@lru_cache(maxsize=4096)  # an article's excerpts share one source line: fit it once
def fitted(source: str, line_width: float = LINE_WIDTH) -> str:
    """``source`` broken with line breaks when it is wider than a line: at natural points
    (after the date before the occasion, after a ；, before 上的讲话, after ，：、）暨)
    where they serve, anywhere else only if they do not; lines as even as possible and
    never a last line of a few characters (a stub such as 话）)."""
    source = source.replace("\n", "")
    if width(source) <= line_width:
        return source
    strength = _break_strengths(source)
    # widths as prefix sums, and for each end only the starts a line's width reaches back to:
    # a source citing many printings runs to thousands of characters (linear, not cubic)
    prefix = [0.0]
    for char in source:
        prefix.append(prefix[-1] + (0.5 if ord(char) < 0x2000 else 1.0))
    best: list[tuple[float, int]] = [(0.0, -1)] + [(float("inf"), -1)] * len(source)
    for end in range(1, len(source) + 1):
        if end < len(source) and end not in strength:
            continue
        for start in range(end - 1, -1, -1):
            used = prefix[end] - prefix[start]
            if used > line_width:
                break
            if best[start][0] == float("inf") or (start and start not in strength):
                continue
            cost = best[start][0] + (line_width - used) ** 2 / line_width + strength.get(start, 0.0)
            if end == len(source) and used < STUB_WIDTH:
                cost += 1000.0
            if cost <= best[end][0]:  # on a tie the earlier start, as when read forwards
                best[end] = (cost, start)
    if best[-1][0] == float("inf"):
        return source
    cuts, position = [], len(source)
    while position > 0:
        cuts.append(position)
        position = best[position][1]
    lines, previous = [], 0
    for cut in reversed(cuts):
        lines.append(source[previous:cut])
        previous = cut
    return "\n".join(lines)


STUB_WIDTH = 5.0  # a last line narrower than this reads as a stub
_STRONG_BREAK = re.compile(r"(?:\d{1,2}日|\d{1,2}月)(?=在|接受|走访|调研|慰问|看望|考察|视察)|；")
_MEDIUM_BREAK = re.compile(r"[，：、）》”]|暨|(?=上的讲话|时的讲话|时的谈话)")
_NO_LINE_START = "，。、；：）》”’"
_NO_LINE_END = "（《“‘"


def _break_strengths(source: str) -> dict[int, float]:
    """Where a line may break, and what it costs: 0 at a natural point, a little more
    after a comma or a bracket, much more anywhere else (but never before closing or after
    opening punctuation, nor inside a number)."""
    strengths: dict[int, float] = {}
    for position in range(1, len(source)):
        before, after = source[position - 1], source[position]
        if after in _NO_LINE_START or before in _NO_LINE_END or (before.isdigit() and after.isdigit()):
            continue
        strengths[position] = 60.0
    for match in _MEDIUM_BREAK.finditer(source):
        position = match.end()
        if position in strengths:
            strengths[position] = 2.0
    for match in _STRONG_BREAK.finditer(source):
        if match.end() in strengths:
            strengths[match.end()] = 0.0
    return strengths
