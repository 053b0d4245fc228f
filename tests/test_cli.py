"""End-to-end: the CLI on real articles, bad input, and the Makefile targets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.schema import COLUMNS, read_table
from tracker.sources import split_front_matter
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEED_GOLD = ROOT.parent / "shared" / "seeds" / "gold.jsonl"
SCORER = ROOT.parent / "shared" / "bench" / "score.py"

ARTICLE = """---
title: Aid to Ukraine
source: Example News
published: 2024-10-22
url: https://example.org/aid
---
Britain pledged an additional £2.26bn loan to Ukraine for weapons purchases.
The US prepares an $800m aid package, officials said.
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_every_command_has_help():
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} help has no example"


def test_extract_seeds_table(tmp_path):
    out = tmp_path / "seeds.csv"
    result = _run("extract", str(DATA), "--out", str(out), "--errors", str(tmp_path / "e.csv"), "-q")
    assert result.returncode == 0, result.stderr
    table = read_table(out)
    assert list(table.columns) == list(COLUMNS)
    texts = {p.stem: split_front_matter(p.read_text(encoding="utf-8"))[1] for p in DATA.glob("*.txt")}
    for row in table.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface
        assert row.low <= row.value <= row.high
    loan = table[table["surface"].str.contains("2.26")].iloc[0]
    assert loan["value"] == 2.26e9 and loan["currency"] == "GBP"
    assert "loan" in loan["subject"] and loan["actor"] == "Britain"
    # the actors and sources issue 4 names in the seed articles
    by_surface = table.set_index("surface")
    assert by_surface.loc["$800 million", "actor"] == "US"
    assert by_surface.loc["$50 billion", "actor"] == "G7 members"
    assert by_surface.loc["two", "attribution"] == "regional governor Ivan Fedorov"
    assert by_surface.loc["1,500", "attribution"] == "South Korean intelligence services"
    surfaces = " ".join(table["surface"])
    for not_a_figure in ("2022", "16th", "G7"):
        assert not_a_figure not in surfaces
    # a written table reads back as the same frame, CSV and Parquet alike
    table.to_parquet(tmp_path / "t.parquet")
    pd.testing.assert_frame_equal(read_table(tmp_path / "t.parquet"), table)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/bench is not beside the project")
