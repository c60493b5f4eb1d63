"""Heads of single web articles from classes seen on real pages (stops 31 to 33; each class written again as a page of our
own words in tests/fixtures/web, failing before its fix): a page's banners (cookie consent, old browsers, a forum's
sign-up, other languages, the app), agency datelines, captions marked ▲, headlines listed under the last paragraph,
a date bounding a period; a site's notices to browsers and adults over the headline,
a breadcrumb that ends with the headline, a column's name under the headline, an e-paper view's kicker ending with a
colon, an app's invitations and a picture's file name over its caption, a dateline in brackets, an e-paper
reader's day without its year; paragraphs a copy flattened into one line."""

from __future__ import annotations

import pytest

from composer.ingest.cleanup import line_kind
from composer.ingest.layout import split_text
from composer.ingest.printed_dates import in_year_of, month_day
from tests.test_web_articles import check_web_fixture

REAL_HEAD_LAYOUTS = {
    "plain_links_tail": {  # under the last paragraph, seven headlines of other articles with no bullet or label
        "title": "司長籲市民減少外出",
        "published": "2025-11-13",
        "source": "青石日報",
        "byline": "本報訊",
        "reporters": [],
        "first": "社會文化司司長陳美玲今日",
        "last": "密切留意疫情變化。",
        "furniture": ["離世", "暫緩", "經濟有望回升", "網上申請"],
    },
    "app_reader_couplet": {  # a reader app's toast and its 我知道了 over the head; a couplet headline and the line
        "title": "倾听群众心声 汇聚发展合力",  # under it, a blank line between (its subtitle); 讨论会现场 (a photo's
        "subtitle": "我区召开首期“民情恳谈会”",  # caption); 推荐文章 / 热点文章 (the labels of lists the copy lost)
        "published": "2025-04-09",
        "source": "青石云报",
        "byline": "融媒体记者 王小明 李大成",
        "reporters": ["王小明", "李大成"],
        "first": "4月7日下午，我区召开",
        "last": "察看了社区服务中心。",
        "furniture": ["最后一期", "知道了", "讨论会现场", "推荐文章", "热点文章"],
    },
    "marked_captions": {  # ▲ before a caption, (圖/某縣政府提供.2025.12.25.) under it; 【投稿…請私信或發信至…】 at the end
        "title": "青石縣長就職 承諾傾聽鄉親聲音",
        "published": "2025-12-25",
        "source": "青石時報",
        "byline": "【記者王大同/青石報導】",
        "reporters": ["王大同"],
        "first": "青石縣新任縣長林美華25日",
        "last": "施政方向。",
        "furniture": ["▲", "提供", "投稿"],
    },
    "consent_banners_top": {  # a cookie notice, an offer of the site in English and in Japanese, the app's icon, 下載;
        "title": "青石縣長卸任前主持最後一次主管會報",  # a privacy consent twice under the date; (某社記者某某某地13日電)
        "published": "2025-12-13",
        "source": "青石社",
        "byline": "（青石社記者林小文青石縣13日電）",
        "reporters": ["林小文"],
        "first": "青石縣長陳國明今天主持任內",
        "last": "持續為鄉親服務。",
        "furniture": ["Cookie", "browser", "日本語", "APP", "下載", "隱私權"],
    },
    "forum_signup_top": {  # a forum's 马上注册 / 您需要 登录 才可以… prompts over a text that opens with its dateline
        "title": "",
        "published": None,
        "source": "青石晨报",
        "byline": "青石晨报1月5日消息",
        "reporters": [],
        "first": "昨天深夜，青石县委书记",
        "last": "才能听到真话。",
        "furniture": ["注册", "登录", "账号"],
    },
    "browser_update_top": {  # 請更新您的瀏覽器 and why, a channel, the headline, the outlet alone on its line,
        "title": "青石縣新任縣長就職 成為首位女縣長",  # 更新於 (a later day) • 發布於 (the day it ran)
        "published": "2025-12-25",
        "source": "青石傳媒",
        "byline": "【記者王大同/青石報導】",
        "reporters": ["王大同"],
        "first": "青石縣新任縣長林美華25日",
        "last": "施政的方向。",
        "furniture": ["瀏覽器", "國內"],
    },
    "agency_numeral_dateline": {  # a photo's caption, a bar, then 某社某地一月三十一日電 (記者 某某): the day in numerals
        "title": "",
        "published": None,
        "source": "青石社",
        "byline": "青石社青石一月三十一日電 （記者 陳小玲）",
        "reporters": ["陳小玲"],
        "first": "青石市市長王文清今天在連任後",
        "last": "放在首位。",
        "furniture": ["攝"],
    },
    "browser_notice_top": {  # 為達最佳瀏覽效果，建議使用…瀏覽器 / 需滿18歲 / 網站分級 over the headline: the site's;
        "title": "青石市2區長交接 東區、西區代理區長真除",  # 〔記者某／某地報導〕 opening the text: the byline
        "published": "2025-08-18",
        "source": None,
        "byline": "〔記者吳佳穎／青石報導〕",
        "reporters": ["吳佳穎"],
        "first": "青石市政府今日舉行東區及西區區長布達",
        "last": "都當成自己的事。",
        "furniture": ["瀏覽器", "官網下載", "限制級", "18歲", "分級"],
    },
    "crumb_names_headline": {  # 当前位置: > 某某电讯 > the headline, 热点搜索 (a box's label), the headline
        "title": "青石特首5月11日记者会全文",
        "published": None,
        "source": "青石社",
        "byline": "青石社香港5月12日电（记者 王明）",
        "reporters": ["王明"],
        "first": "青石特区行政长官周海平五月十一日",
        "last": "源头未明的更只得一宗。",
        "furniture": ["热点搜索", "当前位置"],
    },
    "column_under_headline": {  # the headline, 即時報道 (the column), 文： 網址：https://… 時間：; a caption (圖中)
        "title": "屢拒外地人士入境損本澳形象？ 周永康：青石經不起混亂",
        "subtitle": None,
        "published": "2025-12-20",
        "source": None,
        "byline": "文：青石採訪組",
        "reporters": ["青石採訪組"],
        "first": "昨日再有外地人士被拒入境",
        "last": "維護地區安全的工作。",
        "furniture": ["即時報道", "網址", "https://", "（圖中）"],
    },
    "epaper_colon_kicker": {  # 青工娱乐 / paper and date / 区人大首场新闻发布会： / the headline / 本报记者 王冬
        "title": "发言人与记者畅所欲言",
        "kicker": "区人大首场新闻发布会：",
        "published": "2025-03-05",
        "source": "青石工人报",
        "byline": "本报记者 王冬",
        "reporters": ["王冬"],
        "first": "今天上午11时，区十七届人大三次会议",
        "last": "记者们一拥而上围住李建华。",
        "furniture": ["青工娱乐", "发言人与记者畅所欲言", "本报记者"],
    },
    "follow_and_open_app": {  # 更多频道 over the headline; AK0A5385.JPG / 会议现场。 (a picture and its caption);
        "title": "青石区召开区长办公会议 研究推进片区城市更新工作",  # 点击查看全文 / 打开…，参与评论 / 关注…微信
        "published": "2025-01-28",
        "source": "青石区融媒体中心",
        "byline": None,
        "reporters": [],
        "first": "1月27日下午，青石区委副书记、区长周明",
        "last": "切实把好事办好、实事办实。",
        "furniture": ["更多频道", "会议现场", "点击查看全文", "参与评论", "关注青石新闻网微信"],
    },
    "bracketed_dateline_paper_name": {  # 当前报纸名称:某某时报 (an e-paper reader's label); (某某社/某某报1月21日讯)
        "title": "行政长官于行政会议前会见传媒开场发言及答问内容",
        "published": None,
        "source": "青石时报",
        "byline": "（青石新闻通讯社/青石时报1月21日讯）",
        "reporters": [],
        "first": "以下是行政长官周海平今日",
        "last": "每日平均人次较去年增加约百分之三。",
        "furniture": ["当前报纸名称", "1月21日讯"],
    },
    "epaper_reader_day": {  # an e-paper reader's clock (2026-03-22 / 星期日) over 日期:03-20: the article's day,
        "title": "青石区部署春季防火工作",  # in the clock's year (the clock's date had been taken)
        "published": "2026-03-20",
        "source": "青石报",
        "byline": "本报讯（记者 林川）",
        "reporters": ["林川"],
        "first": "3月18日下午，青石区召开春季森林防火工作会议",
        "last": "清明前后实行二十四小时值守。",
        "furniture": ["电子报阅读机", "日期", "版面", "上一篇"],
    },
    "portal_channel_list": {  # a portal's slogan and its whole channel list (longer than any furniture line had been)
        "title": "区长周海平会见十八区议会主席",  # over the headline; 信息来源:…发布者:… (the publisher no part of the
        "published": "2025-06-21",  # source); 图:… (a caption: it had become the title); a headline under the last
        "source": "青石环球网",  # paragraph (the next article's link)
        "byline": "青石环球网消息",
        "reporters": [],
        "first": "区长周海平昨日会见十八区议会主席",
        "last": "共建地区美好家园。",
        "furniture": ["看青石", "独家专题", "欢迎关注", "发布者", "合影", "台风将影响"],
    },
    "names_under_photos": {  # 徐某 / 李某 / 黄某, then the paragraph naming them: the photos' captions (each run of
        "title": "",  # names had opened an article: three where one was); 版權宣告: a repost site's notice
        "published": None,
        "source": None,
        "byline": None,
        "reporters": [],
        "first": "为进一步凝心聚力、团结联谊",
        "last": "有力保障。",
        "furniture": ["徐艳\n", "吕娜\n", "版權宣告", "整理释出"],
    },
    "epaper_cms_record": {  # …/enpproperty-->: an e-paper system's record of the article (date, paper, headline)
        "title": "市领导到东湖区开展稳增长专题调研",  # left as text under it: furniture, and the article's date and
        "published": "2025-09-30",  # source (it had been printed in the body, the article dated by nothing)
        "source": "青石日报",
        "byline": "通 讯 员 冯小明 融媒体记者 唐晓",
        "reporters": ["冯小明", "唐晓"],
        "first": "昨日上午，市长周海平到东湖区",
        "last": "勉励企业坚持创新。",
        "furniture": ["enpproperty", "content_195633", "下转"],
    },
}


