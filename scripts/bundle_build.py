"""Build the offline bundles: every wheel the app needs, install and start scripts.

    python scripts/bundle_build.py [--out dist] [--only linux|windows] [--pythons 3.11,3.12,3.13]

writes ``dist/bundle-linux-x86_64/`` and ``dist/bundle-win_amd64/`` (and a .zip of each):
``wheels/`` (the app's own wheel, each dependency for each Python version, pure-Python
packages that PyPI has only as source — jieba — built into wheels here), ``install.sh`` or
``install.ps1`` + ``install.bat``, ``start.sh`` or ``start.bat``, and ``README.txt``.
Building needs the package index (this machine reaches PyPI); installing from the bundle
needs nothing but Python (``pip install --no-index --find-links wheels``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_templates  # noqa: E402 - a sibling file, not a package

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")


@dataclass(frozen=True)
class Target:
    name: str  # the bundle's folder: bundle-NAME
    platforms: tuple[str, ...]  # pip's --platform tags (manylinux tags also accept older glibc)
    files: dict[str, str]  # bundle file name → its text


# pip takes --platform tags literally (no older glibc implied): every manylinux tag up to
# glibc 2.34, which PySide6 6.8+ needs (Debian 12, Ubuntu 22.04, and their derivatives)
MANYLINUX = (*(f"manylinux_2_{minor}_x86_64" for minor in range(34, 4, -1)),
             "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64")

TARGETS = {
    "linux": Target("linux-x86_64", MANYLINUX, bundle_templates.LINUX),
    "windows": Target("win_amd64", ("win_amd64",), bundle_templates.WINDOWS),
}


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def app_wheel(work: Path) -> Path:
    """The app as a wheel (with the compiled translation, package data of pyproject)."""
    folder = work / "app"
    shutil.rmtree(folder, ignore_errors=True)
    # from a clean copy: setuptools would also pack what an earlier build left in build/lib
    source = work / "source"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".mypy_cache", ".pytest_cache", "docs"))
    pip("wheel", "--no-deps", "-q", "-w", str(folder), str(source))
    (wheel,) = folder.glob("briefing_composer-*.whl")
    return wheel


def built_wheels(work: Path) -> Path:
    """Wheels of every dependency for this machine; those PyPI has only as source are built
    here (jieba, …). Pure-Python wheels serve every platform and Python version."""
    folder = work / "built"
    folder.mkdir(parents=True, exist_ok=True)
    pip("wheel", "-q", "-w", str(folder), *requirements(), "setuptools>=68", "wheel")
    return folder


def fill(target: Target, out: Path, app: Path, built: Path, pythons: list[str]) -> Path:
    bundle = out / f"bundle-{target.name}"
    shutil.rmtree(bundle, ignore_errors=True)
    wheels = bundle / "wheels"
    wheels.mkdir(parents=True)
    for version in pythons:
        platforms = [flag for tag in target.platforms for flag in ("--platform", tag)]
        pip("download", "-q", "--only-binary=:all:", *platforms, "--python-version", version,
            "--implementation", "cp", "--find-links", str(built), "--dest", str(wheels),
            str(app), "setuptools>=68", "wheel")
    complete(target, wheels, built, pythons)
    for name, text in target.files.items():
        path = bundle / name
        # PowerShell 5 reads a .ps1 without a byte-order mark in the ANSI code page (GBK)
        encoding = "utf-8-sig" if name.endswith(".ps1") else "utf-8"
        newline = "\r\n" if name.endswith((".ps1", ".bat")) else "\n"
        path.write_text(text.replace("{pythons}", "、".join(pythons)), encoding=encoding, newline=newline)
        if name.endswith(".sh"):
            path.chmod(0o755)
    return bundle


# -- what a bundle lacks, judged for the target (pip evaluates markers for this machine) ------


def target_environment(platform: str, version: str) -> dict[str, str]:
    """Environment markers as they evaluate on the target: ``tzdata; platform_system ==
    "Windows"`` is needed on Windows although this machine is Linux."""
    windows = platform.startswith("win")
    return {
        "implementation_name": "cpython", "implementation_version": f"{version}.0", "os_name": "nt" if windows
        else "posix", "platform_machine": "AMD64" if windows else "x86_64", "platform_python_implementation":
        "CPython", "platform_release": "", "platform_system": "Windows" if windows else "Linux",
        "platform_version": "", "python_full_version": f"{version}.0", "python_version": version,
        "sys_platform": "win32" if windows else "linux", "extra": "",
    }


def unmet(wheels: Path, platforms: tuple[str, ...], version: str) -> list[str]:
    """The requirements (from the app down) that no wheel in ``wheels`` meets on the target."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_wheel_filename

    environment = target_environment(platforms[0], version)
    ours = int(version.replace(".", ""))

    def fits(tags: frozenset) -> bool:
        return any((tag.platform == "any" or tag.platform in platforms)
                   and (tag.abi == "none" or tag.abi == f"cp{ours}"
                        or (tag.abi == "abi3" and int(tag.interpreter[2:] or 0) <= ours)) for tag in tags)

    found: dict[str, list[tuple[object, Path]]] = {}
    for path in wheels.glob("*.whl"):
        name, wheel_version, _, tags = parse_wheel_filename(path.name)
        if fits(tags):
            found.setdefault(canonicalize_name(name), []).append((wheel_version, path))
    missing: list[str] = []
    done: set[str] = set()
    queue = [Requirement("briefing-composer")]
    while queue:
        requirement = queue.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        name = canonicalize_name(requirement.name)
        fitting = [(v, path) for v, path in found.get(name, []) if requirement.specifier.contains(str(v), True)]
        if not fitting:
            missing.append(str(requirement))
            continue
        if name in done:
            continue
        done.add(name)
        newest = max(fitting, key=lambda pair: pair[0])[1]  # type: ignore[no-any-return]
        queue += [Requirement(line) for line in _requires(newest)]
    return missing


