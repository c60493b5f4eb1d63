"""The automatic reviewer (tests/briefing_reviewer.py, the M items of
../shared/briefing-formats.md a program can check) applied to every export kind: a
讲话摘编, a 简报 and a 专题汇编 from the seed pages and from our demo pages, exported laid out
by LibreOffice, printed to PDF and to PNG pages, pass it; and each check reports the defect
it is there for when an export is deliberately broken."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from composer.briefings.render_pages import soffice, to_pdfs
from composer.tagging import review as tagging_review
from composer.tagging.batch import tag_articles
from db import open_library
from db.excerpts import ExcerptFilter
from scripts.briefing_images import DEMO_EXAMPLES, SEED_EXAMPLES, demo_library, export_examples, use_cjk_fonts
from tests.briefing_reviewer import W, page_images, review
from tests.conftest import import_seed_pages

KINDS = ("speech", "bulletin", "dossier")
Exports = dict[str, tuple[bytes, bytes]]  # kind → (.docx, PDF)


def _printed(library: Path, examples: dict, folder: Path) -> Exports:
    """Each example exported laid out by LibreOffice, then printed by one LibreOffice run."""
    if soffice() is None:
        pytest.skip("LibreOffice is not installed (scripts/test installs it on Debian)")
    use_cjk_fonts()
    exports = export_examples(library, examples, folder)
    documents = [exports[kind].read_bytes() for kind in KINDS]
    return dict(zip(KINDS, zip(documents, to_pdfs(documents))))


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory) -> Exports:
    folder = tmp_path_factory.mktemp("review_demo")
    return _printed(demo_library(folder / "demo.sqlite"), DEMO_EXAMPLES, folder)


@pytest.fixture(scope="module")
def seed_exports(tmp_path_factory, seeds: list[Path]) -> Exports:
    folder = tmp_path_factory.mktemp("review_seeds")
    path = folder / "seeds.sqlite"
    with open_library(path) as library:
        import_seed_pages(library, seeds)
        tag_articles(library, everything=True, workers=0)
        tagging_review.accept(library, ExcerptFilter(kind="statement"))
    return _printed(path, SEED_EXAMPLES, folder)


# -- every kind, from the seeds and from the demo pages, passes ---------------------------------


def _passes(exports: Exports, kind: str, folder: Path) -> None:
    docx, pdf = exports[kind]
    assert review(docx, kind, pdf) == []
    pages = page_images(pdf, folder, kind)
    assert pages
    from PIL import Image

    for number, path in enumerate(pages):
        with Image.open(path) as page:
            colours = page.convert("RGB").getcolors(maxcolors=1 << 24) or []
        assert len(colours) > 1, f"page {number + 1} is blank"
        if kind == "bulletin" and number == 0:  # the red 报头
            assert any(r > 200 and g < 80 and b < 80 for _, (r, g, b) in colours)


@pytest.mark.parametrize("kind", KINDS)
def test_demo_exports_pass_the_reviewer(demo_exports: Exports, kind: str, tmp_path: Path) -> None:
    _passes(demo_exports, kind, tmp_path)


@pytest.mark.parametrize("kind", KINDS)
def test_seed_exports_pass_the_reviewer(seed_exports: Exports, kind: str, tmp_path: Path) -> None:
    _passes(seed_exports, kind, tmp_path)


def test_the_dossier_toc_carries_the_printed_page_numbers(demo_exports: Exports) -> None:
    document = Document(io.BytesIO(demo_exports["dossier"][0]))
    entries = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("toc ")]
    assert entries and all(re.search(r"\t\d+$", entry) for entry in entries)


# -- each check reports its defect ---------------------------------------------------------------


def _broken(docx: bytes, change: Callable[[Any], None]) -> bytes:
    document = Document(io.BytesIO(docx))
    change(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _styled(document: Any, name: str) -> list[Any]:
    return [p for p in document.paragraphs if p.style is not None and p.style.name == name and p.text.strip()]


def _east_asian_font(font: str) -> Callable[[Any], None]:
    def change(document: Any) -> None:
        run = _styled(document, "Normal")[0].runs[0]
        run.font.name = font
        run._r.get_or_add_rPr().find(f"{W}rFonts").set(f"{W}eastAsia", font)

    return change


def _size(points: int) -> Callable[[Any], None]:
    def change(document: Any) -> None:
        _styled(document, "Source")[0].runs[0].font.size = points * 12700

    return change


def _no_role(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    _styled(document, "Normal")[0].style = document.styles.add_style("Boxed Quote", WD_STYLE_TYPE.PARAGRAPH)


def _not_red(document: Any) -> None:
    document.styles["Masthead"].element.find(f"{W}rPr/{W}color").set(f"{W}val", "000000")


def _retext(style: str, edit: Callable[[str], str], which: int = 0) -> Callable[[Any], None]:
    """Replace the text of the ``which``-th paragraph of ``style`` (its runs collapsed into one)."""

    def change(document: Any) -> None:
        paragraph = _styled(document, style)[which]
        text = edit(paragraph.text)
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
        paragraph.runs[0].text = text

    return change


def _duplicate_first_item(document: Any) -> None:
    """The first item's paragraphs and source line printed again after it."""
    paragraphs = document.paragraphs
    source = next(i for i, p in enumerate(paragraphs) if p.style.name == "Source")
    start = max(i for i in range(source) if paragraphs[i].style.name not in ("Normal", "Item Title")) + 1
    anchor = paragraphs[source]._p
    for paragraph in reversed(paragraphs[start : source + 1]):
        anchor.addnext(deepcopy(paragraph._p))


