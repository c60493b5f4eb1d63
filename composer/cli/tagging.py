"""``briefing`` commands for people, tagging, themes, review and undo."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from composer.cli.output import (
    EXIT_OK,
    clear_progress,
    line,
    open_library,
    output_flags,
    print_json,
    progress_bar,
    t,
)


def add_commands(commands: argparse._SubParsersAction) -> None:
    people = commands.add_parser(
        "people", help=t("人物名录（含待确认的建议）", "the people directory, with suggestions")
    )
    people.add_argument("--status", choices=("confirmed", "suggested", "rejected"),
                        help=t("只列出此状态的人物", "only people with this status"))
    people.add_argument(
        "--export", metavar="CSV", type=Path, help=t("把名录导出为 CSV", "export the directory as CSV")
    )
    people.add_argument("--import", dest="import_csv", metavar="CSV", type=Path,
                        help=t("从 CSV 导入人物", "add the people of a CSV file"))
    output_flags(people)

    tag = commands.add_parser("tag", help=t("识别人物、讲话和主题（新文章；--all 为全部）",
                                             "find people, statements and themes in new articles (--all: all)"))
    tag.add_argument("--all", action="store_true", help=t("重新标注全部文章", "tag every article again"))
    output_flags(tag)

    excerpts = commands.add_parser(
        "excerpts", help=t("列出摘录（讲话、提及）", "list excerpts (statements, mentions)")
    )
    excerpts.add_argument("--person", metavar="NAME", help=t("某人的讲话或提及", "a person's statements or mentions"))
    excerpts.add_argument("--kind", choices=("statement", "mention", "excerpt"), help=t("摘录类别", "excerpt kind"))
    excerpts.add_argument(
        "--status", choices=("suggested", "accepted", "rejected"), help=t("审核状态", "review status")
    )
    excerpts.add_argument("--theme", metavar="THEME", help=t("带有此主题的摘录", "excerpts tagged with this theme"))
    excerpts.add_argument("--where", metavar="CONDITIONS", help=_WHERE_HELP)
    excerpts.add_argument("--limit", type=int, help=t("最多列出多少条", "list at most N excerpts"))
    output_flags(excerpts)
    _theme_and_review_commands(commands)


_WHERE_HELP = t(
    "筛选条件，如 \"person=王少峰 theme=接诉即办 kind=statement origin=auto status=suggested "
    "confidence>=0.8 article=10-20\"",
    "conditions, e.g. \"person=王少峰 theme=接诉即办 kind=statement origin=auto status=suggested "
    "confidence>=0.8 article=10-20\"",
)


def _theme_and_review_commands(commands: argparse._SubParsersAction) -> None:
    themes = commands.add_parser("themes", help=t("主题树及各主题的摘录、文章数", "the theme tree with counts"))
    themes.add_argument(
        "--export", metavar="FILE", type=Path, help=t("导出为 .yaml 或 .csv", "export as .yaml or .csv")
    )
    themes.add_argument("--import", dest="import_file", metavar="FILE", type=Path,
                        help=t("从 .yaml 或 .csv 导入主题", "add the themes of a .yaml or .csv file"))
    output_flags(themes)

    review = commands.add_parser("review", help=t("审核：接受、拒绝、修改摘录与主题", "review suggestions"))
    actions = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, zh, en in (("accept", "接受摘录（及其主题建议）", "accept excerpts (and their theme suggestions)"),
                         ("reject", "拒绝摘录", "reject excerpts")):
        action = actions.add_parser(name, help=t(zh, en))
        action.add_argument("ids", nargs="*", type=int, metavar="ID")
        action.add_argument("--where", metavar="CONDITIONS", help=_WHERE_HELP)
        output_flags(action)
    for name, zh, en in (("themes", "摘录的主题", "themes of excerpts"),
                         ("article-themes", "文章的主题", "themes of articles")):
        action = actions.add_parser(name, help=t(zh, en))
        action.add_argument("ids", nargs="*", type=int, metavar="ID")
        if name == "themes":
            action.add_argument("--where", metavar="CONDITIONS", help=_WHERE_HELP)
        action.add_argument("--add", metavar="T,…", help=t("手工加上的主题", "themes to add by hand"))
        action.add_argument("--accept", metavar="T,…|all", help=t("接受的主题建议（all：全部）",
                                                                 "suggested themes to accept (all: every one)"))
        action.add_argument("--reject", metavar="T,…", help=t("拒绝的主题", "themes to reject"))
        output_flags(action)
    span = actions.add_parser("span", help=t("修改摘录的起止位置", "move an excerpt's boundaries"))
    span.add_argument("id", type=int)
    span.add_argument("start", type=int)
    span.add_argument("end", type=int)
    output_flags(span)
    speaker = actions.add_parser("speaker", help=t("修改讲话人", "change a statement's speaker"))
    speaker.add_argument("id", type=int)
    speaker.add_argument("name")
    output_flags(speaker)

    for name, zh, en in (("undo", "撤销上一步审核或主题修改", "undo the last review or theme change"),
                         ("redo", "重做刚撤销的一步", "redo the change undone last")):
        output_flags(commands.add_parser(name, help=t(zh, en)))
    history = commands.add_parser("history", help=t("审核与主题修改的历史", "the history of review changes"))
    history.add_argument("--limit", type=int, default=20, help=t("最多列出多少步", "list at most N steps"))
    output_flags(history)


def _cmd_people(args: argparse.Namespace) -> int:
    from composer.people import directory as people

    with open_library(args) as library:
        if args.import_csv:
            rows = people.import_csv(library, args.import_csv)
            if not args.json:
                print(t("已从 CSV 读入 {} 行", "read {} rows from the CSV").format(rows))
        if args.export:
            rows = people.export_csv(library, args.export)
            if not args.json:
                print(t("已导出 {} 人到 {}", "exported {} people to {}").format(rows, args.export))
            return EXIT_OK
        listed = people.list_people(library, status=args.status)
    if args.json:
        print_json([person.as_json() for person in listed])
        return EXIT_OK
    roles = {
        "official": t("领导干部", "official"), "deputy": t("人大代表", "deputy"),
        "cppcc_member": t("政协委员", "CPPCC member"), "enterprise": t("企业", "enterprise"),
        "reporter": t("记者", "reporter"), "other": t("其他", "other"),
    }
    pending = t("（待确认）", " (suggested)")
    for person in listed:
        titles = "、".join(title.title for title in person.titles)
        mark = pending if person.status == "suggested" else ""
        print(f"{person.id:>6}  {person.name}{mark}  [{roles[person.role]}]  {titles}")
    print(t("共 {} 人", "{} people").format(len(listed)))
    return EXIT_OK


def _cmd_tag(args: argparse.Namespace) -> int:
    from composer.tagging.batch import tag_articles

    with open_library(args) as library:
        report = tag_articles(library, everything=args.all, progress=progress_bar(args))
    clear_progress(args)
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    print(t(
        "已标注 {} 篇文章：新建议人物 {}，讲话 {}，提及 {}，主题标签 {}",
        "tagged {} articles: {} people suggested, {} statements, {} mentions, {} theme tags",
    ).format(report.articles, report.people_suggested, report.statements, report.mentions, report.theme_tags))
    return EXIT_OK


def _cmd_excerpts(args: argparse.Namespace) -> int:
    from composer.tagging.review import parse_where
    from db.excerpts import list_excerpts

    selection = parse_where(args.where or "")
    for key in ("person", "kind", "status", "theme"):
        if getattr(args, key):
            setattr(selection, key, getattr(args, key))
    with open_library(args) as library:
        rows = list_excerpts(library, selection, limit=args.limit)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        speaker = f"{row['speaker']}{row['verb'] or ''}：" if row["kind"] == "statement" else ""
        text = row["text"] if len(row["text"]) <= 80 else row["text"][:79] + "…"
        themes = f"  [{'、'.join(row['themes'])}]" if row["themes"] else ""
        print(f"{row['id']:>7}  #{row['article_id']:<6} {row['kind']:<9} {speaker}{text}{themes}")
    print(t("共 {} 条", "{} excerpts").format(len(rows)))
    return EXIT_OK


def _cmd_themes(args: argparse.Namespace) -> int:
    from composer.tagging import themes

    with open_library(args) as library:
        if args.import_file:
            count = themes.import_file(library, args.import_file)
            if not args.json:
                print(t("已读入 {} 个主题", "read {} themes").format(count))
        if args.export:
            writer = themes.export_csv if args.export.suffix.lower() == ".csv" else themes.export_yaml
            count = writer(library, args.export)
            if not args.json:
                print(t("已导出 {} 个主题到 {}", "exported {} themes to {}").format(count, args.export))
            return EXIT_OK
        tree = themes.theme_tree(library, with_counts=True)
    if args.json:
        print_json([theme.as_json() for theme in tree])
        return EXIT_OK
    for root in tree:
        for depth, theme in _walk(root):
            counts = theme.as_json()
            summary = t("摘录 {} · 文章 {} · 已接受 {}", "{} excerpts · {} articles · {} accepted")
            print(f"{'    ' * depth}{theme.name}  "
                  + summary.format(counts["excerpts"], counts["articles"], counts["accepted"]))
    return EXIT_OK


def _walk(theme, depth: int = 0):  # noqa: ANN001, ANN202 - a tiny recursive helper
    yield depth, theme
    for child in theme.children:
        yield from _walk(child, depth + 1)


def _cmd_review(args: argparse.Namespace) -> int:
    from composer.tagging import review

    with open_library(args) as library:
        if args.action in ("accept", "reject", "themes"):
            selection = review.parse_where(args.where or "")
            if args.ids:
                selection.ids = args.ids
        if args.action == "accept":
            result = review.accept(library, selection)
        elif args.action == "reject":
            result = review.reject(library, selection)
        elif args.action == "themes":
            result = review.set_excerpt_themes(library, selection, **_theme_choices(args))
        elif args.action == "article-themes":
            result = review.set_article_themes(library, args.ids, **_theme_choices(args))
        elif args.action == "span":
            result = review.edit_span(library, args.id, args.start, args.end)
        else:
            result = review.set_speaker(library, args.id, args.name)
    if args.json:
        print_json(result.as_json())
    else:
        print(t("已修改 {} 处（可用 briefing undo 撤销）", "{} changed (briefing undo takes it back)").format(
            result.changed))
    return EXIT_OK


def _theme_choices(args: argparse.Namespace) -> dict:
    def names(value: str | None) -> list[str]:
        return [name.strip() for name in (value or "").replace("，", ",").split(",") if name.strip()]

    accept = None if args.accept is None else ([] if args.accept.strip() == "all" else names(args.accept))
    return {"add": names(args.add), "accept": accept, "reject": names(args.reject)}


def _cmd_undo(args: argparse.Namespace) -> int:
    return _step(args, undo=True)


def _cmd_redo(args: argparse.Namespace) -> int:
    return _step(args, undo=False)


def _step(args: argparse.Namespace, *, undo: bool) -> int:
    from composer.tagging import review

    with open_library(args) as library:
        group = review.undo(library) if undo else review.redo(library)
    if args.json:
        print_json(group.as_json() if group else None)
    elif group is None:
        print(t("没有可撤销的操作", "nothing to undo") if undo else t("没有可重做的操作", "nothing to redo"))
    else:
        done = t("已撤销", "undone") if undo else t("已重做", "redone")
        print(line(done, group.summary))
    return EXIT_OK


def _cmd_history(args: argparse.Namespace) -> int:
    from composer.tagging import review

    with open_library(args) as library:
        groups = review.recent_changes(library, args.limit)
    if args.json:
        print_json([group.as_json() for group in groups])
        return EXIT_OK
    undone = t("（已撤销）", " (undone)")
    for group in groups:
        print(f"{group.id:>6}  {group.at}  {group.summary}{undone if group.state == 'undone' else ''}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "people": _cmd_people,
    "tag": _cmd_tag,
    "excerpts": _cmd_excerpts,
    "themes": _cmd_themes,
    "review": _cmd_review,
    "undo": _cmd_undo,
    "redo": _cmd_redo,
    "history": _cmd_history,
}
