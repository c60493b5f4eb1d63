"""Titles as Chinese news prose prints them, and what they say about who holds them.

A title is an organisation followed by a rank: 区委 + 副书记, 住房和城乡建设部 + 副部长,
财经事务及库务局 + 局长, 商南县 + 县长. The ranks are a closed list (a grammar of rank
words, not a list of titles): any organisation in front of them makes a title, so
旗长, 行政长官, 新闻发言人 or 教导员 need no entry of their own beyond the rank.

Who holds the title follows from the rank and the organisation:

* ``official`` — office holders of party, government, people's congress and CPPCC
  bodies, courts, procuratorates and public institutions (区委书记, 副区长, 局长, 司长,
  新闻发言人, 村党支部书记, 人大常委会副主任);
* ``deputy`` / ``cppcc_member`` — 人大代表 / 政协委员 presented as such (not office holders);
* ``enterprise`` — company management (董事长, 总经理, a 公司's 书记);
* ``reporter`` — 记者, 通讯员, 主持人 of a programme, 编辑;
* ``other`` — residents, scholars, teachers, volunteers, chamber-of-commerce heads.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Ranks of office, longest first where one ends another (党组书记 before 书记).
OFFICIAL_RANKS = tuple(sorted(set(
    """书记 副书记 党委书记 党组书记 党工委书记 党总支书记 党支部书记 支部书记 第一书记 纪委书记 总书记 村支书
    常委 省长 市长 区长 县长 州长 旗长 盟长 镇长 乡长 村长 主任 主席 委员长 总理 副总理 国务委员 总统 副总统
    局长 厅长 部长 司长 处长 科长 署长 所长 站长 秘书长 常任秘书长 组长 副组长 发言人 新闻发言人
    行政长官 特首 议长 政委 政治委员 司令员 参谋长 教导员 检察长 庭长 院长 巡视员 调研员 督察长 专员 特派员 顾问
    主任委员 党组成员 督导员 指导员 社长 台长 总编 总编辑 队长 总队长 支队长 大队长 中队长 所长
    馆长 监察专员 审计长 总监 关长 区长助理 市长助理 县长助理 省长助理 审判长 审判员 法官 检察官
    领导 负责同志 领导同志 同志 区领导 县领导 市领导 省领导 常务副区长 常务副市长 常务副县长 常务副省长
    主委 组织委员 宣传委员 纪检委员 统战委员 党委委员 班子成员 党组成员 警司 总警司 高级警司 警监 警督
    候任人 指挥官 政务委员 督学 总督学 主任科员 科员 办事员""".split()),  # (四级主任科员: a civil servant's grade)  # noqa: SIM905
    key=len, reverse=True))
NON_OFFICIAL_RANKS = tuple(sorted(set(
    """人大代表 全国人大代表 党代表 政协委员 全国政协委员 代表 委员 记者 首席记者 特约记者 通讯员 主持人 编辑 责任编辑
    董事长 副董事长 总经理 副总经理 经理 总裁 副总裁 创始人 合伙人 总工程师 董事 监事 店长 店主 摊主 厂长
    会长 副会长 理事长 秘书 教授 副教授 研究员 专家 学者 院士 博士 教师 老师 校长 园长 医生 护士 主治医师
    村民 居民 市民 网友 游客 老人 老党员 老同志 党员 老干部 职工 员工 工人 农民 学生 家长 志愿者 网格员
    劳动模范 劳模 模范 骨干 青年 代表人物 学员 学员代表 负责人 工作人员 民警 辅警 消防员 社工 主播 成员""".split()),  # noqa: SIM905
    key=len, reverse=True))
# Short forms of rank that follow a surname (王书记, 刘县长, 周局长, 余書記 once folded).
SHORT_RANKS = tuple(sorted(
    ("书记", "副书记", "区长", "副区长", "市长", "副市长", "县长", "副县长", "省长", "副省长", "镇长", "乡长",
     "主任", "副主任", "部长", "副部长", "局长", "副局长", "厅长", "副厅长", "司长", "副司长", "处长", "科长",
     "主席", "副主席", "院长", "所长", "站长", "校长", "委员长", "总理", "秘书长", "组长", "队长", "旗长", "州长",
     "检察长", "庭长", "署长", "总统", "副院长", "副处长", "副所长", "副校长", "副秘书长", "副检察长", "副署长",
     "副总理", "副总统", "副组长", "副队长"),
    key=len, reverse=True))
RANKS = tuple(sorted(set(OFFICIAL_RANKS) | set(NON_OFFICIAL_RANKS), key=len, reverse=True))
RANK_AT_END = re.compile("(?:" + "|".join(RANKS) + ")$")
RANK = re.compile("|".join(RANKS))
LONGEST_RANK = max(map(len, RANKS))

_ENTERPRISE_ORG = re.compile(
    r"公司|集团|股份|企业|银行|工厂|厂$|酒店|商场|超市|合作社|研究院|火箭院|传媒|控股|科技|董事会|监事会"
)
# a utility's local unit (金城供电所所长, 城东供水站站长): a state company's, no public office
_UTILITY_UNIT = re.compile(r"供电(?:所|局|站|中心|营业所)|电网|供水(?:所|站)|燃气(?:所|站)")
# 党委副书记、总经理: a party committee with no place or office named is the company's own
_PARTY_UNITS_ONLY = frozenset(("", "党委", "党组", "纪委", "党总支", "党支部"))
_CORPORATE_RANK = re.compile(r"(?:董事长|总经理|总裁|监事长)$")
_CHAMBER_ORG = re.compile(r"商会|协会|学会|联合会|基金会|研究会|促进会|业主委员会|业委会|物业")
# A government, party, legislative or judicial body, or a public institution.
_PUBLIC_ORG = re.compile(
    r"[省市区县州旗盟镇乡村]|街道|社区|党委|党组|党工委|纪委|监委|政府|人大|政协|委员会|委|局|厅|部|办|司|署|处|科"
    r"|法院|检察院|公安|派出所|中心|站|所|队|国务院|中央|特区|议会|立法会|人武部|军分区|武警|消防"
)
_SCHOLAR_ORG = re.compile(r"大学|学院|学校|中学|小学|幼儿园|研究所|社科院|科学院|医院")
_UNIVERSITY = re.compile(r"大学|师大|学院$|大$")
_PROGRAMME = re.compile(r"节目|电视台|广播|频道|栏目|报社|日报|晚报|网")
_REPORTER_RANK = re.compile(r"记者|通讯员|编辑|主播")
_INSPECTING_GROUP = re.compile(r"(?:指导|督导|巡视|巡察|巡回指导|督查|检查|考察|工作|调研|考核)组$")


@lru_cache(maxsize=65536)  # the same few thousand titles, asked for again in every article
def split_title(title: str) -> tuple[str, str]:
    """(organisation, rank) of a title: 区委副书记 → (区委, 副书记)."""
    match = RANK_AT_END.search(title)
    if match is None:
        return title, ""
    rank = match.group()
    organisation = title[: match.start()]
    if organisation.endswith(("副", "常务副", "代", "原", "前", "助理")):
        cut = 3 if organisation.endswith("常务副") else 2 if organisation.endswith("助理") else 1
        rank, organisation = organisation[-cut:] + rank, organisation[:-cut]
    return organisation, rank


def role_of(titles: list[str]) -> str:
    """official | deputy | cppcc_member | enterprise | reporter | other, from the titles
    printed next to a name. One office title makes an official, whatever else is printed
    (全国人大代表、市长 王某 is an official)."""
    return _role_of(tuple(titles))


@lru_cache(maxsize=65536)  # the same titles in article after article
def _role_of(titles: tuple[str, ...]) -> str:
    roles = [_role_of_one(title) for title in titles if title]
    if _adviser_only(titles):
        return "other"  # 区政府法律顾问、沅州大学教授: a scholar retained as adviser, not an office holder
    if "enterprise" in roles and all(split_title(title)[0] in _PARTY_UNITS_ONLY
                                     for title, role in zip(titles, roles) if role == "official"):
        return "enterprise"  # 集团公司董事长、党委书记: the company's party committee, no public office
    for role in ("official", "deputy", "cppcc_member", "enterprise", "reporter", "other"):
        if role in roles:
            return role
    return "other"


_SCHOLAR_RANK = re.compile(r"(?:教授|研究员|学者|专家|律师|院士|博士|讲师)$")
_ADVISORY_RANK = re.compile(r"(?:顾问|咨询委员|特约研究员|特聘专家)$")


def _adviser_only(titles: tuple[str, ...] | list[str]) -> bool:
    """Only advisory posts beside a scholar's title."""
    scholar = any(_SCHOLAR_RANK.search(t) for t in titles)
    offices = [t for t in titles if _role_of_one(t) == "official"]
    return scholar and bool(offices) and all(_ADVISORY_RANK.search(t) for t in offices)


