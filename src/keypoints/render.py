"""Render a `Brief` for people (text, markdown) or programs (json)."""

from __future__ import annotations

import json

from .records import Brief

FORMATS = ("text", "markdown", "json")
HEADING = "Key Points"


def render(brief: Brief, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        lines = [f"## {HEADING}", ""] + [f"- {b.text}" for b in brief.bullets]
        return "\n".join(lines)
    if fmt == "text":
        return "\n".join([HEADING] + [f"- {b.text}" for b in brief.bullets])
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
