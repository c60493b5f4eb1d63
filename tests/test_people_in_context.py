"""Who an article names, read from what stands around the names: the organisation before a name and its rank, a
reporter addressing an official, a name's end before what the official does, lists of leaders. Pages written here
(invented names); each test failed before the rule it keeps."""

from __future__ import annotations

from pathlib import Path

from tests.test_people import _tagged
from tests.test_statements import _spoken


def test_a_name_and_its_rank_after_the_place_it_heads(library_path: Path) -> None:
    """浦东新区的孙某伟区长 / 杨浦区诸葛某杰区长: the place (with or without 的) stands before the name and its rank, and a
    compound surname makes the name four characters long; both had been no one."""
    page = (
        "区长们接听民生热线\n\n"
        "本报讯 今年的民生热线请来了各区区长。云湖新区的钱立伟区长，接听一位老人的来电后，感慨道：“这件事要马上办。”\n\n"
        "东港区欧阳明杰区长，耐心听完市民的诉说。他表示：“三天之内给您答复。”"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("钱立伟") == "official" and tagged.people.get("欧阳明杰") == "official", tagged.people
    said = {(s["speaker"], s["text"]) for s in tagged.statements}
    assert said == {("钱立伟", "这件事要马上办。"), ("欧阳明杰", "三天之内给您答复。")}


def test_a_reporter_asking_an_official_by_name_and_rank(library_path: Path) -> None:
    """“我想请问郑某顺书记，……？” 郑某顺回答，… — the one asked is an official, and his answer his statement."""
    page = (
        "代表团开放日记者提问踊跃\n\n"
        "随后，云湖日报记者获得了提问机会：“我想请问郑海顺书记，明年全省如何推进乡村振兴？”\n\n"
        "郑海顺回答，全省将把乡村振兴作为头等大事来抓。"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("郑海顺") == "official"
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [("郑海顺", "全省将把乡村振兴作为头等大事来抓。")]


def test_a_name_ends_before_answering_a_hotline_before_yi_and_before_delivering(library_path: Path) -> None:
    """区长彭某接听热线 (接听 is what he does), 县长叶某以代表身份 (以 opens what follows) and 省长王某运作了回答 (作了回答 is
    delivered: 运作 is no word there) — the names had been 彭某接, 叶某以 and 王某."""
    page = (
        "两会期间领导干部履职\n\n"
        "本报讯 东港区区长彭松接听热线前说：“有问题尽管打进来。”县长叶清以普通代表的身份参加分组审议。"
        "记者就粮食安全提问，省长黄三运作了回答。"
    )
    people = _tagged(library_path, page).people
    assert {"彭松", "叶清", "黄三运"} <= set(people), people
    assert not {"彭松接", "叶清以", "黄三"} & set(people)


def test_units_listed_before_their_heads_name_no_one(library_path: Path) -> None:
    """财政、农业等相关单位主管领导齐聚一堂 — the heads of several units are a group: no one named 齐聚 (who had then
    been found in every other article of the library printing the word)."""
    pages = (
        "粮食价格座谈会召开\n\n本报讯 县发改、财政、农业等相关单位主管领导齐聚一堂，就粮食价格情况进行座谈。",
        "各路英雄齐聚热线\n\n本报讯 今年的热线节目，各区当家人齐聚热线，区长王海明说，要把热线办好。",
    )
    for page in pages:
        people = _tagged(library_path, page).people
        assert "齐聚" not in people, people


def test_two_names_sitting_in_and_a_list_with_a_repeated_character(library_path: Path) -> None:
    """孙某、孙某松等列席会议 (two names, 等, sitting in) and 区领导甲、柳柳、乙…等出席 (an item whose given name repeats its
    surname) — the two are leaders, and the list goes on past the item (it had stopped there)."""
    page = (
        "区委常委会召开会议\n\n"
        "本报讯 区委书记张海刚主持会议并讲话，区领导巫永明、柳柳、李春生、任熙和、杨治国等出席会议。"
        "孙立军、孙青华等列席会议。"
    )
    people = _tagged(library_path, page).people
    for name in ("巫永明", "柳柳", "李春生", "任熙和", "杨治国", "孙立军", "孙青华"):
        assert people.get(name) == "official", (name, people)


def test_he_after_a_word_joining_his_sentence_to_the_last(library_path: Path) -> None:
    """…区长潘某最为轻松。但他仍强调，… / 随后她又表示，… — a joining word before 他/她 (it had left the act no one's)."""
    page = (
        "区长接听热线\n\n"
        "本报讯 静湖区投诉不多，区长潘敏华最为轻松。但他仍强调，要做好服务居民的最后一公里。\n\n"
        "副区长林海燕来到热线现场。随后她又表示，每一个来电都要有回音。"
    )
    assert _spoken(library_path, page) == [
        ("潘敏华", "要做好服务居民的最后一公里。"), ("林海燕", "每一个来电都要有回音。")]


def test_an_official_called_by_the_surname_alone(library_path: Path) -> None:
    """崔某安…表示，…。崔亦提到，…。至于…，崔称… — Hong Kong, Macau and Taiwan news call the official named before by the
    surname alone (those acts had been no one's, the first speech running on through them); a surname two people of the
    article share, or one that is also a word, names no one alone."""
    page = (
        "行政長官出席立法會答問大會\n\n"
        "行政長官賀志安今日出席立法會答問大會。賀志安回答時表示，明年將繼續推進人口政策研究。"
        "賀亦提到，培養人才關乎整個教育系統。至於土地問題，賀稱政府正在研究當中。\n\n"
        "經濟局局長林海明、運輸局局長林家輝列席。林表示，會盡快公布方案。"
    )
    said = _spoken(library_path, page)
    assert said == [("贺志安", "明年將繼續推進人口政策研究。"), ("贺志安", "培養人才關乎整個教育系統。"),
                    ("贺志安", "政府正在研究當中。")], said  # (the name as the directory keeps it)


def test_who_holds_office_read_with_the_title_before(library_path: Path) -> None:
    """湘潭某大学党委书记某、校长某 — the bare 校长 is the university's (a public institution's head: official; it had
    been read alone, no office); 总经理某、党委书记某 — the company's party secretary holds no public office; a power
    utility's station head (城东供电所所长) neither; 刘某、雷某列席 (列席 ends the name) and 以某某书记为班长 (以 before
    the name and rank) are read as names."""
    page = (
        "市领导调研校地合作\n\n"
        "本报讯 市委副书记何海峰来到云湖大学。云湖大学党委书记黄海清、校长周立春参加座谈。周立春表示，学校将全力服务"
        "地方发展。\n\n"
        "在云湖控股集团，总经理程海银、党委书记夏春明作了汇报。夏春明表示，集团将抓好党建工作。\n\n"
        "城东供电所所长郝立明介绍，今年将完成线路改造。\n\n"
        "县人大常委会主任周季华，县领导刘长林、雷晓玲列席会议。在以李兴河书记为班长的市委领导下，各项工作有序推进。"
    )
    tagged = _tagged(library_path, page)
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [("周立春", "学校将全力服务地方发展。")]
    assert {"雷晓玲", "李兴河"} <= set(tagged.people), tagged.people


def test_a_ranks_holders_listed_after_its_colon(library_path: Path) -> None:
    """本次大会执行主席是：甲、乙、丙 — a rank, 是： and a list of several names: each of them holds it (only a
    list after 领导有： had counted)."""
    page = (
        "县人大会议举行第二次全体会议\n\n"
        "3月2日下午，县人代会举行主席团第三次会议。本次会议执行主席是：柯明远、汤晓岚、岳振川、"
        "乔立新。县人大常委会副主任柯明远主持会议。"
    )
    tagged = _tagged(library_path, page)
    assert all(tagged.people.get(name) == "official" for name in ("柯明远", "汤晓岚", "岳振川", "乔立新")), tagged.people


def test_he_after_a_resident_described_by_age_and_village(library_path: Path) -> None:
    """今年36岁的某村村民某某，…。他…说：“…” — the resident the paragraph introduces is 他, not the official quoted
    in the paragraph before (whose speech the resident's words had become)."""
    page = (
        "乡村振兴在春溪镇引起共鸣\n\n"
        "春溪镇党委副书记、镇长韦立川说：“我在乡镇工作了近二十年，对群众生活的变化深有感触。”\n\n"
        "今年36岁的春溪镇柳塘村村民霍小军，前几年从城里回乡养起了山羊。记者问起今年的打算，"
        "他笑着说：“羊圈还要再扩一倍。”"
    )
    assert _spoken(library_path, page) == [("韦立川", "我在乡镇工作了近二十年，对群众生活的变化深有感触。"),
                                           ("霍小军", "羊圈还要再扩一倍。")]


def test_a_name_opening_the_page_before_where_the_speech_was_made(library_path: Path) -> None:
    """董某在讲话时指出，… at a cut page's start, no title anywhere: the one making the speech is a person (a name
    right before 指出 was; 在讲话时 between them had hidden it)."""
    page = "全县半年工作会议召开\n\n潘川在讲话时指出，下半年的防汛任务很重，各乡镇要把巡堤查险责任落实到人。"
    assert _spoken(library_path, page) == [("潘川", "下半年的防汛任务很重，各乡镇要把巡堤查险责任落实到人。")]


def test_wishes_addressed_to_readers_before_a_quotation(library_path: Path) -> None:
    """市长某某寄语广大网友：“……” — 寄语 names whom the words are for, then says them (as 叮嘱某某：“…” does)."""
    page = (
        "青石发布政务微博上线\n\n"
        "日前，青石市政府官方微博正式上线。市委副书记、市长侯立川寄语广大网友：“有什么意见建议，欢迎随时留言。”"
    )
    assert _spoken(library_path, page) == [("侯立川", "有什么意见建议，欢迎随时留言。")]


def test_leaders_named_without_titles_opening_a_sentence_to_preside_or_attend(library_path: Path) -> None:
    """甲主持开班式，表示… / 乙、丙出席开班式。 — national news names its top leaders bare: a name of two characters
    opening a sentence to preside, and two names opening one to attend, are leaders (three had been needed)."""
    page = (
        "中青年干部培训班开班\n\n"
        "培训班开班式9月1日在京举行。\n\n"
        "范明主持开班式，表示年轻干部要加强理论学习，提高党性修养，锤炼过硬本领。\n\n"
        "邹立新、骆文涛出席开班式。"
    )
    tagged = _tagged(library_path, page)
    assert all(tagged.people.get(name) == "official" for name in ("范明", "邹立新", "骆文涛")), tagged.people
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [
        ("范明", "年轻干部要加强理论学习，提高党性修养，锤炼过硬本领。")]


def test_a_name_ends_before_most(library_path: Path) -> None:
    """县委副书记某某最有感触：“……” — 最 opens what follows, no part of the name (某某最 had been a name)."""
    page = (
        "临时党支部助力产业发展\n\n"
        "山区道路通了以后变化有多大？县委副书记彭军最有感触：“过去运一车橘子要两天，现在半天就到。”"
    )
    tagged = _tagged(library_path, page)
    assert set(tagged.people) == {"彭军"}, tagged.people


def test_a_committees_head_the_two_of_a_rank_and_a_rank_as_possessor(library_path: Path) -> None:
    """农委会主委某某 (an organisation of 委/委会 before the rank, opening the text, is no name); 另外2位副市长也表示 (the
    two holders of the rank named before, each); 总统的脸书他也看到了 (the president standing for his rank as a
    possessor is no one 他 then points to)."""
    page = (
        "农产外销记者会\n\n"
        "农委会主委程立民今天说，今年外销订单增长明显。会上，北港市副市长许志刚、南港市副市长郭立伟提出质疑。\n\n"
        "另外2位副市长也表示，观赏鱼产值目前只有11亿元。\n\n"
        "被问及总统方志远在脸书称赞程立民，程立民说，总统的脸书他也看到了，这是大家合作的成果。\n\n"
        "他并说，只要农产品能卖出去，农民收入增加就好。"
    )
    said = _spoken(library_path, page)
    assert said == [
        ("程立民", "今年外销订单增长明显。"),
        ("许志刚", "观赏鱼产值目前只有11亿元。"), ("郭立伟", "观赏鱼产值目前只有11亿元。"),
        ("程立民", "总统的脸书他也看到了，这是大家合作的成果。"),
        ("程立民", "只要农产品能卖出去，农民收入增加就好。")], said


def test_a_name_before_its_rank_echoed_by_surname_and_rank(library_path: Path) -> None:
    """郭建设主任…。郭主任指出，… — a given name that is also a word (建设) is a name when the text calls him by surname
    and rank too; 韩磊副书记传达了… — 传达 after a name and rank opens the predicate (both had been no one)."""
    page = (
        "街道召开社区工作大会\n\n"
        "会上，韩磊副书记传达了上级会议精神。郭建设主任代表党工委作了工作报告。郭主任指出，街道各项工作有序推进，"
        "但也要看到存在的不足。"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("韩磊") == "official" and tagged.people.get("郭建设") == "official", tagged.people
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [
        ("郭建设", "街道各项工作有序推进，但也要看到存在的不足。")]


def test_names_listed_before_a_count_and_their_rank(library_path: Path) -> None:
    """听取了甲、乙、丙三位副院长对…的汇报 — a list right before a count and a rank: each holds it (only 等三位… had counted)."""
    page = ("学院召开发展座谈会\n\n会上，在分别听取了吉立民、刘文川、赵士明三位副院长对学院发展状况的汇报后，"
            "校党委书记徐立德指出，学院要找准定位，办出特色。")
    tagged = _tagged(library_path, page)
    assert all(tagged.people.get(name) == "official" for name in ("吉立民", "刘文川", "赵士明")), tagged.people
