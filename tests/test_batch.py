"""Batch: exactly one output line per input record, across kill -9 and resume, on both engines."""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from keypoints.batch import BatchConfig, Sink, run_batch

ARTICLE = (
    "The city council voted on Tuesday to close the old library on Main Street by the end of the year. "
    "The decision, which passed by seven votes to four, follows a review of the building's safety. "
    "Engineers found cracks in the roof that would cost about £2 million to repair. "
    "Library users have started a petition asking the council to reconsider its plan. "
    "A new library is due to open in the town centre in 2027, the council said."
)


def write_jsonl(path: Path, n: int, bad: bool = True) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i}", "text": f"Story {i}. " + ARTICLE}) + "\n")
            ids.append(f"r{i}")
        if bad:
            fh.write(json.dumps({"id": "empty", "text": "   "}) + "\n")
            fh.write("{not json\n")
            fh.write(json.dumps({"id": "nofield", "body": "x"}) + "\n")
            ids += ["empty", f"<line {n + 2}>", "nofield"]
    return ids


def rid(r: dict) -> str:
    """A test's name for an output record: its id, or "<line N>" for one keyed by input line."""
    return r["id"] if "id" in r else f"<line {r['line']}>"


def read_out(path: Path) -> list[dict]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_every_record_yields_exactly_one_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(src, 20)
    stats = run_batch(str(src), str(tmp_path / "out.jsonl"), BatchConfig(workers=1))
    out = read_out(tmp_path / "out.jsonl")
    assert sorted(rid(r) for r in out) == sorted(ids)
    assert stats.written == len(ids) and stats.errors == 3
    by_id = {rid(r): r for r in out}
    assert "empty" in by_id["empty"]["error"]
    assert by_id[f"<line {20 + 2}>"]["error"] == "invalid JSON on line 22, column 2: Expecting property name enclosed in double quotes"
    assert "no 'text'" in by_id["nofield"]["error"]
    good = by_id["r3"]["brief"]
    text = "Story 3. " + ARTICLE
    for kp in good["key_points"]:
        for (a, b), ev in zip(kp["spans"], kp["evidence"]):
            assert text[a:b] == ev


def test_rerun_skips_done_ids(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 10, bad=False)
    out = tmp_path / "out.jsonl"
    run_batch(str(src), str(out), BatchConfig(workers=1))
    stats = run_batch(str(src), str(out), BatchConfig(workers=1))
    assert stats.written == 0 and stats.skipped == 10
    assert len(read_out(out)) == 10


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_torn_tail_is_repaired_on_resume(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 8, bad=False)
    out = tmp_path / f"out{suffix}"
    run_batch(str(src), str(out), BatchConfig(workers=1))
    lines = [json.dumps(r) + "\n" for r in read_out(out)][:5]
    torn = "".join(lines) + lines[5 % len(lines)][:40]  # a half-written sixth line
    if suffix.endswith(".gz"):
        data = gzip.compress(torn.encode())
        out.write_bytes(data[: len(data) - 7])  # and a truncated gzip stream
    else:
        out.write_text(torn)
    sink = Sink(str(out))
    sink.close()
    assert sum(sink.done.values()) in (4, 5)  # the torn line never counts
    run_batch(str(src), str(out), BatchConfig(workers=1))
    got = read_out(out)
    assert sorted(r["id"] for r in got) == sorted(f"r{i}" for i in range(8))


