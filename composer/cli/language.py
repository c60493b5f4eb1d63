"""The command line in the user's language: which language, argparse's own words, values
typed in Chinese or English, times in local time.

The language is ``BRIEFING_LANG`` when set, else the one chosen in the app's settings
(so the command line speaks as the window does), else Chinese. argparse's own words
("usage:", "options:", its error messages) are looked up through ``gettext`` in argparse's
module; :func:`argparse_in_language` lets them go through our message catalogue while the
parser is built and parses, and puts argparse back afterwards (pytest itself uses argparse).
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypedDict

from composer.cli import messages_cli
from composer.common import messages

# -- which language ------------------------------------------------------------------------


def choose_language() -> None:
    """``BRIEFING_LANG``, else the app's setting ``ui/language``, else Chinese; and use it."""
    messages.set_language(os.environ.get("BRIEFING_LANG", "") or _setting() or "zh")


def _setting() -> str | None:
    """The app's QSettings value ``ui/language``, read without Qt (the CLI never loads Qt):
    the registry on Windows, an INI file elsewhere."""
    try:
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\BriefingComposer\BriefingComposer\ui") as key:
                return str(winreg.QueryValueEx(key, "language")[0])
        config = configparser.ConfigParser(interpolation=None)
        config.read(settings_file(), encoding="utf-8")
        return config.get("ui", "language", fallback=None)
    except (OSError, configparser.Error):
        return None  # no settings yet, or unreadable: the default language


def settings_file() -> Path:
    """Where Qt keeps the app's settings on Linux (and other non-Windows systems)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "BriefingComposer" / "BriefingComposer.conf"


# -- argparse's own words ----------------------------------------------------------------------


def _argparse_text(message: str | None) -> str | None:
    key = messages_cli.ARGPARSE_KEYS.get(message or "")
    return messages.text(key) if key else message


def _argparse_ntext(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural) or ""


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While inside, argparse's own texts come from the catalogue in the current language."""
    names = vars(argparse)  # argparse looks `_` and `ngettext` up in its globals at each use
    saved = {"_": names["_"], "ngettext": names["ngettext"]}
    names.update({"_": _argparse_text, "ngettext": _argparse_ntext})
    try:
        yield
    finally:
        names.update(saved)


class HelpFormatter(argparse.HelpFormatter):
    """Help texts are plain text from the catalogue: a ``%`` in them (``98%``) is a percent
    sign, not the start of argparse's ``%(default)s``."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return None if action.help is None else action.help.replace("%", "%%")


class Parser(argparse.ArgumentParser):
    """The parser of ``briefing`` and its sub-commands (argparse makes them of this class too)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


# -- fixed sets of values, typed in either language -------------------------------------------


class Choices:
    """The values an option takes (``statement``…), each also accepted under its Chinese
    names (``讲话``, ``发言``). Use as ``add_argument(**Choices(...).argument())``: ``type``
    turns a Chinese name into the value; argparse's list of choices shows both names."""

    def __init__(self, option: str, names: Mapping[str, Sequence[str]]) -> None:
        self.names = dict(names)
        self._values = {name: value for value, chinese in self.names.items() for name in (value, *chinese)}
        # How each value is listed, a text of the catalogue like any other: ``讲话/statement``
        # in Chinese (both names are accepted), ``statement`` in English.
        self._labels = {value: f"cli_choice_{option}_{value}" for value in self.names}
        messages_cli.register_choices(self._labels, self.names)

    def value(self, typed: str) -> str:
        """The value ``typed`` stands for (unchanged when it is none: argparse then says so)."""
        return self._values.get(typed.strip(), self._values.get(typed.strip().lower(), typed))

    def __contains__(self, value: object) -> bool:
        return value in self.names

    def __iter__(self) -> Iterator[str]:
        """What argparse lists: ``讲话/statement`` in Chinese, ``statement`` in English."""
        for value in self.names:
            yield messages.text(self._labels[value])

    def __len__(self) -> int:
        return len(self.names)

    def argument(self) -> ChoiceArgument:
        return {"type": self.value, "choices": self}


class ChoiceArgument(TypedDict):
    type: Callable[[str], str]
    choices: Choices


EXCERPT_KINDS = Choices("kind", {
    "statement": ("讲话", "发言"), "remark": ("言论",), "mention": ("提及",), "excerpt": ("摘录",)})
REVIEW_STATUSES = Choices("review_status", {
    "suggested": ("待审核", "建议"), "accepted": ("已接受", "接受"), "rejected": ("已拒绝", "拒绝")})
PERSON_STATUSES = Choices("person_status", {
    "confirmed": ("已确认", "确认"), "suggested": ("待确认", "建议"), "rejected": ("已拒绝", "拒绝")})
COMPOSE_STATUSES = Choices("compose_status", {
    "accepted": ("已接受", "接受"), "suggested": ("待审核", "建议"), "any": ("全部", "任意")})
SEARCH_ORDERS = Choices("order", {"newest": ("最新",), "relevance": ("相关度", "相关")})
GROUPINGS = Choices("group_by", {"theme": ("主题",), "person": ("人物",), "date": ("日期",)})
TEMPLATE_KINDS = Choices("template_kind", {"speech": ("讲话摘编",), "bulletin": ("简报",), "dossier": ("专题汇编",)})
CITATIONS = Choices("citation", {"press": ("报刊", "报刊版面"), "speech": ("讲话场合",)})
IMPORT_LAYOUTS = Choices("layout", {"auto": ("自动",), "page": ("版面",), "article": ("文章", "单篇")})


# ``--where`` conditions whose values are such a set: ``kind=发言`` means ``kind=statement``
_WHERE_VALUES = {"kind": EXCERPT_KINDS, "status": REVIEW_STATUSES}
_WHERE_CONDITION = re.compile(r"\b(kind|status)(\s*=\s*)([^\s,，;；]+)")


def where_in_english(conditions: str | None) -> str:
    """``--where`` with the values of kind and status in English, as the core reads them."""
    return _WHERE_CONDITION.sub(
        lambda found: found[1] + found[2] + _WHERE_VALUES[found[1]].value(found[3]), conditions or ""
    )


# -- times -----------------------------------------------------------------------------------


def local_time(stamp: str | None) -> str:
    """A UTC time the library stores (``2025-09-01T02:03:04Z``) as this computer's local
    time, ``2025-09-01 10:03:04`` in Beijing; text that is not such a time is kept."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
