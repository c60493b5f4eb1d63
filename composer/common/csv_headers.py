"""CSV files for people in Excel or WPS: headers in Chinese when written, read in either
language (a file exported before, or typed by hand with English headers, still imports)."""

from __future__ import annotations

from collections.abc import Mapping


def written(fields: tuple[str, ...], labels: Mapping[str, str]) -> list[str]:
    """The header row: each field's Chinese label."""
    return [labels[field] for field in fields]


def read(row: Mapping[str | None, object], labels: Mapping[str, str]) -> dict[str, str]:
    """A row read with either header, keyed by the fields' own names; cells trimmed of the
    spaces a hand-made header carries (``姓名 ,类别``)."""
    by_label = {label: field for field, label in labels.items()}
    found: dict[str, str] = {}
    for key, value in row.items():
        if key is None or not isinstance(value, str):
            continue  # cells beyond the header's columns
        name = key.strip().lstrip("\ufeff")
        found[by_label.get(name, name.lower())] = value
    return found
