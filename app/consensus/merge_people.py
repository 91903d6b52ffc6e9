"""The people of an interview study in a merge: participants, attribute definitions, attribute values, a
document's participant and the speaker turns of transcripts (``merge_plan`` calls these; nothing is written).

- Participants and attributes are matched by id (reviewer copies keep every id), else by name (made separately
  in each file); a matched row's id is remapped, so their values, documents and turns point at ours.
- An attribute's choices are united: a value one file allowed stays allowed after the merge.
- Attribute values are one per participant and attribute: the same value on both sides is nothing new; two
  different values set separately in each file are a conflict (``changed_both``, ours kept until decided).
- A document's turns come with it. For a document both files hold, the turns are compared as a whole (span,
  label, participant, time): equal → nothing; different → one ``turns_differ`` conflict per document, whose
  ``theirs`` replaces this file's turns of that document when taken.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.consensus.merge_words import MERGED_INTO, PARTICIPANT_DIFFERS
from app.consensus.merge_words import TURNS_DIFFER as TURNS_DIFFER_DETAIL

if TYPE_CHECKING:
    from app.consensus.merge_plan import MergeConflict, MergePlan

TURNS_DIFFER = "turns_differ"
MERGED_THERE = "merged_there"
TURN_COLUMNS = ("start", "end", "speaker", "participant_id", "seconds")


def match_people(ours: dict[str, list[dict[str, Any]]], theirs: dict[str, list[dict[str, Any]]],
                 remap: dict[str, str]) -> None:
    """Their participants and attributes that are ours under another id (same name, any case) → ``remap``; a
    participant merged here into another (``merge_participants``) is that other one."""
    present = {r["id"] for r in ours["participant"]}
    for gone, kept in merged_participants(ours["auditevent"], present).items():
        if gone not in present:
            remap[gone] = kept
    for table in ("participant", "attribute"):
        mine = {r["id"] for r in ours[table]}
        by_name = {r["name"].casefold(): r["id"] for r in ours[table]}
        for r in theirs[table]:
            if r["id"] not in mine and r["name"].casefold() in by_name:
                remap[r["id"]] = by_name[r["name"].casefold()]


def merged_participants(events: list[dict[str, Any]], present: set[str]) -> dict[str, str]:
    """participant id → the participant (in ``present``) it was merged into, from ``merge_participants`` events
    (a chain of merges followed to its end)."""
    merged: dict[str, str] = {}
    for e in events:
        if e["action"] == "merge_participants":
            try:
                details = json.loads(e["details"] or "{}")
            except ValueError:
                continue
            if isinstance(details, dict) and isinstance(details.get("merged"), str) and details.get("kept"):
                merged[details["merged"]] = str(details["kept"])
    out = {}
    for gone in merged:
        kept, seen = merged[gone], {gone}
        while kept not in present and kept in merged and kept not in seen:  # merged again later
            seen.add(kept)
            kept = merged[kept]
        if kept in present:
            out[gone] = kept
    return out


def merged_there(ours: dict[str, list[dict[str, Any]]], their_events: list[dict[str, Any]], remap: dict[str, str],
                 decided_ours: set[str], plan: MergePlan) -> dict[str, str]:
    """Participants of ours that the other file merged into another one since the files parted: each is a
    ``merged_there`` conflict (instead of "deleted there"; taking theirs merges them here too). Returns
    our participant id → the one it became there (for comparing turns)."""
    from app.consensus.merge_plan import MergeConflict

    names = {r["id"]: r["name"] for r in ours["participant"]}
    names.update({r["id"]: r["name"] for r in plan.inserts["participant"]})
    merged = {}
    for gone, kept in merged_participants(their_events, set(remap) | set(names)).items():
        kept = remap.get(kept, kept)
        if gone not in names or kept not in names or gone == kept:
            continue
        plan.conflicts[:] = [c for c in plan.conflicts if not (c.kind == "deleted_there" and c.id == gone)]
        conflict = MergeConflict(MERGED_THERE, "participant", gone, {"id": gone, "name": names[gone]},
                                 {"id": gone, "name": names[gone], "kept": kept}, detail=MERGED_INTO,
                                 values={"name": names[kept]})
        if conflict.key not in decided_ours:
            plan.conflicts.append(conflict)
        merged[gone] = kept
    return merged


def value_key_clash(row: dict[str, Any], value_keys: dict[tuple[str, str], dict[str, Any]],
                    decided_ours: set[str], plan: MergePlan) -> bool:
    """An attribute value only there whose participant and attribute already have a value here (set separately
    in each file): True when it is settled here (equal, or listed as a conflict) and must not be inserted."""
    from app.consensus.merge_plan import MergeConflict

    mine = value_keys.get((row["participant_id"], row["attribute_id"]))
    if mine is None:
        return False
    if mine["value"] != row["value"]:
        conflict = MergeConflict("changed_both", "attributevalue", mine["id"],
                                 {"id": mine["id"], "value": mine["value"]}, {"id": mine["id"], "value": row["value"]})
        if conflict.key not in decided_ours:
            plan.conflicts.append(conflict)
    return True


def unite_choices(ours: dict[str, list[dict[str, Any]]], theirs: dict[str, list[dict[str, Any]]],
                  remap: dict[str, str], plan: MergePlan) -> None:
    """Every choice either file allows for the same one-of-a-list attribute, ours first (an update of
    ``choices``). An attribute matched by name whose type differs keeps ours, with a warning."""
    mine = {r["id"]: r for r in ours["attribute"]}
    for r in theirs["attribute"]:
        ours_row = mine.get(remap.get(r["id"], r["id"]))
        if ours_row is None:
            continue
        if ours_row["type"] != r["type"]:
            if r["id"] in remap:  # same id: a change of type is compared like any other change
                plan.warnings.append(f"attribute {ours_row['name']!r} is of type {ours_row['type']} here and "
                                     f"{r['type']} there; this file's type is kept")
                _drop_misfits(ours_row, plan)
            continue
        if ours_row["type"] != "choice":
            continue
        have, extra = _choices(ours_row["choices"]), _choices(r["choices"])
        united = have + [c for c in extra if c not in have]
        if united != have:
            plan.updates.append(("attribute", {"id": ours_row["id"],
                                               "choices": json.dumps(united, ensure_ascii=False)}))


def _drop_misfits(attribute: dict[str, Any], plan: MergePlan) -> None:
    """Their values of ``attribute`` that do not fit its type here are left out, with a warning."""
    from app.core.attributes import AttributeInfo, validate
    from app.core.errors import InvalidOperation

    info = AttributeInfo(attribute["id"], attribute["name"], attribute["type"], _choices(attribute["choices"]), 0)
    keep, dropped = [], 0
    for row in plan.inserts["attributevalue"]:
        if row["attribute_id"] == attribute["id"]:
            try:
                row["value"] = validate(info, row["value"])
            except InvalidOperation:
                dropped += 1
                continue
        keep.append(row)
    plan.inserts["attributevalue"] = keep
    if dropped:
        plan.warnings.append(f"{dropped} value(s) of {attribute['name']!r} do not fit its type here and were left "
                             f"out")


def _choices(raw: str | None) -> list[str]:
    try:
        values = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in values] if isinstance(values, list) else []


def turn_set(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted((tuple(r.get(c) for c in TURN_COLUMNS) for r in rows), key=lambda t: (t[0], t[1], str(t[2:])))


def plan_turns(ours: dict[str, list[dict[str, Any]]], theirs: dict[str, list[dict[str, Any]]],
               remap: dict[str, str], present_participants: set[str], decided_ours: set[str],
               plan: MergePlan, merged: dict[str, str] | None = None) -> None:
    """Turns of a document new here come with it; for a document both files hold, see the module docstring.
    ``merged``: our participants the other file merged into another one (compared as that one)."""
    from app.consensus.merge_plan import MergeConflict

    our_docs = {d["id"]: d for d in ours["document"]}
    new_docs = {d["id"] for d in plan.inserts["document"]}
    our_turns: dict[str, list[dict[str, Any]]] = {}
    for t in ours["turn"]:
        our_turns.setdefault(t["document_id"], []).append(t)
    their_turns: dict[str, list[dict[str, Any]]] = {}
    for t in theirs["turn"]:
        row = dict(t)
        row["document_id"] = remap.get(row["document_id"], row["document_id"])
        pid = remap.get(row["participant_id"] or "", row["participant_id"])
        row["participant_id"] = pid if pid in present_participants else None
        their_turns.setdefault(row["document_id"], []).append(row)
    our_ids = {t["id"] for t in ours["turn"]}
    for doc_id, rows in their_turns.items():
        if doc_id in new_docs:
            plan.inserts["turn"] += rows
            continue
        if doc_id not in our_docs:
            continue  # a document deleted here (or outside a sample copy): its turns stay out with it
        mine = our_turns.get(doc_id, [])
        as_there = [{**t, "participant_id": merged.get(t["participant_id"], t["participant_id"])} for t in mine] \
            if merged else mine
        if turn_set(as_there) == turn_set(rows):
            continue
        if not mine:
            plan.inserts["turn"] += [r for r in rows if r["id"] not in our_ids]
            continue
        name = our_docs[doc_id].get("name", "")
        conflict = MergeConflict(TURNS_DIFFER, "turn", doc_id, {"id": doc_id, "name": name, "turns": len(mine)},
                                 {"id": doc_id, "name": name, "turns": len(rows)},
                                 rows=[("turn", r) for r in rows])
        if conflict.key not in decided_ours:
            plan.conflicts.append(conflict)


def label_conflicts(ours: dict[str, list[dict[str, Any]]], theirs: dict[str, list[dict[str, Any]]],
                    conflicts: list[MergeConflict]) -> None:
    """Names instead of ids in the conflicts about people (what the user reads in the list)."""
    people = {r["id"]: r["name"] for r in (*theirs["participant"], *ours["participant"])}
    attrs = {r["id"]: r["name"] for r in (*theirs["attribute"], *ours["attribute"])}
    values = {r["id"]: r for r in ours["attributevalue"]}
    for c in conflicts:
        if c.table == "attributevalue" and c.id in values:
            v = values[c.id]
            c.label = f"{people.get(v['participant_id'], '?')} · {attrs.get(v['attribute_id'], '?')}"
        elif c.table == "document" and c.kind == "changed_both" and c.ours and c.theirs:
            here = people.get(c.ours.get("participant_id") or "")
            there = people.get(c.theirs.get("participant_id") or "")
            c.detail, c.values = PARTICIPANT_DIFFERS, {"here": here, "there": there}  # None: "no participant"
            c.label = next((d["name"] for d in ours["document"] if d["id"] == c.id), "")
        elif c.kind == TURNS_DIFFER and c.ours and c.theirs:
            c.detail, c.values = TURNS_DIFFER_DETAIL, {"here": c.ours["turns"], "there": c.theirs["turns"]}
