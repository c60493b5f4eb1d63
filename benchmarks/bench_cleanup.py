"""Preparing one huge .txt: cleanup and page splitting must grow linearly with the file.

    python -m benchmarks.bench_cleanup [--sizes 1 2 4 16] [--shape commas] [--timeout 600]

Each size is a real file of short lines ending in a comma (``区委书记王少峰强调要坚持党建引领，``),
the shape that made cleanup quadratic (issue 16, item 15: 1 MB took 25 s, 2 MB 100 s,
4 MB more than 5 minutes). ``--shape page`` repeats a newspaper page instead (many short
paragraphs, headlines, bylines). Each file is prepared (read, cleaned, split, fingerprinted,
rendered for the index: ``prepare_file`` without its time budget) in a fresh process, so one
size cannot warm the next, and a size that takes longer than ``--timeout`` is reported as
such instead of holding the run for hours. Run it from an older checkout to compare.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = "区委书记王少峰强调要坚持党建引领，\n"
PAGE = (
    "坚持党建引领 推动基层治理\n\n"
    "本报讯（记者 张三）8月29日，区委召开常委会会议，研究部署基层治理工作。\n"
    "会议强调，要坚持党建引领，推动接诉即办向主动治理转变。\n\n"
    "城市更新项目稳步推进\n\n"
    "本报讯（通讯员 李四）今年以来，我区城市更新项目稳步推进，惠及居民一万余户。\n"
)
_MB = 1024 * 1024

# Run in a child process: prepares the file given as argv[1] and prints seconds and articles.
_CHILD = """
import sys, time
from composer.ingest.preparing import prepare_file
started = time.perf_counter()
prepared = prepare_file(sys.argv[1])  # no time budget: measured, not stopped
assert prepared.error is None, prepared.error
print(f"{time.perf_counter() - started:.2f} {len(prepared.articles)}")
"""


def write_file(folder: Path, megabytes: float, shape: str) -> Path:
    unit = LINE if shape == "commas" else PAGE
    count = int(megabytes * _MB / len(unit.encode("utf-8")))
    path = folder / f"{shape}-{megabytes:g}MB.txt"
    path.write_text(unit * count, encoding="utf-8")
    return path


def measure(path: Path, timeout: float) -> str:
    env_limit = str(max(20, int(path.stat().st_size / _MB) + 1))  # the 20 MB default stays the floor
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
            env={"PYTHONPATH": str(ROOT), "BRIEFING_MAX_FILE_MB": env_limit, "PATH": ""},
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"more than {timeout:.0f} s"
    if done.returncode != 0:
        return "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    seconds, articles = done.stdout.split()
    return f"{float(seconds):.2f} s ({articles} articles)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 16], help="file sizes in MB")
    parser.add_argument("--shape", choices=("commas", "page"), default="commas")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per size before giving up")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_cleanup_") as folder:
        for megabytes in args.sizes:
            path = write_file(Path(folder), megabytes, args.shape)
            started = time.perf_counter()
            result = measure(path, args.timeout)
            print(f"{megabytes:g} MB {args.shape}: {result}  [wall {time.perf_counter() - started:.1f} s]", flush=True)


if __name__ == "__main__":
    main()