@pytest.mark.parametrize("name", sorted(REAL_HEAD_LAYOUTS))
def test_real_head_layout_fields_body_and_no_furniture(name: str) -> None:
    check_web_fixture(name, REAL_HEAD_LAYOUTS[name])


def test_paragraphs_a_copy_flattened_after_a_full_stop_and_a_space_are_paragraphs_again() -> None:
    """…建设得更好。 中区公所新春团拜现场… — paragraphs joined by a space after their last mark are paragraphs of
    their own (the space had been dropped and the narration after a speech read as more of it); a space
    between Han characters inside a sentence still goes."""
    page = (
        "市长出席新春团拜\n\n"
        "2025-02-07 来源：青石新闻网\n\n"
        "市长胡志明与公所同仁互道新年恭喜，并表示一定会更努力，将中区建设得更好。 中区公所新春团拜现场热闹滚滚，"
        "由舞狮揭开序幕。 “大家一起让城市越来越进步！” 胡志明说。 区长 林志明等参加。"
    )
    article = split_text(page).articles[0]
    assert article.paragraphs() == [
        "市长胡志明与公所同仁互道新年恭喜，并表示一定会更努力，将中区建设得更好。",
        "中区公所新春团拜现场热闹滚滚，由舞狮揭开序幕。",
        "“大家一起让城市越来越进步！”胡志明说。",
        "区长林志明等参加。",
    ]