def test_kill_9_then_resume_is_exactly_once(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = write_jsonl(src, 4000, bad=False)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "keypoints.cli", "batch", str(src), "-o", str(out), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.stat().st_size > 200_000:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes().count(b"\n")
    assert 0 < partial < len(ids), "the kill must land mid-run for this test to mean anything"
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    got = [r["id"] for r in read_out(out)]
    assert len(got) == len(ids) and sorted(got) == sorted(ids)


def test_csv_and_directory_inputs(tmp_path: Path) -> None:
    import csv

    with open(tmp_path / "in.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerow(["c1", ARTICLE])
        w.writerow(["c2", "line one,\nwith a comma and a newline inside. " + ARTICLE])
        w.writerow(["c3", ""])
    run_batch(str(tmp_path / "in.csv"), str(tmp_path / "csv.jsonl"), BatchConfig(workers=1))
    out = {r["id"]: r for r in read_out(tmp_path / "csv.jsonl")}
    assert set(out) == {"c1", "c2", "c3"}
    assert out["c1"]["brief"]["key_points"] and "error" in out["c3"]
    # The empty cell is named: the error said the record had no 'text' field, which the header has.
    assert out["c3"]["error"] == "empty 'text' cell: no article text"

    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(ARTICLE)
    (docs / "sub" / "b.html").write_text(
        "<html><head><title>Library to close</title></head><body><article>"
        + "".join(f"<p>{s}.</p>" for s in ARTICLE.split(". "))
        + "</article></body></html>"
    )
    (docs / "ignored.bin").write_bytes(b"\x00\x01")
    run_batch(str(docs), str(tmp_path / "dir.jsonl"), BatchConfig(workers=1, tasks=("brief",)))
    out = {r["id"]: r for r in read_out(tmp_path / "dir.jsonl")}
    assert set(out) == {"a.txt", "sub/b.html"}
    assert out["sub/b.html"]["brief"]["source_format"] == "html"
    assert out["sub/b.html"]["brief"]["title"] == "Library to close"


def test_pool_matches_inline(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 40)
    run_batch(str(src), str(tmp_path / "one.jsonl"), BatchConfig(workers=1))
    run_batch(str(src), str(tmp_path / "two.jsonl"), BatchConfig(workers=2))
    key = rid
    assert sorted(read_out(tmp_path / "one.jsonl"), key=key) == sorted(read_out(tmp_path / "two.jsonl"), key=key)


def test_dask_local_cluster_matches_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 40)
    run_batch(str(src), str(tmp_path / "local.jsonl"), BatchConfig(workers=1))
    run_batch(str(src), str(tmp_path / "dask.jsonl"), BatchConfig(workers=2, engine="dask"))
    key = rid
    assert sorted(read_out(tmp_path / "local.jsonl"), key=key) == sorted(read_out(tmp_path / "dask.jsonl"), key=key)


def test_bad_arguments_are_input_errors(tmp_path: Path) -> None:
    from keypoints import InputError

    src = tmp_path / "in.jsonl"
    write_jsonl(src, 2, bad=False)
    with pytest.raises(InputError):
        run_batch(str(src), str(tmp_path / "o.jsonl"), BatchConfig(tasks=("summarise",)))
    with pytest.raises(InputError):
        run_batch(str(src), str(src), BatchConfig())
    r = subprocess.run(
        [sys.executable, "-m", "keypoints.cli", "batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x")],
        check=False, capture_output=True, text=True,
    )
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "missing.jsonl" in r.stderr


@pytest.mark.parametrize("name", ["out.csv", "out.csv.gz", "OUT.TSV", "out.parquet"])
def test_an_output_named_for_another_format_is_refused_before_writing(tmp_path: Path, name: str) -> None:
    from keypoints import InputError

    src = tmp_path / "in.jsonl"
    write_jsonl(src, 1, bad=False)
    with pytest.raises(InputError, match="batch writes JSON Lines.*jsonl"):
        run_batch(str(src), str(tmp_path / name), BatchConfig())
    assert not (tmp_path / name).exists()


def test_unwritable_output_says_cannot_write(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 1, bad=False)
    cmd = [sys.executable, "-m", "keypoints.cli", "batch", str(src), "--workers", "1", "-o"]
    r = subprocess.run(cmd + [str(tmp_path / "no" / "dir" / "x.jsonl")], check=False, capture_output=True, text=True)
    assert r.returncode == 2 and "cannot write" in r.stderr and "x.jsonl" in r.stderr
    r = subprocess.run(cmd + [str(tmp_path)], check=False, capture_output=True, text=True)  # a directory
    assert r.returncode == 2 and "cannot write" in r.stderr
    r = subprocess.run(cmd + [str(tmp_path / "ok.jsonl")], check=False, capture_output=True, text=True)
    assert r.returncode == 0 and len(read_out(tmp_path / "ok.jsonl")) == 1


