"""What a secretary would still fix by hand in drafted briefings (issue 18), counted.

    python -m benchmarks.briefing_content [--realtext] [--show]

Builds three libraries — the seed pages (../shared/seeds, as tests/test_briefings.py
imports them), our demo pages (composer/demo) and, with ``--realtext``, the 60 tuning
articles of ../shared/realtext (the 20 set aside stay out) — tags them, accepts every
statement, and drafts, without saving:

* a 讲话摘编 of every accepted statement, and one per official with at least three;
* a 简报 for each of the three busiest themes, and one for the busiest official;
* a 专题汇编 for each of the three busiest themes (theme only: officials only unless asked).

Then counts each defect class of the issue, per corpus. The checks are written here,
independently of the drafting code, from ../shared/briefing-formats.md:

narration        讲话摘编 items holding the reporter's words: ”王少峰说， / 他进一步解释说， /
                 a sentence led by 会上, 据悉, 据了解 … / someone else's quotation (A15)
unbalanced       items whose quotation marks do not pair (“ without ” or ” before “)
cut              statements the gold annotation (seeds, demo) says run over several
                 paragraphs, whose item stops before the gold's last words
order            pairs of neighbouring theme sections out of the theme tree's order
singletons       theme sections holding one item in a document of two or more sections that
                 could have been avoided: another section holds one item too (a compilation
                 splinters), or the item has a theme of its own (or its group) with a section
singles_kept     (not a defect) the one single-item section of a document whose item has no
                 theme with another section: its own heading is right (A4); 其他 would put it
                 next to nothing it belongs to, another heading under a theme it is not about
other_misplaced  items under 其他 whose own themes or words name a theme that has a section,
                 or whose article has one or two themes, one of them with a section (a
                 meeting report's many themes do not say what one speech in it is about)
styles>1         documents whose source lines mix styles (speech 在…的讲话 / press 《…》) (A11)
bad_occasion     speech source lines whose occasion does not read 在…上/时的讲话 (A9) or
                 doubles a level (云湖区区委)
stub             source lines that wrap leaving at most three characters on their last line
repeated_source  neighbouring items of a section with the same source line
duplicates       the same excerpt twice, or the same article twice in a 简报/专题汇编 (A16, C15)
non_officials    items of a theme-only 专题汇编 said by someone presented as 人大代表, 政协委员
                 or a company's person
no_question      简报/专题汇编 items holding an interview answer but not its question
quote_lists      简报 items printed as a list of 「姓名：…」 quotations instead of a news item
no_lead          简报 items without the article's lead (时间、地点、谁、做了什么)
lead_not_top     简报 whose first item is not the one of the highest-ranking official present
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from composer.briefings.drafts import DraftQuery, draft  # noqa: E402
from composer.ingest.importer import ImportOptions, import_paths  # noqa: E402
from composer.people.titles import role_of  # noqa: E402
from composer.tagging import review  # noqa: E402
from composer.tagging.batch import tag_articles  # noqa: E402
from composer.tagging.themes import theme_tree  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import get_article  # noqa: E402
from db.briefings import BriefingRow  # noqa: E402
from db.excerpts import ExcerptFilter, list_excerpts  # noqa: E402
from db.library import Library  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED_DATES = ["2025-09-01", "2025-08-30", "2025-02-27", "2023-06-14", "2023-03-06"]  # as tests/test_briefings.py
LINE_WIDTH = 28  # characters a line of the shipped templates holds (22 × 28 grid)
CLASSES = (
    "items",
    "narration",
    "unbalanced",
    "cut",
    "order",
    "singletons",
    "singles_kept",
    "other_misplaced",
    "styles>1",
    "bad_occasion",
    "stub",
    "repeated_source",
    "duplicates",
    "non_officials",
    "no_question",
    "quote_lists",
    "no_lead",
    "lead_not_top",
)


# -- the libraries ------------------------------------------------------------------------------


def build_library(folder: Path, corpus: str) -> Path:
    path = folder / f"{corpus}.sqlite"
    with open_library(path) as library:
        if corpus == "seeds":
            for page, published in zip(sorted((SHARED / "seeds").glob("*.txt")), SEED_DATES):
                import_paths(library, [page], ImportOptions(workers=0, source="丰台时报", published=published))
        elif corpus == "demo":
            import_paths(library, sorted((ROOT / "composer" / "demo").glob("*.txt")), ImportOptions(workers=0))
        else:
            from benchmarks.realtext import REALTEXT, tuning

            import_paths(library, [REALTEXT / f"{name}.txt" for name in tuning()], ImportOptions(workers=0))
        tag_articles(library, everything=True, workers=0)
        review.accept(library, ExcerptFilter(kind="statement"))
    return path


def gold_statements(corpus: str) -> list[dict]:
    """The gold's statements of several paragraphs (seeds and demo pages)."""
    import json

    folder = SHARED / "seeds" / "gold" if corpus == "seeds" else ROOT / "composer" / "demo" / "gold"
    if corpus not in ("seeds", "demo") or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            found += [s for s in article.get("statements", []) if (s.get("paragraphs") or 1) > 1]
    return found


