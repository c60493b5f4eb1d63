"""``briefing backup``, ``briefing restore`` and ``briefing check``: keeping the library safe."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from composer.cli.output import EXIT_OK, EXIT_PARTIAL, output_flags, print_json, shown
from composer.common import messages


def add_commands(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help=messages.text("help_backup"))
    backup.add_argument("out", nargs="?", metavar="OUT", help=messages.text("help_backup_out"))
    output_flags(backup)
    restore = commands.add_parser("restore", help=messages.text("help_restore"))
    restore.add_argument("file", metavar="FILE", help=messages.text("help_restore_file"))
    output_flags(restore)
    check = commands.add_parser("check", help=messages.text("help_check"))
    output_flags(check)


def _library_path(args: argparse.Namespace) -> Path:
    from db import resolve_library_path

    return resolve_library_path(args.db)


def _cmd_backup(args: argparse.Namespace) -> int:
    from composer.safety.backup import backup_library

    backup = backup_library(_library_path(args), args.out)
    if args.json:
        print_json(backup.as_json())
    else:
        size = _size(backup.bytes)
        print(messages.text("cli_backed_up", path=shown(backup.path), size=size))
    if backup.damage:  # made, but of a damaged library: say so, and exit 1 so that scripts notice
        damaged = messages.Message("backup_of_damaged", path=backup.path, detail=backup.damage[0])
        print(shown(messages.text("cli_warning", message=damaged)), file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from composer.safety.backup import restore_library

    restored = restore_library(_library_path(args), args.file)
    if args.json:
        print_json(restored.as_json())
        return EXIT_OK
    print(messages.text("cli_restored", source=shown(restored.source), library=shown(restored.library)))
    if restored.previous:
        print(messages.text("cli_restore_previous", path=shown(restored.previous)))
    print(messages.text("cli_restore_reindex"))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from composer.safety.check import check_library
    from db import open_library

    # Read-only: checking must neither migrate nor repair what it reports.
    with open_library(_library_path(args), create=False, read_only=True) as library:
        problems = check_library(library)
    if args.json:
        print_json([problem.as_json() for problem in problems])
    elif problems:
        for problem in problems:
            print(f"- {shown(problem.message)}")
        print(messages.text("cli_check_problems", count=len(problems)))
    else:
        print(messages.text("cli_check_sound"))
    return EXIT_PARTIAL if problems else EXIT_OK


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB"):
        if count < 1024:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
}
