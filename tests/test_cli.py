"""The command line through click's CliRunner: output, streams and exit codes (STYLE rule 11)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

CLICK = tuple(int(x) for x in re.findall(r"\d+", version("click"))[:2])

ROOT = Path(__file__).parent.parent
SEED_A = ROOT / "seeds" / "theweek-met-firearms.txt"
SEED_B = ROOT / "seeds" / "guardian-met-firearms.txt"
A, B = str(SEED_A), str(SEED_B)
JSON_KEYS = {"format_version", "sources", "alignments", "findings", "unmatched"}
FAIL_LEVELS = {"conflict": {"conflict"}, "differs": {"conflict", "differs"}, "never": set()}


def run(*args):
    """Invoke the CLI; stdout and stderr are kept apart (click 8.2+ does so by default)."""
    if CLICK < (8, 2):
        runner = CliRunner(mix_stderr=False)   # pragma: no cover - old click
    else:
        runner = CliRunner()
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_json():
    result = run("compare", A, B, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def seed_report(seed_json):
    return json.loads(seed_json)


# --------------------------------------------------------------------------- formats

def test_compare_json(seed_json, seed_report):
    assert JSON_KEYS <= set(seed_report)
    assert seed_report["format_version"] == 2
    assert [s["id"] for s in seed_report["sources"]] == ["A", "B"]
    assert [s["path"] for s in seed_report["sources"]] == [A, B]
    indices = {(s["id"], x["index"]) for s in seed_report["sources"] for x in s["sentences"]}
    for f in seed_report["findings"]:
        assert {"kind", "verdict", "a", "b", "message"} <= set(f)
        assert f["verdict"] in {"agree", "compatible", "differs", "conflict"}
        assert (f["a"]["source"], f["a"]["sentence"]) in indices
        assert (f["b"]["source"], f["b"]["sentence"]) in indices
    for al in seed_report["alignments"]:
        assert all(("A", i) in indices for i in al["a"]) and all(("B", j) in indices for j in al["b"])
    for u in seed_report["unmatched"]:
        assert (u["source"], u["sentence"]) in indices


def test_compare_table():
    result = run("compare", A, B)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    lines = out.splitlines()
    assert lines[:2] == [f"A: {A}", f"B: {B}"]
    # the summary is the first line after the two paths
    assert re.fullmatch(r"\d+ conflicts?, \d+ differences?, \d+ agreements?; \d+ and \d+ statements only in A / B",
                        lines[2])
    positions = [out.index(h) for h in ("\nDiscrepancies (", "\nAgreements (", "\nOnly in A: ", "\nOnly in B: ")]
    assert positions == sorted(positions)
    assert run("compare", A, B, "--format", "table").stdout == out


def test_table_counts_match_the_json(seed_report):
    out = run("compare", A, B).stdout
    verdicts = [f["verdict"] for f in seed_report["findings"]]
    discrepancies = sum(v in ("conflict", "differs") for v in verdicts)
    assert f"Discrepancies ({discrepancies})" in out
    assert f"Agreements ({len(verdicts) - discrepancies})" in out
    only_a = sum(u["source"] == "A" and not u["cited"] for u in seed_report["unmatched"])
    assert f"Only in A: {only_a} statements" in out
    assert f"; {only_a} and " in out.splitlines()[2]


def test_compare_markdown(seed_report):
    result = run("compare", A, B, "--format", "markdown")
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("# ")
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert [re.sub(r" \(\d+\)$|: \d+ statements?$", "", h) for h in headings] == [
        "## Discrepancies", "## Agreements", "## Only in A", "## Only in B"]
    assert f"## Discrepancies ({sum(f['verdict'] in ('conflict', 'differs') for f in seed_report['findings'])})" in out


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_stdout_carries_only_the_report(fmt, tmp_path):
    shown = run("compare", A, B, "--format", fmt)
    written = run("compare", A, B, "--format", fmt, "--output", tmp_path / "r.out")
    assert shown.stderr == "" and written.stderr == ""
    assert shown.stdout == (tmp_path / "r.out").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- exit codes

@pytest.mark.parametrize("level", ["conflict", "differs", "never"])
def test_fail_on(level, seed_report, seed_json):
    result = run("compare", A, B, "--format", "json", "--fail-on", level)
    found = any(f["verdict"] in FAIL_LEVELS[level] for f in seed_report["findings"])
    assert result.exit_code == (1 if found else 0)
    assert result.stdout == seed_json            # the report is printed either way
    assert result.stderr == ""


# ECB+ topic 23 (Sky News, BBC): the same two statements, and the same with the days changed
CLIMBER = ("{head}\n\nRobert Buckley, 32, {verb} while climbing to a hut on Mount Sefton on {day1}.\n\n"
           "His body was recovered by a team of rescuers on {day2} afternoon.\n")


@pytest.fixture()
def small_pair(tmp_path):
    def make(day1="Saturday", day2="Sunday"):
        a, b = tmp_path / "bbc.txt", tmp_path / "sky.txt"
        a.write_text(CLIMBER.format(head="Briton dies on New Zealand mountain", verb="died", day1="Saturday",
                                    day2="Sunday"), encoding="utf-8")
        b.write_text(CLIMBER.format(head="British climber killed in fall", verb="died", day1=day1, day2=day2),
                     encoding="utf-8")
        return a, b
    return make


@pytest.mark.parametrize("level", ["conflict", "differs", "never"])
def test_fail_on_with_a_pair_that_agrees(small_pair, level):
    a, b = small_pair()
    result = run("compare", a, b, "--fail-on", level)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2] == "0 conflicts, 0 differences, 7 agreements; 0 and 0 statements only in A / B"


@pytest.mark.parametrize("level, code", [("conflict", 1), ("differs", 1), ("never", 0)])
def test_fail_on_with_a_pair_that_conflicts(small_pair, level, code):
    a, b = small_pair("Friday", "Monday")
    result = run("compare", a, b, "--fail-on", level, "--format", "json")
    assert result.exit_code == code
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert sorted((f["kind"], f["verdict"], f["a"]["text"], f["b"]["text"]) for f in report["findings"]) == [
        ("date", "conflict", "Saturday", "Friday"),
        ("date", "conflict", "Sunday afternoon", "Monday afternoon"),
        ("entity", "agree", "Mount Sefton", "Mount Sefton"),
        ("entity", "agree", "Robert Buckley, 32", "Robert Buckley, 32"),   # with the words both write after it
        ("entity", "agree", "body was recovered by a team of rescuers", "body was recovered by a team of rescuers"),
        ("entity", "agree", "died while climbing to a hut", "died while climbing to a hut"),
        ("number", "agree", "Robert Buckley, 32", "Robert Buckley, 32"),
    ]


def test_table_exact_output(small_pair, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    a, b = small_pair("Friday", "Sunday")
    result = run("compare", a, b)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == f"""A: {a}