# -- the documents ------------------------------------------------------------------------------


@dataclass
class Document:
    kind: str  # speech, bulletin, dossier
    label: str
    briefing: BriefingRow
    theme_only: bool = False
    items: list[dict] = field(default_factory=list)  # text, title, source, section, excerpts


def documents(library: Library) -> list[Document]:
    statements = list_excerpts(library, ExcerptFilter(kind="statement", status="accepted"))
    people = Counter(s["speaker"] for s in statements if s["speaker_type"] == "person" and s["speaker"])
    themes = Counter(t for s in statements for t in s["themes"])
    busiest = [name for name, count in people.most_common() if count >= 3]
    top_themes = [name for name, _ in themes.most_common(3)]
    plans: list[tuple[str, str, str, DraftQuery, bool]] = [("speech", "讲话摘编", "全部", DraftQuery(), False)]
    plans += [("speech", "讲话摘编", name, DraftQuery(persons=[name]), False) for name in busiest]
    plans += [("bulletin", "简报", theme, DraftQuery(themes=[theme]), True) for theme in top_themes]
    plans += [("bulletin", "简报", name, DraftQuery(persons=[name]), False) for name in busiest[:1]]
    plans += [("dossier", "专题汇编", theme, DraftQuery(themes=[theme]), True) for theme in top_themes]
    found = []
    for kind, template, label, query, theme_only in plans:
        briefing = draft(library, template, query)
        document = Document(kind, f"{template}:{label}", briefing, theme_only)
        texts = _texts(library, briefing)
        for section in briefing.sections:
            for item in section.items:
                ids = [i for i in [item.excerpt_id, *item.also_excerpts] if i]
                document.items.append(
                    {
                        "text": item.text_override or item.free_text or texts.get(item.excerpt_id or -1, ""),
                        "title": item.title,
                        "source": item.source_line or "",
                        "section": section.group_key,
                        "heading": section.title,
                        "excerpts": ids,
                    }
                )
        found.append(document)
    return found


def _texts(library: Library, briefing: BriefingRow) -> dict[int, str]:
    ids = [i.excerpt_id for s in briefing.sections for i in s.items if i.excerpt_id]
    return {row["id"]: row["text"] for row in list_excerpts(library, ExcerptFilter(ids=ids))} if ids else {}


# -- the checks -------------------------------------------------------------------------------------

_VERB = r"(?:进一步解释说|解释说|补充说|告诉记者|对记者说|表示|指出|强调|介绍|认为|说道|说|坦言|透露)"
_SUBJECT = r"(?:他|她|[\u4e00-\u9fff]{0,14}(?:书记|区长|县长|市长|镇长|主任|局长|部长|主席|委员|代表|会议))"
NARRATION = [
    re.compile("”[^“”。！？\n]{0,24}?" + _VERB + "[，。：]"),  # ”王少峰说，
    re.compile("(?:^|\n|[。！？]”?)" + _SUBJECT + r"[^，。“”\n]{0,10}?" + _VERB + "[，：]"),  # 他进一步解释说，
    re.compile(r"(?:^|\n|[。！？])(?:会上|会前|会后|据悉|据了解|据介绍|据统计|记者了解到|会议以|区领导)"),
    re.compile("[^“”。\n]{2,24}" + _VERB + "：“"),  # someone else's quotation
]


def has_narration(text: str, speaker: str | None) -> bool:
    if any(pattern.search(text) for pattern in NARRATION):
        return True
    return (
        bool(speaker)
        and re.search(
            f"(?:^|\n|[。！？])[^，。\n]{{0,12}}{re.escape(speaker or '')}[^，。“”\n]{{0,10}}?{_VERB}[，：]", text
        )
        is not None
    )


def unbalanced(text: str) -> bool:
    for opening, closing in (("“", "”"), ("‘", "’")):
        depth = 0
        for char in text:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return True
        if depth:
            return True
    return False


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("…", "")


