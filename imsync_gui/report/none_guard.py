"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

There, every call of a Qt method that returns nothing drops one reference to ``None`` that it
never took. Python 3.12 made ``None`` immortal, so only 3.11 is hurt: after some thousands of
such calls the interpreter aborts ("none_dealloc: deallocating None"). Painting a report
makes hundreds of them, so :func:`balanced_none` gives the references back afterwards.
It does nothing where ``None`` is immortal or the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_AFFECTED = sys.version_info < (3, 12)


@contextmanager
def balanced_none() -> Iterator[None]:
    """Restore the references to ``None`` that the calls inside the block dropped."""
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        if _AFFECTED and lost > 0:
            for _ in range(lost):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
