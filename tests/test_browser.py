"""End to end in a real browser: paste -> bullets -> click -> evidence highlighted; check mode; XSS inert.

Drives Debian's chromium through Playwright (no browser download); skips when chromium is absent.
`.ci/run` installs chromium so CI runs these.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (apt-get install chromium); .ci/run installs it", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from keypoints.server import create_app  # noqa: E402

ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
EXAMPLE = (ROOT / "examples" / "harbour_bridge.txt").read_text(encoding="utf-8")
XSS = (
    "The council met on Monday. <script>window.__pwned = 1</script> Officials said the new bridge would open in "
    "March. <img src=x onerror=\"window.__pwned = 2\"> Engineers warned the old crossing was unsafe for traffic. "
    "Residents welcomed the decision after three years of delays and debate."
)
# Astral characters (emoji take two UTF-16 units, one code point) before and inside the evidence.
EMOJI = (
    "Fans posted 🎉🎉🎉 all night after the win. The club said on Sunday that 40,000 tickets had been sold. "
    "Police said the match went ahead without trouble. The mayor 😀 said 𝐭𝐡𝐞 city would hold a parade on Friday."
)


@pytest.fixture(scope="module")
def base_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        yield pg
        browser.close()


def test_paste_brief_click_highlights_evidence(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base_url + "/")
    page.fill("#article", EXAMPLE)
    page.click("#go")
    page.wait_for_selector("#bullets li")
    bullets = page.locator("#bullets li")
    assert bullets.count() == 3
    second = bullets.nth(1)
    second.click()
    active = page.locator("#article-view .ev.active")
    assert active.count() >= 1
    assert active.first.inner_text().strip() in EXAMPLE
    # The highlighted evidence is the sentence the bullet came from.
    assert active.first.inner_text().strip().startswith(second.inner_text().strip()[:40])
    page.wait_for_selector("#figures li")
    assert "48 million" in page.locator("#figures").inner_text() or "£48" in page.locator("#figures").inner_text()
    Path(ROOT / "docs").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=True)


def _check_in_page(  # type: ignore[no-untyped-def]
    page, base_url: str, article: str, points: str, wait_for: str
) -> None:
    """Check mode: the article and the points typed in, run, and the first `wait_for` verdict shown."""
    page.goto(base_url + "/")
    page.fill("#article", article)
    page.click("#mode-check")
    page.fill("#own-points", points)
    page.click("#go")
    page.wait_for_selector(f"#bullets li.{wait_for}")


def test_check_mode_shows_verdicts(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    points = "- The council voted to rebuild the bridge at a cost of £58 million\n- Construction is due to start in March"
    _check_in_page(page, base_url, EXAMPLE, points, "contradicted")
    text = page.locator("#bullets").inner_text()
    assert "CONTRADICTED" in text.upper() and "£48 million" in text
    page.locator("#bullets li.contradicted").click()
    assert page.locator("#article-view .ev.active").count() >= 1
    # The sentence giving the article's £48 million is marked as what it says instead.
    assert "£48 million" in page.locator("#article-view .ev.contra.active").first.inner_text()


def test_article_with_markup_stays_inert(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base_url + "/")
    page.fill("#article", XSS)
    page.click("#go")
    page.wait_for_selector("#bullets li")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert dialogs == []
    assert page.locator("#article-view img, #article-view script, #bullets img, #bullets script").count() == 0
    assert "<script>" in page.locator("#article-view").inner_text()  # shown as text


def test_highlights_match_evidence_after_emoji(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """The API's offsets are code points; the page must not slice them as UTF-16 units."""
    request = urllib.request.Request(
        base_url + "/v1/brief", data=json.dumps({"text": EMOJI, "points": 3}).encode(),
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request) as reply:
        expected = [kp["evidence"] for kp in json.load(reply)["key_points"]]
    assert any(EMOJI.index(ev[0]) > EMOJI.index("🎉") for ev in expected)  # evidence after an emoji
    page.goto(base_url + "/")
    page.fill("#article", EMOJI)
    page.click("#go")
    page.wait_for_selector("#bullets li")
    bullets = page.locator("#bullets li")
    assert bullets.count() == len(expected)
    for i, evidence in enumerate(expected):
        bullets.nth(i).click()
        assert page.locator("#article-view .ev.active").all_inner_texts() == evidence
    assert page.locator("#article-view").inner_text() == EMOJI
    # The conversion itself: code point 1 after one emoji is UTF-16 index 2; out of range clamps.
    assert page.evaluate("[0, 1, 2, 9].map(codePointToUtf16('😀ab'))") == [0, 2, 3, 4]


