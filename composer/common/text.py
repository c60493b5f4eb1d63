"""Character-level facts about Chinese text shared by cleanup, splitting and search."""

from __future__ import annotations

import re
import unicodedata

import numpy as np

# Sentence ends. A paragraph whose last character is one of these is complete;
# closing quotes/brackets count when the character before them is a terminal.
TERMINALS = frozenset("。！？!?…；;")
CLOSERS = frozenset("”’」』）)】》\"'")
OPEN_QUOTES = "“‘「『（(【《"
CLOSE_QUOTES = "”’」』）)】》"

_CJK_RANGES = (
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x3134F),  # extensions B-H
)

# XML 1.0 forbids these; python-docx and lxml refuse them.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def is_han(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def is_cjk_punct(char: str) -> bool:
    code = ord(char)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or char in "“”‘’—…·"


def is_cjk(char: str) -> bool:
    """An ideograph or Chinese punctuation: what makes a neighbour 'Chinese'."""
    return is_han(char) or is_cjk_punct(char)


# 。 or ” alone on a line: the end of the line above it, cut off by a bad copy
CLOSING_ONLY = re.compile(r"^\s*[。！？!?”」』’）)]{1,3}\s*$")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with a sentence terminal (possibly inside closing quotes)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        if len(stripped) >= 2 and stripped[-2] in TERMINALS:
            return True
        stripped = stripped[:-1]
    return bool(stripped) and stripped[-1] in TERMINALS


def quote_balance(text: str) -> int:
    """Opened minus closed Chinese double quotes and brackets; > 0 means still open."""
    opened = text.count("“") + text.count("（") + text.count("(") + text.count("《")
    closed = text.count("”") + text.count("）") + text.count(")") + text.count("》")
    return opened - closed


_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK_CLASS = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·"
# A half-width mark with a Chinese character on its left or right (spaces between allowed).
_WIDENABLE = re.compile(rf"(?<=[{_CJK_CLASS}])( *)([,:;?!()])|([,:;?!()])(?=[ ]*[{_CJK_CLASS}])")


def widen_punctuation(text: str) -> str:
    """Half-width , : ; ? ! ( ) next to Chinese become full-width; 1,000 and 12:30 stay."""
    if not any(mark in text for mark in _HALF_TO_FULL):
        return text
    return _WIDENABLE.sub(_widen, text)


def _widen(match: re.Match[str]) -> str:
    if match.group(2):
        return match.group(1) + _HALF_TO_FULL[match.group(2)]
    return _HALF_TO_FULL[match.group(3)]


def join_broken(first: str, second: str) -> str:
    """Join two pieces of one sentence that a line break separated."""
    if first and second and first[-1].isascii() and first[-1].isalnum() and second[0].isascii() and second[0].isalnum():
        return first + " " + second
    return first + second


_HAN_OR_MARK = "[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]"
_SPACE_BETWEEN_HAN = re.compile(rf"(?<={_HAN_OR_MARK})[ \u3000\t]+(?={_HAN_OR_MARK})")


def drop_spaces_between_han(text: str, *, keep_name_lists: bool = False) -> str:
    """PDF extraction leaves stray spaces inside Chinese prose; they are not words.
    ``keep_name_lists``: web text sets names apart with spaces (区领导王静 李强 刘洋 出席, 记者 周勇
    周吉林): a space next to a word of two or three characters that has a space on its other side
    too separates the items of a list, and stays (joined, the names ran together)."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return text
    kept = _list_spaces(text) if keep_name_lists else set()
    if not kept:
        return _SPACE_BETWEEN_HAN.sub("", text)
    return _SPACE_BETWEEN_HAN.sub(lambda match: match.group() if match.start() in kept else "", text)


# An interview copied from a page whose labels were bold: 记者 您今年… / 陈芳 我建议… — a label set off by a space
# where the colon would be. The import keeps that space (ingest/single.py) and the turns read it (people/turns.py),
# only where two paragraphs or more open with the interviewer's label so; a word set off on both sides (陈芳 王静
# 李强参加) is an item of a list of names, no label.
INTERVIEWER_SPACE_LABEL = re.compile(r"^[ \u3000]*(?:本报)?(?:记者|问|主持人)[ \u3000]+[^\s：:]", re.MULTILINE)
SPACE_LABEL = re.compile(r"[ \u3000]*(?P<label>[\u4e00-\u9fff]{1,6})[ \u3000]+(?=[^\s：:])")
LISTED_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}[ \u3000]+")
SPACE_LABELS_MIN = 2


# 王静 李强 刘洋: two or more words of two or three characters, each with a space on both sides
_SPACED_LIST = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?:[\u4e00-\u9fff]{2,3}[ \u3000]+){2,}(?=[\u4e00-\u9fff])")


def _list_spaces(text: str) -> set[int]:
    """Where the spaces of such lists start."""
    return {run.start() + space.start() for run in _SPACED_LIST.finditer(text)
            for space in re.finditer(r"[ \u3000]+", run.group())}


def squash(text: str) -> str:
    """NFKC with all whitespace removed: the form used to compare texts."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def remove_xml_illegal(text: str) -> tuple[str, int]:
    cleaned, count = XML_ILLEGAL.subn("", text)
    return cleaned, count


