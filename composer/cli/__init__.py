"""The ``briefing`` command line: one module per family of sub-commands, all on top of the
core. ``main`` is the console entry point; it imports the desktop app (``ui``) lazily,
only when no sub-command is given, so the core and the commands never load Qt.

May import: every stage of the core and ``db`` (and ``ui.app``, lazily, in ``main`` only).
"""
