"""The HTML pages: story list with search and charts, story report, article analysis, upload form.

Handlers that touch the store or run the analysis are plain ``def`` (FastAPI
runs them in its thread pool), so a long comparison never blocks the server.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from parallax.ingest.clean import without_controls
from parallax.report.formatting import fmt_published, fmt_value, safe_url, text_dir
from parallax.report.html import render_report
from parallax.report.spans import mark_spans, paragraph_spans
from parallax.web.app import page, state
from parallax.web.charts import charts
from parallax.web.service import Query as StoryQuery
from parallax.web.uploads import UploadError, load_uploads

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 100


def parse_day(value: str, name: str, errors: list[str]) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        errors.append(f"“{value[:40]}” is not a date (YYYY-MM-DD) for “{name}”; the filter was ignored.")
        return None


@router.get("/", response_class=HTMLResponse)
def story_list(
    request: Request,
    q: str = "",
    entity: str = "",
    outlet: str = "",
    byline: str = "",
    date_from: str = Query("", alias="from"),
    date_to: str = Query("", alias="to"),
    conflicts: bool = False,
    altered: bool = False,
    lang: list[str] = Query([]),
    page_no: int = Query(1, alias="page"),
):
    catalog = state(request).catalog
    errors: list[str] = []
    # the stored texts hold no control or bidi override character (ingest.clean), so a query holds none either: it
    # matches as typed, and a link's "?q=" cannot turn the search box's text around where the page echoes it
    q, entity, outlet, byline = (without_controls(v) for v in (q, entity, outlet, byline))
    query = StoryQuery(
        q=q.strip(),
        entity=entity.strip(),
        outlet=outlet.strip(),
        byline=byline.strip(),
        date_from=parse_day(date_from, "from", errors),
        date_to=parse_day(date_to, "to", errors),
        conflicts=conflicts,
        altered=altered,
        languages=[x for x in lang if x],
    )
    everything = catalog.stories()
    found = catalog.search(query)
    pages = max(1, -(-len(found) // PAGE_SIZE))
    # a page number out of range (a hand-edited "?page=0", a bookmark from when there were more stories) is the
    # nearest page, as the list's readers expect, not a bad request or an empty list
    page_no = min(max(page_no, 1), pages)
    shown = found[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
    form = {
            "q": q,
            "entity": entity,
            "outlet": outlet,
            "byline": byline,
            "from": date_from,
            "to": date_to,
            "conflicts": conflicts,
            "altered": altered,
            "lang": set(lang),
        }
    return page(
        "stories.html",
        form=form,
        prev_link=page_link(form, page_no - 1) if page_no > 1 else None,
        next_link=page_link(form, page_no + 1) if page_no < pages else None,
        languages=catalog.languages(),
        stories=shown,
        total=len(found),
        all_count=len(everything),
        page_no=page_no,
        pages=pages,
        charts=charts(everything),
        errors=errors,
        filtered=any([q, entity, outlet, byline, date_from, date_to, conflicts, altered, lang]),
    )


def page_link(form: dict, page_no: int) -> str:
    """The story list's address for page ``page_no`` with the same search: "Page 2 of 3" alone left a reader to edit
    the address to see more, and a pager link that dropped the filters listed every story on its next page.  Only the
    fields in use go in (the link stays short), each percent-encoded (a ``&`` or ``"`` in a query stays one value;
    the template escapes the attribute too)."""
    params: list[tuple[str, str]] = [(k, form[k]) for k in ("q", "entity", "outlet", "byline", "from", "to") if form[k]]
    params += [(k, "1") for k in ("conflicts", "altered") if form[k]]
    params += [("lang", x) for x in sorted(form["lang"]) if x]
    return "/?" + urlencode([*params, ("page", str(page_no))])


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    catalog = state(request).catalog
    story = catalog.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story with id “{story_id}”")
    comparison = catalog.comparison(story)
    links = {a["id"]: "/articles/" + quote(a["id"], safe="") for a in comparison.get("articles") or []}
    nav = [("/", "← All stories"), ("/add", "Add articles"), (f"/api/stories/{quote(story_id, safe='')}", "JSON")]
    return HTMLResponse(render_report(comparison, nav=nav, links=links))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    catalog = state(request).catalog
    article = catalog.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id “{article_id}”")
    return page(
        "article.html",
        a=article,
        url=safe_url(article.url),
        tree=overlay(article),
        published=fmt_published(article.published),
        direction=text_dir(article.language),
        stories=catalog.stories_of(article.id),
    )


def overlay(article) -> list:
    """The article text as nested spans: paragraphs, then quotes, speakers, entities, dates, numbers."""
    spans = paragraph_spans(article.text)
    for q in article.quotes:
        spans.append({"start": q.start, "end": q.end, "kind": "quote", "speaker": q.speaker, "qkind": q.kind})
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append({"start": q.speaker_start, "end": q.speaker_end, "kind": "speaker", "speaker": q.speaker})
    for e in article.entities:
        spans.append(
            {
                "start": e.start,
                "end": e.end,
                "kind": "ent",
                "label": e.label,
                "family": family(e.label),
                "canonical": e.canonical if e.canonical and e.canonical != e.text else "",
            }
        )
    for t in article.times:
        spans.append({"start": t.start, "end": t.end, "kind": "time", "value": t.value, "granularity": t.granularity})
    for n in article.quantities:
        spans.append({"start": n.start, "end": n.end, "kind": "num", "value": fmt_value(n.value, n.unit)})
    rank = {"p": 0, "quote": 1, "speaker": 2, "ent": 3, "time": 4, "num": 5}
    for s in spans:
        s["rank"] = rank[s["kind"]]
    return mark_spans(article.text, sorted(spans, key=lambda s: (s["start"], -s["end"], s["rank"])))


def family(label: str) -> str:
    if label in ("PERSON", "PER"):
        return "person"
    if label in ("ORG", "NORP"):
        return "org"
    if label in ("GPE", "LOC", "FAC"):
        return "place"
    return "other"


@router.get("/add", response_class=HTMLResponse)
def add_form(request: Request):
    return page("add.html", limits=state(request).limits, result=None, errors=[], form={})


@router.post("/add", response_class=HTMLResponse)
async def add_submit(request: Request):
    web = state(request)
    limits = web.limits
    form_values: dict[str, str] = {}
    try:
        try:
            form = await request.form(max_files=limits.max_files, max_fields=20)
        except Exception as err:  # starlette reports limits and malformed bodies this way
            raise UploadError(f"the form could not be read: {getattr(err, 'detail', err)}") from None
        files = []
        for item in form.getlist("files"):
            if isinstance(item, UploadFile) and item.filename:
                files.append((item.filename, await item.read(limits.max_file_bytes + 1)))
        form_values = {k: str(form.get(k) or "") for k in ("text", "title", "outlet", "url", "published", "language")}
        records = []
        if form_values["text"].strip():
            rec = {"text": form_values["text"]}
            rec.update({k: v.strip() for k, v in form_values.items() if k != "text" and v.strip()})
            records.append(rec)
        upload = await run_in_threadpool(load_uploads, files, records, web.catalog.options, limits, pasted=True)
        result = await run_in_threadpool(web.catalog.add, upload.articles)
    except UploadError as err:
        shown = [r["error"] for r in err.refused] or [str(err)]
        return page("add.html", err.status, limits=limits, result=None, errors=shown, form=form_values)
    stories = {s.id: s for s in web.catalog.stories()}
    return page(
        "add.html",
        limits=limits,
        errors=[r["error"] for r in upload.refused],  # the other inputs were added: each refused one is named
        form={},
        result={**result, "story_entries": [stories[i] for i in result["stories"] if i in stories]},
    )
