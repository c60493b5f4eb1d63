"""A page of the main window that keeps itself up to date from ``library_changed``.

Each page says which families of data it shows (``follows``) and how to load them
(``reload``). When a change touches those families, the page showing reloads at once —
also when it made the change itself: pages do not refresh themselves after an action,
the announcement does it, once. A page not showing only remembers what went stale and
reloads when it is shown (``bring_up_to_date``), so a change costs nothing on pages no
one looks at, and no page ever shows data older than the last change. ``reload`` gets
the families that changed, so a page can skip what did not (the filters' choices of
people and themes on every review keypress, say).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from composer.common.changes import Changes
from ui.operations import OperationRunner


class Page(QWidget):
    follows: Changes = Changes.everything()

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.library = ops.library
        self.stale = Changes.everything()  # what changed since the page last loaded: at first, all of it
        ops.library_changed.connect(self.on_library_changed)

    def on_library_changed(self, changes: Changes, source: object) -> None:  # noqa: ARG002 - the signal's shape
        changes = changes & self.follows
        if changes:
            self.stale = self.stale | changes
            self.bring_up_to_date()

    def showing(self) -> bool:
        """The page the window shows (also while the window itself is hidden, as in tests)."""
        return self.isVisibleTo(self.window())

    def bring_up_to_date(self) -> None:
        if self.stale and self.showing():
            changed, self.stale = self.stale, Changes()
            self.reload(changed)

    def reload(self, changed: Changes) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError
