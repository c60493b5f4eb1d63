"""Screenshots of the main screens on the seed pages (or the demo pages without them).

    python -m ui.screenshots OUTDIR

Builds a library in a temporary folder — the pages imported with source and date, tagged,
王少峰's (or 林振华's) statements accepted, a 讲话摘编 composed — opens the app offscreen on
it and saves one PNG per screen: the library with the reader, a search, the review
queue, people, themes, briefings, the composer with a briefing, the overview.
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


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from db import open_library
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.operations import wait_for_all

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "library.sqlite"
        build_library(path)
        create_application([])
        library = open_library(path)
        window = MainWindow(library, choose_files=lambda parent: [])
        window.resize(1400, 860)
        window.show()

        def settle() -> None:
            wait_for_all()
            for _ in range(5):
                QApplication.processEvents()

        page = window.library_page
        titles = [page.model.data(page.model.index(row, 3)) for row in range(page.model.rowCount())]
        page.table.selectRow(next((i for i, t in enumerate(titles) if "点评会" in (t or "")), 0))
        settle()
        window.grab().save(str(out / "library-reader.png"))
        page.query.setText("接诉即办")
        page.run_search()
        settle()
        window.grab().save(str(out / "search.png"))
        for row, name in ((1, "review"), (2, "people"), (3, "themes"), (4, "briefings"), (6, "overview")):
            window.navigation.setCurrentRow(row)
            settle()
            window.grab().save(str(out / f"{name}.png"))
        from db.briefings import list_briefings

        window.open_briefing(list_briefings(library)[0]["id"])
        window.composer_page.find_candidates()
        settle()
        window.grab().save(str(out / "composer.png"))
        library.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
