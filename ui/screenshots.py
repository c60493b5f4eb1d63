"""Screenshots of every page on the seed pages (or the demo pages without them), at the
two screen sizes clerks have: 1366×768 (an office laptop) and 1920×1080.

    python -m ui.screenshots [OUTDIR]        # default docs/screenshots/<width>x<height>/

Builds a library in a temporary folder — the pages imported with source and date, tagged,
王少峰's (or 林振华's) statements accepted, a 讲话摘编 composed — opens the app offscreen on
it and saves one PNG per screen: the library with the reader, a search, a filter without
words, the review queue, people, themes, briefings, the overview, 开始使用, the composer
with a briefing; then an empty library's first-run guide and empty overview.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def build_library(path: Path) -> str:
    """Import, tag, accept, compose; returns the person the briefing is about."""
    from composer.briefings.drafts import DraftFields, DraftQuery, compose
    from composer.ingest.importer import ImportOptions, import_paths
    from composer.tagging import review
    from composer.tagging.batch import tag_articles
    from db import open_library
    from db.excerpts import ExcerptFilter

    pages = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    person = "王少峰" if pages else "林振华"
    with open_library(path) as library:
        if pages:
            for page, published in zip(pages, ["2025-09-01", "2025-08-30", "2025-02-27", "2023-06-14", "2023-03-06"]):
                import_paths(library, [page], ImportOptions(source="丰台时报", published=published, workers=0))
        else:
            import_paths(library, sorted((ROOT / "composer" / "demo").glob("*.txt")), ImportOptions(workers=0))
        tag_articles(library, workers=0)
        review.accept(library, ExcerptFilter(person=person, kind="statement"))
        compose(library, "讲话摘编", DraftQuery(persons=[person]), DraftFields(unit="区委办公室"))
    return person


SIZES = ((1366, 768), (1920, 1080))  # a common office laptop and a desktop monitor
PAGES = ((1, "review"), (2, "people"), (3, "themes"), (4, "briefings"), (6, "overview"), (7, "start"))


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    from ui.operations import wait_for_all

    wait_for_all()
    for _ in range(5):
        QApplication.processEvents()


def shoot_library(library_path: Path, out: Path, size: tuple[int, int]) -> list[Path]:
    """Every page of the window at ``size`` on a filled library; returns the files written."""
    from db import open_library
    from db.briefings import list_briefings
    from ui.main_window import MainWindow

    library = open_library(library_path)
    window = MainWindow(library, choose_files=lambda parent: [])
    window.resize(*size)
    window.show()
    written: list[Path] = []

    def save(name: str) -> None:
        _settle()
        target = out / f"{name}.png"
        window.grab().save(str(target), "PNG", 0)  # 0: the strongest PNG compression
        written.append(target)

    page = window.library_page
    titles = [page.model.data(page.model.index(row, 3)) for row in range(page.model.rowCount())]
    page.table.selectRow(next((i for i, t in enumerate(titles) if "点评会" in (t or "")), 0))
    save("library-reader")
    page.query.setText("接诉即办")
    page.run_search()
    save("search")
    page.show_all()
    page.person.setCurrentIndex(max(1, page.person.findData("王少峰")))  # a filter, no words
    page.run_search()
    save("search-filter-only")
    for row, name in PAGES:
        window.navigation.setCurrentRow(row)
        if name == "people":
            window.people_page.table.selectRow(0)
        save(name)
    briefings = list_briefings(library)
    if briefings:
        window.open_briefing(briefings[0]["id"])
        window.composer_page.find_candidates()
        _settle()  # the candidates are read on the worker thread
    else:
        window.navigation.setCurrentRow(window.PAGES.index("composer"))
    save("composer")
    window.close()
    library.close()
    return written


def shoot_empty(library_path: Path, out: Path, size: tuple[int, int]) -> list[Path]:
    """An empty library: the first-run guide on the library page and the empty overview."""
    from db import open_library
    from ui.main_window import MainWindow

    library = open_library(library_path)
    window = MainWindow(library, choose_files=lambda parent: [])
    window.resize(*size)
    window.show()
    written = []
    for row, name in ((0, "first-run"), (6, "overview-empty")):
        window.navigation.setCurrentRow(row)
        _settle()
        target = out / f"{name}.png"
        window.grab().save(str(target), "PNG", 0)  # 0: the strongest PNG compression
        written.append(target)
    window.close()
    library.close()
    return written


def main() -> None:
    """Screenshots at each of SIZES, in OUTDIR/<width>x<height>/ (docs/screenshots by default)."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    from PySide6.QtCore import QSettings

    from ui.app import create_application

    with tempfile.TemporaryDirectory() as scratch:
        # Settings of a folder of the run: the machine's saved layout must not shape the
        # pictures, and the temporary libraries must not enter the user's recent list.
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, scratch)
        create_application([])
        path = Path(scratch) / "library.sqlite"
        build_library(path)
        for width, height in SIZES:
            folder = out / f"{width}x{height}"
            folder.mkdir(parents=True, exist_ok=True)
            shoot_library(path, folder, (width, height))
            shoot_empty(Path(scratch) / f"empty-{width}.sqlite", folder, (width, height))
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
