"""What every ``briefing`` command shares: exit codes, JSON, errors, labelled lines, the
progress bar, what may reach the terminal (``shown``) and whole numbers SQLite can hold
(``integer``). Every text comes from the message catalogue (``messages_cli``,
``messages_exports``)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from composer.common import messages
from composer.common import messages_exports as _messages_exports  # noqa: F401 - registers its texts

if TYPE_CHECKING:
    from db.library import Library

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3


def open_library(args: argparse.Namespace) -> Library:  # db is imported only by commands that need it
    from db import open_library, resolve_library_path

    library = open_library(resolve_library_path(args.db))
    if library.read_only:  # a read-only file, folder or medium: reading commands still work
        read_only = library.read_only_reason or messages.Message("db_read_only", path=library.path)
        print(shown(messages.text("cli_warning", message=read_only)), file=sys.stderr)
    return library


def output_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help=messages.text("help_json"))
    command.add_argument("--quiet", action="store_true", help=messages.text("help_quiet"))


def line(label: str, value: object) -> str:
    """``标签：值`` in Chinese, ``label: value`` in English; the value as ``shown``."""
    return messages.text("cli_line", label=label, value=shown(value))


def untitled() -> str:
    return messages.text("cli_untitled")


def print_json(value: object) -> None:
    """JSON escapes control characters itself; a file name that is not UTF-8 (its bytes
    kept as lone surrogates) is written as ``\\udcff``, still valid JSON."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    sys.stdout.write(_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text) + "\n")


def say_error(message: object) -> None:
    """Print ``错误：…`` (``error: …``) on stderr; ``message`` may be an error or a Message,
    rendered now."""
    print(shown(messages.text("cli_error", message=message)), file=sys.stderr)


def say_interrupted() -> None:
    """``已中断…`` on stderr, on a line of its own (the progress bar may be on the current one)."""
    print(messages.text("cli_interrupted"), file=sys.stderr)


def progress_bar(args: argparse.Namespace) -> Callable[[int, int, str], None] | None:
    if args.json or args.quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        name = shown(Path(path).name)[:40] if path else ""
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        sys.stderr.flush()

    return show


def clear_progress(args: argparse.Namespace) -> None:
    if not (args.json or args.quiet) and sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 80 + "\r")


# -- what may reach the terminal -------------------------------------------------------------

# Control characters (a newline, ESC starting a terminal sequence), line and paragraph
# separators, bidirectional overrides and isolates, and lone surrogates (the bytes of a
# file name that is not UTF-8).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(value: object) -> str:
    """``value`` as text that prints as one harmless line: what could move the cursor,
    recolour or retitle the terminal, or reorder the text is written as an escape
    (``\\n``, ``\\x1b``, ``\\u202e``); a byte that is not UTF-8 as ``\\xff``. For file names
    and anything else that came from outside."""
    return _UNPRINTABLE.sub(_escaped, str(value))


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    if found.group() in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[found.group()]
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# -- whole numbers ---------------------------------------------------------------------------

MAX_INTEGER = 2**63 - 1  # the largest SQLite stores


def integer(text: str) -> int:
    """argparse's ``type`` for ids and limits: a whole number SQLite can hold (a larger
    one would raise OverflowError deep in a query), else a usage error."""
    quoted = shown(text if len(text) <= 40 else text[:39] + "…")
    try:
        value = int(text)
    except ValueError:  # not digits, or more digits than Python converts (4,300)
        if re.fullmatch(r"\s*[+-]?\d+\s*", text) is None:
            raise argparse.ArgumentTypeError(messages.text("cli_not_a_number", value=quoted)) from None
        value = MAX_INTEGER + 1
    if abs(value) > MAX_INTEGER:
        raise argparse.ArgumentTypeError(messages.text("cli_number_too_large", value=quoted, limit=MAX_INTEGER))
    return value
