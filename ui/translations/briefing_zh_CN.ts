<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../article_model.py" line="33" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="33" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="33" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="33" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="33" />
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="34" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="34" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="34" />
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="38" />
        <source>News</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="39" />
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="40" />
        <source>Feature</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="41" />
        <source>Editor's note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="42" />
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="43" />
        <source>Infographic</source>
        <translation>图解</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="44" />
        <source>Sidebar</source>
        <translation>链接/侧栏</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="88" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>BriefingsPage</name>
    <message>
        <location filename="../manager_pages.py" line="334" />
        <source>Add template</source>
        <translation>添加模板</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="340" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="357" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="357" />
        <location filename="../manager_pages.py" line="370" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="357" />
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="358" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="358" />
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="364" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="364" />
        <source>Duplicate as next issue</source>
        <translation>复制为下一期</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="365" />
        <source>Export .docx…</source>
        <translation>导出 .docx…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="365" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="366" />
        <source>Add template…</source>
        <translation>添加模板…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="366" />
        <location filename="../manager_pages.py" line="399" />
        <source>Preview template</source>
        <translation>预览模板</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="370" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="370" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="411" />
        <source>speech compilation</source>
        <translation>讲话摘编</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="411" />
        <source>bulletin</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="412" />
        <source>dossier</source>
        <translation>专题汇编</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="415" />
        <source>shipped</source>
        <translation>随程序提供</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="415" />
        <source>yours</source>
        <translation>自己添加</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="441" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../composer_page.py" line="129" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="130" />
        <source>Not yet used</source>
        <translation>只看未用过的</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="131" />
        <source>Reliable only</source>
        <translation>只看可靠的</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="133" />
        <source>Statements at least as confident as this library's reliable line (98 % precision on real articles)</source>
        <translation>置信度达到本库可靠线的讲话（在真实文章上准确率达98%）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="135" />
        <source>by theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="135" />
        <source>by person</source>
        <translation>按人物</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="136" />
        <source>by date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="156" />
        <source>Find candidates</source>
        <translation>查找素材</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="158" />
        <source>Auto-draft</source>
        <translation>自动编排</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="144" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="126" />
        <source>from, e.g. 2025-09-01</source>
        <translation>起始，如 2025-09-01</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="127" />
        <source>to, e.g. 2025年9月30日</source>
        <translation>截止，如 2025年9月30日</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="139" />
        <source>Statements</source>
        <translation>讲话摘录</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="140" />
        <source>Whole articles</source>
        <translation>整篇文章</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="141" />
        <source>Articles: drag a whole article into the outline as one item</source>
        <translation>整篇文章：把整篇文章作为一条拖入提纲</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="144" />
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="145" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="145" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="146" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="146" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="147" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="147" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="157" />
        <source>List what the query finds, to drag in</source>
        <translation>列出符合条件的摘录，以便拖入提纲</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="158" />
        <source>A new briefing drafted from the query</source>
        <translation>按上面的条件自动编排一期新简报</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="159" />
        <source>New briefing</source>
        <translation>新建简报</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="159" />
        <source>An empty briefing of the chosen template</source>
        <translation>按所选模板新建一期空白简报（不自动编排）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="168" />
        <source>Filter by title, speaker or text…</source>
        <translation>按标题、讲话人或内容筛选…</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="195" />
        <source>Regroup</source>
        <translation>重新分组</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="194" />
        <location filename="../composer_page.py" line="546" />
        <source>New section</source>
        <translation>新增一节</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="194" />
        <location filename="../composer_page.py" line="517" />
        <source>Free text</source>
        <translation>自由文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="195" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="196" />
        <source>Export .docx…</source>
        <translation>导出 .docx…</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="207" />
        <source>Item text (for this briefing only)</source>
        <translation>条目文字（只改本期简报）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="210" />
        <source>Headline (简报 and 专题汇编 items)</source>
        <translation>标题（简报、专题汇编的条目）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="214" />
        <source>Apply wording</source>
        <translation>应用改写</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="216" />
        <source>Redraw from the article</source>
        <translation>按原文重新生成</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="217" />
        <source>The item as a draft makes it, without your wording</source>
        <translation>按自动编排的方式重新生成本条，不保留改写</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="233" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="233" />
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="233" />
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="233" />
        <source>Issuing unit</source>
        <translation>编印单位</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="234" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="234" />
        <source>Sent to</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="234" />
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="234" />
        <source>Printed by</source>
        <translation>印发</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="235" />
        <source>Editor's note</source>
        <translation>按语</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="238" />
        <source>e.g. 2025-09-01 or 2025年9月1日</source>
        <translation>如 2025-09-01 或 2025年9月1日</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="249" />
        <source>Issue no.</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="272" />
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="273" />
        <source>Any theme</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="301" />
        <source>Finding candidates</source>
        <translation>正在查找候选</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="307" />
        <source>%1 of %2 shown</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="319" />
        <source>Auto-drafting</source>
        <translation>正在自动编排</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="433" />
        <source>Fields edited</source>
        <translation>修改简报信息</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="509" />
        <source>Edit text for this briefing</source>
        <translation>修改本期简报中的文字（资料库原文不变）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="522" />
        <source>Free text added</source>
        <translation>加入自由文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="530" />
        <source>Rename (F2)</source>
        <translation>重命名（F2）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="531" />
        <location filename="../composer_page.py" line="540" />
        <source>Move up (Alt+↑)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="532" />
        <location filename="../composer_page.py" line="541" />
        <source>Move down (Alt+↓)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="533" />
        <source>Add free text</source>
        <translation>添加自由文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="534" />
        <source>New section after this one</source>
        <translation>在此后新建栏目</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="536" />
        <source>Remove section and its items</source>
        <translation>删除栏目及其条目</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="539" />
        <source>Reword…</source>
        <translation>改写…</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="542" />
        <source>Add free text after it</source>
        <translation>在其后添加自由文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="544" />
        <source>Remove item (Del)</source>
        <translation>移除条目（Del）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="567" />
        <source>Add to the outline</source>
        <translation>加入提纲</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="569" />
        <source>Add the whole article as an item</source>
        <translation>把整篇文章作为一条加入</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="578" />
        <source>Regrouped</source>
        <translation>重新分组</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="597" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../composer_dates.py" line="33" />
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>ExcerptEditor</name>
    <message>
        <location filename="../excerpt_editor.py" line="77" />
        <source>Edit excerpt</source>
        <translation>修改摘录</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="77" />
        <source>New excerpt</source>
        <translation>新建摘录</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="81" />
        <source>Characters %1–%2</source>
        <translation>第 %1–%2 字</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="84" />
        <source>Where</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="88" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="91" />
        <source>who said it (leave empty for a passage)</source>
        <translation>讲话人（只是一段文字则留空）</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="93" />
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="98" />
        <source>people named, separated by 、</source>
        <translation>涉及的人物，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="99" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="100" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="103" />
        <source>a note for yourself (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="104" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="121" />
        <source>type a theme and press Enter, or click the chips</source>
        <translation>输入主题名后按回车，或直接点选下面的主题</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="147" />
        <source>No theme is named “%1”.</source>
        <translation>没有名为“%1”的主题。</translation>
    </message>
    <message>
        <location filename="../excerpt_editor.py" line="163" />
        <source>No one in the directory is named “%1”.</source>
        <translation>人物名录中没有“%1”。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../confirm.py" line="45" />
        <source>Exported with notes</source>
        <translation>已导出（有提示）</translation>
    </message>
    <message>
        <location filename="../confirm.py" line="46" />
        <source>The briefing was exported. Note:</source>
        <translation>简报已导出。请注意：</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../first_run.py" line="30" />
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;A briefing is made in five steps. Start with the first; each button does its step.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;开始使用&lt;/h2&gt;&lt;p&gt;编一期简报分五步。从第一步开始，每个按钮完成对应的一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="36" />
        <source>1 Import</source>
        <translation>1 导入</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="36" />
        <source>Bring in newspaper pages and articles: .txt, .docx, .pdf, .html files, pasted text, or the demo pages to try.</source>
        <translation>导入报纸版面和文章：.txt、.docx、.pdf、.html 文件，或粘贴的文字；也可以先加载示例版面试用。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="38" />
        <source>2 Tag</source>
        <translation>2 标注</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="38" />
        <source>The program finds who said what and on which theme; it suggests, you decide.</source>
        <translation>程序找出谁讲了什么、涉及哪个主题；程序提出建议，由您决定。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="40" />
        <source>3 Review</source>
        <translation>3 审核</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="40" />
        <source>Accept (A) or reject (R) each suggested statement; Ctrl+Z undoes.</source>
        <translation>逐条接受（A）或拒绝（R）建议的讲话；按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="42" />
        <source>4 Compose</source>
        <translation>4 编排</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="42" />
        <source>Choose a template and the people or themes: the program drafts the briefing, you arrange it.</source>
        <translation>选择模板和人物或主题，程序起草简报，由您调整编排。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="44" />
        <source>5 Export</source>
        <translation>5 导出</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="44" />
        <source>Write the briefing as a .docx in 公文 format.</source>
        <translation>把简报导出为公文格式的 .docx 文件。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="47" />
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="47" />
        <source>Paste article…</source>
        <translation>粘贴文章…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="48" />
        <source>Load demo pages</source>
        <translation>加载示例版面</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="49" />
        <source>Tag new articles</source>
        <translation>标注新文章</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="50" />
        <source>Go to review</source>
        <translation>去审核</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="51" />
        <source>Go to composer</source>
        <translation>去编排</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="52" />
        <source>Go to briefings</source>
        <translation>去导出简报</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="82" />
        <source>The library holds %1 article(s).</source>
        <translation>资料库现有 %1 篇文章。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="83" />
        <source>%1 suggested statement(s) wait for review.</source>
        <translation>有 %1 条建议的讲话待审核。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="84" />
        <source>%1 statement(s) accepted.</source>
        <translation>已接受 %1 条讲话。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="85" />
        <source>%1 briefing(s) drafted.</source>
        <translation>已起草 %1 期简报。</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="86" />
        <source>On the briefings page: select one, then Export .docx…</source>
        <translation>在“简报”页选中一期，点“导出 .docx…”。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../dialogs.py" line="83" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="83" />
        <source>Paste article</source>
        <translation>粘贴文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs.py" line="88" />
        <source>%n file(s) or folder(s)</source>
        <translation>
            <numerusform>%n 个文件或文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs.py" line="90" />
        <source>Pasted text, %n character(s):</source>
        <translation>
            <numerusform>粘贴的文字，共 %n 个字：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="96" />
        <source>the first line is the title when left empty</source>
        <translation>留空时以第一行为标题</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="97" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="100" />
        <source>e.g. 丰台时报 (optional)</source>
        <translation>如 丰台时报（可不填）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="102" />
        <source>2025-09-01, 2025/9/1 or 2025年9月1日 (optional)</source>
        <translation>如 2025-09-01、2025/9/1 或 2025年9月1日（可不填）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="105" />
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="116" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="117" />
        <source>Whole page</source>
        <translation>整版</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="118" />
        <source>Single article</source>
        <translation>单篇文章</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="119" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="120" />
        <source>Publication date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="121" />
        <source>Read as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library_page.py" line="83" />
        <source>Search: words, "phrase", OR, -excluded</source>
        <translation>搜索：词语、"短语"、OR、-排除词</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="86" />
        <source>from YYYY-MM-DD</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="88" />
        <source>to YYYY-MM-DD</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="90" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="96" />
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="97" />
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="98" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="99" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="101" />
        <source>Show all</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="110" />
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="111" />
        <source>Any theme</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../library_page.py" line="126" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library_page.py" line="172" />
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="171" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../library_page.py" line="179" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>找到 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library_page.py" line="181" />
        <source> (more: narrow the search)</source>
        <translation>（还有更多，请缩小范围）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="121" />
        <location filename="../main_window.py" line="122" />
        <source>Briefing Composer</source>
        <translation>简报编排器</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <location filename="../main_window.py" line="143" />
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181" />
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>Load &amp;demo pages</source>
        <translation>加载示例版面(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184" />
        <source>&amp;Paste article…</source>
        <translation>粘贴文章(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="189" />
        <source>&amp;Tag new articles</source>
        <translation>标注新文章(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190" />
        <source>Tag &amp;all articles again</source>
        <translation>重新标注全部文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191" />
        <location filename="../main_window.py" line="391" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192" />
        <location filename="../main_window.py" line="392" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193" />
        <source>Open &amp;library…</source>
        <translation>打开资料库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197" />
        <source>&amp;Getting started</source>
        <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200" />
        <location filename="../main_window.py" line="262" />
        <source>Library</source>
        <translation>文章库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>&amp;Recent libraries</source>
        <translation>最近的资料库(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219" />
        <source>&amp;Tagging</source>
        <translation>标注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262" />
        <source>To review (%1)</source>
        <translation>待审核（%1）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263" />
        <source>Briefings</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263" />
        <source>Composer</source>
        <translation>编排</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263" />
        <source>Overview</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264" />
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="267" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299" />
        <location filename="../main_window.py" line="327" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308" />
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文字。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314" />
        <source>Reading the pasted text</source>
        <translation>正在读取粘贴的文字</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="340" />
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="340" />
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="340" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368" />
        <source>Tagging</source>
        <translation>正在标注</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372" />
        <source>Tagged %1 articles: %2 statements, %3 theme tags</source>
        <translation>已标注 %1 篇文章：讲话 %2 条，主题标签 %3 个</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="380" />
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="380" />
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385" />
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385" />
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="392" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="413" />
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="421" />
        <source>The library is damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430" />
        <source>About Briefing Composer</source>
        <translation>关于简报编排器</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444" />
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Imported: %1, duplicates: %2, failed: %3</source>
        <translation>已导入 %1 个，重复 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92" />
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)</source>
        <translation>稿件 (*.txt *.docx *.doc *.pdf *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98" />
        <location filename="../main_window.py" line="452" />
        <source>Open library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>Libraries (*.sqlite *.db);;All files (*)</source>
        <translation>资料库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../operations.py" line="148" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../operations.py" line="162" />
        <source>%1: %2 of %3</source>
        <translation>%1：第 %2 个，共 %3 个</translation>
    </message>
    <message>
        <location filename="../operations.py" line="191" />
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
</context>
<context>
    <name>OutlineEdits</name>
    <message>
        <location filename="../composer_edits.py" line="84" />
        <source>Section added</source>
        <translation>已新建栏目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="108" />
        <source>Section renamed</source>
        <translation>已重命名栏目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="120" />
        <source>Section moved</source>
        <translation>已移动栏目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="130" />
        <source>Section removed</source>
        <translation>已删除栏目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="153" />
        <source>Item moved</source>
        <translation>已移动条目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="178" />
        <source>Item removed</source>
        <translation>已移除条目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="195" />
        <source>Item reworded</source>
        <translation>已改写条目</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="222" />
        <source>Excerpts added</source>
        <translation>已加入摘录</translation>
    </message>
    <message>
        <location filename="../composer_edits.py" line="230" />
        <source>Articles added</source>
        <translation>已加入文章</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../overview_page.py" line="39" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="142" />
        <source>Statements per person and theme</source>
        <translation>各人按主题的讲话数</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="143" />
        <source>Statements per person and month</source>
        <translation>各人按月的讲话数</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="144" />
        <source>Statements per person and week</source>
        <translation>各人按周的讲话数</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="151" />
        <source>&lt;p&gt;&lt;b&gt;Nothing to count yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The overview counts accepted statements: who said how much on which theme, or per month. This library has none accepted yet.&lt;/p&gt;&lt;p&gt;To fill it: import articles (File → Import files), tag them (Ctrl+T), then accept statements on the To review page (A).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有可统计的内容。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;统计页统计已接受的讲话：每人在各主题（或每月）讲了多少。本资料库还没有已接受的讲话。&lt;/p&gt;&lt;p&gt;请先导入文章（文件 → 导入文件），标注（Ctrl+T），再到“待审核”页接受讲话（A）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="160" />
        <source>Chart as PNG…</source>
        <translation>导出图表 PNG…</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="160" />
        <source>Numbers as CSV…</source>
        <translation>导出数据 CSV…</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="161" />
        <source>Numbers as XLSX…</source>
        <translation>导出数据 XLSX…</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <location filename="../people_forms.py" line="28" />
        <source>Official</source>
        <translation>领导干部</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="29" />
        <source>People's congress deputy</source>
        <translation>人大代表</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="30" />
        <source>CPPCC member</source>
        <translation>政协委员</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="31" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="32" />
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="33" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../manager_pages.py" line="95" />
        <location filename="../manager_pages.py" line="218" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="95" />
        <location filename="../manager_pages.py" line="137" />
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="96" />
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="96" />
        <source>Titles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="105" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="106" />
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="107" />
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="108" />
        <source>Add alias…</source>
        <translation>添加别名…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="109" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="121" />
        <source>Selected person</source>
        <translation>选中的人物</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="126" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="126" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="127" />
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="132" />
        <source>Add title…</source>
        <translation>添加职务…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="110" />
        <source>Add person…</source>
        <translation>添加人物…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="126" />
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="134" />
        <source>Remove title</source>
        <translation>删除职务</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="157" />
        <source>suggested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="157" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="198" />
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="198" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="204" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="204" />
        <source>Another name for %1</source>
        <translation>%1 的另一个称呼</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="211" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="211" />
        <source>Merge %1 into (name)</source>
        <translation>把 %1 合并到（姓名）</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="218" />
        <source>Add person</source>
        <translation>添加人物</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../reader.py" line="117" />
        <source>New excerpt from selection</source>
        <translation>用选中文字新建摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="134" />
        <source>Move excerpt to selection</source>
        <translation>把摘录范围改为选中文字</translation>
    </message>
    <message>
        <location filename="../reader.py" line="370" />
        <source>Delete this excerpt?</source>
        <translation>删除这条摘录？</translation>
    </message>
    <message>
        <location filename="../reader.py" line="371" />
        <source>Delete excerpt</source>
        <translation>删除摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="159" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../reader.py" line="105" />
        <source>Find in this article (Enter: next, Esc: close)</source>
        <translation>在本文中查找（回车：下一处，Esc：关闭）</translation>
    </message>
    <message>
        <location filename="../reader.py" line="120" />
        <source>Find in article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../reader.py" line="123" />
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <location filename="../reader.py" line="131" />
        <source>Edit excerpt…</source>
        <translation>修改摘录…</translation>
    </message>
    <message>
        <location filename="../reader.py" line="136" />
        <source>Delete excerpt…</source>
        <translation>删除摘录…</translation>
    </message>
    <message>
        <location filename="../reader.py" line="159" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../reader.py" line="198" />
        <source>Statement</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../reader.py" line="198" />
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../reader.py" line="198" />
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="202" />
        <source>suggested</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../reader.py" line="280" />
        <source>not in this article</source>
        <translation>本文中没有</translation>
    </message>
    <message>
        <location filename="../reader.py" line="288" />
        <source>match %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../review_page.py" line="200" />
        <source>Statements</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="201" />
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="205" />
        <source>confidence ≥ </source>
        <translation>置信度 ≥ </translation>
    </message>
    <message>
        <location filename="../review_page.py" line="209" />
        <source>Reliable only</source>
        <translation>只看可靠的</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="211" />
        <source>Statements at least as confident as this library's reliable line (98 % precision on real articles)</source>
        <translation>置信度达到本库可靠线的讲话（在真实文章上准确率达98%）</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="213" />
        <source>Accept all shown…</source>
        <translation>全部接受…</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="215" />
        <source>Reject all shown…</source>
        <translation>全部拒绝…</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="291" />
        <source>Accept all shown</source>
        <translation>接受当前全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="291" />
        <source>Accept all %n suggestion(s) shown?</source>
        <translation>
            <numerusform>接受列出的全部 %n 条建议？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_page.py" line="293" />
        <source>Reject all shown</source>
        <translation>拒绝当前全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="293" />
        <source>Reject all %n suggestion(s) shown?</source>
        <translation>
            <numerusform>拒绝列出的全部 %n 条建议？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_page.py" line="312" />
        <source>Accepting</source>
        <translation>正在接受</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="312" />
        <source>Rejecting</source>
        <translation>正在拒绝</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="343" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="223" />
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="178" />
        <source>A accept · R reject · E edit speaker, themes and note · ↑↓ move · Ctrl+Z undo</source>
        <translation>A 接受 · R 拒绝 · E 修改讲话人、主题和备注 · ↑↓ 移动 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="224" />
        <source>Any theme</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="246" />
        <source>%n to review</source>
        <translation>
            <numerusform>待审核 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="307" />
        <source>Accepted %n suggestion(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>已接受 %n 条建议。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="309" />
        <source>Rejected %n suggestion(s). Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>已拒绝 %n 条建议。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_page.py" line="340" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="341" />
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="341" />
        <source>themes</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dialogs.py" line="199" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="207" />
        <source>default: the user data folder</source>
        <translation>默认：用户数据文件夹</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="214" />
        <source> h (0: off)</source>
        <translation> 小时（0：不自动备份）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="219" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="220" />
        <source>Library file</source>
        <translation>资料库文件</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="221" />
        <source>Default template</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="222" />
        <source>Back up every</source>
        <translation>自动备份间隔</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="223" />
        <source>Keep the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="224" />
        <source>Language and library apply at the next start.</source>
        <translation>界面语言和资料库在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <location filename="../overview_page.py" line="124" />
        <source>%1 total</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../manager_pages.py" line="246" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="246" />
        <source>Excerpts</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="246" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="246" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="247" />
        <location filename="../manager_pages.py" line="293" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="251" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="251" />
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="252" />
        <source>Keywords…</source>
        <translation>关键词…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="252" />
        <source>Move under…</source>
        <translation>移到…之下</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="253" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="253" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="278" />
        <source>Add theme</source>
        <translation>新增主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="278" />
        <source>Name (under %1)</source>
        <translation>名称（上级：%1）</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="284" />
        <source>Rename theme</source>
        <translation>主题改名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="284" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="293" />
        <source>Keywords, separated by 、</source>
        <translation>关键词，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="300" />
        <source>Move theme</source>
        <translation>移动主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="300" />
        <source>New parent (empty: top level)</source>
        <translation>新的上级主题（留空：顶层）</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="306" />
        <source>Merge theme</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="306" />
        <source>Merge %1 into</source>
        <translation>把 %1 合并到</translation>
    </message>
</context>
<context>
    <name>TitleForm</name>
    <message>
        <location filename="../people_forms.py" line="70" />
        <source>Add a title for %1</source>
        <translation>为 %1 添加职务</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="72" />
        <source>e.g. 区委书记</source>
        <translation>例如：区委书记</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="74" />
        <source>e.g. 中共丰台区委 (optional)</source>
        <translation>例如：中共丰台区委（可不填）</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="75" />
        <location filename="../people_forms.py" line="76" />
        <source>set</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="84" />
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="85" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="86" />
        <source>Held from</source>
        <translation>任职起始</translation>
    </message>
    <message>
        <location filename="../people_forms.py" line="87" />
        <source>Held until</source>
        <translation>任职截止</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="62" />
        <source>add the Chinese (Simplified) supplemental fonts: Settings → Apps → Optional features</source>
        <translation>添加“中文(简体)补充字体”：设置 → 应用 → 可选功能</translation>
    </message>
    <message>
        <location filename="../app.py" line="66" />
        <source>reinstall the system font PingFang SC</source>
        <translation>重新安装系统字体“苹方”（PingFang SC）</translation>
    </message>
    <message>
        <location filename="../app.py" line="68" />
        <source>sudo apt-get install fonts-noto-cjk (or fonts-wqy-microhei)</source>
        <translation>sudo apt-get install fonts-noto-cjk（或 fonts-wqy-microhei）</translation>
    </message>
    <message>
        <location filename="../app.py" line="69" />
        <source>No Chinese font found: Chinese text will show as boxes. Install one: %1</source>
        <translation>未找到中文字体，中文会显示为方框。请安装：%1</translation>
    </message>
    <message>
        <location filename="../app.py" line="93" />
        <source>Briefing Composer</source>
        <translation>简报编排器</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../i18n.py" line="47" />
        <source>The Chinese translation is missing (%1); the window shows English. Reinstall the app.</source>
        <translation>缺少中文界面翻译文件（%1），窗口将显示英文。请重新安装本软件。</translation>
    </message>
</context>
</TS>