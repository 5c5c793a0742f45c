"""CLI formats, stdin, HTML sniffing, JSONL records, and the golden output of the bundled example."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from keypoints.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "harbour_bridge.txt"
GOLDEN = ROOT / "tests" / "golden" / "harbour_bridge.json"
PAGE = ROOT / "tests" / "data" / "saved_page.html"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "brief", str(EXAMPLE))
    lines = out.strip().splitlines()
    assert code == 0 and lines[0] == "Key Points"
    assert len(lines) == 4 and all(line.startswith("- ") for line in lines[1:])


def test_markdown_and_points(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "brief", str(EXAMPLE), "--format", "markdown", "-n", "5")
    lines = out.strip().splitlines()
    assert code == 0 and lines[0] == "## Key Points" and lines[1] == ""
    assert len([x for x in lines if x.startswith("- ")]) == 5


def test_json_format_has_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "brief", str(EXAMPLE), "--format", "json")
    d = json.loads(out)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert code == 0
    assert set(d) >= {"schema_version", "title", "key_points", "existing_key_points", "boilerplate", "warnings"}
    for kp in d["key_points"]:
        assert set(kp) == {"text", "score", "sentence_ids", "spans", "evidence"}
        for (a, b), ev in zip(kp["spans"], kp["evidence"]):
            assert text[a:b] == ev


def test_stdin_and_html(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "keypoints.cli", "brief", "-"], input=EXAMPLE.read_bytes(), capture_output=True, check=False
    )
    assert r.returncode == 0 and r.stdout.decode().startswith("Key Points\n- ")
    for args in (["brief", str(PAGE), "--format", "json"], ["brief", "--html", "-", "--format", "json"]):
        r = subprocess.run(
            [sys.executable, "-m", "keypoints.cli", *args], input=PAGE.read_bytes(), capture_output=True, check=False
        )
        d = json.loads(r.stdout)
        assert d["source_format"] == "html" and d["title"].startswith("Storm closes")


def test_jsonl_records_one_output_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps({"id": "ok", "text": EXAMPLE.read_text(encoding="utf-8")}) + "\n"
        + json.dumps({"id": "bad", "text": ""}) + "\n"
        + "{broken\n"
    )
    code, out, err = run(capsys, "brief", str(f), "--format", "json")
    rows = [json.loads(x) for x in out.strip().splitlines()]
    assert code == 0 and [r.get("id", r.get("line")) for r in rows] == ["ok", "bad", 3]
    assert "id" not in rows[2] and rows[2]["line"] == 3  # keyed by line, as `keypoints batch` keys it
    assert rows[0]["brief"]["key_points"] and "empty" in rows[1]["error"] and "invalid JSON" in rows[2]["error"]
    assert "2 record(s) could not be briefed" in err


def test_jsonl_record_without_id_is_not_mistaken_for_a_real_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record with id 2 and an id-less record on line 2 were both printed as "id": 2."""
    text = EXAMPLE.read_text(encoding="utf-8")
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": 2, "text": text}) + "\n" + json.dumps({"text": text}) + "\n"
                 + json.dumps({"id": [1], "text": text}) + "\n")
    _, out, _ = run(capsys, "brief", str(f), "--format", "json")
    rows = [json.loads(x) for x in out.strip().splitlines()]
    assert [(r.get("id"), r.get("line")) for r in rows] == [(2, None), (None, 2), (None, 3)]
    assert "brief" in rows[1] and "id must be a string or a number" in rows[2]["error"]
    _, out, _ = run(capsys, "brief", str(f))
    assert [x for x in out.splitlines() if x.startswith("# ")] == ["# 2", "# line 2", "# line 3"]


def test_jsonl_records_in_text_format_keep_their_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "short", "text": "The council approved the harbour plan on Monday after a long debate."}) + "\n")
    code, out, err = run(capsys, "brief", str(f))
    assert code == 0 and out.startswith("# short")
    assert "record short: only 1 sentence(s) fit to stand alone" in err


def cli(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "keypoints.cli", *args], input=stdin, capture_output=True, timeout=120, check=False
    )


