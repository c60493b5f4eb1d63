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
    # -- the command line -------------------------------------------------------------------
    "cli_not_a_number": {"zh": "“{value}”不是整数", "en": "'{value}' is not a whole number"},
    "cli_number_too_large": {
        "zh": "{value} 超出范围（绝对值最大 {limit}）",
        "en": "{value} is out of range (at most {limit} either way)",
    },
}

register(EXPORT_MESSAGES)
