"""Long meeting reports written for these tests, in the style of a district's 常委会/推进会 report: several
officials in turn, the meeting's own conclusions, numbered demands, words that look like a speaker but are an
object (按照会议要求). Each statement must stop where that speech stops."""

from __future__ import annotations

from pathlib import Path

from tests.test_statements import _said

_STANDING_COMMITTEE = (
    "区委常委会召开会议 研究部署城市更新工作\n\n"
    "3月12日，区委书记周明远主持召开区委常委会会议，研究部署城市更新工作。区长陈立新，区委副书记赵海燕出席会议。\n\n"
    "会议指出，今年城市更新任务重、要求高，全区上下要切实增强责任感和紧迫感。\n\n"
    "周明远在讲话中指出，城市更新既要算经济账，更要算民生账。\n\n"
    "陈立新就贯彻落实会议精神作具体部署。他说，全区各部门要按照会议要求，倒排工期、挂图作战，"
    "确保年底前完成改造任务。\n\n"
    "赵海燕表示，根据会议部署，区委办将加强督查督办，定期通报进展情况。\n\n"
    "会议还审议通过了《区城市更新三年行动计划》。"
)


def test_the_meeting_as_the_object_of_a_preposition_is_no_speaker(library_path: Path) -> None:
    """他说，全区各部门要按照会议要求，倒排工期… — 会议要求 is what the departments follow, not the meeting
    demanding: the speech runs on (it had been cut at 按照 and its rest given to 会议)."""
    said = _said(library_path, _STANDING_COMMITTEE)
    assert ("陈立新", "说", "全区各部门要按照会议要求，倒排工期、挂图作战，确保年底前完成改造任务。") in said
    assert ("赵海燕", "表示", "根据会议部署，区委办将加强督查督办，定期通报进展情况。") in said
    assert ("会议", "指出", "今年城市更新任务重、要求高，全区上下要切实增强责任感和紧迫感。") in said
    assert [speaker for speaker, _, _ in said].count("会议") == 1


def test_spans_stop_at_a_quotation_right_after_the_verb_and_before_a_question(library_path: Path) -> None:
    """周凯曾强调“……。”解决…是…的责任。 — the quotation right after the verb is what was said, the sentence after it
    the reporter's (and 曾 is no part of the name); 问到…，王静未有回应。 sets a question, no more of her speech."""
    page = (
        "区领导慰问困难群众\n\n"
        "区委书记周凯曾强调“我最牵挂的还是困难群众，他们能不能过好春节。”解决困难群体的过节问题是社区的职责所在。\n\n"
        "区长王静表示，区政府会持续推出措施便利市民。问到区里官员外出后需否隔离，王静未有回应。"
    )
    said = _said(library_path, page)
    assert ("周凯", "强调", "我最牵挂的还是困难群众，他们能不能过好春节。") in said
    assert ("王静", "表示", "区政府会持续推出措施便利市民。") in said
    assert not any(speaker == "周凯曾" for speaker, _, _ in said)


def test_quotation_before_a_high_title_and_compound_verb_a_host_question_and_a_name_before_a_word(
        library_path: Path) -> None:
    """“……”周凯总书记强调指出。 (a title between the name and a compound verb); 晏青山区长… / 区长晏青山上任首日 (山区
    and 山上 are words, yet the name is 晏青山); …的殷切希望。新城区路在何方？ (the host's question ends the speech)."""
    page = (
        "新城区首任区长见面会\n\n"
        "“促进全体人民共同富裕是一项长期任务，必须摆在更加重要的位置。”周凯总书记强调指出。\n\n"
        "昨天，区长晏青山上任首日便出席了记者见面会。晏青山区长表示，新的领导班子会继续奋斗，不辜负全区人民的殷切希望。"
        "合并后的新城区路在何方？马上连线昨天亲临见面会的记者。"
    )
    said = _said(library_path, page)
    assert ("周凯", "指出", "促进全体人民共同富裕是一项长期任务，必须摆在更加重要的位置。") in said
    assert ("晏青山", "表示", "新的领导班子会继续奋斗，不辜负全区人民的殷切希望。") in said
    assert not any(speaker == "晏青" for speaker, _, _ in said)
