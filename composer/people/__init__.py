"""Who is named and who said what: people and statements.

Owns: personal names (``names``), where an article introduces a person (``discovery``),
the directory of people with aliases and dated titles (``directory``), every mention of a
known person (``mentions``) and statements — speaker, verb and span (``statements``).

May import: ``composer.common`` and ``db``.
"""
