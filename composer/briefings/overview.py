"""Numbers a leader's office wants: how many statements each person made on each theme,
and over time (per week or month) — with the excerpt ids behind every number, so a
chart can click through to them — and the same as CSV or XLSX."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from composer.common.files import write_atomically
from db import overview as store
from db.library import Library


@dataclass
class Table:
    """Counts with their excerpts: rows (people) × columns (themes or periods)."""

    row_label: str
    column_label: str
    rows: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (row, column) -> excerpt ids

    def count(self, row: str, column: str) -> int:
        return len(self.cells.get((row, column), []))

    def total(self, row: str) -> int:
        """Distinct statements of the row (one on two themes counts once here)."""
        return len({i for column in self.columns for i in self.cells.get((row, column), [])})

    def as_rows(self) -> list[list[object]]:
        header: list[object] = [f"{self.row_label}＼{self.column_label}", *self.columns, "合计"]
        body = [[row, *(self.count(row, c) for c in self.columns), self.total(row)] for row in self.rows]
        return [header, *body]


def statements_by_theme(library: Library, *, status: str | None = "accepted", people_limit: int = 20) -> Table:
    """Statements per person per theme (a statement counts for each of its themes)."""
    table = Table("讲话人", "主题")
    for excerpt_id, person, theme, _published in store.statement_rows(library, status):
        table.cells.setdefault((person, theme or "未分主题"), []).append(excerpt_id)
    return _ordered(table, people_limit)


def statements_over_time(library: Library, *, period: str = "month", status: str | None = "accepted",
                         people_limit: int = 20) -> Table:
    """Statements per person per month (``period="month"``) or ISO week (``"week"``)."""
    table = Table("讲话人", "月份" if period == "month" else "周")
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for excerpt_id, person, _theme, published in store.statement_rows(library, status):
        if published:
            seen[(person, _period(published, period))].add(excerpt_id)
    table.cells = {key: sorted(ids) for key, ids in seen.items()}
    _ordered(table, people_limit)
    table.columns.sort()
    return table


def _period(published: str, period: str) -> str:
    if period == "month":
        return published[:7]
    year, week, _ = date.fromisoformat(published[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _ordered(table: Table, people_limit: int) -> Table:
    totals: dict[str, set[int]] = defaultdict(set)
    columns: dict[str, int] = defaultdict(int)
    for (row, column), ids in table.cells.items():
        totals[row].update(ids)
        columns[column] += len(ids)
    table.rows = sorted(totals, key=lambda row: (-len(totals[row]), row))[:people_limit]
    table.columns = sorted(columns, key=lambda column: (-columns[column], column))
    return table


def export_csv(table: Table, path: Path) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table.as_rows())
    write_atomically(path, buffer.getvalue().encode("utf-8-sig"))  # with BOM: Excel opens it as UTF-8


def export_xlsx(table: Table, path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.worksheets[0]  # the one a new workbook opens with (its active sheet)
    sheet.title = "统计"
    for row in table.as_rows():
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())
