"""Work of the twentieth session, through the pipeline, must-flag and must-not-flag: a count of
two or more against the thing in the singular after "a" ("three life sentences" / "a life
sentence"); a figure one report says was revised from the other's ("4.2 … originally rated
4.4": differs, out of date, not a conflict); a name written together only inside a web address ("BettiePage.com").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.judge.numbers.intervals import _step
from pairs import compare, findings_of, held, report


# --------------------------------------------------------------------------- "a" against a figure

@pytest.mark.parametrize("one, many, span", [
    ("Smith is serving a life sentence for the 1998 murder of his wife.",
     "Smith is serving three life sentences for the 1998 murder of his wife.", "a life sentence"),
    ("The driver hit a parked car before fleeing the scene, police said.",
     "The driver hit two parked cars before fleeing the scene, police said.", "a parked car"),
    ("Jones faces a single count of fraud in the case, prosecutors said.",
     "Jones faces four counts of fraud in the case, prosecutors said.", "a single count"),
    ("The gunman shot a guard and a teller before he fled.",
     "The gunman shot a guard and two tellers before he fled.", "a teller"),               # the second "a"
    ("Police arrested a suspect, and the suspect was charged with murder.",
     "Police arrested two suspects, who were charged with murder.", "a suspect"),          # "the suspect" is no second one
    ("Smith was sentenced to a life sentence for the murders.",
     "Smith was sentenced to three life sentences for the murders.", "a life sentence"),   # "sentenced" is no noun
    ("Rebels ambushed a convoy near the border on Sunday.",
     "Rebels ambushed two convoys near the border on Sunday.", "a convoy"),                # a set word as the noun itself
    ("A soldier was killed in the blast, the army said.",
     "Two soldiers were killed in the blast, the army said.", "A soldier"),                # subjects: the verb after them
    ("A man was killed in the blast, police said.", "Two men were killed in the blast, police said.", "A man"),
])
def test_a_count_against_the_thing_in_the_singular_is_flagged(one, many, span):
    found = findings_of(report(one, many), "number", "differs")
    assert [a for _, a, _ in found] == [span]


def test_the_figure_against_a_is_flagged_either_way_round():
    rep = report("Smith is serving three life sentences for the murders.",
                 "Smith is serving a life sentence for the murders.")
    assert findings_of(rep, "number", "differs") == [("differs", "three", "a life sentence")]


@pytest.mark.parametrize("one, many", [
    # one play against a game's tally: no one word governs both
    ("Ratliff intercepted a pass and returned it for a touchdown to give the Colts the lead.",
     "Manning threw for 364 yards and three touchdowns as the Colts took the lead."),
    ("After Echenique blocked a shot, he turned a rebound into a three-point play.",
     "Echenique had 11 points, 11 rebounds and six blocked shots for Creighton."),
    # the word before both is who said so
    ("The army said a soldier was wounded in the ambush.", "The army said two soldiers were killed in the ambush."),
    # subjects of two verbs: one killed, two wounded
    ("A soldier was killed in the blast, the army said.", "Two soldiers were wounded in the blast, the army said."),
])
def test_one_instance_against_a_tally_is_held_back_untied(one, many):
    rep = report(one, many, min_confidence=0)
    assert findings_of(rep, "number", "differs") == []
    assert held(rep, "number.article-untied")


@pytest.mark.parametrize("one, many", [
    ("Stefanski gave Cheeks a one-year contract extension and another one-year extension this year.",
     "Stefanski gave Cheeks two contract extensions in the past season."),     # two of them in the singular
    ("He said the source was probably a combination of people.",
     "He said the source was probably a combination of several people."),      # "a" counts the combination
    ("A car bomb killed two people in the market, police said.",
     "Two cars were destroyed in the market, police said."),                   # "car" modifies "bomb"
    ("A man was stabbed and two men were arrested on Main Street.",
     "Two men were arrested on Main Street after the stabbing."),              # the noun both ways: two roles
    ("Police arrested a man for the stabbing on Friday.",
     "Police arrested a man for the stabbing and arrested two men for the robbery."),     # both ways on the figure's side
    ("Police arrested a suspect in the robbery on Friday.",
     "Police arrested one of two suspects in the robbery on Friday."),         # the set a part is taken from
    ("Police arrested a suspect on Friday and a suspect on Saturday.",
     "Police arrested two suspects on Friday."),                               # "a" twice: two of them
    ("Rebels launched a fresh attack on the town.",
     "Rebels launched two attacks on the town."),                              # "a fresh" one adds one to a set
])
def test_what_is_no_count_of_one(one, many):
    rep = report(one, many, min_confidence=0)
    assert not [f for f in rep.findings if "more than one against one" in f.message]


# --------------------------------------------------------------------------- a revised figure

QUAKE_A = "An earthquake with a preliminary magnitude of 4.4 struck near The Geysers, according to the U.S. Geological Survey."
QUAKE_B = ("The 4.2-magnitude earthquake was recorded Sunday morning, according to the US Geological Survey, "
           "which originally had rated the quake as 4.4 in magnitude.")


def test_a_figure_the_other_report_says_was_revised_differs_as_out_of_date():
    rep = report(QUAKE_A, QUAKE_B)
    assert findings_of(rep, "number", "conflict") == []
    found = [f for f in rep.findings if f.kind == "number" and f.verdict.value == "differs"]
    assert found and "revised" in found[0].message


@pytest.mark.parametrize("a, b", [
    ("Police said 3 people were killed in the crash.", "Police initially said 5 people were killed in the crash on Route 3."),
    ("The gunman killed 40 people, police said.", "The gunman, a 40-year-old originally from Texas, killed 32 people, police said."),
    ("Five people were killed in the crash, police said.",
     "Seven people were killed and 5 were injured in the crash, police initially said."),
    ("Police said 3 people were killed in the crash.",
     "Police said 5 people were killed in the crash, which initially damaged 3 cars."),   # another counted thing
])

def test_a_number_that_only_shares_the_value_tells_no_revision(a, b):
    verdicts = [f.verdict.value for f in report(a, b).findings if f.kind == "number"]
    assert "conflict" in verdicts and "differs" not in verdicts


def test_a_first_figure_of_another_event_tells_no_revision():
    rep = report("Police said 3 people were killed in the crash.",
                 "Police said 5 people were killed in the crash, and initially 3 people were taken to hospital.",
                 min_confidence=0)
    assert not [f for f in rep.findings if "revised" in f.message]


def test_a_revision_word_does_not_lift_a_figure_the_clauses_hold_back():
    rep = report("The 2003 quake in Bam killed 31,000 people, officials said.",
                 "The quake killed 10 people, officials said, and preliminary reports put the toll of the 2003 Bam quake at 31,000.",
                 min_confidence=0)
    assert [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")] == []
    assert held(rep, "number.order-apart") == [("31,000", "10")]


def test_two_figures_with_no_revision_told_still_conflict():
    rep = report(QUAKE_A, QUAKE_B.replace(", which originally had rated the quake as 4.4 in magnitude", ""))
    assert findings_of(rep, "number", "conflict")


# --------------------------------------------------------------------------- a web address

BETTIE = ("Bettie Page\n\nBettie Page, the 1950s pin-up model, died on Thursday in Los Angeles, her agent said.\n\n"
          "The Web site, {site}, logs about 20 million hits a month, her agent said.\n")


def test_a_name_written_together_in_a_web_address_is_no_spelling():
    rep = compare(BETTIE.format(site="BettiePage.com"), "Pin-up\n\nBettie Page died on Thursday, her agent said.\n",
                  min_confidence=0)
    assert [f for f in rep.findings if f.kind == "entity" and "BettiePage" in (f.a.text, f.b.text)] == []
    assert held(rep, "entity.web-address") == [("Bettie Page", "BettiePage")]


def test_a_name_written_together_outside_an_address_is_still_a_spelling():
    rep = compare(BETTIE.format(site="BettiePage"), "Pin-up\n\nBettie Page died on Thursday, her agent said.\n",
                  min_confidence=0)
    assert not held(rep, "entity.web-address")
    assert [f for f in rep.findings if f.kind == "entity" and "BettiePage" in (f.a.text, f.b.text)]


def test_a_name_written_together_in_prose_as_well_as_in_an_address_is_a_spelling():
    text = BETTIE.format(site="BettiePage.com") + "\nBettiePage was born in Nashville, Tennessee.\n"
    rep = compare(text, "Pin-up\n\nBettie Page died on Thursday, her agent said.\n", min_confidence=0)
    assert not held(rep, "entity.web-address")
    assert [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs" and "BettiePage" in (f.a.text, f.b.text)]


# --------------------------------------------------------------------------- a round figure's own digits

@pytest.mark.parametrize("digits, step", [("13", 1), ("300", 100), ("25", 5), ("8.3", 0.1), ("2,000", 1000), ("2.5", 0.1)])
def test_how_finely_a_figure_is_rounded(digits, step):
    assert _step(digits) == pytest.approx(step)


@pytest.mark.parametrize("exact, approx, told", [
    ("$13.9 billion", "about $13 billion", "about $14 billion"),
    ("$23 million", "roughly $22 million", "roughly $23 million"),
    ("$1.16 billion", "about $1.1 billion", "about $1.2 billion"),
    ("$22.5 million", "about $22 million", "about $23 million"),        # a half rounds up
    ("$2.35 billion", "about $2.3 billion", "about $2.4 billion"),      # (no float slip)
    ("$2.6 billion", "about $2.5 billion", "about $2.6 billion"),       # "2.5" is told to the tenth
])
def test_an_exact_figure_that_rounds_to_another_differs(exact, approx, told):
    rep = report(f"HP will pay {exact} for the deal, the company said.", f"HP will pay {approx} for the deal, the company said.")
    found = [f for f in rep.findings if f.kind == "number"]
    assert [f.verdict.value for f in found] == ["differs"] and f"would be told as “{told}”" in found[0].message


@pytest.mark.parametrize("exact, approx", [
    ("297 rounds", "about 300 rounds"),          # no scale word: the tolerance judges
    ("13 people", "about 12 people"),            # a small count's digits say little of its rounding
    ("11 people", "about a dozen people"),
    ("$13.2 billion", "about $13 billion"),
    ("$1.14 billion", "about $1.1 billion"),
])
def test_an_exact_figure_that_rounds_to_the_approximation_is_compatible(exact, approx):
    rep = report(f"HP will pay {exact} for the deal, the company said.", f"HP will pay {approx} for the deal, the company said.")
    assert [f.verdict.value for f in rep.findings if f.kind == "number"] == ["compatible"]


# --------------------------------------------------------------------------- the price of the story's deal

DEAL_A = ("HP to buy EDS\n\nHewlett-Packard announced on Tuesday that it will buy the outsourcing company for $13.9 billion.\n\n"
          "The deal is expected to close later this year, the company said.\n")
DEAL_B = ("HP in talks\n\nAnalysts expect the market to react coolly to the news on Monday.\n\n"
          "Industry sources confirmed that HP will acquire Electronic Data Systems for about $13 billion.\n")


def test_each_reports_first_price_of_the_deal_is_one_fact_wherever_it_stands():
    rep = compare(DEAL_A, DEAL_B)
    found = [f for f in rep.findings if f.kind == "number"]
    assert [(f.verdict.value, f.a.text, f.b.text) for f in found] == [("differs", "$13.9 billion", "about $13 billion")]
    assert found[0].lowered == ()


@pytest.mark.parametrize("old, new", [
    ("will acquire Electronic Data Systems for about $13 billion",
     "will acquire Electronic Data Systems, which has annual revenue of $22 billion"),     # no word of paying
    ("will acquire Electronic Data Systems for about $13 billion",
     "will borrow $50 billion to acquire Electronic Data Systems"),
    ("Industry sources confirmed that HP will acquire Electronic Data Systems for about $13 billion.",
     "HP, which bought Compaq for $19 billion, will acquire Electronic Data Systems for about $13 billion."),
    ("Analysts expect the market to react coolly to the news on Monday.",
     "Rival Dell is buying Perot Systems for $3.9 billion, analysts noted."),      # another deal first
])
def test_what_is_not_the_price_of_the_deal(old, new):
    rep = compare(DEAL_A, DEAL_B.replace(old, new), min_confidence=0)
    assert [f for f in rep.findings if f.kind == "number" and f.verdict.value == "conflict" and f.confidence >= 0.55] == []


def test_a_sum_of_another_kind_of_event_is_no_deal_price():
    rep = compare(DEAL_A, DEAL_B.replace("will acquire Electronic Data Systems for", "paid its staff bonuses of"), min_confidence=0)
    assert [f for f in rep.findings if f.kind == "number" and f.verdict.value == "differs" and f.confidence >= 0.55] == []


# --------------------------------------------------------------------------- one thing of two kinds

@pytest.mark.parametrize("a, b, spans", [
    ("Deputy Ortiz had gone to an apartment complex in the city of Hawaiian Gardens to question a woman.",
     "Ortiz, 35, was on his own when he went to a house in Hawaiian Gardens to question a woman.",
     ("apartment complex", "house")),
    ("Police found him dead in his hotel room in Biloxi on Tuesday.",
     "Police found him dead in his room at a Biloxi, Miss., motel on Tuesday.", ("hotel", "motel")),
])
def test_one_place_of_two_kinds_is_flagged(a, b, spans):
    found = [(f.a.text, f.b.text) for f in report(a, b).findings if "of two kinds" in f.message]
    assert found == [spans]


@pytest.mark.parametrize("a, b", [
    ("He was shot with an assault rifle at close range.", "He was shot with a rifle at close range."),   # one inside the other
    ("He fled in a white van after the robbery.", "He fled in a pickup truck after the robbery."),      # vehicles: not read here
    ("He shot the guard with a pistol and kept a rifle in the car.", "He shot the guard with a rifle."),  # two weapons on one side
])
def test_what_is_no_thing_of_two_kinds(a, b):
    assert [f for f in report(a, b, min_confidence=0).findings if "of two kinds" in f.message] == []


def test_two_kinds_with_nothing_around_them_shared_are_held_back():
    rep = report("The gunman joined the army in 2001 and grew up in a small house outside Dayton, police said.",
                 "The gunman joined the army in 2001 and rented a cheap apartment near Boston, police said.",
                 min_confidence=0)
    assert [f for f in rep.findings if "of two kinds" in f.message] == []
    assert held(rep, "entity.kind-elsewhere") == [("house", "apartment")]


@pytest.mark.parametrize("exact, near, verdict", [
    ("$13.9 billion", "nearly $14 billion", "compatible"),     # just under, and rounds to it
    ("297 rounds", "almost 300 rounds", "compatible"),
    ("$13.2 billion", "nearly $14 billion", "differs"),        # about $13 billion, not nearly $14 billion
    ("$14.2 billion", "nearly $14 billion", "differs"),        # over it
])
def test_nearly_a_figure_holds_what_is_just_under_it(exact, near, verdict):
    rep = report(f"HP will pay {exact} for the deal, the company said.", f"HP will pay {near} for the deal, the company said.")
    assert [f.verdict.value for f in rep.findings if f.kind == "number"] == [verdict]
