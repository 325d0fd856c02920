"""Many pairs in one run: a manifest → one JSON record per pair, in manifest order.

``factcheck batch`` reads a manifest (:func:`read_manifest`), compares every pair with
:func:`run_pair` on worker processes (:func:`run_local`) or on a Dask cluster
(:func:`run_dask`), and :func:`run` writes one JSON line per pair as soon as it and every pair
before it are done, so an interrupted run leaves a valid JSON Lines file of the pairs finished
and ``--resume`` (:func:`finished_ids`) goes on from there. One bad pair (a missing file, a
binary file, an empty one) is an ``error`` record, never the end of the run.

A record is ``{"id", "a", "b", "exit", "report"}`` or ``{"id", "a", "b", "exit": 2, "error"}``:
``report`` is the JSON report of ``factcheck compare --format json`` (the same contract),
``exit`` what ``compare --fail-on`` would have returned for the pair. The bytes of a record
depend only on the pair and the options, never on the engine, the worker or the time.
Each worker keeps the analyses of the articles it met last (an article is in many pairs).
Cost: one comparison per pair, one analysis per article and worker; workers start once
(about 0.5 s each, the imports).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime
import json
import os
import sys
import time
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import IO, Iterator, Optional, Sequence

from . import exit_code
from .errors import FactcheckError, InputError
from .load import load_article
from .pipeline import Analysis, Options, analyse, compare_analyses
from .report.data import report_data

COLUMNS = ("a", "b")


@dataclass(frozen=True)
class Pair:
    """One line of a manifest: two report files (paths as the workers will open them)."""

    id: str
    a: str
    b: str
    date_a: Optional[datetime.date] = None
    date_b: Optional[datetime.date] = None


@dataclass(frozen=True)
class Job:
    """What every pair is compared with: the options, ``--explain`` and ``--fail-on``."""

    options: Options = Options()
    explain: bool = False
    fail_on: str = "never"


def read_manifest(path: str) -> list[Pair]:
    """The pairs of a manifest: a TSV or CSV file with ``a`` and ``b`` columns (or ``path_a``
    and ``path_b``; optional ``id``, ``date_a``, ``date_b``; other columns are ignored), paths
    relative to the manifest's folder; or a folder of
    ``NAME.a.txt`` / ``NAME.b.txt`` files (id ``NAME``). A manifest that cannot be read is an
    :class:`InputError` naming the file (and the line); a pair's own files are read later,
    by its worker.

    >>> read_manifest("no/such/manifest.tsv")
    Traceback (most recent call last):
    ...
    factcheck.errors.InputError: no/such/manifest.tsv: no such file or folder
    """
    if os.path.isdir(path):
        return _folder(path)
    if not os.path.exists(path):
        raise InputError(path, "no such file or folder")
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot be read as a UTF-8 manifest ({exc.__class__.__name__})") from None
    lines = text.splitlines()
    if not lines:
        raise InputError(path, "is empty; a manifest needs a header line with 'a' and 'b' columns")
    delimiter = "\t" if "\t" in lines[0] else ","
    rows = csv.DictReader(lines, delimiter=delimiter)
    header = [h.strip() for h in (rows.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header and f"path_{c}" not in header]
    if missing:
        raise InputError(path, f"has no {' or '.join(repr(c) for c in missing)} column "
                               f"(the header line names: {', '.join(header) or 'nothing'})")
    named = {c: c if c in header else f"path_{c}" for c in COLUMNS}
    folder = os.path.dirname(path)
    pairs, seen = [], set()
    for number, row in enumerate(rows, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        row.update({c: row.get(named[c], "") for c in COLUMNS})
        if not any(row.values()):
            continue
        if not row.get("a") or not row.get("b"):
            raise InputError(path, f"line {number}: both 'a' and 'b' are needed")
        pair_id = row.get("id") or str(len(pairs) + 1)
        if pair_id in seen:
            raise InputError(path, f"line {number}: the id {pair_id!r} is used twice")
        seen.add(pair_id)
        pairs.append(Pair(pair_id, os.path.join(folder, row["a"]), os.path.join(folder, row["b"]),
                          _date(path, number, "date_a", row.get("date_a")),
                          _date(path, number, "date_b", row.get("date_b"))))
    if not pairs:
        raise InputError(path, "lists no pairs")
    return pairs


def _date(path: str, number: int, column: str, value: Optional[str]) -> Optional[datetime.date]:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(path, f"line {number}: {column} {value!r} is not a date like 2023-09-25") from None


def _folder(path: str) -> list[Pair]:
    names = sorted(os.listdir(path))
    stems = [n[:-len(".a.txt")] for n in names if n.endswith(".a.txt")]
    pairs = [Pair(s, os.path.join(path, s + ".a.txt"), os.path.join(path, s + ".b.txt")) for s in stems]
    if not pairs:
        raise InputError(path, "holds no NAME.a.txt / NAME.b.txt pairs")
    return pairs


@dataclass(frozen=True)
class Result:
    """One pair done: its JSON record (``line``, no newline) and what the summary counts."""

    line: str
    exit: int
    conflicts: int = 0
    differences: int = 0
    error: bool = False


def run_pair(pair: Pair, job: Job) -> Result:
    """One pair compared. Bad input is an ``error`` record; nothing raises but a bug in the tool."""
    head = {"id": pair.id, "a": pair.a, "b": pair.b}
    options = job.options
    if pair.date_a or pair.date_b:
        options = _dated(options, pair)
    try:
        report = compare_analyses(_analysis(pair.a, options.date_a, options.tolerance),
                                  _analysis(pair.b, options.date_b, options.tolerance), options=options)
    except FactcheckError as exc:
        return Result(_line({**head, "exit": 2, "error": exc.message}), 2, error=True)
    data = report_data(report, explain=job.explain)
    code = exit_code(report, job.fail_on)
    s = data["summary"]
    return Result(_line({**head, "exit": code, "report": data}), code, s["conflict"], s["conflict"] + s["differs"])


# the analyses of the articles this process met last: an article is in many pairs of a batch
# (the ECB+ manifest meets each about eleven times), and its analysis does not depend on the other
_ANALYSES: "OrderedDict[tuple, Analysis]" = OrderedDict()
ANALYSES_KEPT = 128


def _analysis(path: str, published: Optional[datetime.date], tolerance: float) -> Analysis:
    """The analysis of the file at ``path``, from this process's cache when the file has not
    changed since (same size and modification time)."""
    try:
        st = os.stat(path)
        key = (os.path.abspath(path), st.st_size, st.st_mtime_ns, published, tolerance)
    except OSError:
        key = None             # load_article says what is wrong with it
    if key in _ANALYSES:
        _ANALYSES.move_to_end(key)
        return _ANALYSES[key]
    found = analyse(load_article(path), published=published, tolerance=tolerance)
    if key is not None:
        _ANALYSES[key] = found
        if len(_ANALYSES) > ANALYSES_KEPT:
            _ANALYSES.popitem(last=False)
    return found


def _dated(options: Options, pair: Pair) -> Options:
    return dataclasses.replace(options, date_a=pair.date_a or options.date_a, date_b=pair.date_b or options.date_b)


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _run_chunk(pairs: Sequence[Pair], job: Job) -> list[Result]:
    return [run_pair(p, job) for p in pairs]


def _chunks(pairs: Sequence[Pair], workers: int) -> list[list[Pair]]:
    """Runs of consecutive pairs, a few per worker turn (at most eight: a manifest lists an
    article's pairs together, and one worker then analyses it once)."""
    size = max(1, min(8, len(pairs) // (max(1, workers) * 4)))
    return [list(pairs[k:k + size]) for k in range(0, len(pairs), size)]


def run_local(pairs: Sequence[Pair], job: Job, workers: int = 1) -> Iterator[Result]:
    """The records of ``pairs`` in order, computed by ``workers`` processes (1: in this one).
    Pairs go to workers a few at a time; a record is yielded once all before it are done."""
    if workers <= 1 or len(pairs) <= 1:
        for p in pairs:
            yield run_pair(p, job)
        return
    chunks = _chunks(pairs, workers)
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for lines in pool.map(_run_chunk, chunks, [job] * len(chunks)):
            yield from lines
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def run_dask(pairs: Sequence[Pair], job: Job, scheduler: Optional[str] = None, workers: int = 2) -> Iterator[Result]:
    """The records of ``pairs`` in order, computed on a Dask cluster: the scheduler at
    ``scheduler`` (``tcp://host:8786``), or a local cluster of ``workers`` processes when it
    is None. The workers must reach the pairs' files by the paths of the manifest."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise FactcheckError("the dask engine needs dask.distributed: pip install 'factcheck[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
    except OSError as exc:
        raise FactcheckError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        futures = client.map(_run_chunk, _chunks(pairs, workers), job=job, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def finished_ids(path: str) -> set[str]:
    """The ids of the records already in an output file, for ``--resume``. A last line cut
    short by a kill is dropped from the file (its pair runs again); any other line that is not
    a record is an :class:`InputError`."""
    if not os.path.exists(path):
        return set()
    with open(path, "rb") as fh:
        data = fh.read()
    ids, keep = set(), 0
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            ids.add(str(json.loads(raw)["id"]))
        except (ValueError, KeyError, TypeError):
            if number == len(lines):       # cut short by an interruption: drop it
                break
            raise InputError(path, f"line {number} is not a batch record; is it the output of factcheck batch?") from None
        keep += len(raw) + 1
    if keep < len(data):
        with open(path, "r+b") as fh:
            fh.truncate(keep)
    return ids


@dataclass
class Tally:
    """What the closing table counts, one record at a time (the records are not kept)."""

    pairs: int = 0
    conflicts: int = 0
    differences: int = 0
    errors: int = 0

    def add(self, result: Result) -> None:
        self.pairs += 1
        self.errors += result.error
        self.conflicts += result.conflicts > 0
        self.differences += result.differences > 0

    def rows(self, seconds: float) -> list[tuple[str, object]]:
        """The closing table's rows: pairs, with conflicts, with differences, errors, time."""
        return [("pairs", self.pairs), ("with conflicts", self.conflicts), ("with differences", self.differences),
                ("errors", self.errors), ("time", f"{seconds:.1f} s"),
                ("pairs per second", f"{self.pairs / seconds:.1f}" if seconds > 0 else "–")]


INTERRUPTED = 130       # the shell's status for a run stopped by Ctrl-C
BROKEN_PIPE = 141       # ... and for one whose reader closed the pipe (128 + SIGPIPE)


def run(manifest: str, job: Job = Job(), *, output: str = "-", jobs: int = 1, engine: str = "local",
        scheduler: Optional[str] = None, resume: bool = False, progress: bool = False,
        log: Optional[IO[str]] = None) -> int:
    """Compare every pair of ``manifest`` and write the records to ``output`` ("-": stdout),
    each line flushed as it is written; print the closing summary table to ``log``. Returns
    the exit status over all pairs: 2 when a pair could not be compared, else 1 when a pair
    failed ``job.fail_on``, else 0; 130 when interrupted (the file then holds the records of
    the pairs finished, and ``resume`` goes on from there); 141, silently, when the reader of
    stdout closed it."""
    from tabulate import tabulate
    from tqdm import tqdm
    pairs = read_manifest(manifest)
    done = finished_ids(output) if resume and output != "-" else set()
    todo = [p for p in pairs if p.id not in done]
    if output == "-":
        sink = sys.stdout
    else:
        try:
            folder = os.path.dirname(os.path.abspath(output))
            os.makedirs(folder, exist_ok=True)
            sink = open(output, "a" if resume else "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise FactcheckError(f"{output}: cannot write the records ({exc.strerror or exc})") from None
    records = run_dask(todo, job, scheduler, jobs) if engine == "dask" else run_local(todo, job, jobs)
    bar = tqdm(total=len(pairs), initial=len(pairs) - len(todo), unit="pair", file=log or sys.stderr,
               disable=not progress, dynamic_ncols=True)
    started, tally, code, written = time.perf_counter(), Tally(), 0, 0
    try:
        for result in records:
            sink.write(result.line + "\n")
            sink.flush()
            written += 1
            tally.add(result)
            code = max(code, result.exit)
            bar.update(1)
    except BrokenPipeError:
        # the reader of stdout stopped ("factcheck batch m.tsv | head"): stop as quietly as it did
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    except KeyboardInterrupt:
        if log:
            print(f"interrupted: {written} of {len(todo)} pairs written"
                  + (f" to {output}; --resume goes on from there" if output != "-" else ""), file=log)
        return INTERRUPTED
    finally:
        bar.close()
        records.close()
        if sink is not sys.stdout:
            sink.close()
    if log:
        rows = tally.rows(time.perf_counter() - started)
        if done:
            rows.insert(1, ("kept from before", len(pairs) - len(todo)))
        print(tabulate(rows, tablefmt="simple"), file=log)
    return code
