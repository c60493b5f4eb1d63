"""What every ``briefing`` command shares: exit codes, JSON, errors, labelled lines and
the progress bar. Every text comes from the message catalogue (``messages_cli``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from composer.common import messages

if TYPE_CHECKING:
    from db.library import Library

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3


def open_library(args: argparse.Namespace) -> Library:  # db is imported only by commands that need it
    from db import open_library, resolve_library_path

    library = open_library(resolve_library_path(args.db))
    if library.read_only:  # a read-only file, folder or medium: reading commands still work
        read_only = messages.Message("db_read_only", path=library.path)
        print(messages.text("cli_warning", message=read_only), file=sys.stderr)
    return library


def output_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help=messages.text("help_json"))
    command.add_argument("--quiet", action="store_true", help=messages.text("help_quiet"))


def line(label: str, value: object) -> str:
    """``标签：值`` in Chinese, ``label: value`` in English."""
    return messages.text("cli_line", label=label, value=value)


def untitled() -> str:
    return messages.text("cli_untitled")


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say_error(message: object) -> None:
    """Print ``错误：…`` (``error: …``) on stderr; ``message`` may be an error or a Message,
    rendered now."""
    print(messages.text("cli_error", message=message), file=sys.stderr)


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
