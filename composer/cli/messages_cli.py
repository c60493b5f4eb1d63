"""The command line's own texts, registered into the one catalogue of
``composer/common/messages.py`` (same mechanism, same rules: a key, ``zh`` and ``en``, the
same named placeholders in both). Errors of the core keep their texts there.

``cli_…`` keys are what the commands print; ``help_…`` keys are argparse's help texts,
rendered when the parser is built (once per run, after the language is known).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from composer.common.messages import register

CLI_MESSAGES: dict[str, dict[str, str]] = {
    # -- shared by every command ------------------------------------------------------------
    "cli_line": {"zh": "{label}：{value}", "en": "{label}: {value}"},
    "cli_error": {"zh": "错误：{message}", "en": "error: {message}"},
    "cli_warning": {"zh": "警告：{message}", "en": "warning: {message}"},
    "cli_untitled": {"zh": "（无标题）", "en": "(untitled)"},
    "cli_bad_date": {
        "zh": "日期“{value}”无法识别，请写成 2025-09-01、2025/9/1 或 2025年9月1日",
        "en": "bad date '{value}': write it as 2025-09-01, 2025/9/1 or 2025年9月1日",
    },
    "cli_exported": {"zh": "已导出：{path}", "en": "exported: {path}"},
    "cli_app_unavailable": {
        "zh": "无法启动图形界面（{reason}）。命令行功能仍可使用：briefing --help",
        "en": "cannot start the desktop app ({reason}); the command line still works: briefing --help",
    },
    # -- import, demo, reindex ----------------------------------------------------------------
    "cli_file_imported": {"zh": "已导入", "en": "imported"},
    "cli_file_duplicate": {"zh": "重复，已跳过", "en": "duplicate, skipped"},
    "cli_file_failed": {"zh": "失败", "en": "failed"},
    "cli_reason": {"zh": "原因", "en": "reason"},
    "cli_reprint_linked": {"zh": " [转载，已关联]", "en": " [reprint, linked]"},
    "cli_import_summary": {
        "zh": "共 {files} 个文件：导入 {imported}，重复 {duplicates}，失败 {failed}",
        "en": "{files} files: {imported} imported, {duplicates} duplicates, {failed} failed",
    },
    "cli_import_cancelled": {"zh": "（已取消）", "en": " (cancelled)"},
    "cli_reindexed": {"zh": "已重建索引：{count} 篇文章", "en": "search index rebuilt: {count} articles"},
    # -- articles, show, info -------------------------------------------------------------------
    "cli_articles_total": {"zh": "共 {count} 篇", "en": "{count} articles"},
    "cli_field_kicker": {"zh": "引题", "en": "kicker"},
    "cli_field_subtitle": {"zh": "副题", "en": "subtitle"},
    "cli_field_column": {"zh": "栏目", "en": "column"},
    "cli_field_byline": {"zh": "署名", "en": "byline"},
    "cli_field_source": {"zh": "来源", "en": "source"},
    "cli_field_date": {"zh": "日期", "en": "date"},
    "cli_field_page": {"zh": "版次", "en": "page"},
    "cli_field_event_date": {"zh": "事件日期", "en": "event date"},
    "cli_field_reporters": {"zh": "记者", "en": "reporters"},
    "cli_field_photographers": {"zh": "摄影", "en": "photographers"},
    "cli_caption": {"zh": "【图片说明】{caption}", "en": "[caption] {caption}"},
    "cli_info_library": {"zh": "资料库", "en": "library"},
    "cli_info_schema": {"zh": "架构版本", "en": "schema version"},
    "cli_count_articles": {"zh": "文章", "en": "articles"},
    "cli_count_sources": {"zh": "来源", "en": "sources"},
    "cli_count_import_files": {"zh": "导入文件", "en": "imported files"},
    "cli_count_people": {"zh": "人物", "en": "people"},
    "cli_count_themes": {"zh": "主题", "en": "themes"},
    "cli_count_excerpts": {"zh": "摘录", "en": "excerpts"},
    "cli_count_briefings": {"zh": "简报", "en": "briefings"},
    # -- people, tagging, excerpts, themes ------------------------------------------------------
    "cli_people_read": {"zh": "已从 CSV 读入 {count} 行", "en": "read {count} rows from the CSV"},
    "cli_people_exported": {"zh": "已导出 {count} 人到 {path}", "en": "exported {count} people to {path}"},
    "cli_role_official": {"zh": "领导干部", "en": "official"},
    "cli_role_deputy": {"zh": "人大代表", "en": "deputy"},
    "cli_role_cppcc_member": {"zh": "政协委员", "en": "CPPCC member"},
    "cli_role_enterprise": {"zh": "企业", "en": "enterprise"},
    "cli_role_reporter": {"zh": "记者", "en": "reporter"},
    "cli_role_other": {"zh": "其他", "en": "other"},
    "cli_person_suggested": {"zh": "（待确认）", "en": " (suggested)"},
    "cli_people_total": {"zh": "共 {count} 人", "en": "{count} people"},
    "cli_tagged": {
        "zh": "已标注 {articles} 篇文章：新建议人物 {people}，领导讲话 {statements}，"
        "他人言论 {remarks}，提及 {mentions}，主题标签 {themes}",
        "en": "tagged {articles} articles: {people} people suggested, {statements} statements, {remarks} remarks, "
        "{mentions} mentions, {themes} theme tags",
    },
    "cli_excerpts_total": {"zh": "共 {count} 条", "en": "{count} excerpts"},
    "cli_themes_read": {"zh": "已读入 {count} 个主题", "en": "read {count} themes"},
    "cli_themes_exported": {"zh": "已导出 {count} 个主题到 {path}", "en": "exported {count} themes to {path}"},
    "cli_theme_counts": {
        "zh": "摘录 {excerpts} · 文章 {articles} · 已接受 {accepted}",
        "en": "{excerpts} excerpts · {articles} articles · {accepted} accepted",
    },
    # -- review, undo, history ----------------------------------------------------------------
    "cli_review_changed": {
        "zh": "已修改 {count} 处（可用 briefing undo 撤销）",
        "en": "{count} changed (briefing undo takes it back)",
    },
    "cli_nothing_to_undo": {"zh": "没有可撤销的操作", "en": "nothing to undo"},
    "cli_nothing_to_redo": {"zh": "没有可重做的操作", "en": "nothing to redo"},
    "cli_undone": {"zh": "已撤销", "en": "undone"},
    "cli_redone": {"zh": "已重做", "en": "redone"},
    "cli_history_undone": {"zh": "（已撤销）", "en": " (undone)"},
    # -- search -------------------------------------------------------------------------------
    "cli_limit_too_small": {"zh": "--limit 至少为 1", "en": "--limit must be at least 1"},
    # printed in Chinese in English output too, as before this catalogue (not translated yet)
    "cli_search_excerpt": {"zh": " 摘录{id}", "en": " 摘录{id}"},
    "cli_search_ranked_newest": {
        "zh": "（相关度排序限于最新的 {count} 篇匹配文章；更早的请用 --from/--to 指定时间）",
        "en": "(relevance ranked the newest {count} matching articles; use --from/--to for older)",
    },
    "cli_search_total": {"zh": "共 {count} 条", "en": "{count} results"},
    "cli_search_more": {
        "zh": "（还有更多，可用 --limit 或缩小范围）",
        "en": " (more: raise --limit or narrow the search)",
    },
    "cli_search_time": {"zh": "，用时 {ms:.0f} 毫秒", "en": ", {ms:.0f} ms"},
    # -- templates, compose, briefings, export --------------------------------------------------
    "cli_template_added": {"zh": "已添加模板“{name}”（{kind}）", "en": "added template '{name}' ({kind})"},
    "cli_template_shipped": {"zh": "随程序提供", "en": "shipped"},
    "cli_template_user": {"zh": "自己添加", "en": "user"},
    "cli_briefing_saved": {
        "zh": "已保存简报 {id}《{title}》第{issue}期：{sections} 个部分，{items} 条",
        "en": "saved briefing {id} '{title}' no. {issue}: {sections} sections, {items} items",
    },
    # the issue number as the briefing prints it, in Chinese in English output too (as before)
    "cli_briefing_issue": {"zh": "第{issue}期", "en": "第{issue}期"},
    # -- backup, restore, check -------------------------------------------------------------
    "cli_backed_up": {"zh": "已备份到 {path}（{size}）", "en": "backed up to {path} ({size})"},
    "cli_restored": {"zh": "已用 {source} 恢复资料库 {library}", "en": "restored {library} from {source}"},
    "cli_restore_previous": {"zh": "恢复前的资料库已另存为 {path}", "en": "the library as it was is kept in {path}"},
    "cli_restore_reindex": {
        "zh": "检索索引将在下次检索时自动重建",
        "en": "the search index is rebuilt at the next search",
    },
    "cli_check_problems": {"zh": "发现 {count} 个问题", "en": "{count} problems found"},
    "cli_check_sound": {"zh": "资料库完好，没有发现问题", "en": "the library is sound: no problems found"},
    # -- argparse help: the program and options every command has ------------------------------
    "help_briefing": {
        "zh": "简报编排器 — 导入新闻稿件、标注领导讲话、生成公文格式简报。不带子命令时打开桌面程序。",
        "en": "Briefing Composer — import news pages, tag what officials said, compose Word briefings. "
        "Without a command it opens the desktop app.",
    },
    "help_db": {
        "zh": "资料库文件（默认：用户数据目录，或环境变量 BRIEFING_DB）",
        "en": "library file (default: $BRIEFING_DB, else the user data folder)",
    },
    "help_json": {"zh": "输出 JSON", "en": "print JSON"},
    "help_quiet": {"zh": "不显示进度", "en": "no progress bar"},
    # -- argparse help: import, articles, show, info, demo, reindex ------------------------------
    "help_import": {
        "zh": "导入文件或文件夹（.txt .docx .doc .pdf .html .mht），或从标准输入导入粘贴的文字",
        "en": "import files or folders (.txt .docx .doc .pdf .html .mht), or pasted text from standard input",
    },
    "help_import_paths": {
        "zh": "文件或文件夹；“-”表示从标准输入读取粘贴的文字（UTF-8、GB18030 或 UTF-16）",
        "en": "files or folders; '-' reads pasted text from standard input (UTF-8, GB18030 or UTF-16)",
    },
    "help_import_source": {"zh": "来源，例如 丰台时报", "en": "source, e.g. 丰台时报"},
    "help_import_date": {"zh": "出版日期 YYYY-MM-DD", "en": "publication date YYYY-MM-DD"},
    "help_import_as": {
        "zh": "每个文件是整版（page，拆分为多篇）还是单篇文章（article）；默认 auto：逐个文件判断",
        "en": "read each file as a page of several articles (page) or as one article (article); "
        "default auto: decided per file",
    },
    "help_articles": {"zh": "列出资料库中的文章", "en": "list the library's articles"},
    "help_articles_limit": {"zh": "最多列出多少篇", "en": "list at most N articles"},
    "help_show": {"zh": "显示一篇文章", "en": "show one article"},
    "help_info": {"zh": "资料库位置、架构版本和统计", "en": "library path, schema version, counts"},
    "help_demo": {
        "zh": "导入随程序提供的示例版面（虚构的《云湖时报》）",
        "en": "import the demo pages shipped with the app",
    },
    "help_reindex": {"zh": "重建全文检索索引", "en": "rebuild the full-text search index"},
    # -- argparse help: people, tag, excerpts, themes, review, undo ------------------------------
    "help_people": {"zh": "人物名录（含待确认的建议）", "en": "the people directory, with suggestions"},
    "help_people_status": {"zh": "只列出此状态的人物", "en": "only people with this status"},
    "help_people_export": {"zh": "把名录导出为 CSV", "en": "export the directory as CSV"},
    "help_people_import": {"zh": "从 CSV 导入人物", "en": "add the people of a CSV file"},
    "help_tag": {
        "zh": "识别人物、讲话和主题（新文章；--all 为全部）",
        "en": "find people, statements and themes in new articles (--all: all)",
    },
    "help_tag_all": {"zh": "重新标注全部文章", "en": "tag every article again"},
    "help_excerpts": {"zh": "列出摘录（讲话、提及）", "en": "list excerpts (statements, mentions)"},
    "help_excerpts_person": {"zh": "某人的讲话或提及", "en": "a person's statements or mentions"},
    "help_excerpts_kind": {"zh": "摘录类别", "en": "excerpt kind"},
    "help_excerpts_status": {"zh": "审核状态", "en": "review status"},
    "help_excerpts_theme": {"zh": "带有此主题的摘录", "en": "excerpts tagged with this theme"},
    "help_excerpts_limit": {"zh": "最多列出多少条", "en": "list at most N excerpts"},
    "help_where": {
        "zh": "筛选条件，如 \"person=王少峰 theme=接诉即办 kind=statement origin=auto status=suggested "
        "confidence>=0.8 article=10-20\"",
        "en": "conditions, e.g. \"person=王少峰 theme=接诉即办 kind=statement origin=auto status=suggested "
        "confidence>=0.8 article=10-20\"",
    },
    "help_themes": {"zh": "主题树及各主题的摘录、文章数", "en": "the theme tree with counts"},
    "help_themes_export": {"zh": "导出为 .yaml 或 .csv", "en": "export as .yaml or .csv"},
    "help_themes_import": {"zh": "从 .yaml 或 .csv 导入主题", "en": "add the themes of a .yaml or .csv file"},
    "help_review": {"zh": "审核：接受、拒绝、修改摘录与主题", "en": "review suggestions"},
    "help_review_accept": {"zh": "接受摘录（及其主题建议）", "en": "accept excerpts (and their theme suggestions)"},
    "help_review_reject": {"zh": "拒绝摘录", "en": "reject excerpts"},
    "help_review_themes": {"zh": "摘录的主题", "en": "themes of excerpts"},
    "help_review_article_themes": {"zh": "文章的主题", "en": "themes of articles"},
    "help_review_add": {"zh": "手工加上的主题", "en": "themes to add by hand"},
    "help_review_accept_themes": {
        "zh": "接受的主题建议（all：全部）",
        "en": "suggested themes to accept (all: every one)",
    },
    "help_review_reject_themes": {"zh": "拒绝的主题", "en": "themes to reject"},
    "help_review_span": {"zh": "修改摘录的起止位置", "en": "move an excerpt's boundaries"},
    "help_review_speaker": {"zh": "修改讲话人", "en": "change a statement's speaker"},
    "help_undo": {"zh": "撤销上一步审核或主题修改", "en": "undo the last review or theme change"},
    "help_redo": {"zh": "重做刚撤销的一步", "en": "redo the change undone last"},
    "help_history": {"zh": "审核与主题修改的历史", "en": "the history of review changes"},
    "help_history_limit": {"zh": "最多列出多少步", "en": "list at most N steps"},
    # -- argparse help: search ----------------------------------------------------------------
    "help_search": {"zh": "全文检索文章和摘录", "en": "full-text search of articles and excerpts"},
    "help_search_query": {
        "zh": '查询：词语（全部须出现）、"精确短语"、OR（或）、-排除词，如：丽泽 金融 -招聘；'
        "可以不写，只按 --source、--person、--from 等条件列出",
        "en": 'query: words (all must occur), "exact phrases", OR, -excluded, e.g. 丽泽 金融 -招聘; may be left '
        "out to list by --source, --person, --from … alone",
    },
    "help_search_person": {
        "zh": "某人的讲话和提及（结果为摘录）",
        "en": "a person's statements and mentions (excerpt results)",
    },
    "help_search_theme": {"zh": "主题（含下级主题）", "en": "a theme (with its subthemes)"},
    "help_search_from": {"zh": "起始日期", "en": "from this date"},
    "help_search_to": {"zh": "截止日期", "en": "up to this date"},
    "help_search_source": {"zh": "来源，如 丰台时报", "en": "source, e.g. 丰台时报"},
    "help_search_kind": {"zh": "摘录类别（结果为摘录）", "en": "excerpt kind (excerpt results)"},
    "help_search_status": {"zh": "审核状态（结果为摘录）", "en": "review status (excerpt results)"},
    "help_search_order": {
        "zh": "排序：newest 最新在前（默认），relevance 相关度",
        "en": "newest first (default) or relevance",
    },
    "help_search_limit": {"zh": "最多多少条（默认 20）", "en": "at most N results (20)"},
    # -- argparse help: templates, compose, briefings, export ------------------------------------
    "help_templates": {"zh": "简报模板：列出或添加", "en": "briefing templates: list or add"},
    "help_templates_add": {"zh": "添加自己的 .docx 模板（先检查）", "en": "add a .docx template (checked first)"},
    "help_templates_name": {"zh": "模板名称（默认：文件名）", "en": "template name (default: the file name)"},
    "help_templates_kind": {
        "zh": "类别：speech 讲话摘编、bulletin 简报、dossier 专题汇编",
        "en": "speech, bulletin or dossier",
    },
    "help_compose": {"zh": "按条件自动编排简报并导出 .docx", "en": "draft a briefing from a query and export it"},
    "help_compose_template": {"zh": "模板：讲话摘编、简报、专题汇编或自己的", "en": "template name"},
    "help_compose_person": {"zh": "讲话人（可多次）", "en": "speaker (repeatable)"},
    "help_compose_theme": {"zh": "主题（可多次）", "en": "theme"},
    "help_compose_status": {"zh": "摘录状态（默认 accepted 已接受）", "en": "excerpt status (default accepted)"},
    "help_compose_unused": {"zh": "只用尚未用过的摘录", "en": "only excerpts not used yet"},
    "help_reliable": {
        "zh": "只看可靠的：置信度达到本库可靠线（交叉验证准确率≥98%）的讲话",
        "en": "reliable only: statements whose confidence reaches the library's reliable line (98 % precision)",
    },
    "help_compose_new_since_last": {
        "zh": "只用上一期以来的新摘录",
        "en": "only excerpts new since the series' last issue",
    },
    "help_compose_citation": {"zh": "出处格式：press 报刊版面、speech 讲话场合", "en": "source lines: press or speech"},
    "help_compose_title": {"zh": "标题", "en": "title"},
    "help_compose_subtitle": {"zh": "副标题", "en": "subtitle"},
    "help_compose_masthead": {"zh": "报头名称（简报）", "en": "masthead (bulletin)"},
    "help_compose_unit": {"zh": "编印单位", "en": "issuing unit"},
    "help_compose_date": {"zh": "日期 YYYY-MM-DD", "en": "date YYYY-MM-DD"},
    "help_compose_send_to": {"zh": "报送", "en": "sent to"},
    "help_compose_copy_to": {"zh": "抄送", "en": "copied to"},
    "help_compose_printed_by": {"zh": "印发", "en": "printed by"},
    "help_compose_editor_note": {"zh": "按语/编辑说明", "en": "editor's note"},
    "help_compose_classification": {"zh": "密级或“内部资料”", "en": "classification"},
    "help_compose_series": {"zh": "系列（期号按系列递增）", "en": "series (issue numbers count per series)"},
    "help_compose_output": {"zh": "导出的 .docx 文件", "en": "the .docx to write"},
    "help_briefings": {"zh": "列出已编排的简报", "en": "list saved briefings"},
    "help_export": {"zh": "把已保存的简报导出为 .docx", "en": "export a saved briefing"},
    # -- argparse help: backup, restore, check -------------------------------------------------
    "help_backup": {
        "zh": "备份资料库（应用运行时也可以）",
        "en": "back up the library (also while the app is running)",
    },
    "help_backup_out": {
        "zh": "备份文件或文件夹（默认：资料库旁的 backups/library-日期时间.sqlite）",
        "en": "backup file or folder (default: backups/library-DATE-TIME.sqlite next to the library)",
    },
    "help_restore": {
        "zh": "用备份恢复资料库（当前资料库先另存到 backups/）",
        "en": "restore the library from a backup (the current one is kept in backups/ first)",
    },
    "help_restore_file": {"zh": "要恢复的备份文件", "en": "the backup file to restore"},
    "help_check": {"zh": "检查资料库是否完好、前后一致", "en": "check the library for damage and inconsistencies"},
    # -- before the desktop app starts (composer/cli/display.py) ------------------------------------
    "cli_no_display": {
        "zh": "没有可用的显示器，无法打开窗口：未设置 DISPLAY 或 WAYLAND_DISPLAY（例如通过 SSH 登录、"
        "或在没有桌面的服务器上）。请在桌面环境中运行 briefing；命令行功能照常可用（briefing --help）。"
        "在 Debian/Ubuntu 上，Qt 还需要这些软件包：sudo apt-get install {packages}",
        "en": "no display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set (an SSH login, "
        "a server without a desktop). Run briefing in a desktop session; the command line works as it is "
        "(briefing --help). On Debian/Ubuntu, Qt also needs these packages: sudo apt-get install {packages}",
    },
    "cli_qt_libraries_missing": {
        "zh": "无法打开窗口：Qt 的 X11 组件缺少系统库。请先安装：sudo apt-get install {packages}",
        "en": "cannot open a window: Qt's X11 plugin lacks system libraries. Install them first: "
        "sudo apt-get install {packages}",
    },
    "cli_qt_system_libraries": {
        "zh": "无法启动图形界面：缺少系统库（{reason}）。在 Debian/Ubuntu 上请安装：sudo apt-get install {packages}",
        "en": "cannot start the desktop app: a system library is missing ({reason}). "
        "On Debian/Ubuntu install: sudo apt-get install {packages}",
    },
    # -- mistakes and interruptions (composer/cli/mistakes.py, interrupt.py) ---------------------
    "cli_db_folder_missing": {
        "zh": "文件夹“{folder}”不存在，无法在那里打开或新建资料库 {path}（请检查路径是否输错）",
        "en": "the folder '{folder}' does not exist: no library is opened or made at {path} (check the path)",
    },
    "cli_person_unknown_nearest": {
        "zh": "人物名录中没有“{name}”。是不是：{names}？",
        "en": "no one named '{name}' in the directory; did you mean: {names}?",
    },
    "cli_interrupted": {
        "zh": "已中断（Ctrl+C）。已完成的部分已保存，再次运行同一命令可继续。",
        "en": "interrupted (Ctrl+C); what was done is kept: run the same command again to go on.",
    },
    # -- argparse help: options that had none ---------------------------------------------------
    "help_show_id": {"zh": "文章编号（见 briefing articles）", "en": "the article's id (see briefing articles)"},
    "help_templates_file": {"zh": "模板 .docx 文件", "en": "the template's .docx file"},
    "help_export_id": {"zh": "简报编号（见 briefing briefings）", "en": "the briefing's id (see briefing briefings)"},
    "help_export_output": {"zh": "要写入的 .docx 文件", "en": "the .docx to write"},
    "help_compose_from": {"zh": "起始日期（含）", "en": "from this date"},
    "help_compose_to": {"zh": "截止日期（含）", "en": "up to this date"},
    "help_compose_source": {"zh": "只用此来源的文章，如 丰台时报", "en": "only articles of this source"},
    "help_compose_group_by": {"zh": "按什么分组（默认：主题）", "en": "how items are grouped (default: theme)"},
    "help_review_ids": {"zh": "摘录编号（可多个）", "en": "excerpt ids"},
    "help_review_article_ids": {"zh": "文章编号（可多个）", "en": "article ids"},
    "help_review_span_id": {"zh": "摘录编号", "en": "the excerpt's id"},
    "help_review_span_start": {"zh": "新的起始位置（文章中的字符序号）", "en": "new start (a character offset)"},
    "help_review_span_end": {"zh": "新的结束位置", "en": "new end (a character offset)"},
    "help_review_speaker_name": {"zh": "讲话人姓名", "en": "the speaker's name"},
    # -- argparse's own words (composer/cli/language.py); %-placeholders are argparse's ----------
    "argparse_usage": {"zh": "用法：", "en": "usage: "},
    "argparse_positionals": {"zh": "位置参数", "en": "positional arguments"},
    "argparse_options": {"zh": "选项", "en": "options"},
    "argparse_help": {"zh": "显示本帮助并退出", "en": "show this help message and exit"},
    "argparse_error": {"zh": "%(prog)s：错误：%(message)s\n", "en": "%(prog)s: error: %(message)s\n"},
    "argparse_argument": {"zh": "参数 %(argument_name)s：%(message)s", "en": "argument %(argument_name)s: %(message)s"},
    "argparse_required": {
        "zh": "缺少必需的参数：%s",
        "en": "the following arguments are required: %s",
    },
    "argparse_invalid_choice": {
        "zh": "无效的值：%(value)r（可选：%(choices)s）",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "argparse_invalid_value": {"zh": "无效的 %(type)s 值：%(value)r", "en": "invalid %(type)s value: %(value)r"},
    "argparse_unrecognized": {"zh": "无法识别的参数：%s", "en": "unrecognized arguments: %s"},
    "argparse_expected_one": {"zh": "需要一个值", "en": "expected one argument"},
    "argparse_expected_at_most_one": {"zh": "最多一个值", "en": "expected at most one argument"},
    "argparse_expected_at_least_one": {"zh": "至少需要一个值", "en": "expected at least one argument"},
    "argparse_expected_n": {"zh": "需要 %s 个值", "en": "expected %s argument"},
    "argparse_expected_n_plural": {"zh": "需要 %s 个值", "en": "expected %s arguments"},
    "argparse_ambiguous": {
        "zh": "选项不明确：%(option)s 可以是 %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "argparse_not_allowed_with": {"zh": "不能与参数 %s 同用", "en": "not allowed with argument %s"},
    "argparse_one_required": {"zh": "参数 %s 中必须给出一个", "en": "one of the arguments %s is required"},
    "argparse_ignored_explicit": {"zh": "多余的值 %r 被忽略", "en": "ignored explicit argument %r"},
    "argparse_unknown_parser": {
        "zh": "未知的命令 %(parser_name)r（可选：%(choices)s）",
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)",
    },
    "argparse_cannot_open": {"zh": "无法打开“%(filename)s”：%(error)s", "en": "can't open '%(filename)s': %(error)s"},
}

# argparse's own English texts (Python 3.11-3.13) → the key of each in this catalogue
ARGPARSE_KEYS: dict[str, str] = {
    CLI_MESSAGES[key]["en"]: key for key in CLI_MESSAGES if key.startswith("argparse_")
}

register(CLI_MESSAGES)


def register_choices(keys: Mapping[str, str], names: Mapping[str, Sequence[str]]) -> None:
    """How the values of an option are listed (composer/cli/language.py ``Choices``): key of
    each value → ``讲话/statement`` in Chinese (both names are accepted), ``statement`` in English."""
    register({keys[value]: {"zh": f"{chinese[0]}/{value}", "en": value} for value, chinese in names.items()})
