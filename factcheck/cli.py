"""The command line: click commands that turn a :class:`Report` into output and an exit code.

No analysis happens here; everything is a call into the library.
Exit codes: 0 ok; 1 only with ``--fail-on`` when something at that level was found; 2 bad
input, bad options or an internal error. stdout carries only the report.
"""
from __future__ import annotations

import datetime
import functools
import os
import shutil
import sys

import click

from . import __version__, check_exit_code, config, exit_code, render
from .errors import FactcheckError, OptionError
from .settings import Thresholds

# the pipeline, the judges and the reporters are imported by the commands that use them:
# `factcheck --version` and `factcheck --help` start without them


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise OptionError(f"{param.opts[0]}: {value!r} is not a date like 2023-09-25") from None


def output_options(formats):
    def decorator(fn):
        fn = click.option("--output", "-o", default="-", metavar="FILE", show_default=True,
                          help="Write the report to FILE ('-' is stdout).")(fn)
        fn = click.option("--format", "fmt", type=click.Choice(formats), default=formats[0], show_default=True,
                          help="Report format.")(fn)
        return fn
    return decorator


def analysis_options(fn):
    fn = click.option("--tolerance", type=click.FloatRange(0, 1), default=0.1, show_default=True,
                      help="How far 'about N' reaches, as a fraction of N.")(fn)
    fn = click.option("--aliases", type=click.Path(dir_okay=False), default=None, metavar="FILE",
                      help="An extra knowledge file (TOML) of synonyms, part-of relations and opposite words.")(fn)
    return fn


def config_option(fn):
    return click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None, metavar="FILE",
                        help="Settings file (default: factcheck.toml, pyproject.toml or setup.cfg, found upwards).")(fn)


def confidence_options(fail_help: str, explain_help: str):
    """--fail-on, --min-confidence and --explain, as compare and batch share them."""
    def decorator(fn):
        fn = click.option("--explain/--no-explain", default=False, help=explain_help)(fn)
        fn = click.option("--min-confidence", type=click.FloatRange(0, 1), default=Thresholds().min_confidence,
                          show_default=True, help="Report findings the tool is at least this sure of (0-1); "
                          "--fail-on counts only these.")(fn)
        fn = click.option("--fail-on", type=click.Choice(["conflict", "differs", "unmatched", "never"]), default="never",
                          show_default=True, help=fail_help)(fn)
        return fn
    return decorator