def test_a_day_without_its_year_takes_the_year_of_the_date_the_page_prints() -> None:
    """03-20 under 2026-03-22 is 2026-03-20; 12-30 on a page of 2026-01-02 was printed the year before; a day that
    does not exist in that year is none."""
    assert month_day("03-20") == "03-20" and month_day("3月20日 来源：青石报") == "03-20"
    assert month_day("2026-03-20") is None and month_day("13-40") is None
    assert in_year_of("03-20", "2026-03-22") == "2026-03-20"
    assert in_year_of("12-30", "2026-01-02") == "2025-12-30"
    assert in_year_of("02-29", "2025-03-01") is None


def test_lines_naming_an_official_at_work_or_the_scene_are_captions() -> None:
    """省委某工委书记蔡某主持会议并作总结 / 省教育厅厅长陈某做重要讲话 over a page with no headline, and 市委书记夏某讲话
    between paragraphs: the photos' captions (the first had been the title, the others paragraphs); a paragraph
    that says so with its full stop stays."""
    page = (
        "省委高校工委书记、省教育厅党组书记蔡明主持会议并作总结\n"
        "省教育厅厅长陈丽做重要讲话\n"
        "9月9日至10日，省教育厅召开理论务虚会，学习教育规划纲要。\n"
        "市委书记夏丰讲话\n"
        "市长李明主持会议。会议听取了教育工作情况汇报。"
    )
    article = split_text(page).articles[0]
    assert not article.title
    assert article.paragraphs() == ["9月9日至10日，省教育厅召开理论务虚会，学习教育规划纲要。",
                                    "市长李明主持会议。会议听取了教育工作情况汇报。"]
    assert "市委书记夏丰讲话" in article.captions


def test_a_disclosure_pages_filing_date_is_not_its_publication_date() -> None:
    """归档时间:2017-11-15 over a 政府信息公开 page whose meta line prints 发布时间: 2016-07-05: the article is of the
    day it was published (the filing date had been taken, the first labelled date on the page)."""
    page = (
        "归档时间:2017-11-15\n"
        "政府信息公开\n\n"
        "县纪委书记督查青石镇防汛工作\n\n"
        "来源: 青石镇 发布时间: 2016-07-05 00:00 浏览次数: 1\n\n"
        "7月4日上午，县委常委、纪委书记刘建明深入青石镇督查防汛工作，详细了解该镇防汛工作开展情况。"
    )
    split = split_text(page)
    assert split.dates == ["2016-07-05"] and split.articles[0].title == "县纪委书记督查青石镇防汛工作"


def test_a_marked_line_is_a_caption_unless_it_marks_a_question() -> None:
    """▲ before a photo's caption (as Taiwan's sites print it) makes it a caption; ▲某报记者：…, ▲…？ and ▲ on a page
    whose answers open with ● mark a transcript's questions, which stay text (one had been taken for a caption
    and the turn lost from the body)."""
    page = ("青石縣長就職\n\n青石縣新任縣長林美華25日宣誓就職。\n\n▲青石縣長就職典禮現場。\n\n(圖/青石縣政府提供)\n\n"
            "林美華表示，將傾聽鄉親聲音。")
    assert "▲" not in split_text(page).articles[0].body
    transcript = "市长答记者问\n\n市长王明回答了记者提问。\n\n▲青石日报记者：请问今年的重点工作有哪些？\n\n王明：重点是城市更新。"
    assert "▲青石日报记者" in split_text(transcript).articles[0].body
    interview = "区长专访\n\n记者专访了区长王静。\n\n▲请谈谈今年的打算。\n\n●重点是城市更新，老城要焕发新活力。"
    assert "▲请谈谈今年的打算。" in split_text(interview).articles[0].body
    assert line_kind("讨论会现场") == "caption" and line_kind("直击抗洪现场") == "text"


