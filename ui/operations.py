"""The one way long work leaves the GUI thread: an Operation on the worker thread.

Like Anki's ``CollectionOp``: the GUI builds an operation from a plain core function,
the function runs on a single background thread with its own library connection, and
its progress, result or error come back to the GUI thread as Qt signals. Work never
touches widgets; the GUI never waits for work. Cancelling sets a flag the core function
polls between units of work (files, articles), so it stops at a consistent point.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from composer.common.messages import BriefingError


@dataclass
class OperationContext:
    """Handed to the work function: report progress, ask whether to stop."""

    _operation: Operation

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._operation.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._operation.cancel_requested.is_set()


class Operation(QObject):
    """Signals arrive on the thread that created the operation (the GUI thread)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # message for the user, details to copy
    done = Signal()

    def __init__(self, title: str, work: Callable[[OperationContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.work = work
        self.cancel_requested = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self.cancel_requested.set()

    def start(self) -> None:
        self.running = True
        _pool().start(_Task(self))

    def _run(self) -> None:
        try:
            result = self.work(OperationContext(self))
        except BriefingError as error:
            self.failed.emit(str(error), traceback.format_exc())
        except Exception as error:  # shown to the user with details, never swallowed
            self.failed.emit(repr(error), traceback.format_exc())
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.done.emit()


class _Task(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation
        self.setAutoDelete(True)

    def run(self) -> None:
        self.operation._run()


_worker_pool: QThreadPool | None = None


def _pool() -> QThreadPool:
    """One worker thread: operations run one after another, like Anki's."""
    global _worker_pool
    if _worker_pool is None:
        _worker_pool = QThreadPool()
        _worker_pool.setMaxThreadCount(1)
    return _worker_pool


def wait_for_all(milliseconds: int = 30_000) -> bool:
    """Block until queued operations finish (tests and shutdown only)."""
    return _pool().waitForDone(milliseconds)
