"""Who the people of an article are, through the real pipeline (a library, pasted articles or
files, ``tag_articles``, the people it suggests and links): titles in the forms real reports
print them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from composer.ingest.importer import ImportOptions, import_pasted, import_paths
from composer.people.directory import list_people
from composer.people.discovery import discover
from composer.tagging.batch import tag_articles
from db import open_library
from db.articles import get_article
from db.excerpts import list_excerpts


@dataclass
class _Tagged:
    people: dict[str, str]  # name -> role, as the directory suggests them
    mentioned: set[str]  # the people linked in the articles' mentions (office holders)
    statements: list[dict]
    article: dict  # the (first) article imported


def _tagged(library_path: Path, page: str | Path) -> _Tagged:
    """``page`` pasted (text) or imported (a file), then tagged."""
    with open_library(library_path) as library:
        if isinstance(page, Path):
            article_id = import_paths(library, [page], ImportOptions(workers=0)).files[0].articles[0].id
        else:
            result = import_pasted(library, page, ImportOptions(source="云湖时报", published="2025-09-05"))
            assert result.status == "imported", result.error
            article_id = result.articles[0].id
        tag_articles(library, everything=True)
        return _Tagged(
            {person.name: person.role for person in list_people(library)},
            {name for e in list_excerpts(library, kind="mention") for name in e["people"]},
            list_excerpts(library, kind="statement"),
            get_article(library, article_id),
        )


def _people_by_article(library_path: Path, *pages: tuple[str, str]) -> list[set[str]]:
    """(page, day) pasted in order into one library, tagged: the office holders each article mentions."""
    with open_library(library_path) as library:
        ids = [import_pasted(library, page, ImportOptions(published=day)).articles[0].id for page, day in pages]
        tag_articles(library, everything=True)
        people: dict[int, set[str]] = {article_id: set() for article_id in ids}
        for excerpt in list_excerpts(library, kind="mention"):
            people[excerpt["article_id"]].update(excerpt["people"])
    return [people[article_id] for article_id in ids]


def test_titles_after_the_name_ranks_of_customs_and_assistants_and_long_lists(library_path: Path) -> None:
    page = (
        "各方代表出席签约仪式\n\n"
        "本报讯 10月30日，云湖区重点项目集中签约仪式举行。周卫民局长、孙继伟区长、熊飞副部长出席。\n\n"
        "区长助理马七，街道党工委书记、办事处主任钱九、云湖海关关长周十、区法院院长吴一参加。"
    )
    people = _tagged(library_path, page).people
    for name in ("周卫民", "孙继伟", "熊飞", "马七", "钱九", "周十", "吴一"):
        assert people.get(name) == "official", (name, people)
    assert "熊飞副" not in people and "云湖" not in people  # 副 is the rank's; 云湖… opens the next title


def test_a_list_led_by_you_before_its_counted_title(library_path: Path) -> None:
    page = (
        "区领导参加义务植树\n\n"
        "本报讯 3月12日，云湖区在青石山开展义务植树活动。参加活动的有李明华、王海涛、张伟等区领导。"
    )
    people = _tagged(library_path, page).people
    assert {"李明华", "王海涛", "张伟"} <= set(people) and "有李明华" not in people


def test_comrades_counted_after_a_list_are_officials_a_retired_comrade_is_not(library_path: Path) -> None:
    page = (
        "镇召开驻村工作对接会\n\n"
        "本报讯 7月6日，青石镇召开驻村工作对接会，县工作专班刘秀峰、李靖宇、王瑞雪等同志到会指导。\n\n"
        "老同志张德明参加座谈。"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("张德明") != "official"
    # officials are linked in the article's mentions
    assert {"刘秀峰", "李靖宇", "王瑞雪"} <= tagged.mentioned and "张德明" not in tagged.mentioned


def test_a_name_right_after_a_rank_whose_last_character_makes_a_word_with_it(library_path: Path) -> None:
    """县长江涛 (长江), 秘书长龙海涛 (长龙), 局长方明 (长方): a rank ends where the name begins."""
    page = (
        "县政府常务会议召开\n\n"
        "本报讯 县长江涛主持召开县政府常务会议，县委常委、县委秘书长龙海涛，县水利局局长方明出席。\n\n"
        "江涛强调，要抓好秋冬季水利建设。"
    )
    tagged = _tagged(library_path, page)
    assert {"江涛", "龙海涛", "方明"} <= tagged.mentioned
    assert [(e["speaker"], e["text"]) for e in tagged.statements] == [("江涛", "要抓好秋冬季水利建设。")]


def test_a_name_before_its_title_then_a_time_word(library_path: Path) -> None:
    page = (
        "代表团审议政府工作报告\n\n"
        "本报讯 代表们上午审议了政府工作报告。黄海波副市长明日上午将参加代表团审议，王伟强局长昨天已到会听取意见。"
    )
    assert {"黄海波", "王伟强"} <= _tagged(library_path, page).mentioned


SPEECH = (
    "在全区经济工作会议上的讲话\n\n"
    "区委书记 周凯\n\n"
    "（2025年12月26日）\n\n"
    "同志们：\n\n"
    "这次会议的主要任务是，全面贯彻落实中央和市委经济工作会议精神，部署明年重点任务。\n\n"
    "一、今年经济工作取得的成绩\n\n"
    "今年以来，全区上下迎难而上，经济运行总体平稳、稳中有进。习近平总书记指出，发展是第一要务。\n\n"
    "同志们，让我们团结一心、真抓实干，奋力谱写云湖高质量发展新篇章！"
)


def test_a_speech_manuscript_is_its_speakers_statement(library_path: Path, tmp_path: Path) -> None:
    """A department's file of a leader's speech: title, 区委书记 周凯, the date, 同志们： — no verb
    of saying anywhere, and all of it is what 周凯 said (the import had taken his line for the title)."""
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH, encoding="utf-8")
    tagged = _tagged(library_path, path)
    article, statements, people = tagged.article, tagged.statements, tagged.people
    assert article["title"] == "在全区经济工作会议上的讲话" and article["byline"] == "区委书记 周凯"
    assert article["published"] == "2025-12-26" and not article.get("subtitle")
    speech = [s for s in statements if s["speaker"] == "周凯"]
    assert len(speech) == 1 and speech[0]["verb"] == "讲话"
    assert speech[0]["text"].startswith("这次会议的主要任务是") and speech[0]["text"].endswith("新篇章！")
    assert [s["text"] for s in statements if s["speaker"] == "习近平"] == ["发展是第一要务。"]
    assert people.get("周凯") == "official"


def test_a_speech_titled_by_its_theme_with_the_occasion_as_subtitle(library_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text(
        "坚定信心 真抓实干 奋力谱写高质量发展新篇章\n——在全区经济工作会议上的讲话\n区委书记 周凯\n（2025年12月26日）\n"
        "同志们：\n这次会议的主要任务是，全面贯彻落实中央和市委经济工作会议精神，部署明年重点任务。\n"
        "同志们，让我们团结一心，奋力谱写云湖高质量发展新篇章！\n",
        encoding="utf-8",
    )
    tagged = _tagged(library_path, path)
    article = tagged.article
    said = [(s["speaker"], s["text"][:10]) for s in tagged.statements]
    assert article["subtitle"] == "——在全区经济工作会议上的讲话" and article["byline"] == "区委书记 周凯"
    assert said == [("周凯", "这次会议的主要任务是")]


def test_a_name_ends_before_what_officials_do(library_path: Path) -> None:
    """督导, 率队, 约谈, 致辞 … after a name: words of government news too rare in general text for the
    word list, so the name had run on into them (刘洋督 督导防汛)."""
    page = (
        "区领导督导防汛\n\n"
        "本报讯 6月5日，副区长刘洋督导防汛工作。区水务局局长陈海率队巡查河道，区纪委副书记周立约谈有关负责人，"
        "区政协副主席高明致辞。\n\n"
        "刘洋强调，要严格落实24小时值班制度。"
    )
    tagged = _tagged(library_path, page)
    assert {"刘洋", "陈海", "周立", "高明"} <= set(tagged.people)
    assert not {"刘洋督", "陈海率", "周立约", "高明致"} & set(tagged.people)
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [("刘洋", "要严格落实24小时值班制度。")]


def test_leaders_listed_with_spaces_or_after_a_colon(library_path: Path) -> None:
    """区领导王静 李强 刘洋 孙涛参加 (a web page sets the names apart with spaces: the import had joined them
    into 王静李强刘洋孙涛, read as 王静李) and 出席会议的区领导有：王静、李强 (the colon stood between)."""
    spaced = _tagged(library_path, "区领导植树\n\n本报讯 3月12日，区领导王静 李强 刘洋 孙涛参加义务植树活动。")
    assert {"王静", "李强", "刘洋", "孙涛"} <= set(spaced.people) and "王静李" not in spaced.people
    assert "王静 李强 刘洋 孙涛参加" in spaced.article["text"]  # the spaces of the list are kept
    listed = _tagged(library_path, "常务会议\n\n本报讯 区政府召开常务会议。出席会议的区领导有：周红、钱伟、吴昊。")
    assert {"周红", "钱伟", "吴昊"} <= set(listed.people)


def test_judges_and_prosecutors_hold_office(library_path: Path) -> None:
    page = "法院开放日\n\n本报讯 区法院民一庭庭长钱七星、审判员孙八方，区检察院检察官周九龙出席活动。"
    people = _tagged(library_path, page).people
    assert {people.get(name) for name in ("钱七星", "孙八方", "周九龙")} == {"official"}


def test_names_before_comrade_hold_office_old_comrades_do_not(library_path: Path) -> None:
    page = (
        "区委全会\n\n"
        "本报讯 王静同志、李强同志、刘洋同志出席会议。会议表彰了退休老同志，各位同志踊跃发言。"
    )
    people = _tagged(library_path, page).people
    assert {people.get(name) for name in ("王静", "李强", "刘洋")} == {"official"}
    assert set(people) == {"王静", "李强", "刘洋"}


def test_a_name_ends_before_zuo(library_path: Path) -> None:
    """区长李强作工作部署 — 作 opens what he did (作报告, 作部署, 作讲话); the name had run on into it, and
    李强在部署工作时要求… was then nobody's."""
    page = (
        "营商环境大会\n\n"
        "本报讯 区委书记王静出席并讲话，区长李强作工作部署。\n\n"
        "李强在部署工作时要求，各部门要对照评价结果，逐项抓好整改。"
    )
    tagged = _tagged(library_path, page)
    assert "李强" in tagged.people and "李强作" not in tagged.people
    assert [(s["speaker"], s["verb"]) for s in tagged.statements] == [("李强", "要求")]


