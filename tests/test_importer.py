"""Importing real files into a real library: formats, duplicates, reprints, bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from composer.common.text import squash
from composer.ingest.importer import ImportOptions, import_pasted, import_paths
from composer.ingest.pages import split_page
from db import open_library
from db.articles import count_articles, get_article, list_articles
from tests import makefiles

DEMO = Path(__file__).resolve().parent.parent / "composer" / "demo"


def _articles(library) -> list[dict]:
    return [get_article(library, row["id"]) for row in list_articles(library, sort="id")]


def test_seed_pages_import_with_metadata(library_path: Path, seeds: list[Path]) -> None:
    with open_library(library_path) as library:
        report = import_paths(library, seeds, ImportOptions(source="丰台时报", published="2025-08-30"))
        assert [f.status for f in report.files] == ["imported"] * 5
        assert [f.encoding for f in report.files] == ["utf-8"] * 5
        stored = _articles(library)
    assert len(stored) == 21
    meeting = next(a for a in stored if a["title"] == "丰台区召开月度工作点评会")
    assert meeting["source"] == "丰台时报" and meeting["published"] == "2025-08-30"
    assert meeting["byline"] == "本报讯（记者 郭晓妍）" and meeting["reporters"] == ["郭晓妍"]
    assert meeting["event_date"] == "8月29日"
    assert meeting["text"].startswith("8月29日，丰台区召开月度工作点评会。")


def test_same_file_twice_is_a_no_op(library_path: Path, seeds: list[Path]) -> None:
    with open_library(library_path) as library:
        first = import_paths(library, seeds[:1])
        again = import_paths(library, seeds[:1])
        assert count_articles(library) == 3
    assert again.files[0].status == "duplicate"
    assert [a.id for a in again.files[0].articles] == [a.id for a in first.files[0].articles]


def test_edited_reprint_from_another_source_is_linked_not_stored(library_path: Path, tmp_path: Path) -> None:
    original = next(DEMO.glob("*2025-09-05_第01版.txt"))
    with open_library(library_path) as library:
        import_paths(library, [original])
        before = count_articles(library)
        article = split_page(original.read_text(encoding="utf-8"))[1]
        paragraphs = article.body.split("\n")
        reprint = "\n\n".join(["另一家报纸换了标题", "本报讯 " + paragraphs[0], *paragraphs[1:-1]])
        copy = tmp_path / "晚报_2025-09-06_第05版.txt"
        copy.write_text(reprint, encoding="utf-8")
        report = import_paths(library, [copy])
        assert count_articles(library) == before
        linked = report.files[0].articles[0]
        assert linked.reprint
        appearances = get_article(library, linked.id)["appearances"]
    assert [a["source"] for a in appearances] == ["云湖时报", "晚报"]
    assert appearances[1]["title"] == "另一家报纸换了标题" and appearances[1]["similarity"] >= 0.8


@pytest.mark.parametrize("form", ["gb18030", "utf-16", "utf-16-le", "docx", "pdf"])
def test_converted_pages_import_to_the_same_articles(form: str, seeds: list[Path], tmp_path: Path) -> None:
    """The seed pages as GB18030/UTF-16 text, Word and PDF give the articles the UTF-8 text gives."""
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        target = tmp_path / f"{seed.stem}.{'txt' if form.startswith(('gb', 'utf')) else form}"
        if form == "docx":
            makefiles.write_docx(text, target)
        elif form == "pdf":
            makefiles.write_pdf(text, target)
        else:
            makefiles.write_txt(text, target, form)
        expected = _summary(split_page(text))
        with open_library(tmp_path / f"{form}-{seed.stem}.sqlite") as library:
            report = import_paths(library, [target])
            assert report.files[0].status == "imported", report.files[0].error
            got = [(squash(a["title"]), squash(a["text"])) for a in _articles(library)]
        if form == "pdf":  # reportlab cannot draw the vertical quotes ﹃﹄ (seed 003)
            expected = [(t.replace("“", "").replace("”", ""), b) for t, b in expected]
            got = [(t.replace("“", "").replace("”", ""), b) for t, b in got]
        assert got == expected, seed.name


def _summary(articles) -> list[tuple[str, str]]:
    return [(squash(a.title), squash(a.body)) for a in articles]


def test_bad_files_are_reported_and_the_rest_go_in(library_path: Path, tmp_path: Path, seeds: list[Path]) -> None:
    bad = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 40,
        "not-a-zip.docx": "这不是Word文件".encode(),
        "truncated.pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    control = tmp_path / "控制字符.txt"
    control.write_text("标题行\n\n本报讯 9月1日，\x01云湖区\x0b召开会议。会议强调，要做好工作。", encoding="utf-8")
    paths = [tmp_path / name for name in bad] + [control, tmp_path / "missing.txt", seeds[0]]
    with open_library(library_path) as library:
        report = import_paths(library, paths)
        codes = {Path(f.path).name: (f.status, f.error_code) for f in report.files}
        assert codes == {
            "empty.txt": ("failed", "file_empty"),
            "binary.txt": ("failed", "file_binary"),
            "not-a-zip.docx": ("failed", "docx_corrupt"),
            "truncated.pdf": ("failed", "pdf_corrupt"),
            "控制字符.txt": ("imported", None),
            "missing.txt": ("failed", "file_missing"),
            seeds[0].name: ("imported", None),
        }
        assert all(f.error for f in report.files if f.status == "failed")
        texts = [a["text"] for a in _articles(library)]
        failed_rows = library.conn.execute("SELECT count(*) FROM import_files WHERE status = 'failed'").fetchone()[0]
    assert any("云湖区召开会议" in t for t in texts)  # control characters removed, words kept
    assert failed_rows == 5
    assert not report.ok


def test_huge_file_is_refused_before_reading(library_path: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        line = "本报讯 这是一行很长的测试文字，用来制造一个超过上限的大文件。\n".encode()
        out.write(line * (50 * 1024 * 1024 // len(line) + 1))
    with open_library(library_path) as library:
        report = import_paths(library, [huge])
        assert count_articles(library) == 0
    assert report.files[0].error_code == "file_too_large"


def test_pasted_text_is_imported_once(library_path: Path) -> None:
    text = "区领导调研秋粮收购\r\n\r\n本报讯（记者 林可欣）9月3日，区领导到白沙镇调研。他强调，要保障农民利益。"
    with open_library(library_path) as library:
        first = import_pasted(library, text, ImportOptions(source="云湖时报", published="2025-09-04"))
        second = import_pasted(library, text)
        article = get_article(library, first.articles[0].id)
    assert first.status == "imported" and second.status == "duplicate"
    assert article["title"] == "区领导调研秋粮收购" and article["reporters"] == ["林可欣"]


def test_parallel_and_serial_imports_store_the_same(tmp_path: Path) -> None:
    pages = sorted(DEMO.glob("*.txt")) * 1
    results = []
    for workers in (0, 2):
        folder = tmp_path / f"w{workers}"
        folder.mkdir()
        copies = []
        for index in range(5):  # enough files to use worker processes
            for page in pages:
                copy = folder / f"{index}_{page.name}"
                copy.write_text(page.read_text(encoding="utf-8") + f"\n\n（第{index}份）", encoding="utf-8")
                copies.append(copy)
        with open_library(tmp_path / f"w{workers}.sqlite") as library:
            import_paths(library, [folder], ImportOptions(workers=workers))
            results.append([(a["title"], a["text"]) for a in _articles(library)])
    assert results[0] == results[1] and len(results[0]) > 40


def test_each_file_is_one_transaction(library_path: Path, seeds: list[Path], monkeypatch) -> None:
    """A failure while storing a file leaves none of its articles behind."""
    from composer.ingest import importer

    calls = {"n": 0}
    real = importer.article_store.insert_article

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real(*args, **kwargs)

    monkeypatch.setattr(importer.article_store, "insert_article", failing)
    with open_library(library_path) as library:
        report = import_paths(library, seeds[:2])
        assert report.files[0].status == "failed" and "simulated" in report.files[0].error
        assert report.files[1].status == "imported"
        assert count_articles(library) == 5  # only the second page's articles
        assert library.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_transaction_lost_mid_group_is_replayed_file_by_file(
    library_path: Path, seeds: list[Path], monkeypatch
) -> None:
    """If SQLite rolls back the whole group transaction (disk full, I/O error), the files
    stored earlier in the group are stored again, so none is reported without its articles."""
    from composer.ingest import importer

    calls = {"n": 0}
    real = importer.article_store.insert_article

    def full_disk(library, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:  # the first article of the second page
            library.conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full (simulated)")
        return real(library, *args, **kwargs)

    monkeypatch.setattr(importer, "GROUP_SECONDS", 60.0)  # keep all files in one group
    monkeypatch.setattr(importer.article_store, "insert_article", full_disk)
    with open_library(library_path) as library:
        report = import_paths(library, seeds[:3], ImportOptions(workers=0))
        statuses = [f.status for f in report.files]
        stored_files = library.conn.execute("SELECT count(*) FROM import_files WHERE status = 'imported'").fetchone()[0]
        total = count_articles(library)
    assert statuses == ["imported", "failed", "imported"]
    assert stored_files == 2
    assert total == 3 + 4  # the articles of seeds 000 and 002
