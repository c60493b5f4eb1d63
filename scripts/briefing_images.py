"""Page images of the three kinds of briefing, for README.md ("What the briefings look like").

    python scripts/briefing_images.py [--out docs/images]

Imports and tags the demo pages (composer/demo) into a scratch library, accepts every
statement, composes a 讲话摘编, a 简报 and a 专题汇编 as ``DEMO_EXAMPLES`` says — the same
exports tests/test_briefing_review.py reviews — exports them laid out by LibreOffice (the
目录 gets its page numbers), prints them to PDF with LibreOffice and writes a page of
each: ``briefing-speech.png`` (the first page), ``briefing-bulletin.png`` (the first page,
the red 报头) and ``briefing-bulletin-last.png`` (the last, with the 报尾), and
``briefing-dossier.png`` (the 目录, with the page numbers LibreOffice laid out).

Needs LibreOffice and a Chinese font (Debian: ``libreoffice-writer-nogui fonts-noto-cjk``).
When ``../shared/fontconfig/fonts.conf`` exists it is used, so that 仿宋_GB2312, 楷体_GB2312,
黑体 and 方正小标宋简体 print in the Noto faces closest to them.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXED_NOW = datetime.datetime(2025, 11, 10, 9, 0, tzinfo=datetime.UTC)  # the examples' export time


@dataclass(frozen=True)
class Example:
    """One briefing to compose and export: template, query, fields, print run."""

    template: str
    query: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)
    copies: int | None = None
    pages: tuple[int, ...] = (1,)  # the pages shown in docs/images (from 1; -1: the last)


DEMO_EXAMPLES = {
    "speech": Example("讲话摘编", {"persons": ["林振华"]}, {"unit": "中共云湖区委办公室", "date": "2025-11-10"}),
    "bulletin": Example(
        "简报",
        {"themes": ["接诉即办", "乡村振兴"]},
        {
            "masthead": "云湖区委办公室工作简报",
            "unit": "中共云湖区委办公室",
            "date": "2025-11-10",
            "send_to": "市委办公厅",
            "copy_to": "区委各部委，各街道党工委",
        },
        copies=60,
        pages=(1, -1),
    ),
    "dossier": Example(
        "专题汇编",
        {"themes": ["乡村振兴"]},
        {"unit": "中共云湖区委办公室", "date": "2025-11-10", "classification": "内部资料"},
        pages=(2,),
    ),
}


# The same three kinds from the seed pages (../shared/seeds, imported as tests/test_briefings.py does).
SEED_UNIT = {"unit": "中共北京市丰台区委办公室", "date": "2025-09-05"}
SEED_EXAMPLES = {
    "speech": Example("讲话摘编", {"persons": ["王少峰"]}, SEED_UNIT),
    "bulletin": Example(
        "简报",
        {"persons": ["王少峰"]},
        {**SEED_UNIT, "masthead": "丰台区委办公室工作简报", "send_to": "市委办公厅", "copy_to": "区委各部委"},
        copies=50,
        pages=(1, -1),
    ),
    "dossier": Example("专题汇编", {"themes": ["产业发展"]}, {**SEED_UNIT, "classification": "内部资料"}, pages=(2,)),
}


def use_cjk_fonts() -> None:
    """Point fontconfig (and so LibreOffice) at ../shared's aliases of the 公文 fonts when present."""
    fonts = ROOT.parent / "shared" / "fontconfig" / "fonts.conf"
    if fonts.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(fonts))


def export_examples(library_path: Path, examples: dict[str, Example], folder: Path) -> dict[str, Path]:
    """Compose and export each example (laid out by LibreOffice); the .docx of each kind."""
    from composer.briefings.drafts import DraftFields, DraftQuery, compose
    from composer.briefings.export import ExportOptions, export_with_report
    from db import open_library

    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    with open_library(library_path) as library:
        for kind, example in examples.items():
            briefing = compose(library, example.template, DraftQuery(**example.query), DraftFields(**example.fields))
            output = folder / f"briefing-{kind}.docx"
            options = ExportOptions(copies=example.copies, layout=True, now=FIXED_NOW)
            result = export_with_report(library, briefing.id or 0, output, options)
            for warning in result.warnings:
                print(f"{kind}: {warning}", file=sys.stderr)
            written[kind] = output
    return written


def demo_library(path: Path) -> Path:
    """The demo pages imported and tagged, every statement accepted."""
    from composer.ingest.importer import ImportOptions, import_paths
    from composer.tagging import review
    from composer.tagging.batch import tag_articles
    from db import open_library
    from db.excerpts import ExcerptFilter

    with open_library(path) as library:
        import_paths(library, sorted((ROOT / "composer" / "demo").glob("*.txt")), ImportOptions(workers=0))
        tag_articles(library, everything=True, workers=0)
        review.accept(library, ExcerptFilter(kind="statement"))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    use_cjk_fonts()
    if shutil.which("fc-list") and not subprocess.run(["fc-list", ":lang=zh"], capture_output=True).stdout:
        sys.exit("no Chinese font is installed (Debian: apt-get install fonts-noto-cjk)")
    from composer.briefings.render_pages import to_pdfs

    with tempfile.TemporaryDirectory() as scratch:
        exports = export_examples(demo_library(Path(scratch) / "demo.sqlite"), DEMO_EXAMPLES, Path(scratch))
        pdfs = to_pdfs([path.read_bytes() for path in exports.values()])
        for (kind, example), pdf in zip(DEMO_EXAMPLES.items(), pdfs):
            for index, page in enumerate(example.pages):
                suffix = "" if index == 0 else "-last" if page == -1 else f"-{page}"
                write_page(pdf, page, args.out / f"briefing-{kind}{suffix}.png")


def write_page(pdf: bytes, page: int, target: Path) -> None:
    """One page of ``pdf`` as a PNG, 100 dpi (about 830 × 1170 pixels)."""
    import io

    import pdfplumber

    target.parent.mkdir(parents=True, exist_ok=True)
    with pdfplumber.open(io.BytesIO(pdf)) as printed:
        chosen = printed.pages[page - 1 if page > 0 else page]
        chosen.to_image(resolution=100).save(str(target))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
