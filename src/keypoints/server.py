"""HTTP API and the editors' page: `keypoints serve`.

Thin over the Python API: each endpoint returns the same `to_dict()` JSON as the CLI. CPU-bound
work runs in a small thread pool with a time limit, so one long article never stalls `/healthz`;
bad input is a 4xx with a one-line message, never a 500, and every error, a bug's 500 included, is
JSON `{"error": ...}`. The page at `/` is static files shipped in the package (no CDN), and renders
every piece of user text as text.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__, api
from .errors import InputError
from .settings import DEFAULT_SETTINGS

WEB = Path(__file__).with_name("web")


@dataclass(frozen=True)
class ServerConfig:
    max_body_bytes: int = 2 * 1024 * 1024
    """Requests above this get 413: a news article is tens of KB, a saved page rarely 1 MB."""
    request_timeout_s: float = 20.0
    """A request still computing after this gets 503 rather than holding its client forever."""
    workers: int = 2
    """Threads for CPU work; the event loop stays free for health checks and new requests."""


class StrictBody(BaseModel):
    """Fields take their JSON types as sent: the Python API refuses `points="3"`, so HTTP must too
    (pydantic's default lax mode would turn "3" into 3, 3.0 or true into an int, "yes" into true).
    Unknown fields are refused: `"point": 5` or `"n": 5` was ignored and gave 3 points without a word."""

    model_config = ConfigDict(strict=True, extra="forbid")


class BriefRequest(StrictBody):
    text: str = Field(..., description="the article: plain text or a saved HTML page (sniffed; html=true/false forces)")
    html: bool | None = None
    points: int | None = Field(
        None, ge=1, le=DEFAULT_SETTINGS.max_points,
        description=f"1-{DEFAULT_SETTINGS.max_points}; null or omitted: {DEFAULT_SETTINGS.points}, as keypoints.brief(points=None)",
    )


class CheckRequest(StrictBody):
    article: str
    key_points: list[str] | str | None = Field(
        None,
        description="a list of points, or one string with a point per line (list marks and a heading line "
        "dropped, as keypoints.check reads it); omit to check the article's own Key Points block",
    )
    html: bool | None = None


class FactsRequest(StrictBody):
    text: str
    html: bool | None = None


class BodyLimit:
    """ASGI middleware: 413 before reading past the cap, whether or not Content-Length is sent."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(self.limit, send)
            return
        # Read the body up to the cap before the app sees it (bodies are small: at most 2 MB).
        messages: list[Message] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            seen += len(message.get("body", b""))
            if seen > self.limit:
                await _too_large(self.limit, send)
                return
            if message["type"] != "http.request" or not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


class Utf8Request(Request):
    """Reads the body as UTF-8 with U+FFFD for invalid bytes, as `keypoints.load` reads a file.

    FastAPI's own parse fails on a Latin-1 body with a bare 400; the CLI and Python API take such
    input with a warning, so HTTP does too: the warning lands in `request.state.body_warnings`.
    """

    _utf8_body: bytes

    async def body(self) -> bytes:
        if not hasattr(self, "_utf8_body"):
            raw = await super().body()
            try:
                raw.decode("utf-8")
                self._utf8_body = raw
            except UnicodeDecodeError:
                text = raw.decode("utf-8", errors="replace")
                bad = text.count("\ufffd") - raw.count("\ufffd".encode())
                self.state.body_warnings = [
                    f"request body is not valid UTF-8: {bad} undecodable byte sequence(s) replaced with U+FFFD"
                ]
                self._utf8_body = text.encode("utf-8")
        return self._utf8_body


def _is_json(content_type: str) -> bool:
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json"))


class JsonBodyRoute(APIRoute):
    """Routes that take a body accept only JSON, read through `Utf8Request`.

    Without this FastAPI passes a text/plain or form body through as bytes and answers "Input should be
    a valid dictionary", which hides the real mistake (curl -d without -H 'content-type: ...').
    """

    def get_route_handler(self) -> Any:
        handler = super().get_route_handler()
        if self.body_field is None:
            return handler

        async def json_only(request: Request) -> Response:
            sent = request.headers.get("content-type", "")
            if not _is_json(sent):
                got = sent.split(";", 1)[0].strip() or "none"
                message = f"request body must be JSON sent with content-type: application/json (got {got})"
                return JSONResponse({"error": message}, status_code=415)
            return await handler(Utf8Request(request.scope, request.receive))

        return json_only


UNION_BRANCHES = frozenset({"list[str]", "str"})
"""Location parts pydantic adds for the branches of `CheckRequest.key_points`."""
JSON_TYPES = {type(None): "null", list: "an array", str: "a string", int: "a number", float: "a number"}


def _field(error: Any) -> str:
    """The request field a validation error is about, "" for the body itself. pydantic names the branch
    of a union in the location ("key_points.list[str].0"), which is no field."""
    return ".".join(str(x) for x in error.get("loc", ()) if x != "body" and x not in UNION_BRANCHES)


async def _too_large(limit: int, send: Send) -> None:
    body = json.dumps({"error": f"request body is larger than {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


WARM_UP_ARTICLE = (
    "The city council approved a new budget of $4.5 million on Monday. The plan funds 12 new buses. "
    "Mayor Jane Doe said the vote was a step forward. Critics said the money came too late."
)


def _warm_up() -> None:
    """Load the ranker, the set scorer and the checker's word lists (~1.5 s) before the first request."""
    try:
        api.brief(WARM_UP_ARTICLE, 2)
        api.check(WARM_UP_ARTICLE, ["Glasgow council approved a budget of $4.5 million"])
    except Exception:  # a failed warm-up only means the first request loads what it needs itself
        pass


def create_app(config: ServerConfig | None = None) -> FastAPI:
    config = config or ServerConfig()
    pool = ThreadPoolExecutor(max_workers=config.workers, thread_name_prefix="keypoints")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        pool.submit(_warm_up)  # in the background: the app answers at once, the first request finds models loaded
        yield
        pool.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        lifespan=lifespan,
        title="keypoints",
        version=__version__,
        description="Grounded Key Points for news articles. Every bullet carries the spans of its evidence.",
        docs_url=None,  # Swagger UI loads from a CDN; the schema is at /openapi.json and documented in the README
        redoc_url=None,
    )
    app.router.route_class = JsonBodyRoute

    async def run(request: Request, fn: Any, *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        try:
            out = await asyncio.wait_for(
                loop.run_in_executor(pool, lambda: fn(*args, **kwargs).to_dict()), config.request_timeout_s
            )
        except asyncio.TimeoutError:
            return JSONResponse({"error": f"timed out after {config.request_timeout_s:g} s"}, status_code=503)
        body_warnings = getattr(request.state, "body_warnings", None)
        if body_warnings:  # check and facts replies have no warnings list otherwise
            out["warnings"] = body_warnings + out.get("warnings", [])
        return out

    @app.exception_handler(InputError)
    async def input_error(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=422)

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        """A bug must still answer in the documented shape, or the page can only say "unreadable reply".

        Starlette re-raises after sending this, so the server still logs the traceback.
        """
        detail = " ".join(str(exc).split())[:300] or "no message"
        return JSONResponse({"error": f"internal error: {type(exc).__name__}: {detail}"}, status_code=500)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        """Starlette's own 404/405/400 say {"detail": ...}; the README promises {"error": ...}."""
        message = str(exc.detail)
        if exc.status_code in (404, 405):
            message = f"{message.lower()}: {request.method} {request.url.path}"
            if exc.headers and exc.headers.get("Allow"):
                message += f" (allowed: {exc.headers['Allow']})"
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        if first.get("type") == "json_invalid":
            return JSONResponse({"error": "request body is not valid JSON"}, status_code=422)
        # An unknown field is named before any check of a known one: {"text", "points"} sent to /v1/facts
        # was answered "points must be an integer from 1 to 10, not 3", as if facts took points.
        unknown = [_field(e) for e in errors if e.get("type") == "extra_forbidden"]
        if unknown:
            missing = [_field(e) for e in errors if e.get("type") == "missing" and _field(e)]
            hint = f": this endpoint takes {missing[0]!r}" if missing else ""  # {"text"} sent to /v1/check
            return JSONResponse({"error": f"unknown field {unknown[0]!r}{hint}"}, status_code=422)
        where = _field(first)
        if where == "key_points":  # neither branch fitted: say what would, as keypoints.check does
            sent = json.dumps(first.get("input"), ensure_ascii=False)[:60]
            message = f"key_points must be a list of strings, one string (a point per line) or null, not {sent}"
            return JSONResponse({"error": message}, status_code=422)
        if where == "points":  # word it as keypoints.brief does, whichever check failed
            sent = json.dumps(first.get("input"), ensure_ascii=False)
            message = f"points must be an integer from 1 to {DEFAULT_SETTINGS.max_points}, not {sent}"
            return JSONResponse({"error": message}, status_code=422)
        message = first.get("msg", "invalid request")
        if not where and first.get("type") == "missing":
            message = "request body is empty: send a JSON object"
        elif not where:
            sent = first.get("input")
            kind = "true or false" if isinstance(sent, bool) else JSON_TYPES.get(type(sent), "that")
            message = f"request body must be a JSON object, not {kind}"
        return JSONResponse({"error": f"{where}: {message}" if where else message}, status_code=422)

    @app.post("/v1/brief")
    async def brief_endpoint(req: BriefRequest, request: Request) -> Any:
        return await run(request, api.brief, req.text, req.points, html=req.html)

    @app.post("/v1/check")
    async def check_endpoint(req: CheckRequest, request: Request) -> Any:
        return await run(request, api.check, req.article, req.key_points, html=req.html)

    @app.post("/v1/facts")
    async def facts_endpoint(req: FactsRequest, request: Request) -> Any:
        return await run(request, api.facts, req.text, html=req.html)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html")

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Any:
        path = WEB / name
        if "/" in name or name.startswith(".") or not path.is_file():
            return JSONResponse({"error": "not found"}, status_code=404)
        kind = {"js": "text/javascript", "css": "text/css"}.get(path.suffix.lstrip("."), "application/octet-stream")
        return FileResponse(path, media_type=kind)

    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, config: ServerConfig | None = None) -> None:
    import uvicorn

    uvicorn.run(create_app(config), host=host, port=port, log_level="info")
