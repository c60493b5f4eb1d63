"""Quotations with no verb of saying beside them (composer/people/quotations.py): after a comma in a sentence
about their speaker, before a speaker described at length who "这样看待" something — and the holder of a title
printed as 当选市长的王建新; verbs that say only before their mark (驳斥道：). Each page written for these tests."""

from __future__ import annotations

from pathlib import Path

from composer.people.discovery import discover
from tests.test_people import _tagged
from tests.test_statements import _said, _spoken


def test_a_first_person_quotation_after_a_comma_is_the_subjects(library_path: Path) -> None:
    """周凯是首次亮相，“今后我将……” — no verb, the words in the first person: the sentence's subject said
    them (they had been nobody's)."""
    page = (
        "新任区长亮相发布会\n\n"
        "3月5日，区政府召开新闻发布会。新任区长周凯是首次在发布会上亮相，“今后我将把更多时间用在走访企业上，"
        "帮助企业解决实际困难。”\n\n"
        "发布会上，区发改委主任刘芳介绍了一季度经济运行情况，“总体平稳，稳中有进。”"
    )
    said = _said(library_path, page)
    assert ("周凯", None, "今后我将把更多时间用在走访企业上，帮助企业解决实际困难。") in [
        (speaker, None, text) for speaker, _, text in said]
    assert not any(text.startswith("总体平稳") for _, _, text in said)  # (no first person: a summary, not a quote)


def test_a_quotation_before_a_described_speaker_who_sees_it_so(library_path: Path) -> None:
    """“……”刚刚当选青石市市长的王建新1日接受专访时这样看待自己的新角色 — the speaker described before the name,
    这样看待 for the verb (the quotation had been nobody's, and 王建新 no official)."""
    page = (
        "新任市长接受专访\n\n"
        "“这是一份沉甸甸的责任，我会全力以赴。”刚刚当选青石市市长的王建新1日接受本报专访时这样看待自己的新角色。\n\n"
        "王建新说，今年将重点抓好城市更新和就业。"
    )
    said = _said(library_path, page)
    assert ("王建新", "看待", "这是一份沉甸甸的责任，我会全力以赴。") in said
    assert ("王建新", "说", "今年将重点抓好城市更新和就业。") in said


def test_a_title_then_de_then_its_holder() -> None:
    """当选市长的王建新1日…: a title, 的, the name and what they do — an official; 市长的关心 names nobody."""
    found = discover("刚刚当选青石市市长的王建新1日接受本报专访。感谢区长的关心和支持。", reporters=[],
                     photographers=[], interview=False)
    assert [(s.name, s.role) for s in found] == [("王建新", "official")]


def test_verbs_that_say_only_before_their_mark(library_path: Path) -> None:
    """驳斥道：“……” / 声明：“……” quote the official (both had been lost); 驳斥了…的说法 says nothing itself."""
    page = (
        "发言人答问侧记\n\n"
        "3月2日，区政府新闻发言人李强回答了记者提问。\n\n"
        "有人炒作青石营商环境变差，李强驳斥道：“这完全是个伪命题。”\n\n"
        "李强言辞坚定地声明：“青石欢迎各类企业前来投资。”\n\n"
        "李强驳斥了所谓“招商不诚信”的说法，会后区里公布了去年的兑现清单。"
    )
    said = _said(library_path, page)
    assert ("李强", "驳斥", "这完全是个伪命题。") in said
    assert ("李强", "声明", "青石欢迎各类企业前来投资。") in said
    assert len(said) == 2


def test_shuo_dao_misprinted_after_a_quotation_ends_it(library_path: Path) -> None:
    """“……”镇长周凯说到。 (说道 misprinted, common on small sites): the quotation is the speaker's, and 到。下一步…
    after it nobody's words (it had been read as 说 with 到。… for its content)."""
    page = (
        "白沙镇走访企业\n\n"
        "2月18日，镇长周凯带领专班深入企业，开展“开门红”走访。\n\n"
        "“企业发展的好坏，直接影响到一个镇经济发展的好坏。”周凯说到。下一步，白沙镇将继续深化对企业的服务。\n\n"
        "“人勤春来早，实干开新局。”白沙镇党委负责人说到。"
    )
    said = _said(library_path, page)
    assert [(speaker, text) for speaker, _, text in said] == [
        ("周凯", "企业发展的好坏，直接影响到一个镇经济发展的好坏。"),
        ("白沙镇党委负责人", "人勤春来早，实干开新局。")]


