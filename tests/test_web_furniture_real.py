"""Furniture and sources of single web articles from classes seen on real pages at stop 38 (each written again as a
page of our own words, failing before its fix): channel bars, print buttons, visitor counters, a portal's comment box, a
forum thread's buttons, editors' credits without a colon or set off by 丨, a platform's notice under a repost,
breadcrumbs glossed with pinyin, an outlet over its compiled report, a site's domain, a paper's special dispatch — and
what a review found these rules must leave alone."""

from __future__ import annotations

from composer.ingest.layout import split_text


def test_a_channel_bar_of_any_first_item_and_a_sites_counters_are_furniture() -> None:
    """A channel bar whose items are all set off by bars (its first item no way home), 打印此文 关闭窗口,
    a visitor counter and a portal's comment box under the text: none of them is text."""
    bar = "时政 | 体育 | 文旅 | 财经 | 教育 | 少儿 | 法治 | 节目指南 | 青石社区 | 网络直播 | 点播 | 手机版"
    page = (f"{bar}\n湖城区召开春季防火工作会议\n发布时间：2025-03-04\n"
            "3月3日，湖城区召开春季防火工作会议，部署林区防火工作。\n会议要求，各镇要落实巡查责任。\n"
            "打印此文 关闭窗口\n热门跟贴\n您是第204518位访客")
    article = split_text(page).articles[0]
    assert article.title == "湖城区召开春季防火工作会议"
    assert article.body.startswith("3月3日") and article.body.endswith("落实巡查责任。"), article.body
    assert not any(word in article.body for word in ("体育", "打印", "跟贴", "访客"))


def test_an_editors_credit_without_its_colon_is_furniture() -> None:
    """责任编辑 某某 and 本 期 编 辑 某某 (spaced out, no colon) under the text: the editor, not the last paragraph."""
    for credit in ("责任编辑 孟晓岚", "本 期 编 辑 孟晓岚"):
        page = ("湖城区召开春季防火工作会议\n3月3日，湖城区召开春季防火工作会议，部署林区防火工作。\n"
                f"会议要求，各镇要落实巡查责任。\n{credit}")
        article = split_text(page).articles[0]
        assert article.body.endswith("落实巡查责任。"), (credit, article.body)


def test_an_outlet_over_its_compiled_report_and_a_sites_domain_name_the_source() -> None:
    """某某新闻 综合报道 over the text names the outlet; 来源：qingshi.com and a lone qingshi.com消息（栏目）:
    line name the site (a source with no Chinese in it had been dropped, the 消息 line left in the body)."""
    compiled = split_text("青石新闻 综合报道\n近日，湖城区一位镇长在网上逐条回复网友留言，受到关注。\n"
                          "该镇长表示，回复留言是职责所在。").articles[0]
    assert compiled.printed_source == "青石新闻" and compiled.body.startswith("近日"), compiled
    site = split_text("湖城区两会访谈\n青石网 www.qingshi.com  2025年03月13日 15:04 来源：qingshi.com\n"
                      "qingshi.com消息（两会访谈）：\n主持人：欢迎收看本期访谈。\n嘉宾：谢谢主持人。").articles[0]
    assert site.printed_source == "qingshi.com" and site.body.startswith("主持人"), (site.printed_source, site.body)


def test_a_papers_special_dispatch_without_a_day_names_the_paper() -> None:
    article = split_text("青石代表团举行第一次全体会议\n青石日报南宁专电（记者 吕晓川）1月16日上午，青石代表团举行"
                         "第一次全体会议，选举了代表团团长。\n会议审议了大会议程草案。").articles[0]
    assert article.printed_source == "青石日报" and article.body.startswith("1月16日上午"), article


def test_a_meta_line_of_empty_fields_gives_no_title() -> None:
    """文章来源： 作者： 发布时间：… 点击数： 次 — its empty first field had been taken for a headline printed with
    its meta line (文章来源： as the title)."""
    page = ("文章来源： 作者： 发布时间：2025年03月13日 点击数： 次\n"
            "3月12日，湖城区召开春季防火工作会议，部署林区防火工作。\n会议要求，各镇要落实巡查责任。")
    article = split_text(page).articles[0]
    assert "来源" not in (article.title or "") and split_text(page).dates == ["2025-03-13"], article


def test_a_forum_threads_buttons_and_counters_are_furniture() -> None:
    """An article reposted in a forum thread (Discuz and its kind): 查看: 86|回复: 0, 上一主题 下一主题, 跳转到指定楼层,
    楼主, 使用道具 举报, the reply box — none is text, and the thread's title is the headline (跳转到指定楼层 had been)."""
    page = ("青石论坛\n\n搜索\n查看: 86|回复: 0\n打印 上一主题 下一主题\n\n基层减负要落到实处\n\n[复制链接]\n跳转到指定楼层\n楼主\n"
            "发表于 2025-3-6 11:17:46 | 只看该作者 回帖奖励 |倒序浏览 |阅读模式\n"
            "某镇干部统计，镇政府日均接收文件通知有几十份。\n点评：减负要落到实处，少点折腾。\n\n"
            "当他人从你分享的链接访问本页面时，每一个访问者的点击，你将获得[1金钱]的奖励。\n\n回复\n\n使用道具 举报\n\n"
            "使用 高级模式(可批量传图、插入视频等)\n您需要登录后才可以回帖 登录 | 立即注册\n\n快速回复 返回顶部 返回列表")
    article = split_text(page).articles[0]
    assert article.title == "基层减负要落到实处", article.title
    assert article.body.startswith("某镇干部统计") and article.body.endswith("少点折腾。"), article.body


