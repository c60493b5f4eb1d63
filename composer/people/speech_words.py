"""The words of attribution: verbs of saying, what stands between a speaker and the
verb, what opens narration, what labels an interview turn — the vocabulary
composer/people/statements.py reads with. Patterns work on the normalised view
(simplified characters, Chinese punctuation: composer/people/view.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from composer.common.patterns import trie_pattern
from composer.people.titles import RANKS

# Verbs whose content follows a comma, a colon, a quotation mark — or directly.
SAY_VERBS = (
    "进一步解释说", "进一步指出", "进一步强调", "进一步表示", "进一步要求", "深有感触地说", "语重心长地说",
    "解释说", "补充说", "总结说", "回忆说", "感慨地说", "感慨道", "笑着说", "笑称", "续称", "举例说", "坦率地说",
    "告诉记者", "对记者说", "向记者介绍", "据实相告", "强调指出", "明确指出", "明确要求", "明确提出",
    "发出这样的感慨", "发出了这样的感慨",
    "表示", "强调", "指出", "认为", "介绍", "提出", "坦言", "透露", "建议", "呼吁", "回应", "谈到", "提到", "谈及",
    "提及", "说到",
    "说道", "直言", "表态", "寄语", "宣布", "重申", "说", "称", "问道", "答道", "追问", "坦承", "分析", "概括",
    "表露", "讲到", "批示", "承诺", "回答", "答复", "解答", "明确",
    "阐述", "解读", "点评", "倡议", "主张", "承认", "坦陈", "笑言", "感叹", "表明", "指示", "交代", "坦诚",
    # only before a mark (回忆道，…; 在王静看来，…): bare, they are no saying (补充完善, 预计年底完工)
    "补充", "回忆", "预计", "相信", "看来", "感慨", "讲道", "谈道",
    "分享", "形容", "说过",  # (他分享，… / 形容：…; 分享经验, 形容词 are no saying; 说过，… said before)
    "驳斥", "声明", "质问", "反问",  # (驳斥道：“…”; 驳斥了…的说法 is no saying)
    "说明", "解释", "提议", "阐明",  # (他解释，…; 作了说明 / 解释政策 are no saying)
)
# …and of those, the ones that say only with their subject by them (在王静看来，…; 看来，… is an adverb)
NAMED_SUBJECT_VERBS = frozenset(("看来", "预计", "相信"))
# 李强的回答很干脆： / 王静的态度很明确： — someone's answer or stance, said after the colon
POSSESSED_SAYING = re.compile(r"的(?P<noun>回答|回应|答复|表态|态度|观点|看法)[^，。：；“”\n]{0,8}：\s*")
# Verbs that say something only before a colon (张伟回答：“…”); else they name a task (解答百姓疑难，直至…).
COLON_ONLY_VERBS = frozenset(("回答", "答复", "解答", "问"))  # (问 and 指 are matched only before their marks)
COMMA_ANSWER_VERBS = frozenset(("回答", "答复", "解答"))  # …and 李娥回答，全省的增速…: an answer after its comma too
# Verbs addressing someone: the content starts with the people addressed.
ASK_VERBS = (
    "要求", "希望", "鼓励", "勉励", "叮嘱", "嘱咐", "嘱托", "提醒", "号召", "期望", "期待", "寄望", "叮咛",
    "告诫", "激励", "督促", "期盼", "盼望", "期许", "期勉",
    "告诉", "寄语",  # (告诉大家，…, 寄语广大网友：“…”: the hearers, then what was said)
)
VERBS = tuple(sorted(set(SAY_VERBS) | set(ASK_VERBS), key=len, reverse=True))
# As a trie: the same matches as the longest-first alternation, found twice as fast.
VERB = trie_pattern(VERBS) or re.compile("|".join(VERBS))
# …and single characters that say only before a mark (市长问：“…”, 他指，…, 王静讲，…): in the verbs' pattern they
# would match every 问题, 指导 and 讲话 — thousands per 2,000 articles, each read as a candidate
# (连连称赞，“……”: praise quoted; not 很会讲，: good at speaking)
_MARKED_VERB = re.compile(
    r"问(?=：)|(?<!很会)(?<!真会)(?<!不会)(?<!最会)(?<!能)(?<!敢)[指讲](?=[，：])|(?:称赞|赞叹|夸赞)(?=[，：]“)")


def verbs_in(text: str) -> Iterable[re.Match[str]]:
    """Every verb of saying in ``text``, in order (those only a mark makes verbs, where printed)."""
    if "问：" not in text and "指，" not in text and "指：" not in text and "讲，" not in text and "讲：" not in text \
            and "赞，“" not in text and "赞：“" not in text and "叹，“" not in text and "叹：“" not in text:
        return VERB.finditer(text)  # (str's search is faster than one pattern's)
    return sorted([*VERB.finditer(text), *_MARKED_VERB.finditer(text)], key=lambda match: match.start())
# What the verb may be followed by when it speaks: punctuation, a quotation, content.
AFTER_SAY = re.compile(r"(?:道|了|着)?\s*[，：“]")
# (让群众说了算, 说到做到, 说一不二: idioms, nobody speaks; 记者提出或网上收集的问题: a verb joined by 或 to
# another before their object; 说过 has said — but 表示过几天将… says what will be done in a few days)
NOT_A_VERB_AFTER = re.compile(r"^(?:的|得|过(?![几一二两三四五六七八九十数]+(?:天|日|周|个月|年))"
                              r"|明|服|法|话|起|完|或|出来|得好|了算|到做到|到[。！]|一不二|三道四"
                              r"|不(?![会能再要评予得可是])"  # (说不清, 表示不满 — not 表示不评论…: what is said)
                              r"|长道短"
                              r"|这(?:番|句|些)?话"  # (说这话时: pointing back at a quotation)
                              r"|发言"  # (作表态发言: a kind of speech, its content not given)
                              r"|立行|干就干"  # (立说立行, 说干就干: idioms of acting at once, no saying)
                              r"|着[^，：“\s]"  # (指着说：: the pointing frames the saying)
                              # 满怀期待地希望, 充满感情地说: the manner of the act that follows
                              r"|地(?:说|讲|谈|表示|希望|指出|强调|要求|叮嘱|嘱咐|勉励|鼓励|回答|问|告诉|介绍))")
# Before any verb of saying: it is used as a noun or reported second-hand (的要求, 所说, 据介绍).
# (在介绍…情况时，…: the verb of an adverbial, not an act)
# (情况介绍: a noun; 正待回答，…: about to answer, and someone else speaks first)
NOT_A_VERB_BEFORE = re.compile(
    r"(?:的|之|等|如|正如|所|被|据|人们|他人|别人|不难|可以|可|在|情况|正待|正要|正欲|刚要|因为|由于)$"
)
# 做市民希望政府做的事，: the verb inside a noun phrase done by someone, its object a thing
RELATIVE_CLAUSE = re.compile(r"^[^，。；：“”\n]{1,16}的(?:事|事情|东西)[，。；！]")
DONE_BY_SOMEONE = re.compile(r"[做办干][^，。；：“”\n]{1,4}$")
# 听取了各自的情况介绍 (the verb the object of 听取), 学习了《关于重申…的通知》 (inside a document's title)
HEARD_OR_TITLED = re.compile(r"听取[^，。；：“”《》\n后时并中]{0,16}$|《[^《》\n]{0,22}$")
# 就草案作了说明，… / 作出承诺，…: the verb made a noun — it says only before a colon (作出批示：要…)
# (耐心予以询问解答，…, 进行了简要说明，指出…: a word between them and the verb, the same)
MADE_A_NOUN_BEFORE = re.compile(r"(?:作了|做了|进行了|进行|作出|做出|予以|加以)(?P<noun>[\u4e00-\u9fff]{2})?$")
# 作出批示指出, 作出重要指示强调: the instruction made, then the verb saying what it says (no noun)
_INSTRUCTION_MADE = frozenset(("批示", "指示", "讲话", "发言", "部署"))


def made_a_noun(before: str, word: str) -> bool:
    """The verb after ``before`` made a noun (作了说明, 进行了简要说明), not a verb of saying after an instruction
    (作出批示指出 — but 作出指示批示， is one noun of two)."""
    made = MADE_A_NOUN_BEFORE.search(before)
    return made is not None and not (made.group("noun") in _INSTRUCTION_MADE and word in _SAYS_THE_INSTRUCTION)


_SAYS_THE_INSTRUCTION = frozenset(("指出", "强调", "表示", "要求"))
# Before verbs that are also nouns (要求, 希望, 建议): 高要求, 工作要求, 按照…要求, 提出的建议.
NOT_A_NOUN_VERB_BEFORE = re.compile(
    r"(?:项|些|种|大|高|新|严|总|工作|上级|按照|根据|依照|遵照|落实|贯彻|达到|符合|满足|提出|有关|相关|各项|这一|此项|群众|"
    r"殷殷|重温|牢记|谨记|不负|意见|合理化|听取|征求|采纳|吸纳|收集|兑现|履行|践行|信守|人民|、|或|和|及|与)$"
)  # 意见建议, 听取建议, 兑现承诺
# 遵照医生建议…: advice followed, a noun (not 根据群众反映要求城管部门…: a demand made on what was learnt)
ADVICE_FOLLOWED = re.compile(r"(?:按照|根据|依照|遵照|听从|遵从|依据)[\u4e00-\u9fff]{1,4}$")
# 候选人建议名单, 希望工程, 寄语全文: the verb the first half of a compound noun (not 要求工程单位…, 建议征集…)
_COMPOUND_NOUNS = {
    "建议": ("名单", "答复", "人选", "清单"), "希望": ("工程", "小学"), "寄语": ("全文", "如下"),
}


def used_as_noun(word: str, before: str) -> bool:
    """A verb that is also a noun (要求, 建议) used as one, by what stands before it."""
    return word in NOUN_VERBS and bool(NOT_A_NOUN_VERB_BEFORE.search(before)) \
        or word == "建议" and bool(ADVICE_FOLLOWED.search(before))


def compound_noun(word: str, after: str) -> bool:
    """The verb is the first half of a compound noun (建议名单, 寄语全文), whoever is named before it."""
    return word in _COMPOUND_NOUNS and after.startswith(_COMPOUND_NOUNS[word])


NOUN_VERBS = frozenset(("要求", "希望", "建议", "期望", "期待", "部署", "寄语", "嘱托", "承诺", "批示", "指示", "倡议",
                        "主张", "解读", "点评", "期盼", "盼望", "期许"))
# Before a verb that is also a noun and stands alone before punctuation (提出殷切希望，, 强调了…的纪律要求，): its
# modifier.
MODIFIED_NOUN_BEFORE = re.compile(
    r"(?:殷切|殷殷|明确|具体|严格|更高|新的|几点|[一二三四五六七八九十两]点|的[\u4e00-\u9fff]{2})$")
# 他鼓励两个孩子说：“……” — the addressed verb only frames the saying that follows (not 采访报道，).
FRAMED_SAYING = re.compile(r"[^，。：；“”\n]{0,16}?(?:说|(?<![报知渠轨通街频味车人隧步跑赛])道)[：，“]")
# 提出五点意见：, 提了三点要求： — the verb announces points that follow a colon.
ANNOUNCED_POINTS = re.compile(
    r"了?[^，。：“\n]{0,10}?(?:意见|要求|建议|希望|看法|观点|措施|举措|体会|思路)[：]"
)
# 提出三点要求。一是…, 提出了明确要求。（new paragraph）一要…: the points follow a full stop
POINTS_AFTER_STOP = re.compile(  # (…and a comma after points counted: 最后提出了三点意见，一是…)
    r"了?(?:[^，。：“\n]{0,10}?(?:意见|要求|建议|希望|措施)。"
    r"|(?:[一二三四五六七八九十两几]|\d{1,2})(?:点|条|项|个方面)[^，。：“\n]{0,4}(?:意见|要求|建议|希望|措施)，)"
    r"\s*(?=[一二三四五六七八九十](?:是|要)|第一(?!时间)|首先)"
)
# 提了三点要求，一是…: points counted before the noun, then announced after a comma
COUNTED_BEFORE = re.compile(r"(?:[一二三四五六七八九十两几]|\d{1,2})(?:点|条|项)$")
POINTS_AFTER_COMMA = re.compile(r"，\s*(?:[一二三四五六七八九十](?:是|要)|第一(?!时间)|首先)")
# Words a verb of saying ends without being one: 简称, 听说, 可以说 (an aside).
ENDS_ANOTHER_WORD = re.compile(
    r"(?:简称|又称|俗称|统称|号称|堪称|人称|并称|自称|听说|据说|小说|传说|再说|虽说|比如说|就是说|或者说|换句话说|"
    r"应该说|可以说|不用说|总的来说|一般来说|具体来说|相对来说|来说|不得不说|众所周知地说)$"
)
# Speech acts without content: thanks, welcome, praise.
NO_CONTENT = re.compile(
    # 衷心地感谢。 (忠心: a misprint)
    r"^(?:了)?(?:(?:衷心|忠心|诚挚|热烈|亲切|深切|由衷|真诚|充分|高度)[的地]?)?(?:的)?"
    r"(?:感谢|谢意|祝贺|欢迎|慰问|问候|敬意|哀悼|肯定|赞赏|赞许|满意|认可|同意|致谢|祝福|新春祝福|节日祝福)"
    r"(?:和[^，。]{0,8})?[。，！]?$"
)
# an invitation whose guest then does the talking: 会议还邀请澜州大学教授辛蕙作了专题辅导
INVITED_BEFORE = re.compile(r"(?:邀请|特邀|请)[^，。；：！？“”]{0,30}$")
INVITED_DOES = re.compile(r"(?:作了?|做了?|进行了?)[^，。；！？]{0,30}(?:报告|辅导|讲座|解读|宣讲|授课|讲解|发言)")
TO_HER = re.compile(r"(?:对|向|给|问|和|与|跟|同)她")
PRAISED = re.compile(r"(?:表扬|称赞|赞扬|夸奖|夸赞|赞赏|批评)(?:了)?[他她](?![们人])[^，。；]{0,20}$")
TIME_WORD = re.compile(r"[时中上后]")
RELATIVE_AND = re.compile(r"和[^，。；]{1,20}的[^，。；]{0,6}(?:问题|意见|建议|诉求)")  # 记者提出和网上收集的问题
# 会议传达了…。强调要…: a sentence the meeting opens, acting (not 会议期间，…, 会议结束后，…, 会议由某某主持)
MEETING_ACTS = re.compile(
    r"^(?:会议|大会|全会|本次会议|此次会议)(?:传达|学习|审议|研究|听取|通过|指出|强调|要求|认为|明确|部署)")
FIRST_PERSON_AFTER = frozenset(("说", "讲", "表示"))  # …负责人说我们一定要…: words in the first person, no mark
HEARER_THEN_QUOTE = re.compile(r"[^，。：；“”\n]{1,10}：“")  # 告诉她：“ / 叮嘱随行干部：“
# 叮嘱项目负责人。 / 勉励在场的年轻干部。: whom the words were for, and nothing said to them
HEARERS_ONLY = re.compile(  # (…叮嘱相关部门要关心关爱老党员。 says what they must do: not hearers only)
    r"^(?![^，。]*?(?:要|必须|应当|应该|务必|切实|把|将|抓|做|加强|关心|确保|注意|不要|别))"
    r"[^，。；：“”\n]{0,10}(?:负责人|同志们?|干部|群众|居民|村民|大家|工作人员|党员|职工|员工|学生|人员|代表|们"
    r"|工作者|青年|网友|读者|朋友|[学新]生|毕业生)[。！]$"  # (“……”某某寄语在场的青年科技工作者。)
)
# 介绍了…情况, 提出了明确要求, 提出三点希望: what was talked about, not what was said.
TOPIC_ONLY = re.compile(
    r"^了?(?:[^，。：“”]|“[^“”，。]{1,10}”){0,40}"  # (a term in quotation marks: “十三五”时期…有关情况)
    r"(?:情况|工作|做法|经验|进展|成效|成果|思路|打算|举措|安排|要求|希望|意见|建议|期望|寄语"
    r"|部署|措施|目标|任务|对策|方案|路径|质疑|异议|疑问)[。，；]?$"  # (提出具体部署，要求…: 要求 says it)
    # 提出候选人建议名单， — a list of candidates named, nothing said (not 提出应将…纳入…保护名单)
    r"|^了?[^，。：“”]{0,8}(?:候选人|人选)[^，。：“”]{0,4}名单[。，]?$"
)

# Between a subject and its verb: adverbials, titles after a name, an addressee, a
# prepositional phrase (在回答…时, 就…问题, 对…).
GAP = re.compile(
    r"^(?:(?:代表|委员|同志|一行|等人|等|们|本人|自己|分别|一致|共同|还|也|又|则|都|均|亦|便|就|再|更|"
    r"进一步|再次|特别|最后|同时|随后|接着|对此|当即|当场|现场|随即|立即|一再|反复|多次|一直|始终|首先|这样|如是|这么|"
    r"[\u4e00-\u9fff]{0,4}地|深情地|动情地|诚恳地|亲切地|高兴地|激动地|笑着|认真地|"
    r"(?:副)?(?:书记|区长|市长|县长|省长|主任|部长|局长|厅长|司长|主席|院长|处长|镇长|乡长|馆长|校长|所长|科长|署长)|"
    r"总书记|总理|委员长|行政长官|特首|秘书长|发言人|总统|"
    r"在[^，。：；“”]{1,40}?(?:时|中|上|后|期间|之际|之时|前)|"
    r"一边[^，。：；“”]{1,16}?一边|边[^，。：；“”]{1,10}?边|"
    r"[0-9０-９]{1,2}日|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|今天|昨天|今日|昨日|近日|日前|上午|下午|晚上|当天|"
    r"(?:对|向|跟|给|同|与|和|为)[^，。：；“”]{1,24}|"
    r"就[^，。：；“”]{1,40}|"
    r"结合[^，。：；“”]{1,24}|"
    r"针对[^，。：；“”]{1,30}|"
    r"围绕[^，。：；“”]{1,30}|"
    r"通过[^，。：；“”]{1,20}|"
    r"(?:主持会议|作总结讲话|讲话|发言|致辞|作报告|听取汇报后|听取[^，。]{1,20}后)(?:并|时)?|"
    r"在[^，。：；“”]{1,20}(?:讲话|发言|致辞|采访|会见|座谈|调研|视察|检查|答问|提问)(?:时|中)?)\s*)*$"
)
# Before a subject in its clause: time and place, and words that introduce a clause.
LEAD = re.compile(
    r"^(?:[0-9０-９一二三四五六七八九十]+[月日时号年][上中下午晚]*|上午|下午|晚上|当天|昨天|今天|近日|日前|"
    r"随后|之后|最后|同时|此外|另外|其中|对此|为此|会上|会议上|会中|会后|座谈会上|座谈中|调研中|观摩中|活动中|"
    r"期间|据|并|而|但|也|又|还|在此基础上|最后|接着|首先|其次|然后|"
    r"[^，。：；“”\n]{0,12}(?:时|中|上|后|期间)，)*$"
)
# Clauses that go on with the last sentence's subject unprinted (每到一处，都认真察看…，要求…; 在生产车间，
# 详细询问…，鼓励…): places, times and what an official does on a visit, never a subject of their own.
SUBJECTLESS_CLAUSE = re.compile(
    r"^(?:每到一处|每到一地|所到之处|每到一个\S{1,4}|[都还又也并先后随即随后详细认真仔细实地深入逐一亲切一一边]+"
    r"|走进|来到|走访|察看|查看|听取|询问|了解|观看|参观|视察|检查|考察|看望|慰问|登上|沿着|深入|"
    r"在(?!场)[^，。；：“”\n]{1,24}|对(?!此)[^，。；：“”\n]{1,30}|向[^，。；：“”\n]{1,20}|就[^，。；：“”\n]{1,20})"
)
# “……”这是王静常说的一句话 / 这是他的口头禅: the quotation is a saying of the person named
HIS_SAYING = re.compile(
    r"这是(?P<who>[^，。；：“”\n]{2,12}?)(?:常|经常|时常|反复|多次|一直|常常)?(?:说|讲|挂在嘴边)的(?:一句)?话"
    r"|这是(?P<who2>[^，。；：“”\n]{2,12}?)的口头禅"
)
# 在座谈会上，/ 谈起今后的打算，: a clause after a quotation before the one naming its speaker
QUOTE_TAIL_LEAD = re.compile(
    r"(?:在[^，。；：“”\n]{1,20}?(?:上|中|时|后)|(?:谈起|谈到|说起|提起|谈及|问及|说到)[^，。；：“”\n]{1,20}"
    r"|说(?:这|这番|这句|这些)话时|面对[^，。；：“”\n]{1,24})，"  # (“……”说这话时，王静语气坚定。)
)
MEETING = re.compile(r"(?:会议|大会|全会|常委会|常务会|本次会议|此次会议|会议强调)$")
PRONOUN = re.compile(r"[他她]$")
ONE_PERSON_PRONOUN = re.compile(r"[他她](?!们)")  # 他/她 (not 他们/她们) where it is matched
COLLECTIVE = re.compile(
    r"(?:大家|与会人员|与会代表|与会委员|与会者|代表们|委员们|居民们|村民们|群众们|企业家们|同学们|学员们|师生们|"
    r"干部群众|广大群众|他们|她们|各位|记者|主持人|网友|专家|学者|市民|村民|居民|群众|企业|负责人|相关负责人|"
    r"工作人员|志愿者|家长|老人|孩子们|游客|商户|员工|职工|党员们|业内人士|分析人士|有关人士|知情人士|专家学者"
    r"|(?:有关|相关|各)部门"
    # 中央宣传部要求…, 区住建局指出…: an office itself, not the official the paragraph is about
    r"|(?P<office>[\u4e00-\u9fff]{1,10}(?:部|局|委|厅|办公室|人民政府|委员会|党委|党组|指挥部)))$"
)
OBJECT_MARK = re.compile(r"(?:对|向|给|与|和|同|跟|陪同|带领|率领|邀请|请|问|为|慰问|看望|会见|会晤|听取|接见|"
                          r"走访|拜访|探望|看到|介绍)$")

# Sentences that go on with a speech, and those that are the reporter's narration.
CONTINUES = re.compile(
    r"^(?:[一二三四五六七八九十]要|[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其次|再次|最后|此外|另外|"
    r"同时|与此同时|要|必须|务必|应当|应该|需要|切实|进一步|坚持|只有|各级|各地|各部门|各单位|全区|全市|全县|全省|"
    r"我们|我|咱们|这|这是|这些|他说|她说|“|‘)"
)
NARRATION = re.compile(
    r"^(?:会上|会议(?!指出|强调|要求|认为|提出|明确)|会前|会后|据悉|据了解|据统计|据介绍|记者了解到|记者从|随后|此前|"
    r"[\u4e00-\u9fff]{0,4}(?:数据|统计|调查|资料|监测)显示|"
    r"活动中|座谈会上|座谈中|调研中|观摩中|检查中|期间|当天|截至|在[^，。]{1,30}[时中]，|当[^，。]{1,40}[后时]，|"
    r"[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日|目前，|随即|接着|之后|"
    r"参加|出席|陪同|[（(](?![一二三四五六七八九十0-9]{1,2}[）)])|"  # (a note or credit; not （一）, a point)
    r"[\u4e00-\u9fff]{0,6}会(?:议)?的(?:胜利|顺利)?召开(?:，)?标志着|"  # 动员会的召开标志着…: the reporter on it
    r"(?:以下|下面)(?:为|是)[^，。]{0,12}(?:节选|摘编|摘要|实录|全文|内容)|"  # 以下为部分内容节选。: the editor's words
    # 问到…时，/ 被问及…: the setting of a question, the reporter's words
    r"(?:当|在|对于)?(?:被)?(?:问到|问及|谈及记者|被记者问|记者问|对于记者|回答记者|至于))"
)
ATTENDANCE = re.compile(r"(?:参加|出席|陪同|一同调研|一同参加|一同检查|参会|列席|在座)[^，。]{0,12}[。！]?$")
# A clause that starts another act of the subject: 并叮嘱…, 并提前祝福…, 随后来到….
NEW_ACT_CLAUSE = re.compile(
    r"^(?:(?:并|同时)(?:也|还|又)(?=" + "|".join(VERBS) + r")|并|并且|同时|随后|之后|还|更|又)"
    r"(?:[\u4e00-\u9fff]{0,3}地|提前|当场|现场|亲切|详细|一一|逐一|再次|专门)?"
    r"(?:" + "|".join(VERBS) + r"|祝|送|致以|表示|向|为|给|详细|亲切|了解|察看|查看|听取|询问|看望|慰问|走访|来到|前往)"
)
# …，他常提醒区长们，… inside what someone says: he or she, then a verb of saying, is a new act
# (而她亦指…, 她更激动地表示…, 他在会中细数…: a conjunction before, adverbs, a manner or a setting between)
PRONOUN_ACT_CLAUSE = re.compile(
    r"^(?:而|但)?[他她](?!们)(?:常|常常|也|亦|更|还|又|则|再次|随即|随后|同时|进而|接着|一再|多次|反复|特别|特意|经常|总是"
    r"|以前|之前|早前|曾经|曾|早就|就|一直|始终"
    r"|[\u4e00-\u9fff]{1,3}地|在[^，。；“”]{1,8}?[中上时])*"
    r"(?:" + "|".join(VERBS) + r"|细数|指(?![导挥示标定派令引南针数望出]))"
)
# Whom a verb like 希望 or 要求 addresses: 希望大家…, 要求各社区…, 叮嘱相关部门… (not
# 希望增加晚餐供应, where the hope is part of what someone is saying).
ADDRESSEES = (
    r"(?:大家|各|全|你们|他们|她们|他(?!人)|她|同志|广大|相关|有关|我省|我市|我区|我县|我镇|本|该|这|企业|部门|干部|党员|群众|居民|"
    r"村民|代表|委员|学生|家长|老人|孩子|青年|两个|村|社区|街道|乡镇|县|市|区|省|监护人|传媒|新闻界|媒体|工作人员)"
)
# A clause that opens with a verb addressing someone, or saying with punctuation after.
SPEECH_CLAUSE = re.compile(
    r"^(?:" + "|".join(sorted(ASK_VERBS, key=len, reverse=True)) + r")" + ADDRESSEES
    + r"|^(?:指出|强调|表示|认为)(?:[，：]|将|会|要|愿|希望)"
)
# 表示，…。希望… / 说，…；希望…: the hope is part of what was said (the real articles' gold keeps it
# so); after 指出 or 强调 a sentence opening with 希望 is a new act of the speaker.
HOPE_GOES_ON_AFTER = frozenset(("表示", "说"))
# Verbs of saying whose content may follow with no punctuation: 表示将…, 要求各社区….
DIRECT_CONTENT_VERBS = frozenset(ASK_VERBS) | frozenset(
    "表示 认为 指出 强调 提出 建议 坦言 透露 称 说 希望 呼吁 直言 表态 宣布 重申 指 明确要求".split()  # noqa: SIM905
)
# Verbs that name a topic without saying anything when no content follows (介绍了…情况).
TOPIC_VERBS = frozenset("介绍 提出 谈到 提到 谈及 提及 说到 分析 概括 宣布".split())  # noqa: SIM905
# …and those that, before a short topic and the speaker's name, only set the scene (说到乡村振兴，王某…)
SETTING_VERBS = frozenset("谈到 说到 提到 谈及 提及 讲到".split())  # noqa: SIM905
# Paragraphs that continue a speech: lists, 此外…, 我们… (a paragraph opening with a quotation
# is more often someone else's: it continues only a quotation left open).
CONTINUING_PARAGRAPH = re.compile(
    # (第三，…, 第三个方面…: a point; not 第三个提问机会…, 第二天…: the reporter counting what happened)
    r"^(?:[一二三四五六七八九十]是|[一二三四五六七八九十]要|第[一二三四五六七八九十](?:个方面|(?![个次届位名天年期批轮场]))"
    r"|首先|其次|再次|此外|另外|同时|我们"
    # what must be done, printed a paragraph a sentence (web and WeChat text): 要…, 必须…, 各级各部门要…
    r"|要(?!求)|必须|务必|应当|切实)"
)
# …and a paragraph saying who must do what (各级各部门要…, 相关部门要…, 企业要…), unless a person leads it
MUST_PARAGRAPH = re.compile(r"^[^，。：；“”\n]{0,12}?(?:要|必须|务必|应当)(?!求|闻|点|素|害|道)")
# A sentence announcing that what follows is what was said: 取得以下阶段性进展。, 如下：
ANNOUNCING = re.compile(r"(?:以下|如下)[^。！？]{0,12}[。：！]?\s*$")
# A photo caption printed between paragraphs: 图为…。 记者 王某 摄; （右二）; 摄/欧阳树辰.
CAPTION = re.compile(r"^图为|(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}\s*摄\s*$|摄[／/]\s*[\u4e00-\u9fff]{2,4}\s*$")


def is_caption(text: str) -> bool:
    """CAPTION's search, skipped where it cannot match (every form but 图为 holds 摄): the
    search tries its name pattern at every character of a paragraph."""
    return text.startswith("图为") or ("摄" in text and CAPTION.search(text) is not None)
# A host asking someone to speak: 请钱韵副局长回答, 首先，请欧阳卓主任作介绍.
INVITATION = re.compile(r"请[^。！？，]{2,16}?(?:回答|介绍|作介绍|发布|解答|答复)")
# A host's running order, no content: who speaks next, the programme (any length)…
PROCEDURAL = re.compile(
    r"^(?:今天的(?:新闻)?发布会|本次(?:新闻)?发布会|我们邀请到|下面|接下来|首先，请|这个问题请|由于时间关系|提问就到这里)"
)
# …and short greetings and thanks (大家上午好！, 谢谢欧阳主任。), not a sentence with content after them.
PROCEDURAL_SHORT = re.compile(
    r"^(?:各位|女士们|先生们|(?:大家|主持人|网友们?|朋友们|同志们|观众朋友们)(?:上午|下午|晚上)?好|欢迎|谢谢|感谢|好的|请|现在)"
)
PROCEDURAL_SHORT_MAX = 30
# After a quotation, someone described but not named in the cast, and a verb of saying.
# (说到。: 说道 misprinted, common on small sites)
DESCRIBED_VERBS = "说|表示|介绍|告诉记者|感慨道|坦言|说道|说到"  # …then 。，！ (quotations.py looks for them first)
DESCRIBED_SPEAKER = re.compile(
    rf"(?P<who>[^，。！？“”\n]{{2,24}}?)(?:[\u4e00-\u9fff]{{0,3}}地|笑着)?(?P<verb>{DESCRIBED_VERBS})[。，！]"
)
# 这位局长, 这位有着20年党龄的局长感慨地: the one who holds that rank, described again
THIS_HOLDER = re.compile(
    r"^(?:这位|该|这名)[^，。！？“”\n]{0,20}?(?P<rank>" + "|".join(RANKS) + r")(?:[\u4e00-\u9fff]{0,3}地|笑着)?$"
)
# Labels that start like page furniture: 发布时间, 来源网站, 浏览次数, 点击量, 责任编辑.
FURNITURE_LABEL_STARTS = ("发布", "来源", "浏览", "点击", "责任")
FURNITURE_LABELS = frozenset(
    """日期 时间 来源 作者 编辑 责编 责任编辑 发布时间 发布日期 更新时间 浏览 浏览量
    浏览次数 点击 点击数 阅读 字号 地点 嘉宾 主题 节目名称 播出时间 技术支持 主办
    承办 协办 地址 电 话 邮编 二审 三审 初审 终审 审核 审校 校对 摄影 图片
    视频 链接 附件 关键词 标签 分享 原标题 来源网站 网址 邮箱 传真 备案 版面
    版次 栏目 访谈 访谈时间 访谈嘉宾 文 图 文字 通讯员 监制 制作 出品 策划 统筹
    翻译 撰稿 主编 总编 值班 联系人 联系电话 索引号 发文机关 文号 成文日期
    发布机构 分类 信息来源 所属 状态 提示 说明 注 备注 留言 评论 热线 投稿 下载
    打印 关闭 返回""".split()  # noqa: SIM905
)
INTERVIEWER_LABELS = re.compile(
    r"^(?:记者|本报记者|主持人|问|提问|问题|[QＱ]|嘉宾主持|[^：]{0,12}记者|(?:网友|读者|听众|观众|市民|群众)[^：]{0,14}"
    r"|解说|同期声|同期|现场声|画外音|旁白|配音"  # a television script's narration and sound cues: nobody's words
    r"|(?:本报|本台|总台)?记者[\s、]*[\u4e00-\u9fff·]{2,4})$")  # 记者 王芳： — the reporter, named
# 答： and, where the interviewer asks with Q：, A：: the interviewee's turn
ANSWER_LABELS = frozenset({"答", "A", "Ａ", "答复", "答覆"})  # (答覆： — a Hong Kong bureau's reply to a question)
# 王静（以下简称“王”）: the label an interview gives someone
SHORT_NAME = re.compile(r"[（(]以下简称[“\"‘']?(?P<alias>[^”\"’'）)\n]{1,6})[”\"’']?[）)]")
GUEST_LABELS = frozenset({"嘉宾", "受访者", "受访嘉宾", "访谈对象"})
QUESTION_LABEL = re.compile(r"(?:^|\n)[\[【]?[QＱ][\]】]?：")
# A live transcript's time stamp, after which a new turn may start inside a paragraph.
TIME_STAMP = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s?[0-9]{1,2}：[0-9]{2}(?:：[0-9]{2})?")


def has_time_stamp(text: str) -> bool:
    """TIME_STAMP's search, tried only at each hyphen (a stamp's first hyphen follows its
    four-digit year): the regex alone tries its digits at every character."""
    hyphen = text.find("-", 4)
    while hyphen >= 0:
        if TIME_STAMP.match(text, hyphen - 4):
            return True
        hyphen = text.find("-", hyphen + 1)
    return False
# 网友“云湖小李”：, ■记者：, ▲刘芳（市人大代表、东湖街道党工委书记）：
TURN_LABEL = re.compile(  # (and 【同期】王静 区长：, a broadcast's sound bite)
    r"(?:[●•◆◇■□▲△►▶☆★※]\s*)?(?:[【\[（(](?:现场|采访)?同期声?[】\]）)]\s*)?[\[【]?(?P<label>(?:网友|读者|听众|观众)“[^”\n]{1,12}”"
    r"|[^：\]】\n“”，。]{1,16}(?:[（(][^：）)\n“”。]{1,24}[）)])?)[\]】]?："
)
# 【高远】各位记者朋友… — a transcript's label in brackets, with no colon: a turn only when it
# names someone of the cast or an interviewer (【主持人】, 【北京青年报记者】), never a column's name.
# (an online interview's [主持人]; a press conference's 【全国人大常委会办公厅秘书局巡视员 某某】)
BRACKET_LABEL = re.compile(r"[【\[](?P<label>[^】\]\n：“”，。]{1,30})[】\]](?=\S)")
QUESTION = re.compile(r"[？?]|吗|哪些|如何|怎样|怎么|什么|多少")

# Titles printed before a name: organisation + rank, chained with 、 (区委副书记、区长).
TITLE_CHAIN_AT_END = re.compile(
    r"(?:[\u4e00-\u9fff“”（）()《》]{0,24}?(?:" + "|".join(RANKS) + r")[、，]?)+$"  # (《政府工作报告》起草组负责人)
)
# between a described speaker and the verb: 纷纷, 在讨论中, 在座谈时 (大家在讨论中认为, 与会人员在座谈中纷纷表示)
GAP_TAIL = re.compile(r"(?:纷纷|一致|都|均|也|还|表示|普遍|在[^，。：；“”在]{1,12}?(?:中|时|上|后))+$")


def verb_form(word: str) -> str:
    """The verb as a statement names it (进一步强调 → 强调, 对记者说 → 说)."""
    for prefix in ("进一步", "深有感触地", "语重心长地", "强调", "明确"):
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return {"告诉记者": "告诉", "对记者说": "说", "向记者介绍": "介绍", "感慨地说": "说", "笑着说": "说",
            "坦率地说": "说", "发出这样的感慨": "感慨", "发出了这样的感慨": "感慨"}.get(word, word)

# what joins a sentence to the one before it, ahead of its subject (但他…, 随后她…, 不过他…)
JOINING_WORDS = re.compile(
    r"但是?|而且?|可是|不过|然而|同时|随后|随即|之后|接着|最后|此外|另外|对此|为此|因此|于是|其后")
# the place a name and its rank head, printed before them (云湖新区的钱某区长，…): no subject of its own
_PLACE_LEVEL_CHARS = "省市县区镇乡州旗盟"
PLACE_HEADED = re.compile(  # (not 感谢云湖新区钱某区长，…: the one thanked)
    r"^(?![在对向为从由据经把被将与和])(?!.*(?:了|感谢|会见|肯定|听取|看望|慰问|走访|接见|陪同|来到|表扬|称赞|邀请|批评))"
    rf"[\u4e00-\u9fff]{{1,10}}?[{_PLACE_LEVEL_CHARS}]的?$")
PLACE_HEAD_ENDS = frozenset(_PLACE_LEVEL_CHARS + "的")  # PLACE_HEADED's last characters
HEADS_PLACE = re.compile(r"(?:常务)?副?(?:书记|区长|县长|市长|省长|镇长|乡长|州长|旗长|盟长)[，,]")
# 会上还学习了有关文件，要求…: what the meeting did, its subject unprinted (the meeting's demand follows)
MEETING_DID = re.compile(r"^(?:会上|会议上|会中)(?:还|也|又|并|同时)?(?:学习|听取|审议|通报|传达|研究|讨论|部署|观看)")
BELIEF_MIN_CHARS = 6  # 他相信澳门大学会…: a belief stated (not 相信群众，: trusting someone)


def after_joining_word(clause: str) -> str:
    """``clause`` without a word joining it to the sentence before when 他/她 follows it (但他…, 随后她…)."""
    joined = JOINING_WORDS.match(clause)
    if joined and ONE_PERSON_PRONOUN.match(clause, joined.end()) and clause[joined.end() + 1 :][:1] != "人":
        return clause[joined.end() :]
    return clause
