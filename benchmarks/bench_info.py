"""`briefing info` wall time on a library (issue: article library, <= 0.5 s on 100,000 articles).

    python benchmarks/bench_info.py LIBRARY [--runs 5]

Build a 100,000-article library first with
`python benchmarks/bench_import.py --articles 100000 --keep LIBRARY`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    command = [sys.executable, "-m", "composer.cli.main", "--db", str(args.library), "info", "--json"]
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        result = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    articles = json.loads(result.stdout)["counts"]["articles"]
    print(
        f"`briefing info` on {articles} articles: median {statistics.median(times):.2f} s, "
        f"worst {max(times):.2f} s over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
