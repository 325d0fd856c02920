"""Recall work of the eighth session, through the pipeline on real sentences, must-flag and
must-not-flag: one thing each report counts once, the story's event dated once in each report,
a sentence that states two things confirmed twice, and one name written two ways in one report
shown at its nearest mentions.

Sentences are from ECB+ articles (``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014; see
``tests/gold/README.md``), shortened where the rest does not matter.
"""
from __future__ import annotations

from factcheck.model import Article
from factcheck.settings import Thresholds
from pairs import compare as _compare


def _held_loosely(rep, needle: str, *rules: str) -> None:
    """The discrepancy whose detail names ``needle`` is below the default confidence, lowered by
    ``rules`` (``number.not-tied`` when none are given)."""
    held = [s for s in rep.skipped if s.rule == "below-min-confidence" and needle in s.detail]
    assert held and all(rule in held[0].detail for rule in rules or ("number.not-tied",))


def _numbers(rep, *verdicts):
    return [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings
            if f.kind == "number" and (not verdicts or f.verdict.value in verdicts)]


QUAKE_A = ("Quake damages bridges in Papua\n\n"
           "A powerful earthquake hit Papua on Sunday, killing one person.\n\n"
           "Aid started to arrive on Monday as aftershocks rattled the coastal city.\n\n"
           "Hundreds of buildings were damaged in the quake, as well as seven bridges, the governor said.\n")
QUAKE_B = ("Papua quake toll rises\n\n"
           "The 7.7 magnitude quake damaged 42 office buildings, 14 hotels and 8 bridges, Manrosan said.\n\n"
           "Rescue teams were sent from Jakarta.\n")


def test_one_thing_each_report_counts_once_is_compared_at_full_weight():
    # the sentences are far apart, but each report counts bridges once: one count against the other
    rep = _compare(QUAKE_A, QUAKE_B)
    assert ("conflict", "seven bridges", "8 bridges") in _numbers(rep)


def test_a_thing_one_report_counts_twice_stays_loosely_tied():
    # "two bridges collapsed" and "seven bridges": A counts parts, so 8 against 7 is not sure
    a = QUAKE_A + "\nTwo bridges collapsed near the port.\n"
    rep = _compare(a, QUAKE_B)
    assert ("conflict", "seven bridges", "8 bridges") not in _numbers(rep)
    _held_loosely(rep, "seven bridges")


def test_people_counted_in_two_sentences_are_no_sole_count():
    # a story counts people in many groups: soldiers on guard are not the soldiers captured
    a = "Roadblock\n\nSeven soldiers guarded the road into the town on Monday.\n\nThe army sent food.\n"
    b = ("Army news\n\nThe army sent food to the town.\n\n"
         "In a separate incident last week, 12 soldiers were captured near the border.\n")
    rep = _compare(a, b)
    assert not _numbers(rep, "differs", "conflict")
    _held_loosely(rep, "soldiers", "number.not-tied", "number.unaligned")


def test_a_players_tally_is_no_count_of_the_story():
    # each report gives one count of touchdowns, in sentences the aligner leaves apart: two
    # players' seasons, not one count of the story
    a = ("Saints lose Thomas\n\nThe Saints placed Pierre Thomas on injured reserve on Wednesday.\n\n"
         "The undrafted rookie averaged 5.2 yards a carry and ended with five touchdowns.\n")
    b = ("Thomas to injured reserve\n\nNew Orleans put Pierre Thomas on injured reserve.\n\n"
         "Bush missed six games in November but scored two touchdowns in the win over Atlanta.\n")
    rep = _compare(a, b)
    assert not _numbers(rep, "differs", "conflict")
    _held_loosely(rep, "touchdowns")


