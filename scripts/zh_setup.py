"""Chinese for first start, missing display or fonts, the installer (merged by scripts/translations.py)."""

ZH: dict[str, str] = {}
