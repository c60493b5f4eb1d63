"""Items of a drafted briefing, from the excerpts placed in one section.

* **讲话摘编**: one item per passage of a speech. Excerpts of one speech that follow each
  other in a section (the same article, the same speaker) are one item with one source
  line — not the same source line printed under each. Each item prints what was said
  (``item_text.said_text``) and the paragraphs that go on with the speech after the
  excerpt (``item_text.continuation``).
* **简报, 专题汇编**: one item per article, as news (``news_items.story``): headline, lead,
  the selected statements in reported form, interview answers with their questions.

Items are ordered by date (a 讲话摘编, A13), or by importance — the protocol rank of the
highest official speaking in them, then date (a 简报's lead item first, B10; a 专题汇编's
authority level then date, C10) — or in the order the query names people. Every source
line of a document is in one style (``citations.document_style``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from composer.briefings import citations
from composer.briefings.item_text import continuation, joined, said_text
from composer.briefings.news_items import story
from composer.briefings.speakers import NO_RANK, protocol_rank, speaks_as_official
from db.briefings import ItemRow

ORDERS = ("date", "importance", "declared")


@dataclass
class Sources:
    """What items are cut from: article bodies, where statements start in them, and the
    speakers' directory entries (role, titles)."""

    bodies: dict[int, str] = field(default_factory=dict)
    starts: dict[int, list[int]] = field(default_factory=dict)
    people: dict[int, tuple[str, list[str]]] = field(default_factory=dict)

    def official(self, row: dict) -> bool:
        person = self.people.get(row["person_id"]) if row.get("person_id") else None
        return speaks_as_official(row, person, self.bodies.get(row["article_id"], ""))

    def rank(self, row: dict) -> int:
        person = self.people.get(row["person_id"]) if row.get("person_id") else None
        return protocol_rank(person[1]) if person else NO_RANK

    def stops_after(self, row: dict) -> list[int]:
        return [start - row["end"] for start in self.starts.get(row["article_id"], []) if start >= row["end"]]


@dataclass
class Drafted:
    item: ItemRow
    rows: list[dict]
    origin: citations.Origin
    rank: int = NO_RANK

    @property
    def day(self) -> tuple[str, int, int]:
        first = self.rows[0]
        return first["published"] or "", first["article_id"], first["start"]


def origin_of(row: dict, body: str) -> citations.Origin:
    lead = body.lstrip().split("\n", 1)[0] if body else ""
    return citations.Origin(
        row["title"] or "",
        row["event_date"],
        row["published"],
        row["printings"],
        lead,
        interview=row.get("article_kind") == "interview",
    )


# -- 讲话摘编 ------------------------------------------------------------------------------------


def speech_items(rows: list[dict], sources: Sources, *, name_speakers: bool) -> list[Drafted]:
    """One item per run of excerpts of one speech (rows in date order)."""
    runs: list[list[dict]] = []
    for row in rows:
        last = runs[-1][-1] if runs else None
        if last and last["article_id"] == row["article_id"] and last["speaker"] == row["speaker"]:
            runs[-1].append(row)
        else:
            runs.append([row])
    drafted = []
    for run in runs:
        body = sources.bodies.get(run[0]["article_id"], "")
        text = speech_text(run, body, sources)
        speaker = run[0]["speaker"]
        if name_speakers and speaker:
            text = f"{speaker}：{text}"
        item = ItemRow(excerpt_id=run[0]["id"], title=None, text_override=text, also_excerpts=_also(run))
        drafted.append(Drafted(item, run, origin_of(run[0], body), min(sources.rank(r) for r in run)))
    return drafted


def speech_text(run: list[dict], body: str, sources: Sources) -> str:
    """What was said in a run of excerpts of one speech, and how the speech goes on."""
    speaker = run[0]["speaker"]
    text = said_text(run[0]["text"], speaker)
    for previous, row in zip(run, run[1:]):
        if row["start"] >= previous["end"] and body:
            text = joined(text, body[previous["end"] : row["start"]], said_text(row["text"], speaker), speaker)
        elif row["end"] > previous["end"] and body:
            text += said_text(body[previous["end"] : row["end"]], speaker)
        elif not body:
            text = joined(text, "\n", said_text(row["text"], speaker), speaker)
    last = run[-1]
    if body and last["kind"] == "statement":
        more = continuation(body[last["end"] :], speaker, sources.stops_after(last))
        if more:
            extra = said_text(body[last["end"] : last["end"] + more], speaker)
            text = f"{text}\n{extra}" if extra else text
    return text


def _also(rows: Iterable[dict]) -> list[int]:
    rows = list(rows)
    return [*(r["id"] for r in rows[1:]), *(i for r in rows for i in r.get("also", []))]


# -- 简报, 专题汇编 -------------------------------------------------------------------------------


def story_items(rows: list[dict], sources: Sources) -> list[Drafted]:
    """One news item per article, its selected excerpts in the article's order."""
    by_article: dict[int, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(row)
    drafted = []
    for article_id, article_rows in by_article.items():
        article_rows.sort(key=lambda r: r["start"])
        body = sources.bodies.get(article_id, "")
        spans = [(r["start"], r["end"], r["speaker"] if r["speaker_type"] == "person" else None) for r in article_rows]
        text = (
            story(body, spans, sources.starts.get(article_id, []))
            if body
            else "\n".join(said_text(r["text"], r["speaker"]) for r in article_rows)
        )
        item = ItemRow(
            excerpt_id=article_rows[0]["id"],
            title=article_rows[0]["title"],
            text_override=text,
            also_excerpts=_also(article_rows),
        )
        drafted.append(
            Drafted(item, article_rows, origin_of(article_rows[0], body), min(sources.rank(r) for r in article_rows))
        )
    return drafted


# -- order and sources ---------------------------------------------------------------------------------


def ordered(drafted: list[Drafted], order: str, persons: list[str]) -> list[Drafted]:
    if order == "importance":
        return sorted(drafted, key=lambda d: (d.rank, d.day))
    if order == "declared":
        return sorted(drafted, key=lambda d: (_declared(d, persons), d.day))
    return sorted(drafted, key=lambda d: d.day)


def _declared(drafted: Drafted, persons: list[str]) -> int:
    speakers = {row["speaker"] for row in drafted.rows}
    return min((index for index, person in enumerate(persons) if person in speakers), default=len(persons))


def with_sources(drafted: list[Drafted], wanted: str) -> str:
    """Every item's source line in the one style all of them can have; returns it."""
    style = citations.document_style(wanted, [d.origin for d in drafted])
    for d in drafted:
        d.item.source_line = citations.fitted(citations.line(style, d.origin))
    return style
