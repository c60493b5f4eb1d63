"""Backups, restore, the library check, backups before migrations and read-only libraries.

Real SQLite files, real processes: a writer process keeps writing while a backup is
taken; bad restore files are real files (text, truncated, foreign, newer).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from composer.cli.main import main
from composer.common.messages import BriefingError
from db import fts, open_library, schema, schema_version
from tests.conftest import REPO, unprivileged


def briefing(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``briefing ARGV`` in this process (as the installed command does)."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _count(path: Path, query: str) -> int:
    with open_library(path, read_only=True) as library:
        return int(library.conn.execute(query).fetchone()[0])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- backup ------------------------------------------------------------------------------

_WRITER = """
import sys
from pathlib import Path
from db import open_library

path, stop = sys.argv[1], Path(sys.argv[2])
body = "区委书记强调，要把接诉即办作为民生工程抓实抓好。" * 200
written = 0
with open_library(path) as library:
    while not stop.exists() and written < 20000:
        with library.write():  # two rows per transaction: a consistent copy has as many of each
            library.conn.execute(
                "INSERT INTO articles(title, body, content_hash) VALUES (?, ?, ?)", (f"w{written}", body, str(written))
            )
            library.conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"writer.{written}", "x"))
        written += 1
        if written == 20:
            print("writing", flush=True)
