"""One page of a listing from whatever `?page=` holds, and the page numbers its links show.

Every listing treats a bad page number alike: anything but ASCII digits (letters, "-3", "2.5", "٣") is
page 1, a number past the end is the last page; the visitor always gets a page, never a 404.
"""

from django.core.paginator import Paginator

ON_EACH_SIDE = 2  # page numbers shown either side of the current one
ON_ENDS = 1  # and at either end


def page_number(raw, num_pages):
    """The page to show for the raw `?page=` value."""
    raw = (raw or "").strip()
    if not raw.isdigit() or not raw.isascii():
        return 1
    return min(max(int(raw), 1), num_pages)


def paginate(items, per_page, raw_number):
    """The Page of `items` for the raw `?page=` value (see page_number)."""
    paginator = Paginator(items, per_page)
    return paginator.page(page_number(raw_number, paginator.num_pages))


def page_numbers(page, on_each_side=ON_EACH_SIDE, on_ends=ON_ENDS):
    """Page numbers around the current one (Paginator.get_elided_page_range), None where left out."""
    paginator = page.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page.number, on_each_side=on_each_side, on_ends=on_ends)
    ]
