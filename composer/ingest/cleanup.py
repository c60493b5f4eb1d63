"""Page text -> clean blocks: the first half of importing a page.

PDF extraction breaks a page into lines at arbitrary places: mid-sentence, with blank
lines in between, with photo captions dropped into the middle of a sentence, and with
vertical headlines printed one character per line. This module rebuilds the page as a
sequence of :class:`Block` s (paragraphs, headings, captions, credits, jump lines),
without changing a word: it only rejoins lines, removes layout markers, and widens
half-width punctuation between Chinese characters.

How a line break is judged (see docs/architecture.md, "Page cleanup"):

* A paragraph ends at a sentence terminal (。？！…；) or before a structural line
  (a byline such as 本报讯, an interview turn ``姓名:``, a bullet, a ``##`` heading).
* An open line (no terminal) continues into the next text line when it reads as
  prose — it already spans several lines, holds sentence punctuation (，、：“), has an
  unclosed quote, or fills the column width of a hard-wrapped page — unless the next
  line is itself a heading that introduces an article.
* An open single line that does not read as prose is a heading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from composer.common.text import (
    CLOSING_ONLY,
    ends_sentence,
    has_traditional,
    join_broken,
    quote_balance,
    simplified_table,
    widen_punctuation,
)
from composer.ingest.limits import check_budget

# -- tuning (docs/architecture.md, "Page cleanup"); lengths are in characters -------------
VERTICAL_RUN_MIN_LINES = 3  # one-character lines in a row that make a vertical headline (fewer: stray characters)
# Hard-wrapped text (a narrow PDF column) is told from one line per paragraph by its line lengths:
WIDTH_RADIUS = 6  # lines on each side of a line whose lengths are looked at: local, so a column change shows
WIDTH_TOLERANCE = 0.2  # within ±20 % of their median a line has "the same length" (indents, digits, punctuation)
HARD_WRAP_MIN_LINES = 5  # fewer lines around (a short page, its edges) tell nothing about a column
HARD_WRAP_SHARE = 0.6  # most of the lines around share the median length…
HARD_WRAP_MAX_WIDTH = 40  # …and it is a column's: one line per paragraph makes longer lines
# A line as long as its hard-wrapped column (±15 %) fills it: wrapped prose, not a heading.
COLUMN_FILL_MIN = 0.85
COLUMN_FILL_MAX = 1.15
FULL_LINE_SHARE = 0.95  # a sentence end on a line this full goes on in the paragraph (a paragraph's last line is short)
HEADLINE_MAX_CHARS = 50  # no headline line is longer: a longer open line is prose
SECOND_HEADLINE_MAX_CHARS = 40  # a short open line with commas under a heading or above a byline is a headline line
# Web text keeps one printed line per paragraph; a hard-wrapped text (a PDF column pasted as text) ends most of
# its long lines mid-sentence:
WRAPPED_LINE_MIN_CHARS = 15  # lines this long tell how a text is wrapped (shorter ones are headings, labels)
WRAPPED_MIN_LINES = 5  # fewer long lines tell nothing
WRAPPED_OPEN_SHARE = 0.5  # at least half of them end mid-sentence: the text is hard-wrapped

# 一、… / （二）…: a numbered section or item (layout.py strips it from a bulletin's item titles)
NUMBERED_HEAD = r"[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
_SECTION_NUMBER = re.compile(
    rf"^\s*(?:{NUMBERED_HEAD}|第[一二三四五六七八九十百\d]{{1,4}}[章节条部分]|\d{{1,2}}\s*[、．])"
)
NAME = r"[\u4e00-\u9fff·]{2,5}"
# "…（左三）。 摄/吕晓飞", "摄/欧阳树辰", "北京丰台站交通枢纽。姜澜 摄", "本报记者 张三 摄"
_CREDIT_SLASH = re.compile(
    rf"(?:摄影?|图)\s*[/／:：]\s*(?P<names>{NAME}(?:[\s、,，]+{NAME})*)\s*$"
    rf"|记者\s*(?P<before>{NAME}(?:[\s、,，]+{NAME})*)\s*[/／]\s*摄影?\s*$")  # …记者 裴思童/摄
_CREDIT_SUFFIX = re.compile(
    rf"(?:^|[。.！!）)\s])\s*(?:(?:本报|新华社)?(?:记者|通讯员|特约记者)\s*)?"
    rf"(?P<names>{NAME}(?:[\s、,，]+{NAME})*)\s*摄\s*$"
)
# 节目录制现场。受访者供图 / …现场。资料图: who gave the picture, after the caption's sentence
_SUPPLIED_PICTURE = re.compile(r"。\s*[^\s。，；！？]{0,12}(?:供图|资料图|资料照片)\s*$")
# "澳門議事亭前地（巴士的記者攝）", "会议现场。（记者 张三 摄）", "岑浩輝。（…網站圖片）": a credit in brackets
_CREDIT_BRACKET = re.compile(
    r"[(（](?P<credit>[^()（）]{0,24}?(?:摄影|摄|攝|供图|图片|圖片|资料图|資料圖|资料照片|資料照片))\s*[)）]\s*$"
)
# (图/某县政府提供.2025.12.25.): who gave the picture, on a line of its own; ▲…: the mark before a caption
_PICTURE_GIVEN_BY = re.compile(r"^[(（]\s*图\s*[/／:：]\s*[^()（）]{2,30}?提供[^()（）]{0,20}[)）]?$")
# (▲某报记者：… marks a transcript's question)
_MARKED_CAPTION = re.compile(r"^[▲△]\s*(?![^：:，。]{1,20}[：:])\S")
# 讨论会现场, 活动现场 alone between paragraphs: what a photo shows (直击现场, 走进现场 head a report)
_HEADLINE_HALVES = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_SCENE_ONLY = re.compile(r"^(?!走进|直击|探访|来到|回到|深入|亲临|记者)[\u4e00-\u9fff]{1,8}现场$")
# 省委书记蔡某主持会议并作总结, 市委书记夏某讲话: a line naming an official and what they do on the photo, no mark
_OFFICIAL_AT_WORK = re.compile(
    r"^[\u4e00-\u9fff、“”（）]{0,30}(?:书记|区长|县长|市长|省长|镇长|乡长|主任|局长|厅长|部长|主席|院长|常委|秘书长|组长"
    r"|处长|署长|司长|行政长官)[\u4e00-\u9fff·]{2,4}(?:(?:作|做)?(?:重要)?讲话|致辞|发言|(?:作|做)(?:工作)?报告"
    r"|主持会议(?:并(?:讲话|作总结|做总结))?|(?:作|做)总结)$"
)
# 保安司司長某某（圖中）, 区长王静（右二）: a line naming who stands where in the picture above it
_PLACE_IN_PICTURE = re.compile(r"[(（]\s*(?:[图圖]\s*)?(?:[左右中前后後]\s*[一二三四五六七八九\d]?|正中|居中)\s*[)）]$")
_BRACKET_NAMES = re.compile(rf"(?:记者|記者|通讯员|通訊員)\s*(?P<names>{NAME}(?:[\s、,，]+{NAME})*?)\s*(?:摄|攝)")
CAPTION_MAX_CHARS = 100  # a bracketed picture credit ends a caption, not a paragraph
IMAGE_CAPTION_MAX_CHARS = 30  # a line this short under a picture's file name says what the picture shows
PICTURED_NAMES_MIN = 2  # lines of a name only, one after another, named in the next line: the photos' captions
_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_LINE_SENTENCE_INSIDE = re.compile(r"[。！？；].")  # (one sentence at most: a caption, not a paragraph)
_JUMP_PAGE = r"[A-Za-z]?[0-9０-９一二三四五六七八九十]+"  # 02, 二, A2: the page a jump line points to
_JUMP = re.compile(rf"^[(（]\s*(?P<dir>上接|下转|接|转)\s*(?:第)?\s*(?P<page>{_JUMP_PAGE})\s*版\s*[)）]$")
_SOURCE = re.compile(r"^(?:来源|稿件来源|文章来源|来源于)\s*[:：]\s*(?P<source>\S.{0,30})$")
# "(区委改革办 区委社会工作部)" printed after a body: an organisation credit.
_ORG_CREDIT = re.compile(r"^[(（](?P<orgs>[\u4e00-\u9fff][\u4e00-\u9fff\s、·]{1,40})[)）]$")
BYLINE_START = re.compile(
    r"^(?:本报(?:[\u4e00-\u9fff]{0,4})讯|新华社[\u4e00-\u9fff]{0,8}电|[\u4e00-\u9fff]{2,8}(?:[/／][\u4e00-\u9fff]{2,8})?讯(?=\s*[(（])|本报记者\s*"
    + NAME
    + r"\s*报道)"
)
# "记者:…", "卢英博:…", "问:…" at the start of a paragraph: an interview turn.
TURN_START = re.compile(rf"^(?:记者|主持人|问|答|{NAME})\s*[:：](?!\s*$)")
_BULLET = re.compile(r"^[●•◆◇■□▲△►▶☆★※·]\s*")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# - 云湖：我区召开…: a list item's mark, as a page's <li> lines come out of a converter (markdown)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")  # ---|---|---
_EMPTY_CELLS = re.compile(r"(?:\s*\|){3,}\s*$")  # 标题 | ||||||: a row's cells left empty
_MARKDOWN_ITEM = re.compile(r"^[-*+]\s+(?=[^\s\-*+])")
# Vertical-text presentation forms of quotation marks.
_VERTICAL_FORMS = str.maketrans({"﹃": "“", "﹄": "”", "﹁": "‘", "﹂": "’", "︵": "（", "︶": "）"})
_PROSE_PUNCT = re.compile(r"[，,、；;：:。！？!?]")
_CUT_AFTER = ("，", ",", "、")


@dataclass
class Block:
    """One unit of a cleaned page, in reading order."""

    kind: str  # text | heading | caption | credit | jump | source | furniture
    text: str
    first_line: int
    last_line: int
    blank_before: int = 0
    markdown: bool = False
    vertical: bool = False
    lines: int = 1  # how many printed lines the block was rebuilt from
    width: float = 0.0  # median printed line length, for hard-wrapped text
    names: list[str] = field(default_factory=list)  # photographers of a caption/credit
    furniture: str = ""  # the furniture class of a furniture block (nav, meta, share … see webpage.py)

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"


@dataclass
class Line:
    """A printed line that holds something."""

    text: str
    number: int
    blank_before: int
    markdown: bool = False
    vertical: bool = False
    furniture: str = ""


def clean_page(
    text: str,
    *,
    soft_breaks: bool = False,
    furniture: Mapping[int, str] | None = None,
    line_paragraphs: bool = False,
) -> list[Block]:
    """Rebuild a page's text as blocks (paragraphs with their words unchanged).

    ``soft_breaks``: the reader already knows paragraphs (a PDF laid out with gaps and
    indents), so a single newline is a line wrap inside a paragraph and is joined
    first; in plain text a single newline means nothing and the heuristics decide.
    ``furniture``: printed line numbers (of the text after joining soft breaks) that are page
    furniture, with their class; each becomes a block of its own. ``line_paragraphs``: each
    printed line is a paragraph (web text), except a line cut after a comma.
    """
    if soft_breaks:
        text = join_soft_breaks(text)
    return clean_lines(read_lines(text, furniture), line_paragraphs=line_paragraphs)


def clean_lines(lines: list[Line], *, line_paragraphs: bool = False) -> list[Block]:
    """``clean_page`` on lines already read (``read_lines``), their furniture marked."""
    lines = _merge_vertical_runs(lines)
    local_widths = _LocalWidths(lines)
    return _Assembler(lines, local_widths, line_paragraphs=line_paragraphs).run()


def mark_furniture(lines: list[Line], furniture: Mapping[int, str]) -> list[Line]:
    """The lines with their furniture class (by printed line number) set."""
    if not furniture and not any(line.furniture for line in lines):
        return lines
    return [replace(line, furniture=furniture.get(line.number, "")) for line in lines]


def is_hard_wrapped(lines: list[Line]) -> bool:
    """Most long lines end mid-sentence: the text was wrapped at a column width, and its
    lines are rejoined; otherwise (web text) each printed line is a paragraph."""
    # (the first line is the headline, and 一、… / （二）… / 第三章… head sections: open in any layout, and of
    # about one length, they had made a short web article with numbered sections look hard-wrapped)
    printed = [line.text for line in lines if not line.furniture][1:]
    # a line printed again (a photo's alt text, then its caption; the headline over each photo of a gallery) is
    # one line of the page's width, not several: wrapping never prints the same line twice
    printed = list(dict.fromkeys(printed))
    long_lines = [text for text in printed if len(text) >= WRAPPED_LINE_MIN_CHARS and not _SECTION_NUMBER.match(text)]
    if len(long_lines) < WRAPPED_MIN_LINES:
        return False
    open_lengths = [len(text) for text in long_lines if not ends_sentence(text)]
    if len(open_lengths) < WRAPPED_OPEN_SHARE * len(long_lines):
        return False
    median = _median(open_lengths)  # and they fill a column: most as long as each other
    similar = sum(1 for length in open_lengths if abs(length - median) <= WIDTH_TOLERANCE * median)
    return similar >= HARD_WRAP_SHARE * len(open_lengths)


def join_soft_breaks(text: str) -> str:
    blocks = []
    for block in re.split(r"\n[ \t\u3000]*\n", text):
        blocks.append(join_pieces([piece.strip() for piece in block.split("\n") if piece.strip()]))
    return "\n\n".join(blocks)


def join_pieces(pieces: list[str]) -> str:
    """The pieces of one paragraph joined as ``join_broken`` joins two, in linear time:
    joining them one by one copies the growing paragraph each time, which made a page of
    a few thousand short lines in one paragraph take minutes."""
    parts: list[str] = []
    tail = ""  # the last character joined so far
    for piece in pieces:
        head = piece[:1]
        # join_broken decides by the two characters either side of the break alone
        if tail and head and join_broken(tail, head) != tail + head:
            parts.append(" ")
        parts.append(piece)
        tail = piece[-1:] or tail
    return "".join(parts)


def read_lines(text: str, furniture: Mapping[int, str] | None = None) -> list[Line]:
    """The printed lines of a text that hold something, numbered from 1, ``## `` taken off."""
    lines: list[Line] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        check_budget()  # a file's time budget and the user's cancel reach every long loop of reading
        stripped = raw.strip().strip("\u3000")
        if not stripped:
            blanks += 1
            continue
        if "|" in stripped:  # a page saved as Markdown: a table's rule and its empty cells are no text
            if _TABLE_RULE.match(stripped):
                blanks += 1
                continue
            stripped = _EMPTY_CELLS.sub("", stripped)
        markdown = bool(_MARKDOWN_HEADING.match(stripped))
        if markdown:
            stripped = _MARKDOWN_HEADING.sub("", stripped).strip()
        elif stripped[:1] in "-*+" and _MARKDOWN_ITEM.match(stripped):
            stripped = _MARKDOWN_ITEM.sub("", stripped)
        lines.append(Line(stripped, number, blanks, markdown, furniture=(furniture or {}).get(number, "")))
        blanks = 0
    return lines


