"""The JSON API behind the pages (documented at ``/openapi.json``).

Same catalog, same limits and same ingest path as the pages: a record posted
here is read by the JSONL reader exactly like a line of a ``.jsonl`` file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from parallax.web.app import state
from parallax.web.service import Query as StoryQuery
from parallax.web.uploads import UploadError, load_uploads

router = APIRouter(prefix="/api", tags=["parallax"])


class StorySummary(BaseModel):
    id: str
    title: str
    articles: list[str]
    outlets: list[str]
    languages: list[str]
    first_published: str | None
    last_published: str | None
    compared: bool = Field(description="whether a current comparison is stored (facet counts below are 0 otherwise)")
    facts: int
    conflicts: int
    altered_quotes: int
    misattributed: int
    bylines: list[str] = Field([], description="who wrote the story's reports, as their sources name them")


class StoryList(BaseModel):
    total: int
    stories: list[StorySummary]


class StoryDetail(BaseModel):
    story: StorySummary
    comparison: dict[str, Any] = Field(description="schema parallax.comparison/3")


class ArticleIn(BaseModel):
    """One article, as a line of a JSONL input: ``text`` or ``html`` is required."""

    id: str | None = Field(None, max_length=300)
    outlet: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=64, description="ISO 8601 date or date-time")
    language: str | None = Field(None, max_length=16)
    byline: str | list[str] | None = Field(None, description='who wrote it: "Jane Doe and John Roe" or a list of names')
    text: str | None = None
    html: str | None = None


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)


class ErrorOut(BaseModel):
    detail: str = Field(description="what was wrong, for people")


class Refused(BaseModel):
    """One input of an upload that was not added, and why."""

    input: str = Field(description='the file\'s name as sent, or "record N (id ...)" for a record of POST /api/articles')
    error: str = Field(description="what was wrong, for people (names the input, and a JSONL line or WARC record by position)")
    status: int = Field(description="the HTTP status this input alone would get: 400 unreadable, 413 over a limit, 415 unsupported type")


class UploadErrorOut(ErrorOut):
    refused: list[Refused] = Field([], description="every input refused, when none could be read")


def errors(model: type[BaseModel] = ErrorOut, **described: str) -> dict[int, dict[str, Any]]:
    """OpenAPI ``responses`` for error statuses answered with ``{"detail": "..."}``."""
    return {int(code.lstrip("_")): {"model": model, "description": text} for code, text in described.items()}


UPLOAD_STATUSES = (
    "201 when at least one input was read (its articles are stored; each refused input is listed in `refused`); "
    "when none could be read, nothing is stored and the status is the first refused input's (400, 413 or 415), "
    "with every refusal in `refused`; a request wrong as a whole (too many files or articles, nothing sent) is "
    "refused with 400 or 413 and an empty `refused`."
)


class AddResult(BaseModel):
    added: list[str] = Field(description="ids of the articles stored (a taken id gets a ~N suffix)")
    duplicates: list[str] = Field(description="ids skipped because the same text is already stored")
    corrected: list[str] = Field([], description="of those, ids whose stored headline, time or byline this request corrected")
    stories: list[str] = Field(description="stories the new articles belong to")
    refused: list[Refused] = Field([], description="inputs not added, each with its reason; the others were added")


@router.get("/stories", response_model=StoryList)
def list_stories(
    request: Request,
    q: str = Query("", description="words that must all occur in the title, outlets, bylines or texts"),
    entity: str = Query("", description="part of an entity name"),
    outlet: str = Query("", description="part of an outlet name"),
    byline: str = Query("", description="part of a writer's name (the reports' bylines)"),
    date_from: date | None = Query(None, alias="from"),
    date_to: date | None = Query(None, alias="to"),
    conflicts: bool = Query(False, description="only stories with conflicting facts"),
    altered: bool = Query(False, description="only stories with altered or misattributed quotations"),
    lang: list[str] = Query([], description="languages (any of them)"),
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
):
    query = StoryQuery(
        q=q.strip(),
        entity=entity.strip(),
        outlet=outlet.strip(),
        byline=byline.strip(),
        date_from=date_from,
        date_to=date_to,
        conflicts=conflicts,
        altered=altered,
        languages=lang,
    )
    found = state(request).catalog.search(query)
    return {"total": len(found), "stories": [s.public() for s in found[offset : offset + limit]]}


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=errors(_404="no story with this id"))
def get_story(request: Request, story_id: str):
    catalog = state(request).catalog
    story = catalog.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return {"story": story.public(), "comparison": catalog.comparison(story)}


@router.get("/articles/{article_id:path}", response_model=dict[str, Any], responses=errors(_404="no article with this id"))
def get_article(request: Request, article_id: str):
    article = state(request).catalog.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return article.to_dict()


@router.post(
    "/articles",
    response_model=AddResult,
    status_code=201,
    description=UPLOAD_STATUSES,
    responses=errors(
        UploadErrorOut,
        _400="unreadable input",
        _403="cross-origin request",
        _411="no Content-Length on a chunked body",
        _413="over a size or count limit",
    ),
)
def add_articles(request: Request, body: ArticlesIn):
    """Add articles given as JSON records; each record is read alone, so a bad one is refused and the others are added."""
    web = state(request)
    if len(body.articles) > web.limits.max_articles:
        raise HTTPException(413, f"too many articles: the limit is {web.limits.max_articles} per request")
    records = [a.model_dump(exclude_none=True) for a in body.articles]
    try:
        upload = load_uploads([], records, web.catalog.options, web.limits)
    except UploadError as err:
        return JSONResponse({"detail": str(err), "refused": err.refused}, status_code=err.status)
    return {**web.catalog.add(upload.articles), "refused": upload.refused}
