"""People and statements on hard cases we wrote ourselves, through the real pipeline:
a library, pasted articles, `tag_articles`, the stored excerpts."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.ingest.importer import ImportOptions, import_pasted
from composer.people import directory
from composer.tagging.batch import tag_articles
from db import open_library
from db.excerpts import list_excerpts


def _tag(library_path: Path, *pages: str) -> list[dict]:
    with open_library(library_path) as library:
        for page in pages:
            result = import_pasted(library, page, ImportOptions(source="云湖时报", published="2025-09-05"))
            assert result.status == "imported", result.error
        tag_articles(library, everything=True)
        # officials' statements and the remarks of people who hold no office (李秀英, a resident)
        return list_excerpts(library, kind="statement") + list_excerpts(library, kind="remark")


def _statement(statements: list[dict], speaker: str) -> list[dict]:
    return [s for s in statements if s["speaker"] == speaker]


def test_pronoun_for_a_listener_and_the_listener_answering(library_path: Path) -> None:
    page = (
        "林振华走访翠苑社区\n\n"
        "本报讯（记者 马骁）9月3日，区委书记林振华来到翠苑社区，与社区居民代表李秀英交流。"
        "林振华对她说，社区食堂要把饭菜做得更可口。她表示，居民们对社区食堂很满意，希望增加晚餐供应。"
    )
    statements = _tag(library_path, page)
    lin = _statement(statements, "林振华")
    li = _statement(statements, "李秀英")
    assert [s["text"] for s in lin] == ["社区食堂要把饭菜做得更可口。"]
    assert [s["text"] for s in li] == ["居民们对社区食堂很满意，希望增加晚餐供应。"]


def test_quote_before_its_speaker_with_a_title_between(library_path: Path) -> None:
    page = (
        "老旧小区改造提速\n\n"
        "本报讯（记者 叶舟）“老旧小区改造要让居民真正满意。”区委副书记、区长周雅琴说，今年将完成改造30个小区，"
        "同步加装电梯50部。"
    )
    # what she said, without the reporter's 区委副书记、区长周雅琴说 between: the quotation, then the rest
    quoted, reported = _tag(library_path, page)
    assert quoted["speaker"] == reported["speaker"] == "周雅琴" and quoted["verb"] == reported["verb"] == "说"
    assert quoted["text"] == "老旧小区改造要让居民真正满意。"
    assert reported["text"] == "今年将完成改造30个小区，同步加装电梯50部。"


def test_a_name_that_is_also_a_word(library_path: Path) -> None:
    page = (
        "区人大常委会视察交通治理\n\n"
        "本报讯（记者 陈晓路）9月2日，区人大常委会主任高峰带队视察交通治理工作。早晚高峰期间，重点路口拥堵明显缓解。"
        "高峰指出，要持续优化信号灯配时。"
    )
    with open_library(library_path) as library:
        import_pasted(library, page, ImportOptions(published="2025-09-02"))
        tag_articles(library, everything=True)
        mentions = list_excerpts(library, kind="mention")
        statements = list_excerpts(library, kind="statement")
    body_mentions = [m for m in mentions if m["text"] == "高峰"]
    assert len(body_mentions) == 2  # 主任高峰带队 and 高峰指出, not 早晚高峰期间
    assert [(s["speaker"], s["text"]) for s in statements] == [("高峰", "要持续优化信号灯配时。")]


def test_names_run_together_without_separators(library_path: Path) -> None:
    page = (
        "区领导督导防汛工作\n\n"
        "本报讯（记者 马骁）9月1日，区领导督导检查防汛工作。区领导李宗荣李国龙崔向华参加。"
    )
    with open_library(library_path) as library:
        import_pasted(library, page)
        tag_articles(library, everything=True)
        names = {p.name: p.role for p in directory.load_directory(library).people.values()}
    assert {"李宗荣", "李国龙", "崔向华"} <= set(names)
    assert names["马骁"] == "reporter"


def test_interviewer_questions_are_never_an_officials(library_path: Path) -> None:
    page = (
        "代表委员面对面\n\n"
        "区人大代表刘春燕、区政协委员孙浩然与区住建委主任邵海峰面对面\n\n"
        "记者：今年老旧小区改造有哪些新进展？\n\n"
        "邵海峰：今年我们完成改造42个小区，惠及居民1.2万户。\n\n"
        "刘春燕：加装电梯的费用怎么分摊？\n\n"
        "邵海峰：政府补贴一部分，居民按楼层分摊其余部分。\n\n"
        "孙浩然：这个办法很实在，居民都能接受。"
    )
    statements = _tag(library_path, page)
    by_speaker = {(s["speaker"], s["verb"]) for s in statements}
    assert by_speaker == {("邵海峰", "答"), ("刘春燕", "问"), ("孙浩然", "说")}
    assert not any("有哪些新进展" in s["text"] for s in statements)


def test_reporter_with_an_officials_name_is_never_the_official(library_path: Path) -> None:
    by_reporter = "食品安全检查\n\n本报讯（记者 王磊）9月4日，区市场监管局开展节前食品安全检查。"
    by_official = "双节市场保供\n\n本报讯（记者 陈晓路）9月5日，副区长王磊带队检查市场保供。王磊强调，要确保供应充足。"
    with open_library(library_path) as library:
        for page in (by_reporter, by_official):
            import_pasted(library, page)
        tag_articles(library, everything=True)
        people = directory.load_directory(library)
        statements = list_excerpts(library, kind="statement")
    roles = sorted(p.role for p in people.named("王磊"))
    assert roles == ["official", "reporter"]
    (statement,) = statements
    official = people.named("王磊", reporter=False)[0]
    assert statement["speaker"] == "王磊" and statement["people"] == ["王磊"]
    with open_library(library_path) as library:
        speaker_id = library.conn.execute("SELECT speaker_person_id FROM excerpts WHERE kind = 'statement'").fetchone()
    assert speaker_id[0] == official.id


def test_meeting_unnamed_and_collective_speakers(library_path: Path) -> None:
    page = (
        "区政府常务会召开\n\n"
        "本报讯（记者 叶舟）9月3日，区政府召开常务会议。会议指出，要抓好秋冬季安全生产。"
        "区商务局相关负责人表示，将组织促消费活动20场。与会人员纷纷表示，将全力完成全年目标。\n\n"
        "区领导郑国梁、何秋岚参加。"
    )
    statements = _tag(library_path, page)
    kinds = {(s["speaker"], s["speaker_type"]) for s in statements}
    assert kinds == {("会议", "meeting"), ("区商务局相关负责人", "unnamed_person"), ("与会人员", "collective")}
    assert not any("参加" in s["text"] for s in statements)


def test_offsets_always_match_the_stored_text(library_path: Path, seeds: list[Path]) -> None:
    from composer.ingest.importer import import_paths

    with open_library(library_path) as library:
        import_paths(library, seeds, ImportOptions(workers=0))
        tag_articles(library, everything=True)
        rows = library.conn.execute(
            'SELECT e.start, e."end", e.text, a.body FROM excerpts e JOIN articles a ON a.id = e.article_id'
        ).fetchall()
    assert rows and all(body[start:end] == text for start, end, text, body in rows)


def test_retagging_keeps_decisions_and_never_duplicates(library_path: Path) -> None:
    page = (
        "区政府常务会召开\n\n"
        "本报讯（记者 叶舟）9月3日，区委副书记、区长周雅琴主持召开区政府常务会议。周雅琴强调，要抓好安全生产。"
        "周雅琴指出，要做好民生保障。"
    )
    with open_library(library_path) as library:
        import_pasted(library, page)
        tag_articles(library, everything=True)
        first = list_excerpts(library, kind="statement")
        accepted, rejected = first[0]["id"], first[1]["id"]
        with library.write():
            library.conn.execute("UPDATE excerpts SET status = 'accepted' WHERE id = ?", (accepted,))
            library.conn.execute("UPDATE excerpts SET status = 'rejected' WHERE id = ?", (rejected,))
        tag_articles(library, everything=True)
        tag_articles(library, everything=True)
        again = list_excerpts(library, kind="statement")
    assert len(again) == 2
    assert {e["id"]: e["status"] for e in again} == {accepted: "accepted", rejected: "rejected"}


def test_only_new_articles_are_tagged_without_all(library_path: Path) -> None:
    page = "会议召开\n\n本报讯（记者 叶舟）9月3日，区政府召开会议。会议强调，要做好防汛工作。"
    with open_library(library_path) as library:
        import_pasted(library, page)
        assert tag_articles(library).articles == 1
        assert tag_articles(library).articles == 0
        import_pasted(library, page.replace("防汛", "防火"))
        assert tag_articles(library).articles == 1


@pytest.mark.parametrize("role", ["official", "reporter"])
def test_directory_csv_round_trip(library_path: Path, tmp_path: Path, role: str) -> None:
    with open_library(library_path) as library:
        person = directory.add_person(
            library, "卢英博", role, aliases=["卢主任"],
            titles=[directory.Title("区发改委党组书记、主任", "区发改委", "2025-01-01")],
        )
        directory.rename_person(library, person, "卢英博同志")
        directory.export_csv(library, tmp_path / "people.csv")
    with open_library(tmp_path / "other.sqlite") as other:
        assert directory.import_csv(other, tmp_path / "people.csv") == 1
        (copy,) = directory.load_directory(other).people.values()
    assert copy.name == "卢英博同志" and copy.role == role
    assert set(copy.aliases) == {"卢主任", "卢英博"}
    assert [(t.title, t.org, t.valid_from) for t in copy.titles] == [("区发改委党组书记、主任", "区发改委", "2025-01-01")]


def test_merging_two_entries_of_one_person(library_path: Path) -> None:
    page = "走访企业\n\n本报讯（记者 叶舟）区委书记林振华走访企业。林振华强调，要优化营商环境。"
    with open_library(library_path) as library:
        import_pasted(library, page)
        tag_articles(library, everything=True)
        found = directory.load_directory(library).named("林振华")[0]
        other = directory.add_person(library, "林书记", "official")
        directory.merge_people(library, found.id, other)
        merged = directory.load_directory(library)
        (statement,) = list_excerpts(library, person_name="林书记", kind="statement")
    assert merged.named("林书记")[0].id == found.id and other not in merged.people
    assert statement["speaker"] == "林振华"


# -- classes of real prose (our own sentences, written in the style of the real articles) ----------


def _said(library_path: Path, page: str) -> list[tuple[str, str | None, str]]:
    return [(s["speaker"], s["verb"], s["text"]) for s in _tag(library_path, page)]


def _spoken(library_path: Path, page: str) -> list[tuple[str, str]]:
    """(speaker, text) of each statement, without the verb."""
    return [(speaker, text) for speaker, _, text in _said(library_path, page)]


def test_addressed_verbs_zero_subjects_and_new_acts_in_one_sentence(library_path: Path) -> None:
    page = (
        "县长走访困难群众\n\n"
        "1月20日，县长邹明远深入城关镇走访慰问困难群众。在慰问低保户何桂兰时，邹明远详细了解她的家庭情况，"
        "勉励她要坚定信心、乐观面对生活，并叮嘱镇村干部要把困难群众的冷暖放在心上，并提前送上新春祝福。\n\n"
        "邹明远一行还来到县福利院，要求相关部门尽快完成供暖设施改造。"
    )
    said = _said(library_path, page)
    assert ("邹明远", "勉励", "她要坚定信心、乐观面对生活") in said
    assert ("邹明远", "叮嘱", "镇村干部要把困难群众的冷暖放在心上") in said
    assert ("邹明远", "要求", "相关部门尽快完成供暖设施改造。") in said
    assert not any("新春祝福" in text for _, _, text in said)  # 并提前送上… is the reporter's


def test_titles_alone_and_surname_with_title_name_the_speaker(library_path: Path) -> None:
    page = (
        "区长调研城市更新\n\n"
        "9月2日，区委副书记、区长韩启明调研城市更新工作。韩区长指出，老旧小区改造要先问需于民。\n\n"
        "在随后召开的座谈会上，区长强调，各街道要把加装电梯作为今年的重点。"
    )
    said = _said(library_path, page)
    assert [(speaker, verb) for speaker, verb, _ in said] == [("韩启明", "指出"), ("韩启明", "强调")]


def test_traditional_script_half_width_punctuation_and_pinyin_glosses(library_path: Path) -> None:
    page = (
        "區委書記調研產業園\n\n"
        "區委書記魏長青日前到產業園調研。魏長青強調,要加快推進經(jīng)濟高質量發展,"
        "全力打造一流營商環境。"
    )
    (said,) = _said(library_path, page)
    assert said[0] == "魏长青" and said[1] == "强调"
    assert said[2].startswith("要加快推進經（jīng）濟高質量發展")  # as stored: the gloss kept, widened


def test_a_joint_statement_is_one_item_for_each_official(library_path: Path) -> None:
    page = (
        "征求意见座谈会召开\n\n"
        "近日，市人大常委会副主任周立群、吴海燕分别主持座谈会。周立群、吴海燕表示，与会人员提出的意见很有见解，"
        "报告起草组将认真吸收。"
    )
    said = _said(library_path, page)
    assert sorted(speaker for speaker, _, _ in said) == ["吴海燕", "周立群"]
    assert len({text for _, _, text in said}) == 1


def test_she_after_a_quotation_of_someone_described_is_that_person_not_the_official_before(
        library_path: Path) -> None:
    page = (
        "代表热议政府工作报告\n\n"
        "副区长韩启明表示，今年将加快城乡融合发展。\n\n"
        "“报告里说今年要新建3所养老服务中心，这是老百姓最关心的事。”区人大代表、种粮大户范金凤说。"
        "她建议，养老服务中心的选址要向农村倾斜。"
    )
    said = {text: speaker for speaker, _, text in _said(library_path, page)}
    assert said["今年将加快城乡融合发展。"] == "韩启明"
    assert said["养老服务中心的选址要向农村倾斜。"].endswith("范金凤")  # a remark of hers, not his statement


def test_a_guest_invited_to_speak_is_who_she_is_and_a_street_is_no_person(library_path: Path) -> None:
    page = (
        "县委理论学习中心组集体学习\n\n"
        "镇长邢嘉、云台街道党工委书记伍思源分别作表态发言。伍思源说，云台街道将围绕楼宇经济做文章。\n\n"
        "会议还邀请澜州大学经济学院教授辛蕙作了题为《新质生产力与县域经济》的专题辅导。她认为，发展新质生产力"
        "不是放弃传统产业，而是要用新技术改造提升传统产业。"
    )
    said = {text: speaker for speaker, _, text in _said(library_path, page)}
    assert said["云台街道将围绕楼宇经济做文章。"] == "伍思源"
    assert said["发展新质生产力不是放弃传统产业，而是要用新技术改造提升传统产业。"] == "辛蕙"  # her remark
    with open_library(library_path) as library:
        people = {p.name for p in directory.load_directory(library).people.values()}
    assert "云台" not in people and "辛蕙作" not in people


def test_points_after_a_colon_stop_before_the_attendance_sentence(library_path: Path) -> None:
    page = ("区委副书记督查平安建设\n\n"
            "区委副书记韩启明带队实地督查迎检工作，并就下步工作提出了两方面要求：一是要勇于担当，挑起主责；"
            "二是要敢抓严管，确保总体平稳。区委办及区有关职能部门负责人参加督查活动。")
    said = _said(library_path, page)
    assert [text for _, _, text in said] == ["一是要勇于担当，挑起主责；二是要敢抓严管，确保总体平稳。"]


def test_a_sentence_opening_with_when_after_is_narration(library_path: Path) -> None:
    page = ("县长检查防汛工作\n\n"
            "县长韩启明在防汛指挥部强调，要压实责任，确保安全度汛。当了解到降雨集中在长发村附近后，韩启明当即前往长发村查看水情。")
    said = _said(library_path, page)
    assert [text for _, _, text in said] == ["要压实责任，确保安全度汛。"]


def test_a_speech_inside_an_enumerated_item_ends_with_its_item(library_path: Path) -> None:
    page = ("镇召开第一书记对接会\n\n"
            "会议共三项议程。一是传达文件精神；二是县委组织部副部长韩启明讲话，希望第一书记与镇村干部互相交流学习，"
            "把工作落到实处；三是第一书记、村支部书记交流发言。")
    said = _said(library_path, page)
    assert [(speaker, text) for speaker, _, text in said] == [
        ("韩启明", "第一书记与镇村干部互相交流学习，把工作落到实处")]


def test_page_furniture_labels_are_never_turns_nor_people(library_path: Path) -> None:
    page = (
        "区政府召开常务会议\n\n"
        "日期：2025-03-12\n\n作者：林晓\n\n编辑：周立\n\n"
        "3月11日，区长韩启明主持召开区政府常务会议。韩启明指出，要抓好春季安全生产。"
    )
    with open_library(library_path) as library:
        import_pasted(library, page)
        tag_articles(library, everything=True)
        speakers = {e["speaker"] for e in list_excerpts(library)}
        people = {p.name for p in directory.load_directory(library).people.values()}
    assert speakers == {"韩启明"}
    assert not people & {"日期", "作者", "编辑"}


def test_a_word_taken_for_a_name_on_one_page_is_not_found_on_others(library_path: Path) -> None:
    """A suggestion with no title (a word mistaken for a name) is not matched in other
    articles: only confirmed people and titled suggestions are looked for everywhere."""
    first = "综合服务\n\n综合：今天的天气很好。\n\n综合：明天也很好。"
    second = "服务区开放\n\n10月1日，全区综合服务区正式开放，副区长韩启明出席。韩启明表示，要办好群众身边事。"
    with open_library(library_path) as library:
        for page in (first, second):
            import_pasted(library, page)
        tag_articles(library, everything=True)
        mentions = {e["text"] for e in list_excerpts(library, kind="mention")}
    assert "综合" not in mentions and "韩启明" in mentions


def test_a_bare_title_names_who_held_it_on_the_articles_date(library_path: Path) -> None:
    """区长强调 in a story that never names the 区长: the directory's dated titles say who it was."""
    page = "区政府常务会议召开\n\n9月3日，区政府召开常务会议。区长强调，要抓好秋季安全生产。"
    with open_library(library_path) as library:
        kept = directory.add_person(library, "韩启明", "official")
        directory.add_title(library, kept, directory.Title("云湖区区长", "云湖区", "2025-01-01", None))
        import_pasted(library, page, ImportOptions(published="2025-09-05"))
        tag_articles(library, everything=True)
        (statement,) = list_excerpts(library, kind="statement")
    assert statement["speaker"] == "韩启明" and statement["text"] == "要抓好秋季安全生产。"


