"""Data safety II, item 7: a damaged library — no writes into it, its backup warns, and the
quick check before the first write runs once per process and file (early, on a thread, when
the app's window opens). Real files damaged as a failing disk would damage them."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from db import open_library
from tests.test_data_safety_2 import ACCEPTED, _checkpointed, _page, _read, briefing

# -- 7. a damaged library ---------------------------------------------------------------------------


def _damage(path: Path, table: str = "briefings") -> None:
    """Break one page of ``table`` (its page type byte), as a failing disk would."""
    _checkpointed(path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xff")


def test_a_damaged_library_takes_no_writes_and_its_backup_warns(capsys, demo_library: Path, tmp_path: Path) -> None:
    """Before: `review accept` and `import` went on writing into a library `check`
    reported malformed, and `backup` copied it without a word."""
    _damage(demo_library)
    db = ("--db", str(demo_library))
    code, out, _ = briefing(capsys, *db, "check")
    assert code == 1 and "integrity_check" in out and "malformed" in out
    before = _read(demo_library, ACCEPTED)
    code, _, err = briefing(capsys, *db, "review", "accept", "--where", "kind=statement")
    assert code == 3 and "已损坏" in err and "briefing restore" in err and "briefing check" in err
    assert _read(demo_library, ACCEPTED) == before
    page = _page(tmp_path, "new.txt", "新闻一则")
    articles = _read(demo_library, "SELECT count(*) FROM articles")
    code, _, err = briefing(capsys, *db, "import", str(page))
    assert code == 3 and "已损坏" in err
    assert _read(demo_library, "SELECT count(*) FROM articles") == articles
    code, out, _ = briefing(capsys, *db, "articles")  # reading is never refused
    assert code == 0 and out
    copy = tmp_path / "copy.sqlite"
    code, out, err = briefing(capsys, *db, "backup", str(copy))
    assert code == 1 and copy.is_file() and "损坏资料库的副本" in err
    code, out, _ = briefing(capsys, *db, "backup", str(tmp_path / "copy2.sqlite"), "--json")
    assert code == 1 and json.loads(out)["damage"]


def test_the_quick_check_runs_again_only_when_the_file_changed_from_outside(
        library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from db import maintenance

    checked: list[Path] = []
    real = maintenance.quick_check

    def counted(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
        checked.append(library_path)
        return real(conn, limit)

    monkeypatch.setattr(maintenance, "quick_check", counted)

    def write(value: str) -> None:
        with open_library(library_path) as library, library.write():
            library.conn.execute("INSERT OR REPLACE INTO settings VALUES ('k', ?)", (value,))

    write("new")  # a library this program creates is not checked
    write("again")  # nor one as a program that found nothing wrong left it
    assert checked == []
    stamp = library_path.stat()
    os.utime(library_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**9))  # something else wrote to it
    write("after")
    write("and again")
    assert len(checked) == 1


def test_the_first_writes_check_can_run_before_the_first_write(
        library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app starts the quick check when its window opens, on a thread of its own: the first
    accept then writes at once (before: the clerk's first keypress waited for the check)."""
    from db import maintenance

    with open_library(library_path) as library, library.write():
        library.conn.execute("INSERT OR REPLACE INTO settings VALUES ('k', 'v')")
    stamp = library_path.stat()
    os.utime(library_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**9))  # changed from outside: to be checked
    checked: list[str] = []
    real = maintenance.quick_check

    def counted(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
        checked.append("checked")
        return real(conn, limit)

    monkeypatch.setattr(maintenance, "quick_check", counted)
    with open_library(library_path) as library:
        thread = library.check_sound_soon()
        assert thread is not None
        thread.join(timeout=60)
        assert checked == ["checked"]
        with library.write():  # the write finds the check done
            library.conn.execute("INSERT OR REPLACE INTO settings VALUES ('k', 'w')")
        assert checked == ["checked"]
        assert library.check_sound_soon() is None  # done once per process


def test_a_write_during_the_early_check_waits_for_it_instead_of_checking_again(
        library_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clerk's first keypress right after the window opened: the write waits for the
    check already running (part done) rather than running a second one (0.3 s on 10k)."""
    from db import maintenance

    with open_library(library_path) as library, library.write():
        library.conn.execute("INSERT OR REPLACE INTO settings VALUES ('k', 'v')")
    stamp = library_path.stat()
    os.utime(library_path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**9))  # changed from outside: to be checked
    checked: list[str] = []
    entered, release = threading.Event(), threading.Event()
    real = maintenance.quick_check

    def held_back(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
        checked.append(threading.current_thread().name)
        if len(checked) == 1:  # the early check: still running when the write comes
            entered.set()
            release.wait(timeout=60)
        return real(conn, limit)

    monkeypatch.setattr(maintenance, "quick_check", held_back)
    with open_library(library_path) as library:
        first = library.check_sound_soon()
        assert first is not None
        assert entered.wait(timeout=60)
        assert library.check_sound_soon() is first  # asked again while it runs (tagging does): the same check
        threading.Timer(0.05, release.set).start()  # the check goes on while the write waits
        with library.write():
            library.conn.execute("INSERT OR REPLACE INTO settings VALUES ('k', 'w')")
    assert checked == ["library-quick-check"]


def test_a_truncated_library_is_called_damaged(capsys, demo_library: Path) -> None:
    _checkpointed(demo_library)
    data = demo_library.read_bytes()
    for size in (len(data) // 2, 60):  # a copy stopped halfway; one stopped in the header
        demo_library.write_bytes(data[:size])
        code, _, err = briefing(capsys, "--db", str(demo_library), "articles")
        assert code == 3 and "已损坏" in err and "不是简报编排器资料库" not in err
    demo_library.write_text("这是一份笔记，不是数据库。" * 100, encoding="utf-8")
    code, _, err = briefing(capsys, "--db", str(demo_library), "articles")
    assert code == 3 and "不是简报编排器资料库" in err
