"""The command line: a thin layer over the library, and the only place that prints or exits."""

from __future__ import annotations

import sys
import time
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
def extract(inputs, out, errors, max_bytes, workers, quiet):
    """Extract the claims table from articles (.txt, .md, folders, .jsonl).

    Example:

        tracker extract data/ --out claims.csv
    """
    from .output import write_csv, write_parquet
    from .reports import errors_table

    started = time.monotonic()
    frame, problems, stats = run(inputs, max_bytes=max_bytes, workers=workers, progress=not quiet)
    _report_problems(problems)
    if out.endswith(".parquet"):
        write_parquet(frame, out)
    else:
        write_csv(frame, out)
    write_csv(errors_table(problems), errors)
    _finish(stats, problems, started)


@cli.command()
@input_options
@click.option("--out", "-o", default="reports", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write the reports into.")
@click.option("--no-charts", is_flag=True, help="Write the tables only.")
def report(inputs, out, no_charts, max_bytes, workers, quiet):
    """Extract and write every report: claims, subjects, money, errors, charts.

    Example:

        tracker report data/ --out reports
    """
    from .reports import write_reports

    started = time.monotonic()
    frame, problems, stats = run(inputs, max_bytes=max_bytes, workers=workers, progress=not quiet)
    _report_problems(problems)
    for path in write_reports(frame, problems, out, charts=not no_charts):
        click.echo(f"wrote {path}", err=True)
    _finish(stats, problems, started)


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
