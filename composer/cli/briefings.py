"""``briefing`` commands for templates, composing, listing and exporting briefings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from composer.cli.output import EXIT_OK, EXIT_USAGE, open_library, output_flags, print_json, say_error, t


def add_commands(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser("templates", help=t("简报模板：列出或添加", "briefing templates: list or add"))
    actions = templates.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help=t("添加自己的 .docx 模板（先检查）", "add a .docx template (checked first)"))
    add.add_argument("file", type=Path)
    add.add_argument("--name", help=t("模板名称（默认：文件名）", "template name (default: the file name)"))
    add.add_argument("--kind", choices=("speech", "bulletin", "dossier"),
                     help=t("类别：speech 讲话摘编、bulletin 简报、dossier 专题汇编", "speech, bulletin or dossier"))
    output_flags(add)
    output_flags(templates)

    compose = commands.add_parser("compose", help=t("按条件自动编排简报并导出 .docx",
                                                    "draft a briefing from a query and export it"))
    compose.add_argument("--template", required=True, help=t("模板：讲话摘编、简报、专题汇编或自己的", "template name"))
    compose.add_argument("--person", action="append", default=[], metavar="NAME",
                         help=t("讲话人（可多次）", "speaker (repeatable)"))
    compose.add_argument("--theme", action="append", default=[], metavar="THEME", help=t("主题（可多次）", "theme"))
    compose.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD")
    compose.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD")
    compose.add_argument("--source", metavar="S")
    compose.add_argument("--status", choices=("accepted", "suggested", "any"), default="accepted",
                         help=t("摘录状态（默认 accepted 已接受）", "excerpt status (default accepted)"))
    compose.add_argument("--group-by", choices=("theme", "person", "date"), default="theme")
    compose.add_argument("--unused", action="store_true", help=t("只用尚未用过的摘录", "only excerpts not used yet"))
    compose.add_argument("--new-since-last", action="store_true",
                         help=t("只用上一期以来的新摘录", "only excerpts new since the series' last issue"))
    compose.add_argument("--citation", choices=("press", "speech"),
                         help=t("出处格式：press 报刊版面、speech 讲话场合", "source lines: press or speech"))
    for name, zh, en in (("title", "标题", "title"), ("subtitle", "副标题", "subtitle"),
                         ("masthead", "报头名称（简报）", "masthead (bulletin)"), ("unit", "编印单位", "issuing unit"),
                         ("date", "日期 YYYY-MM-DD", "date YYYY-MM-DD"), ("send-to", "报送", "sent to"),
                         ("copy-to", "抄送", "copied to"), ("printed-by", "印发", "printed by"),
                         ("editor-note", "按语/编辑说明", "editor's note"),
                         ("classification", "密级或“内部资料”", "classification"),
                         ("series", "系列（期号按系列递增）", "series (issue numbers count per series)")):
        compose.add_argument(f"--{name}", help=t(zh, en))
    compose.add_argument("-o", "--output", type=Path, help=t("导出的 .docx 文件", "the .docx to write"))
    output_flags(compose)

    listing = commands.add_parser("briefings", help=t("列出已编排的简报", "list saved briefings"))
    output_flags(listing)

    export = commands.add_parser("export", help=t("把已保存的简报导出为 .docx", "export a saved briefing"))
    export.add_argument("id", type=int)
    export.add_argument("-o", "--output", type=Path, required=True)
    output_flags(export)


def _cmd_templates(args: argparse.Namespace) -> int:
    from composer.briefings import templates

    with open_library(args) as library:
        if args.action == "add":
            added = templates.add_template(library, args.file, name=args.name, kind=args.kind)
            if args.json:
                print_json(added.as_json())
            else:
                print(t("已添加模板“{}”（{}）", "added template '{}' ({})").format(added.name, added.kind))
            return EXIT_OK
        found = templates.list_templates(library)
    if args.json:
        print_json([template.as_json() for template in found])
        return EXIT_OK
    for template in found:
        origin = t("随程序提供", "shipped") if template.shipped else t("自己添加", "user")
        print(f"{template.name}  {template.kind}  {origin}")
    return EXIT_OK


def _cmd_compose(args: argparse.Namespace) -> int:
    from composer.briefings.drafts import DraftFields, DraftQuery, compose
    from composer.briefings.export import export_briefing
    from composer.common.dates import parse_iso_date

    for value in (args.from_date, args.to_date, args.date):
        if value and parse_iso_date(value) is None:
            say_error(t(f"日期“{value}”不对，应为 YYYY-MM-DD", f"bad date '{value}': use YYYY-MM-DD"))
            return EXIT_USAGE
    query = DraftQuery(args.person, args.theme, args.from_date, args.to_date, args.source, args.status,
                       args.group_by, args.unused, args.new_since_last)
    fields = DraftFields(args.title, args.subtitle, args.masthead, args.unit, args.date, args.send_to, args.copy_to,
                         args.printed_by, args.editor_note, args.classification, args.series, args.citation)
    with open_library(args) as library:
        briefing = compose(library, args.template, query, fields)
        if args.output:
            export_briefing(library, briefing.id or 0, args.output)
    items = sum(len(section.items) for section in briefing.sections)
    if args.json:
        print_json({"id": briefing.id, "title": briefing.title, "series": briefing.series,
                    "issue_no": briefing.issue_no, "sections": len(briefing.sections), "items": items,
                    "output": str(args.output) if args.output else None})
        return EXIT_OK
    saved = t("已保存简报 {}《{}》第{}期：{} 个部分，{} 条", "saved briefing {} '{}' no. {}: {} sections, {} items")
    print(saved.format(briefing.id, briefing.title, briefing.issue_no, len(briefing.sections), items))
    if args.output:
        print(t("已导出：{}", "exported: {}").format(args.output))
    return EXIT_OK


def _cmd_briefings(args: argparse.Namespace) -> int:
    from db.briefings import list_briefings

    with open_library(args) as library:
        rows = list_briefings(library)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        issue = f"第{row['issue_no']}期" if row["issue_no"] else ""
        print(f"{row['id']:>5}  {row['template']}  {row['series'] or ''}{issue}  {row['title']}  ({row['items']})")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from composer.briefings.export import export_briefing

    with open_library(args) as library:
        export_briefing(library, args.id, args.output)
    if args.json:
        print_json({"id": args.id, "output": str(args.output)})
    else:
        print(t("已导出：{}", "exported: {}").format(args.output))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "templates": _cmd_templates,
    "compose": _cmd_compose,
    "briefings": _cmd_briefings,
    "export": _cmd_export,
}