def test_server_bug_shows_its_message(  # type: ignore[no-untyped-def]
    page, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 500 is JSON, so the page shows what went wrong instead of "an unreadable reply"."""
    from keypoints import api

    def broken(*args: object, **kwargs: object) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(api, "facts", broken)
    page.goto(base_url + "/")
    page.fill("#article", EXAMPLE)
    page.click("#go")
    page.wait_for_selector("#status.error")
    assert page.locator("#status").inner_text() == "internal error: IndexError: list index out of range"
    assert page.locator("#bullets li").count() == 3  # the brief itself still shows


def test_a_key_point_opening_on_a_minus_sign_keeps_it(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """The page stripped any leading "-" from a point to check: "-5C overnight in Aberdeen" was sent as
    "5C ..." and came back contradicted ("5C does not match the article's -5C"). A list mark needs a space."""
    article = ("Temperatures fell to -5C overnight in Aberdeen, the Met Office said on Tuesday. "
               "Roads were closed across the region. Schools will reopen on Thursday.")
    points = "-5C overnight in Aberdeen\n- Schools will reopen on Thursday\n2) Roads were closed"
    _check_in_page(page, base_url, article, points, "supported")
    items = page.locator("#bullets li")
    assert items.count() == 3
    # The twin: "- " and "2) " are list marks and go; the minus sign stays.
    assert [items.nth(i).inner_text().split("\n")[0] for i in range(3)] == [
        "SUPPORTED-5C overnight in Aberdeen", "SUPPORTEDSchools will reopen on Thursday", "SUPPORTEDRoads were closed",
    ]


def test_a_pasted_key_points_heading_is_not_checked(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """Editors paste a story's block with its heading: "Key Points" came back unsupported ("names not in
    the article: Points") and the check scored 0.00."""
    points = "Key Points\n- Construction is due to start in March"
    _check_in_page(page, base_url, EXAMPLE, points, "supported")
    items = page.locator("#bullets li")
    assert items.count() == 1 and items.nth(0).inner_text().split("\n")[0] == "SUPPORTEDConstruction is due to start in March"


LEGACY_PAGE = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    "<title>Café fine overturned</title></head><body><article><h1>Café owner’s £10,000 fine overturned</h1>"
    "<p>A café owner who was fined £10,000 for serving food after a council deadline has won his appeal.</p>"
    "<p>José García, 54, said the ruling was “a huge relief” for his family and his six staff.</p>"
    "<p>The judge said the council’s notice had been unclear and should never have led to a prosecution.</p>"
    "</article></body></html>"
)


def test_an_uploaded_page_is_read_in_its_declared_charset(  # type: ignore[no-untyped-def]
    page, base_url: str, tmp_path: Path
) -> None:
    """The page read every upload as UTF-8: a windows-1252 page showed "Caf� owner ... �10,000"."""
    legacy = tmp_path / "legacy.html"
    legacy.write_bytes(LEGACY_PAGE.replace("{charset}", "windows-1252").encode("cp1252"))
    utf8 = tmp_path / "utf8.html"  # the twin: a UTF-8 page declaring UTF-8 reads as before
    utf8.write_bytes(LEGACY_PAGE.replace("{charset}", "utf-8").encode("utf-8"))
    for path in (legacy, utf8):
        page.goto(base_url + "/")
        page.set_input_files("#upload", str(path))
        page.click("#go")
        page.wait_for_selector("#quotes li:not(:has-text('none found'))")
        shown = page.locator("#article-view").inner_text()
        assert "\ufffd" not in shown and "José García, 54," in shown and "fined £10,000" in shown, path.name
        assert "José García" in page.locator("#quotes").inner_text()


def test_an_error_clears_the_previous_articles_results(page, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """A failed request left the last article's bullets, evidence and facts under the new error."""
    page.goto(base_url + "/")
    page.fill("#article", EXAMPLE)
    page.click("#go")
    page.wait_for_selector("#figures li")
    assert page.locator("#bullets li").count() == 3  # the twin: a good article shows its results
    page.fill("#article", ".....")
    page.click("#go")
    page.wait_for_selector("#status.error")
    assert page.locator("#status").inner_text().startswith("input has no words")
    assert page.locator("#bullets li, #figures li, #quotes li, #article-view span").count() == 0
    assert page.locator("#article-view").inner_text() == ""
