"""`keypoints eval --versus`: paired bootstrap intervals of a system's ROUGE difference to another."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from keypoints import InputError
from keypoints.cli import main
from keypoints.evaluate import paired_intervals


def _scores(values: list[float], groups: list[str] | None = None) -> list[tuple[str, float, float, float]]:
    groups = groups or ["all"] * len(values)
    return [(g, v, v / 2, v) for g, v in zip(groups, values)]


def test_constant_difference_has_no_spread() -> None:
    base = [0.2, 0.4, 0.3, 0.5, 0.1]
    rows = paired_intervals({"lead3": _scores(base), "ours": _scores([v + 0.01 for v in base])}, "lead3")
    assert [r["system"] for r in rows] == ["ours"]  # the reference is not compared with itself
    point, lo, hi = rows[0]["rouge1"]
    assert point == pytest.approx(1.0) and lo == pytest.approx(1.0) and hi == pytest.approx(1.0)
    assert rows[0]["rouge2"][0] == pytest.approx(0.5)


def test_interval_brackets_the_difference_and_narrows_with_more_articles() -> None:
    rng = random.Random(3)

    def width(n: int) -> tuple[float, float, float]:
        base = [rng.random() for _ in range(n)]
        ours = [b + 0.02 + rng.gauss(0, 0.1) for b in base]
        point, lo, hi = paired_intervals({"lead3": _scores(base), "ours": _scores(ours)}, "lead3")[0]["rouge1"]
        assert lo < point < hi
        return point, lo, hi

    _, lo_small, hi_small = width(100)
    point, lo, hi = width(2000)
    assert hi - lo < (hi_small - lo_small) / 2  # ~1/sqrt(20) as wide
    assert lo < 2.0 < hi  # the true difference, 0.02 F1 = 2 points


def test_reweighted_mix_weighs_each_group() -> None:
    groups = ["cnn"] * 4 + ["dailymail"] * 4
    base = [0.3] * 8
    ours = [0.31] * 4 + [0.33] * 4  # +1 point on cnn, +3 on dailymail
    rows = paired_intervals(
        {"lead3": _scores(base, groups), "ours": _scores(ours, groups)}, "lead3", {"cnn": 1, "dailymail": 3}
    )
    by_mix = {r["mix"]: r for r in rows}
    assert by_mix["all"]["rouge1"][0] == pytest.approx(2.0)
    mix = by_mix["reweighted cnn:1/dailymail:3"]["rouge1"]
    assert mix == pytest.approx((2.5, 2.5, 2.5))


def test_unknown_reference_system() -> None:
    with pytest.raises(InputError, match="--versus lexrank"):
        paired_intervals({"lead3": _scores([0.1])}, "lexrank")


STORIES = [
    (
        "The city council approved a new budget on Monday after a long debate. The plan raises spending on "
        "schools by four percent. Critics said the increase was too small. The mayor praised the vote. "
        "A final reading is due next month.",
        ["City council approves budget", "Spending on schools rises by four percent"],
    ),
    (
        "Heavy rain flooded dozens of homes in the valley overnight. Emergency crews rescued twelve people "
        "from their roofs. The river rose two metres in six hours. Forecasters expect more rain on Friday. "
        "Schools in the area will stay closed.",
        ["Floods hit homes in the valley", "Twelve people rescued from roofs"],
    ),
    (
        "The local football club signed a new striker from Portugal. The player scored twenty goals last "
        "season. The fee was not disclosed. Fans welcomed the signing at the stadium. He will wear the "
        "number nine shirt.",
        ["Club signs striker from Portugal", "Player scored twenty goals last season"],
    ),
]


def test_cli_prints_and_writes_the_differences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("rouge_score")
    data = tmp_path / "refs.jsonl"
    data.write_text("".join(json.dumps({"article": a, "highlights": h}) + "\n" for a, h in STORIES))
    out_json = tmp_path / "rows.json"
    code = main(["eval", str(data), "--systems", "lead3,keypoints-baseline", "--versus", "lead3",
                 "--points", "2", "--json", str(out_json)])
    out = capsys.readouterr().out
    assert code == 0
    assert "difference (paired bootstrap, 95%)" in out and "keypoints-baseline - lead3" in out
    written = json.loads(out_json.read_text())
    rows = {r["system"]: r for r in written["rows"]}
    (diff,) = written["differences"]
    assert diff["rouge1"][0] == pytest.approx(rows["keypoints-baseline"]["rouge1"] - rows["lead3"]["rouge1"])


def test_cli_refuses_a_reference_it_does_not_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "refs.jsonl"
    data.write_text(json.dumps({"article": STORIES[0][0], "highlights": STORIES[0][1]}) + "\n")
    code = main(["eval", str(data), "--systems", "lead3", "--versus", "keypoints"])
    assert code == 2 and "--versus keypoints: not among --systems" in capsys.readouterr().err
