"""Who the subject of a verb of saying is (composer/people/statements.py, joint.py): several officials at once
(named together before the verb, listed as an earlier clause's subject, pointed back to by 他们 or 区领导),
其 for the one just named. Each page written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_statements import _said, _spoken, _statement, _tag


def test_officials_saying_something_jointly_each_say_it(library_path: Path) -> None:
    """王静、李强分别表示 / 区委书记王静和区长李强一致认为: one statement each (the gold's convention and a
    讲话摘编's: each leader's section holds it). 和 before a name marked it as an object (与李强交谈)."""
    page = (
        "区领导调研城市更新\n\n"
        "本报讯 区委书记王静、区长李强到青石街道调研。王静、李强分别表示，要把群众满意作为标准。\n\n"
        "区委书记王静和区长李强一致认为，城市更新要久久为功。区委书记王静与区长李强交谈时说，要抓紧推进。"
    )
    said = {(s["speaker"], s["verb"], s["text"]) for s in _tag(library_path, page)}
    assert said == {
        ("李强", "认为", "城市更新要久久为功。"),
        ("李强", "表示", "要把群众满意作为标准。"),
        ("王静", "说", "要抓紧推进。"),
        ("王静", "认为", "城市更新要久久为功。"),
        ("王静", "表示", "要把群众满意作为标准。"),
    }


def test_qi_before_a_verb_is_the_one_just_named(library_path: Path) -> None:
    """其指出，… (formal prose's pronoun): the official just named; 其中/其他 are no subject."""
    page = ("区长调研\n\n本报讯 区长李强到青石街道调研。其指出，老旧小区改造要让群众满意。"
            "\n\n其中，三个小区已完工。")
    said = _said(library_path, page)
    assert said == [("李强", "指出", "老旧小区改造要让群众满意。")]


def test_someones_answer_or_stance_after_a_colon(library_path: Path) -> None:
    """李强的回答很干脆：“……” / 王静的态度很明确：… — what they said follows the colon (nobody's before); a name
    ends before 给 (王静给青年干部上了一堂党课 had made 王静给)."""
    page = (
        "区领导谈城市更新\n\n"
        "本报讯 面对记者的提问，区长李强的回答很干脆：“年底前一定完工。”对此，区委书记王静的态度很明确：绝不搞形式主义。"
        "\n\n王静给青年干部上了一堂党课。她勉励青年干部要敢于担当。"
    )
    said = _said(library_path, page)
    assert said == [
        ("李强", "回答", "年底前一定完工。"),
        ("王静", "表示", "绝不搞形式主义。"),
        ("王静", "勉励", "青年干部要敢于担当。"),
    ]


def test_she_after_a_speech_of_several_paragraphs_is_its_speaker(library_path: Path) -> None:
    """她还指出 after 王静要求 and two 要… paragraphs: paragraphs that name nobody leave the speaker in reach
    (the reach was the two paragraphs before, whatever they held, and the act was lost)."""
    page = (
        "全区优化营商环境大会召开\n\n"
        "本报讯 3月10日，全区优化营商环境大会召开。区委书记王静出席并讲话。\n\n"
        "王静要求，要深化“放管服”改革，让企业办事更便捷。\n\n"
        "要强化法治保障，依法平等保护各类市场主体。\n\n"
        "要加强作风建设，坚决整治推诿扯皮等问题。\n\n"
        "她还指出，营商环境没有最好，只有更好。"
    )
    said = [(s["speaker"], s["verb"]) for s in _tag(library_path, page)]
    assert said == [("王静", "要求"), ("王静", "指出")]


def test_the_head_of_that_bureau_is_the_one_just_named(library_path: Path) -> None:
    """该局局长表示 / 该县县长: 该 with the organisation's unit before the rank points at its holder (nobody's before)."""
    page = "城市更新发布会\n\n本报讯 市住建局局长李强介绍了全市城市更新情况。该局局长表示，今年将改造老旧小区一百个。"
    said = _said(library_path, page)
    assert said == [("李强", "表示", "今年将改造老旧小区一百个。")]


def test_he_of_an_official_named_only_in_the_headline(library_path: Path) -> None:
    """区委书记王强：把群众的事办好 / …他表示，…: the body names nobody before 他, so he is the headline's one official."""
    page = "区委书记王强：把群众的事办好\n\n近日，记者走进青石街道采访。\n\n他表示，群众的事再小也是大事。"
    said = _said(library_path, page)
    assert said == [("王强", "表示", "群众的事再小也是大事。")]


def test_he_said_of_a_woman_when_no_one_else_is_in_reach(library_path: Path) -> None:
    """他表示 after 采访了这位区委书记 (王静, named in the headline): news prose says 他 of women too; with no man in
    reach she is meant (the statement had been nobody's)."""
    page = ("区委书记王静：把群众的事办好\n\n近日，记者走进青石街道，采访了这位区委书记。\n\n"
            "他表示，群众的事再小也是大事。")
    said = [(s["speaker"], s["verb"]) for s in _tag(library_path, page)]
    assert said == [("王静", "表示")]


def test_a_quotation_then_said_this_when(library_path: Path) -> None:
    """“……”说这话时，王静语气坚定。: the quotation is 王静's (说这话 had been an act of its own, its content 这话时…)."""
    page = ("乡村振兴调研\n\n本报讯 区委书记王静到青石村调研。“乡村振兴，关键在人，要把年轻人留下来。”"
            "说这话时，王静语气坚定。")
    said = _said(library_path, page)
    assert said == [("王静", "说", "乡村振兴，关键在人，要把年轻人留下来。")]


def test_a_name_before_its_rank_and_the_manner_of_saying(library_path: Path) -> None:
    """周凯书记满怀期待地希望…: 书记 is 周凯's (满怀 after it had become a person, speaking twice), and
    满怀期待地 is how he hoped (期待 had been an act of its own, saying 地希望…)."""
    page = (
        "区委书记同政协委员座谈\n\n"
        "本报讯 1月21日，区委书记周凯与区政协委员座谈。周凯书记着重指出，各位委员是沟通各方的桥梁。"
        "周凯书记满怀期待地希望各位委员充分利用政协平台，积极建言献策。"
    )
    said = _said(library_path, page)
    assert said == [
        ("周凯", "指出", "各位委员是沟通各方的桥梁。"),
        ("周凯", "希望", "各位委员充分利用政协平台，积极建言献策。"),
    ]
    # a place before 县长 reads as a name too, but is printed nowhere as one: 刘长江 holds the rank
    page = "县长冒雪走访困难群众\n\n本报讯 近日，青石县长刘长江冒雪走访困难群众。刘长江说，要把温暖送到群众心坎上。"
    assert ("刘长江", "说", "要把温暖送到群众心坎上。") in _said(library_path, page)  # (the library holds both pages)
    page = ("镇长谈冷链建设\n\n本报讯 白沙镇的冷链仓库建成了。白沙镇镇长顾振东说，冷链物流让农产品卖得更远。")
    # (a place that ends in its unit, printed elsewhere too)
    assert ("顾振东", "说", "冷链物流让农产品卖得更远。") in _said(library_path, page)


def test_an_answer_after_its_comma(library_path: Path) -> None:
    """李娥回答，全省的增速…: 回答 says something after a comma too (回答记者提问 names a task)."""
    page = (
        "省政府举行新闻发布会\n\n"
        "本报讯 4月29日，省政府新闻发言人李娥在例行新闻发布会上回答记者提问。"
        "李娥回答，全省一季度的增速基本符合“稳”的要求。"
    )
    said = _said(library_path, page)
    assert said == [("李娥", "回答", "全省一季度的增速基本符合“稳”的要求。")]


def test_the_two_just_named_say_it_both(library_path: Path) -> None:
    """…局长麥美玲、政務司副司長卓永成等早上陸續抵達。兩人都表示，…: one statement each, as for 分别表示."""
    page = (
        "新班子首個上班日\n\n"
        "【本台新聞】今天是新班子首個正式上班日。民政及青年事務局局長麥美玲、政務司副司長卓永成早上陸續抵達政府總部。"
        "兩人都表示，會和團隊討論未來工作。"
    )
    said = _said(library_path, page)
    assert sorted(said) == [("卓永成", "表示", "會和團隊討論未來工作。"), ("麦美玲", "表示", "會和團隊討論未來工作。")]


def test_a_list_of_officials_as_subject_each_speaks_and_they_after_the_list(library_path: Path) -> None:
    """县领导王强、李明、赵刚等…，希望… (the list is the subject of an earlier clause: each one's, only the first's
    before); 县委书记王强、县长李明来到…，叮嘱相关部门要… (nobody's before: 叮嘱…党员。 read as whom she told);
    他们要求 after such a list is each of them (it had been 他们')."""
    pages = (
        "县领导慰问政协委员\n\n"
        "8月28日下午，县领导王强、李明、赵刚等专程来到各分组讨论地点，慰问参会的政协委员，希望大家积极参政议政。",
        "县领导看望老党员\n\n"
        "县委书记王强、县长李明来到老党员家中，详细询问老人的身体状况，叮嘱相关部门要关心关爱老党员。",
        "县领导调研\n\n"
        "县领导王强、李明、赵刚一同调研重点项目。他们要求，要加快项目建设进度。",
    )
    said = sorted((s["speaker"], s["text"]) for s in _tag(library_path, *pages))
    assert said == sorted(
        [(name, "大家积极参政议政。") for name in ("王强", "李明", "赵刚")]
        + [(name, "相关部门要关心关爱老党员。") for name in ("王强", "李明")]
        + [(name, "要加快项目建设进度。") for name in ("王强", "李明", "赵刚")]
    ), said


def test_a_bare_leaders_subject_points_back_to_the_leaders_listed(library_path: Path) -> None:
    """区领导刘惠、于瑞均、李雯分别主持…。与会人员…。区领导…并要求：… — the bare 区领导 is those listed two sentences
    before, each of them (the demand had been nobody's)."""
    page = (
        "区领导主持召开座谈会\n\n"
        "12月26日，区领导刘惠、于瑞均、李雯分别主持召开座谈会。与会人员纷纷表示报告水平高、内容实。"
        "区领导对各部门提出的修改意见予以充分肯定，并要求：一要深入学习贯彻会议精神；二要抓好各项工作落实。"
    )
    said = sorted((s["speaker"], s["text"]) for s in _tag(library_path, page) if s["speaker"] != "与会人员")
    assert said == sorted((name, "一要深入学习贯彻会议精神；二要抓好各项工作落实。") for name in ("刘惠", "于瑞均", "李雯"))


def test_a_verb_after_and_is_the_previous_clauses_subjects(library_path: Path) -> None:
    """局长甲表示，主任乙肯定…，并叮嘱… — 并 goes on with the clause before it: 叮嘱 is 乙's (it had gone to the one who
    reports it); with no one opening that clause (…来之不易，并要求…) the sentence's speaker goes on."""
    page = (
        "区民政局赴市里汇报工作\n\n"
        "区民政局局长周文涛表示，市民政局主任郑海川肯定我区养老服务工作，并叮嘱区里要把助餐点办到每个社区。"
        "周文涛说，今年的成绩来之不易，并要求各科室抓紧落实。"
        "周文涛指出，郑海川的做法值得推广，并要求各街道学习借鉴。"
    )
    statements = _tag(library_path, page)
    zheng = _statement(statements, "郑海川")
    assert [s["text"] for s in zheng] == ["区里要把助餐点办到每个社区。"]
    zhou = [s["text"] for s in _statement(statements, "周文涛")]
    assert "各科室抓紧落实。" in zhou and "各街道学习借鉴。" in zhou and "区里要把助餐点办到每个社区。" not in zhou


def test_a_sentence_with_no_subject_after_a_listed_topic_is_each_ones(library_path: Path) -> None:
    """甲、乙、丙等领导为他们送去…。同时叮嘱… — the list opening the sentence before goes on: the act is each one's (it had
    gone to the first only)."""
    page = (
        "县领导走访慰问困难群众\n\n"
        "1月20日，县委常委周建国，副县长林海燕，县政协副主席何志平分别到各乡镇走访慰问困难群众。\n\n"
        "在群众家中，周建国、林海燕、何志平等领导送去了米面油，详细了解他们的生活情况。"
        "同时叮嘱随行的乡镇干部要把群众的冷暖放在心上。"
    )
    statements = _tag(library_path, page)
    for name in ("周建国", "林海燕", "何志平"):
        assert [s["text"] for s in _statement(statements, name)] == ["随行的乡镇干部要把群众的冷暖放在心上。"], name


def test_what_a_report_states_is_its_makers(library_path: Path) -> None:
    """镇长某某所作的政府工作报告回顾了…。报告指出，… — the report's words are the one who made it (they had been no one's);
    a report no one is said to have made states nobody's words."""
    page = (
        "青石镇第五届人民代表大会第一次会议召开\n\n"
        "1月8日，青石镇第五届人民代表大会第一次会议召开。镇长王海明所作的政府工作报告回顾了过去五年的工作。"
        "报告指出，未来五年要坚持产业强镇，让群众得到更多实惠。\n\n"
        "另据统计部门发布的报告，全镇去年农业总产值增长百分之六。"
    )
    assert _spoken(library_path, page) == [("王海明", "未来五年要坚持产业强镇，让群众得到更多实惠。")]


def test_points_announced_with_a_comma_after_the_speakers_next_deed(library_path: Path) -> None:
    """…取得圆满成功。并代表镇党委回答了…，最后提出了三点意见，一是…；二是… — a sentence opening with 并 is the speaker's
    next deed (it ends the speech before it), 代表镇党委 is on whose behalf (no office speaking), and the points
    announced with a comma are a new act of the speaker's."""
    page = (
        "青石镇人代会闭幕\n\n"
        "镇党委书记王海明在会上指出，此次会议是一次团结奋进的大会，取得圆满成功。并代表镇党委回答了代表们提出的意见，"
        "最后提出了两点意见，一是要统一思想；二是要开拓创新。"
    )
    assert _spoken(library_path, page) == [
        ("王海明", "此次会议是一次团结奋进的大会，取得圆满成功。"), ("王海明", "一是要统一思想；二是要开拓创新。")]


def test_a_visiting_groups_sentence_ends_the_officials_topic(library_path: Path) -> None:
    """…局长某某作汇报。市人大常委会调研组对我局工作予以肯定，指出…。同时提出三点建议：… — the group goes on speaking (no
    official's words; they had gone to the official who reported); without the group the official goes on."""
    page = (
        "市人大常委会调研我市环境保护工作\n\n"
        "座谈会上，市生态环境局局长周海平作工作汇报。市人大常委会调研组对我局工作予以肯定，指出全市环境质量持续改善。"
        "同时提出三点建议：一是要提高思想认识；二是要加强环境监控。\n\n"
        "座谈会后，区长林海燕作表态。同时提出两点要求：一是要压实责任；二是要加强督查。"
    )
    said = _spoken(library_path, page)
    assert not [text for speaker, text in said if speaker == "周海平"], said
    assert ("林海燕", "一是要压实责任；二是要加强督查。") in said


def test_a_meeting_that_studied_then_asks_and_advice_followed(library_path: Path) -> None:
    """会上还学习了有关文件，要求… — what the meeting did, then its demand: the meeting's (it had been no one's);
    遵照医生建议… — the doctor's advice followed, a noun: no one's words (they had gone to the official)."""
    page = (
        "街道召开工作会议\n\n"
        "1月28日，街道召开会议。会上还学习了有关文件，要求做好春节前夕的帮困和安全工作。\n\n"
        "区长王海明感谢市民的关心。他因患上痛风，遵照医生建议最近减少户外活动，但他保持上班工作。"
    )
    assert _spoken(library_path, page) == [("会议", "做好春节前夕的帮困和安全工作。")]
