"""Single web articles and pasted text: page or article, furniture into metadata, titles,
bylines, paragraphs as printed (tests/fixtures/web holds articles written for these tests),
and the import figures on the real articles of ../shared/realtext (the tuning set)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings

from benchmarks.realtext import HELD_OUT
from composer.common.text import squash
from composer.ingest.importer import ImportOptions, import_pasted, import_paths
from composer.ingest.layout import split_text
from composer.ingest.pages import split_page
from db import open_library
from db.articles import get_article, list_articles
from tests.conftest import REPO, SHARED, seed_paths
from tests.test_hostile_input import hostile

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
DEMO = sorted((REPO / "composer" / "demo").glob("*.txt"))
REALTEXT = SHARED / "realtext"

# What each web fixture must give: one article with these fields; the body starts and ends
# with these words; none of the furniture lines is inside it.
EXPECTED = {
    "gov_page": {
        "title": "湖城区召开一季度安全生产工作会议",
        "published": "2025-04-02",
        "source": "湖城区应急管理局",
        "byline": "作者：孟庆华",
        "reporters": ["孟庆华"],
        "first": "4月1日下午，湖城区召开一季度安全生产工作会议",
        "last": "各街镇负责同志参加会议。",
        "furniture": [
            "首页 > 政务公开 > 工作动态",
            "您当前所在位置",
            "发布时间",
            "浏览次数",
            "【打印】",
            "分享到",
            "上一篇",
            "下一篇",
            "版权所有",
            "ICP备",
        ],
    },
    "wechat": {
        "title": "春风行动送岗位 四千余人找到新工作",
        "published": "2025-02-26",
        "source": "湖城日报",
        "byline": "文/周晓敏",
        "reporters": ["周晓敏"],
        "first": "2月25日，湖城区2025年“春风行动”大型招聘会",
        "last": "帮助更多群众在家门口就业。",
        "furniture": ["原创", "发表于", "来源：湖城日报", "编辑：陆佳怡", "审核", "阅读原文", "点赞", "在看"],
    },
    "related": {
        "title": "区人大常委会视察城市更新项目",
        "published": "2025-05-14",
        "source": "湖城新闻网",
        "byline": "（记者 宋雨桐 罗一鸣）",
        "reporters": ["宋雨桐", "罗一鸣"],
        "first": "5月13日，区人大常委会主任甘振宇带队视察",
        "last": "区规划分局负责同志参加视察。",
        "furniture": ["09:12", "责任编辑", "相关新闻", "加装电梯", "三年方案发布", "第二批城市更新", "更多>>"],
    },
    "nodate": {
        "title": "湖城区开展夏季河道保洁专项行动",
        "published": None,
        "source": "湖城区融媒体中心",
        "byline": "（记者 林可欣 通讯员 赵磊）",
        "reporters": ["林可欣", "赵磊"],
        "first": "昨天上午，湖城区在南湖河畔启动",
        "last": "作业效率提高了一倍。",
        "furniture": ["文章来源"],
    },
    "twice": {
        "title": "湖城区举办2025年民营企业座谈会",
        "kicker": "凝心聚力谋发展",
        "subtitle": "听取企业家意见建议 合力优化营商环境",
        "published": "2025-06-18",
        "source": "区工商联",
        "byline": None,
        "reporters": [],
        "first": "6月17日，湖城区召开2025年民营企业座谈会",
        "last": "现场回应了企业提出的问题。",
        "furniture": ["湖城区人民政府网", "当前位置", "日期：", "字号", "打印本页", "关闭窗口"],
    },
    # written after the real-text work, in layouts it had not seen: arrows as breadcrumbs, the
    # site's name over the headline, an outlet's reporter line, app and tip-line invitations
    "portal": {
        "title": "湖城区推进老旧小区改造 今年惠及居民两万户",
        "kicker": None,
        "published": "2025-09-02",
        "source": "湖城网－湖城频道",  # as printed (a full-width dash)
        "byline": "湖城网湖城9月2日电 （记者刘晓岚）",
        "reporters": ["刘晓岚"],
        "first": "记者从湖城区住建委获悉",
        "last": "预计年底前完工。",
        "furniture": ["湖城网首页", ">>", "小字号", "责编", "分享让更多人看到", "推荐阅读", "返回顶部"],
    },
    "news_app": {
        "title": "湖城一街道试点“楼门议事会”，小区事大家商量着办",
        "kicker": None,
        "subtitle": None,
        "published": "2025-09-07",
        "source": "青岚新闻",
        "byline": "青岚新闻记者 孙悦",
        "reporters": ["孙悦"],
        "first": "在湖城区镜湖街道，每个楼门都有一个议事会。",
        "last": "镜湖街道党工委书记何立新对青岚新闻说。",
        "furniture": ["字号", "责任编辑", "图片编辑", "校对", "报料", "未经授权"],
    },
    "app_share": {
        "title": "湖城区首届“非遗市集”开市",
        "published": "2025-09-05",
        "source": "湖城融媒",
        "byline": "记者 陈思远",
        "reporters": ["陈思远"],
        "first": "9月5日晚，湖城区首届“非遗市集”在望湖里历史文化街区开市",
        "last": "每周五至周日晚间开放。",
        "furniture": ["打开APP", "阅读体验更佳", "相关推荐"],
    },
    "site_over_date": {
        "title": "湖城区启动“清凉社区”行动",
        "published": "2025-09-11",
        "source": "湖城新闻",
        "byline": "湖城新闻 记者 陈晨 通讯员 杨帆",
        "reporters": ["陈晨", "杨帆"],
        "first": "9月11日，湖城区启动“清凉社区”行动",
        "last": "覆盖全区65个社区。",
        "furniture": ["本文来源", "免责声明", "举报"],
    },
    "wechat_frame": {
        "title": "区委理论学习中心组专题学习 深化基层治理改革",
        "published": "2025-09-09",
        "source": "湖城日报",
        "byline": None,
        "reporters": [],
        "first": "9月9日，区委理论学习中心组召开专题学习会。",
        "last": "推动基层治理改革的实际成效。",
        "furniture": ["原创", "收录于合集", "#湖城要闻", "点击蓝字", "编辑：", "审核", "终审", "喜欢此内容", "滑动",
                      "阅读原文", "湖城发布", "写留言"],
    },
    "department_report": {
        "title": "区民政局关于2025年第三季度养老服务工作的报告",
        "published": "2025-09-10",
        "source": "湖城区民政局",
        "byline": None,
        "reporters": [],
        "first": "区政府：",
        "last": "提升服务质量。",
        "furniture": ["湖城区民政局", "二〇二五年九月十日"],
    },
    "column_label": {
        "title": "区领导督导检查秋季学期开学工作",
        "kicker": "◆湖城快讯◆",
        "published": "2025-09-02",
        "source": None,
        "byline": "本报记者 王磊 通讯员 李娜",
        "reporters": ["王磊", "李娜"],
        "first": "9月1日，区委副书记宋立军带队督导检查",
        "last": "确保师生平安。",
        "furniture": ["◆", "（2025-09-02）"],
    },
    "reposted": {
        "title": "湖城区：以“小网格”撬动“大治理”",
        "published": "2025-09-13",
        "source": "湖城日报",
        "byline": None,
        "reporters": [],
        "first": "湖城区把全区划分为1260个基础网格",
        "last": "居民张阿姨说。",
        "furniture": ["原标题", "转载自", "时间：", "图片来源"],
    },
    "attachments": {
        "title": "湖城区政务服务中心推出“周末不打烊”服务",
        "published": "2025-09-14",
        "source": "湖城区政务服务管理局",
        "byline": None,
        "reporters": [],
        "first": "为方便群众办事",
        "last": "首月周末共办理业务1300余件。",
        "furniture": ["附件", ".xlsx", "字号", "【打印】"],
    },
    "gov_portal": {
        "title": "区政府召开第45次常务会议",
        "published": "2025-09-04",
        "source": "区政府办公室",
        "byline": None,
        "reporters": [],
        "first": "9月3日，区长周雅琴主持召开区政府第45次常务会议",
        "last": "会议还研究了其他事项。",
        "furniture": ["政务公开", "您的位置", "发布日期", "浏览次数", "【打印】", "扫一扫", "主办单位", "ICP"],
    },
    "site_column": {  # the site's name and a column over the headline
        "title": "云湖区召开2025年优化营商环境工作推进会",
        "published": "2025-03-12",
        "source": "区发展改革委",
        "byline": None,
        "reporters": [],
        "first": "3月11日，云湖区召开2025年优化营商环境工作推进会。",
        "last": "一流营商环境。",
        "furniture": ["门户网站", "政务要闻", "浏览次数", "【打印本页】"],
    },
    "bracket_column": {  # the column in brackets before the headline; the issuing office after the time
        "title": "区政府召开第12次常务会议",
        "kicker": "政务要闻",
        "published": "2025-09-03",
        "source": "云湖区政府办公室",
        "byline": None,
        "reporters": [],
        "first": "9月3日，区长韩启明主持召开",
        "last": "大气污染防治。",
        "furniture": ["17:45", "【政务要闻】"],
    },
    "source_reporter": {  # 来源：云湖日报　记者 王琳 in one meta line
        "title": "云湖区：“15分钟生活圈”覆盖全部社区",
        "published": "2025-10-10",
        "source": "云湖日报",
        "byline": "记者 王琳",
        "reporters": ["王琳"],
        "first": "记者从区商务局获悉",
        "last": "提升服务品质。",
        "furniture": ["云湖新闻网", "首页", "责任编辑"],
    },
    "column_bar": {  # 栏目｜标题: the column before the bar, the headline after it
        "title": "代表委员热议城市更新",
        "kicker": "聚焦“两会”",
        "published": "2025-01-08",
        "source": None,
        "byline": "（云湖融媒记者 张帆）",
        "reporters": ["张帆"],
        "first": "1月7日，区两会进入分组讨论阶段。",
        "last": "民生改善结合起来。",
        "furniture": ["字号", "发布时间"],
    },
    "vertical_breadcrumb": {  # a breadcrumb copied one link per line, with its arrows on lines of their own
        "title": "区委常委会召开会议",
        "subtitle": "学习贯彻上级重要会议精神",
        "published": "2025-11-02",
        "source": "区委办公室",
        "byline": None,
        "reporters": [],
        "first": "11月1日，区委书记葛云舒主持召开",
        "last": "统一到上级部署上来。",
        "furniture": ["首页", "新闻中心", "图片新闻", "字号", "扫一扫"],
    },
    "labelled_form": {  # an OA system's form: 标题：, 发文日期：, 信息来源：, 正文：
        "title": "云湖区启动冬季供暖保障工作",
        "published": "2025-11-15",
        "source": "区城市管理委员会",
        "byline": None,
        "reporters": [],
        "first": "11月15日起，云湖区正式启动冬季供暖。",
        "last": "确保群众温暖过冬。",
        "furniture": ["标题", "正文：", "发文日期"],
    },
    "wechat_meta": {  # the account, date, time and 发表于 on one line
        "title": "云湖区举办第三届“乡村振兴”技能大赛",
        "published": "2025-09-21",
        "source": "云湖区融媒体中心",
        "byline": None,
        "reporters": [],
        "first": "9月20日，第三届“乡村振兴”技能大赛在云湖区开幕。",
        "last": "培养更多乡村实用人才。",
        "furniture": ["发表于", "18:03", "审核"],
    },
    "dash_subtitle": {  # a feature's headline with its ——subtitle, then the paper's date line
        "title": "激活乡村“一池春水”",
        "subtitle": "——云湖区推进农村集体经济发展纪实",
        "published": "2025-08-12",
        "source": "云湖日报",
        "byline": None,
        "reporters": [],
        "first": "近年来，云湖区坚持把发展壮大村级集体经济",
        "last": "要因村施策。",
        "furniture": ["第02版", "——云湖区"],
    },
    "footer_pair": {  # 主办：… 承办：… on one footer line
        "title": "云湖区召开2025年第三季度经济运行分析会",
        "published": "2025-10-12",
        "source": "区政府办公室",
        "byline": "作者：王欣",
        "reporters": ["王欣"],
        "first": "10月11日，区政府召开第三季度经济运行分析会",
        "last": "主要指标好于预期。",
        "furniture": ["主办", "承办", "网站标识码", "打印本页", "当前位置"],
    },
    "wechat_origin": {  # 以下文章来源于…，作者… over an exclaiming headline
        "title": "这条路，终于通了！",
        "published": "2025-10-13",
        "source": "云湖区融媒体中心",
        "byline": None,
        "reporters": [],
        "first": "10月13日上午，青石路二期工程正式通车",
        "last": "家住附近的张阿姨说。",
        "furniture": ["以下文章来源于", "阅读原文", "审核"],
    },
    "window_title": {  # a browser's window title: 标题 - 某某区人民政府
        "title": "青石街道：“小巷管家”让背街小巷美起来",
        "published": "2025-10-14",
        "source": "云湖日报",
        "byline": None,
        "reporters": [],
        "first": "近年来，青石街道招募“小巷管家”120名",
        "last": "重要力量。",
        "furniture": ["分享到", "云湖区人民政府"],
    },
    "detail_label": {  # 正文 over the headline, a meta line with 信息来源 and 浏览次数
        "title": "云湖区举办第五届职工技能大赛",
        "kicker": None,
        "published": "2025-10-15",
        "source": "区总工会",
        "byline": None,
        "reporters": [],
        "first": "10月15日，云湖区第五届职工技能大赛开幕",
        "last": "等8个项目。",
        "furniture": ["正文", "上一篇", "下一篇", "浏览次数"],
    },
    "traditional_source": {  # traditional characters: the source as printed (都市發展局), not folded
        "title": "臺北市長出席社會住宅動土典禮",
        "published": "2025-10-21",
        "source": "都市發展局",
        "byline": None,
        "reporters": [],
        "first": "市長今（21）日出席社會住宅動土典禮時表示",
        "last": "可提供600戶住宅。",
        "furniture": ["首頁", "點閱次數", "資料來源", "分享至"],
    },
    "portal_office": {  # the portal's name over the headline (入口網站), the issuing office under the date
        "title": "行政長官視察輕軌東線工程",
        "subtitle": None,
        "published": "2025-10-22",
        "source": "澳門特別行政區政府",
        "byline": None,
        "reporters": [],
        "first": "行政長官今日（22日）視察輕軌東線工程",
        "last": "全力推進工程建設。",
        "furniture": ["入口網站", "新聞局", "16:45"],
    },
    "gov_notice": {  # a 政务公开 notice: its index fields over the title, the issuing office under it
        "title": "云湖区人民政府关于印发《云湖区城市更新行动方案》的通知",
        "published": "2025-10-16",
        "source": "云湖区人民政府办公室",
        "byline": None,
        "reporters": [],
        "first": "各街道办事处，区政府各委、办、局：",
        "last": "请认真贯彻执行。",
        "furniture": ["索引号", "主题分类", "生成日期"],
    },
    "media_tag": {  # 【视频】 before the headline: the page's kind, no column; 【大 中 小】 after the source
        "title": "云湖：秋收时节稻花香",
        "kicker": None,
        "published": "2025-10-17",
        "source": "云湖区融媒体中心",
        "byline": None,
        "reporters": [],
        "first": "金秋十月，云湖区20万亩水稻进入收割期。",
        "last": "组织农机下田作业。",
        "furniture": ["【打印】", "来源"],
    },
    "trailing_paper": {  # 图文｜ before the headline; （云湖日报 …日 第3版） after the text names the paper
        "title": "青石镇：“共享菜园”让闲地变宝地",
        "kicker": None,
        "published": "2025-10-18",
        "source": "云湖日报",
        "byline": "文/图 本报记者 刘洋",
        "reporters": ["刘洋"],
        "first": "近日，青石镇利用村里闲置地块建起“共享菜园”。",
        "last": "已认领地块86块。",
        "furniture": ["第3版", "图文"],
    },
    "app_outlet": {  # an app's name over the headline and in the meta line: the outlet, not a kicker
        "title": "云湖区：一条街道的“微改造”",
        "kicker": None,
        "published": "2025-10-19",
        "source": "人民日报客户端",
        "byline": None,
        "reporters": [],
        "first": "编者按：",
        "last": "共涉及楼栋56栋。",
        "furniture": ["08:12"],
    },
    "site_over_title": {  # the site's name alone over the headline, no meta line: the source, not a kicker
        "title": "云湖区召开全区安全生产工作会议",
        "kicker": None,
        "published": None,
        "source": "云湖区人民政府",
        "byline": None,
        "reporters": [],
        "first": "10月20日，云湖区召开全区安全生产工作会议",
        "last": "压实安全生产责任。",
        "furniture": [],
    },
    "two_sites": {  # two names over the headline (a media centre and its site): the first is the source, whole
        "title": "云湖区举办首届“非遗文化周”",
        "kicker": None,
        "published": None,
        "source": "云湖区融媒体中心",
        "byline": None,
        "reporters": [],
        "first": "10月22日，云湖区首届“非遗文化周”开幕。",
        "last": "展出非遗项目60余项。",
        "furniture": ["云湖在线"],
    },
    "wechat_bars": {  # WeChat credits set off by bars (来源 | …, 编辑 | …), - END -, a plea for likes
        "title": "云湖区：老旧小区换新颜",
        "published": "2025-11-01",
        "source": "云湖区住建委",
        "byline": None,
        "reporters": [],
        "first": "近日，青石街道幸福里小区改造完工",
        "last": "加装电梯。",
        "furniture": ["END", "来源", "编辑", "审核", "监制", "点赞"],
    },
    "credits_after": {  # a paper's production credits and the original's link after the text
        "title": "青石镇：一片茶叶富了一方百姓",
        "published": "2025-11-02",
        "source": "云湖日报",
        "byline": "图/文：本报记者 刘洋",
        "reporters": ["刘洋"],
        "first": "近年来，青石镇发展茶产业",
        "last": "全镇茶园面积达2万亩。",
        "furniture": ["统筹", "值班编辑", "终审", "原文链接", "本文来源"],
    },
}


def _fixture(name: str) -> str:
    return (WEB / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_web_article_fields_body_and_no_furniture(name: str) -> None:
    check_web_fixture(name, EXPECTED[name])


def check_web_fixture(name: str, expected: dict) -> None:
    """The fixture ``name`` splits into one article with the ``expected`` fields and body."""
    split = split_text(_fixture(name))
    assert split.layout == "article"
    assert len(split.articles) == 1
    article = split.articles[0]
    assert article.title == expected["title"]
    assert split.dates == [expected["published"]]
    assert article.printed_source == expected["source"] == split.source
    assert article.byline == expected["byline"]
    assert article.reporters == expected["reporters"]
    for field in ("kicker", "subtitle"):
        if field in expected:
            assert getattr(article, field) == expected[field]
    assert article.body.startswith(expected["first"])
    assert article.body.endswith(expected["last"])
    for furniture in expected["furniture"]:
        assert furniture not in article.body, furniture
    if expected["title"]:  # (a page that prints no headline has none to repeat)
        assert not article.body.startswith(expected["title"])  # a title printed twice is the title, not body


def test_each_line_of_web_text_is_a_paragraph() -> None:
    """Web text is not hard-wrapped: its lines are its paragraphs, a label line stays one."""
    article = split_text(_fixture("gov_page")).articles[0]
    assert article.paragraphs()[2:4] == ["主持人：", "区应急管理局局长邓佩玲"]
    assert len(article.paragraphs()) == 6
    assert len(split_text(_fixture("wechat")).articles[0].paragraphs()) == 4


def test_hard_wrapped_article_text_is_rejoined() -> None:
    article = split_text(_fixture("wrapped")).articles[0]
    assert article.title == "湖城区召开乡村振兴工作推进会"
    assert article.paragraphs() == [
        "3月12日，湖城区召开乡村振兴工作推进会，总结去年工作，部署今年重点任务。区委副书记贺文杰出席会议并讲话。",
        "会议指出，去年全区农村居民人均可支配收入增长7.1%，高于城镇居民增速，和美乡村建设取得积极成效。"
        "会议要求，要守牢粮食安全底线，稳定粮食播种面积，加快高标准农田建设，推动农文旅融合发展。",
    ]
    assert article.byline == "（记者 骆晨）" and article.reporters == ["骆晨"]


def test_epaper_page_with_navigation_is_a_page_and_navigation_is_no_article() -> None:
    split = split_text(_fixture("epaper"))
    assert split.layout == "page"
    assert [a.title for a in split.articles] == ["湖城区部署春季植树造林工作", "南湖街道开展“学雷锋”志愿服务"]
    for article in split.articles:
        assert "版面导航" not in article.body and "第02版" not in article.body


@pytest.mark.parametrize("page", seed_paths() + DEMO, ids=lambda p: p.stem[:12])
def test_seed_and_demo_pages_are_pages_and_split_as_before(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    split = split_text(text)
    assert split.layout == "page"
    assert [(a.title, a.body) for a in split.articles] == [(a.title, a.body) for a in split_page(text)]


def test_layout_forced_either_way() -> None:
    page = DEMO[0].read_text(encoding="utf-8")
    forced = split_text(page, layout="article")
    assert forced.layout == "article" and len(forced.articles) == 1
    assert forced.articles[0].title == "云湖区召开区委常委会扩大会议"
    web = _fixture("gov_page")
    assert split_text(web, layout="page").layout == "page"
    with pytest.raises(ValueError):
        split_text(web, layout="columns")


def test_import_options_layout_reaches_the_splitter(library_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DEMO[0].read_text(encoding="utf-8"), encoding="utf-8")
    web = tmp_path / "web.txt"
    web.write_text(_fixture("related"), encoding="utf-8")
    with open_library(library_path) as library:
        as_article = import_paths(library, [page], ImportOptions(workers=0, layout="article"))
        assert len(as_article.files[0].articles) == 1
        report = import_paths(library, [web], ImportOptions(workers=0))
        (imported,) = report.files[0].articles
        stored = get_article(library, imported.id)
        with pytest.raises(ValueError):
            import_paths(library, [web], ImportOptions(layout="columns"))
    assert stored["title"] == "区人大常委会视察城市更新项目"
    assert stored["published"] == "2025-05-14"  # from the meta line: the file name prints no date
    assert stored["source"] == "湖城新闻网" and stored["printed_source"] == "湖城新闻网"
    assert stored["reporters"] == ["宋雨桐", "罗一鸣"]
    assert "相关新闻" not in stored["text"]


def test_a_date_is_never_invented(library_path: Path) -> None:
    with open_library(library_path) as library:
        result = import_pasted(library, _fixture("nodate"), ImportOptions(workers=0))
        stored = get_article(library, result.articles[0].id)
    assert stored["published"] is None
    assert stored["event_date"] == "昨天"


def test_auto_layout_of_demo_pages_imports_the_same_articles(library_path: Path) -> None:
    with open_library(library_path) as library:
        report = import_paths(library, DEMO, ImportOptions(workers=0))
        stored = [get_article(library, row["id"]) for row in list_articles(library, sort="id")]
    for page, result in zip(DEMO, report.files):
        assert [a.title for a in result.articles] == [a.title for a in split_page(page.read_text("utf-8"))]
    expected = {(squash(a.title), squash(a.body)) for page in DEMO for a in split_page(page.read_text("utf-8"))}
    assert {(squash(a["title"]), squash(a["text"])) for a in stored} <= expected
    assert len(stored) == 48  # one article is printed on two pages: stored once, linked as a reprint


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile)
def test_any_text_splits_either_way_without_crashing(text: str) -> None:
    clean = text.replace("\ud800", "")
    for layout in ("auto", "article"):
        for article in split_text(clean, layout=layout).articles:
            assert isinstance(article.body, str) and isinstance(article.title, str)


# -- the real articles of ../shared/realtext ------------------------------------------------------

# Import figures reached on all 80 (score.py's own scoring; the 20 set aside were opened at stop 29, after their
# figure had been reported); a floor above the targets (0.95, date and source 0.90), not a target.
REALTEXT_FLOOR = {"count": 1.0, "title": 0.97, "date": 1.0, "source": 1.0, "start": 0.98, "end": 1.0}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realtext_score", REALTEXT / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (REALTEXT / "score.py").exists(), reason=f"{REALTEXT} is absent (../shared/realtext)")
def test_realtext_import_figures_stay_at_their_floor(tmp_path: Path) -> None:
    from collections import Counter

    score = _scorer()
    names = sorted(p.stem for p in REALTEXT.glob("[0-9]*.txt"))
    assert len(names) == 80
    totals: Counter[str] = Counter()
    with open_library(tmp_path / "real.sqlite") as library:
        for name in names:
            report = import_paths(library, [REALTEXT / f"{name}.txt"], ImportOptions(workers=0))
            articles = [get_article(library, a.id) for f in report.files for a in f.articles]
            gold = json.loads((REALTEXT / f"{name}.json").read_text(encoding="utf-8"))
            score.score_import(gold, {"articles": articles}, totals)
    files = totals["imp_files"]
    figures = {
        "count": totals["imp_count_ok"] / files,
        "title": totals["imp_title_ok"] / totals["imp_titled"],
        "date": totals["imp_date_ok"] / files,
        "source": totals["imp_source_ok"] / files,
        "start": totals["imp_start_ok"] / files,
        "end": totals["imp_end_ok"] / files,
    }
    assert {key: round(value, 2) for key, value in figures.items() if value < REALTEXT_FLOOR[key]} == {}
    assert totals["imp_furniture_in_body"] == 0


# What copying a page adds around an article (our own lines): none of it may cost a title.
COPY_ADDITIONS = {
    "site's name on top": lambda text: "云湖区人民政府门户网站\n" + text,
    "a column's name, then navigation": lambda text: "要闻动态\n" + text,
    "a menu on top": lambda text: "首页 | 政务公开 | 办事服务 | 互动交流\n" + text,
    "a window title on top": lambda text: "云湖区新闻_云湖区人民政府网\n" + text,
    "blank lines between lines": lambda text: "\n\n".join(text.split("\n")),
    "lines without blanks": lambda text: "\n".join(line for line in text.split("\n") if line.strip()),
    "a footer": lambda text: text.rstrip("\n") + "\n上一篇：云湖区召开会议\n版权所有：云湖区人民政府 京ICP备12345678号\n",
}


# …and additions that name no site, date or source: nothing read from the article may change.
NEUTRAL_ADDITIONS = {
    "a breadcrumb on top": lambda text: "首页 > 新闻中心 > 正文\n" + text,
    "a date widget on top": lambda text: "今天是：2025年10月24日 星期五\n" + text,
    "a menu on top": COPY_ADDITIONS["a menu on top"],
    "blank lines between lines": COPY_ADDITIONS["blank lines between lines"],
    "indented lines": lambda text: "\n".join("　　" + line if line.strip() else line for line in text.split("\n")),
    "WeChat credits at the end": lambda text: text.rstrip("\n") + "\n- END -\n编辑 | 张晓\n审核 | 李明\n点个在看，分享给更多人\n",
    "share buttons and a related list": lambda text: text.rstrip("\n")
    + "\n分享到：微信 微博\n【打印本页】【关闭窗口】\n相关新闻\n云湖区启动秋季植树活动\n云湖区召开安全生产工作会议\n",
    "a repost platform's notices at the end": lambda text: text.rstrip("\n")
    + "\n举报/反馈\n返回搜狐，查看更多\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n"
    "阅读 (1260)\n",
    "a credits block at the end": lambda text: text.rstrip("\n")
    + "\n文字：张三 摄影：李四\n复审：赵六\n终审：钱七\n声明：本文版权归原作者所有，如有侵权请联系删除。\n",
}


@pytest.mark.skipif(not (REALTEXT / "score.py").exists(), reason=f"{REALTEXT} is absent (../shared/realtext)")
@pytest.mark.parametrize("addition", sorted(NEUTRAL_ADDITIONS))
def test_realtext_import_fields_survive_furniture_that_names_nothing(addition: str) -> None:
    """Each of the 60 tuning articles scores the same on every import figure with these around it
    (a menu above the site's name had hidden the name: 大院网 was no longer the source)."""
    from collections import Counter

    score = _scorer()

    def scored(text: str, gold: dict) -> Counter[str]:
        split = split_text(text)
        articles = [{"title": a.title, "published": date, "source": a.printed_source or split.source, "text": a.body}
                    for a, date in zip(split.articles, split.dates, strict=True)]
        totals: Counter[str] = Counter()
        score.score_import(gold, {"articles": articles}, totals)
        return totals

    changed = []
    for path in sorted(REALTEXT.glob("[0-9]*.txt")):
        if path.stem in HELD_OUT:
            continue
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        before, after = scored(text, gold), scored(NEUTRAL_ADDITIONS[addition](text), gold)
        changed += [(path.stem, key) for key in before | after if before[key] != after[key]]
    assert changed == []


@pytest.mark.skipif(not (REALTEXT / "score.py").exists(), reason=f"{REALTEXT} is absent (../shared/realtext)")
@pytest.mark.parametrize("addition", sorted(COPY_ADDITIONS))
def test_realtext_titles_survive_what_a_copy_adds(addition: str) -> None:
    """The 60 tuning articles with furniture of another site around them: each title read as
    before (a column's name over the headline, or a site's, had become the title)."""
    norm = _scorer().norm
    changed = []
    for path in sorted(REALTEXT.glob("[0-9]*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["import"]
        if path.stem in HELD_OUT or not gold.get("title"):
            continue
        text = path.read_text(encoding="utf-8")
        before = max(split_text(text).articles, key=lambda a: len(a.body)).title
        after = max(split_text(COPY_ADDITIONS[addition](text)).articles, key=lambda a: len(a.body)).title
        if norm(before) == norm(gold["title"]) and norm(after) != norm(before):
            changed.append((path.stem, after))
    assert changed == []


def test_a_sites_name_after_a_hyphen_leaves_the_title_but_a_range_stays() -> None:
    glued = "云湖区召开城市更新工作推进会-云湖区人民政府网\n2025-10-28 来源：区住建委\n10月28日，云湖区召开城市更新工作推进会。"
    ranged = "2021-2025年云湖区教育发展规划发布\n2025-10-29 来源：区教委\n近日，《2021-2025年云湖区教育发展规划》正式发布。"
    assert split_text(glued).articles[0].title == "云湖区召开城市更新工作推进会"
    assert split_text(ranged).articles[0].title == "2021-2025年云湖区教育发展规划发布"


def test_headline_asking_a_question_is_the_title() -> None:
    text = "城市更新为何要先算民生账？\n来源：湖城日报\n3月5日，湖城区召开城市更新工作会议，部署全年任务。\n会议要求，各街镇要抓好落实。"
    article = split_text(text).articles[0]
    assert article.title == "城市更新为何要先算民生账？"
    assert article.body.startswith("3月5日") and article.printed_source == "湖城日报"


def test_information_table_of_a_government_page_is_furniture() -> None:
    text = (
        "索引号：11330102/2025-00012    发布机构：湖城区人民政府办公室    生成日期：2025-03-05\n"
        "湖城区人民政府办公室关于做好春季森林防火工作的通知\n"
        "各街道办事处，区政府各部门：\n"
        "当前已进入春季森林防火关键期，为切实做好森林防火工作，现将有关事项通知如下。\n"
        "一、压实防火责任。各街道要严格落实属地管理责任。（来源：湖城区应急管理局）"
    )
    split = split_text(text)
    article = split.articles[0]
    assert article.title == "湖城区人民政府办公室关于做好春季森林防火工作的通知"
    assert split.dates == ["2025-03-05"]
    assert article.printed_source == "湖城区人民政府办公室"
    assert article.body.startswith("各街道办事处") and article.body.endswith("严格落实属地管理责任。")
    assert "索引号" not in article.body and "来源" not in article.body


def test_credit_after_the_body_names_the_source_when_nothing_else_does() -> None:
    text = "湖城区召开防汛工作会议\n6月3日，湖城区召开防汛工作会议。会议要求，各部门要严阵以待。（来源：湖城区水利局）"
    article = split_text(text).articles[0]
    assert article.printed_source == "湖城区水利局"
    assert article.body.endswith("严阵以待。")


def test_page_without_bylines_is_a_page_when_several_headline_groups_start_articles() -> None:
    story = "3月{d}日，湖城区召开专题会议，研究部署相关工作。会议要求，各部门要抓好落实。"
    text = "\n\n".join(
        f"湖城区召开第{n}次专题会议\n研究部署第{n}项重点工作\n{story.format(d=n)}\n来源：新华社" for n in (1, 2, 3)
    )
    split = split_text(text)
    assert split.layout == "page"
    assert [a.title for a in split.articles] == [f"湖城区召开第{n}次专题会议" for n in (1, 2, 3)]


def test_a_print_button_in_traditional_script_is_furniture() -> None:
    """列印此頁 at a Hong Kong release's end: a button (it had ended the body, and the last answer with it)."""
    page = ("民政事務局局長談罷課\n\n民政事務局局長今日會見傳媒。\n\n民政事務局局長：我是從來沒有罷課的。\n\n"
            "2014年9月19日（星期五）\n\n列印此頁")
    body = split_text(page).articles[0].body
    assert "列印" not in body and body.rstrip().endswith("我是從來沒有罷課的。"), body