def _is_vertical_piece(text: str) -> bool:
    visible = text.replace(" ", "")
    return 0 < len(visible) <= 2 and (len(visible) == 1 or not visible[1].isalnum())


def _merge_vertical_runs(lines: list[Line]) -> list[Line]:
    """Three or more one-character lines in a row are a vertical headline."""
    merged: list[Line] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and not lines[end].furniture and _is_vertical_piece(lines[end].text):
            end += 1
        if end - index >= VERTICAL_RUN_MIN_LINES:
            pieces = []
            run = lines[index:end]
            usual_gap = min(line.blank_before for line in run[1:])
            for offset, line in enumerate(run):
                if offset and line.blank_before > usual_gap:  # a wider gap: a space in the headline
                    pieces.append(" ")
                pieces.append(line.text.replace(" ", ""))
            text = "".join(pieces).translate(_VERTICAL_FORMS)
            merged.append(Line(text, lines[index].number, lines[index].blank_before, vertical=True))
            index = end
        else:
            merged.append(lines[index])
            index += 1
    return merged


class _LocalWidths:
    """Per line, the column width of a hard-wrapped neighbourhood, or 0 if it is not one.

    A neighbourhood is hard-wrapped when most nearby lines have about the same length
    (PDF text set in a narrow column), as opposed to one line per paragraph. Computed
    on demand: only open lines ever ask.
    """

    def __init__(self, lines: list[Line], radius: int = WIDTH_RADIUS) -> None:
        self.lengths = [len(line.text) for line in lines]
        self.radius = radius
        self.known: dict[int, float] = {}

    def __getitem__(self, index: int) -> float:
        if index not in self.known:
            window = self.lengths[max(0, index - self.radius) : index + self.radius + 1]
            median = _median(window)
            similar = sum(1 for length in window if abs(length - median) <= WIDTH_TOLERANCE * median)
            hard_wrapped = (
                len(window) >= HARD_WRAP_MIN_LINES
                and similar >= HARD_WRAP_SHARE * len(window)
                and median <= HARD_WRAP_MAX_WIDTH
            )
            self.known[index] = median if hard_wrapped else 0.0
        return self.known[index]


