"""Charts from the claims table, drawn headless (Agg) and written atomically as PNG."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from .output import atomic_path  # noqa: E402

SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def human(value: float) -> str:
    """A short label for a big number.

    >>> human(2.26e9), human(800e6), human(1500), human(12)
    ('2.26bn', '800m', '1.5k', '12')
    """
    for factor, suffix in SCALES:
        if abs(value) >= factor:
            return f"{value / factor:.3g}{suffix}"
    return f"{value:.3g}"


def _label(text: str, width: int = 38) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110, format="png")
    plt.close(fig)
    return path


def _barh(series: pd.Series, title: str, xlabel: str, path: Path, fmt=human) -> Path:
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(series), 3) + 1.4))
    if series.empty:
        ax.text(0.5, 0.5, "no figures of this kind", ha="center", va="center")
        ax.set_axis_off()
    else:
        series = series.iloc[::-1]
        bars = ax.barh([_label(str(i)) for i in series.index], series.values, color="#3b6ea8")
        for bar, value in zip(bars, series.values):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, " " + fmt(value),
                    va="center", fontsize=9)
        positive = series[series > 0]
        if len(positive) > 1 and positive.max() / positive.min() > 100:
            ax.set_xscale("log")  # 2 civilians beside 12,000 troops: both stay visible
            xlabel += ", log scale"
        else:
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: human(v)))
        ax.set_xlabel(xlabel)
        ax.margins(x=0.18)
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title)
    return _save(fig, path)


def money_by_subject(claims: pd.DataFrame, path: Path, top: int = 15, currency: str = "USD") -> Path:
    """Money figures by subject in one currency (at the article day's rate where there is
    one; otherwise the most common currency as written), labelled with their values."""
    money = claims[(claims["dimension"] == "currency") & (claims["currency"] != "")]
    converted = f"value_{currency.lower()}"
    if converted in money and money[converted].notna().any():
        money = money[money[converted].notna()].assign(plot=money[converted])
        label_currency = f"{currency}, at the day's ECB rate"
    else:
        code = money["currency"].mode().iloc[0] if not money.empty else currency
        money = money[money["currency"] == code].assign(plot=money["value"])
        label_currency = code
    labels = money["subject"].where(money["subject"] != "", money["surface"])
    series = money.assign(label=labels).groupby("label")["plot"].max().nlargest(top)
    return _barh(series, f"Money figures by subject ({label_currency})",
                 f"amount ({label_currency.split(',')[0]})", path)


def counts_by_subject(claims: pd.DataFrame, path: Path, top: int = 15) -> Path:
    """Counts of people and things by subject (troops, civilians, buildings)."""
    counts = claims[(claims["dimension"] == "count") & (claims["subject"] != "")]
    series = counts.groupby("subject")["value"].max().nlargest(top)
    return _barh(series, "Counts of people and things by subject", "count (largest figure)", path)


def figures_per_article(claims: pd.DataFrame, path: Path, top: int = 20) -> Path:
    """How many figures each article holds, stacked by dimension."""
    fig, ax = plt.subplots(figsize=(9, 0.45 * min(max(claims["doc_id"].nunique(), 3), top) + 1.6))
    if claims.empty:
        ax.text(0.5, 0.5, "no figures", ha="center", va="center")
        ax.set_axis_off()
    else:
        table = pd.crosstab(claims["doc_id"], claims["dimension"].replace("", "other"))
        table = table.loc[table.sum(axis=1).nlargest(top).index[::-1]]
        table.index = [_label(str(i), 30) for i in table.index]
        table.plot.barh(stacked=True, ax=ax, colormap="tab20", width=0.7)
        ax.set_xlabel("figures (count)")
        ax.set_ylabel("article")
        ax.legend(title="dimension", bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Figures per article, by dimension")
    return _save(fig, path)


def draw_all(claims: pd.DataFrame, folder: Path, currency: str = "USD") -> list[Path]:
    """Every standard chart into `folder`."""
    folder = Path(folder)
    return [
        money_by_subject(claims, folder / "money_by_subject.png", currency=currency),
        counts_by_subject(claims, folder / "counts_by_subject.png"),
        figures_per_article(claims, folder / "figures_per_article.png"),
    ]
