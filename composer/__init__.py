"""Briefing Composer's core: plain Python, no Qt. One subpackage per stage of the work,
lowest first; a stage imports only the stages below it (tests/test_architecture.py):

    common     text, words, messages, dates, worker processes (db/ may import this only)
    safety     backups, restore, checks
    ingest     files → pages → articles
    people     names, the directory, mentions, statements (who said what)
    tagging    themes, batch tagging, review, learning, undo
    search     the query language, searching
    briefings  drafting briefings, templates, .docx export, the overview
    cli        the ``briefing`` command (imports the app lazily)

``composer.demo`` holds the demo pages (data only). All SQL lives in ``db/``.
"""
