"""Property-based fuzzing of the JSON API from its own OpenAPI document (schemathesis).

Every operation in ``/openapi.json`` gets generated requests, valid and
invalid (schemathesis' positive and negative generation modes, each as a
Hypothesis strategy with at most ``MAX_EXAMPLES`` examples), sent in-process over ASGI to an app on a temporary
store.  Each response must not be a 5xx, and must conform to the document:
a documented status code, a documented content type, a body matching the
documented schema.  Requests carry ``Host: 127.0.0.1:8000`` and a same-site
``Origin`` so the app's DNS-rebinding and CSRF checks let them through.

The number of requests per operation is printed (``pytest -s``) and written to
``benchmarks/results/api_fuzz.json``.  Run with ``pytest -m slow tests/test_api_fuzz.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402

from parallax.config import Options  # noqa: E402

pytestmark = pytest.mark.slow

BASE = "http://127.0.0.1:8000"
HEADERS = {"Origin": BASE}
RESULTS = Path(__file__).resolve().parents[1] / "benchmarks" / "results" / "api_fuzz.json"
MAX_EXAMPLES = 100
REQUESTS: Counter[str] = Counter()
STATUSES: dict[str, Counter[int]] = {}


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    from parallax.web.uploads import Limits
    from tests.test_web import make_app, records

    # small limits: generated bodies hit the 413 paths quickly instead of analysing megabytes
    app = make_app(tmp_path_factory.mktemp("fuzz"), options=Options(embedder="hashing"),
                   limits=Limits(max_files=3, max_file_bytes=20_000, max_request_bytes=200_000, max_text_chars=4_000, max_articles=5))
    from fastapi.testclient import TestClient

    with TestClient(app, base_url=BASE) as c:  # some stored stories and articles for the GETs to find
        assert c.post("/api/articles", json={"articles": records()}).status_code == 201
    return app


@pytest.fixture(scope="module")
def api_schema(fuzz_app):
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app, headers={"Host": "127.0.0.1:8000"})


OPERATIONS = [
    ("GET", "/api/stories"), ("GET", "/api/stories/{story_id}"), ("GET", "/api/articles/{article_id}"), ("POST", "/api/articles"),
    ("POST", "/api/files"),
]  # fmt: skip
MODES = ["positive", "negative"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_api_conforms_and_never_fails(api_schema, method, path, mode):
    from hypothesis import given
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    op_name = f"{method} {path}"
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
    def fuzz(case):
        response = case.call(base_url=BASE, headers=HEADERS)
        REQUESTS[op_name] += 1
        STATUSES.setdefault(op_name, Counter())[response.status_code] += 1
        case.validate_response(
            response,
            checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
                    response_headers_conformance],
            headers=HEADERS,
        )
        assert response.headers.get("content-security-policy"), op_name

    before = REQUESTS[op_name]
    try:
        fuzz()
    except Unsatisfiable:
        if REQUESTS[op_name] > before:
            raise
        pytest.skip(f"{op_name}: the document leaves no invalid input to generate in {mode} mode (e.g. any string is a valid id)")


def test_record_counts(api_schema):
    ops = sorted(f"{o.method.upper()} {o.path}" for o in (r.ok() for r in api_schema.get_all_operations()))
    assert ops == sorted(f"{m} {p}" for m, p in OPERATIONS), "an operation is not fuzzed: add it to OPERATIONS"
    if set(REQUESTS) != set(ops):
        pytest.skip("run the whole module to count")
    total = sum(REQUESTS.values())
    result = {
        "tool": f"schemathesis {schemathesis.__version__}",
        "max_examples": f"{MAX_EXAMPLES} per operation and generation mode ({', '.join(MODES)})",
        "checks": ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance",
                   "response_headers_conformance", "content-security-policy header"],
        "operations": {op: {"requests": REQUESTS[op], "statuses": {str(k): v for k, v in sorted(STATUSES[op].items())}} for op in ops},
        "total_requests": total,
        "failures": 0,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print(f"\n[api-fuzz] {total} requests over {len(ops)} operations: " + ", ".join(f"{op} {REQUESTS[op]}" for op in ops))
    assert all(REQUESTS[op] >= 10 for op in ops)


def test_success_paths_conform(api_schema, fuzz_app):
    """Generated ids never hit a stored story or article, and generated bodies
    are refused: the 200 and 201 answers are checked here with real ids and a
    valid article, through the same schemathesis checks."""
    from fastapi.testclient import TestClient
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance

    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    with TestClient(fuzz_app, base_url=BASE) as c:
        stories = c.get("/api/stories").json()["stories"]
    assert stories
    cases = [api_schema["/api/stories"]["GET"].Case(query={"q": "cable"})]
    for story in stories:
        cases.append(api_schema["/api/stories/{story_id}"]["GET"].Case(path_parameters={"story_id": story["id"]}))
        cases += [api_schema["/api/articles/{article_id}"]["GET"].Case(path_parameters={"article_id": a}) for a in story["articles"]]
    article = {"id": "fuzz-ok", "outlet": "Fuzz Post", "published": "2026-03-05T10:00:00+00:00", "language": "en",
               "title": "Ferry service resumes", "text": "The ferry service between the two islands resumed on Wednesday after repairs."}
    cases.append(api_schema["/api/articles"]["POST"].Case(body={"articles": [article]}, media_type="application/json"))
    seen = Counter()
    for case in cases:
        response = case.call(base_url=BASE, headers=HEADERS)
        seen[response.status_code] += 1
        case.validate_response(response, checks=checks, headers=HEADERS)
    assert seen[200] >= 1 + len(stories) and seen[201] == 1, seen
