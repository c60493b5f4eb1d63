"""User-facing text: one catalogue (composer/common/messages.py, plus the command line's
texts registered from composer/cli/messages_cli.py), rendered when shown, in the language
active then — also for errors raised in another language, in another process, or kept
in an import report."""

from __future__ import annotations

import ast
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import composer.cli  # noqa: F401 - registers the command line's texts
import composer.common.messages_drafts  # noqa: F401 - registers the texts of drafting
import composer.common.messages_exports  # noqa: F401 - registers the texts of exports, templates, theme files
import composer.common.messages_import  # noqa: F401 - registers the texts of hostile and huge imports
from composer.common import messages
from composer.common.messages import BriefingError, Message
from tests.conftest import REPO

HAN = re.compile("[\u4e00-\u9fff]")
CATALOGUE_MODULES = {"composer/common/messages.py", "composer/cli/messages_cli.py", "composer/common/messages_exports.py",
                     "composer/common/messages_drafts.py", "composer/common/messages_import.py"}


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = messages.language()
    yield
    messages.set_language(before)


# -- the catalogue -----------------------------------------------------------------------


def test_every_text_has_chinese_and_english_with_the_same_placeholders() -> None:
    entries = messages.catalogue()
    assert len(entries) > 200  # the core's and the command line's
    for key, entry in entries.items():
        assert set(entry) == set(messages.LANGUAGES), key
        assert all(entry[language].strip() for language in messages.LANGUAGES), key
        assert messages.placeholders(entry["zh"]) == messages.placeholders(entry["en"]), key


def test_a_key_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="file_missing"):
        messages.register({"file_missing": {"zh": "另一个说法", "en": "another wording"}})
    assert messages.text("file_missing", path="x") in ("找不到文件：x", "file not found: x")  # kept as it was


def _literal_keys(path: Path) -> Iterator[tuple[int, str]]:
    """The keys written as the first argument of text(), Message() or BriefingError()."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in ("text", "Message", "BriefingError") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def test_every_key_the_code_names_exists() -> None:
    unknown = [
        f"{path.relative_to(REPO)}:{line} {key}"
        for package in ("composer", "db")
        for path in sorted((REPO / package).rglob("*.py"))
        for line, key in _literal_keys(path)
        if key not in messages.catalogue()
    ]
    assert unknown == []


def test_an_unknown_key_fails_where_the_text_is_made() -> None:
    with pytest.raises(KeyError):
        Message("no_such_text")
    with pytest.raises(KeyError):
        BriefingError("no_such_code")


# -- rendered when shown ------------------------------------------------------------------


@pytest.mark.parametrize(("raised_in", "shown_in", "expected"), [("en", "zh", "找不到文件"), ("zh", "en", "file not found")])
def test_an_error_reads_in_the_language_of_the_moment_it_is_shown(raised_in: str, shown_in: str, expected: str) -> None:
    messages.set_language(raised_in)
    error = BriefingError("file_missing", path="/x/版面.txt")
    messages.set_language(shown_in)
    assert str(error) == error.message() and expected in str(error) and "/x/版面.txt" in str(error)
    assert (error.code, error.params) == ("file_missing", {"path": "/x/版面.txt"})
    assert error.message("en") == "file not found: /x/版面.txt" and error.message("zh") == "找不到文件：/x/版面.txt"


def test_parameters_that_are_messages_or_errors_render_in_the_same_language() -> None:
    messages.set_language("en")
    folder = BriefingError("file_unreadable", reason=Message("reason_folder"))
    nested = BriefingError("doc_convert_failed", reason=BriefingError("docx_corrupt", reason=Message("reason_no_output")))
    messages.set_language("zh")
    assert str(folder) == "无法读取文件（这是文件夹，不是文件）"
    assert str(nested) == "LibreOffice 转换 .doc 失败（Word 文件已损坏或不是 .docx 格式（没有生成输出文件））"
    assert folder.message("en") == "cannot read the file (it is a folder)"
    assert messages.text("reason_timed_out", seconds=119.6) == "超过 120 秒未完成"  # format specs still apply


def test_a_pickled_error_reads_in_the_language_of_the_process_that_shows_it() -> None:
    messages.set_language("en")
    error = BriefingError("unsupported_type", suffix=Message("reason_no_extension"), supported=".txt .pdf")
    data = pickle.dumps(error)
    messages.set_language("zh")
    copy = pickle.loads(data)
    assert type(copy) is BriefingError and (copy.code, copy.params) == (error.code, error.params)
    assert str(copy) == "不支持的文件类型“无扩展名”（支持：.txt .pdf）"
    assert pickle.loads(pickle.dumps(Message("warn_controls_removed", count=3))).render("en") == "removed 3 control characters"


def test_an_error_from_a_worker_process_reads_in_this_process_language(tmp_path: Path) -> None:
    from composer.common.workers import ordered_map
    from composer.ingest.preparing import prepare_file

    missing = str(tmp_path / "缺失.txt")
    messages.set_language("en")  # the worker starts in Chinese (BRIEFING_LANG=zh in tests)
    (prepared,) = ordered_map(prepare_file, [missing], workers=1)
    assert prepared.error.code == "file_missing"
    assert str(prepared.error) == f"file not found: {missing}"


def test_reader_warnings_are_rendered_when_shown() -> None:
    from composer.ingest.readers import read_pasted

    messages.set_language("en")
    (warning,) = read_pasted("区委书记\x01讲话").warnings
    messages.set_language("zh")
    assert str(warning) == "已删除 1 个不可见的控制字符"


def test_the_import_report_renders_later_and_the_library_keeps_text_and_code(library_path: Path) -> None:
    from composer.ingest.importer import import_paths
    from db import open_library

    missing = library_path.parent / "missing.txt"
    messages.set_language("en")
    with open_library(library_path) as library:
        report = import_paths(library, [missing])
        stored = library.conn.execute("SELECT error_code, error FROM import_files").fetchone()
    assert tuple(stored) == ("file_missing", f"file not found: {missing}")  # as rendered when stored
    messages.set_language("zh")
    (result,) = report.files
    assert (result.status, result.error_code, result.error) == ("failed", "file_missing", f"找不到文件：{missing}")
    assert report.as_json()["files"][0]["error"] == f"找不到文件：{missing}"


# -- the command line ------------------------------------------------------------------------


def briefing(*args: str, language: str | None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    for name in ("BRIEFING_LANG", "BRIEFING_DB"):
        environment.pop(name, None)
    if language is not None:
        environment["BRIEFING_LANG"] = language
    command = [sys.executable, "-m", "composer.cli", *args]
    return subprocess.run(command, cwd=REPO, env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("language", "expected"),
    [(None, ("资料库：", "架构版本：", "文章：0")), ("en", ("library: ", "schema version: ", "articles: 0"))],
)
def test_info_is_chinese_by_default_and_english_on_request(
    library_path: Path, language: str | None, expected: tuple[str, ...]
) -> None:
    run = briefing("--db", str(library_path), "info", language=language)
    assert run.returncode == 0, run.stderr
    assert all(text in run.stdout for text in expected), run.stdout


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, ("失败：", "    原因：找不到文件：", "共 1 个文件：导入 0，重复 0，失败 1")),
        ("en", ("failed: ", "    reason: file not found: ", "1 files: 0 imported, 0 duplicates, 1 failed")),
    ],
)
def test_a_failed_import_is_reported_in_the_language_asked_for(
    library_path: Path, language: str | None, expected: tuple[str, ...]
) -> None:
    run = briefing("--db", str(library_path), "import", str(library_path.parent / "缺失.txt"), language=language)
    assert run.returncode == 1
    assert all(text in run.stdout for text in expected), run.stdout


def test_errors_and_help_follow_the_language(library_path: Path) -> None:
    chinese = briefing("--db", str(library_path), "import", "x.txt", "--date", "2025-13-40", language=None)
    english = briefing("--db", str(library_path), "import", "x.txt", "--date", "2025-13-40", language="en")
    assert (chinese.returncode, english.returncode) == (2, 2)
    assert chinese.stderr.strip() == "错误：日期“2025-13-40”无法识别，请写成 2025-09-01、2025/9/1 或 2025年9月1日"
    assert english.stderr.strip() == "error: bad date '2025-13-40': write it as 2025-09-01, 2025/9/1 or 2025年9月1日"
    assert "print JSON" in briefing("info", "--help", language="en").stdout
    assert "输出 JSON" in briefing("info", "--help", language=None).stdout


# -- no second mechanism creeps back ---------------------------------------------------------


def _literal(node: ast.expr) -> str | None:
    """A string literal's text; an f-string's literal parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    return None


