"""Where the columns of a laid-out PDF page are, and the order to read them in.

The geometry half of reading an e-paper page (composer/ingest/pdf_layout.py has the
overview): characters cut into runs, vertical headlines, the 版眉, rules, boxes, the
columns each headline heads, and the recursive cuts that put the page's items in reading
order (a list of leaves, each one column's worth of items, top to bottom).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

# -- tuning: distances are in body character sizes (em) unless said otherwise -----------------
RUN_GAP_EM = 0.5  # a wider horizontal gap on a baseline ends a run (justified text spaces characters < 0.3)
SAME_ROW = 0.3  # characters whose vertical centres differ by less than this × their size share a row
RUN_SIZE_CHANGE = 0.15  # a change of type size by more than this share ends a run
GUTTER_EM = 0.6  # a vertical strip at least this wide that no text crosses separates columns
HEADLINE_RATIO = 1.15  # type at least this much larger than the body's is a headline
SMALL_RATIO = 0.92  # type at most this size of the body's is small (captions, credits)
SAME_SIZE = 0.03  # lines within this share of each other's size are set in the same type
VERTICAL_MIN_CHARS = 3  # single characters stacked at one x that make a vertical headline
VERTICAL_STEP = 0.6  # …each at most this × its size below the previous one…
VERTICAL_SPACE = 1.6  # …or this far, for a space between two parts of the headline
HEADLINE_REACH_EM = 6.0  # the columns a headline heads start at most this far under it (or under its subtitle)
COLUMN_GAP_EM = 3.0  # columns further apart than this are not neighbours (a column in between is empty)
HEADLINE_ALIGN_EM = 1.0  # a headline centred or left-aligned over columns to within this heads them
RULE_SPAN_SHARE = 0.9  # a horizontal rule this wide (share of a region) separates its rows
RULE_MAX_THICKNESS = 2.5  # points: a thinner rectangle is a rule
BOX_MIN_EM = 3.0  # a rectangle smaller than this either way is not a box around text
BOX_MIN_LINES = 2  # a box around fewer lines of text than this (a headline, a photo) is decoration
BOX_MAX_SHARE = 0.8  # a rectangle around this share of the page's text is a page frame, not a box
HEADER_TOP_SHARE = 0.15  # the 版眉 lies in this top share of the page
POSITION_TOLERANCE = 1.0  # points: "inside" and "level with" allow for rounding

_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-./])\s*(?P<m>\d{1,2})\s*(?:月|[-./])\s*(?P<d>\d{1,2})")
_PAGE = re.compile(r"第\s*(?P<n>\d{1,3})\s*版|(?<![\d年月日])(?P<m>\d{1,3})\s*版(?!权)")
_EDITOR = re.compile(r"(?:责任|本版)?编辑|责编|美编|校对")
_PAPER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:时报|日报|晚报|周报|商报|早报|导报|报)")


@dataclass
class Item:
    """A run of text, a vertical headline, an image or a box, with its bounding box."""

    x0: float
    x1: float
    top: float
    bottom: float
    kind: str = "text"  # text | vertical | image | box
    text: str = ""
    size: float = 0.0
    font: str = ""
    trail: float = 0.0  # width of the spaces the run's line ended with (taken off x1)
    content: list[Item] = field(default_factory=list)  # a box's items
    leaves: list[Leaf] = field(default_factory=list)  # a box's items in reading order
    reach: tuple[float, float] | None = None  # a headline's extent over the columns it heads

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def lx0(self) -> float:
        return self.reach[0] if self.reach else self.x0

    @property
    def lx1(self) -> float:
        return self.reach[1] if self.reach else self.x1


@dataclass(frozen=True)
class PageHeader:
    """What a page's 版眉 says."""

    text: str
    source: str | None
    published: str | None  # ISO date
    page: str | None  # "01版"


@dataclass
class Rule:
    x0: float
    x1: float
    y: float