def test_a_date_that_bounds_a_period_in_the_lead_is_not_the_day_it_ran() -> None:
    """…自2025年1月24日起，发布会每日举行 — the start of a period the lead tells of (it had become the article's
    date); a lead opening with its day still dates the article."""
    bounded = ("发布会百场不断\n\n青石网青石5月2日电 截至5月2日，青石市已连续召开100场新闻发布会。"
               "市政府新闻发言人王明今天表示，自2025年1月24日起，新闻发布会每日举行。")
    assert split_text(bounded).dates == [None]
    dated = "区委召开全会\n\n2025年3月5日，区委召开全体会议。区委书记王明主持会议。"
    assert split_text(dated).dates == ["2025-03-05"]


def test_a_headline_a_copy_wrapped_is_one_title_a_subtitle_stays() -> None:
    """…开展“学习贯彻、担当作为” / 主题教育调研活动 — a long line, then a short one that ends it: one headline (the title
    had lost its end); under 区政协常委会会议召开, 某某主持 is no end of it."""
    wrapped = ("青石区委书记王明到青石集团开展“学习贯彻、担当作为”\n主题教育调研活动\n"
               "10月8日下午，区委书记王明一行到青石集团开展主题教育专题调研活动。")
    assert split_text(wrapped).articles[0].title == "青石区委书记王明到青石集团开展“学习贯彻、担当作为”主题教育调研活动"
    presided = "区政协十五届一次常委会会议召开\n夏一峰主持\n2月23日，区政协主席夏一峰主持召开区政协常委会会议。"
    assert split_text(presided).articles[0].title == "区政协十五届一次常委会会议召开"


def test_review_the_new_furniture_rules_leave_ordinary_news_alone() -> None:
    """What a review found the stop's rules catching in ordinary news: ▲ bullets of a list (not captions: no picture's
    credit under them, no headline's halves), a notice's closing list of units (no links), a sentence about an app
    forcing a privacy consent (no banner of the site's), a headline over 某某主持会议 (no wrapped headline); and 從…起 in
    traditional characters bounds a period as 从…起 does, the reporter before 哈尔滨 is 王明."""
    listed = ("青石区经济运行平稳\n\n2025年7月1日，青石区公布上半年经济数据。\n\n▲全年地区生产总值增长6.5%，高于全省平均水平。\n\n"
              "▲城乡居民收入稳步增长。\n\n工信部通报，部分App存在强制用户同意隐私政策等问题。")
    body = split_text(listed).articles[0].body
    assert "全年地区生产总值" in body and "城乡居民收入" in body and "同意隐私政策" in body
    units = ("关于表彰先进集体的通报\n\n2025年7月1日，区政府决定对以下单位予以通报表彰。\n"
             + "\n".join(("青石镇人民政府", "区发展和改革局", "区财政局", "区住房和城乡建设局", "区农业农村局",
                          "区卫生健康委员会", "区教育局")))
    assert split_text(units).articles[0].body.endswith("区教育局")
    presided = ("市政府召开第四十五次常务会议研究部署近期重点工作\n刘建华主持会议\n"
                "7月1日，市长刘建华主持召开市政府第四十五次常务会议。")
    assert split_text(presided).articles[0].title == "市政府召开第四十五次常务会议研究部署近期重点工作"
    bounded = "發布會百場不斷\n\n青石網5月2日電 市政府新聞發言人王明今天表示，從2025年1月24日起，新聞發布會每日舉行。"
    assert split_text(bounded).dates == [None]
    dateline = split_text("市长调研\n\n（青石社记者王明哈尔滨13日电）市长今天到企业调研，要求做好服务。").articles[0]
    assert dateline.reporters == ["王明"] and dateline.printed_source == "青石社"


def test_a_markdown_tables_rule_and_empty_cells_are_no_text() -> None:
    """标题 | |||||| over ---|---|--- — a page saved as Markdown from a table layout: the headline without the empty
    cells (they had stayed on the title), the rule no line of the text."""
    page = ("青石区召开民生实事推进会（图） | ||||||\n---|---|---|---|\n"
            "http://www.example.cn 2025年03月15日08:30 青石日报 | ||||||\n"
            "3月14日，青石区召开民生实事推进会。区长王明出席会议并讲话。")
    article = split_text(page).articles[0]
    assert article.title == "青石区召开民生实事推进会（图）"
    assert "---" not in article.body and "|" not in article.body


def test_the_original_title_line_names_the_headline_under_a_sidebars_line() -> None:
    """原标题：X under a line printing X: that line is the headline, not the sidebar's ad above it (which had been)."""
    page = ("search\n寻找走失小狗~QQ 地点 青石市青石区 Qingshi , Qingshi\n\n青石区政协首场发布会：发言人妙语连珠\n\n"
            "原标题：青石区政协首场发布会：发言人妙语连珠\n\n3月2日下午，青石区政协会议新闻发布会举行。发言人王明回答记者提问。")
    article = split_text(page).articles[0]
    assert article.title == "青石区政协首场发布会：发言人妙语连珠"
    assert article.body.startswith("3月2日下午")


