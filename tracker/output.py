"""Safe writing: atomic files, spreadsheet-safe CSV cells, file names that stay in their folder.

Every report goes through `write_csv` / `write_parquet` / `atomic_path`, so a crash never
leaves a half-written file, and a CSV opened in a spreadsheet never runs a formula that an
article smuggled in (OWASP, "CSV Injection").  Parquet keeps the exact text.
"""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

# OWASP: cells starting with these are read as formulas by spreadsheet programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a cell that a spreadsheet would read as a formula with a single quote.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-5"), neutralise("plain")
    ('\\'=HYPERLINK("http://x")', "'-5", 'plain')
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


@contextmanager
def atomic_path(path: str | os.PathLike):
    """Yield a temporary path beside `path`; rename it over `path` only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a frame as CSV, atomically, with text cells neutralised for spreadsheets."""
    safe = frame.copy()
    for name in safe.columns:
        if safe[name].dtype == object or str(safe[name].dtype) == "string":
            safe[name] = safe[name].map(neutralise, na_action="ignore")
    with atomic_path(path) as tmp:
        safe.to_csv(tmp, index=False)
    return Path(path)


def write_parquet(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a frame as Parquet, atomically, text exactly as it is."""
    with atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)
    return Path(path)


def safe_name(name: str, limit: int = 80) -> str:
    """A file name from free text (a doc_id, a series) that cannot leave its folder.

    >>> safe_name("../../etc/x"), safe_name("North Korean special forces / count")
    ('etc_x', 'North_Korean_special_forces_count')
    """
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._-")
    cleaned = re.sub(r"\.{2,}", "_", cleaned)
    return cleaned[:limit] or "unnamed"
