"""Themes, batch tagging, review, learning and undo.

Owns: the theme tree (``themes``), themes of a text (``classify``), what review teaches
(``learning``), the batch that tags articles with people, statements and themes
(``batch``), and accepting, rejecting, editing and undoing (``review``).

May import: ``composer.common``, ``composer.ingest``, ``composer.people`` and ``db``.
"""