def test_a_list_of_names_each_with_its_titles_in_a_parenthesis(library_path: Path) -> None:
    page = "座谈会\n\n本报讯 出席会议的有王静（区委书记）、李强（区长）、刘洋（区委副书记）。"
    people = _tagged(library_path, page).people
    assert {people.get(name) for name in ("王静", "李强", "刘洋")} == {"official"} and len(people) == 3


def test_a_city_before_its_own_mayor_is_a_place_not_a_name(library_path: Path) -> None:
    # 林州市 starts with a surname: before 市长 it had been read as a name before its title
    page = ("审议\n\n本报讯 全国人大代表、林州市市长孙涛说，乡村振兴关键在人。"
            "省人大代表、云湖市副市长王静说，要加快建设现代化产业体系。")
    people = _tagged(library_path, page).people
    assert people == {"孙涛": "official", "王静": "official"}


def test_a_name_ends_before_lian_yong(library_path: Path) -> None:
    page = "安全生产会议\n\n本报讯 区委书记王静连用三个“必须”强调，必须守住安全底线。"
    assert _tagged(library_path, page).people == {"王静": "official"}


def test_a_name_before_the_highest_offices_needs_no_mark_before_it(library_path: Path) -> None:
    # 学习贯彻…总书记, 落实…总理: the name follows a verb directly (a 学习 before 习 had hidden it)
    page = ("理论学习\n\n本报讯 区委理论学习中心组深入学习习近平总书记重要讲话精神，"
            "认真贯彻落实李强总理重要批示要求。区委书记王静主持。")
    assert _tagged(library_path, page).people == {"习近平": "official", "李强": "official", "王静": "official"}


