"""Three or more reports of one event (``factcheck consensus``, ``factcheck compare A B C``):
facts matched together, the majority value, the report that stands alone.

Sentences from ECB+ topic 37 (the 2013 Aceh earthquake; ``corpus/ecbplus``, CC BY 3.0, Cybulska
& Vossen 2014), shortened.
"""
from __future__ import annotations

import json
import re
from importlib import resources
from importlib.metadata import version

import pytest
from click.testing import CliRunner

from factcheck import compare_many_articles, consensus_exit_code
from factcheck.cli import main
from factcheck.model import Article

jsonschema = pytest.importorskip("jsonschema")
CLICK = tuple(int(x) for x in re.findall(r"\d+", version("click"))[:2])
SCHEMA = json.loads(resources.files("factcheck").joinpath("data/consensus.schema.json").read_text(encoding="utf-8"))

R1 = """Quake hits Aceh

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 25 people, officials said.
The quake struck at a depth of 10 kilometers, the U.S. Geological Survey said.
"""
R2 = """Earthquake in Aceh

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 25 people, officials said.
The quake struck at a depth of 10 kilometers, the US Geological Survey said.
"""
R3 = """Aceh quake toll rises

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 39 people, officials said.
The quake struck at a depth of 10 kilometers, according to the U.S. Geological Survey.
"""


def _rows(*texts):
    return compare_many_articles([Article(f"r{k + 1}.txt", t) for k, t in enumerate(texts)])


def test_the_report_with_another_figure_stands_alone_against_the_majority():
    result = _rows(R1, R2, R3)
    toll = next(r for r in result.rows if r.kind == "number" and r.disputed)
    assert toll.majority == 0 and toll.reports(0) == {0, 1} and toll.alone == (2,)
    assert {m.text for m in toll.groups[1]} == {"at least 39 people"}
    assert consensus_exit_code(result, "alone") == 1 and consensus_exit_code(result, "disputed") == 1


def test_a_fact_all_reports_state_alike_is_agreed_by_all():
    result = _rows(R1, R2, R3)
    depth = next(r for r in result.rows if any("10 kilometers" in m.text for g in r.groups for m in g))
    assert not depth.disputed and depth.reports(0) == {0, 1, 2}


def test_reports_that_agree_give_no_dispute():
    result = _rows(R1, R2, R1.replace("Quake hits", "Tremor in"))
    assert result.rows and not any(r.disputed for r in result.rows)
    assert consensus_exit_code(result, "disputed") == 0


def run(*args):
    runner = CliRunner(mix_stderr=False) if CLICK < (8, 2) else CliRunner()   # pragma: no branch
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def reports(tmp_path):
    paths = []
    for k, text in enumerate((R1, R2, R3)):
        path = tmp_path / f"r{k + 1}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_cli_consensus_and_compare_of_three_print_one_row_per_fact(reports):
    table = run("consensus", *reports)
    assert table.exit_code == 0
    assert "3 reports" in table.stdout and "alone: R3" in table.stdout
    assert run("compare", *reports).stdout == table.stdout


def test_cli_json_follows_its_schema_and_html_renders(reports, tmp_path):
    data = json.loads(run("consensus", *reports, "--format", "json").stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert data["summary"]["alone"]["R3"] >= 1
    out = tmp_path / "c.html"
    assert run("consensus", *reports, "--format", "html", "-o", out).exit_code == 0
    assert 'class="alone"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("level, code", [("disputed", 1), ("alone", 1), ("never", 0)])
def test_cli_fail_on_sets_the_exit_status(reports, level, code):
    assert run("consensus", *reports, "--fail-on", level).exit_code == code


def test_cli_bad_requests_are_one_line_and_status_2(reports):
    result = run("consensus", reports[0])
    assert result.exit_code == 2 and "at least two reports" in result.stderr
    result = run("compare", *reports, "--format", "github")
    assert result.exit_code == 2 and "not available for three or more reports" in result.stderr


def test_a_name_already_given_is_trivial_and_the_table_hides_it_unless_asked(reports):
    text = """Quake hits Aceh

A 6.1-magnitude earthquake struck Indonesia's Aceh province on Tuesday, killing at least 25 people.
Indonesia's disaster agency said the quake struck Aceh at a depth of 10 kilometers.
"""
    result = _rows(text, text.replace("Quake hits", "Tremor in"), text.replace("Quake hits", "Earthquake in"))
    names = [r for r in result.rows if r.kind == "entity" and {m.text for g in r.groups for m in g} == {"Indonesia"}]
    assert len(names) >= 2 and not names[0].trivial and all(r.trivial for r in names[1:])
    paths = []
    for k, t in enumerate((text, text.replace("Quake hits", "Tremor in"), text.replace("Quake hits", "Earthquake in"))):
        path = reports[0].parent / f"t{k}.txt"
        path.write_text(t, encoding="utf-8")
        paths.append(path)
    shown, everything = run("consensus", *paths).stdout, run("consensus", *paths, "--all").stdout
    assert "not shown; --all shows them" in shown and everything.count("Indonesia (l.") > shown.count("Indonesia (l.")


def test_compatible_does_not_carry_a_value_across_a_conflict():
    from factcheck.consensus import fact_rows
    from factcheck.model import Finding, Report, Side, SourceDoc, Verdict

    def side(report, text, start):
        return Side("A" if report == 0 else "B", 0, text, start, start + len(text))
    docs = [SourceDoc(f"R{k + 1}", f"r{k + 1}.txt", ()) for k in range(3)]

    def pair(i, j, verdict, ta, tb):
        f = Finding("number", verdict, Side("A", 0, ta, 0, len(ta)), Side("B", 0, tb, 0, len(tb)), "m", 0.9)
        return (i, j, Report((docs[i], docs[j]), (), (f,), ()))
    # R1 "about 20" is compatible with R2's 22 and with R3's 18; R2 and R3 conflict
    rows = fact_rows(docs, [pair(0, 1, Verdict.COMPATIBLE, "about 20", "22"),
                            pair(0, 2, Verdict.COMPATIBLE, "about 20", "18"),
                            pair(1, 2, Verdict.CONFLICT, "22", "18")]).rows
    assert len(rows) == 1 and rows[0].disputed
