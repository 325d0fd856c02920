"""reports/ holds the seed pair's report in every format, made by tools/make_reports.sh; this
checks that each file is what the current code prints (run the script when it fails)."""
from __future__ import annotations

import pytest

from test_cli import A, B, ROOT, run

REPORTS = ROOT / "reports"
MADE = {
    "seeds.txt": ["compare", A, B],
    "seeds.json": ["compare", A, B, "--format", "json"],
    "seeds.md": ["compare", A, B, "--format", "markdown"],
    "seeds.html": ["compare", A, B, "--format", "html"],
    "seeds.github.txt": ["compare", A, B, "--format", "github"],
    "theweek-facts.json": ["facts", A, "--format", "json"],
    "guardian-facts.json": ["facts", B, "--format", "json"],
    "seeds-check.txt": ["check", A, B],
    "seeds-check.json": ["check", A, B, "--format", "json"],
    "seeds-check.html": ["check", A, B, "--format", "html"],
}


@pytest.mark.parametrize("name", sorted(MADE))
def test_report_is_up_to_date(name, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(ROOT)     # the reports name the seeds by relative paths
    args = [a.replace(str(ROOT) + "/", "") for a in MADE[name]]
    printed = run(*args).stdout
    assert printed == (REPORTS / name).read_text(encoding="utf-8"), \
        f"reports/{name} is out of date: run tools/make_reports.sh"


def test_every_report_file_is_checked():
    assert {p.name for p in REPORTS.iterdir() if p.suffix != ".png"} == set(MADE)
