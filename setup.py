"""Build hook for the one optional C extension (pyproject.toml holds everything else).

`keypoints._speedups` computes the ranker's TF-IDF features faster than numpy can on an article's few
sentences; `optional=True`: without a C compiler the install still succeeds and features.py runs its
numpy code, which gives the same numbers."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("keypoints._speedups", ["src/keypoints/_speedups.c"], optional=True, extra_compile_args=["-O2"]),
    ]
)
