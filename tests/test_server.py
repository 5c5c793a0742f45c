"""HTTP API: every endpoint, error code and limit; never a 500 for bad input."""

from __future__ import annotations

import json
import time
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from keypoints.server import ServerConfig, create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / "examples" / "harbour_bridge.txt").read_text(encoding="utf-8")
PAGE = (ROOT / "tests" / "data" / "saved_page.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app(ServerConfig(max_body_bytes=200_000))) as c:
        yield c


def test_health_openapi_and_page(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert {"/v1/brief", "/v1/check", "/v1/facts"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and "keypoints" in page.text and "cdn" not in page.text.lower()
    for asset in ("app.js", "style.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    assert client.get("/static/..%2Fserver.py").status_code == 404
    assert client.get("/static/missing.js").status_code == 404


def test_brief_text_and_html(client: TestClient) -> None:
    r = client.post("/v1/brief", json={"text": EXAMPLE, "points": 4})
    d = r.json()
    assert r.status_code == 200 and len(d["key_points"]) == 4
    for kp in d["key_points"]:
        for (a, b), ev in zip(kp["spans"], kp["evidence"]):
            assert EXAMPLE[a:b] == ev
    d = client.post("/v1/brief", json={"text": PAGE, "html": True}).json()
    assert d["source_format"] == "html" and d["title"].startswith("Storm closes")
    for kp in d["key_points"]:
        a, b = kp["spans"][0]
        assert d["extracted_text"][a:b] == kp["evidence"][0]


def test_check_and_facts(client: TestClient) -> None:
    r = client.post("/v1/check", json={"article": EXAMPLE, "key_points": ["The council voted 19-12 to rebuild the bridge"]})
    assert r.status_code == 200 and r.json()["key_points"][0]["verdict"] in ("supported", "unsupported", "contradicted")
    own = client.post("/v1/check", json={"article": EXAMPLE}).json()
    assert len(own["key_points"]) == 3
    wrong = client.post("/v1/check", json={"article": EXAMPLE, "key_points": ["The bridge will cost £58 million"]}).json()
    assert wrong["key_points"][0]["verdict"] == "contradicted"
    f = client.post("/v1/facts", json={"text": EXAMPLE}).json()
    assert any(q["speaker"] == "council leader Amira Hassan" or "Amira Hassan" in (q["speaker"] or "") for q in f["quotes"])


@pytest.mark.parametrize(
    ("path", "body", "needle"),
    [
        ("/v1/brief", {"text": ""}, "empty"),
        ("/v1/brief", {"text": "   "}, "empty"),
        ("/v1/brief", {"text": EXAMPLE, "points": 0}, "points"),
        ("/v1/brief", {"text": EXAMPLE, "points": "three"}, "points"),
        ("/v1/brief", {}, "text"),
        ("/v1/brief", ["not", "an", "object"], "JSON object"),
        ("/v1/brief", {"text": "<html><body><nav>Home</nav></body></html>", "html": True}, "no main text"),
        ("/v1/check", {"article": EXAMPLE, "key_points": []}, "no key points"),
        ("/v1/check", {"article": "The council met.", "key_points": ["x " * 50]}, "longer than the article"),
        ("/v1/facts", {"text": 42}, "text"),
    ],
)
def test_bad_input_is_422_with_a_message(client: TestClient, path: str, body: object, needle: str) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 422, r.text
    assert needle in r.json()["error"]


@pytest.mark.parametrize("points", ["3", 3.0, True, 0, 11])
def test_points_must_be_an_integer_as_in_the_python_api(client: TestClient, points: object) -> None:
    """HTTP takes `points` exactly as `keypoints.brief` does: no "3" -> 3 coercion."""
    import keypoints

    with pytest.raises(keypoints.InputError, match="points must be an integer"):
        keypoints.brief(EXAMPLE, points=points)  # type: ignore[arg-type]
    r = client.post("/v1/brief", json={"text": EXAMPLE, "points": points})
    assert r.status_code == 422, r.text
    assert r.json() == {"error": f"points must be an integer from 1 to 10, not {json.dumps(points)}"}


def test_fields_are_not_coerced(client: TestClient) -> None:
    r = client.post("/v1/brief", json={"text": EXAMPLE, "html": "yes"})
    assert r.status_code == 422 and r.json()["error"].startswith("html: ")
    r = client.post("/v1/check", json={"article": EXAMPLE, "key_points": [1, 2]})
    assert r.status_code == 422 and r.json()["error"].startswith("key_points.0: ")


def test_invalid_json_and_body_limit(client: TestClient) -> None:
    r = client.post("/v1/brief", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "not valid JSON" in r.json()["error"]
    r = client.post("/v1/brief", json={"text": "x " * 150_000})
    assert r.status_code == 413 and "larger than" in r.json()["error"]

    def chunks():  # no Content-Length: the cap must hold on the streamed bytes too
        for _ in range(30):
            yield b"x" * 10_000

    r = client.post("/v1/brief", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_time_limit_returns_503_and_health_stays_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from keypoints import api

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)
        raise AssertionError("should have timed out first")

    monkeypatch.setattr(api, "brief", slow)
    with TestClient(create_app(ServerConfig(request_timeout_s=0.3))) as c:
        t0 = time.perf_counter()
        r = c.post("/v1/brief", json={"text": EXAMPLE})
        assert r.status_code == 503 and "timed out" in r.json()["error"]
        assert time.perf_counter() - t0 < 1.4
        assert c.get("/healthz").status_code == 200


@pytest.mark.parametrize("endpoint", ["brief", "check", "facts"])
def test_unexpected_exception_is_json_500(monkeypatch: pytest.MonkeyPatch, endpoint: str) -> None:
    from keypoints import api

    def broken(*args: object, **kwargs: object) -> object:
        raise IndexError("list index out of range\nsecond line")

    monkeypatch.setattr(api, endpoint, broken)
    body = {"article": EXAMPLE, "key_points": ["x"]} if endpoint == "check" else {"text": EXAMPLE}
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        r = c.post(f"/v1/{endpoint}", json=body)
        assert r.status_code == 500 and r.headers["content-type"] == "application/json"
        assert r.json() == {"error": "internal error: IndexError: list index out of range second line"}
        assert c.get("/healthz").status_code == 200


def test_warm_up_loads_the_models_before_the_first_request() -> None:
    from keypoints.learned import load_model
    from keypoints.server import _warm_up
    from keypoints.verify import _everyday_words, _specific

    load_model.cache_clear()
    _everyday_words.cache_clear()
    _specific.cache_clear()
    _warm_up()
    assert load_model.cache_info().currsize == 1
    assert _everyday_words.cache_info().currsize == 1
