"""Where what was said ends (composer/people/spans.py): over a page's one-sentence paragraphs and over
paragraphs of what must be done, points announced before a full stop — and not over idioms with 说, experts,
figures, a sentence about someone else or what others did. Each page written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_statements import _said, _spoken, _tag


def test_idioms_with_say_are_nobodys_speech(library_path: Path) -> None:
    """让群众说了算, 说到做到: 说 in an idiom is no act of saying — it had cut the official's points in
    two and given 了算 to 群众."""
    page = (
        "区委书记部署城市更新\n\n"
        "本报讯 区委书记王静强调，要做好三方面工作：\n\n"
        "一是坚持群众参与。要把居民议事会开到楼门口，让群众说了算。\n\n"
        "二是坚持说到做到。承诺的事一件一件兑现。"
    )
    statements = _tag(library_path, page)
    assert [(s["speaker"], s["verb"]) for s in statements] == [("王静", "强调")]
    assert statements[0]["text"].endswith("承诺的事一件一件兑现。")


def test_a_speech_printed_a_paragraph_a_sentence_goes_on_over_its_paragraphs(library_path: Path) -> None:
    """WeChat and many web pages set each sentence as a paragraph: the speech goes on over them until
    narration or another speaker (it had ended with its first paragraph); 各部门要… / 企业要… paragraphs
    go on with a speech in any layout; 在介绍…时 is no act of its own."""
    page = (
        "区委书记调研园区\n\n"
        "本报讯 3月1日，区委书记张明深入园区一线调研企业。\n\n"
        "在介绍园区规划时，区发改委主任刘芳打出了手势。\n\n"
        "张明强调，全区上下要提振精气神，凝心聚力抓发展。\n\n"
        "过去一年，园区新引进项目26个。\n\n"
        "相关部门要持续优化营商环境，主动靠前服务。\n\n"
        "企业要坚定发展信心，全力推进产业发展。\n\n"
        "区领导王强参加调研。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page)]
    assert len(said) == 1 and said[0][0] == "张明"
    assert said[0][1].startswith("全区上下要提振精气神") and said[0][1].endswith("全力推进产业发展。")
    assert "王强" not in said[0][1]


def test_points_announced_before_a_full_stop_are_what_was_required(library_path: Path) -> None:
    """王静提出三点要求。一是…二是… / 李强提出了明确要求。(next paragraphs) 一要…二要…: the points after
    the full stop are the content (the act had been topic-only: nothing)."""
    inline = (
        "区政府常务会议\n\n"
        "本报讯 区长王静主持召开区政府常务会议。就做好下一步工作，王静提出三点要求。一是要抓项目建设，确保按期开工。"
        "二是要抓安全生产，守牢安全底线。"
    )
    paragraphs = (
        "区政府常务会议\n\n"
        "本报讯 区长李强主持召开区政府常务会议。李强对下一步工作提出了明确要求。\n\n"
        "一要抓项目建设，确保按期开工。\n\n"
        "二要抓民生实事，兑现承诺。\n\n"
        "副区长刘洋参加会议。"
    )
    said = {s["speaker"]: s["text"] for s in _tag(library_path, inline, paragraphs)}
    assert said["王静"] == "一是要抓项目建设，确保按期开工。二是要抓安全生产，守牢安全底线。"
    assert said["李强"].startswith("一要抓项目建设") and said["李强"].endswith("兑现承诺。")
    assert set(said) == {"王静", "李强"}


def test_a_speech_ends_where_the_report_goes_on_about_someone(library_path: Path) -> None:
    """凌晨十二点左右，封立一行又冒雨… (the person after a clause of time) and 其他县领导也分别… /
    相关部门负责人就…作出回应 (what others did) end the speech before them."""
    page = (
        "县长督导防汛\n\n"
        "本报讯 县长封立冒雨检查防汛工作。封立要求，水务部门要加强沟通，及时掌握雨情。\n\n"
        "凌晨十二点左右，封立一行又冒雨深入低洼路段检查。\n\n"
        "封立强调，要确保群众生命财产安全。\n\n"
        "其他县领导也分别深入包联乡镇检查防汛工作。\n\n"
        "封立指出，防汛工作没有旁观者。\n\n"
        "县水务局负责人就排涝设施建设作了回应。"
    )
    said = [(s["verb"], s["text"]) for s in _tag(library_path, page)]
    assert said == [
        ("要求", "水务部门要加强沟通，及时掌握雨情。"),
        ("强调", "要确保群众生命财产安全。"),
        ("指出", "防汛工作没有旁观者。"),
    ]


def test_experts_and_figures_end_an_officials_speech(library_path: Path) -> None:
    page = (
        "城市更新观察\n\n"
        "本报讯 区长王静指出，城市更新要注重历史文化保护。业内人士认为，资金是最大难题。"
        "数据显示，去年全区完成投资100亿元。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page)]
    assert said == [("王静", "城市更新要注重历史文化保护。"), ("业内人士", "资金是最大难题。")]


def test_a_quotation_after_a_colon_is_the_speech_whatever_narration_follows_it(library_path: Path) -> None:
    """说：“……。”随后，… / …。”她要求，…: the quotation ends the speech inside its marks (the span had kept
    the marks and, before 她要求, the pronoun too)."""
    page = (
        "区委书记调研社区\n\n"
        "本报讯 区委书记王静在调研时说：“群众的小事就是我们的大事。”随后，王静来到青石社区服务中心。\n\n"
        "区长李强说：“改造要让居民满意。”他要求，各部门要主动作为。"
    )
    said = _said(library_path, page)
    assert said == [
        ("王静", "说", "群众的小事就是我们的大事。"),
        ("李强", "说", "改造要让居民满意。"),
        ("李强", "要求", "各部门要主动作为。"),
    ]


def test_a_verb_with_le_before_a_noun_names_a_topic(library_path: Path) -> None:
    """强调了…的重要性, 宣布了…的决定: what was talked about, not what was said (the statement had started
    with 了); 重申了…立场：… says what follows the colon."""
    page = (
        "区委常委会\n\n"
        "本报讯 区委书记王静强调了安全生产的重要性。区长李强宣布了区委关于干部任免的决定。"
        "王静重申了区委的一贯立场：绝不搞形式主义。区长李强表示了解企业的难处。"
    )
    said = _said(library_path, page)
    assert said == [("王静", "重申", "绝不搞形式主义。"), ("李强", "表示", "了解企业的难处。")]


def test_points_numbered_in_parentheses_after_a_speech_ending_in_a_colon(library_path: Path) -> None:
    """…抓好三方面工作： then （一）…（二）…（三）… paragraphs: the colon announces them, and a paragraph opening
    with （一） is a point, not a note in parentheses (the speech had ended at its colon)."""
    page = (
        "区委常委会\n\n"
        "本报讯 区委书记王静强调，要重点抓好三方面工作：\n\n"
        "（一）坚持规划引领。把规划作为城市更新的龙头。\n\n"
        "（二）坚持民生优先。把群众满意作为标准。\n\n"
        "会议还研究了其他事项。"
    )
    (statement,) = _tag(library_path, page)
    assert statement["text"].startswith("要重点抓好三方面工作：") and statement["text"].endswith("把群众满意作为标准。")


def test_a_sentence_led_by_some_councillor_ends_a_speech(library_path: Path) -> None:
    """有议员关切… / 有记者问…: someone else's turn begins (the mayor's answer had run on over it)."""
    page = (
        "市长答询\n\n"
        "本报讯 市长王静今天到市议会答询。王静表示，相关经费由市府先行垫付。"
        "有议员关切青棒场地不足问题，希望市府加快规划。"
    )
    (statement,) = [s for s in _tag(library_path, page) if s["speaker"] == "王静"]
    assert statement["text"] == "相关经费由市府先行垫付。"


def test_a_plan_put_forward_is_a_topic_and_the_demand_after_it_the_act(library_path: Path) -> None:
    """他就推动产业发展提出具体部署，要求从园区规划…下功夫: 提出具体部署 names what he did (the statement had
    started there, with the narration); 要求 says it."""
    page = (
        "区委召开专题会议\n\n"
        "本报讯 10月25日，区委书记梁华主持召开区委专题会议。梁华就推动产业发展提出具体部署，"
        "要求从园区规划、产业链条下功夫。"
    )
    assert _said(library_path, page) == [("梁华", "要求", "从园区规划、产业链条下功夫。")]


def test_he_then_a_verb_of_saying_inside_a_speech_and_a_sentence_opening_with_again_then_a_verb(
        library_path: Path) -> None:
    """林志明表示，…，他常提醒区长们，… — 他 and a verb of saying inside indirect speech open a new act (the speech
    had run over it, and a second statement overlapped the first); 。又强调… opens one as 。希望… does."""
    page = (
        "区长交接\n\n"
        "民政局长林志明表示，接任区长是责任的开始，他常提醒区长们，各位不是区公所的“所长”，而是“区长”。\n\n"
        "保安司司长周永康强调，本地地方小，经不起混乱。又强调警方依据法律、专业判断等进行执法工作。"
    )
    said = _spoken(library_path, page)
    assert ("林志明", "接任区长是责任的开始") in said, said
    assert ("周永康", "本地地方小，经不起混乱。") in said and ("周永康", "警方依据法律、专业判断等进行执法工作。") in said
    texts = [text for _, text in said]
    assert not any(a != b and a in b for a in texts for b in texts), said  # no statement inside another


def test_a_whole_quotation_after_the_verbs_comma_ends_at_its_closing_mark(library_path: Path) -> None:
    """李某说，“……。”要实现…的目标，首先… — a quotation that ends its sentence, printed after the verb and its comma,
    is what was said: the text after its closing mark is the reporter's (it had been read on as more of the speech);
    说，“一刻钟生活圈”建成了… — a quoted term, no whole quotation — still reads on."""
    page = (
        "市长谈世博\n\n"
        "什么是成功精彩难忘？市长李一声说，“我看现在世博园区的建筑就很精彩。”要实现“成功、精彩、难忘”的目标，首先要做好"
        "服务保障。\n\n"
        "副市长王一明说，“一刻钟生活圈”建成了一百个，居民买菜更方便了。"
    )
    assert sorted(_spoken(library_path, page)) == [
        ("李一声", "我看现在世博园区的建筑就很精彩。"), ("王一明", "“一刻钟生活圈”建成了一百个，居民买菜更方便了。")]


def test_the_subject_of_a_when_clause_says_what_follows(library_path: Path) -> None:
    """当他得知小李来自重灾区时，表示过几天将去… — the one who learnt it is the one who says it (the verb had no subject);
    过几天 is a time (表示过 had read as "has said": no act)."""
    page = (
        "市长网上问民意\n\n"
        "1月18日上午，市长杨一军在网上与网友交流。\n\n"
        "网友询问灾后重建的补助政策，杨一军耐心做了解答。当他得知网友来自重灾区时，表示过几天将去那里慰问受灾群众。"
    )
    assert _spoken(library_path, page) == [("杨一军", "过几天将去那里慰问受灾群众。")]


def test_telling_the_hearers_then_what_was_said(library_path: Path) -> None:
    """王静告诉大家，有什么问题可以随时反映 — 告诉 with its hearers says what follows (only 告诉记者 had); 数据告诉我们… names no
    speaker."""
    page = (
        "区长调研\n\n"
        "3月2日，区长王静到社区调研。王静告诉大家，有什么急需解决的问题，可以随时反映。\n\n"
        "一季度的数据告诉我们，居民最关心的是养老服务。"
    )
    assert _spoken(library_path, page) == [("王静", "大家，有什么急需解决的问题，可以随时反映。")]


def test_announcing_a_topic_says_nothing_announcing_after_a_comma_does(library_path: Path) -> None:
    """举行记者会宣布重大抗疫措施， — what was announced only named (it had been a statement 重大抗疫措施); 宣布，从明日起… says."""
    page = (
        "特首记者会\n\n"
        "相隔个半月，行政长官贺一宁再度举行记者会宣布重大抗疫措施。\n\n"
        "贺一宁宣布，从明日起入境人员须接受14天医学观察。"
    )
    assert _spoken(library_path, page) == [("贺一宁", "从明日起入境人员须接受14天医学观察。")]


def test_zhi_with_no_mark_after_a_speaker_says_what_follows(library_path: Path) -> None:
    """黄某指他有其他工作在身 / 但指自己出来… — how Hong Kong and Macao papers report what was said (only 指， had been
    read); 指导警队…, 用手指着… say nothing."""
    page = (
        "保安司司长记者会\n\n"
        "保安司司长黄一泽今日出席活动后会见传媒。黄一泽指他有其他工作在身，暂不会再兼任局长。\n\n"
        "记者会尾声，黄一泽感谢市民关心，但指自己出来一定是宣布新措施。\n\n"
        "黄一泽指导警队做好入境管控工作。局长用手指着地图说明路线。"
    )
    assert _spoken(library_path, page) == [
        ("黄一泽", "他有其他工作在身，暂不会再兼任局长。"), ("黄一泽", "自己出来一定是宣布新措施。")]


def test_thanks_a_topic_in_quotation_marks_and_a_briefing_heard_say_nothing(library_path: Path) -> None:
    """表示衷心地感谢。 (地 as often as 的), 介绍了“十四五”时期…有关情况，并… (a topic that holds a quoted term), …政策要求，
    并作为…做了表态发言 (并 opens the subject's next act, not words) and 听取…等情况介绍 (介绍 a noun): none says
    anything (each had been a statement)."""
    page = (
        "区委书记与企业家座谈\n\n"
        "4月7日，区委召开企业家座谈会。区委书记赵明向全区企业家表示衷心地感谢。\n\n"
        "区发改委主任孙丽向与会人员介绍了“十四五”时期全区产业发展有关情况，并回答了大家的提问。\n\n"
        "区长钱文介绍了“两新”政策要求，并作为新任区长做了表态发言。\n\n"
        "会上，赵明认真听取企业家们关于项目审批等情况介绍，检查了重点项目进展。\n\n"
        "赵明表示，要为企业解决实际困难。"
    )
    assert _said(library_path, page) == [("赵明", "表示", "要为企业解决实际困难。")]


def test_a_new_act_inside_the_sentence_ends_the_one_before(library_path: Path) -> None:
    """…，她更激动地表示…，更直言请市民“…”…。 — 她 with adverbs or a manner (更, 亦, 激动地), with a setting (在会中), after
    而, or 更 alone before the verb: each opens an act of its own and ends the one before (the first had run to the
    sentence's end); a paragraph after the speech that names people and says nothing they must do is the
    reporter's (…后，李某这次选举连任失利。 had gone on with the speech)."""
    page = (
        "市长谈防疫\n\n"
        "本报讯 市长王丽今日会见传媒。王丽强调，政府暂时不会封闭口岸，但请市民尽量不要外出，她更激动地表示看到广场一带"
        "今日人很多，更直言请市民“管好自己的脚！”不要轻易出门。\n\n"
        "县长李明主持任内最后一次会议，期勉大家继续为全县打拼，他在会中细数四年来团队的努力成果。\n\n"
        "县政府历经多年建设后，李明这次选举连任失利，下月新任县长赵刚将就职。"
    )
    said = _said(library_path, page)
    assert said == [
        ("王丽", "强调", "政府暂时不会封闭口岸，但请市民尽量不要外出"),
        ("王丽", "表示", "看到广场一带今日人很多"),
        ("王丽", "直言", "请市民“管好自己的脚！”不要轻易出门。"),
        ("李明", "期勉", "大家继续为全县打拼"),
    ], said


def test_a_verb_inside_the_first_clause_of_what_is_said_is_part_of_it(library_path: Path) -> None:
    """他指政府政策多次强调要… — 强调 is the policy's, inside what he says (he had said only 政府政策多次); 指出并强调，
    要… is one act still (并 joins the verbs)."""
    page = (
        "行政长官谈经济\n\n"
        "本报讯 行政长官王一安今日会见传媒。他指政府政策多次强调要加大发展非博彩元素，已要求企业增加非博彩项目。\n\n"
        "王一安指出并强调，要做好服务质量。"
    )
    assert _said(library_path, page) == [
        ("王一安", "指", "政府政策多次强调要加大发展非博彩元素，已要求企业增加非博彩项目。"),
        ("王一安", "强调", "要做好服务质量。"),
    ]


def test_speech_ends_before_he_said_before_a_tour_and_a_bare_rank(library_path: Path) -> None:
    """…，他以前就说过，… (adverbs of time between 他 and the verb) opens an act of its own; 在青期间，调研组一行先后
    深入… is where they went; 市长特别交代… another's act: none goes on with the speech before (each had)."""
    page = (
        "市长谈防疫\n\n"
        "本报讯 市长柯一哲今日表示，首都生活圈是流动的，他以前就说过，确诊者达到一定数量后，就不能再靠公布足迹。\n\n"
        "区长吴一玮表示，感谢各善心企业多年来与公所紧密合作。市长特别交代要将关怀落实到基层。\n\n"
        "调研组组长尉一生表示，调研组将持续关注支持青石发展，加强交流协作。在青期间，调研组一行先后深入湿地公园、"
        "火山群地质公园等地调研。"
    )
    said = _said(library_path, page)
    assert ("柯一哲", "表示", "首都生活圈是流动的") in said
    assert ("吴一玮", "表示", "感谢各善心企业多年来与公所紧密合作。") in said
    assert ("尉一生", "表示", "调研组将持续关注支持青石发展，加强交流协作。") in said


def test_a_title_several_people_hold_leading_a_clause_is_all_of_them(library_path: Path) -> None:
    """区人大常委会副主任甲、乙、丙分别率队…。…常委会副主任对…表示肯定，希望… — the title the three hold, bare: each of
    them hopes (the hope had been nobody's)."""
    page = (
        "区人大常委会领导走访代表\n\n"
        "本报讯 7月5日至6日，区人大常委会副主任蔡一刚、沈一越、童一智分别率队，到联系街镇走访代表。\n\n"
        "座谈会上，代表们对上半年工作开展情况表示满意。常委会副主任对街镇人大依法履职表示肯定，希望人大代表们要带头学习，"
        "充分发挥联系群众的作用。"
    )
    hope = "人大代表们要带头学习，充分发挥联系群众的作用。"
    assert sorted(_said(library_path, page)) == sorted([("蔡一刚", "希望", hope), ("沈一越", "希望", hope),
                                                        ("童一智", "希望", hope)])


def test_someone_unnamed_or_a_department_asking_is_not_the_official(library_path: Path) -> None:
    """不断有民众要求拍照合影 — someone unnamed asks (it had been the county head's demand); 有关部门要求… is the
    departments' (their demand had run on inside the head's statement before it)."""
    page = (
        "县长就职\n\n"
        "本报讯 新任县长许一华今日就职。许一华县长所到之处，不断有民众要求拍照合影，许县长也十分亲民。\n\n"
        "许一华表示，将以乡亲的需要为施政方向。有关部门要求各乡镇做好准备。"
    )
    assert _said(library_path, page) == [("许一华", "表示", "将以乡亲的需要为施政方向。"),
                                         ("有关部门", "要求", "各乡镇做好准备。")]


def test_review_the_new_speech_rules_leave_ordinary_reports_alone(library_path: Path) -> None:
    """What a review found the stop's rules misreading: 他 after 陪同调研的有副市长李某。 is the one accompanied, not the
    one listed; 统一行动 is no tour (一行); 志愿者服务队负责人 is no 志愿者; 走访慰问。 after a greeting asks nothing."""
    page = (
        "书记调研\n\n"
        "3月5日，市委书记王一明到青石镇调研重点项目。陪同调研的有副市长李一华。他强调，要抓好项目落地。要统一行动、"
        "形成合力，确保各项任务落到实处。\n\n"
        "志愿者服务队负责人介绍，今年共开展服务活动三十场。\n\n"
        "“大家辛苦了，祝新春快乐！”当天，县委书记王一国来到村里走访慰问。"
    )
    said = _said(library_path, page)
    assert ("王一明", "强调", "要抓好项目落地。要统一行动、形成合力，确保各项任务落到实处。") in said
    assert not any(speaker in ("李一华", "志愿者") or verb == "问" for speaker, verb, _ in said), said


def test_a_hope_after_a_verb_other_than_saying_is_an_act_of_its_own(library_path: Path) -> None:
    """指出，…，希望在新的一年里，大家… — after 指出 (or 强调, 要求 …) a clause opening with 希望 is the speaker's next act,
    as every annotator writes it (a hope whose addressee comes after a time had stayed inside the 指出); after 表示 the
    hope goes on with what was said."""
    page = (
        "区委召开企业家座谈会\n\n"
        "本报讯 区委书记王一明指出，今年以来全区各项事业取得了新的突破，希望在新的一年里，大家再接再厉，为全区发展作出新贡献。\n\n"
        "区长李一川表示，区政府将持续优化营商环境，希望企业扎根青石、做大做强。"
    )
    assert _said(library_path, page) == [
        ("王一明", "指出", "今年以来全区各项事业取得了新的突破"),
        ("王一明", "希望", "在新的一年里，大家再接再厉，为全区发展作出新贡献。"),
        ("李一川", "表示", "区政府将持续优化营商环境，希望企业扎根青石、做大做强。")]


def test_speech_ends_before_the_speaker_named_doing_something_and_a_group_saying_something(
        library_path: Path) -> None:
    """…保驾护航。对企业提出的…问题，王某一一予以回应，确保件件有着落。 — a clause led by the speaker's own name
    (with no task given to him in it) is the reporter's, even with 确保 after it (it had gone on with the speech);
    on a page printing a sentence a paragraph, 困难群众…纷纷表示感谢，表示… is the group's words (it had been the
    official's, and the summary after it too). A name given a task in its own clause (…，孙某要牵头…) goes on."""
    page = (
        "区长与企业家座谈\n\n"
        "本报讯 9月1日，区长王一明与企业家代表座谈。\n\n"
        "王一明叮嘱相关部门认真研究，为企业发展保驾护航。对企业提出的用工、融资等方面的问题，王一明一一予以回应，"
        "确保事事有回应、件件有着落。\n\n"
        "区委书记李一川强调，要把服务企业放在心上，副区长孙一民要牵头建立问题清单。"
    )
    spoken = _spoken(library_path, page)
    assert ("王一明", "相关部门认真研究，为企业发展保驾护航。") in spoken
    assert ("李一川", "要把服务企业放在心上，副区长孙一民要牵头建立问题清单。") in spoken
    visit = (
        "春节前走访慰问困难群众\n\n"
        "本报讯 1月20日，副县长赵一平走访慰问困难群众。\n\n"
        "慰问中，赵一平强调，关心困难群众是各级党组织的重要职责。\n\n"
        "我们要时刻把困难群众的冷暖放在心上，及时帮助他们解决急难愁盼问题。\n\n"
        "困难群众对前来慰问的领导纷纷表示感谢，表示将继续发挥余热。\n\n"
        "此次走访慰问活动，拉近了党委政府与群众的距离。"
    )
    assert [said for said in _spoken(library_path, visit) if said[0] == "赵一平"] == [
        ("赵一平", "关心困难群众是各级党组织的重要职责。\n我们要时刻把困难群众的冷暖放在心上，及时帮助他们解决急难愁盼问题。")]


def test_a_question_mark_before_a_comma_or_a_lost_parenthesis_ends_no_sentence(library_path: Path) -> None:
    """燃?xì)?、燃料 — a converter that lost a gloss's opening parenthesis left a ?, and put another for a character
    it could not print: neither ends the sentence (the statement had stopped at 燃?)."""
    page = (
        "區長督查節前安全\n\n"
        "本報訊 2月3日，區長周一平督查節前安全生產。他強調，各職能部門一定要緊盯餐館燃?xì)?、燃料使用安全，"
        "把隱患排查到位、整改到位。"
    )
    [(speaker, text)] = _spoken(library_path, page)
    assert speaker == "周一平" and text.endswith("把隱患排查到位、整改到位。"), text


def test_speech_ends_before_someone_else_going_along_and_the_speakers_next_deed(library_path: Path) -> None:
    """…问题处理好，市信访办主任某某也一同接听了市民来电。 — a clause led by someone else doing it too is the reporter's
    (it had run on in the vice mayor's words); 同时，宣读了…责任清单 — what the speaker did next (it had gone on with
    the speech); 告诉她：“……” — the quotation after whom it was told, not 她：“ with it."""
    page = (
        "副市长接听市民热线\n\n"
        "本报讯 1月5日，副市长赵一平接听市民来电，要求相关单位尽快把市民反映的问题处理好，市信访办主任吴一民也一同接听了"
        "市民来电。一位市民反映家中暖气不热，赵一平告诉她：“我会安排市供暖办和您联系。”\n\n"
        "会上，镇长张一杰就检查中发现的问题进行了简要说明，指出各企业要加强安全生产工作，要确保疏散通道畅通。"
        "同时，宣读了党政领导安全生产责任清单。"
    )
    assert _spoken(library_path, page) == [
        ("赵一平", "相关单位尽快把市民反映的问题处理好"), ("赵一平", "我会安排市供暖办和您联系。"),
        ("张一杰", "各企业要加强安全生产工作，要确保疏散通道畅通。")]


def test_a_sentence_telling_of_thanks_ends_the_speech(library_path: Path) -> None:
    """…鼓励委员们…做出更大贡献。对委员所在单位的支持，表示了感谢。 — the reporter telling of thanks (no words of the
    speaker's) ends what was said; 我们对…表示感谢 inside the speech is words, and goes on."""
    page = (
        "区政协副主席走访委员\n\n"
        "区政协副主席孙立平走访了部分政协委员。孙立平鼓励委员们立足岗位，积极建言献策，为全区发展做出更大贡献。"
        "对委员所在单位的积极支持，表示了感谢。\n\n"
        "区委书记周海涛指出，今年全区经济稳中有进。我们对广大企业家的付出表示感谢。"
    )
    said = dict(_spoken(library_path, page))
    assert said["孙立平"] == "委员们立足岗位，积极建言献策，为全区发展做出更大贡献。"
    assert said["周海涛"] == "今年全区经济稳中有进。我们对广大企业家的付出表示感谢。"


def test_a_line_ending_with_a_colon_announces_the_paragraphs_after_it(library_path: Path) -> None:
    """会议指出：⏎(paragraph)⏎(paragraph)⏎(paragraph) — what the line announced goes on paragraph by paragraph (the
    statement had stopped after the first), until the reporter's words."""
    page = (
        "区委常委会召开扩大会议\n\n"
        "11月11日，区委常委会召开扩大会议。\n"
        "会议指出：\n"
        "深入学习领会重要指示精神，持续推进人民城市建设。聚焦群众急难愁盼，让群众共享发展成果。\n"
        "紧扣区域发展使命，充分发挥资源优势。激发创新创造活力，创造更多就业机会。\n"
        "把人民民主融入城市治理。动员更多群众参与，构建人人参与的治理共同体。\n"
        "会议还研究了其他事项。"
    )
    said = dict(_spoken(library_path, page))
    assert said["会议"].startswith("深入学习领会重要指示精神")
    assert said["会议"].endswith("构建人人参与的治理共同体。")


def test_within_a_sentence_a_correlatives_second_half_a_semicolons_narration_and_at_the_same_time_also(
        library_path: Path) -> None:
    """Three cuts inside one sentence: 不仅提问题，还提出… goes on (the clause before opened it: no new act; it had been cut
    there); …发挥余热；在劳模某某家，周某认真倾听… stops at the semicolon (someone's next deed: it had run on); 嘱咐…，同时也
    鼓励… is a new act (同时也 before the verb: it had run on)."""
    page = (
        "市委听取政协委员意见\n\n"
        "在听取委员发言后，市委副书记王海明说，委员们在发言中不仅提问题，还提出解决问题的思路，不少都具有操作性。\n\n"
        "在老党员钱立新家，县长周文涛对他的贡献表示感谢，希望他继续发挥余热；在劳模何建华家，周文涛认真倾听了他的先进事迹。\n\n"
        "院长林海燕嘱咐同学们做好个人防护，同时也鼓励同学们保持积极昂扬的姿态。"
    )
    assert _spoken(library_path, page) == [
        ("王海明", "委员们在发言中不仅提问题，还提出解决问题的思路，不少都具有操作性。"),
        ("周文涛", "他继续发挥余热"),
        ("林海燕", "同学们做好个人防护"), ("林海燕", "同学们保持积极昂扬的姿态。"),
    ]


def test_points_counted_before_a_noun_and_a_paragraph_counting_what_happened(library_path: Path) -> None:
    """对街道提了三点要求，一是… — points counted before 要求 and announced after a comma are said (they had been no
    act); 第三个提问机会被…记者获得… counts what happened, no third point: it ends the answer before it (it had gone on)."""
    page = (
        "街道召开全会精神传达会\n\n"
        "最后，街道党工委书记侯海生同志对街道和社区提了三点要求，一是要认清形势；二是要转变作风。\n\n"
        "随后，云湖日报记者获得提问机会。\n\n"
        "郑海顺回答，全省将把乡村振兴作为头等大事来抓。\n\n"
        "第三个提问机会被云湖晚报记者获得，记者提问的问题是关于粮食安全，省长黄三运作了回答。\n\n"
        "会议结束后，记者身边一位同行说，没想到来了这么多同行。"
    )
    said = _spoken(library_path, page)
    assert said[0] == ("侯海生", "一是要认清形势；二是要转变作风。"), said
    assert ("郑海顺", "全省将把乡村振兴作为头等大事来抓。") in said, said


def test_the_hearers_reply_a_must_after_and_and_encouraging_him(library_path: Path) -> None:
    """叮嘱王某保重身体，…，王某对…深表感谢 (the hearer's reply ends what was told: it had been inside); 并将其转化为…，要…
    (并 opening what must be done goes on: it had been cut there); 叮嘱…，鼓励他… (a new act: it had run on)."""
    page = (
        "区领导看望老战士\n\n"
        "7月29日，区党工委书记何建忠来到老战士赵长发家中，叮嘱赵长发保重身体，鼓励他继续发扬军人作风。"
        "之后何建忠又看望了老战士钱允明，他叮嘱钱允明保重身体，有困难要及时反映，钱允明对党和政府的关怀深表感谢。\n\n"
        "县委书记刘建民指出，青石镇在规划上要先行一步，充分利用交通优势。并将其转化为发展优势，要立足实际。"
    )
    assert _spoken(library_path, page) == [
        ("何建忠", "赵长发保重身体"), ("何建忠", "他继续发扬军人作风。"), ("何建忠", "钱允明保重身体，有困难要及时反映"),
        ("刘建民", "青石镇在规划上要先行一步，充分利用交通优势。并将其转化为发展优势，要立足实际。"),
    ]


def test_a_paragraph_on_the_meeting_itself_ends_the_points_and_good_at_speaking_says_nothing(
        library_path: Path) -> None:
    """…提出六点要求：…。⏎动员会的召开标志着… — the reporter on the meeting ends the points the colon announced (it had
    gone on); 部长某某就很会讲，… — good at speaking, no saying (讲 had opened an act of his); 他相信… — a belief stated
    with its subject by it is said."""
    page = (
        "镇召开换届选举动员会\n\n"
        "党委书记杨海才同志对会议进行了总结并提出三点要求：要求思想上高度重视；要求强化第一责任人，严把换届纪律。\n\n"
        "动员会的召开标志着全镇换届选举工作正式拉开帷幕。\n\n"
        "院长卓立明来到农业部门。他相信各部会首长都能讲清楚政策。卓立明点名说，例如农业部长陈海季就很会讲，"
        "好几次都准备得很齐全。"
    )
    assert _spoken(library_path, page) == [
        ("杨海才", "要求思想上高度重视；要求强化第一责任人，严把换届纪律。"),
        ("卓立明", "各部会首长都能讲清楚政策。"), ("卓立明", "例如农业部长陈海季就很会讲，好几次都准备得很齐全。"),
    ]
