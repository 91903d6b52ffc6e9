"""What a REFI-QDA import remembers: which GUID of an exchanged file became which row of the study.

A second import of the same .qdpx (or of a file another tool wrote from it) recognises every source,
selection, coding, code, note, user, case and variable it brought in before, and adds nothing twice.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class RefiLink(SQLModel, table=True):
    """One GUID of an imported file (lower case, no braces) and the row it became."""

    __table_args__ = (Index("ux_refilink_kind_guid", "kind", "guid", unique=True),)
    id: str = Field(primary_key=True)  # f"{kind}:{guid}", so a re-import can upsert it
    kind: str  # source | selection | coding | code | note | user | case | variable
    guid: str
    target_table: str  # the Lectio table of the row: document, meaningunit, coding, code, …
    target_id: str
