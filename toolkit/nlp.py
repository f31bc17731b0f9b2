"""Resolve, load and cache the spaCy pipeline the toolkit runs on.

Resolution order of :func:`load_pipeline`:

1. the ``name`` argument: an installed package (``"en_core_web_sm"``), a path to a pipeline directory, or
   ``"blank:en"`` for a tokeniser-only pipeline;
2. the ``TOOLKIT_PIPELINE`` environment variable, with the same values;
3. the toolkit's own pipeline shipped inside the package (``toolkit/pipelines/``);
4. otherwise :class:`~toolkit.errors.PipelineNotFoundError`, which says how to get one.

A pipeline is loaded once per process and shared: the second call with the same name is free.

>>> nlp = load_pipeline("blank:en")
>>> [t.text for t in nlp("It works.")]
['It', 'works', '.']
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from .errors import PipelineError, PipelineNotFoundError

ENV_VAR = "TOOLKIT_PIPELINE"
#: Where the toolkit's own trained pipeline is shipped (see training/MODEL_CARD.md).
SHIPPED_DIR = Path(__file__).parent / "pipelines"
SHIPPED_NAME = "en_toolkit_sm"

_cache: dict[str, Language] = {}
_lock = threading.Lock()


def shipped_pipeline_path() -> Path | None:
    """Path of the pipeline shipped with the package, or ``None`` if this install has none."""
    path = SHIPPED_DIR / SHIPPED_NAME
    return path if (path / "config.cfg").is_file() else None


def resolve_pipeline_name(name: str | os.PathLike[str] | None = None) -> str:
    """The name or path :func:`load_pipeline` would load, following the resolution order above."""
    if name is not None and str(name).strip():
        return os.fspath(name)
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return from_env
    shipped = shipped_pipeline_path()
    if shipped is not None:
        return str(shipped)
    raise PipelineNotFoundError(
        "no spaCy pipeline is available: this install ships none and none was named. Pass a name or path "
        f"(load_pipeline('en_core_web_sm'), --pipeline PATH), set {ENV_VAR}, or rebuild the toolkit's own "
        "pipeline with training/ (see training/README.md)."
    )


def load_pipeline(name: str | os.PathLike[str] | None = None) -> Language:
    """Load (once per process) and return the spaCy pipeline that ``name`` resolves to, with the toolkit's
    own components added at the end (see :func:`add_toolkit_components`)."""
    key = resolve_pipeline_name(name)
    with _lock:
        if key not in _cache:
            _cache[key] = add_toolkit_components(_load(key))
        return _cache[key]


#: The toolkit's rule components, in pipeline order (each registered with ``@Language.factory``).
TOOLKIT_COMPONENTS = ("toolkit_paragraphs", "toolkit_entities", "toolkit_timexes")
_SENTENCE_MAKERS = ("parser", "senter", "sentencizer")


# A wire-style dateline opening a paragraph: "WASHINGTON (AP) — ", "NEWPORT NEWS, Va. - ", "FLINT, Mich. (UPI) -- ".
DATELINE = re.compile(r"(?P<place>[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+)*)"  # the place, in capitals
                      r"(?:,? [A-Z][A-Za-z]*\.?(?: \d{1,2})?)*"  # state or country, a date ("Mich., Oct. 4")
                      r"(?: \([A-Za-z .]+\))? ?(?:—|–|--| -) *")  # the agency, the dash


@Language.component("toolkit_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never spans a line break: the token after a line break starts a sentence; the line break
    itself is a "sentence" of its own (else a small parser often makes it the root of the sentence before,
    and the real verb its dependent); punctuation just before it (a closing quotation mark) stays with the
    sentence before; an opening quotation mark at the start of a paragraph stays with the words after it. A
    dateline ("WASHINGTON (AP) —") is a sentence of its own, so that it never becomes the subject of the
    report after it. Inside a line, a sentence starts only after ".", "!", "?" or "…" (a small parser
    otherwise splits "The IMF said Tuesday | that growth would slow."). Runs before the parser, which
    respects boundaries set in advance."""
    _no_start_inside_a_sentence(doc)
    text = doc.text  # built from the tokens on every access: once here
    _dateline_boundary(doc, text, 0)
    for token in doc[1:]:
        if not (token.is_space and ("\n" in token.text or "\r" in token.text)):
            continue
        token.is_sent_start = True
        if token.i + 1 >= len(doc):
            break
        if doc[token.i - 1].is_punct:
            doc[token.i - 1].is_sent_start = False
        following = doc[token.i + 1]
        following.is_sent_start = True
        if (following.is_quote or following.is_left_punct) and following.i + 1 < len(doc):
            doc[following.i + 1].is_sent_start = False
        _dateline_boundary(doc, text, following.i)
    return doc


