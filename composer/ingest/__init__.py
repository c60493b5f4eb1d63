"""Reading files and pages into articles: the first stage.

Owns: reading files of every kind into text (``readers``, ``pdf_reader``), cleaning a
page's printed lines into blocks (``cleanup``), splitting a page into articles with their
headlines (``pages``), bylines, dates and file-name hints (``bylines``), reprints
(``reprints``), the pure per-file work run in worker processes (``preparing``) and storing
a batch (``importer``).

May import: ``composer.common`` and ``db``.
"""
