"""Interview and press-conference turns in the shapes pages print them (composer/people/turns.py):
labels after a bullet, with titles in a parenthesis, a name before its title, a programme's guest, the short
names an interview defines, a bureau's reply, turns run on inside a paragraph — each written for these tests."""

from __future__ import annotations

from pathlib import Path

from composer.ingest.importer import ImportOptions, import_pasted
from composer.tagging.batch import tag_articles
from db import open_library
from db.excerpts import list_excerpts
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


def test_a_press_conference_labelled_by_titles_with_a_host(library_path: Path) -> None:
    page = (
        "区政府新闻发布会\n\n"
        "3月5日，区政府新闻办举行新闻发布会。区政府新闻发言人苏晓岚主持，区发改委主任欧阳帆、区人社局副局长纪雨桐"
        "介绍有关情况并回答记者提问。\n\n"
        "主持人：各位记者朋友，大家上午好！首先，请欧阳帆主任作介绍。\n\n"
        "区发改委主任：今年我们将推出20条优化营商环境的举措，企业开办压缩到1个工作日。\n\n"
        "记者：请问稳就业有什么新举措？\n\n"
        "主持人：这个问题请纪雨桐副局长回答。\n\n"
        "答：今年将新开发公益性岗位800个，并举办招聘会50场。\n\n"
        "主持人：由于时间关系，提问就到这里。谢谢大家。"
    )
    said = _said(library_path, page)
    assert [(speaker, verb) for speaker, verb, _ in said] == [("欧阳帆", "答"), ("纪雨桐", "答")]
    assert not any("请问" in text for _, _, text in said)


def test_q_and_a_answers_are_the_interviewee_s_and_a_closing_credit_is_not_speech(library_path: Path) -> None:
    page = (
        "书记谈发展丨韩启明：以党建引领基层治理\n\n"
        "Q：“红色物业”是怎么做起来的？\n\n"
        "A：我们推动社区党组织、业委会、物业企业三方联动，党员骨干带头参与小区议事。（云湖街道党工委书记韩启明）\n\n"
        "Ｑ：效果怎么样？\n\n"
        "Ａ：群众诉求办结率提高到98%。"
    )
    said = _said(library_path, page)
    assert [(speaker, verb) for speaker, verb, _ in said] == [("韩启明", "答"), ("韩启明", "答")]
    assert said[0][2].endswith("参与小区议事。") and said[1][2] == "群众诉求办结率提高到98%。"


def test_an_a_label_without_questions_is_not_an_answer(library_path: Path) -> None:
    page = ("区政府召开常务会议\n\n3月11日，区长韩启明主持召开区政府常务会议。\n\n"
            "A：方案一，新建停车楼。\n\nB：方案二，错时共享车位。")
    assert _said(library_path, page) == []


def test_a_netizen_s_question_ends_the_answer_before_it(library_path: Path) -> None:
    page = (
        "对话局长｜背街小巷如何更精细\n\n"
        "本期栏目邀请到区城市管理委员会主任纪雨桐回答网友关注。\n\n"
        "主持人：垃圾分类怎么推进？\n\n"
        "纪雨桐：我们将在全区推行“桶前值守”。\n\n"
        "网友“云湖小李”：夜间施工噪音扰民怎么办？\n\n"
        "纪雨桐：接到投诉后，执法队员两小时内到场处置。"
    )
    said = _said(library_path, page)
    assert [text for _, _, text in said] == ["我们将在全区推行“桶前值守”。", "接到投诉后，执法队员两小时内到场处置。"]


