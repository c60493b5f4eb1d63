"""Upgrading libraries made by earlier versions; migrations are frozen (db/schema.py).

Two kinds of old libraries are upgraded by today's code (``open_library``):

- built here at each earlier schema version N: the first N migration functions of
  today's schema module (they are frozen, so the first N are exactly what version N
  ran), each followed by rows of plain SQL like those the code of that version wrote;
- real files written by the code of old commits (tests/fixtures/old_libraries, whose
  README says how they were made).

Each upgrade must apply every pending migration, keep every row, copy the library to
``backups/`` first, leave a sound file, and leave a library today's code can work with:
import a page, tag it, search, review, undo, compose a briefing.
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import io
import json
import shutil
import sqlite3
import struct
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from composer.briefings.drafts import DraftQuery, compose
from composer.common.messages import BriefingError
from composer.ingest.importer import ImportOptions, import_paths
from composer.safety.check import check_library
from composer.search.searcher import SearchRequest, search
from composer.tagging import review
from composer.tagging.batch import tag_articles
from db import open_library, schema, schema_version
from db.connection import MIGRATION_SET, MIGRATIONS_TABLE, PAGE_SIZE
from tests.conftest import REPO

OLD_LIBRARIES = REPO / "tests" / "fixtures" / "old_libraries"
REAL_OLD_FILES = {"v1-53d2c28.sqlite": 1, "v3-8d30921.sqlite": 3}  # file: its schema version
FROZEN_THEMES = REPO / "db" / "migration_data" / "m003_default_themes.json"
SHIPPED_THEMES = REPO / "composer" / "data" / "themes.yaml"
THEME_COLUMNS = "id, parent_id, name, keywords, synonyms, exclusions, position"
# The content of each migration's data file, as written with its migration (SHA-256 of
# the JSON re-serialised with sorted keys, so line endings and indentation do not count).
FROZEN_DIGESTS = {"m003_default_themes.json": "f21a406d1bb1f639f709e9b214d99203db329709cee2de95459d842ea8bd66db"}

# Our own words, in the style of the demo pages (composer/demo).
BODY_1 = (
    "3月1日，区委召开接诉即办工作推进会。区委书记林振华出席会议并讲话。林振华强调，要把12345市民服务热线"
    "反映的高频诉求作为主动治理的切入点，推进未诉先办，让群众的急难愁盼事项件件有着落。"
)
BODY_2 = "云湖区老旧小区综合整治工程全面开工，今年将完成32个小区的城市更新改造。"
NEW_PAGE = """

## 区委召开接诉即办工作调度会

本报讯（记者 陈晓路）3月9日，区委召开接诉即办工作调度会，听取各街镇“每月一题”推进情况汇报。\
区委书记林振华主持会议并讲话。

林振华强调，要坚持“每月一题”改革方向，把12345市民服务热线反映的高频诉求作为主动治理的切入点，\
推进未诉先办，加快老旧小区综合整治，让居民住得更舒心。

