"""Desktop app responsiveness (issue: desktop app I).

    python benchmarks/bench_ui.py startup LIBRARY [--runs 3]
    python benchmarks/bench_ui.py stall [--articles 1000]
    python benchmarks/bench_ui.py review [--keys 40]

``startup``: a fresh process opens LIBRARY (e.g. the 100,000-article library of
`bench_import.py --articles 100000 --keep …`), builds the main window, shows it and
paints the first rows; the wall time from launching the process to that moment.

``compose``: on the synthetic 10,000-article library (tagged, statements accepted), an
auto-draft of about ``--items`` excerpts, saved, then shown in the composer (outline
and live preview); the wall time of each part.

``review``: on the synthetic 10,000-article library tagged (about 27,000 suggested
statements, 80,000 mentions), the main window opens 待审核 (from the click to the first
rows painted) and then takes ``--keys`` decisions from the keyboard (A and R in turn,
each a real key press on the list, until the next suggestion is shown and painted);
prints the opening time, the keypress median and worst, and the first keypress apart
(after the quick check of the library that the window starts when it opens has finished,
as it has before a clerk has read the first suggestion), then the time of an undo (which
reads the queue again).

``stall``: the app imports a synthetic corpus of about ``--articles`` articles through
its import operation, tags it, runs a search typed in the search box, accepts every
suggestion from 待审核 (全部接受, 是), auto-drafts the last month of the most quoted
person's statements from the 编排 page's button (``--everything``: all of them) and
exports the draft as the page does (laid out by LibreOffice where the kind needs it: a
讲话摘编 has no 目录 nor 报尾), while a 5 ms timer on the GUI thread records how late each
tick fires; prints each phase's longest GUI-thread stall and the 99th percentile (Qt
offscreen; the stall of a phase includes showing its result).
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from ui.app import create_application
app = create_application([])
from PySide6.QtCore import QTimer
from db import open_library
from ui.main_window import MainWindow
library = open_library({library!r})
window = MainWindow(library, choose_files=lambda parent: [])
window.show()
def ready():
    window.model.data(window.model.index(0, 3))  # the first visible rows are fetched
    print("ready", window.model.rowCount(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def startup(library: Path, runs: int) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT), library=str(library))],
                             capture_output=True, text=True, timeout=120, env=dict(os.environ))
        elapsed = time.perf_counter() - started
        assert "ready" in run.stdout, run.stderr
        times.append(elapsed)
        rows = run.stdout.split()[1]
    print(f"start-up to a usable window on {rows} articles: median {statistics.median(times):.2f} s, "
          f"worst {max(times):.2f} s over {runs} runs (process launch and imports included)")


def stall(articles: int, month: bool = True) -> None:
    """A clerk's day through the app's operations, a 5 ms timer on the GUI thread watching:
    import, tag, search (typed, Enter), 全部接受, auto-draft (one person's statements, the
    button), export. Each phase's longest stall."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from benchmarks.corpus import build
    from db import open_library
    from db.articles import count_articles
    from db.briefings import draft_material
    from db.excerpts import ExcerptFilter, count_selected, list_excerpts
    from ui.app import create_application, settle_heap
    from ui.main_window import MainWindow

    corpus = build(Path(tempfile.gettempdir()) / "briefing-corpus" / f"ui-{articles}", articles, seed=5)
    app = create_application([])
    with tempfile.TemporaryDirectory() as scratch:
        library = open_library(Path(scratch) / "ui.sqlite")
        window = MainWindow(library, choose_files=lambda parent: [])
        window.resize(1366, 768)
        window.show()
        settle_heap()  # as the app does once its window is up
        watch = _StallWatch()
        timer = QTimer()
        timer.timeout.connect(watch.tick)
        timer.start(5)

        def accept_all() -> None:  # 待审核: 全部接受…, then 是 in the question
            window.navigation.setCurrentRow(window.PAGES.index("review"))
            page = window.review_page
            QTest.mouseClick(page.accept_all, Qt.MouseButton.LeftButton)
            question = page.confirmation
            assert question is not None  # the count is asked first
            QTest.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

        def choose_draft() -> None:  # set-up, not timed: the query a clerk would type
            page = window.composer_page
            spoken = Counter(row["speaker"] for row in list_excerpts(library, ExcerptFilter(kind="statement")))
            name = spoken.most_common(1)[0][0]
            page.person.setCurrentIndex(page.person.findData(name))  # the most quoted
            if month:  # a month of it, as a monthly 讲话摘编 (else everything they said: thousands of items)
                said = draft_material(library, ExcerptFilter(person=name, kind="statement", status="accepted"))
                last = datetime.date.fromisoformat(max(row["published"] or "" for row in said)[:10])
                page.from_date.set_value((last - datetime.timedelta(days=30)).isoformat())
                page.to_date.set_value(last.isoformat())

        def draft() -> None:
            window.navigation.setCurrentRow(window.PAGES.index("composer"))
            QTest.mouseClick(window.composer_page.buttons["draft"], Qt.MouseButton.LeftButton)

        def export() -> None:
            page = window.composer_page
            page.choose_path = lambda parent, suggested: str(Path(scratch) / "摘编.docx")
            page.open_after_export = False
            page.export()

        def search() -> None:
            window.navigation.setCurrentRow(window.PAGES.index("library"))
            box = window.library_page.query
            box.setText("党建 OR 城市更新")
            QTest.keyClick(box, Qt.Key.Key_Return)

        phases: list[tuple[str, Callable[[], object] | None, Callable[[], object]]] = [
            ("import", None, lambda: window.import_files([str(corpus)])),
            ("tag", None, lambda: window.tag(everything=True)),
            ("search", None, search),
            ("accept all", None, accept_all),
            ("auto-draft", choose_draft, draft),
            ("export", None, export),
        ]

        def next_phase(operation: object = None) -> None:
            watch.end_phase()
            if not phases:
                app.quit()
                return
            name, set_up, start = phases.pop(0)
            if set_up is not None:
                set_up()
            watch.start_phase(name)
            QTimer.singleShot(0, lambda: _or_quit(start, app))  # from the event loop, as a click would

        window.ops.finished.connect(next_phase)  # connected before the first operation starts
        QTimer.singleShot(0, next_phase)
        app.exec()
        timer.stop()
        accepted = count_selected(library, ExcerptFilter(kind="statement", status="accepted"))
        items = sum(len(s.items) for s in window.composer_page.briefing.sections) if window.composer_page.briefing \
            else 0
        print(f"{count_articles(library)} articles imported, tagged, searched; {accepted} statements accepted; "
              f"a draft of {items} items exported")
        for name, seconds, gaps in watch.phases:
            stalls = sorted(gap - 5 for gap in gaps) or [0.0]
            print(f"{name:>10}: {seconds:5.1f} s; GUI thread: longest stall {stalls[-1]:.0f} ms, "
                  f"99th percentile {stalls[int(0.99 * (len(stalls) - 1))]:.0f} ms over {len(gaps)} timer ticks")
        library.close()
        QApplication.processEvents()


