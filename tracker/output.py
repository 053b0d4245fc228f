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
    """Prefix a cell that a spreadsheet would read as a formula with a single quote; a plain
    signed number ("-0.1%", "+3.5") is no formula and stays as written, so that a claim's
    surface still equals its text.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-5+cmd"), neutralise("plain")
    ('\\'=HYPERLINK("http://x")', "'-5+cmd", 'plain')
    >>> neutralise("-0.1%"), neutralise("+3.5")
    ('-0.1%', '+3.5')
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_START) \
            and not _SIGNED_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


# a number with its sign and nothing a formula needs: "-0.1%", "+3.5", "-1,200"
_SIGNED_NUMBER = re.compile(r"[-+]\d[\d,]*(?:\.\d+)?%?")


@contextmanager
def atomic_path(path: str | os.PathLike):
    """Yield a temporary path beside `path`; rename it over `path` only on success.

    The file gets the mode a plain open() would give it (mkstemp's is owner-only), and is
    flushed to disk before the rename, so the target is always the old file or the new one.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(tmp, _default_mode())
        yield Path(tmp)
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _default_mode() -> int:
    """0o666 less the process umask (which can only be read by setting it)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    r"""Write a frame as CSV, atomically, with text cells neutralised for spreadsheets.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = write_csv(pd.DataFrame({"text": ["ok\r=1+1", "=2"]}), path)
    >>> path.read_bytes()
    b'text\r\n"ok\r=1+1"\r\n\'=2\r\n'
    """
    safe = frame.copy()
    for name in safe.columns:
        column = safe[name]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(object)
        # pandas 3 gives plain text the "str" dtype: every StringDtype is text, not only "string"
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            safe[name] = column.map(neutralise, na_action="ignore")
    with atomic_path(path) as tmp:
        # CRLF, as RFC 4180 has it: the writer quotes a cell holding any line-end character,
        # so a bare "\r=cmd|..." cannot start a new row (and a formula) in a spreadsheet.
        safe.to_csv(tmp, index=False, lineterminator="\r\n")
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
    >>> safe_name(".."), safe_name("CON"), safe_name("nul.csv")
    ('unnamed', '_CON', '_nul.csv')
    """
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._-")
    cleaned = re.sub(r"\.{2,}", "_", cleaned)[:limit]
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned[:limit - 1]  # "CON", "nul.csv": devices on Windows
    return cleaned or "unnamed"


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
             *(f"LPT{i}" for i in range(10))}
