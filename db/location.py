"""Where the library lives: ``--db PATH`` > ``$BRIEFING_DB`` > the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BriefingComposer"
LIBRARY_FILE = "library.sqlite"
ENV_VAR = "BRIEFING_DB"


def default_library_path() -> Path:
    """The platform's per-user data folder (``%APPDATA%``, ``~/.local/share``, …)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / LIBRARY_FILE


def resolve_library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return default_library_path()
