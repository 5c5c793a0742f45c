"""Command line: `keypoints brief` and `keypoints eval`, thin layers over the Python API.

Errors in the input print one line `keypoints: error: ...` to stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import __version__
from .api import brief
from .errors import InputError
from .ingest import from_record
from .render import FORMATS, render

EXIT_INPUT_ERROR = 2
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
    b.add_argument("input", help="a text or HTML file, a .jsonl[.gz] of records, or - for stdin")
    b.add_argument("-n", "--points", type=int, default=None, help="number of key points (default 3)")
    b.add_argument("--format", choices=FORMATS, default="text")
    b.add_argument("--html", action="store_true", help="treat the input as a saved web page (default: sniff)")
    b.set_defaults(func=_cmd_brief)

    e = sub.add_parser("eval", help="ROUGE of keypoints and peer systems on a reference set")
    e.add_argument("data", help="JSONL(.gz) records with 'article' and 'highlights' (list) or 'summary'")
    e.add_argument("--n", type=int, default=None, help="score only the first N records")
    e.add_argument("--systems", default="keypoints,lead3,sumy-lexrank,sumy-textrank")
    e.add_argument("--points", type=int, default=3, help="sentences per summary for every system")
    e.add_argument("--json", dest="json_out", default=None, help="also write the results table as JSON here")
    e.set_defaults(func=_cmd_eval)
    return p


def _cmd_brief(args: argparse.Namespace) -> int:
    name = args.input
    if name != "-" and name.lower().endswith(JSONL_SUFFIXES):
        return _brief_records(args)
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    html: bool | None = True if args.html or name.lower().endswith(HTML_SUFFIXES) else None
    result = brief(data, args.points, html=html)
    for w in result.warnings:
        print(f"keypoints: warning: {w}", file=sys.stderr)
    print(render(result, args.format))
    return 0


def _brief_records(args: argparse.Namespace) -> int:
    """One output per record; a bad record yields an error entry, never stops the run."""
    failures = 0
    for lineno, rec in _read_jsonl(args.input):
        rid = rec.get("id", lineno) if isinstance(rec, dict) else lineno
        try:
            if isinstance(rec, Exception):
                raise InputError(f"line {lineno}: invalid JSON ({rec})")
            result = brief(from_record(rec), args.points)
        except InputError as exc:
            failures += 1
            out: dict[str, Any] = {"id": rid, "error": str(exc)}
            if args.format == "json":
                print(json.dumps(out, ensure_ascii=False))
            else:
                print(f"# {rid}\nerror: {exc}\n")
            continue
        if args.format == "json":
            print(json.dumps({"id": rid, "brief": result.to_dict()}, ensure_ascii=False))
        else:
            print(f"# {rid}\n{render(result, args.format)}\n")
    if failures:
        print(f"keypoints: warning: {failures} record(s) could not be briefed", file=sys.stderr)
    return 0


def _read_jsonl(path: str) -> Iterator[tuple[int, Any]]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, exc


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_table

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    rows = evaluate(args.data, systems, n=args.n, points=args.points, progress=sys.stderr)
    print(format_table(rows))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


def _error(message: str) -> None:
    print(f"keypoints: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
