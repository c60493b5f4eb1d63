"""Source lines of briefing items, as compilations print them.

Two styles, a setting of each briefing (``citation``):

* ``press`` — where it was printed: （《丰台时报》2025年8月30日第1版）; every printing of
  the article (a reprint, or the same statement in two papers) is cited, joined by ；.
* ``speech`` — the occasion: （2025年8月29日在丰台区月度工作点评会上的讲话）, read from
  the headline (……召开……会, ……在……会上强调, ……到……调研); an article whose headline
  names no occasion falls back to ``press``, so every item has a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STYLES = ("press", "speech")


@dataclass
class Printing:
    source: str | None
    published: str | None  # YYYY-MM-DD
    page: str | None  # 01版


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


_OCCASIONS = (
    # 林振华在全区乡村振兴工作推进会上强调 → 在全区乡村振兴工作推进会上的讲话
    (re.compile(r"在(?P<meeting>[^，、\s]{2,30}?(?:会议|会|论坛|仪式|活动))上"), "在{meeting}上的讲话"),
    # 丰台区召开月度工作点评会 → 在丰台区月度工作点评会上的讲话
    (re.compile(r"^(?P<host>[^，、\s]{0,12}?)(?:召开|举行|举办)(?P<meeting>[^，、\s]{2,30}(?:会议|会|论坛))"),
     "在{host}{meeting}上的讲话"),
    # 全区“两新”组织党建工作推进会召开 → 在全区“两新”组织党建工作推进会上的讲话
    (re.compile(r"^(?P<meeting>[^，、\s]{2,30}(?:会议|会|论坛))(?:召开|举行|开幕)"), "在{meeting}上的讲话"),
    # 王少峰到镜湖街道调研基层治理工作 → 在镜湖街道调研时的讲话
    (re.compile(r"(?:到|在|赴|深入)(?P<place>[^，、\s]{2,20}?)(?P<verb>调研|检查|督导|走访|考察|视察)"),
     "在{place}{verb}时的讲话"),
)


def occasion(headline: str) -> str | None:
    """The occasion a headline names, as the source line says it; None when it names none."""
    for pattern, form in _OCCASIONS:
        match = pattern.search(headline.replace(" ", ""))
        if match:
            return form.format(**match.groupdict())
    return None


def event_day(event_date: str | None, published: str | None) -> str | None:
    """The day of the event as ISO: 8月29日 in an article of 2025-08-30 → 2025-08-29."""
    if not published:
        return None
    match = re.search(r"(\d{1,2})月(\d{1,2})日", event_date or "")
    if not match:
        return published
    year = int(published[:4])
    month, day = int(match.group(1)), int(match.group(2))
    if f"{year}-{month:02d}-{day:02d}" > published:  # a December event printed in January
        year -= 1
    return f"{year}-{month:02d}-{day:02d}"


def speech_citation(headline: str, event_date: str | None, published: str | None,
                    printings: list[Printing]) -> str:
    found = occasion(headline)
    if found is None:
        return press_citation(printings)
    return f"（{chinese_date(event_day(event_date, published))}{found}）"


def citation(style: str, headline: str, event_date: str | None, published: str | None,
             printings: list[Printing]) -> str:
    """The source line; when neither the occasion nor a printing is known (a page
    imported without source or date), the article it came from: （摘自《headline》）."""
    found = speech_citation(headline, event_date, published, printings) if style == "speech" else ""
    found = found or press_citation(printings)
    return found or (f"（摘自《{headline}》）" if headline else "（出处不详）")
