"""Build hook for the one optional C extension (pyproject.toml holds everything else).

`keypoints._speedups` runs the hottest loops of `brief` in C (README "Compiled loops"); `optional=True`:
without a C compiler the install still succeeds and every step runs its Python/numpy code, which gives the
same results (`keypoints._compiled`)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("keypoints._speedups", ["src/keypoints/_speedups.c"], optional=True, extra_compile_args=["-O2"]),
    ]
)