def _chinese_then_english(args: list[ast.expr]) -> bool:
    """The shape of t(zh, en) under any name: two strings, Chinese then English."""
    strings = [text for text in map(_literal, args) if text is not None]
    if len(args) != 2 or len(strings) != 2:
        return False
    chinese, english = strings
    return bool(HAN.search(chinese)) and not HAN.search(english) and bool(re.search("[A-Za-z]{2}", english))


def inline_texts(source: str, path: str) -> list[str]:
    """Ways of choosing user-facing text by language outside the catalogue: t()/_say()
    helpers, a call given a Chinese and an English string, {"zh": …, "en": …} literals
    and comparisons with language()."""
    found: list[str] = []
    catalogue = path in CATALOGUE_MODULES
    for node in ast.walk(ast.parse(source)):
        where = f"{path}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in ("t", "_say"):
                found.append(f"{where} calls {name}()")
            elif _chinese_then_english(node.args):
                found.append(f"{where} passes a Chinese and an English text to {name}()")
            if name == "language" and not catalogue:
                found.append(f"{where} asks for the language outside the catalogue")
        elif isinstance(node, ast.Dict) and not catalogue:
            keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
            if {"zh", "en"} <= keys:
                found.append(f"{where} has a zh/en pair outside the catalogue")
    return found


def test_no_inline_zh_en_texts_in_the_core_or_the_command_line() -> None:
    found = [
        problem
        for path in sorted((REPO / "composer").rglob("*.py"))
        for problem in inline_texts(path.read_text(encoding="utf-8"), path.relative_to(REPO).as_posix())
    ]
    assert found == []


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ('print(t("共 {} 篇", "{} articles"))', "calls t()"),
        ('reason = _say("不是普通文件", "not a regular file")', "calls _say()"),
        ('label = pick("已导入", "imported")', "a Chinese and an English text"),
        ('say(f"已导出 {n} 人", f"exported {n} people")', "a Chinese and an English text"),
        ('LABELS = {"zh": "失败", "en": "failed"}', "zh/en pair outside"),
        ('x = "失败" if messages.language() == "zh" else "failed"', "asks for the language"),
    ],
)
def test_a_creeping_inline_text_is_caught(source: str, rule: str) -> None:
    found = inline_texts(source, "composer/cli/example.py")
    assert found and rule in found[0], found