会议要求，各街镇要建立问题台账，对群众反映集中的停车难、加装电梯等事项逐一销号。
"""


# -- building a library at an earlier version ---------------------------------------------------


def _statement_span(body: str) -> tuple[int, int]:
    start = body.index("要把")
    return start, body.index("。", start) + 1


def _fill_v1(conn: sqlite3.Connection) -> None:
    """What version 1 wrote: an import (batch, file, source), its articles with their
    appearances and MinHash signatures, and one article not yet in the search index."""
    conn.execute("INSERT INTO sources(id, name, kind) VALUES (1, '云湖时报', 'newspaper')")
    conn.execute(
        "INSERT INTO import_batches(id, finished_at, outcome, files_total, files_imported)"
        " VALUES (1, '2026-03-02T08:00:00Z', 'completed', 1, 1)"
    )
    conn.execute(
        "INSERT INTO import_files(id, batch_id, path, sha256, size, format, encoding, status, source_id,"
        " published, page) VALUES (1, 1, '来稿/云湖时报_2026-03-02_第01版.txt', ?, 420, 'txt', 'utf-8',"
        " 'imported', 1, '2026-03-02', '01')",
        (hashlib.sha256(BODY_1.encode()).hexdigest(),),
    )
    for article_id, title, body in ((1, "区委召开接诉即办工作推进会", BODY_1), (2, "老旧小区综合整治全面开工", BODY_2)):
        conn.execute(
            "INSERT INTO articles(id, import_file_id, position, source_id, published, page, title, byline, reporters,"
            " body, content_hash, chars) VALUES (?, 1, ?, 1, '2026-03-02', '01', ?, '本报记者 陈晓路', '[\"陈晓路\"]',"
            " ?, ?, ?)",
            (article_id, article_id - 1, title, body, hashlib.sha256(body.encode()).hexdigest(), len(body)),
        )
        conn.execute(
            "INSERT INTO article_appearances(article_id, source_id, published, page, title, import_file_id)"
            " VALUES (?, 1, '2026-03-02', '01', ?, 1)",
            (article_id, title),
        )
        signature = struct.pack("<48I", *(article_id * 1000 + band for band in range(48)))  # 48 uint32 values
        conn.execute("INSERT INTO article_signatures(article_id, minhash) VALUES (?, ?)", (article_id, signature))
    conn.execute("INSERT INTO fts_pending(article_id) VALUES (2)")


def _fill_v2(conn: sqlite3.Connection) -> None:
    """What version 2's tagging wrote: suggested people with alias and title, a statement
    and a mention with the people they name, and which tagger read each article."""
    conn.execute("INSERT INTO people(id, name, role, status) VALUES (1, '林振华', 'official', 'suggested')")
    conn.execute("INSERT INTO people(id, name, role, status) VALUES (2, '陈晓路', 'reporter', 'suggested')")
    conn.execute("INSERT INTO person_aliases(person_id, alias) VALUES (1, '林书记')")
    conn.execute(
        "INSERT INTO person_titles(person_id, title, organisation, valid_from, status, source_article_id)"
        " VALUES (1, '区委书记', '区委', '2026-03-02', 'suggested', 1)"
    )
    start, end = _statement_span(BODY_1)
    mention = BODY_1.index("林振华")
    rows = [
        (1, start, end, "statement", "强调", 0.9),
        (2, mention, mention + 3, "mention", None, None),
    ]
    for excerpt_id, first, last, kind, verb, confidence in rows:
        conn.execute(
            'INSERT INTO excerpts(id, article_id, start, "end", text, kind, speaker_person_id, speaker_text,'
            " speaker_type, verb, origin, status, confidence) VALUES (?, 1, ?, ?, ?, ?, 1, '林振华', 'person', ?,"
            " 'auto', 'suggested', ?)",
            (excerpt_id, first, last, BODY_1[first:last], kind, verb, confidence),
        )
    conn.execute(
        "INSERT INTO excerpt_people(excerpt_id, person_id, role) VALUES (1, 1, 'speaker'), (2, 1, 'mentioned')"
    )
    conn.execute("INSERT INTO article_tagging(article_id, tagger) VALUES (1, ?), (2, ?)", ("people-statements-1",) * 2)


def _theme(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute("SELECT id FROM themes WHERE name = ?", (name,)).fetchone()[0])


def _fill_v3(conn: sqlite3.Connection) -> None:
    """What version 3 wrote: theme tags of the default tree, a learned model, and one
    accepted statement as an undoable step (change group and row images)."""
    focus, renewal, grassroots = (_theme(conn, name) for name in ("接诉即办", "城市更新", "基层治理"))
    conn.execute(
        "INSERT INTO article_themes(article_id, theme_id, origin, status, score, explanation)"
        " VALUES (1, ?, 'auto', 'suggested', 3.2, '接诉即办、未诉先办'), (2, ?, 'auto', 'accepted', 2.1, '城市更新')",
        (focus, renewal),
    )
    conn.execute(
        "INSERT INTO excerpt_themes(excerpt_id, theme_id, origin, status, score, explanation)"
        " VALUES (1, ?, 'auto', 'suggested', 2.5, '未诉先办')",
        (focus,),
    )
    conn.execute("INSERT INTO theme_word_weights(theme_id, word, weight) VALUES (?, '未诉先办', 1.3)", (focus,))
    conn.execute("INSERT INTO theme_models(theme_id, threshold, examples) VALUES (?, 0.5, 3)", (focus,))
    conn.execute("INSERT INTO theme_companions(theme_id, companion_id, share) VALUES (?, ?, 0.4)", (focus, grassroots))
    conn.execute("INSERT INTO settings(key, value) VALUES ('theme_model', '[[[1, 2079.0]], [53, 1540.0, 9799.0]]')")
    conn.execute("UPDATE article_tagging SET tagger = 'people-statements-themes-1'")
    conn.execute("UPDATE excerpts SET status = 'accepted' WHERE id = 1")
    conn.execute("INSERT INTO change_groups(id, action, summary, rows) VALUES (1, 'review.accept', '接受 1 条摘录', 1)")
    conn.execute(
        "INSERT INTO change_log(group_id, action, table_name, row_id, before, after, row_key)"
        " VALUES (1, 'update', 'excerpts', 1, '{\"status\":\"suggested\"}', '{\"status\":\"accepted\"}', '{\"id\":1}')"
    )


def _fill_v4(conn: sqlite3.Connection) -> None:
    """What version 4 wrote: a composed briefing (an excerpt item with its headline and
    citation, a free-text item) and a template of the office's own."""
    conn.execute(
        "INSERT INTO briefings(id, template, series, issue_no, title, date, masthead, settings)"
        " VALUES (1, '讲话摘编', '讲话摘编', 1, '领导讲话摘编', '2026-03-03', NULL,"
        " '{\"citation\": \"speech\", \"group_by\": \"theme\"}')"
    )
    conn.execute(
        "INSERT INTO briefing_sections(id, briefing_id, position, title, group_kind, group_key)"
        " VALUES (1, 1, 0, '接诉即办', 'theme', '接诉即办')"
    )
    conn.execute(
        "INSERT INTO briefing_items(section_id, position, excerpt_id, title, source_line)"
        " VALUES (1, 0, 1, '林振华：推进未诉先办', '（2026年3月1日在区委接诉即办工作推进会上的讲话）')"
    )
    note = "编者按：以上为讲话摘要。"
    conn.execute("INSERT INTO briefing_items(section_id, position, free_text) VALUES (1, 1, ?)", (note,))
    conn.execute("INSERT INTO user_templates(name, kind, data) VALUES ('本办简报', 'bulletin', x'504b0304')")


