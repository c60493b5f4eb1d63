"""Composer edits on a big draft (issue 17: an edit on a 7,146-item draft blocked the app
for 0.9 s; the target is <= 100 ms per edit).

Builds the synthetic 10k-article library (benchmarks/corpus.py), tags it (kept next to the
corpus after the first run) and accepts every statement, auto-drafts a 讲话摘编 of its first
``--items`` statements (7,000 by default, the size of the clerk's draft), opens it in the
composer page (offscreen Qt) and times each kind of edit as the page does it on the GUI
thread — the core's one undoable step and the page's own update: moving an item up
(Alt+Up), moving one to another section (a drop), renaming a section, removing an item,
rewording one. Also times the core step alone (``save_outline``) and an undo, after which
the page builds again the sections the undo changed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_outline [--edits 15] [--items 7000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.composer_page import ComposerPage


def tagged_library(folder: Path) -> Path:
    """A copy of the 10k library with every statement accepted (tagged once, then reused)."""
    from benchmarks.corpus import library_copy
    from composer.tagging import review
    from composer.tagging.batch import tag_articles
    from db import open_library
    from db.excerpts import ExcerptFilter

    cached = Path(tempfile.gettempdir()) / "briefing-corpus" / "10000-tagged.sqlite"
    if not cached.exists():
        path = library_copy(folder, "tagging")
        with open_library(path) as library:
            tag_articles(library, everything=True)
        shutil.copy(path, cached)
    copy = folder / "outline.sqlite"
    shutil.copy(cached, copy)
    with open_library(copy) as library:
        review.accept(library, ExcerptFilter(kind="statement"))
    return copy


def timed(runs: int, edit: Callable[[int], None]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    times = []
    for run in range(runs):
        started = time.perf_counter()
        edit(run)
        QApplication.processEvents()  # what the edit posted (the preview is deferred: not counted)
        times.append((time.perf_counter() - started) * 1000)
    return times


def undo_shown(page: ComposerPage) -> None:
    """Undo the latest edit as Ctrl+Z does: the page builds again the sections it changed."""
    from composer.tagging import review

    review.undo(page.library)
    page.ops.announce_pending()


def report(name: str, times: list[float]) -> None:
    print(f"{name:<28} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms   ({len(times)} edits)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--items", type=int, default=7000, help="about this many statements in the draft")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QMainWindow

    from composer.briefings.drafts import DraftQuery, compose, save_outline
    from db import open_library
    from db.briefings import draft_material
    from db.excerpts import ExcerptFilter
    from ui.app import create_application
    from ui.composer_page import PREVIEW_ITEMS, ComposerPage
    from ui.operations import OperationRunner, wait_for_all

    app = create_application([])
    with tempfile.TemporaryDirectory() as scratch:
        library = open_library(tagged_library(Path(scratch)))
        dates = [row["published"] for row in draft_material(library, ExcerptFilter(kind="statement"))
                 if row["published"]]  # in date order: the first --items statements' dates
        first, last = dates[0], dates[min(args.items, len(dates)) - 1]
        started = time.perf_counter()
        briefing = compose(library, "讲话摘编", DraftQuery(from_date=first, to_date=last, all_speakers=True))
        count = sum(len(s.items) for s in briefing.sections)
        print(f"draft of {count} items in {len(briefing.sections)} sections: {time.perf_counter() - started:.1f} s")
        window = QMainWindow()  # the composer page alone, as the main window holds it
        page = ComposerPage(OperationRunner(library, window), window)
        window.setCentralWidget(page)
        window.resize(1366, 768)
        window.show()
        page.ops.announce_pending()  # the draft's writes, as the app announces them when they are made
        started = time.perf_counter()
        assert briefing.id is not None
        page.show_briefing(briefing.id)
        QApplication.processEvents()
        print(f"opening it in the composer: {(time.perf_counter() - started) * 1000:.0f} ms")
        shown = page.briefing
        assert shown is not None
        started = time.perf_counter()
        page.show_preview()
        print(f"the preview (first {PREVIEW_ITEMS} items): {(time.perf_counter() - started) * 1000:.0f} ms")
        big = max(range(len(shown.sections)), key=lambda i: len(shown.sections[i].items))
        size = len(shown.sections[big].items)
        print(f"edits in section {big + 1} ({size} items)")
        runs = args.edits
        report("move up (Alt+Up)", timed(runs, lambda run: page.move_item(big, size // 2 - run, -1)))
        other = 0 if big else 1
        report("move to another section", timed(runs, lambda run: page.move_to(big, run, other, 0)))
        report("rename section", timed(runs, lambda run: page.rename_section(big, f"一、章节{run}")))
        report("remove item", timed(runs, lambda run: page.remove_item(big, size // 3)))
        report("reword item", timed(runs, lambda run: page.reword_item(big, run, None, f"改写的文字 {run}")))
        report("core save_outline alone", timed(runs, lambda run: save_outline(library, shown, "bench")))
        report("undo (its sections rebuilt)", timed(3, lambda run: undo_shown(page)))
        started = time.perf_counter()
        page.find_candidates()  # every accepted statement of the library, read on the worker thread
        wait_for_all()
        QApplication.processEvents()
        print(f"finding {len(page.candidates.source.rows)} candidates: {(time.perf_counter() - started) * 1000:.0f} ms")
        words = [page.candidates.candidate(i).text[3:5] for i in range(runs)]
        report("candidate filter keystroke", timed(runs, lambda run: page.filter.setText(words[run])))
        window.close()
        window.deleteLater()
        app.processEvents()
        library.close()


if __name__ == "__main__":
    main()
