"""Reports from the claims table: the table itself, subjects, money, errors.

Pure frame-to-frame functions (`subjects_table`, `money_table`) and one writer,
`write_reports`, that puts every file in the reports folder atomically.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .output import write_csv, write_parquet
from .schema import conform

ERROR_COLUMNS = ["file", "line", "severity", "reason"]


def _latest(group: pd.DataFrame) -> float:
    dated = group.sort_values(["published", "doc_id", "start"])
    return float(dated["value"].iloc[-1])


def subjects_table(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per subject and unit: how many figures, their range, the latest, which docs."""
    cols = ["subject", "subject_key", "unit", "currency", "figures", "min", "max", "latest",
            "documents"]
    named = claims[claims["subject"] != ""]
    if named.empty:
        return pd.DataFrame(columns=cols)
    keyed = named.assign(key=named["subject_key"].where(named["subject_key"] != "", named["subject"]))
    rows = []
    for (key, unit, currency), group in keyed.groupby(["key", "unit", "currency"], sort=True):
        rows.append({
            "subject": group["subject"].mode().iloc[0], "subject_key": key, "unit": unit,
            "currency": currency, "figures": len(group), "min": group["low"].min(),
            "max": group["high"].max(), "latest": _latest(group),
            "documents": ";".join(sorted(set(group["doc_id"]))),
        })
    return pd.DataFrame(rows, columns=cols).sort_values(["figures", "subject"], ascending=[False, True])


def money_table(claims: pd.DataFrame, currency: str = "USD") -> pd.DataFrame:
    """Money figures by currency and subject, with totals, and in one currency where a
    rate of the article's day exists (column total_<currency>)."""
    converted = f"value_{currency.lower()}"
    cols = ["currency", "subject", "figures", "total", "min", "max", f"total_{currency.lower()}",
            "documents"]
    money = claims[(claims["dimension"] == "currency") & (claims["currency"] != "")]
    if converted not in money:
        money = money.assign(**{converted: float("nan")})

    def row(currency_code, subject, group):
        return {"currency": currency_code, "subject": subject, "figures": len(group),
                "total": group["value"].sum(), "min": group["low"].min(), "max": group["high"].max(),
                f"total_{currency.lower()}": group[converted].sum(min_count=len(group)),
                "documents": ";".join(sorted(set(group["doc_id"])))}

    rows = []
    for code, by_currency in money.groupby("currency", sort=True):
        for subject, group in by_currency.groupby("subject", sort=True):
            rows.append(row(code, subject or "(no subject)", group))
        rows.append(row(code, "TOTAL", by_currency))
    return pd.DataFrame(rows, columns=cols)


def errors_table(problems) -> pd.DataFrame:
    """The input problems as a table: file, line, severity, reason."""
    return pd.DataFrame([{"file": p.file, "line": p.line, "severity": p.severity,
                          "reason": p.reason} for p in problems], columns=ERROR_COLUMNS)


def write_reports(claims: pd.DataFrame, problems, out: str | Path, charts: bool = True,
                  currency: str = "USD") -> list[Path]:
    """Write every report: the claims table (with money in one currency), subjects, money,
    errors, the timeline and conflicts of tracked series, and the charts."""
    from .fx import add_fx, check_pairs
    from .tracking import conflicts, series_frame, timeline

    out = Path(out)
    claims = conform(claims)
    table = check_pairs(add_fx(claims, to=currency))
    series = series_frame(claims, currency)  # once, for the timeline, conflicts and charts
    found = conflicts(claims, currency=currency, series=series)
    found = found[(found["kind"] != "range") | (found["ratio"] >= MIN_CONFLICT_RATIO)]
    written = [
        write_csv(table, out / "claims.csv"),
        write_parquet(table, out / "claims.parquet"),
        write_csv(subjects_table(claims), out / "subjects.csv"),
        write_csv(money_table(table, currency), out / "money.csv"),
        write_csv(timeline(claims, currency=currency, series=series), out / "timeline.csv"),
        write_csv(found, out / "conflicts.csv"),
        write_csv(errors_table(problems), out / "errors.csv"),
    ]
    if charts:
        from .charts import draw_all
        from .tracking import draw_conflicts, draw_timelines

        written += draw_all(table, out / "charts", currency=currency)
        written += draw_timelines(claims, out / "charts", currency=currency, series=series)
        written.append(draw_conflicts(claims, out / "charts" / "conflicts.png", found=found))
    return written


# Two exact figures within a few per cent of each other are rounding, not a dispute.
MIN_CONFLICT_RATIO = 1.1
