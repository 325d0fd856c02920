"""Numbers: figures read in their clause and compared when they count the same thing.

A package of one job per module, each importing only modules listed before it:

* :mod:`.spans`: the span and the words a finding shows for a figure (:func:`figure_side`,
  :func:`as_written`);
* :mod:`.context`: what the words around a figure say of it (a span planned ahead, a
  supposition, who pays, "other" ones, what a measure measures);
* :mod:`.nouns`: what figures count (:func:`counts_match`, the lists of ``data/nouns.toml``)
  and the plain counts the group judge reads (:func:`estimate`, :func:`group_size`);
* :mod:`.intervals`: interval logic (:func:`compare_quantities`, :func:`interval_text`);
* :mod:`.holders`: whose figure it is (the person of an age, the holder of a record, a
  parent's children: :func:`parent_of`, :func:`record_holder`);
* :mod:`.tolls`: one count for the whole story (a toll, a thing each report counts once);
* :mod:`.temper`: what is left of a discrepancy once the clauses are read;
* :mod:`.pairs`: figures paired and judged, and the findings written (:func:`number_findings`,
  :func:`figure_pairs`, :func:`number_finding`).

The names below are re-exported so that ``from .numbers import …`` works as it did when this
was one module. Code reads each name from the module that defines it: a test replacing one
must patch that module (and any module of the package that imports it), not this one.
"""
from .context import ACTION_REACH, PAYER_REACH, _one_span, hypothetical, measured     # _one_span: tests import it
from .holders import parent_of, record_holder
from .intervals import THROUGH_BOUND, compare_quantities, interval_text
from .nouns import (ANOTHER, COARSE, GENERIC_COUNTS, PERSONS, PLACE_REACH, RELATIONAL, SELF_EXPLAINING, SUBSET_WORDS,
                    TALLIES, TOLL_NOUNS, counts_match, estimate, group_size)
from .pairs import (COMPANION_EVIDENCE, NOUN_EVIDENCE, SOFT_FRAMES, figure_at, figure_pairs, number_finding,
                    number_findings)
from .spans import adjacent_name, as_written, figure_side
from .tolls import TOLL_EVENTS

__all__ = ["ACTION_REACH", "ANOTHER", "COARSE", "COMPANION_EVIDENCE", "GENERIC_COUNTS", "NOUN_EVIDENCE", "PAYER_REACH",
           "PERSONS", "PLACE_REACH", "RELATIONAL", "SELF_EXPLAINING", "SOFT_FRAMES", "SUBSET_WORDS", "TALLIES",
           "THROUGH_BOUND", "TOLL_EVENTS", "TOLL_NOUNS", "adjacent_name", "as_written", "compare_quantities",
           "counts_match", "estimate", "figure_at", "figure_pairs", "figure_side", "group_size", "hypothetical",
           "interval_text", "measured", "number_finding", "number_findings", "parent_of", "record_holder"]
