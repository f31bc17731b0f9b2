"""Pipeline resolution: explicit name -> TOOLKIT_PIPELINE -> shipped pipeline -> a clear error; cached."""

from __future__ import annotations

import pytest
import spacy

import toolkit.nlp as nlp_module
from toolkit.errors import PipelineError, PipelineNotFoundError
from toolkit.nlp import load_pipeline, pipeline_info, resolve_pipeline_name


@pytest.fixture
def no_shipped(monkeypatch, tmp_path):
    """As if this install shipped no pipeline and no environment variable were set."""
    monkeypatch.setattr(nlp_module, "SHIPPED_DIR", tmp_path / "none")
    monkeypatch.delenv(nlp_module.ENV_VAR, raising=False)


@pytest.fixture
def saved_pipeline(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "tiny"
    nlp.meta["version"] = "9.9.9"
    path = tmp_path / "tiny"
    nlp.to_disk(path)
    return path


def test_explicit_name_beats_environment(monkeypatch):
    monkeypatch.setenv(nlp_module.ENV_VAR, "blank:de")
    assert resolve_pipeline_name("blank:en") == "blank:en"
    assert load_pipeline("blank:en").lang == "en"


def test_environment_beats_shipped(monkeypatch):
    monkeypatch.setenv(nlp_module.ENV_VAR, "blank:fr")
    assert load_pipeline().lang == "fr"


def test_missing_pipeline_says_how_to_get_one(no_shipped):
    with pytest.raises(PipelineNotFoundError) as err:
        load_pipeline()
    message = str(err.value)
    assert "TOOLKIT_PIPELINE" in message and "training/" in message and "en_core_web_sm" in message


def test_unknown_package_name(no_shipped):
    with pytest.raises(PipelineNotFoundError, match="not installed"):
        load_pipeline("en_no_such_pipeline_xyz")


def test_directory_that_is_not_a_pipeline(tmp_path):
    with pytest.raises(PipelineNotFoundError, match=r"no config\.cfg"):
        load_pipeline(tmp_path)


def test_corrupt_pipeline_directory(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \n[components\n")
    with pytest.raises(PipelineError):
        load_pipeline(tmp_path)


def test_pipeline_from_path_is_cached_and_described(saved_pipeline):
    first = load_pipeline(saved_pipeline)
    assert load_pipeline(str(saved_pipeline)) is first
    info = pipeline_info(first)
    assert info == {"name": "en_tiny", "version": "9.9.9", "path": str(saved_pipeline),
                    "components": ["toolkit_paragraphs", "sentencizer", "toolkit_entities", "toolkit_timexes"]}
    assert nlp_module.trained_components(first) == ["sentencizer"]


def test_blank_pipeline_tokenises():
    doc = nlp_module.blank_pipeline()("The U.S. envoy didn't comment.")
    assert [t.text for t in doc] == ["The", "U.S.", "envoy", "did", "n't", "comment", "."]
    assert nlp_module.blank_pipeline() is nlp_module.blank_pipeline()


def test_sentences_never_span_a_line_break():
    nlp = nlp_module.blank_pipeline()
    doc = nlp('He left.\n"Talks failed,\nsaid the envoy."\n"We will return," she said.\nEnd')
    sentences = [s.text for s in doc.sents]
    # each line break is a sentence of its own, so that the parser cannot make it the root of its neighbour
    assert sentences == ["He left.", "\n", '"Talks failed,', "\n", 'said the envoy."', "\n",
                         '"We will return," she said.', "\n", "End"]


def test_a_dateline_is_a_sentence_of_its_own():
    nlp = nlp_module.blank_pipeline()
    doc = nlp("LAGOS, Nigeria, March 3 (Reuters) — Officials said talks failed.\n\n"
              "NEW DELHI -- The minister resigned.\nUS - Iran talks resumed.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == ["LAGOS, Nigeria, March 3 (Reuters) —", "Officials said talks failed.",
                         "NEW DELHI --", "The minister resigned.", "US - Iran talks resumed."]


def test_toolkit_components_are_added_once_and_in_order(saved_pipeline):
    nlp = load_pipeline(saved_pipeline)
    assert nlp.pipe_names == ["toolkit_paragraphs", "sentencizer", "toolkit_entities", "toolkit_timexes"]
    assert nlp_module.add_toolkit_components(nlp).pipe_names == nlp.pipe_names


def test_a_sentence_starts_only_after_sentence_final_punctuation():
    blank = nlp_module.blank_pipeline()
    doc = nlp_module.paragraph_boundaries(blank.make_doc('The IMF said Tuesday that growth would slow. '
                                                         'Officials agreed: "It will." Then they left.'))
    starts = [t.text for t in doc if t.is_sent_start is not False]
    # only the first word and tokens after "." or '."' may start a sentence (a quotation mark after "." may
    # open the next one); the parser decides among them
    assert starts == ["The", "Officials", '"', "Then"]
    parsed = load_pipeline()("The IMF said Tuesday that growth would slow. Officials agreed.")
    assert [s.text for s in parsed.sents] == ["The IMF said Tuesday that growth would slow.", "Officials agreed."]
