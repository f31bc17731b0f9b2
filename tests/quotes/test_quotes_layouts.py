"""Layouts of attribution that #30 added or bounded, on sentences written for the project (en_core_web_sm):
inverted speech after a fronted phrase, "called on X to …", the attribution never inside its own content, a
second speaker's report after ", with …", a reported clause whose own verb is a reporting verb, and notes
headed by a team's name."""

from __future__ import annotations

from quote_docs import parse, statements

from toolkit.quotes import find_quotes


def test_inverted_speech_after_a_fronted_phrase_gives_both_sides():
    text = "Right now, said Dr. Lina Haddad, there are 40 patients waiting for beds."
    quotes = find_quotes(parse(text)).quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker.text == "Dr. Lina Haddad" and quote.layout == "inverted, set inside"
    assert [text[a:b] for a, b in quote.parts] == ["Right now", "there are 40 patients waiting for beds"]


def test_a_subject_before_the_verb_is_no_inversion():
    assert statements("In the end, the mayor said, the bridge will reopen.")[0][2] == "the mayor"


def test_called_on_someone_to_act_keeps_the_one_addressed():
    assert statements("The union called on the airlines to cancel all flights on Friday.") == \
        [("indirect", "the airlines to cancel all flights on Friday", "The union", "called")]


def test_the_attribution_is_never_inside_what_was_said():
    found = statements("An order that the rights group said could breach the treaty was signed on Monday.")
    assert found == [("indirect", "could breach the treaty", "the rights group", "said")]
    quote = find_quotes(parse("An order that the rights group said could breach the treaty was signed.")).quotes[0]
    assert not quote.document  # the order is what the group spoke about, not a document that speaks


def test_a_second_speaker_after_with_is_a_statement_of_its_own():
    assert statements("The ministry said the plan was legal, with the union replying that it would strike.") == [
        ("indirect", "the plan was legal", "The ministry", "said"),
        ("indirect", "it would strike", "the union", "replying")]


def test_a_reported_clause_whose_own_verb_reports_runs_to_its_end():
    text = ("The institute has estimated that 964,000 people, about 0.4 percent of the population, reported a use "
            "disorder in 2017.")
    assert statements(text)[0][1] == ("964,000 people, about 0.4 percent of the population, reported a use "
                                      "disorder in 2017")


def test_notes_headed_by_a_team_are_not_speech_but_a_transcript_is():
    assert statements("Thunder: Host the Lakers on Friday.") == []
    assert statements("VARGA: We will not give up the valley.") == \
        [("indirect", "We will not give up the valley.", "VARGA", ":")]
