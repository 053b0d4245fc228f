"""Series across articles, their timelines, conflicting figures, and the charts drawn of them."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

import matplotlib.lines as mlines
import pytest

from tracker.schema import Claim, claim_id, to_frame
from tracker.tracking import (
    CONFLICT_COLUMNS,
    TIMELINE_COLUMNS,
    conflicts,
    conflicts_figure,
    draw_conflicts,
    draw_timelines,
    sentence_names,
    series_frame,
    timeline,
    timeline_figure,
)

PNG = b"\x89PNG\r\n\x1a\n"


def claim(doc: str, value: float, subject: str = "troops", qualifier: str = "exact",
          source: str = "", published: str = "", low: float | None = None,
          high: float | None = None, start: int = 0, unit: str = "count",
          dimension: str = "count", currency: str = "", change: str = "",
          surface: str = "", base: float | None = None, base_unit: str = "") -> Claim:
    """A claims-table row built by hand: only what a test cares about is given."""
    surface = surface or f"{value:,g}"
    return Claim(
        claim_id=claim_id(doc, start, start + len(surface)), doc_id=doc, start=start,
        end=start + len(surface), surface=surface, value=value,
        low=value if low is None else low, high=value if high is None else high,
        qualifier=qualifier, change=change, unit=unit, dimension=dimension, currency=currency,
        subject=subject, subject_key=subject, sentence=f"{doc}: {surface} {subject}.",
        source=source, published=published, base_value=base, base_unit=base_unit,
    )


def money(doc, value, currency="USD", unit="dollar", **kw) -> Claim:
    return claim(doc, value, subject="aid", unit=unit, dimension="currency", currency=currency,
                 **kw)


# -- series ---------------------------------------------------------------------------------

SERIES = [
    ("a count", claim("d", 5), "troops (count)", 5),
    ("money by its ISO code, whatever the unit's name", money("d", 5e9, unit="us dollar"),
     "aid (USD)", 5e9),
    ("pounds apart from dollars", money("d", 4e9, "GBP", "pound sterling"), "aid (GBP)", 4e9),
    ("pence as pounds", money("d", 312, "GBP", "penny"), "aid (GBP)", 3.12),
    ("euro cents as euros", money("d", 70, "EUR", "cent"), "aid (EUR)", 0.70),
    ("kilometres in metres", claim("d", 20, "road", unit="kilometre", dimension="length",
                                   base=20000.0, base_unit="meter"), "road (meter)", 20000),
    ("miles in metres too", claim("d", 1, "road", unit="mile", dimension="length",
                                  base=1609.344, base_unit="meter"), "road (meter)", 1609.344),
    ("a change is not a level", claim("d", 500, change="up"), "troops (count, up)", 500),
    ("a percentage", claim("d", 3.5, "inflation", unit="percent", dimension="percentage"),
     "inflation (percent)", 3.5),
]


@pytest.mark.parametrize("name, row, series, value", SERIES, ids=[s[0] for s in SERIES])
def test_series(name, row, series, value):
    out = series_frame(to_frame([row]))
    assert out["series"].tolist() == [series]
    assert out["value"].iloc[0] == pytest.approx(value)


def test_no_subject_no_series():
    assert series_frame(to_frame([claim("d", 5, subject="")])).empty


def test_series_in_one_currency():
    frame = to_frame([money("a", 5.6e9, published="2024-10-22"),
                      money("b", 4.4e9, "GBP", "pound sterling", published="2024-10-22",
                            low=4e9, high=5e9),
                      money("c", 3e6, "UAH", "ukrainian hryvnia", published="2024-10-22")])
    out = series_frame(frame, currency="USD").set_index("doc_id")
    assert out.loc["b", "series"] == "aid (USD)"
    assert out.loc["b", "value"] == pytest.approx(4.4e9 * 1.29842, rel=1e-4)
    assert out.loc["b", "high"] == pytest.approx(5e9 * 1.29842, rel=1e-4)
    assert out.loc["b", "surface"] == "4.4e+09"  # as written
    assert out.loc["c", "series"] == "aid (UAH)"  # no rate: left in its own series
    pence = series_frame(to_frame([money("p", 312, "GBP", "penny", published="2024-10-22")]),
                         currency="USD")
    assert pence["value"].iloc[0] == pytest.approx(3.12 * 1.29842, rel=1e-4)


def test_timeline_one_row_per_series_and_document():
    frame = to_frame([
        claim("late", 9000, source="CNN", published="2024-10-03"),
        claim("undated", 7000, source="AP"),
        claim("early", 1500, source="BBC", published="2024-10-01", start=0),
        claim("early", 1600, source="BBC", published="2024-10-01", start=40),
        claim("early", 2e9, "aid", unit="dollar", dimension="currency", currency="USD",
              start=80, published="2024-10-01"),
    ])
    rows = timeline(frame)
    assert list(rows.columns) == TIMELINE_COLUMNS
    troops = rows[rows["series"] == "troops (count)"]
    assert troops["doc_id"].tolist() == ["early", "late", "undated"]  # dated first, by date
    assert troops["value"].tolist() == [1500, 9000, 7000]  # a document's first figure
    assert troops["figures"].tolist() == [2, 1, 1]
    assert rows[rows["series"] == "aid (USD)"]["doc_id"].tolist() == ["early"]


# -- conflicts ------------------------------------------------------------------------------

class Rule(NamedTuple):
    """Two claims of one series, and whether they conflict."""

    name: str
    a: Claim
    b: Claim
    conflict: bool


def two(a: dict, b: dict, sources=("BBC", "CNN")) -> tuple[Claim, Claim]:
    return claim("a", source=sources[0], **a), claim("b", source=sources[1], **b)


RULES = [
    Rule("at least 2 and 5 agree", *two(dict(value=2, qualifier="at_least"), dict(value=5)), False),
    Rule("1,500 and 12,000 conflict", *two(dict(value=1500), dict(value=12000)), True),
    Rule("same figure agrees", *two(dict(value=1500), dict(value=1500)), False),
    Rule("about 1,000 allows 1,080", *two(dict(value=1000, qualifier="approx"),
                                          dict(value=1080)), False),
    Rule("about 1,000 does not allow 1,200", *two(dict(value=1000, qualifier="approx"),
                                                  dict(value=1200)), True),
    Rule("more than 100 and 90 conflict", *two(dict(value=100, qualifier="more_than"),
                                               dict(value=90)), True),
    Rule("more than 100 and 5,000 agree", *two(dict(value=100, qualifier="more_than"),
                                               dict(value=5000)), False),
    Rule("at most 100 and at least 200 conflict",
         *two(dict(value=100, qualifier="at_most"), dict(value=200, qualifier="at_least")), True),
    Rule("less than 100 and 50 agree", *two(dict(value=100, qualifier="less_than"),
                                            dict(value=50)), False),
    Rule("at most 100 and at most 5 agree", *two(dict(value=100, qualifier="at_most"),
                                                 dict(value=5, qualifier="at_most")), False),
    Rule("range 10 to 20 holds 15", *two(dict(value=15, low=10, high=20), dict(value=15)), False),
    Rule("range 10 to 20 excludes 25", *two(dict(value=15, low=10, high=20), dict(value=25)),
         True),
    Rule("one outlet in two articles can contradict itself",
         *two(dict(value=1500), dict(value=12000), sources=("BBC", "BBC")), True),
    Rule("one article never conflicts with itself",
         claim("a", 1500, source="BBC"), claim("a", 12000, source="BBC", start=40), False),
    Rule("no source: documents are the sources",
         *two(dict(value=1500), dict(value=12000), sources=("", "")), True),
    Rule("different series never conflict",
         *two(dict(value=1500), dict(value=12000, subject="civilians")), False),
]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_conflict_rules(rule):
    found = conflicts(to_frame([rule.a, rule.b]))
    ranges = found[found["kind"] == "range"]
    assert len(ranges) == int(rule.conflict)
    if rule.conflict:
        row = ranges.iloc[0]
        assert {row["sentence_a"], row["sentence_b"]} == {rule.a.sentence, rule.b.sentence}
        assert row["ratio"] > 1


def test_conflicts_columns_and_window():
    frame = to_frame([claim("a", 1500, source="BBC", published="2024-10-01"),
                      claim("b", 12000, source="CNN", published="2024-10-20"),
                      claim("c", 9000, source="AP")])
    everything = conflicts(frame)
    assert list(everything.columns) == CONFLICT_COLUMNS
    assert len(everything) == 3  # three sources, three figures, all apart
    assert len(conflicts(frame, window_days=30)) == 3
    near = conflicts(frame, window_days=7)  # 19 days apart: a toll that grew; undated stay
    assert sorted(zip(near["doc_id_a"], near["doc_id_b"])) == [("a", "c"), ("b", "c")]


def test_conflicts_of_nothing():
    assert conflicts(to_frame([])).empty
    assert list(conflicts(to_frame([])).columns) == CONFLICT_COLUMNS


class Slip(NamedTuple):
    """Values of one series (each from its own source) and the one that slipped, if any."""

    name: str
    values: list
    slipped: float | None


SLIPS = [
    Slip("million for billion", [5.6e9, 5.5e9, 6e9, 5.6e6], 5.6e6),
    Slip("billion for million", [300e6, 320e6, 310e6, 300e9], 300e9),
    Slip("a tenfold spread is no slip", [1e6, 5e6, 10e6], None),
    Slip("two claims: no median to trust", [5.6e9, 5.6e6], None),
]


@pytest.mark.parametrize("case", SLIPS, ids=[s.name for s in SLIPS])
def test_magnitude_slips(case):
    rows = [money(f"d{i}", v, source=f"S{i}", start=i) for i, v in enumerate(case.values)]
    found = conflicts(to_frame(rows))
    slips = found[found["kind"] == "magnitude"]
    assert slips["value_a"].tolist() == ([] if case.slipped is None else [case.slipped])
    if case.slipped is not None:
        assert 500 <= slips["ratio"].iloc[0] <= 2000
        assert slips["value_b"].iloc[0] != case.slipped and slips["sentence_b"].iloc[0]


# -- charts ---------------------------------------------------------------------------------

CHART_FRAME = to_frame([
    claim("d1", 1500, source="BBC", published="2024-10-01"),
    claim("d2", 12000, source="CNN", published="2024-10-02", qualifier="approx"),
    claim("d3", 2, source="AP", published="2024-10-03", qualifier="at_least"),
    claim("d4", 50000, source="BBC", published="2024-10-04", qualifier="at_most"),
    claim("d5", 900, "civilians", source="AP", low=800, high=1000),
    claim("d6", 1200, "civilians", source="CNN"),
    money("d7", 5e9, source="X"),
])


def test_timeline_figure_draws_sources_and_bounds():
    rows = timeline(CHART_FRAME)
    fig = timeline_figure(rows[rows["series"] == "troops (count)"], "troops (count)")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["BBC", "CNN", "AP"]
    markers = [line.get_marker() for line in ax.lines]
    assert mlines.CARETUPBASE in markers and mlines.CARETDOWNBASE in markers  # the arrows
    assert ax.get_yscale() == "log" and ax.get_xlabel() == "published"


def test_undated_timeline_is_in_document_order():
    rows = timeline(CHART_FRAME)
    fig = timeline_figure(rows[rows["series"] == "civilians (count)"], "civilians (count)")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["d5", "d6"]


def test_draw_timelines_writes_the_biggest_series(tmp_path):
    written = draw_timelines(CHART_FRAME, tmp_path / "charts", top=2)
    assert [p.name for p in written] == ["timeline_troops_count.png",
                                         "timeline_civilians_count.png"]
    assert all(p.read_bytes().startswith(PNG) for p in written)
    assert draw_timelines(to_frame([]), tmp_path / "none") == []


def test_draw_conflicts(tmp_path):
    found = conflicts(CHART_FRAME)
    ax = conflicts_figure(found).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["civilians (count)", "troops (count)"]
    path = draw_conflicts(CHART_FRAME, tmp_path / "conflicts.png")
    assert path.read_bytes().startswith(PNG)
    empty = conflicts_figure(conflicts(to_frame([]))).axes[0]
    assert [t.get_text() for t in empty.texts] == ["no conflicting figures"]


# -- names both sides of a conflict mention ------------------------------------------------

NAMES = [
    ("Nissan's sales in Japan rose 5% in March, Mr Ghosn said.", {"Japan", "Ghosn"}, "Nissan"),
    ("But Toyota sold 9,000 cars on Monday.", {"Toyota"}, ""),
    ("\u201cWe will cut 600 jobs,\u201d said Ford.", {"Ford"}, ""),
    ("The 2003 French Open champion lost.", {"French", "Open"}, ""),
    ("Sales fell 5% at the end of the year.", set(), "Sales"),
]


@pytest.mark.parametrize("sentence, names, first", NAMES)
def test_sentence_names(sentence, names, first):
    assert sentence_names(sentence) == (names, first)


def test_conflicts_sharing_a_name_come_first():
    def said(doc, value, sentence):
        return replace(claim(doc, value, subject="profit"), sentence=sentence)

    rows = [
        said("a", 10, "Ford made a profit of $10m, the firm said."),
        said("b", 90, "Toyota made a profit of $90m."),
        said("d", 70, "Sales made a profit of $70m."),  # a first word shared is no name
        said("c", 40, "Its profit was $40m, Ford said."),
    ]
    found = conflicts(to_frame(rows))
    found = found[found["kind"] == "range"]
    assert len(found) == 6  # every pair is apart; none is dropped
    assert found["shared_names"].tolist()[0] == "Ford"
    first = set(found.iloc[0][["doc_id_a", "doc_id_b"]])
    assert first == {"a", "c"}
    assert (found["shared_names"].iloc[1:] == "").all()
