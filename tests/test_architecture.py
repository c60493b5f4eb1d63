"""House rules of docs/architecture.md that a test can check, plus lint and types.

The import rules are checked on the real source tree and, to show that each rule can
fail, on small trees with one deliberate violation each (written to tmp_path)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGES = ("composer", "db", "ui")
SQL = re.compile(r"\.execute(many)?\(|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|\bDELETE FROM\b")

# Which stage of the core may import which (composer/__init__.py draws the same map).
# A stage absent from a set may not be imported, at module level or inside a function.
STAGES: dict[str, set[str]] = {
    "common": set(),
    "demo": set(),
    "safety": {"common"},
    "ingest": {"common"},
    "people": {"common"},
    "search": {"common"},
    "tagging": {"common", "ingest", "people"},
    "briefings": {"common", "ingest", "people", "tagging", "search"},
    "cli": {"common", "demo", "safety", "ingest", "people", "tagging", "search", "briefings"},
}
# Besides the stages: every stage may use db/ except common (db/ stands on common);
# db/ may use only composer.common; ui/ may use the core and db/ but never the CLI.
LAZY_UI_IMPORT_ALLOWED = "composer/cli/main.py"


@dataclass(frozen=True)
class Import:
    modules: tuple[str, ...]  # the dotted names one import statement may load
    lazy: bool  # inside a function: loaded when called, not when the importer loads


def _imports(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                found.extend(Import((alias.name,), lazy) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                # `from composer import review` names a module of the package
                names = (child.module, *(f"{child.module}.{alias.name}" for alias in child.names))
                found.append(Import(names, lazy))
            visit(child, inner)

    visit(tree, False)
    return found


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "composer" and len(parts) > 1 and parts[1] in STAGES else None


def violations(root: Path) -> list[str]:
    """Every broken import rule under ``root`` (a checkout: composer/, db/, ui/)."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        top = relative.split("/")[0]
        if top not in PACKAGES:
            continue
        own = _stage(relative.replace("/", ".")) if top == "composer" else None
        for imported in _imports(path):
            broken = [b for name in imported.modules for b in _broken(relative, top, own, name, imported.lazy)]
            found += broken[:1]  # one statement, one report
    return found


def _broken(relative: str, top: str, own: str | None, name: str, lazy: bool) -> list[str]:
    target_top = name.split(".")[0]
    target_stage = _stage(name)
    where = f"{relative} imports {name}"
    if top in ("composer", "db") and target_top == "PySide6":
        return [f"{where}: the core and db/ never import Qt"]
    if top == "composer" and target_top == "ui":
        allowed = relative == LAZY_UI_IMPORT_ALLOWED and lazy
        return [] if allowed else [f"{where}: the core never imports ui/ (only the CLI's entry point, lazily)"]
    if top == "db" and target_top == "composer" and target_stage not in (None, "common"):
        return [f"{where}: db/ may import only composer.common"]
    if top == "db" and name == "composer":
        return []
    if top == "ui" and target_stage == "cli":
        return [f"{where}: the app never imports the command line"]
    if top == "composer" and own is not None:
        if target_stage is not None and target_stage != own and target_stage not in STAGES[own]:
            return [f"{where}: stage {own} may import only {sorted(STAGES[own]) or 'nothing of the core'}"]
        if own == "common" and target_top == "db":
            return [f"{where}: composer.common stands below db/"]
    return []


def _sources(*packages: str) -> list[Path]:
    return [path for package in packages for path in sorted((REPO / package).rglob("*.py"))]


def test_imports_follow_the_stages() -> None:
    assert violations(REPO) == []


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("files", "rule"),
    [
        ({"composer/people/statements.py": "from ui.app import run_app\n"}, "never imports ui"),
        ({"composer/tagging/review.py": "def f():\n    import ui.main_window\n"}, "never imports ui"),
        ({"composer/ingest/pages.py": "from composer.tagging.review import accept\n"}, "stage ingest"),
        ({"composer/people/cast.py": "from composer import briefings\n"}, "stage people"),
        ({"composer/search/query.py": "def f():\n    from composer.cli.output import t\n"}, "stage search"),
        ({"composer/common/text.py": "from db.library import Library\n"}, "below db"),
        ({"db/articles.py": "from composer.ingest.pages import split_page\n"}, "only composer.common"),
        ({"ui/library_page.py": "from composer.cli.main import main\n"}, "never imports the command line"),
        ({"composer/cli/search.py": "def f():\n    from ui.app import run_app\n"}, "never imports ui"),
        ({"composer/briefings/export.py": "from PySide6.QtCore import QObject\n"}, "never import Qt"),
    ],
)
def test_a_deliberate_violation_is_caught(tmp_path: Path, files: dict[str, str], rule: str) -> None:
    found = violations(_tree(tmp_path, files))
    assert len(found) == 1 and rule in found[0], found


def test_the_allowed_lazy_import_of_the_app_passes(tmp_path: Path) -> None:
    tree = _tree(tmp_path, {"composer/cli/main.py": "def _open_app():\n    from ui.app import run_app\n"})
    assert violations(tree) == []
    eager = _tree(tmp_path / "eager", {"composer/cli/main.py": "from ui.app import run_app\n"})
    assert len(violations(eager)) == 1


def sql_outside_db(root: Path) -> list[str]:
    return [
        str(p.relative_to(root))
        for package in ("composer", "ui")
        for p in sorted((root / package).rglob("*.py"))
        if SQL.search(p.read_text(encoding="utf-8"))
    ]


def test_only_db_runs_sql() -> None:
    assert sql_outside_db(REPO) == []


def test_sql_outside_db_is_caught(tmp_path: Path) -> None:
    tree = _tree(tmp_path, {"ui/review_page.py": 'rows = library.conn.execute("SELECT id FROM excerpts")\n',
                            "composer/tagging/review.py": "QUERY = 'DELETE FROM excerpts WHERE id = ?'\n"})
    assert sql_outside_db(tree) == ["composer/tagging/review.py", "ui/review_page.py"]


def test_every_stage_says_what_it_owns_and_may_import() -> None:
    for stage in STAGES:
        init = REPO / "composer" / stage / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert doc, f"composer/{stage}/__init__.py has no docstring"
        if stage != "demo":
            assert "May import" in doc or "may import" in doc, stage


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


def _tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


@pytest.mark.skipif(_tool("ruff") is None, reason="ruff is not installed")
def test_lint_is_clean() -> None:
    run = subprocess.run(
        [_tool("ruff"), "check", *PACKAGES, "tests", "benchmarks", "scripts"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (scripts/test installs it)")
def test_types_are_clean() -> None:
    """mypy as pyproject.toml's [tool.mypy] sets it up (which packages, how strict); its
    cache in .mypy_cache makes a rerun take a second."""
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
