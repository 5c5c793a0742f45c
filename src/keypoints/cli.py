"""Command line (`brief`, `facts`, `check`, `batch`, `serve`, `eval`, `train`): thin layers over the Python API.

Errors in the input print one line `keypoints: error: ...` to stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import __version__
from .api import brief
from .batch import JSONL_SUFFIXES, Item, jsonl_items, load_item, read_jsonl
from .errors import InputError
from .ingest import RECORD_FIELDS
from .numbers import plain_number
from .render import FORMATS, render

EXIT_INPUT_ERROR = 2
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
EXIT_NOT_SUPPORTED = 1
CHECK_EXIT_STATUS = (
    f"exit status: 0 when every point is supported, {EXIT_NOT_SUPPORTED} when any is not (JSON output too), "
    f"{EXIT_INPUT_ERROR} on unusable input"
)
"""Said in `check --help`: a script under `set -e` stopped on exit 1 with nothing saying why."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # A lone surrogate from a JSON record (id "a\\ud800") has no UTF-8: print it as the JSON escape, no traceback.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        _error(str(exc))
    except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
        _error(f"cannot read {exc.filename}: {exc.strerror}")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `keypoints brief x | head`: not an error worth a traceback
        sys.stderr.close()
        return 0
    return EXIT_INPUT_ERROR


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="keypoints", description="Grounded Key Points for news articles.")
    p.add_argument("--version", action="version", version=f"keypoints {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("brief", help="print the Key Points of an article")
    b.add_argument("input", help="a text or HTML file, JSON Lines records (.jsonl[.gz], or sniffed), or - for stdin")
    b.add_argument("-n", "--points", type=int, default=None, help="number of key points (default 3)")
    b.add_argument("--format", choices=FORMATS, default="text")
    b.add_argument("--html", action="store_true", help="treat the input as a saved web page (default: sniff)")
    b.set_defaults(func=_cmd_brief)

    f = sub.add_parser("facts", help="figures, quotes with speakers, names and dates, with spans")
    f.add_argument("input", help="a text or HTML file, or - for stdin")
    f.add_argument("--format", choices=("json", "text"), default="json")
    f.add_argument("--html", action="store_true", help="treat the input as a saved web page (default: sniff)")
    f.set_defaults(func=_cmd_facts)

    c = sub.add_parser(
        "check", help="check key points against the article body", epilog=CHECK_EXIT_STATUS,
        description="Each key point: supported, unsupported or contradicted, with the article's sentences as evidence.",
    )
    c.add_argument("article", help="the article: a text or HTML file, or - for stdin")
    c.add_argument("--points", default=None, help="key points file, one per line, or - for stdin "
                   "(list marks and a 'Key Points' heading line are skipped; default: the article's own Key Points block)")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--html", action="store_true", help="treat the article as a saved web page (default: sniff)")
    c.set_defaults(func=_cmd_check)

    bt = sub.add_parser("batch", help="process a corpus: one JSON line per record, resumable")
    bt.add_argument("input", help="JSONL(.gz) with id and text/html, a CSV with named columns, or a directory")
    bt.add_argument("-o", "--output", required=True, help="output .jsonl or .jsonl.gz (appended to: resume)")
    bt.add_argument("--tasks", default="brief", help="comma-separated: brief,facts,check (default brief)")
    bt.add_argument("--points", type=int, default=None, help="key points per brief, 1-10 (default 3)")
    bt.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    bt.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local process pool (default) or a Dask cluster (needs keypoints[dask])")
    bt.add_argument("--scheduler", default=None, help="tcp://HOST:PORT of a Dask scheduler (default: LocalCluster)")
    bt.set_defaults(func=_cmd_batch)

    tr = sub.add_parser("train", help="reproduce the shipped sentence ranker and set scorer from CNN/DailyMail training data")
    tr.add_argument("--data", default="../shared/data", help="folder with cnndm_train_subset.jsonl.gz")
    tr.add_argument("--out", default=None, help="model folder (default: the package's own model/)")
    tr.add_argument("--n", type=int, default=None, help="train on the first N articles only")
    tr.add_argument("--seed", type=int, default=13)
    tr.add_argument("--workers", type=int, default=2)
    tr.add_argument("--cache", default=None, help="folder to cache features in (outside the package)")
    tr.add_argument("--sets-only", action="store_true",
                    help="refit only the set scorer, for the ranker and IDF table already in the model folder")
    tr.set_defaults(func=_cmd_train)

    sv = sub.add_parser("serve", help="HTTP API and the web page")
    sv.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback only)")
    sv.add_argument("--port", type=_port, default=8000, help="0-65535 (0: any free port; default: 8000)")
    sv.set_defaults(func=_cmd_serve)

    e = sub.add_parser("eval", help="ROUGE of keypoints and peer systems on a reference set")
    e.add_argument("data", help="JSONL(.gz) records with 'article' and 'highlights' (list) or 'summary'")
    e.add_argument("--n", type=int, default=None, help="score only the first N records")
    e.add_argument("--systems", default="keypoints,lead3,sumy-lexrank,sumy-textrank")
    e.add_argument("--points", type=int, default=3, help="sentences per summary for every system")
    e.add_argument("--group-by", default=None, help="also report per group of this record field (url: by site)")
    e.add_argument(
        "--reweight", default=None, help="GROUP=WEIGHT,... : a mix row, e.g. cnn=1093,dailymail=10397 (official test)"
    )
    e.add_argument(
        "--versus", default=None, metavar="SYSTEM",
        help="also print each other system's difference to SYSTEM (e.g. lead3) with a 95%% paired bootstrap interval",
    )
    e.add_argument("--json", dest="json_out", default=None, help="also write the results table as JSON here")
    e.set_defaults(func=_cmd_eval)
    return p