def test_output_that_is_not_gzip_is_refused_not_truncated(tmp_path: Path) -> None:
    from keypoints import InputError

    src = tmp_path / "in.jsonl"
    write_jsonl(src, 1, bad=False)
    out = tmp_path / "out.jsonl.gz"
    out.write_text('{"id": "r0", "brief": {}}\n')  # plain text under a .gz name
    with pytest.raises(InputError, match="not a gzip file"):
        run_batch(str(src), str(out), BatchConfig(workers=1))
    assert out.read_text() == '{"id": "r0", "brief": {}}\n'


@pytest.mark.parametrize("points", [0, 11, 50])
def test_bad_points_fail_up_front_and_write_nothing(tmp_path: Path, points: int) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 3, bad=False)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "keypoints.cli", "batch", str(src), "-o", str(out), "--workers", "1"]
    r = subprocess.run(cmd + ["--points", str(points)], check=False, capture_output=True, text=True)
    assert r.returncode == 2 and f"--points must be an integer from 1 to 10, not {points}" in r.stderr
    assert not out.exists()


def test_good_points_reach_every_brief(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 3, bad=False)
    run_batch(str(src), str(tmp_path / "out.jsonl"), BatchConfig(workers=1, points=2))
    assert [r["brief"]["points_requested"] for r in read_out(tmp_path / "out.jsonl")] == [2, 2, 2]


def test_a_failing_task_keeps_the_other_tasks_results(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "nokp", "text": ARTICLE}) + "\n")  # check has nothing to check
        fh.write(json.dumps({"id": "kp", "text": ARTICLE, "key_points": ["The council voted to close the library."]}) + "\n")
        fh.write(json.dumps({"id": "empty", "text": " "}) + "\n")  # unreadable: no task can run
    stats = run_batch(str(src), str(tmp_path / "out.jsonl"), BatchConfig(workers=1, tasks=("brief", "facts", "check")))
    out = {r["id"]: r for r in read_out(tmp_path / "out.jsonl")}
    assert out["nokp"]["brief"]["key_points"] and "figures" in out["nokp"]["facts"]
    assert out["nokp"]["check"]["error"] == "no key points given, and the article has no Key Points block to check"
    assert set(out["nokp"]["check"]) == {"error", "final"}
    assert "error" not in out["nokp"]
    assert out["kp"]["check"]["counts"]["supported"] == 1 and "error" not in out["kp"]["brief"]
    assert set(out["empty"]) == {"id", "error", "final"}
    assert stats.errors == 2


