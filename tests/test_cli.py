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
    assert code == 0 and [r["id"] for r in rows] == ["ok", "bad", 3]
    assert rows[0]["brief"]["key_points"] and "empty" in rows[1]["error"] and "invalid JSON" in rows[2]["error"]
    assert "2 record(s) could not be briefed" in err


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