def internal_errors(fn):
    """Any unexpected error becomes one line on stderr and exit status 2, never a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except ModuleNotFoundError as exc:     # the package run from a checkout, its requirements not installed
            raise FactcheckError(f"factcheck needs the Python package {exc.name!r}, which this Python "
                                 f"({sys.executable}) does not have: install factcheck with "
                                 f"'{os.path.basename(sys.executable)} -m pip install .'") from None
        except Exception as exc:  # noqa: BLE001 - the user gets one line, not a traceback
            raise FactcheckError(f"internal error: {exc.__class__.__name__}: {exc}") from None
    return wrapper


def import_nltk_without_scipy() -> None:
    """Import nltk with scipy hidden from it: in the command line's own process only.

    nltk's package import loads ``scipy.stats`` and ``scipy.sparse`` when scipy is installed,
    for collocation measures and a dependency parser factcheck never calls (nltk guards those
    imports: without scipy the features raise when used). On a machine with scipy that was
    about half of a whole-process seed comparison. The library API never does this: a user's
    own process may want those features. Later imports of scipy work as usual."""
    if "nltk" in sys.modules or "scipy" in sys.modules:
        return
    sys.modules["scipy"] = None         # `import scipy…` raises ImportError while this is here
    try:
        import nltk  # noqa: F401
    except ImportError:                  # reported as a missing package when the pipeline loads
        pass
    finally:
        if "scipy" in sys.modules and sys.modules["scipy"] is None:
            del sys.modules["scipy"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def main(ctx):
    """Compare two news reports of the same event, statement by statement."""
    if ctx.invoked_subcommand != "rules":
        import_nltk_without_scipy()


def configured(fn):
    """Options the command line leaves at their defaults take the config file's values
    (:mod:`factcheck.config`), each checked as its option checks it; a bad value is one line
    naming the file and the key, exit status 2."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        named = kwargs.pop("config_file", None)
        settings = config.load(named) if named else config.find(".")
        if settings:
            path = settings.path
            # keys are the long option names: "format" is the parameter fmt, "fail-on" fail_on
            params = {opt.lstrip("-").replace("-", "_"): p for p in ctx.command.params
                      if isinstance(p, click.Option) for opt in p.opts if opt.startswith("--")}
            for name, value in settings.values.items():
                param, key = params.get(name), name.replace("_", "-")
                if param is None or param.name in ("output", "config_file"):
                    raise OptionError(f"{path}: unknown setting '{key}'")
                if ctx.get_parameter_source(param.name) is not click.core.ParameterSource.DEFAULT:
                    continue
                if isinstance(value, (list, dict)) or (isinstance(value, bool) and not param.is_flag):
                    raise OptionError(f"{path}: {key}: {value!r} is not a single value of that option")
                try:
                    kwargs[param.name] = param.type_cast_value(ctx, value) if not param.callback else \
                        param.callback(ctx, param, str(value))
                except (click.BadParameter, OptionError) as exc:
                    raise OptionError(f"{path}: {key}: {' '.join(exc.message.split())}") from None
        return fn(*args, **kwargs)
    return wrapper


def _width(output: str) -> int:
    """The terminal's width for a report on it (or COLUMNS); a file gets the same bytes wherever
    it is made."""
    return shutil.get_terminal_size((100, 24)).columns if output == "-" else 100


def _color(choice: str, output: str, fmt: str) -> bool:
    """Colour for the table on a terminal, unless NO_COLOR is set; ``always`` forces it."""
    if fmt != "table" or choice == "never":
        return False
    if choice == "always":
        return True
    return output == "-" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


@main.command(name="compare")
@click.argument("report_a", type=click.Path())
@click.argument("report_b", type=click.Path())
@click.argument("more", nargs=-1, type=click.Path())
@output_options(["table", "markdown", "json", "html", "github"])
@analysis_options
@confidence_options("Exit with status 1 when a finding at this level or worse is found "
                    "(unmatched: any discrepancy, or a statement only one report makes).",
                    "Also list the candidates not reported, each with the rule that held it back.")
@click.option("--keep-boilerplate/--no-keep-boilerplate", default=False,
              help="List boilerplate sentences (captions' credits, promos…) too.")
@click.option("--date-a", callback=_date, metavar="YYYY-MM-DD", help="Publication date of REPORT_A.")
@click.option("--date-b", callback=_date, metavar="YYYY-MM-DD", help="Publication date of REPORT_B.")
@click.option("--verbose/--no-verbose", "-v", default=False,
              help="Show the reasoning in the tool's terms (intervals) and whole sentences.")
@click.option("--show-unmatched/--no-show-unmatched", default=False,
              help="List the statements only one report makes (else counted).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in the table: auto is on a terminal unless NO_COLOR is set.")
