"""How long and how much one imported file may take: the time budget of its reading and
splitting (with the user's cancel), and the limits set from the environment.

A file is given its budget with :func:`reading_budget`; readers, cleanup and the splitters
call :func:`check_budget` between pages, blocks and lines, so a hostile file (built to
hang a parser or the splitter) stops with ``file_timed_out`` and the import goes on with
the next file. Worker processes are also killed from outside when they overrun
(``composer/common/workers.py``), for a parser stuck inside one call.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from composer.common import messages_import as _messages_import  # noqa: F401 - registers the import texts
from composer.common.messages import BriefingError

# Every file's reading and splitting has a time budget (FILE_SECONDS_ENV overrides it): a
# 20 MB file of any shape takes well under a minute; more means a file built to hang the
# import, which then goes on with the next file. PDFs have a page limit (each page's layout
# is held while it is read).
FILE_SECONDS = 180.0
FILE_SECONDS_ENV = "BRIEFING_FILE_SECONDS"
MAX_PAGES = 1000
MAX_PAGES_ENV = "BRIEFING_MAX_PAGES"


def file_seconds() -> float:
    """The time budget for reading and splitting one file: ``BRIEFING_FILE_SECONDS`` if set
    and valid, else the default."""
    return positive_setting(FILE_SECONDS_ENV, 1e6) or FILE_SECONDS


def max_pages() -> int:
    """The most pages a PDF may have: ``BRIEFING_MAX_PAGES`` if set and valid, else the default."""
    return int(positive_setting(MAX_PAGES_ENV, 1e7)) or MAX_PAGES


def positive_setting(name: str, ceiling: float) -> float:
    """A positive number below ``ceiling`` from the environment, else 0 (also for nan, inf, junk)."""
    try:
        value = float(os.environ.get(name) or 0)
    except ValueError:
        return 0.0
    return value if 0 < value < ceiling else 0.0


# -- the time budget of one file ----------------------------------------------------------


@dataclass
class Budget:
    """How long one file may take to read and split, and whether the user cancelled.

    Set around a file with :func:`reading_budget`; readers, cleanup and the splitters call
    :func:`check_budget` between pages, blocks and lines. This is what stops a file read
    in the calling process (small batches, the app's worker thread); worker processes are
    also killed from outside when they overrun (``composer/common/workers.py``), for a
    parser stuck inside one call."""

    seconds: float | None
    cancelled: Callable[[], bool] | None = None
    started: float = field(default_factory=time.monotonic)
    calls: int = 0

    def check(self) -> None:
        self.calls += 1
        if self.calls % 64:  # a clock read per line costs more than the line's own work
            return
        self.check_now()

    def check_now(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BriefingError("import_cancelled_in_file")
        if self.seconds is not None and time.monotonic() - self.started > self.seconds:
            raise BriefingError("file_timed_out", seconds=f"{self.seconds:g}")


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("file_budget", default=None)


@contextlib.contextmanager
def reading_budget(seconds: float | None, cancelled: Callable[[], bool] | None = None) -> Iterator[Budget]:
    """Give the file read inside this block ``seconds`` (None: no limit), and stop it when
    ``cancelled()`` says so: :func:`check_budget` then raises ``file_timed_out`` or
    ``import_cancelled_in_file``."""
    budget = Budget(seconds, cancelled)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def check_budget() -> None:
    """Stop reading the current file if its time is up or the user cancelled (cheap:
    the clock is read every 64th call). Called between pages, blocks and lines."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.check()


def check_budget_now() -> None:
    """:func:`check_budget` reading the clock at once: between the big steps of a file."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.check_now()


def reading_page(number: int, total: int) -> None:
    """The PDF reader's hook, called before each page (``number`` from 1, of ``total``):
    a PDF of more than :func:`max_pages` pages is refused before its first page is
    read, and the file's time budget and the user's cancel are checked at every page."""
    limit = max_pages()
    if total > limit:
        raise BriefingError("pdf_too_many_pages", pages=total, limit=limit)
    check_budget_now()
