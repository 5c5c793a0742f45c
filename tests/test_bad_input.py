"""Bad input gets a clear InputError (API) or one line and exit 2 (CLI), never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import keypoints
from keypoints import InputError

from .conftest import assert_grounded

ARTICLE = (
    "The city council voted on Tuesday to close the old library on Main Street by the end of the year. "
    "The decision, which passed by seven votes to four, follows a review of the building's safety. "
    "Engineers found cracks in the roof that would cost about £2 million to repair."
)


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "keypoints.cli", *args], input=stdin, capture_output=True, timeout=120, check=False
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        (b"\x00\x01\x02binary\x00data", "binary"),
        ("\x01\x02\x03\x04\x05\x06" * 50, "binary"),
    ],
)
def test_unusable_input_raises_input_error(data: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        keypoints.brief(data)


@pytest.mark.parametrize("data", [None, 123, 4.5, ["The council voted."], {"text": ARTICLE}])
@pytest.mark.parametrize("call", [keypoints.brief, keypoints.facts, lambda d: keypoints.check(d, ["The council voted."])])
def test_wrong_input_type_is_an_input_error(call, data: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=r"must be a str, UTF-8 bytes or a keypoints\.Document, not (None|int|float|list|dict)$"):
        call(data)


def test_accepted_input_types_still_work() -> None:
    doc = keypoints.brief(ARTICLE).document
    for data in (ARTICLE, ARTICLE.encode(), bytearray(ARTICLE.encode()), doc):
        assert keypoints.brief(data).bullets
    assert keypoints.check(ARTICLE, ("The council voted to close the old library.",)).verdicts


@pytest.mark.parametrize(("points", "got"), [(5, "int"), (["fine", 3], "a list holding int"), ({"a": 1}, "dict")])
def test_wrong_key_points_type_is_an_input_error(points: object, got: str) -> None:
    with pytest.raises(InputError, match=f"key_points must be a list of strings.*not {got}$"):
        keypoints.check(ARTICLE, points)  # type: ignore[arg-type]


def test_html_without_main_text() -> None:
    with pytest.raises(InputError, match="no main text"):
        keypoints.brief("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", html=True)


@pytest.mark.parametrize("points", [0, -1, 11, 2.5, True])
def test_points_out_of_range(points: object) -> None:
    with pytest.raises(InputError, match="points"):
        keypoints.brief(ARTICLE, points=points)  # type: ignore[arg-type]


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    data = ARTICLE.encode() + b" Caf\xe9 owners \xff\xfe welcomed the plan."
    b = keypoints.brief(data)
    assert any("not valid UTF-8" in w for w in b.warnings)
    assert "\ufffd" in b.document.text
    assert_grounded(b.document.text, b)


def test_one_sentence_article_is_not_padded() -> None:
    b = keypoints.brief("The mayor of PortHaven resigned on Friday after a row over the harbour budget.", points=3)
    assert len(b.bullets) == 1
    assert any("returned 1 of 3" in w for w in b.warnings)


def test_short_sentences_still_give_a_bullet() -> None:
    # Under Settings.min_words (6): the best short sentence beats an empty brief; the pronoun start stays out.
    for text in ("The mayor resigned on Monday.", "The mayor resigned on Monday. She denied wrongdoing."):
        b = keypoints.brief(text, points=3)
        assert [x.text for x in b.bullets] == ["The mayor resigned on Monday."]
        assert any("returned 1 of 3" in w for w in b.warnings)
        assert_grounded(text, b)


def test_text_without_punctuation() -> None:
    text = "storm hits the coast tonight residents told to stay indoors officials say roads closed until morning"
    b = keypoints.brief(text)
    assert len(b.bullets) == 1 and b.bullets[0].text == text
    assert_grounded(text, b)


def test_ten_megabyte_article_finishes() -> None:
    para = ARTICLE + " Residents will be consulted on the plans in the spring, the council said.\n\n"
    big = para * (10_000_000 // len(para) + 1)
    assert len(big) >= 10_000_000
    t0 = time.perf_counter()
    b = keypoints.brief(big)
    assert time.perf_counter() - t0 < 60
    assert len(b.bullets) == 3
    assert_grounded(big, b)


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\x03")
    for args in (["brief", str(empty)], ["brief", str(binary)], ["brief", str(tmp_path / "missing.txt")], ["brief", str(tmp_path)]):
        r = cli(*args)
        err = r.stderr.decode()
        assert r.returncode == 2, args
        assert err.startswith("keypoints: error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err


@pytest.mark.parametrize("call", [keypoints.brief, keypoints.facts, keypoints.check])
def test_empty_input_message_names_no_command(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="^input is empty: no article text$"):
        call(" \n")


@pytest.mark.parametrize("text", ["...", "12345", "— — —", "!!! ???"])
def test_input_without_a_word_is_refused(text: str) -> None:
    # A placeholder ("...", the kind a first curl try sends) got 200 and no bullets; now a clear error.
    with pytest.raises(InputError, match="^input has no words"):
        keypoints.brief(text)
    assert keypoints.brief("Éirinn: 5 new schools opened. Parents welcomed them on Monday.").bullets  # the twin


@pytest.mark.parametrize("command", ["brief", "facts", "check"])
def test_cli_empty_file_for_each_command(tmp_path: Path, command: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = cli(command, str(empty))
    assert r.returncode == 2
    assert r.stderr.decode() == "keypoints: error: input is empty: no article text\n"
    assert r.stdout == b""
    full = tmp_path / "article.txt"  # the twin: the same command on an article works
    full.write_text(ARTICLE + "\n\nKey Points\n- The council voted to close the old library on Main Street.\n")
    r = cli(command, str(full))
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout


def test_cli_warns_on_invalid_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes(ARTICLE.encode() + b" Caf\xe9 owners welcomed it.")
    r = cli("brief", str(f))
    assert r.returncode == 0
    assert "keypoints: warning: input is not valid UTF-8" in r.stderr.decode()


HALF_EMOJI = "\ud83d"  # what a client sends after cutting "\U0001F600" in two: JSON "\ud83d", no UTF-8 form


@pytest.mark.parametrize("call", [keypoints.brief, keypoints.facts])
def test_lone_surrogate_becomes_replacement_char_with_a_warning(call) -> None:  # type: ignore[no-untyped-def]
    result = call(ARTICLE.replace("Tuesday", "Tuesday " + HALF_EMOJI))
    assert any("1 lone UTF-16 surrogate(s)" in w for w in result.warnings)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # raised UnicodeEncodeError before
    clean = call(ARTICLE)  # the twin without one: no warning
    assert not clean.warnings


def test_lone_surrogate_keeps_offsets_and_key_points_are_cleaned() -> None:
    text = ARTICLE.replace("Tuesday", "Tuesday " + HALF_EMOJI)
    b = keypoints.brief(text)
    assert_grounded(text.replace(HALF_EMOJI, "\ufffd"), b)
    report = keypoints.check(text, ["The council voted on Tuesday " + HALF_EMOJI + " to close the library"])
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")


def test_facts_and_check_warn_about_invalid_utf8_as_brief_does(tmp_path: Path) -> None:
    """`keypoints facts/check` on a Latin-1 file replaced "é" with U+FFFD and said nothing."""
    src = tmp_path / "latin1.txt"
    src.write_bytes(("Key points:\n- The council voted to close the library\n\nCafé " + ARTICLE).encode("latin-1"))
    for args in (("facts", str(src)), ("check", str(src))):
        r = cli(*args)
        assert r.returncode in (0, 1) and b"warning: input is not valid UTF-8" in r.stderr, (args, r.stderr)
    good = tmp_path / "utf8.txt"
    good.write_text("Café " + ARTICLE, encoding="utf-8")
    assert b"warning" not in cli("facts", str(good)).stderr
    assert keypoints.facts(("Café " + ARTICLE).encode("latin-1")).to_dict()["warnings"]
    assert "warnings" not in keypoints.facts(ARTICLE).to_dict()


def test_cli_prints_a_record_id_with_a_lone_surrogate(tmp_path: Path) -> None:
    """`keypoints brief FILE.jsonl`: an id "a\\ud800" is printed as the JSON escape, not a traceback."""
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a\\ud800", "text": ' + json.dumps(ARTICLE) + "}\n", encoding="utf-8")
    r = cli("brief", str(src), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["id"] == "a\ud800"


FRENCH = (
    "Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque de la rue principale d'ici "
    "la fin de l'année. La décision, adoptée par sept voix contre quatre, fait suite à un examen de la "
    "sécurité du bâtiment. Les ingénieurs ont trouvé dans le toit des fissures dont la réparation coûterait "
    "environ deux millions de livres."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek in der Hauptstraße bis zum Jahresende zu "
    "schließen. Die Entscheidung, die mit sieben zu vier Stimmen fiel, folgt einer Prüfung der Sicherheit des "
    "Gebäudes. Ingenieure fanden Risse im Dach, deren Reparatur etwa zwei Millionen Pfund kosten würde."
)


@pytest.mark.parametrize("text", [FRENCH, GERMAN])
def test_text_in_another_language_gets_a_warning(text: str) -> None:
    """A French or German story got English-built key points and checks with no word of caution."""
    for result in (keypoints.brief(text), keypoints.facts(text), keypoints.check(text, ["Le conseil a voté"])):
        assert any("few common English words" in w for w in result.warnings), result.warnings
    assert not keypoints.brief(ARTICLE).warnings  # the English twin: none
    short = keypoints.brief(text[:120])  # under LANGUAGE_MIN_WORDS: too few words to tell
    assert not any("English" in w for w in short.warnings)


def test_cli_warns_on_another_language(tmp_path: Path) -> None:
    f = tmp_path / "fr.txt"
    f.write_text(FRENCH, encoding="utf-8")
    r = cli("brief", str(f))
    assert r.returncode == 0 and b"keypoints: warning: few common English words" in r.stderr
