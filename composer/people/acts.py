"""Speech acts as the statement reader finds them, before their spans are settled:
who speaks (``Speaker``) and where the attribution and the content begin (``Act``) — and
what the reader makes of them (``Statement``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Speaker:
    printed: str
    name: str | None  # the member's name for a person
    kind: str  # person | meeting | collective | other
    official: bool
    how: str  # name_verb | pronoun | title_only | meeting | quote_before | interview | colon


@dataclass
class Act:
    """A speech act in view offsets: where its attribution starts, what was said."""

    attribution_start: int
    content_start: int
    speakers: list[Speaker]
    verb: str | None
    colon: bool = False
    quote_end: int | None = None  # a direct quotation: what was said ends here
    turn_end: int | None = None  # an interview turn: ends here
    verb_start: int | None = None
    weak: bool = False  # the subject is not printed next to the verb (an earlier clause, the topic)


@dataclass
class Statement:
    start: int  # body offsets
    end: int
    speaker_text: str
    speaker_type: str  # person | meeting | unnamed_person | collective | other
    verb: str | None
    person_name: str | None = None
    confidence: float = 0.8
    attribution: str = "name_verb"
    people: list[str] = field(default_factory=list)  # names of members mentioned inside
    official: bool = True  # said by an office holder (or the meeting)
    features: dict[str, float] = field(default_factory=dict)
