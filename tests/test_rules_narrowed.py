"""Ordinary news sentences that the rules added at stops 36 and 37 first caught (a reviewer tried each rule on
mainland, Hong Kong and Macau news in sentences of their own): each rule is narrowed, and these keep it so."""

from __future__ import annotations

from pathlib import Path

from composer.ingest.layout import split_text
from composer.people.discovery import discover
from tests.test_people import _tagged
from tests.test_statements import _spoken


def test_and_then_goes_on_with_an_appraisal_only(library_path: Path) -> None:
    """…表示，李某同志是…榜样，并号召… / …说，副县长某某分管的工作成效明显，并要求… / …指出，书记某某带领…，并要求…:
    the speaker's own act goes on (the person spoken of had been given it); 副局长某某肯定了…，并叮嘱… stays his."""
    page = (
        "县里表彰先进\n\n"
        "县委书记王建国表示，李明同志是全县党员干部学习的榜样，并号召全县党员干部向他学习。"
        "县长张伟在会上说，副县长刘芳分管的农业农村工作成效明显，并要求各乡镇巩固脱贫攻坚成果。"
        "区长赵敏指出，街道党工委书记孙浩带领干部群众攻坚克难，并要求各街道学习借鉴其经验。"
        "副局长吴涛肯定了施工单位的工作，并叮嘱项目负责人注意安全。"
    )
    said = _spoken(library_path, page)
    assert ("王建国", "全县党员干部向他学习。") in said and ("张伟", "各乡镇巩固脱贫攻坚成果。") in said
    assert ("赵敏", "各街道学习借鉴其经验。") in said and ("吴涛", "项目负责人注意安全。") in said
    assert not [speaker for speaker, _ in said if speaker in ("李明", "刘芳", "孙浩")]


def test_only_an_inspecting_group_ends_the_officials_topic(library_path: Path) -> None:
    """代表团对…表示感谢。会见中，…并希望… / 县防汛工作组…汇报了水情。同时叮嘱… — a delegation received, a working group
    reporting: the official goes on (the group had ended the topic)."""
    page = (
        "市长会见代表团\n\n"
        "市长李明会见了来访的里昂市代表团一行。代表团对我市的热情接待表示感谢。会见中，向客人介绍了我市发展情况，"
        "并希望双方在经贸领域加强合作。\n\n"
        "县委书记王建国来到抗洪一线。县防汛工作组在堤坝上汇报了水情。同时叮嘱，要确保群众生命安全。"
    )
    said = _spoken(library_path, page)
    assert ("李明", "双方在经贸领域加强合作。") in said and ("王建国", "要确保群众生命安全。") in said


def test_a_report_stated_is_no_ones_when_another_report_was_named_since(library_path: Path) -> None:
    """县长某某作政府工作报告。会议还听取了…的综合报告。报告指出… — the report stating it is the later one, which no one
    made (it had gone to the mayor)."""
    page = (
        "县人代会听取报告\n\n"
        "县长王建国作政府工作报告。会议还听取了关于全县国有资产管理情况的综合报告。报告指出，全县国有资产总额达三百亿元。"
    )
    assert not [speaker for speaker, _ in _spoken(library_path, page) if speaker == "王建国"]


def test_guests_at_a_press_conference_and_a_clubs_are_no_spokesmen(library_path: Path) -> None:
    """市足球俱乐部召开赛前新闻发布会 (a club, no office) and 市卫健委召开新闻发布会，邀请…专家 (a guest answering): the
    untitled answerer is no official."""
    club = (
        "赛前新闻发布会\n\n昨天，市足球俱乐部召开赛前新闻发布会。\n▲体育报记者：明天的比赛有信心吗？\n"
        "李强：我们做好了充分准备，队员们状态很好。\n▲晚报记者：伤病情况如何？\n李强：主力队员都已经恢复。"
    )
    guest = (
        "夏季传染病防控发布会\n\n6月5日，市卫健委召开新闻发布会，邀请市第一人民医院专家介绍防控知识。\n"
        "▲晨报记者：夏季如何预防手足口病？\n陈晓红：家长要注意孩子的手部卫生。\n▲晚报记者：出现发热怎么办？\n"
        "陈晓红：应及时到医院就诊。"
    )
    for page in (club, guest):
        sightings = discover(page, reporters=[], photographers=[], interview=True)
        assert all(s.role != "official" for s in sightings if s.name in ("李强", "陈晓红")), sightings