def test_a_lone_quotation_then_narration_of_one_person_then_their_quotation(library_path: Path) -> None:
    """“……”听到表扬，周凯有些拘谨的神情放松了。“……”他说。 — a quotation standing alone, a sentence about one person with no
    saying in it, then a quotation that person said: both are theirs (the first had been nobody's). A sentence naming
    someone else between them gives the first to nobody."""
    page = (
        "镇长周凯的一天\n\n"
        "本报讯 镇长周凯正在安置点清点物资。\n\n"
        "“我只是把实际困难讲了出来，没想到得到表扬。”听到表扬，周凯有些拘谨的神情放松了。"
        "“作为基层干部，就要说真话、办实事。”他说。\n\n"
        "“路修好了，我们出门方便多了。”村民李大爷笑着拉住副镇长王敏的手。“接下来还要把路灯装起来。”周凯说。"
    )
    said = _spoken(library_path, page)
    assert ("周凯", "我只是把实际困难讲了出来，没想到得到表扬。") in said
    assert ("周凯", "作为基层干部，就要说真话、办实事。") in said
    assert not any(text.startswith("路修好了") for _, text in said)


def test_explaining_verbs_say_before_their_mark_and_are_nouns_after_zuo_le(library_path: Path) -> None:
    """他解释，… / 刘芳说明，… say what follows; 就草案作了说明，… names an act, not what was said (the clause after
    it is what others did)."""
    page = (
        "区人大常委会召开会议\n\n"
        "本报讯 区人大常委会召开第十次会议。区发改委主任刘芳就计划草案作了说明，常委会组成人员进行了审议。\n\n"
        "谈到为何调低增速目标，刘芳解释，今年要把更多精力放在提高发展质量上。"
    )
    said = _spoken(library_path, page)
    assert said == [("刘芳", "今年要把更多精力放在提高发展质量上。")]


def test_a_comma_quotation_after_a_visit_is_not_the_visitors(library_path: Path) -> None:
    """3月5日，区长李强谈起今年的打算，“我们将…” is his (a date clause before the subject); 区长王静来到村民家中，“我家…”
    may be whoever he visited: nobody's."""
    page = (
        "区长谈就业\n\n"
        "3月5日，区长李强谈起今年的打算，“我们将新增就业岗位五千个。”\n\n"
        "1月20日，区长王静来到村民家中，“我家今年收入翻了一番，日子越过越好。”"
    )
    said = _spoken(library_path, page)
    assert said == [("李强", "我们将新增就业岗位五千个。")]


def test_a_quotation_after_a_sentence_in_which_its_speaker_takes_up_a_topic(library_path: Path) -> None:
    """何晓燕还介绍了居民收入情况。“一季度，……” — no verb beside the quotation: the one who took up the topic
    in the sentence before said it (it had been nobody's). Not when the sentence names someone else too."""
    page = (
        "市政府新闻办举行发布会\n\n"
        "4月18日，市统计局局长何晓燕介绍一季度经济运行情况。\n\n"
        "何晓燕还介绍了居民收入情况。“一季度，全市居民人均可支配收入增长5.1%，农村居民增速快于城镇居民。”\n\n"
        "何晓燕谈到了与区长王静的一次调研。“那次我们走了七个村，看到了很多变化。”"
    )
    said = _said(library_path, page)
    assert ("何晓燕", None, "一季度，全市居民人均可支配收入增长5.1%，农村居民增速快于城镇居民。") in said
    assert not any(text.startswith("那次我们") for _, _, text in said)


def test_a_lead_then_whose_hope_it_was_and_said_after_and(library_path: Path) -> None:
    """青石区要当好“四个表率”…。这是前日市长彭某…对该区寄予的殷切希望。 (the lead is the mayor's hope: it had been
    nobody's); …，并称：“……” (并称 is a word only before a name for something)."""
    page = (
        "市长到青石区调研\n\n"
        "青石区作为中心城区，要当好“四个表率”，为全市加快发展作出贡献。这是前日市长彭建国到青石区调研时对该区寄予的殷切希望。\n\n"
        "当天下午，区长王静回答了居民提问，并称：“老旧小区改造今年一定完成，请大家放心。”"
    )
    said = _spoken(library_path, page)
    assert ("彭建国", "青石区作为中心城区，要当好“四个表率”，为全市加快发展作出贡献。") in said
    assert ("王静", "老旧小区改造今年一定完成，请大家放心。") in said


def test_a_quotation_before_a_whole_title_standing_for_its_holder(library_path: Path) -> None:
    """“……”县委书记柔声道。 / “……”县委书记说。 — the whole title (organisation and rank) after a quotation is the
    one member holding it (the first had been nobody's, the second a 县委书记 no one)."""
    page = (
        "县委书记走村入户\n\n"
        "县委书记廖明俊来到村民家中。\n\n"
        "“老伯，身板还硬朗吧？能不能请各组的老乡过来，一起聊聊？”县委书记柔声道。\n\n"
        "“大家放开说，不要管时间。”县委书记说。"
    )
    said = _spoken(library_path, page)
    assert ("廖明俊", "老伯，身板还硬朗吧？能不能请各组的老乡过来，一起聊聊？") in said
    assert ("廖明俊", "大家放开说，不要管时间。") in said


