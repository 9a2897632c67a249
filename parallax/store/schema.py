"""The store's schema as an ordered list of migrations.

Migration *n* (1-based) moves a store from version *n - 1* to *n*; the
``schema_version`` table records what was applied, and every statement is
also written to be harmless when repeated (``IF NOT EXISTS``), so applying
the list twice changes nothing.  Column types are written as ``{blob}`` and
``{real}`` and filled in by the dialect, so the PostgreSQL backend can run the
same list.  Never edit a released migration: append a new one.
"""

from __future__ import annotations

SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
)
"""

MIGRATIONS: list[str] = [
    # 1: articles, stories and comparisons
    """
    CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        outlet TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        published_ts {real},
        language TEXT,
        text TEXT NOT NULL,
        record_json TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS articles_by_time ON articles (published_ts, id);
    CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT,
        first_published TEXT,
        last_published TEXT,
        closed INTEGER NOT NULL DEFAULT 0,
        summary_json TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS story_articles (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles (id),
        position INTEGER NOT NULL,
        is_duplicate INTEGER NOT NULL DEFAULT 0,
        duplicate_of TEXT REFERENCES articles (id),
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX IF NOT EXISTS story_articles_by_article ON story_articles (article_id);
    CREATE TABLE IF NOT EXISTS comparisons (
        story_id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    # 2: what the streaming clusterer needs to resume, and cached embeddings
    """
    CREATE TABLE IF NOT EXISTS cluster_state (
        key TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        data {blob}
    );
    CREATE TABLE IF NOT EXISTS article_vectors (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector {blob} NOT NULL,
        PRIMARY KEY (article_id, model)
    )
    """,
    # 3: snapshots of the clusterer state at earlier watermarks, so a late
    # article re-groups from the last snapshot before it, not from the start
    """
    CREATE TABLE IF NOT EXISTS cluster_snapshots (
        watermark_ts {real} NOT NULL,
        watermark_id TEXT NOT NULL,
        key TEXT NOT NULL,
        json TEXT NOT NULL,
        data {blob},
        PRIMARY KEY (watermark_ts, watermark_id, key)
    )
    """,
    # 4: which code made each article's analysis (parallax.stamps), so a run after an
    # upgrade analyses the stored texts again; an article without a row is stale
    """
    CREATE TABLE IF NOT EXISTS article_analysis (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        analyzed_by TEXT NOT NULL
    )
    """,
    # 5: the text hash of each word-for-word copy stored from another source (its key is the text's hash with its
    # source), so a rerun finds a text's copies by an index, not by reading the articles table by text; the rows of
    # copies stored before this version are filled in by :func:`parallax.store.articles.fill_copy_index`
    """
    CREATE TABLE IF NOT EXISTS article_copies (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        text_hash TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS article_copies_by_text ON article_copies (text_hash)
    """,
    # 6: who wrote each article (Article.byline, its names joined by "; "), beside its outlet and title, so a desk
    # can query the store by author; the rows stored before have none (no reader read bylines then) and keep NULL.
    # SQLite has no ADD COLUMN IF NOT EXISTS: :func:`parallax.store.Store.migrate` skips a column already there
    """
    ALTER TABLE articles ADD COLUMN IF NOT EXISTS byline TEXT
    """,
]

# the version whose migration is followed by indexing the copies stored before it
COPY_INDEX_VERSION = 5


def statements(migration: str, types: dict[str, str]) -> list[str]:
    """The statements of one migration with the dialect's column types filled in."""
    return [s.strip() for s in migration.format(**types).split(";") if s.strip()]