print(written, flush=True)
"""


def test_backup_while_another_program_writes(capsys, library_path: Path, tmp_path: Path) -> None:
    open_library(library_path).close()
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(library_path), str(stop)],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        backups = []
        for number in range(3):
            code, out, _ = briefing(capsys, "--db", str(library_path), "backup", str(tmp_path / f"b{number}.sqlite"),
                                    "--json")
            assert code == 0
            backups.append(json.loads(out))
            time.sleep(0.1)
    finally:
        stop.touch()
        written = int(writer.communicate(timeout=60)[0].split()[-1])
    assert writer.returncode == 0
    counts = []
    for backup in backups:
        path = Path(backup["backup"])
        assert set(backup) == {"backup", "bytes"} and backup["bytes"] == path.stat().st_size
        assert _integrity(path) == "ok"
        with open_library(path) as copy:  # opens as a library, at the current schema
            assert schema_version(copy) == len(schema.MIGRATIONS)
            articles = copy.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            settings = copy.conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'writer.%'").fetchone()[0]
        assert articles == settings > 0  # whole transactions only
        counts.append(articles)
    assert counts == sorted(counts) and counts[-1] < written  # the writer went on while we copied
    assert not list(tmp_path.glob(".*partial*"))


def test_backup_defaults_to_a_dated_file_in_backups(capsys, demo_library: Path) -> None:
    code, out, _ = briefing(capsys, "--db", str(demo_library), "backup")
    assert code == 0
    (made,) = (demo_library.parent / "backups").glob("library-*.sqlite")
    assert str(made) in out and "已备份到" in out
    assert made.name[len("library-") :].startswith(time.strftime("%Y-%m-%dT"))
    # One self-contained file (no -wal to forget when it is carried away), search index left out.
    assert made.read_bytes()[18:20] == b"\x01\x01"
    assert not list(made.parent.glob("*search*"))
    assert _count(made, "SELECT count(*) FROM excerpts") == _count(demo_library, "SELECT count(*) FROM excerpts")


def test_backup_of_a_missing_library_exits_three(capsys, library_path: Path) -> None:
    code, _, err = briefing(capsys, "--db", str(library_path), "backup")
    assert code == 3 and "找不到文件" in err


# -- restore -----------------------------------------------------------------------------


def test_restore_a_good_backup(capsys, demo_library: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    assert briefing(capsys, "--db", str(demo_library), "backup", str(saved))[0] == 0
    articles = _count(saved, "SELECT count(*) FROM articles")
    with open_library(demo_library) as library:
        fts.ensure_index(library)
        with library.write():
            library.conn.execute("DELETE FROM articles WHERE id > 10")
            library.conn.execute("INSERT INTO settings VALUES ('after.backup', 'x')")
    app = open_library(demo_library)  # a program that has the library open meanwhile
    try:
        code, out, _ = briefing(capsys, "--db", str(demo_library), "restore", str(saved), "--json")
        assert code == 0
        result = json.loads(out)
        assert set(result) == {"restored", "library", "previous"} and result["restored"] == str(saved)
        # The open program sees the restored library at its next read, not a mix.
        assert app.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
    finally:
        app.close()
    assert _count(demo_library, "SELECT count(*) FROM articles") == articles
    assert _count(demo_library, "SELECT count(*) FROM settings WHERE key = 'after.backup'") == 0
    previous = Path(result["previous"])  # the library as it was before the restore
    assert previous.parent == demo_library.parent / "backups" and previous.name.startswith("library-before-restore-")
    assert _count(previous, "SELECT count(*) FROM articles") == 10
    assert _count(previous, "SELECT count(*) FROM settings WHERE key = 'after.backup'") == 1
    # The derived search index was deleted and is rebuilt from the restored articles.
    assert not fts.index_path(demo_library).exists()
    with open_library(demo_library) as library:
        assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        fts.ensure_index(library)
        assert fts.search_index(library).count() == articles
    assert briefing(capsys, "--db", str(demo_library), "check")[0] == 0


def test_restore_other_page_sizes_and_over_a_damaged_library(capsys, demo_library: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    assert briefing(capsys, "--db", str(demo_library), "backup", str(saved))[0] == 0
    with sqlite3.connect(saved) as conn:  # as made by another SQLite program, with 4 KB pages
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("VACUUM")
    conn.close()
    articles = _count(saved, "SELECT count(*) FROM articles")
    assert briefing(capsys, "--db", str(demo_library), "restore", str(saved))[0] == 0
    assert _count(demo_library, "SELECT count(*) FROM articles") == articles
    # The library itself damaged beyond SQLite's reading: the backup replaces it, its bytes are kept.
    garbage = b"\x00damaged by a failing disk\xff" * 4000
    demo_library.write_bytes(garbage)
    code, out, _ = briefing(capsys, "--db", str(demo_library), "restore", str(saved), "--json")
    assert code == 0
    assert Path(json.loads(out)["previous"]).read_bytes() == garbage
    with open_library(demo_library) as library:
        assert library.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
        assert library.conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    assert briefing(capsys, "--db", str(demo_library), "check")[0] == 0


def _not_sqlite(path: Path, good: Path) -> None:
    path.write_text("这不是资料库\n" * 100, encoding="utf-8")


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _foreign(path: Path, good: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('张三', '123')")
    conn.close()


def _newer(path: Path, good: Path) -> None:
    shutil.copy(good, path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('briefing', 'm999', 'x')")
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_not_sqlite, "不是资料库文件"),
        (_truncated, "已损坏"),
        (_foreign, "不是简报编排器资料库"),
        (_newer, "更新版本"),
    ],
    ids=["not-sqlite", "truncated", "foreign-sqlite", "newer-schema"],
)
def test_restore_refuses_a_bad_file(
    capsys, demo_library: Path, tmp_path: Path, make: Callable[[Path, Path], None], words: str
) -> None:
    good = tmp_path / "good.sqlite"
    assert briefing(capsys, "--db", str(demo_library), "backup", str(good))[0] == 0
    bad = tmp_path / "bad.sqlite"
    make(bad, good)
    before = {part.name: _digest(part) for part in demo_library.parent.glob("library.*")}
    code, out, err = briefing(capsys, "--db", str(demo_library), "restore", str(bad))
    assert code == 1 and out == ""
    assert words in err and "当前资料库未改动" in err
    assert {part.name: _digest(part) for part in demo_library.parent.glob("library.*")} == before
    assert not (demo_library.parent / "backups").exists()  # nothing was even set aside
    assert not list(demo_library.parent.glob(".library.sqlite.restore-*"))


# -- automatic backup before a migration ---------------------------------------------------


def _library_at(path: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """An older library: created by the same mechanism with only the first migrations."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:version])
        with open_library(path) as library:
            assert schema_version(library) == version
            with library.write():
                library.conn.execute("INSERT INTO articles(title, body, content_hash) VALUES ('旧', '旧正文', 'h')")


