"""Wagtail's document serve view, without the Content-Encoding header it guesses from the file name.

wagtail.utils.sendfile sets Content-Encoding to mimetypes.guess_type's encoding: None for nearly every file,
which goes out as the literal header `Content-Encoding: None`, and "gzip" for a `.gz` file, which would make the
browser unpack the download. A material is sent exactly as it is stored, so no Content-Encoding is correct.
"""

from wagtail.documents.views.serve import serve


def serve_document(request, document_id, document_filename):
    response = serve(request, document_id, document_filename)
    if "Content-Encoding" in response:
        del response["Content-Encoding"]
    return response