def test_a_quotation_before_its_speaker_joins_the_speech_it_adjoins(library_path: Path) -> None:
    """…来之不易的。“但我们更看重的…。”他表示，新的一年… — the indirect speech right before the quotation
    goes on into it (with its closing mark), and 他表示 opens a new statement; “下一步，….”陈芳说，首先… — with
    nothing said before, the quotation and the words after its verb stay two statements (as one, it would carry
    the reporter's ”陈芳说， inside); “….”她说。 attributes its quotation: a statement of its own."""
    page = (
        "市长答记者问\n\n"
        "“增长5.8%，您还满意吗？”这是提给周凯的第一个问题。周凯表示，去年全市经济运行总体平稳，增长5.8%，"
        "这是来之不易的。“但我们更看重的，是增长背后群众生活的改善。”他表示，新的一年，全市要在稳增长上再加把劲。\n\n"
        "会后，副市长陈芳接受采访。“下一步，我们将以更大力度推进老城更新。”陈芳说，首先坚持分类施策，打造一批示范项目。\n\n"
        "新闻中心副主任王静表示，会期内还将举办多场访谈。“设立访谈室是因为网络的作用越来越大。”她说。"
    )
    spoken = _spoken(library_path, page)
    assert spoken == [
        ("周凯", "去年全市经济运行总体平稳，增长5.8%，这是来之不易的。“但我们更看重的，是增长背后群众生活的改善。”"),
        ("周凯", "新的一年，全市要在稳增长上再加把劲。"),
        ("陈芳", "下一步，我们将以更大力度推进老城更新。"),
        ("陈芳", "首先坚持分类施策，打造一批示范项目。"),
        ("王静", "会期内还将举办多场访谈。"),  # (“…。”她说。: the quotation's own attribution, its own statement)
        ("王静", "设立访谈室是因为网络的作用越来越大。"),
    ], spoken


def test_a_quotation_before_a_speaker_whose_verb_ends_the_sentence_after_an_action(library_path: Path) -> None:
    """“……”李强拉着老人的手说。 (an action between the speaker and a verb that ends the sentence), “……”面对
    记者，刘伟这样说。 (a clause before the speaker), “……”钱明在现场叮嘱项目负责人。 (the verb names only whom
    the words were for: no statement of its own, the quotation is what was said)."""
    page = (
        "镇领导一线调研\n\n"
        "1月20日，镇党委书记李强走访困难群众。“有什么困难尽管跟我们说。”李强拉着老人的手说。\n\n"
        "6月2日，镇长刘伟检查防汛工作。“汛期就是命令，各级要严阵以待。”面对记者，刘伟这样说。\n\n"
        "7月3日，镇党委副书记钱明到产业园调研。“项目建设要快马加鞭。”钱明在现场叮嘱项目负责人。"
    )
    assert sorted(_said(library_path, page)) == sorted([
        ("李强", "说", "有什么困难尽管跟我们说。"),
        ("刘伟", "说", "汛期就是命令，各级要严阵以待。"),
        ("钱明", "叮嘱", "项目建设要快马加鞭。"),
    ])


def test_quotations_one_right_after_another_before_their_speaker_are_one_statement(library_path: Path) -> None:
    """“……。”“……。”王军说。 — both quotations are what he said (the first had been nobody's); 市长王军谈发展 in
    a headline: the name ends before 谈 (王军谈 had been a person)."""
    page = (
        "市长王军谈发展\n\n"
        "本报讯 新当选的市长王军昨日接受记者采访。“我会把群众的事当作自己的事。”“第一件事就是走访基层。”王军说。"
    )
    assert _said(library_path, page) == [("王军", "说", "我会把群众的事当作自己的事。”“第一件事就是走访基层。")]
    found = discover(page, reporters=[], photographers=[], interview=False, headings=["市长王军谈发展"])
    assert "王军谈" not in [sighting.name for sighting in found] and "王军" in [s.name for s in found]


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_speech_before_it(library_path: Path) -> None:
    """陈刚表示，…。 then “……” alone as the next paragraph, attributed to nobody: more of what he said (it
    had been dropped)."""
    page = (
        "部长陈刚答问\n\n"
        "在部长通道上，教育部部长陈刚回答了记者提问。\n\n"
        "“我们将继续扩大优质教育资源供给。”陈刚表示，今年将新建改扩建幼儿园一千所。\n\n"
        "“要让每个孩子都能在家门口上好学。”"
    )
    said = _said(library_path, page)
    assert ("陈刚", "表示", "今年将新建改扩建幼儿园一千所。\n“要让每个孩子都能在家门口上好学。”") in said, said


