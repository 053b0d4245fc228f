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


def money_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Money figures by currency and subject, with a total line per currency."""
    cols = ["currency", "subject", "figures", "total", "min", "max", "documents"]
    money = claims[(claims["dimension"] == "currency") & (claims["currency"] != "")]
    rows = []
    for currency, by_currency in money.groupby("currency", sort=True):
        for subject, group in by_currency.groupby("subject", sort=True):
            rows.append({"currency": currency, "subject": subject or "(no subject)",
                         "figures": len(group), "total": group["value"].sum(),
                         "min": group["low"].min(), "max": group["high"].max(),
                         "documents": ";".join(sorted(set(group["doc_id"])))})
        rows.append({"currency": currency, "subject": "TOTAL", "figures": len(by_currency),
                     "total": by_currency["value"].sum(), "min": by_currency["low"].min(),
                     "max": by_currency["high"].max(),
                     "documents": ";".join(sorted(set(by_currency["doc_id"])))})
    return pd.DataFrame(rows, columns=cols)


def errors_table(problems) -> pd.DataFrame:
    """The input problems as a table: file, line, severity, reason."""
    return pd.DataFrame([{"file": p.file, "line": p.line, "severity": p.severity,
                          "reason": p.reason} for p in problems], columns=ERROR_COLUMNS)


def write_reports(claims: pd.DataFrame, problems, out: str | Path, charts: bool = True) -> list[Path]:
    """Write claims.csv/.parquet, subjects.csv, money.csv, errors.csv and the charts."""
    out = Path(out)
    claims = conform(claims)
    written = [
        write_csv(claims, out / "claims.csv"),
        write_parquet(claims, out / "claims.parquet"),
        write_csv(subjects_table(claims), out / "subjects.csv"),
        write_csv(money_table(claims), out / "money.csv"),
        write_csv(errors_table(problems), out / "errors.csv"),
    ]
    if charts:
        from .charts import draw_all

        written += draw_all(claims, out / "charts")
    return written
