"""``briefing search``: full-text search from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from composer.cli import language, mistakes
from composer.cli.output import EXIT_OK, EXIT_USAGE, integer, open_library, output_flags, print_json, say_error, shown
from composer.common import messages


def add_commands(commands: argparse._SubParsersAction) -> None:
    search = commands.add_parser("search", help=messages.text("help_search"))
    search.add_argument("query", metavar="QUERY", nargs="?", default="", help=messages.text("help_search_query"))
    search.add_argument("--person", metavar="NAME", help=messages.text("help_search_person"))
    search.add_argument("--theme", metavar="THEME", help=messages.text("help_search_theme"))
    search.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD", help=messages.text("help_search_from"))
    search.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD", help=messages.text("help_search_to"))
    search.add_argument("--source", metavar="S", help=messages.text("help_search_source"))
    search.add_argument("--kind", help=messages.text("help_search_kind"), **language.EXCERPT_KINDS.argument())
    search.add_argument("--status", help=messages.text("help_search_status"), **language.REVIEW_STATUSES.argument())
    search.add_argument(
        "--order", default="newest", help=messages.text("help_search_order"), **language.SEARCH_ORDERS.argument()
    )
    search.add_argument("--limit", type=integer, default=20, help=messages.text("help_search_limit"))
    output_flags(search)


def _cmd_search(args: argparse.Namespace) -> int:
    from composer.common.dates import parse_iso_date
    from composer.search.searcher import MARK_CLOSE, MARK_OPEN, SearchRequest, search

    dates = {}
    for key in ("from_date", "to_date"):
        value = getattr(args, key)
        dates[key] = parse_iso_date(value) if value else None
        if value and dates[key] is None:
            say_error(messages.Message("cli_bad_date", value=value))
            return EXIT_USAGE
    if args.limit < 1:
        say_error(messages.Message("cli_limit_too_small"))
        return EXIT_USAGE
    request = SearchRequest(
        args.query,
        dates["from_date"],
        dates["to_date"],
        args.source,
        args.theme,
        args.person,
        args.kind,
        args.status,
        args.order,
        args.limit,
    )
    with open_library(args) as library:
        mistakes.check_people(library, [args.person])
        result = search(library, request)
    if args.json:
        print_json([hit.as_json() for hit in result.hits])
        return EXIT_OK
    bold = sys.stdout.isatty()
    for hit in result.hits:
        excerpt = messages.text("cli_search_excerpt", id=hit.excerpt_id) if hit.excerpt_id else ""
        where = f"#{hit.article_id}{excerpt}"
        print(f"{hit.published or '----------'}  {shown(hit.source or '')}  {where}  {shown(hit.title)}")
        marks = ("\x1b[1;31m", "\x1b[0m") if bold else (MARK_OPEN, MARK_CLOSE)
        print("    " + hit.marked_snippet(*marks, escape=shown))  # the article's text escaped, our colours not
    if result.ranked_newest:
        print(messages.text("cli_search_ranked_newest", count=result.ranked_newest))
    print(
        messages.text("cli_search_total", count=len(result.hits))
        + (messages.text("cli_search_more") if result.more else "")
        + messages.text("cli_search_time", ms=result.seconds * 1000)
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"search": _cmd_search}
