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
    for flag in ({"html": True}, {}, {"html": None}):  # a page is sniffed unless html is forced
        d = client.post("/v1/brief", json={"text": PAGE, **flag}).json()
        assert d["source_format"] == "html" and d["title"].startswith("Storm closes")
        for kp in d["key_points"]:
            a, b = kp["spans"][0]
            assert d["extracted_text"][a:b] == kp["evidence"][0]
    assert client.post("/v1/facts", json={"text": PAGE}).json()["source_format"] == "html"
    forced = client.post("/v1/brief", json={"text": PAGE, "html": False}).json()
    assert forced["source_format"] == "text"


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


@pytest.mark.parametrize(("path", "body", "error"), [
    ("/v1/facts", {"text": EXAMPLE, "points": 3}, "unknown field 'points'"),
    ("/v1/brief", {"text": EXAMPLE, "key_points": 5}, "unknown field 'key_points'"),
    ("/v1/check", {"text": EXAMPLE}, "unknown field 'text': this endpoint takes 'article'"),
    ("/v1/brief", {"article": EXAMPLE}, "unknown field 'article': this endpoint takes 'text'"),
])
def test_a_field_of_another_endpoint_is_named_as_unknown(client: TestClient, path: str, body: dict, error: str) -> None:
    """`points` sent to /v1/facts was answered "points must be an integer from 1 to 10, not 3", as if facts
    took points; {"text"} sent to /v1/check said only "article: Field required"."""
    r = client.post(path, json=body)
    assert r.status_code == 422 and r.json() == {"error": error}


def test_points_null_is_the_default_as_in_the_api(client: TestClient) -> None:
    """`keypoints.brief(text, points=None)` gives 3 points; HTTP refused "points": null ("... not null")."""
    r = client.post("/v1/brief", json={"text": EXAMPLE, "points": None})
    assert r.status_code == 200 and r.json()["points_requested"] == 3 and len(r.json()["key_points"]) == 3
    r = client.post("/v1/brief", json={"text": EXAMPLE, "points": "3"})  # the twin: still not coerced
    assert r.status_code == 422 and r.json() == {"error": 'points must be an integer from 1 to 10, not "3"'}


def test_check_takes_key_points_as_one_string_as_the_api_does(client: TestClient) -> None:
    """`keypoints.check` and the CLI read a string of points, a point per line; HTTP refused one with
    "key_points: Input should be a valid list", so a pasted block had to be split by every client."""
    text = "Key Points\n- The council voted 19-12 to rebuild the bridge\n\n-5C overnight in PortHaven\n"
    r = client.post("/v1/check", json={"article": EXAMPLE, "key_points": text})
    assert r.status_code == 200, r.text
    assert [v["key_point"] for v in r.json()["key_points"]] == [
        "The council voted 19-12 to rebuild the bridge", "-5C overnight in PortHaven"]
    r = client.post("/v1/check", json={"article": EXAMPLE, "key_points": 5})  # the twin: neither a list nor a string
    assert r.status_code == 422
    assert r.json()["error"] == "key_points must be a list of strings, one string (a point per line) or null, not 5"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [("/v1/brief", {"text": EXAMPLE, "point": 5}, "point"), ("/v1/brief", {"text": EXAMPLE, "n": 5}, "n"),
     ("/v1/check", {"article": EXAMPLE, "keypoints": ["A bridge"]}, "keypoints"),
     ("/v1/facts", {"text": EXAMPLE, "format": "text"}, "format")],
)
def test_unknown_fields_are_refused_not_ignored(client: TestClient, path: str, body: dict, field: str) -> None:
    """A misspelt "points" or "key_points" was ignored: 3 points, or the article's own block checked."""
    r = client.post(path, json=body)
    assert r.status_code == 422 and r.json() == {"error": f"unknown field {field!r}"}
    del body[field]
    assert client.post(path, json=body).status_code == 200


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


LATIN1 = "Café owners said the council met on Monday. The council voted 19-12 to rebuild the bridge."


@pytest.mark.parametrize(
    ("path", "field"), [("/v1/brief", "text"), ("/v1/check", "article"), ("/v1/facts", "text")]
)
def test_invalid_utf8_body_is_decoded_with_a_warning(client: TestClient, path: str, field: str) -> None:
    """As the CLI and Python API read a Latin-1 file: U+FFFD for the bad bytes, and a warning."""
    body: dict[str, object] = {field: LATIN1}
    if field == "article":
        body["key_points"] = ["The council voted to rebuild the bridge"]
    raw = json.dumps(body, ensure_ascii=False).encode("latin-1")
    r = client.post(path, content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    warning = "request body is not valid UTF-8: 1 undecodable byte sequence(s) replaced with U+FFFD"
    assert r.json()["warnings"][0] == warning
    if path == "/v1/brief":
        assert any("Caf\ufffd owners" in kp["evidence"][0] for kp in r.json()["key_points"])
    good = client.post(path, json=body).json()  # valid UTF-8: no warning, and no warnings key on check/facts
    assert not any("UTF-8" in w for w in good.get("warnings", []))
    assert ("warnings" in good) == (path == "/v1/brief")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_415_with_a_clear_message(client: TestClient, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    r = client.post("/v1/brief", content=json.dumps({"text": EXAMPLE}).encode(), headers=headers)
    assert r.status_code == 415
    got = content_type or "none"
    assert r.json() == {"error": f"request body must be JSON sent with content-type: application/json (got {got})"}
    for ok in ("application/json; charset=utf-8", "application/vnd.api+json"):
        r = client.post("/v1/brief", content=json.dumps({"text": EXAMPLE}), headers={"content-type": ok})
        assert r.status_code == 200, ok


@pytest.mark.parametrize(
    ("method", "path", "status", "error"),
    [
        ("GET", "/nope", 404, "not found: GET /nope"),
        ("POST", "/v1/breif", 404, "not found: POST /v1/breif"),
        ("GET", "/v1/brief", 405, "method not allowed: GET /v1/brief (allowed: POST)"),
        ("POST", "/healthz", 405, "method not allowed: POST /healthz (allowed: GET)"),
    ],
)
def test_routing_errors_use_the_error_shape(
    client: TestClient, method: str, path: str, status: int, error: str
) -> None:
    r = client.request(method, path)
    assert r.status_code == status and r.json() == {"error": error}


@pytest.mark.parametrize(
    ("raw", "status", "error"),
    [
        (b"", 422, "request body is empty: send a JSON object"),
        (b'"text"', 422, "request body must be a JSON object, not a string"),
        (b"null", 422, "request body must be a JSON object, not null"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "There was an error parsing the body"),  # too deep for json
    ],
)
def test_unusable_bodies_use_the_error_shape(client: TestClient, raw: bytes, status: int, error: str) -> None:
    r = client.post("/v1/brief", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == status and r.json() == {"error": error}


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


@pytest.mark.parametrize(("path", "field"), [("/v1/brief", "text"), ("/v1/check", "article"), ("/v1/facts", "text")])
def test_lone_surrogate_is_replaced_not_a_500(client: TestClient, path: str, field: str) -> None:
    """JSON "\\ud83d" (an emoji a client cut in two) has no UTF-8 form: the reply could not be written."""
    points = ', "key_points": ["The council voted \\ud83d to rebuild the bridge"]' if field == "article" else ""
    text = LATIN1.replace("Monday.", "Monday \\ud83d.")
    raw = f'{{"{field}": "{text}"{points}}}'
    r = client.post(path, content=raw.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert any("surrogate" in w for w in r.json()["warnings"])
