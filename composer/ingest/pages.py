"""Page splitting: cleaned blocks -> articles with their headline roles and metadata.

A newspaper page in reading order is a run of headline groups, paragraphs, captions
and credits. Each headline group sits between the text before it (X) and after it (Y)
and is one of: the headline of a new article (Y), an in-body subhead (X and Y are one
article), or a headline printed *after* its article's body (it belongs to X). The
decision uses, strongest first: a byline starting Y (本报讯…), the number of headline
lines, a change of column width (a boxed sidebar set narrower), an interview going on,
and the lexical cohesion of X and Y (character bigrams weighted by their rarity on the
page — a subhead continues its article's vocabulary, a new article changes it). A
headline is given to X or Y by which body it shares rare words with, the way an
editor would read it (see docs/architecture.md, "Page splitting").
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from composer.common.article import ParsedArticle
from composer.common.text import drop_spaces_between_han, ends_sentence
from composer.ingest import bylines, webpage
from composer.ingest.cleanup import TURN_START, Block, Line, clean_lines, join_soft_breaks, mark_furniture, read_lines
from composer.ingest.limits import check_budget

# -- tuning (docs/architecture.md, "Page splitting"); lengths are in characters ------------
# Cohesion of the text before a one-line headline (X) and after it (Y): on the seed and demo
# pages subheads score ≥ 0.07, new articles ≤ 0.041; the threshold lies between them.
SUBHEAD_MIN_COHESION = 0.055
COHESION_SPAN_CHARS = 1200  # text on each side that is compared: a few paragraphs' vocabulary, still local
# A headline printed after its body (it belongs to X) shares X's rare words:
BODY_END_CHARS = 600  # X's last characters, read with its start (a headline echoes the lead) for that
TRAILING_MIN_COHESION = 0.015  # less shared with X is chance, not a headline of X
TRAILING_RATIO_UNTITLED = 1.0  # X has no headline yet: more cohesion with X than with Y is enough…
TRAILING_RATIO_TITLED = 3.0  # …but headlines precede their bodies far more often: with one above X, 3 times that with Y
WIDTH_COMPARED_PARAGRAPHS = 3  # paragraphs on each side of a headline whose median width is compared
COLUMN_WIDTH_CHANGE = 1.3  # a column 30 % narrower or wider (one column's lines vary ±15 %): a boxed sidebar
SUBHEAD_MAX_CHARS = 6  # a subhead right under the title is very short (创新亮点); a longer line is the subtitle…
SUBHEAD_MAX_SHARE_OF_TITLE = 0.6  # …and well short of the title
COLUMN_LABEL_MAX_CHARS = 8  # a column name (栏目) is a short label; a longer first line is a kicker or the title
KICKER_MAX_CHARS = 10  # a short line over a much longer title is its lead-in (引题)…
KICKER_TITLE_RATIO = 1.5  # …"much longer": 1.5 times the line above (a label over such a title is its kicker too)
INTERVIEW_MIN_TURNS = 2  # 姓名： turns that make an interview (a single one may be a name over a quotation)

# Labels that open a column intro rather than an article headline.
_INTRO_LABELS = ("编者按", "编者的话", "开栏的话", "开栏语", "编后", "编后语")
_INFOGRAPHIC = re.compile(r"^(?:一图(?:速览|读懂|看懂|了解|解读)|图解|图说|数读|数说|图表)")
# Labels printed over a boxed explainer next to a story.
_SIDEBAR_LABELS = ("链接", "相关链接", "新闻链接", "背景链接", "知识链接", "延伸阅读", "小贴士", "名词解释", "背景")
# "全国人大代表王少峰", "区政协委员 何嘉宁": a line naming the speaker above a 两会 headline.
_PERSON_LEAD = re.compile(
    r"^(?:全国|省|市|区|县)?(?:人大代表|政协委员|党代表|[\u4e00-\u9fff]{0,10}(?:书记|主任|区长|局长|部长|主席|代表|委员))"
    r"[ \u3000]?[\u4e00-\u9fff·]{2,4}$"
)
_INTERVIEW_SOURCE = re.compile(r"^“(?P<source>[^”]{2,12})”(?:专访|访谈|对话)")
_POETIC_HALF = re.compile(r"^[\u4e00-\u9fff]{4,9}$")
# A figure in an infographic: a number with a unit or percentage, set off by spaces.
_DATA_LINE = re.compile(r"(?=.*[0-9０-９])(?:.*[%％]|.*\S[ \u3000]+\S)")


@dataclass
class _Group:
    """Consecutive headline blocks; sub-groups are split where a blank line separates them."""

    blocks: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)  # captions printed right after it

    def subgroups(self) -> list[list[Block]]:
        parts: list[list[Block]] = []
        for block in self.blocks:
            if parts and block.blank_before == 0 and not block.vertical and not parts[-1][-1].vertical:
                parts[-1].append(block)
            else:
                parts.append([block])
        return parts

    @property
    def lines(self) -> list[str]:
        return [block.text for block in self.blocks]


@dataclass
class _Draft:
    """An article while the page is being walked."""

    headline: list[Block] = field(default_factory=list)
    trailing: list[Block] = field(default_factory=list)  # headline printed after the body
    texts: list[Block] = field(default_factory=list)  # paragraphs and subheads, in order
    captions: list[Block] = field(default_factory=list)
    credits: list[Block] = field(default_factory=list)
    jumps: list[Block] = field(default_factory=list)
    sources: list[Block] = field(default_factory=list)
    # The paragraphs among texts, kept as texts grows (it only ever grows at its end), so that
    # asking after every subhead of a long bulletin stays linear in the page, not quadratic.
    _paragraphs: list[Block] = field(default_factory=list, repr=False)
    _texts_seen: int = 0
    _has_turn: bool = False

    @property
    def has_title(self) -> bool:
        return bool(self.headline or self.trailing)

    def paragraphs(self) -> list[Block]:
        """The text blocks among texts (no subheads); do not modify the list returned."""
        for block in self.texts[self._texts_seen :]:
            if block.kind == "text":
                self._paragraphs.append(block)
                self._has_turn = self._has_turn or TURN_START.match(block.text) is not None
        self._texts_seen = len(self.texts)
        return self._paragraphs

    def has_turn(self) -> bool:
        """Whether a paragraph so far opens an interview turn (问：, 答：, 记者：)."""
        self.paragraphs()
        return self._has_turn

    def blocks(self) -> list[Block]:
        return self.headline + self.texts + self.captions + self.credits + self.jumps + self.sources + self.trailing


def split_page(text: str, *, soft_breaks: bool = False) -> list[ParsedArticle]:
    """Cut one page of text into articles (``soft_breaks``: see ``clean_page``)."""
    return split_blocks(page_blocks(text, soft_breaks=soft_breaks))


def page_blocks(
    text: str, *, soft_breaks: bool = False, lines: list[Line] | None = None, furniture: webpage.Furniture | None = None
) -> list[Block]:
    """The page's blocks; lines that can only be a web view's furniture (navigation, meta
    lines, share widgets, footers, printed above or below the page's text) are furniture
    blocks, left out of every article. ``lines`` and ``furniture``: the text's, when already
    read (of the text after soft breaks)."""
    if lines is None:
        lines = read_lines(join_soft_breaks(text) if soft_breaks else text)
    if furniture is None:
        furniture = webpage.find_furniture([(line.number, line.text) for line in lines], strict=True)
    return clean_lines(mark_furniture(lines, furniture.kinds(strict=True)))


def split_blocks(blocks: list[Block]) -> list[ParsedArticle]:
    """``split_page`` on cleaned blocks."""
    segmenter = _Segmenter(blocks)
    drafts = segmenter.run()
    articles = [_finish(draft) for draft in drafts]
    articles = [article for article in articles if article.body or article.title or article.captions]
    _inherit_page_column(articles)
    _credit_page_end_sources(articles, segmenter.page_end_sources)
    return articles


def _credit_page_end_sources(articles: list[ParsedArticle], sources: list[Block]) -> None:
    """来源:新华社 printed at the foot of a page credits the page's graphic or photo."""
    for block in sources:
        name = _source(block.text)
        candidates = [a for a in articles if a.kind in ("infographic", "photo") and a.byline is None]
        target = candidates[-1] if candidates else (articles[-1] if articles else None)
        if target is None:
            continue
        target.printed_source = target.printed_source or name
        if target.byline is None:
            target.byline = block.text


# -- walking the page --------------------------------------------------------------


class _Segmenter:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.vocabulary = _Vocabulary(blocks)
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.pending: _Group | None = None
        self.orphan_captions: list[Block] = []
        self.page_end_sources: list[Block] = []
        self.early_attachments: list[Block] = []

    def run(self) -> list[_Draft]:
        for index, block in enumerate(self.blocks):
            check_budget()
            if block.kind == "heading":
                self._heading(block)
            elif block.kind == "text":
                self._text(index, block)
            elif block.kind == "caption":
                self._caption(block)
            elif block.kind == "furniture":
                continue
            else:
                self._attachment(block)
        self._end_of_page()
        return self.drafts

    # -- per block kind -------------------------------------------------------------
    def _heading(self, block: Block) -> None:
        if self.pending and self.pending.captions:
            # Headline + picture credit + another headline: a stand-alone photo.
            self._start(self.pending.blocks, self.pending.captions)
            self.pending = None
        if self.pending is None:
            self.pending = _Group()
        self.pending.blocks.append(block)

    def _caption(self, block: Block) -> None:
        if self.pending is not None:
            self.pending.captions.append(block)
        elif self.current is not None:
            self.current.captions.append(block)
        else:
            self.orphan_captions.append(block)

    def _attachment(self, block: Block) -> None:
        target = self.current
        if target is None or (block.kind == "jump" and self.pending is not None):
            self.early_attachments.append(block)  # "(上接01版)" printed above its story
            return
        if block.kind == "source" and target.jumps:
            # Page-end matter after a jump line: the credit of a graphic, not of the
            # jumped story (see _credit_page_end_sources).
            self.page_end_sources.append(block)
            return
        {"credit": target.credits, "jump": target.jumps, "source": target.sources}[block.kind].append(block)

    def _text(self, index: int, block: Block) -> None:
        starts_with_byline = bylines.split_byline(block.text) is not None
        if self.pending is not None:
            group, self.pending = self.pending, None
            self._place_group(group, index, starts_with_byline)
        elif self.current is None or (starts_with_byline and self.current.texts):
            self._start([], [])
        assert self.current is not None
        self.current.texts.append(block)

    def _take_infographic(self, group: _Group, before_byline: bool = False) -> _Group:
        """一图速览 + data lines set like headlines: the lines are the graphic's text.

        Returns what is left of the group (the next article's headline, if any)."""
        titles = [i for i, block in enumerate(group.blocks) if _INFOGRAPHIC.match(block.text)]
        if not titles:
            return group
        start = end = titles[0] + 1
        while end < len(group.blocks) and _DATA_LINE.search(group.blocks[end].text):
            end += 1
        if before_byline and end == len(group.blocks):
            end -= 1  # the line right above 本报讯 is the next story's headline
        if end <= start:
            return group
        self._start(group.blocks[:start], [])
        assert self.current is not None
        self.current.texts.extend(replace(block, kind="text") for block in group.blocks[start:end])
        return _Group(blocks=group.blocks[end:], captions=group.captions)

    def _end_of_page(self) -> None:
        if self.pending is not None:
            self.pending = self._take_infographic(self.pending)
        if self.pending is not None and self.pending.blocks:
            group = self.pending
            if group.captions or self.current is None:
                self._start(group.blocks, group.captions)
            else:
                self.current.trailing.extend(group.blocks)
        if self.orphan_captions and self.drafts:
            self.drafts[0].captions[:0] = self.orphan_captions

    def _start(self, headline: list[Block], captions: list[Block]) -> None:
        self.current = _Draft(headline=list(headline), captions=list(captions))
        if self.orphan_captions:
            self.current.captions[:0] = self.orphan_captions
            self.orphan_captions = []
        for block in self.early_attachments:
            {"credit": self.current.credits, "jump": self.current.jumps, "source": self.current.sources}[
                block.kind
            ].append(block)
        self.early_attachments = []
        self.drafts.append(self.current)

    # -- the decision ---------------------------------------------------------------
    def _place_group(self, group: _Group, index: int, starts_with_byline: bool) -> None:
        group = self._take_infographic(group, before_byline=starts_with_byline)
        if not group.blocks:
            return
        current = self.current
        if current is None:
            self._start(group.blocks, group.captions)
            return
        following = self._following_blocks(index)
        if not starts_with_byline and self._is_subhead(group, current, following):
            current.texts.extend(group.blocks)
            current.captions.extend(group.captions)
            return
        leading = self._give_trailing_lines(group, current, following)
        self._start(leading, group.captions)

    def _is_subhead(self, group: _Group, current: _Draft, following: list[Block]) -> bool:
        if len(group.blocks) != 1 or group.blocks[0].vertical or not current.texts:
            return False
        if not any(ends_sentence(block.text) for block in following):
            return False  # a list without sentences: an infographic's text
        previous = current.paragraphs()
        if _width_changes(previous[-WIDTH_COMPARED_PARAGRAPHS:], following[:WIDTH_COMPARED_PARAGRAPHS]):
            return False
        if TURN_START.match(following[0].text) and current.has_turn():
            return True  # an interview goes on under a new subhead
        if len(previous) == 1 and bylines.split_byline(previous[0].text) is not None:
            return True  # a news story does not end after its lead paragraph
        cohesion = self.vocabulary.similarity(_last_chars(previous), _first_chars(following))
        return cohesion >= SUBHEAD_MIN_COHESION

    def _give_trailing_lines(self, group: _Group, current: _Draft, following: list[Block]) -> list[Block]:
        """Hand the first headline lines to the article before when they are its own."""
        subgroups = group.subgroups()
        opens_with_byline = bool(following) and bylines.split_byline(following[0].text) is not None
        if current.has_title and opens_with_byline:
            return group.blocks  # the common case: a headline, then its 本报讯 story
        if not any(ends_sentence(block.text) for block in following):
            return group.blocks  # a headline over a list: the list is its own article
        texts_before = current.paragraphs()
        body_before = _first_chars(texts_before) + _last_chars(texts_before, BODY_END_CHARS)
        body_after = _first_chars(following)
        taken = 0
        for subgroup in subgroups:
            before = self.vocabulary.similarity(subgroup, body_before)
            after = self.vocabulary.similarity(subgroup, body_after)
            # Headlines come before their body far more often: a headline already
            # printed above the article makes a second one after it unlikely.
            needed = TRAILING_RATIO_UNTITLED if not current.has_title else TRAILING_RATIO_TITLED
            if before > TRAILING_MIN_COHESION and before > needed * after:
                taken += 1
            else:
                break
        if taken == len(subgroups) and not current.has_title and not opens_with_byline:
            taken -= 1  # on weak evidence, leave the next article its headline
        for subgroup in subgroups[:taken]:
            current.trailing.extend(subgroup)
        return [block for subgroup in subgroups[taken:] for block in subgroup]

    def _following_blocks(self, index: int) -> list[Block]:
        """The text blocks from ``index`` up to the next headline."""
        found = []
        for position in range(index, len(self.blocks)):  # no slice: copying the rest of the page is quadratic
            block = self.blocks[position]
            if block.kind == "heading":
                break
            if block.kind == "text":
                found.append(block)
        return found


def _first_chars(blocks: Iterable[Block], limit: int = COHESION_SPAN_CHARS) -> list[Block]:
    taken, size = [], 0
    for block in blocks:
        taken.append(block)
        size += len(block.text)
        if size >= limit:
            break
    return taken


def _last_chars(blocks: list[Block], limit: int = COHESION_SPAN_CHARS) -> list[Block]:
    return list(reversed(_first_chars(reversed(blocks), limit)))


def _width_changes(before: list[Block], after: list[Block]) -> bool:
    """A boxed sidebar is set in a narrower (or wider) column than the article above."""
    widths_before = [block.width for block in before if block.width]
    widths_after = [block.width for block in after if block.width]
    if not widths_before or not widths_after:
        return False
    a = sorted(widths_before)[len(widths_before) // 2]
    b = sorted(widths_after)[len(widths_after) // 2]
    return max(a, b) / min(a, b) > COLUMN_WIDTH_CHANGE


# -- cohesion ------------------------------------------------------------------------

_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _bigrams(text: str) -> list[str]:
    grams: list[str] = []
    for run in _HAN.findall(text):
        grams.extend(map(operator.add, run, run[1:]))
    return grams


class _Vocabulary:
    """Character bigrams per block, weighted by how rare they are on this page (tf-idf)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._grams: dict[int, list[str]] = {}
        self._frequency: Counter[str] | None = None
        self._idf_by_frequency: list[float] = []
        self._weight_cache: dict[tuple[int, ...], dict[str, float]] = {}

    def grams(self, block: Block) -> list[str]:
        key = id(block)
        if key not in self._grams:
            self._grams[key] = _bigrams(block.text)
        return self._grams[key]

    def _document_frequency(self) -> Counter[str]:
        if self._frequency is None:
            counted = [set(self.grams(b)) for b in self.blocks if b.kind in ("text", "heading")]
            self._frequency = Counter(itertools.chain.from_iterable(counted))
            total = max(len(counted), 1)
            self._idf_by_frequency = [math.log((total + 1) / (n + 0.5)) for n in range(total + 1)]
        return self._frequency

    def similarity(self, first: list[Block], second: list[Block]) -> float:
        """IDF-weighted cosine of two block lists' bigrams (0 = nothing rare shared)."""
        a, b = self._weights(first), self._weights(second)
        if not a or not b:
            return 0.0
        dot = sum(weight * b[gram] for gram, weight in a.items() if gram in b)
        norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
        return dot / norm if norm else 0.0

    def _weights(self, blocks: list[Block]) -> dict[str, float]:
        key = tuple(id(block) for block in blocks)
        if key not in self._weight_cache:
            self._weight_cache[key] = self._compute_weights(blocks)
        return self._weight_cache[key]

    def _compute_weights(self, blocks: list[Block]) -> dict[str, float]:
        frequency = self._document_frequency()
        idf = self._idf_by_frequency
        counts = Counter(itertools.chain.from_iterable(self.grams(block) for block in blocks))
        return {gram: (1 + _LOG[min(n, _MAX_COUNT)]) * idf[frequency[gram]] for gram, n in counts.items()}


_MAX_COUNT = 63  # a bigram's count in a block list weighs at most as much as this (a table of logs)
_LOG = [0.0] + [math.log(n) for n in range(1, _MAX_COUNT + 1)]


# -- from draft to article -----------------------------------------------------------


def _finish(draft: _Draft) -> ParsedArticle:
    article = ParsedArticle()
    blocks = draft.blocks()
    article.first_line = min(block.first_line for block in blocks)
    article.last_line = max(block.last_line for block in blocks)
    has_body = any(block.kind == "text" for block in draft.texts)
    assign_headlines(article, draft.headline, draft.trailing, has_body)
    _build_body(article, draft)
    _read_attachments(article, draft)
    article.kind = _kind(article, draft)
    return article


def assign_headlines(article: ParsedArticle, headline: list[Block], trailing: list[Block], has_body: bool) -> None:
    """Column, kicker, title, subtitle and subheads of a headline group, by newspaper convention."""
    lines = [block.text for block in headline]
    vertical = [block.text for block in headline + trailing if block.vertical]
    if len(lines) >= 2 and (_is_label(lines[0], lines[1:] if has_body else lines) or lines[1] in _INTRO_LABELS):
        article.column = lines.pop(0)
    kicker = None
    if len(lines) >= 2 and not _DASH_LED.match(lines[1]) and (
            is_poetic_couplet(lines[0]) or _is_short_lead(lines[0], lines[1])):
        kicker = lines.pop(0)  # (a line led by a dash is the subtitle of the line above: 激活乡村“一池春水” / ——…纪实)
    title_lines = lines + [block.text for block in trailing if not block.vertical]
    if vertical:
        title_lines = vertical + [line for line in title_lines if line not in vertical]
    if title_lines:
        article.title = title_lines[0]
        rest = title_lines[1:]
        if (
            rest
            and len(rest[0]) <= SUBHEAD_MAX_CHARS
            and len(rest[0]) <= SUBHEAD_MAX_SHARE_OF_TITLE * len(article.title)
            and not trailing
            and not _DASH_LED.match(rest[0])
        ):
            article.subheads.append(rest.pop(0))
        if rest:
            article.subtitle = rest[0]
            article.alt_titles = rest
    article.kicker = kicker or article.column
    source = _INTERVIEW_SOURCE.match(article.title or "") or _INTERVIEW_SOURCE.match(kicker or "")
    if source:
        article.printed_source = source.group("source")


_DASH_LED = re.compile(r"^\s*(?:——|—|--|－－)")


def _is_label(line: str, rest: list[str]) -> bool:
    """A column name above a headline: short, no punctuation, and not itself a lead-in
    to a much longer title (that would be a kicker)."""
    if len(line) > COLUMN_LABEL_MAX_CHARS or re.search(r"[\s“”，,：:]", line) or _PERSON_LEAD.match(line):
        return False
    return (
        len(rest) >= 2 or (len(rest) == 1 and len(rest[0]) < KICKER_TITLE_RATIO * len(line)) or line in _SIDEBAR_LABELS
    )


def is_poetic_couplet(line: str) -> bool:
    halves = line.split()
    return len(halves) == 2 and all(_POETIC_HALF.match(h) for h in halves) and len(halves[0]) == len(halves[1])


def _is_short_lead(line: str, next_line: str) -> bool:
    return bool(_PERSON_LEAD.match(line)) or (
        len(line) <= KICKER_MAX_CHARS and len(next_line) >= KICKER_TITLE_RATIO * len(line)
    )


def _build_body(article: ParsedArticle, draft: _Draft) -> None:
    paragraphs: list[str] = []
    for position, block in enumerate(draft.texts):
        text = block.text
        if block.kind == "heading":
            if not paragraphs:
                article.subheads.append(text)
                continue
            article.subheads.append(text)
            paragraphs.append(text)
            continue
        if position == 0 or (not paragraphs and article.byline is None):
            byline = bylines.split_byline(text)
            if byline is not None:
                article.byline = byline.printed
                article.reporters = byline.reporters
                text = byline.rest
        text = drop_spaces_between_han(text)
        if text:
            paragraphs.append(text)
    article.body = "\n".join(paragraphs)
    first = next((p for p in paragraphs if p not in article.subheads), "")
    if article.title not in _INTRO_LABELS:
        article.event_date = bylines.event_date(first)


def _read_attachments(article: ParsedArticle, draft: _Draft) -> None:
    for caption in draft.captions:
        for name in caption.names:
            if name not in article.photographers:
                article.photographers.append(name)
        if _is_bare_credit(caption.text) and article.byline is None and not article.body:
            article.byline = caption.text
        else:
            article.captions.append(caption.text)
    for credit in draft.credits:
        if article.byline is None:
            article.byline = credit.text
    for jump in draft.jumps:
        direction, page = _jump(jump.text)
        if direction in ("上接", "接"):
            article.continued_from = page
    for source in draft.sources:
        article.printed_source = article.printed_source or _source(source.text)
        if article.byline is None:
            article.byline = source.text


def _is_bare_credit(text: str) -> bool:
    return bool(re.fullmatch(r"(?:摄影?|图)\s*[/／:：]\s*\S+(?:\s+\S+)*", text))


def _jump(text: str) -> tuple[str, str]:
    from composer.ingest.cleanup import jump_page

    found = jump_page(text)
    return found if found else ("", "")


def _source(text: str) -> str | None:
    from composer.ingest.cleanup import source_name

    return source_name(text)


def _kind(article: ParsedArticle, draft: _Draft) -> str:
    paragraphs = article.paragraphs()
    if article.title in _INTRO_LABELS:
        return "column_intro"
    if not paragraphs and (article.photographers or article.captions):
        return "photo"
    if _INFOGRAPHIC.match(article.title or "") or (paragraphs and not any(ends_sentence(p) for p in paragraphs)):
        return "infographic"
    if bylines.count_turns(paragraphs) >= INTERVIEW_MIN_TURNS:
        return "interview"
    if any(block.vertical for block in draft.headline + draft.trailing) or article.column in _SIDEBAR_LABELS:
        return "sidebar"
    own_reporting = article.byline is not None and article.byline.startswith(("本报", "新华社"))
    has_bullets = any(re.match(r"^[●•◆■▲►▶★※]", p) for p in paragraphs)
    if not own_reporting and (has_bullets or (article.column and not article.reporters)):
        return "feature"
    return "news"


def _inherit_page_column(articles: list[ParsedArticle]) -> None:
    """An 编者按 under a column name introduces that column for the rest of the page."""
    column = None
    for article in articles:
        if article.kind == "column_intro" and article.column:
            column = article.column
        elif article.column is not None:
            column = None  # another column begins
        elif column:
            article.column = column
            article.kicker = article.kicker or column