def test_links_to_the_previous_and_next_article_after_a_prompt_are_furniture() -> None:
    page = ("湖城区召开春季防火工作会议\n3月3日，湖城区召开春季防火工作会议，部署林区防火工作。\n"
            "会议要求，各镇要落实巡查责任。\n下面请看详细内容…上一篇:湖城区开展植树活动 | 下一篇:湖城区召开安全生产会议")
    assert split_text(page).articles[0].body.endswith("落实巡查责任。")


def test_a_breadcrumb_glossed_with_pinyin_is_furniture() -> None:
    """當(dāng)前位置: 首頁(yè) > … — a mirror's converter left readings inside the breadcrumb's words (they had hidden it:
    the breadcrumb became the title)."""
    page = ("當(dāng)前位置: 首頁(yè) > 政務(wù)公開 > 工作動(dòng)態(tài)\n"
            "3月3日，湖城區召開春季防火工作會議，部署林區防火工作。\n會議要求，各鎮要落實巡查責任。")
    article = split_text(page).articles[0]
    assert "位置" not in (article.title or "") + article.body and article.body.startswith("3月3日"), article


def test_wechat_credits_set_off_by_a_stroke_and_a_platforms_notice_are_furniture() -> None:
    """编辑丨某某 校对丨某某 / 责编丨某某 总编丨某某 (WeChat sets credits off with 丨), 总 编：某某, and 特别声明：以上内容…
    本平台仅提供信息存储服务。 under a reposted article: none is text (the notice, a long sentence, had counted as prose)."""
    page = ("湖城区召开重点项目推进会\n近日，湖城区召开重点项目推进会，研究部署下一阶段工作。\n"
            "会议强调，要抓好项目建设，确保各项工作取得实效。\n编辑丨孟晓岚 校对丨钱 芸\n责编丨沈立岚 总编丨葛远明\n"
            "总 编：周立雄\n特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布，"
            "本平台仅提供信息存储服务。")
    article = split_text(page).articles[0]
    assert article.body.endswith("确保各项工作取得实效。"), article.body


_HEAD = "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n\n当前位置：首页 > 新闻中心 > 本地要闻\n\n"


def test_what_the_new_furniture_rules_leave_alone() -> None:
    """A review of this stop's furniture rules on pages of its own: a list of honourees set off by bars is text (a
    channel bar needs channels); subheads such as 统筹 城乡 融合发展 and 编辑 手记 are no credits (their words are common
    words, no names); a reporter's 综合报道 keeps its reporters; a dispatch the lead cites (…发自东京的专电称，) is no
    dateline; a headline with a time in it (…中考时间：6月20日开考) printed with its meta line stays the headline."""
    lead = "3月12日，青石县召开重点项目建设推进会，安排部署今年重点工作。\n\n"
    honoured = split_text(f"{_HEAD}青石县表彰先进个人\n\n{lead}受表彰的先进个人名单如下：\n\n"
                          "王建国 | 李秀英 | 张立明 | 赵晓红 | 刘志强 | 陈美玲 | 杨文华 | 黄国平 | 周建新 | 吴小兰 | 孙立平\n\n"
                          "会议要求，各单位要向先进学习。").articles[0]
    assert "李秀英" in honoured.body, honoured.body
    subheads = split_text(f"{_HEAD}青石县推进城乡融合\n\n{lead}统筹 城乡 融合发展\n\n"
                          "会议要求，要统筹推进城乡融合发展。\n\n编辑 手记\n\n城乡融合是一篇大文章。").articles[0]
    assert "融合发展\n" in subheads.body + "\n" and "手记" in subheads.body, subheads.body
    credited = split_text(f"{_HEAD}青石县召开推进会\n\n本报记者 王晓燕 综合报道\n\n{lead}会议指出，要抓好落实。")
    assert credited.articles[0].reporters == ["王晓燕"], credited.articles[0].byline
    cited = split_text(f"{_HEAD}青石县召开推进会\n\n2025-01-16 10:20  来源：青石晚报\n\n"
                       "外媒发自东京的专电称，青石县召开重点项目建设推进会，安排部署今年重点工作。\n\n会议指出，要抓好落实。")
    assert cited.articles[0].body.startswith("外媒发自东京的专电称"), cited.articles[0].body
    timed = split_text(f"{_HEAD}青石县2025年中考时间：6月20日开考 来源：青石县教育局 发布时间：2025-05-10\n\n"
                       "青石县2025年中考将于6月20日开考，考生须提前熟悉考场。\n\n县教育局提醒考生注意出行安全。")
    assert timed.articles[0].title == "青石县2025年中考时间：6月20日开考", timed.articles[0].title
