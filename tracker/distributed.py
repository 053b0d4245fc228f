"""The same extraction on a Dask cluster, written as a folder of Parquet parts.

The driver reads the inputs (streaming, as `pipeline.run` does) and cuts the articles into
partitions; each partition is extracted on a worker with `extract.extract_articles` and
written there as `out_dir/part-00000.parquet`, `part-00001.parquet`, ... in input order, so
`pandas.read_parquet(out_dir)` and `dask.dataframe.read_parquet(out_dir)` read the claims
table back.  With a remote scheduler the workers need `tracker` installed and `out_dir` on
a filesystem they share with the driver.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from .schema import Article, to_frame
from .sources import DEFAULT_MAX_BYTES, Problem, read_inputs

PARTITION_SIZE = 64  # articles a partition when `partitions` is not given
_PART = re.compile(r"part-\d{5}\.parquet")


def part_name(index: int) -> str:
    """The file name of one partition.

    >>> part_name(7)
    'part-00007.parquet'
    """
    return f"part-{index:05d}.parquet"


def extract_partition(articles: list[Article], index: int, out_dir: str
                      ) -> tuple[int, int, int, list[Problem]]:
    """Extract one partition, write its Parquet part; (index, articles, claims, problems).

    An article that makes the extractor fail is left out and reported, not fatal (see
    `pipeline.extract_chunk`).
    """
    from .output import write_parquet
    from .pipeline import extract_chunk

    claims, problems = extract_chunk(articles)
    rows = [c for found in claims if found for c in found]
    write_parquet(to_frame(rows), Path(out_dir) / part_name(index))
    return index, len(articles), len(rows), problems


def _count_articles(inputs: list[str], max_bytes: int) -> int:
    return sum(isinstance(item, Article) for item in read_inputs(inputs, max_bytes=max_bytes))


def _partitions(items: Iterable[Article | Problem], size: int,
                problems: list[Problem]) -> Iterator[list[Article]]:
    """Runs of `size` articles; the problems met on the way go to `problems`."""
    chunk: list[Article] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _clear_parts(out_dir: Path) -> None:
    """Remove the parts an earlier run left, so the folder reads back as this run only."""
    for path in out_dir.iterdir():
        if _PART.fullmatch(path.name):
            path.unlink()


def run_dask(inputs: Iterable[str | os.PathLike], out_dir: str | os.PathLike,
             scheduler: str | None = None, partitions: int | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """Extract on Dask and write out_dir/part-NNNNN.parquet; returns the run's stats.

    `scheduler`: a scheduler address ("tcp://10.0.0.5:8786") or a scheduler file (.json);
    None starts a local cluster of 2 worker processes, one thread each, for this call.
    `partitions`: how many parts to write, at most (the inputs are read once more to
    count the articles); None cuts one part every PARTITION_SIZE articles.
    The stats: "articles", "claims", "partitions", "workers", "files" (the parts, in
    order) and "problems" (Problem records: inputs skipped while reading, articles the
    extractor failed on), as `pipeline.run` reports them.
    """
    from distributed import Client, LocalCluster, wait

    from .output import write_parquet

    paths = [str(p) for p in inputs]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clear_parts(out)
    size = PARTITION_SIZE
    if partitions is not None:
        if partitions < 1:
            raise ValueError(f"partitions must be at least 1, not {partitions}")
        size = max(1, -(-_count_articles(paths, max_bytes) // partitions))

    problems: list[Problem] = []
    done: list[tuple[int, int, int, list[Problem]]] = []
    run_id = uuid.uuid4().hex[:8]
    cluster = client = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        elif str(scheduler).endswith(".json"):
            client = Client(scheduler_file=str(scheduler))
        else:
            client = Client(scheduler)
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        in_flight: list = []
        index = -1
        for index, chunk in enumerate(_partitions(read_inputs(paths, max_bytes=max_bytes),
                                                  size, problems)):
            in_flight.append(client.submit(extract_partition, chunk, index, str(out),
                                           key=f"tracker-{run_id}-part-{index:05d}",
                                           pure=False))
            # Keep a few partitions queued a worker, not the whole corpus in memory.
            if len(in_flight) >= 2 * n_workers:
                finished, pending = wait(in_flight, return_when="FIRST_COMPLETED")
                done.extend(f.result() for f in finished)
                in_flight = list(pending)
        done.extend(f.result() for f in in_flight)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    n_parts = index + 1
    if n_parts == 0:  # nothing to extract: one empty part, so the folder reads as a table
        write_parquet(to_frame([]), out / part_name(0))
        n_parts = 1
    done.sort(key=lambda d: d[0])
    for *_counts, found in done:
        problems.extend(found)
    return {"articles": sum(d[1] for d in done), "claims": sum(d[2] for d in done),
            "partitions": n_parts, "workers": n_workers,
            "files": [str(out / part_name(i)) for i in range(n_parts)], "problems": problems}