def _or_quit(start: Callable[[], object], app: QCoreApplication) -> None:
    """A phase that fails to start ends the run (its operation would never finish)."""
    try:
        start()
    except Exception:
        traceback.print_exc()
        app.exit(1)


class _StallWatch:
    """How late each tick of a 5 ms GUI-thread timer fires, by phase."""

    def __init__(self) -> None:
        self.phases: list[tuple[str, float, list[float]]] = []
        self.current: tuple[str, float, list[float]] | None = None
        self.last = time.perf_counter()

    def tick(self) -> None:
        now = time.perf_counter()
        if self.current is not None:
            self.current[2].append((now - self.last) * 1000)
        self.last = now

    def start_phase(self, name: str) -> None:
        self.current = (name, time.perf_counter(), [])
        self.last = time.perf_counter()

    def end_phase(self) -> None:
        if self.current is not None:
            name, started, gaps = self.current
            self.phases.append((name, time.perf_counter() - started, gaps))
            self.current = None


def compose_speed(items: int) -> None:
    """Auto-draft of about ``items`` excerpts and its outline + preview in the composer."""

    from PySide6.QtWidgets import QApplication

    from benchmarks.corpus import library_copy
    from composer.briefings.drafts import DraftQuery, compose
    from composer.tagging import review
    from composer.tagging.batch import tag_articles
    from db import open_library
    from db.briefings import draft_material
    from db.excerpts import ExcerptFilter
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application([])
    with tempfile.TemporaryDirectory() as scratch:
        path = library_copy(Path(scratch), "compose")
        with open_library(path) as library:
            tag_articles(library, everything=True)
            review.accept(library, ExcerptFilter(kind="statement"))
        library = open_library(path)
        dates = [row["published"] for row in draft_material(library, ExcerptFilter(kind="statement"))
                 if row["published"]]  # in date order
        first, last = dates[0], dates[min(items, len(dates)) - 1]
        window = MainWindow(library, choose_files=lambda parent: [])
        window.show()
        started = time.perf_counter()
        briefing = compose(library, "讲话摘编", DraftQuery(from_date=first, to_date=last))
        drafted = time.perf_counter() - started
        window.ops.announce_pending()  # as the app's doorway announces its own writes: the composer is stale
        assert briefing.id is not None  # stored, so it has one
        window.open_briefing(briefing.id)
        QApplication.processEvents()
        total = time.perf_counter() - started
        count = sum(len(s.items) for s in briefing.sections)
        print(f"auto-draft of {count} items ({len(briefing.sections)} sections) and saving it: {drafted:.2f} s; "
              f"with the composer's outline and preview shown: {total:.2f} s")
        library.close()
        app.processEvents()


