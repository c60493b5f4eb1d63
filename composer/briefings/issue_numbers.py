"""期号 and series: a briefing is numbered when it is exported, not when it is drafted.

Composing gives a briefing a provisional number (the first free one after its series'
last fixed issue, ``db.briefings.next_issue_no``), so that a trial compose, a draft that is
thrown away or an export that fails uses nothing up. The first export that succeeds fixes
the number: the first after the series' last fixed issue that no issued or hand-chosen
briefing holds (a draft holding it moves on to a free number). A number the user chose —
in the composer, or with ``--issue`` — is printed as chosen; a number already printed is
never given to another briefing. Numbering is one step of ``briefing history``, written in
the same transaction as the file, so a failed write leaves the number unused.

Series: a 简报's series is its masthead; a 讲话摘编's is its leader(s) —
``讲话摘编（林振华）`` — so that each leader's compilations count from 第1期 (the template's
own name as series means "by leader" when a 讲话摘编 names persons); ``--series`` names a
series of the user's own, e.g. one counter for all compilations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from composer.common.messages import BriefingError
from db import briefings as store
from db import history
from db.briefings import CHOSEN, ISSUE_STATE, ISSUED, PROVISIONAL, BriefingRow
from db.library import Library


@dataclass
class IssuePlan:
    """What an export prints and what it changes in the library."""

    series: str | None
    issue_no: int | None
    settings: dict = field(default_factory=dict)
    moves: list[tuple[int, int]] = field(default_factory=list)  # (briefing id, new number) for drafts in the way
    changed: bool = False


def default_series(kind: str, template: str, persons: list[str]) -> str | None:
    """The series a briefing counts in when none is given: None (the masthead or the
    template's name, as drafting chooses) except for a 讲话摘编 of named leaders."""
    if kind != "speech" or not persons:
        return None
    return f"{template}（{'、'.join(persons)}）"


def plan_issue(
    library: Library,
    briefing: BriefingRow,
    kind: str,
    *,
    issue_no: int | None = None,
    series: str | None = None,
    copies: int | None = None,
    exporting: bool = True,
) -> IssuePlan:
    """The series and number an export of ``briefing`` prints: ``issue_no`` and ``series``
    when the user gives them, else the fixed ones, else the next in the series. Not
    ``exporting``: what the user chose, kept for the export (a number chosen is kept)."""
    state = store.issue_state(briefing.settings)
    settings = dict(briefing.settings)
    if copies is not None:
        settings["copies"] = copies or None
    target_series = series or (_series_of(briefing, kind, state) if exporting else briefing.series)
    if issue_no is None and (series is None or not exporting) and (state != PROVISIONAL or not exporting):
        number = briefing.issue_no
    else:
        number = _number(library, briefing, target_series, issue_no)
    if exporting:
        settings[ISSUE_STATE] = ISSUED if number is not None else CHOSEN
    elif issue_no is not None or series is not None:
        settings[ISSUE_STATE] = CHOSEN
    plan = IssuePlan(target_series, number, settings)
    plan.moves = _moves(library, briefing, plan)
    plan.changed = (target_series, number, settings) != (briefing.series, briefing.issue_no, briefing.settings)
    return plan


def record_issue(library: Library, briefing: BriefingRow, plan: IssuePlan) -> int | None:
    """Store ``plan`` (in the caller's write transaction): one step of the history, or
    None when nothing changes."""
    if not plan.changed:
        return None
    label = f"第{plan.issue_no}期" if plan.issue_no else ""
    group = history.start_group(library, "briefing.issue", f"《{briefing.title}》{label}")
    free = _free_after_all(library, plan.series)
    for other_id, _ in plan.moves:  # drafts holding the number move on to free ones
        store.set_issue(library, group, other_id, {"issue_no": free})
        free += 1
    store.set_issue(
        library, group, briefing.id or 0, {"series": plan.series, "issue_no": plan.issue_no, "settings": plan.settings}
    )
    history.finish_group(library, group)
    briefing.series, briefing.issue_no, briefing.settings = plan.series, plan.issue_no, plan.settings
    return group


def copies_of(briefing: BriefingRow) -> int | None:
    value = briefing.settings.get("copies")
    return value if isinstance(value, int) and value > 0 else None


# -- how the number is found --------------------------------------------------------------------


def _series_of(briefing: BriefingRow, kind: str, state: str) -> str | None:
    """A provisional 讲话摘编 drafted with the template's own name as series counts per
    leader; every other briefing keeps its series."""
    if state == PROVISIONAL and briefing.series == briefing.template:
        persons = _query(briefing).get("persons") or []
        return default_series(kind, briefing.template, [str(p) for p in persons]) or briefing.series
    return briefing.series


def _query(briefing: BriefingRow) -> dict:
    try:
        query = json.loads(briefing.query or "{}")
    except ValueError:
        return {}
    return query if isinstance(query, dict) else {}


def _number(library: Library, briefing: BriefingRow, series: str | None, chosen: int | None) -> int | None:
    if series is None:  # a briefing of no series: its own number, or 1
        return chosen or briefing.issue_no or 1
    holders = [h for h in store.issue_holders(library, series) if h.id != briefing.id]
    fixed = [h for h in holders if h.state != PROVISIONAL]
    if chosen is not None:
        taken = next((h for h in fixed if h.issue_no == chosen), None)
        if taken is not None:
            raise BriefingError("issue_taken", series=series, issue=chosen, id=taken.id, title=taken.title)
        return chosen
    return store.free_issue_no(fixed, after=store.last_fixed_issue(fixed))


def _moves(library: Library, briefing: BriefingRow, plan: IssuePlan) -> list[tuple[int, int]]:
    if plan.series is None or plan.issue_no is None:
        return []
    return [
        (h.id, h.issue_no)
        for h in store.issue_holders(library, plan.series)
        if h.id != briefing.id and h.issue_no == plan.issue_no and h.state == PROVISIONAL
    ]


def _free_after_all(library: Library, series: str | None) -> int:
    holders = store.issue_holders(library, series) if series is not None else []
    return max((h.issue_no for h in holders), default=0) + 1
