"""What a Chinese personal name looks like in news prose.

Names are found next to titles (区委书记王少峰), in lists (区领导尹航、郭晓一), in bylines and
before speech verbs. A candidate must start with a surname, and its end is decided by
what follows it: a name is two or three characters, and the character after it starts
a verb, a particle or punctuation (张艳林带队, 高峰参加, 王少峰强调).
"""

from __future__ import annotations

import re

from composer.people.titles import SHORT_RANKS

# Single-character surnames: the 百家姓 and the common modern ones (about 450) — but not 能, which after a rank
# is the modal (区长能来到现场, 区长能延续…), as a surname almost never met.
SINGLE_SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥苍双闻"
    "莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向"
    "古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾"
    "毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟"
    "付代原闫覃粟练揭谌栗敬肖迟初芦苟邸冼仝綦晋矫庹卿檀楚银衣丛门修信位战"
    # rarer ones met in real reports
    "鄢鹿续税亢仵虎展邝眭禤笪恽郇麦闪忻阚郄茆楼苑涂尉钦"
)

COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "钟离", "端木", "南宫", "西门", "独孤", "申屠", "太史", "澹台", "万俟", "闻人", "赫连",
)
_COMPOUND_SET = frozenset(COMPOUND_SURNAMES)

# The hundred most frequent surnames (about 85 % of the population).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤"
)

# Surnames that are also very common words or function characters: a name starting with
# one needs a title or a list around it, never a bare speech verb (全区强调, 于是说).
WORD_LIKE_SURNAMES = frozenset("于和从向时能都全有相国公文明成常元安平易通别连终居益后红爱阳原计干解应单续税展虎")

# What a surname takes to address someone (王县长, 欧阳书记, 李代表, 张同志): never a given name.
_ADDRESS_RANKS = (*SHORT_RANKS, "委员", "代表", "同志", "代理")  # (郑代理: the acting head, addressed)

# Of those, surnames that are no function word or common adjective: after a title they are the
# surname (县长税晓燕冒雪…), as 刘 would be.
RARE_WORD_LIKE_SURNAMES = frozenset("税续展虎单解阳益居终连别易计干常安平成明文元红爱原通")

# Of those, the function characters (有, 都, 能 …): before a word they are that word's adverb or verb, never a
# surname (审计长有发言, 部长都有点过意不去); 于海洋, 向东方 keep their names.
FUNCTION_SURNAMES = frozenset("有都能从全和相时")
# A party's bodies, never a name with the surname 党 (党组成员, 党总支副书记, 党委书记)
PARTY_BODIES = ("党组", "党委", "党总支", "党支部", "党工委", "党小组")

# Characters that start what follows a name: verbs, particles, prepositions. A third
# character in this set is not part of the name (高峰参加 -> 高峰; 张艳林带队 -> 张艳林).
FOLLOWERS = frozenset(
    "的在到带对与和等一出参主表强指说认介希提要也就率及同陪会调检视看听走来去为向将是作分就"
    "代先又还再均都亦曾已正并则即被把让由从以给跟向讲谈答问称坦透建呼回感直补总寄勉嘱叮告"
    "重围充详作致宣部组召慰深实走进考座发了着过中上下里后前时说道称赞肯"
    "结共随赴亲反笑关第获用拿抓牵负联携领接收边交握询聊面送"
)

# Given-name characters far more common for women: 她 prefers such an antecedent.
FEMALE_CHARACTERS = frozenset("秀英梅芳丽娟燕霞玲红艳萍敏静婷雪琴兰凤洁慧莉娜琳倩颖娇媛婉妍蓉薇晶瑶怡佳萱璐茜蕾菲岚淑")


def surname_length(text: str, start: int) -> int:
    """Length of the surname starting at ``text[start]`` (0 if none)."""
    if text[start : start + 2] in _COMPOUND_SET:
        return 2
    return 1 if start < len(text) and text[start] in SINGLE_SURNAMES else 0


def positions_of(text: str, word: str) -> list[int]:
    """Where ``word`` is printed (str.find: a regex per name missed re's cache on every article)."""
    found, position = [], text.find(word)
    while position >= 0:
        found.append(position)
        position = text.find(word, position + 1)
    return found


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# Words that follow a name and may start with a character that also ends names
# (郭晓一 is a name, 王少峰一行 is a name and 一行).
FOLLOWER_WORDS = frozenset(
    ("代表", "委员", "一行", "一同", "一起", "表示", "同志", "主持", "出席", "列席", "参加", "等人", "说道", "称赞",
     "指出")
)


