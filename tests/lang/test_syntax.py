"""The dependency-label rules on hand-built parses of the same sentences in both schemes (UD and ClearNLP)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from toolkit.lang import syntax

VOCAB = spacy.blank("en").vocab

REPORT = "Iran 's foreign minister said that the resolution was drafted by the US .".split()
REPORT_POS = ["PROPN", "PART", "ADJ", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "DET",
              "PROPN", "PUNCT"]
REPORT_PARSES = {
    "ud": ([3, 0, 3, 4, 4, 9, 7, 9, 9, 4, 12, 12, 9, 4],
           ["nmod:poss", "case", "amod", "nsubj", "ROOT", "mark", "det", "nsubj:pass", "aux:pass", "ccomp",
            "case", "det", "obl:agent", "punct"]),
    "clearnlp": ([3, 0, 3, 4, 4, 9, 7, 9, 9, 4, 9, 12, 10, 4],
                 ["poss", "case", "amod", "nsubj", "ROOT", "mark", "det", "nsubjpass", "auxpass", "ccomp",
                  "agent", "det", "pobj", "punct"]),
}

MEETING = "Officials met in Geneva and did not say anything .".split()
MEETING_POS = ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "AUX", "PART", "VERB", "PRON", "PUNCT"]
MEETING_PARSES = {
    "ud": ([1, 1, 3, 1, 7, 7, 7, 1, 7, 1],
           ["nsubj", "ROOT", "case", "obl", "cc", "aux", "advmod", "conj", "obj", "punct"]),
    "clearnlp": ([1, 1, 1, 2, 1, 7, 7, 1, 7, 1],
                 ["nsubj", "ROOT", "prep", "pobj", "cc", "aux", "neg", "conj", "dobj", "punct"]),
}

NAME = "President Ana María Pérez spoke".split()
NAME_PARSES = {
    "ud": ([1, 4, 1, 1, 4], ["nmod:desc", "nsubj", "flat", "flat", "ROOT"]),
    "clearnlp": ([3, 3, 3, 4, 4], ["compound", "compound", "compound", "nsubj", "ROOT"]),
}
SCHEMES = ["ud", "clearnlp"]


def parse(words, pos, heads, deps) -> Doc:
    return Doc(VOCAB, words=words, pos=pos or ["PROPN"] * len(words), heads=heads, deps=deps)


@pytest.fixture(params=SCHEMES)
def report(request):
    return request.param, parse(REPORT, REPORT_POS, *REPORT_PARSES[request.param])


@pytest.fixture(params=SCHEMES)
def meeting(request):
    return request.param, parse(MEETING, MEETING_POS, *MEETING_PARSES[request.param])


def texts(tokens):
    return [t.text for t in tokens]


def test_scheme_is_recognised(report, meeting):
    assert syntax.doc_scheme(report[1]) == report[0]
    assert syntax.doc_scheme(meeting[1]) == meeting[0]
    assert syntax.label_scheme(["punct", "ROOT"]) == "unknown"


def test_subjects_active_and_passive(report):
    _, doc = report
    said, drafted = doc[4], doc[9]
    assert texts(syntax.subjects(said)) == ["minister"]
    assert texts(syntax.subjects(drafted)) == ["resolution"]
    assert texts(syntax.subjects(drafted, passive=True)) == ["resolution"]
    assert syntax.subjects(drafted, passive=False) == []
    assert syntax.is_passive(drafted) and not syntax.is_passive(said)


def test_clausal_complement_and_agent(report):
    _, doc = report
    assert texts(syntax.clausal_complements(doc[4])) == ["drafted"]
    assert texts(syntax.passive_agents(doc[9])) == ["US"]


def test_possessor(report):
    _, doc = report
    assert syntax.possessor(doc[3]).text == "Iran"
    assert syntax.relation(doc[0]) == "nmod:poss"


def test_conjoined_verb_shares_subject_and_negation(meeting):
    _, doc = meeting
    said = doc[7]
    assert texts(syntax.subjects(said)) == ["Officials"]
    assert texts(syntax.direct_objects(said)) == ["anything"]
    assert syntax.is_negated(said) and not syntax.is_negated(doc[1])


def test_prepositional_objects_hide_the_structural_difference(meeting):
    _, doc = meeting
    assert [(p.text, n.text) for p, n in syntax.prepositional_objects(doc[1])] == [("in", "Geneva")]
    assert syntax.relation(doc[3]) == "obl"
    assert syntax.relation(doc[8]) == "obj"


def test_agent_relation_in_both_schemes(report):
    _, doc = report
    assert syntax.relation(doc[12]) == "obl:agent"
    assert syntax.relation(doc[7]) == "nsubj:pass"


def test_passive_by_phrase_labelled_plain_obl():
    heads, deps = REPORT_PARSES["ud"]
    doc = parse(REPORT, REPORT_POS, heads, [*deps[:12], "obl", deps[13]])
    assert texts(syntax.passive_agents(doc[9])) == ["US"]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_name_parts_without_title(scheme):
    doc = parse(NAME, None, *NAME_PARSES[scheme])
    head = syntax.subjects(doc[4])[0]
    parts = syntax.name_parts(head)
    if scheme == "ud":
        assert texts(parts) == ["Ana", "María", "Pérez"]
        assert texts(syntax.children(head, syntax.TITLE)) == ["President"]
    else:  # ClearNLP cannot tell a title from a name part: the actors stage uses its titles table
        assert texts(parts) == ["President", "Ana", "María", "Pérez"]


def test_a_misattached_infinitive_conjunct_does_not_take_the_finite_verbs_subject():
    # "He said so , but also to resign ." parsed with "resign" as a conjunct of the finite "said"
    words = ["He", "said", "so", ",", "but", "also", "to", "resign", "."]
    doc = Doc(VOCAB, words=words, pos=["PRON", "VERB", "ADV", "PUNCT", "CCONJ", "ADV", "PART", "VERB", "PUNCT"],
              tags=["PRP", "VBD", "RB", ",", "CC", "RB", "TO", "VB", "."],
              heads=[1, 1, 1, 7, 7, 7, 7, 1, 1], deps=["nsubj", "ROOT", "advmod", "punct", "cc", "advmod", "mark",
                                                       "conj", "punct"])
    assert syntax.subjects(doc[7]) == []
    doc = Doc(VOCAB, words=["He", "left", "and", "resigned"], pos=["PRON", "VERB", "CCONJ", "VERB"],
              tags=["PRP", "VBD", "CC", "VBD"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "cc", "conj"])
    assert texts(syntax.subjects(doc[3])) == ["He"]


@pytest.mark.parametrize("label", ["parataxis", "advcl", "ccomp"])
def test_a_that_clause_after_the_verb_is_its_complement_whatever_its_label(label):
    # "She says in Leeds , that it grows ." with the that-clause labelled as a small model may label it
    words = ["She", "says", "in", "Leeds", ",", "that", "it", "grows", "."]
    doc = Doc(VOCAB, words=words, pos=["PRON", "VERB", "ADP", "PROPN", "PUNCT", "SCONJ", "PRON", "VERB", "PUNCT"],
              heads=[1, 1, 3, 1, 7, 7, 7, 1, 1],
              deps=["nsubj", "ROOT", "case", "obl", "punct", "mark", "nsubj", label, "punct"])
    assert texts(syntax.clausal_complements(doc[1])) == ["grows"]
    # an adverbial clause without "that" ("because it grows") is no complement
    doc = Doc(VOCAB, words=["She", "left", "because", "it", "grew"], pos=["PRON", "VERB", "SCONJ", "PRON", "VERB"],
              heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "advcl"])
    assert syntax.clausal_complements(doc[1]) == []


@pytest.mark.parametrize(("addressee", "clause"), [("iobj", "acl:relcl"), ("dative", "relcl"), ("iobj", "acl"),
                                                   ("obj", "acl:relcl"), ("dobj", "relcl")])
def test_a_that_clause_hung_on_the_addressee_is_the_verbs_complement(addressee, clause):
    # "She told the paper that it grows ." with the clause attached to "paper"
    words = ["She", "told", "the", "paper", "that", "it", "grows", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, pos=pos, heads=[1, 1, 3, 1, 6, 6, 3, 1],
              deps=["nsubj", "ROOT", "det", addressee, "mark", "nsubj", clause, "punct"])
    assert texts(syntax.clausal_complements(doc[1])) == ["grows"]
    # a real relative clause ("the paper that prints it") opens with a pronoun, not the conjunction
    doc = Doc(VOCAB, words=["She", "told", "the", "paper", "that", "prints", "it"],
              pos=[*pos[:4], "PRON", "VERB", "PRON"], heads=[1, 1, 3, 1, 5, 3, 5],
              deps=["nsubj", "ROOT", "det", addressee, "nsubj", clause, "obj"])
    assert syntax.clausal_complements(doc[1]) == []


def test_a_that_clause_labelled_as_a_nouns_complement_stays_with_the_object():
    # "She rejected the claim that it grows ." : "that it grows" is the claim's content, not the verb's clause
    doc = Doc(VOCAB, words=["She", "rejected", "the", "claim", "that", "it", "grows", "."],
              pos=["PRON", "VERB", "DET", "NOUN", "SCONJ", "PRON", "VERB", "PUNCT"], heads=[1, 1, 3, 1, 6, 6, 3, 1],
              deps=["nsubj", "ROOT", "det", "obj", "mark", "nsubj", "acl", "punct"])
    assert syntax.clausal_complements(doc[1]) == []
