"""Recall work of the fifth session, through the pipeline on real sentences, must-flag and
must-not-flag: a name spelled with two endings or written apart and together, scores during
a game that do not make a report a roundup, a death toll as a count of people, and clock times
told in two time zones.

Sentences are from ECB+ articles (``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014; see
``tests/gold/README.md``), shortened where the rest does not matter.
"""
from __future__ import annotations

from pairs import found, report

from factcheck.aliases import derived
from factcheck.facts.dates import extract_times
from factcheck.facts.numbers import extract_quantities
from factcheck.judge.times import relate_times
from factcheck.model import Article, Verdict
from factcheck.pipeline import Options, compare_articles
from factcheck.settings import Thresholds


def test_a_storm_named_with_two_endings_is_flagged():
    got = found("When Hurricane George destroyed the clinic in 1998, she made house calls.",
                "Her clinic was battered by Hurricane Georges in 1998.", "entity")
    assert ("differs", "Hurricane George", "Hurricane Georges") in got


def test_a_team_and_one_of_its_players_are_not_one_name_misspelled():
    got = found("North Carolina's Tar Heels won again on Saturday.",
                "Every Tar Heel on the bench stood up on Saturday.", "entity")
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_an_ending_that_cannot_follow_the_stem_is_no_plural():
    # "-es" makes a plural after a hiss or an "o" only: Angeles is no plural of Angel
    assert not derived("angeles", "angels")
    assert derived("israel", "israelis") and derived("ross", "rosses")


def test_a_persons_name_written_apart_and_together_is_flagged_a_products_is_not():
    got = found("Lopez will be sentenced by Justice Vincent Del Giudice next month.",
                "But Justice Vincent DelGiudice made clear the witness is reluctant.", "entity")
    assert ("differs", "Vincent Del Giudice", "Vincent DelGiudice") in got
    got = found("Microsoft is running one of its Fixit automated tools.",
                "The update from Microsoft is a Fix It tool.", "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


_GAME_A = ("Colts beat Chiefs 20-13 to clinch playoff berth\n\n"
           "Butler picked off the pass, taking it to the end zone for a 7-0 lead.\n\n"
           "The Colts moved into range for a field goal and a 13-3 halftime lead.\n\n"
           "The Chiefs rallied to tie the game 13-13 heading into the fourth quarter.\n\n"
           "After a miserable stretch, the fabulous freshman calmly led Indianapolis (10-5) downfield.\n")
_GAME_B = ("Chiefs lose 20-13 to Colts\n\n"
           "Quinn's second interception came in the 4th quarter with the team trailing 13-10.\n\n"
           "By beating the Chiefs, Indianapolis' record rose to 9-5 after a 2-14 mark in 2011.\n")


def test_scores_during_one_game_do_not_make_a_roundup_and_records_meet():
    # "a 7-0 lead", "tie the game 13-13", "trailing 13-10" are moments of one game, not three
    # games' results: the team's record after it is compared (10-5 / 9-5)
    rep = compare_articles(Article("a.txt", _GAME_A), Article("b.txt", _GAME_B),
                           options=Options(thresholds=Thresholds(min_confidence=0)))
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "number"]
    assert ("differs", "10-5", "9-5") in got
    assert "number.different-dates" not in [s.rule for s in rep.skipped if s.a and s.a.text == "10-5"
                                            and s.b and s.b.text == "9-5"]


def test_a_roundup_of_three_results_still_holds_records_of_other_games_apart():
    a = ("Scores\n\nDuke beat Maryland 78-70. Kansas routed Iowa 91-60. Ohio State edged Purdue 66-65.\n\n"
         "Duke improved to 10-5.\n")
    b = "Scores\n\nDuke beat Maryland 78-70.\n\nThe Blue Devils are now 9-5.\n"
    rep = compare_articles(Article("a.txt", a), Article("b.txt", b),
                           options=Options(thresholds=Thresholds(min_confidence=0)))
    assert not [f for f in rep.findings if f.kind == "number" and f.a.text == "10-5"
                and f.verdict in (Verdict.DIFFERS, Verdict.CONFLICT)]


