"""``briefing search``: full-text search from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from composer.cli.output import EXIT_OK, EXIT_USAGE, open_library, output_flags, print_json, say_error, t

_QUERY_HELP = t(
    '查询：词语（全部须出现）、"精确短语"、OR（或）、-排除词，如：丽泽 金融 -招聘',
    'query: words (all must occur), "exact phrases", OR, -excluded, e.g. 丽泽 金融 -招聘',
)


def add_commands(commands: argparse._SubParsersAction) -> None:
    search = commands.add_parser("search", help=t("全文检索文章和摘录", "full-text search of articles and excerpts"))
    search.add_argument("query", metavar="QUERY", help=_QUERY_HELP)
    search.add_argument(
        "--person",
        metavar="NAME",
        help=t("某人的讲话和提及（结果为摘录）", "a person's statements and mentions (excerpt results)"),
    )
    search.add_argument("--theme", metavar="THEME", help=t("主题（含下级主题）", "a theme (with its subthemes)"))
    search.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD", help=t("起始日期", "from this date"))
    search.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD", help=t("截止日期", "up to this date"))
    search.add_argument("--source", metavar="S", help=t("来源，如 丰台时报", "source, e.g. 丰台时报"))
    search.add_argument(
        "--kind",
        choices=("statement", "mention", "excerpt"),
        help=t("摘录类别（结果为摘录）", "excerpt kind (excerpt results)"),
    )
    search.add_argument(
        "--status",
        choices=("suggested", "accepted", "rejected"),
        help=t("审核状态（结果为摘录）", "review status (excerpt results)"),
    )
    search.add_argument(
        "--order",
        choices=("newest", "relevance"),
        default="newest",
        help=t("排序：newest 最新在前（默认），relevance 相关度", "newest first (default) or relevance"),
    )
    search.add_argument("--limit", type=int, default=20, help=t("最多多少条（默认 20）", "at most N results (20)"))
    output_flags(search)


def _cmd_search(args: argparse.Namespace) -> int:
    from composer.common.dates import parse_iso_date
    from composer.search.searcher import SearchRequest, search

    dates = {}
    for key in ("from_date", "to_date"):
        value = getattr(args, key)
        dates[key] = parse_iso_date(value) if value else None
        if value and dates[key] is None:
            say_error(t(f"日期“{value}”不对，应为 YYYY-MM-DD", f"bad date '{value}': use YYYY-MM-DD"))
            return EXIT_USAGE
    if args.limit < 1:
        say_error(t("--limit 至少为 1", "--limit must be at least 1"))
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
        result = search(library, request)
    if args.json:
        print_json([hit.as_json() for hit in result.hits])
        return EXIT_OK
    bold = sys.stdout.isatty()
    for hit in result.hits:
        where = f"#{hit.article_id}" + (f" 摘录{hit.excerpt_id}" if hit.excerpt_id else "")
        print(f"{hit.published or '----------'}  {hit.source or ''}  {where}  {hit.title}")
        snippet = hit.marked_snippet("\x1b[1;31m", "\x1b[0m") if bold else hit.marked_snippet()
        print(f"    {snippet}")
    if result.ranked_newest:
        print(t(f"（相关度排序限于最新的 {result.ranked_newest} 篇匹配文章；更早的请用 --from/--to 指定时间）",
                f"(relevance ranked the newest {result.ranked_newest} matching articles; use --from/--to for older)"))
    more = t("（还有更多，可用 --limit 或缩小范围）", " (more: raise --limit or narrow the search)")
    print(
        t("共 {} 条", "{} results").format(len(result.hits))
        + (more if result.more else "")
        + t("，用时 {:.0f} 毫秒", ", {:.0f} ms").format(result.seconds * 1000)
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"search": _cmd_search}
