"""Worker processes for CPU-bound batch work (preparing files, tagging articles).

One helper, ``ordered_map``: tasks go to a pool of processes — spawned, never forked
(forking a Qt process is unsafe) — and results come back in task order, with a bounded
read-ahead so memory stays flat however long the batch. A worker ends itself when the
process that started it dies (killed, crashed), instead of lingering as an orphan. If a
worker dies mid-task (a parser crashed the process, memory ran out), that task is run
again in this process, so each failure is reported where it happened.

Stopping early is the caller's business: leave the loop (or close the generator) and
the queued tasks are cancelled and the pool shut down.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


def default_workers() -> int:
    """One worker process per CPU, at most four (measured on 2 cores: one worker leaves
    the calling process waiting, three add nothing)."""
    return max(1, min(os.cpu_count() or 1, 4))


def ordered_map(
    function: Callable[[Task], Result], tasks: Iterable[Task], workers: int, *, read_ahead: int = 8
) -> Iterator[Result]:
    """``map(function, tasks)`` over ``workers`` processes (in this process when 0).
    ``function`` must be a module-level function and tasks picklable."""
    if workers < 1:
        yield from map(function, tasks)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        window = workers * read_ahead
        pending: list[tuple[Task, Future[Result]]] = []
        try:
            for task in tasks:
                try:
                    pending.append((task, pool.submit(function, task)))
                except BrokenProcessPool:  # a worker died: finish the batch here
                    pending.append((task, _failed_future()))
                if len(pending) >= window:
                    yield _result(function, *pending.pop(0))
            while pending:
                yield _result(function, *pending.pop(0))
        finally:
            for _, future in pending:
                future.cancel()


def _failed_future() -> Future:
    future: Future = Future()
    future.set_exception(BrokenProcessPool("worker process died"))
    return future


def _result(function: Callable[[Task], Result], task: Task, future: Future[Result]) -> Result:
    try:
        return future.result()
    except BrokenProcessPool:
        return function(task)


def _exit_with_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
