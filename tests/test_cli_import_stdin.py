"""`briefing import -` (pasted text on standard input) and `--as page|article`, as scripts call
them: real processes, real bytes, real libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

DEMO = REPO / "composer" / "demo"
TITLE = "云湖区开展秋季开学安全大检查"
BODY = [
    "本报讯（记者 陈晓路）9月1日上午，区委书记林振华带队检查秋季学期开学工作，实地查看校园安全、食堂管理等情况。",
    "林振华指出，要把安全放在首位，确保师生平安开学。各部门要加强协同，及时解决学校反映的问题，办好人民满意的教育。",
]
PASTED = f"{TITLE}\n2025年9月1日 来源：云湖时报\n" + "\n".join(BODY) + "\n"


def briefing(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    environment = dict(os.environ, PYTHONPATH=str(REPO), BRIEFING_LANG="zh")
    environment.pop("BRIEFING_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "composer.cli.main", *args],
        cwd=REPO, env=environment, input=stdin, capture_output=True, timeout=300,
    )  # fmt: skip


def articles(library: Path) -> list[dict]:
    run = briefing("--db", str(library), "articles", "--json")
    assert run.returncode == 0, run.stderr.decode()
    return json.loads(run.stdout)


@pytest.mark.parametrize(
    ("codec", "reported"),
    [("utf-8", "utf-8"), ("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")],
)
def test_stdin_is_imported_as_pasted_text(library_path, codec, reported):
    run = briefing("--db", str(library_path), "import", "-", "--json", stdin=PASTED.encode(codec))
    assert run.returncode == 0, run.stderr.decode()
    (entry,) = json.loads(run.stdout)["files"]
    assert (entry["status"], entry["encoding"], entry["error"]) == ("imported", reported, None)
    assert [a["title"] for a in entry["articles"]] == [TITLE]
    (row,) = articles(library_path)
    assert (row["title"], row["source"], row["published"]) == (TITLE, "云湖时报", "2025-09-01")
    shown = briefing("--db", str(library_path), "show", str(row["id"])).stdout.decode()
    assert BODY[1] in shown


def test_stdin_with_options_and_files_together(library_path):
    page = next(DEMO.glob("*2025-09-05_第01版.txt"))
    mixed = f"{TITLE}\n".encode() + BODY[0].encode("gb18030") + b"\n" + BODY[1].encode("utf-8") + b"\n"
    run = briefing("--db", str(library_path), "import", str(page), "-", "--source", "丰台时报", "--date", "2025-09-02",
                   stdin=mixed)  # fmt: skip
    assert run.returncode == 0, run.stderr.decode()
    out = run.stdout.decode()
    assert "(粘贴文本) (utf-8+gb18030)" in out and "共 2 个文件：导入 2" in out
    pasted = next(row for row in articles(library_path) if row["title"] == TITLE)
    assert (pasted["source"], pasted["published"]) == ("丰台时报", "2025-09-02")  # the options win
    # the same text again is a duplicate, as a file would be
    again = briefing("--db", str(library_path), "import", "-", "--json", stdin=mixed)
    assert json.loads(again.stdout)["files"][0]["status"] == "duplicate"


def test_stdin_that_is_not_text_fails_like_a_file(library_path):
    run = briefing("--db", str(library_path), "import", "-", "--json", stdin=bytes(range(256)) * 4)
    assert run.returncode == 1
    (entry,) = json.loads(run.stdout)["files"]
    assert entry["status"] == "failed" and entry["error"] == "不是文本文件（看起来是二进制数据）"
    empty = briefing("--db", str(library_path), "import", "-", stdin=b"  \n")
    assert empty.returncode == 1 and "粘贴的内容为空" in empty.stdout.decode()


def test_a_web_page_on_stdin_is_read_as_html(library_path):
    page = (f"<!DOCTYPE html><html><head><meta charset='gb2312'><title>{TITLE}_云湖区人民政府</title>"
            f"<meta name='PubDate' content='2025-09-03 08:00'><meta name='ContentSource' content='云湖时报'></head>"
            f"<body><h1>{TITLE}</h1><p style='display:none'>隐藏文字</p>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>")  # fmt: skip
    run = briefing("--db", str(library_path), "import", "-", "--json", stdin=page.encode("gb18030"))
    assert run.returncode == 0, run.stderr.decode()
    (row,) = articles(library_path)
    assert (row["title"], row["source"], row["published"]) == (TITLE, "云湖时报", "2025-09-03")


def test_as_page_or_article(library_path, tmp_path):
    page = next(DEMO.glob("*2025-09-05_第01版.txt"))
    single = tmp_path / "one.txt"
    single.write_bytes(page.read_bytes())
    as_article = briefing("--db", str(tmp_path / "a.sqlite"), "import", str(single), "--as", "article", "--json")
    assert as_article.returncode == 0, as_article.stderr.decode()
    assert len(json.loads(as_article.stdout)["files"][0]["articles"]) == 1
    as_page = briefing("--db", str(tmp_path / "p.sqlite"), "import", str(single), "--as", "page", "--json")
    assert len(json.loads(as_page.stdout)["files"][0]["articles"]) == 8
    run = briefing("--db", str(library_path), "import", str(single), "--as", "column")
    assert run.returncode == 2 and "--as" in run.stderr.decode()
