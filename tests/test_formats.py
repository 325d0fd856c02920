"""The reading formats (table, markdown, html, github), the JSON schema and the settings files,
driven through the CLI with CliRunner on the seed pair and on small real-sentence pairs."""
from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from test_cli import A, B, ROOT, run

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(resources.files("factcheck").joinpath("data/report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# ECB+ topic 23 (Sky News, BBC), as in test_cli, with the day changed in B
CLIMBER = ("{head}\n\nRobert Buckley, 32, died while climbing to a hut on Mount Sefton on {day}.\n\n"
           "His body was recovered by a team of rescuers on Sunday afternoon.\n")


@pytest.fixture()
def pair(tmp_path):
    a, b = tmp_path / "bbc.txt", tmp_path / "sky.txt"
    a.write_text(CLIMBER.format(head="Briton dies on New Zealand mountain", day="Saturday"), encoding="utf-8")
    b.write_text(CLIMBER.format(head="British climber killed in fall", day="Friday"), encoding="utf-8")
    return a, b


def lines_of(path) -> list[str]:
    return Path(path).read_text(encoding="utf-8").split("\n")


# --------------------------------------------------------------------------- table

@pytest.mark.parametrize("columns", [60, 80, 120])
def test_table_fits_the_terminal(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = run("compare", A, B, "--explain", "--show-unmatched").stdout
    assert max(len(line) for line in out.splitlines()) <= columns


def test_table_speaks_plain_words(monkeypatch):
    """Figures and counted things as written, no interval notation, no stems; --verbose adds
    the tool's own terms."""
    monkeypatch.setenv("COLUMNS", "200")
    out = run("compare", A, B).stdout
    assert "more than 100 officers" in out
    assert not re.search(r"[\[(]\d[\d,.]*, (\d|∞)", out), "an interval in the plain table"
    assert "∞" not in out
    assert "100 officer;" not in out and "100 officer " not in out
    verbose = run("compare", A, B, "--verbose").stdout
    assert "(100, ∞)" in verbose


def test_table_lines_are_the_files_lines(monkeypatch):
    """'A line 12' is the 12th line of A as a text editor numbers it, and holds the span."""
    monkeypatch.setenv("COLUMNS", "400")
    out = run("compare", A, B).stdout
    files = {"A": lines_of(A), "B": lines_of(B)}
    cited = re.findall(r"([AB]) line (\d+) “([^”]{1,40})”", out)
    assert len(cited) > 20
    for source, line, span in cited:
        assert span.replace("’", "'")[:20] in files[source][int(line) - 1].replace("’", "'"), (source, line, span)


def test_a_sentence_in_a_finding_is_never_only_in_one_report():
    # ECB+ topic 9 (two reports of one rule change): unaligned sentences that share a name
    a, b = (ROOT / "tests" / "gold" / "articles" / name for name in ("9_1ecb.txt", "9_4ecb.txt"))
    out = run("compare", a, b, "--show-unmatched", "--format", "markdown").stdout
    report = json.loads(run("compare", a, b, "--format", "json").stdout)
    text = {(s["id"], x["index"]): x["text"] for s in report["sources"] for x in s["sentences"]}
    cited = {text[(side["source"], side["sentence"])] for f in report["findings"] for side in (f["a"], f["b"])}
    listed = re.findall(r"^- [AB] line \d+: (.*)$", out, re.M)
    assert listed and not set(listed) & cited
    # the JSON keeps them in "unmatched" (not aligned), marked as cited
    assert any(u["cited"] for u in report["unmatched"])


def test_only_in_is_folded_unless_asked(pair):
    a, b = pair
    b.write_text(b.read_text(encoding="utf-8") + "\nThe Alpine Club said the route was one of the hardest in the park.\n",
                 encoding="utf-8")
    folded = run("compare", a, b).stdout
    assert "Only in B: 1 statement (--show-unmatched lists them)" in folded
    assert "Alpine Club said" not in folded
    listed = run("compare", a, b, "--show-unmatched").stdout
    assert "B line 7: The Alpine Club said the route was one of the hardest in the park." in listed


def test_colour_only_when_asked_or_on_a_terminal(monkeypatch):
    assert "\x1b[" not in run("compare", A, B).stdout                 # CliRunner is no terminal
    assert "\x1b[" in run("compare", A, B, "--color", "always").stdout
    assert "\x1b[" not in run("compare", A, B, "--color", "always", "--format", "markdown").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("compare", A, B, "--color", "auto").stdout


def test_table_marks_both_spans(pair):
    out = run("compare", *pair).stdout
    assert "1. CONFLICT date, 0.91 sure: A: Saturday; B: Friday — different days" in out
    assert "A line 3: Robert Buckley, 32, died while climbing to a hut on Mount Sefton on «Saturday»." in out
    assert "B line 3: Robert Buckley, 32, died while climbing to a hut on Mount Sefton on «Friday»." in out


# --------------------------------------------------------------------------- markdown

def test_markdown_has_the_summary_first_and_bold_spans(pair):
    out = run("compare", *pair, "--format", "markdown").stdout
    lines = [line for line in out.splitlines() if line]
    assert lines[1] == "**1 conflict, 0 differences, 6 agreements; 0 and 0 statements only in A / B**"
    assert "- **B line 3**: Robert Buckley, 32, died while climbing to a hut on Mount Sefton on **Friday**." in out
    assert "| agree | A line 3: Robert Buckley, 32 | B line 3: Robert Buckley, 32 | the same name | entity | 0.89 |" in out


def test_markdown_escapes_the_articles_text(pair):
    a, b = pair
    for path in pair:
        path.write_text(path.read_text(encoding="utf-8").replace("a hut", "a *hut* | <b>x</b>"), encoding="utf-8")
    out = run("compare", a, b, "--format", "markdown").stdout
    assert "<b>" not in out and "\\<b\\>" in out
    assert "\\*hut\\*" in out


# --------------------------------------------------------------------------- json schema

@pytest.mark.parametrize("extra", [[], ["--explain"], ["--min-confidence", "0"]])
def test_json_validates_against_the_shipped_schema(extra):
    report = json.loads(run("compare", A, B, "--format", "json", *extra).stdout)
    assert list(VALIDATOR.iter_errors(report)) == []


@pytest.mark.parametrize("gold", sorted((ROOT / "tests" / "gold").glob("*.gold.json")), ids=lambda p: p.stem)
def test_json_of_the_gold_pairs_validates(gold):
    spec = json.loads(gold.read_text(encoding="utf-8"))
    articles = ROOT / "tests" / "gold" / "articles"
    a, b = (articles / Path(spec[k]).name for k in ("a", "b"))
    if not a.exists():
        a, b = (ROOT / spec[k] for k in ("a", "b"))
    report = json.loads(run("compare", a, b, "--format", "json", "--explain").stdout)
    assert list(VALIDATOR.iter_errors(report)) == []


def test_the_schema_can_fail():
    report = json.loads(run("compare", A, B, "--format", "json").stdout)
    report["findings"][0]["verdict"] = "maybe"
    del report["summary"]["agree"]
    assert len(list(VALIDATOR.iter_errors(report))) == 2


# --------------------------------------------------------------------------- github

def test_github_annotations(pair):
    a, b = pair
    result = run("compare", a, b, "--format", "github", "--fail-on", "conflict")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (f"::error file={b},line=3,title=factcheck%3A date conflict (0.91 sure)::“Friday” here, "
                        f"“Saturday” in {a} line 3: A: Saturday; B: Friday — different days")
    assert lines[-1].startswith("::notice title=factcheck::1 conflict, 0 differences")
    assert len(lines) == 2


def test_github_differences_are_warnings_and_text_cannot_forge_a_command():
    out = run("compare", A, B, "--format", "github").stdout
    found = [line for line in out.splitlines() if line.startswith("::warning ")]
    report = json.loads(run("compare", A, B, "--format", "json").stdout)
    assert len(found) == sum(f["verdict"] == "differs" for f in report["findings"]) > 0
    assert all(re.match(r"::warning file=[^,]+,line=\d+,title=[^:]+::", line) for line in found)
    assert all("\n" not in line for line in found)


# --------------------------------------------------------------------------- html (without a browser)

def test_html_is_one_self_contained_file(tmp_path):
    out = tmp_path / "r.html"
    assert run("compare", A, B, "--format", "html", "-o", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page), "the page loads nothing from outside"
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page
    assert page.count("<mark ") > 10 and 'data-s="A' in page and 'data-s="B' in page


HOSTILE = ("Police say <script>window.pwned = 1</script> 40 people were hurt.\n\n"
           "<img src=x onerror=\"window.pwned = 2\"> A spokesman said </textarea><a href=\"javascript:window.pwned=3\">"
           "the count</a> was 40.\n")


def test_html_escapes_a_hostile_article(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HOSTILE, encoding="utf-8")
    b.write_text(HOSTILE.replace("40", "45"), encoding="utf-8")
    page = run("compare", a, b, "--format", "html").stdout
    assert "<script>window" not in page and "<img" not in page and "<a href" not in page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in re.sub(r"<[^>]+>", "", page)   # marks may cut it


# --------------------------------------------------------------------------- exit codes

def test_fail_on_unmatched(pair):
    a, b = pair
    b.write_text(CLIMBER.format(head="British climber killed in fall", day="Saturday"), encoding="utf-8")
    assert run("compare", a, b, "--fail-on", "unmatched").exit_code == 0
    b.write_text(b.read_text(encoding="utf-8") + "\nThe Alpine Club said the route was one of the hardest in the park.\n",
                 encoding="utf-8")
    assert run("compare", a, b, "--fail-on", "differs").exit_code == 0
    assert run("compare", a, b, "--fail-on", "unmatched").exit_code == 1


# --------------------------------------------------------------------------- settings files

@pytest.mark.parametrize("name, text", [
    ("factcheck.toml", 'min-confidence = 0.95\nfail-on = "conflict"\n'),
    ("factcheck.toml", '[tool.factcheck]\nmin_confidence = 0.95\nfail-on = "conflict"\n'),
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nmin-confidence = 0.95\nfail-on = "conflict"\n'),
    ("setup.cfg", "[metadata]\nname = x\n\n[tool:factcheck]\nmin-confidence = 0.95\nfail-on = conflict\n"),
])
def test_settings_file_found_upwards(tmp_path, monkeypatch, pair, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    deep = tmp_path / "articles" / "today"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    a, b = pair
    result = run("compare", a, b, "--format", "json")
    assert result.exit_code == 0                               # 0.91 < 0.95: nothing reported, nothing fails
    assert json.loads(result.stdout)["min_confidence"] == 0.95
    result = run("compare", a, b, "--format", "json", "--min-confidence", "0.5")   # the command line wins
    assert result.exit_code == 1                               # fail-on conflict from the file
    assert json.loads(result.stdout)["min_confidence"] == 0.5


def test_settings_aliases_path_is_relative_to_the_file(tmp_path, monkeypatch, pair):
    (tmp_path / "kb.toml").write_text('[synonyms]\nclimber = ["mountaineer"]\n', encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('aliases = "kb.toml"\n', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert run("compare", *pair).exit_code == 0


@pytest.mark.parametrize("text, message", [
    ("min-confidence = 2\n", "factcheck.toml: min-confidence: 2.0 is not in the range 0<=x<=1."),
    ('fail-on = "sometimes"\n', "factcheck.toml: fail-on: 'sometimes' is not one of"),
    ("colour = \"always\"\n", "factcheck.toml: unknown setting 'colour'"),
    ("min-confidence = [\n", "factcheck.toml: cannot read the config file"),
])
def test_bad_settings_are_one_line_naming_file_and_key(tmp_path, monkeypatch, pair, text, message):
    (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("compare", *pair)
    assert result.exit_code == 2
    assert result.stdout == ""
    err = result.stderr.strip()
    assert "\n" not in err and message in err and "Traceback" not in err


def test_config_option_names_the_file(tmp_path, pair):
    cfg = tmp_path / "strict.toml"
    cfg.write_text('[tool.factcheck]\nfail-on = "differs"\n', encoding="utf-8")
    assert run("compare", *pair, "--config", cfg).exit_code == 1
    assert run("compare", *pair).exit_code == 0


def test_settings_use_the_long_option_names_and_the_command_line_turns_flags_off(tmp_path, monkeypatch, pair):
    (tmp_path / "factcheck.toml").write_text('format = "json"\nexplain = true\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    on = json.loads(run("compare", *pair).stdout)
    assert "skipped" in on
    off = json.loads(run("compare", *pair, "--no-explain").stdout)
    assert "skipped" not in off


@pytest.mark.parametrize("text", ["min-confidence = [0.5]\n", "min-confidence = true\n"])
def test_a_setting_of_the_wrong_shape_is_one_line(tmp_path, monkeypatch, pair, text):
    (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("compare", *pair)
    assert result.exit_code == 2 and "factcheck.toml: min-confidence:" in result.stderr
    assert "internal error" not in result.stderr


def test_a_broken_project_file_of_another_tool_is_passed_over(tmp_path, monkeypatch, pair):
    (tmp_path / "pyproject.toml").write_text("[project\nname = broken\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("compare", *pair).exit_code == 0


def test_a_report_written_to_a_file_does_not_depend_on_the_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    narrow = tmp_path / "a.txt"
    run("compare", A, B, "-o", narrow)
    monkeypatch.setenv("COLUMNS", "200")
    wide = tmp_path / "b.txt"
    run("compare", A, B, "-o", wide)
    assert narrow.read_text(encoding="utf-8") == wide.read_text(encoding="utf-8")


def test_an_articles_control_characters_never_reach_the_terminal(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Blast\n\nPolice said \x1b]0;owned\x07 40 people were hurt in the blast on Monday.\n", encoding="utf-8")
    b.write_text("Blast\n\nPolice said \x1b]0;owned\x07 45 people were hurt in the blast on Monday.\n", encoding="utf-8")
    for fmt in ("table", "markdown"):
        out = run("compare", a, b, "--format", fmt, "--color", "always").stdout
        assert "\x07" not in out and "\x1b]" not in out


def test_lines_of_a_file_with_lone_carriage_returns(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CLIMBER.format(head="Briton dies on New Zealand mountain", day="Saturday").replace("\n", "\r"),
                 encoding="utf-8", newline="")
    b.write_text(CLIMBER.format(head="British climber killed in fall", day="Friday").replace("\n", "\r"),
                 encoding="utf-8", newline="")
    out = run("compare", a, b, "--format", "github").stdout
    assert f"file={b},line=3," in out
    page = run("compare", a, b, "--format", "html").stdout
    assert 'id="A-line-3"' in page and 'id="A-line-5"' in page
