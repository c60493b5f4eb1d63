"""The offline bundles (scripts/bundle): built here once per run, then installed with the
package index out of reach (pip --no-index, no pip configuration), and resolved for Windows
and every supported Python. Slow: building fetches ~440 MB of wheels (pip's cache helps)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow
PYTHONS = ("3.11", "3.12", "3.13")
sys.path.insert(0, str(REPO / "scripts"))
import bundle_build  # noqa: E402


def _offline_env(**more: str) -> dict[str, str]:
    """No package index, no pip configuration, nothing of the repository on the path."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("PIP_", "PYTHON", "BRIEFING_", "VIRTUAL_ENV"))}
    environment.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", **more)
    return environment


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundles")
    run = subprocess.run(["bash", str(REPO / "scripts" / "bundle"), "--out", str(out)], capture_output=True,
                         text=True, timeout=1800)
    assert run.returncode == 0, run.stderr[-3000:]
    print(run.stdout)  # sizes, for the record (pytest -s)
    return out


def test_both_bundles_hold_the_scripts_wheels_and_a_zip(bundles: Path) -> None:
    linux, windows = bundles / "bundle-linux-x86_64", bundles / "bundle-win_amd64"
    assert {p.name for p in linux.iterdir()} == {"wheels", "install.sh", "start.sh", "README.txt"}
    assert {p.name for p in windows.iterdir()} == {"wheels", "install.ps1", "install.bat", "start.bat", "README.txt"}
    assert (windows / "install.ps1").read_bytes().startswith(b"\xef\xbb\xbf")  # PowerShell 5 reads it as UTF-8
    assert (windows / "install.bat").read_bytes().isascii() and b"\r\n" in (windows / "install.bat").read_bytes()
    assert "--no-index --find-links" in (linux / "install.sh").read_text(encoding="utf-8")
    for bundle in (linux, windows):
        with zipfile.ZipFile(bundle.with_suffix(".zip")) as archive:
            names = set(archive.namelist())
        assert f"{bundle.name}/README.txt" in names and len(names) == len(list(bundle.rglob("*.*")))
        (app,) = (bundle / "wheels").glob("briefing_composer-*.whl")
        with zipfile.ZipFile(app) as wheel:  # the translation ships compiled
            assert "ui/translations/briefing_zh_CN.qm" in wheel.namelist()
        assert list((bundle / "wheels").glob("jieba-0.42.1-py3-none-any.whl"))  # built from its source here


@pytest.mark.parametrize("version", PYTHONS)
def test_the_windows_bundle_resolves_for_each_python(bundles: Path, tmp_path: Path, version: str) -> None:
    wheels = bundles / "bundle-win_amd64" / "wheels"
    run = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-index", "--find-links", str(wheels), "--platform",
         "win_amd64", "--python-version", version, "--implementation", "cp", "--only-binary=:all:",
         "-d", str(tmp_path), "briefing-composer"],
        env=_offline_env(), capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert list(tmp_path.glob("pyside6_essentials-*-win_amd64.whl")) and list(tmp_path.glob("numpy-*win_amd64.whl"))
    # pip judged markers as on this Linux machine; judged as on Windows, nothing is lacking either
    assert bundle_build.unmet(wheels, ("win_amd64",), version) == []


def test_a_windows_only_requirement_left_out_is_caught(bundles: Path, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    shutil.copytree(bundles / "bundle-win_amd64" / "wheels", wheels)
    for tzdata in wheels.glob("tzdata-*.whl"):  # tzlocal needs it on Windows only
        tzdata.unlink()
    lacking = bundle_build.unmet(wheels, ("win_amd64",), "3.12")
    assert 'tzdata; platform_system == "Windows"' in lacking, lacking


def _pythons_here() -> list[str]:
    """This Python, and 3.12 and 3.13 where the machine has them (on PATH or from pyenv)."""
    found = [sys.executable]
    for version in PYTHONS[1:]:
        places = [shutil.which(f"python{version}"), *map(str, Path("/root/.pyenv/versions").glob(
            f"{version}.*/bin/python{version}"))]
        for path in filter(None, places):
            if subprocess.run([path, "-c", "import venv, ensurepip"], capture_output=True).returncode == 0:
                found.append(path)
                break
    return found


@pytest.mark.parametrize("python", _pythons_here())
def test_the_linux_bundle_installs_offline_and_runs(bundles: Path, tmp_path: Path, python: str) -> None:
    bundle = bundles / "bundle-linux-x86_64"
    target = tmp_path / "app"
    home = tmp_path / "home"
    home.mkdir()
    env = _offline_env(PYTHON=python, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    install = subprocess.run(["bash", str(bundle / "install.sh"), str(target)], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    assert "[2/3] 从" in install.stdout and "离线安装" in install.stdout
    seconds = re.search(r"安装完成（用时 (\d+) 秒）", install.stdout)
    assert seconds is not None
    print(f"{python}: installed from the bundle in {seconds.group(1)} s")
    assert (home / "data" / "applications" / "briefing-composer.desktop").exists()

    info = subprocess.run([str(target / "venv" / "bin" / "briefing"), "--db", str(tmp_path / "l.sqlite"), "info"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert info.returncode == 0, info.stderr
    assert "资料库：" in info.stdout and "架构版本：" in info.stdout
    app = (
        "import ui, composer\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.app import create_application\n"
        "from ui.library_page import LibraryPage\n"
        "app = create_application(['briefing'])\n"
        "print(ui.__file__)\n"
        "print(QCoreApplication.translate('MainWindow', 'Library'))\n"
    )
    started = subprocess.run([str(target / "venv" / "bin" / "python"), "-c", app], env=dict(
        env, QT_QPA_PLATFORM="offscreen"), cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    where, library = started.stdout.split()
    assert where.startswith(str(target))  # the installed package, not this repository
    assert library == "文章库"