def test_a_quotation_before_a_speaker_after_a_long_facing_clause_and_a_sigh_set_as_a_noun(library_path: Path) -> None:
    """“……”面对停车难这个困扰居民多年的问题，区住建委主任黄国梁回应。 (a 面对 clause longer than 面对记者) and
    她发出这样的感慨：“……” (the sigh as the object of 发出, its words after the colon)."""
    page = (
        "云湖区回应民生关切\n\n"
        "5月8日，云湖区召开民生工作新闻发布会。\n\n"
        "“我知道大家都关心停车难。去年新增车位三千个，大家还不够满意，我也不满意。”面对停车难这个困扰居民多年的问题，"
        "区住建委主任黄国梁回应。\n\n"
        "随后，有记者问到就业问题，区人社局局长刘晓梅发出这样的感慨：“稳住就业，就是稳住千家万户的饭碗。”"
    )
    assert sorted(_said(library_path, page)) == sorted([
        ("黄国梁", "回应", "我知道大家都关心停车难。去年新增车位三千个，大家还不够满意，我也不满意。"),
        ("刘晓梅", "感慨", "稳住就业，就是稳住千家万户的饭碗。"),
    ])


def test_a_first_person_quotation_after_the_sentence_about_its_speaker(library_path: Path) -> None:
    """部长钟山出现在通道上。“这是我…。” — a quotation in the first person right after a sentence about one official
    (nobody else in it) is his, as after a comma; not when a speaker is named after it (“……。”项目负责人说。)."""
    page = (
        "部长通道见闻\n\n"
        "14时43分，新任商务部部长钟山出现在通道上。“这是我就任商务部部长以来第一次和媒体见面，很高兴和大家交流。”\n\n"
        "区长王静在现场查看项目进度。“我们一定按期完工。”项目负责人说。"
    )
    said = _spoken(library_path, page)
    assert ("钟山", "这是我就任商务部部长以来第一次和媒体见面，很高兴和大家交流。") in said, said
    assert not any(speaker == "王静" for speaker, _ in said), said


def test_sharing_describing_and_having_said_before_say_before_their_mark(library_path: Path) -> None:
    """他分享：“……”, 形容，…, 说过，… (reports from Taiwan use them as verbs of saying); 分享了经验做法 says
    nothing."""
    page = (
        "区委书记出席经验交流会\n\n"
        "区委书记王静出席全区基层治理经验交流会。各街道负责人分享了经验做法。王静在讲话中形容，基层治理是一场接力跑。"
        "她分享：“当公务员最大的价值，是所做的努力能呈现在这块土地上！”\n\n"
        "区长李强表示，疫情仍在高位。他以前就说过，确诊者达到一定数量后，就不能再靠公布足迹。"
    )
    assert sorted(_said(library_path, page)) == sorted([
        ("王静", "形容", "基层治理是一场接力跑。"),
        ("王静", "分享", "当公务员最大的价值，是所做的努力能呈现在这块土地上！"),
        ("李强", "表示", "疫情仍在高位。"),
        ("李强", "说过", "确诊者达到一定数量后，就不能再靠公布足迹。"),
    ])


def test_a_whole_quoted_sentence_then_the_official_leading_the_next_clause(library_path: Path) -> None:
    """“去年产值怎么样？”“今年接了多少订单？”，赵某实地察看企业… — whole sentences quoted, then an official leading the
    clause after them with no verb of saying: what the official said there (they had been nobody's); a villager
    leading it is no official, and a quotation that is no whole sentence stays nobody's."""
    page = (
        "区委书记走访企业\n\n"
        "4月15日下午，区委书记赵强带队到开发区重点企业走访调研。\n\n"
        "“去年产值怎么样？”“今年接了多少订单？”赵强实地察看企业生产车间，与企业负责人交谈，详细了解企业生产经营情况。\n\n"
        "“新房子真亮堂。”村民李大爷笑得合不拢嘴，拉着赵强的手不放。"
    )
    said = _said(library_path, page)
    assert ("赵强", None, "去年产值怎么样？”“今年接了多少订单？") in said, said
    assert not any(text.startswith("新房子") and speaker == "赵强" for speaker, _, text in said), said


def test_a_quotation_then_a_clause_of_what_was_seen_or_when_then_its_speaker(library_path: Path) -> None:
    """“……”看着焕然一新的小区，王静欣慰地说。 / “……”临别时，王静再三叮嘱。 — a short clause naming nobody and saying
    nothing between a quotation and its speaker (only 在…时, 谈起…, 面对… had been read so); 区长王静向记者介绍 is 王静
    (王静向 had been a person); a colon's quotation before another stays that verb's (指着说：“……” “……”听到表扬，…)."""
    page = (
        "区长调研见闻\n\n"
        "5月8日，区委副书记、区长王静到青石街道调研城市更新工作。\n\n"
        "“看到老街坊住上新房，我很高兴。”看着焕然一新的小区，王静欣慰地说。\n\n"
        "“绝不能让群众寒心。”临别时，王静再三叮嘱。\n\n"
        "“一季度税收增长了百分之八。”区长王静向记者介绍。\n\n"
        "王静指着图纸说：“这里要建一个口袋公园。” “我只是说了实话。”听到表扬，王静笑了。"
    )
    said = _spoken(library_path, page)
    for text in ("看到老街坊住上新房，我很高兴。", "绝不能让群众寒心。", "一季度税收增长了百分之八。", "这里要建一个口袋公园。"):
        assert ("王静", text) in said, (text, said)
    assert not any(speaker != "王静" for speaker, _ in said), said