def _later_date(text: str) -> str:
    return re.sub(r"\d{4}年\d{1,2}月\d{1,2}日", "2031年1月1日", text)


def _earlier_date(text: str) -> str:
    return re.sub(r"\d{4}年\d{1,2}月\d{1,2}日", "1999年1月1日", text)


def _swap_headings(document: Any) -> None:
    """The body's headings in another order than the 目录's."""
    headings = _styled(document, "Item Title")
    first, second = headings[0].runs[0], headings[1].runs[0]
    first.text, second.text = second.text, first.text


def _wrong_toc_page(document: Any) -> None:
    entry = [p for p in document.paragraphs if p.style.name.startswith("toc ")][-1]
    number = next(node for node in reversed(list(entry._p.iter(f"{W}t"))) if node.text and node.text.strip())
    number.text = str(int(re.sub(r"\D", "", number.text) or 0) + 7)


def _colophon_alone(document: Any) -> None:
    """The 报尾 anchored to an empty paragraph that starts a new page (as the template had it
    when the last page was full): it stands alone on the last page."""
    from docx.oxml import parse_xml

    table = document.tables[-1]._tbl
    table.getparent().remove(table)
    anchor = parse_xml(f'<w:p xmlns:w="{W[1:-1]}"><w:pPr><w:pageBreakBefore/></w:pPr></w:p>')
    document.paragraphs[-1]._p.addnext(anchor)
    anchor.addprevious(table)


def _sources_not_kept(document: Any) -> None:
    """The paragraphs before source lines no longer kept with them (as before issue 18)."""
    for flag in list(document.element.body.iter(f"{W}keepNext")):
        paragraph = flag.getparent().getparent()
        following = paragraph.getnext()
        if following is not None and following.find(f"{W}pPr/{W}pStyle[@{W}val='Source']") is not None:
            flag.getparent().remove(flag)


def _masthead_again(document: Any) -> None:
    document.paragraphs[-1]._p.addnext(deepcopy(_styled(document, "Masthead")[0]._p))


def _no_colophon(document: Any) -> None:
    for table in document.tables:
        table._tbl.getparent().remove(table._tbl)


