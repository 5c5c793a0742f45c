"""`keypoints batch`: a corpus in, one JSON line per record out, exactly once, resumable.

Cascade: read records (JSONL[.gz], CSV, or a directory of .txt/.html) -> skip ids already in the
output (resume) -> process in bounded chunks on a local process pool or a Dask cluster -> append
each result as one line. After a crash or kill -9, rerunning the same command repairs a torn tail
line and finishes the rest; memory stays flat because only a bounded number of chunks is in flight.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from .errors import InputError

TASKS = ("brief", "facts", "check")
CHUNK_SIZE = 16
"""Records per task sent to a pool worker: amortises pickling without hurting balance."""
DASK_CHUNK_SIZE = 64
"""Records per Dask task: each task costs scheduler round-trips, so Dask wants bigger ones (-12% time)."""
IN_FLIGHT_PER_WORKER = 4
"""Chunks queued per worker: keeps workers busy while memory stays bounded."""
FLUSH_SECONDS = 1.0
"""Output is flushed at least this often; a kill loses at most this much work, never a line."""
PROGRESS_SECONDS = 5.0
"""Interval between plain progress lines when stderr is not a terminal."""
PR_SET_PDEATHSIG = 1
"""prctl option (linux/prctl.h): signal this process when its parent exits."""
DOC_SUFFIXES = {".txt": False, ".text": False, ".html": True, ".htm": True}
OTHER_FORMAT_SUFFIXES = (".csv", ".tsv", ".parquet", ".xlsx", ".xls", ".txt", ".html")
"""Output names that promise another format: batch writes JSON Lines only, and `-o out.csv` silently
held JSON under a name spreadsheets and pandas.read_csv would misread."""
FINGERPRINT_FIELDS = ("text", "article", "html", "key_points")
"""What a record's results depend on: a final error (`"final"`) stands while these are unchanged."""
FINGERPRINT_HEX = 16
"""Hex digits of the SHA-1 kept: 64 bits, so two different records of one id never collide in practice."""


@dataclass
class BatchConfig:
    tasks: tuple[str, ...] = ("brief",)
    points: int | None = None
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    engine: str = "local"
    scheduler: str | None = None


@dataclass
class BatchStats:
    written: int = 0
    errors: int = 0
    skipped: int = 0
    retried: int = 0
    """Error lines of an earlier run dropped from the output so their records run again."""
    seconds: float = 0.0


# --------------------------------------------------------------------------- reading input


class Item(NamedTuple):
    """One input record and what names it in the output.

    `ident` is `{"id": value}` with the record's own id exactly as given (a JSON string or number, so
    5 and "5" stay apart), or `{"line": n}` / `{"row": n}` (1-based) when it has none or it is unusable:
    a separate key, so no position can be mistaken for a real id. Kept apart from `record` so that an
    input field named "error" or "line" is just data.
    """

    ident: dict[str, Any]
    record: dict[str, Any] | None
    error: str | None = None
    """Why the record could not be read (then `record` is None)."""
    warning: str | None = None
    """Undecodable bytes replaced while reading it: added to each task's `warnings`, as for one article."""


JSON_TYPES = {dict: "an object", list: "an array", bool: "a boolean"}
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
"""A byte that is not UTF-8, as `surrogateescape` keeps it: a CSV field holding one had invalid input."""


def read_input(path: str) -> Iterator[Item]:
    """Records in input order; unreadable ones come back with an error instead of a record."""
    p = Path(path)
    if p.is_dir():
        yield from _read_dir(p)
    elif not p.exists():
        raise FileNotFoundError(2, "No such file or directory", path)
    elif path.lower().endswith((".csv", ".csv.gz")):
        yield from _read_csv(path)
    else:
        yield from read_jsonl(path)


JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
"""Names that promise JSON Lines: a bad first line there is one bad record, not a wrong kind of file."""


