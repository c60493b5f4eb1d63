"""One set of worker processes for several maps (composer/common/workers.py ``worker_pool``):
tagging runs its two passes in the same processes, which keep what they loaded."""

from __future__ import annotations

import os

from composer.common import workers
from tests import worker_tasks


def test_maps_in_one_pool_run_in_the_same_processes_in_order() -> None:
    with workers.worker_pool(2) as pool:
        first = list(workers.ordered_map(worker_tasks.pid, range(12), 0, pool=pool))
        squares = list(workers.ordered_map(worker_tasks.square, range(12), 0, pool=pool))
        second = list(workers.ordered_map(worker_tasks.pid, range(12), 0, pool=pool))
    assert squares == [i * i for i in range(12)]
    assert os.getpid() not in first and len(set(first)) <= 2
    assert set(second) == set(first)  # no new processes were started for the later maps


def test_a_map_left_early_leaves_the_pool_usable() -> None:
    """A cancelled map kills the workers busy with its tasks (their answers would reach
    the next map); the next map gets new ones and right results."""
    with workers.worker_pool(2) as pool:
        assert list(workers.ordered_map(worker_tasks.slow, range(4), 0, pool=pool, cancelled=lambda: True)) == []
        after = list(workers.ordered_map(worker_tasks.square, range(8), 0, pool=pool))
        pids = list(workers.ordered_map(worker_tasks.pid, range(8), 0, pool=pool))
    assert after == [i * i for i in range(8)]
    assert os.getpid() not in pids


def test_no_pool_below_one_worker_runs_here() -> None:
    with workers.worker_pool(0) as pool:
        assert pool is None
        assert set(workers.ordered_map(worker_tasks.pid, range(3), 0, pool=pool)) == {os.getpid()}