# Function characters that do not end a given name (李强说 is 李强 + 说).
_BEFORE_WEI_IN_NAMES = "有作无可善大成"
# (李强作工作部署, 周凯曾强调, 王静向记者介绍)
_ACTING = ("代任", "代理", "代为", "代行", "代管")
# (任命他出任; 叶某以代表身份)
NEVER_ENDS_A_NAME = "说称讲谈问答等和与及在到对把被将的了着是也都还又就要作给送曾已仍便却向他她它以最"


def name_at(text: str, start: int, *, titled: bool = False) -> str | None:
    """The personal name starting at ``start`` (see ``_name_at``). Tagging asks this about
    a million times per 10,000 articles, mostly of the same few names: the answer depends
    only on the next NAME_CONTEXT characters, so it is remembered by them."""
    if start < 0:
        return _name_at(text, start, titled=titled)
    if not surname_length(text, start):
        return None
    key = (text[start : start + NAME_CONTEXT], titled)
    found = _names_seen.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        if len(_names_seen) >= _NAMES_REMEMBERED:
            _names_seen.clear()
        found = _names_seen[key] = _name_at(text, start, titled=titled)
    return found  # type: ignore[return-value]


# name_at reads at most a surname and given name (4 characters) and a title after them
# (常务副委员长: 6): 12 is a safe margin.
NAME_CONTEXT = 12
_WHILE_REACH = 12  # 边…边…: the second 边 within this many characters of the first
# what a name's third character is when the same surname and a rank follow (王强跟王书记说, 张伟陪张县长): a verb
# that takes that person, no part of the name
BEFORE_SOMEONE = "跟陪请向对给与和同找让叫问替帮"
_NAMES_REMEMBERED = 200_000  # a bound: some 50 MB at most per process
_UNKNOWN = object()
_names_seen: dict[tuple[str, bool], object] = {}


def _name_at(text: str, start: int, *, titled: bool = False) -> str | None:
    """The personal name starting at ``start``: surname + one or two characters, the end
    decided by what follows. A name ends where a follower character (a verb, a particle,
    punctuation), a dictionary word (陈国才|通报, 吴汉民|昨天, 张萍|列席) or a title (张冲|代表)
    begins; a third character that starts a word with the next one is not part of the
    name (陆冰|走访, not 陆冰走). ``titled``: a title was printed right before, so a name
    is expected here: when what follows is no known word (刘长江|冒雪), the longest
    reading whose last character starts no word is taken."""
    surname = surname_length(text, start)
    if not surname:
        return None
    given_start = start + surname
    if text.startswith(PARTY_BODIES, start):
        return None  # 党组成员, 体育学院党总支副书记: the party's body, no one named 党
    if text[start] == "边" and "边" in text[start + 2 : start + _WHILE_REACH] and _is_word(text[start + 1 : start + 3]):
        return None  # 副市长边接听来电，边联系…: 边 + a word, then 边 again (while doing one thing, another)
    if text.startswith(_ADDRESS_RANKS, given_start):
        return None  # 王县长, 诸葛书记: a surname and a rank address someone, they are no name
    married = _married_name(text, start) if surname == 1 and titled else None
    if married:
        return married
    for given in (2, 1):  # 欧阳卓 and 欧阳树辰, 高峰 and 张艳林
        end = given_start + given
        if end > len(text) or not all(is_han(c) for c in text[given_start:end]) or _PLACE_AFTER.match(text, end):
            continue
        if given == 2 and _third_character_starts_next_word(text, end):
            continue  # 张冲代表, 李强说, 陆冰走访: the name is 张冲, 李强, 陆冰
        if given == 2 and text[start] in FUNCTION_SURNAMES and _word_at(text, given_start) \
                and not NAME_CHARACTERS.intersection(text[given_start:end]):
            continue  # 审计长有发言, 部长都有点过意不去: a function character and a word, no 有发言
        if given == 1 and text[start] in WORD_LIKE_SURNAMES and _word_at(text, end - 1):
            continue  # 市长都分别站在…: 都 (all) before 分别, no one named 都分
        if _name_may_end_before(text, end):
            return text[start:end]
    if titled and (text[start] not in WORD_LIKE_SURNAMES or text[start] in RARE_WORD_LIKE_SURNAMES):
        for given in (2, 1):
            end = given_start + given
            readable = end <= len(text) and all(is_han(c) for c in text[given_start:end])
            if readable and not _PLACE_AFTER.match(text, end) \
                    and (given == 1 or not _third_character_starts_next_word(text, end)):
                return text[start:end]
    return None


