"""More layouts of single web articles, each written for these tests after a class of page
the first fixtures (tests/test_web_articles.py) did not have: a headline with its meta line
on the same line, a wire feature's 题： headline, and the pages news aggregators make of a
reposted article (百家号, 搜狐, 新浪, 头条, 网易): the account's name over its date line, the
platform's notices and buttons after the text; pages in traditional characters from Taipei and a
Hong Kong paper (ROC dates, a column's name over the date line, 【大公報訊】記者…報道：); a date before the
headline, a headline on the breadcrumb's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.ingest.importer import ImportOptions, import_paths
from db import open_library
from db.articles import get_article
from tests.makefiles import write_docx
from tests.test_web_articles import check_web_fixture

LAYOUTS = {
    "title_meta_tail": {  # 标题 2025-03-12 来源：区住建委 — one line; the site's name over it
        "title": "区住建委召开老旧小区改造推进会",
        "published": "2025-03-12",
        "source": "区住建委",
        "byline": None,
        "reporters": [],
        "first": "3月11日，区住建委召开老旧小区改造推进会",
        "last": "同步做好居民意见征询。",
        "furniture": ["2025-03-12", "来源", "当前位置", "打印本页"],
    },
    "short_title_meta": {  # a headline short enough that its line passed as a meta line
        "title": "区长调研防汛工作",
        "published": "2025-06-12",
        "source": "区政府办",
        "byline": None,
        "reporters": [],
        "first": "6月11日，区长王静带队检查青石河堤防",
        "last": "负责同志参加调研。",
        "furniture": ["来源"],
    },
    "wire_title": {  # 新华社北京8月1日电 题：… — the feature's headline after the dateline
        "title": "让城市更宜居——各地推进城市更新观察",
        "published": "2025-08-02",
        "source": "新华社",
        "byline": "新华社记者 张伟 李敏",
        "reporters": ["张伟", "李敏"],
        "first": "城市更新，关乎千家万户。",
        "last": "居民刘大爷说。",
        "furniture": ["题：", "新华社记者"],
    },
    "baijiahao": {  # the account over its date line and 官方账号, 关注, 举报/反馈
        "title": "区委书记陈明调研重点项目建设",
        "subtitle": None,
        "published": "2025-03-12",
        "source": "云湖发布",
        "byline": None,
        "reporters": [],
        "first": "3月12日，区委书记陈明先后来到东湖科创园",
        "last": "区领导李强、赵敏参加调研。",
        "furniture": ["官方账号", "关注", "举报"],
    },
    "sohu": {  # account, date, 发布于湖南, …官方账号 on one line; the platform's notices after the text
        "title": "云湖区召开乡村振兴工作推进会",
        "subtitle": None,
        "published": "2025-04-08",
        "source": "云湖融媒",
        "byline": None,
        "reporters": [],
        "first": "4月8日，云湖区召开乡村振兴工作推进会。",
        "last": "各乡镇主要负责同志参加会议。",
        "furniture": ["发布于", "关注", "返回搜狐", "平台声明", "阅读"],
    },
    "sina": {  # the portal's promotion after the text
        "title": "云湖区开展夏季消防安全检查",
        "published": "2025-07-02",
        "source": "新浪网",
        "byline": None,
        "reporters": [],
        "first": "7月1日起，云湖区开展为期一个月的夏季消防安全检查。",
        "last": "将对发现的隐患逐一督促整改。",
        "furniture": ["公众号", "扫描", "官方微信"],
    },
    "toutiao": {  # the account's name over "date · office"
        "title": "云湖区举办2025年重点项目集中签约仪式",
        "subtitle": None,
        "published": "2025-05-20",
        "source": "云湖发布",
        "byline": None,
        "reporters": [],
        "first": "5月20日，云湖区举办2025年重点项目集中签约仪式",
        "last": "提供全生命周期服务。",
        "furniture": ["新闻办公室", "11:02"],
    },
    "netease": {  # 举报 / 0 / 分享至 buttons under the meta line, 本文来自网易号 after the text
        "title": "云湖区启动“护苗”专项行动",
        "published": "2025-06-03",
        "source": "云湖日报",
        "byline": None,
        "reporters": [],
        "first": "6月3日，云湖区启动2025年“护苗”专项行动。",
        "last": "联合检查不少于10次。",
        "furniture": ["举报", "分享至", "扫码", "本文来自"],
    },
    "taipei": {  # the portal's name, then 發布日期 in the ROC calendar and 發布單位, then the headline
        "title": "市長出席長照據點揭牌",
        "published": "2025-03-07",
        "source": "臺北市政府社會局",
        "byline": None,
        "reporters": [],
        "first": "臺北市長今（7）日出席大安區長照據點揭牌儀式",
        "last": "今年將再新增20處據點。",
        "furniture": ["全球資訊網", "發布日期", "發布單位"],
    },
    "hk_paper": {  # a column's name over the date line, then the headline; 【大公報訊】記者…報道： in traditional
        "title": "李家超：全力推動北部都會區發展",
        "published": "2025-03-08",
        "source": "大公報",
        "byline": "【大公報訊】記者王明報道：",
        "reporters": ["王明"],
        "first": "行政長官李家超昨日出席北部都會區發展論壇時表示",
        "last": "逾三百人出席。",
        "furniture": ["港聞", "星期六", "大公報訊"],
    },
    "list_date": {  # a list view's date before the headline, in brackets
        "title": "县长王兴主持召开县长办公会议",
        "published": "2025-01-07",
        "source": "县政府办",
        "byline": None,
        "reporters": [],
        "first": "1月7日，县长王兴主持召开县长办公会议",
        "last": "确保一季度开门红。",
        "furniture": ["[2025-01-07]", "来源"],
    },
    "crumb_headline": {  # the headline copied on the breadcrumb's line
        "title": "区委书记赵敏调研乡村振兴工作",
        "published": "2025-01-09",
        "source": "区委办",
        "byline": None,
        "reporters": [],
        "first": "1月9日，区委书记赵敏调研乡村振兴工作",
        "last": "让群众腰包鼓起来。",
        "furniture": ["当前所在位置", "区县动态", "发布时间"],
    },
    "outlet_reporter": {  # 云湖日报记者 李华 under the title: the byline, and the outlet it names is the source
        "title": "区委书记赵敏调研重点项目建设",
        "published": "2025-01-05",
        "source": "云湖日报",
        "byline": "云湖日报记者 李华 通讯员 王明",
        "reporters": ["李华", "王明"],
        "first": "1月5日，区委书记赵敏调研重点项目建设",
        "last": "确保项目早日建成投用。",
        "furniture": ["通讯员"],
    },
    "long_title": {  # a three-part headline longer than a headline line, right above its meta line
        "title": "区委书记王静在全区城市更新工作推进会上强调 坚持以人民为中心的发展思想 扎实推进城市更新行动 "
                 "不断提升人民群众获得感幸福感安全感",
        "published": "2025-04-01",
        "source": "云湖融媒",
        "byline": None,
        "reporters": [],
        "first": "4月1日，全区城市更新工作推进会召开。",
        "last": "扎实推进城市更新行动。",
        "furniture": ["发布时间", "不断提升人民群众获得感幸福感安全感"],
    },
    "title_shapes": {  # a bullet before the headline, a full stop after it
        "title": "云湖区：多措并举推进城市更新。",
        "published": "2025-04-03",
        "source": "云湖日报",
        "byline": None,
        "reporters": [],
        "first": "4月3日，云湖区召开城市更新工作会议",
        "last": "确保年内完成改造任务。",
        "furniture": ["■", "多措并举"],
    },
    "title_widgets": {  # the page's buttons copied on the headline's line
        "title": "区委书记王静调研城市更新工作",
        "published": "2025-04-04",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "4月4日，区委书记王静调研城市更新工作",
        "last": "检验工作的标准。",
        "furniture": ["字体", "发布时间"],
    },
    "credits_block": {  # a WeChat credits block after the text: 文字/摄影/复审/终审/图片来源, a copyright plea
        "title": "区委书记王静调研乡村振兴工作",
        "published": "2025-04-06",
        "source": "云湖发布",
        "byline": None,
        "reporters": [],
        "first": "4月6日，区委书记王静调研乡村振兴工作",
        "last": "让群众腰包鼓起来。",
        "furniture": ["文字", "摄影", "复审", "终审", "图片来源", "侵权"],
    },
    "portal_top_bar": {  # a portal copied whole: welcome, clock, weather over the headline; links, address under
        "title": "区委常委会传达学习全国两会精神",
        "published": "2025-03-12",
        "source": "云湖新闻网",
        "byline": None,
        "reporters": [],
        "first": "3月12日，区委书记王静主持召开区委常委会会议",
        "last": "统一到党中央决策部署上来。",
        "furniture": ["欢迎访问", "今天是", "℃", "相关链接", "邮编", "扫一扫"],
    },
    "wechat_listen": {  # WeChat's listen button under the date line, its read count and 赞 在看 after the text
        "title": "云湖区举办春季招聘会",
        "subtitle": None,
        "published": "2025-03-08",
        "source": "云湖区人社局",
        "byline": None,
        "reporters": [],
        "first": "3月8日，云湖区春季招聘会在区体育馆举办",
        "last": "今年将组织招聘活动五十场。",
        "furniture": ["听全文", "阅读", "在看", "写留言"],
    },
    "paper_citation": {  # an article copied from a paper's site: 《云湖日报》（date 第 04 版） names paper and date
        "title": "青石镇：老旧小区换新颜",
        "published": "2025-03-11",
        "source": "云湖日报",
        "byline": "本报记者 刘洋",
        "reporters": ["刘洋"],
        "first": "青石镇今年完成老旧小区改造十二个",
        "last": "改造让老小区焕发新活力。",
        "furniture": ["第 04 版", "责编"],
    },
    "disclosure_table": {  # a 政务公开 page's table: 成文日期 is when it was drafted, 发布日期 when published
        "title": "关于开展老旧小区改造意愿征询的通知",
        "published": "2025-03-14",
        "source": "云湖区住建委",
        "byline": None,
        "reporters": [],
        "first": "各街道办事处：",
        "last": "二、征询工作于4月底前完成。",
        "furniture": ["索引号", "文号", "成文日期"],
    },
    "programme_credit": {  # 央视网消息（新闻联播）： — the outlet's credit names its programme too
        "title": "云湖：春耕生产有序推进",
        "published": "2025-03-16",
        "source": "央视网",
        "byline": "央视网消息（新闻联播）",  # the credit, as a dateline's is
        "reporters": [],
        "first": "眼下正值春耕时节",
        "last": "稳定在十万亩。",
        "furniture": ["新闻联播", "来源"],
    },
    "dash_pair_site": {  # 标题——某某区人民政府网站: a window title's site after an unspaced dash pair
        "title": "区委书记王静调研城市更新工作",
        "published": "2025-03-12",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月12日，区委书记王静到青石街道调研",
        "last": "要坚持规划引领。",
        "furniture": ["网站"],
    },
    "crumb_bars_headline": {  # 首页 | 新闻 | 标题: a breadcrumb set with bars on the headline's line, no column
        "title": "区委书记王静调研老旧小区改造",
        "kicker": None,
        "published": "2025-03-13",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月13日，区委书记王静到东湖街道调研",
        "last": "要把群众满意作为标准。",
        "furniture": ["首页"],
    },
    "epaper_page_list": {  # an e-paper's 版面导航 (01 要闻 …) over the headline, its 标题导航 list under the text
        "title": "区长李强检查防汛工作",
        "published": "2025-03-13",
        "source": None,
        "byline": "本报讯",
        "reporters": [],
        "first": "3月12日，区长李强检查防汛工作",
        "last": "各部门要落实防汛责任。",
        "furniture": ["要闻", "综合", "标题导航", "区政协召开主席会议"],
    },
    "epaper_zoom_widget": {  # 放大 缩小 默认 over the headline; 稿件来源：… 第2版 names the paper and its page
        "title": "东湖街道开展志愿服务活动",
        "kicker": None,
        "published": "2025-03-14",
        "source": "云湖日报",
        "byline": "本报记者 刘洋",
        "reporters": ["刘洋"],
        "first": "3月13日，东湖街道组织志愿者",
        "last": "要让志愿服务成为常态。",
        "furniture": ["放大", "稿件来源", "数字报"],
    },
    "epaper_calendar": {  # an e-paper's archive calendar (往期回顾 / 2025年03月 / 日 一 二 … / 1 2 3 …)
        "title": "青石社区开办长者食堂",
        "kicker": None,
        "subtitle": None,
        "published": None,
        "source": None,
        "byline": "本报讯",
        "reporters": [],
        "first": "3月14日，青石社区长者食堂开业",
        "last": "长者食堂让老人吃得放心。",
        "furniture": ["往期回顾", "2025年03月", "四 五 六", "第03版"],
    },
    "taipei_contacts": {  # a Taipei press release: 發布單位 names the source, 新聞聯絡人/聯絡電話 close it
        "title": "蔣市長視察內湖區防汛工程",
        "published": "2025-03-07",
        "source": "臺北市政府工務局",
        "byline": None,
        "reporters": [],
        "first": "臺北市長蔣萬安今天視察內湖區防汛工程",
        "last": "確保市民安全。",
        "furniture": ["聯絡人", "聯絡電話"],
    },
    "macau_issuer": {  # 首頁 新聞 over the site's name; the issuing office between the headline and its date
        "title": "歐陽瑜出席長者服務中心啟用儀式",
        "subtitle": None,
        "published": "2025-03-15",
        "source": "社會文化司司長辦公室",
        "byline": None,
        "reporters": [],
        "first": "社會文化司司長歐陽瑜今日出席",
        "last": "持續完善養老服務。",
        "furniture": ["首頁", "辦公室\n"],
    },
    "wechat_dialog": {  # the dialog WeChat opens over a copied article: 知道了 / 使用小程序 / 取消 / 允许
        "title": "区委书记王静：把群众的事办好",
        "published": "2025-03-18",
        "source": "云湖发布",
        "byline": None,
        "reporters": [],
        "first": "3月18日，区委书记王静到青石街道接访群众",
        "last": "群众的事再小也是大事。",
        "furniture": ["知道了", "小程序", "取消", "允许", "滑动"],
    },
    "epaper_voice": {  # 上一期 下一期 | date | 第05版; a read-aloud button over the headline; ↑返回顶部 under the text
        "title": "东湖街道开展志愿服务活动",
        "published": "2025-03-14",
        "source": None,
        "byline": "本报讯",
        "reporters": [],
        "first": "3月13日，东湖街道组织志愿者",
        "last": "要让志愿服务成为常态。",
        "furniture": ["语音播报", "返回顶部"],
    },
    "epaper_adjacent": {  # < 上一篇 下一篇 > over the headline; 本版面所有文章 and its list under the text
        "title": "青石社区开办长者食堂",
        "subtitle": None,
        "published": None,
        "source": None,
        "byline": "本报讯",
        "reporters": [],
        "first": "3月14日，青石社区长者食堂开业",
        "last": "长者食堂让老人吃得放心。",
        "furniture": ["上一篇", "所有文章", "东湖街道"],
    },
    "three_line_headline": {  # 引题 / 主题 / 副题 as a paper's site prints them: the middle line is the title
        "title": "老旧小区换新颜",
        "kicker": "城市更新进行时",
        "subtitle": "青石镇今年完成改造十二个",
        "published": "2025-03-15",
        "source": "云湖日报",
        "byline": "本报讯",
        "reporters": [],
        "first": "青石镇今年完成老旧小区改造十二个",
        "last": "改造让老小区焕发新活力。",
        "furniture": ["第03版", "星期六"],
    },
    "printout_pages": {  # a printout's page numbers between and under the text (-1-, 第 1 页 共 2 页)
        "title": "区委书记王静调研老旧小区改造",
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "3月20日，区委书记王静到东湖街道调研",
        "last": "要把群众满意作为标准。",
        "furniture": ["-1-", "页"],
    },
    "share_counts": {  # share platforms named bare (微博 微信 QQ空间 — it had become the subtitle); 收藏(0) 评论(0)
        "title": "区长王静调研防汛工作",
        "subtitle": None,
        "published": "2025-06-12",
        "source": "区应急局",
        "byline": None,
        "reporters": [],
        "first": "6月11日，区长王静带队检查青石河堤防",
        "last": "各部门要落实防汛责任。",
        "furniture": ["微博", "收藏", "评论", "A+", "纠错", "扫码"],
    },
    "wechat_prompts": {  # 👆点击蓝字 关注我们 over the headline (it had become the title), an account's ID in 来源,
        "title": "区委书记王静调研春耕生产",  # 往期推荐 and its list, 排版/校对 credits
        "subtitle": None,
        "published": None,
        "source": "云湖发布",
        "byline": None,
        "reporters": [],
        "first": "3月20日，区委书记王静到青石镇调研春耕生产",
        "last": "确保颗粒归仓。",
        "furniture": ["点击蓝字", "END", "ID", "往期推荐", "李强", "排版", "↓"],
    },
    "wechat_follow_arrow": {  # ▲点击上方蓝字关注 under the date line; 图源：… after the text
        "title": "区长李强检查安全生产",
        "published": "2025-03-21",
        "source": "云湖融媒",
        "byline": None,
        "reporters": [],
        "first": "3月21日，区长李强检查安全生产工作",
        "last": "企业要落实主体责任。",
        "furniture": ["蓝字", "图源", "END"],
    },
    "cnr_dateline": {  # 央广网云湖3月7日消息（记者王静）: a dateline ending in 消息, not 电 or 讯
        "title": "云湖启动城市更新三年行动",
        "published": None,
        "source": "央广网",
        "byline": "央广网云湖3月7日消息（记者王静）",
        "reporters": ["王静"],
        "first": "据中国之声《新闻和报纸摘要》报道",
        "last": "三年内将改造老旧小区三百个。",
        "furniture": ["3月7日消息"],
    },
    "site_badges": {  # a government site's badges under the text (我为政府网站找错, 党政机关, 网站支持IPv6, 本网站由…主办)
        "title": "区政府召开安全生产工作会议",
        "published": "2025-04-01",
        "source": "区应急局",
        "byline": None,
        "reporters": [],
        "first": "4月1日，区政府召开安全生产工作会议",
        "last": "各部门要压实安全生产责任。",
        "furniture": ["找错", "党政机关", "IPv6", "主办", "无障碍"],
    },
    "hk_release_footer": {  # a Hong Kong release's footer: 今日新聞 | 新聞公報索引, 重要告示 | 私隱政策, 最後修訂日期
        "title": "行政長官會見傳媒答問內容",
        "published": "2025-03-11",
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "行政長官李家超今日（三月十一日）",
        "last": "我們會適時推出。",
        "furniture": ["今日新聞", "私隱政策", "修訂"],
    },
    "taipei_share": {  # a Taipei page's buttons: 分享 Facebook LINE Twitter, 友善列印, 回上頁 回首頁
        "title": "蔣市長視察內湖區防汛工程",
        "published": "2025-03-07",
        "source": "臺北市政府工務局",
        "byline": None,
        "reporters": [],
        "first": "臺北市長蔣萬安今天視察內湖區防汛工程",
        "last": "確保市民安全。",
        "furniture": ["Facebook", "友善列印", "回上頁", "字級", "瀏覽"],
    },
    "wechat_original_author": {  # 原创 刘洋 云湖发布 2025年…: WeChat's line names the author before the account
        "title": "区长李强检查防汛工作",
        "published": "2025-03-21",
        "source": "云湖发布",
        "byline": "刘洋",
        "reporters": ["刘洋"],
        "first": "3月21日，区长李强检查防汛工作",
        "last": "要落实防汛责任。",
        "furniture": ["原创"],
    },
    # -- classes seen on real government pages (written again here in our own words) --
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
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_web_layout_fields_body_and_no_furniture(name: str) -> None:
    check_web_fixture(name, LAYOUTS[name])


def _imported_word_file(text: str, path: Path, library_path: Path) -> dict:
    """``text`` written as a Word file at ``path``, imported; the stored article."""
    write_docx(text, path)
    with open_library(library_path) as library:
        article_id = import_paths(library, [path], ImportOptions(workers=0)).files[0].articles[0].id
        article = get_article(library, article_id)
    assert article is not None
    return article


BULLETIN = """青石街道工作信息
第12期
青石街道党政办公室　　　　2025年3月5日
青石街道“小巷管家”让背街小巷美起来
今年以来，青石街道招募“小巷管家”120名，参与背街小巷环境整治。
街道党工委书记周敏表示，要让群众成为城市治理的参与者。
报：区委办、区政府办
送：区委宣传部
（共印20份）
"""


def test_a_departments_bulletin_in_word_is_its_article(tmp_path: Path, library_path: Path) -> None:
    """A department's Word bulletin: its name and issue number (青石街道工作信息 / 第12期) are the masthead,
    the office and date line under them the source and date, 报：/送：/共印 its distribution — the
    article is the headline under them (第12期 had become the title, the distribution its last lines)."""
    article = _imported_word_file(BULLETIN, tmp_path / "工作信息.docx", library_path)
    assert article["title"] == "青石街道“小巷管家”让背街小巷美起来"
    assert article["published"] == "2025-03-05" and article["printed_source"] == "青石街道党政办公室"
    assert article["text"].startswith("今年以来") and article["text"].endswith("城市治理的参与者。")


RED_HEADER = """云湖区住房和城乡建设委员会文件
云住建发〔2025〕12号
关于开展老旧小区改造意愿征询的通知
各街道办事处：
为做好2025年老旧小区改造工作，现就开展居民意愿征询有关事项通知如下。
一、征询范围为2000年以前建成的老旧小区。
二、征询工作于4月底前完成。
云湖区住房和城乡建设委员会
2025年3月13日
抄送：区政府办公室。
云湖区住房和城乡建设委员会办公室 2025年3月13日印发
"""


def test_a_red_header_document_in_word_is_its_article(tmp_path: Path, library_path: Path) -> None:
    """A 公文 sent as Word: its red header (…文件) over the document number names who issued it (it had become
    the title, and the number, 抄送 and 印发 lines body text); the title is the line under the number."""
    article = _imported_word_file(RED_HEADER, tmp_path / "通知.docx", library_path)
    assert article["title"] == "关于开展老旧小区改造意愿征询的通知"
    assert article["published"] == "2025-03-13" and article["printed_source"] == "云湖区住房和城乡建设委员会"
    assert article["text"].startswith("各街道办事处：") and article["text"].endswith("于4月底前完成。")


BULLETIN_OF_ITEMS = """青石区城市更新工作简报
第5期
青石区城市更新指挥部办公室　　　　2025年4月10日
东关街道老旧小区改造全面开工
4月8日，东关街道12个老旧小区改造项目全面开工。街道党工委书记王敏表示，要把好事办好、实事办实。
西城街道推进背街小巷整治
今年以来，西城街道完成背街小巷整治15条。街道办事处主任李强介绍，整治前充分征求了居民意见。
区住建委开展燃气安全专项检查
4月9日，区住建委对全区在建改造项目开展燃气安全专项检查，排查隐患23处，已全部整改。
报：区委、区政府领导
送：区城市更新指挥部成员单位
（共印30份）
"""


def test_a_bulletin_of_several_items_in_word_is_one_article_per_item(tmp_path: Path, library_path: Path) -> None:
    """A department's bulletin with three items, each under a one-line headline: three articles, each with the
    bulletin's office and date (it had been one article titled with the first item, the others' headlines run
    into its text and the distribution list its end)."""
    path = write_docx(BULLETIN_OF_ITEMS, tmp_path / "简报第5期.docx")
    with open_library(library_path) as library:
        ids = [a.id for a in import_paths(library, [path], ImportOptions(workers=0)).files[0].articles]
        articles = [get_article(library, article_id) for article_id in ids]
    assert [a["title"] for a in articles if a] == [
        "东关街道老旧小区改造全面开工", "西城街道推进背街小巷整治", "区住建委开展燃气安全专项检查"]
    for article in articles:
        assert article is not None
        assert article["published"] == "2025-04-10" and article["printed_source"] == "青石区城市更新指挥部办公室"
        assert article["text"].endswith("。") and not any(
            word in article["text"] for word in ("简报", "第5期", "报：", "共印", "推进背街小巷整治\n"))


@pytest.mark.parametrize(
    "head, first, second",
    [
        ("青石区城市更新工作简报（第5期）\n青石区城市更新指挥部办公室　　2025年4月10日", "东关街道老旧小区改造全面开工",
         "西城街道推进背街小巷整治"),
        ("政务信息\n2025年第5期（总第45期）\n青石区城市更新指挥部办公室编　　2025年4月10日", "一、东关街道老旧小区改造全面开工",
         "二、西城街道推进背街小巷整治"),
    ],
    ids=["name-and-issue-on-one-line", "numbered-items-and-an-editing-office"],
)
def test_bulletins_in_other_shapes_are_one_article_per_item(
        head: str, first: str, second: str, tmp_path: Path, library_path: Path) -> None:
    """The bulletin's name and issue on one line; 2025年第5期（总第45期） under 政务信息, items numbered 一、二、 (the
    number is the item's place in the issue, not its headline) and …办公室编 over the date."""
    text = f"{head}\n{first}\n4月8日，东关街道12个老旧小区改造项目全面开工。\n{second}\n今年以来，西城街道完成背街小巷整治15条。\n"
    path = write_docx(text, tmp_path / "简报.docx")
    with open_library(library_path) as library:
        ids = [a.id for a in import_paths(library, [path], ImportOptions(workers=0)).files[0].articles]
        articles = [get_article(library, article_id) for article_id in ids]
    assert [(a["title"], a["published"], a["printed_source"]) for a in articles if a] == [
        ("东关街道老旧小区改造全面开工", "2025-04-10", "青石区城市更新指挥部办公室"),
        ("西城街道推进背街小巷整治", "2025-04-10", "青石区城市更新指挥部办公室")]