def records_jsonl() -> bytes:
    text = EXAMPLE.read_text(encoding="utf-8")
    rows = [{"id": "bridge", "text": text}, {"id": 7, "text": text.split("\n\n", 2)[-1]}, {"id": "empty", "text": ""}]
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def test_jsonl_on_stdin_or_under_another_name_is_briefed_per_record(tmp_path: Path) -> None:
    # Flagged: JSON Lines piped to `keypoints brief -` was briefed as one article made of JSON.
    data = records_jsonl()
    as_file = tmp_path / "records.jsonl"
    as_file.write_bytes(data)
    other_name = tmp_path / "records.txt"
    other_name.write_bytes(data)
    expected = cli("brief", str(as_file), "--format", "json", stdin=b"")
    assert expected.returncode == 0
    for args in (["brief", "-"], ["brief", str(other_name)]):
        r = cli(*args, "--format", "json", stdin=data)
        assert r.returncode == 0 and r.stdout == expected.stdout, args
        rows = [json.loads(x) for x in r.stdout.decode().splitlines()]
        assert [x["id"] for x in rows] == ["bridge", 7, "empty"]
        assert rows[0]["brief"]["key_points"] and rows[2]["error"] == "input is empty: no article text"
        assert "1 record(s) could not be briefed" in r.stderr.decode()
    r = cli("brief", "-", stdin=data)
    assert r.returncode == 0 and r.stdout.decode().startswith("# bridge\nKey Points\n- ")


@pytest.mark.parametrize(
    ("args", "data", "hint"),
    [
        (["brief", "-"], b'[{"id": 1, "text": "The council voted."}]', "keypoints brief FILE.jsonl"),
        (["brief", "-"], b'{\n  "id": 1,\n  "text": "The council voted."\n}\n', "keypoints brief FILE.jsonl"),
        (["facts", "-"], None, "--tasks facts"),
        (["check", "-"], None, "--tasks check"),
    ],
)
def test_json_that_is_not_one_article_exits_2_with_a_pointer(args: list[str], data: bytes | None, hint: str) -> None:
    r = cli(*args, stdin=records_jsonl() if data is None else data)
    err = r.stderr.decode()
    assert r.returncode == 2 and r.stdout == b""
    assert err.startswith("keypoints: error: input is JSON, not article text") and hint in err and err.count("\n") == 1


@pytest.mark.parametrize("opening", ["[Updated] ", "{Corrected} ", '{"Safety comes first," the mayor said.} '])
def test_text_opening_on_a_bracket_is_still_one_article(opening: str) -> None:
    text = opening + EXAMPLE.read_text(encoding="utf-8")
    for command in ("brief", "facts"):
        r = cli(command, "-", stdin=text.encode())
        assert r.returncode == 0, r.stderr.decode()
    assert cli("brief", "-", stdin=text.encode()).stdout.decode().startswith("Key Points\n- ")


def golden_view(d: dict) -> dict:
    """The parts of the output the golden file pins (scores may move with the ranker)."""
    return {
        "title": d["title"],
        "key_points": [{k: kp[k] for k in ("text", "spans", "evidence")} for kp in d["key_points"]],
        "existing_key_points": d["existing_key_points"],
        "boilerplate": [{k: s[k] for k in ("kind", "start", "end")} for s in d["boilerplate"]],
    }