def check_input(path: str) -> None:
    """Refuse what is no corpus before the output is created: an article given as `batch story.txt` wrote
    one "invalid JSON" error per line and exited 0, and a CSV without a text column left an empty output."""
    if Path(path).is_dir() or not Path(path).exists():
        return
    if path.lower().endswith((".csv", ".csv.gz")):
        next(_read_csv(path), None)  # raises on a header without a text column
        return
    if path.lower().endswith(JSONL_SUFFIXES):
        return
    with _open_text(path) as fh:
        first = next((line for line in fh if line.strip()), "")
    if first and not first.lstrip("\ufeff \t").startswith("{"):
        raise InputError(
            f"{path} is not JSON Lines (one {{\"id\", \"text\"}} object per line), a CSV or a directory; "
            "for one article use keypoints brief/facts/check"
        )


def count_input(path: str) -> int | None:
    """Number of records, for the ETA; None when counting would cost as much as the run."""
    p = Path(path)
    if p.is_dir():
        return sum(1 for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOC_SUFFIXES)
    if path.lower().endswith((".csv", ".csv.gz")):
        return None  # quoted fields may span lines
    with _open_text(path) as fh:
        return sum(1 for line in fh if line.strip())


def _open_text(path: str, errors: str = "replace") -> IO[str]:
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors=errors, newline="")
    return open(path, encoding="utf-8", errors=errors, newline="")


def open_lines(path: str) -> IO[bytes]:
    """A JSONL file's raw lines: each is decoded on its own, so a record's bad bytes are its own warning."""
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def read_jsonl(path: str) -> Iterator[Item]:
    """The items of a JSONL(.gz) file (`keypoints batch` and `keypoints brief FILE.jsonl`)."""
    with open_lines(path) as fh:
        yield from jsonl_items(fh)


def _decode_line(raw: str | bytes, first: bool) -> tuple[str, str | None]:
    """A JSONL line as text; invalid UTF-8 becomes U+FFFD with a warning (it used to be replaced silently)."""
    if isinstance(raw, str):
        return raw, None
    try:
        return raw.decode("utf-8-sig" if first else "utf-8"), None
    except UnicodeDecodeError:
        from .ingest import bad_bytes_warning

        line = raw.decode("utf-8-sig" if first else "utf-8", errors="replace")
        clean = raw.decode("utf-8", errors="ignore")
        return line, bad_bytes_warning(line.count("\ufffd") - clean.count("\ufffd"))


def _lines_at_cr(lines: Iterable[str | bytes]) -> Iterator[str | bytes]:
    """Lines also split at a lone carriage return ("\r"-only files, old Mac style): read as bytes, a file
    split only at "\n" was one line and one JSON error. JSON escapes a "\r" inside a string, so a raw one
    ends a line."""
    for raw in lines:
        cr, ends = ("\r", "\r\n") if isinstance(raw, str) else (b"\r", b"\r\n")  # text (stdin) or bytes
        body: Any = raw.rstrip(ends)  # type: ignore[arg-type]
        yield from body.split(cr) if cr in body else (raw,)


def jsonl_items(lines: Iterable[str | bytes]) -> Iterator[Item]:
    """Items of JSON Lines, blank lines skipped; shared with `keypoints brief FILE.jsonl` so both key alike."""
    for lineno, raw in enumerate(_lines_at_cr(lines), 1):
        line, warning = _decode_line(raw, lineno == 1)
        if not line.strip():
            continue
        here = {"line": lineno}
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            # With its column: json's message alone ends "Invalid control character at" (the position cut off).
            yield Item(here, None, f"invalid JSON on line {lineno}, column {exc.colno}: {exc.msg}")
            continue
        if not isinstance(rec, dict):
            yield Item(here, None, f"line {lineno} is not a JSON object")
            continue
        rid = rec.get("id")
        if rid is None:
            yield Item(here, rec, warning=warning)
        elif isinstance(rid, str | int | float) and not isinstance(rid, bool):
            yield Item({"id": rid}, rec, warning=warning)
        else:  # str() of a list would pass for an id that no one can look up again
            yield Item(here, None, f"line {lineno}: id must be a string or a number, not {JSON_TYPES[type(rid)]}")