def test_instructions_and_exclamations_are_no_thanks_told_and_bing_words_no_next_deed(library_path: Path) -> None:
    """…要及时给予表彰，致以崇高敬意。 (an instruction) and …表示衷心的感谢！ (his own words) go on with the speech, as
    do sentences opening with 并购/并非 (words, not 并 + the speaker's next deed)."""
    page = (
        "县里部署灾后重建\n\n"
        "县委书记王建国强调，要做好灾后恢复重建工作。对涌现出的先进集体和个人，要及时给予表彰，致以崇高敬意。\n\n"
        "市委书记李明指出，全市经济保持稳定增长，成绩来之不易。向奋战在各条战线上的广大干部群众表示衷心的感谢！\n\n"
        "市长张伟指出，要支持企业做大做强。并购重组是企业提升竞争力的有效途径。\n\n"
        "县长赵敏表示，乡村振兴要因地制宜。并非所有村庄都要大拆大建。"
    )
    said = dict(_spoken(library_path, page))
    assert said["王建国"].endswith("致以崇高敬意。") and said["李明"].endswith("表示衷心的感谢！")
    assert said["张伟"].endswith("提升竞争力的有效途径。") and said["赵敏"].endswith("都要大拆大建。")


def test_points_after_a_comma_only_when_counted(library_path: Path) -> None:
    """要求各部门认真听取群众意见，首先要… / 表示支持企业的合理建议，第一时间… — no points announced (the first clause had
    been dropped); 提出了三点意见，一是… still announces them."""
    page = (
        "县长调研\n\n"
        "县长王建国要求各部门认真听取群众意见，首先要把群众反映强烈的问题解决好。"
        "副县长李红表示支持企业的合理建议，第一时间协调解决企业困难。"
    )
    said = dict(_spoken(library_path, page))
    assert said["王建国"].startswith("各部门认真听取群众意见")
    assert said["李红"].startswith("支持企业的合理建议")


def test_a_colon_line_announces_no_narration(library_path: Path) -> None:
    """强调：⏎要抓好春耕生产。⏎在随后召开的座谈会上，…等分别发言。 — the reporter's paragraphs after it are no part of what
    was said."""
    page = (
        "市委书记调研春耕\n\n"
        "市委书记李明强调：\n要抓好春耕生产，确保粮食安全。\n"
        "在随后召开的座谈会上，种粮大户张红兵、农技站站长孙丽等分别发言。\n各乡镇负责人汇报了春耕备耕进展。"
    )
    assert dict(_spoken(library_path, page))["李明"] == "要抓好春耕生产，确保粮食安全。"


def test_his_answer_heard_by_the_official_is_not_the_officials(library_path: Path) -> None:
    """…来到困难户张大爷家中。“日子一天比一天好了。”他的回答让王某很欣慰。 — the one answering is not the official who
    heard it (the words had been his)."""
    page = "县委书记走访困难户\n\n县委书记王建国来到困难户张大爷家中。“日子一天比一天好了，感谢党和政府。”他的回答让王建国很欣慰。"
    assert not [speaker for speaker, _ in _spoken(library_path, page) if speaker == "王建国"]


def test_villagers_leading_an_earlier_clause_still_say_it(library_path: Path) -> None:
    """“……”王某走在新修的村道上，村民们围了上来，纷纷说。 — the villagers say it (not the official)."""
    page = ("县委书记走访红星村\n\n县委书记王建国来到红星村。“这条路修好了，我们出行方便多了。”"
            "王建国走在新修的村道上，村民们围了上来，纷纷说。")
    assert not [speaker for speaker, _ in _spoken(library_path, page) if speaker == "王建国"]


def test_a_body_whose_name_holds_daibiao_still_speaks(library_path: Path) -> None:
    """县人大常委会代表工作委员会要求，… — a body named with 代表 (only 代表X opening a phrase is on X's behalf)."""
    page = "县人大常委会部署代表履职\n\n会上，县人大常委会代表工作委员会要求，各代表小组要认真组织代表开展履职活动。"
    assert [text for _, text in _spoken(library_path, page)] == ["各代表小组要认真组织代表开展履职活动。"]