_JUMP_AT_END = re.compile(rf"[(（]\s*(?:下转|转)\s*第?\s*{_JUMP_PAGE}\s*版\s*[)）]\s*$")
_JUMP_AT_START = re.compile(rf"^[(（]\s*(?:上接|接)\s*第?\s*{_JUMP_PAGE}\s*版\s*[)）]\s*")


def _split_jumps(text: str) -> tuple[str, str, str]:
    """A jump marker printed inside a paragraph ("…的环境。(下转02版)") is taken out."""
    before = after = ""
    if "版" not in text:
        return text, before, after
    start = _JUMP_AT_START.match(text)
    if start and start.end() < len(text):
        before, text = start.group().strip(), text[start.end() :]
    end = _JUMP_AT_END.search(text)
    if end and end.start() > 0:
        after, text = end.group().strip(), text[: end.start()].rstrip()
    return text, before, after


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _fills_column(length: int, width: float) -> bool:
    """A line as long as its hard-wrapped column is a wrapped prose line, not a heading."""
    return bool(width) and COLUMN_FILL_MIN * width <= length <= COLUMN_FILL_MAX * width


def line_kind(text: str) -> str:
    """caption | credit | jump | source | text, for one printed line (read in simplified characters:
    記者 裴思童/攝 and 受訪者供圖 are credits as 摄 and 供图 are)."""
    if ("攝" in text or "圖" in text) and has_traditional(text):  # (the credits below all hold 摄 or 图)
        text = text.translate(simplified_table())
    opens_with_bracket = text[:1] in "(（"
    if opens_with_bracket and "版" in text and _JUMP.match(text):
        return "jump"
    if text.startswith(("来源", "稿件来源", "文章来源")) and _SOURCE.match(text):
        return "source"
    if ("摄" in text or "图" in text) and (_CREDIT_SLASH.search(text) or _CREDIT_SUFFIX.search(text)
                                           or _SUPPLIED_PICTURE.search(text)):
        return "caption"
    if text[-1:] in ")）" and len(text) <= CAPTION_MAX_CHARS and _CREDIT_BRACKET.search(text):
        return "caption"
    if text[-1:] in ")）" and len(text) <= IMAGE_CAPTION_MAX_CHARS and _PLACE_IN_PICTURE.search(text):
        return "caption"
    if opens_with_bracket and _ORG_CREDIT.match(text):
        return "credit"
    if len(text) <= CAPTION_MAX_CHARS and (_PICTURE_GIVEN_BY.match(text.strip()) or _SCENE_ONLY.match(text.strip())):
        return "caption"
    if text[-1:] in "话结辞言告议" and _OFFICIAL_AT_WORK.match(text.strip()):
        return "caption"  # 省教育厅厅长陈某做重要讲话 on a line of its own: a photo's caption
    return "text"