@dataclass
class Leaf:
    items: list[Item]
    frame: tuple[float, float]


# -- runs ---------------------------------------------------------------------------------------


def find_runs(chars: Sequence[dict[str, Any]]) -> list[Item]:
    """Characters cut into runs: same row, same type size, no gap wider than RUN_GAP_EM (of
    the body type: headlines side by side over two stacks are as close as body columns)."""
    usable = [c for c in chars if c["text"] and c["x1"] > c["x0"] and c["bottom"] > c["top"]]
    sizes = Counter(round(_char_size(c), 1) for c in usable if c["text"].strip())
    em = sizes.most_common(1)[0][0] if sizes else 1.0
    usable.sort(key=lambda c: (c["top"] + c["bottom"]) / 2)
    rows: list[list[dict[str, Any]]] = []
    centre = size = 0.0
    for ch in usable:
        mid = (ch["top"] + ch["bottom"]) / 2
        ch_size = _char_size(ch)
        if rows and abs(mid - centre) <= SAME_ROW * min(size, ch_size):
            rows[-1].append(ch)
        else:
            rows.append([ch])
            centre, size = mid, ch_size
    runs: list[Item] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        current: list[dict[str, Any]] = [row[0]]
        for ch in row[1:]:
            prev = current[-1]
            gap = ch["x0"] - prev["x1"]
            a, b = _char_size(prev), _char_size(ch)
            if gap > RUN_GAP_EM * min(max(a, b), em) or abs(a - b) > RUN_SIZE_CHANGE * max(a, b):
                runs.extend(_run(current))
                current = []
            current.append(ch)
        runs.extend(_run(current))
    return runs


def _char_size(ch: dict[str, Any]) -> float:
    size = ch.get("size") or 0.0
    return float(size) if size > 0 else float(ch["bottom"] - ch["top"])