_SPEECH_SOURCE = re.compile(
    r"^（\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:.+(?:上|时)的(?:讲话|发言|谈话|致辞|答问)|接受.+(?:采访|专访)(?:时的谈话)?)）$"
)
_PRESS_SOURCE = re.compile(r"^（《[^》]+》")


def style_of(source: str) -> str:
    flat = source.replace("\n", "")
    if _PRESS_SOURCE.match(flat):
        return "press"
    return "speech" if re.search(r"讲话|发言|谈话|致辞|采访", flat) else "other"


def bad_occasion(source: str) -> bool:
    flat = source.replace("\n", "")
    return style_of(flat) == "speech" and (
        not _SPEECH_SOURCE.match(flat) or bool(re.search("([区县市])\\1[委政]", flat))
    )


def width(text: str) -> float:
    return sum(0.5 if ord(char) < 0x2E80 and char not in "（）《》；：，" else 1.0 for char in text)


def stub(source: str) -> bool:
    """The last line of a source line wraps to at most three characters."""
    last = source.split("\n")[-1]
    lines = [line for line in source.split("\n") if line]
    if any(width(line) > LINE_WIDTH for line in lines[:-1]):
        return True
    rest = width(last) % LINE_WIDTH
    return width(last) > LINE_WIDTH and 0 < rest <= 3


@dataclass
class Context:
    excerpts: dict[int, dict]
    articles: dict[int, dict]
    tree: dict[str, int]  # theme name → position in the tree, depth first
    parent: dict[str, str]  # theme → its group
    words: dict[str, list[str]]  # theme → keywords and synonyms
    titles: dict[str, list[str]]  # person → titles
    gold: list[dict]


def context(library: Library, corpus: str) -> Context:
    excerpts = {e["id"]: e for e in list_excerpts(library, ExcerptFilter())}
    articles = {}
    for article_id in {e["article_id"] for e in excerpts.values()}:
        articles[article_id] = get_article(library, article_id) or {}
    tree: dict[str, int] = {}
    parent: dict[str, str] = {}
    words: dict[str, list[str]] = {}

    def walk(nodes: list, group: str | None = None) -> None:
        for node in nodes:
            tree[node.name] = len(tree)
            words[node.name] = [*node.keywords, *node.synonyms]
            if group:
                parent[node.name] = group
            walk(node.children, node.name)

    walk(theme_tree(library))
    from composer.people.directory import list_people

    titles = {p.name: [t.title for t in p.titles] for p in list_people(library)}
    return Context(excerpts, articles, tree, parent, words, titles, gold_statements(corpus))


def count(document: Document, ctx: Context) -> Counter:
    found: Counter = Counter(items=len(document.items))
    for item in document.items:
        speakers = {ctx.excerpts[i]["speaker"] for i in item["excerpts"] if i in ctx.excerpts}
        speaker = next(iter(speakers)) if len(speakers) == 1 else None
        found["narration"] += document.kind == "speech" and has_narration(item["text"], speaker)
        found["unbalanced"] += unbalanced(item["text"])
        found["bad_occasion"] += bad_occasion(item["source"])
        found["stub"] += stub(item["source"])
        if document.kind != "speech":
            found["no_question"] += _answer_without_question(item, ctx)
        if document.theme_only:
            found["non_officials"] += any(not _official(ctx, i) for i in item["excerpts"])
        if document.kind == "bulletin":
            found["quote_lists"] += _quote_list(item, ctx)
            found["no_lead"] += not _has_lead(item, ctx)
    found["styles>1"] += len({style_of(i["source"]) for i in document.items if i["source"]}) > 1
    found.update(_sections(document, ctx))
    found["duplicates"] += _duplicates(document, ctx)
    if document.kind == "bulletin":
        found["lead_not_top"] += _lead_not_top(document, ctx)
    return found


