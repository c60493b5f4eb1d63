"""Which words say something (composer/people/statements.py, speech_words.py): verbs of saying and the same words
used as nouns (要求 after 工作, 进行了说明, 的纪律要求，), verbs that say only before their mark (问：, 解答，), thanks and
praise without content, idioms with 说. Each page written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_statements import _said, _spoken, _tag


def test_content_less_speech_acts_are_not_statements(library_path: Path) -> None:
    page = (
        "区领导走访企业\n\n"
        "本报讯（记者 叶舟）9月3日，区委书记林振华走访星澜科技集团。林振华对企业长期以来的支持表示感谢。"
    )
    assert _tag(library_path, page) == []


def test_a_verb_that_is_also_a_noun_after_its_noun_partner_says_nothing(library_path: Path) -> None:
    page = ("区委书记调研民营企业\n\n"
            "4月8日，区委书记葛云舒深入企业调研，面对面听取企业家意见建议，现场协调解决企业发展难题。\n\n"
            "葛云舒强调，要在政策落实上再加力。")
    assert [(speaker, verb) for speaker, verb, _ in _said(library_path, page)] == [("葛云舒", "强调")]


def test_written_instructions_and_promises_are_statements_their_nouns_are_not(library_path: Path) -> None:
    page = (
        "领导批示与承诺\n\n"
        "本报讯 区委书记周凯近日作出批示：要举一反三，全面排查安全隐患。区长李明华承诺，区里将全力保障项目用地。\n\n"
        "各街道要认真落实周凯书记批示要求。李明华兑现承诺，为企业解决了用地难题。"
    )
    assert _said(library_path, page) == [
        ("周凯", "批示", "要举一反三，全面排查安全隐患。"),
        ("李明华", "承诺", "区里将全力保障项目用地。"),
    ]


def test_an_answer_after_a_colon_is_a_statement_answering_as_a_task_is_not(library_path: Path) -> None:
    page = (
        "新闻发布会\n\n"
        "本报讯 市住建委主任张伟出席新闻发布会并回答记者提问。人民日报记者问：“老旧小区改造资金从哪里来？”\n\n"
        "张伟回答：“主要有三个渠道：中央补助、地方财政和社会资本。”\n\n"
        "副市长李娜来到热线办公室，逐一解答群众疑难，直至群众满意。"
    )
    said = [(s["speaker"], s["verb"], s["text"]) for s in _tag(library_path, page) if s["speaker"] in ("张伟", "李娜")]
    assert said == [("张伟", "回答", "主要有三个渠道：中央补助、地方财政和社会资本。")]


def test_a_meeting_makes_clear_a_requirement_that_is_clear_says_nothing(library_path: Path) -> None:
    page = (
        "常务会议\n\n"
        "本报讯 区政府召开常务会议。会议研究认为，加快城市更新十分必要。会议明确，由区住建委牵头推进。\n\n"
        "区长王静指出，这次部署思路清晰、要求明确，各部门要抓好落实。"
    )
    said = _said(library_path, page)
    assert said == [
        ("会议", "认为", "加快城市更新十分必要。"),
        ("会议", "明确", "由区住建委牵头推进。"),
        ("王静", "指出", "这次部署思路清晰、要求明确，各部门要抓好落实。"),
    ]


def test_more_verbs_of_saying_and_their_nouns(library_path: Path) -> None:
    """倡议, 坦陈, 笑言, 指示, 感叹 say; 按照区委指示 and 阐述了…总体思路 (a noun, a topic) do not; 数据表明 is no one."""
    page = (
        "区长检查抢险工作\n\n"
        "本报讯 区长王静检查抢险工作。数据表明，全区经济运行平稳。按照区委指示，各部门抓好落实。\n\n"
        "王静阐述了城市更新的总体思路。王静在会上倡议，全区党员干部带头参与志愿服务。王静坦陈，当前还存在一些短板。"
        "王静笑言：“我也是老旧小区的居民。”王静指示，要立即组织力量抢修。王静感叹，变化太大了。"
    )
    said = [(s["verb"], s["text"]) for s in _tag(library_path, page)]
    assert said == [
        ("倡议", "全区党员干部带头参与志愿服务。"),
        ("坦陈", "当前还存在一些短板。"),
        ("笑言", "我也是老旧小区的居民。"),
        ("指示", "要立即组织力量抢修。"),
        ("感叹", "变化太大了。"),
    ]


def test_verbs_that_say_only_before_a_mark(library_path: Path) -> None:
    """在王静看来，… / 李强回忆道：… / 补充道， / 预计， / 相信，: what was said; bare (看来，…, 预计年底完工,
    补充完善, 相信群众) they say nothing."""
    page = (
        "区长谈城市更新\n\n"
        "本报讯 在区委书记王静看来，城市更新的关键在于留住烟火气。区长李强回忆道：“十年前这里还是一片荒地。”"
        "李强补充道，项目将在年底前竣工。李强预计，今年地区生产总值将增长6%左右。\n\n"
        "看来，问题不小。项目预计年底完工。各部门要及时补充完善台账。"
    )
    said = [(speaker, verb) for speaker, verb, _ in _said(library_path, page)]
    assert said == [("王静", "看来"), ("李强", "回忆"), ("李强", "补充"), ("李强", "预计")]


def test_jiang_and_tan_before_a_mark_say_and_ganguai_says(library_path: Path) -> None:
    """王静讲，… / 讲道：“…” / 李强谈道，… / 感慨，…: verbs of saying (讲 only before its mark: 讲话, 来讲 are none);
    谈道 ends a name (李强谈 had been a person)."""
    page = (
        "区领导谈城市更新\n\n"
        "本报讯 区委书记王静讲，要把群众的事当成自己的事。区长李强谈道，今年将新建十个口袋公园。"
        "李强感慨，十年间这里发生了翻天覆地的变化。总的来讲，今年的改造进度较快。"
    )
    said = [(speaker, verb) for speaker, verb, _ in _said(library_path, page)]
    assert said == [("王静", "讲"), ("李强", "谈道"), ("李强", "感慨")]


def test_a_verb_of_saying_made_a_noun_by_jinxing_says_nothing(library_path: Path) -> None:
    """对…发言逐一进行点评，并对…进行解答 — 进行 makes 点评 a noun: what follows is the reporter's (it had been a
    statement, 并对居民区提出的问题进行解答); the speech after 指出 is hers."""
    page = (
        "街道召开党建工作会\n\n"
        "街道党工委书记杨静对居民区党总支书记的发言逐一进行点评，并对居民区提出的问题和建议进行解答。\n\n"
        "杨静指出，居民区党总支书记要充分发挥带头表率作用。"
    )
    assert _said(library_path, page) == [("杨静", "指出", "居民区党总支书记要充分发挥带头表率作用。")]


def test_idioms_of_acting_at_once_are_no_saying(library_path: Path) -> None:
    """立说立行 and 说干就干 hold 说 but say nothing (…立说立行、马上就办的作风表示赞赏 had been a statement)."""
    page = (
        "市委书记会见省教育厅调研组\n\n"
        "市委书记夏庆明对省教育厅立说立行、马上就办的作风表示赞赏。"
        "他表示，全市将坚持说干就干，全力抓好教育工作。"
    )
    assert _said(library_path, page) == [("夏庆明", "表示", "全市将坚持说干就干，全力抓好教育工作。")]


def test_nouns_made_of_verbs_thanks_and_an_answer_after_its_comma(library_path: Path) -> None:
    """回答了记者提出和网上收集的问题 (a noun: 提出 had said 和网上…); 耐心予以询问解答，… (an act made a noun); 表示忠心
    的感谢 (衷心 misprinted: thanks, no content); 部长某某解答，… — an answer after its comma, right after the name (it
    had been lost: 解答 said only before a colon)."""
    page = (
        "部长通道侧记\n\n"
        "本报讯 3月8日下午，部长们回答了记者现场提出和通过网络收集到的约20个问题，金句频出。\n\n"
        "今年会不会有水患？水利部部长王一川解答，经初步预测，今年可能呈现南涝北旱的趋势。\n\n"
        "每个来电，县长赵一平都仔细倾听，耐心予以询问解答，直至群众满意。\n\n"
        "区委书记孙一民对电力职工的辛勤付出表示忠心的感谢，并对抢修工作给予了充分肯定。"
    )
    assert _said(library_path, page) == [("王一川", "解答", "经初步预测，今年可能呈现南涝北旱的趋势。")]


def test_a_requirement_of_something_before_a_comma_is_a_noun(library_path: Path) -> None:
    """…强调了改革的纪律要求，党委书记某某对改革提出总要求：“……” — X的纪律要求， names requirements, it says nothing
    (the secretary's quotation had been given to the one before him)."""
    page = (
        "白沙镇部署区划调整改革\n\n"
        "本报讯 会上，党委副书记胡一涛强调了区划调整改革的纪律要求，党委书记卢一林对改革提出总要求：“思想统一，有序落实。”"
    )
    assert _spoken(library_path, page) == [("卢一林", "思想统一，有序落实。")]
