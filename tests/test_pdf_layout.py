"""E-paper PDFs: pages set in columns are read in reading order (composer/ingest/pdf_layout.py,
pdf_columns.py), their 版眉 into source, date and page; undecodable text layers are refused.

The pages are built with reportlab by tests/epaper.py from our own demo pages and the seed
pages: the importer's articles of the plain-text page, set in 4–6 columns with headlines over
several columns, a boxed sidebar, photos with captions, a vertical headline and a 版眉. Each
e-paper page must import to the same articles (titles, body start and end) as the plain-text
page it was made from. A layout that does not is listed in KNOWN_MISMATCHES (an xfail with
its reason), never dropped.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from composer.common.article import ParsedArticle
from composer.common.messages import BriefingError
from composer.ingest import bylines
from composer.ingest.importer import ImportOptions, import_paths
from composer.ingest.pdf_columns import parse_header
from composer.ingest.preparing import prepare_file
from composer.ingest.readers import read_path
from db import open_library
from db.articles import get_article, list_articles
from tests.conftest import REPO, seed_paths
from tests.epaper import (
    LAYOUTS,
    Layout,
    Piece,
    Story,
    header_line,
    plain_text,
    sampled_layouts,
    stories_from_page,
    write_epaper,
)
from tests.makefiles import write_pdf, write_raw_pdf

DEMO_PAGES = sorted((REPO / "composer" / "demo").glob("*.txt"))
SEED_PAGES = seed_paths()
PAGES = SEED_PAGES + DEMO_PAGES
NO_SEEDS = pytest.param(None, marks=pytest.mark.skip(reason="seed pages not found (../shared is absent)"))

# (page id, layout name) -> why that e-paper page does not import like its plain text.
KNOWN_MISMATCHES: dict[tuple[str, str], str] = {}


pytestmark = pytest.mark.usefixtures("chinese_messages")


def page_id(page: Path | None) -> str:
    if page is None:
        return "no-seeds"
    return f"seed-{page.name[:3]}" if page.parent.name == "seeds" else "demo-" + page.stem.split("_", 1)[1]


def header_for(page: Path) -> list[str]:
    """The 版眉 printed on the e-paper page: the demo pages' file names say paper, date and
    page; the seed pages are 丰台时报 pages of unknown date (one is made up)."""
    hints = bylines.hints_from_name(page)
    if hints.source and hints.published and hints.page:
        return header_line(hints.source, dt.date.fromisoformat(hints.published), int(hints.page[:-1]))
    return header_line("丰台时报", dt.date(2025, 3, 7), 5)


def summary(article: ParsedArticle) -> tuple[str, str, str]:
    """What must agree: the title, and the body's first and last 15 characters (no whitespace)."""
    body = "".join(article.body.split())
    return "".join(article.title.split()), body[:15], body[-15:]


def articles(path: Path) -> list[tuple[str, str, str]]:
    prepared = prepare_file(str(path))
    assert prepared.error is None, str(prepared.error)
    return [summary(item.article) for item in prepared.articles]


@cache
def plain_articles(page: Path) -> list[tuple[str, str, str]]:
    return articles(page)


def matrix() -> list[object]:
    cases = []
    for page in PAGES:
        for layout in LAYOUTS:
            reason = KNOWN_MISMATCHES.get((page_id(page), layout.name))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(page, layout, marks=marks, id=f"{page_id(page)}-{layout.name}"))
    return cases


# -- e-paper pages import like their plain text --------------------------------------------------


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_the_stories_set_on_the_pages_are_the_plain_page(page: Path, tmp_path: Path) -> None:
    """The builder's own check: its stories, written back as plain text, split like the page."""
    stories = stories_from_page(page.read_text(encoding="utf-8"))
    text = tmp_path / "plain.txt"
    text.write_text(plain_text(stories), encoding="utf-8")
    assert articles(text) == plain_articles(page)


@pytest.mark.parametrize("page, layout", matrix())
def test_an_epaper_page_imports_to_the_articles_of_its_plain_text(page: Path, layout: Layout, tmp_path: Path) -> None:
    header = header_for(page)
    pdf = write_epaper(
        stories_from_page(page.read_text(encoding="utf-8")), layout, tmp_path / "page.pdf", header=header
    )
    assert articles(pdf) == plain_articles(page)
    document = read_path(pdf)
    assert document.source == header[0]
    assert header[1].split()[0] not in document.text  # the 版眉 is metadata, not text