def _port(value: str) -> int:
    """A TCP port for `serve`: out of range, uvicorn's socket bind raised OverflowError with a traceback."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid port: {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must be from 0 to 65535, not {port}")
    return port


def _cmd_brief(args: argparse.Namespace) -> int:
    name = args.input
    if name != "-" and name.lower().endswith(JSONL_SUFFIXES):
        return _brief_records(args, read_jsonl(name))
    data = _read_input(name)
    kind = _json_kind(data)
    if kind == "records":  # JSON Lines on stdin or under another name: as for a .jsonl file, one brief each
        return _brief_records(args, jsonl_items(data.splitlines()))
    if kind == "json":
        raise InputError(
            "input is JSON, not article text: give records as JSON Lines, one object per line "
            "with a 'text' or 'html' field (keypoints brief FILE.jsonl, or keypoints batch for a corpus)"
        )
    result = brief(data, args.points, html=_html_flag(args, name))
    _warn(result.warnings)
    print(render(result, args.format))
    return 0


def _brief_records(args: argparse.Namespace, items: Iterable[Item]) -> int:
    """One output per record, keyed as `keypoints batch` keys it (`{"id": ...}`, or `{"line": n}` when the
    record has no usable id, so a line number is never mistaken for a real id); a bad record yields an
    error entry, never stops the run."""
    failures = 0
    for item in items:
        ident = item.ident
        name = ident["id"] if "id" in ident else f"line {ident['line']}"
        try:
            if item.record is None:
                raise InputError(item.error or "unreadable record")
            result = brief(load_item(item), args.points)
        except InputError as exc:
            failures += 1
            if args.format == "json":
                print(json.dumps({**ident, "error": str(exc)}, ensure_ascii=False))
            else:
                print(f"# {name}\nerror: {exc}\n")
            continue
        if args.format == "json":  # the JSON carries its warnings
            print(json.dumps({**ident, "brief": result.to_dict()}, ensure_ascii=False))
        else:
            _warn(result.warnings, f"record {name}: ")  # as for one article: "only 1 sentence(s) fit ..."
            print(f"# {name}\n{render(result, args.format)}\n")
    if failures:
        print(f"keypoints: warning: {failures} record(s) could not be briefed", file=sys.stderr)
    return 0


def _warn(warnings: Iterable[str], where: str = "") -> None:
    """A result's warnings on stderr, where the output format (text, JSON) cannot carry them."""
    for w in warnings:
        print(f"keypoints: warning: {where}{w}", file=sys.stderr)


