"""The ``briefing`` command. Without a sub-command it opens the desktop app.

Exit codes (docs/cli.md): 0 success; 1 some files failed or an item was not found;
2 usage error; 3 the library cannot be opened.
Heavy modules (PDF/HTML parsers, numpy, Qt) are imported only by the commands that
need them, so ``briefing info`` answers in a fraction of a second.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from composer.cli import briefings as cli_briefings
from composer.cli import safety as cli_safety
from composer.cli import search as cli_search
from composer.cli import tagging as cli_tagging
from composer.cli.output import (
    EXIT_LIBRARY,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    clear_progress,
    line,
    open_library,
    output_flags,
    print_json,
    progress_bar,
    say_error,
    t,
    untitled,
)
from composer.common import messages
from composer.common.messages import BriefingError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=t(
            "简报编排器 — 导入新闻稿件、标注领导讲话、生成公文格式简报。不带子命令时打开桌面程序。",
            "Briefing Composer — import news pages, tag what officials said, compose Word briefings. "
            "Without a command it opens the desktop app.",
        ),
    )
    database_help = t(
        "资料库文件（默认：用户数据目录，或环境变量 BRIEFING_DB）",
        "library file (default: $BRIEFING_DB, else the user data folder)",
    )
    parser.add_argument("--db", metavar="PATH", help=database_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help=t(
            "导入文件或文件夹（.txt .docx .doc .pdf .html）", "import files or folders (.txt .docx .doc .pdf .html)"
        ),
    )
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--source", help=t("来源，例如 丰台时报", "source, e.g. 丰台时报"))
    imp.add_argument("--date", help=t("出版日期 YYYY-MM-DD", "publication date YYYY-MM-DD"))
    output_flags(imp)

    listing = commands.add_parser("articles", help=t("列出资料库中的文章", "list the library's articles"))
    listing.add_argument("--limit", type=int, help=t("最多列出多少篇", "list at most N articles"))
    output_flags(listing)

    show = commands.add_parser("show", help=t("显示一篇文章", "show one article"))
    show.add_argument("id", type=int)
    output_flags(show)

    info = commands.add_parser("info", help=t("资料库位置、架构版本和统计", "library path, schema version, counts"))
    output_flags(info)

    demo = commands.add_parser(
        "demo", help=t("导入随程序提供的示例版面（虚构的《云湖时报》）", "import the demo pages shipped with the app")
    )
    output_flags(demo)

    reindex = commands.add_parser("reindex", help=t("重建全文检索索引", "rebuild the full-text search index"))
    output_flags(reindex)
    cli_tagging.add_commands(commands)
    cli_search.add_commands(commands)
    cli_briefings.add_commands(commands)
    cli_safety.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_app(args.db)
    handler = _COMMANDS[args.command]
    try:
        return handler(args)
    except BrokenPipeError:  # `briefing articles | head`: the reader left; not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except BriefingError as error:
        say_error(str(error))
        if error.code in _USAGE_ERRORS:
            return EXIT_USAGE
        return EXIT_LIBRARY if error.code.startswith(("db_", "file_missing")) else EXIT_PARTIAL


# What the command line asked for cannot be understood (as argparse's errors, exit 2).
_USAGE_ERRORS = frozenset({
    "filter_invalid", "nothing_selected", "span_invalid", "theme_name_empty", "query_empty", "query_only_excluded",
    "query_too_long", "query_too_many_terms", "search_order_unknown", "group_by_unknown", "status_unknown",
    "citation_unknown",
})


# -- import --------------------------------------------------------------------------


def _cmd_import(args: argparse.Namespace) -> int:
    from composer.ingest.importer import ImportOptions, import_paths

    published = _checked_date(args.date)
    if args.date and published is None:
        say_error(messages.text("bad_date", value=args.date))
        return EXIT_USAGE
    with open_library(args) as library:
        report = import_paths(
            library,
            args.paths,
            ImportOptions(source=args.source, published=published),
            progress=progress_bar(args),
        )
    return _report_import(args, report)


def _checked_date(value: str | None) -> str | None:
    from composer.common.dates import parse_iso_date

    return parse_iso_date(value) if value else None


def _report_import(args: argparse.Namespace, report) -> int:
    clear_progress(args)
    if args.json:
        print_json(report.as_json())
    else:
        _print_import_summary(report)
    return EXIT_OK if report.ok else EXIT_PARTIAL


def _print_import_summary(report) -> None:
    labels = {
        "imported": t("已导入", "imported"),
        "duplicate": t("重复，已跳过", "duplicate, skipped"),
        "failed": t("失败", "failed"),
    }
    for result in report.files:
        detail = f" ({result.encoding})" if result.encoding else ""
        print(line(labels[result.status], f"{result.path}{detail}"))
        if result.error:
            print("    " + line(t("原因", "reason"), result.error))
        for article in result.articles if result.status == "imported" else []:
            mark = t(" [转载，已关联]", " [reprint, linked]") if article.reprint else ""
            print(f"    #{article.id} {article.title or untitled()}{mark}")
    counts = (len(report.files), report.count("imported"), report.count("duplicate"), report.count("failed"))
    summary = t("共 {} 个文件：导入 {}，重复 {}，失败 {}", "{} files: {} imported, {} duplicates, {} failed")
    print(summary.format(*counts) + (t("（已取消）", " (cancelled)") if report.cancelled else ""))


def _cmd_demo(args: argparse.Namespace) -> int:
    from composer.demo import demo_folder
    from composer.ingest.importer import import_paths

    with open_library(args) as library:
        report = import_paths(library, [demo_folder()], progress=progress_bar(args))
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
    print(t("共 {} 篇", "{} articles").format(len(rows)))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from db.articles import get_article

    with open_library(args) as library:
        article = get_article(library, args.id)
    if article is None:
        say_error(messages.text("article_missing", id=args.id))
        return EXIT_PARTIAL
    if args.json:
        print_json(article)
        return EXIT_OK
    print(article["title"] or untitled())
    fields = (
        (t("引题", "kicker"), "kicker"),
        (t("副题", "subtitle"), "subtitle"),
        (t("栏目", "column"), "column"),
        (t("署名", "byline"), "byline"),
        (t("来源", "source"), "source"),
        (t("日期", "date"), "published"),
        (t("版次", "page"), "page"),
        (t("事件日期", "event date"), "event_date"),
    )
    for label, key in fields:
        if article.get(key):
            print(line(label, article[key]))
    if article["reporters"]:
        print(line(t("记者", "reporters"), "、".join(article["reporters"])))
    if article["photographers"]:
        print(line(t("摄影", "photographers"), "、".join(article["photographers"])))
    print()
    print(article["text"])
    for caption in article["captions"]:
        print(t("【图片说明】", "[caption] ") + caption)
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from db.stats import library_info

    with open_library(args) as library:
        info = library_info(library)
    if args.json:
        print_json(info)
        return EXIT_OK
    print(line(t("资料库", "library"), info["library"]))
    print(line(t("架构版本", "schema version"), info["schema_version"]))
    names = {
        "articles": t("文章", "articles"),
        "sources": t("来源", "sources"),
        "import_files": t("导入文件", "imported files"),
        "people": t("人物", "people"),
        "themes": t("主题", "themes"),
        "excerpts": t("摘录", "excerpts"),
        "briefings": t("简报", "briefings"),
    }
    for key, label in names.items():
        print(line(label, info["counts"][key]))
    return EXIT_OK


def _cmd_reindex(args: argparse.Namespace) -> int:
    from db import fts

    with open_library(args) as library:
        count = fts.rebuild(library)
    if args.json:
        print_json({"indexed": count})
    else:
        print(t("已重建索引：{} 篇文章", "search index rebuilt: {} articles").format(count))
    return EXIT_OK


# -- the app ---------------------------------------------------------------------------


def _open_app(db_path: str | None) -> int:
    try:
        from ui.app import run_app
    except ImportError as error:
        say_error(
            t(
                "无法启动图形界面（{}）。命令行功能仍可使用：briefing --help",
                "cannot start the desktop app ({}); the command line still works: briefing --help",
            ).format(error)
        )
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

if __name__ == "__main__":
    sys.exit(main())