_NO_GIVEN_NAME_START = frozenset("对把被将的了着是在到与及等向给为从")  # prepositions and particles


def _married_name(text: str, start: int) -> str | None:
    """林郑月娥, 陈李蔼伦: husband's and own surname, then the given name (Hong Kong and
    Macau usage) — when the three-character reading would stop inside a word and the
    four-character one ends where names end."""
    if text[start + 1 : start + 2] not in COMMON_SURNAMES or start + 4 > len(text):
        return None
    given = text[start + 2 : start + 4]
    if not all(is_han(c) for c in text[start : start + 4]) or given[-1] in NEVER_ENDS_A_NAME + "今明昨日时年月" \
            or given[0] in _NO_GIVEN_NAME_START:
        return None  # (委员周雷对村“两委”…: 周雷, then 对, no name 周雷对村)
    from composer.common.lexicon import is_common_word

    if is_common_word(given) or _word_at(text, start + 3):
        return None  # 孔阳主持, 杨岳委托: a name and a word
    three_ends = _name_may_end_before(text, start + 3)
    four_ends = _name_may_end_before(text, start + 4)
    return text[start : start + 4] if four_ends and not three_ends else None


def _third_character_starts_next_word(text: str, end: int) -> bool:
    last = text[end - 1]
    if text[end - 1 : end + 1] in FOLLOWER_WORDS or last in NEVER_ENDS_A_NAME:
        return True  # 李强说, 张冲代表
    if last == "为" and text[end - 2] not in _BEFORE_WEI_IN_NAMES:
        return True  # 李强为获奖代表颁奖 (but 张有为, 李作为: 为 ends a given name after these)
    if end < len(text) and text[end] in "了着" and not _word_at(text, end):
        return True  # 辛蕙作了报告: a verb takes 了, a name never does (王少峰了解: 了解 is a word)
    if text[end : end + 2] in FOLLOWER_WORDS or text[end : end + 2] in RUN_END_WORDS:
        return False  # 魏曰高一行: what follows the three characters is a word of its own
    if _DELIVERS.match(text, end) and text[end - 1] not in _BEFORE_ZUO_IN_WORDS:
        return False  # 张海杰作了回答, 李明运作重要讲话: 作 delivers what follows (杰作 and 运作 are no words here)
    if last == text[end - 3] and _TITLE_START.match(text, end):
        return True  # 王强王书记: the name, then its surname with the rank (王强 is the 王书记)
    if _surname_again(text, end):
        return False  # 王明强王书记: the same, the name three characters long (not 王强跟王书记说)
    if _TITLE_START.match(text, end - 1) or last == "代" and _TITLE_START.match(text, end):
        return True  # (蒋某代市长: 代 makes the rank an acting one)
    if text.startswith(_ACTING, end):
        return False  # 副局长薛一明代任: the head's post taken in the meantime (明代 is no word here)
    after = text[end] if end < len(text) else ""
    if _TITLE_START.match(text, end) and not _TITLE_START.match(text, end - 1):
        return False  # 晏青山区长: a rank right after three characters ends the name there (山区 is no word here)
    return bool(after) and is_han(after) and _word_at(text, end - 1)


_BEFORE_ZUO_IN_WORDS = "工合创协写操制动著"  # 李强工作报告: 工作, no 李强工 (but 运作, 杰作 are no words there)
# 作 delivering a speech or an answer after a name (作了回答, 作重要讲话, 作出批示)
_DELIVERS = re.compile(
    r"作(?:了|出)?(?:重要|简短|专题|总结|动员|大会)?(?:回答|讲话|发言|报告|部署|批示|指示|表态|答复|总结)")


def _name_may_end_before(text: str, end: int) -> bool:
    after = text[end] if end < len(text) else ""
    if not after or not is_han(after) or after in FOLLOWERS:
        return True
    if _surname_again(text, end):
        return True  # 王明强王书记: the name ends where its surname comes again with the rank
    return _word_at(text, end) or bool(_TITLE_START.match(text, end))