def test_the_hardest_hit_few_are_not_a_count_of_all():
    a = ("Quake hits Qeshm\n\nThe quake destroyed an estimated 1,500 houses in about 15 villages on the island.\n\n"
         "Power was restored on Monday.\n")
    b = ("Qeshm quake kills 10\n\nTen people were killed when a quake razed mud-brick villages on Sunday.\n\n"
         "Mohsen Kazemi of the Red Crescent said the four hardest-hit villages were Tonban and Gavarzin.\n")
    rep = _compare(a, b)
    assert not [n for n in _numbers(rep, "differs", "conflict") if "villages" in n[2]]
    _held_loosely(rep, "hardest-hit")


DEATH_A = ("Mob boss Gigante dies\n\n"
           "Vincent Gigante, the mob boss who feigned madness, has died at 77.\n\n"
           "His lawyers said his health had been failing for years.\n\n"
           "He died in a medical prison in Springfield, Missouri, on Monday morning, said a spokesman for the facility.\n")
DEATH_B = ("'Oddfather' Gigante dead at 77\n\n"
           "The Genovese crime family boss who shuffled around in a bathrobe has died.\n\n"
           "Prosecutors called the act a fraud.\n\n"
           "The 'Oddfather' passed away Monday, according to the Bureau of Prisons.\n")


def test_the_storys_event_dated_once_in_each_report_is_one_date():
    rep = _compare(DEATH_A, DEATH_B)
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "date"]
    assert ("compatible", "Monday morning", "Monday") in got
    # the tie is what pairs them: with a lead that names no death, the two days are not compared
    rep = _compare(DEATH_A.replace("has died at 77", "is remembered").replace("dies", "remembered"),
                   DEATH_B.replace("has died", "is remembered").replace("dead at 77", "remembered"), min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "date" and f.b.text == "Monday"]


def test_the_storys_event_on_another_day_in_each_report_is_not_tied():
    # editors read most such clashes as two events (a shooting on Friday, the charge on
    # Saturday): the tie confirms agreements only, and a clash stays loosely tied
    rep = _compare(DEATH_A, DEATH_B.replace("away Monday", "away Tuesday"), min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "date" and f.verdict.value in ("differs", "conflict")]
    # (the sentences are too unlike to be compared at all: no candidate, so no rule to name)
    assert not [s for s in rep.skipped if s.kind == "date"]


def test_an_event_the_lead_does_not_name_is_not_tied_by_its_date():
    # the arrests are no part of the story the leads tell (a quake): their days are not paired
    # (with the arrest in the leads, the same two sentences agree: see the test above)
    a = ("Quake hits island\n\nA strong earthquake struck the island on Sunday, killing ten people.\n\n"
         "The governor visited the area.\n\nA businessman was arrested on Monday in an old fraud case.\n")
    b = ("Iran quake kills 10\n\nTen people died when an earthquake shook the island on Sunday.\n\n"
         "Relief teams arrived.\n\nAmid the chaos, looters were detained Monday by the coast guard.\n")
    got = [(f.verdict.value, f.a.text, f.b.text) for f in _compare(a, b, min_confidence=0).findings if f.kind == "date"]
    assert not [g for g in got if g[1:] == ("Monday", "Monday")]
    tied = _compare(a.replace("A strong earthquake", "Police arrested looters after an earthquake"),
                    b.replace("Ten people died", "Looters were detained after ten people died"), min_confidence=0)
    assert [f for f in tied.findings if f.kind == "date" and (f.a.text, f.b.text) == ("Monday", "Monday")]


def test_a_sentence_stating_two_things_is_confirmed_for_each():
    a = ("Chargers player arrested\n\nWilliams, who was booked into county jail and later released on bail, "
         "did give a blood sample for a blood-alcohol test.\n")
    b = ("Williams arrested\n\nWilliams did give a blood sample for a blood-alcohol test.\n\n"
         "Williams was booked into county jail and later released on bail.\n")
    rep = _compare(a, b)
    statements = [(f.a.text, f.b.text) for f in rep.findings if f.kind == "entity" and f.verdict.value == "agree"
                  and " " in f.a.text]
    assert any("blood sample" in x for x, _ in statements)
    assert any("county jail" in x for x, _ in statements)


