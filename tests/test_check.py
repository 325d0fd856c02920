"""``factcheck check``: a report checked against its sources, through the library and the CLI.

Must-flag and must-not-flag on real sentences (the seed pair, and sentences of ECB+ articles,
``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014, shortened): a figure one source states
otherwise is contradicted even when another source supports it; a restatement is supported; a
quote no source has word for word is not in the sources, though a paraphrase is; a statement
in no source lists its facts; what two sources say and the report leaves out ranks first.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import check_articles, check_exit_code
from factcheck.cli import main
from factcheck.model import Article, Support

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).parent.parent
SEED_A = str(ROOT / "seeds" / "theweek-met-firearms.txt")
SEED_B = str(ROOT / "seeds" / "guardian-met-firearms.txt")
CLICK = tuple(int(x) for x in re.findall(r"\d+", version("click"))[:2])
SCHEMA = json.loads(resources.files("factcheck").joinpath("data/check.schema.json").read_text(encoding="utf-8"))

REPORT = """Quake hits Indonesia's Aceh

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 25 people.
Rescuers pulled survivors from collapsed houses in the district of Central Aceh.
"We are still searching for victims under the rubble," said the head of the disaster agency.
The government promised to rebuild all 300 schools by March.
"""
SOURCE_1 = """Earthquake kills 25 in Aceh

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 25 people, officials said.
Rescuers pulled survivors from collapsed houses in the district of Central Aceh.
The head of the disaster agency said his staff were still looking for victims.
More than 2,000 houses were damaged, the agency said.
"""
SOURCE_2 = """Aceh earthquake toll rises

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 39 people, officials said.
More than 2,000 houses were damaged in the quake, the disaster agency said.
"""


def _check(report=REPORT, *sources):
    sources = sources or (SOURCE_1, SOURCE_2)
    return check_articles(Article("report.txt", report),
                          [Article(f"s{k + 1}.txt", s) for k, s in enumerate(sources)])


def _statement(result, needle):
    text = {s.index: s.text for s in result.report.sentences}
    return next(s for s in result.statements if needle in text[s.sentence])


def test_a_figure_one_source_states_otherwise_is_contradicted_though_another_supports_it():
    result = _check()
    s = _statement(result, "killing at least 25 people")
    assert s.verdict is Support.CONTRADICTED
    assert {e.source for e in s.contradictions} == {1}
    assert {e.source for e in s.supports} >= {0}
    assert "S2 states otherwise" in s.reason and "S1 supports it" in s.reason
    f = s.contradictions[0].finding
    assert (f.a.text, f.b.text) == ("at least 25 people", "at least 39 people")


def test_a_restated_sentence_is_supported_with_its_source_sentence():
    s = _statement(_check(), "Rescuers pulled survivors")
    assert s.verdict is Support.SUPPORTED and s.reason == "stated by S1"
    assert s.supports[0].text.startswith("Rescuers pulled survivors") and not s.facts


def test_a_quote_no_source_has_word_for_word_is_not_in_the_sources():
    s = _statement(_check(), "still searching for victims")
    assert s.verdict is Support.UNSUPPORTED
    assert "in no source word for word" in s.reason
    assert [f.kind for f in s.facts] == ["quote"]


def test_a_statement_in_no_source_lists_what_to_verify():
    s = _statement(_check(), "rebuild all 300 schools")
    assert s.verdict is Support.UNSUPPORTED and s.reason == "no source states it or anything close"
    assert {f.text for f in s.facts} >= {"300", "March"}


def test_what_two_sources_say_and_the_report_leaves_out_comes_first():
    result = _check()
    first = result.omissions[0]
    assert first.count == 2 and {k for k, _ in first.statements} == {0, 1}


def test_a_faithful_report_has_nothing_contradicted():
    result = _check(SOURCE_1, SOURCE_1)
    assert all(s.verdict is Support.SUPPORTED for s in result.statements)
    assert check_exit_code(result, "unsupported") == 0 and not result.omissions


def run(*args):
    runner = CliRunner(mix_stderr=False) if CLICK < (8, 2) else CliRunner()   # pragma: no branch
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_table_names_the_contradiction_and_its_source_line():
    result = run("check", SEED_A, SEED_B)
    assert result.exit_code == 0
    assert "[contradicted] line 3: The Met police has sought counter-terrorism support from the Army" in result.stdout
    assert "S1 line 5: “SAS” vs “Army”" in result.stdout
    assert "[not in the sources]" in result.stdout and "[supported]" in result.stdout


def test_cli_json_follows_its_schema_and_every_format_renders(tmp_path):
    result = run("check", SEED_A, "--source", SEED_B, "--format", "json")
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["summary"]["contradicted"] == 2
    for fmt, needle in (("markdown", "| contradicted | 3 |"), ("html", "<td class=\"report\">"),
                        ("github", "::error file=")):
        out = tmp_path / f"check.{fmt}"
        assert run("check", SEED_A, SEED_B, "--format", fmt, "-o", out).exit_code == 0
        assert needle in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("level, code", [("contradicted", 1), ("unsupported", 1), ("never", 0)])
def test_cli_fail_on_sets_the_exit_status(level, code):
    assert run("check", SEED_A, SEED_B, "--fail-on", level).exit_code == code


def test_cli_bad_input_is_one_line_and_status_2(tmp_path):
    result = run("check", SEED_A)
    assert result.exit_code == 2 and "at least one source" in result.stderr
    result = run("check", SEED_A, tmp_path / "missing.txt")
    assert result.exit_code == 2 and "missing.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