def _json_kind(data: bytes) -> str | None:
    """What JSON the input is: "records" for JSON Lines of article records (the first line an object with
    a 'text', 'article' or 'html' field), "json" for any other JSON document, None for text or HTML.

    Users pipe a corpus into `keypoints brief -`; briefing its JSON as one article gives nonsense."""
    if data.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] not in (b"{", b"["):
        return None
    text = data.decode("utf-8-sig", errors="replace")
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        rec = json.loads(first)
    except ValueError:
        rec = None
    if isinstance(rec, dict) and any(k in rec for k, _ in RECORD_FIELDS):
        return "records"
    try:
        json.loads(text)
    except ValueError:
        return None  # text that opens on a brace or bracket ("[Updated] The council ...")
    return "json"


def _refuse_records(data: bytes, name: str, task: str) -> None:
    """facts and check take one article: JSON Lines records go to `keypoints batch`, which runs both."""
    if (name != "-" and name.lower().endswith(JSONL_SUFFIXES)) or _json_kind(data) is not None:
        raise InputError(
            f"input is JSON, not article text: for JSON Lines records use "
            f"keypoints batch FILE.jsonl -o OUT.jsonl --tasks {task}"
        )


def _read_input(name: str) -> bytes:
    return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()


def _html_flag(args: argparse.Namespace, name: str) -> bool | None:
    return True if args.html or name.lower().endswith(HTML_SUFFIXES) else None


