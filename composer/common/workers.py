"""Worker processes for CPU-bound batch work (preparing files, tagging articles).

One helper, ``ordered_map``: tasks go to worker processes — spawned, never forked (forking
a Qt process is unsafe) — and results come back in task order, with a bounded read-ahead
so memory stays flat however long the batch. A worker ends itself when the process that
started it dies (killed, crashed), instead of lingering as an orphan. Work done in several
passes (tagging: discovery, then tagging) runs its maps in one ``worker_pool``: the
processes, their imports and what they loaded (the word lists, 0.3 s each) serve every pass.

Each worker has its own pipe and runs its tasks one at a time in the order they were sent,
so this process knows which task a worker was running when it died (memory ran out and the
system killed it, a parser crashed the process) or overran ``time_limit`` (it is then
killed) or ``memory_limit`` (its resident memory, watched from here: the worker is killed
before the machine runs short): ``on_failure`` turns that task into its result — for
imports, the file is failed with the reason — its other tasks go to the other workers, and
a new worker takes over. Without ``on_failure`` the task is run again in this process, as
tagging wants.

Stopping early is the caller's business: leave the loop (or close the generator), or
pass ``cancelled``, which is asked while waiting; the workers are then killed, also in
the middle of a task, and no more results come.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")

POLL_SECONDS = 0.1  # how often ``cancelled``, time and memory limits are looked at while waiting


def default_workers() -> int:
    """One worker process per CPU, at most four (measured on 2 cores: one worker leaves
    the calling process waiting, three add nothing)."""
    return max(1, min(os.cpu_count() or 1, 4))


class WorkerPool:
    """Worker processes kept for several ``ordered_map`` calls (see ``worker_pool``)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pool: _Pool[Any, Any] | None = None

    def _take(self) -> _Pool[Any, Any]:
        if self._pool is None:
            self._pool = _Pool(self.size)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None


@contextlib.contextmanager
def worker_pool(workers: int) -> Iterator[WorkerPool | None]:
    """Processes for the ``ordered_map`` calls made inside (None when ``workers`` < 1: they
    run in this process). Started at the first map, stopped on leaving."""
    if workers < 1:
        yield None
        return
    pool = WorkerPool(workers)
    try:
        yield pool
    finally:
        pool.close()


@dataclass(frozen=True)
class WorkerFailure:
    """Why a task has no result: its worker died (``exitcode``: negative for the signal
    that killed it), or was killed for running out of time (``seconds``) or for taking more
    memory than allowed (``memory``, bytes)."""

    kind: str  # "died" | "timed_out" | "too_much_memory"
    exitcode: int | None = None
    seconds: float | None = None
    memory: int | None = None

    @property
    def signal_name(self) -> str | None:
        if self.exitcode is None or self.exitcode >= 0:
            return None
        try:
            return signal.Signals(-self.exitcode).name
        except ValueError:
            return f"signal {-self.exitcode}"


OnFailure = Callable[[Any, WorkerFailure], Any]  # (task, why) -> the task's result


def ordered_map(
    function: Callable[[Task], Result],
    tasks: Iterable[Task],
    workers: int,
    *,
    read_ahead: int = 8,
    in_flight: int = 2,
    time_limit: float | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_failure: Callable[[Task, WorkerFailure], Result] | None = None,
    memory_limit: int | None = None,
    pool: WorkerPool | None = None,
) -> Iterator[Result]:
    """``map(function, tasks)`` over ``workers`` processes (in this process when 0: then
    ``function`` must watch the time and ``cancelled`` itself). ``function`` must be a
    module-level function (or a partial of one) and tasks picklable. ``in_flight``: tasks
    sent to a worker ahead, so that it never waits for the next one (small tasks: more).
    ``memory_limit``: bytes a worker may hold resident (Linux; not watched elsewhere).
    ``pool``: processes of a ``worker_pool`` to use (and keep) instead of new ones."""
    if pool is None and workers < 1:
        for task in tasks:
            if cancelled is not None and cancelled():
                return
            yield function(task)
        return
    running: _Pool[Task, Result] = pool._take() if pool is not None else _Pool(workers)
    size = pool.size if pool is not None else workers
    try:
        limits = _Limits(time_limit, memory_limit)
        running.start(function, iter(tasks), size * read_ahead, max(in_flight, 1), limits, on_failure)
        yield from running.results(cancelled)
    finally:
        if pool is None:
            running.close()
        else:
            running.finish()


# -- the pool ------------------------------------------------------------------------------


@dataclass
class _Worker(Generic[Task]):
    process: Any  # multiprocessing's SpawnProcess
    conn: Connection
    sent: deque[tuple[int, Task]] = field(default_factory=deque)  # (position, task) in order; the first runs
    started: float = 0.0  # when the first of ``sent`` began
    ready: bool = False  # it started and said so: a death from now on is its task's doing