def test_a_label_of_titles_and_a_name_is_that_person_s_turn(library_path: Path) -> None:
    page = (
        "访谈实录｜区长谈营商环境\n\n"
        "本期访谈嘉宾：云湖区区长韩启明，区发展改革委主任周晓梅。\n\n"
        "主持人：韩区长，今年营商环境有哪些新变化？\n\n"
        "云湖区区长韩启明：今年我们推出了“一件事一次办”，企业开办一天办结。\n\n"
        "主持人：政策怎么落地？\n\n"
        "区发展改革委主任周晓梅：每家重点企业都有专人对接。"
    )
    said = _said(library_path, page)
    assert [(speaker, text) for speaker, _, text in said] == [
        ("韩启明", "今年我们推出了“一件事一次办”，企业开办一天办结。"), ("周晓梅", "每家重点企业都有专人对接。")]


def test_bracketed_labels_a_name_that_is_a_word_and_greetings_in_a_transcript(library_path: Path) -> None:
    """【高远】… with no colon is a turn (【主持人】 the host's, 【…记者】 a question); 高远 is a
    word, but after 局长 and before 、 it is his name; 主持人好，网友们好。 says nothing."""
    page = (
        "市政府新闻发布会\n\n"
        "9月12日上午，市政府新闻办举行新闻发布会。市住房城乡建设局局长高远、副局长陈静出席发布会并回答记者提问。\n\n"
        "【主持人】现在请高远局长介绍有关情况。\n\n"
        "【高远】各位记者朋友，大家上午好。今年以来，我市保障性住房建设取得积极进展。\n\n"
        "【北京青年报记者】请问保障房的分配会如何确保公平？\n\n"
        "【陈静】主持人好，网友们好。\n\n"
        "【陈静】我们将全面推行公开摇号，全过程接受社会监督。"
    )
    said = _said(library_path, page)
    assert said == [
        ("高远", "答", "各位记者朋友，大家上午好。今年以来，我市保障性住房建设取得积极进展。"),
        ("陈静", "答", "我们将全面推行公开摇号，全过程接受社会监督。"),
    ]


def test_a_column_in_brackets_is_no_turn(library_path: Path) -> None:
    page = (
        "区长调研老旧小区改造\n\n"
        "【城市更新】9月3日，区长覃立言调研老旧小区改造。覃立言强调，改造要先问需于民。\n\n"
        "【民生关注】覃立言还来到社区食堂，与居民交流。"
    )
    assert _said(library_path, page) == [("覃立言", "强调", "改造要先问需于民。")]


def test_broadcast_labels_the_reporter_named_and_the_guest_by_title(library_path: Path) -> None:
    """（同期）区长 李明华：… then 记者 王芳：… — the reporter's named label ends the official's turn;
    刘主任： is the 主任 of the lead."""
    broadcast = (
        "新闻联播同期声\n\n"
        "本台消息 区长李明华调研城市更新。\n\n"
        "（同期）区长 李明华：城市更新要坚持以人民为中心，让群众有更多获得感。\n\n"
        "记者 王芳：据了解，今年全区将完成城市更新项目20个。"
    )
    interview = (
        "主任谈教育\n\n"
        "本报讯 区教委主任刘敏接受本报专访。\n\n"
        "记者：今年新增学位多少？\n\n"
        "刘主任：今年新增学位3000个。"
    )
    said = {(s["speaker"], s["text"]) for s in _tag(library_path, broadcast, interview)}
    assert said == {
        ("李明华", "城市更新要坚持以人民为中心，让群众有更多获得感。"),
        ("刘敏", "今年新增学位3000个。"),
    }


