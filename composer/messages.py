"""User-facing messages of the core, in Simplified Chinese (default) and English.

The core never imports Qt, so it cannot use Qt's translation system; the CLI and the
errors the core raises take their wording from this small catalogue instead. The UI
shows these texts as they are (they are already in the user's language).

The language is chosen once per process: ``BRIEFING_LANG`` (``zh`` or ``en``) wins,
then :func:`set_language` (the UI calls it with the user's setting); the default is
Chinese, whatever the system locale, because the users are Chinese offices.
"""

from __future__ import annotations

import os

_CATALOGUE: dict[str, dict[str, str]] = {
    # -- reading files -------------------------------------------------------------
    "file_missing": {"zh": "找不到文件：{path}", "en": "file not found: {path}"},
    "file_unreadable": {"zh": "无法读取文件（{reason}）", "en": "cannot read the file ({reason})"},
    "file_empty": {"zh": "文件为空", "en": "the file is empty"},
    "file_too_large": {
        "zh": "文件过大（{size_mb} MB，上限 {limit_mb} MB）",
        "en": "the file is too large ({size_mb} MB, limit {limit_mb} MB)",
    },
    "file_binary": {
        "zh": "不是文本文件（看起来是二进制数据）",
        "en": "not a text file (it looks like binary data)",
    },
    "encoding_unknown": {
        "zh": "无法识别文件编码（已尝试 UTF-8、UTF-16、GB18030）",
        "en": "cannot tell the file's encoding (tried UTF-8, UTF-16, GB18030)",
    },
    "unsupported_type": {
        "zh": "不支持的文件类型“{suffix}”（支持：{supported}）",
        "en": "unsupported file type '{suffix}' (supported: {supported})",
    },
    "docx_corrupt": {
        "zh": "Word 文件已损坏或不是 .docx 格式（{reason}）",
        "en": "the Word file is damaged or not a .docx ({reason})",
    },
    "docx_too_large": {
        "zh": "Word 文件解压后过大（可能是恶意压缩包）",
        "en": "the Word file expands to too much data (possibly a zip bomb)",
    },
    "pdf_corrupt": {
        "zh": "PDF 文件已损坏或不完整（{reason}）",
        "en": "the PDF is damaged or incomplete ({reason})",
    },
    "pdf_encrypted": {"zh": "PDF 文件已加密，无法读取", "en": "the PDF is encrypted"},
    "pdf_no_text": {
        "zh": "PDF 没有文字层（扫描件），需要先做 OCR 文字识别",
        "en": "the PDF has no text layer (a scan) — needs OCR",
    },
    "html_no_text": {
        "zh": "网页中没有找到正文",
        "en": "no main text found in the web page",
    },
    "doc_needs_libreoffice": {
        "zh": "旧版 Word (.doc) 需要 LibreOffice 转换，请安装 LibreOffice（soffice）后重试，或在 Word 中另存为 .docx",
        "en": "legacy Word (.doc) needs LibreOffice to convert it: install LibreOffice (soffice) "
        "or save the file as .docx in Word",
    },
    "doc_convert_failed": {
        "zh": "LibreOffice 转换 .doc 失败（{reason}）",
        "en": "LibreOffice could not convert the .doc ({reason})",
    },
    "html_failed": {"zh": "无法解析网页（{reason}）", "en": "cannot parse the web page ({reason})"},
    "paste_empty": {"zh": "粘贴的内容为空", "en": "the pasted text is empty"},
    "warn_controls_removed": {
        "zh": "已删除 {count} 个不可见的控制字符",
        "en": "removed {count} control characters",
    },
    "warn_bytes_replaced": {
        "zh": "有 {count} 处字节无法按 {encoding} 解码，已替换为“\ufffd”",
        "en": "{count} bytes could not be decoded as {encoding} and were replaced with '\ufffd'",
    },
    "warn_pdf_pages_no_text": {
        "zh": "第 {pages} 页没有文字层（可能是扫描页），已跳过",
        "en": "page(s) {pages} have no text layer (scanned?) and were skipped",
    },
    "warn_pdf_unmapped": {
        "zh": "有 {count} 个字符因 PDF 字体缺少编码表无法识别，已略去",
        "en": "{count} characters could not be decoded (the PDF font has no Unicode map) and were left out",
    },
    "no_text": {"zh": "文件中没有可导入的文字", "en": "the file contains no text to import"},
    "no_articles": {
        "zh": "文件中没有识别出文章",
        "en": "no articles were found in the file",
    },
    "import_crashed": {
        "zh": "导入时出现内部错误：{reason}",
        "en": "internal error while importing: {reason}",
    },
    # -- library -------------------------------------------------------------------
    "db_newer": {
        "zh": "资料库由更新版本的简报编排器创建（架构版本 {found}），本版本只支持到 {supported}",
        "en": "the library was made by a newer Briefing Composer (schema {found}); "
        "this version supports up to {supported}",
    },
    "db_not_library": {
        "zh": "{path} 不是简报编排器资料库（{reason}）",
        "en": "{path} is not a Briefing Composer library ({reason})",
    },
    "db_locked": {
        "zh": "资料库正被其他程序占用，请稍后重试",
        "en": "the library is busy in another program; try again shortly",
    },
    "article_missing": {"zh": "没有编号为 {id} 的文章", "en": "no article with id {id}"},
    "person_missing": {"zh": "没有编号为 {id} 的人物", "en": "no person with id {id}"},
    "person_name_empty": {"zh": "人物姓名不能为空", "en": "a person needs a name"},
    "person_role_unknown": {
        "zh": "未知的人物类别“{role}”（可用：official、deputy、cppcc_member、enterprise、reporter、other）",
        "en": "unknown role '{role}' (use official, deputy, cppcc_member, enterprise, reporter, other)",
    },
    "csv_row_invalid": {
        "zh": "CSV 第 {line} 行缺少姓名或类别不对",
        "en": "CSV line {line}: no name or an unknown role",
    },
    "query_empty": {
        "zh": "查询中没有可搜索的文字（标点、表情符号不参与搜索）",
        "en": "the query has nothing to search for (punctuation and emoji are not searched)",
    },
    "query_only_excluded": {
        "zh": "查询只有排除词（-词语），请至少给出一个要查找的词",
        "en": "the query only excludes words (-word); give at least one word to find",
    },
    "query_too_long": {
        "zh": "查询过长（最多 {limit} 个字符）",
        "en": "the query is too long (at most {limit} characters)",
    },
    "query_too_many_terms": {
        "zh": "查询词过多（最多 {limit} 个）",
        "en": "too many words in the query (at most {limit})",
    },
    "search_order_unknown": {
        "zh": "未知的排序方式“{order}”（可用：newest、relevance）",
        "en": "unknown order '{order}' (use newest or relevance)",
    },
    "theme_missing": {"zh": "没有名为“{name}”的主题", "en": "no theme named '{name}'"},
    "theme_exists": {"zh": "已有名为“{name}”的主题", "en": "there is a theme named '{name}' already"},
    "theme_cycle": {
        "zh": "不能把主题“{name}”移到它自己或它的下级主题之下",
        "en": "cannot move '{name}' under itself or one of its children",
    },
    "theme_name_empty": {"zh": "主题名称不能为空", "en": "a theme needs a name"},
    "theme_file_invalid": {"zh": "主题文件格式不对（{reason}）", "en": "the theme file is not valid ({reason})"},
    "excerpt_missing": {"zh": "没有编号为 {id} 的摘录", "en": "no excerpt with id {id}"},
    "span_invalid": {
        "zh": "摘录范围 {start}–{end} 不在文章正文内（正文共 {length} 字）",
        "en": "the span {start}-{end} is not inside the article text ({length} characters)",
    },
    "filter_invalid": {
        "zh": "筛选条件“{part}”无法识别（可用：person= theme= kind= origin= status= confidence>= article= 如 10-20）",
        "en": "cannot read the condition '{part}' (use person= theme= kind= origin= status= confidence>= "
        "article= e.g. 10-20)",
    },
    "nothing_selected": {
        "zh": "请给出摘录编号或筛选条件",
        "en": "give excerpt ids or a filter",
    },
    "bad_date": {
        "zh": "日期“{value}”格式不对，应为 YYYY-MM-DD",
        "en": "bad date '{value}': expected YYYY-MM-DD",
    },
}

_language = "zh"


def _initial_language() -> str:
    chosen = os.environ.get("BRIEFING_LANG", "").lower()
    return "en" if chosen.startswith("en") else "zh"


_language = _initial_language()


def set_language(language: str) -> None:
    """Switch the catalogue language for this process (``"zh"`` or ``"en"``)."""
    global _language
    _language = "en" if language.lower().startswith("en") else "zh"


def language() -> str:
    return _language


def text(code: str, **details: object) -> str:
    """The message for ``code`` in the current language, with ``details`` filled in."""
    entry = _CATALOGUE[code]
    return entry[_language].format(**details)


class BriefingError(Exception):
    """An error meant for the user: a stable ``code`` plus a translated message."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        super().__init__(text(code, **details))
