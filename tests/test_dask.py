"""depeche on a real Dask cluster of worker processes (issue #6), as docs/distributed.md shows."""

from __future__ import annotations

import pytest

import depeche

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

TEXTS = [
    "« Nous voterons contre », a déclaré Jeanne Martin.  Le conseil se réunit lundi.",
    "The mayor said the bridge would reopen. “It is safe,” said Tom Baker.",
    None,
    "Il  pleut   sur la ville. Les écoles ferment. « Restez chez vous », a dit le préfet.",
]


def partition_clean(part: pd.DataFrame) -> pd.Series:
    return depeche.clean(part["text"], n_threads=1)


def partition_quotes(part: pd.DataFrame) -> pd.DataFrame:
    return depeche.quotes(part["text"], n_threads=1).reset_index()


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=50
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_map_partitions_on_worker_processes_equals_in_process(client):
    frame = pd.DataFrame({"text": TEXTS * 10}, index=pd.RangeIndex(40, name="doc"))
    ddf = dd.from_pandas(frame, npartitions=4)

    cleaned = ddf.map_partitions(partition_clean, meta=("text", object)).compute()
    pd.testing.assert_series_equal(cleaned, depeche.clean(frame["text"]), check_dtype=False)

    meta = partition_quotes(frame.head(0))
    quotes = ddf.map_partitions(partition_quotes, meta=meta).compute()
    expected = depeche.quotes(frame["text"]).reset_index()
    pd.testing.assert_frame_equal(quotes.reset_index(drop=True), expected, check_dtype=False)

    # The workers are other processes: the work really ran there.
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2
