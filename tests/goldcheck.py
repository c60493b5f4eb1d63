"""Comparing split articles with a gold annotation (seed pages and our demo pages).

The matching rules follow ../shared/seeds/gold/README.md: compare NFKC-normalised,
whitespace-free text; skip fields listed in ``uncertain_fields``; accept ``*_alt``.
"""

from __future__ import annotations

import re
from collections import Counter

from composer.common.article import ParsedArticle
from composer.common.text import ends_sentence, squash


def title_candidates(gold: dict) -> set[str]:
    names = [gold.get("title")] + list(gold.get("alt_titles") or [])
    if "title" in gold.get("uncertain_fields", []):
        names += [gold.get("kicker"), gold.get("subtitle"), gold.get("column")]
    return {squash(name) for name in names if name}


def title_matches(article: ParsedArticle, gold: dict) -> bool:
    return squash(article.title) in title_candidates(gold)


def compare(article: ParsedArticle, gold: dict) -> list[str]:
    """Differences between one predicted and one gold article, as readable strings."""
    problems: list[str] = []
    uncertain = set(gold.get("uncertain_fields", []))
    label = gold.get("title")
    if not title_matches(article, gold):
        problems.append(f"title {article.title!r} not in {sorted(title_candidates(gold))}")
    kinds = {gold["kind"], *(gold.get("kind_alt") or [])}
    if "kind" not in uncertain and article.kind not in kinds:
        problems.append(f"{label}: kind {article.kind} not in {kinds}")
    for field in ("byline", "kicker", "subtitle"):
        if field in uncertain:
            continue
        expected, got = gold.get(field), getattr(article, field)
        if (squash(expected) if expected else None) != (squash(got) if got else None):
            problems.append(f"{label}: {field} {got!r} != {expected!r}")
    for field in ("reporters", "photographers"):
        if field not in uncertain and getattr(article, field) != gold.get(field, []):
            problems.append(f"{label}: {field} {getattr(article, field)} != {gold.get(field)}")
    captions_differ = [squash(c) for c in article.captions] != [squash(c) for c in gold.get("captions", [])]
    if "captions" not in uncertain and captions_differ:
        problems.append(f"{label}: captions {article.captions} != {gold.get('captions')}")
    if "event_date" not in uncertain:
        expected, got = gold.get("event_date"), article.event_date
        if not (expected == got or (expected and got and expected.startswith(got))):
            problems.append(f"{label}: event_date {got!r} != {expected!r}")
    body = squash(article.body)
    first, last = gold.get("first_words"), gold.get("last_words")
    if first and squash(first) not in body[:60]:
        problems.append(f"{label}: body does not start with {first!r}: {body[:40]!r}")
    if last and not body.endswith(squash(last)):
        problems.append(f"{label}: body does not end with {last!r}: {body[-40:]!r}")
    if first is None and body:
        problems.append(f"{label}: a photo should have no body, got {body[:40]!r}")
    for caption in article.captions:
        if squash(caption) in body:
            problems.append(f"{label}: caption inside body: {caption!r}")
    return problems


def broken_paragraphs(article: ParsedArticle) -> list[str]:
    """Body paragraphs that still end mid-sentence (a leftover PDF line break)."""
    if article.kind == "infographic":
        return []
    broken = []
    for paragraph in article.paragraphs():
        if paragraph in article.subheads or paragraph.endswith(("：", ":")):
            continue
        if re.match(r"^[●•◆■▲►▶★※]", paragraph):
            continue
        if not ends_sentence(paragraph):
            broken.append(paragraph[-30:])
    return broken


_JUMP_OR_MARKUP = re.compile(r"[(（](?:上接|下转|接|转)第?[0-9０-９一二三四五六七八九十]+版[)）]")


def han_counts(text: str) -> Counter[str]:
    return Counter(char for char in text if "\u4e00" <= char <= "\u9fff")


def article_han_counts(articles: list[ParsedArticle], page_text: str) -> Counter[str]:
    """Han characters over all articles' fields; a column inherited from the page's
    编者按 is counted only where it is printed."""
    lines = page_text.split("\n")
    total: Counter[str] = Counter()
    for a in articles:
        span = "".join(lines[a.first_line - 1 : a.last_line])
        column = a.column if a.column and a.column in span else None
        fields = [a.title, a.kicker if a.kicker != a.column else None, a.subtitle, column, a.byline, a.body]
        fields += a.captions + [s for s in a.subheads if s not in a.body.split("\n")]
        fields += [line for line in a.alt_titles if line != a.subtitle]
        for field in fields:
            if field:
                total.update(han_counts(field))
    return total


def page_han_counts(page_text: str) -> Counter[str]:
    return han_counts(_JUMP_OR_MARKUP.sub("", page_text))
