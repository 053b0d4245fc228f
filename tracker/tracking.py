"""Figures tracked across articles: series by subject and unit, timelines, conflicts, charts.

A series is every claim about one subject_key in one unit: money by its ISO currency (or
converted to one currency at the day's ECB rate), physical units in their pint base unit,
and changes ("up 500") apart from levels.  Claims without a subject_key belong to none.
Two claims conflict when they are in one series, come from different articles (other
outlets, or one outlet's later report: source_a and source_b say which) and the
ranges their qualifiers allow do not meet; a claim a thousand times off its series'
median (a million written for a billion) is flagged as a magnitude slip.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .data import phrases
from .fx import add_fx, coin_scale
from .output import atomic_path, safe_name
from .units import Unit, to_base

APPROX = 0.10  # "about 1,000" allows 900 to 1,100
INF = math.inf
# qualifier -> (how far below `low`, how far above `high`) a claim reaches, as a fraction
# of the figure; INF: unbounded on that side.  "At least 2" is [2, inf), so it meets "5".
REACH: dict[str, tuple[float, float]] = {
    "exact": (0.0, 0.0),
    "approx": (APPROX, APPROX),
    "at_least": (0.0, INF),
    "more_than": (0.0, INF),
    "at_most": (INF, 0.0),
    "less_than": (INF, 0.0),
}
MAGNITUDE_RATIO = 500  # a thousand-fold slip, with room for rounding either side
MAGNITUDE_MIN = 3  # claims a series needs before its median says which figure slipped
BLOCK = 1024  # claims compared at once in a series, to bound memory on big series

# Subject keys too general to follow across articles: "people" in one story are not the
# people of the next.  A key with a modifier ("special force", "job cut") is specific.
GENERIC_KEYS = frozenset({
    "people", "number", "time", "times", "man", "men", "woman", "women", "thing", "way",
    "year", "day", "week", "month", "one", "other", "others", "they", "it", "he", "she", "we",
    "nation", "nations", "country", "countries", "game", "match", "member", "company", "firm",
    "player", "rise", "fall", "share", "percent", "cent", "figure", "total", "amount", "part",
    "age", "title", "copy", "film", "goal", "point", "case", "level", "rate", "price", "cost",
    "while", "more", "less", "side", "group", "team", "area", "place", "lot", "kind", "type",
})

TIMELINE_COLUMNS = ["series", "series_unit", "published", "doc_id", "source", "value", "low",
                    "high", "qualifier", "surface", "figures", "claim_id", "sentence"]
_SIDE = ["claim_id", "doc_id", "source", "published", "surface", "value", "low", "high",
         "qualifier", "sentence"]
CONFLICT_COLUMNS = (["kind", "series", "ratio", "shared_names", "detail"] + [f"{c}_a" for c in _SIDE]
                    + [f"{c}_b" for c in _SIDE])


def _base(value: float, row) -> float:
    base, _unit = to_base(value, Unit(row.unit, row.dimension))
    return float("nan") if base is None else base


def series_frame(claims: pd.DataFrame, currency: str | None = None) -> pd.DataFrame:
    """The claims that belong to a series, with `series` and `series_unit` added.

    value, low and high are given in the series unit (pint's base unit for physical
    quantities; `currency` for money when given and a rate exists); `surface` keeps the
    figure as written.  `order` is each claim's position in the input, for undated series.
    """
    frame = claims.assign(order=np.arange(len(claims)))
    frame = frame[(frame["subject_key"] != "") & ~frame["subject_key"].isin(GENERIC_KEYS)].copy()
    unit = frame["unit"].where(frame["unit"] != "", frame["dimension"])
    money = (frame["dimension"] == "currency") & (frame["currency"] != "")
    unit = unit.where(~money, frame["currency"])
    converted = pd.Series(False, index=frame.index)
    if currency is not None and money.any():
        rate = add_fx(frame[money], to=currency)["fx_rate"]
        converted = rate.notna().reindex(frame.index, fill_value=False)
        for name in ("value", "low", "high"):
            frame.loc[converted, name] = frame.loc[converted, name] * rate[rate.notna()]
        unit = unit.where(~converted, currency)
    coins = money & ~converted & (frame["unit"].map(coin_scale) != 1.0)
    if coins.any():  # "300p" in a GBP series is £3
        scale = frame.loc[coins, "unit"].map(coin_scale)
        for name in ("value", "low", "high"):
            frame.loc[coins, name] = frame.loc[coins, name].astype(float) * scale
    physical = frame["base_unit"] != ""
    if physical.any():
        rows = frame[physical]
        frame.loc[physical, "low"] = [_base(r.low, r) for r in rows.itertuples()]
        frame.loc[physical, "high"] = [_base(r.high, r) for r in rows.itertuples()]
        frame.loc[physical, "value"] = rows["base_value"]
        unit = unit.where(~physical, frame["base_unit"])
    label = unit + frame["change"].map(lambda c: f", {c}" if c else "")
    frame["series_unit"] = unit
    # The place keeps apart what one key names in many countries ("unemployment rate").
    where = frame["location"].where(frame["location"] == "", " in " + frame["location"])
    frame["series"] = frame["subject_key"] + where + " (" + label + ")"
    return frame.dropna(subset=["value"]).reset_index(drop=True)


def _dated_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Dated claims by date, then undated ones, each in input order."""
    return frame.assign(_undated=frame["published"] == "").sort_values(
        ["series", "_undated", "published", "order", "start"], kind="stable"
    ).drop(columns="_undated")


