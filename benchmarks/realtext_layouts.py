"""Does attribution depend on how the page was laid out? The 60 tuning articles of
../shared/realtext set in other layouts, scored again.

    python -m benchmarks.realtext_layouts [layout ...]

Layouts: ``original``; ``sentence_lines`` — every sentence a paragraph of its own, as WeChat
and many web pages print text (a speech must go on over its paragraphs); ``captions`` — a photo
caption (图为活动现场。（记者 林晓 摄）) after every third paragraph of prose; ``one_paragraph`` — the text
after the first three lines run into one paragraph, as some copies lose their line breaks; ``fullwidth`` and
``halfwidth`` punctuation; ``indented`` paragraphs (　　). The gold's words are the page's words:
the shared scorer compares them without whitespace, so only the layout changes. A reader that
reads sentences, not lines, scores as on the original.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from benchmarks.realtext import REALTEXT
from benchmarks.realtext_errors import score_rewritten

_SENTENCE_END = re.compile(r"(?<=[。！？])(?![”\"’）)])(?=\S)")
CAPTION = "图为活动现场。（记者 林晓 摄）"


def _captions(text: str) -> str:
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines):
        out.append(line)
        if index >= 3 and index % 3 == 0 and line.strip().endswith("。"):
            out.append(CAPTION)
    return "\n".join(out)


def _one_paragraph(text: str) -> str:
    """The first three lines (furniture, headline) as printed, the rest run into one paragraph."""
    lines = text.split("\n")
    return "\n".join(lines[:3]) + "\n" + "".join(line.strip() for line in lines[3:])


LAYOUTS: dict[str, Callable[[str], str]] = {
    "original": lambda text: text,
    "sentence_lines": lambda text: _SENTENCE_END.sub("\n", text),
    "captions": _captions,
    "one_paragraph": _one_paragraph,
    "fullwidth": lambda text: text.translate(str.maketrans(",:?!;()", "，：？！；（）")),
    "halfwidth": lambda text: text.translate(str.maketrans("，：？！；（）", ",:?!;()")),
    "indented": lambda text: "\n".join("　　" + line if line.strip() else line for line in text.split("\n")),
}


def score_layout(layout: str) -> dict[str, float]:
    """Statements and officials P/R of the 60 tuning articles set in ``layout``."""
    change = LAYOUTS[layout]

    def rewrite(text: str, gold: dict) -> tuple[str, dict]:
        for quote in gold["quotes"] + (gold.get("non_official_speech") or []):
            quote["text"] = change(quote.get("text") or "")
        return change(text), gold

    return score_rewritten(rewrite, "realtext-layouts-")


def main() -> None:
    if not REALTEXT.exists():
        sys.exit(f"{REALTEXT} is not here (../shared/realtext)")
    for layout in sys.argv[1:] or list(LAYOUTS):
        figures = score_layout(layout)
        print(f"{layout:15s} statements P {figures['statements_p']:.3f} R {figures['statements_r']:.3f}; officials "
              f"P {figures['officials_p']:.3f} R {figures['officials_r']:.3f}; narration {figures['narration']}",
              flush=True)


if __name__ == "__main__":
    main()
