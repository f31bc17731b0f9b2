"""toolkit.quotes.speakers and text: who speaks for a reporting verb (speaker_of), the noun a relative
pronoun stands for (antecedent), one label per document (document_labels), reporting-verb lemmas
(verb_lemma)."""

from __future__ import annotations

from quote_docs import parse

from toolkit.quotes import antecedent, document_labels, speaker_of, verb_lemma


def cue(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_the_speaker_of_a_reporting_verb():
    cases = {"Analysts at Orlo Capital said prices would fall.": ("said", "Analysts at Orlo Capital"),
             "Tomas Brandt criticised the plan, saying it would fail.": ("saying", "Tomas Brandt"),
             "The council adopted a resolution condemning the dam.": ("condemning", "a resolution")}
    for text, (word, speaker) in cases.items():
        assert speaker_of(cue(parse(text), word)).text == speaker, text


def test_antecedent_of_a_relative_pronoun_and_of_nothing_else():
    doc = parse("The inquiry was led by Lena Varga, who said the evidence was thin.")
    who = next(t for t in doc if t.text == "who")
    assert antecedent(doc[who.i:who.i + 1]).text == "Lena Varga"
    assert antecedent(doc[0:2]) is None


def test_one_label_per_document():
    doc = parse("A draft resolution was tabled on Monday. The motion says the dam must stop. "
              "The report says rivers are low.")
    draft, motion, report = doc[0:3], doc[8:10], doc[16:18]
    assert [draft.text, motion.text, report.text] == ["A draft resolution", "The motion", "The report"]
    # the motion is the draft resolution named again; the report is a new document
    assert document_labels([draft, None, motion, report]) == ["the draft resolution", None, "the draft resolution",
                                                              "the report"]


def test_a_numbered_document_and_two_documents_of_one_name():
    doc = parse("Resolution 2334 says settlements are illegal. A second report says otherwise. "
              "A second report says more.")
    assert document_labels([doc[0:1], doc[7:10], doc[13:16]]) == ["Resolution 2334", "the second report",
                                                                  "the second report (2)"]


def test_verb_lemma_of_reporting_verbs_only():
    doc = parse("Lena Varga told reporters she had announced her plans, then ate lunch.")
    assert [verb_lemma(cue(doc, w)) for w in ("told", "announced", "ate", "reporters")] == ["tell", "announce",
                                                                                          None, None]
