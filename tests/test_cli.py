"""The `briefing` command as users and scripts call it: real processes, real libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

DEMO = REPO / "composer" / "demo"


def briefing(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(REPO), BRIEFING_LANG="zh")
    environment.pop("BRIEFING_DB", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "composer.cli.main", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_json_and_exit_code_zero(library_path: Path) -> None:
    page = next(DEMO.glob("*2025-09-05_第01版.txt"))
    run = briefing("--db", str(library_path), "import", str(page), "--json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no progress bar under --json
    result = json.loads(run.stdout)
    assert list(result) == ["files"]
    (entry,) = result["files"]
    assert set(entry) == {"path", "status", "encoding", "error", "articles"}
    assert entry["status"] == "imported" and entry["encoding"] == "utf-8" and entry["error"] is None
    assert entry["articles"][0] == {"id": 1, "title": entry["articles"][0]["title"], "reprint": False}
    assert len(entry["articles"]) == 8


def test_partial_failure_exits_one_and_still_imports(library_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page = next(DEMO.glob("*2025-09-05_第02版.txt"))
    run = briefing("--db", str(library_path), "import", str(empty), str(page), "--json")
    assert run.returncode == 1
    files = json.loads(run.stdout)["files"]
    assert [f["status"] for f in files] == ["failed", "imported"]
    assert files[0]["error"] == "文件为空"


def test_usage_errors_exit_two(library_path: Path) -> None:
    assert briefing("--db", str(library_path), "import", "x.txt", "--date", "2025-13-40").returncode == 2
    assert briefing("no-such-command").returncode == 2
    assert briefing("--db", str(library_path), "show", "not-a-number").returncode == 2


def test_articles_show_and_info(library_path: Path) -> None:
    briefing("--db", str(library_path), "demo", "--quiet")
    listing = json.loads(briefing("--db", str(library_path), "articles", "--json").stdout)
    assert len(listing) == 48
    assert set(listing[0]) == {
        "id",
        "title",
        "kicker",
        "subtitle",
        "column",
        "kind",
        "byline",
        "reporters",
        "photographers",
        "source",
        "published",
        "event_date",
        "chars",
        "themes",
    }
    assert all(article["themes"] == [] for article in listing)  # nothing tagged yet
    assert listing[0]["published"] >= listing[-1]["published"]  # newest first
    interview = next(a for a in listing if a["kind"] == "interview")
    shown = json.loads(briefing("--db", str(library_path), "show", str(interview["id"]), "--json").stdout)
    assert {k: shown[k] for k in listing[0]} == interview
    assert shown["text"] and isinstance(shown["captions"], list)
    assert shown["appearances"][0]["source"] == "云湖时报"
    info = json.loads(briefing("--db", str(library_path), "info", "--json").stdout)
    assert info["schema_version"] >= 1 and info["counts"]["articles"] == 48
    assert info["library"] == str(library_path)
    human = briefing("--db", str(library_path), "info").stdout
    assert "架构版本" in human and "文章：48" in human


def test_show_unknown_article_exits_one(library_path: Path) -> None:
    run = briefing("--db", str(library_path), "show", "999")
    assert run.returncode == 1 and "没有编号为 999 的文章" in run.stderr


def test_library_location_env_and_default(tmp_path: Path) -> None:
    from_env = tmp_path / "env" / "lib.sqlite"
    assert briefing("info", env={"BRIEFING_DB": str(from_env)}).returncode == 0
    assert from_env.exists()
    home = tmp_path / "home"
    run = briefing("info", "--json", env={"HOME": str(home), "XDG_DATA_HOME": str(home / "data")})
    assert run.returncode == 0
    default = Path(json.loads(run.stdout)["library"])
    assert default == home / "data" / "BriefingComposer" / "library.sqlite" and default.exists()


def test_not_a_library_exits_three(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("这不是数据库", encoding="utf-8")
    run = briefing("--db", str(bogus), "info")
    assert run.returncode == 3 and "不是简报编排器资料库" in run.stderr


def test_reindex(library_path: Path) -> None:
    briefing("--db", str(library_path), "demo", "--quiet")
    run = briefing("--db", str(library_path), "reindex", "--json")
    assert run.returncode == 0 and json.loads(run.stdout) == {"indexed": 48}


@pytest.mark.parametrize("language, expected", [("zh", "共 0 篇"), ("en", "0 articles")])
def test_human_listing_of_an_empty_library(library_path: Path, language: str, expected: str) -> None:
    run = briefing("--db", str(library_path), "articles", env={"BRIEFING_LANG": language})
    assert run.returncode == 0 and expected in run.stdout
