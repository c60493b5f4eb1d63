"""Keeping the library safe: backups, restoring one, checking a library's consistency.

Owns: where backups go and which files may replace a library (``backup``), what counts
as a problem in a library and how to say it (``check``).

May import: ``composer.common`` and ``db``.
"""
