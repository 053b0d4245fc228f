"""Hostile input files and safe output, end to end through the CLI.

One folder holds every kind of bad file next to good ones; `tracker extract` must skip
each bad one with file, line and reason in errors.csv, read the good ones (UTF-16 and
Windows-1252 included) and exit 1.  Then: formulas smuggled in by an article are defused
in the CSV but kept exactly in the Parquet, names cannot leave their folder, and writes
are atomic.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

from tracker.output import atomic_path, safe_name, write_csv
from tracker.schema import read_table

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
SETPRIV = shutil.which("setpriv")
# Root reads a chmod 000 file anyway (CAP_DAC_OVERRIDE): run the CLI without that power.
DROP_DAC = [SETPRIV, "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search"] if IS_ROOT and SETPRIV else []
CAN_LOCK = not IS_ROOT or bool(DROP_DAC)
NO_LOCK = "running as root without setpriv: chmod 000 cannot stop root from reading"


def tracker(*args: str | Path, cwd: Path, prefix: list[str] | None = None):
    """Run `python -m tracker ARGS` as a user would, and return the finished process."""
    cmd = [*(prefix or []), sys.executable, "-m", "tracker", *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


def tracker_here(*args: str | Path, cwd: Path):
    """Run the CLI in this process (no second spaCy load) from `cwd`; click's result.

    From `cwd`, so a default path (the store's data/tracker.db) never lands in the project.
    """
    from click.testing import CliRunner

    from tracker.cli import cli

    here = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    finally:
        os.chdir(here)


def read_errors(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------------------- the folder


def _write_huge(path: Path, size: int) -> None:
    """A one-line article of `size` bytes, all figures: parsing it would take hours."""
    chunk = "£5m " * 200_000  # 1 MB (the pound sign is two bytes)
    with path.open("w", encoding="utf-8") as f:
        for _ in range(size // len(chunk.encode())):
            f.write(chunk)


def _jsonl(*lines: str, end: str = "\n") -> str:
    return "\n".join(lines) + end


def build_folder(root: Path) -> None:
    """Every hostile file of this test, beside the good articles."""
    (root / "good.txt").write_text("Britain pledged a £2.26bn loan to Ukraine.\n", encoding="utf-8")
    (root / "utf16.txt").write_bytes(
        "Germany sent 5,000 troops and €3bn in aid.\r\n".encode("utf-16"))  # BOM + LE
    (root / "latin1.txt").write_bytes("It cost €12m – a “record” for the café.\n".encode("cp1252"))
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    (root / "nul.txt").write_bytes(b"Sales rose\x00\x00 5% \x00 to \x00\x00 $3bn")
    (root / "empty.txt").write_bytes(b"")
    _write_huge(root / "huge.txt", 50_000_000)
    (root / "self.txt").symlink_to("self.txt")  # a symlink loop
    (root / "sub").mkdir()
    (root / "sub" / "back").symlink_to("..", target_is_directory=True)  # a folder loop
    (root / "sub" / "deep.md").write_text("---\ntitle: Deep\n---\nOfficials said 42 people died.\n")
    os.mkfifo(root / "fifo.txt")  # reading it would wait for a writer forever
    locked = root / "locked.txt"
    locked.write_text("It cost £1m.\n")
    locked.chmod(0)
    (root / "mixed.jsonl").write_text(_jsonl(
        json.dumps({"id": "j1", "text": "Officials said 300 people were evacuated."}),
        json.dumps({"id": "j2", "title": "A line without text"}),
        '{"id": "j3", "text": "malformed: the quote never closes}',
        json.dumps({"id": "j4", "text": "The fund holds $7.5bn."}),
        "[" * 100_000,  # nested past the JSON decoder's recursion limit
        json.dumps({"id": "j6", "text": "It cost \ud800 £6m."}),  # a lone surrogate, escaped
    ), encoding="utf-8")
    (root / "truncated.jsonl").write_text(_jsonl(
        json.dumps({"id": "t1", "text": "Police arrested 12 people."}),
        '{"id": "t2", "text": "The deal is worth £4',
        end="",
    ), encoding="utf-8")
    with (root / "hugeline.jsonl").open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "h1", "text": "£5m " * 1_300_000}) + "\n")  # 6.5 MB
        f.write(json.dumps({"id": "h2", "text": "Turnout rose to 67%."}) + "\n")


class Expected(NamedTuple):
    file: str  # the name, relative to the folder
    line: int
    severity: str
    reason: str  # a part of the reason


PROBLEMS = [
    Expected("binary.txt", 0, "error", "binary content"),
    Expected("nul.txt", 0, "error", "binary content"),
    Expected("empty.txt", 0, "error", "empty file"),
    Expected("huge.txt", 0, "error", "50000000 bytes is over the limit of 5000000"),
    Expected("self.txt", 0, "error", "cannot read: Too many levels of symbolic links"),
    Expected("fifo.txt", 0, "error", "not a regular file"),
    Expected("locked.txt", 0, "error", "cannot read: Permission denied"),
    Expected("mixed.jsonl", 2, "error", "no 'text'"),
    Expected("mixed.jsonl", 3, "error", "malformed JSON"),
    Expected("mixed.jsonl", 5, "error", "malformed JSON"),
    Expected("truncated.jsonl", 2, "error", "(the file ends mid-line)"),
    Expected("hugeline.jsonl", 1, "error", "line is over the limit of 5000000 bytes"),
    Expected("latin1.txt", 0, "warning", "read as Windows-1252"),
    Expected("mixed.jsonl", 6, "warning", "lone surrogate"),
    Expected("sub/back", 0, "warning", "symlinked folder not followed"),
]


class Figure(NamedTuple):
    doc_id: str
    value: float
    currency: str = ""


FIGURES = [
    Figure("good", 2.26e9, "GBP"),
    Figure("utf16", 5000),
    Figure("utf16", 3e9, "EUR"),
    Figure("latin1", 12e6, "EUR"),
    Figure("deep", 42),
    Figure("j1", 300),
    Figure("j4", 7.5e9, "USD"),
    Figure("j6", 6e6, "GBP"),
    Figure("t1", 12),
    Figure("h2", 67),
]


class Run(NamedTuple):
    folder: Path
    proc: subprocess.CompletedProcess
    errors: list[dict]
    claims: pd.DataFrame


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Run:
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "in"
    folder.mkdir()
    build_folder(folder)
    if not CAN_LOCK:
        (folder / "locked.txt").unlink()
    proc = tracker("extract", folder, "--out", base / "claims.csv", "--errors",
                   base / "errors.csv", "-q", cwd=base, prefix=DROP_DAC)
    assert (base / "claims.csv").exists(), proc.stderr
    return Run(folder, proc, read_errors(base / "errors.csv"), read_table(base / "claims.csv"))


def test_run_exits_1_when_something_was_skipped(hostile):
    assert hostile.proc.returncode == 1, hostile.proc.stderr
    assert "Traceback" not in hostile.proc.stderr
    assert f"{sum(p.severity == 'error' for p in PROBLEMS) - (not CAN_LOCK)} skipped" in (
        hostile.proc.stderr)


def _id(e: Expected) -> str:
    return f"{e.file}:{e.line}-{e.severity}"


@pytest.mark.parametrize("expected", PROBLEMS, ids=_id)
def test_bad_input_is_listed_in_errors_csv(hostile, expected):
    if expected.file == "locked.txt" and not CAN_LOCK:
        pytest.skip(NO_LOCK)
    rows = [r for r in hostile.errors
            if Path(r["file"]) == hostile.folder / expected.file
            and r["line"] == str(expected.line)]
    assert rows, f"{expected.file}:{expected.line} missing from errors.csv: {hostile.errors}"
    assert [r["severity"] for r in rows] == [expected.severity]
    assert expected.reason in rows[0]["reason"]


def test_errors_csv_lists_nothing_else(hostile):
    listed = {(Path(r["file"]).relative_to(hostile.folder).as_posix(), int(r["line"]))
              for r in hostile.errors}
    assert listed == {(e.file, e.line) for e in PROBLEMS if CAN_LOCK or e.file != "locked.txt"}


@pytest.mark.parametrize("figure", FIGURES, ids=lambda f: f"{f.doc_id}-{f.value:g}{f.currency}")
def test_good_articles_figures_are_in_claims_csv(hostile, figure):
    rows = hostile.claims[hostile.claims["doc_id"] == figure.doc_id]
    match = rows[(rows["value"] - figure.value).abs() <= 1e-9 * figure.value]
    assert len(match) == 1, rows[["doc_id", "surface", "value", "currency"]].to_string()
    assert match["currency"].iloc[0] == figure.currency


def test_skipped_files_give_no_figures(hostile):
    read = set(hostile.claims["doc_id"])
    assert read == {f.doc_id for f in FIGURES}


def test_max_bytes_option(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    long = "Ministers said " + "very " * 40 + "many: 350 soldiers.\n"
    (folder / "long.txt").write_text(long)
    (folder / "short.txt").write_text("It cost £5m.\n")
    (folder / "lines.jsonl").write_text(_jsonl(
        json.dumps({"id": "l1", "text": "A long line of " + "words " * 40 + "and 80 tanks."}),
        json.dumps({"id": "l2", "text": "Just 9 ships."}),
    ))
    result = tracker_here("extract", folder, "--out", tmp_path / "claims.csv", "--errors",
                          tmp_path / "errors.csv", "--max-bytes", "100", "-q", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    errors = {(Path(r["file"]).name, r["line"]): r["reason"]
              for r in read_errors(tmp_path / "errors.csv")}
    assert errors == {
        ("long.txt", "0"): f"{len(long)} bytes is over the limit of 100 (--max-bytes)",
        ("lines.jsonl", "1"): "line is over the limit of 100 bytes (--max-bytes)",
    }
    claims = read_table(tmp_path / "claims.csv")
    assert sorted(zip(claims["doc_id"], claims["value"])) == [("l2", 9.0), ("short", 5e6)]


# ---------------------------------------------------------------------------- safe output

INJECTION = "=cmd|' /C calc'!A0 cost $5m"


def test_csv_cells_are_defused_and_parquet_keeps_the_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "inj.md").write_text(
        f'---\ntitle: =HYPERLINK("http://evil.example","click")\n---\n{INJECTION}\n',
        encoding="utf-8")
    result = tracker_here("report", folder, "--db", tmp_path / "tracker.db", "--out",
                          tmp_path / "reports", "--no-charts", "-q", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    with (tmp_path / "reports" / "claims.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["sentence"] for r in rows] == ["'" + INJECTION]
    assert rows[0]["title"] == "'" + '=HYPERLINK("http://evil.example","click")'
    assert rows[0]["surface"] == "$5m"
    exact = pd.read_parquet(tmp_path / "reports" / "claims.parquet")
    assert list(exact["sentence"]) == [INJECTION]
    assert list(exact["value"]) == [5e6]


CELLS = [
    ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
    ("+44 20 7946 0958", "'+44 20 7946 0958"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+9)", "'@SUM(1+9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    # Regression: a bare CR was written unquoted, so a spreadsheet began a new row (and
    # a formula) after it.
    ("Sales rose 5%\r=cmd|' /C calc'!A0", "Sales rose 5%\r=cmd|' /C calc'!A0"),
    ("two\nlines", "two\nlines"),
    ("Britain pledged a £2.26bn loan", "Britain pledged a £2.26bn loan"),
    ("", ""),
    # a plain signed number is no formula: a claim's surface stays its text ("-0.1%")
    ("-0.1%", "-0.1%"),
    ("+3.5", "+3.5"),
    ("-1,200", "-1,200"),
    ("-5+cmd", "'-5+cmd"),
    ("-0.1%)+A1", "'-0.1%)+A1"),
]
# Regression: pandas 3 gives text the "str" dtype, which the check for "string" missed.
DTYPES = ["string", "str", object, "category"]


@pytest.mark.parametrize("dtype", DTYPES, ids=str)
@pytest.mark.parametrize("cell, written", CELLS, ids=repr)
def test_write_csv_defuses_formula_cells(tmp_path, cell, written, dtype):
    frame = pd.DataFrame({"text": pd.Series([cell], dtype=dtype), "n": [1.5]})
    write_csv(frame, tmp_path / "t.csv")
    with (tmp_path / "t.csv").open(newline="", encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == [{"text": written, "n": "1.5"}]


@pytest.mark.parametrize("name", [
    "../../etc/x", "..", ".", "/etc/passwd", "a/../../b", "..\\..\\windows\\system32",
    "C:\\Windows\\win.ini", "~/.ssh/id_rsa", "nul\x00byte", "CON", "aux.csv", "",
    "x" * 500, "é/../ü", "\u202eexe.txt", ".hidden", "-rf",
], ids=repr)
def test_safe_name_stays_in_its_folder(tmp_path, name):
    safe = safe_name(name)
    assert safe and len(safe) <= 80
    assert not set(safe) & set("/\\\x00:"), safe
    assert safe not in (".", "..") and not safe.startswith((".", "-"))
    target = (tmp_path / safe).resolve()
    assert target.parent == tmp_path.resolve()
    target.write_text("ok")  # the file system agrees
    assert [p.name for p in tmp_path.iterdir()] == [safe]


def test_atomic_path_writes_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out" / "claims.csv"
    with atomic_path(target) as tmp:
        assert tmp.parent == target.parent and tmp != target
        tmp.write_text("new")
        assert not target.exists()  # nothing shows before the block succeeds
    assert target.read_text() == "new"
    assert os.listdir(target.parent) == ["claims.csv"]


@pytest.mark.parametrize("existed", [True, False], ids=["over-old-file", "no-old-file"])
def test_atomic_path_keeps_the_target_when_the_writer_fails(tmp_path, existed):
    target = tmp_path / "claims.csv"
    if existed:
        target.write_text("old")
    with pytest.raises(RuntimeError, match="half-way"), atomic_path(target) as tmp:
        tmp.write_text("half-writ")
        raise RuntimeError("the writer died half-way")
    assert os.listdir(tmp_path) == (["claims.csv"] if existed else [])
    if existed:
        assert target.read_text() == "old"


def test_atomic_path_gives_the_usual_file_mode(tmp_path):
    """Regression: mkstemp's owner-only 0600 made every report unreadable to the group."""
    umask = os.umask(0o022)
    try:
        with atomic_path(tmp_path / "r.csv") as tmp:
            tmp.write_text("x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "r.csv").stat().st_mode) == 0o644


def test_utf16_jsonl_is_read(tmp_path):
    """PowerShell 5 writes UTF-16: each line must still be one article."""
    path = tmp_path / "ps.jsonl"
    path.write_bytes(_jsonl(json.dumps({"id": "p1", "text": "It cost £5m."}),
                            json.dumps({"id": "p2", "text": "Turnout was 67%."})).encode("utf-16"))
    from tracker.sources import read_inputs

    items = list(read_inputs([path]))
    assert [(a.doc_id, a.text) for a in items] == [
        ("p1", "It cost £5m."), ("p2", "Turnout was 67%.")]


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16", b""), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32", b""),
    ("utf-32-be", codecs.BOM_UTF32_BE), ("utf-8-sig", b""),
])
def test_text_with_a_bom_is_read(tmp_path, encoding, bom):
    """Regression: UTF-16 was judged binary (its NUL bytes), UTF-32-LE decoded as UTF-16."""
    from tracker.sources import read_inputs

    path = tmp_path / "a.txt"
    path.write_bytes(bom + "Britain pledged a £2.26bn loan.".encode(encoding))
    assert [getattr(x, "text", x) for x in read_inputs([path])] == [
        "Britain pledged a £2.26bn loan."]