# kind, what is broken, the change, the code the reviewer reports, whether the check needs the PDF
BROKEN: list[tuple[str, str, Callable[[Any], None], str, bool]] = [
    ("speech", "a body run in 宋体", _east_asian_font("宋体"), "font:", False),
    ("bulletin", "a body run in 微软雅黑", _east_asian_font("微软雅黑"), "font:", False),
    ("dossier", "a source line in 四号", _size(14), "font:", False),
    ("speech", "a paragraph in a style with no role", _no_role, "font:", False),
    ("bulletin", "a black 报头", _not_red, "font: the 报头 name is not red", False),
    ("speech", "a source line outside （）", _retext("Source", lambda t: t.strip("（）")), "source:", False),
    ("speech", "a speech-style source among press ones",
     _retext("Source", lambda t: "（2025年1月5日在区委全会上的讲话）" if "《" in t else "（《人民日报》2025年1月5日）"),
     "source: two styles", False),
    ("speech", "an excerpt out of date order", _retext("Source", _earlier_date, -1), "order:", False),
    ("speech", "an excerpt printed twice", _duplicate_first_item, "twice:", False),
    ("dossier", "an item printed twice", _duplicate_first_item, "twice:", False),
    ("bulletin", "第X期 left", _retext("Issue Line", lambda t: "第X期"), "placeholder:", False),
    ("speech", "XX left in an excerpt", _retext("Normal", lambda t: t[:10] + "XX" + t[10:]), "placeholder:", False),
    ("dossier", "a template tag left", _retext("Item Title", lambda t: t + "{{ title }}"), "placeholder:", False),
    ("bulletin", "an item dated after the 报头", _retext("Source", _later_date), "date:", False),
    ("speech", "an excerpt dated after the title block", _retext("Source", _later_date), "date:", False),
    ("bulletin", "no date in the 报头", _retext("Imprint Line", lambda t: re.sub(r"\d.*", "", t)),
     "date: the briefing bears no date", False),
    ("dossier", "目录 entries not the body's headings", _swap_headings, "toc: the 目录 lists", False),
    ("dossier", "a 目录 page number that is not where the heading prints", _wrong_toc_page, "toc:", True),
    ("speech", "a source line opening a page apart from its excerpt", _sources_not_kept, "source:", True),
    ("bulletin", "the 报尾 alone on a new page", _colophon_alone, "报尾:", True),
    ("bulletin", "no 报尾", _no_colophon, "报尾: the 简报 has none", True),
    ("bulletin", "the 报头 on another page too", _masthead_again, "报头: on pages", True),
]


@pytest.fixture(scope="module")
def broken_reviews(demo_exports: Exports) -> list[list[str]]:
    """The reviewer's findings on each broken export (those that need pages printed by one
    LibreOffice run)."""
    documents = [_broken(demo_exports[kind][0], change) for kind, _, change, _, _ in BROKEN]
    printing = [index for index, (*_, needs_pdf) in enumerate(BROKEN) if needs_pdf]
    pdfs = dict(zip(printing, to_pdfs([documents[index] for index in printing])))
    return [review(document, BROKEN[index][0], pdfs.get(index)) for index, document in enumerate(documents)]


@pytest.mark.parametrize("index", range(len(BROKEN)), ids=[what for _, what, *_ in BROKEN])
def test_the_reviewer_reports_each_defect(broken_reviews: list[list[str]], index: int) -> None:
    code = BROKEN[index][3]
    assert any(problem.startswith(code) for problem in broken_reviews[index]), broken_reviews[index]


def test_every_check_of_the_reviewer_has_a_broken_export() -> None:
    """No kind of problem ``review`` reports goes without a broken export above."""
    reviewer = (Path(__file__).parent / "briefing_reviewer.py").read_text(encoding="utf-8")
    reported = set(re.findall(r'(?:append\(|\[)f?"([^" :]+): ', reviewer))
    assert reported == {code.split(":")[0] for _, _, _, code, _ in BROKEN}
