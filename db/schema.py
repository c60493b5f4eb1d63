"""The library's schema, applied as sqlite-utils ``Migrations``.

Migration 1 lays out the tables for the whole product (articles, people, themes,
excerpts, briefings, the change log) so later features add columns, not rewrites.
Every later change is a new function appended to ``MIGRATIONS``. ``SCHEMA_VERSION`` is
the number of migrations this code knows.

Migrations are frozen. An applied migration is never edited, and a migration never
calls today's code or reads today's data files: it runs SQL written inside it, with the
standard library, the constants of ``db.connection`` and data files of its own
(``db/migration_data/mNNN_*``: named after it, read by nothing else, never edited).
Otherwise the first change to a function of ``db/`` or ``composer/``, to a table or to
a shipped file would change what an old migration does, and a library made by an old
version would upgrade differently from the one tested, or not at all.
``tests/test_migrations.py`` upgrades a library made at each earlier version.

A new library gets its default theme tree from migration 3 only: the tree as
``composer/data/themes.yaml`` held it when migration 3 was written (commit ad777d5),
frozen in ``db/migration_data/m003_default_themes.json``. The two are equal today, and a
test says so. When the shipped taxonomy changes, editing the yaml file is not enough
and editing migration 3's copy is not allowed: a new migration, with a data file of its
own, must carry the change (or a step that runs for new libraries only).

The functions are registered with sqlite-utils only when migrations are applied
(``apply``), so that checking a library's version needs no sqlite-utils import.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from importlib import resources
from typing import Any

from db.connection import MIGRATION_SET

MIGRATION_DATA = "migration_data"  # db/migration_data/: each file belongs to one migration

_INITIAL_SCHEMA = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'newspaper'
        CHECK (kind IN ('newspaper', 'web', 'wechat', 'document', 'other')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at TEXT,
    source_hint TEXT,
    date_hint TEXT,
    outcome TEXT NOT NULL DEFAULT 'running'
        CHECK (outcome IN ('running', 'completed', 'cancelled', 'failed')),
    files_total INTEGER NOT NULL DEFAULT 0,
    files_imported INTEGER NOT NULL DEFAULT 0,
    files_duplicate INTEGER NOT NULL DEFAULT 0,
    files_failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE import_files (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER,
    format TEXT,
    encoding TEXT,
    status TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'failed')),
    error_code TEXT,
    error TEXT,
    source_id INTEGER REFERENCES sources(id),
    published TEXT,
    page TEXT,
    duplicate_of INTEGER REFERENCES import_files(id),
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- The same file twice is a no-op: at most one imported row per content hash.
CREATE UNIQUE INDEX import_files_one_import_per_hash
    ON import_files(sha256) WHERE status = 'imported';
CREATE INDEX import_files_batch ON import_files(batch_id);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    import_file_id INTEGER REFERENCES import_files(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    source_id INTEGER REFERENCES sources(id),
    published TEXT,
    page TEXT,
    kind TEXT NOT NULL DEFAULT 'news' CHECK (kind IN
        ('news', 'interview', 'feature', 'column_intro', 'photo', 'infographic', 'sidebar')),
    title TEXT NOT NULL DEFAULT '',
    kicker TEXT,
    subtitle TEXT,
    column_name TEXT,
    byline TEXT,
    reporters TEXT NOT NULL DEFAULT '[]',
    photographers TEXT NOT NULL DEFAULT '[]',
    event_date TEXT,
    body TEXT NOT NULL DEFAULT '',
    captions TEXT NOT NULL DEFAULT '[]',
    subheads TEXT NOT NULL DEFAULT '[]',
    continued_from TEXT,
    printed_source TEXT,
    content_hash TEXT NOT NULL,
    chars INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles(published DESC, id DESC);
CREATE INDEX articles_source ON articles(source_id, published);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_file ON articles(import_file_id);

-- Every place an article was printed: its first appearance and each reprint.
CREATE TABLE article_appearances (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source_id INTEGER REFERENCES sources(id),
    published TEXT,
    page TEXT,
    title TEXT,
    import_file_id INTEGER REFERENCES import_files(id) ON DELETE SET NULL,
    similarity REAL NOT NULL DEFAULT 1.0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX article_appearances_article ON article_appearances(article_id);

-- MinHash signature for reprint detection (LSH buckets are built in memory).
CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'official' CHECK (role IN
        ('official', 'deputy', 'cppcc_member', 'enterprise', 'reporter', 'other')),
    status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'suggested', 'rejected')),
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX people_name ON people(name);

CREATE TABLE person_aliases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    UNIQUE (person_id, alias)
);
CREATE INDEX person_aliases_alias ON person_aliases(alias);

CREATE TABLE person_titles (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    organisation TEXT,
    valid_from TEXT,
    valid_to TEXT,
    status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'suggested', 'rejected')),
    source_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE INDEX person_titles_person ON person_titles(person_id);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES themes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',
    synonyms TEXT NOT NULL DEFAULT '[]',
    exclusions TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX themes_unique_name ON themes(COALESCE(parent_id, 0), name);

CREATE TABLE excerpts (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'excerpt' CHECK (kind IN ('statement', 'mention', 'excerpt')),
    speaker_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    speaker_text TEXT,
    speaker_type TEXT CHECK (speaker_type IS NULL OR speaker_type IN
        ('person', 'meeting', 'unnamed_person', 'collective')),
    verb TEXT,
    origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('auto', 'manual')),
    status TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('suggested', 'accepted', 'rejected')),
    confidence REAL,
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX excerpts_article ON excerpts(article_id, start);
CREATE INDEX excerpts_speaker ON excerpts(speaker_person_id);
CREATE INDEX excerpts_status ON excerpts(status, kind);

CREATE TABLE excerpt_themes (
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('auto', 'manual')),
    status TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('suggested', 'accepted', 'rejected')),
    score REAL,
    explanation TEXT,
    PRIMARY KEY (excerpt_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX excerpt_themes_theme ON excerpt_themes(theme_id);

CREATE TABLE excerpt_people (
    excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'mentioned' CHECK (role IN ('speaker', 'mentioned', 'listener')),
    PRIMARY KEY (excerpt_id, person_id, role)
) WITHOUT ROWID;
CREATE INDEX excerpt_people_person ON excerpt_people(person_id);

CREATE TABLE article_themes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
    status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'accepted', 'rejected')),
    score REAL,
    explanation TEXT,
    PRIMARY KEY (article_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX article_themes_theme ON article_themes(theme_id);

CREATE TABLE briefings (
    id INTEGER PRIMARY KEY,
    template TEXT NOT NULL,
    series TEXT,
    issue_no INTEGER,
    title TEXT NOT NULL DEFAULT '',
    unit TEXT,
    date TEXT,
    send_to TEXT,
    copy_to TEXT,
    printed_by TEXT,
    editor_note TEXT,
    query TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (series, issue_no)
);

CREATE TABLE briefing_sections (
    id INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    group_kind TEXT CHECK (group_kind IS NULL OR group_kind IN ('theme', 'person', 'date', 'custom')),
    group_key TEXT
);
CREATE INDEX briefing_sections_briefing ON briefing_sections(briefing_id, position);

CREATE TABLE briefing_items (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES briefing_sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    excerpt_id INTEGER REFERENCES excerpts(id) ON DELETE SET NULL,
    text_override TEXT,
    free_text TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (excerpt_id IS NOT NULL OR free_text IS NOT NULL OR text_override IS NOT NULL)
);
CREATE INDEX briefing_items_section ON briefing_items(section_id, position);
CREATE INDEX briefing_items_excerpt ON briefing_items(excerpt_id);

-- Every user-visible change, grouped per action, with before/after row images,
-- so undo/redo can replay it backwards or forwards after a restart.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    before TEXT,
    after TEXT,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_group ON change_log(group_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- The full-text index lives in a file of its own (db/fts.py); this table lists
-- articles stored but not yet indexed.
CREATE TABLE fts_pending (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
"""


