"""The article as the importer produces it, before it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("news", "interview", "feature", "column_intro", "photo", "infographic", "sidebar")


@dataclass
class ParsedArticle:
    """One article cut from a page. ``body`` holds paragraphs separated by "\\n"."""

    title: str = ""
    kicker: str | None = None  # 引题, else the column name (the gold's convention)
    subtitle: str | None = None  # 副题
    column: str | None = None  # 栏目 such as 两会声音, 编者按's column
    byline: str | None = None  # as printed: 本报讯(记者 …), (区委改革办 …), 摄/…, 来源:…
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    event_date: str | None = None  # as printed: 8月29日, 2月25日下午, 近日
    kind: str = "news"
    body: str = ""
    subheads: list[str] = field(default_factory=list)
    alt_titles: list[str] = field(default_factory=list)  # other headline lines
    continued_from: str | None = None  # 01版 for "(上接01版)"
    printed_source: str | None = None  # outlet printed in the text: 新华社, 长安街知事
    first_line: int = 0  # printed lines the article spans in its page
    last_line: int = 0

    @property
    def chars(self) -> int:
        return len(self.body)

    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n") if p]
