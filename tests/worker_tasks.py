"""Tasks for worker processes in tests/test_import_robustness.py. A module of its own, small
and importable by reference, so that spawned workers load it quickly (a test module would
bring pytest and hypothesis into every worker)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

DIES = 13  # the task that kills its worker, as the system's out-of-memory killer would
HANGS = 7  # the task that never finishes on its own


def in_a_worker() -> bool:
    return multiprocessing.parent_process() is not None


def square(number: int) -> int:
    """``number`` squared; the task DIES kills its worker."""
    if number == DIES and in_a_worker():
        os.kill(os.getpid(), signal.SIGKILL)
    return number * number


def square_or_hang(number: int) -> int:
    """``number`` squared; the task HANGS sleeps for a minute."""
    if number == HANGS and in_a_worker():
        time.sleep(60)
    return number * number


def pid(number: int) -> int:
    """The process that ran the task (DIES kills a worker, never the process that started it)."""
    if number == DIES and in_a_worker():
        os.kill(os.getpid(), signal.SIGKILL)
    return os.getpid()


def slow(number: int) -> int:
    """A task that takes a while, to be cancelled in the middle."""
    time.sleep(30)
    return number
