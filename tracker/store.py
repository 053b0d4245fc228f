"""The claims store: documents and their claims in one SQLite file, added to run by run.

Each article is hashed (its text and metadata).  An article stored before with the same
hash, by the same extractor (`extractor_version`: the tracker's code and rule tables and
the versions of the libraries and model it reads with), is skipped; a changed one, or one
read by another version, has its own rows replaced; each article is written in its own
transaction.  So a run killed at any point (even SIGKILL) leaves every article either
fully stored or as it was before, and running `add` again carries on where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from .errors import TrackerError
from .schema import COLUMNS, Article, Claim, conform

DEFAULT_PATH = Path("data/tracker.db")
FORMAT = 1  # PRAGMA user_version: the layout below
SQL_TYPES = {"string": "TEXT", "int64": "INTEGER", "float64": "REAL"}
DOCUMENT_COLUMNS = ("doc_id", "content_hash", "title", "source", "published", "url", "added_at",
                    "extractor")
ADDED_DOCUMENT_COLUMNS = ("extractor",)  # added to stores made before them, empty there
HASHED = ("text", "title", "source", "published", "url")  # what makes an article "changed"

Extractor = Callable[[Iterable[Article]], Iterable[Iterable[Claim] | None]]
Progress = Callable[[Article, str, int], None]


class StoreError(ValueError, TrackerError):
    """A store file that cannot be opened, read or written: corrupt, locked, not a store."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `Store.add` run did: articles new, changed, skipped, and claims written."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    failed: int = 0


def content_hash(article: Article) -> str:
    """sha256 of an article's text and metadata (not its doc_id or the file it came from).

    >>> content_hash(Article("a", "text")) == content_hash(Article("b", "text", origin="x"))
    True
    """
    payload = json.dumps([getattr(article, name) for name in HASHED], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of what makes the claims: the tracker's source and rule tables, and the
    versions of spaCy, its model, quantulum3 and pint.  A store re-reads an article whose
    claims another version made, so an upgrade never leaves stale rows behind."""
    from .parse import MODEL

    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    for name in ("spacy", MODEL, "quantulum3", "pint"):
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()[:16]


def _q(name: str) -> str:
    """A quoted SQL identifier ("end" is a keyword)."""
    return '"' + name.replace('"', '""') + '"'


_CLAIM_COLS = ", ".join(_q(c) for c in COLUMNS)
_CLAIM_INSERT = f"INSERT INTO claims ({_CLAIM_COLS}) VALUES ({', '.join('?' * len(COLUMNS))})"
_DOC_UPSERT = f"""
    INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)})
    VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})
    ON CONFLICT(doc_id) DO UPDATE SET
    {', '.join(f'{c} = excluded.{c}' for c in DOCUMENT_COLUMNS[1:])}