def _surname_again(text: str, end: int) -> bool:
    """A three-character name ending at ``end`` is followed by its own surname and a rank (王明强王书记) — its third
    character no verb that takes that person (王强跟王书记说)."""
    return end >= 3 and text[end : end + 1] == text[end - 3] and text[end - 1] not in BEFORE_SOMEONE \
        and bool(_TITLE_START.match(text, end + 1))


def _is_word(text: str) -> bool:
    from composer.common.lexicon import is_common_word

    return is_common_word(text)


def _word_at(text: str, position: int) -> bool:
    """A dictionary word of two or three characters starts at ``position``."""
    from composer.common.lexicon import common_words

    frequency = common_words()
    two = text[position : position + 2]
    if len(two) == 2 and (frequency.get(two, 0) >= 200 or two in OFFICIAL_ACTS):
        return True
    three = text[position : position + 3]
    return len(three) == 3 and (frequency.get(three, 0) >= 200 or three in OFFICIAL_ACTS)


# What officials do, printed right after their names (刘洋督导…, 王强率队…), too rare in general text
# for the word list to know them: they end a name as its words do.
OFFICIAL_ACTS = frozenset((
    "督导", "督办", "巡查", "暗访", "约谈", "率队", "带队", "督战", "研判", "蹲点", "夜查", "接访", "下访", "包联",
    "入户", "宣讲", "致辞", "主讲", "作报告", "讲党课", "寄语", "回信", "连线", "巡河", "巡林", "巡田", "揭牌", "剪彩",
    "开讲", "领学", "领读", "推介", "暗查", "拜会", "会商", "对接", "洽谈", "到任", "离任", "述职", "述廉",
    "连用", "连说", "连问", "谈道", "讲道",  # 王静连用三个“必须”强调
    "接听", "接待",  # 区长彭某接听热线: a hotline answered (彭某 + 接听, no 彭某接)
))


# A title right after a name ends it: 周卫民局长, 王少峰代表, 熊飞副部长.
_TITLE_START = re.compile(
    r"(?:副|常务副)?(?:书记|局长|区长|县长|市长|省长|镇长|乡长|部长|厅长|司长|处长|科长|主任|主席|代表|委员|院长|所长|"
    r"站长|同志|总理|总书记|委员长|秘书长|组长|队长|校长|董事长|总经理|经理|教授|老师|先生|女士|州长|旗长|盟长|署长)"
)


# What follows a place or an institution, never a person: 云台街道, 枫林社区, 澜州大学.
_PLACE_AFTER = re.compile(r"街道|社区|新区|园区|开发区|大学|中学|小学|医院|公司|集团|管委会")


# Given-name characters far more common for men: 他 prefers such an antecedent.
MALE_CHARACTERS = frozenset("刚强军伟勇峰涛磊鹏斌杰龙浩波超飞彬鑫亮健建国兵武雄豪虎庆航远根柱凯坤彪松柏钢铁威毅俊锋")

# Characters given names are made of (either set): a word of them after 有/都… may be a name after all
NAME_CHARACTERS = MALE_CHARACTERS | FEMALE_CHARACTERS


def _given(name: str) -> str:
    return name[2:] if name[:2] in COMPOUND_SURNAMES else name[1:]


def looks_female(name: str) -> bool:
    return any(char in FEMALE_CHARACTERS for char in _given(name))


def looks_male(name: str) -> bool:
    return any(char in MALE_CHARACTERS for char in _given(name)) and not looks_female(name)


# What follows a run of names: the run ends there.
RUN_END_WORDS = frozenset(("参加", "出席", "陪同", "一同", "一起", "一行", "等人", "主持", "调研", "检查", "考察",
                           "参会", "到会", "分别", "共同", "带队", "出席", "列席", "看望", "慰问"))


_TIME_AFTER_YU = frozenset("今昨前明本近当次同")


