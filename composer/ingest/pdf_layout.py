"""Reading order of a page laid out in columns (an e-paper page), from character geometry.

Input is what pdfplumber knows about a page: characters with their boxes, sizes and fonts,
images, rules and rectangles. Output is the page's text blocks in reading order under the
text contract of composer/ingest/readers.py (a block per paragraph or headline, soft-wrapped
lines joined by "\n"), and what the page's 版眉 says (paper, date, 版次). The geometry —
where the columns are and in which order to read them — is composer/ingest/pdf_columns.py;
this module turns the ordered lines into blocks. docs/architecture.md, "E-paper PDFs:
columns", has the why.

1. **Runs.** Characters on one baseline are cut into runs wherever a gap is wider than half
   a body character: a run never crosses a column gutter. Three or more single characters
   stacked at one x are a vertical headline.
2. **The 版眉, boxes.** The page's top line, when it carries a date and a 版次 or 责任编辑,
   is read into source, date and page and left out of the text. A rectangle around lines
   of text (a boxed sidebar) is read on its own and kept together.
3. **What a headline heads.** A headline (type clearly larger than the body's) is given the
   extent of the columns under it that it is centred or left-aligned over and that nothing
   beside it claims: a short headline centred over three columns is read before all three.
4. **Order: recursive cuts.** A region is cut at full-width rules (read top to bottom), else
   at every vertical strip free of text — a gutter — (slices read left to right), else into
   horizontal bands at every gap between lines, gathered into *zones* while they stay one
   set of columns: the rows of a set of columns stay together and its columns are read one
   after the other; a headline spanning them starts a new zone. Each part is cut again.
5. **Blocks.** A headline line is a block of its own (a line under it in the same type goes
   on with it); body lines make paragraphs that end at a first-line indent, a larger gap or
   a short line, and go on from the foot of one column to the head of the next. Captions
   (small type next to an image) and boxes met while a paragraph is still open are held
   and placed after that paragraph. A vertical headline is handed on as the text contract
   prints one, a character a line, which cleanup makes one headline marked vertical.

A page whose body text never stands side by side across a gutter is left to the
single-column reader (``layout_page`` returns no blocks for it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from composer.ingest.pdf_columns import (
    HEADLINE_RATIO,
    POSITION_TOLERANCE,
    SAME_SIZE,
    SMALL_RATIO,
    Item,
    Leaf,
    PageHeader,
    body_size,
    extent,
    find_boxes,
    find_rules,
    find_runs,
    flatten,
    headline_reach,
    is_body,
    order,
    picture,
    side_by_side,
    take_header,
    vertical_headlines,
)

_FIRST_WORD = re.compile(r"[A-Za-z0-9.,%]+|\S")

# -- tuning: distances are in body character sizes (em) unless said otherwise -----------------
INDENT_EM = 1.5  # a first-line indent of about two characters starts a paragraph
COLUMN_MIN_LINES = 3  # body lines a leaf needs for its own extent to be its column's edges
EDGE_REACH_EM = 3.0  # else the column's edge is looked for this far beside the line
SHORT_LINE_SLACK = 0.05  # a line ends a paragraph when the next line's first word (less this) fit after it
BLOCK_GAP_EM = 0.4  # extra space above a line (beyond the usual) that starts a paragraph
NORMAL_GAP_EM = 0.8  # the usual line gap is never taken larger than this
HEADLINE_WRAP_GAP = 0.8  # a headline line this close (× its size) under another in the same type continues it
HEADLINE_FULL_SHARE = 0.85  # a headline line this wide (share of its column) is full: it wraps into the next
CAPTION_REACH_EM = 2.0  # small type within this distance of an image is its caption


@dataclass
class PageLayout:
    blocks: list[str] | None  # None: not laid out in columns, read as one column
    header: PageHeader | None
    header_bottom: float = 0.0  # text above this belongs to the 版眉


# -- entry point -------------------------------------------------------------------------------


def layout_page(
    chars: Sequence[dict[str, Any]],
    *,
    images: Iterable[dict[str, Any]] = (),
    rects: Iterable[dict[str, Any]] = (),
    lines: Iterable[dict[str, Any]] = (),
    height: float,
) -> PageLayout:
    """The page's blocks in reading order (None when it is not set in columns) and its 版眉."""
    runs = find_runs(chars)
    if not runs:
        return PageLayout(None, None)
    em = body_size(runs)
    items = vertical_headlines(runs, em)
    header, items = take_header(items, height, em)
    header_bottom = header[1] if header else 0.0
    page_header = header[0] if header else None
    rules = find_rules(rects, lines, em)
    pictures = [picture(image) for image in images]
    items, boxed = find_boxes(items + [p for p in pictures if p.x1 - p.x0 >= em and p.height >= em], rects, em)
    if not boxed and not any(i.kind == "vertical" for i in items) and not side_by_side(items, em):
        return PageLayout(None, page_header, header_bottom)
    headline_reach(flatten(items), em)
    for box in items:
        if box.kind == "box":
            box.leaves = order(box.content, extent(box.content), rules, em)
    leaves = order(items, extent(items), rules, em)
    return PageLayout(_Reader(em, items, pictures).blocks(leaves), page_header, header_bottom)


