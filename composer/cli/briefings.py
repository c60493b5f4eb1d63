"""``briefing`` commands for templates, composing, listing and exporting briefings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from composer.cli import language, mistakes
from composer.cli.output import EXIT_OK, EXIT_USAGE, integer, open_library, output_flags, print_json, say_error, shown
from composer.common import messages

if TYPE_CHECKING:
    from composer.briefings.export import ExportOptions
    from db.briefings import BriefingRow
    from db.library import Library


def add_commands(commands: argparse._SubParsersAction) -> None:
    templates = commands.add_parser("templates", help=messages.text("help_templates"))
    actions = templates.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help=messages.text("help_templates_add"))
    add.add_argument("file", type=Path, help=messages.text("help_templates_file"))
    add.add_argument("--name", help=messages.text("help_templates_name"))
    add.add_argument("--kind", help=messages.text("help_templates_kind"), **language.TEMPLATE_KINDS.argument())
    output_flags(add)
    output_flags(templates)
    _compose_command(commands)

    listing = commands.add_parser("briefings", help=messages.text("help_briefings"))
    output_flags(listing)

    export = commands.add_parser("export", help=messages.text("help_export"))
    export.add_argument("id", type=integer, help=messages.text("help_export_id"))
    export.add_argument("-o", "--output", type=Path, required=True, help=messages.text("help_export_output"))
    export.add_argument("--series", dest="export_series", help=messages.text("help_export_series"))
    _issue_options(export)
    output_flags(export)


def _issue_options(command: argparse.ArgumentParser) -> None:
    """期号, print run and layout: what an export fixes and how it lays the pages out."""
    command.add_argument("--issue", type=integer, metavar="N", help=messages.text("help_compose_issue"))
    command.add_argument("--copies", type=integer, metavar="N", help=messages.text("help_compose_copies"))
    command.add_argument("--no-layout", action="store_true", help=messages.text("help_no_layout"))


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
    compose.add_argument(
        "--person", action="append", default=[], metavar="NAME", help=messages.text("help_compose_person")
    )
    compose.add_argument(
        "--theme", action="append", default=[], metavar="THEME", help=messages.text("help_compose_theme")
    )
    compose.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD", help=messages.text("help_compose_from"))
    compose.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD", help=messages.text("help_compose_to"))
    compose.add_argument("--source", metavar="S", help=messages.text("help_compose_source"))
    compose.add_argument(
        "--status", default="accepted", help=messages.text("help_compose_status"),
        **language.COMPOSE_STATUSES.argument(),
    )
    compose.add_argument(
        "--group-by", default="theme", help=messages.text("help_compose_group_by"), **language.GROUPINGS.argument()
    )
    compose.add_argument("--unused", action="store_true", help=messages.text("help_compose_unused"))
    compose.add_argument("--reliable", action="store_true", help=messages.text("help_reliable"))
    compose.add_argument("--new-since-last", action="store_true", help=messages.text("help_compose_new_since_last"))
    compose.add_argument("--citation", help=messages.text("help_compose_citation"), **language.CITATIONS.argument())
    for name, help_key in _FIELD_OPTIONS:
        compose.add_argument(f"--{name}", help=messages.text(help_key))
    compose.add_argument("-o", "--output", type=Path, help=messages.text("help_compose_output"))
    _issue_options(compose)
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
    from composer.briefings.drafts import DraftFields, DraftQuery, compose, draft
    from composer.briefings.export import refuse_library_files
    from composer.briefings.issue_numbers import default_series
    from composer.briefings.templates import template_kind
    from composer.briefings.titles import title_for
    from composer.common.dates import parse_iso_date

    for name in ("from_date", "to_date", "date"):
        value = getattr(args, name)
        if value and parse_iso_date(value) is None:
            say_error(messages.Message("cli_bad_date", value=value))
            return EXIT_USAGE
        setattr(args, name, parse_iso_date(value) if value else None)  # 2025/9/1 → 2025-09-01
    if not _positive(args):
        return EXIT_USAGE
    query = DraftQuery(
        persons=args.person,
        themes=args.theme,
        from_date=args.from_date,
        to_date=args.to_date,
        source=args.source,
        status=args.status,
        group_by=args.group_by,
        unused=args.unused,
        new_since_last=args.new_since_last,
        reliable=args.reliable,
    )
    fields = DraftFields(
        args.title,
        args.subtitle,
        args.masthead,
        args.unit,
        args.date,
        args.send_to,
        args.copy_to,
        args.printed_by,
        args.editor_note,
        args.classification,
        args.series,
        args.citation,
    )
    with open_library(args) as library:
        mistakes.check_people(library, args.person)
        if args.output:  # before anything is saved
            refuse_library_files(library, args.output)
        kind = template_kind(library, args.template)
        fields.series = fields.series or default_series(kind, args.template, args.person)
        if not fields.title:  # named after what the draft holds, not after every theme asked for
            sections = draft(library, args.template, query, fields).sections
            fields.title = title_for(library, kind, args.person, args.theme, sections)
        briefing = compose(library, args.template, query, fields)
        done = _export_or_keep(library, args, briefing, kind)
    items = sum(len(section.items) for section in briefing.sections)
    if args.json:
        print_json(
            {
                "id": briefing.id,
                "title": briefing.title,
                "series": done["series"],
                "issue_no": done["issue_no"],
                "sections": len(briefing.sections),
                "items": items,
                "output": str(args.output) if args.output else None,
                "warnings": done["warnings"],
            }
        )
        return EXIT_OK
    print(
        messages.text(
            "cli_briefing_saved",
            id=briefing.id,
            title=shown(briefing.title),
            issue=done["issue_no"],
            sections=len(briefing.sections),
            items=items,
        )
    )
    _say_done(args, done)
    return EXIT_OK


def _positive(args: argparse.Namespace) -> bool:
    """``--issue`` from 1, ``--copies`` from 0 (0 clears the print run)."""
    bad = next((value for value, low in ((args.issue, 1), (args.copies, 0)) if value is not None and value < low), None)
    if bad is not None:
        say_error(messages.Message("issue_not_positive", value=bad))
    return bad is None


def _export_or_keep(library: Library, args: argparse.Namespace, briefing: BriefingRow, kind: str) -> dict:
    """Export a composed briefing (``-o``), or keep the number and print run the user
    chose for its export; what was printed, or would be, and the warnings."""
    from composer.briefings.export import export_with_report, unplaced_fields
    from composer.briefings.issue_numbers import plan_issue, record_issue
    from composer.briefings.templates import template_data

    if args.output:
        result = export_with_report(library, briefing.id or 0, args.output, _options(args))
        return {
            "series": result.series,
            "issue_no": result.issue_no,
            "provisional": False,
            "warnings": [str(w) for w in result.warnings],
        }
    if args.issue is not None or args.copies is not None:
        with library.write():
            record_issue(
                library,
                briefing,
                plan_issue(library, briefing, kind, issue_no=args.issue, copies=args.copies, exporting=False),
            )
    planned = plan_issue(library, briefing, kind)  # what an export would print now
    warnings = unplaced_fields(
        template_data(library, briefing.template), briefing, briefing.template, chosen_issue=args.issue
    )
    return {
        "series": planned.series,
        "issue_no": planned.issue_no,
        "provisional": args.issue is None,
        "warnings": [str(w) for w in warnings],
    }


def _options(args: argparse.Namespace) -> ExportOptions:
    from composer.briefings.export import ExportOptions

    return ExportOptions(
        issue_no=args.issue, series=getattr(args, "export_series", None), copies=args.copies, layout=not args.no_layout
    )


def _say_done(args: argparse.Namespace, done: dict) -> None:
    for warning in done["warnings"]:
        print(shown(messages.text("cli_warning", message=warning)), file=sys.stderr)
    if args.output:
        path = shown(args.output)
        if done["issue_no"]:
            print(
                messages.text(
                    "cli_exported_issue", path=path, series=shown(done["series"] or ""), issue=done["issue_no"]
                )
            )
        else:
            print(messages.text("cli_exported", path=path))
    elif done["provisional"] and done["issue_no"]:
        print(messages.text("cli_issue_provisional", issue=done["issue_no"]))


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
    from composer.briefings.export import export_with_report

    if not _positive(args):
        return EXIT_USAGE
    with open_library(args) as library:
        result = export_with_report(library, args.id, args.output, _options(args))
    if args.json:
        print_json(result.as_json(args.id))
        return EXIT_OK
    _say_done(
        args,
        {
            "series": result.series,
            "issue_no": result.issue_no,
            "provisional": False,
            "warnings": [str(w) for w in result.warnings],
        },
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "templates": _cmd_templates,
    "compose": _cmd_compose,
    "briefings": _cmd_briefings,
    "export": _cmd_export,
}