def caption_names(text: str) -> list[str]:
    """The photographers a caption's credit names, as printed (matched in simplified characters, which
    stand one for one with the printed ones)."""
    simple = text.translate(simplified_table())
    slash = _CREDIT_SLASH.search(simple)
    span = slash.span("before") if slash and slash.group("before") else None
    if span is None:
        match = slash or _CREDIT_SUFFIX.search(simple)
        if match:
            span = match.span("names")
        else:
            bracket = _CREDIT_BRACKET.search(simple)
            names = _BRACKET_NAMES.search(bracket.group("credit")) if bracket else None
            if bracket and names:
                offset = bracket.start("credit")
                span = (offset + names.start("names"), offset + names.end("names"))
    if span is None:
        return []
    return [name for name in re.split(r"[\s、,，]+", text[span[0] : span[1]]) if name]


def jump_page(text: str) -> tuple[str, str] | None:
    """("上接", "01版") for a jump line, else None."""
    match = _JUMP.match(text)
    return (match.group("dir"), match.group("page") + "版") if match else None


def source_name(text: str) -> str | None:
    match = _SOURCE.match(text)
    return match.group("source").strip() if match else None


def starts_structure(text: str) -> bool:
    """Lines that always begin a new paragraph: bylines, interview turns, bullets."""
    return bool(BYLINE_START.match(text) or TURN_START.match(text) or _BULLET.match(text))


