"""factcheck: compare two news reports of the same event, statement by statement.

>>> import factcheck
>>> report = factcheck.compare("seeds/theweek-met-firearms.txt", "seeds/guardian-met-firearms.txt")  # doctest: +SKIP
>>> print(factcheck.render(report, "table"))                                                         # doctest: +SKIP
"""
from __future__ import annotations

from .errors import FactcheckError, InputError, OptionError
from .model import Finding, Report, Verdict
from .pipeline import Options, compare, compare_articles, facts_of

__version__ = "0.1.0"

FAIL_LEVELS = {"conflict": 3, "differs": 2}


def render(report: Report, fmt: str = "table", *, explain: bool = False) -> str:
    """The report as text in ``fmt`` (``table``, ``json`` or ``markdown``); ``explain`` adds the
    candidates the tool held back, each with the rule that did."""
    from .report import FORMATS
    return FORMATS[fmt](report, explain=explain)


def exit_code(report: Report, fail_on: str | None) -> int:
    """0, or 1 when ``fail_on`` (``conflict`` or ``differs``) or worse was found. The one place it is decided."""
    if not fail_on or fail_on == "never":
        return 0
    level = FAIL_LEVELS[fail_on]
    return 1 if any(f.verdict.rank >= level for f in report.findings) else 0


__all__ = ["compare", "compare_articles", "facts_of", "render", "exit_code", "Options", "Report", "Finding",
           "Verdict", "FactcheckError", "InputError", "OptionError", "__version__"]
