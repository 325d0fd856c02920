"""Aligned facts → :class:`Finding`\\ s, each with a verdict and a one-line reason.

Pure functions: everything they need comes in as arguments, thresholds included.

* numbers: like quantities only (the same dimension after unit conversion, and the same thing
  counted). Equal stated values → ``agree``; intervals that overlap with stated figures within
  the tolerance → ``compatible``; overlap only through an open bound while the figures differ →
  ``differs``; disjoint → ``conflict`` (the message shows both intervals);
* dates: :func:`relate_times` decides (Wednesday vs Thursday → ``conflict``);
* entities: the same role filled by different names in aligned sentences → ``differs``; a name
  spelled two ways → ``differs``; part and whole → ``compatible`` ("B is more specific");
* attribution: the same kind of source or requester, named differently → ``differs``;
* negation: a statement one report denies and the other makes ("not armed" / "armed",
  "insufficiently equipped" / "well equipped"), or opposite words from the knowledge file
  ("agreed" / "refused") → ``conflict``;
* quotes: the same words → ``agree`` (also when one quote is part of the other); spelling
  variants → ``compatible``; changed words → ``differs`` with a word diff; the same words from
  different speakers → ``conflict`` on attribution;
* a report against itself: the same thing counted in two places, by different claimants,
  with figures that cannot both hold.

One module per kind of fact (:mod:`.numbers`, :mod:`.dates`, :mod:`.entities`, :mod:`.sources`,
:mod:`.negation`, :mod:`.quotes`; :mod:`.groups` for a group's size stated anywhere and a report
against itself), sharing :class:`~.doc.Doc`, the judge's view of one report.

Cost: for each aligned group, O(f_a · f_b) over the facts of its sentences; quotes are
compared across the whole reports, O(q_a · q_b) over quote pieces.
"""
from .absences import absence_findings
from .acronyms import acronym_findings
from .directions import direction_findings
from .claims import Vocabulary, best_statements, claim_findings, statement_pairs, unquoted
from .dates import date_findings, date_pairs, dateline_findings
from .charges import charge_findings
from .deaths import death_day_findings
from .edits import edit_findings, edit_pairs
from .doc import Doc, dedupe, side
from .entities import entity_findings, variant_findings
from .corroborate import corroborate
from .slots import slot_findings
from .homes import home_findings
from .groups import dispute_findings, family_findings, group_findings, restated_findings, self_findings
from .headlines import headline_findings
from .lists import list_findings
from .names import name_findings, role_findings, role_holder_findings, self_role_findings, shared_name_findings
from .roles import close_role_findings
from .swaps import swap_findings
from .standings import standing_findings
from .negation import claimant_pairs, negation_findings
from .frames import frame
from .numbers import compare_quantities, figure_pairs, interval_text, number_findings
from .plurals import plural_findings
from .kinds import kind_findings
from .resolve import below, overlapping, report_order, resolve, shown_spans
from .rules import RULES, Out
from .quotes import quote_findings
from .sources import attribution_findings


__all__ = ["RULES", "Out", "below", "report_order", "list_findings", "overlapping", "resolve", "edit_findings", "edit_pairs", "Doc", "Vocabulary", "best_statements", "claim_findings", "statement_pairs", "unquoted", "attribution_findings", "claimant_pairs", "compare_quantities", "date_findings", "date_pairs", "dateline_findings", "death_day_findings", "charge_findings", "dedupe",
           "absence_findings", "acronym_findings", "close_role_findings", "swap_findings", "standing_findings", "direction_findings", "entity_findings", "family_findings", "home_findings", "variant_findings", "figure_pairs", "frame", "group_findings", "interval_text", "name_findings", "negation_findings", "plural_findings", "kind_findings", "role_findings", "self_role_findings", "role_holder_findings", "shared_name_findings", "number_findings", "shown_spans",
           "quote_findings", "restated_findings", "self_findings", "dispute_findings", "headline_findings", "corroborate", "slot_findings", "side"]
