"""Build e-paper PDF pages, laid out like a Chinese newspaper page, from a page text, for tests.

A page text (a seed page, a demo page) is split the way the importer splits it; each article
becomes a *story*: its headline group (栏目, 引题, 主题, 副题) lifted above its body, its
paragraphs, subheads, credits and jump lines in printed order, and its captions under a photo.
The stories are then set on a page of 4–6 columns with reportlab:

* a 版眉 line (paper, date, weekday, 版次, 责任编辑) over a full-width rule;
* rows of *stacks* side by side (a stack spans some of the page's columns); each story in a
  stack has its headline over all of the stack's columns and its body flowing from column to
  column, balanced, so paragraphs continue from one column into the next;
* optional: a boxed sidebar, a vertical headline (characters stacked one per line), a photo
  with its caption (small type) over the body or inside one column.

By default body type is justified (character spacing, as newspapers set it), first lines
indented by two characters, no space between paragraphs, headlines centred; a layout's
``Style`` changes type size, leading, gutters, indents or paragraph gaps, justification and
headline alignment (``sampled_layouts`` draws such layouts at random, always the same for a
seed). A story too short to fill its columns three lines deep is set in fewer, wider ones, as
typesetters do. ``plain_text`` gives the same stories as a plain-text page, one printed block
per line, in reading order.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from composer.common.article import ParsedArticle
from composer.ingest.cleanup import Block, clean_page
from composer.ingest.pages import split_page
from tests.makefiles import PDF_FONT, register_pdf_font

MARGIN = 36.0
HEADLINE_SIZES = {"column": 1.2, "kicker": 1.35, "title": 2.0, "subtitle": 1.35}  # × the body size
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Style:
    """How a page sets type (newspapers differ; the reader must not depend on one of them)."""

    body: float = 9.0  # body type size (pt)
    leading: float = 1.45  # line pitch, × body
    gutter: float = 1.0  # space between columns, × body
    indent: bool = True  # first lines indented by two characters
    para_gap: float = 0.0  # extra space between paragraphs, × body
    justify: bool = True  # lines spaced out to the column's width
    align: str = "center"  # headlines centred over their columns or set "left"

    @property
    def width(self) -> float:  # the type area: six columns of twelve characters
        return 6 * 12 * self.body + 5 * self.gutter * self.body


@dataclass
class Piece:
    kind: str  # column | kicker | title | subtitle (the headline group) | text | caption | credit
    text: str


@dataclass
class Story:
    headline: list[Piece]
    body: list[Piece]
    vertical: bool = False  # the title is printed vertically at the story's left
    boxed: bool = False
    kind: str = "news"

    @property
    def captions(self) -> list[str]:
        return [p.text for p in self.body if p.kind == "caption"]

    @property
    def title(self) -> str:
        return next((p.text for p in self.headline if p.kind == "title"), "")


@dataclass
class Layout:
    name: str
    columns: int
    rows: list[list[int]]  # each row: the column spans of its stacks, left to right
    sidebar: bool = False  # set one story in a box
    vertical: bool = False  # print one short title vertically (a title the page prints so stays so)
    photo_in_column: bool = False  # photos one column wide inside the body, not over it
    header: bool = True
    style: Style = Style()


LAYOUTS = [
    Layout("4col", 4, [[4], [2, 2]]),
    Layout("5col-headline3-sidebar", 5, [[3, 2]], sidebar=True),
    Layout("6col-vertical", 6, [[4, 2], [2, 2, 2]], vertical=True, photo_in_column=True),
    Layout("6col-headline3", 6, [[3, 3], [2, 4]], sidebar=True, vertical=True),
    Layout("5col-left-wide-gutters", 5, [[2, 3], [5]], style=Style(body=10.0, gutter=1.6, align="left")),
    Layout("4col-gaps-ragged", 4, [[3, 1], [4]], sidebar=True, style=Style(indent=False, para_gap=0.7, justify=False)),
    Layout("6col-tight", 6, [[2, 4], [3, 3]], vertical=True, style=Style(body=8.5, leading=1.3, gutter=0.8)),
]


PLANS = {  # rows of stacks a page of that many columns may have
    4: [[[4], [2, 2]], [[3, 1], [4]], [[2, 2]], [[1, 3], [2, 2]]],
    5: [[[3, 2]], [[2, 3], [5]], [[5], [3, 2]], [[2, 3], [2, 3]]],
    6: [[[4, 2], [2, 2, 2]], [[3, 3], [2, 4]], [[2, 4], [3, 3]], [[6], [2, 2, 2]], [[2, 2, 2]]],
}


def sampled_layouts(count: int, seed: int) -> list[Layout]:
    """Layouts drawn at random (but always the same for a seed) from the plans and styles
    above: type sizes, leading, gutters, indents or gaps, justified or ragged, headlines
    centred or left-aligned, with or without a box, a vertical headline, photos in a column."""
    import random

    rng = random.Random(seed)
    layouts = []
    for n in range(count):
        columns = rng.choice(sorted(PLANS))
        indent = rng.random() < 0.8
        style = Style(
            body=rng.choice([8.5, 9.0, 9.5, 10.5]),
            leading=rng.choice([1.3, 1.45, 1.6, 1.8]),
            gutter=rng.choice([0.7, 1.0, 1.5, 2.0]),
            indent=indent,
            para_gap=rng.choice([0.0, 0.0, 0.5, 1.0]) if indent else rng.choice([0.5, 0.8, 1.0]),
            justify=rng.random() < 0.8,
            align=rng.choice(["center", "left"]),
        )
        layouts.append(
            Layout(
                f"sampled{seed}-{n}",
                columns,
                rng.choice(PLANS[columns]),
                sidebar=rng.random() < 0.5,
                vertical=rng.random() < 0.5,
                photo_in_column=rng.random() < 0.4,
                style=style,
            )
        )
    return layouts


# -- stories from a page text ----------------------------------------------------------------


def stories_from_page(text: str) -> list[Story]:
    """The page's articles (as the importer splits the plain text) as stories to print."""
    blocks = clean_page(text)
    articles = split_page(text)
    owned: list[list[Block]] = [[] for _ in articles]
    foot: list[Piece] = []
    for block in blocks:
        owner = next((i for i, a in enumerate(articles) if a.first_line <= block.first_line <= a.last_line), None)
        if owner is None:
            foot.append(Piece("credit", block.text))
        else:
            owned[owner].append(block)
    stories = []
    for article, mine in zip(articles, owned):
        group = {article.column, article.kicker, article.title, *article.alt_titles} - {None}
        headline: list[Piece] = []
        body: list[Piece] = []
        vertical = False
        for block in mine:
            kind, text = block.kind, block.text
            if kind == "heading" and text in group and not any(p.text == text for p in headline):
                vertical = vertical or block.vertical
                headline.append(Piece(_headline_role(article, text), text))
            elif kind == "caption":
                body.append(Piece("caption", text))
            elif kind in ("credit", "jump", "source"):
                body.append(Piece("credit", text))
            else:
                body.append(Piece("text", text))
        order = {"column": 0, "kicker": 1, "title": 2, "subtitle": 3}
        headline.sort(key=lambda p: order[p.kind])
        stories.append(Story(headline, body, vertical=vertical, kind=article.kind))
    if foot and stories:
        stories[-1].body.extend(foot)
    return stories


