"""The claims table: one record a figure, its columns and their types, in one place.

Every writer and reader of the table goes through `to_frame` / `read_table`, so a table
written to CSV or Parquet and read back is the same frame.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, dataclass
from typing import Literal, get_args

import pandas as pd

Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than"]
Change = Literal["", "up", "down"]
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
CHANGES: tuple[str, ...] = get_args(Change)


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: its text and whatever metadata came with it."""

    doc_id: str
    text: str
    title: str = ""
    source: str = ""
    published: str = ""  # ISO date, or empty when the input does not say
    url: str = ""
    origin: str = ""  # the file (and line) it was read from, for messages


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in text: the raw characters kept beside the normalised value."""

    start: int
    end: int
    surface: str
    value: float
    low: float
    high: float
    qualifier: Qualifier = "exact"
    change: Change = ""
    unit: str = ""
    dimension: str = ""
    currency: str = ""
    noun: str = ""  # the counted noun written right after a count ("troops"), if any

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad offsets {self.start}:{self.end} for {self.surface!r}")
        for name in ("value", "low", "high"):
            if not math.isfinite(getattr(self, name)):
                raise ValueError(f"{name} of {self.surface!r} is not finite")
        if not self.low <= self.value <= self.high:
            raise ValueError(f"{self.surface!r}: low {self.low} <= value {self.value} <= high {self.high} fails")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"{self.surface!r}: unknown qualifier {self.qualifier!r}")
        if self.change not in CHANGES:
            raise ValueError(f"{self.surface!r}: unknown change {self.change!r}")


@dataclass(frozen=True, slots=True)
class Claim:
    """One row of the claims table: a figure, what it is about, who acts and who says so."""

    claim_id: str
    doc_id: str
    start: int
    end: int
    surface: str
    value: float
    low: float
    high: float
    qualifier: str
    change: str
    unit: str
    dimension: str
    currency: str
    subject: str = ""
    subject_key: str = ""
    actor: str = ""
    attribution: str = ""
    location: str = ""
    sentence: str = ""
    title: str = ""
    source: str = ""
    published: str = ""
    url: str = ""
    base_value: float | None = None
    base_unit: str = ""


def claim_id(doc_id: str, start: int, end: int) -> str:
    """A stable id from the document and the offsets.

    >>> claim_id("seed", 10, 17)
    'c-1b645dcca81eebd5'
    """
    digest = hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]
    return f"c-{digest}"


# Column name -> pandas dtype.  The order is the table's column order.
COLUMNS: dict[str, str] = {
    "claim_id": "string",
    "doc_id": "string",
    "title": "string",
    "source": "string",
    "published": "string",
    "url": "string",
    "start": "int64",
    "end": "int64",
    "surface": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "qualifier": "string",
    "change": "string",
    "unit": "string",
    "dimension": "string",
    "currency": "string",
    "subject": "string",
    "subject_key": "string",
    "actor": "string",
    "attribution": "string",
    "location": "string",
    "sentence": "string",
    "base_value": "float64",
    "base_unit": "string",
}


def to_frame(claims) -> pd.DataFrame:
    """Build the typed claims table from Claim records (or dicts with the same keys)."""
    rows = [asdict(c) if not isinstance(c, dict) else c for c in claims]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return conform(frame)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a frame exactly the table's columns and types; text columns never hold NA."""
    frame = frame.reindex(columns=list(COLUMNS))
    for name, dtype in COLUMNS.items():
        if dtype == "string":
            frame[name] = frame[name].astype("string").fillna("")
        else:
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(dtype)
    return frame.reset_index(drop=True)


def read_table(path) -> pd.DataFrame:
    """Read a claims table written as CSV or Parquet back into the typed frame."""
    path = str(path)
    if path.endswith(".parquet"):
        return conform(pd.read_parquet(path))
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[])
    return conform(frame)
