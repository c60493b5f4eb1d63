"""Export speed of a large briefing (issue: briefings and .docx export; <= 2 s for 1,000 excerpts).

    python benchmarks/bench_export.py [--items 1000] [--articles 10000] [--runs 3] [--layout]

Takes the synthetic corpus's library (imported once and kept by bench_tag/bench_import),
tags it and accepts every statement, drafts a 领导讲话摘编 of all of them grouped by
theme, keeps the first ``--items`` items, saves it, and times `export_briefing` (loading
the briefing, rendering the template in the sandbox, writing the file) for each shipped
template. The output is reopened with python-docx to count its source lines.

The export does not lay the document out unless asked (``ExportOptions(layout=True)``,
what `briefing export` does unless ``--no-layout``): ``--layout`` also times one laid-out
export of each template — LibreOffice printing the document to learn the 目录's page
numbers and where the 简报's 报尾 falls — and says how many 目录 entries got their number.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import library_copy  # noqa: E402
from composer.briefings.drafts import DraftQuery, draft  # noqa: E402
from composer.briefings.export import ExportOptions, export_briefing, export_with_report  # noqa: E402
from composer.tagging import review  # noqa: E402
from composer.tagging.batch import tag_articles  # noqa: E402
from db import briefings as store  # noqa: E402
from db import history, open_library  # noqa: E402
from db.excerpts import ExcerptFilter  # noqa: E402
from db.library import Library  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "briefing-corpus")
    parser.add_argument("--layout", action="store_true", help="also time one export laid out by LibreOffice")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = library_copy(Path(scratch), "export", args.articles, args.corpus)
        with open_library(path) as library:
            tag_articles(library, everything=True)
            review.accept(library, ExcerptFilter(kind="statement"))
            started = time.perf_counter()
            briefing = draft(library, "讲话摘编", DraftQuery())
            drafted = time.perf_counter() - started
            remaining = args.items
            for section in briefing.sections:
                section.items = section.items[:remaining]
                remaining -= len(section.items)
            briefing.sections = [section for section in briefing.sections if section.items]
            with library.write():
                group = history.start_group(library, "briefing.compose", "benchmark")
                store.save_briefing(library, group, briefing)
                history.finish_group(library, group)
            items = sum(len(section.items) for section in briefing.sections)
            print(f"draft of every accepted statement: {drafted:.2f} s; kept {items} items "
                  f"in {len(briefing.sections)} sections")
            for template in ("讲话摘编", "简报", "专题汇编"):
                with library.write():
                    library.conn.execute("UPDATE briefings SET template = ? WHERE id = ?", (template, briefing.id))
                times = []
                output = Path(scratch) / f"{template}.docx"
                for _ in range(args.runs):
                    started = time.perf_counter()
                    export_briefing(library, briefing.id or 0, output)
                    times.append(time.perf_counter() - started)
                from docx import Document

                paragraphs = Document(str(output)).paragraphs
                sources = sum(1 for p in paragraphs if p.style is not None and p.style.name == "Source")
                best, median = min(times) * 1000, statistics.median(times) * 1000
                print(f"export {template}: best {best:.0f} ms, median {median:.0f} ms, "
                      f"worst {max(times) * 1000:.0f} ms over {args.runs} runs; "
                      f"{output.stat().st_size / 1e6:.1f} MB, {sources} source lines", flush=True)
                if args.layout:
                    _laid_out(library, briefing.id or 0, output, template)


def _laid_out(library: Library, briefing_id: int, output: Path, template: str) -> None:
    started = time.perf_counter()
    result = export_with_report(library, briefing_id, output, ExportOptions(layout=True))
    elapsed = time.perf_counter() - started
    warnings = "; ".join(str(warning) for warning in result.warnings) or "no warnings"
    print(f"export {template} laid out by LibreOffice: {elapsed:.1f} s; 目录 {result.toc_numbered} of "
          f"{result.toc_entries} entries numbered; {warnings}", flush=True)


if __name__ == "__main__":
    main()