def test_seeds_score(tmp_path):
    out = tmp_path / "seeds.csv"
    _run("extract", str(DATA), "--out", str(out), "--errors", str(tmp_path / "e.csv"), "-q")
    result = subprocess.run([sys.executable, str(SCORER), str(SEED_GOLD), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["value"]["F1"] >= 95
    assert scores["value+unit"]["F1"] >= 90
    assert scores["value+change"]["F1"] >= 90
    assert scores["concept_partial"]["R"] == 100  # every gold figure has the right subject


def test_front_matter_and_jsonl(tmp_path):
    (tmp_path / "aid.md").write_text(ARTICLE, encoding="utf-8")
    lines = [
        {"id": "a1", "text": "Some 1,500 North Korean special forces have deployed.",
         "source": "Wire", "published": "2024-10-18"},
        {"id": "a2", "title": "Toll", "text": "The strike killed at least two civilians."},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = tmp_path / "claims.csv"
    result = _run("extract", str(tmp_path / "aid.md"), str(tmp_path / "feed.jsonl"),
                  "--out", str(out), "--errors", str(tmp_path / "errors.csv"), "-q")
    assert result.returncode == 0, result.stderr
    table = read_table(out)
    aid = table[table["doc_id"] == "aid"]
    assert set(aid["published"]) == {"2024-10-22"} and set(aid["source"]) == {"Example News"}
    body = ARTICLE.split("---\n", 2)[2]
    for row in aid.itertuples():
        assert body[row.start:row.end] == row.surface  # offsets count from after front matter
    assert set(table["doc_id"]) == {"aid", "a1", "a2"}
    assert table.loc[table["doc_id"] == "a2", "qualifier"].tolist() == ["at_least"]


def test_bad_input_is_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "good.txt").write_text("The US prepares an $800m aid package.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Le caf\xe9 a co\xfbt\xe9 \xa35m.".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text('{"id": "x", "text": "12,000 troops"}\n{"id": "y"}\n{bad\n')
    out, errors = tmp_path / "claims.csv", tmp_path / "errors.csv"
    result = _run("extract", str(tmp_path), "--out", str(out), "--errors", str(errors), "-q")
    assert result.returncode == 1  # something was skipped
    problems = pd.read_csv(errors)
    reasons = {(Path(r.file).name, r.line): r.reason for r in problems.itertuples()}
    assert reasons[("empty.txt", 0)] == "empty file"
    assert "no 'text'" in reasons[("feed.jsonl", 2)]
    assert "malformed JSON" in reasons[("feed.jsonl", 3)]
    assert "Windows-1252" in reasons[("latin.txt", 0)]  # read, with a warning
    assert "empty.txt" in result.stderr and "feed.jsonl:3" in result.stderr
    table = read_table(out)
    assert set(table["doc_id"]) == {"good", "x", "latin"}
    assert table.loc[table["doc_id"] == "latin", "currency"].tolist() == ["GBP"]


def test_extraction_failures_are_reported_and_the_rest_kept(tmp_path, monkeypatch):
    """A figure whose subject rules fail keeps its row, with a warning; an article the
    extractor fails on is an error at its file and line, and its neighbours are kept."""
    import tracker.extract as extract

    def context_of(doc, start, end, *args):
        if doc.text[start:end] == "12,000":
            raise IndexError("a parse the rules did not foresee")
        return real_context(doc, start, end, *args)

    def find_quantities(text):
        if "crashed" in text:
            raise ValueError("a text the finder did not foresee")
        return real_find(text)

    real_context, real_find = extract.context_of, extract.find_quantities
    monkeypatch.setattr(extract, "context_of", context_of)
    monkeypatch.setattr(extract, "find_quantities", find_quantities)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in [
        ("a", "Some 12,000 troops were sent to Russia, officials said."),
        ("b", "The market crashed and 40 traders lost their jobs."),
        ("c", "The US prepares an $800m aid package.")]) + "\n", encoding="utf-8")
    out, errors = tmp_path / "claims.csv", tmp_path / "errors.csv"
    result = CliRunner().invoke(cli, ["extract", str(feed), "--out", str(out),
                                      "--errors", str(errors), "-q"])
    assert result.exit_code == 1  # an article was skipped
    problems = pd.read_csv(errors)
    assert problems[["line", "severity"]].values.tolist() == [[1, "warning"], [2, "error"]]
    assert problems.reason[0] == ("a: figure '12,000' at character 5: the rules of its subject,"
                                  " actor and source failed (IndexError: a parse the rules did"
                                  " not foresee); kept, with subject 'troops'")
    assert problems.reason[1] == "extraction failed: ValueError: a text the finder did not foresee"
    assert "feed.jsonl:2: extraction failed" in result.output
    table = read_table(out)
    assert table[["doc_id", "surface", "subject"]].values.tolist() == [
        ["a", "12,000", "troops"], ["c", "$800m", "aid package"]]
    with pytest.raises(IndexError):  # a library caller without a problems list sees it
        extract.extract_article(extract.Article("a", "Some 12,000 troops were sent."))


def test_add_skips_a_failing_article_and_the_next_run_adds_it(tmp_path, monkeypatch):
    """The store is left as it was for an article the extractor fails on: its old claims
    stay, a new one is not stored, and a later run that can extract it does."""
    import tracker.extract as extract

    feed, db = tmp_path / "feed.jsonl", tmp_path / "t.db"

    def write(texts):
        feed.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in texts) + "\n",
                        encoding="utf-8")

    def add():
        return CliRunner().invoke(cli, ["add", str(feed), "--db", str(db), "-q"])

    write([("a", "Some 12,000 troops were sent to Russia."), ("b", "It cost $5m.")])
    assert add().exit_code == 0
    real_find = extract.find_quantities

    def find_quantities(text):
        if "crashed" in text:
            raise ValueError("a text the finder did not foresee")
        return real_find(text)

    monkeypatch.setattr(extract, "find_quantities", find_quantities)
    write([("a", "The market crashed and 40 traders lost their jobs."), ("b", "It cost $5m."),
           ("c", "The market crashed; 300 shops shut."), ("d", "The US sent an $800m package.")])
    result = add()
    assert result.exit_code == 1
    assert "feed.jsonl:1: extraction failed: ValueError" in result.output
    assert "feed.jsonl:3: extraction failed" in result.output
    assert "1 added, 0 replaced, 1 unchanged, 2 failed" in result.output
    with Store(db, create=False) as store:
        assert store.claims()[["doc_id", "surface"]].values.tolist() == [
            ["a", "12,000"], ["b", "$5m"], ["d", "$800m"]]
    monkeypatch.setattr(extract, "find_quantities", real_find)
    result = add()
    assert result.exit_code == 0
    assert "1 added, 1 replaced, 2 unchanged;" in result.output
    with Store(db, create=False) as store:
        assert store.claims()["surface"].tolist() == ["40", "$5m", "300", "$800m"]