def _read_csv(path: str) -> Iterator[Item]:
    from .ingest import RECORD_FIELDS, bad_bytes_warning

    csv.field_size_limit(sys.maxsize)
    with _open_text(path, errors="surrogateescape") as fh:  # each bad byte kept apart, counted per row below
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {k for k, _ in RECORD_FIELDS} & set(reader.fieldnames):
            raise InputError(f"{path}: CSV needs a header with a 'text', 'article' or 'html' column")
        for rowno, row in enumerate(reader, 1):
            bad = 0
            for k, v in row.items():
                if isinstance(v, str) and not v.isascii() and ESCAPED_BYTE.search(v):
                    row[k] = v.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")
                    bad += row[k].count("\ufffd") - v.count("\ufffd")
            rec: dict[str, Any] = {k: v for k, v in row.items() if k is not None and v not in (None, "")}
            key = {"id": row["id"]} if row.get("id") else {"row": rowno}
            if not any(k in rec for k, _ in RECORD_FIELDS):
                # Empty cells are dropped above: the record's own error named a column the header has.
                cells = " / ".join(repr(k) for k, _ in RECORD_FIELDS if k in row)
                yield Item(key, None, f"empty {cells} cell: no article text")
                continue
            yield Item(key, rec, warning=bad_bytes_warning(bad))


def _read_dir(root: Path) -> Iterator[Item]:
    from .ingest import decode

    files = sorted(f for f in root.rglob("*") if f.is_file() and f.suffix.lower() in DOC_SUFFIXES)
    for f in files:
        rid = f.relative_to(root).as_posix()
        is_html = DOC_SUFFIXES[f.suffix.lower()]
        try:
            # As `keypoints brief FILE` reads it: a BOM dropped, a page's declared charset, a warning for bad bytes.
            text, warnings = decode(f.read_bytes(), html=is_html)
        except OSError as exc:
            yield Item({"id": rid}, None, f"cannot read {rid}: {exc.strerror}")
            continue
        except InputError as exc:
            yield Item({"id": rid}, None, str(exc))
            continue
        yield Item({"id": rid}, {"id": rid, "html" if is_html else "text": text}, warning="; ".join(warnings) or None)


# --------------------------------------------------------------------------- processing


def process_record(item: Item, tasks: tuple[str, ...], points: int | None) -> dict[str, Any]:
    """One input record -> one output record; never raises.

    A record that cannot be read at all gives `{"id", "error"}`. Once it is read, each task succeeds or
    fails on its own (`"check": {"error": ...}` for an article without Key Points), so one failing task
    does not throw away the others' results.

    An error that follows from the record itself (an `InputError`: no text, no Key Points to check) is
    marked `"final"` with the record's fingerprint: resume skips it while the record is unchanged (a
    corpus without Key Points blocks run with `--tasks brief,check` redid every brief on each resume).
    """
    rec = item.record
    if rec is None:
        return {**item.ident, "error": item.error}
    try:
        doc = load_item(item)
    except InputError as exc:
        return {**item.ident, "error": str(exc), "final": fingerprint(rec)}
    except Exception as exc:  # one bad record must not sink a million-record run
        return {**item.ident, "error": f"internal error: {type(exc).__name__}: {exc}"}
    out: dict[str, Any] = dict(item.ident)
    for task in tasks:
        try:
            out[task] = _run_task(task, doc, rec, points)
        except InputError as exc:
            out[task] = {"error": str(exc), "final": fingerprint(rec)}
        except Exception as exc:  # a bug in one task must not lose the other tasks' results
            out[task] = {"error": f"internal error: {type(exc).__name__}: {exc}"}
    return out