def test_a_verb_opening_what_was_said_is_one_act_and_a_demand_without_content_none(library_path: Path) -> None:
    """说，希望… is one statement, not 说 and 希望 over the same words (a scorer counts the second
    as wrong); 提出了明确要求。 and 提出三点希望。 say that something was asked, not what."""
    page = (
        "区长走访企业\n\n"
        "本报讯 9月6日，区长覃立言走访辖区企业。覃立言说，希望企业坚定发展信心，区里将全力做好服务保障。"
        "他表示，要求各部门主动靠前服务。\n\n"
        "座谈会上，覃立言对企业发展提出三点希望。覃立言提出殷切希望，勉励大家再接再厉。"
        "覃立言对下一步工作提出了明确要求。\n\n"
        "覃立言殷切希望青年干部在一线砥砺成长。"
    )
    said = _said(library_path, page)
    assert said == [
        ("覃立言", "说", "希望企业坚定发展信心，区里将全力做好服务保障。"),
        ("覃立言", "表示", "要求各部门主动靠前服务。"),
        ("覃立言", "勉励", "大家再接再厉。"),
        ("覃立言", "希望", "青年干部在一线砥砺成长。"),
    ]


def test_a_quotation_over_several_paragraphs_is_one_statement(library_path: Path) -> None:
    """Each paragraph of a long quotation opens with “ and only the last closes: one statement
    from the first “ to the last ”, whether attributed before (说：“…) or after (“…”沈立诚说。)."""
    page = (
        "县委书记调研乡村振兴\n\n"
        "本报讯 9月15日，县委书记沈立诚到青石镇调研乡村振兴工作。\n\n"
        "“产业兴旺是乡村振兴的基础。\n\n"
        "“各镇要立足资源禀赋，发展特色产业。”沈立诚说。\n\n"
        "在随后召开的座谈会上，县长李明华说：“今年我们要办好十件民生实事。\n\n"
        "“每一件都要让群众看得见、摸得着。”\n\n"
        "会后，李明华来到社区卫生服务中心调研。"
    )
    said = [(speaker, text.replace("\n", "")) for speaker, _, text in _said(library_path, page)]
    assert said == [
        ("沈立诚", "产业兴旺是乡村振兴的基础。“各镇要立足资源禀赋，发展特色产业。"),
        ("李明华", "今年我们要办好十件民生实事。“每一件都要让群众看得见、摸得着。"),
    ]


