"""run_dask on a local cluster writes the same claims table as the single-process run."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from tracker.distributed import part_name, run_dask
from tracker.pipeline import run
from tracker.schema import conform

pytestmark = [
    pytest.mark.slow,
    # dask's own parquet reader, under pandas 3
    pytest.mark.filterwarnings("ignore:The inplace keyword:DeprecationWarning"),
]

# Written for this test in the manner of wire copy: money, counts, percentages, ranges,
# units, attributions and places, a few figures a sentence.
ARTICLES = [
    {"id": "budget", "title": "Council budget", "source": "Fixture Wire",
     "published": "2024-03-01",
     "text": "The city council approved a budget of £1.2bn on Tuesday, up 4% on last year. "
             "Officials said about 300 new teachers would be hired in Leeds.\n"
             "Spending on roads rises to £85m, according to the finance committee."},
    {"id": "storm", "title": "Storm", "source": "Fixture Wire",
     "text": "At least 12 people were killed and more than 40 injured when the storm hit "
             "the coast of Florida, the governor said. Winds reached 150 km/h and some "
             "20,000 homes lost power."},
    {"id": "tech", "title": "Chip maker", "source": "Fixture Wire",
     "text": "The chip maker reported revenue of $4.5 billion for the quarter, while its "
             "shares fell 7.2% in New York. The company employs 18,000 staff in 14 countries."},
    {"id": "sport", "title": "Marathon", "source": "Fixture Wire",
     "text": "Nearly 45,000 runners finished the London marathon, which covers 42.2 km. "
             "The winner crossed the line in 2 hours and 4 minutes, organisers said."},
    {"id": "farm", "title": "Harvest", "source": "Fixture Wire",
     "text": "Farmers in Kenya harvested between 2 and 3 million tonnes of maize, the "
             "ministry said. Prices dropped by 15% in Nairobi markets."},
    {"id": "quiet", "title": "No figures", "source": "Fixture Wire",
     "text": "The minister declined to comment on the talks."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    lines = [json.dumps(a) for a in ARTICLES]
    lines.insert(3, "{not json")  # one bad line: reported, never fatal
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dask_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("parts")
    (out / part_name(9)).write_bytes(b"stale")  # a part left by an earlier run
    stats = run_dask([corpus], out, partitions=3)
    return out, stats


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return conform(frame.sort_values("claim_id", kind="stable"))


def test_same_rows_as_single_process(corpus, dask_run):
    out, stats = dask_run
    expected, _problems, counts = run([corpus], progress=False)
    got = pd.read_parquet(out)
    assert len(expected) >= 15  # the fixture has figures enough to mean something
    pd.testing.assert_frame_equal(_sorted(got), _sorted(expected))
    assert stats["articles"] == counts["articles"] == len(ARTICLES)
    assert stats["claims"] == counts["claims"] == len(got)


def test_parts_in_input_order_and_readable_by_dask(dask_run):
    import dask.dataframe as dd

    out, stats = dask_run
    assert stats["partitions"] == 3
    assert sorted(p.name for p in out.glob("*.parquet")) == [part_name(i) for i in range(3)]
    assert stats["files"] == [str(out / part_name(i)) for i in range(3)]
    frame = dd.read_parquet(str(out)).compute()
    assert list(dict.fromkeys(frame["doc_id"])) == [a["id"] for a in ARTICLES if a["id"] != "quiet"]


def test_problems_come_back(dask_run):
    _out, stats = dask_run
    (problem,) = stats["problems"]
    assert problem.line == 4 and "malformed JSON" in problem.reason
