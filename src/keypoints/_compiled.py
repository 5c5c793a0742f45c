"""The optional compiled loops (`_speedups.c`, built by setup.py), or None.

None where the build had no C compiler, or when the environment sets KEYPOINTS_PURE_PYTHON=1 (to compare
the two, or to rule the C code out when chasing a bug): every module then runs its Python/numpy code,
which gives the same results."""

from __future__ import annotations

import os
from types import ModuleType

PURE_PYTHON_VARIABLE = "KEYPOINTS_PURE_PYTHON"

speedups: ModuleType | None
if os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0"):
    speedups = None
else:
    try:
        from . import _speedups as speedups
    except ImportError:  # pragma: no cover - an install without a C compiler
        speedups = None
