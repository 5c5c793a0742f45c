"""The shipped ranker's trees evaluated with numpy: LightGBM's own numbers, ~40% faster.

An article is ~30 rows; `Booster.predict` spends ~0.5 ms walking 150 trees one node at a time, one
row at a time (a seventh of `brief`); this takes ~0.3 ms. Here every tree is decided at once,
QuickScorer-style (Lucchese et al., SIGIR 2015): a node whose test fails (the value goes right)
rules out the leaves of its left subtree, so a tree's exit leaf is the leftmost leaf that no failed
node rules out. With each tree's leaves as bits, the nodes of one feature sorted by threshold, and
for every prefix of that order the AND of its nodes' masks precomputed per tree, a row needs one
binary search per feature, one gather and one AND over features: no per-node work at all. Where the
optional C extension is built (`_speedups`, setup.py), the trees are walked in C instead, without branches
(`_speedups.forest_raw`): its ~150 KB of nodes stay cached between articles, where these 1 MB of tables
did not (in `brief` this evaluator took ~9% of the time, three times its cost in a loop of its own).

The result is LightGBM's to the bit, not merely close: the same comparisons (a float32 input against
the model's double thresholds, made exactly in float32 order), leaf values summed tree after tree in
model order as LightGBM does, and its sigmoid through the same C library `exp`. `Forest.for_booster`
checks that on probe rows at load, and any model it cannot reproduce (categorical splits, missing-value
branches, multiclass, more than 32 leaves) stays with `Booster.predict`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import groupby
from operator import itemgetter
from typing import Any

import numpy as np

from ._compiled import speedups as _speedups  # None without the C extension: the Python below runs

ZERO_THRESHOLD = float(np.float32(1e-35))
"""LightGBM's kZeroThreshold (1e-35f): a value no larger in magnitude is read as 0 at predict time."""
ZERO_THRESHOLD_32 = np.float32(ZERO_THRESHOLD)
"""The same bound as a float32 (it is one), so float32 inputs are compared without widening."""
FLOAT32_ORDER_BIAS = 1 << 31
"""Shifts `_float32_order` into 0 .. 2**32 - 1, below the feature rank's bits."""
MAX_LEAVES = 32
"""Leaves as bits of a uint32; its float64 conversion is exact, so the top set bit is the exponent."""
FLOAT64_EXPONENT_SHIFT = 52
FLOAT64_EXPONENT_BIAS = 1023
PROBE_ROWS = 512
"""Rows the load-time check compares with LightGBM: thresholds, their float32 neighbours and zeros."""
PROBE_SEED = 20150809


def _float32_order(v: np.ndarray) -> np.ndarray:
    """int64 keys that sort as the float32 values `v` do (no NaN; -0.0 sorts below 0.0): the bits of a
    non-negative float count up with its value, and flipping all but the sign of a negative one's makes them
    count down."""
    bits = v.view(np.int32).astype(np.int64)
    return (bits ^ ((bits >> 31) & 0x7FFFFFFF)) + FLOAT32_ORDER_BIAS


def _below_float32(doubles: np.ndarray) -> np.ndarray:
    """Thresholds rounded down to float32: a float32 value is above a double threshold exactly when it is
    above this (never -0.0, which would sort below 0.0; +inf stays +inf)."""
    below = doubles.astype(np.float32)
    return np.where(below > doubles, np.nextafter(below, np.float32(-np.inf)), below) + np.float32(0.0)


class Unsupported(ValueError):
    """The model uses something this evaluator does not reproduce; use `Booster.predict`."""


