"""The ``briefing`` command. Without a sub-command it opens the desktop app.

Exit codes (docs/cli.md): 0 success; 1 some files failed or an item was not found;
2 usage error; 3 the library cannot be opened (or the app cannot start); 130 Ctrl+C.
Heavy modules (PDF/HTML parsers, numpy, Qt) are imported only by the commands that
need them, so ``briefing info`` answers in a fraction of a second.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from composer.cli import briefings as cli_briefings
from composer.cli import interrupt, language, mistakes
from composer.cli import safety as cli_safety
from composer.cli import search as cli_search
from composer.cli import tagging as cli_tagging
from composer.cli.output import (
    EXIT_LIBRARY,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    clear_progress,
    integer,
    line,
    open_library,
    output_flags,
    print_json,
    progress_bar,
    say_error,
    say_interrupted,
    untitled,
)
from composer.common import messages
from composer.common.messages import BriefingError

if TYPE_CHECKING:
    from composer.ingest.importer import FileResult, ImportOptions, ImportReport
    from db.library import Library


def build_parser() -> argparse.ArgumentParser:
    parser = language.Parser(prog="briefing", description=messages.text("help_briefing"))
    parser.add_argument("--db", metavar="PATH", help=messages.text("help_db"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help=messages.text("help_import"))
    imp.add_argument("paths", nargs="+", metavar="PATH", help=messages.text("help_import_paths"))
    imp.add_argument("--source", help=messages.text("help_import_source"))
    imp.add_argument("--date", help=messages.text("help_import_date"))
    imp.add_argument("--as", dest="layout", default="auto", help=messages.text("help_import_as"),
                     **language.IMPORT_LAYOUTS.argument())
    output_flags(imp)

    listing = commands.add_parser("articles", help=messages.text("help_articles"))
    listing.add_argument("--limit", type=integer, help=messages.text("help_articles_limit"))
    output_flags(listing)

    show = commands.add_parser("show", help=messages.text("help_show"))
    show.add_argument("id", type=integer, help=messages.text("help_show_id"))
    output_flags(show)

    output_flags(commands.add_parser("info", help=messages.text("help_info")))
    output_flags(commands.add_parser("demo", help=messages.text("help_demo")))
    output_flags(commands.add_parser("reindex", help=messages.text("help_reindex")))
    cli_tagging.add_commands(commands)
    cli_search.add_commands(commands)
    cli_briefings.add_commands(commands)
    cli_safety.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    language.choose_language()
    with language.argparse_in_language():
        args = build_parser().parse_args(argv)
    folder_missing = mistakes.library_folder_problem(args.db)
    if folder_missing is not None:  # a typo in --db must not make a new, empty library somewhere
        say_error(folder_missing)
        return EXIT_LIBRARY
    if args.command is None:
        return _open_app(args.db)
    with interrupt.watched():
        return _run(_COMMANDS[args.command], args)


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        code = handler(args)
    except KeyboardInterrupt:  # Ctrl+C: the open transaction rolled back, earlier ones stay
        return _interrupted(args)
    except BrokenPipeError:  # `briefing articles | head`: the reader left; not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except BriefingError as error:
        say_error(error)
        if error.code in _USAGE_ERRORS:
            return EXIT_USAGE
        return EXIT_LIBRARY if error.code.startswith(("db_", "file_missing")) else EXIT_PARTIAL
    return _interrupted(args) if interrupt.requested() else code


def _interrupted(args: argparse.Namespace) -> int:
    clear_progress(args)
    say_interrupted()
    return interrupt.EXIT_INTERRUPTED


# What the command line asked for cannot be understood (as argparse's errors, exit 2).
_USAGE_ERRORS = frozenset({
    "filter_invalid", "nothing_selected", "span_invalid", "theme_name_empty", "query_empty", "query_only_excluded",
    "query_too_long", "query_too_many_terms", "search_order_unknown", "group_by_unknown", "status_unknown",
    "citation_unknown",
})


# -- import --------------------------------------------------------------------------

STDIN = "-"


def _cmd_import(args: argparse.Namespace) -> int:
    from composer.ingest.importer import ImportOptions, ImportReport, import_paths

    problem = _date_problem(args.date)
    if problem is not None:  # not a date, or not a plausible one (the message names the years)
        say_error(problem)
        return EXIT_USAGE
    published = _normalised_date(args.date)
    options = ImportOptions(source=args.source, published=published, layout=args.layout)
    files = [path for path in args.paths if path != STDIN]
    try:
        with open_library(args) as library, interrupt.stoppable():
            pasted = [_import_stdin(library, options)] if STDIN in args.paths else []
            report = (import_paths(library, files, options, progress=progress_bar(args), cancelled=interrupt.requested)
                      if files else ImportReport())
    except BriefingError as error:
        if error.code not in ("import_disk_full", "import_library_replaced"):
            raise
        clear_progress(args)
        say_error(error)  # the library's disk, not the files: exit as for a library that cannot be written
        return EXIT_LIBRARY
    report.files[:0] = pasted
    return _report_import(args, report)


def _import_stdin(library: Library, options: ImportOptions) -> FileResult:
    """``briefing import -``: standard input imported as pasted text (any encoding a text file
    may have; a web page's source is read as HTML). The source and date it prints are used
    unless --source/--date say otherwise."""
    from dataclasses import replace

    from composer.ingest.importer import PASTED_PATH, FileResult, import_pasted
    from composer.ingest.pasted import read_bytes, text_to_import
    from composer.ingest.readers import max_file_bytes

    try:
        document = read_bytes(sys.stdin.buffer.read(max_file_bytes() + 1))
    except BriefingError as error:
        return FileResult(PASTED_PATH, "failed", failure=error)
    source, published = options.source or document.source, options.published or document.published
    result = import_pasted(library, text_to_import(document), replace(options, source=source, published=published))
    result.encoding = result.encoding or document.encoding  # what stdin was decoded from
    return result


def _date_problem(value: str | None) -> messages.Message | None:
    from composer.common.dates import date_problem

    return date_problem(value) if value else None


def _normalised_date(value: str | None) -> str | None:
    from composer.common.dates import parse_iso_date

    return parse_iso_date(value) if value else None


def _report_import(args: argparse.Namespace, report: ImportReport) -> int:
    clear_progress(args)
    if args.json:
        print_json(report.as_json())
    else:
        _print_import_summary(report)
    return EXIT_OK if report.ok else EXIT_PARTIAL


# an import result's status → the label of its line
_FILE_STATUS = {"imported": "cli_file_imported", "duplicate": "cli_file_duplicate", "failed": "cli_file_failed"}


def _print_import_summary(report: ImportReport) -> None:
    """Paths, reasons and titles come from outside: ``line`` and ``shown`` print them escaped."""
    from composer.cli.output import shown

    for result in report.files:
        detail = f" ({result.encoding})" if result.encoding else ""
        print(line(messages.text(_FILE_STATUS[result.status]), f"{result.path}{detail}"))
        if result.error:  # rendered now, from the error's code and parameters
            print("    " + line(messages.text("cli_reason"), result.error))
        for article in result.articles if result.status == "imported" else []:
            mark = messages.text("cli_reprint_linked") if article.reprint else ""
            print(f"    #{article.id} {shown(article.title) if article.title else untitled()}{mark}")
    summary = messages.text(
        "cli_import_summary",
        files=len(report.files),
        imported=report.count("imported"),
        duplicates=report.count("duplicate"),
        failed=report.count("failed"),
    )
    print(summary + (messages.text("cli_import_cancelled") if report.cancelled else ""))


def _cmd_demo(args: argparse.Namespace) -> int:
    from composer.demo import demo_folder
    from composer.ingest.importer import import_paths

    with open_library(args) as library, interrupt.stoppable():
        report = import_paths(library, [demo_folder()], progress=progress_bar(args), cancelled=interrupt.requested)
    return _report_import(args, report)


# -- reading the library ---------------------------------------------------------------


def _cmd_articles(args: argparse.Namespace) -> int:
    from db.articles import list_articles

    with open_library(args) as library:
        rows = list_articles(library, limit=args.limit)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        print(
            f"{row['id']:>6}  {row['published'] or '----------'}  {row['source'] or '':<8}  "
            f"{row['kind']:<12}  {row['title'] or untitled()}"
        )
    print(messages.text("cli_articles_total", count=len(rows)))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from db.articles import get_article

    with open_library(args) as library:
        article = get_article(library, args.id)
    if article is None:
        say_error(messages.Message("article_missing", id=args.id))
        return EXIT_PARTIAL
    if args.json:
        print_json(article)
        return EXIT_OK
    print(article["title"] or untitled())
    for label, key in _SHOWN_FIELDS:
        if article.get(key):
            print(line(messages.text(label), article[key]))
    for label, key in (("cli_field_reporters", "reporters"), ("cli_field_photographers", "photographers")):
        if article[key]:
            print(line(messages.text(label), "、".join(article[key])))
    print()
    print(article["text"])
    for caption in article["captions"]:
        print(messages.text("cli_caption", caption=caption))
    return EXIT_OK


# (label, field) of the lines `briefing show` prints above the text, when the field is set
_SHOWN_FIELDS = (
    ("cli_field_kicker", "kicker"),
    ("cli_field_subtitle", "subtitle"),
    ("cli_field_column", "column"),
    ("cli_field_byline", "byline"),
    ("cli_field_source", "source"),
    ("cli_field_date", "published"),
    ("cli_field_page", "page"),
    ("cli_field_event_date", "event_date"),
)


def _cmd_info(args: argparse.Namespace) -> int:
    from db.stats import library_info

    with open_library(args) as library:
        info = library_info(library)
    if args.json:
        print_json(info)
        return EXIT_OK
    print(line(messages.text("cli_info_library"), info["library"]))
    print(line(messages.text("cli_info_schema"), info["schema_version"]))
    for key, label in _COUNTED.items():
        print(line(messages.text(label), info["counts"][key]))
    return EXIT_OK


# what `briefing info` counts, and the label of each count
_COUNTED = {
    "articles": "cli_count_articles",
    "sources": "cli_count_sources",
    "import_files": "cli_count_import_files",
    "people": "cli_count_people",
    "themes": "cli_count_themes",
    "excerpts": "cli_count_excerpts",
    "briefings": "cli_count_briefings",
}


def _cmd_reindex(args: argparse.Namespace) -> int:
    from db import fts

    with open_library(args) as library:
        count = fts.rebuild(library)
    if args.json:
        print_json({"indexed": count})
    else:
        print(messages.text("cli_reindexed", count=count))
    return EXIT_OK


# -- the app ---------------------------------------------------------------------------


def _open_app(db_path: str | None) -> int:
    from composer.cli import display

    problem = display.display_problem()
    if problem is not None:  # Qt would abort the process (exit 134) with an English message
        say_error(problem)
        return EXIT_LIBRARY
    try:
        from ui.app import run_app
    except ImportError as error:
        packages = display.library_packages(error)
        key = "cli_qt_system_libraries" if packages else "cli_app_unavailable"
        say_error(messages.Message(key, reason=error, packages=packages or ""))
        return EXIT_LIBRARY
    return run_app(db_path)


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _cmd_import,
    "articles": _cmd_articles,
    "show": _cmd_show,
    "info": _cmd_info,
    "demo": _cmd_demo,
    "reindex": _cmd_reindex,
    **cli_tagging.COMMANDS,
    **cli_search.COMMANDS,
    **cli_briefings.COMMANDS,
    **cli_safety.COMMANDS,
}

def entry() -> None:
    """The ``briefing`` command (pyproject's console script)."""
    interrupt.leave(main())


if __name__ == "__main__":
    entry()
