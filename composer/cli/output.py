"""What every ``briefing`` command shares: exit codes, the user's language, JSON,
errors and the progress bar."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from composer.common import messages

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3


def open_library(args: argparse.Namespace):  # db is imported only by commands that need it
    from db import open_library, resolve_library_path

    library = open_library(resolve_library_path(args.db))
    if library.read_only:  # a read-only file, folder or medium: reading commands still work
        print(t("警告：", "warning: ") + messages.text("db_read_only", path=library.path), file=sys.stderr)
    return library


def output_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help=t("输出 JSON", "print JSON"))
    command.add_argument("--quiet", action="store_true", help=t("不显示进度", "no progress bar"))


def t(chinese: str, english: str) -> str:
    """The CLI's own words in the user's language (core errors come from messages.py)."""
    return english if messages.language() == "en" else chinese


def line(label: str, value: object) -> str:
    return f"{label}：{value}" if messages.language() == "zh" else f"{label}: {value}"


def untitled() -> str:
    return t("（无标题）", "(untitled)")


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say_error(text: str) -> None:
    print(f"错误：{text}" if messages.language() == "zh" else f"error: {text}", file=sys.stderr)


def progress_bar(args: argparse.Namespace) -> Callable[[int, int, str], None] | None:
    if args.json or args.quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        name = Path(path).name[:40] if path else ""
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        sys.stderr.flush()

    return show


def clear_progress(args: argparse.Namespace) -> None:
    if not (args.json or args.quiet) and sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 80 + "\r")
