"""A library survives a killed import and two programs writing at once (real processes)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import fts
from tests.conftest import REPO, seed_paths

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not seed_paths(), reason="../shared/seeds is absent (the corpus is resampled from it)"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from benchmarks.corpus import build

    return build(tmp_path_factory.mktemp("corpus"), 600, seed=11)


def _briefing(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-m", "composer.cli.main", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _imported_files(path: Path) -> int:
    try:
        with sqlite3.connect(path, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM import_files WHERE status = 'imported'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _children(pid: int) -> list[int]:
    """Child processes of ``pid`` (Linux /proc; empty elsewhere)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def _assert_gone(pids: list[int], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid)]
        if not alive:
            return
        time.sleep(0.2)
    raise AssertionError(f"orphaned processes still running: {alive}")


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "zombie"


def _check(path: Path) -> dict:
    """The invariants a consistent library keeps; returns counts to compare."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        empty_files = conn.execute(
            "SELECT count(*) FROM import_files f WHERE f.status = 'imported' AND NOT EXISTS "
            "(SELECT 1 FROM article_appearances p WHERE p.import_file_id = f.id)"
        ).fetchone()[0]
        assert empty_files == 0, "a file is marked imported without its articles"
        articles = set(r[0] for r in conn.execute("SELECT id FROM articles"))
        queued = set(r[0] for r in conn.execute("SELECT article_id FROM fts_pending"))
    index = fts.index_path(path)
    indexed = set()
    if index.exists():
        with sqlite3.connect(index) as conn:
            indexed = set(r[0] & 0xFFFFFFFF for r in conn.execute("SELECT id FROM articles_fts_docsize"))  # key: date, id
    assert indexed <= articles, "the index holds articles the library does not"
    assert articles <= indexed | queued, "an article is neither indexed nor waiting to be"
    with sqlite3.connect(path) as conn:
        titles = sorted(r[0] for r in conn.execute("SELECT title FROM articles"))
    return {"articles": len(articles), "titles": titles}


def test_killed_import_leaves_a_consistent_library_and_rerun_completes(corpus: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference.sqlite"
    done = _briefing("--db", str(reference), "import", str(corpus), "--quiet")
    assert done.wait(timeout=300) == 0, done.stderr.read()
    expected = _check(reference)

    library = tmp_path / "killed.sqlite"
    victim = _briefing("--db", str(library), "import", str(corpus), "--quiet")
    deadline = time.monotonic() + 120
    while _imported_files(library) < 5 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.01)
    children = _children(victim.pid)
    assert children, "the import runs worker processes for a batch this size"
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    partial = _check(library)
    assert 0 < partial["articles"] < expected["articles"]

    _assert_gone(children)  # worker and indexer processes do not outlive a killed import

    rerun = _briefing("--db", str(library), "import", str(corpus), "--json")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert _check(library) == expected
    with sqlite3.connect(library) as conn:
        assert conn.execute("SELECT count(*) FROM fts_pending").fetchone()[0] == 0
    with sqlite3.connect(fts.index_path(library)) as conn:
        assert conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == expected["articles"]


def test_two_programs_importing_into_one_library(corpus: Path, tmp_path: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    first_half, second_half = files[: len(files) * 2 // 3], files[len(files) // 3 :]  # they overlap
    library = tmp_path / "shared.sqlite"
    reference = tmp_path / "reference.sqlite"
    done = _briefing("--db", str(reference), "import", str(corpus), "--quiet")
    assert done.wait(timeout=300) == 0

    one = _briefing("--db", str(library), "import", *map(str, first_half), "--quiet")
    two = _briefing("--db", str(library), "import", *map(str, second_half), "--quiet")
    for process in (one, two):
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "locked" not in err
    result = _check(library)
    assert result["articles"] == _check(reference)["articles"]


def _tagged(path: Path) -> dict:
    """What tagging stored, independent of row ids."""
    with sqlite3.connect(path) as conn:
        excerpts = sorted(conn.execute(
            'SELECT article_id, kind, start, "end", COALESCE(speaker_text, \'\'), status FROM excerpts'
        ).fetchall())
        article_themes = sorted(conn.execute(
            "SELECT at.article_id, t.name FROM article_themes at JOIN themes t ON t.id = at.theme_id"
        ).fetchall())
        excerpt_themes = conn.execute("SELECT count(*) FROM excerpt_themes").fetchone()[0]
        tagged = conn.execute("SELECT count(*) FROM article_tagging").fetchone()[0]
    return {"excerpts": excerpts, "article_themes": article_themes, "excerpt_themes": excerpt_themes,
            "tagged": tagged}


def test_killed_tagging_resumes_to_the_same_suggestions(corpus: Path, tmp_path: Path) -> None:
    imported = tmp_path / "imported.sqlite"
    done = _briefing("--db", str(imported), "import", str(corpus), "--quiet")
    assert done.wait(timeout=300) == 0, done.stderr.read()
    reference, library = tmp_path / "reference.sqlite", tmp_path / "killed.sqlite"
    for copy in (reference, library):
        for part in tmp_path.glob("imported*"):
            shutil.copy(part, tmp_path / part.name.replace("imported", copy.stem, 1))
    done = _briefing("--db", str(reference), "tag", "--all", "--quiet")
    assert done.wait(timeout=300) == 0, done.stderr.read()
    expected = _tagged(reference)

    victim = _briefing("--db", str(library), "tag", "--all", "--quiet")
    deadline = time.monotonic() + 120
    while _count(library, "article_tagging") == 0 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.01)
    children = _children(victim.pid)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL, "tagging finished before it could be killed"
    _check(library)
    assert 0 < _tagged(library)["tagged"] < expected["tagged"]
    _assert_gone(children)

    rerun = _briefing("--db", str(library), "tag", "--quiet")  # not --all: only what is left
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert _tagged(library) == expected


def _count(path: Path, table: str) -> int:
    try:
        with sqlite3.connect(path, timeout=30) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_importing_while_another_program_tags_and_reviews(corpus: Path, tmp_path: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    library = tmp_path / "busy.sqlite"
    first = _briefing("--db", str(library), "import", *map(str, files[:150]), "--quiet")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    importer = _briefing("--db", str(library), "import", *map(str, files[150:]), "--quiet")
    reviewer_errors = []
    rounds = 0
    while importer.poll() is None or rounds < 2:  # tag, accept, undo while the import runs
        for command in (["tag", "--quiet"], ["review", "accept", "--where", "kind=statement", "--json"], ["undo"]):
            run = _briefing("--db", str(library), *command)
            out, err = run.communicate(timeout=300)
            if run.returncode not in (0, 2):  # 2: nothing selected yet
                reviewer_errors.append((command, run.returncode, err))
            assert "locked" not in err, err
        rounds += 1
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0 and "locked" not in err, err
    assert reviewer_errors == []
    _check(library)
    check = _briefing("--db", str(library), "check", "--json")
    out, err = check.communicate(timeout=120)
    assert check.returncode == 0, out + err
    finish = _briefing("--db", str(library), "tag", "--quiet")  # what arrived after the last round
    assert finish.wait(timeout=300) == 0


def test_killed_export_leaves_the_previous_file_or_a_whole_new_one(tmp_path: Path) -> None:
    from docx import Document

    library = tmp_path / "export.sqlite"
    for command in (["demo", "--quiet"], ["tag", "--quiet"], ["review", "accept", "--where", "kind=statement"]):
        assert _briefing("--db", str(library), *command).wait(timeout=300) == 0
    output = tmp_path / "简报.docx"
    made = _briefing("--db", str(library), "compose", "--template", "简报", "-o", str(output), "--json")
    out, err = made.communicate(timeout=300)
    assert made.returncode == 0, err
    previous = output.read_bytes()
    killed = 0
    for delay in (0.05, 0.15, 0.3, 0.5, 0.7, 0.9, 1.2):
        victim = _briefing("--db", str(library), "export", "1", "-o", str(output))
        time.sleep(delay)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        killed += victim.returncode == -signal.SIGKILL
        data = output.read_bytes()
        assert data == previous or Document(str(output)).paragraphs  # never half a document
        previous = data
    assert killed, "every export finished before it could be killed"
    check = _briefing("--db", str(library), "check")
    assert check.wait(timeout=120) == 0
    rerun = _briefing("--db", str(library), "export", "1", "-o", str(output))
    assert rerun.wait(timeout=120) == 0 and Document(str(output)).paragraphs
