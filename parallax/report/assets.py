"""The report's static files and its Content-Security-Policy.

The report and the web app inline the same CSS and JS; the policy pins those
inline bodies by their SHA-256 hashes, so an injected ``<script>`` or
``onerror`` would not run even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources

import jinja2


@cache
def environment() -> jinja2.Environment:
    """Jinja2 environment of the report templates; autoescape is on for every template."""
    from parallax.report.formatting import counted

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("parallax.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["counted"] = counted  # "1 report", "2 reports": a count in English grammar
    return env


@cache
def asset(name: str, package: str = "parallax.report") -> str:
    """A static CSS/JS file shipped beside the templates."""
    return resources.files(package).joinpath("templates", name).read_text("utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline ``<style>``/``<script>`` body."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def report_csp() -> str:
    """The report's policy: nothing may load; only our inline style and script run."""
    return (
        "default-src 'none'; "
        f"style-src {csp_hash(asset('report.css'))}; "
        f"script-src {csp_hash(asset('report.js'))}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
