"""``briefing backup``, ``briefing restore`` and ``briefing check``: keeping the library safe."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from composer.cli.output import EXIT_OK, EXIT_PARTIAL, output_flags, print_json, t


def add_commands(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser(
        "backup",
        help=t("备份资料库（应用运行时也可以）", "back up the library (also while the app is running)"),
    )
    backup.add_argument(
        "out",
        nargs="?",
        metavar="OUT",
        help=t(
            "备份文件或文件夹（默认：资料库旁的 backups/library-日期时间.sqlite）",
            "backup file or folder (default: backups/library-DATE-TIME.sqlite next to the library)",
        ),
    )
    output_flags(backup)
    restore = commands.add_parser(
        "restore",
        help=t("用备份恢复资料库（当前资料库先另存到 backups/）", "restore the library from a backup (the current "
               "one is kept in backups/ first)"),
    )
    restore.add_argument("file", metavar="FILE", help=t("要恢复的备份文件", "the backup file to restore"))
    output_flags(restore)
    check = commands.add_parser(
        "check", help=t("检查资料库是否完好、前后一致", "check the library for damage and inconsistencies")
    )
    output_flags(check)


def _library_path(args: argparse.Namespace):
    from db import resolve_library_path

    return resolve_library_path(args.db)


def _cmd_backup(args: argparse.Namespace) -> int:
    from composer.safety.backup import backup_library

    backup = backup_library(_library_path(args), args.out)
    if args.json:
        print_json(backup.as_json())
    else:
        size = _size(backup.bytes)
        print(t(f"已备份到 {backup.path}（{size}）", f"backed up to {backup.path} ({size})"))
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from composer.safety.backup import restore_library

    restored = restore_library(_library_path(args), args.file)
    if args.json:
        print_json(restored.as_json())
        return EXIT_OK
    source, library = restored.source, restored.library
    print(t(f"已用 {source} 恢复资料库 {library}", f"restored {library} from {source}"))
    if restored.previous:
        print(t(f"恢复前的资料库已另存为 {restored.previous}", f"the library as it was is kept in {restored.previous}"))
    print(t("检索索引将在下次检索时自动重建", "the search index is rebuilt at the next search"))
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
            print(f"- {problem.message}")
        print(t(f"发现 {len(problems)} 个问题", f"{len(problems)} problems found"))
    else:
        print(t("资料库完好，没有发现问题", "the library is sound: no problems found"))
    return EXIT_PARTIAL if problems else EXIT_OK


def _size(count: int) -> str:
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
