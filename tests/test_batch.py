"""``factcheck batch``: manifests, workers, records in manifest order, bad pairs, --resume, Dask."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import batch
from factcheck.cli import main

ROOT = Path(__file__).parent.parent
ARTICLES = ROOT / "tests" / "gold" / "articles"
SEEDS = ROOT / "seeds"
PAIRS = [("seed", SEEDS / "theweek-met-firearms.txt", SEEDS / "guardian-met-firearms.txt"),
         ("cheeks", ARTICLES / "5_9ecb.txt", ARTICLES / "5_10ecb.txt"),
         ("climbers", ARTICLES / "23_5ecbplus.txt", ARTICLES / "23_11ecbplus.txt"),
         ("oscar", ARTICLES / "2_4ecb.txt", ARTICLES / "2_7ecb.txt")]


def run(*args):
    return CliRunner().invoke(main, ["batch", *map(str, args)], catch_exceptions=False)


def manifest(folder: Path, pairs=PAIRS, sep="\t", name="pairs.tsv") -> Path:
    """A manifest with paths relative to its folder, as a user writes one."""
    for _, a, b in pairs:
        for p in (a, b):
            if p.exists() and not (folder / p.name).exists():
                shutil.copy(p, folder / p.name)
    lines = [sep.join(["id", "a", "b"])] + [sep.join([i, a.name, b.name]) for i, a, b in pairs]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    """The records of the four pairs, one worker: the reference every engine must equal."""
    folder = tmp_path_factory.mktemp("batch")
    path = manifest(folder)
    result = run(path, "-j", "1")
    assert result.exit_code == 0, result.stderr
    return folder, path, result.stdout


def test_each_pair_is_one_record_in_manifest_order_with_the_compare_report(local):
    folder, _, out = local
    got = records(out)
    assert [r["id"] for r in got] == [i for i, _, _ in PAIRS]
    seed = got[0]["report"]
    assert seed["format"] == "factcheck-report" and seed["findings"]
    # the record's report is what `compare --format json` prints for the pair
    alone = CliRunner().invoke(main, ["compare", str(folder / PAIRS[0][1].name), str(folder / PAIRS[0][2].name),
                                      "--format", "json"])
    assert json.loads(alone.stdout) == seed


def test_worker_processes_give_the_same_bytes_as_one(local):
    _, path, out = local
    result = run(path, "-j", "2")
    assert result.exit_code == 0 and result.stdout == out


def test_a_csv_manifest_with_the_corpus_column_names_and_a_folder_of_pairs_are_read(tmp_path):
    path = manifest(tmp_path, sep=",", name="pairs.csv")
    text = path.read_text().replace("id,a,b", "id,path_a,path_b")
    path.write_text(text)
    assert [p.id for p in batch.read_manifest(str(path))] == [i for i, _, _ in PAIRS]
    folder = tmp_path / "named"
    folder.mkdir()
    shutil.copy(PAIRS[0][1], folder / "met.a.txt")
    shutil.copy(PAIRS[0][2], folder / "met.b.txt")
    got = records(run(folder).stdout)
    assert [(r["id"], r["exit"]) for r in got] == [("met", 0)]


def test_a_bad_pair_is_an_error_record_and_the_others_still_run(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    pairs = PAIRS[:2] + [("broken", tmp_path / "empty.txt", SEEDS / "guardian-met-firearms.txt"),
                         ("gone", tmp_path / "missing.txt", SEEDS / "guardian-met-firearms.txt")] + PAIRS[2:3]
    result = run(manifest(tmp_path, pairs), "-j", "2", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    got = records((tmp_path / "out.jsonl").read_text())
    assert [r["id"] for r in got] == ["seed", "cheeks", "broken", "gone", "climbers"]
    assert got[2]["error"].endswith("empty.txt: is empty") and got[2]["exit"] == 2
    assert got[3]["error"].endswith("missing.txt: no such file")
    assert "report" in got[4]
    assert "errors            2" in result.stderr and "pairs             5" in result.stderr


def test_fail_on_counts_every_pair(local):
    _, path, _ = local
    result = run(path, "--fail-on", "differs")
    got = records(result.stdout)
    assert any(r["exit"] == 1 for r in got)
    assert result.exit_code == 1


def test_resume_keeps_finished_records_and_drops_a_line_cut_short(local, tmp_path):
    folder, path, out = local
    first = out.splitlines()
    target = tmp_path / "out.jsonl"
    # a run killed while writing its third record: two whole lines and half a line
    target.write_text(first[0] + "\n" + first[1] + "\n" + first[2][:100], encoding="utf-8")
    result = run(path, "-o", target, "--resume")
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8") == out
    assert "kept from before  2" in result.stderr


def test_a_manifest_that_cannot_be_read_is_one_line_and_status_2(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("left\tright\nx.txt\ty.txt\n")
    result = run(bad)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"Error: {bad}: has no 'a' or 'b' column (the header line names: left, right)"]
    assert run(tmp_path / "nothing.tsv").exit_code == 2
    assert run(bad, "--resume").stderr.strip() == "Error: --resume needs --output FILE: the records to keep are read from it"


def test_dask_local_cluster_gives_the_same_bytes(local, tmp_path):
    pytest.importorskip("dask.distributed")
    _, path, out = local
    result = run(path, "--engine", "dask", "-j", "2", "-o", tmp_path / "dask.jsonl")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "dask.jsonl").read_text(encoding="utf-8") == out


def test_an_interrupted_run_leaves_the_records_finished_and_status_130(local, tmp_path, monkeypatch):
    _, path, out = local
    real = batch.run_local

    def stopped(pairs, job, workers=1):
        gen = real(pairs, job, 1)
        yield next(gen)
        yield next(gen)
        raise KeyboardInterrupt
    monkeypatch.setattr(batch, "run_local", stopped)
    target = tmp_path / "out.jsonl"
    assert batch.run(str(path), output=str(target)) == batch.INTERRUPTED
    assert target.read_text(encoding="utf-8").splitlines() == out.splitlines()[:2]
    monkeypatch.setattr(batch, "run_local", real)
    assert batch.run(str(path), output=str(target), resume=True) == 0
    assert target.read_text(encoding="utf-8") == out


def test_a_reader_that_stops_reading_stops_the_run_quietly(local):
    # "factcheck batch m.tsv | head -c 10": status 141 (128 + SIGPIPE), no traceback, no error line
    import subprocess
    import sys
    _, path, _ = local
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "batch", str(path), "-j", "1", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == batch.BROKEN_PIPE and "Error" not in err and "Traceback" not in err
