"""Chinese for first start, missing display or fonts, the installer (merged by scripts/translations.py)."""

ZH: dict[str, str] = {
    "The Chinese translation is missing (%1); the window shows English. Reinstall the app.": (
        "缺少中文界面翻译文件（%1），窗口将显示英文。请重新安装本软件。"
    ),
    "add the Chinese (Simplified) supplemental fonts: Settings → Apps → Optional features": (
        "添加“中文(简体)补充字体”：设置 → 应用 → 可选功能"
    ),
    "reinstall the system font PingFang SC": "重新安装系统字体“苹方”（PingFang SC）",
    "sudo apt-get install fonts-noto-cjk (or fonts-wqy-microhei)": (
        "sudo apt-get install fonts-noto-cjk（或 fonts-wqy-microhei）"
    ),
    "No Chinese font found: Chinese text will show as boxes. Install one: %1": (
        "未找到中文字体，中文会显示为方框。请安装：%1"
    ),
}
