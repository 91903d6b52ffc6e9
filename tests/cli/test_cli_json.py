"""`--json` output (app/cli_json.py): the same JSON value json.dumps gives, laid out a line per entry at the
outer two levels so a person can read it and `grep` a pair or a row."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli_json import dumps

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner,
                                                                                              max_size=4),
                      max_leaves=25)


@settings(max_examples=50)  # (the fast lane keeps under a minute)
@given(VALUES)
def test_any_value_reads_back_unchanged(value: object) -> None:
    assert json.loads(dumps(value)) == value


def test_a_figure_is_one_pair_a_line() -> None:
    pairs = {"pairs": [{"a": "Trust", "b": "Zürich", "units": 3, "overlaps": 1}, {"a": "x", "b": "y", "units": 1}]}
    assert dumps(pairs).splitlines() == [
        "{",
        '  "pairs": [',
        '    {"a": "Trust", "b": "Zürich", "units": 3, "overlaps": 1},',  # unescaped, as before
        '    {"a": "x", "b": "y", "units": 1}',
        "  ]",
        "}",
    ]
    matrix = {"by": "Role", "columns": ["carer", "nurse"], "rows": {"Trust": {"carer": 2, "nurse": 0}}}
    assert dumps(matrix).splitlines() == [
        "{",
        '  "by": "Role",',
        '  "columns": ["carer", "nurse"],',
        '  "rows": {',
        '    "Trust": {"carer": 2, "nurse": 0}',
        "  }",
        "}",
    ]
    assert dumps({"pairs": []}) == '{\n  "pairs": []\n}'
