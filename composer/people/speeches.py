"""A leader's speech as a document of its own: 在全区经济工作会议上的讲话 / 区委书记 周凯 /
（2025年12月26日） / 同志们： — the text a department sends as a Word file, and what a
领导讲话摘编 is made of. No verb of saying is printed: the whole text is the speaker's.

The title says it is a speech (在…上的讲话, 致辞, 讲话稿, 发言, 主持词, 总结讲话 …) and the byline
names who gave it (a title and a name, as the import read it under the title); the statement is
the text after the salutation (同志们：, 各位代表：, 尊敬的…：) to the end.

A press release may relay a speech the same way, its lead saying whose it is: 以下是行政长官李家超今日
在青年发展论坛的致辞： — the text after the lead (and its salutation) is that official's.
"""

from __future__ import annotations

import re

from composer.people.acts import Statement
from composer.people.cast import Cast
from composer.people.discovery import Sighting, discover
from composer.people.view import View

SPEECH_CONFIDENCE = 0.99  # a speech manuscript's title and byline say who speaks: no rule guessed it

_SPEECH_TITLE = re.compile(
    r"(?:在.{2,60}(?:上|中|时|之际)的(?:讲话|致辞|发言|报告|总结讲话|动员讲话|主持词|讲话提纲)"
    r"|(?:讲话|致辞|发言|讲话稿|发言稿|主持词|讲话提纲)(?:（[^）]{0,20}）)?)$"
)
# 同志们：, 各位代表、同志们：, 尊敬的各位来宾：, 女士们、先生们： — the speech begins after it
_SALUTATION = re.compile(
    r"^(?:尊敬的[^\n：]{1,40}|[^\n：，。]{0,30}(?:同志们|代表们|委员们|朋友们|来宾们|先生们|女士们|各位[^\n：，。]{1,12}))"
    r"[：:]\s*$"
)


def speech_speaker(article: dict) -> list[Sighting]:
    """Who gave the speech an article is, as discovery reads its byline (区委书记 周凯 → 周凯,
    official), or nothing when the article is no speech manuscript."""
    byline = (article.get("byline") or "").strip()
    if not byline or not any(_SPEECH_TITLE.search(heading.strip()) for heading in article.get("headings", [])):
        return []
    sightings = discover(re.sub(r"\s+", "", byline) + "。", reporters=[], photographers=[], headings=[],
                         interview=False)
    return [s for s in sightings if s.role == "official"][:1]


def speech_span(view: View, start: int = 0) -> tuple[int, int] | None:
    """The view's span of what was said: after the salutation (or from the first paragraph at or
    after ``start``) to the end, trailing spaces left out (a release's end mark, 完, is furniture the
    import leaves out)."""
    text = view.text
    for p_start, p_end in [p for p in view.paragraphs if p[0] >= start][:6]:
        if _SALUTATION.match(text[p_start:p_end].strip()):
            start = p_end
            break
    while start < len(text) and text[start].isspace():
        start += 1
    end = len(text.rstrip())
    return (start, end) if end - start >= 10 else None


# 以下是行政长官李家超今日（三月十五日）在青年发展论坛的致辞： — the lead of a relayed speech
_RELAYED = re.compile(
    r"以下(?:是|为)(?P<who>[^，。：\n]{2,60}?)在[^。：\n]{2,60}?的(?:致辞|讲话|发言|演辞|演讲|开幕辞|致词)(?:全文)?[：:]\s*$"
)


def relayed_speech(view: View, cast: Cast) -> tuple[str, tuple[int, int]] | None:
    """The official whose speech a release relays after its lead, and the span of the speech."""
    for p_start, p_end in view.paragraphs[:3]:
        lead = _RELAYED.search(view.text, p_start, p_end)
        if lead is None:
            continue
        named = [r for r in cast.refs_between(lead.start("who"), lead.end("who"))
                 if (member := cast.member(r.name)) is not None and member.is_official]
        span = speech_span(view, p_end)
        return (named[-1].name, span) if named and span else None
    return None


def with_the_speech(view: View, cast: Cast, name: str, span: tuple[int, int] | None,
                    found: list[Statement]) -> list[Statement]:
    """The whole speech as the speaker's one statement; what the speech quotes of others stays."""
    if span is None:
        return found
    start, end = view.body_span(*span)
    member = cast.member(name)
    people = sorted({r.name for r in cast.refs_between(*span) if r.name != name})
    speech = Statement(start, end, name, "person", "讲话", name, SPEECH_CONFIDENCE, "speech", people,
                       member is None or member.is_official)
    return [speech, *(s for s in found if s.person_name != name)]
