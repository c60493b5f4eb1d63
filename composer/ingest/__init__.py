"""Reading files and pages into articles: the first stage.

Owns: reading files of every kind into text (``readers``; ``pdf_reader`` with
``pdf_columns`` and ``pdf_layout`` for e-paper pages; ``doc_reader``, ``html_reader``,
``pasted``), one file's limits and time budget (``limits``), cleaning a page's printed lines
into blocks (``cleanup``), page or single article (``layout``, ``single``, ``webpage``),
splitting a page into articles with their headlines (``pages``), bylines, dates and file-
name hints (``bylines``), reprints (``reprints``), the pure per-file work run in worker
processes (``preparing``) and storing a batch (``importer``).

May import: ``composer.common`` and ``db``.
"""

from composer.common import messages_import as _messages_import  # noqa: F401 - registers the import texts
