"""The search index's rendering of text: character bigrams (see db/fts.py for why).

Kept apart from the index's SQL so that import worker processes, which render every
article, need not import the database layer.
"""

from __future__ import annotations

import re

import numpy as np

from composer.common.text import fold, folded_codes, simplified_table, simplify_codes

# Changing the rendering changes this: an index of another version is rebuilt on open.
INDEX_VERSION = "bigram-3"  # 2: traditional characters as simplified; 3: rows keyed by date and id


def index_text(text: str) -> str:
    """Render text as space-separated bigrams for the FTS5 tokenizer.

    Vectorised with numpy (it runs for every imported article): per character, a Han
    character followed by another Han emits the pair, the last Han of a run emits
    itself, ASCII letters and digits are kept as words, everything else is dropped.
    """
    if len(text) < 200:
        return _index_text_short(fold(text))  # numpy's fixed cost dominates below this
    codes, han, word = folded_codes(text)
    if codes.size == 0:
        return ""
    simplify_codes(codes)
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
    written: np.ndarray = flat[flat != 0]  # (numpy types a masked selection as Any)
    return written.tobytes().decode("utf-32-le").rstrip()


_TOKEN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+|[0-9a-z]+")


def _index_text_short(folded: str) -> str:
    """The same rendering as ``index_text``, in plain Python (titles, queries)."""
    tokens: list[str] = []
    for run in _TOKEN_RUN.findall(folded.translate(simplified_table())):
        if run[0].isascii():
            tokens.append(run)
        else:
            tokens.extend(a + b for a, b in zip(run, run[1:]))
            tokens.append(run[-1])
    return " ".join(tokens)
