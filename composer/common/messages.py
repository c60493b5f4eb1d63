"""User-facing text of the core and the command line, in Simplified Chinese (default) and English.

One mechanism: every text is a key of one catalogue (key → ``{"zh": …, "en": …}``) with
named ``{placeholders}``, rendered **when it is shown**, in the language active then.
A :class:`Message` is such a text not rendered yet (key and parameters), and a
:class:`BriefingError` is an error carrying one: both render lazily, so an error raised in
a worker thread or process, or kept in a report, reads in the language of whoever shows
it, not of the moment it was made. Parameters that are themselves messages or errors
render in the same language. :func:`text` renders a key at once (for printing).

The core never imports Qt, so it cannot use Qt's translations (the app's own .ts files);
the UI shows these texts as the core renders them. This module holds the core's texts;
the command line registers its own with :func:`register` (``composer/cli/messages_cli.py``).

The language is per process: it starts as ``BRIEFING_LANG`` (``zh`` or ``en``), else
Chinese whatever the system locale, because the users are Chinese offices;
:func:`set_language` changes it (the app calls it with the user's setting). Worker
processes keep the language they started with, which is why their errors travel as
codes and parameters, not as text.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from types import MappingProxyType

LANGUAGES = ("zh", "en")

_CATALOGUE: dict[str, dict[str, str]] = {}


def register(entries: Mapping[str, Mapping[str, str]]) -> None:
    """Add texts to the catalogue (each module's texts once, at import). A key may be
    registered only once, so two areas cannot silently overwrite each other's wording."""
    taken = sorted(set(entries) & set(_CATALOGUE))
    if taken:
        raise ValueError(f"message keys registered twice: {', '.join(taken)}")
    _CATALOGUE.update({key: dict(entry) for key, entry in entries.items()})


def catalogue() -> Mapping[str, Mapping[str, str]]:
    """Every registered text, read-only (for checks such as tests/test_messages.py)."""
    return MappingProxyType(_CATALOGUE)


def placeholders(template: str) -> set[tuple[str, str]]:
    """The ``(name, format spec)`` pairs of a template, e.g. ``{("ms", ".0f")}``."""
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name is not None}


# -- the language ----------------------------------------------------------------------


def _normalise(language: str) -> str:
    return "en" if language.lower().startswith("en") else "zh"


_language = _normalise(os.environ.get("BRIEFING_LANG", "") or "zh")


def set_language(language: str) -> None:
    """Switch this process's language (``"zh"`` or ``"en"``; ``"en_US"``, ``"zh_CN"`` do too)."""
    global _language
    _language = _normalise(language)


def language() -> str:
    """The language texts are rendered in now: ``"zh"`` or ``"en"``."""
    return _language


# -- messages and errors ---------------------------------------------------------------


def _render(key: str, params: Mapping[str, object], lang: str | None) -> str:
    chosen = _normalise(lang) if lang else _language
    values = {name: _rendered(value, chosen) for name, value in params.items()}
    return _CATALOGUE[key][chosen].format(**values)


def _rendered(value: object, lang: str) -> object:
    """A parameter that is a message or an error as text in ``lang``; any other value
    unchanged, so that format specs such as ``{ms:.0f}`` still apply to numbers."""
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, BriefingError):
        return value.message(lang)
    return value


def _known(key: str) -> str:
    """Fail where a text is made, not later where it is shown, when its key is unknown."""
    if key not in _CATALOGUE:
        raise KeyError(f"no message with the key {key!r}")
    return key


class Message:
    """A user-facing text not rendered yet: a catalogue key and its parameters.

    ``str(message)`` renders it in the current language; it pickles as key and
    parameters, so it can cross to another process and be rendered there."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = _known(key)
        self.params = params

    def render(self, lang: str | None = None) -> str:
        return _render(self.key, self.params, lang)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({_arguments(self.key, self.params)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash(self.key)

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (Message, self.key, self.params)


def text(key: str, /, **params: object) -> str:
    """The text for ``key`` rendered now, in the current language (for printing)."""
    return _render(_known(key), params, None)


class BriefingError(Exception):
    """An error meant for the user: a stable ``code`` (a catalogue key) and its ``params``.

    The text is rendered when it is shown (``str(error)``, :meth:`message`), in the
    language active then. Pickling keeps code and parameters, so an error raised in a
    worker process reads in the language of the process that shows it."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = _known(code)
        self.params = params
        super().__init__(code)

    @property
    def details(self) -> dict[str, object]:
        """The parameters under their older name."""
        return self.params

    def message(self, lang: str | None = None) -> str:
        """The error's text in ``lang`` (default: the current language)."""
        return _render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_arguments(self.code, self.params)})"

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), self.code, self.params)


