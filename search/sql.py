"""A filter on a long list of ids that stays one SQL parameter (no 'too many SQL variables' on SQLite)."""

import json

from django.db.models import BooleanField, Func


class IdIn(Func):
    """`expression IN ids` as one parameter: `= ANY(array)` on PostgreSQL, json_each() on SQLite."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, expression, ids):
        super().__init__(expression)
        self.ids = [int(pk) for pk in ids]

    def as_sql(self, compiler, connection, **extra_context):
        lhs, params = compiler.compile(self.source_expressions[0])
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*params, self.ids]
        if connection.vendor == "sqlite":
            return f"{lhs} IN (SELECT value FROM json_each(%s))", [*params, json.dumps(self.ids)]
        if not self.ids:
            return "1 = 0", params
        return f"{lhs} IN ({', '.join(['%s'] * len(self.ids))})", [*params, *self.ids]