def tagged_library(folder: Path) -> Path:
    """A copy of the 10,000-article library, tagged (tagged once, kept beside the corpus)."""
    import shutil

    from benchmarks.corpus import library_copy
    from composer.tagging.batch import tag_articles
    from db import open_library

    kept = Path(tempfile.gettempdir()) / "briefing-corpus" / "10000-tagged.sqlite"
    marker = kept.with_suffix(".done")
    if not marker.exists():
        fresh = library_copy(folder, "tagging")
        with open_library(fresh) as library:
            tag_articles(library, everything=True)
        shutil.copy(fresh, kept)
        marker.write_text("done")
    path = folder / "review.sqlite"
    shutil.copy(kept, path)
    return path


def review_speed(keys: int) -> None:
    """Opening 待审核 and deciding from the keyboard on ~27,000 suggestions."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from db import open_library
    from db.excerpts import ExcerptFilter, count_selected
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application([])
    with tempfile.TemporaryDirectory() as scratch:
        library = open_library(tagged_library(Path(scratch)))
        waiting = count_selected(library, ExcerptFilter(status="suggested", kind="statement"))
        window = MainWindow(library, choose_files=lambda parent: [])
        shown = time.perf_counter()
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        for thread in threading.enumerate():  # a clerk reads the first suggestion before deciding: the
            if thread.name == "library-quick-check":  # soundness check started when the window opened is done
                thread.join()
        checked = time.perf_counter() - shown
        page = window.review_page
        started = time.perf_counter()
        window.navigation.setCurrentRow(1)
        page.list.repaint()  # the first rows drawn
        QApplication.processEvents()
        opened = time.perf_counter() - started
        page.list.setFocus()
        times = []
        for press in range(keys):
            key = Qt.Key.Key_A if press % 2 == 0 else Qt.Key.Key_R
            started = time.perf_counter()
            QTest.keyClick(page.list, key)
            page.list.repaint()
            page.detail.repaint()
            QApplication.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        left = count_selected(library, ExcerptFilter(status="suggested", kind="statement"))
        assert left == waiting - keys == len(page.model.ids), (left, waiting, len(page.model.ids))
        print(f"待审核 with {waiting} suggested statements: opened in {opened * 1000:.0f} ms; "
              f"{keys} key presses (A/R, next shown): median {statistics.median(times):.1f} ms, "
              f"worst {max(times):.1f} ms; the first {times[0]:.0f} ms, after the library's soundness check "
              f"that the window starts when it opens (db/library.py check_sound_soon) had finished, "
              f"{checked * 1000:.0f} ms after the window was opened")
        started = time.perf_counter()
        window.undo_action.trigger()
        QApplication.processEvents()
        print(f"undo of the last decision (the queue read again): {(time.perf_counter() - started) * 1000:.0f} ms")
        library.close()
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    first = commands.add_parser("startup")
    first.add_argument("library", type=Path)
    first.add_argument("--runs", type=int, default=3)
    second = commands.add_parser("stall")
    second.add_argument("--articles", type=int, default=1000)
    second.add_argument("--everything", action="store_true",
                        help="draft everything the most quoted person said, not the last month")
    third = commands.add_parser("compose")
    third.add_argument("--items", type=int, default=500)
    fourth = commands.add_parser("review")
    fourth.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()
    if args.command == "startup":
        startup(args.library, args.runs)
    elif args.command == "compose":
        compose_speed(args.items)
        sys.stdout.flush()
        os._exit(0)
    elif args.command == "review":
        review_speed(args.keys)
        sys.stdout.flush()
        os._exit(0)
    else:
        stall(args.articles, month=not args.everything)
        sys.stdout.flush()
        os._exit(0)  # skip interpreter teardown: PySide6 objects freed then can abort a finished run


if __name__ == "__main__":
    main()
