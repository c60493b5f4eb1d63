"""Briefings: drafting from the library, the three shipped templates exported to .docx in
公文 format (checked by reopening the file, by a schema validator and by LibreOffice),
user templates in a sandbox, and safe writing."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from composer.briefings.drafts import DraftFields, DraftQuery, compose, draft, edit_item_text
from composer.briefings.export import export_briefing, render, sample_context
from composer.briefings.templates import add_template, check_template, list_templates, template_data
from composer.common.files import write_atomically
from composer.common.messages import BriefingError
from composer.ingest.importer import ImportOptions
from composer.tagging import review
from composer.tagging.batch import tag_articles
from db import open_library
from db.briefings import list_briefings, load_briefing
from db.excerpts import ExcerptFilter, list_excerpts
from tests.conftest import REPO, import_seed_pages
from tests.test_cli import briefing as run_briefing

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# The seed pages carry no masthead date; a clerk gives source and date when importing.


@pytest.fixture(scope="module")
def seed_library(tmp_path_factory, seeds: list[Path]) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.sqlite"
    with open_library(path) as library:
        import_seed_pages(library, seeds)
        tag_articles(library, everything=True, workers=0)
        review.accept(library, ExcerptFilter(person="王少峰", kind="statement"))
    return path


def _body_paragraphs(path: Path) -> list[tuple[str, str]]:
    document = Document(str(path))
    return [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]


def _xml(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


def _assert_gbt9704(path: Path) -> None:
    """Paper, margins, fonts in styles (eastAsia, no theme fonts), zh-CN, odd/even page numbers."""
    document = Document(str(path))
    for section in document.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert [round(getattr(section, f"{side}_margin").mm) for side in ("top", "bottom", "left", "right")] == [
            37, 35, 28, 26]
    styles = _xml(path, "word/styles.xml")
    assert "asciiTheme" not in styles and "eastAsiaTheme" not in styles
    for style, font in (("Normal", "仿宋_GB2312"), ("Title", "方正小标宋简体"), ("Heading 1", "黑体")):
        element = document.styles[style].element
        fonts = element.find(f"{W}rPr/{W}rFonts")
        assert fonts is not None and fonts.get(f"{W}eastAsia") == font, style
    assert 'w:eastAsia="zh-CN"' in styles
    settings = _xml(path, "word/settings.xml")
    assert "evenAndOddHeaders" in settings and "ja-JP" not in settings
    body_section = document.sections[-1]
    for footer in (body_section.footer, body_section.even_page_footer):
        xml = footer._element.xml
        assert "PAGE" in xml and "fldChar" in xml and "—" in xml


def _assert_schema_valid(path: Path) -> None:
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(path))
    assert result.is_valid, [str(error) for error in result.errors][:10]


def _assert_libreoffice_renders_a4(path: Path, tmp_path: Path) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (scripts/test installs it on Debian)")
    profile = tmp_path / "lo_profile"
    out = tmp_path / "pdf"
    run = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf", "--outdir",
         str(out), str(path)], capture_output=True, text=True, timeout=180,
    )
    pdf = out / (path.stem + ".pdf")
    assert run.returncode == 0 and pdf.exists(), run.stderr
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        sizes = {(round(page.width), round(page.height)) for page in document.pages}
        text = "".join(page.extract_text() or "" for page in document.pages[:2])
        assert sizes == {(595, 842)} and text.strip()
        return len(document.pages)


# -- 领导讲话摘编 from the seeds ---------------------------------------------------------------------


def test_speech_compilation_for_wang_shaofeng(seed_library: Path, tmp_path: Path) -> None:
    output = tmp_path / "王少峰讲话摘编.docx"
    with open_library(seed_library) as library:
        statements = list_excerpts(library, ExcerptFilter(person="王少峰", kind="statement", status="accepted"))
        assert len(statements) >= 5
        briefing = compose(library, "讲话摘编", DraftQuery(persons=["王少峰"]),
                           DraftFields(unit="区委办公室", date="2025-09-05"))
        export_briefing(library, briefing.id, output)
        saved = load_briefing(library, briefing.id)
    paragraphs = _body_paragraphs(output)
    assert paragraphs[0] == ("Title", "王少峰同志讲话摘编")
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings and all(h.startswith(n + "、") for h, n in zip(headings, "一二三四五六七八九十"))
    # every accepted statement once, each followed by its own source line
    sources = [i for i, (style, _) in enumerate(paragraphs) if style == "Source"]
    items = sum(len(section.items) for section in saved.sections)
    assert len(sources) == items and items + sum(len(s.items[0].also_excerpts) for s in saved.sections if s.items) >= 1
    for index in sources:
        style, text = paragraphs[index]
        assert text.startswith("（") and text.endswith("）") and ("年" in text or "《" in text)
        assert paragraphs[index - 1][0] == "Normal"  # the source follows the excerpt's last paragraph
    body = "\n".join(text for style, text in paragraphs if style == "Normal")
    used = {e for s in saved.sections for i in s.items for e in [i.excerpt_id, *i.also_excerpts]}
    assert used == {s["id"] for s in statements}
    for statement in statements:
        first = statement["text"].strip().split("\n")[0][:20]
        assert body.count(first) >= 1
    _assert_gbt9704(output)
    _assert_schema_valid(output)
    _assert_libreoffice_renders_a4(output, tmp_path)


def test_items_run_in_date_order_within_each_theme(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        briefing = draft(library, "讲话摘编", DraftQuery(persons=["王少峰"]))
        dates = {e["id"]: e for e in list_excerpts(library, ExcerptFilter(person="王少峰"))}
        from db.articles import get_article

        for section in briefing.sections:
            published = [get_article(library, dates[i.excerpt_id]["article_id"])["published"] or ""
                         for i in section.items]
            assert published == sorted(published)


# -- the demo: 简报, 专题汇编, usage, duplicates ------------------------------------------------------


def _accept_all_statements(library) -> None:
    review.accept(library, ExcerptFilter(kind="statement"))


def test_bulletin_has_masthead_issue_imprint_and_colophon(demo_library: Path, tmp_path: Path) -> None:
    output = tmp_path / "简报.docx"
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        fields = DraftFields(masthead="云湖区委办公室工作简报", unit="中共云湖区委办公室", date="2025-11-10",
                             send_to="市委办公厅", copy_to="区委各部委", printed_by="区委办公室 2025年11月10日印发",
                             editor_note="本期编发 R&D <研发> 与“接诉即办”相关内容。\x0b")
        first = compose(library, "简报", DraftQuery(themes=["接诉即办"]), fields)
        second = compose(library, "简报", DraftQuery(themes=["城乡一体化", "乡村振兴"]), fields)
        assert (first.issue_no, second.issue_no) == (1, 2) and first.series == second.series
        export_briefing(library, first.id, tmp_path / "第1期.docx")
        export_briefing(library, second.id, output)
    paragraphs = _body_paragraphs(output)
    texts = [text for _, text in paragraphs]
    assert texts[0] == "云湖区委办公室工作简报" and "第2期" in texts[1]
    assert any("中共云湖区委办公室" in t and "2025年11月10日" in t for t in texts[:4])
    assert any("R&D <研发>" in t for t in texts) and not any("\x0b" in t for t in texts)
    document = Document(str(output))
    masthead = document.styles["Masthead"].element.find(f"{W}rPr/{W}color")
    assert masthead is not None and masthead.get(f"{W}val").upper() in ("FF0000", "E60012", "C00000")
    colophon = "".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "市委办公厅" in colophon and "区委各部委" in colophon and "印发" in colophon
    assert "：" in colophon  # full-width colons
    item_titles = [text for style, text in paragraphs if style == "Item Title"]
    assert item_titles and all(item_titles)
    _assert_gbt9704(output)
    _assert_schema_valid(output)
    _assert_libreoffice_renders_a4(output, tmp_path)


def test_dossier_has_cover_toc_field_and_numbering_from_the_body(demo_library: Path, tmp_path: Path) -> None:
    output = tmp_path / "专题汇编.docx"
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        briefing = compose(library, "专题汇编", DraftQuery(themes=["乡村振兴"]),
                           DraftFields(unit="区委办公室", date="2025-11-10"))
        assert briefing.title == "乡村振兴专题汇编"
        export_briefing(library, briefing.id, output)
    document_xml = _xml(output, "word/document.xml")
    assert 'TOC \\o "1-2"' in document_xml and "updateFields" in _xml(output, "word/settings.xml")
    document = Document(str(output))
    assert len(document.sections) >= 2
    body = document.sections[-1]._sectPr
    numbering = body.find(f"{W}pgNumType")
    assert numbering is not None and numbering.get(f"{W}start") == "1"
    first_footer = document.sections[0].footer._element.xml
    assert "PAGE" not in first_footer  # cover and 目录 are unnumbered
    _assert_schema_valid(output)
    _assert_libreoffice_renders_a4(output, tmp_path)


def test_a_reprinted_statement_appears_once_citing_both_printings(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        briefing = draft(library, "讲话摘编", DraftQuery(), DraftFields(citation="press"))
        sources = [item.source_line for s in briefing.sections for item in s.items]
        assert any(source.count("《云湖时报》") == 2 for source in sources)  # 第1版 and the reprint
        ids = [item.excerpt_id for s in briefing.sections for item in s.items]
        assert len(ids) == len(set(ids))


def test_duplicate_statements_in_two_articles_merge(demo_library: Path) -> None:
    from composer.ingest.importer import import_pasted

    with open_library(demo_library) as library:
        statement = list_excerpts(library, ExcerptFilter(person="林振华", kind="statement"))[0]
        article = import_pasted(library, "湖城日报转发\n\n近日，区委书记林振华强调，" + statement["text"],
                                ImportOptions(workers=0, source="湖城日报", published="2025-12-01"))
        tag_articles(library, workers=0)
        _accept_all_statements(library)
        briefing = draft(library, "讲话摘编", DraftQuery(persons=["林振华"]), DraftFields(citation="press"))
        items = [item for s in briefing.sections for item in s.items]
        merged = [item for item in items if item.also_excerpts]
        assert article.status == "imported" and merged
        assert any("《湖城日报》" in item.source_line for item in merged)


def test_usage_filters_and_undo(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        first = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
        with pytest.raises(BriefingError) as nothing:
            compose(library, "讲话摘编", DraftQuery(persons=["林振华"], unused=True))
        assert nothing.value.code == "draft_empty"
        everyone = draft(library, "讲话摘编", DraftQuery(unused=True))
        used = {i.excerpt_id for s in first.sections for i in s.items}
        assert not used & {i.excerpt_id for s in everyone.sections for i in s.items}
        with pytest.raises(BriefingError):
            compose(library, "讲话摘编", DraftQuery(persons=["林振华"], new_since_last=True))
        review.undo(library)  # the compose
        assert load_briefing(library, first.id) is None
        review.redo(library)
        assert load_briefing(library, first.id).title == first.title


def test_text_edited_for_a_briefing_keeps_the_library_original(demo_library: Path, tmp_path: Path) -> None:
    output = tmp_path / "edited.docx"
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        briefing = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
        item = briefing.sections[0].items[0]
        original = list_excerpts(library, ExcerptFilter(ids=[item.excerpt_id]))[0]["text"]
        edit_item_text(library, item.id, "（节选）要把工作做实做细……")
        export_briefing(library, briefing.id, output)
        assert list_excerpts(library, ExcerptFilter(ids=[item.excerpt_id]))[0]["text"] == original
    assert "（节选）要把工作做实做细……" in [text for _, text in _body_paragraphs(output)]


# -- templates ----------------------------------------------------------------------------------------


def _template_with(tmp_path: Path, text: str) -> Path:
    document = Document(io.BytesIO(template_data_for_tests()))
    document.add_paragraph(text)
    path = tmp_path / "custom.docx"
    document.save(str(path))
    return path


def template_data_for_tests() -> bytes:
    return (REPO / "templates" / "讲话摘编.docx").read_bytes()


def test_shipped_templates_render_the_sample(tmp_path: Path) -> None:
    for name in ("讲话摘编", "简报", "专题汇编"):
        data = (REPO / "templates" / f"{name}.docx").read_bytes()
        check_template(data)
        output = tmp_path / f"{name}.docx"
        output.write_bytes(render(data, sample_context()))
        assert any("R&D <x>" in p.text for p in Document(str(output)).paragraphs)
        _assert_schema_valid(output)


@pytest.mark.parametrize(("text", "code"), [
    ("{{ nonsense }}", "template_placeholder_unknown"),
    ("{{ title.__class__.__mro__ }}", "template_unsafe"),
    ("{{ ''.__class__.__base__.__subclasses__() }}", "template_unsafe"),
    ("{% for x in %}", "template_syntax"),
])
def test_bad_user_templates_are_refused_with_the_reason(library_path: Path, tmp_path: Path, text: str,
                                                        code: str) -> None:
    with open_library(library_path) as library, pytest.raises(BriefingError) as error:
        add_template(library, _template_with(tmp_path, text))
    assert error.value.code == code
    if code == "template_placeholder_unknown":
        assert "nonsense" in str(error.value)


def test_a_user_template_is_added_and_used(demo_library: Path, tmp_path: Path) -> None:
    copy = _template_with(tmp_path, "编印：{{ unit }}")
    not_docx = tmp_path / "fake.docx"
    not_docx.write_bytes(b"not a zip")
    with open_library(demo_library) as library:
        with pytest.raises(BriefingError) as error:
            add_template(library, not_docx)
        assert error.value.code == "template_not_docx"
        added = add_template(library, copy, name="我的摘编", kind="speech")
        assert added.name in [t.name for t in list_templates(library)]
        assert template_data(library, "我的摘编") == copy.read_bytes()
        _accept_all_statements(library)
        briefing = compose(library, "我的摘编", DraftQuery(persons=["林振华"]), DraftFields(unit="区委办"))
        output = tmp_path / "mine.docx"
        export_briefing(library, briefing.id, output)
    assert "编印：区委办" in [p.text for p in Document(str(output)).paragraphs]


# -- writing --------------------------------------------------------------------------------------------


def test_a_locked_output_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "简报.docx"
    target.write_bytes(b"previous")

    def locked(source: str, destination: str) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(BriefingError) as error:
        write_atomically(target, b"new document")
    assert error.value.code == "output_locked" and str(target) in str(error.value)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["简报.docx"]  # no temporary file left behind


def test_missing_output_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as error:
        write_atomically(tmp_path / "no" / "such" / "x.docx", b"x")
    assert error.value.code == "output_folder_missing"


# -- commands -----------------------------------------------------------------------------------------


def test_compose_briefings_export_and_templates_commands(demo_library: Path, tmp_path: Path) -> None:
    db = ["--db", str(demo_library)]
    assert run_briefing(*db, "review", "accept", "--where", "kind=statement").returncode == 0
    listed = json.loads(run_briefing(*db, "templates", "--json").stdout)
    assert {t["name"] for t in listed} >= {"讲话摘编", "简报", "专题汇编"}
    output = tmp_path / "摘编.docx"
    made = run_briefing(*db, "compose", "--template", "讲话摘编", "--person", "林振华", "--group-by", "theme",
                        "--unit", "区委办公室", "--date", "2025-11-10", "-o", str(output), "--json")
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["items"] >= 5 and output.exists()
    briefings = json.loads(run_briefing(*db, "briefings", "--json").stdout)
    assert briefings[0]["id"] == result["id"] and briefings[0]["items"] == result["items"]
    again = tmp_path / "again.docx"
    assert run_briefing(*db, "export", str(result["id"]), "-o", str(again)).returncode == 0
    assert _body_paragraphs(again) == _body_paragraphs(output)
    assert run_briefing(*db, "compose", "--template", "无此模板").returncode == 1
    assert run_briefing(*db, "compose", "--template", "讲话摘编", "--person", "无此人").returncode == 1
    assert run_briefing(*db, "export", "999", "-o", str(again)).returncode == 1


def test_the_shipped_templates_are_what_build_py_makes() -> None:
    """templates/*.docx are reviewed binaries only in the sense that the script makes them, byte for byte."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("template_build", REPO / "templates" / "build.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules["template_build"] = builder  # its dataclasses look their module up
    spec.loader.exec_module(builder)
    for name in ("讲话摘编", "简报", "专题汇编"):
        assert builder.build(name) == (REPO / "templates" / f"{name}.docx").read_bytes(), name


# -- 期号 and series (issue 18, item 5) -----------------------------------------------------------

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                                   reason="LibreOffice is not installed (scripts/test installs it on Debian)")


def _issue_line(path: Path) -> str:
    return next((text for style, text in _body_paragraphs(path) if style == "Issue Line" and "期" in text), "")


def test_each_leaders_compilations_count_from_one(demo_library: Path, tmp_path: Path) -> None:
    """A 讲话摘编 of one leader is numbered in that leader's series, not in one counter for
    all compilations (林振华's first compilation printed 第2期 after someone else's)."""
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        other = compose(library, "讲话摘编", DraftQuery(persons=["邵海峰"]))  # as the app composes: no series given
        export_briefing(library, other.id, tmp_path / "邵海峰.docx")
        first = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
        export_briefing(library, first.id, tmp_path / "林振华1.docx")
        second = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
        export_briefing(library, second.id, tmp_path / "林振华2.docx")
        series = {b["id"]: (b["series"], b["issue_no"]) for b in list_briefings(library)}
    assert _issue_line(tmp_path / "邵海峰.docx") == "第1期"
    assert _issue_line(tmp_path / "林振华1.docx") == "第1期" and _issue_line(tmp_path / "林振华2.docx") == "第2期"
    assert series[first.id] == ("讲话摘编（林振华）", 1) and series[other.id] == ("讲话摘编（邵海峰）", 1)


def test_one_counter_for_all_compilations_when_a_series_is_named(demo_library: Path, tmp_path: Path) -> None:
    db = ["--db", str(demo_library)]
    assert run_briefing(*db, "review", "accept", "--where", "kind=statement").returncode == 0
    numbers = []
    for person in ("邵海峰", "林振华"):
        made = run_briefing(*db, "compose", "--template", "讲话摘编", "--person", person, "--series", "领导讲话摘编",
                            "-o", str(tmp_path / f"{person}.docx"), "--no-layout", "--json")
        assert made.returncode == 0, made.stderr
        result = json.loads(made.stdout)
        numbers.append((result["series"], result["issue_no"]))
    assert numbers == [("领导讲话摘编", 1), ("领导讲话摘编", 2)]


def test_a_trial_compose_or_a_failed_export_uses_no_number(demo_library: Path, tmp_path: Path) -> None:
    fields = DraftFields(masthead="工作简报", unit="区委办公室", date="2025-11-10")
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        trial = compose(library, "简报", DraftQuery(themes=["接诉即办"]), fields)  # looked at, never exported
        failed = compose(library, "简报", DraftQuery(themes=["乡村振兴"]), fields)
        with pytest.raises(BriefingError):
            export_briefing(library, failed.id, tmp_path / "no" / "such" / "folder.docx")
        real = compose(library, "简报", DraftQuery(themes=["城市更新"]), fields)
        assert (trial.issue_no, failed.issue_no, real.issue_no) == (1, 2, 3)  # drafts hold numbers for now …
        export_briefing(library, real.id, tmp_path / "real.docx")
        export_briefing(library, failed.id, tmp_path / "failed.docx")
        states = {b["id"]: (b["issue_no"], b["issue_state"]) for b in list_briefings(library)}
    assert _issue_line(tmp_path / "real.docx") == "第1期"  # … the first export is 第1期
    assert _issue_line(tmp_path / "failed.docx") == "第2期"
    assert states[real.id] == (1, "issued") and states[failed.id] == (2, "issued")
    assert states[trial.id][1] == "provisional"  # it moved on to a free number; its export will be 第3期


def test_an_issued_number_stays_and_a_chosen_one_is_printed(demo_library: Path, tmp_path: Path) -> None:
    from composer.briefings.drafts import save_outline
    from composer.briefings.export import ExportOptions
    from db import history

    fields = DraftFields(masthead="工作简报", unit="区委办公室", date="2025-11-10")
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        first = compose(library, "简报", DraftQuery(themes=["接诉即办"]), fields)
        export_briefing(library, first.id, tmp_path / "a.docx")
        steps = len(history.history(library))
        export_briefing(library, first.id, tmp_path / "again.docx")  # a second export changes nothing
        assert len(history.history(library)) == steps
        chosen = compose(library, "简报", DraftQuery(themes=["乡村振兴"]), fields)
        export_briefing(library, chosen.id, tmp_path / "b.docx", ExportOptions(issue_no=7))
        other = compose(library, "简报", DraftQuery(themes=["城市更新"]), fields)
        with pytest.raises(BriefingError) as taken:
            export_briefing(library, other.id, tmp_path / "c.docx", ExportOptions(issue_no=7))
        assert taken.value.code == "issue_taken" and "7" in str(taken.value)
        edited = load_briefing(library, other.id)  # the composer's 期号 box
        edited.issue_no = 12
        save_outline(library, edited)
        export_briefing(library, other.id, tmp_path / "c.docx")
        review.undo(library)  # the export's numbering is a step of the history: undone, 12 is chosen again
        assert load_briefing(library, other.id).issue_no == 12
    assert [_issue_line(tmp_path / n) for n in ("a.docx", "again.docx", "b.docx", "c.docx")] == [
        "第1期", "第1期", "第7期", "第12期"]


def test_a_briefing_saved_before_issue_states_keeps_its_number(demo_library: Path, tmp_path: Path) -> None:
    """Briefings of an older version were numbered at compose time and may have been
    printed: they count as issued, and their numbers are never given again."""
    import sqlite3

    fields = DraftFields(masthead="工作简报", unit="区委办公室", date="2025-11-10")
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        old = compose(library, "简报", DraftQuery(themes=["接诉即办"]), fields)
    connection = sqlite3.connect(demo_library)
    with connection:
        connection.execute("UPDATE briefings SET settings = json_remove(settings, '$.issue') WHERE id = ?", (old.id,))
    connection.close()
    with open_library(demo_library) as library:
        new = compose(library, "简报", DraftQuery(themes=["乡村振兴"]), fields)
        export_briefing(library, new.id, tmp_path / "new.docx")
        export_briefing(library, old.id, tmp_path / "old.docx")
    assert (_issue_line(tmp_path / "old.docx"), _issue_line(tmp_path / "new.docx")) == ("第1期", "第2期")


def test_fields_a_template_has_no_place_for_are_named(demo_library: Path, tmp_path: Path) -> None:
    db = ["--db", str(demo_library)]
    assert run_briefing(*db, "review", "accept", "--where", "kind=statement").returncode == 0
    made = run_briefing(*db, "compose", "--template", "讲话摘编", "--person", "林振华", "--classification", "内部资料",
                        "--send-to", "市委办公厅", "-o", str(tmp_path / "摘编.docx"), "--no-layout")
    assert made.returncode == 0, made.stderr
    warnings = [line for line in made.stderr.splitlines() if line.startswith("警告")]
    assert len(warnings) == 2 and all("《讲话摘编》" in line for line in warnings)
    assert any("--classification" in line for line in warnings) and any("--send-to" in line for line in warnings)
    placed = run_briefing(*db, "compose", "--template", "简报", "--theme", "接诉即办", "--classification", "内部资料",
                          "--send-to", "市委办公厅", "-o", str(tmp_path / "简报.docx"), "--no-layout", "--json")
    assert placed.returncode == 0 and json.loads(placed.stdout)["warnings"] == []


def test_generated_titles_name_what_the_briefing_holds(demo_library: Path, tmp_path: Path) -> None:
    from composer.briefings.titles import generated_title

    assert generated_title("speech", ["林振华", "邵海峰", "刘春燕"], ["城市更新", "基层治理", "产业发展"]) == (
        "林振华等同志关于城市更新等工作的讲话摘编")
    assert generated_title("speech", ["林振华", "邵海峰"], ["城市更新"]) == "林振华、邵海峰同志关于城市更新的讲话摘编"
    db = ["--db", str(demo_library)]
    assert run_briefing(*db, "review", "accept", "--where", "kind=statement").returncode == 0
    made = run_briefing(*db, "compose", "--template", "简报", "--theme", "接诉即办", "--theme", "防汛救灾", "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["title"] == "接诉即办简报"  # 防汛救灾 has no section: not named


# -- 简报's 报尾 and headlines (item 8) --------------------------------------------------------------


def _free_text_briefing(library, template: str, items: list[tuple[str | None, list[str], str]], **fields) -> int:
    """A saved briefing of free-text items: (headline, paragraphs, source line)."""
    from db import history
    from db.briefings import BriefingRow, ItemRow, SectionRow, save_briefing

    briefing = BriefingRow(template=template, title=fields.pop("title", "测试简报"), series=fields.pop("series", "测试"),
                           issue_no=fields.pop("issue_no", 1), masthead=fields.pop("masthead", "工作简报"),
                           date=fields.pop("date", "2025-11-10"), **fields)
    briefing.sections = [SectionRow("一、工作动态", "custom", None,
                                    [ItemRow(title=t, free_text="\n".join(p), source_line=s) for t, p, s in items])]
    with library.write():
        group = history.start_group(library, "briefing.compose", "测试")
        save_briefing(library, group, briefing)
        history.finish_group(library, group)
    return briefing.id


def test_the_colophon_has_the_imprint_date_on_the_right_and_the_print_run(library_path: Path, tmp_path: Path) -> None:
    from composer.briefings.export import ExportOptions

    item = ("区委召开工作推进会", ["会议要求，各街镇要建立问题台账。"], "（《云湖时报》2025年11月9日第1版）")
    with open_library(library_path) as library:
        given = _free_text_briefing(library, "简报", [item], unit="中共云湖区委办公室", send_to="市委办公厅",
                                    printed_by="区委办公室 2025年11月10日印发")
        default = _free_text_briefing(library, "简报", [item], unit="中共云湖区委办公室", series="其他")
        export_briefing(library, given, tmp_path / "given.docx", ExportOptions(copies=50))
        export_briefing(library, default, tmp_path / "default.docx")
    document = Document(str(tmp_path / "given.docx"))
    lines = [(p.style.name, p.text) for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    assert lines == [("Colophon", "报：市委办公厅"), ("Colophon", "区委办公室\t2025年11月10日印发"),
                     ("Colophon Right", "（共印50份）")]
    tab = document.styles["Colophon"].element.find(f"{W}pPr/{W}tabs/{W}tab")
    assert tab.get(f"{W}val") == "right" and int(tab.get(f"{W}pos")) == 8845 - 280  # one character in from the right
    default_lines = [p.text for t in Document(str(tmp_path / "default.docx")).tables
                     for r in t.rows for c in r.cells for p in c.paragraphs]
    assert default_lines == ["中共云湖区委办公室\t2025年11月10日印发"]  # 编印单位 and the briefing's date


@needs_soffice
def test_the_colophon_takes_the_last_lines_with_it_to_a_new_page(library_path: Path) -> None:
    """As the last item grows a line at a time over a whole page, the template's own
    structure leaves the 报尾 alone on a new page several times; the export never does."""
    from composer.briefings.colophon import alone_on_last_page
    from composer.briefings.export import context
    from composer.briefings.render_pages import read_pdf, to_pdfs

    sentence = "各街镇要建立问题台账，对群众反映集中的停车难、加装电梯等事项逐一销号。"
    body = [sentence * 2] * 3
    exported, as_template = [], []
    with open_library(library_path) as library:
        for lines in range(22):
            last = [sentence * 2, "推进未诉先办" * (lines * 28 // 6), sentence]
            items = [(f"第{n}条", body, "（《云湖时报》2025年11月9日第1版）") for n in range(3)]
            items.append(("第四条", [p for p in last if p], "（《云湖时报》2025年11月9日第2版）"))
            briefing_id = _free_text_briefing(library, "简报", items, unit="区委办公室", send_to="市委办公厅",
                                              series=f"s{lines}")
            exported.append(_export_bytes(library, briefing_id))
            as_template.append(render(template_data(library, "简报"), context(library, load_briefing(library, briefing_id))))
    colophon = ["报：市委办公厅", "区委办公室\t2025年11月10日印发"]
    pdfs = to_pdfs(exported + as_template)
    alone = [alone_on_last_page(read_pdf(pdf).texts[-1], colophon) for pdf in pdfs]
    assert not any(alone[:22]), [n for n, a in enumerate(alone[:22]) if a]
    assert sum(alone[22:]) >= 2  # the fill levels do reach the case (the template alone fails)


def _export_bytes(library, briefing_id: int) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.docx"
        export_briefing(library, briefing_id, path)
        return path.read_bytes()


def test_headlines_lose_the_stray_spaces_of_the_newspaper_page(library_path: Path, tmp_path: Path) -> None:
    items = [("初军威调研检查 空气质量保障工作", ["正文。"], "（《丰台时报》2023年3月6日第1版）"),
             (" 一图速览  2023 年政府工作报告 ", ["正文二。"], "（《丰台时报》2023年3月6日第2版）")]
    with open_library(library_path) as library:
        briefing_id = _free_text_briefing(library, "简报", items, unit="区委办公室")
        export_briefing(library, briefing_id, tmp_path / "x.docx")
    titles = [text for style, text in _body_paragraphs(tmp_path / "x.docx") if style == "Item Title"]
    assert titles == ["初军威调研检查　空气质量保障工作", "一图速览 2023年政府工作报告"]


# -- 专题汇编's 目录 (item 9) ------------------------------------------------------------------------


@needs_soffice
def test_the_toc_is_filled_with_the_headings_and_their_pages(demo_library: Path, tmp_path: Path) -> None:
    from composer.briefings.docx_safety import checked_docx
    from composer.briefings.export import ExportOptions, export_with_report
    from composer.briefings.render_pages import to_pdf
    from tests.briefing_reviewer import toc_entries, toc_matches_headings

    output = tmp_path / "专题汇编.docx"
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        briefing = compose(library, "专题汇编", DraftQuery(themes=["乡村振兴", "城市更新"]),
                           DraftFields(unit="区委办公室", date="2025-11-10"))
        result = export_with_report(library, briefing.id, output, ExportOptions(layout=True))
    entries = toc_entries(Document(str(output)))
    headings = [t for s, t in _body_paragraphs(output) if s in ("Heading 1", "Item Title")]
    assert [text for text, _ in entries] == headings and len(headings) >= 4
    assert all(page and page.isdigit() for _, page in entries) and result.toc_numbered == len(entries)
    from composer.briefings.render_pages import read_pdf

    assert toc_matches_headings(Document(str(output)), read_pdf(to_pdf(output.read_bytes()))) == []
    xml = _xml(output, "word/document.xml")
    assert 'TOC \\o "1-2"' in xml and xml.count("PAGEREF _Toc") == len(entries)  # Word can still refresh it
    assert xml.count("<w:bookmarkStart") >= len(entries) and "updateFields" in _xml(output, "word/settings.xml")
    assert checked_docx(output.read_bytes()) == output.read_bytes()
    _assert_schema_valid(output)


def test_without_libreoffice_the_toc_lists_its_entries_without_pages(demo_library: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    from composer.briefings.export import ExportOptions, export_with_report
    from tests.briefing_reviewer import toc_entries

    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on it
    output = tmp_path / "专题汇编.docx"
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        briefing = compose(library, "专题汇编", DraftQuery(themes=["乡村振兴"]), DraftFields(date="2025-11-10"))
        result = export_with_report(library, briefing.id, output, ExportOptions(layout=True))
    entries = toc_entries(Document(str(output)))
    assert entries and all(page is None for _, page in entries)
    assert [w.key for w in result.warnings] == ["export_toc_unnumbered"] and "LibreOffice" in str(result.warnings[0])
    assert "目录在 Word 打开文件时生成" not in _xml(output, "word/document.xml")  # the placeholder is gone
    _assert_schema_valid(output)


@needs_soffice
def test_a_libreoffice_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    from composer.briefings.render_pages import LayoutUnavailable, to_pdf

    with pytest.raises(LayoutUnavailable) as slow:
        to_pdf(render(template_data_for_tests(), sample_context()), timeout=0.05)
    assert "0 s" in str(slow.value.reason) or "0 秒" in str(slow.value.reason)


# -- file properties (item 11) ---------------------------------------------------------------------


def test_file_properties_are_the_briefings_and_this_exports(demo_library: Path, tmp_path: Path) -> None:
    import datetime

    from composer.briefings.export import ExportOptions

    now = datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)
    with open_library(demo_library) as library:
        _accept_all_statements(library)
        briefing = compose(library, "简报", DraftQuery(themes=["接诉即办"]),
                           DraftFields(masthead="工作简报", unit="中共云湖区委办公室", date="2025-11-10"))
        export_briefing(library, briefing.id, tmp_path / "fixed.docx", ExportOptions(now=now))
        export_briefing(library, briefing.id, tmp_path / "now.docx")
    fixed = Document(str(tmp_path / "fixed.docx")).core_properties
    assert (fixed.title, fixed.author, fixed.last_modified_by) == ("工作简报第1期", "中共云湖区委办公室", "中共云湖区委办公室")
    assert fixed.created == fixed.modified == now  # written as UTC, read back as UTC
    assert not fixed.comments and fixed.language == "zh-CN"
    current = Document(str(tmp_path / "now.docx")).core_properties
    assert current.created == current.modified and current.created.year >= 2026  # not the template's 2025-01-01
    assert current.title != "简报" and current.author != "Briefing Composer"