def _arguments(key: str, params: Mapping[str, object]) -> str:
    return ", ".join([repr(key), *(f"{name}={value!r}" for name, value in params.items())])


def _rebuild(kind: type, key: str, params: dict[str, object]) -> object:
    """Unpickling: make the message or error again from its key and parameters."""
    return kind(key, **params)


# -- the core's texts ------------------------------------------------------------------
# Grouped by area. Keys of errors are their codes (stable: scripts and the library's
# import_files.error_code keep them). Wording with placeholders: the same names in both.

CORE_MESSAGES: dict[str, dict[str, str]] = {
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
    "encoding_mixed_line": {
        "zh": "文件混用了 UTF-8 和 GB18030 编码，第 {line} 行两种编码都无法解读，未导入（请在编辑器中统一编码后重试）",
        "en": "the file mixes UTF-8 and GB18030, and line {line} reads as neither; not imported "
        "(save the file in one encoding and try again)",
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
    "pdf_undecodable": {
        "zh": "PDF 的文字层无法解码（字体没有可用的字符映射，常见于部分方正排版的报纸 PDF），未导入；"
        "请向来源索取可复制文字的 PDF 或纯文本",
        "en": "the PDF's text layer cannot be decoded (its fonts have no usable character mapping, as in some "
        "Founder-typeset newspaper PDFs); not imported — ask the source for a PDF whose text can be copied, "
        "or plain text",
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
    "warn_mixed_encodings": {
        "zh": "文件混用了两种编码，已逐行解码：{utf8} 行 UTF-8，{gb18030} 行 GB18030",
        "en": "the file mixes two encodings and was decoded line by line: {utf8} lines UTF-8, {gb18030} lines GB18030",
    },
    "warn_pdf_pages_no_text": {
        "zh": "第 {pages} 页没有文字层（可能是扫描页），已跳过",
        "en": "page(s) {pages} have no text layer (scanned?) and were skipped",
    },
    "warn_pdf_pages_undecodable": {
        "zh": "第 {pages} 页的文字层无法解码（字体没有可用的字符映射），已跳过",
        "en": "page(s) {pages} have a text layer that cannot be decoded (no usable character mapping) and were skipped",
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
    "group_by_unknown": {
        "zh": "未知的分组方式“{value}”（可用：theme、person、date）",
        "en": "unknown grouping '{value}' (use theme, person or date)",
    },
    "status_unknown": {
        "zh": "未知的状态“{value}”（可用：accepted、suggested、any）",
        "en": "unknown status '{value}' (use accepted, suggested or any)",
    },
    "citation_unknown": {
        "zh": "未知的出处格式“{value}”（可用：press 报刊、speech 讲话场合）",
        "en": "unknown citation style '{value}' (use press or speech)",
    },
    "draft_empty": {
        "zh": "没有符合条件的摘录（默认只用已接受的摘录；可用 --status any 包括待审核的）",
        "en": "no excerpts match (only accepted ones by default; --status any includes suggestions)",
    },
    "briefing_missing": {"zh": "没有编号为 {id} 的简报", "en": "no briefing with id {id}"},
    "template_missing": {
        "zh": "没有名为“{name}”的模板（现有：{names}）",
        "en": "no template named '{name}' (there are: {names})",
    },
    "template_name_taken": {
        "zh": "“{name}”是随程序提供的模板名，请换一个名称",
        "en": "'{name}' is a shipped template's name",
    },
    "template_kind_unknown": {
        "zh": "未知的模板类别“{kind}”（可用：speech 讲话摘编、bulletin 简报、dossier 专题汇编）",
        "en": "unknown template kind '{kind}' (use speech, bulletin or dossier)",
    },
    "template_not_docx": {
        "zh": "模板不是可用的 Word 文档（{reason}）",
        "en": "the template is not a usable .docx ({reason})",
    },
    "template_placeholder_unknown": {
        "zh": "模板中的占位符“{name}”无法识别（可用的占位符见 templates/README.md）",
        "en": "the template's placeholder '{name}' is unknown (see templates/README.md)",
    },
    "template_unsafe": {
        "zh": "模板试图执行不允许的操作（{reason}）",
        "en": "the template tried something unsafe ({reason})",
    },
    "template_syntax": {"zh": "模板中的标记写法有误：{reason}", "en": "the template's tags are malformed: {reason}"},
    "output_folder_missing": {"zh": "输出文件夹不存在：{path}", "en": "the output folder does not exist: {path}"},
    "output_locked": {
        "zh": "无法写入 {path}：文件可能正在 Word 等程序中打开。请关闭后重试，原文件未改动",
        "en": "cannot write {path}: it may be open in Word or another program; close it and try again "
        "(the file is unchanged)",
    },
    "output_unwritable": {"zh": "无法写入 {path}（{reason}）", "en": "cannot write {path} ({reason})"},
    "search_index_missing": {
        "zh": "只读资料库没有全文检索索引（{path}），请在可写的位置打开一次以建立索引",
        "en": "the read-only library has no search index ({path}); open it once where it can be written",
    },
    "person_unknown": {"zh": "人物名录中没有“{name}”", "en": "no one named '{name}' in the directory"},
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
    "title_empty": {"zh": "职务不能为空", "en": "a title needs a name"},
    "title_dates_reversed": {
        "zh": "职务的截止日期 {to} 早于起始日期 {start}",
        "en": "a title cannot end ({to}) before it starts ({start})",
    },
    "bad_date": {
        "zh": "日期“{value}”无法识别，请写成 2025-09-01、2025/9/1 或 2025年9月1日",
        "en": "bad date '{value}': write it as 2025-09-01, 2025/9/1 or 2025年9月1日",
    },
    # -- data safety: read-only libraries, backups, restore, check -----------------------
    "db_read_only": {
        "zh": "资料库为只读，只能查看，不能修改（{path}）",
        "en": "the library is read-only: you can view it but not change it ({path})",
    },
    "db_backup_failed": {
        "zh": "升级资料库前无法先备份（{reason}），资料库未升级、未改动",
        "en": "could not back up the library before upgrading it ({reason}); it was not upgraded or changed",
    },
    "backup_failed": {"zh": "无法写入备份 {path}（{reason}）", "en": "cannot write the backup {path} ({reason})"},
    "backup_same_file": {
        "zh": "不能把备份写到资料库文件本身（{path}）",
        "en": "a backup cannot be written over the library itself ({path})",
    },
    "restore_reason_no_migrations": {"zh": "没有本程序的迁移记录表", "en": "it has no migrations table of this app"},
    "restore_reason_empty": {"zh": "迁移记录中没有本程序的架构", "en": "its migrations are not this app's"},
    "restore_not_found": {"zh": "找不到要恢复的文件：{path}", "en": "the file to restore was not found: {path}"},
    "restore_same_file": {
        "zh": "{path} 就是当前资料库本身，无需恢复",
        "en": "{path} is the library itself; there is nothing to restore",
    },
    "restore_not_sqlite": {
        "zh": "{path} 不是资料库文件（不是 SQLite 数据库，或文件不完整），当前资料库未改动",
        "en": "{path} is not a library file (not an SQLite database, or incomplete); the library is unchanged",
    },
    "restore_damaged": {
        "zh": "{path} 已损坏，完整性检查未通过（{detail}），当前资料库未改动",
        "en": "{path} is damaged: the integrity check failed ({detail}); the library is unchanged",
    },
    "restore_not_library": {
        "zh": "{path} 是 SQLite 数据库，但不是简报编排器资料库（{reason}），当前资料库未改动",
        "en": "{path} is an SQLite database but not a Briefing Composer library ({reason}); the library is unchanged",
    },
    "restore_newer": {
        "zh": "{path} 由更新版本的简报编排器创建（架构版本 {found}，本版本只支持到 {supported}），当前资料库未改动",
        "en": "{path} was made by a newer Briefing Composer (schema {found}, this version supports up to "
        "{supported}); the library is unchanged",
    },
    "check_integrity": {"zh": "数据库文件损坏：{detail}", "en": "the database file is damaged: {detail}"},
    "check_foreign_key": {
        "zh": "{table} 表第 {row} 行引用了 {parent} 表中不存在的记录",
        "en": "row {row} of {table} refers to a missing row of {parent}",
    },
    "check_excerpt_offsets": {
        "zh": "摘录 {excerpt} 的位置超出文章 {article} 的正文（位置 {start}–{end}，正文共 {length} 字）",
        "en": "excerpt {excerpt} lies outside the text of article {article} ({start}-{end}, {length} characters)",
    },
    "check_excerpt_text": {
        "zh": "摘录 {excerpt} 保存的文字与文章 {article} 正文中对应位置的文字不一致",
        "en": "the saved text of excerpt {excerpt} differs from article {article} at its position",
    },
    "check_pending_orphan": {
        "zh": "待编入检索索引的文章 {article} 已不存在",
        "en": "article {article}, waiting to be indexed for search, does not exist",
    },
    "check_theme_cycle": {
        "zh": "主题 {names} 互为上下级，构成循环",
        "en": "the themes {names} are each other's parents (a cycle)",
    },
    "check_item_excerpt_missing": {
        "zh": "简报条目 {item} 引用的摘录 {excerpt} 不存在",
        "en": "briefing item {item} refers to excerpt {excerpt}, which does not exist",
    },
    "check_item_empty": {
        "zh": "简报条目 {item} 既没有摘录也没有文字",
        "en": "briefing item {item} has neither an excerpt nor text",
    },
    "check_failed": {
        "zh": "无法完成“{check}”这项检查（{reason}）",
        "en": "the check '{check}' could not be completed ({reason})",
    },
    # -- data safety II: what may not be written, and why -----------------------------------
    "db_foreign": {
        "zh": "{path} 是其他程序的 SQLite 数据库（含表 {tables}），不是简报编排器资料库；为免损坏它，未作任何改动。"
        "请用 --db 指定资料库文件，或指定一个新文件名以新建资料库",
        "en": "{path} is another program's SQLite database (tables {tables}), not a Briefing Composer library; "
        "it was left untouched. Point --db at a library, or at a new file name to create one",
    },
    "db_network_share": {
        "zh": "资料库 {path} 位于网络共享（{kind}）上，只能查看，不能修改：网络共享上的文件锁不可靠，"
        "多人同时写入会损坏资料库。请把资料库放在本机磁盘上（共享时由一台电脑保存，其他人用备份查看）",
        "en": "the library {path} is on a network share ({kind}): you can view it but not change it, because file "
        "locks on network shares are unreliable and two people writing at once would damage it. Keep the library "
        "on a local disk",
    },
    "db_network_share_new": {
        "zh": "不能在网络共享（{kind}）上新建资料库 {path}：网络共享上的文件锁不可靠，多人同时写入会损坏资料库。"
        "请把资料库放在本机磁盘上",
        "en": "a library cannot be created on a network share ({kind}) at {path}: file locks on network shares are "
        "unreliable and two people writing at once would damage it. Keep the library on a local disk",
    },
    "db_damaged": {
        "zh": "资料库 {path} 已损坏（{detail}），为免损坏扩大，不能修改。请运行 briefing check 查看问题，"
        "再用 briefing restore 恢复最近的备份（备份在 {backups}）",
        "en": "the library {path} is damaged ({detail}); to keep the damage from spreading it cannot be changed. "
        "Run briefing check to see the problems, then briefing restore the latest backup (backups are in {backups})",
    },
    "db_damaged_open": {
        "zh": "资料库 {path} 已损坏，无法打开（{detail}），可能是复制中断、文件被截短或磁盘出错。"
        "请用 briefing restore 恢复最近的备份（备份在 {backups}）",
        "en": "the library {path} is damaged and cannot be opened ({detail}): a copy stopped halfway, a file cut "
        "short or a failing disk. briefing restore the latest backup (backups are in {backups})",
    },
    "db_disk_full": {
        "zh": "磁盘已满，无法打开资料库 {path}（{reason}）。请腾出磁盘空间后重试；资料库未改动",
        "en": "the disk is full: the library {path} cannot be opened ({reason}). Free some space and try again; "
        "the library is unchanged",
    },
    "db_io_error": {
        "zh": "读写资料库 {path} 时磁盘出错（{reason}）。请检查磁盘（是否已满、已拔出）后重试",
        "en": "the disk failed while reading or writing the library {path} ({reason}). Check the disk (full? "
        "unplugged?) and try again",
    },
    "db_wal_deleted": {
        "zh": "资料库 {path} 的日志文件（-wal、-shm）在其他程序打开资料库时被删除了（常见原因：清理软件、同步盘、"
        "杀毒软件）。现在打开会另起新日志，那些程序已保存的修改将会丢失。请先关闭所有使用资料库的程序"
        "（它们关闭时会把修改写回资料库），再重新打开",
        "en": "the log files (-wal, -shm) of the library {path} were deleted while other programs had it open "
        "(a cleaner, a sync client or antivirus). Opening it now would start a new log, and the work those "
        "programs saved would be lost. Close every program using the library first (closing writes their work "
        "back), then open it again",
    },
    "db_wal_replaced": {
        "zh": "资料库 {path} 的日志文件（-wal）在本程序打开期间被删除或替换了（常见原因：清理软件、同步盘、杀毒软件）。"
        "本程序已保存的内容另存为 {rescued}，此后不再修改资料库。请关闭所有使用资料库的程序后重新打开，"
        "再运行 briefing check；如有修改缺失，用 briefing restore 恢复该副本",
        "en": "the log file (-wal) of the library {path} was deleted or replaced while this program had it open "
        "(a cleaner, a sync client or antivirus). What this program saved is copied to {rescued}, and it changes "
        "the library no more. Close every program using the library, open it again and run briefing check; "
        "if work is missing, briefing restore that copy",
    },
    "db_wal_replaced_unsaved": {
        "zh": "资料库 {path} 的日志文件（-wal）在本程序打开期间被删除或替换了（常见原因：清理软件、同步盘、杀毒软件），"
        "本程序不再修改资料库。请关闭所有使用资料库的程序后重新打开，再运行 briefing check",
        "en": "the log file (-wal) of the library {path} was deleted or replaced while this program had it open "
        "(a cleaner, a sync client or antivirus); this program changes the library no more. Close every program "
        "using the library, open it again and run briefing check",
    },
    "backup_damaged": {
        "zh": "资料库 {path} 已损坏，无法备份（{detail}）。请运行 briefing check，并用 briefing restore 恢复最近的备份",
        "en": "the library {path} is too damaged to back up ({detail}). Run briefing check, and briefing restore "
        "the latest backup",
    },
    "backup_of_damaged": {
        "zh": "资料库已损坏（{detail}），这份备份 {path} 是损坏资料库的副本，不能当作完好的备份。"
        "请运行 briefing check 查看问题，并用 briefing restore 恢复此前完好的备份",
        "en": "the library is damaged ({detail}): the backup {path} is a copy of a damaged library, not a good "
        "backup. Run briefing check to see the problems, and briefing restore an earlier good backup",
    },
    "check_index_other_library": {
        "zh": "检索索引 {index} 属于另一个资料库；下次搜索时会自动重建（也可运行 briefing reindex）",
        "en": "the search index {index} belongs to another library; it is rebuilt at the next search (or run "
        "briefing reindex)",
    },
    "check_index_stale": {
        "zh": "检索索引 {index} 与资料库不一致：其中 {count} 篇文章在资料库中不存在或内容不同"
        "（例如用备份文件直接覆盖了资料库），搜索结果会出错；下次搜索时会自动重建（也可运行 briefing reindex）",
        "en": "the search index {index} does not match the library: {count} of its articles are missing from the "
        "library or differ (a backup copied over the library by hand?), so searches go wrong; it is rebuilt at "
        "the next search (or run briefing reindex)",
    },
    "check_index_missing": {
        "zh": "有 {count} 篇文章既不在检索索引中，也未排队等待编入；下次搜索时会补上（也可运行 briefing reindex）",
        "en": "{count} articles are neither in the search index nor waiting to be indexed; the next search adds "
        "them (or run briefing reindex)",
    },
    "check_rescued_copy": {
        "zh": "{path} 是资料库日志文件被删除时另存的副本，其中可能有资料库里缺少的修改："
        "核对后如需要，用 briefing restore 恢复它；核对完毕请删除该文件",
        "en": "{path} was saved when the library's log file was deleted, and may hold work the library lacks: "
        "check it and briefing restore it if needed; delete the file once checked",
    },
    # -- reasons, given as a parameter of the messages above --------------------------------
    "reason_folder": {"zh": "这是文件夹，不是文件", "en": "it is a folder"},
    "reason_not_regular_file": {"zh": "不是普通文件", "en": "not a regular file"},
    "reason_no_extension": {"zh": "无扩展名", "en": "no extension"},
    "reason_no_document_xml": {"zh": "缺少 word/document.xml", "en": "no word/document.xml"},
    "reason_doc_named_docx": {
        "zh": "这是旧版 .doc 或加密的 Word 文件，扩展名却是 .docx",
        "en": "an old .doc or a password-protected Word file named .docx",
    },
    "reason_not_zip": {"zh": "不是 zip 压缩包: {detail}", "en": "not a zip archive: {detail}"},
    "reason_no_output": {"zh": "没有生成输出文件", "en": "no output"},
    "reason_timed_out": {"zh": "超过 {seconds:.0f} 秒未完成", "en": "timed out after {seconds:.0f} s"},
    "reason_not_pdf": {"zh": "不是 PDF 文件", "en": "not a PDF file"},
    "reason_pdf_truncated": {"zh": "文件不完整（缺少结尾标记）", "en": "truncated: no %%EOF"},
    "reason_template_too_large": {"zh": "文件大于 {limit_mb} MB", "en": "larger than {limit_mb} MB"},
    "reason_themes_not_a_list": {"zh": "应为主题列表", "en": "expected a list of themes"},
    "reason_theme_without_name": {
        "zh": "“{parent}”下有一个主题没有名称",
        "en": "a theme without a name under {parent}",
    },
}

register(CORE_MESSAGES)
