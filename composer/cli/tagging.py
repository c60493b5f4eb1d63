"""``briefing`` commands for people, tagging, themes, review and undo."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from composer.cli import interrupt, language, mistakes
from composer.cli.output import (
    EXIT_OK,
    clear_progress,
    integer,
    line,
    open_library,
    output_flags,
    print_json,
    progress_bar,
    shown,
)
from composer.common import messages

if TYPE_CHECKING:
    from composer.tagging.themes import Theme
    from db.excerpts import ExcerptFilter


def add_commands(commands: argparse._SubParsersAction) -> None:
    people = commands.add_parser("people", help=messages.text("help_people"))
    people.add_argument("--status", help=messages.text("help_people_status"), **language.PERSON_STATUSES.argument())
    people.add_argument("--export", metavar="CSV", type=Path, help=messages.text("help_people_export"))
    people.add_argument("--import", dest="import_csv", metavar="CSV", type=Path,
                        help=messages.text("help_people_import"))
    output_flags(people)

    tag = commands.add_parser("tag", help=messages.text("help_tag"))
    tag.add_argument("--all", action="store_true", help=messages.text("help_tag_all"))
    output_flags(tag)

    excerpts = commands.add_parser("excerpts", help=messages.text("help_excerpts"))
    excerpts.add_argument("--person", metavar="NAME", help=messages.text("help_excerpts_person"))
    excerpts.add_argument("--kind", help=messages.text("help_excerpts_kind"), **language.EXCERPT_KINDS.argument())
    excerpts.add_argument("--status", help=messages.text("help_excerpts_status"),
                          **language.REVIEW_STATUSES.argument())
    excerpts.add_argument("--theme", metavar="THEME", help=messages.text("help_excerpts_theme"))
    excerpts.add_argument("--where", metavar="CONDITIONS", help=messages.text("help_where"))
    excerpts.add_argument("--limit", type=integer, help=messages.text("help_excerpts_limit"))
    excerpts.add_argument("--reliable", action="store_true", help=messages.text("help_reliable"))
    output_flags(excerpts)
    _theme_and_review_commands(commands)


def _theme_and_review_commands(commands: argparse._SubParsersAction) -> None:
    themes = commands.add_parser("themes", help=messages.text("help_themes"))
    themes.add_argument("--export", metavar="FILE", type=Path, help=messages.text("help_themes_export"))
    themes.add_argument("--import", dest="import_file", metavar="FILE", type=Path,
                        help=messages.text("help_themes_import"))
    output_flags(themes)

    review = commands.add_parser("review", help=messages.text("help_review"))
    _review_actions(review.add_subparsers(dest="action", metavar="ACTION", required=True))

    for name, help_key in (("undo", "help_undo"), ("redo", "help_redo")):
        output_flags(commands.add_parser(name, help=messages.text(help_key)))
    history = commands.add_parser("history", help=messages.text("help_history"))
    history.add_argument("--limit", type=integer, default=20, help=messages.text("help_history_limit"))
    output_flags(history)


def _review_actions(actions: argparse._SubParsersAction) -> None:
    where_help = messages.text("help_where")
    for name, help_key in (("accept", "help_review_accept"), ("reject", "help_review_reject")):
        action = actions.add_parser(name, help=messages.text(help_key))
        action.add_argument("ids", nargs="*", type=integer, metavar="ID", help=messages.text("help_review_ids"))
        action.add_argument("--where", metavar="CONDITIONS", help=where_help)
        output_flags(action)
    for name, help_key in (("themes", "help_review_themes"), ("article-themes", "help_review_article_themes")):
        action = actions.add_parser(name, help=messages.text(help_key))
        ids_help = "help_review_ids" if name == "themes" else "help_review_article_ids"
        action.add_argument("ids", nargs="*", type=integer, metavar="ID", help=messages.text(ids_help))
        if name == "themes":
            action.add_argument("--where", metavar="CONDITIONS", help=where_help)
        action.add_argument("--add", metavar="T,…", help=messages.text("help_review_add"))
        action.add_argument("--accept", metavar="T,…|all", help=messages.text("help_review_accept_themes"))
        action.add_argument("--reject", metavar="T,…", help=messages.text("help_review_reject_themes"))
        output_flags(action)
    span = actions.add_parser("span", help=messages.text("help_review_span"))
    span.add_argument("id", type=integer, help=messages.text("help_review_span_id"))
    span.add_argument("start", type=integer, help=messages.text("help_review_span_start"))
    span.add_argument("end", type=integer, help=messages.text("help_review_span_end"))
    output_flags(span)
    speaker = actions.add_parser("speaker", help=messages.text("help_review_speaker"))
    speaker.add_argument("id", type=integer, help=messages.text("help_review_span_id"))
    speaker.add_argument("name", help=messages.text("help_review_speaker_name"))
    output_flags(speaker)


def _cmd_people(args: argparse.Namespace) -> int:
    from composer.people import directory as people

    with open_library(args) as library:
        if args.import_csv:
            rows = people.import_csv(library, args.import_csv)
            if not args.json:
                print(messages.text("cli_people_read", count=rows))
        if args.export:
            rows = people.export_csv(library, args.export)
            if not args.json:
                print(messages.text("cli_people_exported", count=rows, path=shown(args.export)))
            return EXIT_OK
        listed = people.list_people(library, status=args.status)
    if args.json:
        print_json([person.as_json() for person in listed])
        return EXIT_OK
    pending = messages.text("cli_person_suggested")
    for person in listed:
        titles = "、".join(title.title for title in person.titles)
        mark = pending if person.status == "suggested" else ""
        print(f"{person.id:>6}  {person.name}{mark}  [{messages.text(_ROLES[person.role])}]  {titles}")
    print(messages.text("cli_people_total", count=len(listed)))
    return EXIT_OK


# a person's role → the label `briefing people` shows
_ROLES = {
    "official": "cli_role_official",
    "deputy": "cli_role_deputy",
    "cppcc_member": "cli_role_cppcc_member",
    "enterprise": "cli_role_enterprise",
    "reporter": "cli_role_reporter",
    "other": "cli_role_other",
}


def _cmd_tag(args: argparse.Namespace) -> int:
    from composer.tagging.batch import tag_articles

    with open_library(args) as library, interrupt.stoppable():
        report = tag_articles(library, everything=args.all, progress=progress_bar(args),
                              cancelled=interrupt.requested)
    clear_progress(args)
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    print(messages.text("cli_tagged", articles=report.articles, people=report.people_suggested,
                        statements=report.statements, remarks=report.remarks, mentions=report.mentions,
                        themes=report.theme_tags))
    return EXIT_OK


def _cmd_excerpts(args: argparse.Namespace) -> int:
    from composer.tagging.review import parse_where
    from db.excerpts import list_excerpts

    selection = parse_where(language.where_in_english(args.where))
    for key in ("person", "kind", "status", "theme"):
        if getattr(args, key):
            setattr(selection, key, getattr(args, key))
    with open_library(args) as library:
        mistakes.check_people(library, [selection.person])
        if args.reliable:
            from composer.tagging.statement_learning import reliable_from

            selection.min_confidence = reliable_from(library)
        rows = list_excerpts(library, selection, limit=args.limit)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        speaker = f"{row['speaker']}{row['verb'] or ''}：" if row["kind"] == "statement" else ""
        text = row["text"] if len(row["text"]) <= 80 else row["text"][:79] + "…"
        themes = f"  [{'、'.join(row['themes'])}]" if row["themes"] else ""
        print(f"{row['id']:>7}  #{row['article_id']:<6} {row['kind']:<9} {speaker}{text}{themes}")
    print(messages.text("cli_excerpts_total", count=len(rows)))
    return EXIT_OK


def _cmd_themes(args: argparse.Namespace) -> int:
    from composer.tagging import themes

    with open_library(args) as library:
        if args.import_file:
            count = themes.import_file(library, args.import_file)
            if not args.json:
                print(messages.text("cli_themes_read", count=count))
        if args.export:
            writer = themes.export_csv if args.export.suffix.lower() == ".csv" else themes.export_yaml
            count = writer(library, args.export)
            if not args.json:
                print(messages.text("cli_themes_exported", count=count, path=shown(args.export)))
            return EXIT_OK
        tree = themes.theme_tree(library, with_counts=True)
    if args.json:
        print_json([theme.as_json() for theme in tree])
        return EXIT_OK
    for root in tree:
        for depth, theme in _walk(root):
            counts = theme.as_json()
            summary = messages.text("cli_theme_counts", excerpts=counts["excerpts"], articles=counts["articles"],
                                    accepted=counts["accepted"])
            print(f"{'    ' * depth}{shown(theme.name)}  {summary}")
    return EXIT_OK


def _walk(theme: Theme, depth: int = 0) -> Iterator[tuple[int, Theme]]:
    yield depth, theme
    for child in theme.children:
        yield from _walk(child, depth + 1)


def _cmd_review(args: argparse.Namespace) -> int:
    from composer.tagging import review

    with open_library(args) as library:
        if args.action in ("accept", "reject", "themes"):
            selection = _selection(args)
            mistakes.check_people(library, [selection.person])
            mistakes.check_excerpts(library, selection.ids)
        if args.action == "accept":
            result = review.accept(library, _selection(args))
        elif args.action == "reject":
            result = review.reject(library, _selection(args))
        elif args.action == "themes":
            result = review.set_excerpt_themes(library, _selection(args), **_theme_choices(args))
        elif args.action == "article-themes":
            result = review.set_article_themes(library, args.ids, **_theme_choices(args))
        elif args.action == "span":
            result = review.edit_span(library, args.id, args.start, args.end)
        else:
            result = review.set_speaker(library, args.id, args.name)
    if args.json:
        print_json(result.as_json())
    else:
        print(messages.text("cli_review_changed", count=result.changed))
    return EXIT_OK


def _selection(args: argparse.Namespace) -> ExcerptFilter:
    """The excerpts ``--where`` and the ids select."""
    from composer.tagging import review

    selection = review.parse_where(language.where_in_english(args.where))
    if args.ids:
        selection.ids = args.ids
    return selection


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
        print(messages.text("cli_nothing_to_undo" if undo else "cli_nothing_to_redo"))
    else:
        print(line(messages.text("cli_undone" if undo else "cli_redone"), group.summary))
    return EXIT_OK


def _cmd_history(args: argparse.Namespace) -> int:
    from composer.tagging import review

    with open_library(args) as library:
        groups = review.recent_changes(library, args.limit)
    if args.json:
        print_json([group.as_json() for group in groups])
        return EXIT_OK
    undone = messages.text("cli_history_undone")
    for group in groups:
        mark = undone if group.state == "undone" else ""
        print(f"{group.id:>6}  {language.local_time(group.at)}  {group.summary}{mark}")
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