def test_a_death_toll_counts_people():
    got = [(q.text, q.counts) for q in extract_quantities(
        "Rescuers found two more bodies, bringing the confirmed death toll from the disaster to 11.")]
    assert ("11", "people") in got
    # a toll that is not of the dead counts nothing said here
    assert [q.counts for q in extract_quantities("The storm took a heavy toll of 12 on the region.")] == [None]
    got = found("The death toll from the landslide rose to 11 on Tuesday, officials said.",
                "The landslide killed 14 people on Tuesday, officials said.", "number", min_confidence=0)
    assert ("conflict", "11", "14 people") in got


def test_one_clock_time_with_a_zone_and_one_without_an_hour_apart_are_compatible():
    [et], [plain] = extract_times("Saturday at 4:30 p.m. ET"), extract_times("Saturday at 3:30 p.m.")
    verdict, reason = relate_times(et, plain)
    assert verdict is Verdict.COMPATIBLE and "zone" in reason
    # two unzoned times an hour apart are not excused
    [four], [three] = extract_times("at 4:30 p.m."), extract_times("at 3:30 p.m.")
    assert relate_times(four, three)[0] is Verdict.CONFLICT


def test_two_clock_times_of_one_event_worded_alike_are_sure():
    rep = report("Owen says the fire call came in at 3:30 a.m. at the station.",
                 "Jon Owen said a call came in from the Valley Hotel at 3:33 a.m.", min_confidence=0)
    dates = [f for f in rep.findings if f.kind == "date" and f.a.text.startswith("3:30")]
    # (three minutes from a round time: compatible, as the blind reads accept and precision read 23 asked)
    assert dates and dates[0].verdict is Verdict.COMPATIBLE and "round time" in dates[0].message
    assert "date.other-events" not in dates[0].lowered
    assert dates[0].confidence >= Thresholds().min_confidence


# --- precision read 13 (seed 1818) ------------------------------------------------------------

def test_the_same_words_credited_to_a_speaker_guessed_from_he_said_are_not_a_sure_conflict():
    # "In the event they are, I look forward to clearing my name," he said — "he" read as the
    # last person named, who was not the speaker (rule quote.speaker-elsewhere)
    a = Article("a.txt", "Jackson denies charges\n\n\"In the event they are, I look forward to clearing my name "
                "and proving my innocence,\" Jackson said in a statement.\n")
    b = Article("b.txt", "Jackson denies charges\n\nAttorney Ray Scheidnes spoke to reporters on Monday.\n\n"
                "\"In the event they are, I look forward to clearing my name and proving my innocence,\" he said.\n")
    rep = compare_articles(a, b, options=Options(thresholds=Thresholds(min_confidence=0)))
    said = [f for f in rep.findings if f.kind == "attribution"]
    assert said and all(f.verdict is Verdict.DIFFERS and "quote.speaker-elsewhere" in f.lowered for f in said)
    assert all(f.confidence < Thresholds().min_confidence for f in said)


def test_a_list_against_one_persons_full_name_is_no_list_of_others():
    got = found("The team re-signed core players Iguodala and Williams for $80 million and $25 million.",
                "The team assured that its big three would stay by re-signing Anre Iguodala.", "entity")
    assert not [g for g in got if g[0] in ("differs", "conflict") and "Williams" in g[1]]


# --- the check set (tests/data/checkset): a name in the wrong role, times on two days -----------