def test_quotations_then_settings_then_a_pronoun_or_a_manner_clause(library_path: Path) -> None:
    """“……”在察看食堂后，他叮嘱道。 (a setting, then 他: only a name had been read after a setting); “……”在南城区、
    北城区，每到一处，周明都… (a list of places, then a second setting); “……”他亲切地握着老人的手，诚挚地说。 (the verb in a
    last clause that is only the manner of saying). All three had been nobody's."""
    page = (
        "市委书记调研乡镇\n\n"
        "本报讯（记者 马骁）3月2日，市委书记周明深入乡镇、园区调研。\n\n"
        "“项目投资多少？能打出品牌吗？”在东湖园区、青石产业基地、北关工业园、南城再生资源基地，每到一处，周明都详细询问"
        "项目进展。\n\n"
        "在光荣院，周明看望了老军人王大爷。“身体怎么样？祝您老健康长寿。”他亲切地握着王大爷的手，诚挚地说。"
        "“食堂不错。一定要注意食品安全。”在察看光荣院的食堂后，他叮嘱道。"
    )
    said = _spoken(library_path, page)
    for text in ("项目投资多少？能打出品牌吗？", "身体怎么样？祝您老健康长寿。", "食堂不错。一定要注意食品安全。"):
        assert ("周明", text) in said, (text, said)
    assert len(said) == 3, said


def test_a_converters_stray_commas_hide_no_speaker(library_path: Path) -> None:
    """調研,。 鄉鎮,、園區 匯報,,一邊 — a faulty converter's comma before another mark (with its pinyin glosses) ends no
    clause: the listed officials are people and the statement is read, its stored text as printed."""
    page = (
        "縣長調研\n\n"
        "本報訊 3月2日,,縣長趙建國深入鄉鎮,、園區調研,。縣領導孫立群,、錢文博陪同,。\n\n"
        "“項目建設怎么樣,？”在察看園區後,他詢問道,。"
    )
    tagged = _tagged(library_path, page)
    said = [(s["speaker"], s["text"]) for s in tagged.statements]
    people = set(tagged.people)
    assert said == [("赵建国", "項目建設怎么樣，？")], said
    assert {"赵建国", "孙立群", "钱文博"} <= people, people


def test_so_said_names_its_speaker_never_the_one_seen_or_someone_elses_words(library_path: Path) -> None:
    """“……”昨天上午，正在村里调研的市长李某在座谈会即将结束时这样说。 — his; “……”看到市长李某走进院子，村民王大爷
    高兴地这样说。 / “……”市长李某走进院子，村民激动地说。 — the villager's, never the official's (the one seen, or
    leading a clause before the one who speaks)."""
    page = (
        "市长走访村庄\n\n"
        "3月2日，市长李一明来到青石村走访。\n\n"
        "“日子越过越红火了！”看到市长李一明走进院子，村民王大爷高兴地这样说。\n\n"
        "“这里的变化太大了。”昨天上午，正在村里调研的市长李一明在座谈会即将结束时这样说。\n\n"
        "“房子修得真好！”市长李一明走进院子，村民激动地说。"
    )
    said = _spoken(library_path, page)
    assert ("李一明", "这里的变化太大了。") in said, said
    assert not any(speaker == "李一明" and text.startswith(("日子", "房子")) for speaker, text in said), said


def test_a_whole_quotation_after_a_comma_and_he_after_a_sentence_ending_with_one_person(library_path: Path) -> None:
    """…妙语连珠，“……。”陈某说。 — a quotation ending its own sentence after a comma stands as a sentence (it had been
    nobody's); 这个问题难住了李某。他笑着说：“……” — the sentence before names only 李某, at its end: 他 is him,
    not the minister who led the paragraph before (the answer had gone to him); 正待回答，一旁的翻译…发问 — about to
    answer, and the interpreter beside him asks (一旁的翻译…发问: the role leads the clause; the question had been the
    minister's answer)."""
    page = (
        "部长答问妙趣横生\n\n"
        "本报讯 记者会上，商务部部长陈一明妙语连珠，“我们会继续支持企业开拓市场。”陈一明说。\n\n"
        "随后，一位记者向工信部部长李一中发问：“您认为经济会不会出现反复？”这个问题难住了李一中。"
        "他笑着说：“你这个问题很难回答，我还是第一次听说！”现场传来笑声。陈一明部长正待回答，一旁的翻译突然向记者发问："
        "“能否再说一下您的问题？”"
    )
    assert _said(library_path, page) == [("陈一明", "说", "我们会继续支持企业开拓市场。"),
                                         ("李一中", "说", "你这个问题很难回答，我还是第一次听说！"),
                                         ("记者", "问", "您认为经济会不会出现反复？"),  # (remarks: no official's)
                                         ("翻译", "问", "能否再说一下您的问题？")]


