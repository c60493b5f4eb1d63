"""Interview and press-conference turns in the shapes pages print them (composer/people/turns.py):
labels after a bullet, with titles in a parenthesis, a name before its title, a programme's guest, the short
names an interview defines, a bureau's reply, turns run on inside a paragraph — each written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_statements import _said, _spoken, _tag


def test_turn_labels_after_a_bullet_and_a_guest_titled_in_a_parenthesis(library_path: Path) -> None:
    """■记者：/■刘芳： — an interview's labels set after a bullet; 刘芳（市人大代表、东湖街道党工委书记）：
    a guest whose titles follow her name in a parenthesis holds office (her turns are hers)."""
    bulleted = (
        "两会访谈\n\n"
        "本报讯 记者采访了市人大代表、东湖街道党工委书记刘芳。\n\n"
        "■记者：您今年带来了什么建议？\n\n"
        "■刘芳：我建议加快社区养老服务设施建设。"
    )
    parenthesised = (
        "代表风采\n\n"
        "记者：您最关心什么问题？\n\n"
        "周敏（市人大代表、青石镇党委书记）：我最关心乡村道路建设。\n\n"
        "记者：有什么打算？\n\n"
        "周敏：今年要把通组路全部硬化。"
    )
    said = {(s["speaker"], s["text"]) for s in _tag(library_path, bulleted, parenthesised)}
    assert said == {
        ("刘芳", "我建议加快社区养老服务设施建设。"),
        ("周敏", "我最关心乡村道路建设。"),
        ("周敏", "今年要把通组路全部硬化。"),
    }


def test_broadcast_name_then_title_labels_and_a_programmes_guest(library_path: Path) -> None:
    """【同期】王静 区长：… (a sound bite captioned name first) and 嘉宾：… in a programme whose
    information line (访谈嘉宾：云湖区区长王静) introduces one official — it had become the title."""
    captioned = (
        "对话区长\n\n"
        "本报讯 本期《对话》邀请到云湖区区长王静。\n\n"
        "【同期】王静 区长：今年我们要推进十大工程。\n\n"
        "记者：具体有哪些？\n\n"
        "王静 区长：包括城市更新、产业升级等。"
    )
    programme = (
        "嘉宾访谈\n\n"
        "访谈嘉宾：云湖区教育局局长李明\n\n"
        "主持人：您好，欢迎做客。\n\n"
        "嘉宾：今年全区新增学位3000个。\n\n"
        "主持人：家长最关心什么？\n\n"
        "嘉宾：就近入学，我们会统筹安排。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, captioned, programme)]
    assert sorted(said) == sorted([
        ("王静", "今年我们要推进十大工程。"),
        ("王静", "包括城市更新、产业升级等。"),
        ("李明", "今年全区新增学位3000个。"),
        ("李明", "就近入学，我们会统筹安排。"),
    ])


def test_labels_an_interview_defines_with_its_short_names(library_path: Path) -> None:
    """记者（以下简称“记”）专访了…局长李明（以下简称“李”）。 then 记：/李： turns."""
    page = (
        "专访\n\n"
        "近日，记者（以下简称“记”）专访了云湖区教育局局长李明（以下简称“李”）。\n\n"
        "记：新学期有哪些变化？\n\n"
        "李：全区新增学位3000个。\n\n"
        "记：家长最关心什么？\n\n"
        "李：就近入学，我们会统筹安排。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page)]
    assert said == [("李明", "全区新增学位3000个。"), ("李明", "就近入学，我们会统筹安排。")]


def test_a_one_word_answer_is_a_turn(library_path: Path) -> None:
    page = (
        "访谈\n\n"
        "本报讯 记者专访了云湖区区长王静。\n\n"
        "记者：您还记得那次发布会吗？\n\n"
        "王静：记得。\n\n"
        "记者：当时说了什么？\n\n"
        "王静：我说要把城市更新作为最大的民生工程。"
    )
    said = [s["text"] for s in _tag(library_path, page) if s["speaker"] == "王静"]
    assert said == ["记得。", "我说要把城市更新作为最大的民生工程。"]


def test_turns_run_on_inside_a_paragraph(library_path: Path) -> None:
    """问：…？答：… in one paragraph (a Q&A printed a pair a paragraph) and 记者：…？王静：… run on after the lead."""
    pairs = (
        "市发改委负责人答记者问\n\n"
        "本报讯 日前，市发改委主任刘强就稳增长政策答记者问。\n\n"
        "问：这次出台的政策有哪些亮点？答：政策共20条，重点在扩大有效投资和促进消费。\n\n"
        "问：企业如何申报？答：企业可通过政务服务网申报，全程网办。"
    )
    run_on = (
        "访谈\n\n"
        "本报讯 记者专访了云湖区区长王静。记者：今年的重点是什么？王静：重点是城市更新。记者：有什么具体举措？"
        "王静：我们将实施十大工程。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, pairs, run_on)]
    assert sorted(said) == sorted([
        ("刘强", "政策共20条，重点在扩大有效投资和促进消费。"),
        ("刘强", "企业可通过政务服务网申报，全程网办。"),
        ("王静", "重点是城市更新。"),
        ("王静", "我们将实施十大工程。"),
    ])


def test_a_guest_named_after_the_word_guest_and_a_host_named_in_a_parenthesis(library_path: Path) -> None:
    page = (
        "访谈\n\n"
        "本报讯 本期嘉宾是云湖区区长王静。\n\n"
        "主持人（刘洋）：今年的重点是什么？\n\n"
        "嘉宾 王静：重点是城市更新。\n\n"
        "主持人（刘洋）：有什么具体举措？\n\n"
        "嘉宾 王静：我们将实施十大工程。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page)]
    assert said == [("王静", "重点是城市更新。"), ("王静", "我们将实施十大工程。")]


def test_a_bureaus_reply_to_a_councils_question(library_path: Path) -> None:
    """以下是…局长孫玉菡的答覆： / 問題： / 答覆： / 主席： — the reply under 答覆 is the official's, without the
    salutation (答覆 was no label, so the reply was nobody's)."""
    page = (
        "立法會一題：加強長者社區照顧服務\n\n"
        "以下是今日（三月五日）在立法會會議上陳議員的提問和勞工及福利局局長孫玉菡的答覆：\n\n"
        "問題：\n\n政府會否增加社區照顧服務名額？\n\n"
        "答覆：\n\n主席：\n\n政府一直致力加強社區照顧服務，本年度增加了一千個服務名額。\n\n我們會繼續檢視服務需求。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page)]
    assert len(said) == 1 and said[0][0] == "孙玉菡"
    assert said[0][1].startswith("政府一直致力") and said[0][1].endswith("檢視服務需求。")


def test_labels_alone_on_their_lines_the_answer_below(library_path: Path) -> None:
    """A State Council Information Office transcript: 国家发展改革委主任 郑栅洁： alone on its line, the answer on
    the lines below (the statement began with the line break)."""
    page = (
        "国务院新闻办公室举行新闻发布会\n\n"
        "主持人 袭艳春：\n\n"
        "女士们、先生们，上午好。今天我们邀请到国家发展改革委主任郑栅洁先生，请他介绍有关情况。\n\n"
        "国家发展改革委主任 郑栅洁：\n\n"
        "今年以来，经济运行总体平稳。\n\n我们将加大宏观政策调控力度。\n\n"
        "新华社记者：\n\n请问下一步稳增长有哪些举措？\n\n"
        "郑栅洁：\n\n下一步，我们将扩大有效投资。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page)]
    assert said == [
        ("郑栅洁", "今年以来，经济运行总体平稳。\n我们将加大宏观政策调控力度。"),
        ("郑栅洁", "下一步，我们将扩大有效投资。"),
    ]


def test_an_interview_whose_questions_have_no_label(library_path: Path) -> None:
    """专访 pages whose questions were set in bold (lost in the copy) or after ▲ with answers after ●:
    each answer is the official interviewed's turn; the questions are nobody's statement."""
    marked = (
        "区长专访\n\n"
        "本报讯 近日，记者专访了云湖区区长王静。\n\n"
        "▲今年的重点是什么？\n\n"
        "●重点是城市更新，老城要焕发新活力。\n\n"
        "▲群众最关心什么？\n\n"
        "●停车和养老。"
    )
    unmarked = (
        "教育局长访谈\n\n"
        "本报讯 新学期前夕，记者专访了云湖区教育局局长李强。\n\n"
        "新学期有哪些变化？\n\n"
        "我们新增学位三千个，新建两所学校。\n\n"
        "家长最关心什么？\n\n"
        "就近入学。我们会统筹安排，让每个孩子有学上。"
    )
    said = {(s["speaker"], s["verb"], s["text"]) for s in _tag(library_path, marked, unmarked)}
    assert said == {
        ("王静", "答", "重点是城市更新，老城要焕发新活力。"),
        ("王静", "答", "停车和养老。"),
        ("李强", "答", "我们新增学位三千个，新建两所学校。"),
        ("李强", "答", "就近入学。我们会统筹安排，让每个孩子有学上。"),
    }


def test_question_subheads_of_a_report_are_no_interview(library_path: Path) -> None:
    """A feature that asks in its subheads and answers in the reporter's words, and news where someone
    接受记者采访: their paragraphs after a question are no official's answer, and a question alone on its
    line ends the speech before it."""
    feature = (
        "停车难怎么破\n\n"
        "本报讯 记者近日走访了云湖区多个老旧小区，并专访了区长王静。王静介绍，全区将新增车位三千个。\n\n"
        "停车难在哪里？\n\n"
        "老旧小区建成早，车位配比低，居民只能在路边停车。\n\n"
        "怎么破解？\n\n"
        "街道挖潜增供，把闲置空地改成停车场。"
    )
    news = (
        "养老服务补短板\n\n"
        "本报讯 区长王静接受记者采访时表示，养老服务要补短板。\n\n"
        "老人最需要什么？\n\n"
        "助餐、助浴和就医陪护。我们走访了二十个社区。\n\n"
        "怎么办好？\n\n"
        "街道正在试点“时间银行”。我们看到效果不错。"
    )
    said = [(s["speaker"], s["verb"], s["text"]) for s in _tag(library_path, feature, news)]
    assert sorted(said) == [("王静", "介绍", "全区将新增车位三千个。"), ("王静", "表示", "养老服务要补短板。")]


def test_answers_of_an_official_named_only_in_the_headline(library_path: Path) -> None:
    """市发改委主任王静就稳增长政策答记者问 / 问：… 答：…: the body names nobody, so 答 is the headline's one official
    (the answers had been nobody's)."""
    page = (
        "市发改委主任王静就稳增长政策答记者问\n\n"
        "问：这次出台的政策有哪些亮点？\n\n"
        "答：政策共20条，重点在扩大有效投资和促进消费。\n\n"
        "问：企业如何申报？\n\n"
        "答：企业可通过政务服务网申报，全程网办。"
    )
    said = _said(library_path, page)
    assert said == [
        ("王静", "答", "政策共20条，重点在扩大有效投资和促进消费。"),
        ("王静", "答", "企业可通过政务服务网申报，全程网办。"),
    ]


def test_an_interview_announced_by_its_headline_whose_questions_have_no_label(library_path: Path) -> None:
    """专访区教育局局长李强：… over a text that opens with its first question (bold lost in the copy): the answers are
    the headline's official's (the lead had to announce it, and was taken to be the first paragraph)."""
    page = (
        "专访区教育局局长李强：让每个孩子有学上\n\n"
        "新学期有哪些变化？\n\n"
        "我们新增学位三千个，新建两所学校。\n\n"
        "家长最关心什么？\n\n"
        "就近入学。我们会统筹安排，让每个孩子有学上。"
    )
    said = _said(library_path, page)
    assert said == [
        ("李强", "答", "我们新增学位三千个，新建两所学校。"),
        ("李强", "答", "就近入学。我们会统筹安排，让每个孩子有学上。"),
    ]


def test_a_television_script_narration_and_sound_cues_end_a_soundbite(library_path: Path) -> None:
    """同期声： / 青石镇党委书记 李华：… / 解说：…: a TV news script's sound cue and narration labels are nobody's words
    and end the soundbite before them (the narration had run on inside the editor's remark)."""
    page = (
        "青石启动“走基层”蹲点采访\n\n"
        "9月15日上午，青石日报首批“走基层”采访组进驻中川村。\n\n"
        "同期声：\n\n"
        "青石日报社总编辑 章新：这次走基层，就是希望记者更多地把镜头对准普通的老百姓。\n\n"
        "解说：\n\n"
        "中川村地处青石西部山区，启动仪式在村文化广场举行。\n\n"
        "同期声：\n\n"
        "白沙镇党委书记 李华：中川村要把侨乡文化保护好，让更多游客留下来。"
    )
    statements = _tag(library_path, page)
    assert sorted((s["speaker"], s["text"]) for s in statements) == [
        ("李华", "中川村要把侨乡文化保护好，让更多游客留下来。"),
        ("章新", "这次走基层，就是希望记者更多地把镜头对准普通的老百姓。"),  # (a paper's editor: a remark)
    ]
    assert not any("启动仪式" in s["text"] for s in statements)


def test_an_information_box_with_each_value_under_its_label_holds_no_turn(library_path: Path) -> None:
    """人物： / 区长王静 / 话题： / … — an online chat's information box, each value on the line under its label: the
    titled name under 人物： is who the page is about, not a turn (话题： had become her answer)."""
    page = (
        "区长做客网络聊天室\n\n"
        "昨天，区长王静走进青石网与网民在线交流。\n\n"
        "时间：\n\n3月7日\n\n人物：\n\n区长王静\n\n话题：\n\n老旧小区改造和背街小巷整治。\n\n"
        "网友：加装电梯什么时候能排到我们小区？\n\n"
        "王静：今年我们将加装电梯120部，符合条件的小区都可以申请。"
    )
    said = _spoken(library_path, page)
    assert said == [("王静", "今年我们将加装电梯120部，符合条件的小区都可以申请。")]


def test_labels_set_off_by_a_space_where_the_interviewers_are(library_path: Path) -> None:
    """记者 您今年… / 陈芳 我建议… — an interview copied from a page whose labels were bold, a space left where the
    colon would be: the turns are read (the answers had been found only where a verb happened to start them, and
    ran on over the next question); a list of names set off by spaces opens no turn."""
    page = (
        "两会访谈\n\n"
        "本报记者采访了区人大代表、区教育局局长陈芳。\n\n"
        "记者 您今年带来了什么建议？\n\n"
        "陈芳 我建议加快建设社区托育点，解决双职工家庭的后顾之忧。\n\n"
        "记者 怎么解决托育老师不够的问题？\n\n"
        "陈芳 可以和职业院校合作，定向培养。\n\n"
        "陈芳 王静 李强参加了当天的座谈。"
    )
    said = _spoken(library_path, page)
    assert said == [("陈芳", "我建议加快建设社区托育点，解决双职工家庭的后顾之忧。"),
                    ("陈芳", "可以和职业院校合作，定向培养。")]


def test_labels_that_say_who_asks_and_who_answers(library_path: Path) -> None:
    """记者问： / 王静答： — the label names the speaker and the act: the answers are 王静's (they had been lost,
    and the questions given to 记者 as remarks)."""
    page = (
        "区长答记者问\n\n"
        "3月5日，区长王静就城市更新工作接受记者采访。\n\n"
        "记者问：今年改造多少个小区？\n\n"
        "王静答：今年改造40个，惠及居民一万户。\n\n"
        "记者问：资金怎么保障？\n\n"
        "王静答：区财政安排专项资金。"
    )
    said = _spoken(library_path, page)
    assert said == [("王静", "今年改造40个，惠及居民一万户。"), ("王静", "区财政安排专项资金。")]


def test_a_transcripts_stage_note_opens_no_answer(library_path: Path) -> None:
    """周凯：（开场白）… / 周凯：（笑）… — a transcript's note of what happened is not what was said."""
    page = (
        "区长答记者问实录\n\n"
        "3月2日下午，区长周凯回答记者提问。\n\n"
        "周凯：（开场白）今年是城市更新攻坚之年，我们将启动12个老旧小区改造。\n\n"
        "青石日报记者：加装电梯有什么新办法？\n\n"
        "周凯：（笑）这个问题问得好。我们将推行“一梯一策”。"
    )
    said = _spoken(library_path, page)
    assert said == [("周凯", "今年是城市更新攻坚之年，我们将启动12个老旧小区改造。"),
                    ("周凯", "这个问题问得好。我们将推行“一梯一策”。")]