def test_one_role_given_to_two_people_is_flagged():
    # "Israel's defence minister, Tzipi Livni" / "Israel's defence minister, Ehud Barak"
    a = Article("a.txt", "Gaza\n\nIsrael's defence minister, Tzipi Livni, said troops would carry on with the operation.\n")
    b = Article("b.txt", "Gaza\n\nIsrael's defence minister, Ehud Barak, said his troops would continue their operation.\n")
    rep = compare_articles(a, b)
    assert any(f.kind == "entity" and f.verdict is Verdict.DIFFERS and "one role, two people" in f.message
               and "Tzipi Livni" in f.a.text and "Ehud Barak" in f.b.text for f in rep.findings)
    # with Livni named in her own role too, the finding says whose role it is
    b = Article("b.txt", b.text + "\nThe Israeli foreign minister, Tzipi Livni, said the offensive would go on.\n")
    rep = compare_articles(a, b)
    assert any(f.kind == "entity" and f.verdict is Verdict.DIFFERS and "Tzipi Livni" in f.a.text
               and "Ehud Barak" in f.message for f in rep.findings)


def test_one_role_of_two_bodies_or_two_moments_is_not_flagged():
    got = found("Chargers general manager A.J. Smith said the team was disappointed.",
                "Raiders general manager Mike Lombardi said the team was disappointed.", "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]
    got = found("Former coach Maurice Cheeks said the team was disappointed.",
                "Coach Tony DiLeo said the team was disappointed.", "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]
    # a role with no body named on either side may be any body's, or another time's ("President")
    got = found("President Bush met Senator Obama at the White House on Monday.",
                "President Obama met the governors at the White House on Monday.", "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict") and "Obama" in g[1] + g[2]]


def test_one_clock_time_on_two_days_is_sure_and_another_sentences_year_does_not_hide_it():
    got = found("Three shells hit the Fakhura girls' elementary school at about 3pm on Monday.",
                "Three shells hit Fakhura, a girls elementary school, at about 3pm on Tuesday (12am yesterday).", "date")
    assert [g for g in got if g[0] in ("differs", "conflict") and "Monday" in g[1] and "Tuesday" in g[2]]


def test_two_clock_times_with_one_qualifier_are_compared():
    got = found("He failed sobriety tests shortly after 4 a.m. on state Route 52 in San Diego.",
                "Jackson failed sobriety tests shortly after 2 a.m. on state Route 52 in San Diego.", "date")
    assert [g for g in got if g[0] == "conflict" and "4 a.m." in g[1]]
    # a period's bound is still no moment: "since 1991" / "since 2008" are not related as times
    [since_a], [since_b] = extract_times("the worst since 1991"), extract_times("the worst since 2008")
    assert relate_times(since_a, since_b) is None


def test_a_version_is_a_variant():
    got = found("Verisign counted four different versions of the attack software on Monday.",
                "Verisign saw six variants of the attack software on Monday.", "number", min_confidence=0)
    assert [g for g in got if g[0] in ("differs", "conflict")]


def test_a_magnitude_written_after_its_word_and_millions_of_people_glued_to_m():
    assert [(q.text, q.unit) for q in extract_quantities("A magnitude-6.1 quake struck Aceh")] == [("6.1", "magnitude")]
    got = [(q.text, q.counts, q.value) for q in extract_quantities("The flaw put over 2m Windows users at risk.")]
    assert got == [("over 2m", "user", 2e6)]
    # what is measured in metres stays metres: "10m waves", "the 100m sprint"
    assert [q.unit for q in extract_quantities("10m waves hit the coast after the 100m sprint")] == ["m", "m"]
    got = found("The attack put at least two million users at risk, Microsoft said.",
                "The attack put over 2m Windows users at risk, Microsoft said.", "number")
    assert [g for g in got if g[0] in ("agree", "compatible")]


def test_two_figures_still_needed_meet_and_a_word_between_figure_and_unit_is_read():
    got = found("Hansbrough needed 9 points coming in to break the record.",
                "He needed just nine points coming in to break the record.", "number")
    assert [g for g in got if g[0] == "agree"]
    assert [(q.text, q.unit) for q in extract_quantities("KC ended the game with 352 net yards rushing.")] == \
        [("352 net yards", "yard")]


# --- precision read 14 (seed 1919) ------------------------------------------------------------

def test_one_role_given_to_two_people_at_other_times_is_held_back():
    rep = report("During the spring of 1977, North Carolina coach Dean Smith invited his star guard Phil Ford.",
                 "Officials stopped the game to allow Ford, coach Roy Williams and athletics director Dick Baddour "
                 "to present the ball.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict is Verdict.DIFFERS
                and "Dean Smith" in f.a.text]
    assert "entity.one-role-apart" in [s.rule for s in rep.skipped]


def test_a_title_with_no_body_is_no_role_taken_by_another():
    a = Article("a.txt", "Rule\n\nSecretary Salazar has said he is concerned about the rule changes.\n")
    b = Article("b.txt", "Rule\n\nInterior Secretary Ken Salazar said the rule would be reviewed.\n\n"
                "Commerce Secretary Gary Locke agreed with him.\n")
    rep = compare_articles(a, b, options=Options(thresholds=Thresholds(min_confidence=0)))
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict is Verdict.DIFFERS and "Salazar" in f.a.text]


