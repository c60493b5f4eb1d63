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


# -- typing mistakes (issue 19, item 5) ---------------------------------------------------------


@pytest.fixture(scope="module")
def tagged_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("typos") / "library.sqlite"
    assert briefing("--db", str(path), "demo", "--json").returncode == 0
    assert briefing("--db", str(path), "tag", "--json").returncode == 0
    return path


def test_an_unknown_person_is_named_with_the_nearest_names(tagged_demo: Path) -> None:
    before = tagged_demo.read_bytes()
    for args in (("excerpts", "--person", "林振化"), ("review", "accept", "--where", "person=林振化 kind=statement"),
                 ("search", "区", "--person", "林振化")):
        run = briefing("--db", str(tagged_demo), *args)
        assert run.returncode == 1, (args, run.stderr)
        assert run.stderr.strip() == "错误：人物名录中没有“林振化”。是不是：林振华？", run.stderr
    nobody = briefing("--db", str(tagged_demo), "excerpts", "--person", "张三丰")
    assert nobody.returncode == 1 and nobody.stderr.strip() == "错误：人物名录中没有“张三丰”"
    english = briefing("--db", str(tagged_demo), "excerpts", "--person", "林振化", env={"BRIEFING_LANG": "en"})
    assert "did you mean: 林振华?" in english.stderr
    assert tagged_demo.read_bytes() == before  # the directory was only read
    known = briefing("--db", str(tagged_demo), "excerpts", "--person", "林振华", "--json")
    assert known.returncode == 0 and json.loads(known.stdout)


def test_review_of_an_excerpt_that_does_not_exist_exits_one(tagged_demo: Path) -> None:
    before = tagged_demo.read_bytes()
    first = json.loads(briefing("--db", str(tagged_demo), "excerpts", "--json", "--limit", "1").stdout)[0]["id"]
    run = briefing("--db", str(tagged_demo), "review", "accept", str(first), "99999")
    assert run.returncode == 1
    assert run.stderr.strip() == "错误：没有编号为 99999 的摘录"
    assert tagged_demo.read_bytes() == before  # the one that exists was not accepted either


def test_a_db_in_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "library.sqlite"
    for args in (("info",), ("backup",), ()):  # () opens the app: refused before Qt starts
        run = briefing("--db", str(missing), *args)
        assert run.returncode == 3
        assert run.stderr.strip() == (f"错误：文件夹“{missing.parent}”不存在，无法在那里打开或新建资料库 {missing}"
                                      "（请检查路径是否输错）")
    assert not missing.parent.exists()
    assert briefing("--db", str(tmp_path / "library.sqlite"), "info").returncode == 0  # an existing folder is fine


# -- Ctrl+C in a long command ------------------------------------------------------------------------


def _distinct_articles(folder: Path, count: int) -> None:
    """``count`` different articles (random sentences of the demo pages), one per file."""
    import random

    sentences = sorted({s.strip() + "。" for page in DEMO.glob("*.txt")
                        for s in page.read_text(encoding="utf-8").replace("\n", "").split("。") if len(s) > 20})
    chooser = random.Random(19)
    folder.mkdir()
    for number in range(count):
        body = "".join(chooser.sample(sentences, 12))
        (folder / f"云湖时报_2025-09-{number % 28 + 1:02d}_稿件{number:04d}.txt").write_text(
            f"第{number}号稿件\n\n{body}\n", encoding="utf-8")


def _interrupt_when(args: list[str], shown: str) -> tuple[int, float, str, str]:
    """Run ``briefing ARGS`` as from a terminal (its stderr one, so it draws its progress bar;
    its own process group) and press Ctrl+C once the bar shows ``shown``: SIGINT goes to the
    whole group, worker processes too, as a terminal sends it. The exit code, seconds from
    SIGINT to exit, stdout and what the terminal got."""
    import pty
    import signal
    import threading
    import time

    master, slave = pty.openpty()
    environment = dict(os.environ, PYTHONPATH=str(REPO), BRIEFING_LANG="zh")
    environment.pop("BRIEFING_DB", None)
    process = subprocess.Popen([sys.executable, "-m", "composer.cli.main", *args], cwd=REPO, env=environment,
                               stdout=subprocess.PIPE, stderr=slave, start_new_session=True)
    os.close(slave)
    terminal = bytearray()
    reached = threading.Event()

    def read_terminal() -> None:  # all along, so that the command never waits on a full terminal
        try:
            while chunk := os.read(master, 4096):
                terminal.extend(chunk)
                if shown.encode() in terminal:
                    reached.set()
        except OSError:  # the command and its workers closed the terminal
            pass
        reached.set()

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    assert reached.wait(timeout=300) and shown.encode() in terminal, terminal.decode(errors="replace")
    sent = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    code = process.wait(timeout=30)
    seconds = time.monotonic() - sent
    stdout = process.stdout.read().decode() if process.stdout else ""
    reader.join(timeout=10)
    os.close(master)
    return code, seconds, stdout, terminal.decode(errors="replace")


@pytest.mark.slow
def test_ctrl_c_stops_import_and_tag_and_keeps_what_was_done(tmp_path: Path, library_path: Path) -> None:
    _distinct_articles(tmp_path / "pages", 450)
    db = ["--db", str(library_path)]
    code, seconds, stdout, terminal = _interrupt_when([*db, "import", str(tmp_path / "pages"), "--as", "article"],
                                                      "] 5/450")
    assert code == 130 and seconds < 1.5, (code, seconds)
    assert "已中断（Ctrl+C）" in terminal and "Traceback" not in terminal
    assert "（已取消）" in stdout
    kept = json.loads(briefing(*db, "info", "--json").stdout)["counts"]["import_files"]
    assert 5 <= kept < 450
    rest = json.loads(briefing(*db, "import", str(tmp_path / "pages"), "--as", "article", "--json").stdout)
    statuses = [entry["status"] for entry in rest["files"]]
    assert statuses.count("duplicate") == kept and statuses.count("imported") == 450 - kept

    code, seconds, stdout, terminal = _interrupt_when([*db, "tag"], "] 200/450")
    assert code == 130 and seconds < 1.5, (code, seconds)
    assert "已中断（Ctrl+C）" in terminal and "Traceback" not in terminal
    again = json.loads(briefing(*db, "tag", "--json").stdout)
    assert 0 < again["articles"] <= 250  # the first 200 (at least) were kept, not tagged again
