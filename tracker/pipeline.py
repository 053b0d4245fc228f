"""The whole run: inputs read, claims extracted (in one or more processes), table built."""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

import pandas as pd

from .extract import extract_articles
from .schema import COLUMNS, Article, Claim, to_frame
from .sources import DEFAULT_MAX_BYTES, Problem, problem_for, read_inputs


def split_problems(items: Iterable[Article | Problem], problems: list[Problem]) -> Iterator[Article]:
    """Articles from a stream of articles and problems; the problems go to `problems`."""
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
        else:
            yield item


def extract_chunk(articles: list[Article]) -> tuple[list[list[Claim] | None], list[Problem]]:
    """The claims of each article, and the problems met: an article that makes the
    extractor fail gets None and an error naming its file and line, and the others are
    kept; the chunk is extracted as a whole first, article by article only if that fails.
    A figure whose subject, actor or source rules fail is kept, with a warning."""
    problems: list[Problem] = []
    try:
        return list(extract_articles(articles, problems=problems)), problems
    except Exception:  # noqa: BLE001 - find the article at fault, keep the rest
        pass
    claims: list[list[Claim] | None] = []
    problems = []
    for article in articles:
        found: list[Problem] = []
        try:
            claims.append(next(iter(extract_articles([article], problems=found))))
        except Exception as e:  # noqa: BLE001 - reported, the run goes on
            claims.append(None)
            found = [problem_for(article, f"extraction failed: {type(e).__name__}: {e}")]
        problems += found
    return claims, problems


def claims_or_none(articles: Iterable[Article], problems: list[Problem], workers: int = 1
                   ) -> Iterator[list[Claim] | None]:
    """The claims of each article in order, across `workers` processes, None for one the
    extractor failed on; the problems met go to `problems` (an `Extractor` for
    `Store.add`)."""
    return (claims for _article, claims in iter_claims(articles, workers=workers,
                                                        problems=problems))


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _preloaded_context():
    """Where processes fork (Linux), load the models once here: every worker inherits them,
    copy-on-write, instead of spending seconds loading its own."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    from .extract import _parser
    from .gazetteer import known
    from .units import lexicon

    _parser()
    lexicon()
    known("London")  # the place names
    # Out of the collector's sight: its passes would write to every object's header and
    # so copy the models' pages into each worker (the gc.freeze docs' advice for fork).
    gc.freeze()
    return multiprocessing.get_context("fork")


# Chunks in flight a worker: results come back in input order, so while the main process
# waits on one slow chunk the workers must have others to get on with.
AHEAD = 4


def iter_claims(articles: Iterable[Article], workers: int = 1, chunk_size: int = 64,
                problems: list[Problem] | None = None
                ) -> Iterator[tuple[Article, list[Claim] | None]]:
    """Each article with its claims, in input order, across `workers` processes; the
    problems met (see `extract_chunk`) go to `problems`, and an article the extractor
    failed on comes with None.

    A chunk of 64 articles gives spaCy a few hundred sentences to batch; smaller ones
    cost the workers more page faults and CPU than they save at the end of a run
    (bbc-500, 2 workers: 16 articles a chunk, 203,000 minor faults; 64, 43,000).
    """
    problems = [] if problems is None else problems

    def settled(chunk, result):
        claims, found = result
        problems.extend(found)
        return zip(chunk, claims)

    chunks = _chunks(iter(articles), chunk_size)
    if workers <= 1:
        for chunk in chunks:
            yield from settled(chunk, extract_chunk(chunk))
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_preloaded_context()) as pool:
        pending = []
        for chunk in chunks:
            pending.append((chunk, pool.submit(extract_chunk, chunk)))
            if len(pending) >= workers * AHEAD:
                chunk0, future = pending.pop(0)
                yield from settled(chunk0, future.result())
        for chunk0, future in pending:
            yield from settled(chunk0, future.result())


def _record(claim: Claim) -> dict:
    # the table's columns only: dataclasses.asdict deep-copies every field, `extra` too
    return {name: getattr(claim, name) for name in COLUMNS}


def run(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1,
        progress: bool = True) -> tuple[pd.DataFrame, list[Problem], dict]:
    """Read, extract and tabulate; returns the claims table, the problems and counts."""
    from tqdm import tqdm

    problems: list[Problem] = []
    articles = split_problems(read_inputs(inputs, max_bytes=max_bytes), problems)
    rows: list[dict] = []
    n_articles = 0
    bar = tqdm(desc="articles", unit=" art", disable=not progress or not sys.stderr.isatty(),
               file=sys.stderr)
    with bar:
        for _article, claims in iter_claims(articles, workers=workers, problems=problems):
            if claims is not None:  # None: failed, reported in `problems`
                n_articles += 1
                rows.extend(map(_record, claims))
            bar.update(1)
            bar.set_postfix(figures=len(rows), refresh=False)
    return to_frame(rows), problems, {"articles": n_articles, "claims": len(rows)}