def _cmd_facts(args: argparse.Namespace) -> int:
    from .api import facts

    data = _read_input(args.input)
    _refuse_records(data, args.input, "facts")
    result = facts(data, html=_html_flag(args, args.input))
    _warn(result.warnings)
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    d = result.to_dict()
    print("Figures")
    for x in d["figures"]:
        hedge = f"{x['hedge']} " if x["hedge"] else ""
        counted = f" ({x['counted']})" if x["counted"] else ""
        print(f"- {x['text']}: {hedge}{plain_number(x['value'])} {x['unit']}{counted}")
    print("Quotes")
    for q in d["quotes"]:
        print(f"- “{_one_line(q['text'])}” — {_one_line(q['speaker'] or 'unattributed')}")
    # Names and dates once each, in order of first mention, with how often (the JSON keeps every mention's
    # span): "Morocco (place)" listed per mention read as a repeat.
    print("Names")
    for (text, kind), n in Counter((_one_line(e["text"]), e["kind"]) for e in d["entities"]).items():
        print(f"- {text} ({kind})" + (f" ×{n}" if n > 1 else ""))
    print("Dates")
    for text, n in Counter(_one_line(e["text"]) for e in d["dates"]).items():
        print(f"- {text}" + (f" ×{n}" if n > 1 else ""))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .api import check

    if args.points == "-" and args.article == "-":
        raise InputError("the article and the points cannot both come from stdin")
    points = None if args.points is None else _read_input(args.points).decode("utf-8", errors="replace")
    data = _read_input(args.article)
    _refuse_records(data, args.article, "check")
    report = check(data, points, html=_html_flag(args, args.article))
    _warn(report.warnings)  # "Caf\ufffd" in the evidence must not go unexplained
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        marks = {"supported": "OK ", "unsupported": "?? ", "contradicted": "XX "}
        for v in report.verdicts:
            print(f"{marks[v.verdict]}{v.verdict.upper()} ({v.score:.2f}) {v.key_point}")
            for r in v.reasons:
                print(f"    - {r}")
            for e in v.evidence:  # "!" marks what the article says instead, ">" what supports the point
                print(f"    {'!' if e.role == 'contradiction' else '>'} [{e.start}:{e.end}] {_one_line(e.text)}")
        print(f"score {report.score:.2f}")
    return 0 if report.ok else EXIT_NOT_SUPPORTED


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import BatchConfig, run_batch

    cfg = BatchConfig(
        tasks=tuple(t.strip() for t in args.tasks.split(",") if t.strip()),
        points=args.points,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    if args.workers is not None:
        cfg.workers = args.workers
    with _Progress() as progress:
        try:
            stats = run_batch(args.input, args.output, cfg, progress=progress.update)
        except KeyboardInterrupt:
            done = progress.stats.written if progress.stats is not None else 0
            progress.close()
            print(f"keypoints: batch: interrupted; {done} record(s) of this run are in {args.output} "
                  "(run the same command again to resume)", file=sys.stderr)
            return 130
    print(
        f"keypoints: batch: {stats.written} record(s) written ({stats.errors} error records), "
        f"{stats.skipped} already done"
        + (f", {stats.retried} error line(s) of an earlier run retried" if stats.retried else "")
        + f", {stats.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


class _Progress:
    """A tqdm bar on a terminal; plain periodic lines otherwise (logs, CI, nohup)."""

    INTERVAL = 5.0

    def __init__(self) -> None:
        self.bar: Any = None
        self.last = 0.0
        self.shown = 0
        self.stats: Any = None
        """The run's live counts, for the summary when it is interrupted."""
        self.origin: tuple[float, int] | None = None
        """(seconds, records written) at the first result: the ETA's rate starts there, not at start-up
        (loading the model in every worker made the first line's ETA 142 s for a 6 s run)."""

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def update(self, stats: Any, total: int | None) -> None:
        self.stats = stats
        if self.origin is None:
            self.origin = (stats.seconds, stats.written)
        if sys.stderr.isatty():
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(total=total, initial=0, unit="rec", desc="batch", file=sys.stderr)
            self.bar.update(stats.written - self.shown)
            self.shown = stats.written
            return
        now = time.monotonic()
        if now - self.last < self.INTERVAL:
            return
        self.last = now
        rate = stats.written / stats.seconds if stats.seconds else 0.0
        since, before = self.origin
        steady = (stats.written - before) / (stats.seconds - since) if stats.seconds > since else 0.0
        left = None if total is None else max(total - stats.skipped - stats.written, 0)
        eta = f", ETA {left / steady:.0f} s" if left is not None and steady else ""
        print(
            f"batch: {stats.written} written, {stats.errors} errors, {stats.skipped} skipped, {rate:.1f} rec/s{eta}",
            file=sys.stderr,
            flush=True,
        )


def _cmd_train(args: argparse.Namespace) -> int:
    from .train import train_main, train_sets_main

    if args.sets_only:
        metrics = train_sets_main(args.data, args.out, args.n, args.workers)
    else:
        metrics = train_main(args.data, args.out, args.n, args.seed, args.workers, args.cache)
    print(json.dumps(metrics, indent=2))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    serve(args.host, args.port)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_intervals, format_table, paired_intervals

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if args.versus is not None and args.versus not in systems:
        raise InputError(f"--versus {args.versus}: not among --systems ({', '.join(systems)})")
    weights = None
    if args.reweight:
        try:
            weights = {g: float(w) for g, w in (p.split("=") for p in args.reweight.split(","))}
        except ValueError:
            raise InputError("--reweight wants GROUP=WEIGHT pairs, e.g. cnn=1093,dailymail=10397") from None
    per_article: dict[str, list[tuple[str, float, float, float]]] = {}
    rows = evaluate(
        args.data, systems, n=args.n, points=args.points, progress=sys.stderr, group_by=args.group_by,
        weights=weights, per_article=per_article,
    )
    print(format_table(rows))
    differences = paired_intervals(per_article, args.versus, weights) if args.versus else []
    if differences:
        print()
        print(format_intervals(differences))
    if args.json_out:
        out = {"rows": rows, "differences": differences} if args.versus else rows
        Path(args.json_out).write_text(json.dumps(out, indent=2) + "\n")
    return 0


def _one_line(text: str) -> str:
    """Article text for a one-line listing: a sentence of hard-wrapped or CRLF text printed as is broke
    the indented layout over several lines, and a "\r" sent the terminal's cursor back over the line.
    The JSON keeps the exact text its offsets index."""
    return " ".join(text.split())


def _error(message: str) -> None:
    print(f"keypoints: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