def _run(chars: list[dict[str, Any]]) -> list[Item]:
    while chars and not chars[0]["text"].strip():
        chars = chars[1:]
    end = max((c["x1"] for c in chars), default=0.0)
    while chars and not chars[-1]["text"].strip():
        chars = chars[:-1]
    if not chars:
        return []
    x1 = max(c["x1"] for c in chars)
    sizes = sorted(_char_size(c) for c in chars)
    font = str(chars[len(chars) // 2].get("fontname", ""))  # the face of most of it
    return [
        Item(
            min(c["x0"] for c in chars),
            x1,
            min(c["top"] for c in chars),
            max(c["bottom"] for c in chars),
            text="".join(c["text"] for c in chars),
            size=sizes[len(sizes) // 2],
            font=font,
            trail=end - x1,
        )
    ]


def body_size(runs: list[Item]) -> float:
    """The body type size: the size most characters are set in."""
    counts: Counter[float] = Counter()
    for run in runs:
        counts[round(run.size, 1)] += len(run.text)
    return max(counts.most_common(1)[0][0], 1.0)


def vertical_headlines(runs: list[Item], em: float) -> list[Item]:
    """Single characters stacked one per line at the same x become one vertical item."""
    stacks: list[list[Item]] = []  # single characters at one x, top to bottom
    for single in sorted((r for r in runs if len(r.text) == 1), key=lambda r: r.x0):
        if stacks and single.x0 - stacks[-1][-1].x0 <= 0.25 * single.size:
            stacks[-1].append(single)
        else:
            stacks.append([single])
    used: set[int] = set()
    found: list[Item] = []
    for stack in stacks:
        stack.sort(key=lambda r: r.top)
        for i, first in enumerate(stack):
            if id(first) in used:
                continue
            chain = [first]
            for other in stack[i + 1 :]:
                last = chain[-1]
                step = other.top - last.bottom
                if abs(other.size - last.size) <= SAME_SIZE * last.size and step >= 0:
                    if step > VERTICAL_SPACE * last.size:
                        break
                    chain.append(other)
            if len(chain) >= VERTICAL_MIN_CHARS:
                used.update(id(r) for r in chain)
                found.append(_vertical(chain))
    return [r for r in runs if id(r) not in used] + found


def _vertical(chain: list[Item]) -> Item:
    return Item(
        min(r.x0 for r in chain),
        max(r.x1 for r in chain),
        chain[0].top,
        chain[-1].bottom,
        kind="vertical",
        text=_stacked_text(chain),
        size=chain[0].size,
        font=chain[0].font,
    )


def _stacked_text(chain: list[Item]) -> str:
    """The characters top to bottom; a gap of about a character between two is a space."""
    text = chain[0].text
    for above, below in zip(chain, chain[1:]):
        text += (" " if below.top - above.bottom > VERTICAL_STEP * above.size else "") + below.text
    return text


# -- the 版眉 -----------------------------------------------------------------------------------


def take_header(items: list[Item], height: float, em: float) -> tuple[tuple[PageHeader, float] | None, list[Item]]:
    """The page's top line when it is a 版眉 (a date and a 版次 or 责任编辑), and the other items."""
    texts = [i for i in items if i.kind == "text"]
    if not texts:
        return None, items
    first = min(texts, key=lambda i: i.top)
    if first.top > HEADER_TOP_SHARE * height:
        return None, items
    band = sorted((i for i in texts if i.top < first.bottom and i.bottom > first.top), key=lambda i: i.x0)
    text = " ".join(i.text for i in band)
    if any(i.size >= HEADLINE_RATIO * em for i in band):
        return None, items
    header = parse_header(text)
    if header is None:
        return None, items
    bottom = max(i.bottom for i in band)
    taken = {id(i) for i in band}
    return (header, bottom), [i for i in items if id(i) not in taken]


def parse_header(text: str) -> PageHeader | None:
    """Read a 版眉 such as ``丰台时报 2025年8月30日 星期六 第1版 责任编辑：王某``."""
    date_match = _DATE.search(text)
    if date_match is None:
        return None
    try:
        day = dt.date(int(date_match["y"]), int(date_match["m"]), int(date_match["d"]))
    except ValueError:
        return None
    rest = text[: date_match.start()] + " " + text[date_match.end() :]
    page_match = _PAGE.search(rest)
    if page_match is None and not _EDITOR.search(rest):
        return None
    page = None
    if page_match:
        page = f"{int(page_match['n'] or page_match['m']):02d}版"
    editorless = _EDITOR.split(rest)[0]
    paper = _PAPER.search(editorless)
    source = paper.group(0) if paper else None
    return PageHeader(" ".join(text.split()), source, day.isoformat(), page)


# -- rules, images, boxes -------------------------------------------------------------------------


def find_rules(rects: Iterable[dict[str, Any]], lines: Iterable[dict[str, Any]], em: float) -> list[Rule]:
    rules = []
    for shape in [*rects, *lines]:
        if shape["bottom"] - shape["top"] <= RULE_MAX_THICKNESS and shape["x1"] - shape["x0"] >= BOX_MIN_EM * em:
            rules.append(Rule(shape["x0"], shape["x1"], (shape["top"] + shape["bottom"]) / 2))
    return rules


def picture(image: dict[str, Any]) -> Item:
    return Item(image["x0"], image["x1"], image["top"], image["bottom"], kind="image")


def find_boxes(items: list[Item], rects: Iterable[dict[str, Any]], em: float) -> tuple[list[Item], bool]:
    """Items inside a rectangle around lines of text (a boxed sidebar, a shaded panel) become
    that box's content, read on their own and kept together (outermost boxes only)."""
    total = sum(len(i.text) for i in items)
    candidates = sorted(
        (r for r in rects if r["x1"] - r["x0"] >= BOX_MIN_EM * em and r["bottom"] - r["top"] >= BOX_MIN_EM * em),
        key=lambda r: -(r["x1"] - r["x0"]) * (r["bottom"] - r["top"]),
    )
    boxes: list[Item] = []
    rest = list(items)
    for rect in candidates:
        if any(_inside(rect, box) for box in boxes):
            continue
        inside = [i for i in rest if _inside(i, rect)]
        body = sum(1 for i in inside if i.kind == "text" and i.size < HEADLINE_RATIO * em)
        if body < BOX_MIN_LINES or sum(len(i.text) for i in inside) >= BOX_MAX_SHARE * total:
            continue  # a frame around a headline or a photo, or around the whole page
        boxes.append(Item(rect["x0"], rect["x1"], rect["top"], rect["bottom"], kind="box", content=inside))
        rest = [i for i in rest if not _inside(i, rect)]
    return rest + boxes, bool(boxes)


def _inside(inner: Any, outer: Any) -> bool:
    def get(obj: Any, key: str) -> float:
        return float(obj[key] if isinstance(obj, dict) else getattr(obj, key))

    t = POSITION_TOLERANCE
    return (
        get(inner, "x0") >= get(outer, "x0") - t
        and get(inner, "x1") <= get(outer, "x1") + t
        and get(inner, "top") >= get(outer, "top") - t
        and get(inner, "bottom") <= get(outer, "bottom") + t
    )


def side_by_side(items: list[Item], em: float) -> bool:
    """Whether two lines of body text stand level with each other across a gutter."""
    body = sorted((i for i in items if i.kind == "text" and is_body(i, em)), key=lambda i: i.top)
    for n, item in enumerate(body):
        for other in body[n + 1 :]:
            if other.top >= item.bottom:
                break
            overlap = min(item.bottom, other.bottom) - max(item.top, other.top)
            apart = max(other.x0 - item.x1, item.x0 - other.x1)
            if overlap > 0.5 * min(item.height, other.height) and apart >= GUTTER_EM * em:
                return True
    return False


def is_body(item: Item, em: float) -> bool:
    return SMALL_RATIO * em < item.size < HEADLINE_RATIO * em


# -- what a headline heads -------------------------------------------------------------------------


def headline_reach(items: list[Item], em: float) -> None:
    """Give each headline the extent of the columns it heads. The lines of one headline
    (column name, kicker, title lines, subtitle) head the same columns: those of the text
    and pictures starting under the last of them, the one under its widest line and its
    neighbours level with it, unless something stands beside the headline there (a story
    beside it) — of those, the widest run it is centred or left-aligned over. A short
    headline centred over three columns covers only the middle one, yet it is read first."""
    under = [i for i in items if i.kind == "image" or (i.kind == "text" and is_body(i, em))]
    under.sort(key=lambda i: i.top)
    tops = [i.top for i in under]
    groups = _headline_groups([i for i in items if i.kind == "text" and i.size >= HEADLINE_RATIO * em])
    for _ in range(2):  # the second time, what stands beside a headline blocks with its own reach
        reaches = {id(i): (i.lx0, i.lx1) for i in items}
        for group in groups:
            widest = max(group, key=lambda i: i.x1 - i.x0)
            top, bottom = group[0].top, max(i.bottom for i in group)
            start = bisect.bisect_left(tops, bottom - POSITION_TOLERANCE)
            end = bisect.bisect_right(tops, bottom + HEADLINE_REACH_EM * em)
            own = {id(line) for line in group}
            beside = [
                reaches[id(i)]
                for i in items
                if min(i.bottom, bottom) - max(i.top, top) > 0 and (i.x1 <= widest.x0 or i.x0 >= widest.x1)
                if id(i) not in own and (i.kind != "box" or not _inside(widest, i))
            ]
            reach = _columns_headed(widest, under[start:end], beside, em)
            for line in group:
                line.reach = None if reach is None else (min(reach[0], line.x0), max(reach[1], line.x1))


def _headline_groups(heads: list[Item]) -> list[list[Item]]:
    """Headline lines gathered into headlines: each line right under the last line of one
    (within its own size) and overlapping it joins it."""
    groups: list[list[Item]] = []
    for head in sorted(heads, key=lambda i: i.top):
        for group in groups:
            last = group[-1]
            if 0 <= head.top - last.bottom <= max(head.size, last.size) and last.x0 < head.x1 and head.x0 < last.x1:
                group.append(head)
                break
        else:
            groups.append([head])
    return groups


def _columns_headed(
    head: Item, below: list[Item], beside: list[tuple[float, float]], em: float
) -> tuple[float, float] | None:
    """The widest run of consecutive columns starting level with each other under the
    headline, free of anything beside it, that it is centred or left-aligned over (else the
    column right under it)."""
    spans = _coverage(below, em)
    if not spans:
        return None
    usual = sorted(x1 - x0 for x0, x1 in spans)[len(spans) // 2]
    columns = []  # (x0, x1, first top); a column of short lines is as wide as the usual one
    for n, (x0, x1) in enumerate(spans):
        limit = spans[n + 1][0] - GUTTER_EM * em - POSITION_TOLERANCE if n + 1 < len(spans) else x0 + usual
        columns.append((x0, max(x1, min(x0 + usual, limit)), min(i.top for i in below if x0 <= i.x0 and i.x1 <= x1)))
    free = [not any(x0 < c[1] and x1 > c[0] for x0, x1 in beside) for c in columns]
    middle = (head.x0 + head.x1) / 2
    anchors = [n for n, c in enumerate(columns) if free[n] and c[0] - em <= middle <= c[1] + em]
    if not anchors:
        return None
    anchor = first = last = min(anchors, key=lambda n: abs((columns[n][0] + columns[n][1]) / 2 - middle))
    top = columns[first][2]

    def joins(n: int, m: int) -> bool:  # column m, beside n, goes with it: free, level, one gutter away
        gap = max(columns[m][0] - columns[n][1], columns[n][0] - columns[m][1])
        return free[m] and abs(columns[m][2] - top) <= em and gap <= COLUMN_GAP_EM * em

    while first > 0 and joins(first, first - 1):
        first -= 1
    while last < len(columns) - 1 and joins(last, last + 1):
        last += 1
    best: tuple[float, float] | None = None
    for a in range(first, last + 1):
        for b in range(a, last + 1):
            x0, x1 = columns[a][0], columns[b][1]
            inside = x0 - 2 * em <= head.x0 and head.x1 <= x1 + 2 * em  # ragged text may stop short
            off = min(abs(middle - (x0 + x1) / 2), abs(head.x0 - x0))  # centred or left-aligned
            aligned = off <= HEADLINE_ALIGN_EM * em
            if inside and aligned and (best is None or x1 - x0 > best[1] - best[0]):
                best = (x0, x1)
    if best is None:  # aligned over none of them: it heads the column under it
        best = (columns[anchor][0], columns[anchor][1])
    return min(head.x0, best[0]), max(head.x1, best[1])


# -- reading order: recursive cuts ------------------------------------------------------------------


def extent(items: list[Item]) -> tuple[float, float]:
    return min(i.x0 for i in items), max(i.x1 for i in items)


def _coverage(items: Iterable[Item], em: float) -> list[list[float]]:
    """The x-intervals the items cover (headlines over the columns they head), merged across
    gaps narrower than a gutter: one interval per column, or per set of columns under
    something spanning them."""
    return _merged(sorted((i.lx0, i.lx1) for i in items), em)


def _merged(spans: Iterable[Sequence[float]], em: float) -> list[list[float]]:
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 - merged[-1][1] < GUTTER_EM * em:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return merged


def order(items: list[Item], frame: tuple[float, float], rules: list[Rule], em: float) -> list[Leaf]:
    """The items in reading order, as leaves: cut at full-width rules (top to bottom), else at
    gutters (left to right), else into zones of bands (top to bottom), each part again."""
    if len(items) <= 1:
        return [Leaf(items, frame)]
    parts = _cut_at_rules(items, rules)
    if len(parts) > 1:  # rules across the whole region: read what is above each first
        return [leaf for part in parts for leaf in order(part, frame, rules, em)]
    coverage = _coverage(items, em)
    if len(coverage) > 1:  # gutters: read the slices left to right
        leaves: list[Leaf] = []
        for x0, x1 in coverage:
            inside = [i for i in items if x0 <= i.lx0 and i.lx1 <= x1]
            leaves += order(inside, (x0, x1), rules, em)
        return leaves
    zones = _zones(_bands(items), rules, em)
    if len(zones) == 1:
        return [Leaf(items, frame)]
    return [leaf for zone in zones for leaf in order(zone, frame, rules, em)]


def _cut_at_rules(items: list[Item], rules: list[Rule]) -> list[list[Item]]:
    """The items cut at horizontal rules that span the region and cross no item."""
    left, right = min(i.lx0 for i in items), max(i.lx1 for i in items)
    top, bottom = min(i.top for i in items), max(i.bottom for i in items)
    t = POSITION_TOLERANCE
    cuts = sorted(
        rule.y
        for rule in rules
        if top < rule.y < bottom
        and min(rule.x1, right) - max(rule.x0, left) >= RULE_SPAN_SHARE * (right - left)
        and not any(i.top < rule.y - t and i.bottom > rule.y + t for i in items)
    )
    parts: list[list[Item]] = []
    rest = sorted(items, key=lambda i: i.top)
    for y in cuts:
        above = [i for i in rest if i.bottom <= y + t]
        rest = [i for i in rest if i.bottom > y + t]
        if above:
            parts.append(above)
    return parts + [rest] if rest else parts


def _bands(items: list[Item]) -> list[list[Item]]:
    """Items cut into horizontal bands at every vertical gap between them."""
    bands: list[list[Item]] = []
    reach = float("-inf")
    for item in sorted(items, key=lambda i: i.top):
        if bands and item.top < reach - 0.1:
            bands[-1].append(item)
            reach = max(reach, item.bottom)
        else:
            bands.append([item])
            reach = item.bottom
    return bands


@dataclass
class _Zone:
    items: list[Item]
    coverage: list[list[float]]
    bottom: float


def _zones(bands: list[list[Item]], rules: list[Rule], em: float) -> list[list[Item]]:
    """Consecutive bands gathered while they stay one set of columns (see the module doc)."""
    zones: list[_Zone] = []
    for band in bands:
        coverage = _coverage(band, em)
        zone = zones[-1] if zones else None
        if zone is not None and _joins(zone, band, coverage, rules, em):
            zone.items += band
            zone.coverage = _merged(sorted([*zone.coverage, *coverage]), em)
            zone.bottom = max(zone.bottom, max(i.bottom for i in band))
        else:
            zones.append(_Zone(list(band), coverage, max(i.bottom for i in band)))
    return [zone.items for zone in zones]


def _joins(zone: _Zone, band: list[Item], coverage: list[list[float]], rules: list[Rule], em: float) -> bool:
    """Whether a band goes on with the zone above it: not across a rule as wide as both,
    one column going on, or columns whose gutters the band leaves open."""
    union = _merged(sorted([*zone.coverage, *coverage]), em)
    left, right = union[0][0], union[-1][1]
    top = min(i.top for i in band)
    for rule in rules:
        between = zone.bottom - POSITION_TOLERANCE <= rule.y <= top + POSITION_TOLERANCE
        if between and min(rule.x1, right) - max(rule.x0, left) >= RULE_SPAN_SHARE * (right - left):
            return False
    if len(zone.coverage) == 1:
        return len(coverage) == 1  # one column going on; columns under a headline start a zone
    return len(union) > 1  # the columns go on, unless something spans them all


def flatten(items: list[Item]) -> list[Item]:
    flat: list[Item] = []
    for item in items:
        flat.append(item)
        flat += flatten(item.content)
    return flat