def _requires(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        text = archive.read(metadata).decode("utf-8")
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Dist:")]


def complete(target: Target, wheels: Path, built: Path, pythons: list[str]) -> None:
    """Download what the markers of the target ask for and this machine's pip left out."""
    for version in pythons:
        for _ in range(5):  # a few rounds: what is fetched may need more
            lacking = unmet(wheels, target.platforms, version)
            if not lacking:
                break
            platforms = [flag for tag in target.platforms for flag in ("--platform", tag)]
            pip("download", "-q", "--only-binary=:all:", *platforms, "--python-version", version,
                "--implementation", "cp", "--find-links", str(built), "--dest", str(wheels), *lacking)
        else:
            lacking = unmet(wheels, target.platforms, version)
            raise SystemExit(f"{target.name}, Python {version}: no wheel for {', '.join(lacking)}")


def zipped(bundle: Path) -> Path:
    archive = bundle.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w") as zipping:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                method = zipfile.ZIP_STORED if path.suffix == ".whl" else zipfile.ZIP_DEFLATED  # wheels are zips
                info = zipfile.ZipInfo.from_file(path, Path(bundle.name) / path.relative_to(bundle))
                info.compress_type = method
                with path.open("rb") as source, zipping.open(info, "w") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
    return archive


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--only", choices=sorted(TARGETS), action="append")
    parser.add_argument("--pythons", default=",".join(PYTHONS))
    parser.add_argument("--no-zip", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    out = args.out.resolve()
    work = out / "bundle-work"
    app = app_wheel(work)
    built = built_wheels(work)
    for key in args.only or sorted(TARGETS):
        bundle = fill(TARGETS[key], out, app, built, args.pythons.split(","))
        wheels = len(list((bundle / "wheels").glob("*.whl")))
        line = f"{bundle}: {wheels} wheels, {size_mb(bundle):.0f} MB"
        if not args.no_zip:
            line += f"; {zipped(bundle).name} {size_mb(bundle.with_suffix('.zip')):.0f} MB"
        print(line)
    shutil.rmtree(work, ignore_errors=True)
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