def test_a_title_read_on_an_undated_page_names_no_holder_on_other_dates(library_path: Path) -> None:
    """总书记 alone in a 2008 article: a 总书记 the library learnt from an undated page (a suggestion
    with no date) was taken as its holder; a confirmed, dated title still is (see test_statements)."""
    undated = "理论学习\n\n本报讯 区委理论学习中心组深入学习周海涛总书记重要讲话精神。"
    old = "报社视察\n\n本报讯 总书记今天来到报社，与编辑记者亲切交谈。区委书记王静陪同。"
    with open_library(library_path) as library:
        import_pasted(library, undated)
        import_pasted(library, old, ImportOptions(published="2008-06-20"))
        tag_articles(library, everything=True)
        mentioned = [set(e["people"]) for e in list_excerpts(library, kind="mention")]
    assert {"周海涛"} in mentioned and not any("周海涛" in people and "王静" in people for people in mentioned)
    assert sum("周海涛" in people for people in mentioned) == 1


def test_a_name_after_a_preposition_before_its_rank_and_before_wei(library_path: Path) -> None:
    # 在王静书记的带领下 (a preposition right before the name had hidden it); 李强为获奖代表颁奖 (李强为)
    page = ("表彰大会\n\n本报讯 在王静书记的带领下，全区上下攻坚克难。"
            "会上，县委书记李强为获奖代表颁奖，县长张有为宣读表彰决定。")
    people = _tagged(library_path, page).people
    assert people == {"王静": "official", "李强": "official", "张有为": "official"}


def test_a_release_relaying_a_speech_gives_it_to_the_official_its_lead_names(library_path: Path) -> None:
    """以下是行政長官李家超今日…的致辭： — the text after the lead and its salutation is the official's one
    statement (it had been nobody's: no verb of saying is printed), without the release's 完."""
    page = (
        "行政長官出席青年發展論壇致辭\n\n"
        "以下是行政長官李家超今日（三月十五日）在青年發展論壇的致辭：\n\n"
        "各位嘉賓、各位朋友：\n\n"
        "大家好！特區政府會繼續支持青年發展，為青年創造更多機會。\n\n"
        "今年，我們將推出更多青年宿舍。\n\n"
        "完"
    )
    statements = _tagged(library_path, page).statements
    assert [(s["speaker"], s["text"]) for s in statements] == [
        ("李家超", "大家好！特區政府會繼續支持青年發展，為青年創造更多機會。\n今年，我們將推出更多青年宿舍。")
    ]


def test_a_military_subdistricts_commander_holds_office_as_its_commissar_does(library_path: Path) -> None:
    page = "双拥座谈会\n\n本报讯 省军区司令员孙涛、政委周红、参谋长刘洋出席。"
    assert _tagged(library_path, page).people == {"孙涛": "official", "周红": "official", "刘洋": "official"}


def test_leaders_of_a_body_counted_after_a_list_and_party_committee_ranks(library_path: Path) -> None:
    """刘云峰、姜迪清等区四套班子领导参加 (the leaders named before 等, no rank right after it);
    民进市委会主委, 副主委; a township's 组织委员 (a party committee's member holds office, 委员 alone not)."""
    page = (
        "区委常委会议召开\n\n"
        "本报讯 12月14日晚，区委书记曾华主持召开区委常委会议。刘云峰、姜迪清、林宝新等区四套班子领导参加会议。\n\n"
        "民进云湖市委会主委邓斌在副主委童道雄的陪同下，走访慰问老党员。镇党委书记石岩、组织委员彭巍参加。"
    )
    people = _tagged(library_path, page).people
    for name in ("刘云峰", "姜迪清", "林宝新", "邓斌", "童道雄", "彭巍"):
        assert people.get(name) == "official", (name, people)


def test_leaders_printed_as_bare_names_attending(library_path: Path) -> None:
    """毛峰、徐光、吕霞等与全市党员干部一起聆听报告 / …出席: three or more bare names attending are leaders (news names
    others with what they are); two names, or names in a longer phrase, are not enough."""
    page = (
        "省委宣讲团来我市宣讲\n\n"
        "本报讯 11月16日上午，省委宣讲团在市委党校举行报告会。\n\n"
        "毛峰、徐光、吕霞、穆先等与全市500多名党员干部一起聆听报告。吕霞主持报告会。\n\n"
        "居民周强、吴敏参加活动。市长刘洋在王刚、李涛、赵鹏的陪同下参观展览。"
        "获奖代表张伟、李娜、王芳作了发言，张伟、李娜、王芳参加活动。"
    )
    people = _tagged(library_path, page).people
    for name in ("毛峰", "徐光", "吕霞", "穆先", "王刚", "李涛", "赵鹏"):
        assert people.get(name) == "official", (name, people)
    for name in ("周强", "吴敏", "张伟", "李娜", "王芳"):  # (参加活动: anyone takes part)
        assert people.get(name) != "official", (name, people)