def names_run_together(text: str, start: int) -> list[str]:
    """Names printed one after another without 、 (区领导李宗荣李国龙崔向华参加): the run of
    characters up to a follower or punctuation, cut into two- or three-character names
    so that every name starts with a surname — common surnames and three-character
    names preferred, as they are the likelier reading."""
    if not surname_length(text, start) or text[start] in WORD_LIKE_SURNAMES and _word_at(text, start + 1):
        return []  # (市长都分别站在…: 都 before 分别 starts no run of names)
    end = start
    while end < len(text) and is_han(text[end]) and end - start < 12:
        if end - start >= 4 and (text[end : end + 2] in RUN_END_WORDS or text[end] in "等及和与在到的对"):
            break
        if end - start >= 2 and text[end] == "于" and text[end + 1 : end + 2] in _TIME_AFTER_YU:
            break  # 财政局长李淑芬于今(28)日下午…: 于今 is when, not a second name
        end += 1
    run = text[start:end]
    if not 4 <= len(run) <= 12:
        return []
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    for position in range(len(run)):
        if position not in best:
            continue
        score, names = best[position]
        for length in (2, 3):
            piece = run[position : position + length]
            if len(piece) < length or not surname_length(piece, 0):
                continue
            gain = (1.0 if piece[0] in COMMON_SURNAMES else 0.3) + (0.3 if length == 3 else 0.0) - 0.5
            total = score + gain
            if position + length not in best or best[position + length][0] < total:
                best[position + length] = (total, names + [piece])
    found = best.get(len(run))
    return found[1] if found and len(found[1]) >= 2 else []


# Characters that Tibetan, Mongolian and Uyghur names are written with in Chinese (扎西次仁,
# 那日苏, 艾尔肯·吐尼亚孜): such a name has no Han surname and often four or more characters.
TRANSLITERATION_CHARACTERS = frozenset(
    "阿艾安昂敖巴拜班邦包宝贝本比毕波伯布才仓策察查昌朝车赤楚措达丹旦道德登迪丁顿多朵俄额尔恩尕嘎甘冈戈格根"
    "更贡古哈海汗杭豪合赫黑洪呼胡华吉加嘉杰金久居卡凯坎康柯科克肯库拉腊来兰朗劳勒雷里力丽利林琳伦罗洛吕玛"
    "买麦曼毛梅美门蒙米敏明莫墨牟木穆那纳乃南尼宁努诺欧帕培佩皮珀普其奇齐恰强琴青琼曲却热仁日荣如萨塞赛桑"
    "森沙尚舍什斯苏索塔太坦特提图吐托瓦旺威维温沃乌吾伍西希锡夏仙香肖辛欣雅亚延央扬尧耶伊依因英尤玉扎珍"
    "真智卓孜宗尊佐次堆姆不都曼甫肉孜努依然别珠白江村音鲁高娃增平边穷"
)
_NAME_DOTS = "·•・"


def transliterated_name_at(text: str, start: int) -> str | None:
    """A transliterated name starting at ``start`` — three to eight of those characters, or
    parts joined by a middle dot (艾尔肯·吐尼亚孜) — when what follows it ends a name
    (``NAME_BOUNDARY``). Asked only right after a title: 州长扎西次仁参加, not anywhere."""
    end = start
    while end < len(text) and (text[end] in TRANSLITERATION_CHARACTERS or _joins_parts(text, start, end)):
        end += 1
    if end - start < 3:
        return None
    dotted = any(dot in text[start:end] for dot in _NAME_DOTS)
    longest = 16 if dotted else 8
    for stop in range(min(end, start + longest), start + 2, -1):  # 阿不都热合曼强调: the run ate 强 of 强调
        if text[stop - 1] not in _NAME_DOTS and (stop == len(text) or text[stop] in _BOUNDARY_STARTS) \
                and NAME_BOUNDARY.match(text, stop):
            return text[start:stop]
    return None


def _joins_parts(text: str, start: int, position: int) -> bool:
    """A middle dot between two parts of a transliterated name."""
    return (text[position] in _NAME_DOTS and position > start and position + 1 < len(text)
            and text[position + 1] in TRANSLITERATION_CHARACTERS)


# What follows a name a title introduced, never the rest of a word: punctuation, or what people do.
NAME_BOUNDARY = re.compile(
    r"[、，。；：（(]|$|出席|列席|主持|表示|强调|指出|带队|参加|陪同|介绍|说|讲话|调研|一行|同志|回答|要求"
    r"|在|到|等"
)
# NAME_BOUNDARY's first characters
_BOUNDARY_STARTS = frozenset("、，。；：（(出列主表强指带参陪介说讲调一同回要在到等")
