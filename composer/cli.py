"""The ``briefing`` command. Without a sub-command it opens the desktop app.

Exit codes (docs/cli.md): 0 success; 1 some files failed or an item was not found;
2 usage error; 3 the library cannot be opened.
Heavy modules (PDF/HTML parsers, numpy, Qt) are imported only by the commands that
need them, so ``briefing info`` answers in a fraction of a second.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from composer import messages
from composer.messages import BriefingError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LIBRARY = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=_t(
            "简报编排器 — 导入新闻稿件、标注领导讲话、生成公文格式简报。不带子命令时打开桌面程序。",
            "Briefing Composer — import news pages, tag what officials said, compose Word briefings. "
            "Without a command it opens the desktop app.",
        ),
    )
    database_help = _t(
        "资料库文件（默认：用户数据目录，或环境变量 BRIEFING_DB）",
        "library file (default: $BRIEFING_DB, else the user data folder)",
    )
    parser.add_argument("--db", metavar="PATH", help=database_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help=_t(
            "导入文件或文件夹（.txt .docx .doc .pdf .html）", "import files or folders (.txt .docx .doc .pdf .html)"
        ),
    )
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--source", help=_t("来源，例如 丰台时报", "source, e.g. 丰台时报"))
    imp.add_argument("--date", help=_t("出版日期 YYYY-MM-DD", "publication date YYYY-MM-DD"))
    _output_flags(imp)

    listing = commands.add_parser("articles", help=_t("列出资料库中的文章", "list the library's articles"))
    listing.add_argument("--limit", type=int, help=_t("最多列出多少篇", "list at most N articles"))
    _output_flags(listing)

    show = commands.add_parser("show", help=_t("显示一篇文章", "show one article"))
    show.add_argument("id", type=int)
    _output_flags(show)

    info = commands.add_parser("info", help=_t("资料库位置、架构版本和统计", "library path, schema version, counts"))
    _output_flags(info)

    demo = commands.add_parser(
        "demo", help=_t("导入随程序提供的示例版面（虚构的《云湖时报》）", "import the demo pages shipped with the app")
    )
    _output_flags(demo)

    reindex = commands.add_parser("reindex", help=_t("重建全文检索索引", "rebuild the full-text search index"))
    _output_flags(reindex)
    _people_commands(commands)
    return parser


def _people_commands(commands: argparse._SubParsersAction) -> None:
    people = commands.add_parser(
        "people", help=_t("人物名录（含待确认的建议）", "the people directory, with suggestions")
    )
    people.add_argument("--status", choices=("confirmed", "suggested", "rejected"),
                        help=_t("只列出此状态的人物", "only people with this status"))
    people.add_argument(
        "--export", metavar="CSV", type=Path, help=_t("把名录导出为 CSV", "export the directory as CSV")
    )
    people.add_argument("--import", dest="import_csv", metavar="CSV", type=Path,
                        help=_t("从 CSV 导入人物", "add the people of a CSV file"))
    _output_flags(people)

    tag = commands.add_parser("tag", help=_t("识别人物和讲话（新文章；--all 为全部）",
                                             "find people and statements in new articles (--all: every article)"))
    tag.add_argument("--all", action="store_true", help=_t("重新标注全部文章", "tag every article again"))
    _output_flags(tag)

    excerpts = commands.add_parser(
        "excerpts", help=_t("列出摘录（讲话、提及）", "list excerpts (statements, mentions)")
    )
    excerpts.add_argument("--person", metavar="NAME", help=_t("某人的讲话或提及", "a person's statements or mentions"))
    excerpts.add_argument("--kind", choices=("statement", "mention", "excerpt"), help=_t("摘录类别", "excerpt kind"))
    excerpts.add_argument(
        "--status", choices=("suggested", "accepted", "rejected"), help=_t("审核状态", "review status")
    )
    excerpts.add_argument("--limit", type=int, help=_t("最多列出多少条", "list at most N excerpts"))
    _output_flags(excerpts)


def _output_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help=_t("输出 JSON", "print JSON"))
    command.add_argument("--quiet", action="store_true", help=_t("不显示进度", "no progress bar"))


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
        _say_error(str(error))
        return EXIT_LIBRARY if error.code.startswith(("db_", "file_missing")) else EXIT_PARTIAL


def _open_library(args: argparse.Namespace):
    from db import open_library, resolve_library_path

    return open_library(resolve_library_path(args.db))


# -- import --------------------------------------------------------------------------


def _cmd_import(args: argparse.Namespace) -> int:
    from composer.importer import ImportOptions, import_paths

    published = _checked_date(args.date)
    if args.date and published is None:
        _say_error(messages.text("bad_date", value=args.date))
        return EXIT_USAGE
    with _open_library(args) as library:
        report = import_paths(
            library,
            args.paths,
            ImportOptions(source=args.source, published=published),
            progress=_progress_bar(args),
        )
    return _report_import(args, report)


def _checked_date(value: str | None) -> str | None:
    from composer.bylines import parse_iso_date

    return parse_iso_date(value) if value else None


def _report_import(args: argparse.Namespace, report) -> int:
    _clear_progress(args)
    if args.json:
        _print_json(report.as_json())
    else:
        _print_import_summary(report)
    return EXIT_OK if report.ok else EXIT_PARTIAL


def _print_import_summary(report) -> None:
    labels = {
        "imported": _t("已导入", "imported"),
        "duplicate": _t("重复，已跳过", "duplicate, skipped"),
        "failed": _t("失败", "failed"),
    }
    for result in report.files:
        detail = f" ({result.encoding})" if result.encoding else ""
        print(_line(labels[result.status], f"{result.path}{detail}"))
        if result.error:
            print("    " + _line(_t("原因", "reason"), result.error))
        for article in result.articles if result.status == "imported" else []:
            mark = _t(" [转载，已关联]", " [reprint, linked]") if article.reprint else ""
            print(f"    #{article.id} {article.title or _untitled()}{mark}")
    counts = (len(report.files), report.count("imported"), report.count("duplicate"), report.count("failed"))
    summary = _t("共 {} 个文件：导入 {}，重复 {}，失败 {}", "{} files: {} imported, {} duplicates, {} failed")
    print(summary.format(*counts) + (_t("（已取消）", " (cancelled)") if report.cancelled else ""))


def _cmd_demo(args: argparse.Namespace) -> int:
    from composer.importer import import_paths

    with _open_library(args) as library:
        report = import_paths(library, [demo_folder()], progress=_progress_bar(args))
    return _report_import(args, report)


def demo_folder() -> Path:
    return Path(__file__).resolve().parent / "demo"


# -- reading the library ---------------------------------------------------------------


def _cmd_articles(args: argparse.Namespace) -> int:
    from db.articles import list_articles

    with _open_library(args) as library:
        rows = list_articles(library, limit=args.limit)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for row in rows:
        print(
            f"{row['id']:>6}  {row['published'] or '----------'}  {row['source'] or '':<8}  "
            f"{row['kind']:<12}  {row['title'] or _untitled()}"
        )
    print(_t("共 {} 篇", "{} articles").format(len(rows)))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from db.articles import get_article

    with _open_library(args) as library:
        article = get_article(library, args.id)
    if article is None:
        _say_error(messages.text("article_missing", id=args.id))
        return EXIT_PARTIAL
    if args.json:
        _print_json(article)
        return EXIT_OK
    print(article["title"] or _untitled())
    fields = (
        (_t("引题", "kicker"), "kicker"),
        (_t("副题", "subtitle"), "subtitle"),
        (_t("栏目", "column"), "column"),
        (_t("署名", "byline"), "byline"),
        (_t("来源", "source"), "source"),
        (_t("日期", "date"), "published"),
        (_t("版次", "page"), "page"),
        (_t("事件日期", "event date"), "event_date"),
    )
    for label, key in fields:
        if article.get(key):
            print(_line(label, article[key]))
    if article["reporters"]:
        print(_line(_t("记者", "reporters"), "、".join(article["reporters"])))
    if article["photographers"]:
        print(_line(_t("摄影", "photographers"), "、".join(article["photographers"])))
    print()
    print(article["text"])
    for caption in article["captions"]:
        print(_t("【图片说明】", "[caption] ") + caption)
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from db.stats import library_info

    with _open_library(args) as library:
        info = library_info(library)
    if args.json:
        _print_json(info)
        return EXIT_OK
    print(_line(_t("资料库", "library"), info["library"]))
    print(_line(_t("架构版本", "schema version"), info["schema_version"]))
    names = {
        "articles": _t("文章", "articles"),
        "sources": _t("来源", "sources"),
        "import_files": _t("导入文件", "imported files"),
        "people": _t("人物", "people"),
        "themes": _t("主题", "themes"),
        "excerpts": _t("摘录", "excerpts"),
        "briefings": _t("简报", "briefings"),
    }
    for key, label in names.items():
        print(_line(label, info["counts"][key]))
    return EXIT_OK


def _cmd_reindex(args: argparse.Namespace) -> int:
    from db import fts

    with _open_library(args) as library:
        count = fts.rebuild(library)
    if args.json:
        _print_json({"indexed": count})
    else:
        print(_t("已重建索引：{} 篇文章", "search index rebuilt: {} articles").format(count))
    return EXIT_OK


# -- people, tagging, excerpts -------------------------------------------------------------


def _cmd_people(args: argparse.Namespace) -> int:
    from composer import people

    with _open_library(args) as library:
        if args.import_csv:
            rows = people.import_csv(library, args.import_csv)
            if not args.json:
                print(_t("已从 CSV 读入 {} 行", "read {} rows from the CSV").format(rows))
        if args.export:
            rows = people.export_csv(library, args.export)
            if not args.json:
                print(_t("已导出 {} 人到 {}", "exported {} people to {}").format(rows, args.export))
            return EXIT_OK
        listed = people.list_people(library, status=args.status)
    if args.json:
        _print_json([person.as_json() for person in listed])
        return EXIT_OK
    roles = {
        "official": _t("领导干部", "official"), "deputy": _t("人大代表", "deputy"),
        "cppcc_member": _t("政协委员", "CPPCC member"), "enterprise": _t("企业", "enterprise"),
        "reporter": _t("记者", "reporter"), "other": _t("其他", "other"),
    }
    pending = _t("（待确认）", " (suggested)")
    for person in listed:
        titles = "、".join(title.title for title in person.titles)
        mark = pending if person.status == "suggested" else ""
        print(f"{person.id:>6}  {person.name}{mark}  [{roles[person.role]}]  {titles}")
    print(_t("共 {} 人", "{} people").format(len(listed)))
    return EXIT_OK


def _cmd_tag(args: argparse.Namespace) -> int:
    from composer.tagging import tag_articles

    with _open_library(args) as library:
        report = tag_articles(library, everything=args.all, progress=_progress_bar(args))
    _clear_progress(args)
    if args.json:
        _print_json(report.as_json())
        return EXIT_OK
    print(_t(
        "已标注 {} 篇文章：新建议人物 {}，讲话 {}，提及 {}",
        "tagged {} articles: {} people suggested, {} statements, {} mentions",
    ).format(report.articles, report.people_suggested, report.statements, report.mentions))
    return EXIT_OK


def _cmd_excerpts(args: argparse.Namespace) -> int:
    from db.excerpts import list_excerpts

    with _open_library(args) as library:
        rows = list_excerpts(library, person_name=args.person, kind=args.kind, status=args.status, limit=args.limit)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for row in rows:
        speaker = f"{row['speaker']}{row['verb'] or ''}：" if row["kind"] == "statement" else ""
        text = row["text"] if len(row["text"]) <= 80 else row["text"][:79] + "…"
        print(f"{row['id']:>7}  #{row['article_id']:<6} {row['kind']:<9} {speaker}{text}")
    print(_t("共 {} 条", "{} excerpts").format(len(rows)))
    return EXIT_OK


# -- the app ---------------------------------------------------------------------------


def _open_app(db_path: str | None) -> int:
    try:
        from ui.app import run_app
    except ImportError as error:
        _say_error(
            _t(
                "无法启动图形界面（{}）。命令行功能仍可使用：briefing --help",
                "cannot start the desktop app ({}); the command line still works: briefing --help",
            ).format(error)
        )
        return EXIT_LIBRARY
    return run_app(db_path)


# -- output helpers ----------------------------------------------------------------------


def _t(chinese: str, english: str) -> str:
    """The CLI's own words in the user's language (core errors come from messages.py)."""
    return english if messages.language() == "en" else chinese


def _line(label: str, value: object) -> str:
    return f"{label}：{value}" if messages.language() == "zh" else f"{label}: {value}"


def _untitled() -> str:
    return _t("（无标题）", "(untitled)")


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _say_error(text: str) -> None:
    print(f"错误：{text}" if messages.language() == "zh" else f"error: {text}", file=sys.stderr)


def _progress_bar(args: argparse.Namespace) -> Callable[[int, int, str], None] | None:
    if args.json or args.quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        name = Path(path).name[:40] if path else ""
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        sys.stderr.flush()

    return show


def _clear_progress(args: argparse.Namespace) -> None:
    if not (args.json or args.quiet) and sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 80 + "\r")


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _cmd_import,
    "articles": _cmd_articles,
    "show": _cmd_show,
    "info": _cmd_info,
    "demo": _cmd_demo,
    "reindex": _cmd_reindex,
    "people": _cmd_people,
    "tag": _cmd_tag,
    "excerpts": _cmd_excerpts,
}

if __name__ == "__main__":
    sys.exit(main())