def test_words_restated_in_two_sentences_are_confirmed_once():
    a = "Chargers player arrested\n\nWilliams was booked into county jail and later released on bail.\n"
    b = ("Williams arrested\n\nWilliams was booked into county jail and later released on bail.\n\n"
         "Police said he was booked into county jail and later released on bail on Tuesday.\n")
    rep = _compare(a, b)
    confirmed = [f for f in rep.findings if f.kind == "entity" and "county jail" in f.a.text]
    assert [(f.a.sentence, f.b.sentence, f.lowered) for f in confirmed] == [(1, 1, ())]
    assert [s for s in rep.skipped if s.rule == "claim.restated" and "county jail" in s.detail]


def test_one_name_written_two_ways_in_one_report_is_shown_at_its_nearest_mentions():
    rep = _compare("Raid\n\nThe ranch is in tiny Eldorado, Texas.\n\nTexas officials raided it.\n\n"
                   "Jeffs may go to the jail in Eldorado.\n\nSan Angelo is big compared to El Dorado's 1,800.\n",
                   "Raid\n\nJeffs will be tried in Texas.\n")
    (f,) = [f for f in rep.findings if "apart and together in one report" in f.message]
    assert abs(f.a.sentence - f.b.sentence) == 1


def test_a_name_both_reports_give_in_sentences_never_compared_is_confirmed():
    a = ("Red Sox offer Teixeira eight years\n\nThe Red Sox made a formal offer to Mark Teixeira on Thursday.\n\n"
         "It was then that agent Scott Boras countered by asking for an eight-year contract.\n")
    b = ("Teixeira talks go on\n\nBoston has offered the first baseman a deal, a source said.\n\n"
         "Naturally Scott Boras will try to draw this out as long as he can.\n")
    rep = _compare(a, b)
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "entity"]
    assert ("agree", "agent Scott Boras", "Scott Boras") in got


def test_an_adverb_opening_a_sentence_is_no_part_of_a_name():
    from factcheck.facts.entities import extract_entities
    from factcheck.model import Role, Sentence
    text = "Naturally Scott Boras will try to draw this out."
    assert [e.text for e in extract_entities(Sentence(0, text, 0, len(text), 0, Role.BODY))] == ["Scott Boras"]
    # a first name in -ly is a name ("Kelly", "Beverly")
    text = "Beverly Hills police said the suspect fled."
    assert "Beverly Hills police" in [e.text for e in extract_entities(Sentence(0, text, 0, len(text), 0, Role.BODY))]




def test_a_count_of_lives_is_a_count_of_the_dead():
    a = ("Gaza toll rises\n\nIsrael pressed its offensive on Monday.\n\n"
         "The rising casualty toll, more than 640 Palestinians killed since the assault began, spurred diplomacy.\n")
    b = ("Gaza offensive goes on\n\nWith the conflict now having taken more than 600 lives, aid agencies warned of a crisis.\n\n"
         "Israel pressed its offensive on Monday.\n")
    got = _numbers(_compare(a, b))
    assert ("compatible", "more than 640 Palestinians", "more than 600") in got


def test_lives_saved_are_no_death_toll():
    a = ("Rescue effort\n\nAid agencies rushed in on Monday.\n\nRescuers said they saved more than 600 lives in the first week.\n")
    b = ("Gaza toll\n\nAid agencies rushed in on Monday.\n\nMore than 640 people were killed in the offensive, officials said.\n")
    rep = _compare(a, b, min_confidence=0)
    assert not [n for n in _numbers(rep) if "600" in n[1]]
    taken = _compare(a.replace("they saved", "the fighting has taken"), b, min_confidence=0)
    assert [n for n in _numbers(taken) if "600" in n[1] and "640" in n[2]]