def _sections(model_str: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """(header fields, one dict of fields per tree) of a LightGBM text model."""
    header: dict[str, str] = {}
    trees: list[dict[str, str]] = []
    fields = header
    for line in model_str.splitlines():
        if line.startswith("Tree="):
            fields = {}
            trees.append(fields)
        elif line == "end of trees":
            break
        else:
            key, sep, value = line.partition("=")
            if sep:
                fields[key] = value
    return header, trees


def _ints(text: str) -> list[int]:
    return [int(v) for v in text.split()]


def _floats(text: str) -> list[float]:
    return [float(v) for v in text.split()]


def _leaf_order(left: list[int], right: list[int]) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """(leaf indices left to right, node -> first and last position of its left subtree's leaves).
    Children below 0 are leaves (`~child` is the leaf index), as LightGBM writes them."""
    order: list[int] = []
    left_leaves: dict[int, tuple[int, int]] = {}

    def visit(node: int) -> tuple[int, int]:
        if node < 0:
            order.append(~node)
            return len(order) - 1, len(order) - 1
        first, last_left = visit(left[node])
        _, last = visit(right[node])
        left_leaves[node] = (first, last_left)
        return first, last

    visit(0)
    return order, left_leaves


NODE_DTYPE = np.dtype([("feature", np.intc), ("threshold", np.float32), ("child", np.intc, (2,))])
"""`_speedups.c`'s Node: a node's fields side by side, one cache line a step."""


class _Walk:
    """The trees as one node array for `_speedups.forest_raw`: internal nodes and leaves alike, a leaf
    leading to itself (threshold +inf: nothing is above it), children as global node indices."""

    def __init__(self) -> None:
        self.roots: list[int] = []
        self.depths: list[int] = []
        self.features: list[int] = []
        self.thresholds: list[float] = []
        self.children: list[int] = []
        self.leaves: list[float] = []

    def add(self, feature: list[int], threshold: list[float], left: list[int], right: list[int], values: list[float]) -> None:
        base, n_inner = len(self.features), len(feature)
        glob = (lambda c: base + c if c >= 0 else base + n_inner + ~c)

        def depth(node: int) -> int:
            return 0 if node < 0 else 1 + max(depth(left[node]), depth(right[node]))

        self.roots.append(base)  # the first node, or the only leaf
        self.depths.append(depth(0) if n_inner else 0)
        self.features.extend(feature)
        self.thresholds.extend(threshold)
        for a, b in zip(left, right):
            self.children.extend((glob(a), glob(b)))
        self.leaves.extend([0.0] * n_inner)
        for i, value in enumerate(values):
            self.features.append(0)
            self.thresholds.append(math.inf)
            self.children.extend((base + n_inner + i,) * 2)
            self.leaves.append(value)

    def arrays(self) -> tuple[np.ndarray, ...]:
        """(roots, depths, nodes, leaf values); a node is (feature, threshold as float32, child not above,
        child above), 16 bytes, the C struct `Node`."""
        nodes = np.zeros(len(self.features), dtype=NODE_DTYPE)
        nodes["feature"] = self.features
        nodes["threshold"] = _below_float32(np.array(self.thresholds))
        nodes["child"] = np.array(self.children, dtype=np.intc).reshape(-1, 2)
        return (
            np.array(self.roots, dtype=np.intc), np.array(self.depths, dtype=np.intc), nodes,
            np.array(self.leaves, dtype=np.float64),
        )


class Forest:
    """A binary LightGBM model's probability, `predict(x)` -> float64 array, identical to
    `Booster.predict(x)` for float32 rows."""

    def __init__(self, model_str: str) -> None:
        header, trees = _sections(model_str)
        objective = header.get("objective", "").split()
        if len(objective) != 2 or objective[0] != "binary" or not objective[1].startswith("sigmoid:"):
            raise Unsupported(f"objective {header.get('objective')!r}")
        if header.get("num_tree_per_iteration") != "1" or not trees:
            raise Unsupported("not a single-output model")
        self.sigmoid = float(objective[1].partition(":")[2])
        self.n_features = int(header["max_feature_idx"]) + 1
        n_trees = len(trees)
        # Per tree: leaf values left to right; per internal node: (feature, threshold, tree, mask).
        # Bit order: the leftmost leaf is the highest bit, so the exit leaf is the top set bit.
        leaf_values = np.zeros((n_trees, MAX_LEAVES))
        nodes: list[tuple[int, float, int, int]] = []
        walk = _Walk()
        for t, tree in enumerate(trees):
            n_leaves = int(tree["num_leaves"])
            values = _floats(tree["leaf_value"])
            if n_leaves > MAX_LEAVES:
                raise Unsupported(f"{n_leaves} leaves")
            if n_leaves == 1:
                leaf_values[t, MAX_LEAVES - 1] = values[0]
                walk.add([], [], [], [], values[:1])
                continue
            if tree.get("num_cat", "0") != "0" or tree.get("is_linear", "0") != "0":
                raise Unsupported("categorical or linear tree")
            # decision_type bits: 1 categorical, 2 default left, 4-8 missing type. Without categorical
            # splits and missing-value handling, the test is `value <= threshold` (NaN read as 0).
            if any(d & ~2 for d in _ints(tree["decision_type"])):
                raise Unsupported("categorical split or missing-value branch")
            feature, threshold = _ints(tree["split_feature"]), _floats(tree["threshold"])
            left, right = _ints(tree["left_child"]), _ints(tree["right_child"])
            order, left_leaves = _leaf_order(left, right)
            walk.add(feature, threshold, left, right, values[:n_leaves])
            for pos, leaf in enumerate(order):
                leaf_values[t, MAX_LEAVES - 1 - pos] = values[leaf]
            for node, (first, last) in left_leaves.items():
                ruled_out = sum(1 << (MAX_LEAVES - 1 - p) for p in range(first, last + 1))
                nodes.append((feature[node], threshold[node], t, ~ruled_out & 0xFFFFFFFF))
        self.leaf_values = leaf_values.ravel()
        self.walk = walk.arrays()
        """(roots, depths, nodes, leaf values): what `_speedups.forest_raw` walks."""
        self.leaf_offset = np.arange(n_trees) * MAX_LEAVES - FLOAT64_EXPONENT_BIAS
        # Per used feature, its nodes by threshold; the feature's table row i = per-tree AND of the masks
        # of its nodes with the i lowest distinct thresholds (the nodes a value above them all fails).
        owns, tables, used = [], [], []
        for f, group in groupby(sorted(nodes), key=itemgetter(0)):
            # Trees share thresholds (1,659 distinct of 4,500 nodes): one row per distinct threshold keeps
            # the table at a third of the size, and cache misses on it were half of predict's time.
            own = [(thr, list(same)) for thr, same in groupby(group, key=itemgetter(1))]
            table = np.full((len(own) + 1, n_trees), 0xFFFFFFFF, dtype=np.uint32)
            for i, (_, same) in enumerate(own):
                table[i + 1] = table[i]
                for _, _, t, mask in same:
                    table[i + 1, t] &= mask
            owns.append(own)
            tables.append(table)
            used.append(f)
        # One binary search for all features, on int64 keys: the feature's rank in the high 32 bits, the
        # threshold's float32 order (`_float32_order`) in the low ones, so searching (rank, value) counts the
        # earlier features' thresholds plus this feature's thresholds below the value; adding the rank turns
        # that count into its table row (each feature's table has one row more than it has thresholds).
        # A float32 value v is above a double threshold t exactly when it is above t rounded down to float32,
        # so comparing in float32 order is LightGBM's double comparison (int64 searches ~2x faster than the
        # complex numbers this used to sort by (feature, threshold)).
        thresholds = [np.array([thr for thr, _ in own]) for own in owns]
        self.thresholds = [thr.astype(np.float32) for thr in thresholds]
        """Per used feature, its distinct thresholds rounded to float32 (`probe_rows` tries them)."""
        below = _below_float32(np.concatenate(thresholds))
        ranks = np.repeat(np.arange(len(used), dtype=np.int64), [len(own) for own in owns])
        self.keys = (ranks << 32) + _float32_order(below)
        self.table = np.concatenate(tables)
        self.used = np.array(used)
        self.row_shift = np.arange(len(used))[:, None]
        self.rank_shift = self.row_shift << 32

    def raw(self, x: np.ndarray) -> np.ndarray:
        """Raw scores (log-odds) of the rows of `x`, read as float32 (as `document_features` makes them)."""
        if _speedups is None:
            return self.raw_numpy(x)
        rows = np.array(x, dtype=np.float32, order="C")  # a copy: zeroed below
        if rows.ndim != 2 or rows.shape[1] != self.n_features:
            raise ValueError(f"expected rows of {self.n_features} features, got an array of shape {rows.shape}")
        rows[~(np.abs(rows) > ZERO_THRESHOLD_32)] = 0.0  # LightGBM drops near-zero inputs and reads NaN as 0
        out = np.empty(len(rows))
        _speedups.forest_raw(rows, len(rows), self.n_features, *self.walk, out)
        return out

    def raw_numpy(self, x: np.ndarray) -> np.ndarray:
        """`raw` without the compiled walk: every tree decided at once with numpy (the module's docstring)."""
        # Feature-major (features x rows, a copy): the searches run in key order and the gather comes out
        # feature-major, as the AND below wants it.
        v = np.asarray(x, dtype=np.float32).T[self.used]
        v[~(np.abs(v) > ZERO_THRESHOLD_32)] = 0.0  # LightGBM drops near-zero inputs and reads NaN as 0
        # side="left": thresholds below the value; the method, not np.searchsorted, skips a Python wrapper.
        rows = self.keys.searchsorted(_float32_order(v) + self.rank_shift) + self.row_shift
        # rows x trees: the leaves no failed node rules out. Gathered feature-major, the AND runs over the outer
        # axis, whole contiguous slabs at a time: half the time of gathering row-major and reducing the middle axis.
        alive = np.bitwise_and.reduce(self.table.take(rows, axis=0), axis=0)
        exit_bit = alive.astype(np.float64).view(np.int64) >> FLOAT64_EXPONENT_SHIFT  # top set bit, biased
        values = self.leaf_values[exit_bit + self.leaf_offset]
        # Summed over axis 0 (trees), numpy adds tree after tree, as LightGBM does; along the fast axis
        # it would sum pairwise, and the last bits would differ.
        return np.add.reduce(np.ascontiguousarray(values.T), axis=0)

    def predict_list(self, x: np.ndarray) -> list[float]:
        """Probabilities as Python floats, LightGBM's `1 / (1 + exp(-sigmoid * raw))` through libm's exp."""
        s = -self.sigmoid
        exp = math.exp
        return [1.0 / (1.0 + exp(s * r)) for r in self.raw(x).tolist()]

    def predict(self, x: np.ndarray) -> np.ndarray:
        return np.array(self.predict_list(x))

    def probe_rows(self) -> np.ndarray:
        """float32 rows made of each feature's thresholds, their float32 neighbours, zeros and NaN."""
        rng = np.random.default_rng(PROBE_SEED)
        x = np.zeros((PROBE_ROWS, self.n_features), dtype=np.float32)
        for j, f in enumerate(self.used.tolist()):
            thr = self.thresholds[j]
            values = np.concatenate([thr, np.nextafter(thr, np.float32(np.inf)),
                                     np.nextafter(thr, np.float32(-np.inf)), np.float32([0, np.nan])])
            x[:, f] = rng.choice(values, PROBE_ROWS)
        return x

    @classmethod
    def for_booster(cls, booster: Any) -> Callable[[np.ndarray], list[float]]:
        """This evaluator's `predict_list` when it reproduces `booster` exactly on probe rows, else the
        booster's own (one thread: an article is ~30 rows, and thread start-up costs more than it saves)."""
        def fallback(x: np.ndarray) -> list[float]:
            return booster.predict(x, num_threads=1).tolist()

        try:
            forest = cls(booster.model_to_string())
        except (Unsupported, KeyError, ValueError):
            return fallback
        probe = forest.probe_rows()
        if forest.predict_list(probe) != fallback(probe):
            return fallback
        return forest.predict_list