@dataclass(frozen=True)
class _Limits:
    seconds: float | None  # a task's time in its worker
    memory: int | None  # a worker's resident memory, bytes


@dataclass
class _Outcome:
    """What became of a task: its result, the exception it raised in its worker, or (its
    worker lost, no ``on_failure``) the task itself, to be run in the caller's thread."""

    kind: str  # "result" | "error" | "rerun"
    value: Any


class _Pool(Generic[Task, Result]):
    """Worker processes, each fed through its own pipe, so a death is traced to its task.

    A manager thread keeps the workers fed while the caller handles results (storing a
    file takes about as long as preparing one), and each worker holds a few tasks ahead, so
    it never waits for this process (which waits for the GIL while the caller works)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[_Worker[Task]] = [self._spawn() for _ in range(size)]
        self.changed = threading.Condition()  # guards what follows; notified when a result arrives
        self.function: Callable[[Task], Result] | None = None  # the map running now
        self.done: dict[int, _Outcome] = {}
        self.given = 0  # results handed to the caller
        self.total: int | None = None  # set when every task has its result
        self.crash: BaseException | None = None  # the manager itself failed
        self.stopping = threading.Event()
        self.manager: threading.Thread | None = None
        # Workers cannot start here (a frozen app without multiprocessing support, a
        # broken installation): the tasks are run in the caller's thread, as for small batches.
        self.broken = False

    def _spawn(self) -> _Worker[Task]:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(theirs, os.getpid()), daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, ours)

    # -- the caller's side ------------------------------------------------------------------

    def start(
        self,
        function: Callable[[Task], Result],
        tasks: Iterator[Task],
        window: int,
        in_flight: int,
        limits: _Limits,
        on_failure: Callable[[Task, WorkerFailure], Result] | None,
    ) -> None:
        self.function = function
        self.done, self.given, self.total, self.crash = {}, 0, None, None
        self.stopping.clear()
        while not self.broken and len(self.workers) < self.size:  # killed by an earlier map left early
            self.workers.append(self._spawn())
        self.manager = threading.Thread(
            target=self._manage,
            args=(tasks, window, in_flight, limits, on_failure),
            daemon=True,
            name="worker-pool",
        )
        self.manager.start()

    def results(self, cancelled: Callable[[], bool] | None) -> Iterator[Result]:
        while True:
            if cancelled is not None and cancelled():
                return
            with self.changed:
                if self.given not in self.done:
                    if self.crash is not None:
                        raise self.crash
                    if self.total is not None and self.given >= self.total:
                        return
                    self.changed.wait(POLL_SECONDS)
                    continue
                outcome = self.done.pop(self.given)
                self.given += 1
            if outcome.kind == "error":
                raise outcome.value  # the function raised: as map() would
            assert self.function is not None
            yield self.function(outcome.value) if outcome.kind == "rerun" else outcome.value

    def finish(self) -> None:
        """The map is over (done, left early or cancelled): its manager stops and workers
        still busy with its tasks are killed (their results would come to the next map);
        idle ones stay for the next."""
        self.stopping.set()
        if self.manager is not None:
            self.manager.join()
            self.manager = None
        for worker in [w for w in self.workers if w.sent]:
            self._kill(worker)
            self._close_worker(worker)
            self.workers.remove(worker)

    def close(self) -> None:
        """Idle workers are told to stop; busy ones (left early, cancelled) are killed."""
        self.finish()
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(_STOP)
        for worker in self.workers:
            worker.process.join(5)
            if worker.process.is_alive():
                self._kill(worker)
            self._close_worker(worker)
        self.workers = []

    # -- the manager thread -------------------------------------------------------------------

    def _manage(
        self,
        tasks: Iterator[Task],
        window: int,
        in_flight: int,
        limits: _Limits,
        on_failure: Callable[[Task, WorkerFailure], Result] | None,
    ) -> None:
        waiting: deque[tuple[int, Task]] = deque()  # read from ``tasks``, not yet sent
        read = 0
        exhausted = False
        try:
            while not self.stopping.is_set():
                with self.changed:
                    room = window - (read - self.given)
                while not exhausted and room > 0:
                    task = next(tasks, _END)
                    if task is _END:
                        exhausted = True
                    else:
                        waiting.append((read, task))
                        read += 1
                        room -= 1
                self._send(waiting, in_flight)
                if not any(worker.sent for worker in self.workers):
                    if exhausted and not waiting:
                        with self.changed:
                            self.total = read
                            self.changed.notify_all()
                        return
                    self.stopping.wait(POLL_SECONDS)  # the caller is behind: nothing to send
                    continue
                self._collect(waiting, limits, on_failure)
        except BaseException as error:  # reported to the caller, never lost in this thread
            with self.changed:
                self.crash = error
                self.changed.notify_all()

    def _post(self, position: int, outcome: _Outcome) -> None:
        with self.changed:
            self.done[position] = outcome
            self.changed.notify_all()

    def _send(self, waiting: deque[tuple[int, Task]], in_flight: int) -> None:
        while self.broken and waiting:
            position, task = waiting.popleft()
            self._post(position, _Outcome("rerun", task))
        for worker in self.workers:
            while waiting and len(worker.sent) < in_flight:
                if not worker.sent:
                    worker.started = time.monotonic()
                worker.sent.append(waiting.popleft())
                try:
                    worker.conn.send((self.function, worker.sent[-1][1]))
                except (OSError, ValueError):  # it died meanwhile: _collect finds out
                    break

    def _collect(
        self,
        waiting: deque[tuple[int, Task]],
        limits: _Limits,
        on_failure: Callable[[Task, WorkerFailure], Result] | None,
    ) -> None:
        """Wait a little for results, deaths and overruns, and record each."""
        busy = [worker for worker in self.workers if worker.sent]
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=POLL_SECONDS))
        for worker in busy:
            failure: WorkerFailure | None = None
            if worker.conn in ready:
                failure = self._receive(worker)
            elif worker.process.sentinel in ready:
                failure = self._death(worker)
            else:
                failure = self._overrun(worker, limits)
            if failure is None:
                continue
            position, task = worker.sent.popleft()  # the task it was running
            waiting.extendleft(reversed(worker.sent))  # not begun: for the other workers
            if not worker.ready:  # it died starting: no task's doing
                self.broken = True
                self._post(position, _Outcome("rerun", task))
            elif on_failure is None:
                self._post(position, _Outcome("rerun", task))
            else:
                self._post(position, _Outcome("result", on_failure(task, failure)))
            self._close_worker(worker)
            self.workers.remove(worker)
            if not self.broken:
                self.workers.append(self._spawn())  # for the rest of the batch

    def _receive(self, worker: _Worker[Task]) -> WorkerFailure | None:
        """The results the worker has sent (it sends one per task, in order)."""
        while worker.sent and worker.conn.poll():
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):  # the pipe closed: the worker died before it could answer
                return self._death(worker)
            if isinstance(message, str) and message == _READY:
                worker.ready = True
                continue
            ok, value = message
            position, _ = worker.sent.popleft()
            worker.started = time.monotonic()  # the next one begins now
            self._post(position, _Outcome("result" if ok else "error", value))
        return None

    def _overrun(self, worker: _Worker[Task], limits: _Limits) -> WorkerFailure | None:
        """Kill a worker that has run its task too long or holds too much memory."""
        if limits.seconds is not None and time.monotonic() - worker.started > limits.seconds:
            self._kill(worker)
            return WorkerFailure("timed_out", seconds=limits.seconds)
        if limits.memory is not None and (_resident_bytes(worker.process.pid) or 0) > limits.memory:
            self._kill(worker)
            return WorkerFailure("too_much_memory", memory=limits.memory)
        return None

    def _death(self, worker: _Worker[Task]) -> WorkerFailure:
        worker.process.join(5)
        return WorkerFailure("died", exitcode=worker.process.exitcode)

    @staticmethod
    def _kill(worker: _Worker[Task]) -> None:
        worker.process.kill()
        worker.process.join(5)

    @staticmethod
    def _close_worker(worker: _Worker[Task]) -> None:
        with contextlib.suppress(OSError):
            worker.conn.close()
        with contextlib.suppress(ValueError):
            worker.process.close()


_END: Any = object()
_STOP = "__stop__"
_READY = "__ready__"


# -- in the worker process -------------------------------------------------------------------


def _serve(conn: Connection, parent: int) -> None:
    """A worker's life: ``(function, task)`` in, one ``(True, result)`` or ``(False,
    exception)`` out for each."""
    _exit_with_parent(parent)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_take_tasks, args=(conn, inbox), daemon=True, name="tasks-in").start()
    conn.send(_READY)
    while True:
        work = inbox.get()
        if work is _END:
            return
        function, task = work
        try:
            reply: tuple[bool, Any] = (True, function(task))
        except BaseException as error:  # handed to the caller, as map() would raise it
            reply = (False, error)
        try:
            conn.send(reply)
        except Exception as error:  # a result or error that cannot be pickled
            conn.send((False, RuntimeError(f"worker result could not be sent back: {error!r}")))


def _take_tasks(conn: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    """Read tasks as soon as they arrive. Were they left in the pipe while the worker is
    busy, a large task waiting to be read and a large result waiting to be read the other
    way would block both processes for good."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            task = _STOP
        if isinstance(task, str) and task == _STOP:
            inbox.put(_END)
            return
        inbox.put(task)


_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _resident_bytes(pid: int) -> int | None:
    """A process's resident memory (Linux's /proc; None elsewhere or when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_BYTES
    except (OSError, ValueError, IndexError):
        return None


def _exit_with_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