def test_she_after_a_mans_demand_is_the_woman_who_reported(library_path: Path) -> None:
    page = (
        "区委书记调研防汛工作\n\n"
        "本报讯 7月20日，区委书记周凯调研防汛工作。区领导孙晓梅、邓平一同调研。\n\n"
        "随后，周凯来到区防汛指挥部，听取全区防汛工作汇报。孙晓梅汇报了近期雨情水情。\n\n"
        "周凯要求，要加强监测预警，做好人员转移准备。她表示，将立即部署落实。"
    )
    assert _said(library_path, page) == [
        ("周凯", "要求", "要加强监测预警，做好人员转移准备。"),
        ("孙晓梅", "表示", "将立即部署落实。"),
    ]


def test_names_without_a_han_surname_after_a_title(library_path: Path) -> None:
    """Tibetan, Mongolian and Uyghur names (尼玛次仁, 那日苏, 艾尔肯·吐尼亚孜) have no Han surname
    and often four or more characters: after a title, up to what ends a name, they are names."""
    page = (
        "州委常委会召开\n\n"
        "本报讯 10月9日，州委书记尼玛次仁主持召开州委常委会议。州长罗布顿珠、副州长那日苏出席。\n\n"
        "尼玛次仁强调，要全力做好冬春季农牧民增收工作。罗布顿珠表示，州政府将抓好各项工作落实。\n\n"
        "自治区主席艾尔肯·吐尼亚孜在视频讲话中指出，要扎实推进各项民生工程。\n\n"
        "会后，县长大力推进项目建设的做法得到肯定。"
    )
    assert _said(library_path, page) == [
        ("尼玛次仁", "强调", "要全力做好冬春季农牧民增收工作。"),
        ("罗布顿珠", "表示", "州政府将抓好各项工作落实。"),
        ("艾尔肯·吐尼亚孜", "指出", "要扎实推进各项民生工程。"),
    ]


