"""Tagging speed and memory (issues: people and statements; themes).

    python benchmarks/bench_tag.py [--articles 10000] [--people 2000] [--corpus DIR]

Builds (or reuses) the synthetic corpus and a library imported from it, gives that
library a directory of ``--people`` confirmed people (synthetic names and titles, plus
whatever discovery suggests), then runs ``briefing tag --all`` in a fresh process and
prints its wall time, CPU time and peak memory (the process and any children, summed), what it
found, the time of matching the directory's names alone, and the times of a second
``briefing tag --all`` (re-tagging all, where suggestions are kept, not rewritten) and
of ``briefing tag`` with nothing new to tag.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import library_copy  # noqa: E402
from benchmarks.measure import TreeMemory  # noqa: E402
from composer.people.names import COMMON_SURNAMES  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import count_articles  # noqa: E402

GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文玉兰林海波宁鹏飞晓东雪梅春燕"
OFFICES = ("区发改委", "区商务局", "区住建委", "区教委", "区卫健委", "区城管委", "区科信局", "区民政局", "区财政局")
POSTS = ("主任", "局长", "党组书记", "副主任", "副局长")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "briefing-corpus")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        library_path = library_copy(Path(scratch), "tag", args.articles, args.corpus)
        people_csv = Path(scratch) / "people.csv"
        _write_directory(people_csv, args.people)
        _briefing(library_path, "people", "--import", str(people_csv), "--quiet")
        with open_library(library_path) as library:
            articles = count_articles(library)
            characters = library.conn.execute("SELECT SUM(LENGTH(body)) FROM articles").fetchone()[0]
        print(f"library: {articles} articles, {characters / 1e6:.1f} M characters; directory: {args.people} people")

        started = time.perf_counter()
        cpu_before = _children_cpu()
        with TreeMemory() as memory:
            report = json.loads(_briefing(library_path, "tag", "--all", "--json"))
        elapsed = time.perf_counter() - started
        cpu = _children_cpu() - cpu_before
        print(
            f"`briefing tag --all`: {elapsed:.1f} s wall ({articles / elapsed:.0f} articles/s), "
            f"{cpu:.1f} s CPU (user + system, the process and its workers: steadier than wall time "
            f"on a busy machine), peak memory {memory.peak_kb / 1024:.0f} MB (process and children, summed)"
        )
        print(
            f"found: {report['statements']} statements, {report['mentions']} mentions, "
            f"{report['theme_tags']} theme tags (articles and statements), "
            f"{report['people_suggested']} people suggested"
        )
        _time_matching(library_path)
        started = time.perf_counter()
        _briefing(library_path, "tag", "--all", "--json")
        seconds = time.perf_counter() - started
        print(f"`briefing tag --all` again (every suggestion found again, rows kept): {seconds:.1f} s")
        started = time.perf_counter()
        again = json.loads(_briefing(library_path, "tag", "--json"))
        seconds = time.perf_counter() - started
        print(f"`briefing tag` again with nothing new: {seconds:.2f} s ({again['articles']} tagged)")


def _write_directory(path: Path, count: int) -> None:
    rng = random.Random(11)
    surnames = sorted(COMMON_SURNAMES)
    names: set[str] = set()
    while len(names) < count:
        names.add(rng.choice(surnames) + "".join(rng.sample(GIVEN, rng.choice((1, 2, 2)))))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, ("name", "role", "status", "aliases", "titles"))
        writer.writeheader()
        for name in sorted(names):
            office, post = rng.choice(OFFICES), rng.choice(POSTS)
            writer.writerow({
                "name": name, "role": "official", "status": "confirmed",
                "aliases": f"{name[0]}{post[-2:]}" if rng.random() < 0.2 else "",
                "titles": f"{office}{post}|{office}|2020-01-01|",
            })


def _time_matching(library_path: Path) -> None:
    from composer.common.patterns import trie_pattern
    from composer.people.directory import load_directory

    with open_library(library_path) as library:
        directory = load_directory(library)
        bodies = [row[0] for row in library.conn.execute("SELECT body FROM articles")]
    started = time.perf_counter()
    pattern = trie_pattern(directory.forms)
    built = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(pattern.findall(body)) for body in bodies) if pattern else 0
    print(
        f"matching the directory's {len(directory.forms)} names and aliases alone: pattern built in {built:.2f} s, "
        f"{sum(map(len, bodies)) / 1e6:.1f} M characters scanned in {time.perf_counter() - started:.2f} s "
        f"({found} occurrences)"
    )


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (and the workers they waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _briefing(library_path: Path, *arguments: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "composer.cli.main", "--db", str(library_path), *arguments],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )
    return completed.stdout


if __name__ == "__main__":
    main()
