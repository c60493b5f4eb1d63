"""Chinese for the review queue, the reader, the excerpt editor and the import dialog
(merged by scripts/translations.py)."""

ZH: dict[str, str] = {
    # the excerpt editor
    "Edit excerpt": "修改摘录",
    "New excerpt": "新建摘录",
    "Characters %1–%2": "第 %1–%2 字",
    "Where": "出处",
    "Text": "文字",
    "who said it (leave empty for a passage)": "讲话人（只是一段文字则留空）",
    "Speaker": "讲话人",
    "people named, separated by 、": "涉及的人物，用“、”分隔",
    "People": "人物",
    "Themes": "主题",
    "a note for yourself (optional)": "备注（可不填）",
    "Note": "备注",
    "type a theme and press Enter, or click the chips": "输入主题名后按回车，或直接点选下面的主题",
    "No theme is named “%1”.": "没有名为“%1”的主题。",
    "No one in the directory is named “%1”.": "人物名录中没有“%1”。",
    # the import dialog
    "2025-09-01, 2025/9/1 or 2025年9月1日 (optional)": "如 2025-09-01、2025/9/1 或 2025年9月1日（可不填）",
    "Calendar…": "日历…",
    # the reader
    "not in this article": "本文中没有",
    "match %1 of %2": "第 %1 处，共 %2 处",
    "Delete this excerpt?": "删除这条摘录？",
    "Find in this article (Enter: next, Esc: close)": "在本文中查找（回车：下一处，Esc：关闭）",
    "Find in article": "在本文中查找",
    "Close find": "关闭查找",
    "Edit excerpt…": "修改摘录…",
    "Delete excerpt…": "删除摘录…",
    # the review queue
    "Accept all shown…": "接受当前全部…",
    "Accepting": "正在接受",
    "Rejecting": "正在拒绝",
    "Reject all shown…": "拒绝当前全部…",
    "Accept all %n suggestion(s) shown?": "接受列出的全部 %n 条建议？",
    "Reject all %n suggestion(s) shown?": "拒绝列出的全部 %n 条建议？",
    "Accepted %n suggestion(s). Ctrl+Z undoes it.": "已接受 %n 条建议。按 Ctrl+Z 可撤销。",
    "Rejected %n suggestion(s). Ctrl+Z undoes it.": "已拒绝 %n 条建议。按 Ctrl+Z 可撤销。",
    "A accept · R reject · E edit speaker, themes and note · ↑↓ move · Ctrl+Z undo": (
        "A 接受 · R 拒绝 · E 修改讲话人、主题和备注 · ↑↓ 移动 · Ctrl+Z 撤销"
    ),
}