def test_the_reporters_facts_after_a_speech_are_not_part_of_it(library_path: Path) -> None:
    """该项目总投资… and 这是…他第三次… follow what was said but are the reporter's; a sentence of
    the speech that names someone else as 他 (要向他学习) goes on with it."""
    page = (
        "区长调研重点项目\n\n"
        "本报讯 10月10日，区长李明华调研重点项目建设。李明华强调，要倒排工期、挂图作战，确保项目早日投产。"
        "该项目总投资5亿元，建成后年产值可达10亿元。\n\n"
        "李明华说，要抓好安全生产。这是今年以来他第三次到项目一线调研。\n\n"
        "在老党员张福成家，李明华表示，张福成同志是全区党员的榜样。大家要向他学习。"
    )
    assert _said(library_path, page) == [
        ("李明华", "强调", "要倒排工期、挂图作战，确保项目早日投产。"),
        ("李明华", "说", "要抓好安全生产。"),
        ("李明华", "表示", "张福成同志是全区党员的榜样。大家要向他学习。"),
    ]


def test_points_announced_with_a_colon_start_on_the_next_line(library_path: Path) -> None:
    page = (
        "全区安全生产大检查部署会\n\n"
        "本报讯 10月12日，全区安全生产大检查部署会召开。区长李明华出席并讲话。\n\n"
        "李明华就做好下一步工作提出三点要求：\n\n"
        "一是提高政治站位，切实增强责任感。\n\n"
        "二是强化督导问责，确保责任落实到位。\n\n"
        "会上，区应急局通报了前期检查情况。副区长张海说：\n\n"
        "“各街道要立即行动。”"
    )
    said = [(speaker, verb, text.replace("\n", "")) for speaker, verb, text in _said(library_path, page)]
    assert said == [
        ("李明华", "提出", "一是提高政治站位，切实增强责任感。二是强化督导问责，确保责任落实到位。"),
        ("张海", "说", "各街道要立即行动。"),
    ]
    with open_library(library_path) as library:
        starts = [s["text"][:2] for s in list_excerpts(library, kind="statement")]
    assert starts == ["一是", "各街"]  # the excerpt starts at the words, not at the line break before them