def test_two_additional_things_are_other_things():
    a = ("Nichols sentenced\n\nA federal judge gave Brian Nichols two additional life sentences for killing an agent.\n")
    b = ("Nichols gets life\n\nBrian Nichols is already serving three life sentences for the courthouse rampage.\n")
    rep = _compare(a, b, min_confidence=0)
    assert not _numbers(rep, "differs", "conflict")
    assert [s for s in rep.skipped if s.rule == "number.other-ones"]


def test_a_denial_inside_quotation_marks_is_a_quote():
    a = ("Nichols verdict\n\nIn his own words, he said it's not his DNA to stay in jail, said Christina Greenway.\n")
    b = ("Nichols verdict reaction\n\n\"In his own words, it is not in his DNA to stay in prison,\" Greenway said.\n")
    rep = _compare(a, b)
    assert [f for f in rep.findings if f.kind == "quote" and "DNA" in f.a.text and f.verdict.value == "compatible"]


def test_a_figure_counts_the_nouns_joined_to_its_noun():
    a = "Aceh quake\n\nIn Central Aceh, about 1,500 houses and buildings were damaged, Nugroho said.\n"
    b = "Aceh quake damage\n\nIn Central Aceh, about 1,500 buildings were damaged, Nugroho said.\n"
    assert ("compatible", "about 1,500 houses", "about 1,500 buildings") in _numbers(_compare(a, b))
    c = "Aceh quake damage\n\nIn Central Aceh, about 1,500 roads were damaged, Nugroho said.\n"
    rep = _compare(a, c, min_confidence=0)
    assert not [n for n in _numbers(rep) if "roads" in n[2]]
    assert [s for s in rep.skipped if s.rule == "number.different-things" and "road" in s.detail]


def test_the_shared_name_judge_confirms_a_name_of_sentences_never_compared():
    from factcheck.aliases import Aliases, Knowledge
    from factcheck.judge import Doc, Out, shared_name_findings
    from factcheck.model import Entity
    from factcheck.pipeline import analyse
    an_a = analyse(Article("a.txt", "Red Sox offer\n\nIt was then that agent Scott Boras countered by asking for more.\n"))
    an_b = analyse(Article("b.txt", "Talks go on\n\nNo deal is close. Naturally Scott Boras will try to draw this out.\n"))
    doc_a = Doc("A", an_a.sentences, an_a.facts, an_a.claimants, an_a.published)
    doc_b = Doc("B", an_b.sentences, an_b.facts, an_b.claimants, an_b.published)
    names = [f.text for an in (an_a, an_b) for fs in an.facts for f in fs if isinstance(f, Entity)]
    aliases = Aliases(names, Knowledge())
    out = Out()
    shared_name_findings(doc_a, doc_b, aliases, lambda i, j: 0.0, set(), t=Thresholds(), out=out)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in out.findings] == [("agree", "agent Scott Boras", "Scott Boras")]
    # a name the name judge already compared is left to it
    out = Out()
    shared_name_findings(doc_a, doc_b, aliases, lambda i, j: 0.0, {(1, 2)}, t=Thresholds(), out=out)
    assert not out.findings


def test_sentences_too_unlike_share_statements_but_fill_no_place_differently():
    from factcheck.judge import Doc, Out, Vocabulary, claim_findings
    from factcheck.aliases import Aliases, Knowledge
    from factcheck.pipeline import analyse
    an_a = analyse(Article("a.txt", "Comeaux escape\n\nHe initially was imprisoned in February 1979 on three sentences "
                                    "for rape of a child, aggravated rape of a child, and burglary.\n"))
    an_b = analyse(Article("b.txt", "Comeaux caught\n\nComeaux was in prison after being convicted of aggravated "
                                    "sexual assault of a child and aggravated assault with a deadly weapon.\n"))
    doc_a = Doc("A", an_a.sentences, an_a.facts, an_a.claimants, an_a.published)
    doc_b = Doc("B", an_b.sentences, an_b.facts, an_b.claimants, an_b.published)
    vocab, aliases = Vocabulary((doc_a, doc_b)), Aliases([], Knowledge())

    def discrepancies(shared_only):
        out = Out()
        claim_findings(doc_a, [1], doc_b, [1], vocab, aliases, t=Thresholds(), out=out, score=0.08, aligned=False,
                       shared_only=shared_only)
        return [f for f in out.findings if f.verdict.rank >= 2]
    # all the judge reads: "aggravated rape" / "aggravated sexual assault" (the 1979 and 1999 convictions)
    assert discrepancies(False)
    assert not discrepancies(True)


