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
        <location filename="../article_model.py" line="81" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>BriefingsPage</name>
    <message>
        <location filename="../manager_pages.py" line="264" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="264" />
        <location filename="../manager_pages.py" line="277" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="264" />
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="265" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="265" />
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="271" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="271" />
        <source>Duplicate as next issue</source>
        <translation>复制为下一期</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="272" />
        <source>Export .docx…</source>
        <translation>导出 .docx…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="272" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="273" />
        <source>Add template…</source>
        <translation>添加模板…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="273" />
        <location filename="../manager_pages.py" line="306" />
        <source>Preview template</source>
        <translation>预览模板</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="277" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="277" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="318" />
        <source>speech compilation</source>
        <translation>讲话摘编</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="318" />
        <source>bulletin</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="319" />
        <source>dossier</source>
        <translation>专题汇编</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="322" />
        <source>shipped</source>
        <translation>随程序提供</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="322" />
        <source>yours</source>
        <translation>自己添加</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="343" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../composer_page.py" line="168" />
        <source>from YYYY-MM-DD</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="170" />
        <source>to YYYY-MM-DD</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="172" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="173" />
        <source>Not yet used</source>
        <translation>只看未用过的</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="174" />
        <source>Reliable only</source>
        <translation>只看可靠的</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="176" />
        <source>Statements at least as confident as this library's reliable line (98 % precision on real articles)</source>
        <translation>置信度达到本库可靠线的讲话（在真实文章上准确率达98%）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="178" />
        <source>by theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="178" />
        <source>by person</source>
        <translation>按人物</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="179" />
        <source>by date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="181" />
        <source>Find candidates</source>
        <translation>查找素材</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="183" />
        <source>Auto-draft</source>
        <translation>自动编排</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="187" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="187" />
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="188" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="188" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="189" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="189" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="190" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="209" />
        <source>Regroup</source>
        <translation>重新分组</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="209" />
        <source>New section</source>
        <translation>新增一节</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="210" />
        <location filename="../composer_page.py" line="417" />
        <source>Free text</source>
        <translation>自由文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="210" />
        <source>Edit text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="211" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="211" />
        <source>Export .docx…</source>
        <translation>导出 .docx…</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="224" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="224" />
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="224" />
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="224" />
        <source>Issuing unit</source>
        <translation>编印单位</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="225" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="225" />
        <source>Sent to</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="225" />
        <source>Copied to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="225" />
        <source>Printed by</source>
        <translation>印发</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="226" />
        <source>Editor's note</source>
        <translation>按语</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="235" />
        <source>Issue no.</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="243" />
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="244" />
        <source>Any theme</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="350" />
        <source>Reordered</source>
        <translation>调整顺序</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="365" />
        <source>Fields edited</source>
        <translation>修改简报信息</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="377" />
        <source>Excerpts added</source>
        <translation>加入摘录</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="390" />
        <source>Item removed</source>
        <translation>移除条目</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="398" />
        <source>Edit text for this briefing</source>
        <translation>修改本期简报中的文字（资料库原文不变）</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="405" />
        <source>Item edited</source>
        <translation>修改条目文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="412" />
        <source>Section added</source>
        <translation>新增一节</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="422" />
        <source>Free text added</source>
        <translation>加入自由文字</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="427" />
        <source>Regrouped</source>
        <translation>重新分组</translation>
    </message>
    <message>
        <location filename="../composer_page.py" line="444" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <location filename="../reader.py" line="70" />
        <source>New excerpt</source>
        <translation>新建摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="76" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../reader.py" line="79" />
        <source>who said it (leave empty for a passage)</source>
        <translation>讲话人（只是一段文字则留空）</translation>
    </message>
    <message>
        <location filename="../reader.py" line="80" />
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location filename="../reader.py" line="83" />
        <source>people named, separated by 、</source>
        <translation>涉及的人物，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../reader.py" line="84" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../reader.py" line="87" />
        <source>themes, separated by 、</source>
        <translation>主题，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../reader.py" line="88" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../dialogs.py" line="74" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="74" />
        <source>Paste article</source>
        <translation>粘贴文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs.py" line="79" />
        <source>%n file(s) or folder(s)</source>
        <translation>
            <numerusform>%n 个文件或文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../dialogs.py" line="81" />
        <source>Pasted text, %n character(s):</source>
        <translation>
            <numerusform>粘贴的文字，共 %n 个字：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="87" />
        <source>the first line is the title when left empty</source>
        <translation>留空时以第一行为标题</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="88" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="90" />
        <source>e.g. 丰台时报 (optional)</source>
        <translation>如 丰台时报（可不填）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="92" />
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（可不填）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="94" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="95" />
        <source>Whole page</source>
        <translation>整版</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="96" />
        <source>Single article</source>
        <translation>单篇文章</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="97" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="98" />
        <source>Publication date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="99" />
        <source>Read as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library_page.py" line="74" />
        <source>Search: words, "phrase", OR, -excluded</source>
        <translation>搜索：词语、"短语"、OR、-排除词</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="77" />
        <source>from YYYY-MM-DD</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="79" />
        <source>to YYYY-MM-DD</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="81" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="85" />
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="86" />
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="87" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="88" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="90" />
        <source>Show all</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="99" />
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="100" />
        <source>Any theme</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../library_page.py" line="106" />
        <location filename="../library_page.py" line="115" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library_page.py" line="140" />
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <location filename="../library_page.py" line="139" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../library_page.py" line="146" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>找到 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library_page.py" line="148" />
        <source> (more: narrow the search)</source>
        <translation>（还有更多，请缩小范围）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="87" />
        <source>Briefing Composer</source>
        <translation>简报编排器</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <location filename="../main_window.py" line="105" />
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139" />
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141" />
        <source>Load &amp;demo pages</source>
        <translation>加载示例版面(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <source>&amp;Paste article…</source>
        <translation>粘贴文章(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>&amp;Tag new articles</source>
        <translation>标注新文章(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Tag &amp;all articles again</source>
        <translation>重新标注全部文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154" />
        <location filename="../main_window.py" line="190" />
        <source>Library</source>
        <translation>文章库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162" />
        <source>&amp;Tagging</source>
        <translation>标注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190" />
        <source>To review (%1)</source>
        <translation>待审核（%1）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191" />
        <source>Briefings</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191" />
        <source>Composer</source>
        <translation>编排</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191" />
        <source>Overview</source>
        <translation>统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="194" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218" />
        <location filename="../main_window.py" line="246" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227" />
        <source>The clipboard holds no text to import.</source>
        <translation>剪贴板中没有可导入的文字。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233" />
        <source>Reading the pasted text</source>
        <translation>正在读取粘贴的文字</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277" />
        <source>Tagging</source>
        <translation>正在标注</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281" />
        <source>Tagged %1 articles: %2 statements, %3 theme tags</source>
        <translation>已标注 %1 篇文章：讲话 %2 条，主题标签 %3 个</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289" />
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="289" />
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293" />
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293" />
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>The library is damaged</source>
        <translation>资料库已损坏</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>About Briefing Composer</source>
        <translation>关于简报编排器</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250" />
        <source>Imported: %1, duplicates: %2, failed: %3</source>
        <translation>已导入 %1 个，重复 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258" />
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
        <location filename="../operations.py" line="161" />
        <source>%1: %2 of %3</source>
        <translation>%1：第 %2 个，共 %3 个</translation>
    </message>
    <message>
        <location filename="../operations.py" line="190" />
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../overview_page.py" line="118" />
        <source>Statements per person and theme</source>
        <translation>各人按主题的讲话数</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="119" />
        <source>Statements per person and month</source>
        <translation>各人按月的讲话数</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="120" />
        <source>Statements per person and week</source>
        <translation>各人按周的讲话数</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="128" />
        <source>Chart as PNG…</source>
        <translation>导出图表 PNG…</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="128" />
        <source>Numbers as CSV…</source>
        <translation>导出数据 CSV…</translation>
    </message>
    <message>
        <location filename="../overview_page.py" line="129" />
        <source>Numbers as XLSX…</source>
        <translation>导出数据 XLSX…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../manager_pages.py" line="76" />
        <location filename="../manager_pages.py" line="136" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="76" />
        <source>Role</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="77" />
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="77" />
        <source>Titles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="84" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="85" />
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="86" />
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="87" />
        <source>Add alias…</source>
        <translation>添加别名…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="88" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="89" />
        <source>Add title…</source>
        <translation>添加职务…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="90" />
        <source>Add person…</source>
        <translation>添加人物…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="100" />
        <source>suggested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="100" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="116" />
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="116" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="122" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="122" />
        <source>Another name for %1</source>
        <translation>%1 的另一个称呼</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="129" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="129" />
        <source>Merge %1 into (name)</source>
        <translation>把 %1 合并到（姓名）</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="136" />
        <source>Add person</source>
        <translation>添加人物</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="143" />
        <source>Add title</source>
        <translation>添加职务</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="144" />
        <source>Title|organisation|from YYYY-MM-DD, e.g. 区委书记|区委|2025-01-01</source>
        <translation>职务|单位|起始日期，如 区委书记|区委|2025-01-01</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../reader.py" line="144" />
        <source>New excerpt from selection</source>
        <translation>用选中文字新建摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="147" />
        <source>Move excerpt to selection</source>
        <translation>把摘录范围改为选中文字</translation>
    </message>
    <message>
        <location filename="../reader.py" line="149" />
        <source>Delete excerpt</source>
        <translation>删除摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="172" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../reader.py" line="172" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../reader.py" line="193" />
        <source>Statement</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../reader.py" line="193" />
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../reader.py" line="193" />
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../reader.py" line="197" />
        <source>suggested</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../review_page.py" line="129" />
        <source>A accept · R reject · E edit speaker and themes · ↑↓ move · Ctrl+Z undo</source>
        <translation>A 接受 · R 拒绝 · E 修改讲话人和主题 · ↑↓ 移动 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="137" />
        <source>Statements</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="138" />
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="142" />
        <source>confidence ≥ </source>
        <translation>置信度 ≥ </translation>
    </message>
    <message>
        <location filename="../review_page.py" line="146" />
        <source>Reliable only</source>
        <translation>只看可靠的</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="148" />
        <source>Statements at least as confident as this library's reliable line (98 % precision on real articles)</source>
        <translation>置信度达到本库可靠线的讲话（在真实文章上准确率达98%）</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="150" />
        <source>Accept all shown</source>
        <translation>接受当前全部</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="152" />
        <source>Reject all shown</source>
        <translation>拒绝当前全部</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="160" />
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="161" />
        <source>Any theme</source>
        <translation>所有主题</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="175" />
        <source>%n to review</source>
        <translation>
            <numerusform>待审核 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../review_page.py" line="210" />
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="210" />
        <source>Who said it?</source>
        <translation>讲话人是谁？</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="211" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="211" />
        <source>Themes, separated by 、</source>
        <translation>主题，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="235" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="236" />
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="236" />
        <source>themes</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dialogs.py" line="154" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="162" />
        <source>default: the user data folder</source>
        <translation>默认：用户数据文件夹</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="169" />
        <source> h (0: off)</source>
        <translation> 小时（0：不自动备份）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="174" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="175" />
        <source>Library file</source>
        <translation>资料库文件</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="176" />
        <source>Default template</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="177" />
        <source>Back up every</source>
        <translation>自动备份间隔</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="178" />
        <source>Keep the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="179" />
        <source>Language and library apply at the next start.</source>
        <translation>界面语言和资料库在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../manager_pages.py" line="157" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="157" />
        <source>Excerpts</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="157" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="157" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="158" />
        <location filename="../manager_pages.py" line="204" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="162" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="162" />
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="163" />
        <source>Keywords…</source>
        <translation>关键词…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="163" />
        <source>Move under…</source>
        <translation>移到…之下</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="164" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="164" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="189" />
        <source>Add theme</source>
        <translation>新增主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="189" />
        <source>Name (under %1)</source>
        <translation>名称（上级：%1）</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="195" />
        <source>Rename theme</source>
        <translation>主题改名</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="195" />
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="204" />
        <source>Keywords, separated by 、</source>
        <translation>关键词，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="211" />
        <source>Move theme</source>
        <translation>移动主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="211" />
        <source>New parent (empty: top level)</source>
        <translation>新的上级主题（留空：顶层）</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="217" />
        <source>Merge theme</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="217" />
        <source>Merge %1 into</source>
        <translation>把 %1 合并到</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="64" />
        <source>Briefing Composer</source>
        <translation>简报编排器</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../main_window.py" line="67" />
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68" />
        <source>Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)</source>
        <translation>稿件 (*.txt *.docx *.doc *.pdf *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="244" />
        <source>Add template</source>
        <translation>添加模板</translation>
    </message>
    <message>
        <location filename="../manager_pages.py" line="248" />
        <location filename="../overview_page.py" line="37" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
</TS>