B: {b}
1 conflict, 0 differences, 6 agreements; 0 and 0 statements only in A / B
Findings the tool is at least 0.55 sure of (--min-confidence); 0 candidates not reported (--explain
lists them).

Discrepancies (1)

1. CONFLICT date, 0.91 sure: A: Saturday; B: Friday — different days
   A line 3: Robert Buckley, 32, died while climbing to a hut on Mount Sefton on «Saturday».
   B line 3: Robert Buckley, 32, died while climbing to a hut on Mount Sefton on «Friday».

Agreements (6)
2 of them in 1 sentence both reports print word for word (--verbose lists them)
agree      A line 3 “Robert Buckley, 32” / B line 3 “Robert Buckley, 32”: the same figure (number,
           0.97)
agree      A line 3 “died while climbing to a hut” / B line 3 “died while climbing to a hut”: the
           same words (entity, 0.93)
agree      A line 3 “Robert Buckley, 32” / B line 3 “Robert Buckley, 32”: the same name (entity,
           0.89)
agree      A line 3 “Mount Sefton” / B line 3 “Mount Sefton”: the same name (entity, 0.89)

Only in A: 0 statements

Only in B: 0 statements
"""


def test_fail_on_default_is_never(seed_report):
    assert run("compare", A, B).exit_code == 0


# --------------------------------------------------------------------------- --output

def test_output_writes_the_file_and_makes_folders(tmp_path, seed_json):
    out = tmp_path / "deep" / "er" / "report.json"
    result = run("compare", A, B, "--format", "json", "--output", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""
    first = out.read_bytes()
    assert json.loads(first) == json.loads(seed_json)
    run("compare", A, B, "--format", "json", "-o", out)
    assert out.read_bytes() == first                          # same input, same bytes
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.json"]   # no temporary files left


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_output_is_deterministic(fmt, tmp_path):
    one, two = tmp_path / "1", tmp_path / "2"
    run("compare", A, B, "--format", fmt, "--output", one)
    run("compare", A, B, "--format", fmt, "--output", two)
    assert one.read_bytes() == two.read_bytes()


def test_output_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    out = blocker / "report.json"
    result = run("compare", A, B, "--output", out)
    assert_one_line_error(result, str(out))
    assert result.stdout == ""
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_keep_boilerplate_lists_boilerplate_sentences_but_no_finding_cites_them(seed_report):
    result = run("compare", A, B, "--format", "json", "--keep-boilerplate")
    assert result.exit_code == 0
    kept = json.loads(result.stdout)
    content = {"headline", "standfirst", "body", "caption"}
    roles = {x["role"] for s in kept["sources"] for x in s["sentences"]}
    assert {"credit", "promo", "related", "placeholder"} <= roles
    assert {x["role"] for s in seed_report["sources"] for x in s["sentences"]} <= content
    role_of = {(s["id"], x["index"]): x["role"] for s in kept["sources"] for x in s["sentences"]}
    for f in kept["findings"]:
        assert role_of[(f["a"]["source"], f["a"]["sentence"])] in content
        assert role_of[(f["b"]["source"], f["b"]["sentence"])] in content
    assert finding_keys(kept) == finding_keys(seed_report)


# --------------------------------------------------------------------------- bad input

def bad_files(tmp_path):
    (tmp_path / "folder").mkdir()
    files = {
        "missing": (tmp_path / "missing.txt", None, "no such file"),
        "directory": (tmp_path / "folder", None, "directory"),
        "empty": (tmp_path / "empty.txt", b"", "empty"),
        "whitespace": (tmp_path / "blank.txt", b"  \n\t\r\n   \n", "empty"),
        "binary": (tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary"),
        "latin-1": (tmp_path / "latin.txt", "Caf\u00e9 cr\u00e8me: the Met\u2019s na\u00efve plan.\n"
                    .replace("\u2019", "'").encode("latin-1"), "UTF-8"),
    }
    for path, data, _ in files.values():
        if data is not None:
            path.write_bytes(data)
    return files


BAD = ["missing", "directory", "empty", "whitespace", "binary", "latin-1"]


def assert_one_line_error(result, *needles):
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip("\n").splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.mark.parametrize("which", BAD)
@pytest.mark.parametrize("side", ["a", "b"])
def test_bad_input_is_one_line_naming_the_file(tmp_path, which, side):
    path, _, problem = bad_files(tmp_path)[which]
    args = ("compare", path, B) if side == "a" else ("compare", A, path)
    result = run(*args)
    line = assert_one_line_error(result, str(path), problem)
    assert line.startswith(f"Error: {path}: ")
    assert result.stdout == ""


@pytest.mark.parametrize("which", BAD)
def test_bad_input_leaves_no_output_file(tmp_path, which):
    path, _, _ = bad_files(tmp_path)[which]
    out = tmp_path / "out" / "report.json"
    result = run("compare", A, path, "--format", "json", "--output", out)
    assert result.exit_code == 2
    assert not out.exists()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())   # no half-written temp file


@pytest.mark.parametrize("which", BAD)
def test_facts_bad_input(tmp_path, which):
    path, _, problem = bad_files(tmp_path)[which]
    assert_one_line_error(run("facts", path), str(path), problem)


def test_bad_aliases_file(tmp_path):
    bad = tmp_path / "aliases.toml"
    bad.write_text('[[same]\nnames = ["Met", "Metropolitan police"\n', encoding="utf-8")
    out = tmp_path / "report.json"
    result = run("compare", A, B, "--aliases", bad, "--output", out)
    line = assert_one_line_error(result, str(bad), "TOML")
    assert line.startswith(f"Error: {bad}: ")
    assert not out.exists()


def test_aliases_file_with_the_wrong_shape(tmp_path):
    bad = tmp_path / "aliases.toml"
    bad.write_text('[[same]]\nnames = "Met"\n', encoding="utf-8")
    assert_one_line_error(run("compare", A, B, "--aliases", bad), str(bad))


def test_missing_aliases_file(tmp_path):
    missing = tmp_path / "nope.toml"
    assert_one_line_error(run("compare", A, B, "--aliases", missing), str(missing))


@pytest.mark.parametrize("option", ["--date-a", "--date-b"])
@pytest.mark.parametrize("value", ["2023-13-01", "25/09/2023", "yesterday"])
def test_bad_date(option, value):
    result = run("compare", A, B, option, value)
    assert_one_line_error(result, option, value)
    assert result.stdout == ""


def test_good_dates_are_accepted():
    result = run("compare", A, B, "--date-a", "2023-09-25", "--date-b", "2023-09-24", "--format", "json")
    assert result.exit_code == 0
    json.loads(result.stdout)


def test_unknown_format():
    result = run("compare", A, B, "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "--format" in errors[0] and "xml" in errors[0]


def test_facts_has_no_markdown_format():
    result = run("facts", A, "--format", "markdown")
    assert result.exit_code == 2
    assert "--format" in result.stderr


@pytest.mark.parametrize("tolerance", ["-0.1", "2", "lots"])
def test_bad_tolerance(tolerance):
    result = run("compare", A, B, "--tolerance", tolerance)
    assert result.exit_code == 2
    assert "--tolerance" in result.stderr
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- robustness

def variants(data: bytes) -> dict[str, bytes]:
    text = data.decode("utf-8")
    curly = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    nbsp = text
    for phrase in ("Chris Kaba", "90 to 100", "about 100", "Met police", "Suella Braverman", "Ministry of Defence"):
        nbsp = nbsp.replace(phrase, phrase.replace(" ", "\u00a0"))
    return {
        "bom": b"\xef\xbb\xbf" + data,
        "crlf": data.replace(b"\n", b"\r\n"),
        "nbsp": nbsp.encode("utf-8"),
        "straight-quotes": text.translate(curly).encode("utf-8"),
        "curly-apostrophes": text.replace("'", "\u2019").encode("utf-8"),
        "all-at-once": b"\xef\xbb\xbf" + nbsp.replace("'", "\u2019").replace("\n", "\r\n").encode("utf-8"),
    }


FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def finding_keys(report):
    return sorted((f["kind"], f["verdict"], " ".join(f["a"]["text"].translate(FOLD).split()),
                   " ".join(f["b"]["text"].translate(FOLD).split())) for f in report["findings"])


@pytest.mark.parametrize("variant", ["bom", "crlf", "nbsp", "straight-quotes", "curly-apostrophes", "all-at-once"])
def test_input_variants_give_the_same_findings(tmp_path, variant, seed_report):
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_bytes(variants(SEED_A.read_bytes())[variant])
    pb.write_bytes(variants(SEED_B.read_bytes())[variant])
    result = run("compare", pa, pb, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert finding_keys(json.loads(result.stdout)) == finding_keys(seed_report)


# --------------------------------------------------------------------------- python -m factcheck

def test_python_m_factcheck_prints_the_same_json(seed_json):
    out = subprocess.run([sys.executable, "-m", "factcheck", "compare", A, B, "--format", "json"],
                         cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout == seed_json
    assert out.stderr == ""


SCIPY_PROBE = """
import sys
from factcheck.cli import main
try:
    main(["compare", sys.argv[1], sys.argv[2]], standalone_mode=False)
