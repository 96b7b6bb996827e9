"""The query string of a link built in Python: a facet option's toggle, a filter's removal.

Templates build their links with Django's {% querystring %}; this is for the few URLs that must be
made in Python, and keeps that tag's rules: the other parameters stay, in their order. A change of
filters always goes back to the first page, so `page` is dropped.
"""


def query_string(querydict, set=None, remove=(), toggle=None):  # noqa: A002 - reads well at call sites
    """'?…' for `querydict` with `remove`d keys gone, `set` {key: value} replacing a key's values (None
    or "" removes it) and `toggle` (key, value) added or, when present, taken away; "?" when empty."""
    query = querydict.copy()
    for key in ("page", *remove):
        query.pop(key, None)
    for key, value in (set or {}).items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    if toggle:
        key, value = toggle
        values = query.getlist(key)
        query.setlist(key, [v for v in values if v != value] if value in values else [*values, value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"