def has_prose_punctuation(text: str) -> bool:
    return bool(_PROSE_PUNCT.search(text))


_QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’|《[^《》]*》")
_QUOTED_SENTENCE = re.compile(r"[。！？]")
_COUPLET = re.compile(r"[\u4e00-\u9fff”’》）)0-9%][ \u3000]+[“‘《\u4e00-\u9fff0-9]")


def unquoted(text: str) -> str:
    """The text with complete quotations removed: 、 inside “进社区、到家庭” is a headline's.
    A quotation holding a whole sentence (“……。”王少峰) is prose and kept."""
    return _QUOTED.sub(lambda quote: quote.group() if _QUOTED_SENTENCE.search(quote.group()) else "", text)


def is_couplet(text: str) -> bool:
    """Two headline halves separated by a space (“十四五”答卷亮眼 “十五五”蓝图启新)."""
    rest = unquoted(text)
    return bool(_COUPLET.search(rest)) and not has_prose_punctuation(rest)


class _Assembler:
    """Walks the printed lines once and emits blocks."""

    def __init__(self, lines: list[Line], widths: _LocalWidths, *, line_paragraphs: bool = False) -> None:
        self.lines = lines
        self.widths = widths
        self.line_paragraphs = line_paragraphs
        self.blocks: list[Block] = []
        self.current: list[Line] = []  # lines of the paragraph being rebuilt
        self.held_captions: list[Block] = []  # captions that interrupted it
        self.pictured_names = self._pictured_names()
        # ●/■ opening lines: an interview's answers, and ▲ marks its questions, not captions
        self.answers_marked = any(line.text.lstrip().startswith(("●", "■")) for line in lines)

    def run(self) -> list[Block]:
        for index, line in enumerate(self.lines):
            check_budget()
            if line.furniture:
                self._flush(line)
                self.blocks.append(self._structural(line, "furniture"))
                continue
            if self.current and CLOSING_ONLY.match(line.text):
                self.current.append(line)  # 。 or ” alone: the end of the line above, cut off by a bad copy
                continue
            kind = "heading" if line.vertical else line_kind(line.text)
            if kind == "text" and (self._under_image_file(index) or index in self.pictured_names
                                   or self._marked_caption(index)):
                kind = "caption"  # AK0A5385.JPG / 会议现场。: the picture's file name, then what it shows
            if kind == "caption" and self._paragraph_open():
                self.held_captions.append(self._structural(line, kind))
                continue
            if kind != "text":
                self._flush(line)
                self.blocks.append(self._structural(line, kind))
                continue
            if self.current and self._continues(index):
                self.current.append(line)
            else:
                self._flush(line)
                self.current = [line]
        self._flush(None)
        return self.blocks

    # -- decisions ---------------------------------------------------------------
    def _marked_caption(self, index: int) -> bool:
        """▲ before a photo's caption, over the picture's credit (圖/…提供) or set as a headline — not ▲ before a
        question (…？, ▲某报记者：) nor the ▲ bullets of a list (▲全年地区生产总值增长6.5%。)."""
        text = self.lines[index].text
        if self.answers_marked or len(text) > CAPTION_MAX_CHARS or not _MARKED_CAPTION.match(text) \
                or text.rstrip().endswith(("？", "?")):
            return False
        following = next((line.text.strip() for line in self.lines[index + 1 :] if line.text.strip()), "")
        return bool(_PICTURE_GIVEN_BY.match(following.translate(simplified_table())) or _HEADLINE_HALVES.search(text))

    def _pictured_names(self) -> set[int]:
        """徐某 / 李某 / 黄某, then 会上，委员代表徐某、李某、黄某先后发言…: a run of lines each holding only a name
        (under the photos of a copied page), all of them named in the line after the run — captions, not
        headlines (each had opened an article of its own)."""
        found: set[int] = set()
        index = 0
        while index < len(self.lines):
            end = index
            while end < len(self.lines) and not self.lines[end].furniture \
                    and _NAME_ONLY.match(self.lines[end].text.strip()):
                end += 1
            if end - index >= PICTURED_NAMES_MIN and end < len(self.lines) \
                    and all(self.lines[k].text.strip() in self.lines[end].text for k in range(index, end)):
                found.update(range(index, end))
            index = max(end, index + 1)
        return found

    def _under_image_file(self, index: int) -> bool:
        text = self.lines[index].text.strip()
        return index > 0 and self.lines[index - 1].furniture == "image" \
            and len(text) <= IMAGE_CAPTION_MAX_CHARS and not _LINE_SENTENCE_INSIDE.search(text)

    def _paragraph_open(self) -> bool:
        return (
            bool(self.current) and self._reads_as_prose(self.current, None) and not ends_sentence(self.current[-1].text)
        )

    def _continues(self, index: int) -> bool:
        line = self.lines[index]
        last = self.current[-1]
        if last.markdown or line.markdown or starts_structure(line.text):
            return False
        if self.line_paragraphs:
            # Web text: a line is a paragraph; only a line cut after a comma goes on.
            return last.text.endswith(_CUT_AFTER) and not self.lines[index - 1].furniture
        if ends_sentence(last.text):
            # In a hard-wrapped column a paragraph's last line is usually short; a full
            # line ending a sentence is far more often a sentence end inside a paragraph.
            width = self.widths[index - 1]
            next_is_prose = has_prose_punctuation(unquoted(line.text)) or _fills_column(len(line.text), width)
            full = bool(width) and len(last.text) >= FULL_LINE_SHARE * width
            return full and next_is_prose and not self._introduces_article(index)
        if last.text.endswith(("：", ":")):
            return False
        if not self._reads_as_prose(self.current, index - 1):
            return False
        return not self._introduces_article(index)

    def _reads_as_prose(self, paragraph: list[Line], last_index: int | None) -> bool:
        if len(paragraph) > 1:
            return True  # decided before joining: joining a long paragraph for every line is quadratic
        text = paragraph[0].text
        if len(text) > HEADLINE_MAX_CHARS or quote_balance(text) > 0:
            return True
        if has_prose_punctuation(unquoted(text)):
            return True
        return last_index is not None and _fills_column(len(text), self.widths[last_index])

    def _introduces_article(self, index: int) -> bool:
        """A heading-shaped line followed by more headings or a byline is not prose."""
        line = self.lines[index]
        if has_prose_punctuation(unquoted(line.text)) or len(line.text) > HEADLINE_MAX_CHARS:
            return False
        following = self.lines[index + 1] if index + 1 < len(self.lines) else None
        if following is None:
            return True
        if BYLINE_START.match(following.text) or following.markdown or following.vertical:
            return True
        if is_couplet(line.text):
            return True  # two halves set apart by a space: a headline, whatever its width
        if _fills_column(len(line.text), self.widths[index]):
            return False
        return (
            not has_prose_punctuation(unquoted(following.text))
            and len(following.text) <= HEADLINE_MAX_CHARS
            and not _fills_column(len(following.text), self.widths[index + 1])
        )

    # -- emitting ----------------------------------------------------------------
    def _flush(self, next_line: Line | None) -> None:
        if not self.current:
            self._emit_held()
            return
        lines = self.current
        text, jump_before, jump_after = _split_jumps(join_pieces([line.text for line in lines]))
        if jump_before:
            self.blocks.append(Block("jump", jump_before, lines[0].number, lines[0].number))
        block = Block(
            kind=self._paragraph_kind(lines, text, next_line),
            text=text,
            first_line=lines[0].number,
            last_line=lines[-1].number,
            blank_before=lines[0].blank_before,
            markdown=lines[0].markdown,
            lines=len(lines),
            width=_median([len(line.text) for line in lines[:-1]]) if len(lines) > 1 else 0.0,
        )
        block.text = widen_punctuation(block.text)
        self.blocks.append(block)
        if jump_after:
            self.blocks.append(Block("jump", jump_after, lines[-1].number, lines[-1].number))
        self.current = []
        self._emit_held()

    def _paragraph_kind(self, lines: list[Line], text: str, next_line: Line | None) -> str:
        if lines[0].markdown:
            return "heading"
        if len(lines) > 1 or ends_sentence(text) or starts_structure(text):
            return "text"
        if len(text) > HEADLINE_MAX_CHARS or quote_balance(text) > 0:
            return "text"
        if not has_prose_punctuation(unquoted(text)):
            return "heading"
        # An open line with commas right under a heading is a second headline line
        # (勇于担当作为,狠抓工作落实,…), and so is one right above a byline; elsewhere
        # it is text cut short by the layout.
        previous = self.blocks[-1] if self.blocks else None
        above_byline = next_line is not None and bool(BYLINE_START.match(next_line.text))
        if len(text) <= SECOND_HEADLINE_MAX_CHARS and (above_byline or (previous is not None and previous.is_heading)):
            return "heading"
        return "text"

    def _emit_held(self) -> None:
        self.blocks.extend(self.held_captions)
        self.held_captions = []

    def _structural(self, line: Line, kind: str) -> Block:
        text = line.text
        if kind == "heading":
            text = widen_punctuation(text)
        return Block(
            kind=kind,
            text=text,
            first_line=line.number,
            last_line=line.number,
            blank_before=line.blank_before,
            markdown=line.markdown,
            vertical=line.vertical,
            names=caption_names(text) if kind == "caption" else [],
            furniture=line.furniture,
        )