@pytest.mark.parametrize(
    "n, layout", list(enumerate(sampled_layouts(12, seed=15))), ids=lambda value: getattr(value, "name", "")
)
def test_an_epaper_page_in_other_styles_imports_like_its_plain_text(n: int, layout: Layout, tmp_path: Path) -> None:
    """Type sizes, leading, gutters, indents or gaps, ragged or justified, centred or
    left-aligned headlines, drawn at random (always the same draw), one page each."""
    page = PAGES[n % len(PAGES)]
    stories = stories_from_page(page.read_text(encoding="utf-8"))
    pdf = write_epaper(stories, layout, tmp_path / "page.pdf", header=header_for(page))
    assert articles(pdf) == plain_articles(page), layout


def test_every_seed_page_is_in_the_matrix() -> None:
    if not SEED_PAGES:
        pytest.skip("seed pages not found (../shared is absent)")
    assert len(SEED_PAGES) == 5 and len(DEMO_PAGES) == 6


# -- reading order ---------------------------------------------------------------------------------

LONG = "丰台区坚持以人民为中心的发展思想，统筹推进城市更新和民生保障各项工作，"


def story(title: str, *paragraphs: str, captions: tuple[str, ...] = (), kind: str = "news") -> Story:
    body = [Piece("text", p) for p in paragraphs] + [Piece("caption", c) for c in captions]
    return Story([Piece("title", title)], body, kind=kind)


def blocks_of(path: Path) -> list[str]:
    return ["".join(block.split()) for block in read_path(path).text.split("\n\n")]


def test_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    # A short headline centred over three columns covers only the middle one; the story
    # beside it (fourth column) has lines level with every line of the three.
    first = story("区委召开常委会", "本报讯 " + LONG * 4 + "会议强调。", LONG * 3 + "会议指出。", LONG * 2 + "完。")
    second = story("南苑街道开展巡河", "本报讯 " + LONG * 5 + "巡河结束。")
    path = write_epaper([first, second], Layout("3+1", 4, [[3, 1]], header=False), tmp_path / "cols.pdf")
    expected = ["区委召开常委会", *("".join(p.text.split()) for p in first.body)]
    expected += ["南苑街道开展巡河", "".join(second.body[0].text.split())]
    assert blocks_of(path) == expected


def test_a_page_in_one_column_is_read_as_before(tmp_path: Path) -> None:
    import pdfplumber

    from composer.ingest.pdf_layout import layout_page

    path = write_pdf("标题\n" + LONG * 5 + "\n" + LONG * 3 + "\n", tmp_path / "one.pdf")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        assert layout_page(page.chars, rects=page.rects, lines=page.lines, height=page.height).blocks is None


def test_a_vertical_headline_heads_its_sidebar(tmp_path: Path) -> None:
    lead = story("全区召开城市更新推进会", "本报讯 " + LONG * 6 + "会议要求。")
    facts = "蜜桃种植面积3.2万亩，年产量4.1万吨，带动1.2万户农户增收；建成数字果园5个，物联网监测覆盖率达到六成。"
    side = Story([Piece("title", "乡村振兴看桃源")], [Piece("text", facts)], vertical=True)
    path = write_epaper([lead, side], Layout("v", 4, [[2, 2]], header=False), tmp_path / "vertical.pdf")
    found = prepare_file(str(path), layout="page").articles  # two stories, one byline: say it is a page
    assert [(a.article.title, a.article.kind) for a in found] == [
        ("全区召开城市更新推进会", "news"),
        ("乡村振兴看桃源", "sidebar"),
    ]


def test_a_caption_met_inside_a_paragraph_waits_for_its_end(tmp_path: Path) -> None:
    # The photo sits at the head of the second column; the paragraph runs on under it.
    caption = "区委书记林振华（左二）在社区党群服务中心与居民代表交流。 摄/陆一鸣"
    one = story("林振华到镜湖街道调研", "近日，" + LONG * 6 + "调研结束。", captions=(caption,))
    path = write_epaper([one], Layout("photo", 2, [[2]], photo_in_column=True, header=False), tmp_path / "photo.pdf")
    blocks = blocks_of(path)
    assert blocks == ["林振华到镜湖街道调研", "".join(one.body[0].text.split()), "".join(caption.split())]
    found = prepare_file(str(path)).articles
    assert [a.article.captions for a in found] == [[caption]]