finally:
    print("scipy.stats" in sys.modules, "nltk" in sys.modules)
try:
    import scipy.stats  # noqa: F401
    print("scipy importable")
except ModuleNotFoundError:
    print("no scipy here")
"""


def test_the_command_line_loads_nltk_without_scipy():
    # nltk's package import would load scipy.stats (when installed) for features factcheck never
    # uses; the command line hides scipy while nltk loads, and scipy imports normally afterwards
    out = subprocess.run([sys.executable, "-c", SCIPY_PROBE, A, B], cwd=ROOT, capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[-2] == "False True"
    assert lines[-1] in ("scipy importable", "no scipy here")


LIBRARY_PROBE = """
import importlib.util, sys
import factcheck.pipeline
# nltk's own import loads scipy.stats when scipy is installed: the library leaves it so, and
# leaves no entry that hides scipy
assert sys.modules.get("scipy", "absent") is not None
print(importlib.util.find_spec("scipy") is not None, "scipy.stats" in sys.modules)
"""


def test_the_library_leaves_nltk_alone():
    # the library API does not hide scipy: a user's process may want nltk's scipy features
    out = subprocess.run([sys.executable, "-c", LIBRARY_PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    installed, loaded = out.stdout.split()
    assert installed == loaded, out.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith("factcheck, version ")
    for args in (["--help"], ["compare", "--help"], ["facts", "--help"], ["-h"]):
        result = run(*args)
        assert result.exit_code == 0 and result.stdout.startswith("Usage: ")


# --------------------------------------------------------------------------- facts

NUMBER_KEYS = {"kind", "text", "start", "end", "value", "interval", "approximate", "unit", "counts"}


@pytest.mark.parametrize("path", [SEED_A, SEED_B], ids=["theweek", "guardian"])
def test_facts_json_offsets_are_into_the_file(path):
    result = run("facts", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["format_version"] == 1            # the facts format
    file_text = path.read_bytes().decode("utf-8")
    kinds = set()
    numbers = 0
    for s in data["sentences"]:
        assert file_text[s["start"]:s["end"]] == s["text"]
        for f in s["facts"]:
            kinds.add(f["kind"])
            assert file_text[f["start"]:f["end"]] == f["text"], f
            assert s["start"] <= f["start"] <= f["end"] <= s["end"] or f["kind"] == "quote"
            if f["kind"] == "number":
                numbers += 1
                assert NUMBER_KEYS <= set(f), f
                assert len(f["interval"]) == 4
    assert numbers > 0
    assert {"number", "entity", "quote"} <= kinds


def test_facts_offsets_with_bom_and_crlf(tmp_path):
    path = tmp_path / "week.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED_A.read_bytes().replace(b"\n", b"\r\n"))
    data = json.loads(run("facts", path, "--format", "json").stdout)
    text = path.read_bytes()[3:].decode("utf-8")      # offsets count from after the byte-order mark
    for s in data["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
        for f in s["facts"]:
            assert text[f["start"]:f["end"]] == f["text"]


@pytest.mark.parametrize("path", [A, B])
def test_facts_table(path):
    result = run("facts", path)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.split()[:4] == ["sentence", "kind", "text", "details"]


def test_facts_table_shows_figures_as_written_and_polarity():
    out = run("facts", B).stdout      # the Guardian seed: "4,000 armed incidents", "unarmed"
    assert "4,000" in out and "counts=incident" in out
    assert "denies 'armed' (un-)" in out


# --------------------------------------------------------------------------- docs match the CLI

README = ROOT / "README.md"


def help_options(*command):
    text = run(*command, "--help").stdout
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", text))


def usage_section(text: str) -> str:
    """The README's usage section: from a heading that says 'usage' to the next heading at its level."""
    lines = text.splitlines()
    for k, line in enumerate(lines):
        m = re.match(r"^(#+)\s+.*\busage\b", line, re.I)
        if m:
            level = len(m.group(1))
            end = next((j for j in range(k + 1, len(lines))
                        if re.match(r"^#{1,%d}\s" % level, lines[j]) and not _in_fence(lines, j)), len(lines))
            return "\n".join(lines[k:end])
    return text


