"""Briefings and their .docx export: the last stage before paper.

Owns: drafting and editing a briefing's outline (``drafts``), source lines
(``citations``), the shipped and user templates (``templates``), sandboxed rendering and
atomic writing (``export``), the HTML preview (``preview``) and the overview of who said
how much on which theme (``overview``).

May import: every stage below it (``common``, ``ingest``, ``people``, ``tagging``,
``search``) and ``db``.
"""
