"""``POST /api/files``: the JSON API's file upload (multipart ``files``).

The records endpoint (``/api/articles``) takes JSON articles; a feed, a WARC
or an HTML page is a file, so it comes here and goes through the same
:func:`load_uploads` as the upload form: the same formats as the command line
(the ingest reader registry), the same size, gzip-bomb and hostile-XML checks,
and errors as ``{"detail": ...}`` naming the file and the reason.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from parallax.web.api import UPLOAD_STATUSES, AddResult, UploadErrorOut, errors
from parallax.web.app import state
from parallax.web.uploads import UploadError, load_uploads

router = APIRouter(prefix="/api", tags=["parallax"])


@router.post(
    "/files",
    response_model=AddResult,
    status_code=201,
    description=UPLOAD_STATUSES,
    responses=errors(
        UploadErrorOut, _400="unreadable file", _403="cross-origin request", _413="over a size or count limit", _415="unsupported file type"
    ),
    # the form is read by hand (to apply the upload limits while reading), so its body is documented here: clients
    # and the API fuzzer see the multipart field the endpoint reads
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                        "required": ["files"],
                    }
                }
            },
        }
    },
)
async def add_files(request: Request):
    """Add the articles of uploaded files (text, HTML, JSONL, RSS/Atom, WARC; gzipped or not); each file is read
    alone, so a bad one is refused with its reason and the others are added."""
    web = state(request)
    limits = web.limits
    try:
        try:
            form = await request.form(max_files=limits.max_files, max_fields=5)
        except Exception as err:  # starlette reports limits and malformed bodies this way
            raise UploadError(f"the form could not be read: {getattr(err, 'detail', err)}") from None
        files = [
            (item.filename, await item.read(limits.max_file_bytes + 1))
            for item in form.getlist("files")
            if isinstance(item, UploadFile) and item.filename
        ]
        if not files:
            raise UploadError("nothing to add: send files in the multipart field 'files'")
        upload = await run_in_threadpool(load_uploads, files, [], web.catalog.options, limits)
    except UploadError as err:
        return JSONResponse({"detail": str(err), "refused": err.refused}, status_code=err.status)
    result = await run_in_threadpool(web.catalog.add, upload.articles)
    return JSONResponse({**result, "refused": upload.refused}, status_code=201)