def test_a_boxed_sidebar_is_read_whole_after_the_paragraph_it_interrupts(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from tests.makefiles import PDF_FONT, register_pdf_font

    register_pdf_font()
    size, pitch = 10.0, 14.0  # columns of 12 characters at x = 40, 170, 300
    text = (LONG * 5)[:143] + "。"  # one paragraph: eight lines in column 1, then on in column 3
    lines = [text[i : i + 12] for i in range(0, len(text), 12)]
    assert len(lines) == 12 and all(len(line) == 12 for line in lines)
    path = tmp_path / "box.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(460, 400))
    pdf.setFont(PDF_FONT, size)
    for n, line in enumerate(lines):
        x, row = (40, n) if n < 8 else (300, n - 8)
        pdf.drawString(x, 380 - row * pitch - size, line)
    pdf.rect(166, 200, 128, 196)  # the box in column 2
    pdf.setFont(PDF_FONT, 14)
    pdf.drawString(180, 370, "链接：小知识")
    pdf.setFont(PDF_FONT, size)
    box_text = "“每月一题”是深化接诉即办改革的一项机制创新，每月聚焦一个难题。"
    for n, start in enumerate(range(-2, len(box_text), 12)):  # a first-line indent of two characters
        pdf.drawString(170 + (20 if n == 0 else 0), 340 - n * pitch, box_text[max(start, 0) : start + 12])
    pdf.save()
    assert blocks_of(path) == ["".join(text.split()), "链接：小知识", "".join(box_text.split())]


# -- the 版眉 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("丰台时报 2025年8月30日 星期六 第1版 责任编辑：王某", ("丰台时报", "2025-08-30", "01版")),
        ("2025年8月30日  星期六   要闻   第 03 版   责编 王一   美编 李二", (None, "2025-08-30", "03版")),
        ("云湖时报  2026-01-09  星期五  综合新闻  责任编辑 周明", ("云湖时报", "2026-01-09", None)),
        ("《北京日报》 2025年2月31日 第5版", None),  # no such day
        ("2025年8月29日，丰台区召开月度工作点评会。", None),  # a sentence, not a 版眉
    ],
)
def test_a_masthead_line_is_read(line: str, expected: tuple[str | None, ...] | None) -> None:
    header = parse_header(line)
    assert (header and (header.source, header.published, header.page)) == expected


def test_the_masthead_gives_source_date_and_page(tmp_path: Path) -> None:
    stories = stories_from_page(DEMO_PAGES[0].read_text(encoding="utf-8"))
    header = header_line("云湖时报", dt.date(2025, 9, 5), 1)
    pdf = write_epaper(stories, LAYOUTS[0], tmp_path / "page.pdf", header=header)  # the name says nothing
    document = read_path(pdf)
    assert (document.source, document.published) == ("云湖时报", "2025-09-05")
    assert document.page == "01版"
    assert "责任编辑" not in document.text
    with open_library(tmp_path / "library.sqlite") as library:
        report = import_paths(library, [pdf], ImportOptions(workers=0))
        assert [f.status for f in report.files] == ["imported"]
        stored = [get_article(library, row["id"]) for row in list_articles(library, sort="id")]
    assert {(a["source"], a["published"], a["page"]) for a in stored if a} == {("云湖时报", "2025-09-05", "01版")}


# -- text layers that cannot be decoded ----------------------------------------------------------------

NEWS = "区委书记主持会议并讲话，会议研究部署下一阶段重点工作。"


def expect_undecodable(path: Path) -> None:
    with pytest.raises(BriefingError) as info:
        read_path(path)
    assert info.value.code == "pdf_undecodable"
    assert "无法解码" in str(info.value) and "OCR" not in str(info.value) and "扫描" not in str(info.value)


@pytest.mark.parametrize("font", ["private-use", "unmapped"])
def test_a_text_layer_that_cannot_be_decoded_is_refused_with_that_reason(tmp_path: Path, font: str) -> None:
    path = write_raw_pdf(tmp_path / "fz.pdf", [[(font, NEWS)] * 20])
    expect_undecodable(path)
    with open_library(tmp_path / "library.sqlite") as library:
        report = import_paths(library, [path], ImportOptions(workers=0))
    assert [(f.status, f.failure and f.failure.code) for f in report.files] == [("failed", "pdf_undecodable")]


def test_a_few_undecodable_glyphs_are_left_out_with_a_warning(tmp_path: Path) -> None:
    path = write_raw_pdf(tmp_path / "mixed.pdf", [[("song", NEWS)] * 12 + [("private-use", "■●")]])
    document = read_path(path)
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in document.text)
    assert NEWS in document.text
    assert [w.key for w in document.warnings] == ["warn_pdf_unmapped"]


def test_a_page_that_cannot_be_decoded_is_skipped_and_named(tmp_path: Path) -> None:
    path = write_raw_pdf(tmp_path / "two.pdf", [[("song", NEWS)] * 8, [("unmapped", NEWS)] * 8])
    document = read_path(path)
    assert document.text.count("区委书记") == 8 and "cid" not in document.text
    assert [(w.key, w.params) for w in document.warnings] == [("warn_pdf_pages_undecodable", {"pages": "2"})]
