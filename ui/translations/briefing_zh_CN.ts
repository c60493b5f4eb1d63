<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../article_model.py" line="32" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="32" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="32" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="32" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="32" />
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="36" />
        <source>News</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="37" />
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="38" />
        <source>Feature</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="39" />
        <source>Editor's note</source>
        <translation>编者按</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="40" />
        <source>Photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="41" />
        <source>Infographic</source>
        <translation>图解</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="42" />
        <source>Sidebar</source>
        <translation>链接/侧栏</translation>
    </message>
    <message>
        <location filename="../article_model.py" line="78" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="50" />
        <source>Briefing Composer</source>
        <translation>简报编排器</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73" />
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76" />
        <source>Load &amp;demo pages</source>
        <translation>加载示例版面(&amp;D)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="78" />
        <source>Library</source>
        <translation>文章库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="82" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="89" />
        <source>%n article(s)</source>
        <translation><numerusform>共 %n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131" />
        <source>Imported: %1, duplicates: %2, failed: %3</source>
        <translation>已导入 %1 个，重复 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="47" />
        <source>Briefing Composer</source>
        <translation>简报编排器</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../main_window.py" line="36" />
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="38" />
        <source>Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)</source>
        <translation>稿件 (*.txt *.docx *.doc *.pdf *.html *.htm);;所有文件 (*)</translation>
    </message>
</context>
</TS>