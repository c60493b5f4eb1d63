"""Chinese for the 编排 page: outline, candidates, preview (merged by scripts/translations.py)."""

ZH: dict[str, str] = {}
