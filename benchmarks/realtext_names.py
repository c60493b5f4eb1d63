"""Does attribution depend on the names it has seen? The 60 tuning articles of
../shared/realtext with their officials renamed, scored again.

    python -m benchmarks.realtext_names [kind ...]

Each official the gold lists (a plain name of two to four characters, as printed) gets a new
name of the same shape: a surname of the chosen kind — ``common`` (王, 李 …), ``rare`` (邝, 税 …),
``compound`` (欧阳, 诸葛 …) or ``wordlike`` (高, 江, 常 … — surnames that are also words) — and
a given name from a fixed list; surname + rank forms (刘县长) follow. The gold follows the
same renaming, and the shared scorer's own functions score the result. A reader that has
learnt no names scores as on the original (``original``). Known artefacts: traditional-script
forms (余書記) and married names (林郑月娥) are not renamed consistently, so a few statements of
those pages are lost for reasons of this script, not of the reader.
"""

from __future__ import annotations

import itertools
import re
import sys

from benchmarks.realtext import REALTEXT
from benchmarks.realtext_errors import score_rewritten

SURNAMES = {
    "common": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"],
    "rare": ["邝", "栾", "禤", "税", "眭", "郦", "訾", "亢"],
    "compound": ["欧阳", "司马", "上官", "诸葛"],
    "wordlike": ["高", "江", "方", "常", "白", "石", "金", "万"],
}
COMPOUND = ("欧阳", "司马", "上官", "诸葛")
GIVEN_TWO = ["海涛", "志远", "明辉", "晓燕", "建平", "玉兰", "国栋", "春生"]
GIVEN_ONE = ["强", "静", "涛", "敏", "伟", "芳", "军", "丽"]
RANKS = "书记|区长|县长|市长|局长|主任|部长|省长|镇长|总理|主席|厅长|州长"


def renamed(kind: str, text: str, gold: dict, counter: itertools.count) -> tuple[str, dict]:
    """The article and its gold with the officials renamed."""
    mapping: dict[str, tuple[str, str, str]] = {}  # old name -> (old surname, new name, new surname)
    for official in gold["officials"]:
        old = official["name"]
        if kind == "original" or old in mapping or old not in text or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", old):
            continue
        number = next(counter)
        surname = SURNAMES[kind][number % len(SURNAMES[kind])]
        old_surname = old[:2] if old[:2] in COMPOUND else old[0]
        given = old[len(old_surname) :]
        if len(given) in (1, 2):
            given = (GIVEN_TWO if len(given) == 2 else GIVEN_ONE)[number % 8]
        mapping[old] = (old_surname, surname + given, surname)
    for old, (old_surname, new, surname) in sorted(mapping.items(), key=lambda item: -len(item[0])):
        text = text.replace(old, new)
        if len(old_surname) == 1 and sum(1 for name in mapping if name.startswith(old_surname)) == 1:
            text = re.sub(re.escape(old_surname) + f"(?=(?:{RANKS}))", surname, text)
    for quote in gold["quotes"] + (gold.get("non_official_speech") or []):
        for old, (_, new, _) in mapping.items():
            quote["text"] = (quote.get("text") or "").replace(old, new)
            if quote.get("speaker") == old:
                quote["speaker"] = new
    gold["officials"] = [{**o, "name": mapping[o["name"]][1] if o["name"] in mapping else o["name"]}
                         for o in gold["officials"]]
    return text, gold


def score_kind(kind: str) -> str:
    counter = itertools.count()
    figures = score_rewritten(lambda text, gold: renamed(kind, text, gold, counter), "realtext-names-")
    return (f"{kind:9s} statements P {figures['statements_p']:.3f} R {figures['statements_r']:.3f}; officials "
            f"P {figures['officials_p']:.3f} R {figures['officials_r']:.3f}")


def main() -> None:
    if not REALTEXT.exists():
        sys.exit(f"{REALTEXT} is not here (../shared/realtext)")
    for kind in sys.argv[1:] or ["original", *SURNAMES]:
        print(score_kind(kind), flush=True)


if __name__ == "__main__":
    main()
