"""The worker pool's fork server loads this (``multiprocessing``'s forkserver preload), and
nothing else should: every step's module (rules compiled) and jieba's tables, once, so that
each worker forked from the server starts warm instead of importing and loading them again.

The tables are loaded for the jieba cache folder named by ``ZHDOC_WARM_JIEBA_CACHE_DIR``,
which the pool sets for the server alone (:func:`zhdoc.pipeline.pool.worker_context`);
a worker whose settings name another folder loads that one itself.
"""

import atexit
import gc
import logging
import os

# No collection while loading: it makes a great many objects and frees none (rules
# compiled, tables built); collections found nothing and cost ~0.1 s of the workers' start
_collecting = gc.isenabled()
gc.disable()

import zhdoc.pipeline.steps  # noqa: E402,F401  (every step and its rules)
from zhdoc.pipeline.pool import WARM_ENV  # noqa: E402  (the worker's loop, rows and summaries)

_cache_dir = os.environ.get(WARM_ENV)
if _cache_dir:
    from zhdoc.extract.keywords import jieba_tools

    try:
        jieba_tools(_cache_dir)
    except Exception:  # noqa: BLE001  (a worker loads the tables itself, and reports)
        logging.getLogger(__name__).debug("jieba's tables not loaded in the fork server",
                                          exc_info=True)

if _cache_dir is not None:  # the fork server (the pool sets the variable for it alone)
    # What it loaded stays for every worker's life: out of the collector's sight, a worker's
    # full collections do not walk it again (and do not touch its pages, shared with the
    # server until written)
    gc.freeze()
    # It holds every step's module and jieba's tables (a million objects): at exit Python
    # would free them one by one (~0.1 s) while the run waits to reap it (pool's
    # _stop_fork_server). It has nothing to flush, so it leaves at once. (Its workers never
    # run this: a forked child leaves through os._exit.)
    atexit.register(os._exit, 0)

if _collecting:
    gc.enable()
