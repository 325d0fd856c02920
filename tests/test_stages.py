"""Each stage of the pipeline on its own, with real sentences.

The sentences are copied from the seed pair (``seeds/``) and from ECB+ articles
(``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014; see ``tests/gold/README.md``).
They are inlined here so that the tests read nothing outside the repository.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from factcheck import judge
from factcheck.settings import Thresholds
from factcheck.aliases import Aliases, Knowledge
from factcheck.align import WEIGHTS, Features, align, similarity_matrix
from factcheck.clean import clean
from factcheck.errors import FactcheckError, InputError
from factcheck.facts.attribution import extract_attributions
from factcheck.facts.entities import extract_entities
from factcheck.facts.numbers import extract_quantities
from factcheck.facts.quotes import extract_quotes
from factcheck.load import decode, load_article
from factcheck.model import Article, Quantity, Role, Sentence, Verdict
from factcheck.segment import segment
from factcheck.text import content_stems

# --------------------------------------------------------------------------- real text

# seeds/theweek-met-firearms.txt
WEEK_MOD_QUOTE = (
    "The Guardian quoting a Met spokesperson reported, \u201cThe Ministry of Defence has agreed to a request "
    "to provide the Met with counter-terrorism support should it be needed. This is a contingency option that "
    "would only be used in specific circumstances and where an appropriate policing response was not available. "
    "Armed forces personnel will not be used in a routine policing capacity. We will keep the need for the "
    "support under constant review.\u201d")
WEEK_BRAVERMAN = (
    "Home Secretary Suella Braverman, who is in charge of policing for the UK's Conservative government, said "
    "she would review armed policing to ensure that armed officers have the confidence to do their jobs. "
    "\u201cIn the interest of public safety, they have to make split-second decisions under extraordinary "
    "pressures,\u201d Braverman posted on X, formerly known as Twitter.\n\n"
    "\u201cThey mustn't fear ending up in the dock for carrying out their duties. Officers risking their lives "
    "to keep us safe have my full backing, and I will do everything in my power to support them,\u201d she "
    "tweeted.\n")
WEEK_REQUEST = "The defence ministry also said that they have accepted a request from Met police."
WEEK_REPORTS = ("According to reports, around 90 to 100 Met firearms officers laid down their arms by Saturday "
                "evening and refused to carry out regular armed duties.")
WEEK_BBC = ("The BBC said more than 100 officers had turned in their firearm permits and that police from "
            "neighbouring forces were called in to help patrol London on Saturday night.")

# seeds/guardian-met-firearms.txt
GUARDIAN_BRAVERMAN = (
    "Ordering the review of armed policing on Sunday, Braverman said: \u201cWe depend on our brave firearms "
    "officers to protect us from the most dangerous and violent in society. In the interest of public safety "
    "they have to make split-second decisions under extraordinary pressures.\n\n"
    "\u201cThey mustn\u2019t fear ending up in the dock for carrying out their duties. Officers risking their "
    "lives to keep us safe have my full backing and I will do everything in my power to support them. "
    "That\u2019s why I have launched a review to ensure they have the confidence to do their jobs while "
    "protecting us all.\u201d\n")
GUARDIAN_REBELLION = (
    "Suella Braverman ordered a review of armed policing to calm a growing rebellion of about 100 officers over "
    "the charging on Wednesday of an officer for the murder of 24-year-old Chris Kaba, an unarmed man killed "
    "last September by a single shot to the head.")
GUARDIAN_IOPC = (
    "He said the government-ordered review should investigate how the Independent Office for Police Conduct "
    "pursued officers and how the Crown Prosecution Service considered criminal charges against them.")

# corpus/ecbplus/18/ecbplus/18_2ecbplus.txt (USA Today) and 18_11ecbplus.txt (The Age)
TROY_GAGE = ("Sheriff's deputies and state police chased him at speeds of more than 100 mph before he finally "
             "pulled over after about 15 minutes, Genesee County Undersheriff James Gage said.")
TROY_SCHERLINCK = ("Officers found a gun in the vehicle matching the description of the one used in the "
                   "shootings, Troy police Lt. Gerry Scherlinck said.")
TROY_CRAFT = ("Some witnesses told police that when the shooter walked into the office on the building's second "
              "floor around 10 a.m. Monday, he looked as if he was trying to hide something, Troy Police Chief "
              "Charles Craft said.")
TROY_PRIVACY_A = ("The families of the two wounded men requested \"total privacy,\" and the hospital would not "
                  "release any details about their conditions, Beaumont Hospital spokeswoman Ilene Wolfe said.")
TROY_PRIVACY_B = ("The families of the two wounded men requested \"total privacy\", and the hospital would not "
                  "release any details about their conditions, Beaumont Hospital spokeswoman Ilene Wolfe said.")
# corpus/ecbplus/20/..., 12/..., 41/... (other ECB+ articles)
NICHOLS_MR = "Mr. Nichols escaped on March 11, 2005, as he was being escorted to a trial for rape."
NICHOLS_US = ("But District Attorney Paul Howard said he has spoken with U.S. attorneys about a possible death "
              "penalty trial against Nichols in federal court for the killing of the off-duty federal agent.")
NICHOLS_SEPT = ("The jury-six black women, two white women, two black men, one white man and one Asian man-began "
                "hearing the case Sept. 22 and convicted Nichols on Nov. 7 after 12 hours of deliberation.")
CLICK_BODY = "To apply it, click the Fix It icon above the Fix This Problem link."
RELATED_BODY = "He said the two deaths were not related to weather conditions."


def sentence(text: str, start: int = 0, index: int = 0) -> Sentence:
    return Sentence(index, text, start, start + len(text), 0)


def content_sentences(text: str) -> tuple[Article, list[Sentence]]:
    article = Article("x.txt", text)
    return article, [s for s in segment(article, clean(article)) if s.role.is_content]


# --------------------------------------------------------------------------- load

def test_load_drops_the_bom_and_keeps_the_text(tmp_path):
    text = WEEK_REQUEST + "\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    article = load_article(str(path))
    assert article.text == text
    assert article.path == str(path)


def test_load_keeps_crlf_so_offsets_are_those_of_the_file(tmp_path):
    data = (WEEK_REQUEST + "\r\n\r\n" + WEEK_BBC + "\r\n").encode("utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    assert load_article(str(path)).text == data.decode("utf-8")


@pytest.mark.parametrize("data, problem", [
    (b"", "is empty"),
    (b"  \n\t\r\n", "is empty"),
    (b"Met police\x00\x00\x01", "NUL"),
    ("Caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
])
def test_load_refuses_what_is_not_a_utf8_report(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        load_article(str(path))
    message = str(err.value.message)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message
    assert err.value.exit_code == 2


def test_load_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="directory"):
        load_article(str(tmp_path))


def test_decode_names_the_path():
    with pytest.raises(FactcheckError) as err:
        decode(b"\xff\xfe", "some/file.txt")
    assert err.value.message.startswith("some/file.txt: ")


# --------------------------------------------------------------------------- clean

CLEAN_LINES = [
    ("Met police request support from army after officers down firearms", [Role.HEADLINE]),
    ("Officers in Greater London\u2019s police force have put down weapons in protest at colleague\u2019s murder "
     "charge", [Role.STANDFIRST]),
    ("London Met police Representational image", [Role.PLACEHOLDER]),
    ("The Metropolitan police has called on the SAS to provide counter-terrorism support after firearms officers "
     "downed their weapons in protest at the charging of their colleague with murder.", [Role.BODY]),
    ("Chris Kaba", [Role.PLACEHOLDER]),
    ("Chris Kaba died after an officer fired at him through his car\u2019s windscreen. Photograph: Inquest/AP",
     [Role.CAPTION, Role.CREDIT]),
    (CLICK_BODY, [Role.BODY]),
    (RELATED_BODY, [Role.BODY]),
    ("(With PTI inputs.)", [Role.CREDIT]),
    ("\U0001f4e3 The Week is now on Telegram. Click here to join our channel (@TheWeekmagazine) and stay updated "
     "with the latest headlines", [Role.PROMO]),
    ("Vikram Dodd and Aamna Mohdin", [Role.BYLINE]),
    ("Related Content", [Role.RELATED]),
    ("Article image", [Role.RELATED]),
    ("Survey to ask Met police officers if they want to carry firearms", [Role.RELATED]),
    ("09, Jan, 2017 @6:00 AM", [Role.RELATED]),
]


def test_clean_gives_each_block_its_role():
    article = Article("x.txt", "\n\n".join(line for line, _ in CLEAN_LINES) + "\n")
    blocks = clean(article)
    got = [(article.text[b.start:b.end], b.role) for b in blocks]
    want = []
    for line, roles in CLEAN_LINES:
        if roles == [Role.CAPTION, Role.CREDIT]:
            caption, credit = line.split(" Photograph: ")
            want += [(caption, Role.CAPTION), ("Photograph: " + credit, Role.CREDIT)]
        else:
            want.append((line, roles[0]))
    assert got == want
    assert [b.index for b in blocks] == list(range(len(blocks)))


def test_clean_dateline_and_live_updates_promo():
    # corpus/ecbplus/18/ecbplus/18_2ecbplus.txt, first lines
    text = ("1 dead, 2 hurt in Mich. office shooting; police say suspect had worked there\n"
            "Updated 4/9/2007 6:04 PM\n"
            "A man suspected of shooting three people at an accounting firm where he had worked was arrested a few "
            "hours later after a high-speed chase, authorities said.\n"
            "ON DEADLINE: Live updates and local coverage\n"
            "One victim died in the Monday morning attack.\n")
    article = Article("x.txt", text)
    assert [b.role for b in clean(article)] == [Role.HEADLINE, Role.DATELINE, Role.BODY, Role.PROMO, Role.BODY]


def test_clean_keeps_body_sentences_that_mention_click_or_related():
    text = "\n".join([WEEK_REQUEST, CLICK_BODY, RELATED_BODY, WEEK_BBC]) + "\n"
    roles = [b.role for b in clean(Article("x.txt", text))]
    assert roles[1:] == [Role.BODY, Role.BODY, Role.BODY]


def test_clean_splits_an_agency_credit_in_brackets_off_a_caption():
    text = ("Quake toll rises in Aceh\n"
            "Officials say at least 24 people were killed by the quake, which struck on Tuesday.\n"
            "Rescuers search the rubble of a house in Aceh province. (AFP/Getty Images)\n"
            "The alliance said it would send help to the region (NATO).\n")
    blocks = clean(Article("x.txt", text))
    assert [(b.role, text[b.start:b.end]) for b in blocks[2:]] == [
        (Role.CAPTION, "Rescuers search the rubble of a house in Aceh province."),
        (Role.CREDIT, "(AFP/Getty Images)"),
        (Role.BODY, "The alliance said it would send help to the region (NATO)."),
    ]


def test_boilerplate_roles_are_not_content():
    assert {r for r in Role if r.is_content} == {Role.HEADLINE, Role.STANDFIRST, Role.BODY, Role.CAPTION}


# --------------------------------------------------------------------------- segment

def test_segment_does_not_split_at_abbreviations():
    paragraph = " ".join([TROY_SCHERLINCK, NICHOLS_MR, TROY_CRAFT, NICHOLS_US, NICHOLS_SEPT])
    article = Article("x.txt", paragraph)
    sentences = segment(article, clean(article))
    assert [s.text for s in sentences] == [TROY_SCHERLINCK, NICHOLS_MR, TROY_CRAFT, NICHOLS_US, NICHOLS_SEPT]


def test_segment_offsets_are_true_across_paragraphs_and_crlf():
    text = ("Met police request support from army after officers down firearms\r\n\r\n"
            + GUARDIAN_REBELLION + " " + GUARDIAN_IOPC + "\r\n\r\n" + WEEK_BRAVERMAN.replace("\n", "\r\n"))
    article = Article("x.txt", text)
    sentences = segment(article, clean(article))
    assert len(sentences) >= 6
    for k, s in enumerate(sentences):
        assert s.index == k
        assert article.text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)


# --------------------------------------------------------------------------- aliases

SEED_NAMES = ["Met police", "Metropolitan police", "the Met", "defence ministry", "Ministry of Defence", "IOPC",
              "Independent Office for Police Conduct", "Braverman", "Suella Braverman", "Army", "SAS",
              "Home Office", "Duncan Rait", "Duncan Raite", "Rait", "Raite"]


@pytest.fixture(scope="module")
def aliases():
    return Aliases(SEED_NAMES, Knowledge.load())


@pytest.mark.parametrize("a, b", [
    ("Met police", "Metropolitan police"),
    ("the Met", "Metropolitan police"),
    ("defence ministry", "Ministry of Defence"),
    ("IOPC", "Independent Office for Police Conduct"),
    ("Braverman", "Suella Braverman"),
    ("windscreen", "windshield"),          # from the shipped knowledge file
])
def test_aliases_same(aliases, a, b):
    assert aliases.same(a, b)
    assert aliases.same(b, a)


@pytest.mark.parametrize("a, b", [
    ("Army", "SAS"),
    ("Rait", "Raite"),
    ("Duncan Rait", "Duncan Raite"),
    ("Home Office", "Met police"),
])
def test_aliases_not_same(aliases, a, b):
    assert not aliases.same(a, b)
    assert not aliases.same(b, a)


def test_windscreen_needs_the_knowledge_file():
    assert not Aliases(["windscreen", "windshield"], Knowledge()).same("windscreen", "windshield")


def test_user_aliases_file_adds_a_synonym(tmp_path):
    # "Aoraki Mount Cook National Park" / "Aoraki-Mt Cook National Park" (ECB+ topic 23)
    extra = tmp_path / "mine.toml"
    extra.write_text('[[same]]\nnames = ["Aoraki", "Mount Cook"]\n', encoding="utf-8")
    names = ["Aoraki", "Mount Cook"]
    assert not Aliases(names, Knowledge.load()).same("Aoraki", "Mount Cook")
    with_user = Aliases(names, Knowledge.load(str(extra)))
    assert with_user.same("Aoraki", "Mount Cook")
    assert with_user.same("windscreen", "windshield")     # the shipped file still counts


def test_bad_aliases_file_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[same]\nnames = ["a"', encoding="utf-8")
    with pytest.raises(InputError) as err:
        Knowledge.load(str(bad))
    assert err.value.message.startswith(f"{bad}: ")


# --------------------------------------------------------------------------- entities

def test_entities_with_titles_and_offsets():
    s = sentence("Home Secretary " + WEEK_BRAVERMAN.split("Home Secretary ")[1].split(". ")[0] + ".", start=100)
    found = list(extract_entities(s, common=frozenset({"home"})))
    assert ("Suella Braverman", "person") in [(e.text, e.label) for e in found]
    for e in found:
        assert s.text[e.start - s.start:e.end - s.start] == e.text


def test_entities_organisations_and_acronyms():
    s = sentence(GUARDIAN_IOPC, start=7)
    names = [e.text for e in extract_entities(s, common=frozenset({"he"}))]
    assert names == ["Independent Office for Police Conduct", "Crown Prosecution Service"]
    acr = sentence("The IOPC\u2019s threshold for investigating an officer should be raised, the commissioner said.")
    assert [(e.text, e.label) for e in extract_entities(acr, common=frozenset({"the"}))] == [("IOPC", "acronym")]


def test_entities_person_after_a_rank():
    s = sentence(TROY_GAGE)
    assert ("James Gage", "person") in [(e.text, e.label) for e in extract_entities(s, common=frozenset({"sheriff"}))]
    s = sentence(TROY_SCHERLINCK)
    found = [(e.text, e.label) for e in extract_entities(s, common=frozenset({"officers"}))]
    assert ("Gerry Scherlinck", "person") in found, found   # module doc: titles such as "Lt." mark a person


# --------------------------------------------------------------------------- attribution

def attributions(text, start=0):
    s = sentence(text, start)
    found = list(extract_attributions(s))
    for a in found:
        assert text[a.start - start:a.end - start] == a.text
    return [(a.cue, a.source) for a in found]


def test_attribution_request_from():
    assert ("request from", "Met police") in attributions(WEEK_REQUEST, start=50)


def test_attribution_according_to_reports():
    assert attributions(WEEK_REPORTS)[0] == ("according to", "reports")


def test_attribution_trailing_said_keeps_only_the_speaker():
    assert attributions(TROY_GAGE, start=3) == [("said", "Genesee County Undersheriff James Gage")]


# --------------------------------------------------------------------------- quotes

def quotes_of(text):
    article, sentences = content_sentences(text)
    found = list(extract_quotes(article.text, sentences))
    for q in found:
        assert article.text[q.start:q.end] == q.text
    return found


def test_quote_over_several_sentences_has_one_id():
    found = quotes_of("Headline about the Met\n\n" + WEEK_MOD_QUOTE + "\n")
    assert len(found) == 4                         # one piece per sentence
    assert {q.quote_id for q in found} == {found[0].quote_id}
    assert found[0].content.startswith("The Ministry of Defence has agreed")
    assert found[-1].content.startswith("We will keep the need")
    assert {q.speaker for q in found} == {"Met spokesperson"}


def test_quote_over_paragraphs_with_the_opening_mark_repeated_has_one_id():
    found = quotes_of("Headline about the Met\n\n" + GUARDIAN_BRAVERMAN)
    assert len(found) == 5
    assert len({q.quote_id for q in found}) == 1
    assert {q.speaker for q in found} == {"Braverman"}
    assert found[2].content.startswith("They mustn\u2019t fear")
    assert found[-1].content.endswith("protecting us all.")


def test_speaker_named_after_the_quote_and_a_pronoun():
    found = quotes_of("Headline about the Met\n\n" + WEEK_BRAVERMAN)
    first = [q for q in found if q.content.startswith("In the interest")]
    tweeted = [q for q in found if q.cue == "tweeted"]
    assert [(q.speaker, q.cue) for q in first] == [("Braverman", "posted")]
    assert len(tweeted) == 2 and len({q.quote_id for q in tweeted}) == 1
    assert {q.speaker for q in tweeted} == {"Braverman"}       # "she tweeted" → the last speaker named
    assert first[0].quote_id != tweeted[0].quote_id


def test_partial_quote():
    found = quotes_of("Headline about the shooting\n\n" + TROY_PRIVACY_A + "\n")
    assert len(found) == 1
    assert found[0].content.rstrip(",") == "total privacy"


# --------------------------------------------------------------------------- align

def features(index, text, headline=False):
    return Features(index, tuple(content_stems(text)), frozenset(), frozenset(), (), headline)


def naive_similarity(a, b):
    """The documented score, one pair at a time (STYLE rule 12: fast code against a naive version)."""
    n = len(a) + len(b)
    df = {}
    for f in (*a, *b):
        for t in set(f.stems):
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log(1 + n / c) for t, c in df.items()}

    def norm(f):
        return math.sqrt(sum(idf[t] ** 2 for t in set(f.stems))) or 1.0

    def run_shared(qa, qb, run=6):
        if len(qa) < run or len(qb) < run:
            return False
        return any(qa[i:i + run] == qb[j:j + run] for i in range(len(qa) - run + 1) for j in range(len(qb) - run + 1))

    out = []
    for fa in a:
        row = []
        for fb in b:
            shared = set(fa.stems) & set(fb.stems)
            overlap = sum(idf[t] ** 2 for t in shared) / (norm(fa) * norm(fb))
            fuzzy = max(0.0, fuzz.token_sort_ratio(" ".join(fa.stems), " ".join(fb.stems)) - 50) / 50
            phrases = len(set(zip(fa.stems, fa.stems[1:])) & set(zip(fb.stems, fb.stems[1:])))
            score = (WEIGHTS["overlap"] * overlap + WEIGHTS["fuzzy"] * fuzzy + WEIGHTS["phrases"] * min(1, phrases / 2)
                     + WEIGHTS["numbers"] * min(1, len(fa.numbers & fb.numbers))
                     + WEIGHTS["entities"] * min(1, len(fa.entities & fb.entities) / 2)
                     + WEIGHTS["headline"] * (fa.headline and fb.headline))
            if run_shared(fa.quote_words, fb.quote_words):
                score = max(score, 0.9)
            row.append(round(min(score, 1.0), 4))
        out.append(row)
    return out


def flat(matrix):
    return [x for row in matrix for x in row]


REAL_A = [WEEK_REQUEST, WEEK_REPORTS, WEEK_BBC, TROY_GAGE]
REAL_B = [GUARDIAN_REBELLION, GUARDIAN_IOPC, TROY_SCHERLINCK]


def test_similarity_matrix_equals_the_double_loop_on_real_sentences():
    a = [features(i, t, headline=(i == 0)) for i, t in enumerate(REAL_A)]
    b = [features(i, t, headline=(i == 0)) for i, t in enumerate(REAL_B)]
    assert flat(similarity_matrix(a, b)) == pytest.approx(flat(naive_similarity(a, b)), abs=1.5e-4)


WORDS = ["polic", "armi", "support", "kaba", "shot", "car", "met", "sas", "review", "offic"]
feature_lists = st.lists(
    st.builds(lambda stems, nums, ents, quote, head: (tuple(stems), frozenset(nums), frozenset(ents), tuple(quote), head),
              st.lists(st.sampled_from(WORDS), max_size=8), st.sets(st.sampled_from(["24", "100", "90"]), max_size=2),
              st.sets(st.sampled_from(["met", "sas", "armi"]), max_size=2),
              st.lists(st.sampled_from(WORDS[:4]), max_size=8), st.booleans()),
    max_size=5)


@settings(max_examples=150, deadline=None)
@given(feature_lists, feature_lists)
def test_similarity_matrix_equals_the_double_loop(raw_a, raw_b):
    a = [Features(i, *r) for i, r in enumerate(raw_a)]
    b = [Features(i, *r) for i, r in enumerate(raw_b)]
    fast = similarity_matrix(a, b)
    assert len(fast) == len(a) and all(len(row) == len(b) for row in fast)
    if a and b:
        assert flat(fast) == pytest.approx(flat(naive_similarity(a, b)), abs=1.5e-4)
    assert all(0.0 <= x <= 1.0 for row in fast for x in row)


def test_align_toy_case():
    f = lambda i, s: Features(i, tuple(s.split()), frozenset(), frozenset(), ())   # noqa: E731
    pairs, _ = align([f(0, "polic seek armi support"), f(1, "kaba shot dead")],
                     [f(0, "kaba shot car"), f(1, "armi support request polic")])
    assert [(p.a, p.b) for p in pairs] == [((0,), (1,)), ((1,), (0,))]


def test_align_joins_a_sentence_to_its_taken_best_partner():
    # ECB+ 41 (Greek riots), in stems: B1's best partner A0 is taken by B0 (a better pair); B1
    # scores more with A0 than with its own one-to-one partner A1, so it joins A0 as well
    f = lambda i, s: Features(i, tuple(s.split()), frozenset(), frozenset(), ())   # noqa: E731
    a = [f(0, "ten thousand march street nationwide strike protest tax cut demand imf"),
         f(1, "polic respond tear gas barrag")]
    b = [f(0, "tax cut demand imf blow plan"), f(1, "ten thousand worker march street youth clash polic tear gas"),
         f(2, "weather sunny")]
    pairs, sim = align(a, b)
    assert sim[0][1] > sim[1][1] and sim[0][0] > sim[0][1]
    assert [(p.a, p.b) for p in pairs] == [((0, 1), (0, 1))]


def test_align_one_to_many():
    # The Week's sentences 13-14 joined, against the same two sentences apart.
    a = [features(0, "Kaba was killed after officers in an unmarked vehicle pursued and stopped the car he was "
                     "driving, and he was struck by a single bullet fired through the windshield as he sat in the "
                     "Audi car."),
         features(1, "Only about one in 10 of London's police officers carry firearms, and the ones that do "
                     "undergo special training.")]
    b = [features(0, "Kaba was killed after officers in an unmarked vehicle pursued and stopped the car he was "
                     "driving."),
         features(1, "He was struck by a single bullet fired through the windshield as he sat in the Audi car."),
         features(2, "The Met, which polices most of London, had to ask other smaller forces to lend it armed "
                     "officers.")]
    pairs, sim = align(a, b)
    assert [(p.a, p.b) for p in pairs] == [((0,), (0, 1))]
    assert pairs[0].score == max(sim[0][0], sim[0][1])


# --------------------------------------------------------------------------- judge: numbers

def quantity(text: str, phrase: str) -> Quantity:
    """The quantity whose text is ``phrase`` in the real sentence ``text``."""
    found = [q for q in extract_quantities(text, 0) if q.text == phrase]
    assert len(found) == 1, [q.text for q in extract_quantities(text, 0)]
    return found[0]


NUMBER_CASES = [
    # (sentence A, phrase A, sentence B, phrase B, verdicts)
    (GUARDIAN_REBELLION, "about 100", WEEK_REPORTS, "around 90 to 100", {Verdict.COMPATIBLE}),
    ("a growing rebellion of about 100 officers", "about 100", "90 to 100 officers laid down their arms",
     "90 to 100", {Verdict.COMPATIBLE}),
    ("90 to 100 officers laid down their arms", "90 to 100", WEEK_BBC, "more than 100", {Verdict.CONFLICT}),
    # seeds.gold.json "officers-90-100-vs-more-than-100": the seed's own wording
    (WEEK_REPORTS, "around 90 to 100", WEEK_BBC, "more than 100", {Verdict.CONFLICT, Verdict.DIFFERS}),
    # ECB+ topic 37 (Gaza): "at least five dead" / "leaving 40 people dead"
    ("Shelling of houses in the Bureij refugee camp left at least five dead and 16 injured.", "at least five",
     "No militants were inside a United Nations-run school attacked by Israeli forces in Gaza, leaving 40 people "
     "dead, the UN says.", "40",
     {Verdict.DIFFERS}),
    # ECB+ topic 37 (Aceh): "24 people dead" / "24 dead"
    ('"We have recorded 24 people dead and 249 people injured," disaster agency spokesman Sutopo Purwo Nugroho '
     'told Agence-France Presse (AFP) news agency.', "24",
     "Indonesia earthquake: 24 dead and over 200 injured as 6.1 magnitude quake hits Aceh province", "24",
     {Verdict.AGREE}),
]


@pytest.mark.parametrize("text_a, phrase_a, text_b, phrase_b, verdicts", NUMBER_CASES,
                         ids=["about-100~around-90-100", "about-100~90-100", "90-100~more-than-100",
                              "seed-around-90-100~more-than-100", "at-least-5~40", "24~24"])
def test_compare_quantities(text_a, phrase_a, text_b, phrase_b, verdicts):
    qa, qb = quantity(text_a, phrase_a), quantity(text_b, phrase_b)
    ab = judge.compare_quantities(qa, qb, tolerance=0.1)
    ba = judge.compare_quantities(qb, qa, tolerance=0.1)
    assert ab is not None and ba is not None
    assert ab[0] in verdicts, ab
    assert ba[0] == ab[0]
    assert "\n" not in ab[1]


bounds = st.one_of(st.none(), st.integers(0, 200).map(float))


@st.composite
def quantities(draw):
    lo, hi = draw(bounds), draw(bounds)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    value = draw(st.one_of(st.none(), st.sampled_from([v for v in (lo, hi) if v is not None] or [None])))
    point = lo is not None and lo == hi            # a single figure: both ends closed, never an empty interval
    return Quantity(text="x", start=0, end=1, value=value, low=lo, high=hi,
                    low_inclusive=draw(st.booleans()) if lo is not None and not point else True,
                    high_inclusive=draw(st.booleans()) if hi is not None and not point else True,
                    approximate=draw(st.booleans()), counts="officer",
                    qualifier=draw(st.sampled_from([None, "about", "more than", "at least", "up to"])))


@settings(max_examples=300, deadline=None)
@given(quantities(), quantities(), st.sampled_from([0.0, 0.1, 0.25]))
def test_compare_quantities_is_symmetric(qa, qb, tolerance):
    ab = judge.compare_quantities(qa, qb, tolerance=tolerance)
    ba = judge.compare_quantities(qb, qa, tolerance=tolerance)
    assert (ab is None) == (ba is None)
    if ab is not None:
        assert ab[0] == ba[0], (ab, ba)


# --------------------------------------------------------------------------- judge: quotes

def quote_doc(doc_id: str, text: str, speaker: str) -> judge.Doc:
    article, sentences = content_sentences("Headline about the story\n\n" + text + "\n")
    per = {s.index: [] for s in sentences}
    for q in extract_quotes(article.text, sentences):
        owner = next(s.index for s in sentences if s.start <= q.start <= s.end)
        per[owner].append(q)
    full = {s.index: s for s in segment(article, clean(article))}
    all_sentences = tuple(full[i] for i in sorted(full))
    facts = tuple(tuple(per.get(s.index, ())) for s in all_sentences)
    return judge.Doc(doc_id, all_sentences, facts, tuple(speaker for _ in all_sentences))


@pytest.mark.parametrize("text_a, text_b", [
    (TROY_PRIVACY_A, TROY_PRIVACY_B),                                          # "total privacy," / "total privacy",
    ('"I\'m not positive all three of the people were targeted, but there appeared to be some purpose," Craft said.',
     '"I\'m not positive all three of the people were targeted, but there appeared to be some purpose." Craft '
     'said.'),
    ("\u201cIn the interest of public safety, they have to make split-second decisions under extraordinary "
     "pressures,\u201d Braverman posted on X.",
     "Braverman said: \u201cIn the interest of public safety they have to make split-second decisions under "
     "extraordinary pressures.\u201d"),
    ("\u201cThey mustn't fear ending up in the dock for carrying out their duties,\u201d she tweeted.",
     "Braverman said: \u201cThey mustn\u2019t fear ending up in the dock for carrying out their duties.\u201d"),
])
def test_quotes_that_differ_only_in_punctuation_agree(text_a, text_b):
    doc_a, doc_b = quote_doc("A", text_a, "Braverman"), quote_doc("B", text_b, "Suella Braverman")
    al = Aliases(["Braverman", "Suella Braverman"], Knowledge())
    out = judge.Out()
    judge.quote_findings(doc_a, doc_b, al, t=Thresholds(), out=out)
    findings = out.findings
    quotes = [f for f in findings if f.kind == "quote"]
    assert [f.verdict for f in quotes] == [Verdict.AGREE], [f.message for f in findings]
    assert not [f for f in findings if f.kind == "attribution"]


def test_quote_with_a_changed_word_is_not_agree():
    # corpus/ecbplus/18: "realized" (USA Today) / "realised" (The Age)
    a = quote_doc("A", '"He probably realized if he didn\'t, he was going to be shot," Gage said.', "Gage")
    b = quote_doc("B", '"He probably realised if he didn\'t, he was going to be shot," Undersheriff James Gage '
                       'said.', "Undersheriff James Gage")
    out = judge.Out()
    judge.quote_findings(a, b, Aliases(["Gage", "Undersheriff James Gage"], Knowledge()), t=Thresholds(), out=out)
    findings = out.findings
    assert [f.verdict for f in findings if f.kind == "quote"] == [Verdict.COMPATIBLE]


def test_alignment_features_keep_loose_amounts_as_worded():
    # ECB+ 41: "tens of thousands" in both sentences is a shared figure, though it has no value
    from factcheck.aliases import Aliases, Canon, Knowledge
    from factcheck.pipeline import analyse, features as sentence_features
    an = analyse(Article("a.txt", "Greek strike\n\nTens of thousands of people took to the streets on Wednesday, "
                                  "and 300 were arrested.\n"))
    canon = Canon([], Aliases([], Knowledge()))
    numbers = set().union(*(f.numbers for f in sentence_features(an, canon)))
    assert {"tens of thousands", "300"} <= numbers


def test_no_extractor_fails_on_real_articles():
    """Every extractor over every sentence of the seeds and the gold articles: a parser
    exception would be recorded as a ``parser-error`` (and is a bug)."""
    from factcheck.pipeline import facts_of
    root = Path(__file__).parent.parent
    paths = sorted(root.glob("seeds/*.txt")) + sorted(root.glob("tests/gold/articles/*.txt"))
    assert len(paths) >= 8
    errors = [(p.name, d.detail) for p in paths for d in facts_of(str(p)).errors]
    assert errors == []


def test_a_parser_exception_is_recorded_not_swallowed(monkeypatch):
    """An extractor that raises leaves a ``parser-error`` on its sentence; the others still run."""
    from factcheck import pipeline

    def broken(*args, **kwargs):
        raise ValueError("bad atom")
    monkeypatch.setattr(pipeline, "scan_quantities", broken)
    analysis = pipeline.analyse(Article("x.txt", "Police said 12 people were hurt on Monday.\n"))
    assert [(d.kind, d.rule, d.detail) for d in analysis.errors] == [("number", "parser-error", "ValueError: bad atom")]
    assert any(f.kind == "date" for fs in analysis.facts for f in fs)
