"""Data safety II: what other programs and hands do to a library's files.

A file dialog in the app, a cleaner deleting the -wal file, a backup copied over the
library by hand, another program's database given as ``--db``, a network share, a full
disk, killed backups and restores, and a series of restores (a damaged or truncated
library: tests/test_damaged_library.py). Real files throughout; real processes where the
hole needs two (the app and a ``briefing`` command, a program and a cleaner).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from composer.cli.main import main
from composer.common.messages import BriefingError
from db import fts, open_library, schema, schema_version
from db import location as location_module
from tests.conftest import REPO

POSIX_LOCKS = pytest.mark.skipif(os.name != "posix", reason="POSIX locks: the hole is Linux's and macOS's")


def briefing(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run ``briefing ARGV`` in this process (as the installed command does)."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def briefing_process(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``briefing ARGV`` as a program of its own."""
    return subprocess.run(
        [sys.executable, "-m", "composer.cli.main", *argv], cwd=REPO, env=_env(), input=stdin,
        capture_output=True, text=True, timeout=120,
    )


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", BRIEFING_LANG="zh")


def _script(code: str, *argv: str) -> subprocess.Popen[str]:
    """A Python program of its own, driven line by line through stdin/stdout."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *argv], cwd=REPO, env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )


def _say(program: subprocess.Popen[str], line: str) -> str:
    """Send a line to a driven program; its answer."""
    assert program.stdin is not None and program.stdout is not None
    program.stdin.write(line + "\n")
    program.stdin.flush()
    return _answer(program)


def _answer(program: subprocess.Popen[str]) -> str:
    assert program.stdout is not None
    answer = program.stdout.readline().strip()
    if not answer:
        program.kill()
        raise AssertionError(f"the program stopped: {program.communicate()[1]}")
    return answer


def _read(path: Path, query: str) -> int:
    """A count, as another program sees the library (read-only: its close changes nothing)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return int(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checkpointed(path: Path) -> Path:
    """The library with everything in the main file and no side files (as after a clean close)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    return path


ACCEPTED = "SELECT count(*) FROM excerpts WHERE status = 'accepted'"


# -- 1. a file dialog must not drop the app's locks ------------------------------------------

_APP = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from composer.tagging import review
from db import open_library
from db.excerpts import ExcerptFilter, selected_ids
from ui.app import create_application
from ui.main_window import MainWindow
from ui.manager_pages import choose_save_path

path = Path(sys.argv[1])
app = create_application([])
library = open_library(path)
window = MainWindow(library)
window.show()


def browse_the_library_folder():
    # The clerk goes to the folder holding the library and looks around, then cancels.
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog), dialog
    dialog.setDirectory(str(path.parent))
    deadline = time.monotonic() + 2.5
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    dialog.reject()


QTimer.singleShot(200, browse_the_library_folder)
window.import_action.trigger()  # 文件 → 导入文件…: the real action, modal until cancelled
QTimer.singleShot(200, browse_the_library_folder)
choose_save_path(window, "简报.docx")  # the export dialog of 简报 and 编排
print("browsed", flush=True)
waiting = selected_ids(library, ExcerptFilter(status="suggested", kind="statement"))
for line in sys.stdin:
    if line.strip() == "accept":
        chosen = waiting.pop()
        try:
            review.accept(window.library, ExcerptFilter(ids=[chosen]))
            print("accepted", chosen, flush=True)
        except Exception as error:
            print("failed", type(error).__name__, error, flush=True)
    else:
        break
window.close()
library.close()
print("closed", flush=True)
"""


@POSIX_LOCKS
@pytest.mark.gui
def test_browsing_the_library_folder_in_a_file_dialog_loses_no_work(demo_library: Path) -> None:
    """Before: Qt read each file of the folder to guess its type, and closing that read
    dropped SQLite's locks; `briefing info` then deleted the WAL the app went on writing
    into — 0 of 5 accepted reviews survived."""
    before = _read(demo_library, ACCEPTED)
    app = _script(_APP, str(demo_library))
    try:
        assert _answer(app) == "browsed"
        for round_ in range(1, 6):
            answer = _say(app, "accept")
            assert answer.startswith("accepted"), answer
            done = briefing_process("--db", str(demo_library), "info")  # a second program opens and closes
            assert done.returncode == 0, done.stderr
            assert _read(demo_library, ACCEPTED) == before + round_  # other programs see it
        assert _say(app, "quit") == "closed"
    finally:
        app.kill()
        app.communicate()
    assert _read(demo_library, ACCEPTED) == before + 5  # and it is still there after the app closed
    assert not list((demo_library.parent / "backups").glob("*rescued*"))


@pytest.mark.gui
def test_the_file_dialogs_read_no_file_and_list_no_database(library_path: Path, qtbot) -> None:
    from PySide6.QtCore import QFileInfo, QMimeDatabase

    from ui.dialogs import NameOnlyIcons, file_dialog

    open_library(library_path).close()
    (library_path.parent / "版面.docx").write_bytes(b"PK")
    dialog = file_dialog(None, "Import", "All files (*)", str(library_path.parent))
    assert dialog.testOption(dialog.Option.DontUseNativeDialog) == (sys.platform != "win32")
    if sys.platform != "win32":
        qtbot.addWidget(dialog)
        dialog.show()
        source = dialog.proxyModel().sourceModel()
        qtbot.waitUntil(lambda: source.rowCount(source.index(str(library_path.parent))) >= 2)
        proxy = dialog.proxyModel()
        shown = proxy.mapFromSource(source.index(str(library_path.parent)))
        names = {proxy.index(row, 0, shown).data() for row in range(proxy.rowCount(shown))}
        assert names == {"版面.docx"}  # library.sqlite is not offered
    # A name that tells nothing, bytes that do: Qt's own guess reads them, ours does not.
    sniffable = library_path.parent / "library.sqlite-shm-like"
    sniffable.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert QMimeDatabase().mimeTypeForFile(str(sniffable)).name() == "image/png"
    icons = NameOnlyIcons()
    assert "PNG" not in icons.type(QFileInfo(str(sniffable)))
    assert icons.type(QFileInfo(str(library_path.parent / "版面.docx"))) == QMimeDatabase().mimeTypeForName(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document").comment()


# -- 4. series of restores, backups before migrations -------------------------------------------


def test_a_series_of_restores_keeps_the_library_as_it_was_before_the_first(capsys, demo_library: Path,
                                                                            tmp_path: Path) -> None:
    """Before: automatic backups shared one pool of 10, and eleven restores in a row
    deleted the only copy of the library as staff left it."""
    saved = tmp_path / "saved.sqlite"
    assert briefing(capsys, "--db", str(demo_library), "backup", str(saved))[0] == 0
    with open_library(demo_library) as library, library.write():
        library.conn.execute("INSERT INTO settings VALUES ('work.after.backup', '今天的工作')")
    work = "SELECT count(*) FROM settings WHERE key = 'work.after.backup'"
    backups = demo_library.parent / "backups"
    for _ in range(11):  # looking for the right backup: restore, restore again, …
        assert briefing(capsys, "--db", str(demo_library), "restore", str(saved))[0] == 0
    firsts = sorted(set(backups.glob("library-before-restore-*")) - set(backups.glob("*-again-*")))
    again = sorted(backups.glob("library-before-restore-again-*"))
    assert len(firsts) == 1 and _read(firsts[0], work) == 1  # the work of the day is still there
    assert len(again) == 10  # the copies of the restored backup: the newest 10
    # A change to the library starts a new series: its copy is kept too.
    with open_library(demo_library) as library, library.write():
        library.conn.execute("INSERT INTO settings VALUES ('work.later', 'x')")
    assert briefing(capsys, "--db", str(demo_library), "restore", str(saved))[0] == 0
    kept = sorted(set(backups.glob("library-before-restore-*")) - set(backups.glob("*-again-*")))
    assert len(kept) == 2 and firsts[0] in kept
    assert _read(sorted(kept, key=lambda p: p.stat().st_mtime_ns)[-1], "SELECT count(*) FROM settings "
                 "WHERE key = 'work.later'") == 1


def test_every_backup_before_a_migration_is_kept(capsys, library_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    backups = library_path.parent / "backups"
    for number in range(12):  # twelve old libraries upgraded in this folder, one after the other
        library_path.unlink(missing_ok=True)
        with monkeypatch.context() as patch:
            patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
            with open_library(library_path) as library, library.write():
                library.conn.execute("INSERT INTO articles(title, body, content_hash) VALUES (?, '正文', ?)",
                                     (f"旧{number}", str(number)))
        open_library(library_path).close()  # migrated, with a backup first
    saved = tmp_path / "saved.sqlite"
    assert briefing(capsys, "--db", str(library_path), "backup", str(saved))[0] == 0
    assert briefing(capsys, "--db", str(library_path), "restore", str(saved))[0] == 0
    migrated = sorted(backups.glob("library-before-m004-*"))
    assert len(migrated) == 12
    assert sorted(_read(path, "SELECT count(*) FROM articles") for path in migrated) == [1] * 12


# -- 5. a -wal file deleted under the programs using it ----------------------------------------

_HOLDER = r"""
import sys
from composer.common.messages import BriefingError
from db import open_library

library = open_library(sys.argv[1])
with library.write():
    library.conn.execute("INSERT INTO settings VALUES ('holder.before', 'saved before the cleaner came')")
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() != "write":
        break
    try:
        with library.write():
            library.conn.execute("INSERT INTO settings VALUES ('holder.after', 'x')")
        print("written", flush=True)
    except BriefingError as error:
        print("refused", error.code, error.params.get("rescued", ""), flush=True)
library.close()
print("closed", flush=True)
"""

HOLDER_BEFORE = "SELECT count(*) FROM settings WHERE key = 'holder.before'"


@POSIX_LOCKS
def test_a_log_deleted_under_an_open_program_loses_no_work(demo_library: Path) -> None:
    """Before: a `briefing` command started a fresh log beside the deleted one, its work
    was deleted when the first program closed, and `check` said the library was sound."""
    _checkpointed(demo_library)
    before = _read(demo_library, ACCEPTED)
    holder = _script(_HOLDER, str(demo_library))
    try:
        assert _answer(holder) == "ready"
        for side in ("-wal", "-shm"):  # a cleaner, a sync client or antivirus
            Path(f"{demo_library}{side}").unlink()
        accept = briefing_process("--db", str(demo_library), "review", "accept", "--where", "kind=statement")
        assert accept.returncode == 3 and "日志文件" in accept.stderr and "被删除" in accept.stderr
        check = briefing_process("--db", str(demo_library), "check")
        assert check.returncode == 3 and "没有发现问题" not in check.stdout and "日志文件" in check.stderr
        refused = _say(holder, "write").split()
        assert refused[:2] == ["refused", "db_wal_replaced"]
        rescued = Path(refused[2])
        assert rescued.parent == demo_library.parent / "backups" and _read(rescued, HOLDER_BEFORE) == 1
        assert _say(holder, "quit") == "closed"
    finally:
        holder.kill()
        holder.communicate()
    # Closing wrote the program's work back: nothing is lost, and nothing half-done was written.
    assert _read(demo_library, HOLDER_BEFORE) == 1 and _read(demo_library, ACCEPTED) == before
    check = briefing_process("--db", str(demo_library), "check")
    assert check.returncode == 1 and str(rescued) in check.stdout and "另存的副本" in check.stdout


@POSIX_LOCKS
def test_a_program_finds_its_log_replaced_by_another_programs(demo_library: Path) -> None:
    """A program other than Briefing Composer (or an older version) ignored the deletion
    and started a new log: the open program rescues what it had and stops writing."""
    _checkpointed(demo_library)
    holder = _script(_HOLDER, str(demo_library))
    try:
        assert _answer(holder) == "ready"
        for side in ("-wal", "-shm"):
            Path(f"{demo_library}{side}").unlink()
        other = sqlite3.connect(demo_library)  # plain SQLite: it knows nothing of the deletion
        with other:
            other.execute("INSERT INTO settings VALUES ('other.program', 'x')")
        other.close()
        refused = _say(holder, "write").split()
        assert refused[:2] == ["refused", "db_wal_replaced"] and _read(Path(refused[2]), HOLDER_BEFORE) == 1
        check = briefing_process("--db", str(demo_library), "check")
        assert check.returncode == 1 and refused[2] in check.stdout
        assert _say(holder, "write").split()[:2] == ["refused", "db_wal_replaced"]  # and it stays refused
        assert _say(holder, "quit") == "closed"
    finally:
        holder.kill()
        holder.communicate()


def test_a_second_connection_of_the_same_program_sees_the_log_replaced(demo_library: Path) -> None:
    first = open_library(demo_library)
    try:
        with first.write():
            first.conn.execute("INSERT INTO settings VALUES ('first', 'x')")
        for side in ("-wal", "-shm"):
            Path(f"{demo_library}{side}").unlink()
        with pytest.raises(BriefingError) as caught:
            open_library(demo_library)  # this process's connections share one -shm mapping
        assert caught.value.code == "db_wal_replaced_unsaved"
        with pytest.raises(BriefingError) as caught, first.write():
            pass
        assert caught.value.code == "db_wal_replaced"
        assert _read(Path(caught.value.params["rescued"]), "SELECT count(*) FROM settings WHERE key = 'first'") == 1
    finally:
        first.close()


# -- 6. a backup copied over the library by hand -----------------------------------------------


def _page(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(f"{text}\n\n本报讯 {text}。区委书记强调，{text}要抓实抓好。\n", encoding="utf-8")
    return path


def test_a_backup_copied_over_the_library_by_hand_gets_its_index_rebuilt(capsys, demo_library: Path,
                                                                         tmp_path: Path) -> None:
    """Before: the index of the newer library stayed; searches returned articles that do
    not hold the query, and `check` said the library was sound."""
    db = ("--db", str(demo_library))
    saved = tmp_path / "saved.sqlite"
    assert briefing(capsys, *db, "backup", str(saved))[0] == 0
    later = tmp_path / "later"
    later.mkdir()
    _page(later, "a.txt", "星河湾公园改造工程开工")
    assert briefing(capsys, *db, "import", str(later), "--date", "2025-10-01", "--as", "article")[0] == 0
    code, out, _ = briefing(capsys, *db, "search", "星河湾", "--json")
    assert code == 0 and json.loads(out)
    for side in ("-wal", "-shm"):  # the app closed; then the clerk copies the backup over the library
        Path(f"{demo_library}{side}").unlink(missing_ok=True)
    shutil.copyfile(saved, demo_library)
    code, out, _ = briefing(capsys, *db, "check")
    assert code == 1 and "检索索引" in out and "不一致" in out
    code, out, _ = briefing(capsys, *db, "check", "--json")
    assert [problem["code"] for problem in json.loads(out)] == ["check_index_stale"]
    other = tmp_path / "other"
    other.mkdir()
    _page(other, "b.txt", "梧桐巷老旧小区加装电梯")  # the same day: the same index keys as before
    assert briefing(capsys, *db, "import", str(other), "--date", "2025-10-01", "--as", "article")[0] == 0
    code, out, _ = briefing(capsys, *db, "search", "星河湾", "--json")
    assert code == 0 and json.loads(out) == []  # not 梧桐巷 under 星河湾's old index rows
    code, out, _ = briefing(capsys, *db, "search", "梧桐巷", "--json")
    hits = [hit["article_id"] for hit in json.loads(out)]
    assert hits and all("梧桐巷" in _text(demo_library, article) for article in hits)
    assert briefing(capsys, *db, "check")[0] == 0


def _text(path: Path, article: int) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT title || body FROM articles WHERE id = ?", (article,)).fetchone()[0])
    finally:
        conn.close()


def test_check_names_an_index_of_another_library(capsys, demo_library: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "library.sqlite"
    other.parent.mkdir()
    with open_library(other) as library:
        fts.ensure_index(library)  # an empty library's index, with its own id
    with open_library(demo_library) as library:
        fts.ensure_index(library)
    shutil.copyfile(fts.index_path(other), fts.index_path(demo_library))
    code, out, _ = briefing(capsys, "--db", str(demo_library), "check", "--json")
    assert code == 1 and [problem["code"] for problem in json.loads(out)] == ["check_index_other_library"]
    with open_library(demo_library) as library:
        fts.ensure_index(library)  # rebuilt for this library at its next use
        assert fts.search_index(library).count() == library.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert briefing(capsys, "--db", str(demo_library), "check")[0] == 0


def test_an_index_in_step_costs_no_comparison(demo_library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_library(demo_library) as library:
        fts.ensure_index(library)
    monkeypatch.setattr(fts, "library_keys", lambda library: pytest.fail("compared although in step"))
    with open_library(demo_library) as library:
        fts.ensure_index(library)


# -- 8. another program's database -------------------------------------------------------------


def _contacts(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('张三', '123')")
    conn.close()


@pytest.mark.parametrize("command", [["info"], ["articles"], ["check"], ["demo"]])
def test_another_programs_database_is_never_turned_into_a_library(capsys, tmp_path: Path, command: list[str]) -> None:
    """Before: even `info` added our tables to it and switched it to WAL."""
    foreign = tmp_path / "contacts.db"
    _contacts(foreign)
    before = _digest(foreign)
    code, _, err = briefing(capsys, "--db", str(foreign), *command)
    assert code == 3 and "其他程序的 SQLite 数据库" in err and "contacts" in err
    assert _digest(foreign) == before and sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]
    with pytest.raises(BriefingError) as caught:
        open_library(foreign, read_only=True)
    assert caught.value.code == "db_foreign"


def test_a_backup_is_not_restored_over_another_programs_database(capsys, demo_library: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    assert briefing(capsys, "--db", str(demo_library), "backup", str(saved))[0] == 0
    foreign = tmp_path / "contacts.db"
    _contacts(foreign)
    before = _digest(foreign)
    code, _, err = briefing(capsys, "--db", str(foreign), "restore", str(saved))
    assert code == 3 and "其他程序的 SQLite 数据库" in err
    assert _digest(foreign) == before and not (tmp_path / "backups").exists()


def test_an_empty_sqlite_file_still_becomes_a_library(tmp_path: Path) -> None:
    empty = tmp_path / "new.sqlite"
    sqlite3.connect(empty).execute("PRAGMA user_version = 0").connection.close()
    with open_library(empty) as library:
        assert schema_version(library) == len(schema.MIGRATIONS)


# -- 10. network shares -----------------------------------------------------------------------------


@pytest.fixture()
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``tmp_path`` mounted from an SMB server, as /proc/self/mountinfo would say."""
    folder = tmp_path.resolve() / "共享 文件夹"
    folder.mkdir()
    mounts = tmp_path / "mountinfo"
    escaped = str(folder).replace(" ", "\\040")
    mounts.write_text(
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        f"97 22 0:55 / {escaped} rw,relatime shared:60 - cifs //server/共享 rw,vers=3.1.1\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(location_module, "MOUNTINFO", mounts)
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux mount table")
def test_a_library_on_a_network_share_opens_read_only(capsys, share: Path, demo_library: Path) -> None:
    path = share / "library.sqlite"
    for part in demo_library.parent.glob("library.*"):
        shutil.copy(part, share / part.name)
    with open_library(path) as library:
        assert library.read_only and library.read_only_reason is not None
        assert library.conn.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
        with pytest.raises(BriefingError) as caught, library.write():
            pass
        assert caught.value.code == "db_network_share"
    code, out, err = briefing(capsys, "--db", str(path), "articles")
    assert code == 0 and out and "网络共享（cifs）" in err
    code, _, err = briefing(capsys, "--db", str(path), "review", "accept", "--where", "kind=statement")
    assert code == 3 and "网络共享" in err and "本机磁盘" in err
    code, _, err = briefing(capsys, "--db", str(share / "new.sqlite"), "info")
    assert code == 3 and "不能在网络共享" in err and not (share / "new.sqlite").exists()


def test_network_shares_are_told_from_the_mount_table() -> None:
    from db.location import linux_share

    table = (
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        "30 22 0:40 / /home rw - nfs4 server:/home rw\n"
        "31 30 8:2 / /home/local rw - xfs /dev/sda2 rw\n"
        "32 22 0:41 / /mnt/my\\040share rw - fuse.sshfs me@host: rw\n"
        "33 22 0:42 / /mnt/office rw - smb3 //srv/x rw\n"
    )
    assert linux_share(Path("/home/clerk/library.sqlite"), table) == "nfs4"
    assert linux_share(Path("/home/local/library.sqlite"), table) is None  # a local disk mounted inside
    assert linux_share(Path("/mnt/my share/library.sqlite"), table) == "fuse.sshfs"
    assert linux_share(Path("/mnt/office/a/library.sqlite"), table) == "smb3"
    assert linux_share(Path("/mnt/officer/library.sqlite"), table) is None  # a prefix is not a parent
    assert linux_share(Path("/var/library.sqlite"), table) is None


def test_network_shares_are_told_on_windows() -> None:
    from db.location import DRIVE_REMOTE, windows_share

    drives = {"Z:\\": DRIVE_REMOTE, "C:\\": 3, "D:\\": 2}

    def drive_type(root: str) -> int:
        return drives.get(root.upper(), 1)

    assert windows_share(r"\\server\share\library.sqlite", drive_type) == "UNC"
    assert windows_share("//server/share/library.sqlite", drive_type) == "UNC"
    assert windows_share(r"\\?\UNC\server\share\library.sqlite", drive_type) == "UNC"
    assert windows_share(r"Z:\简报\library.sqlite", drive_type) == "mapped drive"
    assert windows_share(r"z:\library.sqlite", drive_type) == "mapped drive"
    assert windows_share(r"\\?\Z:\library.sqlite", drive_type) == "mapped drive"
    assert windows_share(r"C:\Users\clerk\library.sqlite", drive_type) is None
    assert windows_share(r"D:\library.sqlite", drive_type) is None  # a USB stick
    assert windows_share(r"\\?\C:\library.sqlite", drive_type) is None
    assert windows_share("library.sqlite", drive_type) is None


# -- 17. messages that mislead, leftovers that stay ---------------------------------------------------


def _unshare() -> str | None:
    return shutil.which("unshare") if sys.platform.startswith("linux") and os.geteuid() == 0 else None


@pytest.mark.skipif(_unshare() is None, reason="needs root and unshare to mount a small disk of its own")
def test_a_full_disk_at_open_is_called_a_full_disk(demo_library: Path, tmp_path: Path) -> None:
    """Before: "不是简报编排器资料库（disk I/O error）"."""
    _checkpointed(demo_library)
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        f"mount -t tmpfs -o size=2m tmpfs '{disk}' || exit 77\n"
        f"cp '{demo_library}' '{disk}/library.sqlite'\n"
        f"dd if=/dev/zero of='{disk}/fill' bs=4k 2>/dev/null\n"
        f"'{sys.executable}' -m composer.cli.main --db '{disk}/library.sqlite' articles\n"
    )
    done = subprocess.run([str(_unshare()), "--mount", "--propagation", "private", "sh", "-c", script], cwd=REPO,
                          env=_env(), capture_output=True, text=True, timeout=120)
    if done.returncode == 77:
        pytest.skip("tmpfs cannot be mounted here")
    assert done.returncode == 3 and "磁盘已满" in done.stderr and "不是简报编排器资料库" not in done.stderr


def _big_library(path: Path, megabytes: int = 120) -> None:
    """A library large enough that copying it takes a moment (random text does not compress)."""
    with open_library(path) as library, library.write():
        library.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO articles(title, body, content_hash) SELECT 'a' || i, hex(randomblob(5000)), i FROM n",
            (megabytes * 100,),
        )


def _kill_when(program: subprocess.Popen[str], folder: Path, pattern: str) -> Path:
    """SIGKILL ``program`` as soon as a file matching ``pattern`` appears in ``folder``."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = list(folder.glob(pattern)) if folder.is_dir() else []
        if found:
            program.send_signal(signal.SIGKILL)
            program.wait()
            return found[0]
        if program.poll() is not None:
            raise AssertionError(f"finished before it could be killed: {program.communicate()}")
        time.sleep(0.002)
    raise AssertionError("no temporary file appeared")


def _start(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "composer.cli.main", *argv], cwd=REPO, env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_backups_and_restores_leave_nothing_behind_for_long(library_path: Path, tmp_path: Path) -> None:
    """Before: their hidden temporary copies, each as large as the library, stayed forever."""
    _big_library(library_path)
    backups = library_path.parent / "backups"
    killed = _kill_when(_start("--db", str(library_path), "backup"), backups, ".*.partial*")
    assert killed.exists()
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    killed_elsewhere = _kill_when(_start("--db", str(library_path), "backup", str(elsewhere)), elsewhere,
                                  ".*.partial*")
    assert killed_elsewhere.exists()
    assert briefing_process("--db", str(library_path), "backup", str(elsewhere)).returncode == 0
    assert not killed_elsewhere.exists()  # the next backup there cleared it
    saved = next(elsewhere.glob("library-*.sqlite"))
    staged = _kill_when(_start("--db", str(library_path), "restore", str(saved)), library_path.parent,
                        ".library.sqlite.restore-*")
    assert staged.exists()
    assert briefing_process("--db", str(library_path), "info").returncode == 0  # opening the library clears
    leftovers = [p for p in [*library_path.parent.glob(".*"), *backups.glob(".*")] if "partial" in p.name
                 or "restore-" in p.name]
    assert leftovers == [] and not killed.exists()
    # A copy in progress (its process alive) is never taken for a leftover.
    mine = backups / f".library-x.sqlite.{os.getpid()}.partial"
    mine.write_bytes(b"in progress")
    assert briefing_process("--db", str(library_path), "info").returncode == 0 and mine.exists()



# -- item 14: a restore while an import runs -------------------------------------------------------


def test_a_restore_during_an_import_stops_it_with_the_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the importer went on storing files into the restored library and died on a
    foreign-key error (its batch was gone), with a traceback. Now the import stops and says
    the library was restored; the library is sound and the batch imports again."""
    from composer.demo import demo_folder
    from composer.ingest import importer
    from composer.ingest.importer import ImportOptions, import_paths
    from composer.safety.backup import backup_library

    library_path = tmp_path / "library.sqlite"
    pages = sorted(Path(demo_folder()).glob("*.txt"))
    assert len(pages) >= 4
    with open_library(library_path) as library:
        import_paths(library, pages[:1], ImportOptions(workers=0))
    backup = backup_library(library_path, tmp_path / "before.sqlite")
    monkeypatch.setattr(importer, "GROUP_SECONDS", 0.0)  # each file committed: the lock is free between files
    restores: list[subprocess.CompletedProcess[str]] = []

    def restore_by_another_program(done: int, total: int, path: str) -> None:
        if done == 2 and not restores:  # two files of the batch are in the library
            restores.append(briefing_process("--db", str(library_path), "restore", str(backup.path)))

    with open_library(library_path) as library, pytest.raises(BriefingError) as stopped:
        import_paths(library, pages[1:], ImportOptions(workers=0), progress=restore_by_another_program)
    assert restores and restores[0].returncode == 0, restores[0].stderr
    assert stopped.value.code == "import_library_replaced" and "恢复" in str(stopped.value)

    code, _, _ = briefing(capsys, "--db", str(library_path), "check")
    assert code == 0
    code, out, err = briefing(capsys, "--db", str(library_path), "import", *map(str, pages[1:]))
    assert code == 0 and "Traceback" not in err
    with open_library(library_path) as library:
        stored = library.conn.execute("SELECT count(*) FROM import_files WHERE status = 'imported'").fetchone()[0]
    assert stored == len(pages)
