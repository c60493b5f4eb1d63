"""Briefings and their .docx export: the last stage before paper.

Owns: drafting and editing a briefing's outline (``drafts``; theme ``sections``, ``items``,
what an item prints: ``item_text``, ``news_items``; who speaks and how high: ``speakers``;
generated ``titles``), 期号 fixed at export (``issue_numbers``), source lines
(``citations``), the 目录, 报尾 and file properties of an export (``toc``, ``colophon``,
``properties``, with page facts from LibreOffice: ``render_pages``), the shipped and user
templates (``templates``), rendering in a bounded sandbox (``sandbox``), what a template
and an export may hold (``docx_safety``), atomic writing (``export``), the HTML preview
(``preview``) and the overview of who said how much on which theme (``overview``).

May import: every stage below it (``common``, ``ingest``, ``people``, ``tagging``,
``search``) and ``db``.
"""

from composer.common import messages_exports as _messages_exports  # noqa: F401 - registers the export texts
