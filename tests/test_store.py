"""The SQLite store: idempotent adds, edits replace only their rows, crash safety, bad files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

from tracker import store as store_module
from tracker.errors import TrackerError
from tracker.extract import extract_articles
from tracker.schema import COLUMNS, Article, to_frame
from tracker.store import AddResult, Store, StoreError, content_hash

ROOT = Path(__file__).resolve().parents[1]
FAST = partial(extract_articles, parse=False)  # no spaCy: counts, money, qualifiers only

# Shared by the tests and the subprocess that is killed: the same articles on both sides.
MAKE_ARTICLES = '''
from tracker.schema import Article

def make_articles(n):
    return [Article(f"doc{i:03d}",
                    f"Some {1000 + i} troops arrived on day {i}. It cost ${i + 1}m (£{i + 2}m). "
                    f"At least {i + 2} civilians were hurt.",
                    source=f"S{i % 3}", published=f"2024-10-{i % 28 + 1:02d}")
            for i in range(n)]
'''
_ns: dict = {}
exec(MAKE_ARTICLES, _ns)
make_articles = _ns["make_articles"]

ARTICLES = [
    Article("kyiv", "Some 12,000 troops crossed. At least 2 soldiers died.", source="BBC",
            published="2024-10-22"),
    Article("aid", "The UK pledged $5.6bn (£4.4bn) in aid.", source="Reuters",
            published="2024-10-23"),
    Article("empty", "No figures in this one.", source="AP"),
]


class Run(NamedTuple):
    """A sequence of adds, and what the last one should report and leave stored."""

    name: str
    runs: list
    last: AddResult
    claims_by_doc: dict


EDITED = replace(ARTICLES[0], text="Some 13,000 troops crossed.")
REDATED = replace(ARTICLES[1], published="2024-10-24")
CASES = [
    Run("first run adds all", [ARTICLES], AddResult(added=3, claims=4),
        {"kyiv": 2, "aid": 2}),
    Run("same articles twice: nothing new", [ARTICLES, ARTICLES], AddResult(unchanged=3),
        {"kyiv": 2, "aid": 2}),
    Run("edited text replaces that article only", [ARTICLES, [EDITED, *ARTICLES[1:]]],
        AddResult(replaced=1, unchanged=2, claims=1), {"kyiv": 1, "aid": 2}),
    Run("changed metadata counts as a change", [ARTICLES, [REDATED]],
        AddResult(replaced=1, claims=2), {"kyiv": 2, "aid": 2}),
    Run("same doc twice in one run: last wins", [[ARTICLES[0], EDITED]],
        AddResult(added=1, replaced=1, claims=3), {"kyiv": 1}),
    Run("an article whose figures all go", [[ARTICLES[0]], [replace(ARTICLES[0], text="None.")]],
        AddResult(replaced=1), {}),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_add(case, tmp_path):
    with Store(tmp_path / "t.db") as store:
        for articles in case.runs:
            result = store.add(articles, extract=FAST)
        assert result == case.last
        counts = store.claims()["doc_id"].value_counts().to_dict()
        assert counts == case.claims_by_doc


def test_edit_leaves_other_rows_untouched(tmp_path):
    with Store(tmp_path / "t.db") as store:
        store.add(ARTICLES, extract=FAST)
        before = store.claims()
        docs_before = store.documents().set_index("doc_id")
        time.sleep(1.1)  # added_at has second resolution
        store.add([EDITED, *ARTICLES[1:]], extract=FAST)
        after = store.claims()
        docs_after = store.documents().set_index("doc_id")
    keep = before["doc_id"] != "kyiv"
    pd.testing.assert_frame_equal(before[keep].reset_index(drop=True),
                                  after[after["doc_id"] != "kyiv"].reset_index(drop=True))
    assert after.loc[after["doc_id"] == "kyiv", "surface"].tolist() == ["13,000"]
    assert docs_after.loc["aid", "added_at"] == docs_before.loc["aid", "added_at"]
    assert docs_after.loc["kyiv", "added_at"] != docs_before.loc["kyiv", "added_at"]


def test_store_frame_is_the_extracted_table(tmp_path):
    direct = to_frame([c for claims in FAST(ARTICLES) for c in claims])
    with Store(tmp_path / "t.db") as store:
        store.add(ARTICLES, extract=FAST)
        stored = store.claims()
    order = ["doc_id", "start"]
    pd.testing.assert_frame_equal(stored.sort_values(order).reset_index(drop=True),
                                  direct.sort_values(order).reset_index(drop=True))


def test_empty_store_has_the_table_columns(tmp_path):
    with Store(tmp_path / "new" / "t.db") as store:
        frame = store.claims()
        mode = store._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert list(frame.columns) == list(COLUMNS) and frame.empty
    assert mode == "wal"


def test_force_re_extracts(tmp_path):
    with Store(tmp_path / "t.db") as store:
        store.add(ARTICLES, extract=FAST)
        assert store.add(ARTICLES, extract=FAST, force=True) == AddResult(replaced=3, claims=4)


def test_another_extractor_version_re_extracts(tmp_path, monkeypatch):
    """Claims made by an older tracker are replaced on the next add, not kept stale."""
    with Store(tmp_path / "t.db") as store:
        monkeypatch.setattr("tracker.store.extractor_version", lambda: "older")
        store.add(ARTICLES, extract=FAST)
        monkeypatch.undo()
        assert store.add(ARTICLES, extract=FAST) == AddResult(replaced=3, claims=4)
        assert store.add(ARTICLES, extract=FAST) == AddResult(unchanged=3)
        assert set(store.documents()["extractor"]) == {store_module.extractor_version()}


def test_store_made_before_extractor_column_opens_and_re_extracts(tmp_path):
    path = tmp_path / "t.db"
    with Store(path) as store:
        store.add(ARTICLES, extract=FAST)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE documents DROP COLUMN extractor")  # the layout before it
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.add(ARTICLES, extract=FAST) == AddResult(replaced=3, claims=4)
        assert len(store.claims()) == 4


def test_progress_reports_each_article(tmp_path):
    seen = []
    with Store(tmp_path / "t.db") as store:
        store.add(ARTICLES[:2], extract=FAST)
        store.add(ARTICLES, extract=FAST,
                  progress=lambda a, status, n: seen.append((a.doc_id, status, n)))
    assert seen == [("kyiv", "unchanged", 0), ("aid", "unchanged", 0), ("empty", "added", 0)]


def test_failing_article_leaves_store_as_before(tmp_path):
    def breaks_midway(articles):
        for claims in FAST(articles):
            def some_then_fail(claims=claims):
                yield claims[0]
                raise RuntimeError("extractor died")
            yield some_then_fail()

    with Store(tmp_path / "t.db") as store:
        store.add(ARTICLES, extract=FAST)
        before = store.claims()
        with pytest.raises(RuntimeError):
            store.add([EDITED], extract=breaks_midway)
        pd.testing.assert_frame_equal(store.claims(), before)
        assert store.stored_hash("kyiv") == content_hash(ARTICLES[0])


def _sqlite_with_foreign_tables(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE documents (id INTEGER, body TEXT)")


BAD_FILES = [
    ("random bytes", lambda p: p.write_bytes(os.urandom(4096)), "corrupt"),
    ("a text file", lambda p: p.write_text("doc_id,value\na,1\n" * 200), "corrupt"),
    ("another program's database", _sqlite_with_foreign_tables, "lacks"),
    ("a folder", lambda p: p.mkdir(), "cannot open"),
]


@pytest.mark.parametrize("name, make, words", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_store_file_is_a_store_error(name, make, words, tmp_path):
    path = tmp_path / "bad.db"
    make(path)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value) and words in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, TrackerError)


def test_missing_store_without_create(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


# The killed run: every claim trickles in slowly, inside its article's transaction (the store
# draws the claims after BEGIN), and <db>.inflight names the article being written meanwhile.
KILLED_RUN = MAKE_ARTICLES + '''
import sys, time
from pathlib import Path
from tracker.extract import extract_articles
from tracker.store import Store

inflight = Path(sys.argv[1] + ".inflight")

def slow(articles):
    for claims in extract_articles(articles, parse=False):
        def trickle(claims=claims):
            inflight.write_text(claims[0].doc_id)
            for claim in claims:
                time.sleep(0.02)
                yield claim
            inflight.write_text("")
        yield trickle()

Store(sys.argv[1]).add(make_articles(int(sys.argv[2])), extract=slow)
'''


def _documents(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not created yet, or the schema is being written
        return 0


def test_sigkill_mid_run_then_rerun_equals_clean_run(tmp_path):
    n, db = 60, tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(db), str(n)], env=env,
                            cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 40
    inflight = Path(f"{db}.inflight")
    while proc.poll() is None and time.monotonic() < deadline:
        if _documents(db) >= 5 and inflight.exists() and inflight.read_text():
            break  # mid-article: its transaction is open
        time.sleep(0.01)
    assert proc.poll() is None, proc.stderr.read().decode()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    in_flight = inflight.read_text()

    clean_store = Store(tmp_path / "clean.db")
    clean_store.add(make_articles(n), extract=FAST)
    clean = clean_store.claims()
    per_doc = clean["doc_id"].value_counts()

    with Store(db) as store:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial_run = store.claims()
        stored = len(store.documents())
        assert 5 <= stored < n, "the kill should land mid-run"
        # every article stored is whole, and the one in flight left nothing behind
        assert in_flight not in set(store.documents()["doc_id"])
        assert partial_run["doc_id"].nunique() == stored
        stored_docs = partial_run["doc_id"].unique()
        assert (partial_run["doc_id"].value_counts()[stored_docs] == per_doc[stored_docs]).all()
        result = store.add(make_articles(n), extract=FAST)
        assert (result.added, result.unchanged) == (n - stored, stored)
        pd.testing.assert_frame_equal(store.claims(), clean)
    clean_store.close()
