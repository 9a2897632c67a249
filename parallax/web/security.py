"""Request checks and response headers for the local web app, as one ASGI middleware.

Why each rule exists:

* **Host allow-list** — the app listens on 127.0.0.1, but a page on any site
  can point its own domain at 127.0.0.1 (DNS rebinding) and then read our
  pages as same-origin.  Such requests carry the attacker's host name, so
  only the names we were started for are served.
* **Origin/Referer on state-changing requests** — any site can make a browser
  POST a form to http://127.0.0.1:8000 (CSRF).  Browsers send ``Origin`` (or at
  least ``Referer``) with such posts; a mismatch with our host is a 403.
  Requests with neither header come from scripts, not browsers, and pass.
* **Body size** — uploads must declare a ``Content-Length`` within the limit,
  so an oversized or endless body is refused before it is read.
* **Content-Security-Policy on every response** — inline style and script
  are allowed by hash only; nothing is loaded from elsewhere, and an
  injected ``<script>`` or ``onerror=`` would not run even if escaping failed.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def content_security_policy(style_hashes: list[str], script_hashes: list[str]) -> str:
    style = " ".join(style_hashes) or "'none'"
    script = " ".join(script_hashes) or "'none'"
    return (
        "default-src 'none'; "
        f"style-src {style}; "
        f"script-src {script}; "
        "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )


def host_name(host_header: str) -> str:
    """``example:8000`` -> ``example``; ``[::1]:8000`` -> ``::1``."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def origin_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin(headers: dict[str, str]) -> bool:
    """Whether a state-changing request comes from our own pages (or from no browser at all)."""
    host = headers.get("host", "").lower()
    ours = {f"http://{host}", f"https://{host}"}
    origin = headers.get("origin")
    if origin is not None:
        return origin.strip().lower() in ours  # "null" (sandboxed, file://) is refused too
    referer = headers.get("referer")
    if referer:
        return origin_of(referer) in ours
    return headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


class SecurityMiddleware:
    """Pure ASGI middleware: checks hosts, origins and body sizes; adds the security headers."""

    def __init__(self, app, csp: str, allowed_hosts: list[str] | None = None, max_body: int = 25 * 1024 * 1024):
        self.app = app
        self.csp = csp
        self.allowed = {h.lower().strip("[]") for h in (allowed_hosts or LOCAL_HOSTS)}
        self.max_body = max_body

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (b"content-security-policy", self.csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin"),
        ]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        problem = self.check(scope["method"], headers)
        if problem:
            return await self.refuse(scope, send, *problem)

        extra = self.headers()

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [h for h in extra if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def check(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        if "*" not in self.allowed and host_name(headers.get("host", "")) not in self.allowed:
            return 400, "unknown host name: this server only answers to " + ", ".join(sorted(self.allowed))
        if method in UNSAFE_METHODS:
            if not same_origin(headers):
                return 403, "cross-origin request refused: the Origin/Referer does not match this server"
            length = headers.get("content-length")
            if length is None:
                if "chunked" in headers.get("transfer-encoding", ""):
                    return 411, "a Content-Length is required"
            elif not (length.isascii() and length.isdigit()):
                return 400, "bad Content-Length"
            elif len(length) > 18 or int(length) > self.max_body:  # int() refuses over 4,300 digits
                return 413, f"request too large: the limit is {self.max_body // (1024 * 1024)} MB"
        return None

    async def refuse(self, scope, send, status: int, message: str):
        wants_json = scope.get("path", "").startswith("/api")
        if wants_json:
            body, ctype = json.dumps({"detail": message}).encode(), b"application/json"
        else:
            from markupsafe import escape

            body = f"<!doctype html><meta charset=utf-8><title>{status}</title><h1>{status}</h1><p>{escape(message)}</p>".encode()
            ctype = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *self.headers()]})
        await send({"type": "http.response.body", "body": body})