def test_an_editors_credit_over_the_text_closes_nothing() -> None:
    """【编辑：某某】 under the date, then photo captions with no 。: the captions stay the body (they had all been taken
    for links)."""
    page = ("青石市南山公园樱花盛开\n2025-04-02 10:19 来源：青石新闻网\n【编辑：林小文】\n\n"
            "南山公园的樱花进入盛花期，吸引众多市民前来观赏\n一位小朋友在樱花树下留影\n市民在樱花大道上拍照打卡\n"
            "园林工人正在对花木进行养护管理")
    body = split_text(page).articles[0].body
    assert body.startswith("南山公园的樱花进入盛花期") and body.endswith("园林工人正在对花木进行养护管理")


def test_stop_37_people_narrowed(library_path: Path) -> None:
    """曾说过 (once said: no surname 曾 alone), 陈姓街坊…陈称 (the surname someone else's), 何家村书记 (a village's head),
    李强工作报告 (工作, no 李强工), 等部门负责人刘某 (a unit's head named after 等), 县委书记甲、校长乙 (a school's head,
    not the county party committee's)."""
    def people(body: str) -> dict[str, str]:
        return {s.name: s.role for s in discover(body, reporters=[], photographers=[], interview=False)}

    assert "何家村" not in people("青石镇何家村书记介绍，村里今年新建了两个蔬菜大棚。")
    assert "王家村" not in people("记者：请问王家村书记，村里的民宿发展得怎么样？")
    assert "李强" in people("区人大常委会听取了副区长李强工作报告。")
    assert "刘海明" in people("区发改、财政等部门负责人刘海明介绍了项目资金保障情况。")
    page = (
        "区领导走访\n\n"
        "区长曾海明看望了老党员王大山。王大山年轻时参过军，曾说过：“只要党需要，我随时都在。”\n\n"
        "保安局局长陈海明今日巡视旺角。一名陈姓街坊向记者表示，治安有所改善。陈称，希望警方继续加强巡逻。"
    )
    said = _spoken(library_path, page)
    assert not [text for speaker, text in said if speaker in ("曾海明", "陈海明")], said


def test_stop_37_statements_narrowed(library_path: Path) -> None:
    """他感谢云湖新区钱某区长，表示… (the one thanked is no subject); 指出，王某同志的事迹…，王某同志的精神… (a name
    in what was said, no hearer replying); 根据群众反映要求… (a demand); 在动员会讲， (讲 after 会 in a meeting's
    name); 同时也为… (no new act before 为); 任组长 (a task, not someone's deed); 相信群众， (trusting, no saying)."""
    page = (
        "区领导调研\n\n"
        "市委书记张海峰来到云湖新区调研。座谈中，他感谢云湖新区钱立伟区长，表示将全力支持新区发展。\n\n"
        "区长李海明指出，王大山同志的事迹感人至深，王大山同志的精神值得学习。\n\n"
        "区长李海明根据群众反映要求城管部门加强巡查。\n\n"
        "区委书记林海燕在动员会讲，要全力以赴打好攻坚战。\n\n"
        "区长王立明指出，该项目建成后将有效缓解交通压力，同时也为周边群众出行提供便利。\n\n"
        "会议要求，成立工作专班；区长王立明任组长，统筹推进各项工作。\n\n"
        "区长李海明相信群众，依靠群众，带领村民走上了致富路。"
    )
    assert _spoken(library_path, page) == [
        ("张海峰", "将全力支持新区发展。"),
        ("李海明", "王大山同志的事迹感人至深，王大山同志的精神值得学习。"),
        ("李海明", "城管部门加强巡查。"),
        ("林海燕", "要全力以赴打好攻坚战。"),
        ("王立明", "该项目建成后将有效缓解交通压力，同时也为周边群众出行提供便利。"),
        ("会议", "成立工作专班；区长王立明任组长，统筹推进各项工作。"),
    ]


def test_a_verb_that_is_the_first_half_of_a_compound_noun_says_nothing(library_path: Path) -> None:
    """人民建议征集工作, 提出候选人建议名单: 建议 in a compound noun (a kind of work, a list) is no act of advising, and
    提出 with a list for its object names a document — the hope that follows is the official's act."""
    page = (
        "街道人民建议征集工作获肯定\n\n"
        "区人大常委会副主任林文杰对街道的人民建议征集工作予以赞许，希望街道把群众的好点子用起来。\n\n"
        "主席团会议还听取了大会秘书处的汇报，提出候选人建议名单，这份名单将印发给各代表小组酝酿。"
    )
    assert _spoken(library_path, page) == [("林文杰", "街道把群众的好点子用起来。")]