def test_a_releases_office_over_its_dashed_date_and_its_menus_are_no_headline() -> None:
    """搜寻目录 / 语言目录 / 流动式目录 (a government site's menus), the office that issued it over 26-08-2019 (day
    first, dashed), then the headline: title, date and source (the menu had been the title, the date none); a
    headline set between dashes (—…—) loses them."""
    menus = ("搜寻目录\n语言目录\n流动式目录\n青石资讯科技总监办公室\n26-08-2019\n\n记者会答问内容\n\n"
             "署长王明今日举行记者会。以下是记者会答问内容：")
    split = split_text(menus)
    assert split.articles[0].title == "记者会答问内容"
    assert split.dates == ["2019-08-26"] and split.articles[0].printed_source == "青石资讯科技总监办公室"
    dashed = ("Loading\n\n—行政长官回答议员快讯（改革须有基础）—\n\n新闻局\n2020-04-21 19:03\n\n"
              "对于议员提出的问题，行政长官王明称，要有基础才能谈改革。")
    assert split_text(dashed).articles[0].title == "行政长官回答议员快讯（改革须有基础）"


def test_a_press_conference_heading_over_its_turns_is_the_title_not_a_byline() -> None:
    """记者会开场 over 【name】 turns — the title (记者 + 会开场 had been read as a reporter's byline)."""
    page = "记者会开场\n【王明】各位媒体朋友，大家下午好。\n【李强】感谢媒体的朋友们。时间有限，请大家提问。"
    article = split_text(page).articles[0]
    assert article.title == "记者会开场" and article.byline is None and article.reporters == []


def test_a_hijacked_mirrors_keywords_and_a_portals_summary_are_no_text() -> None:
    """A line of adult-site keywords a hijacked mirror prints over the article, and 摘要：/提要： (the portal's
    summary field, the lead copied into it): neither is the text's first paragraph (both had been)."""
    page = ("精品日韩一区二区三区,国产成人精品在线,某某影院\n\n青石区召开区委常委会\n\n2025-03-12 来源：青石日报\n"
            "摘要：3月11日，青石区召开区委常委会。区委书记王明主持会议并讲话。\n"
            "3月11日，青石区召开区委常委会。区委书记王明主持会议并讲话。")
    article = split_text(page).articles[0]
    assert article.title == "青石区召开区委常委会"
    assert article.body.startswith("3月11日") and "精品" not in article.body


def test_a_titled_speaker_over_the_title_of_his_speech_is_its_kicker() -> None:
    """国务院副总理王一明 / 进一步加强领导班子建设 / the date — who spoke, over his words' title: the kicker (the line
    had been lost, and with it the only title the speaker has)."""
    page = ("等待处理…\n\n中共中央政治局委员、国务院副总理王一明\n\n进一步加强领导班子建设\n\n2023年09月28日\n\n"
            "王一明在开学典礼上的讲话中指出，加强企业领导班子建设十分重要。\n\n上篇：青石精神图片展开展\n"
            "下篇：青石市召开工作会议\n分享到\n\n© 2023 青石工人报\n制作单位：example.com")
    article = split_text(page).articles[0]
    assert (article.kicker, article.title) == ("中共中央政治局委员、国务院副总理王一明", "进一步加强领导班子建设")
    assert article.body.endswith("十分重要。")
    meeting = ("下一版»本期共4版\n王一明主持召开县长办公会\n安排部署重点工作任务\n\n"
               "本报讯 12月5日，县长王一明主持召开县长办公会议。")
    assert split_text(meeting).articles[0].title == "王一明主持召开县长办公会"  # (an act: a headline, no speaker)


def test_a_chinese_pages_english_chrome_is_no_text() -> None:
    """We are sorry that your browser does not support JavaScript… / Please Press Ctrl + P… / 跳到主要内容区块 Go To
    Center block — a Chinese page's chrome in English (the first had opened the text)."""
    page = ("We are sorry that your browser does not support JavaScript. Please enable JavaScript in your browser.\n"
            "Friendly Print :\nPlease Press Ctrl + P to switch on the print function\n"
            "跳到主要内容区块 Go To Center block\n\n本院新闻\n\n:::\n政院：媒体报道与院长答询内容原意不符\n\n"
            "日期：105-06-17\n资料来源：新闻传播处\n\n针对媒体的报道，发言人王明澄清，报道与院长答询的原意不符。")
    article = split_text(page).articles[0]
    assert article.title == "政院：媒体报道与院长答询内容原意不符"
    assert article.body.startswith("针对媒体的报道")


def test_a_releases_writer_and_a_pages_subscriptions_and_picks_are_no_text() -> None:
    """（撰稿：某某，电话：…） closing the last paragraph: who wrote the release, the byline; 订阅…频道：https://…, an
    <image> element and 【今日热点新闻推荐】: furniture (each had stayed in the text)."""
    page = ("区府会议后记者会\n\n2025-04-21\n\n<image>data:image/png;base64,iVBORw0KGgo=</image>\n"
            "发言人王明表示，林院长认为行政团队要把为人民服务的事做好。（撰稿：李振民，电话：02-23410648）\n\n"
            "订阅新闻局Telegram政府新闻频道：https://t.me/example，即时接收最新消息。\n【今日热点新闻推荐】\n")
    article = split_text(page).articles[0]
    assert article.body == "发言人王明表示，林院长认为行政团队要把为人民服务的事做好。"
    assert article.reporters == ["李振民"]


