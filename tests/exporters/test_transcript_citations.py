"""Quotes and units from a transcript cite their time ([00:12:41]) the way PDF quotes cite their page."""

from __future__ import annotations

import csv
from pathlib import Path

from app.core.autocode import Rule, apply
from app.core.importing import import_files
from app.core.project import create_project
from app.exporters import export_analysis_table, export_codebook
from tests.exporters.helpers import all_text

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How were the nights?</v>

00:12:41.000 --> 00:12:49.000
<v Ben Okafor>The night shifts were long and lonely.</v>
"""


def test_codebook_quotes_and_analysis_table_rows_cite_the_time(tmp_path: Path) -> None:
    with create_project(tmp_path / "s.lectio", reviewer="Rita") as project:
        source = tmp_path / "ben.vtt"
        source.write_text(VTT, encoding="utf-8")
        assert import_files(project, [source])[0].ok
        apply(project, Rule(speaker="Ben Okafor"), "Night work")
        book = export_codebook(project, tmp_path / "codebook.docx")
        table = export_analysis_table(project, tmp_path / "table.csv")
    assert "“The night shifts were long and lonely.” (ben, [00:12:41])" in all_text(book)
    with table.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][:2] == ["ben", "[00:12:41]"]