def _sections(document: Document, ctx: Context) -> Counter:
    found: Counter = Counter()
    by_section: dict[str, list[dict]] = {}
    for item in document.items:
        by_section.setdefault(item["heading"], []).append(item)
    names = [items[0]["section"] for items in by_section.values()]
    ranks = [ctx.tree.get(name or "", 10**6) for name in names]
    found["order"] = sum(1 for a, b in zip(ranks, ranks[1:]) if a > b and b != 10**6)
    present = {name for name in names if name in ctx.tree}
    singles = [items for items in by_section.values() if len(items) == 1]
    if len(by_section) > 1:
        for items in singles:
            elsewhere = present - {items[0]["section"]}
            avoidable = len(singles) > 1 or bool(_own_themes(items[0], ctx) & elsewhere)
            found["singletons" if avoidable else "singles_kept"] += 1
    for items in by_section.values():
        for a, b in zip(items, items[1:]):
            found["repeated_source"] += bool(a["source"]) and a["source"] == b["source"] and _one_speech(a, b, ctx)
        if items[0]["section"] != "其他":
            continue
        for item in items:
            article_themes = {t for i in item["excerpts"] for t in _article_themes(ctx, i)}
            article_themes = _with_groups(article_themes, ctx) if len(article_themes) <= 2 else set()
            worded = {name for name in present if any(w and w in item["text"] for w in ctx.words.get(name, []))}
            found["other_misplaced"] += bool((article_themes | worded | _own_themes(item, ctx)) & present)
    return found


def _own_themes(item: dict, ctx: Context) -> set[str]:
    """The themes an item's excerpts are tagged with, and their groups."""
    tags = {t for i in item["excerpts"] if i in ctx.excerpts for t in ctx.excerpts[i]["themes"]}
    return _with_groups(tags, ctx)


def _with_groups(themes: set[str], ctx: Context) -> set[str]:
    return themes | {ctx.parent[t] for t in themes if t in ctx.parent}


def _one_speech(a: dict, b: dict, ctx: Context) -> bool:
    """Two items from the same article and the same speaker: one speech."""

    def speech(item: dict) -> set[tuple[int, str]]:
        return {
            (ctx.excerpts[i]["article_id"], ctx.excerpts[i]["speaker"]) for i in item["excerpts"] if i in ctx.excerpts
        }

    return bool(speech(a) & speech(b))


def _article_themes(ctx: Context, excerpt_id: int) -> list[str]:
    excerpt = ctx.excerpts.get(excerpt_id)
    article = ctx.articles.get(excerpt["article_id"]) if excerpt else None
    return [t["theme"] if isinstance(t, dict) else t for t in (article or {}).get("themes", [])]


def _duplicates(document: Document, ctx: Context) -> int:
    ids = [i for item in document.items for i in item["excerpts"]]
    twice = len(ids) - len(set(ids))
    if document.kind != "speech":
        articles = [
            ctx.excerpts[item["excerpts"][0]]["article_id"]
            for item in document.items
            if item["excerpts"] and item["excerpts"][0] in ctx.excerpts
        ]
        twice += len(articles) - len(set(articles))
    return twice


def _official(ctx: Context, excerpt_id: int) -> bool:
    """Said by someone presented as an office holder: the first title printed before the
    speaker's name in the article (人大代表、社区书记 X speaks as a deputy)."""
    excerpt = ctx.excerpts.get(excerpt_id)
    if excerpt is None or excerpt["kind"] != "statement" or excerpt["speaker_type"] != "person":
        return True
    name = excerpt["speaker"] or ""
    body = ctx.articles.get(excerpt["article_id"], {}).get("text", "")
    at = body.find(name)
    before = re.split(r"[，。：；“”\n（）]", body[max(0, at - 40) : at])[-1] if at > 0 else ""
    first = before.split("、")[0] if before else ""
    titles = [first] if first else ctx.titles.get(name, [])
    if any(re.search(r"事务所|公司|集团|律师", t) for t in titles):
        return False
    return role_of(titles) == "official" if titles else True


def _paragraph_before(body: str, start: int) -> str:
    line_start = body.rfind("\n", 0, start) + 1
    previous = body.rfind("\n", 0, max(0, line_start - 1)) + 1
    return body[previous : max(previous, line_start - 1)].strip()


def _answer_without_question(item: dict, ctx: Context) -> bool:
    for excerpt_id in item["excerpts"]:
        excerpt = ctx.excerpts.get(excerpt_id)
        if excerpt is None:
            continue
        body = ctx.articles.get(excerpt["article_id"], {}).get("text", "")
        line_start = body.rfind("\n", 0, excerpt["start"]) + 1
        label = body[line_start : excerpt["start"]]
        question = _paragraph_before(body, excerpt["start"])
        answer = re.fullmatch(r"[^，。“”]{1,20}[：:]", label) and question.endswith(("？", "?"))
        if answer and _squash(question)[-12:] not in _squash(item["text"]):
            return True
    return False