def _no_start_inside_a_sentence(doc: Doc) -> None:
    """Forbid a sentence start after any word that cannot end a sentence."""
    previous: Token | None = None  # the last token that is not a space
    for token in doc:
        if token.is_space:
            continue
        if previous is not None and not _may_end_sentence(previous):
            token.is_sent_start = False
        previous = token


def _may_end_sentence(token: Token) -> bool:
    """Ends in sentence-final punctuation, possibly followed by closing quotation marks or brackets."""
    doc = token.doc
    i = token.i
    while i > 0 and (doc[i].is_quote or doc[i].is_right_punct) and doc[i].text[-1] not in _SENTENCE_FINAL:
        i -= 1
    return doc[i].text[-1] in _SENTENCE_FINAL


_SENTENCE_FINAL = frozenset(".!?…")


def _dateline_boundary(doc: Doc, text: str, first: int) -> None:
    """Start a sentence after a dateline that opens the paragraph beginning at token ``first``."""
    if first >= len(doc):
        return
    match = DATELINE.match(text, doc[first].idx)
    if not match or match.end() >= len(text):
        return
    words = [t for t in doc[first:] if t.idx < match.end()]
    after = words[-1].i + 1
    if after < len(doc) and doc[after].idx == match.end() and len(words) < 12:
        for token in words[1:]:
            token.is_sent_start = False
        doc[after].is_sent_start = True


def add_toolkit_components(nlp: Language) -> Language:
    """Add the toolkit's components to ``nlp`` (in place, idempotent): paragraph boundaries before whatever
    sets sentences (a sentencizer is added when the pipeline has none), the rule components at the end."""
    from . import entities, timex  # noqa: F401  (register the component factories and Doc extensions)

    names = set(nlp.pipe_names)
    if not names & set(_SENTENCE_MAKERS):
        nlp.add_pipe("sentencizer")
    if "toolkit_paragraphs" not in names:
        first = next(name for name in nlp.pipe_names if name in _SENTENCE_MAKERS)
        nlp.add_pipe("toolkit_paragraphs", before=first)
    for component in TOOLKIT_COMPONENTS[1:]:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, last=True)
    return nlp


def trained_components(nlp: Language) -> list[str]:
    """The pipeline's own components, without those the toolkit added."""
    return [name for name in nlp.pipe_names if name not in TOOLKIT_COMPONENTS]


def blank_pipeline() -> Language:
    """A shared tokeniser-only English pipeline, for code that needs tokens and nothing else."""
    return load_pipeline("blank:en")


def _load(key: str) -> Language:
    if key.startswith("blank:"):
        try:
            return spacy.blank(key.removeprefix("blank:"))
        except Exception as err:  # spaCy raises ImportError or its own errors for unknown languages
            raise PipelineNotFoundError(f"no blank spaCy pipeline for language {key!r}: {err}") from err
    path = Path(key).expanduser()
    looks_like_path = os.sep in key or key.startswith(".") or path.exists()
    if looks_like_path and not (path / "config.cfg").is_file():
        raise PipelineNotFoundError(f"{key}: not a spaCy pipeline directory (no config.cfg in it)")
    try:
        return spacy.load(path if looks_like_path else key)
    except OSError as err:
        raise PipelineNotFoundError(
            f"spaCy pipeline {key!r} is not installed or not a pipeline directory. Install its package with "
            f"pip, pass a path to a pipeline directory, or unset {ENV_VAR} to use the toolkit's own pipeline."
        ) from err
    except Exception as err:  # a corrupt or incompatible pipeline
        raise PipelineError(f"spaCy pipeline {key!r} could not be loaded: {err}") from err


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Name, version, path and components of a loaded pipeline (the ``pipeline`` part of ``toolkit info``)."""
    meta = nlp.meta
    path = getattr(nlp, "path", None)
    return {
        "name": f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}",
        "version": meta.get("version"),
        "path": None if path is None else str(path),
        "components": list(nlp.pipe_names),
    }