def test_a_verb_after_praising_someone_is_what_they_did(library_path: Path) -> None:
    page = (
        "总理点赞女县长\n\n"
        "本报讯 8月4日，国务院总理李克强在现场协调会议上3次提起张雁，表扬她敢于直言不讳提出救灾的困难和问题。"
        "李克强表示，要全力做好受灾群众安置工作。\n\n"
        "区委书记周凯称赞他勇于担当，并强调，要在全区推广这一做法。"
    )
    assert _said(library_path, page) == [
        ("李克强", "表示", "要全力做好受灾群众安置工作。"),
        ("周凯", "强调", "要在全区推广这一做法。"),
    ]


def test_compound_and_rare_surnames_after_a_title_and_with_a_rank(library_path: Path) -> None:
    """县长诸葛晓燕 … 诸葛县长深情地说 (诸葛县长 had become a name of its own); 县长税海涛冒雪… and
    县长常建平冒雪… (税 and 常 are also words: after a title they are surnames)."""
    page = (
        "县长冒雪慰问困难群众\n\n"
        "1月11日下午，大雪纷飞，武山县长诸葛晓燕冒雪慰问困难群众。诸葛县长深情地对老党员说：“您辛苦了，组织会尽力帮助您。”\n\n"
        "当天，副县长税海涛冒雪走访敬老院。税海涛表示，要让老人们温暖过冬。副县长常建平冒雪检查道路。常建平强调，要及时清雪除冰。"
    )
    assert _said(library_path, page) == [
        ("诸葛晓燕", "说", "您辛苦了，组织会尽力帮助您。"),
        ("税海涛", "表示", "要让老人们温暖过冬。"),
        ("常建平", "强调", "要及时清雪除冰。"),
    ]


def test_a_quotation_given_to_this_holder_of_a_rank(library_path: Path) -> None:
    page = (
        "局长走基层\n\n"
        "本报讯 区市场监管局局长吴昊来到青石农贸市场检查食品安全。"
        "“食品安全是底线，一刻也不能放松。”这位局长说。\n\n"
        "“群众吃得放心，我们才能安心。”这位有着20年党龄的局长感慨地说。"
    )
    assert _said(library_path, page) == [
        ("吴昊", "说", "食品安全是底线，一刻也不能放松。"),
        ("吴昊", "说", "群众吃得放心，我们才能安心。"),
    ]


def test_a_visit_goes_on_without_its_subject_and_another_subject_stops_it(library_path: Path) -> None:
    """每到一处，都认真察看…，要求… / 在生产车间，详细询问…，鼓励…: the official of the last sentence goes on
    unprinted (the verbs had no speaker); 在座谈中，企业负责人…希望 and 大家在讨论中认为 are not his — 大家 with
    在讨论中 before its verb had been nobody, and ran on inside the sentence before."""
    page = (
        "县委书记督导安全生产\n\n"
        "本报讯 县委书记刘建国一行先后来到青石化工、东湖建材等企业，详细了解安全生产责任落实情况。"
        "每到一处，都认真察看生产现场，要求企业负责人时刻绷紧安全生产这根弦。\n\n"
        "在生产车间，详细询问企业生产经营情况，鼓励企业加大研发投入。\n\n"
        "在座谈中，企业负责人介绍了生产情况，希望政府帮助解决用工难题。大家在讨论中认为，安全培训要常抓不懈。"
    )
    said = _said(library_path, page)
    assert said == [
        ("刘建国", "要求", "企业负责人时刻绷紧安全生产这根弦。"),
        ("刘建国", "鼓励", "企业加大研发投入。"),
        ("企业负责人", "希望", "政府帮助解决用工难题。"),
        ("大家", "认为", "安全培训要常抓不懈。"),
    ]