def test_an_outlets_xun_set_apart_from_the_day_names_the_source() -> None:
    """青石日報訊 12月9日，… — the outlet's 讯 and a space before the lead's day: the source, and the text starts at the
    day (it had no source); 本报讯 names none."""
    opened = split_text("青石日報訊 12月9日,全市政協主席工作座談會在松山縣召開。市政協主席張一軍出席會議。")
    assert opened.articles[0].printed_source == "青石日報" and opened.articles[0].body.startswith("12月9日")
    assert split_text("本报讯 12月9日，全市政协工作座谈会召开。").articles[0].printed_source is None


def test_review_the_stops_head_rules_leave_ordinary_news_alone() -> None:
    """What the review found the stop's rules catching: a headline with an act that ends in an office's name (走访区税务局)
    or in 部署 over the date line is no issuing office; a plan's 一区二区三区 and 国产精品力作 in a speech are text (the
    keyword-stuffing line needs two markers)."""
    visit = split_text("区长王一明走访区税务局\n发布时间：2024-03-05\n持续优化营商环境\n\n"
                       "3月4日，区长王一明走访区税务局，要求持续优化营商环境。").articles[0]
    assert (visit.title, visit.printed_source) == ("区长王一明走访区税务局", None)
    planned = split_text("区委常委会召开会议研究部署\n2024-03-05\n下半年重点工作\n\n3月4日，区委常委会召开会议。")
    assert planned.articles[0].title == "区委常委会召开会议研究部署" and planned.articles[0].printed_source is None
    speech = ("青石区发展规划\n\n2025年3月1日，青石区公布规划。\n\n王一明强调，要坚持精品导向，多出国产精品力作，讲好青石故事。\n\n"
              "青石区将产业园划分为一区二区三区，分别发展新能源、新材料和生物医药。")
    body = split_text(speech).articles[0].body
    assert "国产精品力作" in body and "一区二区三区" in body


def test_a_photo_story_keeps_its_captions_as_its_text() -> None:
    """市长访谈录 — a page of photos whose every paragraph is a caption ending with 新华社记者 某某 摄: the captions
    are the text (it had an empty body, and every mayor's words were lost); a caption beside a text stays a caption."""
    page = ("当前位置: 首页>> 热点专题\n\n市长访谈录\n中央政府门户网站 www.gov.cn   2025年03月11日   来源:新华社\n\n"
            "    全国人大代表、青石市市长王一明说，青石的未来一定依然是碧海蓝天。 新华社记者 李小华 摄\n\n"
            "    全国人大代表、松山市市长赵一平说，松山在保护历史文化方面取得了显著成效。 新华社记者 周小兵 摄\n\n"
            "  上一页  1   2   下一页  \n")
    article = split_text(page).articles[0]
    assert article.body.startswith("全国人大代表、青石市市长王一明说") and "赵一平说" in article.body
    assert article.captions == [] and article.photographers == ["李小华", "周小兵"]
    story = ("青石市召开两会\n\n2025年03月11日\n\n3月10日，青石市召开两会，审议政府工作报告。\n\n"
             "会议现场。 新华社记者 李小华 摄\n")
    beside = split_text(story).articles[0]
    assert beside.body == "3月10日，青石市召开两会，审议政府工作报告。" and beside.captions == ["会议现场。 新华社记者 李小华 摄"]


def test_a_correspondents_credit_a_comment_box_a_read_aloud_label_and_an_unknown_source() -> None:
    """【青石特派員王大同/松山縣報導】 — a correspondent's credit names the reporter (he had been a person of the text);
    请您留言 / 登录名 / 密 码 / 查看所有评论 / 不是…会员，欢迎注册 under the text and 人工智能朗读： over it are the
    page's widgets (each had stayed in the body); 来源：不详 names no source (不详 had been the source)."""
    page = ("青石縣長銷假上班\n\n分享\n人工智能朗读:\n\n"
            "【青石特派員王大同/松山縣報導】連任的縣長林美華今天銷假上班，她表示將持續為鄉親服務。\n\n"
            "请您留言\n\n登录名\n密 码\n\n查看所有评论\n\n不是青石网会员,欢迎注册\n")
    article = split_text(page).articles[0]
    assert article.reporters == ["王大同"]
    assert article.body == "連任的縣長林美華今天銷假上班，她表示將持續為鄉親服務。"
    unknown = split_text("副市长到学院调研\n\n来源:不详 点击: 加入收藏\n\n7月6日上午，副市长李一川到学院调研。")
    assert unknown.source is None and unknown.articles[0].printed_source is None