def _headline_role(article: ParsedArticle, text: str) -> str:
    if text == article.title:
        return "title"
    if text == article.column:
        return "column"
    if text == article.kicker:
        return "kicker"
    return "subtitle"


def plain_text(stories: list[Story]) -> str:
    """The stories as a plain-text page: every printed block on a line of its own."""
    lines = []
    for story in stories:
        for piece in story.headline:  # a vertical title as text extraction gives it: a character a line
            vertical = story.vertical and piece.kind == "title"
            lines += [ch for ch in piece.text if not ch.isspace()] if vertical else [piece.text]
        lines += [p.text for p in story.body]
    return "\n\n".join(lines) + "\n"


def header_line(source: str, day: dt.date, page: int, editor: str = "周明") -> list[str]:
    """The 版眉's pieces, spread over the top of the page (left, middle, right)."""
    return [
        source,
        f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}",
        f"第{page}版 责任编辑：{editor}",
    ]


# -- setting type ---------------------------------------------------------------------------


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, PDF_FONT, size))


def wrap(text: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
    """Greedy wrap: any Chinese character may end a line; a number or Latin word is kept whole."""
    lines: list[str] = []
    current, used, limit = "", 0.0, width - first_indent
    for word in re.findall(r"[A-Za-z0-9.%]+|.", text):
        w = _width(word, size)
        if current and used + w > limit + 0.01:
            lines.append(current)
            current, used, limit = "", 0.0, width
        current += word
        used += w
    if current:
        lines.append(current)
    return lines


@dataclass
class Op:
    kind: str  # text | rule | rect | image
    x: float
    top: float
    w: float = 0.0
    h: float = 0.0
    text: str = ""
    size: float = 9.0
    spacing: float = 0.0  # extra space after each character (justification)

    def moved(self, dx: float, dy: float) -> Op:
        return Op(self.kind, self.x + dx, self.top + dy, self.w, self.h, self.text, self.size, self.spacing)


@dataclass
class Line:
    text: str
    indent: float = 0.0
    align: str = "justify"  # justify | left | right
    last: bool = False  # a paragraph's last line is not justified


def _set_line(line: Line, x: float, top: float, width: float, st: Style) -> Op:
    used = _width(line.text, st.body)
    if line.align == "right":
        return Op("text", x + width - used, top, text=line.text, size=st.body)
    spacing = 0.0
    if st.justify and line.align == "justify" and not line.last and len(line.text) > 1:
        spacing = max(0.0, (width - line.indent - used) / (len(line.text) - 1))
    return Op("text", x + line.indent, top, text=line.text, size=st.body, spacing=spacing)


def body_lines(pieces: list[Piece], width: float, st: Style) -> list[Line | None]:
    """The body's lines; None marks the space between paragraphs (when the style has one)."""
    lines: list[Line | None] = []
    indent = 2 * st.body if st.indent else 0.0
    for piece in pieces:
        if piece.kind == "caption":
            continue
        if lines and st.para_gap:
            lines.append(None)
        if piece.kind == "credit" and _width(piece.text, st.body) <= width:
            lines.append(Line(piece.text, align="right", last=True))
            continue
        wrapped = wrap(piece.text, width, st.body, indent)
        for i, text in enumerate(wrapped):
            lines.append(Line(text, indent=indent if i == 0 else 0.0, last=i == len(wrapped) - 1))
    return lines


def flow(
    lines: list[Line | None], columns: int, col_w: float, reserved: list[float], st: Style
) -> tuple[list[Op], float]:
    """Lines balanced over ``columns`` (each may have ``reserved`` space at its top): the
    lowest height that holds them all, every column used, filled column by column."""
    pitch, gap = st.leading * st.body, st.para_gap * st.body
    count = len(lines)
    room_for = len([line for line in lines if line is not None]) * pitch + lines.count(None) * gap

    def capacity(height: float) -> list[int]:
        return [max(0, int((height - r + 0.01) // pitch)) for r in reserved]

    height = max(max(reserved, default=0.0), room_for / columns)
    while True:
        rooms = capacity(height)
        counts, left = [], count
        for c, room in enumerate(rooms):  # as even as the room allows
            later = sum(rooms[c + 1 :])
            counts.append(min(room, max(-(-left // (columns - c)), left - later)))
            left -= counts[-1]
        if left <= 0:
            break
        height += pitch / 2
    ops: list[Op] = []
    rest = iter(lines)
    bottom = 0.0
    for c, n in enumerate(counts):
        x = c * (col_w + st.gutter * st.body)
        y = reserved[c]
        for line in itertools.islice(rest, n):
            if line is None:
                y += gap if y > reserved[c] else 0.0
                continue
            ops.append(_set_line(line, x, y, col_w, st))
            y += pitch
        bottom = max(bottom, y)
    return ops, max(bottom, max(reserved, default=0.0))


def photo(x: float, top: float, width: float, captions: list[str], st: Style) -> tuple[list[Op], float]:
    """A photo with its caption lines (small type) under it; returns ops and the height taken."""
    height = min(0.55 * width, 14 * st.body)
    ops = [Op("image", x, top, width, height)]
    size = 0.8 * st.body
    y = top + height + 0.3 * st.body
    for caption in captions:
        for text in wrap(caption, width, size):
            ops.append(Op("text", x, y, text=text, size=size))
            y += 1.3 * size
    return ops, y - top + 0.6 * st.body


def set_story(story: Story, width: float, columns: int, layout: Layout) -> tuple[list[Op], float]:
    """A story set from top 0 in a frame ``width`` wide: its ops and its height."""
    st = layout.style
    ops: list[Op] = []
    x0 = top = 0.0
    if story.boxed:
        x0, width, top = st.body, width - 2 * st.body, st.body
    bottom = top
    inner_x, inner_w = x0, width
    if story.vertical:
        size = 1.6 * st.body
        inner_x, inner_w = x0 + 2.2 * size, width - 2.2 * size
        for n, ch in enumerate(story.title):
            ops.append(Op("text", x0, top + n * 1.1 * size, text=ch, size=size))
        bottom = top + len(story.title) * 1.1 * size
    y = top
    for piece in story.headline:
        if story.vertical and piece.kind == "title":
            continue
        size = HEADLINE_SIZES[piece.kind] * st.body * (0.8 if piece.kind == "title" and columns == 1 else 1.0)
        for text in wrap(piece.text, inner_w, size):
            shift = (inner_w - _width(text, size)) / 2 if st.align == "center" else 0.0
            ops.append(Op("text", inner_x + shift, y, text=text, size=size))
            y += 1.25 * size
        y += 0.3 * st.body
    if story.headline:
        y += 0.5 * st.body
    gutter = st.gutter * st.body
    col_w = (inner_w - (columns - 1) * gutter) / columns
    while columns > 1 and len(body_lines(story.body, col_w, st)) < 3 * columns:  # a short text: wider columns
        columns -= 1
        col_w = (inner_w - (columns - 1) * gutter) / columns
    captions = story.captions
    reserved = [0.0] * columns
    if captions and (not layout.photo_in_column or columns == 1 or not any(p.kind == "text" for p in story.body)):
        photo_ops, taken = photo(inner_x, y, inner_w, captions, st)
        ops += photo_ops
        y += taken
    elif captions:
        photo_ops, taken = photo(inner_x + (columns - 1) * (col_w + gutter), y, col_w, captions, st)
        ops += photo_ops
        reserved[-1] = taken
    body_ops, height = flow(body_lines(story.body, col_w, st), columns, col_w, reserved, st)
    ops += [op.moved(inner_x, y) for op in body_ops]
    bottom = max(bottom, y + height)
    if story.boxed:
        ops.append(Op("rect", 0.0, 0.0, width + 2 * st.body, bottom + st.body))
        bottom += st.body
    return ops, bottom


# -- the page --------------------------------------------------------------------------------


def _partition(heights: list[float], parts: int) -> list[int]:
    """How many consecutive items each of ``parts`` groups takes, keeping the tallest low."""
    n = len(heights)
    if parts <= 1 or n <= 1:
        return [n] + [0] * (parts - 1)
    best: tuple[float, list[int]] | None = None
    for cuts in itertools.combinations(range(1, n), min(parts - 1, n - 1)):
        bounds = [0, *cuts, n]
        sizes = [bounds[i + 1] - bounds[i] for i in range(len(bounds) - 1)]
        tallest = max(sum(heights[bounds[i] : bounds[i + 1]]) for i in range(len(bounds) - 1))
        if best is None or tallest < best[0]:
            best = (tallest, sizes)
    assert best is not None
    return best[1] + [0] * (parts - len(best[1]))


def _choose_features(stories: list[Story], layout: Layout) -> None:
    for story in stories:  # a headline the page prints vertically stays vertical
        story.boxed = False
    if layout.vertical and not any(s.vertical for s in stories):
        short = [s for s in stories[1:] if 4 <= len(s.title) <= 16 and s.body and not s.captions]
        if short:
            short[-1].vertical = True
    if layout.sidebar:
        sidebars = [s for s in stories if s.kind == "sidebar"] or [s for s in stories[1:] if s.body][-1:]
        for story in sidebars[:1]:
            story.boxed = True


def _rows(stories: list[Story], layout: Layout) -> Iterator[list[tuple[int, int, list[Story]]]]:
    """Per row, its stacks: (first column, column span, stories). A row above the last
    has the lead story in its first stack and, beside it, about as much text again."""
    rest = list(stories)
    for r, spans in enumerate(layout.rows):
        if not rest:
            return
        if r == len(layout.rows) - 1:
            counts = _partition([_area(s) for s in rest], len(spans))
        else:
            others = rest[1:]
            keep = len(layout.rows[-1])  # leave the last row something to hold
            budget = _area(rest[0]) * sum(spans[1:]) / spans[0]
            k, total = 0, 0.0
            while len(spans) > 1 and k < len(others) - keep and (k == 0 or total + _area(others[k]) <= budget):
                total += _area(others[k])
                k += 1
            counts = [1] + _partition([_area(s) for s in others[:k]], len(spans) - 1)
        stacks = []
        start = 0
        for span, count in zip(spans, counts):
            stacks.append((start, span, rest[:count]))
            rest = rest[count:]
            start += span
        yield stacks


def _area(story: Story) -> float:
    return float(sum(len(p.text) for p in story.body) + 40 * len(story.captions) + 20)


def compose(stories: list[Story], layout: Layout, header: list[str] | None) -> tuple[list[Op], float, float]:
    """All ops of the page in page coordinates (top-down), its width and height."""
    _choose_features(stories, layout)
    st = layout.style
    gutter = st.gutter * st.body
    col_w = (st.width - (layout.columns - 1) * gutter) / layout.columns
    ops: list[Op] = []
    y = MARGIN
    if header and layout.header:
        size = 0.9 * st.body
        xs = [MARGIN, MARGIN + st.width / 2 - _width(header[1], size) / 2]
        xs.append(MARGIN + st.width - _width(header[2], size))
        for x, text in zip(xs, header):
            ops.append(Op("text", x, y, text=text, size=size))
        y += 1.4 * size
        ops.append(Op("rule", MARGIN, y, st.width))
        y += 1.2 * st.body
    for r, stacks in enumerate(_rows(stories, layout)):
        if r:
            ops.append(Op("rule", MARGIN, y, st.width))
            y += 1.2 * st.body
        bottom = y
        for first, span, group in stacks:
            x = MARGIN + first * (col_w + gutter)
            width = span * col_w + (span - 1) * gutter
            sy = y
            for n, story in enumerate(group):
                if n:
                    ops.append(Op("rule", x, sy + 0.2 * st.body, width))
                    sy += 1.2 * st.body
                columns = max(1, span - 1) if story.boxed and span > 2 else span
                story_ops, height = set_story(story, width, columns, layout)
                ops += [op.moved(x, sy) for op in story_ops]
                sy += height + 0.8 * st.body
            bottom = max(bottom, sy)
        y = bottom + 0.6 * st.body
    return ops, st.width + 2 * MARGIN, y + MARGIN


def _photo_image() -> object:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (8, 6))
    image.putdata([(40 * (i % 6), 120, 30 * (i // 8)) for i in range(48)])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def write_epaper(stories: list[Story], layout: Layout, path: Path, *, header: list[str] | None = None) -> Path:
    """Set ``stories`` on one e-paper page in ``layout`` and save it as a PDF."""
    from reportlab.pdfgen import canvas

    register_pdf_font()
    ops, width, height = compose(stories, layout, header)
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    image = _photo_image()
    for op in ops:
        if op.kind == "text":
            text = pdf.beginText()
            text.setFont(PDF_FONT, op.size)
            text.setCharSpace(op.spacing)
            text.setTextOrigin(op.x, height - op.top - 0.88 * op.size)
            text.textOut(op.text)
            pdf.drawText(text)
        elif op.kind == "rule":
            pdf.setLineWidth(0.6)
            pdf.line(op.x, height - op.top, op.x + op.w, height - op.top)
        elif op.kind == "rect":
            pdf.setLineWidth(0.8)
            pdf.rect(op.x, height - op.top - op.h, op.w, op.h, stroke=1, fill=0)
        elif op.kind == "image":
            pdf.drawImage(image, op.x, height - op.top - op.h, op.w, op.h)
    pdf.showPage()
    pdf.save()
    return path