@lru_cache(maxsize=65536)
def _role_of_one(title: str) -> str:
    organisation, rank = split_title(title)
    if rank == "候任人":  # 行政长官候任人, 董事长候任人: designated to the title before it
        return _role_of_one(organisation) if organisation else "other"
    # (前县长, 原局长: a former holder is named as one; 代区长 acts as one)
    bare_rank = rank.removeprefix("前").removeprefix("原").lstrip("副").removeprefix("常务副").removeprefix("代") \
        .removeprefix("助理")
    if "人大代表" in title or (rank == "代表" and "人大" in organisation):
        return "deputy"
    if "政协委员" in title or (rank == "委员" and "政协" in organisation and "常委" not in title):
        return "cppcc_member"
    if _REPORTER_RANK.search(rank) or (rank == "主持人" and not _office_of(organisation)):
        return "reporter"
    if _ENTERPRISE_ORG.search(organisation) and not _PUBLIC_ORG.search(organisation.split("公司")[0][-2:]) \
            or _UTILITY_UNIT.search(organisation):
        return "enterprise"
    if _CHAMBER_ORG.search(organisation):
        return "other"
    if bare_rank == "校长" and _UNIVERSITY.search(organisation):
        return "official"  # 河海大学副校长: a public university's head (a public institution); a school's is not
    if rank in OFFICIAL_RANKS or bare_rank in OFFICIAL_RANKS:
        if _SCHOLAR_ORG.search(organisation) and bare_rank in ("院长", "所长", "主任", "馆长"):
            return "other"
        return "official"
    if rank in ("委员",) and _office_of(organisation):
        return "official"  # 区纪委委员, 省委委员
    if rank == "成员" and _INSPECTING_GROUP.search(organisation):
        return "official"  # 市委巡回指导组成员: sent by a party or government body to guide or inspect
    if bare_rank in ("校长", "园长") and _PUBLIC_ORG.search(organisation) and not _SCHOLAR_ORG.search(organisation):
        return "official"
    if _CORPORATE_RANK.search(rank):
        return "enterprise"  # 董事长, 总经理 with no organisation printed: a company's, whoever it is
    return "other"


def _office_of(organisation: str) -> bool:
    return bool(organisation) and bool(_PUBLIC_ORG.search(organisation)) and not _PROGRAMME.search(organisation)


def is_official_title(title: str) -> bool:
    return _role_of_one(title) == "official"
