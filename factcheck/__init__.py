"""factcheck: compare two news reports of the same event, statement by statement.

>>> import factcheck
>>> report = factcheck.compare("seeds/theweek-met-firearms.txt", "seeds/guardian-met-firearms.txt")  # doctest: +SKIP
>>> print(factcheck.render(report, "table"))                                                         # doctest: +SKIP
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .errors import FactcheckError, InputError, OptionError

if TYPE_CHECKING:
    from .model import Finding, Report, Verdict

__version__ = "0.1.0"

# the pipeline (nltk, numpy, rapidfuzz and every judge) and the data model (25 dataclasses, a
# few milliseconds each to build) load on first use, so that ``factcheck --version`` or
# ``factcheck rules`` does not pay for them; a model class loaded stays on the module, and
# ``dir`` lists them all.
# ``typing.get_type_hints`` on this module's functions needs the model loaded first
# (``factcheck.Report``, or any comparison).
_LAZY = {"Finding": ".model", "Report": ".model", "Verdict": ".model",
         "Options": ".pipeline", "compare": ".pipeline", "compare_articles": ".pipeline", "facts_of": ".pipeline",
         "check": ".pipeline", "check_articles": ".pipeline", "compare_many": ".pipeline",
         "compare_many_articles": ".pipeline"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        if _LAZY[name] == ".model":
            globals()[name] = value     # (the pipeline's names are looked up each time: tests replace them)
        return value
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

FAIL_LEVELS = {"conflict": 3, "differs": 2, "unmatched": 1}


def render(report: Report, fmt: str = "table", *, explain: bool = False, width: int = 100, color: bool = False,
           verbose: bool = False, show_unmatched: bool = False) -> str:
    """The report as text in ``fmt`` (``table``, ``markdown``, ``json``, ``html`` or ``github``);
    ``explain`` adds the candidates the tool held back, each with the rule that did. ``width``,
    ``color``, ``verbose`` and ``show_unmatched`` lay out the reading formats (see
    :class:`factcheck.report.Layout`)."""
    from .report import FORMATS, Layout
    layout = Layout(width=width, color=color, verbose=verbose, show_unmatched=show_unmatched)
    return FORMATS[fmt](report, explain=explain, layout=layout)


def exit_code(report: Report, fail_on: str | None) -> int:
    """0, or 1 when something at the ``fail_on`` level or worse was reported: ``conflict``,
    ``differs`` (a difference or a conflict), ``unmatched`` (any discrepancy, or a statement only
    one report makes). The one place it is decided."""
    if not fail_on or fail_on == "never":
        return 0
    level = FAIL_LEVELS[fail_on]
    if any(f.verdict.rank >= max(level, 2) for f in report.findings):
        return 1
    if level == FAIL_LEVELS["unmatched"]:
        from .report.data import cited_sentences
        cited = cited_sentences(report)
        return 1 if any((u.source, u.sentence) not in cited for u in report.unmatched) else 0
    return 0


def check_exit_code(check, fail_on: str | None) -> int:
    """0, or 1 when a statement of the checked report is at the ``fail_on`` level:
    ``contradicted``, or ``unsupported`` (contradicted, or in no source)."""
    if not fail_on or fail_on == "never":
        return 0
    failing = {"contradicted"} | ({"unsupported"} if fail_on == "unsupported" else set())
    return 1 if any(s.verdict.value in failing for s in check.statements) else 0


def consensus_exit_code(result, fail_on: str | None) -> int:
    """0, or 1 when the reports of a consensus disagree at the ``fail_on`` level: ``disputed``
    (a fact stated with two values), ``alone`` (a report stands alone against a majority)."""
    if not fail_on or fail_on == "never":
        return 0
    if fail_on == "alone":
        return 1 if any(row.alone for row in result.rows) else 0
    return 1 if any(row.disputed for row in result.rows) else 0


__all__ = ["compare", "compare_articles", "compare_many", "compare_many_articles", "check", "check_articles", "check_exit_code", "consensus_exit_code", "facts_of", "render", "exit_code", "Options", "Report", "Finding",
           "Verdict", "FactcheckError", "InputError", "OptionError", "__version__"]