def test_add_with_two_workers_stores_what_one_does(tmp_path, monkeypatch):
    """`tracker add --workers 2` extracts in a pool of two, and stores what one process does."""
    import tracker.pipeline as pipeline

    pools = []

    class Pool(pipeline.ProcessPoolExecutor):
        def __init__(self, max_workers=None, **kwargs):
            pools.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", Pool)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": f"d{i}", "text": f"Some {1000 + i} troops "
                                          f"crossed and {i + 2} civilians were hurt."})
                              for i in range(70)) + "\n", encoding="utf-8")
    tables = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        result = CliRunner().invoke(cli, ["add", str(feed), "--db", str(db), "-q",
                                          "--workers", workers])
        assert result.exit_code == 0, result.output
        assert "70 added" in result.output
        with Store(db, create=False) as store:
            tables.append(store.claims()[["doc_id", "surface", "subject"]])
    pd.testing.assert_frame_equal(tables[0], tables[1])
    assert len(tables[0]) == 140
    assert pools == [2]  # the one-worker run used none


def test_missing_input_exits_nonzero(tmp_path):
    result = _run("extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "c.csv"),
                  "--errors", str(tmp_path / "e.csv"), "-q")
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr


def test_report_writes_tables_and_charts(tmp_path):
    out, db = tmp_path / "reports", tmp_path / "store.db"
    result = _run("report", str(DATA), "--out", str(out), "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    for name in ("claims.csv", "claims.parquet", "subjects.csv", "money.csv", "errors.csv",
                 "timeline.csv", "conflicts.csv"):
        assert (out / name).exists(), name
    claims = pd.read_csv(out / "claims.csv")
    loan = claims[claims["surface"].str.contains("2.26")].iloc[0]
    assert loan["fx_date"] == "2024-10-22" and loan["value_usd"] == pytest.approx(
        2.26e9 * loan["fx_rate"])  # the seeds' £2.26bn at the rate of its published date
    again = _run("report", str(DATA), "--out", str(out), "--db", str(db), "-q")
    assert again.returncode == 0 and "2 unchanged" not in again.stderr
    assert len(pd.read_csv(out / "claims.csv")) == len(claims)  # re-adding changes nothing
    charts = sorted(p.name for p in (out / "charts").glob("*.png"))
    assert {"money_by_subject.png", "counts_by_subject.png", "figures_per_article.png"} <= set(charts)
    money = pd.read_csv(out / "money.csv")
    assert {"GBP", "USD"} <= set(money["currency"])
    subjects = pd.read_csv(out / "subjects.csv")
    assert subjects["subject"].str.contains("special forces").any()


@pytest.mark.slow
def test_make_report_and_help():
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    result = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, env=env)
    for target in ("report", "test", "eval", "bench", "fuzz", "seeds"):
        assert target in result.stdout
    result = subprocess.run(["make", "report"], cwd=ROOT, capture_output=True, text=True,
                            env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (ROOT / "reports" / "claims.csv").exists()
    assert (ROOT / "reports" / "charts" / "money_by_subject.png").exists()


@pytest.mark.slow
def test_extract_on_dask_matches_single_process(tmp_path):
    single, parts = tmp_path / "single.parquet", tmp_path / "parts"
    assert _run("extract", str(DATA), "--out", str(single), "--errors",
                str(tmp_path / "e1.csv"), "-q").returncode == 0
    result = _run("extract", str(DATA), "--engine", "dask", "--out", str(parts), "--errors",
                  str(tmp_path / "e2.csv"), "-q")
    assert result.returncode == 0, result.stderr[-2000:]
    expected = read_table(single).sort_values("claim_id").reset_index(drop=True)
    got = read_table_parts(parts).sort_values("claim_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)


def read_table_parts(folder: Path) -> pd.DataFrame:
    from tracker.schema import conform

    return conform(pd.read_parquet(folder))
