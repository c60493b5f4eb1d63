"""The demo pages of the fictional district paper 《云湖时报》 (see README.md here): data
only, shipped with the package, imported by 文件 → 加载示例版面 and ``briefing demo``."""

from __future__ import annotations

from pathlib import Path


def demo_folder() -> Path:
    """The folder holding the demo pages (plain .txt files, one page each)."""
    return Path(__file__).resolve().parent
