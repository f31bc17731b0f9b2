"""Quotations on real unseen news: PolNeAR dev (84 political articles, every attribution annotated).

Run on both supported pipelines. The floors are each pipeline's measured scores minus a small margin (README,
"How accurate, how fast"); these tests keep the numbers from sliding back while the work goes on.
"""

from __future__ import annotations

from functools import partial

import pytest

from toolkit.evaluation.attribution import predict, read_corpus, score, textacy_system, toolkit_system


@pytest.fixture(scope="module")
def corpus(shared):
    return read_corpus(shared / "corpora" / "polnear_dev")


# Floors per pipeline: (all F1, all speaker accuracy, speech F1, speech speaker accuracy), measured minus a margin.
FLOORS = {"sm": (0.715, 0.90, 0.825, 0.94), "toolkit": (0.69, 0.90, 0.805, 0.94)}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def pipeline(request):
    return request.param


@pytest.fixture(scope="module")
def ours(corpus, pipeline):
    return predict(corpus, partial(toolkit_system, nlp=pipeline))


def test_reader_finds_every_text_and_its_attributions(corpus):
    assert len(corpus) == 84
    assert sum(len(d.gold) for d in corpus) > 2000


def test_toolkit_has_not_regressed(corpus, ours, pipeline):
    everything, speech = score(corpus, ours).summary(), score(corpus, ours, speech_only=True).summary()
    all_f1, all_speaker, speech_f1, speech_speaker = FLOORS[pipeline]
    assert everything["f1"] >= all_f1 and everything["speaker_accuracy"] >= all_speaker, everything
    assert speech["f1"] >= speech_f1 and speech["speaker_accuracy"] >= speech_speaker, speech


def test_far_ahead_of_textacy(corpus, ours, pipeline):
    baseline = score(corpus, predict(corpus, partial(textacy_system, nlp=pipeline))).summary()
    assert score(corpus, ours).summary()["f1"] >= 2 * baseline["f1"]