def m001_initial_schema(db: Any) -> None:
    # executescript() would COMMIT the migration's transaction, so run statements one by one.
    for statement in _split_statements(_INITIAL_SCHEMA):
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    """Migration 1's script as single statements (frozen with it: change nothing here)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def m002_tagging_state(db: Any) -> None:
    """Which tagger version last tagged an article (``briefing tag`` tags the rest).
    A table of its own: a column of ``articles`` would rewrite each whole article row
    (body and all, several pages) every time an article is tagged."""
    db.execute(
        "CREATE TABLE article_tagging ("
        " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
        " tagger TEXT NOT NULL,"
        " tagged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )


def m003_review_history_and_themes(db: Any) -> None:
    """Undo/redo groups, what review taught the theme classifier, and the default theme
    tree as shipped then (frozen: ``_m003_default_themes``) for a library that has none."""
    db.execute(
        "CREATE TABLE change_groups ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
        " action TEXT NOT NULL,"
        " summary TEXT NOT NULL DEFAULT '',"
        " rows INTEGER NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')))"
    )
    db.execute("ALTER TABLE change_log ADD COLUMN row_key TEXT")  # the changed row's primary key, as JSON
    db.execute(
        "CREATE TABLE theme_word_weights ("
        " theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,"
        " word TEXT NOT NULL,"
        " weight REAL NOT NULL,"
        " PRIMARY KEY (theme_id, word)) WITHOUT ROWID"
    )
    db.execute(
        "CREATE TABLE theme_models ("
        " theme_id INTEGER PRIMARY KEY REFERENCES themes(id) ON DELETE CASCADE,"
        " threshold REAL,"
        " examples INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute(
        "CREATE TABLE theme_companions ("  # this office tags companion_id along with theme_id
        " theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,"
        " companion_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,"
        " share REAL NOT NULL,"
        " PRIMARY KEY (theme_id, companion_id)) WITHOUT ROWID"
    )
    # Staff name themes in filters and on the command line: a name is one theme, tree-wide.
    db.execute("DROP INDEX themes_unique_name")
    db.execute("CREATE UNIQUE INDEX themes_name ON themes(name)")
    db.execute("CREATE INDEX excerpt_themes_status ON excerpt_themes(status)")
    db.execute("CREATE INDEX article_themes_status ON article_themes(status)")
    _m003_default_themes(db.conn)


def _m003_default_themes(conn: sqlite3.Connection) -> None:
    """Insert the default tree of migration 3's own data file, as the migration did when
    it was written (``db.themes.insert_default_themes`` reading themes.yaml then): depth
    first, each theme's position its index among its siblings, word lists as JSON.
    A library that already has themes keeps its own tree and gets none."""
    if conn.execute("SELECT COUNT(*) FROM themes").fetchone()[0]:
        return

    def add(node: dict[str, Any], parent: int | None, position: int) -> None:
        words = [json.dumps(node[key], ensure_ascii=False) for key in ("keywords", "synonyms", "exclusions")]
        cursor = conn.execute(
            "INSERT INTO themes(parent_id, name, keywords, synonyms, exclusions, position) VALUES (?, ?, ?, ?, ?, ?)",
            (parent, node["name"], *words, position),
        )
        for index, child in enumerate(node.get("children", [])):
            add(child, cursor.lastrowid, index)

    for index, node in enumerate(_migration_data("m003_default_themes.json")["themes"]):
        add(node, None, index)


def _migration_data(name: str) -> Any:
    """A migration's own data file (``db/migration_data/NAME``), read as JSON. Migrations
    depend on this reader: it may learn new formats, never read a file differently."""
    return json.loads((resources.files("db") / MIGRATION_DATA / name).read_text(encoding="utf-8"))


def m004_briefing_details(db: Any) -> None:
    """What composing and exporting briefings needs beyond migration 1: item headlines,
    citation lines and merged duplicates, per-briefing settings, and user templates."""
    db.execute("ALTER TABLE briefing_items ADD COLUMN title TEXT")
    db.execute("ALTER TABLE briefing_items ADD COLUMN source_line TEXT")  # the citation as composed (editable)
    db.execute("ALTER TABLE briefing_items ADD COLUMN also_excerpts TEXT NOT NULL DEFAULT '[]'")  # duplicates merged in
    db.execute("ALTER TABLE briefings ADD COLUMN subtitle TEXT")
    db.execute("ALTER TABLE briefings ADD COLUMN masthead TEXT")
    db.execute("ALTER TABLE briefings ADD COLUMN classification TEXT")
    db.execute("ALTER TABLE briefings ADD COLUMN settings TEXT NOT NULL DEFAULT '{}'")  # citation style, grouping …
    db.execute(
        "CREATE TABLE user_templates ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL CHECK (kind IN ('speech', 'bulletin', 'dossier')),"
        " data BLOB NOT NULL,"
        " added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )


def m005_remarks(db: Any) -> None:
    """Speech of people who hold no office (residents, deputies as deputies, companies,
    collectives, unnamed officials) is kept apart from officials' statements: excerpts
    of kind ``remark``, whose speaker may be of type ``other``.

    Only CHECK constraints widen, so the table is not rebuilt (dropping it inside the
    migration's transaction would cascade to every excerpt's themes and people): the
    table's SQL is edited in place, SQLite's documented way to relax a constraint
    ("Making Other Kinds Of Table Schema Changes"), and every row already satisfies it."""
    conn = db.conn
    table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'excerpts'").fetchone()[0]
    widened = table_sql.replace(
        "CHECK (kind IN ('statement', 'mention', 'excerpt'))",
        "CHECK (kind IN ('statement', 'mention', 'excerpt', 'remark'))",
    ).replace(
        "('person', 'meeting', 'unnamed_person', 'collective')",
        "('person', 'meeting', 'unnamed_person', 'collective', 'other')",
    )
    if widened.count("'remark'") != 1 or widened.count("'other'") != 1:
        raise RuntimeError("m005: the excerpts table is not the one migration 1 made")
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'excerpts'", (widened,))
        conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    problems = conn.execute("PRAGMA quick_check").fetchall()
    if problems != [("ok",)]:
        raise RuntimeError(f"m005: the library is not sound after widening the constraints: {problems}")


MIGRATIONS: list[Callable[[Any], None]] = [
    m001_initial_schema, m002_tagging_state, m003_review_history_and_themes, m004_briefing_details, m005_remarks,
]
SCHEMA_VERSION = len(MIGRATIONS)


def known_migrations() -> list[str]:
    return [migration.__name__ for migration in MIGRATIONS]


def apply(db: Any) -> None:
    """Apply the pending migrations to a sqlite-utils ``Database`` (in the caller's transaction)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for function in MIGRATIONS:
        migrations()(function)
    migrations.apply(db)
