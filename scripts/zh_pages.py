"""Chinese for the other pages: review, library and reader, people, overview, main window,
dialogs (merged by scripts/translations.py)."""

ZH: dict[str, str] = {}