def load_item(item: Item) -> Any:
    """The `Document` of a readable item, with the warning its reading gave (bad bytes replaced)."""
    from dataclasses import replace

    from .ingest import from_record

    assert item.record is not None
    doc = from_record(item.record)
    return replace(doc, warnings=(item.warning, *doc.warnings)) if item.warning else doc


def _run_task(task: str, doc: Any, rec: dict[str, Any], points: int | None) -> dict[str, Any]:
    from . import api

    if task == "brief":
        return api.brief(doc, points).to_dict()
    if task == "facts":
        return api.facts(doc).to_dict()  # type: ignore[no-any-return]
    if task == "check":
        # As given: `keypoints.check` reads a string one point per line without its list marks ("1. ",
        # "- ", but not the minus of "-5C") and refuses non-strings, as the CLI and HTTP API do.
        return api.check(doc, rec.get("key_points")).to_dict()  # type: ignore[no-any-return]
    raise ValueError(f"unknown task {task!r}")


def has_error(out: dict[str, Any]) -> bool:
    """Whether an output record failed, as a whole or in any task."""
    return "error" in out or any(isinstance(out.get(t), dict) and "error" in out[t] for t in TASKS)


def fingerprint(rec: dict[str, Any]) -> str:
    """A short hash of what a record's results depend on (its article and key points, not its id or
    other fields), so resume can tell a record fixed since its final error from the same record."""
    content = json.dumps([rec.get(k) for k in FINGERPRINT_FIELDS], ensure_ascii=True, sort_keys=True)
    return hashlib.sha1(content.encode("ascii")).hexdigest()[:FINGERPRINT_HEX]


def final_fingerprint(out: dict[str, Any]) -> str | None:
    """The fingerprint an error line is final for, when every error in it is final; None when it is
    to be retried (an unreadable line, a bug's "internal error", a line written before "final")."""
    parts = [out] if "error" in out else [out[t] for t in TASKS if isinstance(out.get(t), dict) and "error" in out[t]]
    marks = {p.get("final") for p in parts}
    if len(marks) != 1:
        return None
    (mark,) = marks
    return mark if isinstance(mark, str) else None


Result = tuple[str, bool]
"""An output line and whether it is an error record."""


def process_chunk(chunk: list[Item], tasks: tuple[str, ...], points: int | None) -> list[Result]:
    out = []
    for rec in chunk:
        res = process_record(rec, tasks, points)
        out.append((json.dumps(res, ensure_ascii=False), has_error(res)))
    return out


def _init_worker() -> None:
    # One BLAS thread per worker process: on 2 cores, oversubscription was 10x slower.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def _init_pool_worker() -> None:
    _init_worker()
    _die_with_parent()