def timeline(claims: pd.DataFrame, currency: str | None = None,
             series: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per series and document, by date: the document's first figure for the series."""
    frame = series_frame(claims, currency) if series is None else series
    if frame.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    frame = _dated_order(frame)
    figures = frame.groupby(["series", "doc_id"])["claim_id"].transform("size")
    first = frame.assign(figures=figures).drop_duplicates(["series", "doc_id"], keep="first")
    return first[TIMELINE_COLUMNS].reset_index(drop=True)


def bounds(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The interval each claim allows, from its low, high and qualifier (see REACH)."""
    reach = frame["qualifier"].map(lambda q: REACH.get(q, REACH["exact"]))
    below = np.array([r[0] for r in reach], dtype=float)
    above = np.array([r[1] for r in reach], dtype=float)
    low, high = frame["low"].to_numpy(float), frame["high"].to_numpy(float)
    with np.errstate(invalid="ignore"):
        lo = np.where(np.isinf(below), -INF, low - below * np.abs(low))
        hi = np.where(np.isinf(above), INF, high + above * np.abs(high))
    return lo, hi


class _Pairs(NamedTuple):
    """Conflicting pairs of one series: claims at positions a and b of its group, kept
    as the frame's index labels; conflicts() builds one table from all of them at the end
    (a table a series cost more than finding the pairs)."""

    kind: str
    series: str
    a: np.ndarray
    b: np.ndarray
    ratio: np.ndarray
    detail: list[str]


def _pairs(kind: str, series: str, group: pd.DataFrame, a: np.ndarray, b: np.ndarray,
           ratio: np.ndarray, detail: list[str]) -> _Pairs:
    return _Pairs(kind, series, group.index.to_numpy()[a], group.index.to_numpy()[b],
                  np.asarray(ratio, dtype=float), detail)


def _table(frame: pd.DataFrame, parts: list[_Pairs]) -> pd.DataFrame:
    """Both sides of every pair side by side, with the kind, series, ratio and detail."""
    a = np.concatenate([p.a for p in parts])
    b = np.concatenate([p.b for p in parts])
    side = frame[_SIDE]
    return pd.concat([
        pd.DataFrame({"kind": np.repeat([p.kind for p in parts], [len(p.a) for p in parts]),
                      "series": np.repeat([p.series for p in parts], [len(p.a) for p in parts]),
                      "ratio": np.concatenate([p.ratio for p in parts]),
                      "detail": [d for p in parts for d in p.detail]}),
        side.loc[a].add_suffix("_a").reset_index(drop=True),
        side.loc[b].add_suffix("_b").reset_index(drop=True),
    ], axis=1)


def _range_conflicts(group: pd.DataFrame, series: str, window_days: int | None) -> _Pairs:
    lo, hi = bounds(group)
    who = group["doc_id"].to_numpy()  # an outlet may contradict its own earlier article
    day = pd.to_datetime(group["published"], errors="coerce").to_numpy()
    found_a, found_b = [], []
    for first in range(0, len(group), BLOCK):  # BLOCK rows against the rest: bounded memory
        i = np.arange(first, min(first + BLOCK, len(group)))[:, None]
        later = np.arange(len(group))[None, :] > i
        apart = (lo[i] > hi[None, :]) | (lo[None, :] > hi[i])
        pairs = later & apart & (who[i] != who[None, :])
        if window_days is not None:
            gap = np.abs((day[i] - day[None, :]) / np.timedelta64(1, "D"))
            pairs &= ~(gap > window_days)  # undated pairs (NaN gap) stay in
        a, b = pairs.nonzero()
        found_a.append(a + first)
        found_b.append(b)
    a, b = np.concatenate(found_a), np.concatenate(found_b)
    top, bottom = np.maximum(lo[a], lo[b]), np.minimum(hi[a], hi[b])
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(bottom > 0, top / bottom, INF)
    surface, qualifier = group["surface"].to_numpy(), group["qualifier"].to_numpy()
    detail = [f"{surface[x]} ({qualifier[x]}) vs {surface[y]} ({qualifier[y]})"
              for x, y in zip(a, b)]
    return _pairs("range", series, group, a, b, ratio, detail)


def _magnitude_slips(group: pd.DataFrame, series: str) -> _Pairs:
    value = group["value"].to_numpy(float)
    positive = value > 0
    if positive.sum() < MAGNITUDE_MIN:
        return _pairs("magnitude", series, group, np.array([], int), np.array([], int),
                      np.array([]), [])
    median = float(np.median(value[positive]))
    off = np.where(positive, value / median, 1.0)
    slipped = np.nonzero((off >= MAGNITUDE_RATIO) | (off <= 1 / MAGNITUDE_RATIO))[0]
    distance = np.abs(np.log(np.where(positive, value, np.nan) / median))
    nearest = []  # for each slip, the claim nearest the median, to compare with
    for i in slipped:
        others = distance.copy()
        others[i] = np.nan
        nearest.append(int(np.nanargmin(others)))
    fold = np.maximum(off[slipped], 1 / off[slipped])
    surface = group["surface"].to_numpy()
    detail = [f"{surface[i]} is {f:,.0f} times {'above' if off[i] > 1 else 'below'} "
              f"the series median {median:.4g}" for i, f in zip(slipped, fold)]
    return _pairs("magnitude", series, group, slipped, np.array(nearest, int), fold, detail)


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w&'’-]*")
_NOT_NAMES = phrases.NOT_NAMES | phrases.MONTHS


def sentence_names(sentence: str) -> tuple[frozenset[str], str]:
    """The names a sentence mentions, and its first word if that may be one.

    Names are capitalised words bar those capitalised for grammar, possessives off
    ("Nissan's" is Nissan).  The first word is capitalised whatever it is ("Sales fell"),
    so it is kept apart: it counts only where the other sentence names it too.

    >>> names, first = sentence_names("Nissan's sales in Japan rose 5% in March, Mr Ghosn said.")
    >>> sorted(names), first
    (['Ghosn', 'Japan'], 'Nissan')
    """
    found, first = set(), ""
    lead = len(sentence) - len(sentence.lstrip(" \"'“‘("))
    for m in _CAPITALISED.finditer(sentence):
        word = re.sub(r"['’]s$", "", m.group()).rstrip("'’-")
        if len(word) < 2 or word.lower() in _NOT_NAMES:
            continue
        if m.start() == lead:
            first = word
        else:
            found.add(word)
    return frozenset(found), first


def _shared_names(frame: pd.DataFrame, found: pd.DataFrame) -> list[str]:
    """For each conflicting pair, the specific names both sentences mention.

    A name in more than COMMON_NAME_SHARE of the documents (at least COMMON_NAME_MIN of
    them) says nothing about which thing a figure is about ("BBC", "UK" in a British
    corpus), so it does not count.  Pairs that share a name are about one company,
    person or place far more often than pairs that share only a subject key.
    """
    read = dict(zip(frame["claim_id"], frame["sentence"].map(sentence_names)))
    per_doc = frame.groupby("doc_id")["claim_id"].agg(
        lambda ids: frozenset().union(*(read[i][0] for i in ids)))
    counts = pd.Series([n for doc in per_doc for n in doc], dtype=object).value_counts()
    cut = max(COMMON_NAME_MIN, COMMON_NAME_SHARE * len(per_doc))
    common = set(counts[counts > cut].index)
    shared = []
    for a, b in zip(found["claim_id_a"], found["claim_id_b"]):
        (names_a, first_a), (names_b, first_b) = read[a], read[b]
        both = (names_a & (names_b | {first_b})) | (names_b & {first_a})
        shared.append("; ".join(sorted(both - common)))
    return shared


COMMON_NAME_SHARE = 0.02
COMMON_NAME_MIN = 5


def conflicts(claims: pd.DataFrame, window_days: int | None = None,
              currency: str | None = None, series: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairs of claims that cannot both be right: ranges apart, or a thousand-fold slip.

    "range": same series, different articles (other outlets or the same one later),
    intervals (see REACH) that do not meet; with `window_days`, only claims published that
    close together (undated ones always).  "magnitude": a figure MAGNITUDE_RATIO or more
    times off its series' median, paired with the claim nearest the median.
    `shared_names` lists the names both sentences mention; pairs with one come first, as
    a subject key alone ("profit") often joins claims about different companies.
    `series`: series_frame(claims, currency), where the caller has it already.
    """
    frame = series_frame(claims, currency) if series is None else series
    parts = []
    for series, group in _dated_order(frame).groupby("series", sort=True):
        if len(group) < 2:
            continue
        parts += [p for p in (_range_conflicts(group, series, window_days),
                              _magnitude_slips(group, series)) if len(p.a)]
    if not parts:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    found = _table(frame, parts)
    found["shared_names"] = _shared_names(frame, found)
    unnamed = found["shared_names"] == ""
    return found.assign(_unnamed=unnamed).sort_values(
        ["_unnamed", "series", "kind", "ratio"], ascending=[True, True, True, False],
        kind="stable")[CONFLICT_COLUMNS].reset_index(drop=True)


# -- charts -------------------------------------------------------------------------------

MARKERS = "osDPXhp*<>"  # one a source, in order of first appearance; not ^ v (the arrows)


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def timeline_figure(rows: pd.DataFrame, title: str):
    """A figure of one series' timeline rows: values by date (or document order), by source.

    Ranges and "about" figures get error bars; "at least" an arrow up, "at most" one down.
    """
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 4.8))
    dated = bool(len(rows)) and (rows["published"] != "").all()
    x = (pd.to_datetime(rows["published"]).to_numpy() if dated
         else np.arange(len(rows), dtype=float))
    lo, hi = bounds(rows)
    value = rows["value"].to_numpy(float)
    up = np.isinf(hi) & ~np.isinf(lo)
    down = np.isinf(lo) & ~np.isinf(hi)
    span = ~(up | down | (np.isinf(lo) & np.isinf(hi)))
    positive = value[value > 0]
    log = bool(len(positive)) and positive.max() / positive.min() > 100
    if log:  # arrows a fixed factor long, so they look alike at every height
        arrow_up, arrow_down = np.abs(value) * 2, np.abs(value) * 2 / 3
    else:
        finite = np.concatenate([value, lo[np.isfinite(lo)], hi[np.isfinite(hi)]])
        reach = max(np.ptp(finite), np.abs(finite).max() * 0.2, 1e-9) * 0.15
        arrow_up = arrow_down = np.full(len(value), reach)
    who = rows["source"].where(rows["source"] != "", rows["doc_id"]).to_numpy()
    for k, name in enumerate(dict.fromkeys(who)):
        mine = who == name
        style = dict(marker=MARKERS[k % len(MARKERS)], color=f"C{k % 10}", linestyle="none",
                     capsize=3, markersize=7)
        m = mine & span
        ax.errorbar(x[m], value[m], yerr=[value[m] - lo[m], hi[m] - value[m]], label=name, **style)
        m = mine & up  # "at least": an arrow up from the figure
        if m.any():
            ax.errorbar(x[m], value[m], yerr=[np.zeros(m.sum()), arrow_up[m]], lolims=True,
                        **style)
        m = mine & down
        if m.any():
            ax.errorbar(x[m], value[m], yerr=[arrow_down[m], np.zeros(m.sum())], uplims=True,
                        **style)
    if log:
        ax.set_yscale("log")
    if not dated:
        ax.set_xticks(np.arange(len(rows)), [str(d)[:18] for d in rows["doc_id"]],
                      rotation=30, ha="right", fontsize=8)
        ax.set_xlabel("document (undated: in input order)")
    else:
        from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        ax.set_xlabel("published")
    units = rows["series_unit"].unique() if len(rows) else []
    ax.set_ylabel(units[0] if len(units) == 1 else "value")
    ax.set_title(title)
    ax.legend(title="source", fontsize=8, loc="best")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110, format="png")
    _plt().close(fig)
    return Path(path)


