"""Full-text search: the clerk's query language (``query``) and searching articles and
excerpts with filters and snippets (``searcher``).

May import: ``composer.common`` and ``db``.
"""
