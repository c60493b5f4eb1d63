"""The one doorway between the core and the app: every core call the app makes that may
write goes through the ``OperationRunner``, and every write is announced as one
``library_changed(changes, source)`` signal that each page updates itself from.

Like Anki's ``CollectionOp`` and ``OpChanges``. Two paths, one doorway:

* ``run`` — long work (import, tagging, search, export, backup) on the single worker
  thread. The runner opens the worker's own library connection (and closes it), connects
  every callback before the work starts, shows a progress dialog with cancel when the
  work takes more than 300 ms, always shows an error with its details (the traceback) to
  copy, and announces what the work wrote, taken from that connection.
* ``apply`` — a short write that must feel instant on a keypress (A/R in the review
  queue, a new excerpt, a theme or person edit, undo and redo): it runs at once on the
  GUI thread's library, errors go to the same dialog, and what it wrote is announced the
  same way. Undo runs here too, so it is applied in order with the keypresses around it.

What changed comes from the library itself (``Library.take_changes()``: the tables the
undo history logged or a ``db/`` write function noted), turned into ``Changes``.
Work never touches widgets; the GUI never waits for work. Cancelling sets a flag the
core function polls between units of work (files, articles), so it stops at a
consistent point.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from composer.common.changes import Changes
from composer.common.messages import BriefingError
from db.library import Library, open_library

T = TypeVar("T")
Work = Callable[[Library, "OperationContext"], Any]
SHOW_PROGRESS_AFTER_MS = 300  # quick work never flashes a dialog


@dataclass
class OperationContext:
    """Handed to the work function: report progress, ask whether to stop."""

    _operation: Operation

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._operation.signals.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._operation.cancel_requested.is_set()


class _Signals(QObject):
    """Created on the GUI thread, so what is connected to them runs there."""

    progressed = Signal(int, int, str)
    done = Signal()  # the last: ``result`` or ``error``, and ``changes``, are set


class Operation:
    """One piece of work for the worker thread: what it is and, once done, how it went.
    A plain object (its Qt signals apart), so it stays readable after it is done."""

    def __init__(self, title: str, work: Work, library_path: Path) -> None:
        self.title = title
        self.work = work
        self.library_path = library_path
        self.signals = _Signals()
        self.cancel_requested = threading.Event()
        self.running = False
        self.result: Any = None
        self.error: tuple[str, str] | None = None  # (message for the user, details to copy)
        self.changes = Changes()

    def cancel(self) -> None:
        self.cancel_requested.set()

    def start(self) -> None:
        self.running = True
        _pool().start(_Task(self))

    def _run(self) -> None:
        """On the worker thread: its own connection, opened and closed here."""
        try:
            with open_library(self.library_path) as library:
                try:
                    self.result = self.work(library, OperationContext(self))
                finally:  # a failed or cancelled import may have stored some files: announce them too
                    self.changes = Changes.from_tables(library.take_changes())
        except Exception as error:  # shown to the user with details, never swallowed
            self.error = error_text(error)
        finally:
            self.running = False
            self.signals.done.emit()


def error_text(error: Exception) -> tuple[str, str]:
    """What the user reads (our own messages as they are) and the details to copy."""
    message = str(error) if isinstance(error, BriefingError) else repr(error)
    return message, traceback.format_exc()


class OperationRunner(QObject):
    """Owned by the main window; every page gets it. See the module's docstring."""

    library_changed = Signal(object, object)  # (Changes, source: the page or window that wrote, or None)
    finished = Signal(object)  # the Operation, done, after its callbacks ran (tests wait for it)

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.window = window

    # -- long work on the worker thread -----------------------------------------------------
    def run(self, title: str, work: Work, *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[str], None] | None = None, source: object = None, progress: bool = True,
            cancellable: bool = True) -> Operation:
        """Run ``work(library, context)`` on the worker thread with a connection of its own.
        After it: what it wrote is announced, then ``on_success(result)`` — or the error
        dialog and ``on_failure(message)`` — then ``finished``."""
        operation = Operation(title, work, self.library.path)
        dialog = self._progress_dialog(operation, cancellable) if progress else None
        operation.signals.done.connect(lambda: self._done(operation, on_success, on_failure, source, dialog))
        operation.start()  # last: every callback is connected, however fast the work is
        return operation

    def _done(self, operation: Operation, on_success: Callable[[Any], None] | None,
              on_failure: Callable[[str], None] | None, source: object, dialog: QProgressDialog | None) -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        self.announce(operation.changes, source)
        if operation.error is not None:
            self.show_error(*operation.error)
            if on_failure is not None:
                on_failure(operation.error[0])
        elif on_success is not None:
            on_success(operation.result)
        operation.signals.deleteLater()  # and with them the connections that hold the operation
        self.finished.emit(operation)

    def _progress_dialog(self, operation: Operation, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(operation.title + "…", self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(operation.title)  # else the window system shows the app's technical name
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.canceled.connect(operation.cancel)
        operation.signals.progressed.connect(lambda done, total, name: self._progress(dialog, operation.title, done,
                                                                                      total, name))
        return dialog

    def _progress(self, dialog: QProgressDialog, title: str, done: int, total: int, name: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        label = self.tr("%1: %2 of %3").replace("%1", title).replace("%2", str(done)).replace("%3", str(total))
        dialog.setLabelText(label + (f"\n{Path(name).name}" if name else ""))

    # -- short writes on the GUI thread -------------------------------------------------------
    def apply(self, action: Callable[[Library], T], *, source: object = None) -> T | None:
        """Run ``action(library)`` at once on the GUI thread's library and announce what it
        wrote. Returns its result, or None after showing its error."""
        try:
            result = action(self.library)
        except Exception as error:  # the same dialog as the worker's errors, details included
            self.show_error(*error_text(error))
            result = None
        self.announce_pending(source)
        return result

    def announce_pending(self, source: object = None) -> Changes:
        """Announce what was written through the GUI thread's library since the last time
        (by ``apply``, or by anything else that wrote on it)."""
        changes = Changes.from_tables(self.library.take_changes())
        self.announce(changes, source)
        return changes

    def announce(self, changes: Changes, source: object = None) -> None:
        if changes:
            self.library_changed.emit(changes, source)

    # -- errors -------------------------------------------------------------------------------
    def show_error(self, message: str, details: str) -> QMessageBox:
        """Not modal to the application: the details stay there to be copied."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Operation failed"), message, parent=self.window)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


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
