"""Recall and precision work of the tenth session, through the pipeline and the stage that
changed, must-flag and must-not-flag: spans figures are totalled over, a parent's count of
children, a quake of another month, two nouns of one thing a sentence counts apart, a model's
code before a noun, quotes over many lines, a misspelling on one side of an agreed name, a
misspelled name opening a sentence, a list of two teams, and a source's slip in ``check``.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.numbers import extract_quantities
from factcheck.model import Article, Quote
from factcheck.pipeline import analyse, check_articles
from factcheck.settings import Thresholds
from pairs import compare as _compare, findings_of as _found, held as _held


def _quoted(text: str) -> list[str]:
    """The sentences of a report that hold a quote (or a piece of one)."""
    an = analyse(Article("a.txt", text))
    return [s.text for s in an.sentences if any(isinstance(f, Quote) for f in an.facts[s.index])]


def _parsed(text: str):
    return [(q.text, q.counts) for q in extract_quantities(text)]


# --------------------------------------------------------------------------- spans of a season

RUNS_A = "Rookie back shines\n\nSince Week 9, Marcus Doyle has 412 rushing yards and five touchdowns.\n"
RUNS_B = "Doyle carries the load\n\nMarcus Doyle has 611 rushing yards and seven touchdowns this season.\n"


def test_figures_totalled_over_different_spans_are_held_back_by_their_rule():
    rep = _compare(RUNS_A, RUNS_B, min_confidence=0)
    assert not [f for f in _found(rep, "number") if "412" in f[1]]
    assert ("412", "611") in _held(rep, "number.different-scope")


def test_figures_totalled_over_one_span_are_still_compared():
    rep = _compare(RUNS_A.replace("Since Week 9, Marcus Doyle has", "This season, Marcus Doyle has"), RUNS_B)
    assert [f for f in _found(rep, "number", "conflict", "differs") if "412" in f[1] and "611" in f[2]]


def test_named_spans_are_read_from_the_words():
    from factcheck.judge.scopes import _scopes
    assert _scopes("He has 63 yards in his last three games") == {"last 3 game"}
    assert _scopes("Since Week 11, he has 498 yards") == {"since week 11"}
    assert _scopes("He has 548 yards this season") == {"current"}
    assert _scopes("Since he was hurt, he has 40 yards") == frozenset()


# --------------------------------------------------------------------------- parents

def test_a_parent_of_a_figure_counts_children():
    assert _parsed("a mother of nine who lived nearby") == [("nine", "child")]
    assert _parsed("the father of three said") == [("three", "child")]


def test_a_parents_children_are_not_set_against_a_count_of_parents():
    a = "Witness testifies\n\nOne of the three mothers walking with Ortiz that day testified at the trial.\n"
    b = "Verdict in killing\n\nA jury found the gunman guilty of killing Ortiz, a mother of nine, near the school.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "number", "conflict", "differs")
    assert ("three", "nine") in _held(rep, "number.different-things")


# --------------------------------------------------------------------------- another month's quake

QUAKE_A = ("Quake jolts island\n\n"
           "A quake measuring 4.2 on the Richter scale jolted the island of Corvo on Tuesday, officials said.\n")
QUAKE_B = ("Island shaken again\n\n"
           "In March, a quake measuring 5.9 on the Richter scale hit the island of Corvo, officials said.\n")


def test_a_figure_of_a_month_alone_is_not_set_against_one_of_a_weekday():
    rep = _compare(QUAKE_A, QUAKE_B, min_confidence=0)
    assert not [f for f in _found(rep, "number") if f[1] == "4.2"]
    assert ("4.2", "5.9") in _held(rep, "number.different-dates")


def test_two_magnitudes_of_one_day_are_still_compared():
    rep = _compare(QUAKE_A, QUAKE_B.replace("In March, a quake", "A quake").replace("Corvo,", "Corvo on Tuesday,"),
                   min_confidence=0)
    assert [f for f in _found(rep, "number", "conflict", "differs") if f[1] == "4.2" and f[2] == "5.9"]


def test_a_month_of_the_reports_own_week_is_no_other_time():
    from factcheck.judge.frames import _earlier_period
    from factcheck.facts.dates import extract_times
    import datetime
    (march,), (tuesday,) = extract_times("in March"), extract_times("on Tuesday")
    assert _earlier_period([march], [tuesday], None)
    assert not _earlier_period([march], [tuesday], datetime.date(2011, 3, 17))
    assert _earlier_period([march], [tuesday], datetime.date(2011, 6, 17))


# --------------------------------------------------------------------------- nouns counted apart

WEAPONS_A = "Pirates held\n\nNine assault rifles and a GPS set were seized from the pirates, a navy spokesman said.\n"
WEAPONS_B = "Navy seizes arms\n\nThe pirates had 7 AK-47 rifles, a grenade launcher and 3 machine guns on board.\n"


def test_two_nouns_of_one_thing_a_sentence_counts_apart_are_not_crossed():
    rep = _compare(WEAPONS_A, WEAPONS_B, min_confidence=0)
    assert not [f for f in _found(rep, "number") if "machine guns" in f[2]]
    assert ("Nine", "3") in _held(rep, "number.named-apart")
    # the figure of the very noun is still the partner
    assert [f for f in _found(rep, "number") if "rifles" in f[1] and "rifles" in f[2]]


def test_a_models_code_before_a_noun_is_no_figure():
    assert _parsed("seized six AK 47 rifles") == [("six", "rifle")]
    assert _parsed("seized six AK-47 rifles") == [("six", "rifle")]
    assert _parsed("two F-16 jets flew over") == [("two", "jet")]


def test_a_country_in_capitals_before_a_noun_is_no_pronoun():
    assert _parsed("killing 3 US soldiers") == [("3", "soldier")]
    assert _parsed("FIVE DEAD AS STORM HITS") == [("FIVE", "people")]


# --------------------------------------------------------------------------- quotes over lines

INTERVIEW_A = ("Singer on her past\n\n"
               "Asked whether she still partied, the singer said, \"I've done enough of everything for a lifetime!\"\n")
INTERVIEW_B = ("Singer settles down\n\n"
               "In an interview in May, Lane told a magazine she no longer went out:\n"
               "\"No.\nI've done it.\nTrust me.\nI've done enough for a lifetime of everything.\n"
               "I had fun.\nI went to every party.\nI danced all night.\nI slept all day.\n"
               "But I'm happy with where I am right now.\"\n")


def test_a_quote_over_many_lines_is_quoted_on_each():
    quoted = _quoted(INTERVIEW_B)
    assert "I've done enough for a lifetime of everything." in quoted
    assert "I slept all day." in quoted


def test_the_same_words_in_another_order_are_a_quote_worded_differently():
    rep = _compare(INTERVIEW_A, INTERVIEW_B)
    msgs = [f.message for f in rep.findings if f.kind == "quote" and f.verdict.value == "differs"]
    assert any("the same words in another order" in m for m in msgs)


# --------------------------------------------------------------------------- names

FIGHT_A = ("Champion retains title\n\n"
           "Viktor Baranko stopped the challenger in the seventh round on Saturday.\n\n"
           "Baranko retained his title for the fourth time.\n")
FIGHT_B = ("Champion wins again\n\n"
           "Viktor Baranko defended his crown by stopping the challenger in the seventh round on Saturday.\n\n"
           "The knockout in Barnako's fourth defence improved the champion's record to 41-2.\n")


def test_the_resolver_keeps_a_misspelling_whose_correct_side_agrees_elsewhere():
    from factcheck.judge.resolve import resolve
    from factcheck.judge.rules import Out
    from factcheck.model import Finding, Side, Verdict
    a = Side("A", 1, "Klitschko", 0, 9)
    b_agree, b_slip = Side("B", 14, "Klitschko", 0, 9), Side("B", 4, "Klitchsko", 20, 29)
    out = Out([Finding("entity", Verdict.AGREE, a, b_agree, "the same name", 0.8),
               Finding("entity", Verdict.DIFFERS, a, b_slip, "spelled differently?", 0.7)])
    found, skipped = resolve(out, min_confidence=0.55)
    assert [f.b.text for f in found if f.verdict is Verdict.DIFFERS] == ["Klitchsko"]
    # two names that are two names stay excused by the agreement ("Klitschko" / "Kowalski")
    other = Side("B", 4, "Kowalski", 20, 28)
    found, skipped = resolve(Out([Finding("entity", Verdict.AGREE, a, b_agree, "the same name", 0.8),
                                  Finding("entity", Verdict.DIFFERS, a, other, "one role", 0.7)]), min_confidence=0.55)
    assert not [f for f in found if f.verdict is Verdict.DIFFERS]
    assert [s for s in skipped if s.rule == "fact-matched-elsewhere"]


def test_a_misspelling_across_the_reports_is_flagged():
    rep = _compare(FIGHT_A, FIGHT_B)
    got = [(f.verdict.value, f.a.source, f.a.text, f.b.source, f.b.text) for f in rep.findings if f.kind == "entity"]
    assert ("differs", "A", "Baranko", "B", "Barnako") in got
    assert ("agree", "A", "Viktor Baranko", "B", "Viktor Baranko") in got


def test_a_misspelled_name_opening_a_sentence_is_a_name():
    a = "School shooting\n\nThe woman was shot outside a school in Hartsfield on Friday.\n"
    b = ("Arrests in shooting\n\nThree teens were arrested for the shooting outside a Hartsfield school.\n\n"
         "Hatrsfield is among the most violent districts of the city.\n")
    rep = _compare(a, b)
    assert ("differs", "Hartsfield", "Hatrsfield") in _found(rep, "entity")


def test_a_common_word_opening_a_sentence_is_no_name():
    from factcheck.facts.entities import misspelled_openers
    known = frozenset({"Hartsfield", "Wellington"})
    assert misspelled_openers(["Hatrsfield", "However", "Meanwhile"], known, frozenset({"however"})) == {"Hatrsfield"}
    # a word the article writes in lower case is no name, however close to one ("Western" / "Westen")
    assert misspelled_openers(["Western"], frozenset({"Westen"}), frozenset({"western"})) == frozenset()
    assert misspelled_openers(["Western"], frozenset({"Westen"}), frozenset()) == {"Western"}
    # nor a form of a known word ("Investigators" / "Investigator")
    assert misspelled_openers(["Investigators"], frozenset({"Investigator"}), frozenset()) == frozenset()


def test_two_teams_joined_by_and_are_two_names():
    an = analyse(Article("a.txt", "Bids\n\nNo other offer, including from the Comets and Falcons, was higher.\n"))
    names = [f.text for s in an.sentences for f in an.facts[s.index] if type(f).__name__ == "Entity"]
    assert "Comets" in names and "Falcons" in names


def test_a_sources_misspelling_does_not_contradict_the_report(tmp_path):
    report = "Shooting trial\n\nThe footage was played at the trial of two men accused of the shooting in Hartsfield.\n"
    s1 = "Trial hears evidence\n\nThe footage was shown at the trial of two men accused of the shooting in Hartsfield.\n"
    s2 = ("Teens held\n\nThree teens were held over a shooting outside a Hartsfield school.\n\n"
          "Hatrsfield is among the most violent districts of the city.\n")
    result = check_articles(Article("r.txt", report), [Article("s1.txt", s1), Article("s2.txt", s2)])
    footage = result.statements[-1]
    assert footage.verdict.value == "supported", footage.reason
    # the slip is S2's: compared alone, S2 does set its spelling against the report's
    alone = _compare(report, s2)
    assert ("differs", "Hartsfield", "Hatrsfield") in _found(alone, "entity")


# --------------------------------------------------------------------------- versions, parts, regional spellings

def test_a_version_after_a_name_is_no_figure():
    assert _parsed("iLife 09 ships with every new Mac") == []
    assert _parsed("the flaw affects Internet Explorer 5.01 and Internet Explorer 8 Beta 2") == []
    # a headline capitalizing its words still counts
    assert _parsed("Quake Kills 3 People In Iran") == [("3", "people")]


def test_some_of_a_group_is_a_part_of_its_count():
    a = ("Navy foils attack\n\n\"While two of the skiffs managed to get away, the frigate intercepted the others,\" "
         "the officer said on Friday.\n")
    b = "Frigate stops pirates\n\nThe frigate intercepted 3 pirate ships on Friday, the navy said.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "number", "conflict", "differs")
    assert _found(rep, "number", "compatible")


def test_british_and_american_spellings_of_a_name_are_compatible():
    from factcheck.judge.entities import name_variant
    verdict, reason, _ = name_variant("promises treatment centre", "promises treatment center", Thresholds())
    assert verdict.value == "compatible" and "British" in reason
    assert name_variant("bulldogs", "bulldgos", Thresholds())[0].value == "differs"


# --------------------------------------------------------------------------- one role, two people

def test_one_role_before_two_names_in_alike_sentences_differs():
    a = ("Shopper hurt\n\nRed Cross volunteer Ellen Marsh hurried over to give the woman first aid and to calm "
         "her husband, police said.\n")
    b = ("Car hits shopper\n\nRed Cross volunteer Tom Becker ran over to give the woman first aid and to calm "
         "her husband, police said.\n")
    rep = _compare(a, b)
    got = [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"]
    assert [f for f in got if "Ellen Marsh" in f.a.text and "Tom Becker" in f.b.text and "one role" in f.message]


def test_one_role_after_two_names_set_off_by_commas_is_read_too():
    from factcheck.judge.roles import role_after_words
    an = analyse(Article("a.txt", "Flaw\n\nAccording to Rita Olsen, research director of Norvale's SecureLab group, "
                                  "the code spread fast.\n"))
    from factcheck.judge.doc import Doc
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    e = next(f for f in an.facts[1] if type(f).__name__ == "Entity" and f.text == "Rita Olsen")
    assert role_after_words(doc, 1, e)[1:] == (("research", "director"), ("norvale", "securelab"))


def test_a_report_giving_the_role_to_two_people_names_several():
    a = ("Crash\n\nThe car hit volunteer Ellen Marsh and volunteer Ann Cole outside the store on Friday, police said.\n")
    b = ("Crash at store\n\nThe car hit volunteer Tom Becker outside the store on Friday, police said.\n")
    rep = _compare(a, b, min_confidence=0, role_alike=0.3)     # alike enough: only the list holds it back
    assert not [f for f in rep.findings if "one role" in f.message]
    assert [s for s in rep.skipped if s.rule == "entity.role-shared" and "Tom Becker" in s.detail]


def test_a_word_ending_like_an_agent_noun_is_no_role_when_listed():
    from factcheck.judge.roles import _role_word
    assert _role_word("ringer") and _role_word("prosecutor") and _role_word("spokesman")
    assert not _role_word("after") and not _role_word("summer") and not _role_word("other")


# --------------------------------------------------------------------------- dates

def test_a_schedule_agrees_with_no_day():
    a = "Patch out\n\nThe fix was released on Tuesday morning, and experts told users to install it.\n"
    b = "Patch day\n\nThe company usually releases its fixes on the second Tuesday of each month.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "date", "agree")
    assert ("Tuesday morning", "Tuesday") in _held(rep, "date.recurring")


def test_one_action_dated_two_days_is_sure():
    a = "Patch out\n\nThe emergency fix was released on Tuesday morning, and experts told users to install it.\n"
    b = ("Patch out\n\nExperts say users should install the emergency fix for the browser at once, "
         "which the company released Wednesday morning.\n")
    rep = _compare(a, b)
    assert [f for f in _found(rep, "date", "conflict", "differs") if "Tuesday" in f[1] and "Wednesday" in f[2]]


def test_one_thing_put_off_until_two_days_differs():
    from factcheck.facts.dates import extract_times
    from factcheck.judge.times import relate_times
    (mon,), (wed,) = extract_times("postponed until Monday"), extract_times("put off until Wednesday")
    assert relate_times(mon, wed)[0].value == "conflict"
    (since_a,), (since_b,) = extract_times("the worst since 1991"), extract_times("the worst since 2008")
    assert relate_times(since_a, since_b) is None
    a = ("Trial halted\n\nThe judge closed the courtroom because the witness had been threatened, and put off "
         "that testimony until Wednesday.\n")
    b = "Witness threatened\n\n\"He is terrified,\" the judge said before postponing the man's testimony until Monday.\n"
    rep = _compare(a, b)
    assert [f for f in _found(rep, "date", "conflict", "differs") if "Wednesday" in f[1] and "Monday" in f[2]]


# --------------------------------------------------------------------------- a tally so far

TALLY_A = ("Attack spreads\n\nNorvale's lab traced the code.\n\n"
           "Norvale has so far counted four different versions of the attack software, each built to steal passwords.\n")
TALLY_B = ("Attack code\n\nNorvale's lab traced the code.\n\n"
           "Norvale has now seen six variants of the attack software, all of which try to steal passwords.\n")


def test_one_subjects_tally_so_far_is_set_against_its_plain_count():
    rep = _compare(TALLY_A, TALLY_B)
    got = [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]
    assert [f for f in got if "four" in f.a.text and "six" in f.b.text and "number.one-side-running" in f.lowered]


def test_a_game_figure_beside_a_career_total_stays_apart_from_the_other_career_total():
    a = "Record\n\nHolloway now has 2,301 career points, a school record.\n"
    b = "Record falls\n\nHolloway finished with 20 points and now has 2,302 for his career.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not [f for f in _found(rep, "number") if "2,301" in f[1] and f[2] == "20 points"]


def test_a_name_written_with_a_possessive_inside_sentences_is_known_where_it_opens_one():
    an = analyse(Article("a.txt", "Attack\n\nNorvale's lab traced the code.\n\nNorvale has counted four versions.\n"))
    assert [f.text for f in an.facts[2] if type(f).__name__ == "Entity"] == ["Norvale"]


def test_days_something_came_at_last_are_no_deadlines():
    a = "Mob boss\n\nProsecutors called his madness an act, but it took until 2003 for the boss to admit it.\n"
    b = "Mob boss dies\n\nProsecutors called his madness an act, but it wasn't until 1997 that a jury agreed.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "date", "conflict", "differs")
    assert ("2003", "1997") in _held(rep, "date.other-deadlines")


def test_a_quote_closed_by_a_mark_ending_a_line_after_a_full_stop():
    text = ("Actress speaks\n\nShe told the magazine:\n\"I didn't know it would ruin my career.\n"
            "People forget I've made 20 movies.\nI'm not just a party girl. \"\n\nShe now designs clothes.\n")
    quoted = _quoted(text)
    assert "People forget I've made 20 movies." in quoted
    assert "She now designs clothes." not in quoted


def test_a_mark_opening_a_quote_at_the_end_of_a_line_closes_nothing():
    text = ("Town mourns\n\nThe mayor spoke to reporters.\n\"We will rebuild,\n"
            "The council met on Monday.\nIt issued a statement that read in full: \"\n"
            "\"We grieve with the town.\"\n")
    quoted = _quoted(text)
    assert "The council met on Monday." not in quoted


# --------------------------------------------------------------------------- must not flag (review)

def test_a_toll_since_a_day_is_no_span_of_a_season():
    a = "Floods\n\nSince Monday, floods have killed 12 people in the province.\n"
    b = "Floods kill\n\nFloods have killed 20 people in the province, the worst this year.\n"
    rep = _compare(a, b, min_confidence=0)
    assert [f for f in _found(rep, "number", "conflict", "differs") if f[1] == "12 people" and f[2] == "20 people"]
    assert not _held(rep, "number.different-scope")


def test_a_place_before_a_figure_is_no_version():
    assert _parsed("In Gaza 12 Palestinians were killed.") == [("12", "palestinian")]
    assert _parsed("the EU 27 member states") == [("27", "state")]


def test_two_things_closed_until_two_days_are_not_one_thing_put_off():
    a = "Storm\n\nAll schools in the county will stay closed until Monday, officials said.\n"
    b = "Storm closes roads\n\nThe main highway in the county will stay closed until Wednesday, officials said.\n"
    rep = _compare(a, b)
    assert not _found(rep, "date", "conflict", "differs")


def test_two_countries_are_no_sources_slip(tmp_path):
    report = "Summit\n\nThe summit of the two leaders was held in Slovakia on Friday.\n"
    s1 = "Leaders meet\n\nThe summit of the two leaders was held in Slovenia on Friday.\n"
    s2 = "Talks\n\nSlovakia has long sought closer ties with its neighbours.\n"
    result = check_articles(Article("r.txt", report), [Article("s1.txt", s1), Article("s2.txt", s2)])
    assert result.statements[-1].verdict.value == "contradicted"


def test_the_other_noun_stands_in_only_for_what_happened_to_it_too():
    a = "Blast\n\nThe bombing killed five soldiers near the base on Monday.\n"
    b = "Blast kills\n\nThe bombing killed three troops near the base on Monday and wounded two soldiers.\n"
    rep = _compare(a, b, min_confidence=0)
    assert ("conflict", "five soldiers", "three troops") in _found(rep, "number")
    assert not _held(rep, "number.named-apart")


def test_all_of_a_group_is_the_whole_group():
    a = "Mine\n\nAll 12 of the miners were rescued on Sunday, officials said.\n"
    b = "Miners saved\n\nRescuers brought 11 miners to the surface on Sunday, officials said.\n"
    rep = _compare(a, b, min_confidence=0)
    assert [f for f in _found(rep, "number", "conflict", "differs") if "12" in f[1] and "11" in f[2]]


def test_a_grandparent_counts_grandchildren():
    assert _parsed("a grandmother of 12 who lived nearby") == [("12", "grandchild")]


# --------------------------------------------------------------------------- second round (read 21)

def test_a_line_that_is_only_a_time_stamp_is_a_dateline_wherever_it_stands():
    from factcheck.clean import clean
    art = Article("a.txt", "Colts clinch\nThe Colts won a playoff berth on Sunday.\nTHURSDAY, APRIL 11, 2013, 12:12 AM\n"
                           "The game was a dud.\n")
    assert [b.role.value for b in clean(art)] == ["headline", "body", "dateline", "body"]
    a = "Colts win\non Dec 23 2012, 5:03p\nThe Colts beat the Chiefs 20-13 on Sunday.\n"
    b = "Colts clinch\non Dec 23 2012, 6:11p\nThe Colts beat the Chiefs 20-13 on Sunday to clinch a berth.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "number", "conflict", "differs") and not _found(rep, "date", "conflict", "differs")


def test_a_name_another_comes_from_is_no_spelling_of_it():
    a = "Mob boss dies\n\nVincent \"The Chin\" Gigante, the mob boss who feigned madness, died Monday in prison.\n"
    b = ("Gigante dies\n\nBorn in the Bronx in 1928, Gigante was nicknamed \"Chin\" - short for \"Vincenzo\" - "
         "by his mother, and died Monday in prison.\n")
    rep = _compare(a, b, min_confidence=0)
    assert not [f for f in _found(rep, "entity", "differs") if "Vincenzo" in f[2]]
    assert [h for h in _held(rep, "entity.name-origin") if "Vincenzo" in h[1]]


def test_a_depth_beneath_the_surface_is_no_distance_and_a_misspelled_place_one_owner():
    a = "Quake\n\nThe epicenter was roughly 55 kilometers from the town of Bireuen, the survey said.\n"
    b = ("Quake hits\n\nThe epicenter, which originated six miles beneath the surface, was 34 miles west of the town "
         "of Bireun, the survey said.\n")
    rep = _compare(a, b, min_confidence=0)
    assert ("roughly 55 kilometers", "six miles") in _held(rep, "number.other-measure")
    assert [f for f in _found(rep, "number", "compatible", "agree") if "55" in f[1] and "34 miles" in f[2]]


def test_one_models_code_ties_two_figures_of_two_nouns():
    a = "Pirates held\n\nCommandos boarded the boats and seized seven AK-47 assault rifles, two other rifles and a launcher.\n"
    b = "Navy seizes arms\n\nThe commandos also recovered 12 AK 47 guns, three rifles and two grenades from the boats.\n"
    rep = _compare(a, b)
    assert [f for f in _found(rep, "number", "conflict", "differs") if "seven AK-47" in f[1] and "12 AK 47" in f[2]]


def test_two_judges_saying_one_change_keep_the_surer_confidence():
    from factcheck.judge.resolve import resolve
    from factcheck.judge.rules import Out
    from factcheck.model import Finding, Side, Verdict
    a, b = Side("A", 2, "Senate staffer John Pratt", 0, 25), Side("B", 2, "Senate staffer Mary Olds", 0, 24)
    pinned = Finding("entity", Verdict.DIFFERS, Side("A", 2, "John Pratt", 15, 25), Side("B", 2, "Mary Olds", 15, 24),
                     "one sentence, another name", 0.85)
    role = Finding("entity", Verdict.DIFFERS, a, b, "one role, two people?", 0.59)
    found, skipped = resolve(Out([role], pinned=[pinned]), min_confidence=0.55)
    assert [(f.message, f.confidence) for f in found] == [("one role, two people?", 0.85)]
    assert [s for s in skipped if s.rule == "fact-matched-elsewhere" and "said by a finding around it" in s.detail]


def test_two_shares_of_one_place_are_tied_by_it():
    a = ("Cables cut\n\nSixty-five per cent of traffic to Kenya was down, while services to Chad were also hit, "
         "an operator said on Friday.\n")
    b = ("Web outage\n\nIt is thought that up to 70 per cent of web services in Chad, and 60 per cent in Kenya, "
         "were disrupted.\n")
    rep = _compare(a, b)
    assert [f for f in _found(rep, "number", "conflict", "differs") if "Sixty-five" in f[1] and f[2] == "60 per cent"]
    # the share of another place stays loosely tied, below the default confidence
    assert not [f for f in _found(rep, "number") if "70 per cent" in f[2]]
