"""The local web app: ``create_app(store_path)`` builds the FastAPI application.

Pages (:mod:`parallax.web.pages`) and the JSON API (:mod:`parallax.web.api`)
share one :class:`WebState` (the catalog over the store, the upload limits
and the templates).  FastAPI's Swagger/ReDoc pages are switched off because
they load their scripts from a CDN; the OpenAPI document itself is served at
``/openapi.json``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from parallax import __version__
from parallax.config import Options
from parallax.report.assets import asset, csp_hash
from parallax.report.line_breaks import echoed, shown_breaks
from parallax.web.security import LOCAL_HOSTS, SecurityMiddleware, content_security_policy
from parallax.web.service import Catalog
from parallax.web.uploads import Limits


@dataclass
class WebState:
    catalog: Catalog
    limits: Limits


@cache
def templates() -> jinja2.Environment:
    """Templates of the app's own pages; autoescape on for all of them."""
    from urllib.parse import quote

    from parallax.report.formatting import counted

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("parallax.web", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["pathq"] = lambda s: quote(str(s), safe="")
    env.filters["counted"] = counted  # "1 fact", "2 facts": a count in English grammar
    env.filters["echo"] = echoed  # a form field's value as typed, line separators included (report/line_breaks.py)
    env.globals.update(version=__version__)
    return env


def app_css() -> Markup:
    return Markup(asset("app.css", "parallax.web"))  # our own static file


def page(name: str, status_code: int = 200, **context) -> HTMLResponse:
    html = shown_breaks(templates().get_template(name).render(css=app_css(), **context))  # (report/line_breaks.py)
    return HTMLResponse(html, status_code=status_code)


def state(request: Request) -> WebState:
    return request.app.state.web


def create_app(
    store_path: str | os.PathLike,
    *,
    options: Options | None = None,
    limits: Limits | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The app over the store at ``store_path`` (a SQLite file or a
    ``postgresql://`` URL; each request thread opens its own handle).

    ``allowed_hosts`` are the host names the app answers to (default: the
    loopback names); ``options`` are the analysis settings for uploads."""
    from parallax.store import StoreError, open_store

    location = str(store_path)
    open_store(location).close()  # create and migrate it now: a bad path fails at start, not on the first page
    catalog = Catalog(opener=lambda: open_store(location), options=options)
    limits = limits or Limits()
    app = FastAPI(
        title="Parallax",
        version=__version__,
        description="Compare news reports of one event fact by fact. Local JSON API behind the pages.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.web = WebState(catalog, limits)

    from parallax.web import api, api_files, pages

    app.include_router(api.router)
    app.include_router(api_files.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return page("error.html", exc.status_code, status=exc.status_code, message=str(exc.detail))

    @app.exception_handler(StoreError)
    async def store_busy(request: Request, exc: StoreError):
        # the store locked by another writer (a `parallax run`) past the wait, or unreachable: the server is fine and
        # the same request later may pass, which is 503, not a 500 that reads as a bug
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return page("error.html", 503, status=503, message=str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": jsonable(exc.errors())}, status_code=422)
        return page("error.html", 400, status=400, message="The request's parameters are not valid.")

    csp = content_security_policy(
        [csp_hash(asset("app.css", "parallax.web")), csp_hash(asset("report.css"))],
        [csp_hash(asset("report.js"))],
    )
    app.add_middleware(SecurityMiddleware, csp=csp, allowed_hosts=allowed_hosts or list(LOCAL_HOSTS), max_body=limits.max_request_bytes)
    return app


def jsonable(errors: list) -> list:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors)