def test_a_text_copied_without_its_head_under_two_line_subheads_is_one_article() -> None:
    """为基层减负，是…。 then 强化制度刚性 / 筑牢减负堤坝 and 突出效能导向 / 健全考核评价体系 over paragraphs — a commentary
    whose head was not copied: one article under its subheads (it had been three); a page whose first story has a head
    still splits."""
    page = ("为基层减负，是发展所需，也是民心所向。今年以来，青石市出台多项措施整治形式主义，基层干部普遍感到轻松了不少，"
            "但反弹回潮的苗头仍需警惕。\n强化制度刚性\n筑牢减负堤坝\n"
            "基层负担反复回潮，根源是制度刚性缺失、执行弹性过大，导致形式主义屡禁不止，必须以刚性制度压缩弹性空间。\n"
            "突出效能导向\n健全考核评价体系\n"
            "长期以来，部分地区考核存在重留痕轻实效的倾向，导致基层深陷造台账、补材料的循环，必须让考核回归实绩。\n")
    assert len(split_text(page).articles) == 1
    headed = ("青石市召开防汛工作会议\n本报讯 6月1日，青石市召开防汛工作会议，部署今年防汛工作。\n"
              "松山区开展消防演练\n暨首批志愿者上岗\n本报讯 6月2日，松山区开展消防演练，首批志愿者同日上岗。\n"
              "白沙镇举办农民丰收节\n庆祝第八个中国农民丰收节\n本报讯 9月23日，白沙镇举办农民丰收节。\n")
    assert len(split_text(headed).articles) == 3


def test_furniture_of_glossed_lines_browsers_adults_counters_and_addresses() -> None:
    """關(guān)鍵詞: … and 網(wǎng)絡(luò)圖 from a converter that glossed every character; 为达最佳浏览效果，建议使用 Chrome…;
    未满18岁 / 我已年满18岁进入; 点击次数: with its number lost; 本文地址：http://… and 相关附件： in the footer — each
    had stayed in the body."""
    page = ("區長檢查防汛工作\n\n為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。\n未滿18歲\n"
            "我已年滿18歲進入\n點擊次數:\n\n本報訊 6月1日，區長周一平檢查防汛工作，要求做好值守。\n\n網(wǎng)絡(luò)圖\n"
            "關(guān)鍵詞: 青石 飛車 模擬經營\n本文地址：http://www.example.com/news/1.html\n相关附件:\n")
    article = split_text(page).articles[0]
    assert article.title == "區長檢查防汛工作"
    assert article.body == "6月1日，區長周一平檢查防汛工作，要求做好值守。"


def test_outlets_in_datelines_media_labels_and_a_papers_name_under_the_headline() -> None:
    """青石在线1月8日讯（记者 王某）… (an outlet named 在线); 青石网/青石发展门户网讯 民族要复兴… (two outlets, the lead no
    date); 媒体:青石网  作者:… (媒体 labels the source); 青石晚报 alone under the headline (the source, it had been the
    subtitle) — each had left the source empty."""
    online = split_text("省检察院召开座谈会\n\n青石在线1月8日讯(记者 王一明 通讯员 李一川)日前，省检察院邀请代表委员座谈。")
    assert online.articles[0].printed_source == "青石在线" and online.articles[0].body.startswith("日前")
    two = split_text("乡村振兴需要文化振兴\n\n青石网/青石发展门户网讯 民族要复兴，乡村必振兴。乡村振兴是乡村的全面振兴。")
    assert two.articles[0].printed_source == "青石网" and two.articles[0].body.startswith("民族要复兴")
    media = split_text("青石市举行防疫发布会\n媒体:青石网  作者:松山日报\n2023-02-09\n\n2月9日，青石市举行防疫发布会。")
    assert media.articles[0].printed_source == "青石网"
    paper = split_text("松山区党工委书记走访慰问老党员\n\n青石晚报\n\n重阳节期间，松山区党工委书记王一明走访慰问老党员。")
    article = paper.articles[0]
    assert (article.printed_source, article.subtitle) == ("青石晚报", None)


def test_review_paragraphs_about_adults_are_text() -> None:
    """未满18岁的未成年人不得进入网吧 / 年满18岁的青年可报名参军 — paragraphs about those ages are text (the adults' gate
    is a line of its own: 未满18岁 / 我已年满18岁进入)."""
    page = ("区文旅局开展网吧专项检查\n\n2025年07月01日\n\n未满18岁的未成年人不得进入营业性网吧，执法人员逐一检查。\n\n"
            "年满18岁的青年可到所在街道武装部报名参军。")
    body = split_text(page).articles[0].body
    assert body.startswith("未满18岁的未成年人") and "年满18岁的青年" in body


def test_a_report_credit_run_into_the_leads_sentence_stays_in_the_body() -> None:
    """据青石日报消息，… — with a comma the phrase opens the lead's sentence: the body keeps it (it had been cut off as a
    byline) and the outlet is still the source; set apart by a space (据青石晚报消息 县委书记…) it is a credit, as before."""
    in_sentence = split_text("青石市启动老旧小区改造\n\n据青石日报消息，青石市今年将改造老旧小区三十个。改造资金已经到位。")
    article = in_sentence.articles[0]
    assert article.body.startswith("据青石日报消息，青石市今年")
    assert (article.printed_source, article.byline) == ("青石日报", None)
    apart = split_text("县委书记的一天\n\n据青石晚报消息 县委书记，级别不高可作用不小。他们承上启下。")
    article = apart.articles[0]
    assert article.body.startswith("县委书记，级别不高")
    assert (article.printed_source, article.byline) == ("青石晚报", "据青石晚报消息")


