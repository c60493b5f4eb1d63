"""First start and failures speak plainly: scripts/start with a Python too old or an
install that fails, `briefing` without a display, the app without a Chinese font.
Real processes; the start script runs in a copy of its own folder, never on the repo's .venv."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

OLD_PYTHONS = sorted(Path("/root/.pyenv/versions").glob("3.1[0]*/bin/python3")) + [
    Path(p) for p in ("/usr/bin/python3.10", "/usr/bin/python3.9") if Path(p).exists()
]


def _start_copy(tmp_path: Path, pyproject: str | None = None) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy2(REPO / "scripts" / "start", tmp_path / "scripts" / "start")
    if pyproject is not None:
        (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    return tmp_path / "scripts" / "start"


def _run_start(start: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    environment.update(env)
    return subprocess.run(["bash", str(start)], env=environment, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(not OLD_PYTHONS, reason="no Python older than 3.11 on this machine")
def test_a_python_too_old_gets_a_clear_message_and_no_venv(tmp_path: Path) -> None:
    start = _start_copy(tmp_path)
    run = _run_start(start, PYTHON=str(OLD_PYTHONS[0]))
    assert run.returncode == 1
    assert re.search(r"是 Python 3\.(9|10)，简报编排器需要 Python 3\.11 或更新版本", run.stderr), run.stderr
    assert "未做任何改动" in run.stderr
    assert not (tmp_path / ".venv").exists()
    english = _run_start(start, PYTHON=str(OLD_PYTHONS[0]), BRIEFING_LANG="en")
    assert "needs Python 3.11 or newer" in english.stderr


@pytest.mark.skipif(not OLD_PYTHONS, reason="no Python older than 3.11 on this machine")
def test_a_venv_of_an_old_python_is_made_again(tmp_path: Path) -> None:
    start = _start_copy(tmp_path, pyproject='[project]\nname = "x"\nversion = "0"\n')
    subprocess.run([str(OLD_PYTHONS[0]), "-m", "venv", "--without-pip", str(tmp_path / ".venv")], check=True)
    (tmp_path / "wheels").mkdir()
    run = _run_start(start, PYTHON=sys.executable, BRIEFING_WHEELS=str(tmp_path / "wheels"))
    assert "发现不可用的 .venv（Python 过旧或已损坏），将重新创建。" in run.stderr
    assert "[1/3] 首次启动：用 Python 3." in run.stdout  # made again with the Python asked for
    assert not (tmp_path / ".venv").exists()  # the install itself cannot succeed offline here: nothing left


def test_a_failed_first_install_says_how_far_it_got_and_leaves_no_venv(tmp_path: Path) -> None:
    """Offline with an empty wheel folder: the install cannot succeed."""
    start = _start_copy(tmp_path, pyproject='[project]\nname = "x"\nversion = "0"\n')
    (tmp_path / "wheels").mkdir()
    run = _run_start(start, PYTHON=sys.executable, BRIEFING_WHEELS=str(tmp_path / "wheels"))
    assert run.returncode != 0
    assert "[1/3] 首次启动：用 Python 3." in run.stdout and "创建虚拟环境 .venv" in run.stdout
    assert "[2/3] 从" in run.stdout and "离线安装" in run.stdout
    assert "已删除不完整的 .venv" in run.stderr
    assert not (tmp_path / ".venv").exists()


def _briefing_app(env: dict[str, str], *drop: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key not in drop}
    environment.update(PYTHONPATH=str(REPO), BRIEFING_LANG="zh", **env)
    return subprocess.run([sys.executable, "-m", "composer.cli.main"], env=environment, capture_output=True,
                          text=True, timeout=120, cwd=REPO)


def test_no_display_is_told_in_chinese_with_the_debian_packages(tmp_path: Path) -> None:
    run = _briefing_app({"BRIEFING_DB": str(tmp_path / "library.sqlite")},
                        "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    assert run.returncode == 3, run.stderr  # not Qt's abort (134)
    assert "没有可用的显示器，无法打开窗口：未设置 DISPLAY 或 WAYLAND_DISPLAY" in run.stderr
    packages = re.search(r'QT_DEBS="([^"]+)"', (REPO / "scripts" / "test").read_text(encoding="utf-8"))
    assert packages is not None and f"sudo apt-get install {packages.group(1)}" in run.stderr
    assert "qt.qpa" not in run.stderr and "Aborted" not in run.stderr
    assert not (tmp_path / "library.sqlite").exists()  # stopped before anything was opened


def test_a_missing_chinese_font_names_the_package_to_install(tmp_path: Path) -> None:
    """Fontconfig that knows only DejaVu (Latin): the app says what to install."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("DejaVu fonts are not installed")
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                      f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
                      encoding="utf-8")
    script = "from ui.app import create_application\ncreate_application(['briefing'])\n"
    base = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    latin_only = subprocess.run([sys.executable, "-c", script], env=dict(base, FONTCONFIG_FILE=str(config)),
                                capture_output=True, text=True, timeout=120)
    assert latin_only.returncode == 0, latin_only.stderr
    assert "未找到中文字体，中文会显示为方框。请安装：sudo apt-get install fonts-noto-cjk（或 fonts-wqy-microhei）" \
        in latin_only.stderr
    usual = subprocess.run([sys.executable, "-c", script], env=base, capture_output=True, text=True, timeout=120)
    assert usual.returncode == 0 and "未找到中文字体" not in usual.stderr


def test_the_display_check_knows_headless_and_other_systems() -> None:
    from composer.cli.display import display_problem

    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "linux") is not None