def test_golden_example(capsys: pytest.CaptureFixture[str]) -> None:
    """Regenerate after an intended change: KEYPOINTS_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_cli.py"""
    _, out, _ = run(capsys, "brief", str(EXAMPLE), "--format", "json")
    got = golden_view(json.loads(out))
    if os.environ.get("KEYPOINTS_REGEN_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_serve_refuses_a_port_out_of_range_without_a_traceback(capsys: pytest.CaptureFixture[str], port: str) -> None:
    """"--port 99999" reached uvicorn's socket bind and ended in an OverflowError traceback."""
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", port])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "argument --port" in err and "Traceback" not in err


def test_serve_port_parser_accepts_the_whole_range() -> None:
    from keypoints.cli import _port

    assert [_port(p) for p in ("0", "8000", "65535")] == [0, 8000, 65535]


def test_facts_text_format_writes_figures_as_editors_do(capsys: pytest.CaptureFixture[str]) -> None:
    """`facts --format text` printed "£48 million: 4.8e+07 GBP"."""
    code, out, _ = run(capsys, "facts", str(EXAMPLE), "--format", "text")
    assert code == 0 and "- £48 million: 48,000,000 GBP" in out
    assert "- 22,000: about 22,000 count (vehicles crossed)" in out and "e+" not in out
    from keypoints.numbers import plain_number

    assert [plain_number(v) for v in (1 / 3, -5.0, 2.5, 1.08e9)] == ["0.33", "-5", "2.5", "1,080,000,000"]


def test_every_batch_option_is_explained_in_its_help() -> None:
    """`keypoints batch --help` listed --points and --engine with no word of what they do or their default."""
    from keypoints.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    batch = sub.choices["batch"]
    assert [a.dest for a in batch._actions if not a.help] == []
    assert "1-10" in batch.format_help() and "Dask" in batch.format_help()


def test_batch_eta_counts_from_the_first_result_not_from_start_up(capsys: pytest.CaptureFixture[str]) -> None:
    """Start-up (a model per worker) made the first progress line's ETA 142 s for a 6 s run."""
    from keypoints.batch import BatchStats
    from keypoints.cli import _Progress

    progress = _Progress()
    progress.INTERVAL = 0.0
    stats = BatchStats()
    for written, seconds in ((100, 5.0), (200, 5.5), (300, 6.0)):  # 5 s of start-up, then 200 records/s
        stats.written, stats.seconds = written, seconds
        progress.update(stats, 1100)
    lines = capsys.readouterr().err.splitlines()
    assert "ETA" not in lines[0]  # one result gives no rate to go on
    assert lines[-1].endswith("ETA 4 s"), lines  # 800 left at 200/s, not at the 50/s since start-up


def test_an_interrupted_batch_says_what_it_wrote_and_how_to_resume(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from keypoints import batch

    def interrupted(input_path, output_path, cfg, progress):  # type: ignore[no-untyped-def]
        stats = batch.BatchStats(written=7, seconds=1.0)
        progress(stats, 10)
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_batch", interrupted)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "A council met."}\n')
    code = main(["batch", str(src), "-o", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert code == 130 and "interrupted; 7 record(s)" in err and "again to resume" in err


def test_facts_text_lists_each_name_once_with_how_often(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The text format listed "Morocco (place)" once per mention, which read as a repeat; JSON keeps each span."""
    story = tmp_path / "story.txt"
    story.write_text("Rescuers in Morocco dug on Sunday. Aid reached Morocco from Spain on Sunday.\n")
    code, out, _ = run(capsys, "facts", str(story), "--format", "text")
    names = out.split("Names\n")[1].split("Dates\n")[0].splitlines()
    assert code == 0 and names == ["- Morocco (place) ×2", "- Spain (place)"]
    assert out.split("Dates\n")[1].splitlines() == ["- Sunday ×2"]
    code, out, _ = run(capsys, "facts", str(story))
    assert [e["text"] for e in json.loads(out)["entities"]].count("Morocco") == 2


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_brief_output_checks_clean_against_its_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    """`keypoints brief A > P; keypoints check A --points P`: the heading line ("Key Points", "## Key Points")
    is no claim (it was checked as one: "names not in the article: Points", exit 1)."""
    _, out, _ = run(capsys, "brief", str(EXAMPLE), "--format", fmt)
    points = tmp_path / "points.txt"
    points.write_text(out, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(EXAMPLE), "--points", str(points))
    verdicts = [line for line in out.splitlines() if not line.startswith(" ")][:-1]
    assert code == 0 and len(verdicts) == 3 and all(v.startswith("OK SUPPORTED") for v in verdicts)


def test_check_and_facts_text_print_each_item_on_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Evidence from a hard-wrapped CRLF article was printed with its line breaks and carriage returns: a
    verdict's evidence ran over three lines, flush left, and a "\\r" sent the cursor back over the text."""
    story = tmp_path / "wrapped.txt"
    story.write_bytes(
        b"Insurers count the cost\r\n\r\nThe Association of British Insurers \r\nsaid claims from the winter storms "
        b"reached \xc2\xa31.2bn, the highest \r\nsince 2007, its chief executive said.\r\n\r\n\"We have never seen a "
        b"winter like \r\nit,\" said Hannah Gurga of the ABI.\r\n\r\nWork on new defences starts in March.\r\n"
    )
    points = tmp_path / "points.txt"
    points.write_text("- Insurers said claims reached £1.5bn\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(story), "--points", str(points))
    assert code == 1 and "\r" not in out
    evidence = [line for line in out.splitlines() if line.startswith("    ! ")]
    assert len(evidence) == 1 and evidence[0].endswith(
        "The Association of British Insurers said claims from the winter storms reached £1.2bn, the highest since "
        "2007, its chief executive said.")
    code, out, _ = run(capsys, "facts", str(story), "--format", "text")
    assert "\r" not in out and "- “We have never seen a winter like it,” — Hannah Gurga" in out.splitlines()
    _, out, _ = run(capsys, "check", str(story), "--points", str(points), "--format", "json")
    raw = story.read_bytes().decode("utf-8")  # the twin: JSON keeps the exact text its offsets index
    e = json.loads(out)["key_points"][0]["evidence"][0]
    assert raw[e["start"]:e["end"]] == e["text"] and "\r\n" in e["text"]


def test_python_dash_m_keypoints_runs_the_cli() -> None:
    """`python -m keypoints` said "No module named keypoints.__main__" (the entry point was only a script)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "keypoints", "brief", "-", "-n", "1"], input=EXAMPLE.read_bytes(),
                          capture_output=True, env=env, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.decode().startswith("Key Points\n- "), done.stderr
    done = subprocess.run([sys.executable, "-m", "keypoints", "brief", "-"], input=b"", capture_output=True, env=env, check=False)
    assert done.returncode == 2 and done.stderr.decode() == "keypoints: error: input is empty: no article text\n"


def test_check_help_gives_its_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    """`check` exits 1 when a point is not supported, which stops a `set -e` script; only the README said so."""
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 when every point is supported, 1 when any is not" in out
    assert "treat the article as a saved web page" in out


def test_pure_python_gives_the_compiled_outputs(tmp_path: Path) -> None:
    """KEYPOINTS_PURE_PYTHON=1 runs every step's Python/numpy code (what an install without a C compiler
    runs): the same brief, facts and check as with the compiled loops, to the byte."""
    from keypoints._compiled import PURE_PYTHON_VARIABLE

    article = tmp_path / "article.txt"
    # The example twice over, with a duplicated sentence and a list enumerator: ties and rarer split rules.
    text = EXAMPLE.read_text(encoding="utf-8")
    article.write_text(text + "\n\n1. The council will meet again.\n\n" + text.split("\n\n")[1], encoding="utf-8")
    outs = []
    for pure in ("0", "1"):
        env = {**os.environ, PURE_PYTHON_VARIABLE: pure}
        got = []
        for args in (["brief", str(article), "--format", "json", "-n", "5"], ["facts", str(article)],
                     ["check", str(article), "--points", "-"]):
            r = subprocess.run([sys.executable, "-m", "keypoints.cli", *args], input="Rebuilding will cost £84 million.\n",
                               capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
            got.append((r.returncode, r.stdout))
        probe = subprocess.run([sys.executable, "-c", "import keypoints.features as f; print(f._speedups is None)"],
                               capture_output=True, text=True, env=env, timeout=60, check=False)
        got.append(probe.stdout.strip())
        outs.append(got)
    assert outs[1][-1] == "True"  # the switch took effect
    assert outs[0][:-1] == outs[1][:-1] and outs[0][0][0] == 0 and outs[0][0][1].strip()
