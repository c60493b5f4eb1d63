"""Speech acts as the statement reader finds them, before their spans are settled:
who speaks (``Speaker``) and where the attribution and the content begin (``Act``)."""

from __future__ import annotations

from dataclasses import dataclass


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
