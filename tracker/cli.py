"""The command line: a thin layer over the library, and the only place that prints or exits."""

from __future__ import annotations

import sys
import time
from functools import partial
from pathlib import Path

import click

from . import __version__
from .pipeline import run
from .sources import DEFAULT_MAX_BYTES, Problem

EXIT_SKIPPED = 1


def input_options(f):
    """Options shared by every command that reads articles."""
    f = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                     show_default=True, help="Skip an article larger than this.")(f)
    f = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Processes to extract with.")(f)
    f = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(f)
    return click.argument("inputs", nargs=-1, required=True, type=click.Path())(f)


def _report_problems(problems: list[Problem]) -> None:
    for p in problems:
        where = f"{p.file}:{p.line}" if p.line else p.file
        click.echo(f"{p.severity}: {where}: {p.reason}", err=True)


def _finish(stats, problems: list[Problem], started: float) -> None:
    skipped = sum(1 for p in problems if p.severity == "error")
    click.echo(
        f"{stats['articles']} articles, {stats['claims']} figures, {skipped} skipped, "
        f"{time.monotonic() - started:.1f}s", err=True)
    if skipped:
        sys.exit(EXIT_SKIPPED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tracker")
def cli():
    """Find the figures in news articles and track them: values, units, subjects, sources."""


@cli.command()
@input_options
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False),
              help="Claims table to write (.csv or .parquet).")
@click.option("--errors", type=click.Path(dir_okay=False), default="reports/errors.csv",
              show_default=True, help="Where skipped inputs are listed.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: run on a Dask cluster; --out is then a folder of Parquet parts.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786 or a scheduler .json); none: a LocalCluster.")
@click.option("--partitions", type=click.IntRange(min=1), help="Dask: how many Parquet parts.")
def extract(inputs, out, errors, engine, scheduler, partitions, max_bytes, workers, quiet):
    """Extract the claims table from articles (.txt, .md, folders, .jsonl).

    Example:

        tracker extract data/ --out claims.csv
        tracker extract feed.jsonl --engine dask --scheduler tcp://10.0.0.5:8786 --out claims/
    """
    from .output import write_csv, write_parquet
    from .reports import errors_table

    started = time.monotonic()
    if engine == "dask":
        from .distributed import run_dask

        try:
            stats = run_dask(inputs, out, scheduler=scheduler, partitions=partitions,
                             max_bytes=max_bytes)
        except (OSError, TimeoutError) as e:
            raise click.ClickException(f"dask scheduler {scheduler or 'LocalCluster'}: {e}") from e
        problems = stats["problems"]
        _report_problems(problems)
        write_csv(errors_table(problems), errors)
        click.echo(f"wrote {stats['partitions']} parts to {out}", err=True)
        _finish(stats, problems, started)
        return
    frame, problems, stats = run(inputs, max_bytes=max_bytes, workers=workers, progress=not quiet)
    _report_problems(problems)
    if out.endswith(".parquet"):
        write_parquet(frame, out)
    else:
        write_csv(frame, out)
    write_csv(errors_table(problems), errors)
    _finish(stats, problems, started)


def db_option(f):
    """The store's path, shared by the commands that use it."""
    return click.option("--db", type=click.Path(dir_okay=False), default="data/tracker.db",
                        show_default=True, help="The SQLite store of articles and claims.")(f)


def _add(inputs, db, max_bytes, quiet, force=False, workers=1):
    """Read inputs into the store; returns the store, the problems and the counts."""
    from tqdm import tqdm

    from .pipeline import claims_or_none, split_problems
    from .sources import read_inputs
    from .store import Store

    problems: list[Problem] = []
    articles = split_problems(read_inputs(inputs, max_bytes=max_bytes), problems)
    store = Store(db)
    bar = tqdm(desc="articles", unit=" art", disable=quiet or not sys.stderr.isatty(),
               file=sys.stderr)
    with bar:
        result = store.add(articles, force=force,
                           extract=partial(claims_or_none, problems=problems, workers=workers),
                           progress=lambda _a, _status, _n: bar.update(1))
    _report_problems(problems)
    return store, problems, result


@cli.command()
@input_options
@db_option
@click.option("--force", is_flag=True, help="Re-extract articles already stored unchanged.")
def add(inputs, db, force, max_bytes, workers, quiet):
    """Add articles to the store; unchanged ones are skipped, edited ones replaced.

    Each article is written in its own transaction: a run killed at any point leaves the
    store as it was before the article in flight, and a new run goes on from there.

    Example:

        tracker add data/ --db data/tracker.db
    """
    from .store import StoreError

    started = time.monotonic()
    try:
        store, problems, result = _add(inputs, db, max_bytes, quiet, force, workers)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    failed = (f", {result.failed} failed (left as stored, tried again next run)"
              if result.failed else "")
    click.echo(f"{result.added} added, {result.replaced} replaced, {result.unchanged} unchanged"
               f"{failed}; {len(store.claims())} claims in {db}", err=True)
    store.close()
    _finish({"articles": result.added + result.replaced + result.unchanged,
             "claims": result.claims}, problems, started)


@cli.command()
@db_option
@click.option("--out", "-o", default="reports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for claims.csv and claims.parquet.")
def export(db, out):
    """Write the claims table from the store as CSV and Parquet.

    Example:

        tracker export --db data/tracker.db --out reports
    """
    from .output import write_csv, write_parquet
    from .store import Store, StoreError

    try:
        with Store(db, create=False) as store:
            frame = store.claims()
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    for path in (write_csv(frame, Path(out) / "claims.csv"),
                 write_parquet(frame, Path(out) / "claims.parquet")):
        click.echo(f"wrote {path}", err=True)


@cli.command()
@input_options
@db_option
@click.option("--out", "-o", default="reports", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write the reports into.")
@click.option("--currency", default="USD", show_default=True,
              help="The one currency money is also shown in (ECB rate of the article's day).")
@click.option("--no-charts", is_flag=True, help="Write the tables only.")
def report(inputs, db, out, currency, no_charts, max_bytes, workers, quiet):
    """Add articles to the store, then write every report from the whole store: claims,
    subjects, money, timeline, conflicts, errors and charts.

    Example:

        tracker report data/ --db data/tracker.db --out reports
    """
    from .reports import write_reports
    from .store import StoreError

    started = time.monotonic()
    try:
        store, problems, result = _add(inputs, db, max_bytes, quiet, workers=workers)
        frame = store.claims()
        store.close()
        paths = write_reports(frame, problems, out, charts=not no_charts, currency=currency.upper())
    except (StoreError, ValueError) as e:
        raise click.ClickException(str(e)) from e
    for path in paths:
        click.echo(f"wrote {path}", err=True)
    _finish({"articles": result.added + result.replaced + result.unchanged,
             "claims": len(frame)}, problems, started)


@cli.command(name="eval")
@click.argument("bench", type=click.Path(exists=True, file_okay=False))
@click.option("--show", metavar="SET", help="Also list the misses and false positives of SET.")
@click.option("--limit", default=40, show_default=True, help="How many errors to list.")
def evaluate_cmd(bench, show, limit):
    """Score the tracker on every *.input.jsonl in BENCH with BENCH/score.py.

    Example:

        tracker eval ../shared/bench --show newsquant-dev
    """
    from .evaluate import evaluate, format_errors, format_table

    try:
        results, errors = evaluate(Path(bench), show=show)
    except (OSError, ValueError) as e:
        raise click.ClickException(str(e)) from e
    click.echo(format_table(results))
    if show:
        click.echo(format_errors(errors, limit))


def main() -> None:
    """Entry point of the `tracker` console script."""
    cli()