"""


def _schema() -> list[str]:
    claim_cols = ",\n".join(
        f"{_q(name)} {SQL_TYPES[dtype]}"
        + (" PRIMARY KEY" if name == "claim_id" else "")
        + (" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE" if name == "doc_id" else "")
        for name, dtype in COLUMNS.items()
    )
    return [
        """CREATE TABLE IF NOT EXISTS documents (
            doc_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, title TEXT, source TEXT,
            published TEXT, url TEXT, added_at TEXT NOT NULL, extractor TEXT)""",
        f"CREATE TABLE IF NOT EXISTS claims ({claim_cols})",
        "CREATE INDEX IF NOT EXISTS claims_doc_id ON claims(doc_id)",
    ]


def _row(claim: Claim | dict) -> tuple:
    get = claim.get if isinstance(claim, dict) else lambda name: getattr(claim, name)
    return tuple(get(name) for name in COLUMNS)


def _default_extract() -> Extractor:
    from .extract import extract_articles

    return extract_articles


class Store:
    """An embedded SQLite store of documents and claims; `Store(path)` opens or creates it."""

    def __init__(self, path: str | Path = DEFAULT_PATH, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no store here (run `tracker add` first)")
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._guard("cannot open"):
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        with self._guard("not a tracker store, or corrupt"):
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")  # WAL: safe against a killed process
            with self._transaction():
                for statement in _schema():
                    self._db.execute(statement)
                self._check_columns()
                self._db.execute(f"PRAGMA user_version = {FORMAT}")

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Turn sqlite3's errors into a StoreError that names the file."""
        try:
            yield
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: {what}: {e}") from e

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (the write lock is taken first)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _check_columns(self) -> None:
        """Add claim columns the table gained since the file was made; refuse foreign tables."""
        have = {r[1] for r in self._db.execute("PRAGMA table_info(documents)")}
        if missing := [c for c in DOCUMENT_COLUMNS
                       if c not in have and c not in ADDED_DOCUMENT_COLUMNS]:
            raise sqlite3.DatabaseError(f"table documents lacks {', '.join(missing)}")
        for name in ADDED_DOCUMENT_COLUMNS:
            if name not in have:  # a store made before the column: its rows re-read once
                self._db.execute(f"ALTER TABLE documents ADD COLUMN {name} TEXT")
        have = {r[1] for r in self._db.execute("PRAGMA table_info(claims)")}
        if "claim_id" not in have or "doc_id" not in have:
            raise sqlite3.DatabaseError("table claims lacks claim_id or doc_id")
        for name, dtype in COLUMNS.items():
            if name not in have:
                self._db.execute(f"ALTER TABLE claims ADD COLUMN {_q(name)} {SQL_TYPES[dtype]}")

    def close(self) -> None:
        """Close the connection (the store stays consistent whether or not this is called)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------

    def stored_hash(self, doc_id: str) -> str | None:
        """The content hash stored for a document, or None if it is not in the store."""
        stored = self._stored(doc_id)
        return stored[0] if stored else None

    def _stored(self, doc_id: str) -> tuple[str, str] | None:
        """(content hash, extractor version) stored for a document, or None."""
        with self._guard("cannot read"):
            row = self._db.execute("SELECT content_hash, extractor FROM documents WHERE doc_id = ?",
                                   (doc_id,)).fetchone()
        return (row[0], row[1] or "") if row else None

    def add(self, articles: Iterable[Article], extract: Extractor | None = None,
            force: bool = False, progress: Progress | None = None) -> AddResult:
        """Extract and store new or changed articles, one transaction each; skip unchanged ones.

        `extract` maps articles to the claims of each, in order (default
        `tracker.extract.extract_articles`); only articles that need it are passed to it.
        It gives None for an article it failed on (having reported it): that article is
        left as it was stored, or unstored, so that the next run tries it again.
        `force` re-extracts unchanged articles too.  `progress(article, status, n_claims)`
        is called after each article, status being "added", "replaced", "unchanged" or
        "failed".
        """
        extract = extract or _default_extract()
        counts = dict.fromkeys(("added", "replaced", "unchanged", "claims", "failed"), 0)
        pending: deque[tuple[Article, str]] = deque()

        def needed() -> Iterator[Article]:
            for article in articles:
                digest = content_hash(article)
                if not force and self._stored(article.doc_id) == (digest, extractor_version()):
                    counts["unchanged"] += 1
                    if progress:
                        progress(article, "unchanged", 0)
                    continue
                pending.append((article, digest))
                yield article

        for claims in extract(needed()):
            article, digest = pending.popleft()
            status, n = ("failed", 0) if claims is None else self._write(article, digest,
                                                                           claims, force)
            counts[status] += 1
            counts["claims"] += n
            if progress:
                progress(article, status, n)
        return AddResult(**counts)

    def _write(self, article: Article, digest: str, claims: Iterable[Claim],
               force: bool) -> tuple[str, int]:
        """One article's document row and claims, replacing its old ones, atomically."""
        with self._guard(f"cannot store {article.doc_id!r}"), self._transaction() as db:
            row = db.execute("SELECT content_hash, extractor FROM documents WHERE doc_id = ?",
                             (article.doc_id,)).fetchone()
            if row and tuple(row) == (digest, extractor_version()) and not force:
                return "unchanged", 0  # another run stored it meanwhile
            db.execute("DELETE FROM claims WHERE doc_id = ?", (article.doc_id,))
            added_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            db.execute(_DOC_UPSERT, (article.doc_id, digest, article.title, article.source,
                                     article.published, article.url, added_at,
                                     extractor_version()))
            cursor = db.executemany(_CLAIM_INSERT, (_row(c) for c in claims))
            return ("replaced" if row else "added"), max(cursor.rowcount, 0)

    # -- reading ----------------------------------------------------------------------------

    def claims(self) -> pd.DataFrame:
        """Every stored claim as the typed claims table, by document and position."""
        sql = f'SELECT {_CLAIM_COLS} FROM claims ORDER BY doc_id, "start", "end", claim_id'
        with self._guard("cannot read claims"):
            frame = pd.read_sql_query(sql, self._db)
        return conform(frame)

    def documents(self) -> pd.DataFrame:
        """Every stored document: doc_id, content_hash, title, source, published, url,
        added_at, extractor."""
        sql = f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY doc_id"
        with self._guard("cannot read documents"):
            frame = pd.read_sql_query(sql, self._db)
        return frame.astype("string").fillna("")