def _die_with_parent() -> None:
    """Linux: a pool worker gets SIGKILL when the driver dies (kill -9 would otherwise orphan it)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except OSError:
            pass


# --------------------------------------------------------------------------- output


IDENT_KEYS = ("id", "line", "row")


def ident_of(out: dict[str, Any]) -> dict[str, Any]:
    """The `{"id": ...}`, `{"line": n}` or `{"row": n}` part of an output record."""
    for k in IDENT_KEYS:
        if k in out:
            return {k: out[k]}
    raise KeyError("id")


def match_key(ident: dict[str, Any], legacy: bool = False) -> str:
    """What resume matches input records and output lines by: the ident as JSON, so 5 and "5" differ.

    `legacy`: the output was written before ids kept their JSON type, when 5 was written as "5" and
    a line without an id as "line-N" (CSV: "row-N"); match the same way so such outputs still resume.
    """
    if legacy:
        (k, v), = ident.items()
        if k == "id" and not isinstance(v, str):
            ident = {"id": str(v)}
        elif k != "id":
            ident = {"id": f"{k}-{v}"}
    return json.dumps(ident, ensure_ascii=False)


class Sink:
    """Append-only JSONL(.gz) output that knows which records it already holds.

    Lines without an error count as done, and so do lines whose errors are all final for the record as
    it still reads in `inputs` (same fingerprint); other error lines are dropped when the output is
    opened, so a rerun retries those records (after a fix to the input or a transient failure) and
    each record still ends with exactly one line. `tasks` / `points`, when given, must match what the
    existing lines were made with, or resuming would mix two kinds of result in one file.
    """

    def __init__(
        self,
        path: str,
        tasks: tuple[str, ...] | None = None,
        points: int | None = None,
        inputs: Callable[[], Iterable[Item]] | None = None,
    ) -> None:
        self.path = path
        self.gz = path.endswith(".gz")
        self.done: Counter[str] = Counter()
        """Output lines per `match_key`."""
        self.legacy = False
        """Only string ids in the output: it may predate typed ids, so match as `match_key(legacy=True)`."""
        self.retried = 0
        """Error lines dropped, to be redone."""
        if os.path.isdir(path):
            raise InputError(f"cannot write {path}: Is a directory")
        if os.path.exists(path):
            try:
                self._recover(tasks, points, inputs)
            except OSError as exc:
                raise InputError(f"cannot read {path} to resume it: {exc.strerror}") from exc
        try:
            self._fh: IO[bytes] = gzip.open(path, "ab") if self.gz else open(path, "ab")
        except OSError as exc:  # the CLI's generic handler would call the output "cannot read"
            raise InputError(f"cannot write {path}: {exc.strerror}") from exc
        self._last_flush = time.monotonic()

    def _recover(
        self, tasks: tuple[str, ...] | None, points: int | None, inputs: Callable[[], Iterable[Item]] | None
    ) -> None:
        """Collect finished ids; drop error lines (but final ones for unchanged records) and a torn last
        line or truncated gzip tail (rewrite)."""
        good: list[bytes] = []
        damaged = False
        if self.gz:
            # Opened outside the try: a file we cannot open is an error, not damage to repair by truncation.
            with open(self.path, "rb") as raw:
                try:
                    with gzip.GzipFile(fileobj=raw) as fh:
                        good.extend(fh)  # keeps the lines read before a truncated tail raises
                except gzip.BadGzipFile as exc:
                    raise InputError(f"{self.path} is not a gzip file; refusing to resume into it") from exc
                except (EOFError, OSError, zlib.error):
                    damaged = True
        else:
            with open(self.path, "rb") as fh:
                good = fh.readlines()
        if good and not good[-1].endswith(b"\n"):
            good.pop()
            damaged = True
        idents: list[dict[str, Any]] = []
        lines: list[tuple[bytes, dict[str, Any], str | None]] = []
        """(line, ident, the fingerprint its errors are final for) of each line not dropped yet."""
        made_with: set[tuple[frozenset[str], int | None]] = set()
        for n, line in enumerate(good, 1):
            try:
                out = json.loads(line)
                idents.append(ident_of(out))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{self.path}: line {n} is not a keypoints output record; refusing to resume") from exc
            made_with.add(_made_with(out))
            final = final_fingerprint(out) if has_error(out) else None
            if has_error(out) and (final is None or inputs is None):
                self.retried += 1
            else:
                lines.append((line, idents[-1], final))
        if tasks is not None:
            _check_same_settings(self.path, made_with - {(frozenset(), None)}, tasks, points)
        # Any number id or line/row key proves the current format. With string ids only, old and new
        # agree, except when the input mixes 5 and "5" (or "line-3" and an id-less line 3).
        self.legacy = all("id" in i and isinstance(i["id"], str) for i in idents)
        finals: dict[str, set[str]] = {}
        for _, ident, final in lines:
            if final is not None:
                finals.setdefault(match_key(ident, self.legacy), set()).add(final)
        if finals and inputs is not None:
            stale = self._changed(finals, inputs())
            before = len(lines)
            lines = [x for x in lines if x[2] is None or match_key(x[1], self.legacy) not in stale]
            self.retried += before - len(lines)
        keep = [line for line, _, _ in lines]
        self.done.update(match_key(ident, self.legacy) for _, ident, _ in lines)
        if damaged or self.retried:  # all or nothing: a kill mid-rewrite leaves the old file whole
            tmp = self.path + ".repair"
            with gzip.open(tmp, "wb") if self.gz else open(tmp, "wb") as out_fh:
                out_fh.writelines(keep)
            os.replace(tmp, self.path)

    def _changed(self, finals: dict[str, set[str]], items: Iterable[Item]) -> set[str]:
        """Keys of final error lines whose record now reads differently (fixed since): to be redone.

        One pass over the input, reading and hashing only (no article is processed)."""
        changed: set[str] = set()
        for item in items:
            key = match_key(item.ident, self.legacy)
            held = finals.get(key)
            if held is not None and (item.record is None or fingerprint(item.record) not in held):
                changed.add(key)
        return changed

    def write(self, line: str) -> None:
        # Only a lone surrogate (an id such as "a\\ud800") has no UTF-8; in a JSON line it can only sit in
        # a string, where backslashreplace writes the JSON escape \\ud800, which reads back as the same id.
        self._fh.write(line.encode("utf-8", errors="backslashreplace") + b"\n")
        now = time.monotonic()
        if now - self._last_flush >= FLUSH_SECONDS:
            self.flush()
            self._last_flush = now

    def flush(self) -> None:
        # A kill -9 after this loses nothing written so far; a sync flush makes gzip data readable.
        if self.gz:
            self._fh.flush(zlib.Z_SYNC_FLUSH)  # type: ignore[call-arg]
        else:
            self._fh.flush()

    def close(self) -> None:
        self._fh.close()


def _made_with(out: dict[str, Any]) -> tuple[frozenset[str], int | None]:
    """The tasks an output line holds and, if its brief succeeded, the points it asked for."""
    brief = out.get("brief")
    points = brief.get("points_requested") if isinstance(brief, dict) else None
    return frozenset(t for t in TASKS if t in out), points


def _check_same_settings(
    path: str, made_with: set[tuple[frozenset[str], int | None]], tasks: tuple[str, ...], points: int | None
) -> None:
    """Refuse to resume into an output made with other tasks or points: the skipped records would
    silently keep the old results (a rerun with --tasks facts would add no facts at all)."""
    from .settings import DEFAULT_SETTINGS

    want = frozenset(tasks)
    want_points = DEFAULT_SETTINGS.points if points is None else points
    had = {t for t, _ in made_with}
    had_points = {p for _, p in made_with if p is not None}
    if had and had != {want}:
        old = " / ".join(sorted(",".join(t for t in TASKS if t in ts) for ts in had))
        raise InputError(
            f"{path} holds results for --tasks {old}, not {','.join(t for t in TASKS if t in want)}; "
            "resume with the same --tasks, or write to a new output file"
        )
    if "brief" in want and had_points and had_points != {want_points}:
        old = " / ".join(str(p) for p in sorted(had_points))
        raise InputError(
            f"{path} holds briefs made with --points {old}, not {want_points}; "
            "resume with the same --points, or write to a new output file"
        )


def pending(items: Iterable[Item], done: Counter[str], stats: BatchStats, legacy: bool = False) -> Iterator[Item]:
    """Skip records already written: the k-th occurrence of an id is done if the output has k of it."""
    seen: Counter[str] = Counter()
    for item in items:
        key = match_key(item.ident, legacy)
        seen[key] += 1
        if seen[key] <= done.get(key, 0):
            stats.skipped += 1
            continue
        yield item


def chunked(records: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for rec in records:
        chunk.append(rec)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --------------------------------------------------------------------------- engines


def _run_inline(chunks: Iterator[list[Item]], cfg: BatchConfig) -> Iterator[list[Result]]:
    for chunk in chunks:
        yield process_chunk(chunk, cfg.tasks, cfg.points)


def _run_pool(chunks: Iterator[list[Item]], cfg: BatchConfig) -> Iterator[list[Result]]:
    limit = cfg.workers * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=cfg.workers, initializer=_init_pool_worker) as pool:
        running: set[Future[list[Result]]] = set()
        for chunk in chunks:
            running.add(pool.submit(process_chunk, chunk, cfg.tasks, cfg.points))
            if len(running) >= limit:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    yield fut.result()
        for fut in running:
            yield fut.result()


def _run_dask(chunks: Iterator[list[Item]], cfg: BatchConfig) -> Iterator[list[Result]]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise InputError("the dask engine needs `pip install 'keypoints[dask]'`") from exc
    _init_worker()  # LocalCluster workers inherit this environment
    cluster = None
    if cfg.scheduler:
        client = Client(cfg.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=cfg.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or cfg.workers)
        limit = n_workers * IN_FLIGHT_PER_WORKER
        queue = as_completed()
        in_flight = 0
        for chunk in chunks:
            queue.add(client.submit(process_chunk, chunk, cfg.tasks, cfg.points, pure=False))
            in_flight += 1
            if in_flight >= limit:
                yield next(queue).result()
                in_flight -= 1
        for fut in queue:
            yield fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- driver


def _check_points(points: int | None) -> None:
    """Refuse a bad `points` before the run: per record it would only fill the output with one error each."""
    from .settings import DEFAULT_SETTINGS

    if points is not None:
        try:
            DEFAULT_SETTINGS.check_points(points)
        except InputError as exc:
            raise InputError(f"--{exc}") from None


def run_batch(
    input_path: str,
    output_path: str,
    cfg: BatchConfig,
    progress: Callable[[BatchStats, int | None], None] | None = None,
) -> BatchStats:
    bad = [t for t in cfg.tasks if t not in TASKS]
    if bad or not cfg.tasks:
        raise InputError(f"unknown task(s) {', '.join(bad) or '(none)'}; choose from {', '.join(TASKS)}")
    if cfg.engine not in ("local", "dask"):
        raise InputError(f"unknown engine {cfg.engine!r}; choose local or dask")
    if cfg.workers < 1:
        raise InputError("--workers must be at least 1")
    _check_points(cfg.points)
    if os.path.abspath(input_path) == os.path.abspath(output_path):
        raise InputError("output must not be the input file")
    suffix = output_path.lower().removesuffix(".gz")
    if suffix.endswith(OTHER_FORMAT_SUFFIXES):
        raise InputError(
            f"batch writes JSON Lines, not {os.path.splitext(suffix)[1]}: name the output .jsonl or .jsonl.gz"
        )
    check_input(input_path)
    total = count_input(input_path)
    stats = BatchStats()
    sink = Sink(output_path, cfg.tasks, cfg.points, inputs=lambda: read_input(input_path))
    stats.retried = sink.retried
    started = time.monotonic()
    try:
        size = DASK_CHUNK_SIZE if cfg.engine == "dask" else CHUNK_SIZE
        chunks = chunked(pending(read_input(input_path), sink.done, stats, sink.legacy), size)
        if cfg.engine == "dask":
            results = _run_dask(chunks, cfg)
        elif cfg.workers == 1:
            results = _run_inline(chunks, cfg)
        else:
            results = _run_pool(chunks, cfg)
        for results_chunk in results:
            for line, is_error in results_chunk:
                sink.write(line)
                stats.written += 1
                stats.errors += is_error
            stats.seconds = time.monotonic() - started
            if progress is not None:
                progress(stats, total)
    finally:
        sink.flush()
        sink.close()
        stats.seconds = time.monotonic() - started
    return stats
