"""Layouts of single web articles from classes seen on real pages (a search of stored public government and
news pages; each class written again as a page of our own words in tests/fixtures/web, failing before its fix):
converters' list marks, menus and contact footers, credits justified with a space, e-paper views, WeChat in English
UI, a 公文's number, an article printed twice, bulletin-like credits, journal papers, teasers after the text."""

from __future__ import annotations

import pytest

from composer.ingest.layout import split_text
from tests.test_web_articles import check_web_fixture

REAL_PAGE_LAYOUTS = {
    "tail_link_bullets": {  # 👉 and ▪ headlines under the last paragraph: the site's links, not the article's list
        "title": "青石區府要求各局處加快回應市民關切",
        "published": "2025-09-11",
        "source": "聯合報",
        "byline": "記者林怡／台北即時報導",
        "reporters": ["林怡"],
        "first": "區府秘書長到任後",
        "last": "以加強對外溝通。",
        "furniture": ["👉", "▪", "區長專訪"],
    },
    "clock_over_labelled_date": {  # the site's clock (…年…月…日 星期五) over the headline, 发布时间 under it: the
        "title": "青石区发布会答问：“接诉即办”怎么办？",  # labelled date wins; 作者:佚名 names nobody; the
        "published": "2025-03-03",  # comment box; 全媒体记者: under the text is the byline
        "source": "青石新闻网",
        "byline": "全媒体记者：王静 陈芳",
        "reporters": ["王静", "陈芳"],
        "first": "3月2日，青石区政府新闻办举行新闻发布会",
        "last": "逐项推动解决。",
        "furniture": ["评论", "抢沙发", "佚名"],
    },
    "roc_date_under_crumbs": {  # a section and its column over an ROC date alone on its line (114年03月07日)
        "title": "市長接見青年志工代表 盼共同打造更溫暖的城市",
        "subtitle": "市長接見「114年度青年志工」代表",
        "published": "2025-03-07",
        "source": "府院新聞",
        "byline": None,
        "reporters": [],
        "first": "市長今（7）日上午接見青年志工代表",
        "last": "持續擴大志工培訓。",
        "furniture": ["新聞與活動", ":::"],
    },
    "portal_link_lists": {  # a portal's bulleted link lists and their labels above the article; (某某電台消息)
        "title": "周凱： 公務外出返回後須按規定報備",
        "published": "2025-07-10",
        "source": "青石電台",
        "byline": "（青石電台消息）",
        "reporters": [],
        "first": "行政法務司司長周凱表示",
        "last": "有關安排將適時檢討。",
        "furniture": ["•", "媒體", "分類"],
    },
    "author_slash_outlet": {  # a question headline under a company's name and the app's widgets; 作者/出处
        "title": "換屆結束，新班子首周都去了哪裡？",  # under it: the author and the source
        "published": "2025-05-30",
        "source": "青石青年報“政務圈”微信公號",
        "byline": "李曉/青石青年報“政務圈”微信公號",
        "reporters": ["李曉"],
        "first": "青石青年報“政務圈”微信公號5月30日消息",
        "last": "他們的行程多與民生項目有關。",
        "furniture": ["Logo", "登錄", "字號"],
    },
    "slogan_over_headline": {  # 页面载入中... and the city's honours over a headline that ends with ！ and sits
        "title": "青石区“民生实事大家提”开始征集，欢迎您来出主意！",  # right above its meta line
        "published": "2025-02-10",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "为办好今年的民生实事",
        "last": "认真研究。",
        "furniture": ["★", "载入", "扫一扫"],
    },
    "epaper_section_over_headline": {  # 跳过导航, 某某日报 数字报纸 (the source), the page number and its section
        "title": "“青石民声”小程序上线百日",   # (要闻) over the headline
        "subtitle": "累计收到居民建议两千余条",
        "published": "2025-03-12",
        "source": "青石日报",
        "byline": "本报讯",
        "reporters": [],
        "first": "3月11日，“青石民声”小程序上线满一百天",
        "last": "让群众诉求“一网通办”。",
        "furniture": ["跳过导航", "数字报纸", "要闻"],
    },
    "region_menu_table_bars": {  # a region's list of places longer than any menu; an old table layout's bars
        "title": "区长周凯到开发区现场办公",  # after the headline and the date
        "published": "2025-03-14",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月13日上午，区长周凯到开发区现场办公",
        "last": "限期办结。",
        "furniture": ["东湖市", "|"],
    },
    "traditional_channel_bar": {  # 首頁|新聞|…|ENGLISH longer than any menu; captions 記者 X/攝 and 。受訪者供圖 in
        "title": "網絡問政，一問到底",   # traditional script; 作者:X 某某網 names one author; 熱點圖片 ends the text
        "published": "2025-03-04",
        "source": "青石日報",
        "byline": "作者:陳曉 青石青年網",
        "reporters": ["陳曉"],
        "subtitle": None,
        "first": "“局長，這條路甚麼時候能修好？”",  # (the captions above it kept as the article's captions)
        "last": "周邊居民紛紛點贊。",
        "furniture": ["首頁", "熱點圖片", "頭條新聞"],
    },
    "english_date_widget": {  # Thursday, March 6, 2025 over the headline: the site's English date is the page's
        "title": "青石区首任街道工委书记到任",
        "published": "2025-03-06",
        "source": "中广网",
        "byline": "中广网青石3月6日消息",
        "reporters": [],
        "first": "3月5日，青石区新设立的南湖街道召开干部大会",
        "last": "把群众的小事当成街道的大事。",
        "furniture": ["Thursday", "上一篇"],
    },
    "markdown_list_items": {  # - 标题 / - 2025年…来源:…: a converter's list marks; 提要: the page's abstract
        "title": "青石：我区召开背街小巷整治推进会",
        "published": "2025-04-09",
        "source": "青石区人民政府",
        "byline": None,
        "reporters": [],
        "first": "近日，青石区召开背街小巷整治推进会",
        "last": "要让居民出门就能感受到变化。",
        "furniture": ["提要", "- "],
    },
    "menu_word_over_crumb": {  # 政务公开 / 政府动态 (menu items, not the source); 来源: empty; 友情链接:
        "title": "区直机关干部参加义务植树",
        "published": "2025-03-13",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "12日，区直机关干部职工来到青石河畔",
        "last": "栽下树苗一千八百余株。",
        "furniture": ["政务公开", "次浏览", "友情链接"],
    },
    "cms_account_contacts": {  # 信息来源:超级管理员 names no source; the portal's menu and contact list under the text
        "title": "南关街道清理楼道堆物",
        "published": "2025-03-15",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "连日来，南关街道组织社区工作人员",
        "last": "不少居民主动加入清理队伍。",
        "furniture": ["管理员", "信访", "1380000"],
    },
    "collected_by_label": {  # 来源:今日青石收集编辑:今日青石 — two fields; 记者: under the text is the byline
        "title": "",
        "published": None,
        "source": "今日青石",
        "byline": "记者：孙悦 林涛",
        "reporters": ["孙悦", "林涛"],
        "first": "4月16日下午，区委副书记、区长周凯",
        "last": "要把为民服务的事情办细办实。",
        "furniture": ["收集编辑", "记者", "编辑"],
    },
    "portal_contact_footer": {  # 记者 … 来源: on one line; the footer's 电话: 地址: and 邮箱: lines
        "title": "社区书记的一天（基层观察）",
        "subtitle": "——走近社区书记（上）",
        "published": "2025-04-20",
        "source": "青石网",
        "byline": "记者  孙悦  林涛",
        "reporters": ["孙悦", "林涛"],
        "first": "编者按：社区书记是离群众最近的人。",
        "last": "已经在小区里转了一圈。",
        "furniture": ["相关阅读", "Copyright", "备案号", "电话", "邮箱"],
    },
    "trailing_editor_disclaimer": {  # …施行。（责任编辑：韩梅） and the site's disclaimer under the text
        "title": "青石公安推出十项便民措施",
        "published": "2025-04-22",
        "source": "青石日报",
        "byline": None,
        "reporters": [],
        "first": "4月21日，青石区公安分局推出十项便民措施",
        "last": "措施将从五月一日起施行。",
        "furniture": ["责任编辑", "不代表本网观点"],
    },
    "file_photo_caption": {  # 周凯（资料图）: a file photo's caption, no subtitle; 原标题:
        "title": "青石区长：把群众关心的小事办好（图）",
        "subtitle": None,
        "published": "2025-04-23",
        "source": "青石网",
        "byline": "本网讯（记者沈兰）",
        "reporters": ["沈兰"],
        "first": "4月23日，区长周凯接受本网专访时表示",
        "last": "今年将新建十二个社区食堂。",
        "furniture": ["资料图", "原标题"],
    },
    "epaper_lettered_page": {  # 第A02版：要闻 over an e-paper article's headline: the page, not the title
        "title": "全区防汛工作会议召开 周凯出席",
        "subtitle": None,
        "published": None,
        "source": None,
        "byline": "本报讯 （记者 孙悦）",
        "reporters": ["孙悦"],
        "first": "4月25日上午，全区防汛工作会议召开。",
        "last": "要把责任压实到每一个点位。",
        "furniture": ["A02版"],
    },
    "reading_time": {  # 本篇文章426字，读完约1分钟: how long the page takes to read, not its title
        "title": "青石区启动社区食堂建设",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "近日，青石区启动社区食堂建设",
        "last": "食堂将优先服务辖区老年人。",
        "furniture": ["读完"],
    },
    "channel_original_notice": {  # 本文为…原创文章，转载请附上原文出处链接…: the channel's notice under the credits
        "title": "青石县开展政务新媒体培训",
        "published": None,
        "source": "青石网",
        "byline": "作者：黄敏",
        "reporters": ["黄敏"],
        "first": "青石县近日举办政务新媒体培训班",
        "last": "县委宣传部副部长林岚授课。",
        "furniture": ["转载", "原创", "编辑"],
    },
    "font_size_widget": {  # 字体大小:【 — the font widget's label over the meta line, not the title
        "title": "青石区政务新媒体信息发布制度",
        "published": "2025-04-22",
        "source": "区司法局",
        "byline": None,
        "reporters": [],
        "first": "一、政务新媒体发布",
        "last": "政策解读等。",
        "furniture": ["字体", "浏览次数"],
    },
    "wire_title_repeated": {  # the headline again after the dateline (…电 题：…), then 新华社记者 alone
        "title": "绿水青山间的共富路——青石乡村振兴调研记",
        "published": "2025-08-01",
        "source": "新华社",
        "byline": "新华社青石7月31日电",
        "reporters": [],
        "first": "这里是青石，山多地少",
        "last": "县委书记赵敏说。",
        "furniture": ["题：", "新华社记者", "字号", "EN"],
    },
    "own_site_source_close": {  # 关闭× under the text; the sub-sites' list (来源:本站 is kept as printed, as the gold does)
        "title": "青石乡第九届人民代表大会第四次会议召开",
        "published": "2025-10-26",
        "source": "本站",
        "byline": None,
        "reporters": [],
        "first": "3月28日，青石乡第九届人民代表大会",
        "last": "听取和审议了政府工作报告。",
        "furniture": ["来源", "关闭", "分站"],
    },
    "menu_list_items": {  # - 设为首页 / - 无障碍阅读 / - 长者版: a portal's top menu as list items (长者版 was the title)
        "title": "2025年全区干部大会召开",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "2月26日，2025年全区干部大会召开",
        "last": "抓好各项重点工作。",
        "furniture": ["长者版", "无障碍", "设为首页"],
    },
    "essay_site_promo": {  # 正文复制 (two buttons); an essay site's 预览结束… and 👉…👈 under a speech
        "title": "在全区乡镇布局优化工作会议上的讲话",
        "published": "2025-01-21",
        "source": "青石范文网",
        "byline": None,
        "reporters": [],
        "first": "同志们：",
        "last": "对我区乡镇布局优化工作进行全面部署。",
        "furniture": ["正文复制", "预览结束", "联系老师"],
    },
    "wechat_english_ui": {  # a copied WeChat page in English UI: Original / the author / the account / the date,
        "title": "专访陈嘉明：让市民知道守护城市的决心丨青石一线",  # each alone (直新闻 had become the title)
        "kicker": None,
        "subtitle": None,
        "published": "2025-06-26",
        "source": "直新闻",
        "byline": "秦月",
        "reporters": ["秦月"],
        "first": "面对各种误解，警队如何争取民意？",
        "last": "警务人员需要表现专业、自强不息。",
        "furniture": ["Original", "#青石一线", "83个", "查看原文", "其他"],
    },
    "paper_app_chrome": {  # 澎湃Logo, 下载客户端, 登录, • +1 and 字号 around a news app's article
        "title": "城市韧性评估与提升策略——以长三角为例",
        "published": "2025-12-25",
        "source": "澎湃新闻·澎湃号·政务",
        "byline": None,
        "reporters": [],
        "first": "城市韧性是城市应对短期冲击",
        "last": "持续遭受各种冲击和扰动。",
        "furniture": ["Logo", "客户端", "登录", "+1", "字号"],
    },
    "barred_link_list": {  # 克东县 | 农安县 | …: the site's links set off by bars under the text
        "title": "人民呼唤更多优秀县委书记",
        "published": None,
        "source": "新华网",
        "byline": None,
        "reporters": [],
        "first": "“郡县治，天下安。”",
        "last": "保障民生的重要基础。",
        "furniture": ["|", "克东县"],
    },
    "info_table_fields": {  # a 政务公开 table copied with its labels' first characters lost (号:, 称:) and fields left
        "title": "青石区召开政府网站工作推进会",  # empty (号: 词:): 称：… had become the title, 号：词： the body's start
        "published": "2025-01-24",
        "source": "青石区人民政府办公室",
        "byline": "（柏云）",
        "reporters": ["柏云"],
        "first": "1月24日，青石区召开政府网站工作推进会",
        "last": "政府网站是政务服务的重要平台。",
        "furniture": ["号：", "词：", "一审", "关闭", "文字大小"],
    },
    "wap_pager_footer": {  # a WAP page's pager and links under the text: 1/2 下一页 上一页 首页 尾页, 返回 | 刷新 | …
        "title": "陈伟来东城区视察三区合一工作",
        "published": "2025-03-07",
        "source": "云湖房产网",
        "byline": "云湖房产网3月7日讯",
        "reporters": [],
        "first": "3月4日，云湖市委书记",
        "last": "对东城区三区合一工作给予充分肯定。",
        "furniture": ["下一页", "刷新", "22:37"],
    },
    "spaced_credit_labels": {  # a WeChat post's credits justified (编 辑:苏 伟, 一 审:魏 倩), 总监制, its disclaimer;
        "title": "县委书记看望慰问新闻工作者",  # 县融媒体中心记者:陈彬 under the text is the byline
        "published": None,
        "source": "县融媒体中心",
        "byline": "县融媒体中心记者：陈彬",
        "reporters": ["陈彬"],
        "first": "今年11月8日是中国记者节",
        "last": "继续在宣传本地文化上下功夫。",
        "furniture": ["编", "审", "监制", "免责", "联系电话"],
    },
    "epaper_masthead_issn": {  # an e-paper's web view: 今日青石-数字报|今日青石-电子版 (it was the title), 国内统一刊号
        "title": "青石推进“两个中心”全省试点县建设",  # (the subtitle), 查看次数:次
        "subtitle": None,
        "published": "2025-04-03",
        "source": "今日青石",
        "byline": "本报讯",
        "reporters": [],
        "first": "3月28日，省委网信办副主任谢林",
        "last": "县委书记龚海参加调研。",
        "furniture": ["数字报", "刊号", "查看次数", "往期回顾"],
    },
    "captcha_and_photo_file": {  # a photo's file name with a space in it (it was the subtitle), (通讯员:吴钰), 请输入验证码
        "title": "青石县召开融媒体中心和文明实践中心融合建设工作会",
        "subtitle": None,
        "published": "2025-12-01",
        "source": "文明青石",
        "byline": "（通讯员：吴钰）",
        "reporters": ["吴钰"],
        "first": "11月30日上午，青石县融合建设工作会",
        "last": "宣传部部长花锋出席会议并讲话。",
        "furniture": [".jpg", "验证码", "通讯员"],
    },
    "info_table_as_list": {  # a 政务公开 table printed as a list, each value on the line under its label (• 发文机构： /
        "title": "青石县人民政府工作规则",  # 县政府网站 had opened the body); 第一章总则 opens the text, no subtitle
        "subtitle": None,
        "published": "2025-04-06",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "第一章总则",
        "last": "政治领悟力、政治执行力。",
        "furniture": ["发文机构", "县政府网站", "青政发", "索引号", "内容概述"],
    },
    "comment_box_footer": {  # • 长辈版 (it opened the body, the title lost); a comment box under the text: 0条评论,
        "title": "县第十七届人民政府第22次县长专题会议召开",  # *正文:, 验证码:, 网友评论列表, 暂无网友评论
        "published": "2025-01-18",
        "source": "县广播电视台",
        "byline": None,
        "reporters": [],
        "first": "1月17日，县委副书记、县长孙东",
        "last": "会议还研究了其他事项。",
        "furniture": ["长辈版", "评论", "验证码", "正文：", "字体"],
    },
    "wechat_repost_origin": {  # 以下文章来源于青石融媒 ，作者青石融媒 and the account's card: the post's origin is the
        "title": "区长周凯调研老旧小区改造",  # source (the card's 青石融媒. had become the title)
        "subtitle": None,
        "published": "2025-05-12",
        "source": "青石融媒",
        "byline": None,
        "reporters": [],
        "first": "5月12日，区长周凯到东关街道",
        "last": "要把居民的意见放在前面。",
        "furniture": ["以下文章来源于", "官方账号", "青石融媒."],
    },
    "document_number": {  # a 公文 on a site: its number alone over the title, no red header (the number had become
        "title": "青石县人民政府关于印发《青石县背街小巷整治行动方案》的通知",  # the title), （此件公开发布） under it
        "subtitle": None,
        "published": "2025-04-08",
        "source": "青石县人民政府",
        "byline": None,
        "reporters": [],
        "first": "各乡镇人民政府，县政府各部门：",
        "last": "请结合实际认真贯彻执行。",
        "furniture": ["青政发", "此件公开发布"],
    },
    "printed_twice": {  # an e-paper view printing the article twice, under 标题(一版): the label had become the
        "title": "青石河整治工程加紧施工",  # title and the second copy body text
        "subtitle": None,
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月12日，记者在青石河东段",
        "last": "图为护坡施工现场。",
        "furniture": ["一版", "摄", "青石河整治工程加紧施工"],
    },
    "teaser_after_text": {  # 新闻推荐, a cut-off lead of another article (本报记者 李明 … 当前，…...) and the site's
        "title": "背街小巷换新颜",  # slogan: they had become a second article, titled with the teaser
        "subtitle": None,
        "published": None,
        "source": None,
        "byline": "本报记者 张晶 摄影报道",
        "reporters": ["张晶"],
        "first": "3月1日，本报刊登了",
        "last": "工人正在安装路灯。",
        "furniture": ["新闻推荐", "林春荣", "讲好家门口的故事"],
    },
    "numbered_sections": {  # a short article whose 一、/二、 section heads are about as long as its headline: the
        "title": "社区党建引领基层治理的实践路径",  # text passed for hard-wrapped, each head run into its paragraph
        "subtitle": None,
        "published": "2025-01-02",
        "source": "青石区委组织部",
        "byline": None,
        "reporters": [],
        "first": "党的二十大报告提出",
        "last": "让党员在楼道里亮身份。",
        "furniture": ["动力与传统", "路径要把"],
    },
    "journal_paper": {  # a journal paper on a reading site: 刊名 2024年12期 names where it was printed (the source),
        "title": "社区议事会如何让居民说了算",  # its catalogue numbers ([中图分类号] …) had opened the body
        "subtitle": "——以青石区东关街道为例",
        "published": "2025-01-06",
        "source": "青石行政学刊",
        "byline": None,
        "reporters": [],
        "first": "社区议事会是居民参与社区事务的重要平台。",
        "last": "逐项讨论，当场表决。",
        "furniture": ["APP下载", "2024年12期", "关键词", "中图分类号", "文章编号"],
    },
    "dashed_subtitle_line": {  # 标题 —— 送去党和政府的温暖: words after a spaced dash that do not end as a site's name
        "title": "县长走访困难群众 —— 送去党和政府的温暖",  # ends are the headline's (…政府的温暖 had been cut as a site)
        "subtitle": None,
        "published": "2025-01-20",
        "source": "县政府办",
        "byline": None,
        "reporters": [],
        "first": "1月20日，县长邹明远",
        "last": "油和慰问金。",
        "furniture": ["首页"],
    },
    "photo_report_credit": {  # 井娇摄影报道 under the text: a name and 摄影报道, no 记者 (it had stayed body text)
        "title": "县领导看望政协委员",
        "subtitle": None,
        "published": None,
        "source": None,
        "byline": "井娇摄影报道",
        "reporters": ["井娇"],
        "first": "8月28日下午",
        "last": "把选举完成好。",
        "furniture": ["本期共4版", "摄影报道"],
    },
    "supplied_by_office": {  # 区政府办 供稿 under the text: the office that sent it in is the source (it had stayed
        "title": "区政府召开项目推进会",  # the body's last line)
        "subtitle": None,
        "published": None,
        "source": "区政府办",
        "byline": "区政府办 供稿",
        "reporters": [],
        "first": "9月30日上午",
        "last": "还进行了工作部署。",
        "furniture": ["供稿"],
    },
    "guidance_unit_footer": {  # 指导单位:…建设单位:… — a provincial portal's footer (it had stayed the last line)
        "title": "副市长高立调研复工复产",
        "subtitle": None,
        "published": "2025-02-22",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "2025年2月22日，副市长高立",
        "last": "畅通交通建设。",
        "furniture": ["指导单位", "建设单位"],
    },
    "signed_promo": {  # （青石发布——更多资讯请登录…）: the outlet signing its invitation under the text is the source
        "title": "区委召开常委会议",
        "subtitle": None,
        "published": "2025-04-26",
        "source": "青石发布",
        "byline": None,
        "reporters": [],
        "first": "4月25日，区委书记王静",
        "last": "背街小巷整治。",
        "furniture": ["工作动态", "更多资讯"],
    },
    "wechat_past_issues": {  # 往期回顾 and headlines ending ！/？ under it (they had become the body's last lines);
        "title": "区委书记陈明调研重点项目建设",  # 来源｜/编辑｜ labels with a bar
        "subtitle": None,
        "published": "2025-05-12",
        "source": "青石融媒",
        "byline": None,
        "reporters": [],
        "first": "5月11日，区委书记陈明",
        "last": "早建成、早投产。",
        "furniture": ["往期回顾", "大变样", "有新招", "END", "编辑", "审核"],
    },
    "bulleted_render": {  # a page rendered as a list: • before the headline, the meta line and the lead
        "title": "青石区城乡规划委员会召开年内第二次会议",
        "published": "2025-07-03",
        "source": "本站",
        "byline": None,
        "reporters": [],
        "first": "7月2日，青石区城乡规划委员会",
        "last": "会议由副区长陈芳主持。",
        "furniture": ["今天是", "发布人", "•"],
    },
    "glued_headline_unit_credit": {  # headline, a space, the lead's date on one line; （青石区城管局） under the
        "title": "区长周凯：今年再建10个口袋公园，让居民出门见绿",  # text: the office that sent it, the source
        "published": None,
        "source": "青石区城管局",
        "byline": None,
        "reporters": [],
        "first": "3月5日，青石区政府召开城市绿化工作推进会。",
        "last": "提升改造。",
        "furniture": ["青石区城管局）"],
    },
    "epaper_page_number": {  # 00003版：要闻·民生, an e-paper view's page line with no 第
        "title": "社区食堂开进老街巷",
        "subtitle": None,
        "published": "2025-03-05",
        "source": "青石日报",
        "byline": "记者 王静",
        "reporters": ["王静"],
        "first": "本报青石3月4日讯",
        "last": "优先覆盖老年人集中的老旧小区。",
        "furniture": ["00003版", "数字报纸"],
    },
    "journal_repost_sections": {  # 一、问题的提出 under a paper's meta line opens its text, no subtitle
        "title": "社区治理中的议事协商机制研究——基于青石区三个社区的观察",
        "subtitle": None,
        "published": "2025-03-14",
        "source": "《青石学刊》2025年第2期",
        "byline": "作者:王静",
        "reporters": ["王静"],
        "first": "一、问题的提出\n近年来，",
        "last": "讨论议事协商机制的运行逻辑。",
        "furniture": ["资料检索", "TOP", "浏览"],
    },
    "contact_box_over_breadcrumb": {  # the site's contact box over 当前位置: the headline is under the crumbs
        "title": "青石区发展改革局3月新闻发布会",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月16日上午，青石区发展改革局",
        "last": "养老设施占了一半以上。",
        "furniture": ["随时欢迎您的来信", "青石大厦", "政策资讯", "88880010"],
    },
    "wechat_mirror_original": {  # a WeChat mirror: menus, a hot list, teasers; the headline is over Original
        "title": "专访陈芳：让每一条热线都有回音丨青石一线",
        "subtitle": None,
        "published": "2025-06-26",
        "source": "青石新闻",
        "byline": "王静",
        "reporters": ["王静"],
        "first": "一年来，青石区12345热线",
        "last": "办理结果要由群众来评价。",
        "furniture": ["提交文章", "热搜", "掉光", "挑战所有机制", "查看原文", "Original", "收录于话题"],
    },
    "transcript_time_stamps": {  # 2025-03-08 10:49:41 alone between a transcript's turns: furniture, and the
        "title": "",  # date when nothing else prints one
        "published": "2025-03-08",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "主持人",
        "last": "停车难的问题。",
        "furniture": ["10:49:41", "11:39:02"],
    },
    "bracket_headline_over_meta": {  # 【…】 alone over the meta line: the headline, not a button like 【打印】
        "title": "【区政协年中会议】",
        "published": "2025-09-23",
        "source": "青石政协",
        "byline": "（王静）",
        "reporters": ["王静"],
        "first": "8月7日，区政协年中工作会议",
        "last": "提出意见建议。",
        "furniture": ["图像", "来源"],
    },
    "office_kicker_markup_trailer": {  # 某某街道 over its headline (who sends it); under the text 数据来源 (no source),
        "title": "党建赋能社区治理活力",  # ·广告, the sender again and an e-paper system's record (it names the paper)
        "kicker": "云台省青石市文华街道",
        "published": "2025-02-16",
        "source": "青石日报",
        "byline": None,
        "reporters": [],
        "first": "云台省青石市文华街道以网格党建",
        "last": "实现治理服务双提升。",
        "furniture": ["数据来源", "广告", "enpproperty", "<p>"],
    },
    "summary_and_back_to_top": {  # 导读：… over the text (the editor's summary), 回到頁首 under it, and a bracketed
        "title": "青石区老旧小区更新改造方案公开征求意见",  # （征求意见稿） alone, which credits nobody
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "近日，青石区住建局发布公告",
        "last": "今年计划新开工改造小区四十个。",
        "furniture": ["导读", "回到頁首"],
    },
    "wechat_review_chain": {  # 本期编辑｜, 初审｜ 复审｜ 终审｜ on one line (本期编辑 had stayed the body's last line)
        "title": "区长王静走访慰问困难群众",
        "subtitle": None,
        "published": "2025-01-20",
        "source": "青石发布",
        "byline": None,
        "reporters": [],
        "first": "1月20日，区长王静",
        "last": "冷暖放在心上。",
        "furniture": ["本期编辑", "初审", "终审", "点击上方蓝字", "在看"],
    },
    "logo_and_clock_over_headline": {  # the site's logo alt text, then its clock (date / weekday / time) over the
        "title": "東河區長林志明出席里民大會 盼鄰里共同維護社區安全",  # headline; the article's own date under its
        "published": "2023-03-11",  # byline (某某網記者…/…報導: the reporter, the outlet as source)
        "source": "青石新聞網",
        "byline": "青石新聞網記者王明/東河報導",
        "reporters": ["王明"],
        "first": "東河區今天上午",
        "last": "最安心的生活圈。",
        "furniture": ["Logo", "Tuesday", "14:22", "2025"],
    },
    "skip_link_over_crumbs": {  # 按Enter到主內容區, 回上一頁; a photo's caption printed twice under the headline
        "title": "青石市長視察河濱公園工程 要求汛期前完成護岸",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "青石市長陳建華今",  # (the caption twice had made the page look hard-wrapped, its lines joined)
        "last": "更美麗的河濱空間",
        "furniture": ["按Enter", "回上一頁", "友善列印", "察看護岸施工進度"],
    },
    "category_over_headline": {  # a blog's category line (Categories: 未分類) over the headline
        "title": "青石市推五項防汛措施 市長：預警要早、撤離要快",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "青石市長陳建華今日",
        "last": "立即處置。",
        "furniture": ["Categories", "未分類"],
    },
    "dateline_two_outlets": {  # 某某日报/某某网讯（记者…报道）: the paper is the source, 报道 no part of a name
        "title": "",
        "published": None,
        "source": "青石日报",
        "byline": "青石日报/青石网讯（记者王明报道）",
        "reporters": ["王明"],
        "first": "5月9日上午",
        "last": "科研成果。",
        "furniture": [],
    },
    "window_title_and_login_box": {  # the window title (site - section - headline) on the first line, a login
        "title": "東河鄉長陳怡君宣誓就職",  # box, a breadcrumb opening with >, the headline twice around the meta line
        "published": "2024-12-26",
        "source": "青石之聲廣播電台",
        "byline": None,
        "reporters": [],
        "first": "東河鄉今天上午",
        "last": "醫療服務。",
        "furniture": ["帳號", "密碼", "登入系統", "HOME", "QINGSHI"],
    },
    "gallery_headline_over_each_photo": {  # a gallery: the headline printed over each photo, a caption under it
        "title": "青石：市農業農村局領導來我區宣講一號文件",  # (the repeats had made the page look hard-wrapped)
        "subtitle": "市農業農村局黨組成員王志強宣講中央和省委一號文件",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月11日至13日",
        "last": "有力有序推進。",
        "furniture": ["深入東河鎮調研", "調研現場"],
    },
    "epaper_credits_one_role_a_line": {  # an e-paper article view: ■通 讯 员 … and 融媒体记者 … on lines of their
        "title": "市领导到东河区开展稳经济增长专题调研",  # own (both the byline), 打开… 查看精彩图片 where a photo
        "published": None,  # stood, (下转A2版) at the end
        "source": None,
        "byline": "通 讯 员 王小明 融媒体记者 李红",
        "reporters": ["王小明", "李红"],
        "first": "昨日上午，市长张建国",
        "last": "实际困难。",
        "furniture": ["通 讯 员", "融媒体记者", "查看精彩图片", "下转", "第A01版"],
    },
    "exclaiming_headline_over_date": {  # a headline ending ！ (read as prose, the date under it was no date line)
        "title": "青石：300場發佈會，不僅發佈防汛信息，更傳遞防汛信心！",  # over 2023-07-14 / 来源:…; a reporter
        "published": "2023-07-14",  # credited in traditional characters after the text
        "source": "青石商報網",
        "byline": "（記者 林小彬）",
        "reporters": ["林小彬"],
        "first": "在7月13日舉辦的",
        "last": "權威來源。",
        "furniture": ["责任编辑", "商報官網 >", "記者 林小彬"],
    },
    "reported_by_and_ranking_tabs": {  # 据《青石晚报》综合讯报道 (the paper in 《》 is the source, not 青石晚报》综合讯;
        "title": "区政协新闻发布会召开",  # the phrase, run into the lead with a comma, stays its first words); under
        "published": "2024-03-02",  # the text 3上一篇 (a counter's digit on it) and a ranking's tabs
        "source": "青石晚报",
        "byline": None,
        "reporters": [],
        "first": "据《青石晚报》综合讯报道，区政协新闻发布会昨日下午举行",
        "last": "提案一百二十件。",
        "furniture": ["上一篇", "点击排行", "常务会议"],
    },
    "picture_credit_in_editors_line": {  # 题图来源:新华社 credits the picture, no source of the text; 作者:青石新闻
        "title": "",  # names an outlet, no reporter
        "published": None,
        "source": None,
        "byline": "作者:青石新闻",
        "reporters": [],
        "first": "近日，记者专访了",
        "last": "感受到变化。",
        "furniture": ["题图来源", "栏目主编", "作者"],
    },
    "headline_twice_under_ad": {  # an e-paper view: a banner ad over its date and page, the headline twice
        "title": "特首下次記者會宣佈疫情結束？",
        "published": "2024-03-25",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "相隔半個月",
        "last": "各項措施。",
        "furniture": ["信用卡", "虛擬圖書館", "第A03版"],
    },
}


