"""Texts of exports, user templates, theme files and what the terminal prints (data
safety II), registered into the one catalogue of ``composer/common/messages.py`` (same
rules: a key, ``zh`` and ``en``, the same named placeholders in both).

They live in ``common`` because three stages use them: ``briefings`` (exports and
templates), ``tagging`` (theme files) and ``cli``. Each of them imports this module, so
the texts are registered before any of them can be raised or printed.
"""

from __future__ import annotations

from composer.common.messages import register

EXPORT_MESSAGES: dict[str, dict[str, str]] = {
    # -- where an export may be written --------------------------------------------------------
    "output_is_library": {
        "zh": "不能导出到 {path}：这是{what}，导出会把它覆盖",
        "en": "cannot export to {path}: it is {what} and would be overwritten",
    },
    "output_in_backups": {
        "zh": "不能导出到 {path}：backups 文件夹只存放资料库的备份，请导出到别处",
        "en": "cannot export to {path}: the backups folder holds the library's backups only; export elsewhere",
    },
    "output_is_database": {
        "zh": "不会覆盖 {path}：它是资料库（SQLite 数据库）文件",
        "en": "will not overwrite {path}: it is a library (SQLite database) file",
    },
    "output_is_folder": {"zh": "{path} 是文件夹，请给出文件名", "en": "{path} is a folder; give a file name"},
    "output_folder_read_only": {
        "zh": "无法在 {path} 中创建文件：文件夹只读或没有写入权限",
        "en": "cannot create a file in {path}: the folder is read-only or not writable",
    },
    "output_name_too_long": {
        "zh": "文件名太长（{size} 字节，上限 {limit} 字节）：{path}",
        "en": "the file name is too long ({size} bytes, limit {limit}): {path}",
    },
    "what_library": {"zh": "资料库本身", "en": "the library itself"},
    "what_library_side_file": {"zh": "资料库的日志文件", "en": "one of the library's log files"},
    "what_search_index": {"zh": "资料库的全文检索索引", "en": "the library's search index"},
    # -- user templates: what a .docx may hold ---------------------------------------------
    "template_doctype": {
        "zh": "模板的 {part} 含有 DOCTYPE 声明（可用来读取本机文件或耗尽内存），不能使用",
        "en": "the template's {part} has a DOCTYPE declaration (it could read local files or exhaust memory); "
        "it cannot be used",
    },
    "template_external_link": {
        "zh": "模板含有指向外部的链接（{where}：{target}）。Word 打开文档时会访问该地址，可能泄露本机的登录信息；"
        "请在 Word 中删除此链接（图片请“插入”，不要“链接到文件”）后再试",
        "en": "the template links to something outside it ({where}: {target}); Word would reach for it when the "
        "document opens, which can leak the user's Windows credentials. Remove the link in Word (insert pictures, "
        "do not link them) and try again",
    },
    "reason_template_unpacked_too_large": {
        "zh": "解压后大于 {limit_mb} MB 或多于 {parts} 个部件",
        "en": "larger than {limit_mb} MB unpacked or more than {parts} parts",
    },
    "reason_template_xml_invalid": {
        "zh": "{part} 不是格式正确的 XML：{detail}",
        "en": "{part} is not well-formed XML: {detail}",
    },
    # -- user templates: the sandbox's bounds -----------------------------------------------
    "template_limit": {
        "zh": "模板超出了允许的范围：{reason}",
        "en": "the template goes beyond what is allowed: {reason}",
    },
    "template_failed": {
        "zh": "模板无法生成文档（{reason}）",
        "en": "the template cannot produce a document ({reason})",
    },
    "reason_template_include": {
        "zh": "不能引用其他模板（include、import、extends）",
        "en": "it may not use other templates (include, import, extends)",
    },
    "reason_template_range": {"zh": "range() 最多 {limit} 个数", "en": "range() gives at most {limit} numbers"},
    "reason_template_iterations": {
        "zh": "循环和调用合计超过 {limit} 次",
        "en": "its loops and calls ran more than {limit} times",
    },
    "reason_template_output": {
        "zh": "生成的内容超过 {limit} 个字符",
        "en": "its output passes {limit} characters",
    },
    "reason_template_value": {
        "zh": "生成的文字或列表超过 {limit} 个字符或元素",
        "en": "a text or list it makes passes {limit} characters or items",
    },
    "reason_template_number": {
        "zh": "数字超过 {limit} 位二进制",
        "en": "a number passes {limit} bits",
    },
    "reason_template_width": {
        "zh": "格式宽度或精度超过 {limit}（或用了 *）",
        "en": "a format width or precision passes {limit} (or uses *)",
    },
    "reason_template_depth": {
        "zh": "宏或递归循环嵌套超过 {limit} 层",
        "en": "macros or recursive loops nest more than {limit} deep",
    },
    "reason_template_time": {"zh": "生成超过 {seconds} 秒", "en": "rendering took more than {seconds} s"},
    "reason_template_memory": {"zh": "所需内存过多", "en": "it needs too much memory"},
    "reason_template_sum": {"zh": "sum 只能把数字相加", "en": "sum adds numbers only"},
    # -- theme files ----------------------------------------------------------------------
    "reason_yaml_alias": {
        "zh": "不支持指向列表或映射的 YAML 别名（& 和 *）",
        "en": "YAML aliases (& and *) of lists or mappings are not supported",
    },
    "reason_themes_too_deep": {
        "zh": "嵌套超过 {limit} 层",
        "en": "it nests more than {limit} levels deep",
    },
    "reason_csv_unreadable": {
        "zh": "CSV 第 {line} 行无法解析：{detail}",
        "en": "CSV line {line} cannot be read: {detail}",
    },
    # -- what an export prints, and what it could not place -------------------------------------
    "export_field_unplaced": {
        "zh": "模板《{template}》中没有{field}的位置，导出的文件不含此项",
        "en": "the template '{template}' has no place for {field}: the exported file leaves it out",
    },
    "field_subtitle": {"zh": "副标题（--subtitle）", "en": "the subtitle (--subtitle)"},
    "field_masthead": {"zh": "报头名称（--masthead）", "en": "the masthead (--masthead)"},
    "field_editor_note": {"zh": "按语（--editor-note）", "en": "the editor's note (--editor-note)"},
    "field_send_to": {"zh": "报送单位（--send-to）", "en": "the 报 recipients (--send-to)"},
    "field_copy_to": {"zh": "抄送单位（--copy-to）", "en": "the 送 recipients (--copy-to)"},
    "field_printed_by": {"zh": "印发单位（--printed-by）", "en": "the 印发 line (--printed-by)"},
    "field_classification": {"zh": "密级或“内部资料”标注（--classification）",
                             "en": "the classification mark (--classification)"},
    "field_copies": {"zh": "印数（--copies）", "en": "the print run (--copies)"},
    "field_issue_no": {"zh": "期号（--issue）", "en": "the issue number (--issue)"},
    "export_toc_unnumbered": {
        "zh": "目录未填页码（{reason}）；Word 打开文件时会更新目录",
        "en": "the 目录 has no page numbers ({reason}); Word fills them in when it opens the file",
    },
    "reason_libreoffice_missing": {
        "zh": "未安装 LibreOffice，无法排版计算页码",
        "en": "LibreOffice is not installed to lay the pages out",
    },
    "reason_toc_headings_not_found": {
        "zh": "{count} 个标题在排版结果中未找到",
        "en": "{count} headings were not found in the laid-out pages",
    },
    "export_colophon_alone": {
        "zh": "报尾单独排在最后一页（第 {page} 页）：请删减正文，或在 Word 中调整后再印发",
        "en": "the 报尾 stands alone on the last page (page {page}): shorten the text, or adjust it in Word",
    },
    "issue_taken": {
        "zh": "{series}第{issue}期已是简报 {id}《{title}》的期号，请另选期号（--issue）",
        "en": "issue {issue} of {series} is already briefing {id} '{title}'; choose another number (--issue)",
    },
    "issue_not_positive": {"zh": "期号和印数须为正整数：{value}", "en": "issue numbers and print runs are "
                           "whole numbers from 1: {value}"},
    # -- the command line -------------------------------------------------------------------
    "cli_exported_issue": {
        "zh": "已导出：{path}（{series}第{issue}期）",
        "en": "exported: {path} ({series}, no. {issue})",
    },
    "cli_issue_provisional": {
        "zh": "期号在导出时确定；此时导出将编为第{issue}期",
        "en": "the issue number is fixed when it is exported; exported now, it would be no. {issue}",
    },
    "help_compose_issue": {
        "zh": "指定期号（否则在首次导出时按系列顺延编号）",
        "en": "the issue number (else the first export numbers it, next in its series)",
    },
    "help_compose_copies": {"zh": "印数：报尾印“（共印X份）”", "en": "the print run: the 报尾 prints （共印X份）"},
    "help_export_series": {"zh": "期号所属系列（默认：报头名称；讲话摘编按领导）",
                           "en": "the series the number counts in (default: the masthead; 讲话摘编: by leader)"},
    "help_no_layout": {
        "zh": "不用 LibreOffice 排版：目录不填页码，不检查报尾位置（更快）",
        "en": "do not lay the pages out with LibreOffice: no 目录 page numbers, no check of the 报尾 (faster)",
    },
    "cli_not_a_number": {"zh": "“{value}”不是整数", "en": "'{value}' is not a whole number"},
    "cli_number_too_large": {
        "zh": "{value} 超出范围（绝对值最大 {limit}）",
        "en": "{value} is out of range (at most {limit} either way)",
    },
}

register(EXPORT_MESSAGES)