@config_option
@internal_errors
@configured
def compare_command(report_a, report_b, more, fmt, output, tolerance, aliases, fail_on, keep_boilerplate, date_a,
                    date_b, min_confidence, explain, verbose, show_unmatched, color):
    """Compare REPORT_A with REPORT_B and report agreements, discrepancies and omissions.
    Given more reports (MORE), match the facts of all of them: one row per fact, as
    `factcheck consensus` does."""
    from . import Options, compare
    from .report import write_output
    options = Options(aliases=aliases, tolerance=tolerance, keep_boilerplate=keep_boilerplate,
                      date_a=date_a, date_b=date_b, thresholds=Thresholds(min_confidence=min_confidence))
    if more:
        unused = [name for name, given in (("--explain", explain), ("--verbose", verbose),
                                           ("--show-unmatched", show_unmatched), ("--date-b", date_b),
                                           ("--keep-boilerplate", keep_boilerplate)) if given]
        if unused:
            raise OptionError(f"{', '.join(unused)}: not available for three or more reports "
                              "(factcheck consensus --help lists what is)")
        # any --fail-on level is a disputed fact among several reports
        _consensus([report_a, report_b, *more], fmt, output, options, "never" if fail_on == "never" else "disputed")
        return
    report = compare(report_a, report_b, options=options)
    width = _width(output)
    write_output(render(report, fmt, explain=explain, width=width, color=_color(color, output, fmt), verbose=verbose,
                        show_unmatched=show_unmatched), output)
    code = exit_code(report, fail_on)
    if code:
        raise click.exceptions.Exit(code)


def _consensus(paths, fmt, output, options, fail_on, everything: bool = False) -> None:
    from . import compare_many, consensus_exit_code
    from .report import write_output
    from .report.rows import FORMATS
    if fmt not in FORMATS:
        raise OptionError(f"--format {fmt} is not available for three or more reports "
                          f"(use {', '.join(FORMATS)})")
    result = compare_many(paths, options=options)
    width = _width(output)
    write_output(FORMATS[fmt](result, width=width, everything=everything), output)
    code = consensus_exit_code(result, fail_on)
    if code:
        raise click.exceptions.Exit(code)


@main.command(name="consensus")
@click.argument("reports", nargs=-1, required=True, type=click.Path())
@output_options(["table", "markdown", "json", "html"])
@analysis_options
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=Thresholds().min_confidence, show_default=True,
              help="Match facts through findings the tool is at least this sure of (0-1).")
@click.option("--fail-on", type=click.Choice(["disputed", "alone", "never"]), default="never", show_default=True,
              help="Exit with status 1 when a fact is disputed (or, with alone, when a report stands alone).")
@click.option("--date", "date", callback=_date, metavar="YYYY-MM-DD", help="Publication date of the reports.")
@click.option("--all/--no-all", "everything", default=False,
              help="Also list the bare names every report writes alike (JSON always has them).")
@config_option
@internal_errors
@configured
def consensus_command(reports, fmt, output, tolerance, aliases, min_confidence, fail_on, date, everything):
    """Match the facts of three or more REPORTS of one event: for each fact, which reports state
    it and with what value, the majority value, and each report that stands alone."""
    from . import Options
    if len(reports) < 2:
        raise OptionError("consensus needs at least two reports (three or more to find a majority)")
    _consensus(list(reports), fmt, output, Options(aliases=aliases, tolerance=tolerance, date_a=date,
                                                    thresholds=Thresholds(min_confidence=min_confidence)), fail_on,
               everything)


@main.command(name="check")
@click.argument("report", type=click.Path())
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--source", "-s", "more_sources", multiple=True, type=click.Path(), metavar="FILE",
              help="A source report (repeatable); the same as listing it after REPORT.")
@output_options(["table", "markdown", "json", "html", "github"])
@analysis_options
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=Thresholds().min_confidence, show_default=True,
              help="Count a contradiction the tool is at least this sure of (0-1).")
@click.option("--fail-on", type=click.Choice(["contradicted", "unsupported", "never"]), default="never",
              show_default=True, help="Exit with status 1 when a statement is contradicted (or, with "
              "unsupported, contradicted or in no source).")