def test_a_long_articles_page_links_and_a_cut_button_are_furniture() -> None:
    """】 【打 印】 (the copy began inside a button) and 【 第1頁 第2頁 第3頁 】 (the article's pages) over the headline:
    furniture (they had become the kicker and the title)."""
    page = ("】 【打 印】 \n【 第1頁 第2頁 第3頁 】 \n區長記者會：推出夜市活動 提振消費\nhttp://www.example.com   2025-04-26 01:05:37\n\n"
            "記者：區長，夜市何時開始？\n\n區長：夜市下月開始，我們會做好交通安排。")
    article = split_text(page).articles[0]
    assert (article.title, article.kicker) == ("區長記者會：推出夜市活動 提振消費", None)
    assert "第1頁" not in article.body and "打 印" not in article.body


def test_the_lines_after_the_editors_closing_credit_are_links_to_other_articles() -> None:
    """【編輯:某某】 under the text, then 視頻 / 更 多 / other articles' headlines: links, not the text's end (they had
    closed the body); a credit followed by prose (a paragraph with 。) takes nothing."""
    page = ("區長會見商會代表\n2025-04-02 10:19 | 稿件來源:青石新聞網\n\n區長周海平昨日會見商會代表，雙方就營商環境交換意見。\n"
            "周海平表示，歡迎商會繼續參與城市建設。\n\n【編輯:林小文】\n\n視頻\n\n更 多\n"
            "【青石故事】老街新貌 煥發生機!\n想看花海去南山公園 想吃美食去老城區!\n青石馬拉松下月開跑 八千跑手報名")
    article = split_text(page).articles[0]
    assert article.body.endswith("歡迎商會繼續參與城市建設。")
    prose = ("區長會見商會代表\n\n【編輯:林小文】\n\n區長周海平昨日會見商會代表。\n雙方就營商環境交換意見。\n"
             "周海平表示，歡迎商會繼續參與城市建設。")
    assert split_text(prose).articles[0].body.endswith("歡迎商會繼續參與城市建設。")


def test_an_original_title_in_parentheses_a_sites_accounts_and_an_interviews_label_are_no_headline() -> None:
    """（原标题：【栏目】标题） alone over a copy: the headline it names, its column the kicker (the whole line had been the
    title); 青石网服务号 微信公众平台 / 青石网APP 青石APP下载 / 二维码 关闭 (a site's accounts and buttons) and 访谈内容
    (an interview page's label) over the headline: furniture (they had been the title and the kicker)."""
    original = ("（原标题：【网络中国节•春节】春节前夕走访慰问，浓浓关怀暖人心）\n"
                "在新春佳节即将到来之际，县委书记周海平看望慰问了光荣院的老人。")
    article = split_text(original).articles[0]
    assert (article.kicker, article.title) == ("网络中国节•春节", "春节前夕走访慰问，浓浓关怀暖人心")
    accounts = ("青石网服务号 微信公众平台\n青石网APP 青石APP下载\n\n二维码 关闭\n青石市卫生健康委员会新闻发布会文字实录\n\n"
                "时间：2025年4月18日\n\n主持人：各位媒体朋友，大家上午好！")
    article = split_text(accounts).articles[0]
    assert (article.kicker, article.title) == (None, "青石市卫生健康委员会新闻发布会文字实录")
    label = ("当前位置：首页 > 在线访谈 > 访谈列表\n\n访谈内容\n\n青石镇镇长周海平谈乡村振兴\n\n"
             "主持人：各位网友，大家好！欢迎收看在线访谈栏目。")
    assert split_text(label).articles[0].title == "青石镇镇长周海平谈乡村振兴"


def test_an_outlet_in_brackets_or_reporting_on_a_day_opens_the_lead_and_names_the_source() -> None:
    """【Now青石新聞台】… / 青石新闻综合频道1月13日报道：… opening the lead: the source (it had been none), the lead after it;
    抱歉，我們並不支援你正使用的瀏覽器。/ 如有問題，歡迎電郵至… over the text: a site's notice (it had opened the body);
    【政務要聞】 (a column's tag) names no source."""
    bracketed = ("抱歉，我們並不支援你正使用的瀏覽器。\n如有問題，歡迎電郵至 help@example.com 查詢。\n廣告\n"
                 "【Now青石新聞台】港澳辦主任周海平繼續青石考察行程，先後參觀長者中心。\n周海平早上與十多位長者飲茶。")
    split = split_text(bracketed)
    article = split.articles[0]
    assert (article.printed_source or split.source) == "Now青石新聞台"
    assert article.body.startswith("港澳辦主任周海平繼續青石考察行程")
    reported = "青石新闻综合频道1月13日报道：市政协会议今天上午举行大会发言。委员们畅所欲言。"
    split = split_text(reported)
    assert (split.articles[0].printed_source or split.source) == "青石新闻综合频道"
    assert split.articles[0].body.startswith("市政协会议今天上午举行大会发言。")
    column = "【政務要聞】青石區政府召開常務會議，區長周海平主持。\n會議研究了民生實事項目。"
    split = split_text(column)
    assert (split.articles[0].printed_source or split.source) is None
