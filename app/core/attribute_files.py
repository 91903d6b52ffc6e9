"""Read and write the participants' attribute table as CSV or XLSX (openpyxl). No project here: rows in, rows out."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.core.errors import LectioError

MAX_ROWS = 100_000


class TableFileError(LectioError):
    pass


def read_table(path: Path) -> list[list[Any]]:
    """Rows of a .csv (UTF-8 with or without BOM, else Windows-1252; comma, semicolon or tab) or .xlsx (first
    sheet; dates come as dates, numbers as numbers)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if suffix == ".xlsx":
        return _read_xlsx(path, data)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path, data)
    raise TableFileError(f"{path}: attributes are read from .csv or .xlsx files, not '{suffix or path.name}'")


def _read_csv(path: Path, data: bytes) -> list[list[Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise TableFileError(f"{path}: not a CSV text file")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        raise TableFileError(f"{path}: the table is empty")
    return rows[:MAX_ROWS + 1]


def _read_xlsx(path: Path, data: bytes) -> list[list[Any]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableFileError(f"{path}: not a readable Excel workbook (.xlsx)") from exc
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            if any(c is not None and str(c).strip() for c in row):
                rows.append(list(row))
            if len(rows) > MAX_ROWS:
                break
    finally:
        book.close()
    if not rows:
        raise TableFileError(f"{path}: the first sheet is empty")
    while rows[0] and rows[0][-1] is None:  # trailing empty header cells
        rows[0].pop()
    return rows


def write_table(path: Path, rows: list[list[Any]]) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise TableFileError(f"{path}: attributes are written to .csv or .xlsx files")
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows(rows)
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "Participants"
            for row in rows:
                sheet.append(row)
            book.save(path)
    except OSError as exc:
        raise TableFileError(f"{path}: cannot be written ({exc.strerror or exc})") from exc
