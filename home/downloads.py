"""Handing out stored files so that nothing a browser could run is shown from the site's origin.

Every download of a stored or uploaded file (certificates, exports, lesson documents) goes out
as an attachment, with ``nosniff`` and a policy that forbids the file any script, style, frame
or request of its own, whatever it contains.
"""

from __future__ import annotations

from typing import IO, Any, TypeVar

from django.http import FileResponse
from django.http.response import HttpResponseBase

INERT_POLICY = "default-src 'none'; sandbox"

Response = TypeVar("Response", bound=HttpResponseBase)


def make_inert(response: Response, filename: str | None = None) -> Response:
    """Mark ``response`` as a download that the browser saves and never renders or runs."""
    disposition = response.headers.get("Content-Disposition", "")
    if not disposition.startswith("attachment"):
        if filename is None and "filename" in disposition:
            response["Content-Disposition"] = "attachment;" + disposition.split(";", 1)[1]
        elif filename is not None:
            response["Content-Disposition"] = FileResponse(
                as_attachment=True, filename=filename
            ).headers["Content-Disposition"]
        else:
            response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = INERT_POLICY
    response.headers.setdefault("Cache-Control", "private")
    return response


def file_download(handle: IO[Any], filename: str, content_type: str) -> HttpResponseBase:
    """A stored file as an inert attachment named ``filename``."""
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    return make_inert(response)
