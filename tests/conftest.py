"""Shared fixtures. Qt must be told to render offscreen before any QApplication exists."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFING_LANG", "zh")

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


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    paths = seed_paths()
    if not paths:
        pytest.skip(f"seed pages not found in {SEED_DIR} (../shared is absent)")
    return paths


@pytest.fixture()
def library_path(tmp_path: Path) -> Path:
    """Path for a fresh, not yet created library in a temporary folder."""
    return tmp_path / "library.sqlite"