def draw_timelines(claims: pd.DataFrame, folder: str | Path, top: int = 5,
                   currency: str | None = None, series: pd.DataFrame | None = None) -> list[Path]:
    """timeline_<series>.png in `folder` for the `top` series with the most claims."""
    frame = series_frame(claims, currency) if series is None else series
    if frame.empty:
        return []
    sizes = frame.groupby("series").size().reset_index(name="n")
    chosen = sizes.sort_values(["n", "series"], ascending=[False, True])["series"].head(top)
    rows = timeline(claims, currency, series=frame)
    written, used = [], set()
    for series in chosen:
        name = safe_name(series)
        while name in used:  # two series that clean to one file name
            name += "_"
        used.add(name)
        fig = timeline_figure(rows[rows["series"] == series].reset_index(drop=True), series)
        written.append(_save(fig, Path(folder) / f"timeline_{name}.png"))
    return written


def conflicts_figure(found: pd.DataFrame, top: int = 15):
    """A figure of how many conflicts each series has, stacked by kind."""
    plt = _plt()
    table = pd.crosstab(found["series"], found["kind"]) if len(found) else pd.DataFrame()
    fig, ax = plt.subplots(figsize=(9, 0.45 * min(max(len(table), 3), top) + 1.6))
    if table.empty:
        ax.text(0.5, 0.5, "no conflicting figures", ha="center", va="center")
        ax.set_axis_off()
    else:
        table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top][::-1]]
        table.index = [s if len(s) <= 40 else s[:39] + "…" for s in table.index]
        table.plot.barh(stacked=True, ax=ax, color={"range": "#c0504d", "magnitude": "#f4a261"},
                        width=0.7)
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("conflicting pairs (count)")
        ax.set_ylabel("series")
        ax.legend(title="kind", fontsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Conflicting figures by series")
    return fig


def draw_conflicts(claims: pd.DataFrame, path: str | Path, top: int = 15,
                   found: pd.DataFrame | None = None) -> Path:
    """The conflicts overview chart; pass `found` if conflicts(claims) was already run."""
    found = conflicts(claims) if found is None else found
    return _save(conflicts_figure(found, top), Path(path))