def test_a_transcripts_speaker_card_labels_the_answer_under_it(library_path: Path) -> None:
    """青石日报记者： / the question / 陈芳 / 区发展改革局副局长、新闻发言人 / the answer: the official's name alone on
    a line and the title on the next label her turn (a press-conference transcript's speaker card); the reporters'
    questions are nobody's statements."""
    page = (
        "区发展改革局3月新闻发布会\n\n"
        "3月16日上午，区发展改革局举行新闻发布会。区发展改革局副局长、新闻发言人陈芳出席发布会，回答记者提问。\n\n"
        "青石日报记者：\n城北片区建设进展如何？下一步有什么打算？\n"
        "陈芳\n区发展改革局副局长、新闻发言人\n"
        "城北片区今年已开工项目十二个。下一步，我们将加快道路和管网建设，年底前完成主干路通车。\n\n"
        "青石电视台记者：\n老旧小区改造今年有哪些新变化？\n"
        "陈芳\n区发展改革局副局长、新闻发言人\n"
        "今年的改造更加注重加装电梯和停车设施。"
    )
    assert _spoken(library_path, page) == [
        ("陈芳", "城北片区今年已开工项目十二个。下一步，我们将加快道路和管网建设，年底前完成主干路通车。"),
        ("陈芳", "今年的改造更加注重加装电梯和停车设施。"),
    ]


def test_a_host_label_naming_the_official_who_hosts_in_a_parenthesis(library_path: Path) -> None:
    """主持人（市生态环境局宣教处处长杨正明）： — the label names the host, an official: the turn is his (it had
    been the interviewer's, nobody's); a reporter's question stays nobody's."""
    page = (
        "市生态环境局召开新闻发布会\n\n"
        "主持人（市生态环境局宣教处处长杨正明）：各位记者朋友，上午好！今年以来，全市空气质量优良天数比例达到85%，"
        "同比上升5个百分点。\n\n"
        "青石日报记者：今年空气质量改善的主要原因是什么？\n\n"
        "市生态环境局局长王春明：主要是工业企业提标改造和扬尘治理同时发力。"
    )
    assert sorted(_spoken(library_path, page)) == sorted([
        ("杨正明", "各位记者朋友，上午好！今年以来，全市空气质量优良天数比例达到85%，同比上升5个百分点。"),
        ("王春明", "主要是工业企业提标改造和扬尘治理同时发力。"),
    ])


def test_a_features_subheads_shaped_as_turns_head_passages(library_path: Path) -> None:
    """市长：爽快公布邮箱 / 网友：“点赞”欢迎市长 — a feature's subheads in the shape of a turn (a short phrase, no
    punctuation of prose, then prose) are no answers: the paragraph under one is narration with its own acts (the
    subhead had been the 市长's answer running over it); “……”…的市长王某在…时这样说。 names the quotation's speaker
    however far; 提问、回答，充分而紧凑 is a list of what was done, no 回答 with content."""
    page = (
        "市长网上问民意\n\n"
        "“一个小时太不够了！今后找时间我们再聚会！”昨日上午，正在省城参加会议的青石市市长杨一军在网友群中即将结束聊天时"
        "这样说。\n\n"
        "网友：“点赞”欢迎市长\n\n"
        "杨一军刚一上线，网友纷纷发出“点赞”的表情。\n\n"
        "市长：爽快公布邮箱\n\n"
        "有网友问市长能否公开邮箱。杨一军爽快地表示：“我的邮箱就是这个，欢迎大家来信。”\n\n"
        "聊天持续了一个小时，市长与网友互动，提问、回答，充分而紧凑。"
    )
    assert sorted(_spoken(library_path, page)) == [
        ("杨一军", "一个小时太不够了！今后找时间我们再聚会！"), ("杨一军", "我的邮箱就是这个，欢迎大家来信。")]


def test_an_online_interviews_labels_in_square_brackets(library_path: Path) -> None:
    """[主持人]… / [周明]… — an online interview's labels in square brackets (only 【】 had been read): the official's
    turns are his answers, the host's are nobody's statements; 记者提出或网上收集的问题 has no 提出 with content."""
    page = (
        "市长在线访谈\n\n"
        "3月1日下午，青石市市长周明来到市政府网站访谈室，回答了记者现场提出或通过网络收集到的十几个问题。\n\n"
        "[主持人]各位网友，大家好！周市长，先请您和网友说几句话吧。\n\n"
        "[周明]好。我一直认为群众有权知道政府在想什么、做什么，今年我们要把更多财力用在民生上。\n\n"
        "[主持人]网友很关心老旧小区改造，今年有什么安排？\n\n"
        "[周明]今年计划改造老旧小区一百个，年底前全部开工。"
    )
    assert _spoken(library_path, page) == [
        ("周明", "好。我一直认为群众有权知道政府在想什么、做什么，今年我们要把更多财力用在民生上。"),
        ("周明", "今年计划改造老旧小区一百个，年底前全部开工。")]