def test_a_question_before_its_asker_described_before_the_name(library_path: Path) -> None:
    """“……？”老家在外省的于某指着饭菜笑着问。 — the asker described before the name (…的), 问 ending the clause: his
    question (it had been nobody's)."""
    page = (
        "县委书记住农家\n\n"
        "本报讯 前天傍晚，县委书记于一柏来到村民家。“今天的菜很丰富嘛，每个菜辣椒都很少，是不是为了照顾我哟？”"
        "老家在外省的于一柏指着饭菜笑着问。"
    )
    assert _said(library_path, page) == [("于一柏", "问", "今天的菜很丰富嘛，每个菜辣椒都很少，是不是为了照顾我哟？")]


def test_questions_the_reporters_put_to_officials_are_nobodys_statement(library_path: Path) -> None:
    """“……？”“……？”能一次采访这么多市长，记者争相发问。 — the questions are the reporters', asked of the officials
    named before (they had been the one named mayor's); his answer after them stays his."""
    page = (
        "代表团开放日见闻\n\n"
        "本报讯 团长请松山市市长李一川、青石市委书记赵一平等8位代表坐到会场中间。\n\n"
        "“各位怎样理解绿水青山就是金山银山？”“松山的房子现在卖得怎么样？”能一次采访如此多书记、市长，记者争相发问。\n\n"
        "李一川说，松山的房价总体平稳。"
    )
    assert _said(library_path, page) == [("李一川", "说", "松山的房价总体平稳。")]


def test_a_verb_inside_a_title_a_heard_noun_or_a_thing_wished_says_nothing(library_path: Path) -> None:
    """学习了《关于重申…的通知》 (a document's title), 听取了…介绍，对…表示赞许 (the presentation heard), 因为希望获得掌声 (a
    reason) and 市民希望政府做的事 (a thing) are no one's statements (each had been one); 他又提及，… is his."""
    page = (
        "市局召开季度工作会议\n\n"
        "本报讯 会上，副局长王一明带领参会人员学习了市纪委《关于重申节日期间“十个严禁”的通知》，各科室汇报了工作。\n\n"
        "局长李一川一行听取了各单位的情况介绍，对各单位的亮点成效表示赞许。\n\n"
        "李一川表示，政府不会因为希望获得掌声而随便做市民希望政府做的事，也不会因赞赏而骄傲。"
        "他又提及，面对市民的合理批评，要愿意接受并持续改进。"
    )
    assert _said(library_path, page) == [
        ("李一川", "表示", "政府不会因为希望获得掌声而随便做市民希望政府做的事，也不会因赞赏而骄傲。"),
        ("李一川", "提及", "面对市民的合理批评，要愿意接受并持续改进。")]


def test_a_quotation_closed_before_its_full_stop_is_the_next_speakers(library_path: Path) -> None:
    """“……要准备的”。孟某透露，… — the full stop set outside the quotation: the quotation is hers, as it would be
    without the stop (it had been nobody's); 说到X，王某…强调… — the topic sets the scene, only 强调 says (说 had
    taken 到X and the narration after it)."""
    page = (
        "发言人的一天\n\n"
        "本报讯 “每次发布会大家关注的点很多，你不知道记者会问什么，这都是要准备的”。孟一玮透露，每次发布会前要收集很多材料。\n\n"
        "大会新闻发言人王一庆回答记者提问。说到乡村振兴，王一庆从村民种苹果的往事说起，强调政协委员要推动各项措施落到实处。"
    )
    assert _said(library_path, page) == [
        ("孟一玮", "透露", "每次发布会大家关注的点很多，你不知道记者会问什么，这都是要准备的"),
        ("孟一玮", "透露", "每次发布会前要收集很多材料。"),
        ("王一庆", "强调", "政协委员要推动各项措施落到实处。")]


