"""``encoder`` as a process of its own: ``python -m encoder``, and the console script (:func:`run`)."""

import gc
import sys

from .cli import main

#: The cycle collector's first threshold in an ``encoder`` process (Python's default is 700).
#: Loading spaCy and its model makes some hundred thousand objects that live as long as the
#: process; at the default the collector runs every 700 new objects while they are made, and
#: goes over the older ones each tenth and hundredth time.
GC_THRESHOLD = 50_000


def run() -> int:
    """``encoder`` as a process of its own (the console script, ``python -m encoder``):
    :func:`.cli.main`, with the cycle collector run less often (:data:`GC_THRESHOLD`) and not run
    at the exit over what is left (frozen: the process's end gives the memory back)."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(run())