@pytest.mark.parametrize("name", sorted(REAL_PAGE_LAYOUTS))
def test_real_page_layout_fields_body_and_no_furniture(name: str) -> None:
    check_web_fixture(name, REAL_PAGE_LAYOUTS[name])


def test_the_headline_again_between_paragraphs_is_no_paragraph() -> None:
    """赵某：…的！ printed again under the lead (a picture's alt text on the page): no paragraph of the text — read
    as one, it had become an interview turn of the official it names."""
    page = (
        "周凯：今天的问题都是好问题！\n\n"
        "2025-03-02 18:58 来源：青石新闻网\n\n"
        "3月2日下午，青石区政府新闻发布会举行，区长周凯回答记者提问。\n\n"
        "周凯：今天的问题都是好问题！\n\n"
        "发布会原定一小时，实际开了将近两个小时。"
    )
    article = split_text(page).articles[0]
    assert article.title == "周凯：今天的问题都是好问题！"
    assert article.paragraphs() == ["3月2日下午，青石区政府新闻发布会举行，区长周凯回答记者提问。", "发布会原定一小时，实际开了将近两个小时。"]


def test_a_lone_full_stop_or_closing_quote_line_ends_the_line_above() -> None:
    """A bad copy cuts lines before their last mark: 。 or ” alone on a line is the end of the line above it
    (it had been dropped as a line with no Chinese, leaving the speech's sentence and quotation open)."""
    page = (
        "区政务服务中心主任谈热线\n\n"
        "2025-06-26 来源：青石新闻\n\n"
        "记者专访了区政务服务中心主任陈芳，她谈到，\n"
        "每一条诉求都要有回音。\n"
        "热线的责任是把群众的事办好\n"
        "。\n"
        "“有的诉求一时办不了，我们也要说清楚原因，\n"
        "让群众心里有数。\n"
        "”\n"
        "据了解，热线今年还将增加夜间坐席。"
    )
    article = split_text(page).articles[0]
    assert article.paragraphs() == [
        "记者专访了区政务服务中心主任陈芳，她谈到，每一条诉求都要有回音。",
        "热线的责任是把群众的事办好。",
        "“有的诉求一时办不了，我们也要说清楚原因，让群众心里有数。”",
        "据了解，热线今年还将增加夜间坐席。",
    ]