def test_review_questions_relative_clauses_and_the_met_stay_as_they_were(library_path: Path) -> None:
    """What the review found the stop's rules catching: a question whose asker turns to the one asked (向企业负责人发问)
    is still the asker's; 群众最关心的问题 / 身边的事 after a verb are what is said (only 做市民希望…的事 names a thing);
    a businessman met (会见了…董事长王某) does not share the host's hope."""
    page = (
        "区长走访企业\n\n"
        "本报讯 “企业还有哪些难题？”区长王一明来到生产车间，向企业负责人发问。\n\n"
        "王一明强调要解决好群众最关心的问题。王一明希望社区多办群众身边的事，让居民更满意。\n\n"
        "区委书记李一川会见了东海集团董事长赵一平，副区长孙一民等参加会见，希望双方深化合作。"
    )
    said = _said(library_path, page)
    assert [speaker for speaker, _, _ in said] == ["王一明", "王一明", "王一明", "孙一民"], said
    assert said[1][2] == "要解决好群众最关心的问题。" and said[2][2].startswith("社区多办群众身边的事")


def test_a_quotation_named_as_someones_words_is_theirs(library_path: Path) -> None:
    """我见到了郑一林部长。…“……”郑部长的话消除了我的紧张 — the minister met (named before his rank after 了) is the
    郑部长 whose words the quotation is (nobody had been found, the words nobody's)."""
    page = (
        "两会采访花絮\n\n"
        "本报讯 在讨论会上，我见到了郑一林部长。“你问吧，我能答的一定告诉你！”郑部长的话消除了我的紧张。"
    )
    assert _said(library_path, page) == [("郑一林", None, "你问吧，我能答的一定告诉你！")]


def test_whole_questions_quoted_one_after_another_after_one_verb_are_one_statement(library_path: Path) -> None:
    """询问：“……？”、“……？”“……？” — questions quoted one right after another after one verb are all what was asked
    (only the first had been taken: a third of it); terms quoted one after another (“四个意识”“四个自信”) are no
    chain, and a statement then a remark (…。”“……。”) or a quotation the narration goes on from (…？”“……。”听到表扬，
    她…) each stand on their own."""
    page = (
        "副市长到学院调研\n\n"
        "7月6日，副市长李一川到青石学院调研。在新校区工地，李一川不时询问：“新校区比老校区大了多少？”、"
        "“学校哪个专业最强？”“毕业生主要去了哪里？”。\n\n"
        "李一川强调，要树牢“四个意识”“四个自信”，办好人民满意的教育。\n\n"
        "院长汇报时，李一川说：“今年的招生形势很好。”“大家辛苦了！”李一川又问：“还有困难吗？”“我们还缺实验室。”"
        "听到提问，院长笑了。"
    )
    spoken = _spoken(library_path, page)
    assert ("李一川", "新校区比老校区大了多少？”、“学校哪个专业最强？”“毕业生主要去了哪里？") in spoken
    assert ("李一川", "要树牢“四个意识”“四个自信”，办好人民满意的教育。") in spoken
    assert ("李一川", "今年的招生形势很好。") in spoken
    assert ("李一川", "还有困难吗？") in spoken


def test_a_quotation_before_officials_listed_with_deng_is_each_ones(library_path: Path) -> None:
    """“……”省检察院检察官甲、乙等提出。 — a quotation before a list of officials is each one's, as a joint act after
    its verb is (it had been the first one's alone)."""
    page = (
        "检察院召开座谈会\n\n"
        "本报讯 12月9日，省检察院召开座谈会，听取代表意见。\n\n"
        "“探索建立企业附条件不起诉制度。”省检察院检察官周一平、魏一雪等提出。"
    )
    assert _spoken(library_path, page) == [("周一平", "探索建立企业附条件不起诉制度。"),
                                           ("魏一雪", "探索建立企业附条件不起诉制度。")]


def test_a_quotation_trailing_off_ends_with_its_closing_mark(library_path: Path) -> None:
    """说：“……是党的宝贵财富……”老人激动地说：“谢谢！” — a quotation ending in …… ends there (the old man's thanks had
    become part of the official's words)."""
    page = (
        "区领导走访慰问老党员\n\n"
        "区委副书记周海涛握着老党员的手说：“您们为党奉献了一辈子，是党的宝贵财富……”"
        "老党员抑制不住内心的喜悦，激动地说：“谢谢！谢谢党组织的关心！”"
    )
    said = dict(_spoken(library_path, page))
    assert said["周海涛"] == "您们为党奉献了一辈子，是党的宝贵财富……"


def test_a_quotation_then_his_answer_is_the_words_of_the_one_he_points_to(library_path: Path) -> None:
    """…主任某某主动走上前回应两岸关系问题。“……”他的回答直接有力。 — 他的回答 names the quotation as his words (it had
    been no one's); 他的问题 does not."""
    page = (
        "部长通道上的回答\n\n"
        "刚走进大厅的国台办主任周海平听到媒体呼唤，主动走上前回应两岸关系问题。"
        "“现在两岸关系处在重要时点，我们将坚决反对分裂行径。”他的回答直接有力。\n\n"
        "“学前教育资源会不会紧张？”他的问题引来一片笑声。"
    )
    assert _spoken(library_path, page) == [("周海平", "现在两岸关系处在重要时点，我们将坚决反对分裂行径。")]


