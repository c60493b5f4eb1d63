"""The search index's rendering of text: character bigrams (see db/fts.py for why).

Kept apart from the index's SQL so that import worker processes, which render every
article, need not import the database layer.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

INDEX_VERSION = "bigram-1"


# Full-width ASCII (Ａ１) folds to ASCII by table; NFKC, ten times slower on Chinese
# text, is only needed for the rare compatibility characters (CJK compatibility
# ideographs, Kangxi radicals, circled digits …).
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_NEEDS_NFKC = re.compile(r"[\u2460-\u24ff\u2f00-\u2fdf\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\U0002f800-\U0002fa1f]")


def fold(text: str) -> str:
    """The normal form both the index and queries use (full-width -> ASCII, lower case)."""
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_FULL_WIDTH).lower()


def index_text(text: str) -> str:
    """Render text as space-separated bigrams for the FTS5 unicode61 tokenizer.

    Vectorised with numpy (it runs for every imported article): per character, a Han
    character followed by another Han emits the pair, the last Han of a run emits
    itself, ASCII letters and digits are kept as words, everything else is dropped.
    """
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    if len(text) < 200:
        return _index_text_short(text)  # numpy's fixed cost dominates below this
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()
    if codes.size == 0:
        return ""
    full_width = (codes >= 0xFF01) & (codes <= 0xFF5E)
    codes[full_width] -= 0xFEE0
    upper = (codes >= 0x41) & (codes <= 0x5A)
    codes[upper] += 0x20
    han = (
        ((codes >= 0x4E00) & (codes <= 0x9FFF))
        | ((codes >= 0x3400) & (codes <= 0x4DBF))
        | ((codes >= 0xF900) & (codes <= 0xFAFF))
        | ((codes >= 0x20000) & (codes <= 0x3134F))  # extensions B-H: rare characters in names
    )
    word = ((codes >= 0x30) & (codes <= 0x39)) | ((codes >= 0x61) & (codes <= 0x7A))
    next_han = np.append(han[1:], False)
    next_word = np.append(word[1:], False)
    out = np.zeros((codes.size, 3), dtype=np.uint32)
    kept = han | word
    out[kept, 0] = codes[kept]
    pair = han & next_han
    out[pair, 1] = np.roll(codes, -1)[pair]
    out[pair, 2] = 0x20
    out[(han & ~next_han) | (word & ~next_word), 1] = 0x20
    flat = out.ravel()
    return flat[flat != 0].tobytes().decode("utf-32-le").rstrip()


_TOKEN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+|[0-9a-z]+")


def _index_text_short(text: str) -> str:
    """The same rendering as ``index_text``, in plain Python (titles, queries)."""
    tokens: list[str] = []
    for run in _TOKEN_RUN.findall(text.translate(_FULL_WIDTH).lower()):
        if run[0].isascii():
            tokens.append(run)
        else:
            tokens.extend(a + b for a, b in zip(run, run[1:]))
            tokens.append(run[-1])
    return " ".join(tokens)
