"""``briefing`` commands for templates, composing, listing and exporting briefings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from composer.cli.output import EXIT_OK, EXIT_USAGE, integer, open_library, output_flags, print_json, say_error, shown
from composer.common import messages


def add_commands(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser("templates", help=messages.text("help_templates"))
    actions = templates.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help=messages.text("help_templates_add"))
    add.add_argument("file", type=Path)
    add.add_argument("--name", help=messages.text("help_templates_name"))
    add.add_argument("--kind", choices=("speech", "bulletin", "dossier"), help=messages.text("help_templates_kind"))
    output_flags(add)
    output_flags(templates)
    _compose_command(commands)

    listing = commands.add_parser("briefings", help=messages.text("help_briefings"))
    output_flags(listing)

    export = commands.add_parser("export", help=messages.text("help_export"))
    export.add_argument("id", type=integer)
    export.add_argument("-o", "--output", type=Path, required=True)
    output_flags(export)


# the briefing's fields `compose` takes as options, and the help text of each
_FIELD_OPTIONS = (
    ("title", "help_compose_title"),
    ("subtitle", "help_compose_subtitle"),
    ("masthead", "help_compose_masthead"),
    ("unit", "help_compose_unit"),
    ("date", "help_compose_date"),
    ("send-to", "help_compose_send_to"),
    ("copy-to", "help_compose_copy_to"),
    ("printed-by", "help_compose_printed_by"),
    ("editor-note", "help_compose_editor_note"),
    ("classification", "help_compose_classification"),
    ("series", "help_compose_series"),
)


def _compose_command(commands: argparse._SubParsersAction) -> None:
    compose = commands.add_parser("compose", help=messages.text("help_compose"))
    compose.add_argument("--template", required=True, help=messages.text("help_compose_template"))
    compose.add_argument("--person", action="append", default=[], metavar="NAME",
                         help=messages.text("help_compose_person"))
    compose.add_argument("--theme", action="append", default=[], metavar="THEME",
                         help=messages.text("help_compose_theme"))
    compose.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD")
    compose.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD")
    compose.add_argument("--source", metavar="S")
    compose.add_argument("--status", choices=("accepted", "suggested", "any"), default="accepted",
                         help=messages.text("help_compose_status"))
    compose.add_argument("--group-by", choices=("theme", "person", "date"), default="theme")
    compose.add_argument("--unused", action="store_true", help=messages.text("help_compose_unused"))
    compose.add_argument("--reliable", action="store_true", help=messages.text("help_reliable"))
    compose.add_argument("--new-since-last", action="store_true", help=messages.text("help_compose_new_since_last"))
    compose.add_argument("--citation", choices=("press", "speech"), help=messages.text("help_compose_citation"))
    for name, help_key in _FIELD_OPTIONS:
        compose.add_argument(f"--{name}", help=messages.text(help_key))
    compose.add_argument("-o", "--output", type=Path, help=messages.text("help_compose_output"))
    output_flags(compose)


def _cmd_templates(args: argparse.Namespace) -> int:
    from composer.briefings import templates

    with open_library(args) as library:
        if args.action == "add":
            added = templates.add_template(library, args.file, name=args.name, kind=args.kind)
            if args.json:
                print_json(added.as_json())
            else:
                print(messages.text("cli_template_added", name=shown(added.name), kind=added.kind))
            return EXIT_OK
        found = templates.list_templates(library)
    if args.json:
        print_json([template.as_json() for template in found])
        return EXIT_OK
    for template in found:
        origin = messages.text("cli_template_shipped" if template.shipped else "cli_template_user")
        print(f"{shown(template.name)}  {template.kind}  {origin}")
    return EXIT_OK


def _cmd_compose(args: argparse.Namespace) -> int:
    from composer.briefings.drafts import DraftFields, DraftQuery, compose
    from composer.briefings.export import export_briefing, refuse_library_files
    from composer.common.dates import parse_iso_date

    for value in (args.from_date, args.to_date, args.date):
        if value and parse_iso_date(value) is None:
            say_error(messages.Message("cli_bad_date", value=value))
            return EXIT_USAGE
    query = DraftQuery(args.person, args.theme, args.from_date, args.to_date, args.source, args.status,
                       args.group_by, args.unused, args.new_since_last, args.reliable)
    fields = DraftFields(args.title, args.subtitle, args.masthead, args.unit, args.date, args.send_to, args.copy_to,
                         args.printed_by, args.editor_note, args.classification, args.series, args.citation)
    with open_library(args) as library:
        if args.output:  # before anything is saved
            refuse_library_files(library, args.output)
        briefing = compose(library, args.template, query, fields)
        if args.output:
            export_briefing(library, briefing.id or 0, args.output)
    items = sum(len(section.items) for section in briefing.sections)
    if args.json:
        print_json({"id": briefing.id, "title": briefing.title, "series": briefing.series,
                    "issue_no": briefing.issue_no, "sections": len(briefing.sections), "items": items,
                    "output": str(args.output) if args.output else None})
        return EXIT_OK
    print(messages.text("cli_briefing_saved", id=briefing.id, title=shown(briefing.title), issue=briefing.issue_no,
                        sections=len(briefing.sections), items=items))
    if args.output:
        print(messages.text("cli_exported", path=shown(args.output)))
    return EXIT_OK


def _cmd_briefings(args: argparse.Namespace) -> int:
    from db.briefings import list_briefings

    with open_library(args) as library:
        rows = list_briefings(library)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        issue = messages.text("cli_briefing_issue", issue=row["issue_no"]) if row["issue_no"] else ""
        series = shown(row["series"] or "")
        print(f"{row['id']:>5}  {shown(row['template'])}  {series}{issue}  {shown(row['title'])}  ({row['items']})")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from composer.briefings.export import export_briefing

    with open_library(args) as library:
        export_briefing(library, args.id, args.output)
    if args.json:
        print_json({"id": args.id, "output": str(args.output)})
    else:
        print(messages.text("cli_exported", path=shown(args.output)))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "templates": _cmd_templates,
    "compose": _cmd_compose,
    "briefings": _cmd_briefings,
    "export": _cmd_export,
}
