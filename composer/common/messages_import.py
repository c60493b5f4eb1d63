"""Texts of importing hostile and huge files and of plausible dates (data safety II),
registered into the one catalogue of ``composer/common/messages.py`` (same rules: a key,
``zh`` and ``en``, the same named placeholders in both).

They live in ``common`` because dates are checked there (``composer/common/dates.py``, used
by the command line and the app too); the import stage imports this module through its
readers, so the texts are registered before any of them can be raised.
"""

from __future__ import annotations

from composer.common.messages import register

IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    # -- dates ----------------------------------------------------------------------------------
    "date_out_of_range": {
        "zh": "日期“{value}”不在可接受的范围内：出版日期须在 {first} 年至 {last} 年之间",
        "en": "date '{value}' is out of range: a publication date lies between {first} and {last}",
    },
    # -- one file's time, memory and size -------------------------------------------------------
    "file_timed_out": {
        "zh": "读取和拆分这个文件超过了 {seconds} 秒，已停止（文件过大或结构异常）；其余文件照常导入",
        "en": "reading and splitting this file took more than {seconds} s and was stopped (the file is too large "
        "or built oddly); the other files are imported as usual",
    },
    "import_cancelled_in_file": {
        "zh": "导入已取消，这个文件没有读完",
        "en": "the import was cancelled while this file was being read",
    },
    "file_needs_too_much_memory": {
        "zh": "读取这个文件所需的内存超过了上限（{limit_mb} MB），已停止；其余文件照常导入",
        "en": "reading this file took more memory than allowed ({limit_mb} MB) and was stopped; the other files "
        "are imported as usual",
    },
    "file_out_of_memory": {
        "zh": "内存不足，无法读取这个文件；其余文件照常导入",
        "en": "there is not enough memory to read this file; the other files are imported as usual",
    },
    "worker_died": {
        "zh": "读取这个文件的进程意外退出（{reason}），文件未导入。常见原因是内存不足或解析程序崩溃；其余文件照常导入",
        "en": "the process reading this file ended unexpectedly ({reason}); the file was not imported. Running "
        "out of memory or a crashing parser are the usual causes; the other files are imported as usual",
    },
    "reason_killed_by_signal": {
        "zh": "被系统以信号 {signal} 终止，通常是内存不足",
        "en": "killed by the system with {signal}, usually for lack of memory",
    },
    "reason_exit_code": {"zh": "退出码 {code}", "en": "exit code {code}"},
    "docx_xml_too_large": {
        "zh": "Word 文件的内容（XML）过大：{size_mb} MB，上限 {limit_mb} MB；请拆分后分批导入",
        "en": "the Word file's content (XML) is too large: {size_mb} MB, limit {limit_mb} MB; split it and "
        "import the parts",
    },
    "pdf_too_many_pages": {
        "zh": "PDF 页数过多（{pages} 页，上限 {limit} 页）；请拆分后分批导入",
        "en": "the PDF has too many pages ({pages}, limit {limit}); split it and import the parts",
    },
    # -- the library's disk ---------------------------------------------------------------------
    "import_disk_full": {
        "zh": "磁盘已满，导入已停止（{reason}）。资料库 {path} 中保留此前导入完成的文件；"
        "请腾出磁盘空间后再导入一次，已导入的文件会作为重复跳过",
        "en": "the disk is full and the import stopped ({reason}). The library {path} keeps the files imported "
        "before; free some space and import again: the files already imported are skipped as duplicates",
    },
    "import_library_replaced": {
        "zh": "导入期间资料库 {path} 被恢复为备份（或被另一个文件替换），导入已停止。本批中此前导入的文件不在恢复后的"
        "资料库里；请重新导入这批文件（资料库中已有的会作为重复跳过）",
        "en": "the library {path} was restored from a backup (or replaced by another file) during the import, which "
        "stopped. The files of this batch imported before are not in the restored library; import the batch again "
        "(files the library already holds are skipped as duplicates)",
    },
}

register(IMPORT_MESSAGES)