def _quote_list(item: dict, ctx: Context) -> bool:
    """Paragraphs 「姓名：…」 that the article does not print as interview turns."""
    bodies = {
        _squash(ctx.articles.get(ctx.excerpts[i]["article_id"], {}).get("text", ""))
        for i in item["excerpts"]
        if i in ctx.excerpts
    }
    labelled = [p for p in item["text"].split("\n") if re.match(r"^[\u4e00-\u9fff]{2,4}：", p)]
    added = [p for p in labelled if not any(_squash(p)[:16] in body for body in bodies)]
    return len(added) > 1


def _has_lead(item: dict, ctx: Context) -> bool:
    excerpt = ctx.excerpts.get(item["excerpts"][0]) if item["excerpts"] else None
    body = ctx.articles.get(excerpt["article_id"], {}).get("text", "") if excerpt else ""
    first = re.split(r"[。！？]", body.strip().split("\n")[0])[0] if body else ""
    return not first or _squash(first)[:12] in _squash(item["text"])


_PROTOCOL = (
    "书记",
    "区长",
    "县长",
    "市长",
    "人大常委会主任",
    "政协主席",
    "副书记",
    "常委",
    "副区长",
    "副县长",
    "副市长",
    "人大常委会副主任",
    "政协副主席",
)


def protocol_rank(titles: list[str]) -> int:
    """A district's protocol order by title (smaller: higher), for the lead item check."""
    best = len(_PROTOCOL) + 1
    for title in titles:
        for rank, word in enumerate(_PROTOCOL):
            if title.endswith(word) and not (word == "书记" and re.search("副书记|支部|党工委|社区|村|镇|乡", title)):
                best = min(best, rank)
    return best


def _lead_not_top(document: Document, ctx: Context) -> bool:
    def rank(item: dict) -> int:
        names = {ctx.excerpts[i]["speaker"] for i in item["excerpts"] if i in ctx.excerpts}
        return min((protocol_rank(ctx.titles.get(n or "", [])) for n in names), default=99)

    return bool(document.items) and rank(document.items[0]) > min(rank(item) for item in document.items)


def cut_statements(docs: list[Document], ctx: Context) -> int:
    """Gold statements of several paragraphs whose item stops before the gold's end."""
    items = [_squash(item["text"]) for doc in docs if doc.kind == "speech" for item in doc.items]
    cut = 0
    for statement in ctx.gold:
        start, end = _squash(statement["starts_with"]), _squash(statement["ends_with"])
        holding = [text for text in items if start in text]
        if holding and not any(end in text for text in holding):
            cut += 1
    return cut


# -- the report -------------------------------------------------------------------------------------


def measure(corpus: str, folder: Path, show: Callable[[Document], None] | None = None) -> tuple[Counter, float]:
    path = build_library(folder, corpus)
    with open_library(path) as library:
        ctx = context(library, corpus)
        started = time.perf_counter()
        docs = documents(library)
        elapsed = time.perf_counter() - started
        total: Counter = Counter()
        for document in docs:
            found = count(document, ctx)
            total.update(found)
            if show:
                show(document)
        total["cut"] = cut_statements(docs, ctx)
        total["documents"] = len(docs)
    return total, elapsed


def _show(document: Document) -> None:
    print(f"\n== {document.label}")
    heading = None
    for item in document.items:
        if item["heading"] != heading:
            heading = item["heading"]
            print(f"  # {heading}")
        if item["title"]:
            print(f"    [{item['title']}]")
        for paragraph in item["text"].split("\n"):
            print(f"    {paragraph[:160]}")
        print(f"      —— {item['source']!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--realtext", action="store_true", help="also the 60 tuning articles of ../shared/realtext")
    parser.add_argument("--show", action="store_true", help="print every drafted document")
    args = parser.parse_args()
    corpora = [c for c in ("seeds", "demo") if c == "demo" or (SHARED / "seeds").is_dir()]
    if args.realtext and (SHARED / "realtext").is_dir():
        corpora.append("realtext")
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for corpus in corpora:
            results[corpus] = measure(corpus, Path(scratch), _show if args.show else None)
    print(f"{'class':<16}" + "".join(f"{c:>10}" for c in corpora))
    print(f"{'documents':<16}" + "".join(f"{results[c][0]['documents']:>10}" for c in corpora))
    for name in CLASSES:
        print(f"{name:<16}" + "".join(f"{results[c][0][name]:>10}" for c in corpora))
    print(f"{'drafting (s)':<16}" + "".join(f"{results[c][1]:>10.2f}" for c in corpora))


if __name__ == "__main__":
    main()
