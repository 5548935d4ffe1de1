"""Processes lintlaw starts die with it.

``--jobs`` workers and the forked half of a large file (lintlaw.parallel) are
children of the lintlaw process.  When it is stopped they must stop too,
whatever stops it: Ctrl-C, a CI job's timeout (SIGTERM), or SIGKILL, which
leaves it no moment to clean up.  A worker that outlived its parent was seen
reading an endless input to 6 GB.

- On Linux each child asks the kernel for SIGKILL when its parent dies
  (prctl PR_SET_PDEATHSIG); elsewhere a thread in the child watches its parent
  id change.  This covers SIGKILL.
- The command line turns SIGTERM into an exit that runs its clean-up (``on_sigterm``),
  and on any exit while workers run it kills them rather than waits for them.
- ``--jobs`` workers ignore Ctrl-C, which the terminal sends to every process of
  the group: the parent stops them, and no worker prints a traceback.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Optional

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
POLL_SECONDS = 0.5


def _ask_kernel() -> bool:
    """SIGKILL to this process when its parent dies (Linux); False where not possible."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    def run() -> None:
        while True:
            time.sleep(POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=run, name="lintlaw-lifeline", daemon=True).start()


def die_with_parent(parent: Optional[int] = None) -> None:
    """End this process when its parent ends (``parent``: its id, when known for certain)."""
    parent = os.getppid() if parent is None else parent
    if not _ask_kernel():
        _watch(parent)
    if os.getppid() != parent:  # it died before the request was made: no signal will come
        os._exit(1)


def worker_init() -> None:
    """Initializer of a --jobs worker process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()


def kill_workers(pool) -> None:
    """Stop a ProcessPoolExecutor's processes now, without waiting for their work."""
    # Its manager thread notices the dead workers and closes its wake-up pipe at once; at
    # exit, Python's own hook writes to that pipe, and before 3.12 the two race
    # ("Exception ignored ... Bad file descriptor" on a Ctrl-C under load). The workers
    # are gone, so the thread ends within milliseconds: let it finish first. shutdown()
    # forgets the thread, so it is taken here.
    manager = getattr(pool, "_executor_manager_thread", None)
    kill = getattr(pool, "kill_workers", None)  # Python 3.14
    if kill is not None:
        kill()
    else:  # before: its private table of processes, which shutdown() empties, so first
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                process.kill()
            except (OSError, ValueError, AttributeError):
                pass
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None and manager is not threading.current_thread():
        manager.join(timeout=5)


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def on_sigterm() -> Iterator[None]:
    """SIGTERM (a CI timeout) raises SystemExit in the main thread meanwhile, so the
    clean-up of whatever runs (workers killed, the forked half stopped) is done."""
    install = (threading.current_thread() is threading.main_thread()
               and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
    if install:
        signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        if install:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
