"""Shared fixtures. Qt must be told to render offscreen before any QApplication exists."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFING_LANG", "zh")
# What the program caches per user (which libraries were found sound) goes to a folder of the
# test run, not the user's own cache; programs the tests start inherit it.
if "BRIEFING_TEST_CACHE" not in os.environ:
    import tempfile

    os.environ["BRIEFING_TEST_CACHE"] = os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefing-cache-")
    # The app's settings (QSettings: language, last source, recent libraries) too: a test that
    # switches the UI to English must not change the language of another test run, or the user's.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefing-config-")

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", REPO.parent / "shared"))
SEED_DIR = SHARED / "seeds"


def seed_paths() -> list[Path]:
    """The seed pages, or an empty list when ../shared is absent (tests then skip)."""
    return sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []


def load_gold(page: Path) -> dict:
    """The gold annotation of a seed page (../shared/seeds/gold) or a demo page (demo/gold)."""
    return json.loads((page.parent / "gold" / (page.stem + ".json")).read_text(encoding="utf-8"))


def unprivileged(job: Callable[[], object]) -> object:
    """Run ``job`` in a child process that the kernel's permission checks apply to: as
    root (these tests run as root in CI, where chmod stops nothing) the child drops to
    the user ``nobody``. The child imports nothing new — root's Python may be
    unreadable for nobody — so callers warm up what ``job`` needs first."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    results = context.SimpleQueue()

    def run() -> None:
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            results.put(("ok", job()))
        except BaseException as error:  # noqa: BLE001 - handed to the parent
            results.put(("error", repr(error)))

    child = context.Process(target=run)
    child.start()
    child.join(60)
    outcome, value = results.get()
    assert outcome == "ok", value
    return value


# The seed pages' publication dates, in file order (their file names give none).
SEED_DATES = ["2025-09-01", "2025-08-30", "2025-02-27", "2023-06-14", "2023-03-06"]


def import_seed_pages(library, seeds: list[Path]) -> None:  # noqa: ANN001 - db.library.Library
    """The seed pages as the 丰台时报 pages of their dates."""
    from composer.ingest.importer import ImportOptions, import_paths

    for page, published in zip(seeds, SEED_DATES):
        import_paths(library, [page], ImportOptions(workers=0, source="丰台时报", published=published))


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    paths = seed_paths()
    if not paths:
        pytest.skip(f"seed pages not found in {SEED_DIR} (../shared is absent)")
    return paths


@pytest.fixture()
def chinese_messages():
    """Messages rendered in Chinese for the test, whatever the language before (tests that
    assert on the words of errors use it: ``pytestmark = pytest.mark.usefixtures(...)``)."""
    from composer.common import messages

    before = messages.language()
    messages.set_language("zh")
    yield
    messages.set_language(before)


@pytest.fixture()
def demo_window(qtbot, demo_library: Path):
    """The app's main window on a copy of the tagged demo library, shown and exposed; after
    the test, the worker's operations are waited for and the library closed."""
    yield from window_on(qtbot, demo_library)


def window_on(qtbot, path: Path):  # noqa: ANN001, ANN201 - pytest-qt's qtbot; a fixture's generator
    """The app's main window on the library at ``path`` (see ``demo_window``)."""
    from db import open_library
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.operations import wait_for_all

    create_application([])
    library = open_library(path)
    win = MainWindow(library, choose_files=lambda parent: [])
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    wait_for_all()
    library.close()


@pytest.fixture()
def seed_window(qtbot, library_path: Path, seeds: list[Path]):
    """The app's main window (1366×768, shown) on the seed pages, tagged, every statement
    accepted: what the composer's tests draft from. After the test, the worker's operations
    are waited for and the window closed before the library (its pending preview goes with it)."""
    from composer.tagging import review
    from composer.tagging.batch import tag_articles
    from db import open_library
    from db.excerpts import ExcerptFilter
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.operations import wait_for_all

    with open_library(library_path) as library:
        import_seed_pages(library, seeds)
        tag_articles(library, workers=0)
        review.accept(library, ExcerptFilter(kind="statement"))
    create_application([])
    library = open_library(library_path)
    win = MainWindow(library, choose_files=lambda parent: [])
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_all()
    win.close()
    library.close()


@pytest.fixture()
def library_path(tmp_path: Path) -> Path:
    """Path for a fresh, not yet created library in a temporary folder."""
    return tmp_path / "library.sqlite"


@pytest.fixture(scope="session")
def tagged_demo(tmp_path_factory) -> Path:
    """The demo pages imported and tagged once per test run; tests work on copies."""
    from composer.ingest.importer import ImportOptions, import_paths
    from composer.tagging.batch import tag_articles
    from db import open_library

    path = tmp_path_factory.mktemp("demo") / "tagged.sqlite"
    with open_library(path) as library:
        import_paths(library, sorted((REPO / "composer" / "demo").glob("*.txt")), ImportOptions(workers=0))
        tag_articles(library, everything=True, workers=0)
    return path


@pytest.fixture()
def demo_library(tagged_demo: Path, tmp_path: Path) -> Path:
    """A fresh copy of the tagged demo library, with its side files (write-ahead log, index)."""
    import shutil

    for part in tagged_demo.parent.glob(f"{tagged_demo.stem}*"):
        shutil.copy(part, tmp_path / part.name.replace(tagged_demo.stem, "library", 1))
    return tmp_path / "library.sqlite"
