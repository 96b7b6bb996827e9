"""A picture of a PDF's first page, so that an educator sees what a file is before downloading it."""

from io import BytesIO

import pypdfium2 as pdfium

# Width in pixels: shown at up to 180 CSS pixels, so it stays sharp on high-density screens.
PREVIEW_WIDTH = 360
# A cap for very tall pages (posters, scrolls) so that a preview never grows into a huge image.
PREVIEW_MAX_HEIGHT = 720


class PreviewError(Exception):
    """No preview can be made; reason is a materials.sandbox.PreviewProblem value, for the admin."""

    def __init__(self, message, reason="unreadable"):
        super().__init__(message)
        self.reason = reason


def render_first_page(fileobj):
    """JPEG bytes and (width, height) of the first page of the PDF in fileobj (bytes or a seekable binary file).

    Runs PDFium in this process with no limits: call it only inside the sandbox (materials.sandbox_render),
    never on an uploaded file in the worker or a request. The sandbox is one single-threaded process per
    file, so PDFium (not thread-safe) needs no lock.

    Raises PreviewError for a PDF that cannot be rendered (broken, encrypted, empty or absurd).
    """
    try:
        pdf = pdfium.PdfDocument(fileobj)
    except pdfium.PdfiumError as error:
        raise PreviewError(f"PDFium cannot open the file: {error}") from error
    try:
        if len(pdf) == 0:
            raise PreviewError("The PDF has no pages.")
        page = pdf[0]
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            raise PreviewError("The first page has no size.")
        scale = min(PREVIEW_WIDTH / width, PREVIEW_MAX_HEIGHT / height)
        bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil().convert("RGB")
    except pdfium.PdfiumError as error:
        raise PreviewError(f"PDFium cannot render the first page: {error}") from error
    finally:
        pdf.close()
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue(), image.size
