"""Random Unicode against the cleaners, the page splitter, attribution, search folding and
the .docx writer: CJK extension B, emoji, combining marks, control characters, right-to-
left text, very long lines and huge paragraphs. Nothing may crash, every offset must be
valid, every exported document must reopen."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.briefings.export import render, sample_context
from composer.common.messages import BriefingError
from composer.common.text import XML_ILLEGAL, search_fold
from composer.ingest.cleanup import clean_page
from composer.ingest.pages import split_page
from composer.ingest.readers import read_pasted
from composer.people.cast import read_cast
from composer.people.directory import Directory, Person, Title
from composer.people.statements import StatementFinder
from composer.people.view import make_view
from composer.search.query import parse
from tests.conftest import REPO

PROSE = "区委书记王少峰强调，要坚持党建引领。他指出：“接诉即办是连心桥。”会议要求，各部门要抓好落实。\n"
ODD = [
    "\U00020000\U0002a6d6\U00030000",  # CJK extensions B, C/D, G
    "😀🧧🇨🇳👩‍👩‍👧",  # emoji, flags, joiners
    "e\u0301\u0308\u0489",  # combining marks
    "\x00\x01\x07\x0b\x0c\x1b\x7f",  # control characters
    "\u202e\u05d0\u05d1\u0627\u0644",  # right-to-left override, Hebrew, Arabic
    "\u200b\u200d\ufeff",  # zero-width characters, BOM
    "\ud800",  # a lone surrogate (only in str, never in files)
    "\n\n\n",
    "　　",
    "“”‘’（）【】《》",
]
pieces = st.one_of(
    st.sampled_from(ODD), st.sampled_from([PROSE, "王少峰：", "记者：", "他表示，", "本报讯（记者 张三）"]),
    st.text(min_size=1, max_size=6),
    st.builds(lambda s, n: s * n, st.sampled_from(["很长的一行没有标点", "a", "字"]), st.integers(50, 800)),
)
hostile = st.lists(pieces, max_size=40).map("".join)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _directory() -> Directory:
    return Directory([Person(1, "王少峰", "official", titles=[Title("区委书记", "区委", "2020-01-01", None)])])


@FAST
@given(text=hostile)
def test_cleaner_and_splitter_keep_every_block_inside_the_page(text: str) -> None:
    clean = text.replace("\ud800", "")
    blocks = clean_page(clean)
    assert all(isinstance(block.text, str) for block in blocks)
    for article in split_page(clean):
        assert isinstance(article.body, str) and isinstance(article.title, str)


@FAST
@given(text=hostile)
def test_pasted_text_gives_a_document_or_a_clear_error(text: str) -> None:
    try:
        document = read_pasted(text)
    except BriefingError as error:
        assert str(error)
        return
    assert not XML_ILLEGAL.search(document.text)


@FAST
@given(text=hostile)
def test_attribution_offsets_are_valid_and_snapshots_agree(text: str) -> None:
    body = text.replace("\ud800", "")
    directory = _directory()
    view = make_view(body)
    for interview in (False, True):
        cast = read_cast(view, directory, reporters=[], photographers=[], interview=interview, headings=[])
        for statement in StatementFinder().find(view, cast, interview=interview, subheads=[]):
            assert 0 <= statement.start < statement.end <= len(body)
        for ref in cast.refs:
            start, end = view.body_span(ref.start, ref.end)
            assert 0 <= start < end <= len(body) and body[start:end]


@FAST
@given(text=hostile)
def test_search_folding_keeps_offsets_and_queries_never_break(text: str) -> None:
    assert len(search_fold(text)) == len(text)
    try:
        query = parse(text[:400])
    except BriefingError as error:
        assert error.code.startswith("query_")
        return
    assert query.fts()
    query.matches(search_fold(text))


TEMPLATE = (REPO / "templates" / "讲话摘编.docx").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(hostile, min_size=1, max_size=5), title=hostile)
def test_exported_documents_always_reopen_with_all_the_text(paragraphs: list[str], title: str) -> None:
    from composer.briefings.export import _safe  # the same cleaning export applies

    values = sample_context()
    values["title"] = _safe(title)
    from composer.briefings.export import _paragraphs  # how export cuts text into paragraphs

    values["sections"][0]["items"][0]["paragraphs"] = [line for p in paragraphs for line in _paragraphs(p)]
    data = render(TEMPLATE, values)
    document = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    for line in values["sections"][0]["items"][0]["paragraphs"]:
        assert line.replace("\t", "").strip()[:30] in text.replace("\t", "")  # tabs become runs of their own


def test_the_export_sanitizer_drops_what_xml_cannot_hold(tmp_path: Path) -> None:
    from composer.briefings.export import _safe

    assert _safe("a\x00b\x0bc\ud800d\ufffe") == "abcd"
