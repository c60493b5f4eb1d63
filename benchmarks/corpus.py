"""A synthetic corpus resampled from the seed pages, for benchmarks.

Pages look like the seeds (headline lines, 本报讯 bylines, PDF-broken paragraphs,
captions) but every article is a new shuffle of seed sentences with changed numbers,
so articles are distinct; about 3 % are edited reprints of earlier ones (another
headline, a paragraph dropped) to exercise reprint linking. Nothing here is committed
text: it is generated from ../shared/seeds at run time.

    python benchmarks/corpus.py OUT_DIR --articles 10000
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from composer.ingest.pages import split_page  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
REPORTERS = ["郭晓妍", "袁阳", "姜欢", "王蕾蕾", "刘洋怡", "原梓峰", "高枝", "王广燕", "李明", "张华"]
SOURCES = ["丰台时报", "北京日报", "新京报"]


Material = tuple[list[str], list[str], list[str]]  # (sentences, titles, captions)


def seed_material() -> Material:
    """(sentences, titles, captions) from the seed pages."""
    if not SEEDS.is_dir():
        raise SystemExit(f"seed pages not found in {SEEDS}")
    sentences: list[str] = []
    titles: list[str] = []
    captions: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for article in split_page(path.read_text(encoding="utf-8")):
            if article.title:
                titles.append(article.title)
            captions.extend(article.captions)
            for paragraph in article.paragraphs():
                sentences.extend(s for s in re.findall(r"[^。！？]+[。！？]", paragraph) if len(s) > 12)
    return sentences, titles, captions


def _vary_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group()) + rng.randint(-9, 9))), text)


def _paragraph(sentences: list[str], rng: random.Random) -> str:
    return _vary_numbers("".join(rng.sample(sentences, rng.randint(2, 6))), rng)


def _break_lines(paragraph: str, rng: random.Random) -> list[str]:
    """Cut about one paragraph in four mid-sentence, as PDF extraction does."""
    if len(paragraph) > 60 and rng.random() < 0.25:
        cut = rng.randint(20, len(paragraph) - 20)
        if paragraph[cut - 1] not in "。！？" and paragraph[cut] not in "。！？”":
            return [paragraph[:cut], paragraph[cut:]]
    return [paragraph]


def make_article(material: Material, rng: random.Random, target_chars: int) -> tuple[str, list[str]]:
    sentences, titles, captions = material
    title = _vary_numbers(rng.choice(titles), rng) + f"（{rng.randint(1, 999)}）"
    paragraphs: list[str] = []
    while sum(map(len, paragraphs)) < target_chars:
        paragraphs.append(_paragraph(sentences, rng))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    reporter = " ".join(rng.sample(REPORTERS, rng.randint(1, 2)))
    paragraphs[0] = f"本报讯(记者 {reporter}){month}月{day}日,{paragraphs[0]}"
    return title, paragraphs


def render_page(articles: list[tuple[str, list[str]]], rng: random.Random, captions: list[str]) -> str:
    lines: list[str] = ["", ""]
    for title, paragraphs in articles:
        lines += [title, ""]
        for index, paragraph in enumerate(paragraphs):
            for piece in _break_lines(paragraph, rng):
                lines += [piece, ""]
            if index == 1 and captions and rng.random() < 0.3:
                lines += [rng.choice(captions), ""]
    return "\n".join(lines)


def build(out: Path, articles: int, seed: int = 7, chars_per_article: int = 2400) -> Path:
    """Write page files until ``articles`` articles exist; reuse an existing corpus."""
    marker = out / f".complete-{articles}-{seed}"
    if marker.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    material = seed_material()
    written: list[tuple[str, list[str]]] = []
    page_number = 0
    while len(written) < articles:
        page: list[tuple[str, list[str]]] = []
        for _ in range(min(rng.choice((3, 3, 4)), articles - len(written))):
            if written and rng.random() < 0.03:
                title, paragraphs = rng.choice(written)
                page.append(("转载：" + title, paragraphs[:-1] if len(paragraphs) > 2 else paragraphs))
            else:
                size = rng.randint(chars_per_article // 2, chars_per_article * 3 // 2)
                page.append(make_article(material, rng, size))
        written.extend(page)
        page_number += 1
        source = rng.choice(SOURCES)
        date = f"2025-{1 + page_number % 12:02d}-{1 + page_number % 28:02d}"
        name = f"{source}_{date}_第{page_number % 16 + 1:02d}版_{page_number:05d}.txt"
        (out / name).write_text(render_page(page, rng, material[2]), encoding="utf-8")
    marker.write_text(str(page_number))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    build(args.out, args.articles)
    files = list(args.out.glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    print(f"{len(files)} page files, {chars / 1e6:.1f} M characters in {args.out}")


if __name__ == "__main__":
    main()


def imported_library(corpus: Path) -> Path:
    """The corpus imported once and kept next to it (importing is bench_import's job)."""
    from composer.ingest.importer import import_paths
    from db import open_library

    base = corpus.parent / f"{corpus.name}-imported.sqlite"
    marker = corpus.parent / f".{corpus.name}-imported"
    if not marker.exists():
        base.unlink(missing_ok=True)
        with open_library(base) as library:
            import_paths(library, [corpus])
        marker.write_text("done")
    return base


def library_copy(folder: Path, name: str, articles: int = 10_000, corpus_root: Path | None = None) -> Path:
    """A fresh copy, in ``folder``, of the library imported from the synthetic corpus of
    ``articles`` articles (built and imported once, then reused by every benchmark)."""
    import shutil
    import tempfile

    root = corpus_root or Path(tempfile.gettempdir()) / "briefing-corpus"
    path = folder / f"{name}.sqlite"
    shutil.copy(imported_library(build(root / str(articles), articles)), path)
    return path