def test_a_transcripts_label_lines_naming_the_office_then_who_speaks_for_it(library_path: Path) -> None:
    """市政府新闻办新闻处 寿某： / 市防汛抗旱指挥部秘书长、市应急管理局副局长兼市水务局副局长 周某： — a government press
    conference's transcript labels each turn with a line of its own: the office (the host's had been no turn) and
    titles longer than a label's sixteen characters (the guest's had been none); 市人民政府新闻办公室： names no one."""
    page = (
        "青石市就防汛工作举行新闻发布会\n\n"
        "青石市人民政府新闻办公室于8月13日上午举行新闻发布会，请市防汛抗旱指挥部秘书长、市应急管理局副局长兼"
        "市水务局副局长周一川介绍今年防汛工作情况。\n\n"
        "市政府新闻办新闻处 寿一丽：\n\n"
        "女士们、先生们，上午好。今年入汛以来，防汛工作面临严峻考验，今天我们请来了周一川先生介绍情况。\n\n"
        "市防汛抗旱指挥部秘书长、市应急管理局副局长兼市水务局副局长 周一川：\n\n"
        "各位媒体的朋友，大家上午好。今年我市降雨偏多，全市上下全力以赴做好防汛工作。\n\n"
        "市人民政府新闻办公室：\n\n"
        "发布会到此结束。"
    )
    assert _spoken(library_path, page) == [
        ("寿一丽", "女士们、先生们，上午好。今年入汛以来，防汛工作面临严峻考验，今天我们请来了周一川先生介绍情况。"),
        ("周一川", "各位媒体的朋友，大家上午好。今年我市降雨偏多，全市上下全力以赴做好防汛工作。")]


def test_who_answers_reporters_at_a_government_press_conference_is_its_spokesman(library_path: Path) -> None:
    """区政协新闻发布会 ▲某报记者：… 周文远：… — the untitled name answering reporters' labelled questions at a government
    body's press conference speaks for it (an official's statements; they had been a guest's remarks). At a company's
    launch the same transcript stays a guest's."""
    page = (
        "区政协新闻发布会周文远答记者问\n\n"
        "3月2日下午，青石区政协一届三次会议新闻发布会举行，发言人回答了记者提问。\n"
        "▲青石日报记者：政协委员今年提交了多少提案？\n"
        "周文远：今年委员们围绕城市更新提交提案一百二十件，立案一百零八件。\n"
        "▲青石电视台记者：委员如何参与基层协商？\n"
        "周文远：我们在每个街道都设立了协商议事室，委员定期参加议事。"
    )
    launch = (
        "青石饮料公司新品发布会答记者问\n\n"
        "3月5日，青石饮料公司召开新品发布会，总经理回答了记者提问。\n"
        "▲青石晚报记者：新品什么时候上市？\n"
        "孙浩然：新品下个月在全市超市上市，价格与去年持平。\n"
        "▲青石电视台记者：产量能跟上吗？\n"
        "孙浩然：新厂房投产以后，产量会翻一番。"
    )
    with open_library(library_path) as library:
        for text in (page, launch):
            assert import_pasted(library, text, ImportOptions(source="青石日报")).status == "imported"
        tag_articles(library, everything=True)
        statements = [(e["speaker"], e["text"]) for e in list_excerpts(library, kind="statement")]
    assert ("周文远", "我们在每个街道都设立了协商议事室，委员定期参加议事。") in statements
    assert not [speaker for speaker, _ in statements if speaker == "孙浩然"]