def test_those_an_official_instructs_after_a_quotation_do_not_say_it(library_path: Path) -> None:
    """“……”对话中，县长某某认真聆听…，并叮嘱相关部门…，为企业发展保驾护航。 — 相关部门 and 企业 are whom he instructs
    (the quotation had been given to someone else); …，村民激动地说 still has someone else say it."""
    page = (
        "县长与企业家座谈\n\n"
        "县委副书记、县长周海平与新生代企业家座谈，企业家们畅所欲言。\n"
        "“今天听到大家的心声，也让我看到了问题所在。”对话中，周海平认真聆听、仔细记录，"
        "并叮嘱相关职能部门认真研究，为企业发展保驾护航。\n\n"
        "“这条路修好了，出行方便多了！”副县长林海燕走进院子，村民激动地说。"
    )
    said = _spoken(library_path, page)
    assert ("周海平", "今天听到大家的心声，也让我看到了问题所在。") in said
    assert not [text for speaker, text in said if speaker == "林海燕"]


def test_a_paragraphs_opening_quotation_is_the_visiting_officials(library_path: Path) -> None:
    """“大家辛苦了，……。”7月26日上午，区委书记、云湖新区党工委书记某某一行来到…，…叮嘱… — the quotation opening the
    paragraph, then its time and the official leading the next clause behind a long title: the official's (the
    title had put the name out of reach: no one's)."""
    page = (
        "区领导开展高温慰问\n\n"
        "“大家辛苦了，高温天气要做好个人防护。”7月26日上午，东港区委书记、云湖新区党工委书记周海平一行来到环卫站，"
        "周海平将慰问品送到环卫工人手中，叮嘱他们要注意防暑降温。"
    )
    assert _spoken(library_path, page) == [
        ("周海平", "大家辛苦了，高温天气要做好个人防护。"), ("周海平", "他们要注意防暑降温。")]


def test_praise_with_a_quotation_after_it(library_path: Path) -> None:
    """林书记一行频频点头，连连称赞，“……！” — praise quoted is words said (称赞 had been no verb)."""
    page = (
        "市委书记看望专家\n\n"
        "1月20日，市委书记林海武来到学院看望专家。得知学院取得好成绩时，林书记连连称赞，“发展如此之快，我们非常高兴！”"
    )
    assert _spoken(library_path, page) == [("林海武", "发展如此之快，我们非常高兴！")]


def test_sentences_quoted_one_after_another_before_their_speaker_are_acts_each(library_path: Path) -> None:
    """“……。”“……”……某某等提出了很多意见。 — each sentence or proposal quoted is an act of its own (a question runs on
    into what follows it, as “身体还好吗？”“有什么困难尽管说。” is one act), also after an ellipsis."""
    page = (
        "座谈会听取基层意见\n\n"
        "“探索建立企业合规整改制度”“案件多的基层院，人手要优先补齐”……区人民检察院检察长柯明远、副检察长汤晓岚等结合工作"
        "提出了很多建设性意见。\n\n"
        "“身体还好吗？”“有什么困难尽管说。”副区长岳振川说。"
    )
    said = _spoken(library_path, page)
    assert said == [("柯明远", "探索建立企业合规整改制度"), ("汤晓岚", "探索建立企业合规整改制度"),
                    ("柯明远", "案件多的基层院，人手要优先补齐"), ("汤晓岚", "案件多的基层院，人手要优先补齐"),
                    ("岳振川", "身体还好吗？”“有什么困难尽管说。")], said


def test_a_quotation_calling_the_one_named_after_it_is_said_to_him(library_path: Path) -> None:
    """…就被眼尖的记者认出，“赵部长留步，……？”赵某停住脚步，笑了笑。 — the quotation opens by calling him: a reporter's
    question to him, not his words (it had been his statement)."""
    page = (
        "部长走出会场\n\n"
        "环保部部长赵立川走出会场，就被眼尖的记者认出，“赵部长留步，您家用不用空气净化器？”赵立川停住脚步，笑了笑，"
        "却没有回答。"
    )
    assert _spoken(library_path, page) == []


def test_a_quotation_then_a_speaker_described_by_where_he_served(library_path: Path) -> None:
    """“……”曾在新闻部门工作近四十年的某某1日接受记者专访时这样看待新的角色。 — 在 opens his description (…的某某), no
    adverbial he is the object of (it had hidden him, and the quotation was no one's)."""
    page = (
        "新任发言人谈新角色\n\n新任政协新闻发言人申立国将于2日首次亮相。\n\n"
        "“对于这份工作，尽管不陌生，但还是诚惶诚恐。”曾在新闻部门工作近四十年的申立国1日接受记者专访时这样看待新的角色。"
    )
    assert _spoken(library_path, page) == [("申立国", "对于这份工作，尽管不陌生，但还是诚惶诚恐。")]
