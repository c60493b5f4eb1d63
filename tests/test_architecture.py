"""House rules of docs/architecture.md that a test can check, plus lint."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGES = ("composer", "db", "ui")
SQL = re.compile(r"\.execute(many)?\(|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|\bDELETE FROM\b")


def _sources(*packages: str) -> list[Path]:
    return [path for package in packages for path in sorted((REPO / package).rglob("*.py"))]


def test_the_core_and_the_storage_never_import_qt() -> None:
    offenders = [
        p.name for p in _sources("composer", "db") if re.search(r"^\s*(from|import) PySide6", p.read_text(), re.M)
    ]
    assert offenders == []


def test_only_db_runs_sql() -> None:
    offenders = [str(p.relative_to(REPO)) for p in _sources("composer", "ui") if SQL.search(p.read_text())]
    assert offenders == []


def test_no_module_is_over_800_lines() -> None:
    long = {str(p.relative_to(REPO)): n for p in _sources(*PACKAGES) if (n := len(p.read_text().splitlines())) > 800}
    assert long == {}


def test_every_module_uses_postponed_annotations() -> None:
    missing = [
        str(p.relative_to(REPO))
        for p in _sources(*PACKAGES)
        if p.read_text().strip() and "from __future__ import annotations" not in p.read_text()
    ]
    assert missing == [p for p in missing if p.endswith("__init__.py")]


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(), reason="ruff is not installed"
)
def test_lint_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    run = subprocess.run(
        [ruff, "check", *PACKAGES, "tests", "benchmarks", "scripts"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
