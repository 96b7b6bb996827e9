"""Problems found in an import file, each tied to a record and a field so editors can find and fix it."""

from dataclasses import asdict, dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Problem:
    message: str
    record_index: int | None = None
    record_id: str = ""
    field: str = ""  # JSON path inside the record, e.g. "materials[0].file"

    @property
    def path(self):
        """JSON path from the top of the file, e.g. "methods[3].knowledge_profile.research"."""
        if self.record_index is None:
            return self.field
        record = f"methods[{self.record_index}]"
        if not self.field:
            return record
        return f"{record}{self.field}" if self.field.startswith("[") else f"{record}.{self.field}"

    def where(self):
        if self.record_index is None:
            return self.field or _("the file")
        record = (
            _("record '%(id)s' (no. %(number)s)") % {"id": self.record_id, "number": self.record_index + 1}
            if self.record_id
            else _("record no. %(number)s") % {"number": self.record_index + 1}
        )
        return f"{record}, {self.field}" if self.field else record

    def __str__(self):
        return f"{self.where()}: {self.message}"

    def as_dict(self):
        return {**asdict(self), "path": self.path}


class ImportRejected(Exception):
    """The file cannot be imported; nothing was written. Carries every problem found."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
