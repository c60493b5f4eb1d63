"""The shapes of a one-article file's blocks: which read as prose, as a headline line, as the first
paragraph of the body, as a column's name; which head a passage; which print the same headline twice —
the tests single.py's reader asks of each block (docs/architecture.md, "Web articles")."""

from __future__ import annotations

import re

from composer.common.text import ends_sentence
from composer.ingest import bylines, furniture_lines
from composer.ingest.cleanup import TURN_START, Block, starts_structure

TITLE_MAX_CHARS = 60  # a headline line is at most this long (web titles run longer than printed ones)
REPEAT_MIN_SIMILARITY = 0.6  # two headline lines sharing this much (bigram Dice) are one headline printed twice
COLUMN_OVER_META_MAX_CHARS = 6  # 港聞, 要闻, 新聞與活動: a column's name printed over the date line, above the headline

INFO_LINE = re.compile(
    rf"^(?:时\s*间|地\s*点|内\s*容|主\s*持\s*人|出席人员|人\s*物|话\s*题|嘉\s*宾|主\s*题|{furniture_lines.PROGRAMME_LABELS})\s*[:：\s]"
)


PICTURE_LABEL = re.compile(r"^(?:图|上图|下图|左图|右图|图片)\s*[:：]")


def is_prose(text: str) -> bool:
    return ends_sentence(text) or len(text) > TITLE_MAX_CHARS


# 要闻动态, 本地新闻, 政务要闻: a column's name, short and without punctuation
COLUMN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
# the sections a newspaper's pages are named by (第03版：国内新闻 / 要闻 alone over the headline)
PAGE_SECTION = re.compile(
    r"^(?:(?:要闻|综合|时政|国内|国际|社会|经济|财经|文化|体育|评论|理论|民生|法治|教育|视点|本地|地方|区县|县域|城事)"
    r"(?:新闻|要闻|版)?|[\u4e00-\u9fff]{0,4}(?:要闻|新闻|专版|副刊|特刊))$")
# ◆湖城快讯◆, 【两会时光】, ■要闻■: a column's label set between ornaments, over the headline
COLUMN_LABEL = re.compile(r"^[◆■●★☆◇□▲△▶►◎※【\[]\s*[\u4e00-\u9fff·]{2,12}\s*[◆■●★☆◇□▲△◀◄◎※】\]]$")


def headline_like(block: Block) -> bool:
    text = block.text
    if INFO_LINE.match(text) or text.endswith(("：", ":")) or PICTURE_LABEL.match(text):
        return False  # (图：区长某某与…合影 under the meta line: what a picture shows, no headline)
    if block.kind == "heading" or COLUMN_LABEL.match(text.strip()):
        return True
    return (
        block.kind == "text"
        and not is_prose(text)
        and not (starts_structure(text) and not TURN_START.match(text))  # 温家宝：只有…才能发展 is a headline
        and bylines.split_web_byline(text) is None
    )


def body_like(block: Block) -> bool:
    """The first block of the body: a paragraph, a byline, an interview turn, an info box."""
    text = block.text
    if block.kind == "heading":  # set like a headline, but a label opening the text (各街道办事处：, 时 间 …)
        return text.endswith(("：", ":")) or bool(INFO_LINE.match(text))
    if block.kind != "text" or COLUMN_LABEL.match(text.strip()):
        return False
    if bylines.CREDIT_MARK.match(text) and bylines.author_line(text) is not None:
        return False  # ■通 讯 员 冯某 under the headline: a credit of the head, no list item opening the text
    return (
        is_prose(text)
        or text.endswith(("：", ":"))
        or bool(INFO_LINE.match(text))
        or (starts_structure(text) and not TURN_START.match(text))
        or bylines.split_web_byline(text) is not None
    )


def subheads(blocks: list[Block]) -> set[int]:
    """Headline lines inside the body that head a passage: a run of them followed by a
    paragraph (招商引资 / 仍是县官重头戏). Short lines followed by more short lines are a list."""
    found: set[int] = set()
    run: list[int] = []
    for index, block in enumerate(blocks):
        label = block.text.endswith(("：", ":")) or INFO_LINE.match(block.text)
        if block.kind == "heading" and not label:
            run.append(index)
        elif block.kind == "text" or label:
            if is_prose(block.text):
                found.update(run)
            run = []
    return found


def short_column(text: str) -> bool:
    return len(text.strip()) <= COLUMN_OVER_META_MAX_CHARS and bool(COLUMN_WORD.match(text.strip()))


def bigrams(text: str) -> set[str]:
    han = re.findall(r"[\u3400-\u9fff]+", text)
    return {run[i : i + 2] for run in han for i in range(len(run) - 1)}


def same_headline(first: str, second: str) -> bool:
    a, b = bigrams(first), bigrams(second)
    if not a or not b:
        return first.strip() == second.strip()
    return 2 * len(a & b) / (len(a) + len(b)) >= REPEAT_MIN_SIMILARITY


def han_count(text: str) -> int:
    return len(re.findall(r"[\u3400-\u9fff]", text))