def _in_fence(lines, j):
    return sum(line.lstrip().startswith("```") for line in lines[:j]) % 2 == 1


def documented_options(text: str) -> set[str]:
    """``--options`` in backticks: inline code spans, and factcheck command lines in code blocks."""
    found = set()
    fences = re.findall(r"```[^\n]*\n(.*?)```", text, re.S)
    inline = re.sub(r"```.*?```", "", text, flags=re.S)
    for span in re.findall(r"`([^`\n]+)`", inline):
        if span.lstrip().startswith("--") or "factcheck" in span:
            found |= set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", span))
    for block in fences:
        lines = block.splitlines()
        for k, line in enumerate(lines):
            if "factcheck" in line or (k and lines[k - 1].rstrip().endswith("\\") and "factcheck" in lines[k - 1]):
                found |= set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", line))
    return found


def test_readme_options_exist_in_the_cli():
    if not README.exists():
        pytest.skip("README.md does not exist yet; nothing to check the CLI against")
    documented = documented_options(usage_section(README.read_text(encoding="utf-8")))
    known = help_options("compare") | help_options("facts") | help_options("batch") | help_options("check") | \
        help_options("consensus") | help_options() | {"--version", "--help"}
    assert documented, "README.md's usage section names no --options in backticks"
    assert sorted(documented - known) == []


