"""Chinese for the other pages: review, library and reader, people, overview, main window,
dialogs (merged by scripts/translations.py)."""

ZH: dict[str, str] = {
    # main window: menus, undo/redo, libraries, import summary
    "Open &library…": "打开资料库(&L)…",
    "&Quit": "退出(&Q)",
    "&Getting started": "使用说明(&G)",
    "&Recent libraries": "最近的资料库(&R)",
    "Getting started": "开始使用",
    "imported": "已导入",
    "duplicate": "重复",
    "failed": "失败",
    "&Undo %1": "撤销 %1(&U)",
    "&Redo %1": "重做 %1(&R)",
    "(none yet)": "（暂无）",
    "Open library": "打开资料库",
    "Libraries (*.sqlite *.db);;All files (*)": "资料库 (*.sqlite *.db);;所有文件 (*)",
    "Export": "导出",
    "Add template": "添加模板",
    # first-run page (开始使用)
    "<h2>Getting started</h2><p>A briefing is made in five steps. Start with the first; each button does its "
    "step.</p>": "<h2>开始使用</h2><p>编一期简报分五步。从第一步开始，每个按钮完成对应的一步。</p>",
    "1 Import": "1 导入",
    "Bring in newspaper pages and articles: .txt, .docx, .pdf, .html files, pasted text, or the demo pages to "
    "try.": "导入报纸版面和文章：.txt、.docx、.pdf、.html 文件，或粘贴的文字；也可以先加载示例版面试用。",
    "2 Tag": "2 标注",
    "The program finds who said what and on which theme; it suggests, you decide.":
        "程序找出谁讲了什么、涉及哪个主题；程序提出建议，由您决定。",
    "3 Review": "3 审核",
    "Accept (A) or reject (R) each suggested statement; Ctrl+Z undoes.":
        "逐条接受（A）或拒绝（R）建议的讲话；按 Ctrl+Z 撤销。",
    "4 Compose": "4 编排",
    "Choose a template and the people or themes: the program drafts the briefing, you arrange it.":
        "选择模板和人物或主题，程序起草简报，由您调整编排。",
    "5 Export": "5 导出",
    "Write the briefing as a .docx in 公文 format.": "把简报导出为公文格式的 .docx 文件。",
    "Import files…": "导入文件…",
    "Paste article…": "粘贴文章…",
    "Load demo pages": "加载示例版面",
    "Tag new articles": "标注新文章",
    "Go to review": "去审核",
    "Go to composer": "去编排",
    "Go to briefings": "去导出简报",
    "The library holds %1 article(s).": "资料库现有 %1 篇文章。",
    "%1 suggested statement(s) wait for review.": "有 %1 条建议的讲话待审核。",
    "%1 statement(s) accepted.": "已接受 %1 条讲话。",
    "%1 briefing(s) drafted.": "已起草 %1 期简报。",
    "On the briefings page: select one, then Export .docx…": "在“简报”页选中一期，点“导出 .docx…”。",
    # overview (统计)
    "%1 total": "共 %1 条",
    "<p><b>Nothing to count yet.</b></p><p>The overview counts accepted statements: who said how much on which "
    "theme, or per month. This library has none accepted yet.</p><p>To fill it: import articles (File → Import "
    "files), tag them (Ctrl+T), then accept statements on the To review page (A).</p>":
        "<p><b>还没有可统计的内容。</b></p><p>统计页统计已接受的讲话：每人在各主题（或每月）讲了多少。"
        "本资料库还没有已接受的讲话。</p><p>请先导入文章（文件 → 导入文件），标注（Ctrl+T），"
        "再到“待审核”页接受讲话（A）。</p>",
    # people (人物)
    "Official": "领导干部",
    "People's congress deputy": "人大代表",
    "CPPCC member": "政协委员",
    "Enterprise": "企业",
    "Reporter": "记者",
    "Other": "其他",
    "Selected person": "选中的人物",
    "Post": "职务",
    "Organisation": "单位",
    "From": "起",
    "Until": "止",
    "Remove title": "删除职务",
    "Add a title for %1": "为 %1 添加职务",
    "e.g. 区委书记": "例如：区委书记",
    "e.g. 中共丰台区委 (optional)": "例如：中共丰台区委（可不填）",
    "set": "指定日期",
    "Held from": "任职起始",
    "Held until": "任职截止",
    "Exported with notes": "已导出（有提示）",
    "The briefing was exported. Note:": "简报已导出。请注意：",
}
