"""The ``briefing`` command line: one module per family of sub-commands, all on top of the
core. ``main`` is the console entry point; it imports the desktop app (``ui``) lazily,
only when no sub-command is given, so the core and the commands never load Qt.

Importing the package registers the command line's texts (``messages_cli``) in the core's
message catalogue, so every command module can print them.

May import: every stage of the core and ``db`` (and ``ui.app``, lazily, in ``main`` only).
"""

from composer.cli import messages_cli as _messages_cli  # noqa: F401 - registers the CLI's texts