def test_a_migration_is_preceded_by_a_backup(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library_at(library_path, 3, monkeypatch)
    assert not (library_path.parent / "backups").exists()  # a new, empty library: nothing to back up
    with open_library(library_path) as library:  # the current code migrates it
        assert schema_version(library) == len(schema.MIGRATIONS)
    (backup,) = (library_path.parent / "backups").glob("*.sqlite")
    first_pending = schema.known_migrations()[3].split("_")[0]
    assert backup.name.startswith(f"library-before-{first_pending}-")
    with sqlite3.connect(backup) as conn:
        assert [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")] == schema.known_migrations()[:3]
        assert conn.execute("SELECT title FROM articles").fetchall() == [("旧",)]
    conn.close()
    open_library(library_path).close()  # up to date: no second backup
    assert len(list((library_path.parent / "backups").glob("*.sqlite"))) == 1


def test_a_failed_backup_stops_the_migration(library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _library_at(library_path, 3, monkeypatch)
    (library_path.parent / "backups").write_text("a file where the folder should be")
    with pytest.raises(BriefingError) as caught:
        open_library(library_path)
    assert caught.value.code == "db_backup_failed" and "资料库未升级" in str(caught.value)
    with sqlite3.connect(library_path) as conn:
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 3
    conn.close()


def test_only_the_newest_automatic_backups_are_kept(tmp_path: Path) -> None:
    from composer.safety.backup import prune_backups

    folder = tmp_path / "backups"
    folder.mkdir()
    made = []
    for number in range(12):
        path = folder / f"library-before-m00{number % 9}-2026-01-{number + 1:02d}T0700.sqlite"
        path.write_bytes(b"x")
        os.utime(path, (1_700_000_000 + number, 1_700_000_000 + number))
        made.append(path)
    manual = folder / "library-2020-01-01T0700.sqlite"
    manual.write_bytes(b"x")
    os.utime(manual, (1_600_000_000, 1_600_000_000))
    assert prune_backups(folder, keep=10) == made[1::-1]
    assert sorted(folder.iterdir()) == sorted([*made[2:], manual])  # made by hand: never pruned


# -- check -------------------------------------------------------------------------------


def test_check_a_sound_library(capsys, demo_library: Path) -> None:
    code, out, _ = briefing(capsys, "--db", str(demo_library), "check", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = briefing(capsys, "--db", str(demo_library), "check")
    assert code == 0 and "没有发现问题" in out


def test_check_reports_tampering_in_plain_words(capsys, demo_library: Path) -> None:
    conn = sqlite3.connect(demo_library)  # behind the app's back: foreign keys off, no checks
    with conn:
        (first, second) = conn.execute("SELECT id, article_id FROM excerpts ORDER BY id LIMIT 2").fetchall()
        conn.execute("UPDATE excerpts SET text = 'x' WHERE id = ?", (first[0],))
        conn.execute(
            'UPDATE excerpts SET "end" = (SELECT length(body) + 5 FROM articles WHERE id = article_id) WHERE id = ?',
            (second[0],),
        )
        conn.execute("INSERT INTO fts_pending VALUES (99999)")
        (a, b) = conn.execute("SELECT id, name FROM themes WHERE parent_id IS NOT NULL LIMIT 2").fetchall()
        conn.execute("UPDATE themes SET parent_id = ? WHERE id = ?", (b[0], a[0]))
        conn.execute("UPDATE themes SET parent_id = ? WHERE id = ?", (a[0], b[0]))
        conn.execute("INSERT INTO briefings(id, template) VALUES (1, 'bulletin')")
        conn.execute("INSERT INTO briefing_sections(id, briefing_id, position) VALUES (1, 1, 0)")
        conn.execute("INSERT INTO briefing_items(id, section_id, position, excerpt_id) VALUES (7, 1, 0, 88888)")
    conn.close()
    code, out, _ = briefing(capsys, "--db", str(demo_library), "check")
    assert code == 1
    assert f"摘录 {second[0]} 的位置超出文章 {second[1]} 的正文" in out
    assert f"摘录 {first[0]} 保存的文字与文章 {first[1]} 正文中对应位置的文字不一致" in out
    assert "待编入检索索引的文章 99999 已不存在" in out
    assert f"主题 {a[1]}、{b[1]}" in out or f"主题 {b[1]}、{a[1]}" in out
    assert "简报条目 7 引用的摘录 88888 不存在" in out
    assert "发现 5 个问题" in out
    code, out, _ = briefing(capsys, "--db", str(demo_library), "check", "--json")
    problems = json.loads(out)
    assert code == 1 and all(set(p) == {"code", "message", "details"} for p in problems)
    assert sorted(p["code"] for p in problems) == [
        "check_excerpt_offsets", "check_excerpt_text", "check_item_excerpt_missing", "check_pending_orphan",
        "check_theme_cycle",
    ]


def test_find_cycles() -> None:
    from composer.safety.check import find_cycles

    assert find_cycles({1: None, 2: 1, 3: 2}) == []
    assert find_cycles({1: 2, 2: 3, 3: 1, 4: 1, 5: 5, 6: 404}) == [[1, 2, 3], [5]]


# -- read-only libraries -----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX permissions)")
@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_library_that_cannot_be_written_opens_read_only(capsys, demo_library: Path, locked: str) -> None:
    place = Path(tempfile.mkdtemp(prefix="briefing-ro-"))  # not under pytest's private (0700) folder
    try:
        folder = place / "library"
        folder.mkdir()
        path = folder / "library.sqlite"
        assert briefing(capsys, "--db", str(demo_library), "backup", str(path))[0] == 0
        with open_library(path) as library:  # a WAL library, closed cleanly (no side files), as on a USB stick
            from composer.search.searcher import SearchRequest, search

            search(library, SearchRequest("接诉即办"))  # with its search index built
        assert not list(folder.glob("*-wal"))  # closed cleanly: nothing left in write-ahead logs
        expected = _count(path, "SELECT count(*) FROM articles")
        briefing(capsys, "--db", str(path), "articles", "--json")  # warm up the command's imports
        os.chmod(place, 0o755)
        os.chmod(path, 0o444)
        os.chmod(folder, 0o555 if locked == "folder" else 0o777)

        def job() -> dict:
            with open_library(path) as library:
                seen = {"read_only": library.read_only}
                seen["articles"] = library.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                try:
                    with library.write():
                        pass
                except BriefingError as error:
                    seen["write"] = error.code
                seen["found"] = len(search(library, SearchRequest("接诉即办")).hits)
            sys.stdout, sys.stderr = (stdout, stderr) = (_Capture(), _Capture())
            try:
                seen["cli"] = main(["--db", str(path), "articles", "--json"])
            finally:
                sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
            seen["listed"], seen["warning"] = len(json.loads(stdout.text)), stderr.text
            return seen

        seen = unprivileged(job)
        assert seen["read_only"] is True and seen["articles"] == expected
        assert seen["write"] == "db_read_only" and seen["found"] > 0  # search works read-only too
        assert seen["cli"] == 0 and seen["listed"] == expected
        assert "资料库为只读，只能查看" in seen["warning"]
    finally:
        for part in [place, *place.rglob("*")]:
            os.chmod(part, stat.S_IRWXU)
        shutil.rmtree(place, ignore_errors=True)


class _Capture:
    """A text stream for the forked child (pytest's capture belongs to the parent)."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, value: str) -> int:
        self.text += value
        return len(value)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False