# -- the folded code-point form that search and reprint detection compare ------------

_NEEDS_NFKC = re.compile(r"[\u2460-\u24ff\u2f00-\u2fdf\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\U0002f800-\U0002fa1f]")


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """``folded_codes`` for short strings (queries, titles): full-width to ASCII, lower case."""
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_FULL_WIDTH).lower()


def folded_codes(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(code points, Han mask, ASCII letter/digit mask) of ``text``, folded the same
    way wherever text is compared: full-width forms to ASCII, upper case to lower, and
    NFKC only for the rare compatibility characters (ten times slower on Chinese).
    Vectorised with numpy: it runs for every imported article."""
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    codes[(codes >= 0xFF01) & (codes <= 0xFF5E)] -= 0xFEE0
    codes[(codes >= 0x41) & (codes <= 0x5A)] += 0x20
    han = (
        ((codes >= 0x4E00) & (codes <= 0x9FFF))
        | ((codes >= 0x3400) & (codes <= 0x4DBF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
        | ((codes >= 0x20000) & (codes <= 0x3134F))  # extensions B-H: rare characters in names
    )
    word = ((codes >= 0x30) & (codes <= 0x39)) | ((codes >= 0x61) & (codes <= 0x7A))
    return codes, han, word


# -- search folding: traditional characters as simplified ------------------------------------

_simplified: dict[int, int] | None = None
_simplified_codes: np.ndarray | None = None
_SEARCH_FOLD: dict[int, int] | None = None


def simplified_table() -> dict[int, int]:
    """Traditional → simplified, one character for one (區 → 区, 後 → 后): OpenCC's
    character table (``TSCharacters.txt``, shipped in the opencc package — no download).
    Both the index and the query are folded with it, so 區委 finds 区委 and 区委 finds 區委;
    a character with several simplified forms takes OpenCC's first."""
    global _simplified
    if _simplified is None:
        from importlib import resources

        table = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
        found = {}
        for line in table.splitlines():
            traditional, _, simplified = line.partition("\t")
            target = simplified.split()[0] if simplified.split() else ""
            if len(traditional) == 1 and len(target) == 1 and traditional != target:
                found[ord(traditional)] = ord(target)
        _simplified = found
    return _simplified


_traditional: frozenset[str] | None = None


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character ``simplified_table`` changes (a set lookup per character in C:
    cheaper than translating every line to find out — and than a regex of 2,700 characters, which was slow)."""
    global _traditional
    if _traditional is None:
        _traditional = frozenset(chr(code) for code in simplified_table())
    return not text.isascii() and not _traditional.isdisjoint(text)


def simplify_codes(codes: np.ndarray) -> np.ndarray:
    """``simplified_table`` applied to an array of code points (in place)."""
    global _simplified_codes
    if _simplified_codes is None:
        table = simplified_table()
        lookup = np.arange(max(table) + 1, dtype=np.uint32)
        for traditional, simplified in table.items():
            lookup[traditional] = simplified
        _simplified_codes = lookup
    inside = codes < _simplified_codes.size
    codes[inside] = _simplified_codes[codes[inside]]
    return codes


_search_fold_codes: np.ndarray | None = None
_NUMPY_FROM = 200  # characters: below this, str.translate is faster than numpy's fixed cost


def drop_pinyin_glosses(text: str) -> str:
    """關(guān)鍵詞 → 關鍵詞: the readings a faulty converter printed after Han characters (lower case only: not an
    acronym such as (AI)), for reading a line's label."""
    return _PINYIN_GLOSS.sub("", text) if "(" in text or "（" in text else text


# a gloss's reading: lower case letters with their tones, as converters print them (people/view.py drops them too)
PINYIN_READING = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,8}"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[（(]{PINYIN_READING}[)）]")


def search_fold(text: str) -> str:
    """Text as search compares it, character for character (offsets are kept, for
    marking matches): full-width forms to ASCII, A–Z to a–z, traditional to simplified.
    Article bodies go through a numpy lookup table (measured: str.translate with a
    4,000-entry map took 0.2–0.3 ms per 2,500 characters — most of a search's time)."""
    if len(text) < _NUMPY_FROM:
        return text.translate(_search_fold_map())
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _search_fold_table()
    inside = codes < table.size
    folded = codes.copy()
    folded[inside] = table[codes[inside]]
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


def _search_fold_table() -> np.ndarray:
    global _search_fold_codes
    if _search_fold_codes is None:
        mapping = _search_fold_map()
        table = np.arange(max(mapping) + 1, dtype=np.uint32)
        for source, target in mapping.items():
            table[source] = target
        _search_fold_codes = table
    return _search_fold_codes


def _search_fold_map() -> dict[int, int]:
    global _SEARCH_FOLD
    if _SEARCH_FOLD is None:
        fold_map = dict(simplified_table())
        fold_map.update({code: (code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
        fold_map.update({code: code + 0x20 for code in range(0x41, 0x5B)})
        fold_map.update({code: code - 0xFEE0 + 0x20 for code in range(0xFF21, 0xFF3B)})  # Ａ → a
        fold_map[0x3000] = 0x20
        _SEARCH_FOLD = fold_map
    return _SEARCH_FOLD
