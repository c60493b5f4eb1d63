"""``python -m composer.cli``: the same as the ``briefing`` command."""

from __future__ import annotations

from composer.cli.main import entry

entry()