# -- blocks ------------------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    frame: tuple[float, float]
    trail: float = 0.0  # spaces it ended with
    column: tuple[float, float] | None = None  # left and right edge of its leaf's body lines, when enough


class _Reader:
    """Turns leaves (in reading order) into text blocks."""

    def __init__(self, em: float, items: list[Item], pictures: list[Item]) -> None:
        self.em = em
        self.pictures = pictures
        flat = flatten(items)
        body = [i for i in flat if i.kind == "text" and is_body(i, em)]
        self.body_font = Counter(i.font for i in body).most_common(1)[0][0] if body else ""
        self.left_edges = _edges([i.x0 for i in body], em)
        self.usual_gap = NORMAL_GAP_EM * em

    def blocks(self, leaves: list[Leaf]) -> list[str]:
        self._measure(leaves)
        out = _Assembly(self)
        self._read(leaves, out)
        return out.finish()

    def _read(self, leaves: list[Leaf], out: _Assembly) -> None:
        for leaf in leaves:
            out.new_leaf()
            caption: _Line | None = None  # the caption line just read
            for element in self._elements(leaf):
                if isinstance(element, _Line):
                    if self._is_caption(element) or (caption is not None and _continues(caption, element, self.em)):
                        out.caption(element)
                        caption = element
                    else:
                        out.line(element)
                        caption = None
                elif element.kind == "vertical":
                    out.vertical(element.text)
                elif element.kind == "box":  # read on its own, kept together
                    inner = _Assembly(self)
                    self._read(element.leaves, inner)
                    out.float(inner.finish())

    def _elements(self, leaf: Leaf) -> list[_Line | Item]:
        """A leaf's text runs joined into lines (runs level with each other), and its other items."""
        elements: list[_Line | Item] = [i for i in leaf.items if i.kind != "text"]
        texts = sorted((i for i in leaf.items if i.kind == "text"), key=lambda i: i.top)
        rows: list[list[Item]] = []
        for item in texts:
            row = rows[-1] if rows else None
            if row and min(item.bottom, max(r.bottom for r in row)) - item.top > 0.5 * item.height:
                row.append(item)
            else:
                rows.append([item])
        for row in rows:
            row.sort(key=lambda i: i.x0)
            big = max(row, key=lambda i: i.size)
            elements.append(
                _Line(
                    " ".join(i.text for i in row),
                    row[0].x0,
                    row[-1].x1,
                    min(i.top for i in row),
                    max(i.bottom for i in row),
                    big.size,
                    big.font,
                    leaf.frame,
                    row[-1].trail,
                )
            )
        body = [e for e in elements if isinstance(e, _Line) and self.is_body(e)]
        if len(body) >= COLUMN_MIN_LINES:
            column = (min(e.x0 for e in body), max(e.x1 for e in body))
            for line in body:
                line.column = column
        elements.sort(key=lambda e: e.top)
        return elements

    def _is_caption(self, line: _Line) -> bool:
        """Small type (or the body's size in another face) next to an image."""
        if line.size >= HEADLINE_RATIO * self.em:
            return False
        if line.size > SMALL_RATIO * self.em and line.font == self.body_font:
            return False
        reach = CAPTION_REACH_EM * self.em
        for image in self.pictures:
            level = min(line.bottom, image.bottom) - max(line.top, image.top) > 0
            across = min(line.x1, image.x1) - max(line.x0, image.x0) > 0
            below = across and -POSITION_TOLERANCE <= line.top - image.bottom <= reach
            above = across and -POSITION_TOLERANCE <= image.top - line.bottom <= reach
            beside = level and (0 <= line.x0 - image.x1 <= reach or 0 <= image.x0 - line.x1 <= reach)
            if below or above or beside:
                return True
        return False

    def _measure(self, leaves: list[Leaf]) -> None:
        """The usual gap between body lines: the lower quartile, so paragraph gaps don't
        inflate it, capped at what loose body text has."""
        gaps: list[float] = []
        for leaf in leaves:
            body = [e for e in self._elements(leaf) if isinstance(e, _Line) and self.is_body(e)]
            gaps += [max(b.top - a.bottom, 0.0) for a, b in zip(body, body[1:])]
        gaps.sort()
        usual = gaps[len(gaps) // 4] if gaps else 0.0
        self.usual_gap = min(usual, NORMAL_GAP_EM * self.em)

    def is_body(self, line: _Line) -> bool:
        return SMALL_RATIO * self.em < line.size < HEADLINE_RATIO * self.em

    def _left(self, line: _Line) -> float:
        """The left edge of the line's column: where its leaf's lines start, or — in a leaf
        of a line or two — where most lines of the page start just left of it."""
        if line.column is not None:
            return line.column[0]
        reach = EDGE_REACH_EM * self.em
        edge = _nearest(self.left_edges, line.x0 - reach, line.x0 + 0.3 * self.em)
        return edge if edge is not None else line.frame[0]

    @staticmethod
    def _right(line: _Line) -> float:
        """The right edge of the line's column: where its leaf's lines end at most (in a
        leaf of a line or two, an edge seen elsewhere on the page may belong to another
        set of columns, so none is looked for)."""
        return line.column[1] if line.column is not None else line.frame[1]

    def indented(self, line: _Line) -> bool:
        """Whether the line starts about two characters right of its column's left edge."""
        return line.x0 - self._left(line) >= INDENT_EM * line.size

    def at_edge(self, line: _Line) -> bool:
        """Whether the line starts at its column's left edge, or where other lines of the
        page start (not centred, not set to the right)."""
        tolerance = 0.3 * self.em
        known = _nearest(self.left_edges, line.x0 - tolerance, line.x0 + tolerance) is not None
        return abs(line.x0 - self._left(line)) <= tolerance or (line.column is None and known)

    def ended(self, line: _Line, following: _Line) -> bool:
        """Whether ``line`` stops short of its column's right edge by enough room for the
        first character or word of the line after it: the paragraph ended there (justified
        or not, type goes on as long as the next word fits)."""
        room = self._right(line) - line.x1 - line.trail
        word = _FIRST_WORD.match(following.text)
        width = sum((0.5 if ch.isascii() else 1.0) * following.size for ch in word.group()) if word else 0.0
        return room >= width - SHORT_LINE_SLACK * following.size


def _continues(above: _Line, line: _Line, em: float) -> bool:
    """Whether ``line`` goes on from ``above`` (same type, right under it): a caption's next line."""
    same = abs(line.size - above.size) <= SAME_SIZE * above.size and line.font == above.font
    return same and 0 <= line.top - above.bottom <= em


def _edges(xs: list[float], em: float) -> list[tuple[float, int]]:
    """Positions shared by at least two lines (clustered within a quarter character), with counts."""
    clusters: list[list[float]] = []
    for x in sorted(xs):
        if clusters and x - clusters[-1][-1] <= 0.25 * em:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [(sum(c) / len(c), len(c)) for c in clusters if len(c) >= 2]


def _nearest(edges: list[tuple[float, int]], low: float, high: float) -> float | None:
    """The most used edge between ``low`` and ``high``."""
    found = [(count, x) for x, count in edges if low <= x <= high]
    return max(found)[1] if found else None


class _Assembly:
    """Collects blocks: paragraphs across column breaks, headline lines, held floats."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.done: list[list[str]] = []
        self.current: list[str] | None = None
        self.kind = ""  # "body" | "headline" | "other" for the current block
        self.last: _Line | None = None
        self.same_leaf = False
        self.held: list[list[str]] = []
        self.caption_block: list[str] | None = None
        self.caption_last: _Line | None = None

    def new_leaf(self) -> None:
        self.same_leaf = False
        self.caption_block = None

    def _close(self) -> None:
        if self.current:
            self.done.append(self.current)
        self.current, self.kind, self.last = None, "", None
        self.done.extend(self.held)
        self.held = []

    def _open(self) -> bool:
        """Whether a paragraph is being read (it may go on in the next line or column): a
        caption or box met now waits for its end."""
        return self.kind == "body"

    def float(self, blocks: list[str]) -> None:
        entries = [[b] for b in blocks]
        if self._open():
            self.held.extend(entries)
        else:
            self._close()
            self.done.extend(entries)

    def caption(self, line: _Line) -> None:
        last = self.caption_last
        if self.caption_block is not None and last is not None and _continues(last, line, self.reader.em):
            self.caption_block.append(line.text)
        else:
            self.caption_block = [line.text]
            if self._open():
                self.held.append(self.caption_block)
            else:
                self._close()
                self.done.append(self.caption_block)
        self.caption_last = line

    def vertical(self, text: str) -> None:
        """A vertical headline, one character per block: the text contract's way of printing
        one (cleanup makes a run of one-character lines a headline marked vertical, which
        tells the page splitter a sidebar starts)."""
        self._close()
        self.done.extend([ch] for ch in text if not ch.isspace())
        self.same_leaf = True

    def line(self, line: _Line) -> None:
        reader = self.reader
        self.caption_block = None
        if line.size >= HEADLINE_RATIO * reader.em:
            kind = "headline"
            goes_on = self.kind == "headline" and self._headline_goes_on(line)
        else:
            kind = "body" if reader.is_body(line) else "other"
            goes_on = self.kind == kind and self._paragraph_goes_on(line)
        if not goes_on:
            self._close()
            self.current, self.kind = [], kind
        assert self.current is not None
        last = self.last
        broken = kind == "headline" and last is not None and not self._headline_full(last)  # set so, not wrapped
        if goes_on and last is not None and (last.trail > 0 or broken):
            self.current[-1] += " " + line.text  # the line ended with a space: keep it
        else:
            self.current.append(line.text)
        self.last = line
        self.same_leaf = True

    def _headline_goes_on(self, line: _Line) -> bool:
        """A headline line right under another in the same type continues it (one headline
        set on two lines; title, kicker and subtitle differ in size)."""
        last = self.last
        if last is None or abs(line.size - last.size) > SAME_SIZE * last.size or line.font != last.font:
            return False
        return self.same_leaf and 0 <= line.top - last.bottom <= HEADLINE_WRAP_GAP * last.size

    @staticmethod
    def _headline_full(line: _Line) -> bool:
        return line.x1 - line.x0 >= HEADLINE_FULL_SHARE * (line.frame[1] - line.frame[0])

    def _paragraph_goes_on(self, line: _Line) -> bool:
        """A paragraph ends before an indented line, a larger gap, or after a line that
        stopped short of its column's edge."""
        last = self.last
        reader = self.reader
        if last is None or abs(line.size - last.size) > SAME_SIZE * last.size or reader.indented(line):
            return False
        if reader.ended(last, line):
            return False
        if self.same_leaf:
            gap = line.top - last.bottom
            return -POSITION_TOLERANCE <= gap <= reader.usual_gap + BLOCK_GAP_EM * reader.em
        return reader.at_edge(line)  # the foot of one column goes on at the head of the next

    def finish(self) -> list[str]:
        self._close()
        return ["\n".join(block) for block in self.done if block]