def test_a_title_label_is_the_official_a_photo_caption_names(library_path: Path) -> None:
    """青石特區行政長官周文遠。（青石社 林小文攝） as the photo's caption, then 記者：… 行政長官：… — the caption names who
    the label is (his answers had been no one's: the body never names him)."""
    page = (
        "周文遠記者會：推出夜市活動 提振消費\n2025-04-26 01:05:37\n\n"
        "青石特區行政長官周文遠。（青石社 林小文攝）\n\n"
        "記者：你好，夜市活動何時開始？\n\n"
        "行政長官：夜市活動下月開始，我們會做好交通和治安安排，讓市民安心消費。\n\n"
        "記者：會否延長營業時間？\n\n"
        "行政長官：營業時間會延長到凌晨兩點，相關部門會加強巡查。"
    )
    with open_library(library_path) as library:
        assert import_pasted(library, page, ImportOptions(source="青石社")).status == "imported"
        tag_articles(library, everything=True)
        statements = [(e["speaker"], e["text"]) for e in list_excerpts(library, kind="statement")]
    assert ("周文远", "營業時間會延長到凌晨兩點，相關部門會加強巡查。") in statements, statements  # (names read folded)


def test_a_bracketed_label_of_a_long_title_and_a_name(library_path: Path) -> None:
    """【全国人大常委会办公厅秘书局巡视员 某某】…: a press conference's label in brackets, the title long (the label had
    been read only up to 16 characters: the answer was no one's)."""
    page = (
        "人大监督工作记者会\n\n"
        "记者会邀请全国人大常委会办公厅秘书局巡视员傅海杰回答中外记者的提问。\n"
        "【云湖日报记者】请问专题询问为什么没有安排两高？\n"
        "【全国人大常委会办公厅秘书局巡视员 傅海杰】首先，两高的议题一直是人大监督的重要内容，每年都要涉及。"
    )
    assert _spoken(library_path, page) == [("傅海杰", "首先，两高的议题一直是人大监督的重要内容，每年都要涉及。")]


def test_a_transcripts_header_naming_its_host_is_no_turn(library_path: Path) -> None:
    """主持人：某某  新闻发言人、某司副司长 / 嘉宾：… over a press conference's text — the host's name and titles are a header,
    no words of hers (they had been her answer, running over the guests' names)."""
    page = (
        "青石市卫生健康委新闻发布会文字实录\n\n"
        "主持人：周海燕 青石市卫生健康委新闻发言人、宣传处副处长\n\n"
        "嘉宾：林立明 青石市卫生健康委副主任\n\n"
        "青石市卫生健康委新闻发言人、宣传处副处长周海燕：\n\n"
        "各位媒体朋友，今天向大家通报近期出台的卫生健康政策，我们将建立患者诉求快速响应机制。"
    )
    said = _spoken(library_path, page)
    assert said == [("周海燕", "各位媒体朋友，今天向大家通报近期出台的卫生健康政策，我们将建立患者诉求快速响应机制。")], said


def test_a_label_of_titles_naming_a_document_in_book_marks(library_path: Path) -> None:
    """《政府工作报告》起草组负责人、国务院研究室主任 某某： — a title holding a document's name in 《》 is a title still (the
    label had been no turn, and the first answer nobody's)."""
    page = (
        "国务院新闻办举行吹风会\n\n国务院新闻办公室今天上午举行吹风会。\n\n"
        "《年度工作报告》起草组负责人、国务院研究室主任 甘明远：\n\n各位记者朋友，大家上午好！今年的报告有三个特点。\n\n"
        "甘明远：\n\n谢谢你的提问。今年稳就业的压力很大。"
    )
    assert _spoken(library_path, page) == [("甘明远", "各位记者朋友，大家上午好！今年的报告有三个特点。"),
                                           ("甘明远", "谢谢你的提问。今年稳就业的压力很大。")]
