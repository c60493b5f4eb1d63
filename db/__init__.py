"""Storage: the only package that runs SQL. See docs/architecture.md."""

from __future__ import annotations

from db.library import Library, open_library, schema_version
from db.location import default_library_path, resolve_library_path

__all__ = ["Library", "default_library_path", "open_library", "resolve_library_path", "schema_version"]