def test_a_person_of_a_place_is_two_names():
    from factcheck.facts.entities import extract_entities
    from factcheck.model import Role, Sentence

    def names(text):
        return [e.text for e in extract_entities(Sentence(0, text, 0, len(text), 0, Role.BODY))]
    assert names("Flynn's father Herbert Flynn of Fort Coffee said later.") == ["Flynn", "Herbert Flynn", "Fort Coffee"]
    # a body, a title or a place keeps its "of"
    assert names("Angus McDonald of Glasgow said.") == ["Angus McDonald", "Glasgow"]
    # a body, a title or a place keeps its "of", with "the" in front or not
    assert names("He banked with the Bank of America in the United States of America.") == \
        ["Bank of America", "United States of America"]
    assert names("She met Joint Chiefs of Staff members.") == ["Joint Chiefs of Staff"]
    assert names("She saw United States of America troops.") == ["United States of America"]


def test_a_generational_suffix_on_one_side_is_worth_a_look():
    a = "Simpson guilty\n\nFlynn's father Herbert Flynn of Fort Coffee said later he was glad it was over.\n"
    b = "Simpson convicted\n\nThe jury told the deceased's father, Herbert Flynn Jr, that it was over.\n"
    got = [(f.verdict.value, f.a.text, f.b.text) for f in _compare(a, b).findings if f.kind == "entity"]
    assert ("compatible", "Herbert Flynn", "Herbert Flynn Jr") in got
    # the same suffix on both sides is one name: no variant
    same = _compare(a.replace("Herbert Flynn of", "Herbert Flynn Jr of"), b, min_confidence=0)
    assert not [f for f in same.findings if "father and son" in f.message]
    # "Sr" / "Jr": two generations, a discrepancy
    got = [(f.verdict.value, f.a.text, f.b.text) for f in
           _compare(a.replace("Herbert Flynn of", "Herbert Flynn Sr of"), b).findings if "father and son" in f.message]
    assert got == [("differs", "Herbert Flynn Sr", "Herbert Flynn Jr")]
    # not a war or a pope, not one report naming a father and his son
    war = _compare("War\n\nThe World War II veterans met.\n", "War\n\nThe World War veterans met.\n", min_confidence=0)
    assert not [f for f in war.findings if "father and son" in f.message]
    one = _compare("Flynn\n\nHerbert Flynn Jr spoke. Herbert Flynn of Fort Coffee, his father, wept.\n",
                   "Flynn\n\nThe trial ended.\n", min_confidence=0)
    assert not [f for f in one.findings if "father and son" in f.message]


def test_a_statement_inside_a_quote_the_quote_judge_sets_whole_is_held_back_by_name():
    a = "Troy shooting\n\n\"He probably realized if he didn't, he was going to be shot,\" Pickell said.\n"
    b = "Troy gunman\n\n\"He probably realised if he didn't, he was going to be shot,\" Pickell said.\n"
    rep = _compare(a, b)
    quotes = [f for f in rep.findings if f.kind == "quote"]
    assert len(quotes) == 1 and quotes[0].a.text.startswith("He probably")   # the whole quote, once
    assert [s for s in rep.skipped if s.rule == "claim.quoted-whole" and "probably realized" in s.detail]