def test_cli_options_are_documented_in_the_readme():
    if not README.exists():
        pytest.skip("README.md does not exist yet; nothing to check the CLI against")
    documented = documented_options(README.read_text(encoding="utf-8"))
    cli = (help_options("compare") | help_options("facts") | help_options("batch") | help_options("check")
           | help_options("consensus")) - {"--help"}
    assert sorted(cli - documented) == []


def test_documented_options_parser():
    sample = ("# factcheck\n\n## Usage\n\nRun `factcheck compare A B --format json` and see `--fail-on`.\n\n"
              "```\nfactcheck compare a.txt b.txt \\\n    --aliases mine.toml\npython3 score.py --report r.json\n```\n"
              "\n## Scoring\n\n`--report FILE`\n")
    assert documented_options(usage_section(sample)) == {"--format", "--fail-on", "--aliases"}


def test_a_missing_requirement_is_one_line_naming_the_package_and_the_fix(monkeypatch):
    # `python3 -m factcheck` from a checkout whose requirements this Python lacks
    import factcheck.pipeline as pipeline

    def missing(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'rapidfuzz'", name="rapidfuzz")
    monkeypatch.setattr(pipeline, "compare", missing)
    result = run("compare", A, B)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "'rapidfuzz'" in lines[0] and "-m pip install ." in lines[0]
