"""Dragging an excerpt's ends in the reader's text, as one moves the edge of a coded
segment in MAXQDA: press on the first or last character of the excerpt chosen in the
list, drag, release — the excerpt then covers the new span (one undoable step). Over an
end the pointer turns into a ↔ so the handle can be found; elsewhere the text selects as
usual.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QTextEdit

GRIP = 1  # characters either side of an end that take hold of it

Span = tuple[int, int]


class SpanDrag(QObject):
    """Watches the text's viewport. ``span()`` is the chosen excerpt's span (None: none
    chosen); ``to_offset``/``from_offset`` convert widget positions to text offsets;
    ``moving(span)`` shows the span being dragged; ``moved(span)`` stores it."""

    def __init__(self, text: QTextEdit, span: Callable[[], Span | None], to_offset: Callable[[int], int],
                 moving: Callable[[Span], None], moved: Callable[[Span], None]) -> None:
        super().__init__(text)
        self.text = text
        self.span = span
        self.to_offset = to_offset
        self.moving = moving
        self.moved = moved
        self.end: str | None = None  # "start" or "end" while dragging
        self.current: Span | None = None
        text.viewport().setMouseTracking(True)
        text.viewport().installEventFilter(self)

    def offset_at(self, event: QMouseEvent) -> int:
        return self.to_offset(self.text.cursorForPosition(event.position().toPoint()).position())

    def grip(self, offset: int) -> str | None:
        """Which end of the chosen excerpt is under the pointer."""
        span = self.span()
        if span is None:
            return None
        if abs(offset - span[0]) <= GRIP:
            return "start"
        if abs(offset - span[1]) <= GRIP:
            return "end"
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            return self._press(event)
        if kind == QEvent.Type.MouseMove:
            return self._move(event)
        if kind == QEvent.Type.MouseButtonRelease and self.end is not None:
            return self._release()
        return False

    def _press(self, event: QMouseEvent) -> bool:
        self.end = self.grip(self.offset_at(event))
        self.current = self.span() if self.end else None
        return self.end is not None  # the text does not start a selection under a handle

    def _move(self, event: QMouseEvent) -> bool:
        offset = self.offset_at(event)
        if self.end is None or self.current is None:
            if event.buttons() != Qt.MouseButton.NoButton:
                return False  # a selection being made
            over = self.grip(offset) is not None
            self.text.viewport().setCursor(Qt.CursorShape.SizeHorCursor if over else Qt.CursorShape.IBeamCursor)
            return over  # the text would set its own pointer again
        start, end = self.current
        start, end = (offset, end) if self.end == "start" else (start, offset)
        if start < end:  # an excerpt keeps at least one character
            self.current = (start, end)
            self.moving(self.current)
        return True

    def _release(self) -> bool:
        chosen, self.end = self.span(), None
        if self.current is not None and self.current != chosen:
            self.moved(self.current)
        self.current = None
        return True
