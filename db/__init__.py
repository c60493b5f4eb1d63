"""Storage: the only package that runs SQL. See docs/architecture.md.

The names below are imported lazily, so that ``db.search_text`` (used by import worker
processes) does not pull in SQLite and sqlite-utils.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, for type checkers (which do not run __getattr__)
    from db.library import Library as Library
    from db.library import open_library as open_library
    from db.library import schema_version as schema_version
    from db.location import default_library_path as default_library_path
    from db.location import resolve_library_path as resolve_library_path

_EXPORTS = {
    "Library": "db.library",
    "open_library": "db.library",
    "schema_version": "db.library",
    "default_library_path": "db.location",
    "resolve_library_path": "db.location",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'db' has no attribute {name!r}")
