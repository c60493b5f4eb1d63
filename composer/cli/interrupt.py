"""Ctrl+C in a long command: stop within a second, keep what is done, no traceback.

The first Ctrl+C asks a command that can stop between steps (``import``, ``demo``, ``tag``:
they poll :func:`requested`) to stop there, so what it finished is committed and reported;
should it not have stopped within ``GRACE_SECONDS`` (a step still running), or at a second
Ctrl+C, or in any other command, KeyboardInterrupt is raised at once: the open transaction
rolls back, earlier ones stay. :func:`main` turns either into ``已中断…`` and exit 130.
"""

from __future__ import annotations

import _thread
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl+C
GRACE_SECONDS = 0.7  # a step may finish in this time; the whole stop stays under a second

_requested = threading.Event()
_cooperating = threading.Event()
_timers: list[threading.Timer] = []


def requested() -> bool:
    """Whether Ctrl+C was pressed (a ``cancelled`` callback for the core's batch work)."""
    return _requested.is_set()


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    if _cooperating.is_set() and not _requested.is_set():
        _requested.set()
        timer = threading.Timer(GRACE_SECONDS, _thread.interrupt_main)  # comes back here, then raises
        timer.daemon = True
        _timers.append(timer)
        timer.start()
        return
    _requested.set()
    raise KeyboardInterrupt


@contextmanager
def watched() -> Iterator[None]:
    """While inside, Ctrl+C goes through :func:`_on_interrupt` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _requested.clear()
    previous = signal.signal(signal.SIGINT, _on_interrupt)
    try:
        yield
    finally:
        for timer in _timers:  # the command stopped in time: no late KeyboardInterrupt
            timer.cancel()
        _timers.clear()
        signal.signal(signal.SIGINT, previous)


@contextmanager
def stoppable() -> Iterator[None]:
    """A command that polls :func:`requested` between its steps."""
    _cooperating.set()
    try:
        yield
    finally:
        _cooperating.clear()


def leave(code: int) -> None:
    """End the process with ``code``. After Ctrl+C it ends at once, without Python's exit
    handlers: a helper process the interrupt stopped (the search indexer) may have left
    multiprocessing waiting forever to hand it data. The library is closed by then."""
    if code == EXIT_INTERRUPTED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def _leave_ctrl_c_to_the_parent() -> None:
    """In a worker process of ``briefing`` (file reading, tagging, the search indexer),
    ignore Ctrl+C. A terminal sends it to every process of the command; a worker would die
    with a traceback of its own on the user's screen. The command itself decides: it stops
    the workers, which also end by themselves when it is gone. A spawned worker imports
    the command's main module (this one, through ``composer.cli.main``) while it is being
    prepared, under its own process name — the earliest point our code runs there."""
    import multiprocessing

    if multiprocessing.parent_process() is not None or multiprocessing.current_process().name != "MainProcess":
        signal.signal(signal.SIGINT, signal.SIG_IGN)


_leave_ctrl_c_to_the_parent()
