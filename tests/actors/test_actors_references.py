"""toolkit.actors.references: descriptions and pronouns linked to an actor named before (resolve_descriptions,
resolve_pronoun_speakers, resolve_personal_pronouns, resolve_appositions, mention_kind). The actors are made
by hand from the parse's names, so that only the module under test decides."""

from __future__ import annotations

import pytest
from actor_docs import parse

from toolkit.actors import Actor
from toolkit.actors.references import (
    mention_kind,
    resolve_appositions,
    resolve_descriptions,
    resolve_organisation_speakers,
    resolve_personal_pronouns,
    resolve_pronoun_speakers,
)


def resolved(resolve, text: str, **fields) -> dict[str, list[str]]:
    """``resolve`` run over one actor per name of ``text`` (``fields``: roles or descriptors by name); the
    references each actor gets."""
    doc = parse(text)
    actors = [Actor(e.text, e.label_, [e], **fields.get(e.text, {})) for e in doc.ents
              if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    resolve(doc, actors)
    return {a.name: [r.text for r in a.references] for a in actors}


@pytest.mark.parametrize(("text", "expected"), [
    ("Lena Varga visited the dam. She said it was safe.", {"Lena Varga": ["She"]}),
    # "she" never stands for a man known by his given name
    ("Tomas Brandt visited the dam. She said it was safe.", {"Tomas Brandt": []}),
    ("Lena Varga met Tomas Brandt. He said the talks went well.", {"Lena Varga": [], "Tomas Brandt": ["He"]}),
], ids=["she-said", "not-she-for-a-man", "he-of-two-people"])
def test_a_pronoun_subject_of_a_report(text, expected):
    assert resolved(resolve_pronoun_speakers, text) == expected


def test_a_pronoun_outside_reports_only_where_one_person_is_named_before():
    assert resolved(resolve_personal_pronouns, "Lena Varga visited the dam on Monday. Officials thanked her for "
                    "the visit.") == {"Lena Varga": ["her"]}
    assert resolved(resolve_personal_pronouns, "Lena Varga met Ilse Novak on Monday. Officials thanked her for "
                    "the visit.") == {"Lena Varga": [], "Ilse Novak": []}  # two women: no guess


def test_a_chain_of_pronouns_follows_the_one_person_named():
    # any role, and a sentence without a person in between: each "he" links, the next one through the last
    text = ("Tomas Brandt grew up in a mining town. The mine closed in 1990. His father lost his job, and the "
            "family moved away. Years later he returned as an engineer.")
    assert resolved(resolve_personal_pronouns, text) == {"Tomas Brandt": ["His", "his", "he"]}
    # a person named three sentences back is too far, and a woman named in between blocks "he"
    assert resolved(resolve_personal_pronouns, "Tomas Brandt left in May. Prices rose. Rents rose. Wages fell. "
                    "He came back.") == {"Tomas Brandt": []}
    assert resolved(resolve_personal_pronouns, "Tomas Brandt met Ilse Novak in May. He came back.") == {
        "Tomas Brandt": [], "Ilse Novak": []}


def test_it_said_is_the_one_organisation_named_before():
    assert resolved(resolve_organisation_speakers, "Orlo Capital raised its forecast. It said demand was strong.") \
        == {"Orlo Capital": ["It"]}
    # another organisation, a country, or the organisation only inside another phrase: no guess
    for text in ("Orlo Capital sued Helix Corp. It said the contract was void.",
                 "Russia accused Orlo Capital of fraud. It said the firm had hidden losses.",
                 "The report by Orlo Capital was released on Monday. It said profits would fall."):
        assert all(references == [] for references in resolved(resolve_organisation_speakers, text).values()), text


def test_the_company_and_the_agency_are_the_organisation_whose_name_says_so():
    text = ("Orlo Capital signed a deal with Helix Corp on Monday. The company said it would hire 200 people. "
            "The Kessel Water Agency approved the deal. The agency said the plant was safe.")
    assert resolved(resolve_descriptions, text) == {"Orlo Capital": [], "Helix Corp": ["The company"],
                                                    "Kessel Water Agency": ["The agency"]}
    # a plural noun that is a word of the name is not the organisation: "the veterans" are people
    assert resolved(resolve_descriptions, "The Department of Veterans Affairs cut benefits. The veterans said they "
                    "felt betrayed.") == {"Department of Veterans Affairs": []}


def test_descriptions_by_role_family_and_by_a_descriptor_the_article_gave():
    assert resolved(resolve_descriptions, "Foreign Minister Lena Varga met Tomas Brandt. The top diplomat said the "
                    "talks went well.", **{"Lena Varga": {"roles": ["Foreign Minister"]}}) == {
        "Lena Varga": ["The top diplomat"], "Tomas Brandt": []}
    assert resolved(resolve_descriptions, "The resistance movement Free Kessel vowed to fight. Later the resistance "
                    "movement agreed to talks.", **{"Free Kessel": {"descriptors": ["resistance movement"]}}) == {
        "Free Kessel": ["the resistance movement"]}


def test_a_description_by_exact_role_and_its_owner():
    # "the former governor": the one person whose role ends in "governor"; "China's ambassador": the one
    # ambassador whose affiliation is China; with two governors, neither
    assert resolved(resolve_descriptions, "Former Governor Tom Reyes spoke at the rally. The former governor "
                    "argued that taxes were too high.", **{"Tom Reyes": {"roles": ["Former Governor"]}}) == {
        "Tom Reyes": ["The former governor"]}
    assert resolved(resolve_descriptions, "Governor Tom Reyes met Governor Ana Lopez. The governor said the talks "
                    "went well.", **{"Tom Reyes": {"roles": ["Governor"]}, "Ana Lopez": {"roles": ["Governor"]}}) \
        == {"Tom Reyes": [], "Ana Lopez": []}
    kessel = resolved(resolve_descriptions, "Tom Reyes, a former governor, met reporters. The governor of Kessel "
                      "said the talks went well.", **{"Tom Reyes": {"roles": ["governor"]}})
    assert kessel["Tom Reyes"] == []  # the governor of Kessel is not Tom Reyes, whom the text gives no Kessel
    owned = resolved(resolve_descriptions, "Liu Xiaming met officials in London. China's ambassador said the protests "
                     "were illegal.", **{"Liu Xiaming": {"roles": ["ambassador"], "affiliations": ["China"]}})
    assert owned["Liu Xiaming"] == ["China's ambassador"]


def test_a_phrase_in_apposition_describes_the_name():
    assert resolved(resolve_appositions, "Lena Varga, the health minister, said the clinic would reopen.") == {
        "Lena Varga": ["the health minister"]}


def test_mention_kind_of_a_name_a_description_and_a_pronoun():
    doc = parse("Lena Varga, the health minister, visited the dam. She said it was safe.")
    varga = Actor("Lena Varga", "PERSON", [doc[0:2]], references=[doc[3:6], doc[11:12]])
    assert [s.text for s in (*varga.mentions, *varga.references)] == ["Lena Varga", "the health minister", "She"]
    assert [mention_kind(s, varga) for s in (*varga.mentions, *varga.references)] == ["name", "description",
                                                                                     "pronoun"]