@click.option("--date", "date", callback=_date, metavar="YYYY-MM-DD", help="Publication date of REPORT.")
@click.option("--date-sources", callback=_date, metavar="YYYY-MM-DD", help="Publication date of the sources.")
@config_option
@internal_errors
@configured
def check_command(report, sources, more_sources, fmt, output, tolerance, aliases, min_confidence, fail_on, date,
                  date_sources):
    """Check REPORT against its SOURCES: for every statement, the sources that state it, the
    ones that state otherwise, or none (not in the sources); and what the sources say that
    REPORT leaves out."""
    from . import Options, check
    from .report import write_output
    from .report.verdicts import FORMATS
    paths = list(sources) + list(more_sources)
    if not paths:
        raise OptionError("check needs at least one source: factcheck check REPORT SOURCE [SOURCE ...]")
    options = Options(aliases=aliases, tolerance=tolerance, date_a=date, date_b=date_sources,
                      thresholds=Thresholds(min_confidence=min_confidence))
    result = check(report, paths, options=options)
    width = _width(output)
    write_output(FORMATS[fmt](result, width=width), output)
    code = check_exit_code(result, fail_on)
    if code:
        raise click.exceptions.Exit(code)


@main.command(name="batch")
@click.argument("manifest", type=click.Path())
@click.option("--output", "-o", default="-", metavar="FILE", show_default=True,
              help="Write the JSON Lines records to FILE ('-' is stdout), one per pair, in manifest order.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, metavar="N",
              help="Worker processes (default: the number of CPUs).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on worker processes of this machine, or on a Dask cluster (pip install 'factcheck[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="A Dask scheduler to run on (tcp://host:8786); implies --engine dask. "
              "Without it, --engine dask starts a local cluster of --jobs workers.")
@click.option("--resume/--no-resume", default=False,
              help="Keep the records already in --output and compare only the pairs not there yet.")
@analysis_options
@confidence_options("Exit with status 1 when any pair has a finding at this level or worse.",
                    "Also list each pair's candidates not reported, with the rule that held them back.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr (default: when stderr is a terminal).")
@config_option
@internal_errors
@configured
def batch_command(manifest, output, jobs, engine, scheduler, resume, tolerance, aliases, fail_on, min_confidence,
                  explain, progress):
    """Compare every pair of MANIFEST (a TSV/CSV file with a and b columns, or a folder of
    NAME.a.txt / NAME.b.txt files) and write one JSON record per pair."""
    from . import Options
    from .batch import Job, run
    if resume and output == "-":
        raise OptionError("--resume needs --output FILE: the records to keep are read from it")
    job = Job(Options(aliases=aliases, tolerance=tolerance, thresholds=Thresholds(min_confidence=min_confidence)),
              explain=explain, fail_on=fail_on)
    show = sys.stderr.isatty() if progress is None else progress
    code = run(manifest, job, output=output, jobs=jobs or os.cpu_count() or 1, engine="dask" if scheduler else engine,
               scheduler=scheduler, resume=resume, progress=show, log=sys.stderr)
    if code:
        raise click.exceptions.Exit(code)


@main.command(name="rules")
@click.argument("names", nargs=-1)
def rules_command(names):
    """List the rules that hold a candidate back or lower its confidence (or explain NAMES)."""
    from .judge.rules import RULES
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise OptionError(f"no such rule: {', '.join(unknown)} (`factcheck rules` lists them)")
    width = max(len(n) for n in RULES)
    for name, text in RULES.items():
        if not names or name in names:
            click.echo(f"{name:<{width}}  {text}")


@main.command(name="facts")
@click.argument("report", type=click.Path())
@output_options(["table", "json"])
@click.option("--tolerance", type=click.FloatRange(0, 1), default=0.1, show_default=True,
              help="How far 'about N' reaches, as a fraction of N.")
@click.option("--date", "date", callback=_date, metavar="YYYY-MM-DD", help="Publication date of REPORT.")
@click.option("--explain", is_flag=True, help="Also list what the extractors left out, with the rule that left it out.")
@internal_errors
def facts_command(report, fmt, output, tolerance, date, explain):
    """List every fact found in REPORT, sentence by sentence, with character offsets."""
    from . import Options, facts_of
    from .report import FACT_FORMATS, write_output
    analysis = facts_of(report, options=Options(tolerance=tolerance, date_a=date))
    write_output(FACT_FORMATS[fmt](analysis, explain=explain), output)