def test_done_and_not_yet_said_with_two_verbs_is_lowered():
    rep = report("Assistant general manager Tony DiLeo was appointed interim coach on Saturday.",
                 "DiLeo will coach on Saturday and is expected to remain coach for the rest of the season.",
                 min_confidence=0)
    statuses = [f for f in rep.findings if f.kind == "negation"]
    assert statuses and all("claim.other-words" in f.lowered for f in statuses)
    assert all(f.confidence < Thresholds().min_confidence for f in statuses)


def test_a_role_of_another_moment_is_read_from_its_lower_case_words_only():
    from factcheck.judge.names import _head
    assert _head("New York mayor")[0] == ("mayor",)          # "New" names the city
    assert _head("one-time coach") == (None, frozenset())    # another moment's holder
    assert _head("former Chargers general manager") == (None, frozenset())
    assert _head("Chargers general manager") == (("general", "manager"), frozenset({"chargers"}))


def test_a_hedge_or_a_wish_is_no_plan_against_a_deed():
    # precision read 14: "possibly the best game", "want to end the game", "likely to remain closed"
    for a, b in (("The Chiefs lost their 13th game of the season on Sunday.",
                  "The Chiefs lost possibly the best game they have played this season on Sunday."),
                 ("Luck ended the game with a touchdown pass on Sunday.",
                  "We want to end the game with a touchdown, Luck said on Sunday."),
                 ("The schools were closed for some time after the storm.",
                  "The schools are likely to remain closed for some time after the storm.")):
        assert not [f for f in report(a, b, min_confidence=0).findings if f.kind == "negation"], (a, b)


def test_an_assistant_district_attorney_is_another_role_and_israeli_is_israels():
    from factcheck.judge.names import _head, _same_body
    assert _head("Assistant District Attorney")[0] != _head("District Attorney")[0]
    assert _same_body(frozenset({"israel"}), frozenset({"israeli"}))
    assert not _same_body(frozenset({"chargers"}), frozenset({"raiders"}))


def test_a_score_at_the_half_is_during_the_game_and_a_result_verb_wins():
    from factcheck.facts.numbers.scores import running, scores
    for text, during in (("Indy led 13-3 at the half, but Kansas City rallied.", True),
                         ("The Colts won 20-13 in the second half of the season.", False)):
        [q] = scores(text)
        assert running(text, q) is during, text


def test_a_plan_told_in_the_past_perfect_is_no_plan_against_the_deed():
    # precision read 14: "Obama overturns Bush endangered species rule" / "who had been seeking
    # to overturn Bush's endangered species rule" (rule claim.background)
    a = "Obama overturns Bush endangered species rule on Tuesday."
    b = ("The senator, who had been seeking to overturn Bush's endangered species rule through legislation, "
         "praised the move on Tuesday.")
    rep = report(a, b, min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "negation"]
    assert "claim.background" in [s.rule for s in rep.skipped if s.kind == "negation"]
