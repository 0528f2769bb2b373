"""Text work for the factor wall in a separate process, so the app's keys stay quick.

spaCy, scikit-learn and scipy hold Python's interpreter lock for long stretches (a sparse
product, a vectoriser's pass over 2,500 texts). In a thread of the app's own process that
stalls every key for as long; in another process it costs the app nothing. One helper
process is started on first use (``spawn``: no copy of the app's threads or open
database), loads spaCy once, and serves one request at a time; it is ended with the app.

``run(name, *args, progress=..., **kwargs)`` calls ``suggest.suggest`` or ``suggest.cluster``
there and returns what it returns, identically. Progress reports come back through a
queue and are handed to ``progress``, which may raise (as the wall's worker does when it
is cancelled): the helper then drops that request at its next report. When no process can
be started, the same function runs here, in the caller's thread.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import queue as queues
import threading
from collections.abc import Callable
from typing import Any

from workbench.factors.textfeatures import ProgressFn

POLL = 0.05  # seconds between looks at the helper's progress (and at cancellation)
NICE = 5  # the helper's lower scheduling priority

_lock = threading.Lock()
_pool: Any = None
_progress: Any = None  # multiprocessing queue: (request, fraction, step) from the helper
_current: Any = None  # multiprocessing value: the one request the helper should go on with
_requests = itertools.count(1)
_broken = False  # starting a helper failed once: compute in the caller's thread from now on

# in the helper process
_child_queue: Any = None
_child_current: Any = None


def _functions() -> dict[str, Callable[..., Any]]:
    from workbench.factors import suggest

    return {"suggest": suggest.suggest, "cluster": suggest.cluster}


def _warm(language: str) -> None:
    """spaCy's pipeline for ``language`` built and numpy, scipy and scikit-learn loaded,
    by one tiny suggestion."""
    from workbench.factors import suggest

    suggest.suggest({"a": ["warm"]}, ["warm"], language=language)


def _init(progress: Any, current: Any) -> None:  # runs in the helper
    global _child_queue, _child_current
    _child_queue, _child_current = progress, current
    if hasattr(os, "nice"):
        # on a busy machine the app's own process (keys, drawing) goes first
        with contextlib.suppress(OSError):
            os.nice(NICE)
    _functions()  # numpy, scipy, scikit-learn and spaCy imported once
    _warm("nl")


def _serve(request: int, name: str, args: tuple, kwargs: dict) -> Any:  # runs in the helper
    def report(fraction: float, step: str) -> None:
        if _child_current.value != request:
            raise InterruptedError  # the app asked for something newer, or left the wall
        _child_queue.put((request, fraction, step))

    if name == "warm":
        return _warm(*args)
    return _functions()[name](*args, progress=report, **kwargs)


def _start() -> Any:
    global _pool, _progress, _current
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    _progress = context.Queue()
    _current = context.Value("q", 0, lock=False)
    _pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_init,
                                initargs=(_progress, _current))
    return _pool


def warm(language: str = "nl") -> None:
    """Start the helper and load spaCy for ``language`` there, waiting until it is done."""
    run("warm", language)


def run(name: str, *args: Any, progress: ProgressFn | None = None, **kwargs: Any) -> Any:
    """``suggest.<name>(*args, progress=..., **kwargs)`` computed in the helper process."""
    global _broken, _pool
    from concurrent.futures.process import BrokenProcessPool

    with _lock:
        pool = None if _broken else (_pool or _safe_start())
        request = next(_requests)
        if pool is not None:
            _current.value = request  # an older request still running stops at its next report
            try:
                future = pool.submit(_serve, request, name, args, kwargs)
            except (BrokenProcessPool, RuntimeError, OSError):
                _pool, pool = None, None
                _broken = True
    if pool is None:  # compute here, as before the helper existed
        if name == "warm":
            return _warm(*args)
        return _functions()[name](*args, progress=progress, **kwargs)
    last = (0.0, "start")
    try:
        while not future.done():
            last = _drain(request, last)
            if progress is not None:
                progress(*last)  # may raise to cancel
        return future.result()
    except BaseException:
        future.cancel()
        cancel(request)
        raise


def cancel(request: int | None = None) -> None:
    """Tell the helper to drop ``request`` (or whatever it is doing) at its next report."""
    with _lock:
        if _current is not None and (request is None or _current.value == request):
            _current.value = 0


def _drain(request: int, last: tuple[float, str]) -> tuple[float, str]:
    """Wait up to ``POLL`` for reports; the newest one for ``request`` (or ``last``)."""
    try:
        item = _progress.get(timeout=POLL)
    except queues.Empty:
        return last
    while True:
        if item[0] == request:
            last = (item[1], item[2])
        try:
            item = _progress.get_nowait()
        except queues.Empty:
            return last


def _safe_start() -> Any:
    global _broken
    try:
        return _start()
    except (OSError, ImportError, ValueError):
        _broken = True
        return None


def stop() -> None:
    """End the helper (it stops its current request at the next report)."""
    global _pool
    cancel()
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


atexit.register(stop)