def write_id_mix(path: Path) -> None:
    rows = [{"id": 5, "text": ARTICLE}, {"id": "5", "text": ARTICLE}, {"id": 5.0, "text": ARTICLE},
            {"text": ARTICLE}, {"id": ["a"], "text": ARTICLE}, {"id": "line-4", "text": ARTICLE}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{bad\n", encoding="utf-8")


def test_ids_keep_their_json_type_and_lines_get_their_own_key(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_id_mix(src)
    run_batch(str(src), str(out), BatchConfig(workers=1))
    got = read_out(out)
    idents = sorted(json.dumps({k: r[k] for k in ("id", "line") if k in r}) for r in got)
    assert idents == sorted(['{"id": 5}', '{"id": "5"}', '{"id": 5.0}', '{"line": 4}', '{"line": 5}',
                             '{"id": "line-4"}', '{"line": 7}'])
    by = {json.dumps({k: r[k] for k in ("id", "line") if k in r}): r for r in got}
    assert "brief" in by['{"id": 5}'] and "brief" in by['{"id": "5"}'] and "brief" in by['{"line": 4}']
    assert by['{"line": 5}']["error"] == "line 5: id must be a string or a number, not an array"
    assert "invalid JSON on line 7" in by['{"line": 7}']["error"]
    # and resume tells them apart: a partial output with only the string "5" leaves the number 5 to do
    out.write_text(json.dumps(by['{"id": "5"}']) + "\n" + json.dumps(by['{"line": 4}']) + "\n")
    stats = run_batch(str(src), str(out), BatchConfig(workers=1))
    assert stats.skipped == 2 and len(read_out(out)) == 7


def test_output_from_before_typed_ids_still_resumes(tmp_path: Path) -> None:
    """Old outputs wrote 5 as "5" and an id-less line 4 as "line-4": rerunning must not redo them."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [{"id": 5, "text": ARTICLE}, {"id": "x", "text": ARTICLE}, {"id": 2.5, "text": ARTICLE}, {"text": ARTICLE}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    old = [{"id": "5", "brief": {}}, {"id": "x", "brief": {}}, {"id": "line-4", "brief": {}}]
    out.write_text("".join(json.dumps(r) + "\n" for r in old), encoding="utf-8")
    stats = run_batch(str(src), str(out), BatchConfig(workers=1))
    assert stats.skipped == 3 and stats.written == 1
    assert read_out(out)[-1]["id"] == 2.5


def test_csv_row_without_id_is_keyed_by_row(tmp_path: Path) -> None:
    import csv

    with open(tmp_path / "in.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerows([["id", "text"], ["7", ARTICLE], ["", ARTICLE]])
    run_batch(str(tmp_path / "in.csv"), str(tmp_path / "out.jsonl"), BatchConfig(workers=1))
    got = read_out(tmp_path / "out.jsonl")
    assert sorted(json.dumps({k: r[k] for k in ("id", "row") if k in r}) for r in got) == ['{"id": "7"}', '{"row": 2}']


def test_error_lines_are_retried_on_resume_and_replaced(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, 4, bad=False)
    # an earlier run that failed every record (e.g. a bad setting, before settings were checked up front)
    out.write_text("".join(json.dumps({"id": f"r{i}", "error": "points must be ..."}) + "\n" for i in range(3)))
    stats = run_batch(str(src), str(out), BatchConfig(workers=1))
    assert stats.retried == 3 and stats.skipped == 0 and stats.written == 4 and stats.errors == 0
    got = read_out(out)
    assert sorted(r["id"] for r in got) == ["r0", "r1", "r2", "r3"] and all("brief" in r for r in got)
    stats = run_batch(str(src), str(out), BatchConfig(workers=1))  # the twin: nothing left to retry
    assert (stats.retried, stats.skipped, stats.written) == (0, 4, 0) and len(read_out(out)) == 4


def test_a_failed_task_is_retried_once_the_input_is_fixed(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    cfg = BatchConfig(workers=1, tasks=("brief", "check"))
    rows = [{"id": "a", "text": ARTICLE, "key_points": ["The council voted to close the library."]},
            {"id": "b", "text": ARTICLE}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert run_batch(str(src), str(out), cfg).errors == 1
    rows[1]["key_points"] = ["Engineers found cracks in the roof."]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    stats = run_batch(str(src), str(out), cfg)
    assert (stats.retried, stats.skipped, stats.written, stats.errors) == (1, 1, 1, 0)
    got = {r["id"]: r for r in read_out(out)}
    assert len(read_out(out)) == 2 and got["b"]["check"]["counts"]["supported"] == 1


def test_a_final_error_is_not_redone_while_the_record_is_unchanged(tmp_path: Path) -> None:
    """An article without Key Points under --tasks brief,check: resume redid its brief every time (the
    check error is no failure to retry). A fixed record is still retried (the test above); so is a bug."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    cfg = BatchConfig(workers=1, tasks=("brief", "check"))
    rows = [{"id": "a", "text": ARTICLE, "key_points": ["The council voted to close the library."]},
            {"id": "b", "text": ARTICLE, "url": "https://example.com/b"}, {"id": "c", "text": " "}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert run_batch(str(src), str(out), cfg).errors == 2
    first = out.read_bytes()
    got = {r["id"]: r for r in read_out(out)}
    assert got["b"]["check"]["error"].startswith("no key points given") and got["b"]["check"]["final"]
    assert got["c"]["error"] == "input is empty: no article text" and got["c"]["final"]
    rows[1]["url"] = "https://example.com/b?moved"  # a field the results do not depend on
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    stats = run_batch(str(src), str(out), cfg)
    assert (stats.retried, stats.skipped, stats.written) == (0, 3, 0) and out.read_bytes() == first
    # the twin: a line whose error is a bug's is retried, final mark or not elsewhere in the line
    lines = [json.loads(line) for line in first.decode().splitlines()]
    for rec in lines:
        if rec["id"] == "b":
            rec["brief"] = {"error": "internal error: IndexError: list index out of range"}
    out.write_text("".join(json.dumps(r) + "\n" for r in lines))
    stats = run_batch(str(src), str(out), cfg)
    assert (stats.retried, stats.skipped, stats.written) == (1, 2, 1) and len(read_out(out)) == 3
    assert "key_points" in {r["id"]: r for r in read_out(out)}["b"]["brief"]


@pytest.mark.parametrize("old_tasks,old_points,new_tasks,new_points,message", [
    ("brief", None, "facts", None, "holds results for --tasks brief, not facts"),
    ("brief", None, "brief,facts", None, "holds results for --tasks brief, not brief,facts"),
    ("brief", "2", "brief", None, "holds briefs made with --points 2, not 3"),
])
def test_resume_with_other_settings_is_refused(tmp_path: Path, old_tasks, old_points, new_tasks, new_points, message) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, 3, bad=False)
    cmd = [sys.executable, "-m", "keypoints.cli", "batch", str(src), "-o", str(out), "--workers", "1"]
    subprocess.run(cmd + ["--tasks", old_tasks] + (["--points", old_points] if old_points else []), check=True,
                   capture_output=True)
    before = out.read_bytes()
    r = subprocess.run(cmd + ["--tasks", new_tasks] + (["--points", new_points] if new_points else []),
                       check=False, capture_output=True, text=True)
    assert r.returncode == 2 and message in r.stderr and "new output file" in r.stderr
    assert out.read_bytes() == before


def test_resume_with_the_same_settings_in_another_order_goes_on(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, 3, bad=False)
    run_batch(str(src), str(out), BatchConfig(workers=1, tasks=("brief", "facts"), points=3))
    stats = run_batch(str(src), str(out), BatchConfig(workers=1, tasks=("facts", "brief")))  # None = 3
    assert stats.skipped == 3 and stats.written == 0


def test_lone_surrogates_in_text_and_id_neither_crash_nor_break_resume(tmp_path: Path) -> None:
    """A scraped record with half an emoji ("\\ud83d") in its text or id: the run used to die on writing it."""
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a\ud800", "text": ARTICLE}) + "\n"
        + json.dumps({"id": "b", "text": ARTICLE.replace("Tuesday", "Tuesday \ud83d")}) + "\n"
        + json.dumps({"id": "c", "text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert run_batch(str(src), str(out), BatchConfig(workers=1)).errors == 0
    rows = read_out(out)
    assert [r["id"] for r in rows] == ["a\ud800", "b", "c"]
    assert any("surrogate" in w for w in rows[1]["brief"]["warnings"])
    assert not rows[2]["brief"]["warnings"]
    assert run_batch(str(src), str(out), BatchConfig(workers=1)).skipped == 3  # the escaped id matches again


def test_check_reads_key_points_as_the_api_does(tmp_path: Path) -> None:
    """Batch stripped "-" from "-5C", kept "1. " and turned a number into the point "5" (judged supported)."""
    import keypoints

    text = "Temperatures fell to -5C overnight in Leeds on Monday, forecasters said. Two schools closed."
    points = "1. Temperatures fell to -5C overnight\n- Two schools closed"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s", "text": text, "key_points": points}) + "\n"
                   + json.dumps({"id": "n", "text": text, "key_points": [5]}) + "\n", encoding="utf-8")
    run_batch(str(src), str(tmp_path / "out.jsonl"), BatchConfig(workers=1, tasks=("check",)))
    by_id = {r["id"]: r["check"] for r in read_out(tmp_path / "out.jsonl")}
    assert by_id["s"] == keypoints.check(text, points).to_dict()
    assert [v["key_point"] for v in by_id["s"]["key_points"]] == ["Temperatures fell to -5C overnight", "Two schools closed"]
    assert "key_points must be a list of strings" in by_id["n"]["error"]


@pytest.mark.parametrize(
    ("name", "content"),
    [("story.txt", ARTICLE + "\n\nMore text.\n"), ("page.html", "<html><body><p>" + ARTICLE + "</p></body></html>"),
     ("no_text_column.csv", "id,body\n1,hello\n")],
)
def test_an_input_that_is_no_corpus_exits_2_before_writing(tmp_path: Path, name: str, content: str) -> None:
    """`batch story.txt` wrote one "invalid JSON" error record per line and exited 0."""
    from keypoints.batch import check_input
    from keypoints.errors import InputError

    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="not JSON Lines|CSV needs a header"):
        run_batch(str(src), str(tmp_path / "out.jsonl"), BatchConfig(workers=1))
    assert not (tmp_path / "out.jsonl").exists()
    twin = tmp_path / "records.txt"  # JSON Lines under another name still run, and a .jsonl's bad first line is a record
    twin.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    check_input(str(twin))
    broken = tmp_path / "broken.jsonl"
    broken.write_text("not json\n" + json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    assert run_batch(str(broken), str(tmp_path / "b.jsonl"), BatchConfig(workers=1)).written == 2


def test_invalid_utf8_in_a_corpus_is_warned_per_record(tmp_path: Path) -> None:
    """A Latin-1 byte in a JSONL or CSV record became U+FFFD with no warning (one article's `brief` warns), and
    a saved page in a directory was read as UTF-8 whatever charset it declared."""
    bad = ARTICLE.replace("Main Street", "Caf\xe9 Street").encode("latin-1")  # and its "£2 million"
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(b'{"id": "bad", "text": "' + bad + b'"}\n' + json.dumps({"id": "ok", "text": ARTICLE}).encode() + b"\n")
    run_batch(str(jsonl), str(tmp_path / "jsonl.jsonl"), BatchConfig(workers=1, tasks=("brief", "facts")))
    rows = {r["id"]: r for r in read_out(tmp_path / "jsonl.jsonl")}
    warning = "input is not valid UTF-8: 2 undecodable byte sequence(s) replaced with U+FFFD"
    assert warning in rows["bad"]["brief"]["warnings"] and rows["bad"]["facts"]["warnings"] == [warning]
    assert not rows["ok"]["brief"]["warnings"] and "warnings" not in rows["ok"]["facts"]
    assert "Caf\ufffd Street" in rows["bad"]["brief"]["key_points"][0]["text"]

    csv_path = tmp_path / "in.csv"
    csv_path.write_bytes(b"id,text\nbad,\"" + bad + b"\"\nok,\"" + ARTICLE.encode() + b"\"\n")
    run_batch(str(csv_path), str(tmp_path / "csv.jsonl"), BatchConfig(workers=1))
    rows = {r["id"]: r for r in read_out(tmp_path / "csv.jsonl")}
    assert warning in rows["bad"]["brief"]["warnings"] and not rows["ok"]["brief"]["warnings"]

    docs = tmp_path / "docs"
    docs.mkdir()
    page = "<html><head><meta charset='windows-1252'></head><body><article><p>{}</p></article></body></html>"
    (docs / "bad.html").write_bytes(page.format(ARTICLE.replace("building's", "building\u2019s")).encode("cp1252"))
    (docs / "ok.html").write_bytes(page.format(ARTICLE).encode("cp1252"))
    run_batch(str(docs), str(tmp_path / "dir.jsonl"), BatchConfig(workers=1))
    rows = {r["id"]: r for r in read_out(tmp_path / "dir.jsonl")}
    assert "building\u2019s" in rows["bad.html"]["brief"]["extracted_text"]
    assert rows["ok.html"]["brief"]["extracted_text"].startswith("The city council voted")


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_jsonl_lines_end_at_any_line_break(tmp_path: Path, end: str) -> None:
    """Read as bytes to warn of bad bytes per record, a JSONL file was split only at "\\n": an old-Mac
    ("\\r"-only) file became one line and one "invalid JSON" error, every record lost."""
    src = tmp_path / "in.jsonl"
    src.write_bytes(end.join(json.dumps({"id": i, "text": ARTICLE}) for i in ("a", "b", "c")).encode() + end.encode())
    run_batch(str(src), str(tmp_path / "out.jsonl"), BatchConfig(workers=1))
    rows = read_out(tmp_path / "out.jsonl")
    assert [r["id"] for r in rows] == ["a", "b", "c"] and not any("error" in r for r in rows)
