"""The attribution scorer on hand-made gold and predictions (no corpus needed)."""

from __future__ import annotations

from pathlib import Path

from toolkit.evaluation.attribution import Attribution, Document, Prediction, read_brat, score, toolkit_system


def document(*gold: Attribution) -> Document:
    return Document("doc", Path("doc.txt"), list(gold))


SAID = Attribution(content=((10, 30),), source=((0, 5),), cue="said")
BELIEF = Attribution(content=((40, 60),), source=((35, 38),), cue="believes")
UNSOURCED = Attribution(content=((70, 90),), source=(), cue="is expected")


def test_a_match_needs_half_of_the_gold_content_and_each_side_matches_once():
    docs = [document(SAID)]
    half = score(docs, {"doc": [Prediction(((10, 20),), ((0, 5),))]}).summary()
    assert (half["matched"], half["speaker_accuracy"]) == (1, 1.0)
    less = score(docs, {"doc": [Prediction(((10, 19),), ((0, 5),))]}).summary()
    assert less["matched"] == 0 and less["precision"] == 0.0
    twice = score(docs, {"doc": [Prediction(((10, 30),), ()), Prediction(((12, 30),), ())]}).summary()
    assert (twice["matched"], twice["system"]) == (1, 2)


def test_discontinuous_content_counts_all_its_pieces():
    gold = Attribution(content=((10, 20), (40, 50)), source=((0, 5),), cue="said")
    pieces = score([document(gold)], {"doc": [Prediction(((10, 15), (40, 45)), ((0, 5),))]}).summary()
    assert pieces["matched"] == 1


def test_speaker_accuracy_and_attributions_without_a_source():
    docs = [document(SAID, UNSOURCED)]
    wrong = score(docs, {"doc": [Prediction(((10, 30),), ((6, 9),))]}).summary()
    assert wrong["speaker_accuracy"] == 0.0
    none_for_none = score(docs, {"doc": [Prediction(((70, 90),), ())]}).summary()
    assert none_for_none["speaker_accuracy"] == 1.0
    one_for_none = score(docs, {"doc": [Prediction(((70, 90),), ((0, 5),))]}).summary()
    assert one_for_none["speaker_accuracy"] == 0.0


def test_the_speech_subset_keeps_speech_cues_and_does_not_count_belief_matches_as_errors():
    docs = [document(SAID, BELIEF)]
    predictions = {"doc": [Prediction(((10, 30),), ((0, 5),)), Prediction(((40, 60),), ((35, 38),))]}
    everything, speech = score(docs, predictions).summary(), score(docs, predictions, speech_only=True).summary()
    assert (everything["gold"], everything["matched"]) == (2, 2)
    assert (speech["gold"], speech["matched"], speech["system"]) == (1, 1, 1)


def test_brat_events_give_content_source_and_cue(tmp_path):
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tSource 0 5\tMaria\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tit rains\n"
                   "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n", encoding="utf-8")
    assert read_brat(ann) == [Attribution(((11, 20), (25, 30)), ((0, 5),), "said")]


def test_the_toolkit_adapter_counts_the_noun_phrase_a_relative_pronoun_stands_for(tmp_path):
    text = "It was a report that said the plant would close."
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    source, content = text.index("a report"), text.index("the plant")
    gold = Attribution(((content, len(text) - 1),), ((source, source + len("a report")),), "said")
    doc = Document("report", path, [gold])
    summary = score([doc], {"report": toolkit_system(doc)}).summary()
    assert (summary["matched"], summary["speaker_accuracy"]) == (1, 1.0)