def test_an_office_then_a_full_name_then_its_rank_and_yu_jin_as_a_time(library_path: Path) -> None:
    """衛生局王建宏局長表示 / 美學館黃瓊瑩館長表示 (Taipei's and Macao's order: office, full name, rank — they had been
    nobody); 財政局長李淑芬於今(28)日 (於今 had become a second name run on after hers); 区委农办主任 names no one."""
    page = (
        "青石市召開疫情記者會\n\n"
        "青石市政府林志遠市長、財政局長李淑芬於今(28)日下午共同召開記者會。\n\n"
        "衛生局王建宏局長表示，衛生局將持續擴大篩檢量能。國立青石美學館黃瓊瑩館長表示，藝術要走進生活。\n\n"
        "区委农办主任参加记者会。"
    )
    tagged = _tagged(library_path, page)
    for name in ("林志远", "李淑芬", "王建宏", "黄琼莹"):
        assert tagged.people.get(name) == "official", (name, tagged.people)
    assert not {"于今", "农办"} & set(tagged.people), tagged.people
    assert {s["speaker"] for s in tagged.statements} >= {"王建宏", "黄琼莹"}


def test_journalists_named_in_the_text_and_words_at_name_boundaries(library_path: Path) -> None:
    """Seen on real pages (written again here): a journalist quoted in the text (某某通讯社记者徐晓溪表示…) holds no
    office — her words are a remark, she is no official; 车明从省长转任… (从 opens what follows the name);
    发言人都要率先… (an adverb and a modal after a title, no name); 该部队王其松司令员敬献哈达 (the rank is the name's
    before it: 敬献哈 no name after it)."""
    page = (
        "两会首场发布会侧记\n\n"
        "3月2日，大会首场新闻发布会举行。每年两会，大会新闻发言人都要率先面对镁光灯。\n\n"
        "尽管未能抢到提问机会，青石评论通讯社记者徐晓溪表示她关注的问题基本都有提及。徐晓溪认为，这能够解答记者的疑惑。\n\n"
        "当年，周明俊从省长转任省委书记。欢迎的人群向该部队王其松司令员敬献哈达。周明俊指出，要加强自身建设。\n\n"
        "各路记者有备而来，发言人今日下午将如何接招？"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("徐晓溪") != "official"
    assert not any(s["speaker"] == "徐晓溪" for s in tagged.statements)
    for wrong in ("都要", "敬献哈", "周明俊从", "有备而"):
        assert wrong not in tagged.people, tagged.people
    assert tagged.people.get("周明俊") == "official"


def test_a_president_after_the_name_and_by_title_alone(library_path: Path) -> None:
    """林志明總統今日上午接見… / 總統致詞時表示 / 期盼…: Taipei's order (the name, then 總統), the title alone for
    the same person, and 期盼 as a wish addressed to others."""
    page = (
        "總統接見青年志工代表\n\n"
        "林志明總統今(13)日上午接見青年志工代表，感謝志工長期投入社區服務。期盼所有志工與政府一起努力，讓社會更溫暖。\n\n"
        "總統致詞時表示，志工服務是社會最溫暖的力量，政府將持續擴大志工培訓。"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("林志明") == "official"
    said = [(s["speaker"], s["text"]) for s in tagged.statements]
    assert ("林志明", "志工服務是社會最溫暖的力量，政府將持續擴大志工培訓。") in said
    assert ("林志明", "所有志工與政府一起努力，讓社會更溫暖。") in said


def test_elected_lists_lone_presiding_names_and_a_rank_once_held(library_path: Path) -> None:
    """王晓光当选省委书记，黄刚、罗新当选省委副书记… (a personnel story's lists: each a holder of the title);
    梅思远主持会议。 / 许亚楠参加。 (a full name alone presiding or attending); 车明从省长转任… (the rank once held)."""
    page = (
        "省委召开全体会议\n\n"
        "会议选举产生了新一届省委常委会。其中，王晓光当选省委书记，黄刚、罗新当选省委副书记，廖建平、施晓琳当选省委常委。\n\n"
        "12月17日，市政协召开预备会议。陈延年等领导出席会议，梅思远主持会议。许亚楠参加。\n\n"
        "当年，车明从省长转任省委书记。梅思远要求全体政协委员充分认识开好这次会议的重要意义。"
    )
    tagged = _tagged(library_path, page)
    for name in ("王晓光", "黄刚", "罗新", "廖建平", "施晓琳", "梅思远", "许亚楠", "车明"):
        assert tagged.people.get(name) == "official", (name, tagged.people)
    assert ("梅思远", "全体政协委员充分认识开好这次会议的重要意义。") in [
        (s["speaker"], s["text"]) for s in tagged.statements]


def test_a_leadership_member_a_police_rank_and_a_rare_surname_hold_office(library_path: Path) -> None:
    """班子成员钱立新 (a member of a bureau's leadership), 总警司罗志恒 (a police rank), 镇长茆卫东
    (茆, a rare surname); 作表态发言 is a kind of speech, not an act of the name before it."""
    page = (
        "县水利局部署防汛工作\n\n"
        "6月3日，县水利局召开防汛工作会议。局长周建平，班子成员钱立新，县防汛办副主任孙晓梅参加会议。"
        "会上，纪检组长郑伟传达了防汛纪律要求；各乡镇水利站站长作表态发言；最后，镇长茆卫东作会议总结。\n\n"
        "警务处公共关系科总警司罗志恒表示，警队会继续及时澄清不实信息。"
    )
    tagged = _tagged(library_path, page)
    for name in ("钱立新", "茆卫东", "罗志恒"):
        assert tagged.people.get(name) == "official", (name, tagged.people)
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [
        ("罗志恒", "警队会继续及时澄清不实信息。")], tagged.statements


def test_a_designate_holds_the_office_he_is_designated_to(library_path: Path) -> None:
    """行政长官候任人 (the chief executive designate) speaks as an official in an interview's turns and
    after 表示; 董事长候任人 stays outside office."""
    page = (
        "专访青石特区行政长官候任人林志远\n\n"
        "近日，记者在候任行政长官办公室采访了青石特别行政区第三任行政长官候任人林志远，"
        "以及青石实业董事长候任人陈海。\n\n"
        "记者：你最想先做的是什么？\n\n"
        "林志远：先把民生的事情办好，让市民感受到变化。\n\n"
        "林志远表示，新一届政府会尽快公布施政重点。陈海表示，公司会全力配合。"
    )
    tagged = _tagged(library_path, page)
    assert tagged.people.get("林志远") == "official", tagged.people
    assert tagged.people.get("陈海") != "official", tagged.people
    assert [(s["speaker"], s["text"]) for s in tagged.statements] == [
        ("林志远", "先把民生的事情办好，让市民感受到变化。"),
        ("林志远", "新一届政府会尽快公布施政重点。"),
    ], tagged.statements


def test_former_holders_commanders_inspectors_and_honorifics_in_lists(library_path: Path) -> None:
    """前县长刘某 (a former holder), 防务部指挥官 (an office of three characters that reads as a name), 政务委员,
    总督学, and 处长方芳女士、 (the name, then how she is addressed) all hold office; 卫生署 in a list
    before its own title is no person, while 王建科 (科 ends names as well as offices) is one."""
    page = (
        "青石县举行县长交接仪式\n\n"
        "12月25日，青石县举行县长交接仪式，新任县长王立明感谢前县长刘长明任内的贡献。"
        "行政院政务委员张森明、马防部指挥官陈文星、卫生署前署长叶金川出席。"
        "省政府教育总督学王恒明主持座谈会，省生态环境厅法规处处长方芳女士、政策处处长王春女士，副局长李明、王建科参加。"
    )
    tagged = _tagged(library_path, page)
    for name in ("刘长明", "张森明", "陈文星", "叶金川", "王恒明", "方芳", "王春", "王建科", "李明"):
        assert tagged.people.get(name) == "official", (name, tagged.people)
    assert "卫生署" not in tagged.people and "方芳女士" not in tagged.people


def test_a_rank_then_acting_on_someones_behalf_and_a_surname_with_a_deputy_rank(library_path: Path) -> None:
    """吴世明局长代表卢秀燕市长致意: 代表 after a rank acts on someone's behalf (卢秀燕 had taken 局长代表 for her
    title, and held no office); 江副院长指出 is 江启明, the 副院长 the article names."""
    page = (
        "东河区举办物资发放活动\n\n"
        "活动由代区长郑进明主持，民政局吴世明局长代表卢秀燕市长亲临致意，立法院副院长江启明出席。"
        "江副院长指出，这场活动不仅仅是发放物资，更是一场温暖的集结。"
    )
    tagged = _tagged(library_path, page)
    for name in ("郑进明", "吴世明", "卢秀燕", "江启明"):
        assert tagged.people.get(name) == "official", (name, tagged.people)
    assert ("江启明", "这场活动不仅仅是发放物资，更是一场温暖的集结。") in [
        (s["speaker"], s["text"]) for s in tagged.statements], tagged.statements


def test_a_name_read_short_where_a_word_follows_is_the_longer_name_printed_before_a_verb() -> None:
    """部长陈宝生出现在… reads 陈宝 (生出 is a word); the article prints 陈宝生说 further on, and never 陈宝 alone:
    the name is 陈宝生. 楼 is a surname (楼存根 ended a list as nobody)."""
    body = ("14时，教育部部长陈宝生出现在通道上。“这个问题一定能解决！”陈宝生说。"
            "区政协副主席曹斌、吴月华、楼存根等向委员们致以问候。")
    names = {sighting.name for sighting in discover(body, reporters=[], photographers=[], interview=False)}
    assert {"陈宝生", "曹斌", "吴月华", "楼存根"} <= names and "陈宝" not in names, names


def test_a_headlines_rank_talking_about_something_is_no_person() -> None:
    """教育局长谈学区划分: 谈 after a rank in a headline is the rank talking, unless the text prints the name."""
    found = discover("区教育局召开学区划分说明会。", reporters=[], photographers=[], interview=False,
                     headings=["教育局长谈学区划分"])
    assert "谈学" not in {sighting.name for sighting in found}
    found = discover("副县长谈学军出席会议。", reporters=[], photographers=[], interview=False,
                     headings=["副县长谈学军调研"])
    assert "谈学军" in {sighting.name for sighting in found}


def test_a_bare_rank_many_bodies_have_is_not_the_one_holder_the_library_knew_elsewhere(library_path: Path) -> None:
    """局长 alone in a story about another city's police: the library's one 局长 (民政局长 of an earlier story)
    was made a person of it; a place's head (区长 in the district's own later story) still is its holder. 副局长代任
    is a deputy acting, no person 代任."""
    first = "春节团拜\n\n本报讯 民政局长王秋实、区长李明华出席区公所新春团拜活动。"
    other = ("警方回应入境问题\n\n本报讯 警察局原负责人已退休，局长职位由副局长代任，被问到未来会否“坐正”局长一职时，"
             "他笑而不答。")
    later = "区政府常务会议\n\n本报讯 区长主持召开区政府常务会议，研究部署防汛工作。"
    people = _people_by_article(library_path, (first, "2025-02-07"), (other, "2025-12-20"), (later, "2025-12-21"))
    assert not people[1] & {"王秋实", "代任"}, people  # (代任: a deputy acting)
    assert "李明华" in people[2], people


def test_a_title_set_in_quotation_marks_before_its_holder() -> None:
    """“陆委会主委”赖某, “新闻局长”史某 (how some reports print another side's offices): the quoted title is the
    holder's (the name after ” had been no name; 陆委会 had read as a name before its rank); 区“两新”工委书记 keeps its
    quotation marks."""
    body = "外界一直猜测“陆委会主委”赖一媛最危险。“新闻局长”史一平也指出，要加强。区“两新”工委书记王一明出席。"
    found = {s.name: s.titles for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"赖一媛": ["陆委会主委"], "史一平": ["新闻局长"], "王一明": ["区“两新”工委书记"]}, found


def test_members_of_an_inspecting_group_hold_office_a_teams_members_do_not() -> None:
    """市委巡回指导组组长某、成员某 / 市国资委指导组成员甲、乙 — sent by a party or government body to guide or
    inspect: officials (they had been nobody); a company team's member is no official."""
    body = ("市委第七巡回指导组组长刘育萍、成员韩毅龙，市国资委指导组成员徐文忠、蔡龙山陪同调研。"
            "公司团队成员王一明参加。")
    roles = {s.name: s.role for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert {name: roles.get(name) for name in ("刘育萍", "韩毅龙", "徐文忠", "蔡龙山")} == dict.fromkeys(
        ("刘育萍", "韩毅龙", "徐文忠", "蔡龙山"), "official"), roles
    assert roles.get("王一明") != "official", roles


def test_xiang_after_a_title_and_organisations_joined_by_he() -> None:
    """区政协主席向明俊一行 — 向 is a surname where the context says person (向 had always been read as "to"; 局长向
    大家介绍 still is); 工业和信息化部部长, 人力资源和社会保障局局长 — 和 inside a ministry's or bureau's name (the title
    had been cut after it, and the holder then read as the object of 和); 区委书记和区长 still joins two offices."""
    body = ("区政协主席向明俊一行来到园区调研。局长向大家介绍了情况。工业和信息化部部长金一龙提出，要加快改造。"
            "市人力资源和社会保障局局长张一凡表示，要稳就业。区委书记和区长王一强出席。")
    found = {s.name: s.titles for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"向明俊": ["区政协主席"], "金一龙": ["工业和信息化部部长"],
                     "张一凡": ["市人力资源和社会保障局局长"], "王一强": ["区长"]}, found


def test_surnames_of_the_hundred_families_the_list_had_missed() -> None:
    """尉, 涂, 欧 (the list had 殴 for 欧): officials bearing them had been nobody."""
    body = "副市长尉一生、涂一明，区长欧一平出席会议。"
    found = {s.name for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"尉一生", "涂一明", "欧一平"}, found


def test_a_ministers_quotation_before_a_title_with_he_is_theirs(library_path: Path) -> None:
    """“……”住房和城乡建设部部长倪某说，… — the quotation and the words after 说， are the minister's (the speaker had
    been the whole title and name, no person)."""
    page = (
        "部长通道观察\n\n"
        "“城市更新是推动城市高质量发展的重要手段。”住房和城乡建设部部长倪一虹说，今年计划再开工改造5万个以上老旧小区。"
    )
    said = [(s["speaker"], s["text"]) for s in _tagged(library_path, page).statements]
    assert said == [("倪一虹", "城市更新是推动城市高质量发展的重要手段。"), ("倪一虹", "今年计划再开工改造5万个以上老旧小区。")]


def test_words_after_a_rank_are_no_names_a_name_there_still_is() -> None:
    """区长能延续… (能 is the modal), 镇长成了讲解员 (a particle in no given name), 历任县市长 (a place level ends no
    name), 郑代理区长 / 于代理区长任内 (the acting head addressed), 由行政长官任命。 (a word before a full stop) — each
    had become an official, and spread through the library; 县委书记于建国来到… is still a name."""
    body = ("两位区长能延续过去的发展基础。书记镇长成了讲解员、宣传员。感谢林佳龙市长、历任县市长的奉献。郑代理区长致辞。"
            "新任区长于代理区长任内表现优异。局长一职最终将由行政长官任命。县委书记于建国来到村里。")
    found = {s.name for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"林佳龙", "于建国"}, found


def test_names_after_ranks_that_had_swallowed_or_cut_them() -> None:
    """副秘书长关一吉 (关长 is a customs house's rank only after 关), 司警局长周一光 (an organisation before 局长, no name),
    副局长薛一明代任 (明代 is no word before 代任), 市委党校副校长 (a party school's head holds office): each had been
    missed, cut or no official."""
    body = ("市政府副秘书长关一吉陪同。司警局长周一光早前宣布退休，局长职位由副局长薛一明代任。"
            "市委党校副校长杨一俊出席。云湖海关关长周十出席。")
    found = {s.name: s.role for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == dict.fromkeys(("关一吉", "周一光", "薛一明", "杨一俊", "周十"), "official"), found


def test_a_companys_party_secretary_holds_no_office_an_organisation_is_no_name() -> None:
    """集团公司董事长、党委书记杨某 — the company's party committee: no official (the bare 党委书记 had made one); 由副局长
    代任局长可确保司警局正常运作 — 司警局 is an organisation, no person; 区委副书记、区长 is still an official."""
    body = ("集团公司董事长、党委书记杨一龙汇报了集团工作。现时由副局长代任局长可确保司警局正常运作。"
            "区委副书记、区长王一明出席。")
    found = {s.name: s.role for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"杨一龙": "enterprise", "王一明": "official"}, found


def test_an_acting_holder_is_not_the_office_a_later_story_names_bare(library_path: Path) -> None:
    """署理行政长官张某 in one story, then 行政长官再度举行记者会 in another's: the acting holder was made the speaker of
    the bare 行政长官 (of another region, as it happened); a holder learnt with the office's own title still is."""
    first = "署理行政长官见传媒\n\n本报讯 署理行政长官张一宗今日出席活动后会见传媒，表示会全力做好防疫工作。"
    other = "行政长官宣布抗疫措施\n\n本报讯 相隔个半月，行政长官再度举行记者会宣布重大抗疫措施。"
    people = _people_by_article(library_path, (first, "2025-02-07"), (other, "2025-03-25"))
    assert "张一宗" in people[0], people
    assert "张一宗" not in people[1], people


def test_the_articles_own_chief_executive_is_its_bare_chief_executive(library_path: Path) -> None:
    """行政长官再度举行记者会…，特首贺某形容… — the 特首 the article names is its 行政长官 (another region's chief, whom
    the library knew as 行政长官, had been made the one who announced)."""
    first = "行政长官出席活动\n\n本报讯 行政长官梁一英今日出席活动后会见传媒。"
    other = "特首记者会\n\n本报讯 行政长官再度举行记者会宣布重大抗疫措施，特首贺一宁形容“大件事”他才会召开记者会。"
    people = _people_by_article(library_path, (first, "2025-02-07"), (other, "2025-03-25"))
    assert people[1] == {"贺一宁"}, people


def test_an_acting_holder_before_the_rank_and_a_preposition_surname_leading_a_visit() -> None:
    """蒋某代市长到… — the name, then an acting rank (蒋某代 had been the name); 区政协主席向某俊率… — 向 a surname when a
    title stands before and 率 (leading a group) after, as before 指出 (nobody had been found); 代表 stays a title."""
    body = ("7月24日上午，蒋一锋代市长到市发改委调研指导工作。11月7日，区政协主席向一俊率部分政协常委进行调研。"
            "王一明代表在会上发言。")
    found = {s.name: s.titles for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"蒋一锋": ["代市长"], "向一俊": ["区政协主席"], "王一明": ["代表"]}, found


def test_a_universitys_president_holds_office_a_schools_principal_does_not() -> None:
    """河海大学副校长郑某, 西北师大副校长张某 — the heads of a public university (a public institution, as the
    gold's rules count them) are officials, as its party secretary was; a middle school's 校长 is not."""
    body = ("西北师大党委书记贾一宁出席并致辞；西北师大副校长张一军出席。河海大学副校长郑一海作报告。"
            "青石中学校长李一明介绍了学校情况。")
    found = {s.name: s.role for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"贾一宁": "official", "张一军": "official", "郑一海": "official", "李一明": "other"}, found


def test_a_places_mayor_and_an_adverb_after_a_rank_are_no_names() -> None:
    """他和松山市长都分别站在…, where the text names 松山市 elsewhere: the place's mayor, no 松山 (a name before
    市长); 都 before 分别 after the rank is "all", no 都分 and no run of names (别站 had been a second)."""
    body = "去年青山市的市长来访，他和青山市长都分别站在台上。王一明市长表示，青石市要发展。"
    found = {s.name: s.titles for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"王一明": ["市长"]}, found


def test_a_party_secretary_who_chairs_the_board_is_the_companys() -> None:
    """党委书记、董事长潘某 / 党委副书记、总经理何某 / 党委副书记、监事会主席魏某 in a state company's report: the company's
    party committee, no public office (all three had been officials); 市委副书记 beside 总经理 still holds one."""
    body = ("党委副书记、总经理何一川，党委副书记、监事会主席魏一健结合工作实际分别发言。"
            "党委书记、董事长潘一杰在研讨发言中指出，要坚持党的领导。市委副书记、总经理刘一明出席。")
    found = {s.name: s.role for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"何一川": "enterprise", "魏一健": "enterprise", "潘一杰": "enterprise", "刘一明": "official"}, found


def test_a_places_deputy_mayor_is_no_name_either() -> None:
    """松山副市长 where the text names 松山市: the place's deputy mayor (the review found 松山 read as a name)."""
    body = "松山市位于江南。松山副市长到企业调研。王一明副市长表示，要做好服务。"
    found = {s.name for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"王一明"}, found


def test_a_word_after_a_surname_like_function_character_or_a_pronoun_is_no_name() -> None:
    """审计长有发言 (有 + the word 发言), 将周部长请回后，周部长都有点过意不去 (都 + the word 有点), 任命他出任 (a pronoun
    never ends a given name), 党总支 (党 + the word 总支) — none of them a person; 审计长林一川 after the same rank
    still is one."""
    body = ("发布会上，审计长有发言。会后，工作人员将周部长请回会场，周部长都有点过意不去。"
            "他感谢上级任命他出任院长。学院党总支书记何一川、党总支副书记、学生处副处长魏一强出席。审计长林一川表示，要依法审计。")
    found = {s.name for s in discover(body, reporters=[], photographers=[], interview=False)}
    assert found == {"林一川", "何一川", "魏一强"}, found


def test_a_title_listed_between_names_is_no_name() -> None:
    """胡某、党组成员、监测中心主任辛某 — 党 and a word (组成) between two names is a title, no listed name (it had been
    an official); 常胜 and 于建国 in such a list still are names."""
    from composer.people.discovery import plausible_listed_name

    assert not plausible_listed_name("党组成员", "副局长")
    assert plausible_listed_name("常胜", "区领导") and plausible_listed_name("于建国", "区领导")


def test_a_bureau_joining_two_fields_with_ji_labels_its_heads_turns(library_path: Path) -> None:
    """创新及科技局局长杨某 — 及 inside the bureau's name (as 和 in 工业和信息化部), so the transcript's turn labelled
    創新及科技局局長： is his (the title had been 科技局局长, the turn nobody's); 张某及科技局局长 still lists two."""
    found = {s.name: s.titles for s in discover("会见了张一明及科技局局长杨一雄。", reporters=[], photographers=[],
                                                interview=False)}
    assert found == {"杨一雄": ["科技局局长"]}, found
    page = ("記者會答問內容\n\n政務司司長張一宗今日聯同保安局局長李一超、創新及科技局局長楊一雄舉行跨部門記者會。"
            "以下是記者會答問內容：\n\n記者：你好，想問局長，政府會否成立委員會檢視智慧燈柱？\n\n"
            "創新及科技局局長：首先，我們成立委員會作第三方檢視，代表我們十分樂意讓第三方檢視智慧燈柱的運作。\n\n"
            "記者：保安局局長，警方會否加強巡邏？\n\n保安局局長：警方會因應情況部署，確保市民安全。")
    said = [(s["speaker"], s["text"][:4]) for s in _tagged(library_path, page).statements]
    assert said == [("杨一雄", "首先，我"), ("李一超", "警方會因")], said


def test_review_names_after_a_function_like_surname_and_before_ji_stay_names() -> None:
    """What the review found: 于海洋, 党振兴 (a surname that is also a word, a given name that is a word) are names
    after a rank and in a list; 副区长王光明及教育体育局局长张三 lists two people (the title had swallowed the first)."""
    for body, wanted in (("副区长于海洋到青石区调研。于海洋强调，要抓好安全生产。", {"于海洋": ["副区长"]}),
                         ("会议由区长党振兴主持。", {"党振兴": ["区长"]}),
                         ("副区长王光明及教育体育局局长张三一同调研。", {"王光明": ["副区长"], "张三": ["教育体育局局长"]})):
        found = {s.name: s.titles for s in discover(body, reporters=[], photographers=[], interview=False)}
        assert found == wanted, found
    listed = {s.name for s in discover("区领导王一明、党振兴、李四等参加。", reporters=[], photographers=[],
                                       interview=False)}
    assert listed == {"王一明", "党振兴", "李四"}, listed


def test_a_name_before_its_rank_after_le_or_with_a_word_like_surname() -> None:
    """见到了郑某部长 (了 before a common surname), 单某某局长 (单: a surname that is also a word, a given name that is
    none, printed elsewhere without the rank) — both named before their rank (neither had been found); 为了解放军…
    names no one."""
    for body, wanted in (("在讨论会上，我见到了郑一林部长。", {"郑一林": ["部长"]}),
                         ("会后，单霁翔打开电脑。单霁翔局长接受采访时很爽快。", {"单霁翔": ["局长"]}),
                         ("为了解放军司令员的到来，大家做了准备。", {})):
        found = {s.name: s.titles for s in discover(body, reporters=[], photographers=[], interview=False)}
        assert found == wanted, found


def test_no_rank_inside_the_state_council_and_no_name_ends_in_song() -> None:
    """国务院长江流域… (国务院, then 长江: no 院长 named 江流域); 主任李一斌送上节日祝福 (李一斌, then 送上: no 李一斌送)."""
    found = discover("会议传达学习国务院长江流域重点水域禁捕工作会议精神。首位登场的卫健委主任李一斌送上节日祝福。",
                     reporters=[], photographers=[], interview=False)
    assert [(s.name, s.role) for s in found] == [("李一斌", "official")]


def test_a_name_then_its_surname_with_the_rank_is_one_official() -> None:
    """市城管委何一云何主任带队… / 区委书记王一强王书记说 — the full name, then the surname and the rank by which the
    text goes on to call him (nobody had been found, then 王一强王 named)."""
    found = discover("市城管委何一云何主任带队慰问环卫工人。区委书记王一强王书记说，要抓好落实。", reporters=[],
                     photographers=[], interview=False)
    assert sorted(s.name for s in found) == ["何一云", "王一强"]


def test_bian_then_bian_is_while_doing_no_surname() -> None:
    """吉某副市长边接听市民来电，边联系各部门 — 边…边… (doing one thing while another): no one named 边接听."""
    found = discover("便民电话听民意日，副市长王一林边接听市民的来电，边联系各个相关职能部门。", reporters=[],
                     photographers=[], interview=False)
    assert [s.name for s in found] == ["王一林"]
    assert [s.name for s in discover("副市长边接听市民的来电，边联系各个部门。", reporters=[], photographers=[],
                                     interview=False)] == []


def test_review_bian_names_and_a_verb_before_the_same_surname_stay_as_they_were() -> None:
    """What the review found the stop's name rules catching: 边 with 边学边改 nearby or none (边某明 stays a name); a
    name, then 跟/陪/请 and the same surname with a rank (王强跟王书记说: 王强, no 王强跟)."""
    for text, names in (("副区长边伟明强调，要边学边改，切实解决问题。", ["边伟明"]),
                        ("副区长边伟明边听边记，并提出要求。", ["边伟明"]),
                        ("边伟明表示，将全力做好服务保障工作。", ["边伟明"]),
                        ("村民王强跟王书记说，今年收成不错。", ["王强"]),
                        ("驻村干部陈刚请陈书记指导工作。", [])):
        assert [s.name for s in discover(text, reporters=[], photographers=[], interview=False)] == names, text


def test_a_civil_servants_grade_is_a_rank() -> None:
    """工信局材料处四级主任科员王某 / 县财政局科员张某 — a civil servant's grade names an official (主任 had been read
    inside 主任科员, and the name lost)."""
    found = discover("工信局材料处四级主任科员王一成到会指导。县财政局科员张一平介绍了情况。", reporters=[],
                     photographers=[], interview=False)
    assert sorted((s.name, s.role) for s in found) == [("张一平", "official"), ("王一成", "official")]


def test_a_name_then_a_preposition_is_no_married_name() -> None:
    """镇组织委员方雷对村“两委”换届工作进行培训 — 方雷 then 对 (a preposition): no four-character married name 方雷对村
    (it had become a person); 林郑月娥 stays one."""
    names = [s.name for s in discover("镇组织委员方雷对村“两委”换届工作进行培训。行政长官林郑月娥表示支持。",
                                      reporters=[], photographers=[], interview=False)]
    assert "方雷" in names and "方雷对村" not in names and "林郑月娥" in names
