"""Foundations every stage stands on — and the only part of the core that ``db/`` may import.

Owns: Chinese characters and text folding (``text``), words and jieba's dictionary
(``lexicon``), user-facing messages in Chinese and English (``messages``, with the texts
of exports, imports and drafting in ``messages_*``), writing a file the user chose
(``files``), running LibreOffice offline and bounded (``libreoffice``), dates typed by
people (``dates``), the families of data a write changed, which the app's pages follow
(``changes``), the parsed-article record the library stores (``article``) and CPU work
in worker processes (``workers``).

May import: nothing else of the project (the standard library and third-party packages only).
"""