def _fill_v5(conn: sqlite3.Connection) -> None:
    """What version 5 wrote: a remark (speech of someone who holds no office)."""
    conn.execute(
        "INSERT INTO excerpts(article_id, start, \"end\", text, kind, speaker_text, speaker_type, verb, origin, status)"
        " SELECT id, 0, 4, substr(body, 1, 4), 'remark', '居民们', 'other', '表示', 'auto', 'suggested'"
        " FROM articles ORDER BY id LIMIT 1"
    )


# FILLS[n - 1]: the rows version n adds. A new migration needs its filler here, so that
# the next version's test upgrades a library holding what that version writes.
FILLS: list[Callable[[sqlite3.Connection], None]] = [_fill_v1, _fill_v2, _fill_v3, _fill_v4, _fill_v5]


def build_library(path: Path, version: int) -> None:
    """A library as version ``version`` left it: for each version up to it, its migration
    (frozen, so exactly what that version ran) and then the rows it wrote."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        for step in range(1, version + 1):
            migrations = Migrations(MIGRATION_SET)
            for function in schema.MIGRATIONS[:step]:
                migrations()(function)
            migrations.apply(Database(conn))
            with conn:
                FILLS[step - 1](conn)
    finally:
        conn.close()


# -- checking an upgrade ----------------------------------------------------------------------

Snapshot = dict[str, tuple[list[str], list[tuple]]]  # table: (columns, rows in order)


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    names = ", ".join(f'"{column}"' for column in columns)
    order = ", ".join(str(number) for number in range(1, len(columns) + 1))
    return conn.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}').fetchall()


def snapshot(path: Path) -> Snapshot:
    """Every row of every table (SQLite's own tables aside)."""
    conn = sqlite3.connect(path)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        found = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            found[table] = (columns, _rows(conn, table, columns))
        return found
    finally:
        conn.close()


def _tree_rows(nodes: list[dict]) -> list[tuple]:
    """The theme rows a tree becomes, walked as migration 3 did when it was written
    (db.themes.insert_default_themes of commit ad777d5): depth first, ids in that order."""
    rows: list[tuple] = []

    def words(value: object) -> str:
        return json.dumps([str(word) for word in value] if isinstance(value, list) else [], ensure_ascii=False)

    def add(node: dict, parent: int | None, position: int) -> None:
        rows.append((len(rows) + 1, parent, str(node["name"]).strip(), words(node.get("keywords") or []),
                     words(node.get("synonyms") or []), words(node.get("exclusions") or []), position))
        own_id = len(rows)
        for index, child in enumerate(node.get("children") or []):
            add(child, own_id, index)

    for index, node in enumerate(nodes):
        add(node, None, index)
    return rows


def frozen_tree_rows() -> list[tuple]:
    return _tree_rows(json.loads(FROZEN_THEMES.read_text(encoding="utf-8"))["themes"])


def _theme_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {THEME_COLUMNS} FROM themes ORDER BY id").fetchall()
    finally:
        conn.close()


def upgrade(path: Path, version: int) -> None:
    """Open a library of schema ``version`` with today's code and check the upgrade."""
    before = snapshot(path)
    with open_library(path) as library:
        assert schema_version(library) == schema.SCHEMA_VERSION
    _check_rows_kept(path, before, version)
    _check_backup(path, before, version)
    _check_sound(path)


def _check_rows_kept(path: Path, before: Snapshot, version: int) -> None:
    after = snapshot(path)
    conn = sqlite3.connect(path)
    try:
        for table, (columns, rows) in before.items():
            assert table in after, f"table {table} lost"
            kept = _rows(conn, table, columns)  # the old columns; new ones may have been added
            if table == MIGRATIONS_TABLE:
                names = [row[columns.index("name")] for row in kept]
                assert names == schema.known_migrations(), "every migration applied, in order"
                assert rows == kept[: len(rows)]
            elif table == "themes" and version < 3 and not rows:
                assert kept == frozen_tree_rows(), "migration 3 gives a library without themes the default tree"
            else:
                assert kept == rows, f"rows of {table} changed"
    finally:
        conn.close()


def _check_backup(path: Path, before: Snapshot, version: int) -> None:
    """The automatic copy made before the first pending migration holds the old library."""
    first_pending = schema.known_migrations()[version].split("_")[0]
    (backup,) = (path.parent / "backups").glob(f"{path.stem}-before-{first_pending}-*.sqlite")
    assert snapshot(backup) == before


def _check_sound(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    with open_library(path) as library:
        assert check_library(library) == []  # the app's own invariants, too


def use_with_todays_code(path: Path, tmp_path: Path) -> None:
    """Import a new page, tag it, search old and new articles, accept statements and take
    it back, compose a briefing: the upgraded library works like a new one."""
    page = tmp_path / "来稿" / "云湖时报_2026-03-10_第01版.txt"
    page.parent.mkdir()
    page.write_text(NEW_PAGE, encoding="utf-8")
    with open_library(path) as library:
        first_new = library.conn.execute("SELECT max(id) FROM articles").fetchone()[0] + 1
        report = import_paths(library, [page], ImportOptions(workers=0))
        assert [result.status for result in report.files] == ["imported"]
        assert tag_articles(library, workers=0).statements >= 1
        found = {hit.article_id for hit in search(library, SearchRequest("接诉即办", limit=100)).hits}
        assert any(found_id >= first_new for found_id in found) and any(found_id < first_new for found_id in found)
        accepted = review.accept(library, review.parse_where("kind=statement status=suggested"))
        assert accepted.changed >= 1
        assert review.undo(library) is not None and review.redo(library) is not None
        briefing = compose(library, "讲话摘编", DraftQuery())
        assert briefing.id is not None and any(section.items for section in briefing.sections)
    _check_sound(path)


# -- libraries built at each earlier version ------------------------------------------------------


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_a_library_of_each_earlier_version_is_upgraded(version: int, library_path: Path, tmp_path: Path) -> None:
    build_library(library_path, version)
    upgrade(library_path, version)
    use_with_todays_code(library_path, tmp_path)


def test_every_version_has_a_filler() -> None:
    assert len(FILLS) == schema.SCHEMA_VERSION, (
        "a new migration needs a filler in FILLS (the rows its version writes), so that the next version's test "
        "upgrades a library that holds them"
    )


def test_a_library_of_todays_version_is_left_alone(library_path: Path) -> None:
    build_library(library_path, schema.SCHEMA_VERSION)  # also shows the fillers fit today's tables
    before = snapshot(library_path)
    with open_library(library_path) as library:
        assert schema_version(library) == schema.SCHEMA_VERSION
    assert snapshot(library_path) == before
    assert not (library_path.parent / "backups").exists()


def test_a_library_with_themes_of_its_own_gets_no_default_tree(library_path: Path) -> None:
    """Migration 3 adds the default tree only to a library without themes (as it always did)."""
    build_library(library_path, 2)
    conn = sqlite3.connect(library_path)
    with conn:
        conn.execute("INSERT INTO themes(id, name, keywords) VALUES (1, '本办专题', '[\"云湖科学城\"]')")
    conn.close()
    upgrade(library_path, 2)
    assert _theme_rows(library_path) == [(1, None, "本办专题", '["云湖科学城"]', "[]", "[]", 0)]


# -- real libraries written by old code ----------------------------------------------------------


def _demo_digests() -> set[str]:
    return {hashlib.sha256(page.read_bytes()).hexdigest() for page in (REPO / "composer" / "demo").glob("*.txt")}


@pytest.fixture(params=sorted(REAL_OLD_FILES))
def real_old_library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A copy of a library written by an old commit (tests/fixtures/old_libraries)."""
    path = tmp_path / "library.sqlite"
    shutil.copyfile(OLD_LIBRARIES / request.param, path)
    yield path, REAL_OLD_FILES[request.param]


def test_a_real_old_library_holds_only_our_demo_pages(real_old_library: tuple[Path, int]) -> None:
    path, version = real_old_library
    tables = snapshot(path)
    migrations = [row[tables[MIGRATIONS_TABLE][0].index("name")] for row in tables[MIGRATIONS_TABLE][1]]
    assert migrations == schema.known_migrations()[:version]
    columns, files = tables["import_files"]
    assert {row[columns.index("sha256")] for row in files} <= _demo_digests()
    assert len(tables["articles"][1]) == 48


def test_a_real_old_library_is_upgraded(real_old_library: tuple[Path, int], tmp_path: Path) -> None:
    path, version = real_old_library
    upgrade(path, version)
    if version >= 3:
        _check_old_history_and_themes(path)
    use_with_todays_code(path, tmp_path)


def _check_old_history_and_themes(path: Path) -> None:
    """The v3 file: its own themes, learned model and undo history are today's to use."""
    with open_library(path) as library:
        conn = library.conn
        assert conn.execute("SELECT count(*) FROM themes WHERE name IN ('本办专题', '莲藕产业')").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM theme_word_weights").fetchone()[0] > 0
        undone = conn.execute("SELECT summary FROM change_groups WHERE state = 'undone'").fetchall()
        assert undone == [("拒绝 3 条摘录",)]
        redone = review.redo(library)  # a step the old version undid
        assert redone is not None and redone.summary == "拒绝 3 条摘录"
        assert conn.execute("SELECT count(*) FROM excerpts WHERE status = 'rejected'").fetchone()[0] == 10
        assert review.undo(library) is not None
        assert conn.execute("SELECT count(*) FROM excerpts WHERE status = 'rejected'").fetchone()[0] == 7


# -- migrations are frozen ---------------------------------------------------------------------


@pytest.fixture()
def todays_theme_code_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make today's theme code and data fail if anything touches them: importing db.themes,
    composer.tagging.themes or PyYAML, and opening any themes.yaml."""
    for name in ("db.themes", "composer.tagging.themes", "yaml"):
        monkeypatch.setitem(sys.modules, name, None)  # `import db.themes` now raises ImportError
    for package, attribute in (("db", "themes"), ("composer.tagging", "themes")):
        if package in sys.modules:
            monkeypatch.delattr(sys.modules[package], attribute, raising=False)  # `from db import themes`, too
    real_open = io.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("themes.yaml"):
            raise AssertionError(f"a migration read today's {file}")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded_open)  # what pathlib and importlib.resources open files with
    monkeypatch.setattr(builtins, "open", guarded_open)


def test_upgrading_needs_no_theme_code_or_data_of_today(
    library_path: Path, todays_theme_code_unreachable: None
) -> None:
    build_library(library_path, 2)
    upgrade(library_path, 2)  # also: the themes added are the frozen tree
    assert len(_theme_rows(library_path)) == 53  # 8 groups, 45 themes


def test_a_new_library_gets_the_shipped_themes() -> None:
    """Today the default tree of composer/data/themes.yaml is migration 3's frozen copy, so
    a new library, which gets its themes from migration 3 only, holds the shipped tree."""
    shipped = _tree_rows(yaml.safe_load(SHIPPED_THEMES.read_text(encoding="utf-8")) or [])
    assert frozen_tree_rows() == shipped, (
        "composer/data/themes.yaml changed, but libraries get their default themes from migration 3's frozen copy "
        "(db/migration_data/m003_default_themes.json), which must never be edited: add a migration with a data file "
        "of its own that brings libraries to the new tree (or a step for new libraries only) — see db/schema.py"
    )


def test_a_new_library_holds_the_frozen_tree(library_path: Path) -> None:
    open_library(library_path).close()
    assert _theme_rows(library_path) == frozen_tree_rows()


def test_migration_data_is_never_edited() -> None:
    """A data file is part of its migration: libraries already migrated hold what it said."""
    found = {}
    for data in sorted((REPO / "db" / "migration_data").iterdir()):
        canonical = json.dumps(json.loads(data.read_text(encoding="utf-8")), sort_keys=True, ensure_ascii=False)
        found[data.name] = hashlib.sha256(canonical.encode()).hexdigest()
    assert found == FROZEN_DIGESTS, "a new migration's data file is added here; an existing one is never changed"


def test_the_schema_imports_no_code_of_today() -> None:
    """db/schema.py may use the standard library, db.connection's constants and, to apply
    migrations, sqlite-utils — nothing else of the project."""
    tree = ast.parse((REPO / "db" / "schema.py").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update({alias.name: [] for alias in node.names})
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.setdefault(node.module, []).extend(alias.name for alias in node.names)
    ours = {name for name in found if name.split(".")[0] not in sys.stdlib_module_names | {"__future__"}}
    assert ours <= {"db.connection", "sqlite_utils.migrations"}, ours
    assert all(name.isupper() for name in found.get("db.connection", []))  # constants only


def test_a_migration_data_file_is_read_by_its_migration_only() -> None:
    sources = [path for package in ("composer", "db", "ui", "benchmarks", "scripts")
               for path in sorted((REPO / package).rglob("*.py"))]
    schema_source = (REPO / "db" / "schema.py").read_text(encoding="utf-8")
    for data in sorted((REPO / "db" / "migration_data").iterdir()):
        readers = [path for path in sources if data.name in path.read_text(encoding="utf-8")]
        assert readers == [REPO / "db" / "schema.py"], (data.name, readers)
        owner = data.name.split("_")[0]  # m003_default_themes.json belongs to m003_…
        assert owner in {name.split("_")[0] for name in schema.known_migrations()}
        functions = [node.name for node in ast.walk(ast.parse(schema_source))
                     if isinstance(node, ast.FunctionDef) and data.name in ast.unparse(node)]
        assert functions and all(name.lstrip("_").startswith(owner) for name in functions), functions


@pytest.mark.parametrize("version", [2, schema.SCHEMA_VERSION])
def test_a_library_of_a_newer_version_is_still_refused(version: int, library_path: Path) -> None:
    build_library(library_path, version)
    conn = sqlite3.connect(library_path)
    with conn:
        conn.execute(
            f"INSERT INTO {MIGRATIONS_TABLE}(migration_set, name, applied_at) VALUES (?, ?, '2030-01-01')",
            (MIGRATION_SET, "m999_from_a_newer_version"),
        )
    conn.close()
    before = snapshot(library_path)
    with pytest.raises(BriefingError) as caught:
        open_library(library_path)
    assert caught.value.code == "db_newer"
    assert snapshot(library_path) == before  # nothing migrated
    assert not (library_path.parent / "backups").exists()