def test_quotations_before_a_lead_clause_and_a_persons_saying(library_path: Path) -> None:
    """“……”在座谈会上，王静这样说。 / “……”谈起今后的打算，王静如是说。 / “……”这是王静常说的一句话。"""
    page = (
        "区长走基层\n\n"
        "本报讯 区长王静来到东湖社区调研。\n\n"
        "“民生无小事，枝叶总关情。”在座谈会上，王静这样说。\n\n"
        "“干部要多到群众中去。”这是王静常说的一句话。\n\n"
        "“发展是第一要务，民生是最大政绩。”谈起今后的打算，王静如是说。\n\n"
        "“环境变好了，住着舒心。”在小区里，居民们这样说。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, page) if s["speaker"] == "王静"]
    assert said == [
        ("王静", "民生无小事，枝叶总关情。"),
        ("王静", "干部要多到群众中去。"),
        ("王静", "发展是第一要务，民生是最大政绩。"),
    ]


def test_he_is_not_the_first_of_those_attending_nor_an_escort(library_path: Path) -> None:
    """…王静主持…，区长李强、区委副书记刘洋出席。他强调… — 他 is the one presiding, not the first of the
    list attending; 孙红在区委书记王静陪同下调研。她指出… — not the escort."""
    presided = (
        "区委常委会\n\n"
        "本报讯 3月5日，区委书记王静主持召开区委常委会会议，区长李强、区委副书记刘洋出席。他强调，要抓好全年目标任务。"
    )
    escorted = (
        "市领导调研\n\n"
        "本报讯 市委书记孙红在区委书记王静陪同下调研城市更新。她指出，城市更新要坚持人民至上。"
    )
    said = [(s["speaker"], s["text"]) for s in _tag(library_path, presided, escorted)]
    assert sorted(said) == sorted([("王静", "要抓好全年目标任务。"), ("孙红", "城市更新要坚持人民至上。")])


def test_a_dialogue_of_quotations_each_to_its_speaker(library_path: Path) -> None:
    """市长问：“…” (问 before a colon says); a quotation that ends its sentence ends the speech when
    someone else goes on (…不够发放。”市长眉头紧锁，追问：“…”) or another quotation follows; 指着说： is 说."""
    page = (
        "市长察看灾区\n\n"
        "本报讯 市长林海来到受灾的青石镇，镇长刘芳正在组织群众转移。市长问：“救灾有什么困难？”刘芳据实相告：“现在物资缺乏，"
        "食品和饮用水不够发放。”林海眉头紧锁，追问：“还有什么难题？”刘芳拉着市长来到安置帐篷，指着说：“最大的困难是"
        "道路不畅，帐篷都是靠肩扛进来的。” “大家都看着我们呢！”"
    )
    said = _said(library_path, page)
    assert said[:4] == [
        ("林海", "问", "救灾有什么困难？"),
        ("刘芳", "据实相告", "现在物资缺乏，食品和饮用水不够发放。"),
        ("林海", "追问", "还有什么难题？"),
        ("刘芳", "说", "最大的困难是道路不畅，帐篷都是靠肩扛进来的。"),
    ]


def test_saying_after_asking_and_the_nearest_verb_that_acts(library_path: Path) -> None:
    """对于企业家们提出的问题，叶区长要求工作人员一一记录，表示将… — having asked, he says something of his own
    (a new act: it had been dropped inside the asking), and his, not the 企业家们' whose 提出的 is no act."""
    page = (
        "区长走访企业\n\n"
        "本报讯 副区长叶浩走访企业。对于企业家们提出的用工难等问题，叶区长要求工作人员一一记录，"
        "表示将采取多种方式为企业排忧解难。"
    )
    said = _said(library_path, page)
    assert said == [("叶浩", "要求", "工作人员一一记录"), ("叶浩", "表示", "将采取多种方式为企业排忧解难。")]


def test_this_secretary_is_the_one_the_article_names(library_path: Path) -> None:
    """这位区委书记说 / 这位区长表示 / 该局局长表示: a demonstrative before a title points at its holder."""
    page = ("调研\n\n本报讯 区委书记王静、区长李强到青石街道调研。这位区委书记说，老旧小区改造要让群众满意。"
            "这位区长表示，要加快进度。")
    said = _said(library_path, page)
    assert said == [("王静", "说", "老旧小区改造要让群众满意。"), ("李强", "表示", "要加快进度。")]


def test_a_hope_after_what_someone_said_goes_on_with_it(library_path: Path) -> None:
    """表示，…。希望… and 表示，…；希望…: the hope is part of what was said (one statement, as
    the real articles' gold reads it); after 指出 a sentence opening with 希望 is an act of its own."""
    page = (
        "区长座谈民营企业家\n\n"
        "5月8日，区长罗文斌与民营企业家座谈。罗文斌表示，民营企业是全区经济的重要支柱，区里将持续优化营商环境。"
        "希望各位企业家坚定发展信心，扎根本地做大做强。\n\n"
        "副区长柏青松表示，各部门要主动上门服务，帮助企业解决实际困难；希望企业守牢安全生产底线。\n\n"
        "区委书记陶海川指出，今年是全区发展的关键一年。希望大家勇于担当，奋发有为。"
    )
    said = _said(library_path, page)
    assert ("罗文斌", "表示", "民营企业是全区经济的重要支柱，区里将持续优化营商环境。"
            "希望各位企业家坚定发展信心，扎根本地做大做强。") in said, said
    assert ("柏青松", "表示", "各部门要主动上门服务，帮助企业解决实际困难；希望企业守牢安全生产底线。") in said, said
    assert ("陶海川", "希望", "大家勇于担当，奋发有为。") in said, said


def test_the_editors_note_introducing_an_excerpt_ends_the_speech(library_path: Path) -> None:
    """…协调联动发展。以下为部分内容节选。 — the editor's words, not the spokesperson's."""
    page = (
        "区发展改革局召开新闻发布会\n\n"
        "3月16日上午，区发展改革局举行新闻发布会。新闻发言人陈芳出席发布会并回答记者提问。她表示，下一步将加快推进"
        "城北片区基础设施建设，更好地带动周边街道协调发展。以下为部分内容节选。"
    )
    spoken = _spoken(library_path, page)
    assert spoken == [("陈芳", "下一步将加快推进城北片区基础设施建设，更好地带动周边街道协调发展。")], spoken


def test_a_groups_deputy_leader_by_title_alone_ends_the_meetings_words(library_path: Path) -> None:
    """督导组副组长对…表示同意，要求… — the one member titled …督导组副组长 speaks, and the meeting's words end
    before him."""
    page = (
        "镇召开教育实践活动动员会\n\n"
        "3月5日，青石镇召开教育实践活动动员大会。县教育实践活动第三督导组副组长林国栋一行出席会议。"
        "会议由镇党委书记周凯主持。\n"
        "会议强调，全镇上下要统一思想，充分认识活动的重大意义；要切实加强领导，确保活动取得实效。"
        "督导组副组长对我镇活动的总体安排表示同意，要求整个活动既要做好规定动作，又要突出自选动作。"
    )
    spoken = _spoken(library_path, page)
    assert spoken == [
        ("会议", "全镇上下要统一思想，充分认识活动的重大意义；要切实加强领导，确保活动取得实效。"),
        ("林国栋", "整个活动既要做好规定动作，又要突出自选动作。"),
    ], spoken


def test_an_office_before_its_verb_speaks_for_itself_not_for_the_official_of_the_paragraph(
        library_path: Path) -> None:
    """区委宣传部要求各街道…深入一线采访报道，… — the office's demand (a remark), not the 区委书记's the paragraph is
    about (报道， is no verb of saying framing it); 统一到区委要求上来, 按照镇党委要求 are no acts of an office."""
    page = (
        "区委书记部署宣传工作\n\n"
        "入汛以来，区委书记周凯高度重视防汛宣传工作，多次强调要做好防汛宣传。区委宣传部要求各街道和新闻单位深入一线"
        "采访报道，为打赢防汛攻坚战提供舆论支持。周凯指出，宣传工作要贴近群众。\n\n"
        "镇党委书记陈守权强调，换届工作事关大局，要把思想统一到区委要求上来。各村一定要按照镇党委要求，高标准完成换届任务。"
    )
    assert _spoken(library_path, page) == [
        ("周凯", "要做好防汛宣传。"),
        ("周凯", "宣传工作要贴近群众。"),
        ("陈守权", "换届工作事关大局，要把思想统一到区委要求上来。各村一定要按照镇党委要求，高标准完成换届任务。"),
        ("区委宣传部", "各街道和新闻单位深入一线采访报道，为打赢防汛攻坚战提供舆论支持。"),  # (a remark)
    ]


def test_exhorting_in_taiwan_usage_addresses_its_hearers(library_path: Path) -> None:
    """期勉 (as 勉励: the hearers, then what they are urged to do), in traditional characters."""
    page = (
        "東河區長出席年終聯歡\n\n"
        "東河區公所今天舉行年終聯歡，區長林志明期勉同仁持續精進為民服務，讓東河成為最安心的生活圈。"
    )
    statements = _tag(library_path, page)
    assert [(s["speaker"], s["verb"], s["text"]) for s in statements] == [
        ("林志明", "期勉", "同仁持續精進為民服務，讓東河成為最安心的生活圈。")], statements


def test_officials_set_a_clause_each_before_the_one_with_deng_share_the_act(library_path: Path) -> None:
    """市人大常委会主任甲，市政协委员、市政协主席乙，市人大代表、副市长丙等近日看望了…，希望… — the officials a clause
    each (a 、 inside their titles), the last followed by 等: the hope is each one's (only the last had it)."""
    page = (
        "市领导看望两会报道组\n\n"
        "本报讯 在京出席全国两会的市人大常委会主任陈一勇，全国政协委员、市政协主席王一辉，"
        "全国人大代表、副市长余一艺等近日看望了我市赴京报道组，对报道给予充分肯定，希望各媒体不断创新报道方式。"
    )
    assert sorted(_said(library_path, page)) == [("余一艺", "希望", "各媒体不断创新报道方式。"),
                                                 ("王一辉", "希望", "各媒体不断创新报道方式。"),
                                                 ("陈一勇", "希望", "各媒体不断创新报道方式。")]


def test_a_resident_named_only_before_how_he_spoke_and_the_people_spoken_to_are_no_speakers(
        library_path: Path) -> None:
    """在村民家中，赵一平详细询问…，某某激动地说“……” — someone named only there, before how he spoke, says it (his words
    had been the vice county head's); 并语重心长地对随行的镇村负责人说我们一定要… — those spoken to are no speaker, and
    words in the first person right after 说 are what was said (they had been the 负责人's, then nobody's)."""
    page = (
        "副县长走访慰问困难群众\n\n"
        "1月24日，副县长赵一平深入白沙镇走访慰问困难群众。在青山村村民家中，赵一平详细询问了看病报销情况，"
        "董海山激动地说“党的政策好，看病的钱政府都给报销了。”\n\n"
        "看到群众生活得到改善，赵一平很欣慰，并语重心长地对随行的镇村负责人说我们一定要对困难群众多走访，"
        "帮助他们解决困难。随后，赵一平还看望了离任村干部。"
    )
    spoken = _spoken(library_path, page)
    assert [text for speaker, text in spoken if speaker == "赵一平"] == ["我们一定要对困难群众多走访，帮助他们解决困难。"]
    assert not any("负责人" in speaker for speaker, _ in spoken)


def test_a_speech_stops_before_who_attended_in_its_sentence(library_path: Path) -> None:
    """…要求大家…做好防暑降温工作，区委副书记、区长某某，区人大常委会主任某某参加，负责人全程陪同。 — the clauses naming
    who was there are the reporter's (they had run on in the statement)."""
    page = (
        "区委书记检查保供电工作\n\n"
        "本报讯 7月11日，区委书记孙一民带队到供电公司检查保供电工作，要求大家全力保障居民正常供电，同时做好防暑降温工作，"
        "区委副书记、区长赵一平，区人大常委会主任李一川参加，公司负责人全程陪同。"
    )
    assert _spoken(library_path, page) == [("孙一民", "大家全力保障居民正常供电，同时做好防暑降温工作")]


def test_officials_listed_a_clause_each_hope_together_and_a_meeting_goes_on_without_its_name(
        library_path: Path) -> None:
    """区委书记甲，区委副书记、代区长乙前往…，亲切看望委员，殷切希望… — clauses that are only a titled name list the
    subjects, without 等 too (the hope had been 乙's alone; 殷切 is no one's name); 会议传达学习了…。强调要… — a sentence
    with no subject after one the meeting opens goes on with the meeting (it had been the secretary's)."""
    page = (
        "区领导看望政协委员\n\n"
        "本报讯 1月13日上午，区委书记李一川，区委副书记、代区长戴一平前往区政协会议讨论点，亲切看望委员，"
        "殷切希望委员们认真履行职责，开好会议。\n\n"
        "旗委书记张一玲主持召开旗委常委会会议。\n\n"
        "会议传达学习了上级重要讲话精神。强调要锚定目标，扎实推进各项工作。"
    )
    assert _spoken(library_path, page) == [
        ("李一川", "委员们认真履行职责，开好会议。"), ("戴一平", "委员们认真履行职责，开好会议。"),
        ("会议", "要锚定目标，扎实推进各项工作。")]


def test_review_the_stops_speech_rules_leave_ordinary_reports_alone(library_path: Path) -> None:
    """What the review found the stop's rules catching: 郑重地表示 / 严正指出 / 曾多次强调 with no subject (a manner, no
    stranger named 郑重地); 向阳社区负责人介绍 (a community's name, nobody spoken to); 会议期间，王某还看望了…。希望…
    (the meeting does not act there); a question and its answer quoted one after another (only the question is his);
    逐一解答，… and 介绍我们参观了… (no statement); a deputy given a task after a name (…负责督导检查，务必…) and
    made to attend (…要亲自参加调度会) — both still the speech."""
    page = (
        "区长检查民生工作\n\n"
        "本报讯 6月1日，区长王一明察看了房屋安全情况，郑重地表示，要把群众的冷暖放在心上。\n\n"
        "王一明来到便民服务中心，严正指出，要坚决纠正推诿扯皮。\n\n"
        "王一明来到青石村，向阳社区负责人介绍，社区今年新建了三个养老服务站。\n\n"
        "会议期间，王一明还看望了部分企业家代表。希望企业家们坚定发展信心。\n\n"
        "在低保户家中，王一明关切地问：“孩子上学远不远？”“不远，走路十分钟就到。”\n\n"
        "对群众反映的问题，王一明逐一解答，现场协调解决了一批问题。王一明介绍我们参观了村史馆。\n\n"
        "区委副书记周一平表示，要落实领导包联制度。各镇街主要负责同志是第一责任人，副区长钱一江负责督导检查，"
        "务必做到守土有责。\n\n"
        "县长孙一民要求，要把困难群众的冷暖放在心上，副县长李一川要亲自参加每月的调度会。"
    )
    spoken = [said for said in _spoken(library_path, page) if said[0] != "向阳社区负责人"]
    assert spoken == [
        ("王一明", "要把群众的冷暖放在心上。"), ("王一明", "要坚决纠正推诿扯皮。"), ("王一明", "企业家们坚定发展信心。"), ("王一明", "孩子上学远不远？"),
        ("周一平", "要落实领导包联制度。各镇街主要负责同志是第一责任人，副区长钱一江负责督导检查，务必做到守土有责。"),
        ("孙一民", "要把困难群众的冷暖放在心上，副县长李一川要亲自参加每月的调度会。")], spoken


def test_a_deputy_prefect_named_before_his_rank_and_a_speaker_who_turns_to_speak(library_path: Path) -> None:
    """黄某副州长…，黄州长强调，… — a name before 副州长 (州长 ends a name as 县长 does: 黄某副 had been read) and the
    surname and rank that go on with him; 在详细了解…后，转身叮嘱其家人，… — turning round, the paragraph's speaker asks
    (转身 had stood for a subject of its own)."""
    page = (
        "副州长调研州工投集团\n\n"
        "本报讯 集团负责人汇报了工作情况。\n\n"
        "黄一华副州长对集团发展定位表示充分肯定，黄州长强调，要把前期工作做扎实。\n\n"
        "副县长张一新走访慰问困难党员。在详细了解老人的病情后，转身叮嘱其家人，一定要悉心照顾老人。"
    )
    assert _spoken(library_path, page) == [("黄一华", "要把前期工作做扎实。"),
                                           ("张一新", "其家人，一定要悉心照顾老人。")]
