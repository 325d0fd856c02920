"""Date findings through the pipeline, on real sentences from ECB+ (``corpus/ecbplus``, CC BY
3.0, Cybulska & Vossen 2014): false date conflicts from a read of every date conflict in the
corpus, which must not come back as conflicts, and a real one that must stay."""
from __future__ import annotations

import pytest

from factcheck.model import Article
from factcheck.pipeline import Options, compare_articles


def dates(a: str, b: str, **dates) -> list[tuple[str, str, str]]:
    ra = Article("a.txt", "News in brief\n\n" + a + "\n")
    rb = Article("b.txt", "News in brief\n\n" + b + "\n")
    return [(f.verdict.value, f.a.text, f.b.text) for f in compare_articles(ra, rb, options=Options(**dates)).findings
            if f.kind == "date"]


@pytest.mark.parametrize("a, b", [
    # the time of saying, not of the event (ECB+ 16)
    ("An explosion at a bank killed a police officer and a state bomb disposal technician, officials said Saturday.",
     "A police officer and a state police bomb squad technician were killed after a bomb exploded late Friday at "
     "a bank."),
    # two events of one story: the charge and the shooting (ECB+ 4)
    ("A 61-year-old man was charged with first-degree murder Saturday after allegedly opening fire at his former "
     "employers' office Christmas party in Vancouver, killing one man, police said.",
     "A man has been charged with first-degree murder after a shooting at an office Christmas party in Vancouver "
     "Friday."),
])
def test_no_date_conflict(a, b):
    assert not any(v == "conflict" for v, *_ in dates(a, b))


def test_the_same_relative_word_on_two_publication_days_is_no_conflict():
    # ECB+ 19: one chant, quoted by reports dated a day apart
    import datetime
    found = dates('March participants chanted, "NYPD/KKK/how many kids will you kill today," witnesses reported.',
                  'March participants chanted "NYPD KKK how many kids will you kill today," people report.',
                  date_a=datetime.date(2013, 3, 12), date_b=datetime.date(2013, 3, 11))
    assert not any(v == "conflict" for v, *_ in found)


def test_two_years_for_one_event_conflict():
    found = dates("Gigante was indicted in 1969 on charges of bribing police officers.",
                  "Gigante was indicted in 1970 on charges of bribing police officers.")
    assert ("conflict", "1969", "1970") in found


def test_weekdays_in_different_sentences_only_differ():
    found = dates("The man was arrested on Saturday after a long chase, police said.",
                  "Police arrested the suspect on Friday at his home without a struggle.")
    assert all(v != "conflict" for v, *_ in found)


def test_a_clash_made_only_by_the_publication_dates_is_no_conflict():
    # ECB+ 18: one wire sentence, "Monday afternoon" in one copy and "this afternoon" in a
    # reprint dated a day later
    import datetime
    found = dates("Calls to Gordon Advisors were not answered Monday afternoon, and a recording said the offices "
                  "were closed.",
                  "Calls to Gordon Advisers were not answered this afternoon, and a recording said the offices "
                  "were closed.",
                  date_a=datetime.date(2007, 4, 9), date_b=datetime.date(2007, 4, 10))
    assert found and not any(v == "conflict" for v, *_ in found)


def test_one_sentence_copied_into_reports_of_different_days_dates_one_event():
    # precision read 6 (seed 9091, ECB+ 22): a wire sentence in two reports dated weeks apart
    import datetime
    text = ("Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co-workers at the "
            "northeast Philadelphia plant, police said.")
    found = dates(text, text, date_a=datetime.date(2010, 9, 24), date_b=datetime.date(2010, 10, 29))
    assert found == [("compatible", "Thursday evening", "Thursday evening")]
    # the same weekday in sentences worded differently, a month apart: two different days
    other = dates("Hiller argued with co-workers on Thursday evening.",
                  "A jury on Thursday evening found the plant worker guilty of murder.",
                  date_a=datetime.date(2010, 9, 24), date_b=datetime.date(2010, 10, 29))
    assert all(v != "agree" for v, *_ in other)


def _skips(a: str, b: str, **options):
    ra = Article("a.txt", "News in brief\n\n" + a + "\n")
    rb = Article("b.txt", "News in brief\n\n" + b + "\n")
    return compare_articles(ra, rb, options=Options(**options))


def test_a_schedule_dates_no_event_and_rule_date_recurring_says_so():
    # precision read (seed 1212, ECB+ 27): "the second Tuesday of every month" is Patch Tuesday,
    # not the day of the emergency fix
    import datetime
    r = _skips("Microsoft usually pushes out software updates and security patches on the second Tuesday of every month.",
               "Microsoft released an emergency software fix for Internet Explorer on Tuesday after hackers attacked.",
               date_a=datetime.date(2008, 12, 17), date_b=datetime.date(2012, 9, 21))
    assert not [f for f in r.findings if f.kind == "date" and f.verdict.rank >= 2]
    assert [s.rule for s in r.skipped if s.kind == "date"] == ["date.recurring"]


def test_one_weekday_made_two_days_by_the_publication_dates_is_lowered_by_date_other_week():
    # precision reads: "the trial will resume Monday" in two reports dated weeks apart was
    # judged the same Monday in every case read; the finding stays, less sure, and says why
    import datetime
    from factcheck.settings import FACTORS, Thresholds
    a = "The trial is scheduled to resume Monday, with testimony from a man who claims he was threatened."
    b = "The trial will resume Monday with testimony from a man who purportedly told prosecutors he was threatened."
    r = _skips(a, b, date_a=datetime.date(2013, 3, 1), date_b=datetime.date(2013, 4, 10),
               thresholds=Thresholds(min_confidence=0.0))
    found = [f for f in r.findings if f.kind == "date"]
    assert [(f.verdict.value, f.lowered) for f in found] == [("differs", ("date.other-week",))]
    assert f"lowered by date.other-week ×{FACTORS['date.other-week']:g}" in found[0].detail
