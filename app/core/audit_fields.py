"""Which fields each action's audit event may keep in its details: an allow-list per action name.

The audit trail is what a methods section cites and what a blind copy keeps, so an event keeps ids, counts
and states, never text a reviewer wrote (memos, notes, condensed meanings, names of rules); the summary
sentence says the rest. A key not listed for its action is dropped when the event is written (and when a
blind copy scrubs the trail); an action without an entry keeps no details at all.
``tests/core/test_audit_fields.py`` finds every action name an ``operation(...)`` uses in the source and fails
when one has no entry here, so a new action must decide what its sentence may carry.
"""

from __future__ import annotations

import json
from typing import Any

ROWS = frozenset({"created", "deleted", "restored", "table", "id"})  # the generic row operations: tables and ids

AUDIT_ALLOWED: dict[str, frozenset[str]] = {
    # documents and their text
    "import": frozenset({"document", "chars", "kind"}),
    "rename": ROWS,
    "delete": ROWS,
    "correct_text": frozenset({"document", "documents", "edits", "updated"}),
    "review_units": frozenset({"updated"}),
    "progress": frozenset({"document", "pass", "status"}),
    # meaning units, notes, memos (their text never enters the trail)
    "create": ROWS,
    "update": ROWS,
    "adjust_unit": ROWS,
    "condense": ROWS,
    "edit_note": ROWS,
    "memo": ROWS,
    "append": ROWS,
    "restore": ROWS,
    # the codebook
    "code": ROWS,
    "uncode": ROWS,
    "create_code": ROWS,
    "edit_code": ROWS,
    "edit_category": ROWS,
    "edit_theme": ROWS,
    "move": frozenset({"ids", "table", "to"}),
    "merge_codes": frozenset({"codings", "merged", "survivor"}),
    "arrange": frozenset({"edits"}),
    "make_pile": frozenset({"category", "codes"}),
    "autocode": ROWS | {"codings", "units"},  # not the rule: a reviewer's own search text
    "codebook_snapshot": frozenset({"codes"}),
    "change_reason": frozenset({"id", "kind"}),
    # participants and attributes
    "assign_document": ROWS,
    "rename_participant": ROWS,
    "set_role": ROWS,
    "setting": ROWS,
    "set_attribute": ROWS,
    "import_attributes": ROWS,
    "map_speaker": ROWS,
    "merge_participants": frozenset({"merged", "kept"}),  # ids: a merge of files maps "merged" to "kept"
    "pseudonymise": frozenset({"documents"}),
    # a document deleted for good (withdrawn consent): counts only, never its name or id
    "purge": frozenset({"units", "notes", "codings", "participants", "history_rows", "steps_removed"}),
    # saved analysis queries
    "save_query": ROWS,
    "delete_query": ROWS,
    # consensus, copies, merge, exchange
    "consensus_decision": frozenset({"created", "decisions"}),
    "consensus_agreements": frozenset({"created", "decisions"}),
    "icr_plan": frozenset({"documents"}),
    "reviewer_copy": frozenset({"documents", "removed", "consensus_reviewers"}),
    "merge": frozenset({"added", "conflicts", "file", "updated"}),
    "merge_resolve": ROWS | {"conflict", "item", "take"},
    "import_refi": frozenset({"counts", "warnings"}),
    "sync": frozenset({"rows", "conflicts", "kept", "taken"}),
    # several actions of the window as one step (app/ui/app_state.py): what its parts may carry
    "macro": ROWS | {"ids", "to", "category", "codes", "codings", "merged", "survivor", "edits"},
    # the history itself
    "undo": frozenset({"target"}),
    "redo": frozenset({"target"}),
}


def allowed_fields(action: str) -> frozenset[str]:
    return AUDIT_ALLOWED.get(action, frozenset())


def audit_details(details: dict[str, Any], action: str) -> str:
    """The details of one audit event as stored: only the fields ``action`` may carry, as JSON."""
    keep = allowed_fields(action)
    return json.dumps({k: v for k, v in details.items() if k in keep}, ensure_ascii=False, default=str)