def test_a_verb_of_saying_after_an_instruction_made(library_path: Path) -> None:
    """某某作出批示指出，… / 作出重要指示强调，…: the instruction made, then what it says — 指出 is no noun here, as it is
    in 作了说明 (a rule for nouns made of verbs had silenced it)."""
    page = (
        "全省安全生产电视电话会议召开\n\n"
        "省委副书记、省长钟立新作出批示指出，汛期已到，各地要立即排查山塘水库，确保群众安全转移。\n\n"
        "副省长许文涛进行了简要说明。"
    )
    assert _spoken(library_path, page) == [("钟立新", "汛期已到，各地要立即排查山塘水库，确保群众安全转移。")]


def test_what_this_stops_people_and_statement_rules_leave_alone(library_path: Path) -> None:
    """A review of this stop's rules on sentences of its own: someone described in a later clause (80岁的独居老人某某)
    is no 他 of what follows; 要求工程建设单位… and 建议征集… are acts with their objects; 提出应尽快将…纳入…名单 is a
    proposal; a title made a noun by 作出指示批示 says nothing; 寄语在场的青年科技工作者。 names only the hearers."""
    cases = [
        ("副县长陈立看望了困难群众，80岁的独居老人吴秀兰，拉着他的手连声道谢。他叮嘱随行人员，要把温暖送到每一户。",
         [("陈立", "随行人员，要把温暖送到每一户。")]),
        ("副市长李红在现场要求工程建设单位严把质量关，确保按期完工。", [("李红", "工程建设单位严把质量关，确保按期完工。")]),
        ("县长孙明提出应尽快将青石古村纳入传统村落保护名单。", [("孙明", "应尽快将青石古村纳入传统村落保护名单。")]),
        ("市委书记陈强多次作出指示批示，为全市生态环境保护工作指明了方向。", []),
        ("“青春由磨砺而出彩。”市长周立新寄语在场的青年科技工作者。", [("周立新", "青春由磨砺而出彩。")]),
    ]
    _each_spoken(library_path, cases)


def test_who_this_stops_discovery_rules_leave_unnamed(library_path: Path) -> None:
    """An interview's answer listing things after a rank (市长：高铁、高速…), a district speaking at a meeting (高新区在
    会上讲话时…), a rank presiding (关长主持仪式) and two performers at a gala (出席联欢晚会) name no one."""
    page = (
        "青石两会访谈\n\n记者：哪些项目最受关注？\n\n市长：高铁、高速、机场，这几个项目大家都很关心。\n\n"
        "高新区在会上讲话时表示，将全力抓好落实。\n\n关长主持仪式并检阅队伍。\n\n高明、白雪出席联欢晚会，为居民送上祝福。"
    )
    tagged = _tagged(library_path, page)
    assert not set(tagged.people) & {"高铁", "高速", "高新区", "关长", "高明", "白雪"}, tagged.people


def test_a_demand_named_before_a_semicolon_says_nothing(library_path: Path) -> None:
    """…主持会议；副县长某某就健康扶贫工作提出具体要求；… — a demand named and nothing said, before ； as before 。 (its
    words had been 具体要求)."""
    page = ("全县扶贫工作例会召开\n\n县委常委岳明川主持会议；副县长郑立武就健康扶贫工作提出具体要求；"
            "县政府党组成员赵丽芳对近期工作进行了安排部署。")
    assert _spoken(library_path, page) == []


def test_a_verb_of_saying_before_a_negation_said(library_path: Path) -> None:
    """某某…，表示不评论香港的情况，… — what he would not do is what he said (不 after any verb had silenced it); 说不清
    and 表示不满 still say nothing."""
    cases = [
        ("行政长官范立川被传媒问及邻埠近日集会的问题，表示不评论邻埠的情况，至于本澳，市民可以多种方式表达意见。",
         [("范立川", "不评论邻埠的情况，至于本澳，市民可以多种方式表达意见。")]),
        ("县长王立新说不清楚这件事。县长王立新对此表示不满。", []),
    ]
    _each_spoken(library_path, cases)


def _each_spoken(library_path: Path, cases: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Each sentence pasted into a library of its own: what it says is exactly ``said``."""
    for number, (sentence, said) in enumerate(cases):
        assert _spoken(library_path.with_name(f"case{number}.sqlite"), sentence) == said, sentence
