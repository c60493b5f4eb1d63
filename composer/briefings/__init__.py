"""Briefings and their .docx export: the last stage before paper.

Owns: drafting and editing a briefing's outline (``drafts``), source lines
(``citations``), the shipped and user templates (``templates``), rendering in a bounded
sandbox (``sandbox``), what a template and an export may hold (``docx_safety``), atomic
writing (``export``), the HTML preview (``preview``) and the overview of who said how
much on which theme (``overview``).

May import: every stage below it (``common``, ``ingest``, ``people``, ``tagging``,
``search``) and ``db``.
"""

from composer.common import messages_exports as _messages_exports  # noqa: F401 - registers the export texts
