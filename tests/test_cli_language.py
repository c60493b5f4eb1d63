"""The command line and the app in the users' language: the shipped .qm, argparse's words,
values typed in Chinese, times in local time. Real processes, real libraries."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

TRANSLATIONS = REPO / "ui" / "translations"
DEMO = REPO / "composer" / "demo"


def briefing(*args: str, env: dict[str, str] | None = None, lang: str | None = "zh") -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    environment.pop("BRIEFING_DB", None)
    environment.pop("BRIEFING_LANG", None)
    if lang is not None:
        environment["BRIEFING_LANG"] = lang
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "composer.cli.main", *args],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=300,
    )


# -- 1. the translation ships compiled ------------------------------------------------------------


def test_the_shipped_qm_is_what_the_ts_compiles_to(tmp_path: Path) -> None:
    """scripts/translations.py writes the .qm; a .ts changed without it fails here."""
    compiled = tmp_path / "fresh.qm"
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), str(TRANSLATIONS / "briefing_zh_CN.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True, timeout=120)
    shipped = TRANSLATIONS / "briefing_zh_CN.qm"
    assert shipped.is_file(), "run: .venv/bin/python scripts/translations.py"
    assert shipped.read_bytes() == compiled.read_bytes(), (
        "ui/translations/briefing_zh_CN.qm is out of date: run .venv/bin/python scripts/translations.py"
    )


def test_the_qm_is_package_data() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'ui = ["translations/*.qm"]' in text
    assert "!*.qm" in (TRANSLATIONS / ".gitignore").read_text(encoding="utf-8")  # committed, not ignored


def test_the_app_is_chinese_without_lrelease_on_path(tmp_path: Path) -> None:
    """As on Windows (`.venv\\Scripts\\briefing`, no pyside6-lrelease anywhere): the window is
    Chinese, nothing is compiled at start-up and nothing is written next to the package."""
    before = sorted(p.name for p in TRANSLATIONS.iterdir())
    script = (
        "from ui.app import create_application\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = create_application(['briefing'])\n"
        "print(QCoreApplication.translate('MainWindow', 'Library'))\n"
    )
    environment = dict(os.environ, PYTHONPATH=str(REPO), PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen",
                       XDG_CONFIG_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "文章库"
    assert "translation is missing" not in run.stderr
    assert sorted(p.name for p in TRANSLATIONS.iterdir()) == before
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").rglob("*.qm"))


# -- 2. argparse and option help in Chinese, English when chosen ----------------------------------


def test_help_is_chinese_by_default_and_english_when_chosen() -> None:
    chinese = briefing("search", "--help")
    assert chinese.returncode == 0, chinese.stderr
    for words in ("用法：", "位置参数", "选项", "显示本帮助并退出", "摘录类别"):
        assert words in chinese.stdout, words
    for english in ("usage:", "options:", "show this help message"):
        assert english not in chinese.stdout
    english = briefing("search", "--help", lang="en")
    for words in ("usage: ", "positional arguments:", "options:", "show this help message and exit",
                  "excerpt kind"):
        assert words in english.stdout, words
    assert "用法" not in english.stdout


def test_every_option_of_every_command_has_help_text() -> None:
    from composer.cli import language
    from composer.cli.main import build_parser

    language.choose_language()
    with language.argparse_in_language():
        parser = build_parser()
    missing = []

    def walk(current: object, where: str) -> None:
        for action in current._actions:  # type: ignore[attr-defined]
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):  # sub-commands
                for name, sub in choices.items():
                    walk(sub, f"{where} {name}")
            elif not action.help:
                missing.append(f"{where} {'/'.join(action.option_strings) or action.dest}")

    walk(parser, "briefing")
    assert missing == []


def test_argparse_errors_are_chinese_and_exit_two() -> None:
    unknown = briefing("search", "乡村", "--order", "最快")
    assert unknown.returncode == 2
    assert "错误：参数 --order：无效的值：'最快'" in unknown.stderr
    assert "最新/newest" in unknown.stderr
    required = briefing("export", "1")
    assert required.returncode == 2 and "缺少必需的参数：-o/--output" in required.stderr
    english = briefing("export", "1", lang="en")
    assert "the following arguments are required: -o/--output" in english.stderr


def test_the_language_of_the_apps_settings_is_used(tmp_path: Path) -> None:
    """No BRIEFING_LANG: the command line speaks the language chosen in the app (its QSettings)."""
    script = (
        "from PySide6.QtCore import QSettings\n"
        "s = QSettings('BriefingComposer', 'BriefingComposer'); s.setValue('ui/language', 'en'); s.sync()\n"
    )
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path))
    subprocess.run([sys.executable, "-c", script], env=environment, check=True, timeout=60)
    run = briefing("info", "--help", lang=None, env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert run.stdout.startswith("usage: briefing info"), run.stdout
    chosen_here = briefing("info", "--help", lang="zh", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert chosen_here.stdout.startswith("用法：")  # BRIEFING_LANG wins over the setting


@pytest.fixture(scope="module")
def tagged_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "library.sqlite"
    page = next(DEMO.glob("*2025-09-05_第01版.txt"))
    assert briefing("--db", str(path), "import", str(page), "--json").returncode == 0
    assert briefing("--db", str(path), "tag", "--json").returncode == 0
    return path


def test_values_are_accepted_in_chinese_and_english(tagged_library: Path) -> None:
    db = str(tagged_library)
    english = json.loads(briefing("--db", db, "excerpts", "--kind", "statement", "--status", "suggested",
                                  "--json").stdout)
    for kind in ("讲话", "发言"):
        chinese = json.loads(briefing("--db", db, "excerpts", "--kind", kind, "--status", "待审核", "--json").stdout)
        assert chinese == english and english
    assert {row["kind"] for row in english} == {"statement"}
    where = json.loads(briefing("--db", db, "excerpts", "--where", "kind=发言 status=待审核", "--json").stdout)
    assert where == english
    mentions = briefing("--db", db, "search", "区", "--kind", "提及", "--order", "最新", "--json")
    assert mentions.returncode == 0, mentions.stderr


def test_history_shows_local_time(tagged_library: Path, tmp_path: Path) -> None:
    copy = tmp_path / "library.sqlite"
    copy.write_bytes(tagged_library.read_bytes())
    first = json.loads(briefing("--db", str(copy), "excerpts", "--json", "--limit", "1").stdout)[0]
    assert briefing("--db", str(copy), "review", "accept", str(first["id"])).returncode == 0
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE change_groups SET at = '2025-09-01T02:03:04.000Z'")
    beijing = briefing("--db", str(copy), "history", env={"TZ": "Asia/Shanghai"})
    assert "2025-09-01 10:03:04" in beijing.stdout, beijing.stdout
    utc = briefing("--db", str(copy), "history", env={"TZ": "UTC"})
    assert "2025-09-01 02:03:04" in utc.stdout
